/**
 * A column of an earlier year's results ("2021年完成" beside "2022年目标", "2023年完成情况" beside "2024年上半年进展")
 * is no progress of the year the table plans: it never becomes a progress row, and the preview names it with its
 * values (IMPORT_PAST_YEAR) so nothing is dropped without a word.
 */
import { importText, previewModel } from "../../../src/core/import";

describe("results of a past year", () => {
  test("an indicator table's 2021年完成 beside 2022年目标: the target is the plan's, the past figures are noted", () => {
    const r = importText(["序号\t指标\t单位\t2021年完成\t2022年目标\t责任单位", "1\t地区生产总值增长\t%\t8.5\t6.5\t区发改局", "2\t城镇新增就业\t万人\t1.2\t1.3\t区人社局", "3\t新增高新技术企业\t家\t-\t20\t区科技局"].join("\n"));
    expect(r.tasks.map((t) => [t.text, t.progress])).toEqual([
      ["地区生产总值增长6.5%", undefined],
      ["城镇新增就业1.3万人", undefined],
      ["新增高新技术企业20家", undefined],
    ]);
    const notes = previewModel(r).notes.filter((n) => n.code === "IMPORT_PAST_YEAR");
    expect(notes.map((n) => n.message)).toEqual([expect.stringContaining("「2021年完成」列是往年的结果，未作为本年进展导入：任务 1（8.5）、2（1.2）。")]);
  });

  test("a progress table's 2023年完成情况 beside 2024年上半年进展: only this year's column is the progress", () => {
    const r = importText(["序号\t重点任务\t责任单位\t2023年完成情况\t2024年上半年进展", "1\t新建5G基站300个\t区工信局\t2023年建成基站260个\t上半年建成基站120个"].join("\n"));
    expect(r.tasks[0].progress).toEqual({ period: "上半年", text: "上半年建成基站120个", completion: "", problems: "", nextSteps: "" });
    expect(r.notes.map((n) => n.code)).toContain("IMPORT_PAST_YEAR");
    expect(JSON.stringify(r.tasks)).not.toContain("260");
  });

  test("a result column of the table's own year stays its progress", () => {
    const r = importText(["序号\t重点任务\t责任单位\t2024年目标\t2024年完成情况", "1\t新建5G基站300个\t区工信局\t300个\t全年建成基站310个"].join("\n"));
    expect(r.tasks[0].progress?.completion).toBe("全年建成基站310个");
    expect(r.notes.map((n) => n.code)).not.toContain("IMPORT_PAST_YEAR");
  });
});
