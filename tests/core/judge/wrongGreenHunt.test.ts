/**
 * The wrong-green hunt (branch judge-green, docs/metrics.md "Wrong-green hunt"): thousands of progress texts written
 * by tests/core/judge/adversarial.ts put the evidence a green path looks for beside a fact that says the work lags or
 * the figure is not this unit's result of this year. None may come out green (已完成 / 序时推进). The controls — the same
 * figures reported with a period — must stay green, so the hunt cannot pass by refusing every green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { FAMILIES, adversarialCases, controlCases } from "./adversarial";

const GREEN = new Set(["done", "on-track"]);
const judge = (c: { target: { target: string }; text: string; status?: string; asOf: string }) =>
  judgeTask({ targetText: c.target.target, progress: { text: c.text, status: c.status }, asOf: c.asOf }).verdict;

describe("wrong-green hunt", () => {
  const cases = adversarialCases();

  it("writes a few thousand combinations over every family and target kind", () => {
    expect(cases.length).toBeGreaterThan(5000);
    for (const family of Object.keys(FAMILIES)) expect(cases.filter((c) => c.family === family).length).toBeGreaterThan(30);
    expect(new Set(cases.map((c) => c.target.kind))).toEqual(new Set(["count", "amount", "growth", "decline", "ceiling", "floor", "stock", "range", "pp"]));
  });

  it.each(Object.keys(FAMILIES))("gives no green in family %s", (family) => {
    const greens = cases.filter((c) => c.family === family).map((c) => ({ c, v: judge(c) })).filter(({ v }) => GREEN.has(v.status));
    expect(greens.slice(0, 5).map(({ c, v }) => `${c.target.target} ⟶ ${c.text}${c.status ? ` [${c.status}]` : ""} @${c.asOf}: ${v.label} ${v.reason}`)).toEqual([]);
  });

  it("keeps every control green (the same figures with a period)", () => {
    const lost = controlCases().map((c) => ({ c, v: judge(c) })).filter(({ v }) => !GREEN.has(v.status));
    expect(lost.map(({ c, v }) => `${c.target.target} ⟶ ${c.text}: ${v.label} ${v.reason}`)).toEqual([]);
  });
});

describe("the closed paths say why, with a stable code", () => {
  it("累计 with no period: done is refused, a lag is still a lag", () => {
    const v = judgeTask({ targetText: "新建5G基站300个", progress: { text: "累计建成5G基站1200个" }, asOf: "2024-09-30" }).verdict;
    expect(v.status).toBe("unknown");
    expect(v.code).toBe("WEAK_CUMULATIVE_NO_PERIOD");
    expect(v.reason).toContain("累计数未注明起算时间");
    expect(judgeTask({ targetText: "新建5G基站300个", progress: { text: "累计建成5G基站60个" }, asOf: "2024-09-30" }).verdict.status).toBe("behind");
    expect(judgeTask({ targetText: "新建5G基站300个", progress: { text: "今年以来累计建成5G基站320个" }, asOf: "2024-09-30" }).verdict.status).toBe("done");
  });
  it("a typed 序时推进 no figure confirms is not taken; one the text contradicts is not either", () => {
    const alone = judgeTask({ targetText: "新增高新技术企业20家", progress: { text: "积极开展企业培育工作", status: "序时推进" }, asOf: "2024-06-30" }).verdict;
    expect(alone.status).toBe("not-mentioned");
    expect(alone.code).toBe("TYPED_UNSUPPORTED");
    expect(alone.reason).toContain("填报状态「序时推进」未能由指标核实");
    const slow = judgeTask({ targetText: "推进城市更新", progress: { text: "受资金影响，项目推进缓慢", status: "序时推进" }, asOf: "2024-06-30" }).verdict;
    expect(slow.status).toBe("behind");
    expect(slow.code).toBe("TYPED_CONTRADICTED");
    const going = judgeTask({ targetText: "推进城市更新", progress: { text: "方案已报审，等待批复", status: "已完成" }, asOf: "2024-06-30" }).verdict;
    expect(going.status).toBe("unknown");
    // Nothing to contradict and no target in figures: the unit's own word stands.
    expect(judgeTask({ targetText: "推进城市更新", progress: { text: "方案已印发实施", status: "序时推进" }, asOf: "2024-06-30" }).verdict.status).toBe("on-track");
  });
});
