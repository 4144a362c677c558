import { analyzeWorkbook, Analysis, WorkbookData } from "../../../src/core";
import { book, catalogueSheet, progressSheet, settingsSheet, unitsSheet } from "../../support/books";

/**
 * releaseCells lets each progress row's cells go as the row is read (the CLI's memory at 10⁶ rows): the
 * analysis must be the one made from the cells held whole, and duban's columns must still go right of
 * everything the released rows held.
 */
function data(extra: (rows: unknown[][]) => void, merges?: string[]): WorkbookData {
  const progress = progressSheet([
    { id: "1", status: "已完成", text: "已全部完成。" },
    { id: "2", status: "序时推进" },
    { id: "3", status: "进展滞后", problems: "资金", next: "协调", unit: "区财政局" },
    { id: "", status: "", text: "" },
    { id: "4", status: "", text: "按计划推进。", unit: "区财政局" },
  ]);
  extra(progress.rows);
  if (merges) progress.merges = merges;
  return book(
    catalogueSheet([
      { id: "1", section: "一、产业", lead: "区发改局" },
      { id: "2", section: "一、产业", lead: "区发改局", deadline: "2024-06-01" },
      { id: "3", section: "二、民生", lead: "区财政局" },
      { id: "4", section: "二、民生", lead: "区财政局" },
    ]),
    progress,
    unitsSheet([["区发改局", "", "区直部门", "石可清"], ["区财政局", "", "区直部门", "张传驰"]]),
    settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30"]]),
  );
}

const plain = (a: Analysis) => ({ findings: a.findings, layout: a.progressLayout, progress: a.progress, metrics: a.metrics });

describe("analyzeWorkbook with releaseCells", () => {
  const cases: [string, (rows: unknown[][]) => void, string[]?][] = [
    ["a note typed far right of a data row", (rows) => (rows[3][14] = "备注"), undefined],
    ["a note right of the row left blank", (rows) => (rows[4][11] = "空行备注"), undefined],
    ["a formula showing nothing counts", (rows) => (rows[2][12] = { formula: "A1", result: "" }), undefined],
    ["merged cells", (rows) => (rows[5][10] = "x"), ["A2:A3"]],
    ["nothing right of the header", () => {}, undefined],
  ];
  it.each(cases)("is the analysis of the cells held whole: %s", (_, extra, merges) => {
    const held = analyzeWorkbook(data(extra as (rows: unknown[][]) => void, merges), { asOf: "2024-07-10", today: "2024-07-10" });
    const released = data(extra as (rows: unknown[][]) => void, merges);
    const a = analyzeWorkbook(released, { asOf: "2024-07-10", today: "2024-07-10", releaseCells: true });
    expect(plain(a)).toEqual(plain(held));
    expect(released.sheets.find((s) => s.name === "进展填报")!.rows).toEqual([]);
  });
  it("puts duban's columns right of a cell only a released row held", () => {
    const a = analyzeWorkbook(data((rows) => (rows[3][14] = "备注")), { asOf: "2024-07-10", today: "2024-07-10", releaseCells: true });
    expect(a.progressLayout!.resultCol).toBe(15);
  });
});
