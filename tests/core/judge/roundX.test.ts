/**
 * Round x (branch judge-x): rules made on train x's misses, each tried in other words of our own, with the lookalikes it
 * must not turn green (tests/fixtures/metrics/corpus README, docs/metrics.md "Round x").
 */
import { judgeTask } from "../../../src/core/judge";
import { parseActuals } from "../../../src/core/metrics";

const verdict = (targetText: string, text: string, asOf: string, year?: number) => judgeTask({ targetText, progress: { text }, asOf, year }).verdict.status;
const GREEN = ["done", "on-track"];
const ratios = (text: string) => parseActuals(text).actuals.filter((a) => a.explicitRatio !== undefined).map((a) => [a.metric, a.explicitRatio]);

describe("a share standing alone is the share of the subject written before its 完成", () => {
  const text = "截至10月底，农村安全饮水工程完成计划的112%，敬老院建设完成计划的96%";
  it("the share is named by its subject and answers a task of that subject", () => {
    expect(ratios(text)).toEqual([["农村安全饮水工程", 1.12], ["敬老院建设", 0.96]]);
    expect(verdict("农村安全饮水工程完成年度计划", text, "2011-10-31")).toBe("done");
  });
  it("lookalikes: a task of something else is not answered by either share", () => {
    // Without the name, the first share answered any task of the report (a wrong green).
    expect(GREEN).not.toContain(verdict("新建放心菜店40家", text, "2011-10-31"));
    expect(GREEN).not.toContain(verdict("广播电视村村通年内完成", "扶贫互助资金完成计划的250%，广播电视村村通工程进度推迟", "2011-10-31"));
  });
  it("controls: a share after an amount, or with no subject but time words, stays as it was", () => {
    expect(parseActuals("全区完成投资45亿元，完成年度计划的90%").actuals.map((a) => [a.value, a.explicitRatio])).toEqual([[45, 0.9]]);
    expect(ratios("截至9月底，完成年度目标的80%")).toEqual([["", 0.8]]);
    expect(verdict("全年完成投资50亿元", "截至9月底，完成年度目标的80%", "2011-09-30")).toBe("on-track");
  });
});

describe("a forecast written after a name reaches 分别增长 in the next clause", () => {
  const text = "公共预算收入预计3.1亿元，增长12%；城乡居民人均可支配收入预计分别达到41000元、26000元，分别增长6.5%、7.9%";
  it("分别 names no metric of its own: the rates are forecasts", () => {
    expect(parseActuals(text).actuals).toEqual([]);
  });
  it("lookalikes: a clause naming its own metric after a name's forecast still reports", () => {
    expect(parseActuals("地区生产总值预计增长7%，规上工业增加值增长9.1%").actuals.map((a) => [a.metric, a.value])).toEqual([["规上工业增加值", 9.1]]);
  });
});

describe("a review read after its year that gives only forecasts is no proof of a miss", () => {
  const text = "预计全年地区生产总值86亿元、增长7%；固定资产投资30亿元、增长21%";
  it("无法研判, not 已逾期", () => {
    expect(verdict("地区生产总值增长7.5%", text, "2025-01-08", 2024)).toBe("unknown");
  });
  it("lookalikes: a result beside the forecast, or a forecast read before the year's end, keep their reading", () => {
    expect(verdict("地区生产总值增长7.5%", "全年地区生产总值增长7%；预计固定资产投资增长21%", "2025-01-08", 2024)).toBe("overdue");
    expect(GREEN).not.toContain(verdict("地区生产总值增长7%", text, "2025-01-08", 2024));
    expect(GREEN).not.toContain(verdict("地区生产总值增长7%", text, "2024-11-20"));
  });
});
