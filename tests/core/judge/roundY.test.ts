/**
 * Round y (branch judge-y): rules made on train y's misses, each tried in other words of our own, with the lookalikes it
 * must not turn green (tests/fixtures/metrics/corpus README, docs/metrics.md "Round y").
 */
import { judgeTask } from "../../../src/core/judge";
import { parseActuals } from "../../../src/core/metrics";

const verdict = (targetText: string, text: string, asOf: string) => judgeTask({ targetText, progress: { text }, asOf }).verdict.status;
const GREEN = ["done", "on-track"];
const read = (text: string) => parseActuals(text).actuals.map((a) => [a.metric, a.kind, a.value]);

describe("100% before the task's own act is all of it", () => {
  it("配套资金100%落实 answers 配套资金全部落实", () => {
    expect(verdict("新增中央投资项目配套资金全部落实", "截至6月底新增中央投资项目配套资金100%落实，开工建设项目607个、开工率97%", "2010-06-30")).toBe("done");
    expect(verdict("农村低保资金年内全部兑现", "目前农村低保资金已100%兑现", "2024-09-30")).toBe("done");
  });
  it("lookalikes: one level's money, another act, a promise or a share below all stay not green", () => {
    expect(GREEN).not.toContain(verdict("新增中央投资项目配套资金全部落实", "截至6月底省级配套资金100%落实，市县配套资金落实60%", "2010-06-30"));
    expect(GREEN).not.toContain(verdict("新增中央投资项目全部开工", "截至6月底新增中央投资项目配套资金100%落实", "2010-06-30"));
    expect(GREEN).not.toContain(verdict("新增中央投资项目配套资金全部落实", "确保新增中央投资项目配套资金100%落实", "2010-06-30"));
    expect(GREEN).not.toContain(verdict("新增中央投资项目配套资金全部落实", "新增中央投资项目配套资金已落实80%", "2010-06-30"));
    expect(GREEN).not.toContain(verdict("农村低保资金年内全部兑现", "目前城市低保资金已100%兑现", "2024-09-30"));
  });
});

describe("达 the year's own plan names the base of a share, not a plan", () => {
  const text = "截至10月底，全地区社会固定资产投资累计75.74亿元，达年度计划的97.7%，比上年同期增长30.2%";
  it("the change after the share is read", () => {
    expect(read(text)).toContainEqual(["全地区社会固定资产投资", "growth", 30.2]);
    expect(verdict("全社会固定资产投资增长35%", text, "2012-10-31")).toBe("behind");
    expect(verdict("全社会固定资产投资增长25%", "1-10月全社会固定资产投资累计75.74亿元，达到全年计划的97.7%，同比增长30.2%", "2012-10-31")).toBe("on-track");
  });
  it("lookalikes: 计划 without the year, or heading the figures, is still a plan", () => {
    expect(GREEN).not.toContain(verdict("全社会固定资产投资增长25%", "固定资产投资累计75.74亿元，达计划后增长30%", "2012-10-31"));
    expect(GREEN).not.toContain(verdict("全社会固定资产投资增长25%", "全地区社会固定资产投资计划达75亿元，比上年增长30%", "2012-10-31"));
    expect(GREEN).not.toContain(verdict("全社会固定资产投资增长25%", "全年计划完成固定资产投资80亿元，增长30%", "2012-10-31"));
    // A forecast heading the sentence keeps its reach past the share.
    expect(GREEN).not.toContain(verdict("全社会固定资产投资增长25%", "预计全年固定资产投资达年度计划的100%，比上年增长30%", "2012-10-31"));
  });
});

describe("a threshold in brackets between a count and the things counted", () => {
  it("the count is of the noun after the note; the threshold is no figure reported", () => {
    expect(read("解决46个（20户以上）自然村通电话问题")).toEqual([["自然村通电话问题", "count", 46]]);
    expect(read("改造12个（100户以上）老旧小区")).toEqual([["老旧小区", "count", 12]]);
    expect(verdict("解决50个自然村通电话问题", "解决30个（20户以上）自然村通电话问题", "2010-12-31")).toBe("behind");
  });
  it("lookalikes: a note that is a part, or a threshold not before a noun, is left as it was", () => {
    expect(read("新建12所（含2所民办）幼儿园").map((r) => r[2])).toEqual([12, 2]);
    expect(read("解决46个（20户以上），自然村通电话问题").map((r) => r[2])).toEqual([46, 20]);
  });
});
