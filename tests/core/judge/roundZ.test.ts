/**
 * Round z (branch judge-z): rules made on train z's misses, each tried in other words of our own, with the lookalikes it
 * must not turn green (tests/fixtures/metrics/corpus README, docs/metrics.md "Round z").
 */
import { judgeTask } from "../../../src/core/judge";
import { parseActuals } from "../../../src/core/metrics";

const verdict = (targetText: string, text: string, asOf: string) => judgeTask({ targetText, progress: { text }, asOf }).verdict.status;
const GREEN = ["done", "on-track"];
const read = (text: string) => parseActuals(text).actuals.map((a) => [a.metric, a.kind, a.value]);

describe("a rate written as its distance from the target's", () => {
  it("超过目标增速 N个百分点 is the target's rate and N; 低于 is below it", () => {
    expect(verdict("全县生产总值增长8%", "1-9月全县生产总值增速高于目标1.1个百分点", "2018-09-30")).toBe("on-track");
    expect(verdict("规模以上工业增加值增长9%", "一季度规上工业增加值超过年度目标增速2.4个百分点", "2018-03-31")).toBe("on-track");
    expect(verdict("全县生产总值增长8%", "1-9月全县生产总值增速低于目标1.1个百分点", "2018-09-30")).toBe("behind");
    expect(judgeTask({ targetText: "全县生产总值增长8%", progress: { text: "1-9月全县生产总值增速低于目标1.1个百分点" }, asOf: "2018-09-30" }).judgements[0].actual?.value).toBe(6.9);
  });
  it("lookalikes: another reference, another metric, a promise, a forecast, a year's figure, a decline or a range stay not green", () => {
    expect(GREEN).not.toContain(verdict("全县生产总值增长8%", "1-9月全县生产总值增速高于全市1.1个百分点", "2018-09-30"));
    expect(GREEN).not.toContain(verdict("全县生产总值增长8%", "1-9月全县规上工业增加值增速高于目标1.1个百分点", "2018-09-30"));
    expect(GREEN).not.toContain(verdict("全县生产总值增长8%", "力争全县生产总值增速高于目标1.1个百分点", "2018-09-30"));
    expect(GREEN).not.toContain(verdict("全县生产总值增长8%", "1-9月经济运行平稳，预计全县生产总值增速高于目标1.1个百分点", "2018-09-30"));
    expect(GREEN).not.toContain(verdict("全县生产总值增长8%", "全年全县生产总值增速高于目标1.1个百分点", "2019-01-15"));
    expect(GREEN).not.toContain(verdict("单位生产总值能耗下降3%", "1-9月单位生产总值能耗降幅超过目标0.5个百分点", "2018-09-30"));
    expect(GREEN).not.toContain(verdict("全县生产总值增长7%-8%", "1-9月全县生产总值增速高于目标1.1个百分点", "2018-09-30"));
    expect(GREEN).not.toContain(verdict("全县生产总值增长8%", "多数指标增速达到或超过考核目标", "2018-09-30"));
  });
});

describe("一、二、三产 written for the three sectors", () => {
  it("each sector takes its own figure in the list's order", () => {
    const text = "1-6月一、二、三产分别实现增加值12.1亿元、30.5亿元、25亿元，增长4.2%、9.6%和7.1%";
    expect(read(text).filter((r) => r[1] === "growth")).toEqual([["第一产业实现增加值", "growth", 4.2], ["第二产业实现增加值", "growth", 9.6], ["第三产业实现增加值", "growth", 7.1]]);
    expect(verdict("第三产业增加值增长7%", text, "2018-06-30")).toBe("on-track");
    expect(verdict("第一产业增加值增长5%", text, "2018-06-30")).toBe("behind");
  });
  it("lookalikes: a third sector not in the list, or 产 inside another word, is left as it was", () => {
    expect(GREEN).not.toContain(verdict("第三产业增加值增长7%", "上半年一、二产分别增长4.2%和9.6%", "2018-06-30"));
    expect(GREEN).not.toContain(verdict("第三产业增加值增长7%", "一、二、三产融合项目分别开工4个、9个、7个", "2018-06-30"));
  });
});

describe("a rate worked out from its distance to the target says so", () => {
  it("the reason names the words it was worked out from", () => {
    const j = judgeTask({ targetText: "地区生产总值增长7.5%", progress: { text: "前三季度GDP增速超过目标增速0.3个百分点" }, asOf: "2025-09-30" }).judgements[0];
    expect(j.reason).toContain("实际增速由「前三季度GDP增速超过目标增速0.3个百分点」与目标推算");
  });

  it("a rate the report gives itself carries no such note", () => {
    const j = judgeTask({ targetText: "地区生产总值增长7.5%", progress: { text: "前三季度GDP增长7.8%" }, asOf: "2025-09-30" }).judgements[0];
    expect(j.reason).not.toContain("推算");
  });
});
