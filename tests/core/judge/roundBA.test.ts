/**
 * Round ba (branch judge-ba): rules made general from the train misses of set ba of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ba.jsonl and friends: 统计月报 / 经济运行分析 read against the year's targets). Each rule
 * is tried in other words than the corpus's, with the lookalikes that must stay as they are.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";

const status = (task: string, progress: string, asOf: string, level: "市" | "县" = "县") =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, level }).verdict.status;
const GREEN = /^(?:done|on-track)$/;
const read = (text: string) => parseActuals(text).actuals.map((a) => `${a.metric}:${a.value}`);

describe("a part of a change against last year is a change, not a count done", () => {
  it("reads no count in 其中…增加N个 after 较上年同期增加", () => {
    expect(read("1-3月全县在建项目较上年同期增加56个，其中5000万元以上项目增加21个")).toEqual([]);
    expect(status("新开工5000万元以上项目30个", "1-3月全县在建项目较上年同期增加56个，其中5000万元以上项目增加21个", "2024-03-31")).not.toMatch(GREEN);
  });
  it("keeps the counts of a report and a part that is not a change", () => {
    expect(read("1-3月新开工项目45个，较上年同期增加12个，其中亿元以上项目20个")).toEqual(["新开工项目:45", "亿元以上项目:20"]);
    expect(read("今年新增市场主体198户，其中企业增加74户")).toContain("企业:74");
  });
});

describe("a plan's pace against last year's pace is a comparison", () => {
  it("reads no 个百分点 actual in 进度比去年同期快", () => {
    expect(read("完成工业投资770.1亿元，完成年度目标任务的50.7%，进度比去年同期快1.1个百分点").filter((x) => x.endsWith(":1.1"))).toEqual([]);
  });
  it("keeps a rate's change against last year, which a 个百分点 target asks for", () => {
    expect(read("全县城镇化率达到58.2%，比上年提高1.1个百分点")).toContain("城镇化率:1.1");
  });
});

describe("a month's figure written without its name", () => {
  it("takes the name of the figure before it, not of a part after 其中; 环比 stays its own measure", () => {
    expect(read("1~10月，居民消费价格同比上涨2.1%，其中食品类上涨4.0%；10月当月上涨2.6%，环比上涨0.3%")).toEqual([
      "居民消费价格:2.1", "食品类:4", "居民消费价格:2.6", "居民消费价格环比:0.3"]);
  });
  it("leaves a month's figure with its own name alone", () => {
    expect(read("1~11月社会消费品零售总额增长11.8%；11月当月社零同比增长5.5%")).toEqual(["社会消费品零售总额:11.8", "社零:5.5"]);
  });
  it("never reads a month-on-month rise as the year's rise", () => {
    expect(status("居民消费价格涨幅控制在0.2%以内", "10月当月居民消费价格环比上涨0.1%", "2023-10-31", "市")).not.toMatch(GREEN);
  });
});

describe("the tax share has a short name", () => {
  it("answers 税收收入占一般公共预算收入比重 with 税收占比", () => {
    expect(status("税收收入占一般公共预算收入比重达到80%以上", "1-6月一般公共预算收入5.2亿元，其中税收收入4.3亿元，税收占比82.7%", "2024-06-30")).toBe("on-track");
    expect(status("税收收入占地方一般公共预算收入比重达到85%", "截至6月底税收占比79.5%", "2024-06-30")).toBe("behind");
  });
  it("leaves a tax's share of the economy alone", () => {
    expect(status("税收收入占地区生产总值比重达到8%", "1-6月税收占比82.7%", "2024-06-30")).not.toMatch(GREEN);
  });
});

describe("a target on a several-year average is not answered by the year's own growth", () => {
  it("does not read 同比增长32% for 两年平均增长8%", () => {
    expect(status("规上工业增加值两年平均增长8%", "上半年规上工业增加值同比增长32.0%，两年平均增长6.0%", "2021-06-30")).not.toMatch(GREEN);
  });
  it("still answers the year's growth, and a five-year plan's 年均 target", () => {
    expect(status("规上工业增加值增长10%", "上半年规上工业增加值同比增长32.0%，两年平均增长6.0%", "2021-06-30")).toBe("on-track");
    expect(status("地区生产总值年均增长7%", "上半年地区生产总值增长7.5%", "2021-06-30")).toBe(status("地区生产总值年均增长7%", "上半年地区生产总值增长7.5%", "2021-06-30"));
  });
});
