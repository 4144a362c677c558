/**
 * Hunt 21 end to end: what a department types in 完成状态 and 完成值 beside its text, read from an in-memory book through
 * validate to 任务状态 — a typed 已完成 over a stage of the works, a 完成值 that is a stock or in another unit, a lag in the
 * department's own words — and controls where the cells and the text agree (docs/metrics.md "Hunt 21").
 */
import { analyze, book, catalogueSheet, codes, progressSheet, settingsSheet } from "../../support/books";

const q3 = settingsSheet([["年度", 2024], ["报告期", "三季度", "2024-09-30"]]);
const asOf = "2024-10-08";

describe("hunt 21: typed cells through validate", () => {
  const a = analyze(
    book(
      catalogueSheet([
        { id: "1", text: "年内建成县人民医院新院区并投入使用。" },
        { id: "2", text: "新增规上工业企业20家。" },
        { id: "3", text: "城镇新增就业1.2万人。" },
        { id: "4", text: "城镇新增就业1.2万人。" },
        { id: "5", text: "年内建成县人民医院新院区并投入使用。" },
        { id: "6", text: "新增规上工业企业20家。" },
      ]),
      progressSheet([
        { id: "1", period: "三季度", status: "已完成", text: "主体工程完工，正在进行内部装修。", date: "2024-09-30" },
        { id: "2", period: "三季度", status: "", text: "全县规上工业企业总数达到420家。", value: 420, date: "2024-09-30" },
        { id: "3", period: "三季度", status: "序时推进", text: "1-9月城镇新增就业9500人。", value: 9500, date: "2024-09-30" },
        { id: "4", period: "三季度", status: "欠进度", text: "1-9月城镇新增就业0.95万人。", problems: "企业用工需求下降。", next: "加大招聘会频次。", date: "2024-09-30" },
        { id: "5", period: "三季度", status: "已完成", text: "新院区已竣工验收，9月1日正式投入使用。", date: "2024-09-30" },
        { id: "6", period: "三季度", status: "已完成", text: "1-9月新增规上工业企业22家。", value: 22, date: "2024-09-30" },
      ]),
      q3,
    ),
    asOf,
  );
  const state = (id: string) => a.states.get(id);

  it("does not take a typed 已完成 over a stage of the works", () => {
    expect(state("1")?.category).not.toBe("done");
    expect(state("1")?.verdict.code).toBe("TYPED_CONTRADICTED");
  });
  it("does not take a 完成值 that is a stock as the task's figure", () => {
    expect(state("2")?.category).not.toBe("done");
    expect(a.metrics.find((m) => m.task.id === "2")?.judgement.actual?.value).not.toBe(420);
  });
  it("reads a 完成值 the text writes in 人 for a target in 万人 by the text, not as 9500万人", () => {
    expect(state("3")?.category).not.toBe("done");
    expect(state("3")?.verdict.status).toBe("on-track");
  });
  it("takes the department's own lag word (欠进度) as a lag, not as a status it cannot read", () => {
    expect(state("4")?.category).toBe("lagging");
    expect(a.findings.filter((f) => f.taskId === "4").map((f) => f.code)).not.toContain("ROW_BAD_STATUS");
  });
  it("keeps the controls: the typed cells and the text agree", () => {
    expect(state("5")).toMatchObject({ category: "done" });
    expect(state("6")).toMatchObject({ category: "done" });
    expect(a.metrics.find((m) => m.task.id === "6")?.judgement.actual?.value).toBe(22);
    expect(codes(a)).not.toContain("ROW_DONE_TARGET_MISSED");
  });
});
