/**
 * A running total whose own period ends before the as-of date ("上半年接待游客520万人次" read on 30 September) is set
 * against 序时进度 at the end of that period, not at the as-of date: 52% of the year by June is on schedule, and
 * calling it 30 points behind would accuse a unit on a stale comparison. Levels, rates and ceilings have no 序时, and a
 * figure read after the deadline is judged at the deadline as before.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";

function judged(target: string, text: string, asOf: string) {
  const t = judgeTask({ targetText: target, progress: { text }, asOf });
  return { status: t.verdict.status, expected: t.judgements[0]?.expected ?? null };
}

describe("a running total is set against 序时进度 at the end of its own period", () => {
  // Hunt 17: on schedule at its own period's end but under today's 序时进度, a figure whose period ended three months or
  // more before (./staleness.ts) says nothing of the pace now: 无法研判, never 进展滞后. One month old, it still stands.
  it.each([
    ["全年接待游客1000万人次", "上半年接待游客520万人次，同比增长12%", 0.496, "unknown"],
    ["全年接待游客1000万人次", "1-8月接待游客700万人次", 0.666, "on-track"],
    ["新增城镇就业1万人", "一季度新增城镇就业2600人", 0.247, "unknown"],
  ])("%s | %s", (target, text, expected, status) => {
    const j = judged(target, text, "2025-09-30");
    expect(j.status).toBe(status);
    expect(j.expected).toBeCloseTo(expected, 3);
  });

  it("still lags when the figure is behind even at its own period's end", () => {
    expect(judged("全年接待游客1000万人次", "1-6月接待游客420万人次", "2025-09-30").status).toBe("behind");
  });

  it("a figure up to the as-of date, or one with no period, is judged at the as-of date", () => {
    expect(judged("全年接待游客1000万人次", "截至9月底接待游客700万人次", "2025-09-30")).toEqual({ status: "behind", expected: expect.closeTo(0.748, 3) });
    expect(judged("全年接待游客1000万人次", "接待游客700万人次", "2025-09-30").status).toBe("behind");
  });

  it("a level or a ceiling keeps the as-of date (no 序时 of its own)", () => {
    expect(judged("地方政府债务余额控制在21万亿元以内", "11月末地方政府债务余额18.29万亿元", "2025-12-31").status).toBe("done");
  });

  it("a figure of a period before the deadline, read after it, is judged at the deadline", () => {
    const j = judgeTask({ targetText: "6月底前完成造林3000亩", progress: { text: "1-5月完成造林1500亩" }, asOf: "2025-09-30" });
    expect(j.verdict.status).toBe("overdue");
  });
});
