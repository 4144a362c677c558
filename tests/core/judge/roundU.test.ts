/**
 * Round u (branch judge-u): year-end and five-year reviews read after the year they review, rates listed with 分别 after
 * several amounts, a count that is the whole list ("10件实事大多数已经完成", "82个…项目中，…26个滞后", "（含19项…）进展顺利"),
 * 再就业 apart from 就业. Each rule with the lookalikes it must not turn green.
 */
import { judgeTask } from "../../../src/core/judge";
import { parseActuals } from "../../../src/core/metrics";

const verdict = (targetText: string, text: string, asOf: string, year?: number) => judgeTask({ targetText, progress: { text }, asOf, year }).verdict.status;
const GREEN = ["done", "on-track"];

describe("a catalogue's year read after it ended (设置 年度 earlier than the as-of)", () => {
  const p = "2018年全社会固定资产投资207.11亿元、增长13.1%";
  it("a rate met is done, a rate missed is overdue", () => {
    expect(verdict("全社会固定资产投资增长12%", p, "2019-02-19", 2018)).toBe("done");
    expect(verdict("全社会固定资产投资增长15%", p, "2019-02-19", 2018)).toBe("overdue");
    expect(verdict("新增城镇就业9000人", "2018年全区新增城镇就业9789人", "2019-02-19", 2018)).toBe("done");
    expect(verdict("新增城镇就业9000人", "2018年全区新增城镇就业8789人", "2019-02-19", 2018)).toBe("overdue");
  });
  // Session 24 (lead): a rate of part of the year met is no result of the year, so never done; but the text shows it met,
  // so 已逾期（尚未完成）would claim what it does not say: 无法研判 (JUDGE_MET_BEFORE_END). Missed, it stays overdue.
  it("a rate of part of the year met is no result of the year: never done, and no proof of 已逾期 either", () => {
    expect(verdict("地区生产总值增长9%", "1-6月地区生产总值增长9.5%", "2019-02-19", 2018)).toBe("unknown");
    expect(verdict("地区生产总值增长9%", "截至9月底，地区生产总值增长9.5%", "2019-02-19", 2018)).toBe("unknown");
    expect(verdict("地区生产总值增长9%", "1-6月地区生产总值增长8.5%", "2019-02-19", 2018)).toBe("overdue");
  });
  it("without the catalogue's year the as-of's year is judged, as before (a rate met is only on schedule)", () => {
    expect(verdict("全社会固定资产投资增长12%", "全社会固定资产投资207.11亿元、增长13.1%", "2019-02-19")).toBe("on-track");
  });
  it("a deadline inside the year, passed, is not overruled by a count met (the works may be a step short)", () => {
    expect(GREEN).not.toContain(verdict("新建2座人行天桥，9月投入使用", "2座人行天桥均已完成钢结构吊装，正在进行桥面铺装", "2024-10-31"));
  });
});

describe("a five-year plan's targets", () => {
  it("fall due at the plan's end, and a 年均 rate answers a 年均 task", () => {
    expect(judgeTask({ targetText: "“十一五”期间地方财政收入年均增长12%", progress: { text: "地方财政收入从2600万元增至5300万元，年均增长15.3%" }, asOf: "2011-01-13" }).verdict.status).toBe("done");
    expect(verdict("“十一五”期间生产总值年均增长13%", "“十一五”期末全区完成生产总值249.1亿元，年均增长15%", "2011-01-15", 2010)).toBe("done");
    expect(judgeTask({ targetText: "“十四五”期间累计新增就业5万人", progress: null, asOf: "2023-06-30" }).deadline).toBe("2025-12-31");
  });
  it("a plan named without 期间 or 末 gives no date; a 年均 rate answers no one-year task", () => {
    expect(judgeTask({ targetText: "确保完成“十四五”节能目标", progress: null, asOf: "2023-06-30" }).deadline).toBeNull();
    expect(GREEN).not.toContain(verdict("生产总值增长13%", "“十一五”期末全区完成生产总值249.1亿元，年均增长15%", "2010-12-31"));
  });
});

describe("rates after 分别 belong, in order, to the amounts before them", () => {
  const metricsOf = (t: string) => parseActuals(t).actuals.filter((a) => a.kind === "growth").map((a) => `${a.metric} ${a.value}`);
  it("across 其中", () => {
    expect(metricsOf("完成财政总收入50.8亿元，其中一般预算收入18.8亿元，分别增长26.7%和18.9%")).toEqual(["财政总收入 26.7", "一般预算收入 18.9"]);
    expect(verdict("一般预算收入增长20%", "完成财政总收入50.8亿元，其中一般预算收入18.8亿元，分别增长26.7%和18.9%", "2010-01-13", 2009)).toBe("overdue");
  });
  it("not across a semicolon, and not when the rates have names of their own", () => {
    expect(metricsOf("工业产值12亿元；服务业营收8亿元，分别增长5%、6%")).toEqual(["服务业营收 5", "服务业营收 6"]);
    expect(metricsOf("地方一般公共预算收入、一般公共预算支出分别完成5亿元、51.3亿元，分别增长13.4%、31.3%")).toEqual(["地方一般公共预算收入 13.4", "一般公共预算支出 31.3"]);
  });
});

describe("a count that is the whole list, not what was done", () => {
  it("a portion word after it (大多数, 大部分)", () => {
    expect(parseActuals("截至12月底，10件实事大多数已经完成，仍有四方面内容有待推进").actuals).toEqual([]);
    expect(GREEN).not.toContain(verdict("区政府承诺的10件实事年内全部完成", "截至12月底，10件实事大多数已经完成，仍有四方面内容有待推进", "2017-12-31"));
    // Lookalike: the portion is of something else, in another clause.
    expect(parseActuals("完成10件实事，多数群众满意").actuals.map((a) => a.value)).toEqual([10]);
  });
  it("a long name heading a sentence with 中", () => {
    // The 82 is the list; the 26 count the projects lagging (lead, session 21), so neither is an actual.
    expect(parseActuals("82个省市区在建或预备重点项目中，三明一品农林产品仓储等26个项目滞后").actuals.map((a) => a.value)).toEqual([]);
    expect(parseActuals("82个省市区在建或预备重点项目中，三明一品农林产品仓储等26个项目已竣工").actuals.map((a) => a.value)).toEqual([26]);
    expect(GREEN).not.toContain(verdict("82个在建或预备重点项目均按计划推进", "82个省市区在建或预备重点项目中，三明一品农林产品仓储等26个项目滞后", "2010-08-31"));
  });
  it("the list's size, then only how it goes (进展顺利)", () => {
    expect(GREEN).not.toContain(verdict("19项为民办实事项目年内全部完成", "40项民生工作（含19项为民办实事）进展顺利，年初目标任务都能如期完成", "2022-12-22"));
    // Lookalike: a count reported done, then how the rest goes.
    expect(verdict("19项为民办实事项目年内全部完成", "已完成为民办实事19项，总体进展顺利", "2022-12-22")).toBe("done");
  });
});

describe("再就业 is not 就业", () => {
  const p = "截至12月底，全区新增就业9789人、再就业3111人，城镇登记失业率控制在4.0%以内";
  it("each target takes its own figure", () => {
    expect(verdict("实现再就业3500人", p, "2017-12-31")).toBe("behind");
    expect(verdict("全年新增城镇就业9000人", p, "2017-12-31")).toBe("done");
  });
});

describe("a share of the works (总体进度, 总进度) against 序时进度", () => {
  it("answers a task with no figure when the sentence speaks of the task's own works", () => {
    expect(verdict("城西排涝骨干工程年内完工", "截至上半年城西排涝骨干工程累计完成投资约2亿元，总体进度达75%", "2025-06-30")).toBe("on-track");
    expect(verdict("城西排涝骨干工程年内完工", "截至9月底城西排涝骨干工程累计完成投资约2亿元，总体进度达50%", "2025-09-30")).toBe("behind");
  });
  it("says nothing when the sentence is about other works, or another figure shares the share's clause", () => {
    expect(GREEN).not.toContain(verdict("主体工程年内完工", "配套道路完成投资1亿元，总体进度达80%", "2025-06-30"));
    expect(GREEN).not.toContain(verdict("主体工程年内完工", "电力配套工程已完成工程进度的70%", "2025-06-30"));
  });
  it("answers a single count of works as 总进度 (完成总进度70%), not a part's 进度", () => {
    expect(verdict("新增婴幼儿托位240个", "对8家托育机构开展督导，已完成总进度70%", "2021-07-29")).toBe("on-track");
    expect(GREEN).not.toContain(verdict("新增婴幼儿托位240个", "托育机构主体工程进度70%", "2021-07-29"));
  });
});
