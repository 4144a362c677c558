/**
 * Round v (branch judge-v): rules made on train v's misses, each tried in other words of our own, with the lookalikes it
 * must not turn green (tests/fixtures/metrics/corpus README, docs/metrics.md "Round v").
 */
import { judgeTask } from "../../../src/core/judge";
import { parseActuals } from "../../../src/core/metrics";

const verdict = (targetText: string, text: string, asOf: string, year?: number) => judgeTask({ targetText, progress: { text }, asOf, year }).verdict.status;
const GREEN = ["done", "on-track"];

describe("a part's own figure after 其中 answers a target naming that part, not the whole's", () => {
  const text = "1-9月份全区完成固定资产投资88.2亿元，同比增长11.6%，其中区属投资70.5亿元，增长8.1%，经开区17.7亿元，增长25.3%";
  it("the part named by the words before the whole's name is judged on its own figure", () => {
    expect(verdict("区属固定资产投资增长10%", text, "2024-10-15")).toBe("behind");
    expect(verdict("经开区固定资产投资增长20%", text, "2024-10-15")).toBe("on-track");
    expect(verdict("城镇居民人均可支配收入增长6%", "全体居民人均可支配收入增长6.5%，其中城镇居民人均可支配收入增长5.2%，农村居民增长7.9%", "2024-10-20")).toBe("behind");
  });
  it("lookalikes: the whole's figure is still judged when no figure names the part; a part of another thing never answers", () => {
    expect(verdict("固定资产投资增长10%", text, "2024-10-15")).toBe("on-track");
    // No figure of the part: the whole's 11.6% must not make the part's 10% green.
    expect(GREEN).not.toContain(verdict("区属固定资产投资增长10%", "1-9月份全区完成固定资产投资88.2亿元，同比增长11.6%", "2024-10-15"));
    // The part written short (农村居民 for 农村居民人均可支配收入): the whole's 8.5% gives no green.
    expect(GREEN).not.toContain(verdict("农村居民人均可支配收入增长8%", "全体居民人均可支配收入增长8.5%，其中城镇居民增长6.2%，农村居民增长7.1%", "2024-10-20"));
    // 农村居民人均消费支出 is the part's other metric, not its income.
    expect(GREEN).not.toContain(verdict("农村居民人均可支配收入增长8%", "全体居民人均可支配收入增长6.5%，其中农村居民人均消费支出增长9.1%", "2024-10-20"));
  });
});

describe("a programme's whole is not one stage's projects (续建, 新建, 竣工, 储备 …)", () => {
  it("a target of one stage's projects is not met by the whole programme's figure", () => {
    expect(GREEN).not.toContain(verdict("续建项目完成年度投资120亿元", "1-9月份，市重点项目累计完成投资150.3亿元，投资完成率81.2%；续建项目总体进展顺利", "2024-09-30"));
    expect(GREEN).not.toContain(verdict("竣工项目完成投资30亿元", "前三季度全县重点项目完成投资41亿元，一批竣工项目正在验收", "2024-09-30"));
    expect(GREEN).not.toContain(verdict("储备项目转化开工20个", "今年以来重点项目开工28个，开工率70%", "2024-08-31"));
  });
  it("controls: the stage's own figure, or a start answering new projects, still judges", () => {
    expect(verdict("续建项目完成年度投资120亿元", "1-9月份，续建项目累计完成投资101.5亿元", "2024-09-30")).toBe("on-track");
    expect(verdict("9个新建项目全部开工", "9个新项目已全部开工建设，开工率100%", "2024-06-30")).toBe("done");
  });
});

describe("a total, then the months since January and how many of it reached a stage (12个…1-5月开工5个)", () => {
  it("the number at the stage is judged, not the total", () => {
    expect(verdict("12个新建重点项目全部开工", "12个新建重点项目1-5月开工5个，开工率41.7%", "2024-05-31")).toBe("on-track");
    expect(verdict("20个新建重点项目全部开工", "20个新建重点项目1-6月开工6个", "2024-06-30")).toBe("behind");
    expect(verdict("完成8个老旧小区改造", "8个老旧小区改造项目1-10月完工3个", "2024-10-31")).toBe("behind");
  });
  it("lookalikes: the total is never taken as done; the same figure twice is no breakdown", () => {
    expect(verdict("12个新建重点项目全部开工", "12个新建重点项目1-5月开工5个", "2024-05-31")).not.toBe("done");
    expect(verdict("12个新建重点项目全部开工", "12个新建重点项目1-5月开工12个", "2024-05-31")).toBe("done");
  });
});

describe("an amount's share of the plan to date (完成1-6月投资计划的115%) is the schedule judged against", () => {
  it("at or above the plan to date is 序时推进 even below the straight line; under it 进展滞后", () => {
    expect(verdict("重点项目全年完成投资60亿元", "重点项目1-3月累计完成投资9.2亿元，完成1-3月投资计划的118.5%，占年度计划的15.3%", "2025-03-31")).toBe("on-track");
    expect(verdict("重点项目全年完成投资60亿元", "重点项目1-3月累计完成投资9.2亿元，为1-3月计划的76%", "2025-03-31")).toBe("behind");
    expect(verdict("重点项目全年完成投资60亿元", "重点项目1-3月累计完成投资9.2亿元，完成1-3月投资计划的118.5%", "2025-03-31")).toBe("on-track");
  });
  it("lookalikes: a year's plan, a forecast, an old period or a part's share never turn it green", () => {
    // A share of the year's plan: the straight line still applies (15.3% < 24.7%).
    expect(GREEN).not.toContain(verdict("重点项目全年完成投资60亿元", "重点项目1-3月累计完成投资9.2亿元，完成年度投资计划的15.3%", "2025-03-31"));
    expect(GREEN).not.toContain(verdict("重点项目全年完成投资60亿元", "预计1-3月重点项目完成投资9.2亿元，完成1-3月投资计划的118.5%", "2025-03-31"));
    // Three months and more before the date judged: not where the work stands now.
    expect(GREEN).not.toContain(verdict("重点项目全年完成投资60亿元", "重点项目1-3月累计完成投资9.2亿元，完成1-3月投资计划的118.5%", "2025-07-31"));
    expect(GREEN).not.toContain(verdict("重点项目全年完成投资60亿元", "其中新建项目1-3月完成投资3.1亿元，完成1-3月投资计划的140%", "2025-03-31"));
    // One stage's projects, or another metric altogether: the share speaks of the figure it follows only.
    expect(GREEN).not.toContain(verdict("重点项目全年完成投资60亿元", "新开工项目1-3月完成投资9.2亿元，完成1-3月投资计划的120%", "2025-03-31"));
    expect(GREEN).not.toContain(verdict("全年完成招商引资到位资金60亿元", "重点项目1-3月完成投资9.2亿元，完成1-3月投资计划的120%", "2025-03-31"));
  });
});

describe("a programme's list headed by 安排 is a plan in every figure until a word of report", () => {
  const values = (text: string) => parseActuals(text).actuals.map((a) => a.value);
  it("the list's counts and plans are no actuals", () => {
    expect(values("2025年安排区重点项目120个，年度计划投资86亿元；其中续建项目70个，新开工项目50个")).toEqual([]);
    expect(values("今年共安排县级重点工程36项，总投资210亿元")).toEqual([]);
    expect(GREEN).not.toContain(verdict("新开工重点项目50个", "2025年安排区重点项目120个，其中续建项目70个，新开工项目50个", "2025-04-30"));
  });
  it("controls: what is done after the list, and 安排 of other things, are still read", () => {
    expect(values("今年安排重点项目120个，1-6月完成投资85亿元")).toEqual([85]);
    expect(values("今年安排重点项目120个，已开工98个")).toEqual([98]);
    expect(values("全年安排就业补助资金500万元")).toEqual([500]);
  });
});

describe("items named, then their count and 已完成 (A、B2项已完成年度目标任务)", () => {
  const text = "58项重点任务中，城南污水处理厂提标改造、滨河绿道贯通工程2项已完成年度目标任务；50项按季度目标推进；6项进度滞后";
  it("a task without figures naming one of the items is done", () => {
    expect(verdict("城南污水处理厂提标改造年内完成", text, "2025-10-20")).toBe("done");
    expect(verdict("滨河绿道贯通工程", text, "2025-10-20")).toBe("done");
    expect(verdict("老旧小区雨污分流改造年内完成", "老旧小区雨污分流改造、城区停车场建设等4项均已完成", "2025-11-10")).toBe("done");
  });
  it("lookalikes: not done, planned, a count that does not fit the list, an item said unfinished elsewhere, a start", () => {
    expect(GREEN).not.toContain(verdict("城南污水处理厂提标改造年内完成", "城南污水处理厂提标改造、滨河绿道贯通工程2项未完成季度目标", "2025-10-20"));
    expect(GREEN).not.toContain(verdict("城南污水处理厂提标改造年内完成", "城南污水处理厂提标改造、滨河绿道贯通工程2项计划年底完成", "2025-10-20"));
    expect(GREEN).not.toContain(verdict("城南污水处理厂提标改造年内完成", "城南污水处理厂提标改造、滨河绿道贯通工程3项已完成", "2025-10-20"));
    expect(GREEN).not.toContain(verdict("城南污水处理厂提标改造年内完成", "城南污水处理厂提标改造、滨河绿道贯通工程2项已基本完成", "2025-10-20"));
    expect(GREEN).not.toContain(verdict("城南污水处理厂提标改造年内完成", `${text}；城南污水处理厂提标改造尚有设备待验收`, "2025-10-20"));
    expect(GREEN).not.toContain(verdict("城北污水处理厂提标改造年内完成", text, "2025-10-20"));
    expect(GREEN).not.toContain(verdict("城南污水处理厂提标改造年内完成", "去年城南污水处理厂提标改造、滨河绿道贯通工程2项已完成", "2025-10-20"));
    expect(GREEN).not.toContain(verdict("城南污水处理厂提标改造年内完成", "城南污水处理厂提标改造、滨河绿道贯通工程2项已完成上半年节点目标", "2025-07-20"));
    expect(GREEN).not.toContain(verdict("城南污水处理厂提标改造年内完成", "城南污水处理厂提标改造、滨河绿道贯通工程2项已完成招标", "2025-07-20"));
  });
});

describe("存贷款 names two balances: 分别 gives each its own rate", () => {
  const text = "6月末，全县金融机构存贷款余额分别增长7.2%、13.6%";
  it("the deposits' and the loans' rates in order", () => {
    expect(verdict("金融机构贷款余额增长12%", text, "2024-07-15")).toBe("on-track");
    expect(verdict("金融机构存款余额增长8%", text, "2024-07-15")).toBe("behind");
    expect(parseActuals(text).actuals.map((a) => `${a.metric.replace(/^全县/, "")}${a.value}`)).toEqual(["金融机构存款余额7.2", "金融机构贷款余额13.6"]);
  });
  it("lookalike: one rate of both together answers neither", () => {
    expect(GREEN).not.toContain(verdict("金融机构存款余额增长8%", "6月末，全县金融机构存贷款余额增长9.5%", "2024-07-15"));
    expect(GREEN).not.toContain(verdict("金融机构贷款余额增长8%", "6月末，全县金融机构存贷款余额合计增长9.5%", "2024-07-15"));
  });
});

describe("items of a task to finish in full said open or off their schedule", () => {
  it("some items missing their quarter's goal make the task behind; one item still being built in the last days too", () => {
    expect(verdict("46项重点工作年底前全部完成", "46项重点工作中，3项已完成，38项按季度目标推进，5项未完成二季度节点目标", "2025-07-20")).toBe("behind");
    expect(verdict("6项民生实事年底前全部完成", "6项民生实事中5项已基本完成，余下1项受雨季影响仍在施工", "2025-12-24")).toBe("behind");
  });
  it("controls: items meeting their goals, a task not asking for all, or the same words early in the year, are not made behind", () => {
    expect(verdict("46项重点工作年底前全部完成", "46项重点工作均完成二季度节点目标，按序时推进", "2025-07-20")).not.toBe("behind");
    expect(verdict("推进重点工作", "46项重点工作中，5项未完成二季度节点目标", "2025-07-20")).not.toBe("behind");
    expect(verdict("6项民生实事年底前全部完成", "6项民生实事中5项已基本完成，余下1项受雨季影响仍在施工", "2025-08-24")).not.toBe("behind");
  });
});

describe("a bare 增速 before a place in a ranking is the rate of the clause before it", () => {
  it("the place answers the task ranking that metric's rate", () => {
    expect(verdict("规模以上工业增加值增速进入全市前3位", "1-5月规模以上工业增加值增长4.2%，增速居全市第6位", "2024-06-10")).toBe("behind");
    expect(verdict("规模以上工业增加值增速进入全市前3位", "1-5月规模以上工业增加值增长9.2%，增速居全市第2位", "2024-06-10")).toBe("on-track");
  });
  it("lookalikes: another metric's rate, another sentence, last year's place are never read", () => {
    expect(GREEN).not.toContain(verdict("规模以上工业增加值增速进入全市前3位", "1-5月固定资产投资增长9.2%，增速居全市第2位", "2024-06-10"));
    expect(GREEN).not.toContain(verdict("规模以上工业增加值增速进入全市前3位", "1-5月规模以上工业增加值增长9.2%。增速居全市第2位", "2024-06-10"));
    expect(GREEN).not.toContain(verdict("规模以上工业增加值增速进入全市前3位", "去年规模以上工业增加值增长9.2%，增速居全市第2位", "2024-06-10"));
  });
});

describe("a year's review read after the year that gives no figure for a target is not proof it was missed", () => {
  it("words with no figure: 无法研判; a metric the review never names: 未反映该指标", () => {
    expect(verdict("地区生产总值增长6.5%", "全年经济运行总体平稳、稳中有进，各项政策落地见效", "2025-02-10", 2024)).toBe("unknown");
    expect(verdict("城镇登记失业率控制在4%以内", "全年城镇居民人均可支配收入增长6.1%，农村居民人均可支配收入增长7.3%", "2025-02-10", 2024)).toBe("not-mentioned");
  });
  it("controls: work said left or a figure that misses stay 已逾期; without a past year the text is no review", () => {
    expect(verdict("地区生产总值增长6.5%", "全年经济运行总体平稳，部分重点项目仍未完成", "2025-02-10", 2024)).toBe("overdue");
    expect(verdict("能源消费总量下降3%", "全年能源消费总量比上年下降2.1%", "2025-02-10", 2024)).toBe("overdue");
    expect(verdict("地区生产总值增长6.5%", "全年经济运行总体平稳、稳中有进", "2025-02-10")).not.toBe("overdue");
  });
});
