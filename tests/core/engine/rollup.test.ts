import { analyzeWorkbook } from "../../../src/core";
import { analyze, book, catalogueSheet, progressSheet, settingsSheet, unitsSheet } from "../../support/books";

const q2Only = settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30"]]);

describe("roll-up", () => {
  const data = book(
    catalogueSheet([
      { id: "1", section: "一、产业", lead: "区发改局", co: "区财政局", leader: "石可清" },
      { id: "2", section: "一、产业", lead: "区发改局", deadline: "2024-06-01" },
      { id: "3", section: "二、民生", lead: "区财政局" },
      { id: "4", section: "二、民生", lead: "区财政局" },
      { id: "5", section: "二、民生", lead: "区民政局" },
    ]),
    progressSheet([
      { id: "1", status: "已完成", text: "已全部完成。" },
      { id: "2", status: "序时推进" },
      { id: "3", status: "进展滞后", problems: "资金", next: "协调", unit: "区财政局" },
      { id: "4", status: "", text: "按计划推进。", unit: "区财政局" },
    ]),
    unitsSheet([["区发改局", "", "区直部门", "石可清"], ["区财政局", "", "区直部门", "张传驰"], ["区民政局", "", "区直部门", "张传驰"]]),
    q2Only,
  );
  const a = analyze(data);
  const line = (dimension: string, name: string) => a.rollup.lines.find((l) => l.dimension === dimension && l.name === name)!;

  it("puts each task in exactly one category", () => {
    expect([...a.states.values()].map((s) => [s.task.id, s.category])).toEqual([
      ["1", "done"],
      ["2", "overdue"],
      ["3", "lagging"],
      ["4", "unjudged"],
      ["5", "notReported"],
    ]);
  });

  it("counts lead and co-units apart, with completion and on-schedule ratios", () => {
    expect(line("unitLead", "区发改局")).toMatchObject({ assigned: 2, reported: 2, done: 1, overdue: 1, completionRatio: 0.5, onScheduleRatio: 0.5 });
    // Task 4 says 按计划推进 and nothing to judge by: 待研判, left out of 序时率 rather than counted green.
    expect(line("unitLead", "区财政局")).toMatchObject({ assigned: 2, done: 0, lagging: 1, onTrack: 0, unjudged: 1, completionRatio: 0, onScheduleRatio: 0 });
    expect(line("unitCo", "区财政局")).toMatchObject({ assigned: 1, done: 1, completionRatio: 1 });
    expect(line("unitLead", "区民政局")).toMatchObject({ assigned: 1, notReported: 1, reported: 0 });
  });

  it("rolls up per section and per leader, the leader coming from the registry when the catalogue names none", () => {
    expect(line("section", "一、产业")).toMatchObject({ assigned: 2, done: 1 });
    expect(line("section", "二、民生")).toMatchObject({ assigned: 3, lagging: 1, unjudged: 1, notReported: 1 });
    expect(line("leader", "石可清")).toMatchObject({ assigned: 2 });
    expect(line("leader", "张传驰")).toMatchObject({ assigned: 3 });
  });

  it("keeps the reporting record per unit and period: 应报 = 已报 + 未报, 已报 = 按时 + 迟报", () => {
    const rec = a.rollup.reporting.find((r) => r.unit === "区民政局")!;
    expect(rec).toMatchObject({ period: "二季度", expected: 1, submitted: 0, missing: 1 });
    for (const r of a.rollup.reporting) {
      expect(r.expected).toBe(r.submitted + r.missing);
      expect(r.submitted).toBe(r.onTime + r.late);
    }
  });

  it("adds weighted ratios when the catalogue has a 权重 column", () => {
    const catalogue = {
      name: "任务清单",
      rows: [["序号", "任务内容", "牵头单位", "权重"], [1, "一", "区发改局", 3], [2, "二", "区发改局", 1]],
    };
    const w = analyze(book(catalogue, progressSheet([{ id: "1", status: "已完成", text: "已完成。" }, { id: "2" }]), q2Only));
    const l = w.rollup.lines.find((x) => x.dimension === "unitLead")!;
    expect(w.rollup.hasWeights).toBe(true);
    expect(l.completionRatio).toBe(0.5);
    expect(l.weightedCompletion).toBe(0.75);
  });

  it("is made once, when first read, as it would have been made at the end of the analysis (cells released or not)", () => {
    const copy = JSON.parse(JSON.stringify(data));
    const released = analyzeWorkbook(copy, { asOf: "2024-07-10", today: "2024-07-10", releaseCells: true });
    expect(copy.sheets.find((s: { name: string }) => s.name === "进展填报").rows).toEqual([]);
    const first = released.rollup;
    expect(released.rollup).toBe(first);
    expect(first).toEqual(a.rollup);
    expect(first.lines.length).toBeGreaterThan(5);
    // A copy of the analysis takes the roll-up along, as it did when it was a plain field.
    expect({ ...released }.rollup).toBe(first);
  });
});
