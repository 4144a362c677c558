/**
 * Group phrases in imports without a 单位 sheet: expanded only from what the document itself says their members
 * are ("注：…指A、B、C。"), never from units it happens to name elsewhere; every group left as written is noted in
 * the preview as CAT_GROUP_UNIT with the tasks it affects, in the words validate uses.
 */
import { importText, previewModel } from "../../../src/core/import";

const notice = (note: string) =>
  [
    "一、重点工作（共3项）",
    "1. 推进“6+3”产业链项目建设，新开工项目20个。（牵头单位：区发改局；配合单位：“6+3”产业链牵头部门）",
    "2. 完成老旧小区改造10个。（牵头单位：区住建局；配合单位：各镇街、要素保障相关单位）",
    "3. 建设新驿镇污水处理厂。（牵头单位：新驿镇；配合单位：区水务局）",
    note,
  ].join("\n");

describe("group phrases the document defines", () => {
  test("a closed list after 指 expands the group in every task naming it; the others stay groups", () => {
    const r = importText(notice("注：“6+3”产业链牵头部门指区工信局、区商务局、区科技局。"));
    const t1 = r.tasks.find((t) => t.id === "1")!;
    expect(t1.leadUnits).toEqual(["区发改局"]);
    expect(t1.coUnits).toEqual(["区工信局", "区商务局", "区科技局"]);
    expect(t1.groups).toBeUndefined();
    const t2 = r.tasks.find((t) => t.id === "2")!;
    expect(t2.groups).toEqual(["各镇街", "要素保障相关单位"]);
    expect(t2.coUnits).toEqual(["各镇街", "要素保障相关单位"]);
  });

  test("a group is not expanded from the units named elsewhere in the document (新驿镇 is not 各镇街)", () => {
    const r = importText(notice(""));
    expect(r.tasks.find((t) => t.id === "2")!.coUnits).toEqual(["各镇街", "要素保障相关单位"]);
  });

  test("an open list (等, 不限于) or members that are no units leave the group as written", () => {
    for (const note of [
      "注：“6+3”产业链牵头部门指区工信局、区商务局等部门。",
      "注：“6+3”产业链牵头部门包括但不限于区工信局、区商务局。",
      "注：“6+3”产业链牵头部门指承担产业链链长制工作的部门。",
      "注：“6+3”产业链牵头部门指区工信局、相关镇街。",
    ]) {
      const t1 = importText(notice(note)).tasks.find((t) => t.id === "1")!;
      expect([note, t1.coUnits]).toEqual([note, ["“6+3”产业链牵头部门"]]);
      expect(t1.groups).toEqual(["“6+3”产业链牵头部门"]);
    }
  });

  test("two definitions of one phrase that disagree: neither is used", () => {
    const r = importText(notice("注：要素保障相关单位指区自然资源局、区财政局。\n说明：要素保障相关单位为区自然资源局、区人社局。"));
    expect(r.tasks.find((t) => t.id === "2")!.groups).toContain("要素保障相关单位");
  });

  test("a 单位 sheet that expands the group wins over the document", () => {
    const units = [
      { name: "区工信局", aliases: [], category: "“6+3”产业链牵头部门", leader: "" },
      { name: "区发改局", aliases: [], category: "区直部门", leader: "" },
    ];
    const r = importText(notice("注：“6+3”产业链牵头部门指区工信局、区商务局、区科技局。"), { units });
    expect(r.tasks.find((t) => t.id === "1")!.coUnits).toEqual(["区工信局"]);
  });

  test("a table with the definition under it (a 注 line) expands the same way", () => {
    const r = importText(
      ["序号\t任务内容\t牵头单位\t配合单位", "1\t新开工产业链项目20个\t区发改局\t要素保障相关单位", "注：要素保障相关单位指区自然资源局、区财政局、区行政审批服务局。"].join("\n"),
    );
    expect(r.tasks[0].coUnits).toEqual(["区自然资源局", "区财政局", "区行政审批服务局"]);
  });
});

describe("the preview reports every group left as written", () => {
  test("CAT_GROUP_UNIT once per group, with the tasks it affects", () => {
    const notes = previewModel(importText(notice("注：“6+3”产业链牵头部门指区工信局、区商务局、区科技局。"))).notes.filter((n) => n.code === "CAT_GROUP_UNIT");
    expect(notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/^「各镇街」是一类单位的统称.*涉及任务 2（共 1 项）/),
      expect.stringMatching(/^「要素保障相关单位」是一类单位的统称.*涉及任务 2（共 1 项）/),
    ]);
  });
});
