/**
 * Lead's probes, session 24: every target met, but only by figures of part of the period, read after the deadline. What
 * stood at the deadline is not told (a level or a rate may have moved since), so it is no proof of 已完成; nor is it proof
 * the work was missed, which 已逾期（尚未完成）would claim of a target the text shows met.
 */
import { judgeTask } from "../../../src/core/judge";
import { parseActuals, parseTargets } from "../../../src/core/metrics";

const judge = (task: string, progress: string, asOf: string, year?: number) => judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict;

describe("targets met before the end of the period, read after the deadline (lead, session 24)", () => {
  it.each([
    ["城区道路机扫率达到80%", "7月底，新购机扫车61辆全部到位，城区道路机扫率达到80%以上"],
    ["地区生产总值增长6%", "上半年地区生产总值增长7%"],
    ["城镇化率达到60%", "上半年，城镇化率达到61%"],
    ["空气优良天数比例达到85%", "1-7月，空气优良天数比例达到88%"],
  ])("%s | %s is 无法研判 with JUDGE_MET_BEFORE_END, never 已逾期", (task, progress) => {
    const v = judge(task, progress, "2025-01-10", 2024);
    expect(v.status).toBe("unknown");
    expect(v.code).toBe("JUDGE_MET_BEFORE_END");
    expect(v.reason).toContain("不能据此认定完成或逾期");
  });

  it("a target missed by the part-period figure stays 已逾期", () => {
    expect(judge("城镇化率达到60%", "上半年，城镇化率达到58%", "2025-01-10", 2024).status).toBe("overdue");
    expect(judge("地区生产总值增长6%", "上半年地区生产总值增长5%", "2025-01-10", 2024).status).toBe("overdue");
  });

  it("a count or an amount reached part-way through stays 已完成 (it cannot fall back)", () => {
    expect(judge("新增规上工业企业20家", "截至9月底，新增规上工业企业25家", "2025-01-10", 2024).status).toBe("done");
    expect(judge("完成投资20亿元", "1-10月完成投资21亿元", "2025-01-10", 2024).status).toBe("done");
  });

  it("the year's own figure decides, and before the deadline the part-period figure is on schedule as before", () => {
    expect(judge("城镇化率达到60%", "全年城镇化率达到61%", "2025-01-10", 2024).status).toBe("done");
    expect(judge("城镇化率达到60%", "上半年，城镇化率达到61%", "2024-07-15", 2024).status).toBe("on-track");
  });

  it("words of work left keep the passed deadline's 已逾期", () => {
    expect(judge("城区道路机扫率达到80%", "7月底，城区道路机扫率达到80%，仍有12条道路未完成改造", "2025-01-10", 2024).status).toBe("overdue");
  });
});

describe("a rate, coefficient or index in no unit (lead, session 24)", () => {
  it("a decimal right after its name is its value, in targets and in reports", () => {
    const v = judge("亿元GDP生产安全事故死亡率控制在0.06以内", "全年亿元GDP生产安全事故死亡率0.0501，比上年下降9.24%", "2016-03-15", 2015);
    expect(v.status).toBe("done");
    expect(judge("道路交通万车死亡率控制在1.5以下", "全年道路交通万车死亡率1.8", "2016-03-15", 2015).status).toBe("overdue");
    expect(judge("基尼系数控制在0.4以下", "上半年基尼系数为0.38", "2015-07-20", 2015).status).toBe("on-track");
  });
  it("integers after a name stay out (years, ranks, codes), and a named unit still rules", () => {
    expect(parseActuals("综合考核排名第3").actuals).toEqual([]);
    expect(parseActuals("完成率2024年提高").actuals).toEqual([]);
    expect(parseActuals("森林覆盖率40.5%").actuals.map((a) => a.unit)).toEqual(["%"]);
    expect(parseTargets("质量指数5").targets).toEqual([]);
  });
});

describe("measures of one thing are not one measure (lead, session 24)", () => {
  it("a rate of deaths never answers a count of accidents, nor deaths a count of accidents", () => {
    const p = "亿元GDP生产安全事故死亡率0.0501，比上年下降9.24%";
    expect(judge("生产安全事故起数同比下降5%", p, "2016-03-15", 2015).status).not.toBe("done");
    expect(judge("生产安全事故起数同比下降5%", "生产安全事故死亡人数同比下降12%", "2016-03-15", 2015).status).not.toBe("done");
    expect(judge("城镇登记失业人数下降5%", "城镇登记失业率下降0.3个百分点", "2016-03-15", 2015).status).not.toBe("done");
  });
  it("the same measure still answers", () => {
    expect(judge("生产安全事故起数同比下降5%", "全年生产安全事故起数同比下降6.3%", "2016-03-15", 2015).status).toBe("done");
    expect(judge("生产安全事故死亡人数同比下降5%", "全年生产安全事故死亡人数同比下降8%", "2016-03-15", 2015).status).toBe("done");
  });
});

describe("a decline narrowed to a rate (lead, session 24)", () => {
  it("降幅收窄至/到 N% is a floor on growth of −N% in a target and the decline's rate in a report", () => {
    expect(parseTargets("固定资产投资降幅收窄至3%以内").targets.map((t) => [t.metric, t.kind, t.cmp, t.value])).toEqual([["固定资产投资", "growth", ">=", -3]]);
    expect(parseTargets("规上工业增加值降幅收窄到2%").targets.map((t) => [t.cmp, t.value])).toEqual([[">=", -2]]);
    expect(parseActuals("1-9月固定资产投资降幅收窄至2.1%").actuals.map((a) => [a.metric, a.kind, a.value])).toEqual([["固定资产投资", "growth", -2.1]]);
    expect(judge("固定资产投资降幅收窄至3%以内", "1-9月固定资产投资下降2.1%", "2024-10-20").status).toBe("on-track");
    expect(judge("固定资产投资降幅收窄至3%以内", "1-9月固定资产投资下降4.1%", "2024-10-20").status).toBe("behind");
  });
  it("narrowed or widened by points, or widened to a rate against another month, is no actual", () => {
    expect(parseActuals("固定资产投资降幅收窄1.2个百分点").actuals).toEqual([]);
    expect(parseActuals("降幅较上月扩大至3.2%").actuals).toEqual([]);
    expect(parseActuals("1-9月固定资产投资下降2.1%，降幅比上半年收窄1.2个百分点").actuals.map((a) => a.value)).toEqual([-2.1]);
  });
});

describe("a count glued to an amount after its act (lead, session 24)", () => {
  const values = (t: string) => parseActuals(t).actuals.map((a) => [a.value, a.unit]);
  it("both are reports: the act's count and its amount", () => {
    expect(values("全市新增小额信贷756户3136.72万元")).toEqual([[756, "户"], [3136.72, "万元"]]);
    expect(values("发放贷款320笔1.2亿元")).toEqual([[320, "笔"], [1.2, "亿元"]]);
    expect(judge("新增扶贫小额信贷1000户", "全市新增小额信贷756户3136.72万元", "2024-12-31").status).toBe("behind");
  });
  it("a count before its act, or a size class after a count, still qualifies", () => {
    expect(values("37个项目累计完成投资68.39亿元")).toEqual([[68.39, "亿元"]]);
    expect(values("实施71个1000万元以上重点项目")).toEqual([[71, "个"]]);
    expect(values("新开工50个5000万元以上项目")).toEqual([[50, "个"]]);
  });
});

describe("a time at a loose name's head (lead, session 24)", () => {
  // A bare act must not become a name that answers any task of that act (roundAI): the time stays with it, whole.
  it("年内 is kept whole, as 今年以来 is, and a named thing drops both", () => {
    expect(parseActuals("年内完成改造50个").actuals.map((a) => a.metric)).toEqual(["年内完成改造"]);
    expect(parseActuals("今年以来完成改造50个").actuals.map((a) => [a.metric, a.period])).toEqual([["今年以来完成改造", "今年以来"]]);
    expect(parseActuals("今年以来完成老旧小区改造50个").actuals.map((a) => a.metric)).toEqual(["老旧小区改造"]);
  });
});
