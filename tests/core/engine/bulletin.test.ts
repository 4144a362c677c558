import { analyze, book, catalogueSheet, progressSheet, settingsSheet, unitsSheet } from "../../support/books";
import { bulletinLines } from "../../../src/core/engine";

describe("bulletinLines", () => {
  const a = analyze(
    book(
      catalogueSheet([
        { id: "1", lead: "区发改局" },
        { id: "2", lead: "区财政局", deadline: "2024-05-31", text: "完成老旧小区改造82个。" },
        { id: "3", lead: "区民政局" },
      ]),
      progressSheet([{ id: "1", status: "已完成", text: "已完成。" }, { id: "2", unit: "区财政局", date: "2024-07-03" }]),
      unitsSheet([["区发改局", "", "", "石可清"], ["区财政局", "", "", "张传驰"], ["区民政局", "", "", "张传驰"]]),
      settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30"]]),
    ),
  );
  const lines = bulletinLines(a);

  it("opens with the period and the overall completion", () => {
    expect(lines[0]).toBe("关于2024年二季度《政府工作报告》重点任务落实情况的通报（草稿）");
    expect(lines[2]).toBe("截至2024年7月10日，3项重点任务中，已完成1项，序时推进0项，进展滞后0项，已逾期1项，未报送1项；完成率33.3%，序时率33.3%。");
  });

  it("ranks lead units by completion ratio", () => {
    const ranked = lines.filter((l) => /^\d+\. /.test(l));
    expect(ranked[0]).toMatch(/^1\. 区发改局：牵头任务1项，已完成1项/);
  });

  it("lists overdue tasks by unit and by leader, and the reporting record", () => {
    expect(lines).toContain("区财政局：第2项（已逾期，完成老旧小区改造82个。）。");
    expect(lines).toContain("张传驰：第2项（已逾期）。");
    expect(lines).toContain("二季度应报3项，已报2项（按时1项、迟报1项），未报1项。");
    expect(lines).toContain("未报单位：区民政局（1项）。");
    expect(lines).toContain("迟报单位：区财政局（1项）。");
  });
});
