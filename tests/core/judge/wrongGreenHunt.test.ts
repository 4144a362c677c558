/**
 * The wrong-green hunt (branch judge-green, docs/metrics.md "Wrong-green hunt"): thousands of progress texts written
 * by tests/core/judge/adversarial.ts put the evidence a green path looks for beside a fact that says the work lags or
 * the figure is not this unit's result of this year. None may come out green (已完成 / 序时推进). The controls — the same
 * figures reported with a period — must stay green, so the hunt cannot pass by refusing every green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { FAMILY_NAMES, adversarialCases, controlCases } from "./adversarial";

const GREEN = new Set(["done", "on-track"]);
const judge = (c: { target: { target: string }; text: string; status?: string; asOf: string }) =>
  judgeTask({ targetText: c.target.target, progress: { text: c.text, status: c.status }, asOf: c.asOf }).verdict;

describe("wrong-green hunt", () => {
  const cases = adversarialCases();

  it("writes a few thousand combinations over every family and target kind", () => {
    expect(cases.length).toBeGreaterThan(5000);
    for (const family of FAMILY_NAMES) expect(cases.filter((c) => c.family === family).length).toBeGreaterThan(5);
    expect(new Set(cases.map((c) => c.target.kind))).toEqual(new Set(["count", "amount", "growth", "decline", "ceiling", "floor", "stock", "range", "pp", "text"]));
  });

  it.each(FAMILY_NAMES)("gives no green in family %s", (family) => {
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
    expect(judgeTask({ targetText: "新建5G基站300个", progress: { text: "今年以来累计建成5G基站320个" }, asOf: "2024-09-30" }).verdict.status).toBe("done");    // A target that is itself a running total is answered by one; the same words for a target of the year are not.
    expect(judgeTask({ targetText: "污水管网累计改造120公里", progress: { text: "污水管网改造累计超过125公里" }, asOf: "2024-12-31" }).verdict.status).toBe("done");
    expect(judgeTask({ targetText: "改造污水管网120公里", progress: { text: "污水管网改造累计超过125公里" }, asOf: "2024-12-31" }).verdict.code).toBe("WEAK_CUMULATIVE_NO_PERIOD");
  });
  it("a ceiling said again in ceiling words with no period is the target restated, not a reading", () => {
    const restated = judgeTask({ targetText: "城镇调查失业率控制在5.5%以内", progress: { text: "城镇调查失业率不超过5.5%" }, asOf: "2024-09-30" }).verdict;
    expect(restated.status).toBe("unknown");
    expect(restated.code).toBe("WEAK_RESTATED_CEILING");
    expect(judgeTask({ targetText: "细颗粒物平均浓度不高于30微克/立方米", progress: { text: "细颗粒物平均浓度控制在30微克/立方米以内" }, asOf: "2024-09-30" }).verdict.status).toBe("unknown");
    // Controls: a reading, a reading beside the restated ceiling, a ceiling claimed for a stated period.
    expect(judgeTask({ targetText: "城镇调查失业率控制在5.5%以内", progress: { text: "前三季度城镇调查失业率5.1%" }, asOf: "2024-09-30" }).verdict.status).toBe("on-track");
    expect(judgeTask({ targetText: "城镇调查失业率控制在5.5%以内", progress: { text: "城镇调查失业率为5.1%，控制在5.5%以内" }, asOf: "2024-09-30" }).verdict.status).toBe("on-track");
    expect(judgeTask({ targetText: "城镇调查失业率控制在5.5%以内", progress: { text: "1-9月城镇调查失业率控制在5.5%以内" }, asOf: "2024-09-30" }).verdict.status).toBe("on-track");
  });
  it("two acts joined by 并: a figure whose own clause names only the first is not the task done", () => {
    const first = judgeTask({ targetText: "完成设计并开工建设学校3所", progress: { text: "已完成设计3所" }, asOf: "2024-12-31" }).verdict;
    expect(first.status).toBe("unknown");
    expect(first.code).toBe("WEAK_FIRST_ACT");
    expect(first.reason).toContain("目标还要求「开工建设学校」");
    expect(judgeTask({ targetText: "完成可研批复并开工建设污水管网15公里", progress: { text: "污水管网完成可研批复15公里" }, asOf: "2024-12-31" }).verdict.status).not.toBe("done");
    // Controls: both acts said of the figure, or the later act's own clause.
    expect(judgeTask({ targetText: "完成设计并开工建设学校3所", progress: { text: "已完成设计并开工建设学校3所" }, asOf: "2024-12-31" }).verdict.status).toBe("done");
    expect(judgeTask({ targetText: "完成设计并开工建设学校3所", progress: { text: "设计已完成，开工建设学校3所" }, asOf: "2024-12-31" }).verdict.status).toBe("done");
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

describe("green paths greenPaths.test.ts did not list", () => {
  const v = (task: string, text: string, asOf = "2024-06-30") => judgeTask({ targetText: task, progress: { text }, asOf }).verdict.status;
  it("时间过半、任务过半 hoped for or last year's is not this year's half", () => {
    expect(GREEN.has(v("确保一般公共预算收入和支出完成年度目标", "力争实现时间过半、任务过半"))).toBe(false);
    expect(GREEN.has(v("确保一般公共预算收入和支出完成年度目标", "去年实现了时间过半、任务过半"))).toBe(false);
  });
  it("one thing built last year does not answer this year's count of one", () => {
    expect(GREEN.has(v("新建1所中心敬老院", "去年已建成县中心敬老院"))).toBe(false);
    expect(v("新建1所中心敬老院", "改建县中心敬老院，护理型床位159张")).toBe("done");
  });
  it("全覆盖 is answered by a rate of what it covers, not of anything at 100%", () => {
    expect(GREEN.has(v("实现村级养老服务全覆盖", "培训参与率100%"))).toBe(false);
  });
});

describe("round 2: the closed paths say why, with a stable code", () => {
  const judge = (task: string, text: string, asOf = "2024-09-30", status?: string) => judgeTask({ targetText: task, progress: { text, status }, asOf }).verdict;
  it("a rate of an older period is no green; the later period of the same rate decides", () => {
    const stale = judge("单位GDP能耗下降2.5%", "单位GDP能耗同比下降3%（1-3月）");
    expect(stale.status).toBe("unknown");
    expect(stale.code).toBe("WEAK_STALE_PERIOD");
    expect(judge("地区生产总值增长6%左右", "一季度增长6.5%，二季度有所回落".replace(/^/, "地区生产总值"), "2024-06-30").code).toBe("WEAK_STALE_PERIOD");
    // The latest quarter's GDP at 30 September is the first half's: not stale.
    expect(judge("地区生产总值增长6%左右", "上半年地区生产总值增长6.5%").status).toBe("on-track");
    expect(judge("地区生产总值增长6%左右", "一季度地区生产总值增长3.1%，上半年地区生产总值增长6.5%", "2024-06-30").status).toBe("on-track");
    expect(judge("地区生产总值增长6%左右", "一季度地区生产总值增长6.5%，上半年地区生产总值增长3.1%", "2024-06-30").status).toBe("behind");
  });
  it("含以前年度结转 is not this year's; works finished this year from earlier starts are", () => {
    const v = judge("新增高新技术企业20家", "新增高新技术企业20家，完成率100%（含以前年度结转）");
    expect(v.status).toBe("unknown");
    expect(v.code).toBe("WEAK_CARRY_OVER");
    expect(judge("年内基本建成保障房5000套", "基本建成保障房7298套（含历年结转）", "2024-11-30").status).toBe("done");
  });
  it("a figure left out says which and why: an estimate, several years, a label", () => {
    // (A forecast with 预计 is left out by the parser itself, before these rules: no code.)
    const f = judge("完成固定资产投资80亿元", "按目前进度测算，完成固定资产投资80亿元");
    expect(f.code).toBe("WEAK_NOT_RESULT");
    expect(f.reason).toContain("进展数字「");
    expect(judge("新增高新技术企业20家", "“十四五”以来，新增高新技术企业20家").code).toBe("WEAK_MULTI_YEAR");
    expect(judge("单位GDP能耗下降2.5%", "单位GDP能耗年均下降3%").code).toBe("WEAK_MULTI_YEAR");
    expect(judge("完成固定资产投资80亿元", "目标值：完成固定资产投资80亿元；完成值：完成固定资产投资12亿元").status).toBe("behind");
    // A count of a part of the place is at most the whole's: 20 in the park means 20 or more in the district.
    expect(judge("新增高新技术企业20家", "1-6月，高新区新增高新技术企业20家").status).toBe("done");
  });
  it("已完成 of a part, a stage, last year or negated is not the task's; the whole is", () => {
    for (const text of ["老旧小区改造一期工程已全面完成", "老旧小区改造阶段性目标任务已全部完成", "2023年老旧小区改造任务已全部完成", "老旧小区改造未能按期全部完成", "老旧小区改造已完成上半年目标任务"])
      expect(GREEN.has(judge("完成老旧小区改造年度任务", text).status)).toBe(false);
    expect(judge("完成老旧小区改造年度任务", "老旧小区改造已全面完成").status).toBe("done");
  });
  it("a typed status the text does not bear out", () => {
    const part = judge("完成老旧小区改造年度任务", "老旧小区改造基本完成，剩余扫尾工作", "2024-09-30", "已完成");
    expect(part.status).toBe("unknown");
    expect(part.code).toBe("TYPED_CONTRADICTED");
    const share = judge("完成老旧小区改造年度任务", "老旧小区改造已完成年度任务的30%", "2024-09-30", "序时推进");
    expect(share.status).toBe("behind");
    expect(share.code).toBe("TYPED_CONTRADICTED");
  });
  it("a rank of last year or hoped for is no green; this year's in scope is", () => {
    expect(GREEN.has(judge("科技创新指数稳定在全市前五", "去年科技创新指数居全市第3位").status)).toBe(false);
    expect(GREEN.has(judge("科技创新指数稳定在全市前五", "科技创新指数预计居全市第2位").status)).toBe(false);
    expect(judge("科技创新指数稳定在全市前五", "科技创新指数居全市第3位").status).toBe("on-track");
  });
});
