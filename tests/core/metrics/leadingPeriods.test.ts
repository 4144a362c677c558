/**
 * Lead, session 20: a period opening a figure's words is its period, never part of its name — 前三季度 and 第二季度 at the
 * start (their first character was left as a name "前实现地区生产总值", "第完成固定资产投资"), a span of quarters written with
 * a digit (1至三季度), and 本年, 本年度, 本季度, 当月, 当季.
 */
import { parseActuals, parseTargets } from "../../../src/core/metrics";

const names = (text: string) => parseActuals(text).actuals.map((a) => a.metric);

describe("a period opening a figure's words is not in its name", () => {
  it.each([
    ["前三季度实现地区生产总值215亿元", "地区生产总值"],
    ["前三季度完成州外到位资金29.9亿元", "州外到位资金"],
    ["第二季度完成固定资产投资8.2亿元", "固定资产投资"],
    ["1至三季度实现地区生产总值215亿元", "地区生产总值"],
    ["本年已完成造林1.1万亩", "造林"],
    ["本年度已完成造林1.1万亩", "造林"],
    ["6月当月全省重点工程完成投资494亿元", "重点工程完成投资"],
    ["当月完成投资2亿元", "投资"],
  ])("%s → %s", (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it("keeps ordinal words that are not periods", () => {
    expect(names("第一产业增加值增长3%")).toEqual(["第一产业增加值"]);
    expect(names("前三季度第三产业增加值增长6%")).toEqual(["第三产业增加值"]);
  });
});

describe("a target's comparator words and event units (lead, session 20)", () => {
  const targets = (text: string) => parseTargets(text).targets;
  it("低于, 高于, 不高于 … close no name", () => {
    expect(targets("城镇登记失业率低于4%").map((t) => [t.metric, t.cmp])).toEqual([["城镇登记失业率", "<"]]);
    expect(targets("失业率不高于4%").map((t) => [t.metric, t.cmp])).toEqual([["失业率", "<="]]);
  });
  it("a level in visits or trips is the period's running count", () => {
    expect(targets("全年接待游客突破1000万人次")[0].cumulative).toBe(true);
    expect(targets("开展培训达到500场次")[0].cumulative).toBe(true);
    // A daily average and a standing total are not.
    expect(targets("日均客流量达到5万人次")[0].cumulative).toBe(false);
    expect(targets("市场主体突破5万户")[0].cumulative).toBe(false);
  });
});

describe("目标 opening a lent name (lead, session 20)", () => {
  it("a figure after a restated target takes the target's name without 目标", () => {
    const actuals = parseActuals("年度目标新增就业1.2万人，1-9月已完成9800人").actuals;
    expect(actuals.map((a) => [a.metric, a.value])).toEqual([["就业", 9800]]);
  });
  it("目标 before a word that is not an act stays", () => {
    expect(names("达到目标进度的项目32个")[0]).toContain("目标进度");
  });
});

describe("stocks that do not accumulate over the year (lead, session 20)", () => {
  it.each(["森林蓄积量达到120万立方米", "生猪存栏达到30万头"])("%s is a standing level", (text) => {
    expect(parseTargets(text).targets[0].cumulative).toBe(false);
  });
  it("出栏 (animals sold in the year) still accumulates", () => {
    expect(parseTargets("生猪出栏35万头").targets[0].cumulative).toBe(true);
  });
});

describe("verbs and particles opening a target's name (lead, session 20)", () => {
  const t = (text: string) => parseTargets(text).targets.map((x) => [x.metric, x.cmp]);
  it.each([
    ["提高森林覆盖率至45%", "森林覆盖率", "="],
    ["降低PM2.5浓度至33微克/立方米", "PM2.5浓度", "<="],
    ["控制城镇调查失业率在5.5%以内", "城镇调查失业率", "<="],
    ["使研发投入强度达到2.8%", "研发投入强度", "="],
  ])("%s → %s %s", (text, name, cmp) => {
    expect(t(text)).toEqual([[name, cmp]]);
  });
  it("keeps 使用 and 控制性", () => {
    expect(t("实际使用外资5000万美元")[0][0]).toBe("实际使用外资");
    expect(t("控制性详细规划编制完成率100%")[0][0]).toContain("控制性");
  });
});
