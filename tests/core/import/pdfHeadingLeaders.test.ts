/**
 * PDF-text catalogues whose part headings name the part's leader after its count ("一、稳增长（共3项）（牵头领导：张三）"):
 * the count is read once the leader bracket is set aside, the leader leads every task of the part — those under its
 * "（一）…" sub-parts too — unless a task names its own, and the heading brackets are no items' inline assignments, so
 * the document is still read as the table it is.
 */
import { importText, ImportResult } from "../../../src/core/import";
import { closesHeading, parseSectionHeading, withPartLeaders } from "../../../src/core/import/sections";

const catalogue = (secondPartLeader: string) =>
  [
    "2025年区政府重点工作任务清单",
    "一、稳增长（共3项）（牵头领导：张三）",
    "（一）扩大有效投资（共2项）",
    "序号 工作任务 责任单位 完成时限",
    "1",
    "新开工重大项目20个，完成投资",
    "80亿元。",
    "区发展和改革局",
    "12月底前",
    "2",
    "争取专项债券额度15亿元。",
    "区财政局",
    "9月底前",
    "（二）促进消费（共1项）",
    "3",
    "举办促消费活动30场。",
    "区商务局",
    "12月底前",
    `二、惠民生（共2项）${secondPartLeader}`,
    "序号 工作任务 责任单位 完成时限",
    "4",
    "新增城镇就业3000人。",
    "区人力资源和社会保障局",
    "12月底前",
    "5",
    "新建幼儿园2所。（牵头领导：赵六）",
    "区教育局",
    "8月底前",
    "三、优环境（共1项）",
    "（一）提升政务服务（共1项）",
    "序号 工作任务 责任单位 完成时限",
    "6",
    "政务服务事项网上可办率达到98%。",
    "区政务服务中心",
    "11月底前",
  ].join("\n");

const rows = (r: ImportResult) => r.tasks.map((t) => [t.id, t.section, t.leader, t.leadUnits.join("、"), t.text]);

describe("parseSectionHeading: a count and a leader bracket in either order", () => {
  test.each([
    ["一、稳增长（共12项）（牵头领导：张三）", "一、稳增长", 12, "张三"],
    ["一、稳增长（牵头领导：张三）（共12项）", "一、稳增长", 12, "张三"],
    ["二、惠民生（5项）（责任领导：李四、王五）", "二、惠民生", 5, "李四、王五"],
    ["（三）优化营商环境（共4项）（分管领导：副区长 孙七）", "（三）优化营商环境", 4, "孙七"],
    // Lookalikes: a count alone, a bracket that is no leader's, a count inside the name.
    ["（一）扩大有效投资（共2项）", "（一）扩大有效投资", 2, undefined],
    ["一、稳增长（共3项）（重点）", "一、稳增长（共3项）（重点）", null, undefined],
    ["一、建设12个项目（牵头领导：张三）", "一、建设12个项目", null, "张三"],
  ])("%s", (line, name, count, leader) => {
    const h = parseSectionHeading(line)!;
    expect([h.name, h.declaredCount, h.leader]).toEqual([name, count, leader]);
  });
});

describe("a sub-part takes the leader of its part", () => {
  test("down the levels, until a part of the same level opens", () => {
    const got = withPartLeaders([
      { name: "一、稳增长", declaredCount: 3, leader: "张三" },
      { name: "（一）扩大有效投资", declaredCount: 2 },
      { name: "1.重大项目", declaredCount: null },
      { name: "（二）促进消费", declaredCount: 1, leader: "赵六" },
      { name: "二、惠民生", declaredCount: 2 },
      { name: "（一）稳就业", declaredCount: 1 },
    ]).map((h) => h.leader ?? "");
    expect(got).toEqual(["张三", "张三", "张三", "赵六", "", ""]);
  });

  test("a heading that skips a level is a sibling written otherwise, not a sub-part", () => {
    const got = withPartLeaders([
      { name: "二、产业发展", declaredCount: 3, leader: "张三" },
      { name: "3、民生实事", declaredCount: null },
    ]).map((h) => h.leader ?? "");
    expect(got).toEqual(["张三", ""]);
  });

  test("a heading closed by its leaders is no item's inline assignment; an item's sentence is", () => {
    expect(closesHeading("一、稳增长（共3项）（牵头领导：张三）")).toBe(true);
    expect(closesHeading("（二）促进消费（牵头领导：李四、王五）")).toBe(true);
    expect(closesHeading("（一）新建厂房12万平方米。（牵头领导：张三）")).toBe(false);
    expect(closesHeading("一、稳增长（牵头领导：张三；牵头单位：区发改局）")).toBe(false);
    expect(closesHeading("1.新建厂房12万平方米（牵头领导：张三）")).toBe(false);
  });
});

describe("a PDF-text catalogue with leaders in its part headings", () => {
  test("read as a PDF table; each task under a part is its leader's unless it names its own", () => {
    const r = importText(catalogue("（牵头领导：李四、王五）"));
    expect(r.kind).toBe("pdf-table");
    expect(r.sections.map((s) => [s.name, s.declaredCount, s.foundCount])).toEqual([
      ["一、稳增长", 3, 0],
      ["（一）扩大有效投资", 2, 2],
      ["（二）促进消费", 1, 1],
      ["二、惠民生", 2, 2],
      ["三、优环境", 1, 0],
      ["（一）提升政务服务", 1, 1],
    ]);
    expect(rows(r)).toEqual([
      ["1", "（一）扩大有效投资", "张三", "区发展和改革局", "新开工重大项目20个，完成投资80亿元。"],
      ["2", "（一）扩大有效投资", "张三", "区财政局", "争取专项债券额度15亿元。"],
      ["3", "（二）促进消费", "张三", "区商务局", "举办促消费活动30场。"],
      ["4", "二、惠民生", "李四、王五", "区人力资源和社会保障局", "新增城镇就业3000人。"],
      ["5", "二、惠民生", "赵六", "区教育局", "新建幼儿园2所。"],
      ["6", "（一）提升政务服务", "", "区政务服务中心", "政务服务事项网上可办率达到98%。"],
    ]);
    expect(r.tasks.map((t) => t.deadline)).toEqual(["12月底前", "9月底前", "12月底前", "12月底前", "8月底前", "11月底前"]);
    // A part's count counts its sub-parts' tasks: no finding for 一、 or 三、.
    expect(r.notes.filter((n) => n.code === "IMPORT_SECTION_COUNT")).toEqual([]);
    expect(r.unrecognized).toEqual([]);
  });

  test("a part that names no leader leaves its tasks without one", () => {
    const r = importText(catalogue(""));
    expect(r.kind).toBe("pdf-table");
    expect(r.tasks.map((t) => t.leader)).toEqual(["张三", "张三", "张三", "", "赵六", ""]);
  });

  test("a count that differs from the tasks is still a finding, a part's counted with its sub-parts'", () => {
    const r = importText(catalogue("（牵头领导：李四）").replace("（一）扩大有效投资（共2项）", "（一）扩大有效投资（共4项）").replace("稳增长（共3项）", "稳增长（共5项）"));
    expect(r.notes.filter((n) => n.code === "IMPORT_SECTION_COUNT").map((n) => n.message)).toEqual([
      expect.stringContaining("「一、稳增长」声明共 5 项，实际识别 3 项"),
      expect.stringContaining("「（一）扩大有效投资」声明共 4 项，实际识别 2 项"),
    ]);
  });
});

describe("the same headings as rows of a tab table", () => {
  test("the part's leader for its counted sub-parts' rows", () => {
    const r = importText(
      [
        "序号\t工作任务\t责任单位\t完成时限",
        "一、稳增长（共2项）（牵头领导：张三）",
        "（一）扩大有效投资（共1项）",
        "1\t新开工重大项目20个。\t区发展和改革局\t12月底前",
        "（二）促进消费（共1项）",
        "2\t举办促消费活动30场。\t区商务局\t12月底前",
        "二、惠民生（共1项）",
        "3\t新增城镇就业3000人。\t区人力资源和社会保障局\t12月底前",
      ].join("\n"),
    );
    expect(r.kind).toBe("table");
    expect(r.tasks.map((t) => [t.id, t.leader])).toEqual([["1", "张三"], ["2", "张三"], ["3", ""]]);
    expect(r.notes.filter((n) => n.code === "IMPORT_SECTION_COUNT")).toEqual([]);
  });
});
