/**
 * General rules of round t of the judging corpus (issue 12), each tested on phrasings of our own (other metrics, numbers
 * and order than the corpus rows), with lookalikes where the rule must not fire:
 * - the base a change starts from may carry its time ("从上年末的…增至…") and two figures ("由1200户4300人减少到…"): all
 *   of it is the base, and the figure it changes to takes the base's metric, not the verb's ("从…增至5300万元");
 * - a difference from last year may name last year's level between ("比上年同期的40.2亿元多3.1亿元"): it is no actual,
 *   and the change after it keeps the amount's metric;
 * - a count heading a sentence with 中 ("1500户改造户中，…") is the whole the later clauses break down.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics";

const judge = (task: string, progress: string, asOf: string) => judgeTask({ targetText: task, progress: { text: progress }, asOf, level: null }).verdict.status;
const actuals = (text: string) => parseActuals(text).actuals.map((a) => `${a.metric}|${a.value}${a.unit}`);

describe("the base of a change, with its time or a second figure", () => {
  it("reads the time-stamped base as a base and names the new level by the base's metric", () => {
    expect(actuals("全区工业总产值从上年末的45.6亿元增至58.3亿元，年均增长9.1%")).toEqual(["工业总产值|58.3亿元", "工业总产值|9.1%"]);
    expect(actuals("税收收入从3100万元提高到4200万元")).toEqual(["税收收入|4200万元"]);
  });
  it("reads a second figure of the same base as the base", () => {
    expect(actuals("低收入人口由2100户6350人减少到420户980人")).toEqual(["低收入人口|420户", "低收入人口|980人"]);
  });
  it("leaves figures alone where no base is written", () => {
    expect(actuals("从年初开始累计完成投资5亿元")).toEqual(["从年初开始累计完成投资|5亿元"]);
    expect(actuals("低收入人口由2100户减少到420户980人")).toEqual(["低收入人口|420户", "低收入人口|980人"]);
    expect(actuals("完成投资12亿元，新建项目5个")).toEqual(["投资|12亿元", "新建项目|5个"]);
  });
  it("judges a target on the new level, named by the base's metric", () => {
    // Without the rule the new level is named by its verb (增) and answers nothing.
    expect(judge("税收收入达到4000万元", "税收收入从3100万元增至4200万元", "2023-12-31")).toBe("done");
    // A lookalike: the level reached is below the target; never green.
    expect(judge("税收收入达到5000万元", "税收收入从3100万元增至4200万元", "2023-12-31")).not.toMatch(/done|on-track/);
  });
});

describe("a difference from last year that names last year's level", () => {
  it("is no actual, and the change after it belongs to the amount", () => {
    expect(actuals("截至9月底完成投资43.3亿元，比上年同期的40.2亿元多3.1亿元，同比增长7.7%")).toEqual(["投资|43.3亿元", "投资|7.7%"]);
  });
  it("judges the growth target on the growth", () => {
    // Without the rule the growth is named by the difference (比上年同期的…多) and answers nothing: 无法研判.
    expect(judge("完成固定资产投资55亿元，增长12%", "截至9月底完成投资43.3亿元，比上年同期的40.2亿元多3.1亿元，同比增长7.7%", "2023-09-30")).toBe("behind");
  });
  it("keeps a growth against last year's level and a level named 上年同期 alone", () => {
    expect(actuals("比上年同期的40.2亿元增长7.7%")).toHaveLength(1);
    expect(actuals("完成投资43.3亿元，比上年同期多3.1亿元")).toEqual(["投资|43.3亿元"]);
  });
});

describe("a count heading a sentence with 中", () => {
  it("is the whole the clauses after it break down", () => {
    expect(actuals("1500户改造户中，城区的600户已有540户完工")).not.toContain("改造户|1500户");
    expect(actuals("1500户改造户中，城区的600户已有540户完工").some((a) => a.endsWith("|540户"))).toBe(true);
  });
  it("is not a count followed by another clause, nor works under way", () => {
    expect(actuals("建成安置房1500户，集中安置600户")).toEqual(["安置房|1500户", "集中安置|600户"]);
    expect(actuals("4个水厂项目正在建设中，已完成投资3亿元").some((a) => a.endsWith("|4个"))).toBe(true);
  });
});
