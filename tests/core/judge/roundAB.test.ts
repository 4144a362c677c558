/**
 * Round ab (branch judge-ab): rules made general from the train misses of set ab of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ab.jsonl and friends: development zones' half-year and 1-9月 reports, a key park's share
 * of its year's plan, a stock of market entities with its gain since the year's start, a bulletin of petitions handed down in
 * numbered batches). Each rule is tried in other words than the corpus's, with the lookalikes that must not turn green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals, parseTargets } from "../../../src/core/metrics";

const judge = (task: string, progress: string, asOf: string) => judgeTask({ targetText: task, progress: { text: progress }, asOf }).verdict.status;
const GREEN = ["done", "on-track"];

describe("目前 between a thing and what was done of it is a period, not part of the thing's name", () => {
  it("a park's share of its year's plan answers the park's investment target", () => {
    expect(parseActuals("物流园目前已完成全年计划投资2.8亿元的88.6%").actuals.map((a) => [a.metric, a.period])).toEqual([["物流园", "目前"]]);
    expect(judge("物流园年内完成投资2.8亿元", "物流园目前已完成全年计划投资2.8亿元的88.6%", "2023-10-20")).toBe("on-track");
  });

  it.each([
    // The share short of 序时进度.
    ["物流园年内完成投资2.8亿元", "物流园目前已完成全年计划投资2.8亿元的61.5%"],
    // Another park's share.
    ["物流园年内完成投资2.8亿元", "产业园目前已完成全年计划投资2.8亿元的88.6%"],
    // A project's total investment is its size, not what was done.
    ["物流园年内完成投资2.8亿元", "总投资2.8亿元的物流园目前已开工"],
  ])("%s ⟵ %s: never green", (task, progress) => {
    expect(GREEN).not.toContain(judge(task, progress, "2023-10-20"));
  });
});

describe("a gain since last year's end (较上年末新增) is this year's addition to the stock named before it", () => {
  it("a total, then its gain since last year's end", () => {
    expect(parseActuals("截至9月，个体工商户总数5820户，较上年末新增1260户").actuals.map((a) => [a.metric, a.kind, a.value])).toContainEqual(["个体工商户比年初新增", "count", 1260]);
    expect(judge("新增个体工商户1200户", "截至9月，个体工商户总数5820户，较上年末新增1260户", "2024-10-15")).toBe("done");
    expect(judge("新增个体工商户1600户", "截至9月，个体工商户总数5820户，比去年底新增1260户", "2024-10-15")).toBe("on-track");
  });

  it.each([
    // The gain over the same period a year ago is a comparison.
    ["新增个体工商户1200户", "截至9月，个体工商户总数5820户，比上年同期多1260户"],
    // The total alone is no count of new ones.
    ["新增个体工商户1200户", "截至9月，个体工商户总数5820户"],
    // A gain since the end of a named year may be more than one year's.
    ["新增个体工商户1200户", "截至9月，个体工商户总数5820户，比2021年末新增1260户"],
    // Short of 序时进度.
    ["新增个体工商户3000户", "截至9月，个体工商户总数5820户，较上年末新增1260户"],
  ])("%s ⟵ %s: never green", (task, progress) => {
    expect(GREEN).not.toContain(judge(task, progress, "2024-10-15"));
  });
});

describe("a range of ordinals (第1至33批) names batches; it is no target figure", () => {
  it.each(["第1至20批交办件年内全部办结", "第3-5期培训班年底前全部办完"])("%s: no target of 批 or 期", (text) => {
    expect(parseTargets(text).targets.filter((t) => /^[批期]$/.test(t.unit))).toEqual([]);
  });

  it("a range that is not ordinal still is one", () => {
    expect(parseTargets("新建学校3至5所").targets.map((t) => [t.value, t.high, t.unit])).toEqual([[3, 5, "所"]]);
  });

  it("the batches never make a task of closing them all green", () => {
    expect(GREEN).not.toContain(judge("第1至20批交办件年内全部办结", "截至7月9日，第1至20批交办的150件已办结60件，尚未办结90件", "2025-07-10"));
  });
});

describe("a named town before 村级 heads the figure (JUDGE_SUB_AREA)", () => {
  it.each([
    ["村级卫生室30个", "1-9月甲镇村级卫生室30个"],
    ["村级文化服务中心12个", "1-9月乙乡村级文化服务中心12个"],
  ])("%s ⟵ %s: a town's figure, never green for the whole", (task, progress) => {
    expect(GREEN).not.toContain(judge(task, progress, "2024-09-30"));
  });

  it("the whole's own 村级 figure still answers", () => {
    expect(judge("村级卫生室30个", "1-9月村级卫生室30个", "2024-09-30")).toBe("done");
    expect(judge("村级卫生室30个", "1-9月全镇村级卫生室30个", "2024-09-30")).toBe("done");
  });
});

describe("培训 before a 中心幼儿园 or a 中心小学 is the act, not a 培训中心", () => {
  it.each([
    ["中心幼儿园2所", "1-9月培训中心幼儿园2所"],
    ["中心小学3所", "1-9月培训中心小学3所"],
  ])("%s ⟵ %s: a service done to them, never green", (task, progress) => {
    expect(GREEN).not.toContain(judge(task, progress, "2024-09-30"));
  });

  it("a training centre is still a thing that is built", () => {
    expect(judge("新建培训中心2个", "1-9月新建培训中心2个", "2024-09-30")).toBe("done");
    expect(judge("中心幼儿园2所", "1-9月建成中心幼儿园2所", "2024-09-30")).toBe("done");
  });
});
