/**
 * Round aj (branch judge-aj): rules made general from the train misses of set aj of the corpus
 * (tests/fixtures/metrics/corpus/pairs-aj.jsonl and friends: plan-execution reports, budget execution against the year's
 * budget, monthly air-quality notes, 审批时限 notes). Each rule is tried in other words than the corpus's, with the
 * lookalikes that must not turn green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals, parseDeadline, parseTargets } from "../../../src/core/metrics";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict.status;
const GREEN = ["done", "on-track"];
const read = (text: string) => parseActuals(text).actuals.map((a) => ({ metric: a.metric, kind: a.kind, value: a.value, period: a.period, ratio: a.explicitRatio }));

describe("a share of the year's budget is a completion ratio, not a level called 预算", () => {
  it("为年度预算的/占年初预算数…的/占任务数的/为预算（含…）的: the share goes to the amount, the change after it keeps the amount's name", () => {
    const got = read("1-4月，全区一般公共预算收入完成8.2亿元，为年度预算的35.1%，同比下降4.2%；其中税务部门入库5.6亿元，占任务数的33.8%，同比下降6%");
    expect(got.map((a) => [a.metric, a.kind, a.value, a.period])).toEqual([
      ["一般公共预算收入", "level", 8.2, "1-4月"],
      ["一般公共预算收入", "growth", -4.2, "1-4月"],
      ["税务部门入库", "level", 5.6, "1-4月"],
      ["税务部门入库", "growth", -6, "1-4月"],
    ]);
    expect(got.map((a) => (a.ratio === undefined ? null : Math.round(a.ratio * 1000) / 1000))).toEqual([0.351, null, 0.338, null]);
    expect(read("上半年一般公共预算支出12.6亿元，为预算（含上级转移支付）的61.2%，增长9%")[0].ratio).toBeCloseTo(0.612);
    expect(read("1-8月税收收入3.1亿元，占年初预算数4.4亿元的70.5%")[0].ratio).toBeCloseTo(0.705);
  });

  it("a share of the revenue itself (税收占…的比重) stays a level, not a completion ratio", () => {
    const got = read("1-6月，税收占一般公共预算收入的比重为71.3%");
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind: "level", value: 71.3, ratio: undefined });
  });

  it("the total with 上划 does not answer the 地方 part's growth once the shares are read as shares", () => {
    const text = "1-6月全县公共财政预算收入3.2亿元，为预算的51%，同比增长9.1%；其中地方公共财政预算收入2.1亿元，为预算的49%，同比增长4.4%";
    expect(status("地方公共财政预算收入增长8%", text, "2016-07-15")).toBe("behind");
    expect(status("公共财政预算收入增长8%", text, "2016-07-15")).toBe("on-track");
  });

  it("the heading period reaches a later sentence that gives shares of the budget", () => {
    const got = read("1-9月，全县一般公共预算收入6.1亿元，为年度预算的72%。其中税务部门征收4.2亿元，占任务数的70.1%");
    expect(got.find((a) => a.value === 4.2)?.period).toBe("1-9月");
  });
});

describe("a pollutant's 改善 is its fall, 恶化 its rise", () => {
  it("PM2.5, PM10 and the composite index: 改善N% is a decline of N%", () => {
    const got = read("9月，全市环境空气质量综合指数3.1，同比改善6.2%；PM2.5浓度21微克/立方米，同比改善12.5%；臭氧浓度同比恶化4%");
    expect(got.filter((a) => a.kind === "growth").map((a) => a.value)).toEqual([-6.2, -12.5, 4]);
  });

  it("改善 of a measure where more is better is not read as a decline", () => {
    const got = read("9月，全市优良天数比例同比改善5.1%");
    expect(got.some((a) => a.kind === "growth" && a.value === -5.1)).toBe(false);
  });

  it("a month's improvement never answers the year's decline target; a decline target of that month is met", () => {
    const text = "8月，全县PM2.5浓度18微克/立方米，同比改善28%";
    expect(status("PM2.5浓度同比下降8%", text, "2024-09-12")).toBe("unknown");
    expect(status("PM2.5年均浓度控制在30微克/立方米以内", text, "2024-09-12")).toBe("unknown");
  });
});

describe("a comparison with last year's same month opening a sentence names this year's month", () => {
  it("与上年9月相比…下降N%: the figures are of September, not of the year so far", () => {
    const got = read("与上年9月相比，优良天数多了4天，PM2.5月均浓度下降18%");
    expect(got.every((a) => a.period === "9月")).toBe(true);
    expect(GREEN).not.toContain(status("PM2.5浓度同比下降5%", "与上年9月相比，优良天数多了4天，PM2.5月均浓度下降18%", "2021-10-10"));
  });

  it("a comparison with last year as a whole names no period", () => {
    expect(read("与上年相比，PM2.5平均浓度下降6%").every((a) => a.period === null)).toBe(true);
  });
});

describe("a target of one month is judged by that month's reading", () => {
  it("the month opening the task is its time limit", () => {
    expect(parseDeadline("8月PM10浓度不高于50微克/立方米", 2024)).toBe("2024-08-31");
    expect(parseDeadline("5月起实施错峰生产", 2024)).not.toBe("2024-05-31");
    expect(parseTargets("8月PM10浓度不高于50微克/立方米").targets[0].metric).toBe("PM10浓度");
  });

  it("met by the month's reading, read after the month: done; missed: overdue", () => {
    const text = "8月，全县PM10浓度42微克/立方米，优良天数比例93.5%";
    expect(status("8月PM10浓度不高于50微克/立方米", text, "2024-09-12")).toBe("done");
    expect(status("8月优良天数比例不低于95%", text, "2024-09-12")).toBe("overdue");
  });

  it("the same month's reading for a target of the year stays 无法研判", () => {
    const text = "8月，全县PM10浓度42微克/立方米，优良天数比例93.5%";
    expect(status("PM10年均浓度控制在60微克/立方米以内", text, "2024-09-12")).toBe("unknown");
    expect(status("空气质量优良天数比例达到85%", text, "2024-09-12")).toBe("unknown");
  });
});

describe("a year-end forecast is no result, also when it names a milestone passed", () => {
  it("预计全年…迈过/突破N亿元关口(大关): read after the year, 无法研判, not 已逾期", () => {
    const text = "预计全年，全市地区生产总值突破500亿元大关，达到512亿元，增长4.8%；一般公共预算收入31亿元，增长6%";
    expect(status("地区生产总值增长6%", text, "2024-01-12", 2023)).toBe("unknown");
    expect(status("地区生产总值达到500亿元", text, "2024-01-12", 2023)).toBe("unknown");
  });

  it("the same milestone reported (no 预计) is a result", () => {
    expect(status("地区生产总值达到500亿元", "全年地区生产总值突破500亿元大关，达到512亿元", "2024-01-12", 2023)).toBe("done");
  });
});

describe("a running total with no start says nothing of the year's part, also after the year", () => {
  it("累计达到N for a count of the year, read after it: 无法研判, not 已逾期", () => {
    expect(status("新建高标准农田2万亩", "全县高标准农田累计建成18.4万亩", "2024-01-15", 2023)).toBe("unknown");
  });

  it("a count of the year short of its target is still overdue", () => {
    expect(status("新建高标准农田2万亩", "全年新建高标准农田1.6万亩", "2024-01-15", 2023)).toBe("overdue");
  });
});

describe("已 said of the first of a list of cuts reports the later members", () => {
  it("A已压缩到…，B压缩到N个工作日以内: the ceiling meets a target at or above it", () => {
    const text = "不动产登记已压缩到3个工作日，工业项目审批时限压缩到60个工作日以内";
    expect(status("工业项目审批时限压缩至60个工作日以内", text, "2025-01-20", 2024)).toBe("done");
    expect(status("工业项目审批时限压缩至45个工作日以内", text, "2025-01-20", 2024)).not.toBe("done");
    expect(GREEN).not.toContain(status("工业项目审批时限压缩至45个工作日以内", text, "2025-01-20", 2024));
  });

  it("without a 已 before it, the ceiling said again is the target restated", () => {
    expect(GREEN).not.toContain(status("工业项目审批时限压缩至60个工作日以内", "工业项目审批时限压缩到60个工作日以内", "2025-01-20", 2024));
  });
});
