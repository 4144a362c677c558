/**
 * Round ac (branch judge-ac): rules made general from the train misses of set ac of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ac.jsonl and friends: county and city reviews of the year with forecasts, a
 * prefecture's 1-10月 key projects, a county's half-year key projects). Each rule is tried in other words than the corpus's,
 * with the lookalikes that must not turn green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics";

const judge = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict.status;
const GREEN = ["done", "on-track"];
const values = (text: string) => parseActuals(text).actuals.map((a) => [a.metric, a.value]);

describe("a bracketed forecast note after a figure (（预计）, （预计，下同）) marks it, and with 下同 the figures after it", () => {
  const review = "全县地区生产总值同比增长6.8%（预计，下同），规上工业增加值同比增长15%，一般公共预算收入增长4.1%";

  it("the note's own figure and, with 下同, every later figure are forecasts, not actuals", () => {
    expect(values(review)).toEqual([]);
    expect(parseActuals(review).skipped?.filter((s) => /预计/.test(s.why)).length).toBe(3);
    // Without 下同 the note covers its own figure only: the next clause, with a name of its own, reports.
    expect(values("全县地区生产总值同比增长6.8%（预计），一般公共预算收入增长4.1%")).toEqual([["一般公共预算收入", 4.1]]);
    // A later clause that says what is already done is a report, 下同 or not.
    expect(values("全县地区生产总值同比增长6.8%（初步预计，下同），截至11月底一般公共预算收入增长4.1%")).toEqual([["一般公共预算收入", 4.1]]);
  });

  it("read after the year, a review whose figures for the target are all forecast is 无法研判, not 逾期", () => {
    expect(judge("规上工业增加值增长12%", review, "2026-01-20", 2025)).toBe("unknown");
    expect(judge("地区生产总值增长6.5%", review, "2026-01-20", 2025)).toBe("unknown");
    expect(judge("地区生产总值增长6.5%", "全县地区生产总值同比增长6.8%（预计），一般公共预算收入增长4.1%", "2026-01-20", 2025)).toBe("unknown");
    // The same review reported, not forecast, still answers.
    expect(judge("规上工业增加值增长12%", "全县地区生产总值同比增长6.8%，规上工业增加值同比增长15%", "2026-01-20", 2025)).toBe("done");
  });

  it.each([
    // A forecast above the target is no result.
    ["规上工业增加值增长12%", review],
    ["地区生产总值增长6.5%", "全县地区生产总值同比增长6.8%（预计），一般公共预算收入增长4.1%"],
    ["地区生产总值增长6.5%", "全县地区生产总值同比增长6.8%（预测数），一般公共预算收入增长4.1%"],
    // A figure reported after a note without 下同 is read, and short of its target it is missed.
    ["一般公共预算收入增长5%", "全县地区生产总值同比增长6.8%（预计），一般公共预算收入增长4.1%"],
  ])("%s ⟵ %s: never green", (task, progress) => {
    expect(GREEN).not.toContain(judge(task, progress, "2026-01-20", 2025));
  });

  it("a report short of its target after the year stays 逾期 beside another metric's forecast", () => {
    expect(judge("一般公共预算收入增长5%", "全县地区生产总值同比增长6.8%（预计），一般公共预算收入增长4.1%", "2026-01-20", 2025)).toBe("overdue");
  });
});

describe("a bare count followed by its list's rate of starts (区管项目37个，开工率100%) is the rate's base, not items done", () => {
  it("the count is set aside; with a word of doing before it, it reports", () => {
    expect(values("市级重点项目45个，开工率82.2%")).toEqual([["开工率", 82.2]]);
    expect(values("市级重点项目45个，竣工率40%")).toEqual([["竣工率", 40]]);
    expect(values("市级重点项目已开工45个，开工率82.2%").map(([, v]) => v)).toEqual([45, 82.2]);
    expect(values("市级重点项目开复工45个，开复工率82.2%").map(([, v]) => v)).toEqual([45, 82.2]);
    expect(values("今年新签约项目45个，开工率82.2%").map(([, v]) => v)).toEqual([45, 82.2]);
    // A count not followed by a rate is read as before.
    expect(values("市级重点项目45个，完成投资12亿元").map(([, v]) => v)).toContain(12);
  });

  it.each([
    // The list's size is no count of projects built or started.
    ["新建市级重点项目50个", "市级重点项目45个，开工率82.2%", "2024-09-30"],
    ["市级重点项目开工50个", "市级重点项目45个，竣工率40%", "2024-11-30"],
  ])("%s ⟵ %s: never green", (task, progress, asOf) => {
    expect(GREEN).not.toContain(judge(task, progress, asOf));
  });
});

describe("a count after 共 told with the list's investment (重大项目共32项，总投资…) is the list's size, not items done", () => {
  it("the count is set aside; with a word of doing before it, it reports", () => {
    expect(values("截至9月底，全区统筹推进的市级重点项目共48个，总投资95.6亿元，已开工30个").map(([, v]) => v)).toEqual([30]);
    expect(values("市级重点项目合计48个，计划总投资95.6亿元").map(([, v]) => v)).toEqual([]);
    expect(values("截至9月底，全区已建成市级重点项目共48个，总投资95.6亿元").map(([, v]) => v)).toContain(48);
    expect(values("截至9月底，累计开工市级重点项目共48个，总投资95.6亿元").map(([, v]) => v)).toContain(48);
    // Without the list's investment after it, the count is read as before.
    expect(values("截至9月底，全区市级重点项目共开工48个").map(([, v]) => v)).toContain(48);
  });

  it.each([
    ["市级重点项目开工45个", "截至9月底，全区统筹推进的市级重点项目共48个，总投资95.6亿元，已开工30个", "2024-10-10"],
    ["新建市级重点项目45个", "截至9月底，全区统筹推进的市级重点项目共48个，总投资95.6亿元", "2024-10-10"],
  ])("%s ⟵ %s: never green", (task, progress, asOf) => {
    expect(GREEN).not.toContain(judge(task, progress, asOf));
  });
});
