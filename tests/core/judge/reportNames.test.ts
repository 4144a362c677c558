/**
 * Names matched as reports write them (issue 12, point 4; branch judge-names): each rule that lets a report's name
 * answer a target comes with lookalikes that must not be answered, and must not turn green.
 */
import { judgeTask } from "../../../src/core/judge";
import { parseTargets, parseActuals, metricSimilarity } from "../../../src/core/metrics";

const GREEN = ["done", "on-track"];

describe("a bare measure keeps the act it measures (改造面积 ≠ 建设面积)", () => {
  it("reads 改造面积 and 建设面积 as two names, not one 面积", () => {
    expect(parseTargets("实施校舍安全改造，改造面积8000平方米").targets.map((t) => t.metric)).toContain("改造面积");
    expect(parseActuals("已审核项目建设面积6000平方米").actuals[0].metric).toMatch(/建设面积$/);
    expect(metricSimilarity("改造面积", "建设面积")).toBe(0);
    expect(metricSimilarity("治理面积", "绿化面积")).toBe(0);
  });

  it("answers 改造面积 by 改造面积 and 面积 of the same act", () => {
    const j = judgeTask({ targetText: "完成老旧厂房改造，改造面积8000平方米", progress: { text: "今年改造面积8600平方米" }, asOf: "2024-09-30" }).judgements;
    expect(j.map((x) => x.actual?.value)).toContain(8600);
  });

  it("never answers a 改造面积 by a 建设面积 (nor turns it green)", () => {
    const v = judgeTask({ targetText: "完成老旧厂房改造，改造面积8000平方米", progress: { text: "新建厂房3栋，建设面积9000平方米" }, asOf: "2024-09-30" });
    expect(v.judgements.some((x) => x.actual?.value === 9000)).toBe(false);
    expect(GREEN).not.toContain(v.verdict.status);
    const w = judgeTask({ targetText: "河道治理面积20平方公里", progress: { text: "河岸绿化面积25平方公里" }, asOf: "2024-09-30" });
    expect(GREEN).not.toContain(w.verdict.status);
  });
});
