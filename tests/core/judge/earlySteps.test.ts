/**
 * A count of an early step of the work (签约, 征收, 摸排, 选址, 准备 …) is not a count of the work done
 * (WEAK_EARLY_STEP), and a building whose main works are finished is not yet built (WEAK_WORKS_GOING, now with 全部 or
 * 基本 before 完工). Hunted by hand (docs/metrics.md "Things on the way are not results, rates of another scope"): each
 * text below was 已完成 before.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";

const GREEN = new Set(["done", "on-track"]);
const verdict = (target: string, text: string) => judgeTask({ targetText: target, progress: { text }, asOf: "2024-09-30" }).verdict;

describe("an early step is not the work done", () => {
  it.each([
    ["完成棚户区改造1200户", "棚户区改造已签约1200户，拆除800户"],
    ["完成棚户区改造1200户", "1-9月棚户区改造完成征收1200户"],
    ["改造农村危房300户", "已摸排农村危房300户"],
    ["建成投用学校3所", "3所学校已完成竣工验收备案前的各项准备"],
    ["新建公办幼儿园4所", "1-9月4所公办幼儿园已完成选址"],
    ["新增高新技术企业20家", "高新技术企业已通过专家评审25家"],
    // Stages of building works, in the work's own units (hunted on main, 2026-12-03 session 12).
    ["新建改建农村公路50公里", "已完成农村公路路基工程50公里"],
    ["新建污水管网30公里", "已完成污水管网沟槽开挖30公里"],
    ["新建污水管网30公里", "污水管网30公里已完成管材采购"],
    ["新建标准化厂房10万平方米", "标准化厂房10万平方米已完成桩基施工"],
    ["新建标准化厂房10万平方米", "已完成标准化厂房基础施工10万平方米"],
    ["新建安置房2000套", "安置房2000套已完成土方工程"],
  ])("%s ⟵ %s is not green", (target, text) => {
    const v = verdict(target, text);
    expect([text, GREEN.has(v.status)]).toEqual([text, false]);
  });

  it("says which step, with its code", () => {
    const v = verdict("完成棚户区改造1200户", "棚户区改造已签约1200户，拆除800户");
    expect([v.status, v.code]).toEqual(["unknown", "WEAK_EARLY_STEP"]);
    expect(v.reason).toContain("「签约」");
  });

  it.each([
    ["新建公办幼儿园3所", "3所公办幼儿园已基本建成"],
    ["新建公办幼儿园3所", "已基本建成公办幼儿园3所"],
    ["改造老旧小区12个", "12个老旧小区改造已基本完工"],
  ])("mostly built is not built: %s ⟵ %s is not green", (target, text) => {
    const v = verdict(target, text);
    expect([text, GREEN.has(v.status), v.reason]).toEqual([text, false, expect.stringContaining("尚未全部建成")]);
  });

  it.each([
    ["新建公办幼儿园3所", "3所公办幼儿园已基本建成并投入使用"],
    ["新建公办幼儿园3所", "3所公办幼儿园已建成，基本完成设备采购"],
    ["年内基本建成保障房5000套", "1-9月基本建成保障房5200套"],
    ["改造老旧小区12个", "1-9月完成老旧小区改造12个，基本完成年度任务"],
  ])("mostly built, but in use, in another clause, or what the target asks: %s ⟵ %s stays green", (target, text) => {
    expect([text, GREEN.has(verdict(target, text).status)]).toEqual([text, true]);
  });

  it("a building whose main works are all finished is not yet built", () => {
    const v = verdict("建成投用学校3所", "3所学校主体工程已全部完工");
    expect(GREEN.has(v.status)).toBe(false);
  });

  it.each([
    ["完成棚户区改造1200户", "1-9月完成棚户区改造1200户，签约率100%"],
    ["完成房屋征收1200户", "1-9月完成房屋征收1200户"],
    ["签约招商项目20个", "1-9月签约招商项目25个"],
    ["完成不动产登记5000件", "1-9月完成不动产登记5200件"],
    ["建成投用学校3所", "1-9月3所学校已建成投用"],
    ["新增高新技术企业20家", "1-9月新增高新技术企业25家"],
    ["新建改建农村公路50公里", "已完成农村公路新改建50公里"],
    ["新建污水管网30公里", "已铺设污水管网30公里"],
    ["完成基础设施投资5亿元", "1-9月完成基础设施投资5.2亿元"],
    ["完成政府采购项目100个", "1-9月完成政府采购项目120个"],
    ["新建标准化厂房10万平方米", "标准化厂房10万平方米已竣工"],
  ])("%s ⟵ %s stays green", (target, text) => {
    expect([text, GREEN.has(verdict(target, text).status)]).toEqual([text, true]);
  });
});

describe("a note after the figure naming an earlier year", () => {
  it.each([
    ["森林覆盖率达到45%", "森林覆盖率达45%以上（2023年森林资源清查数据）"],
    ["研发投入强度达到2.5%", "研发投入强度2.6%（上年度）"],
    ["研发投入强度达到2.5%", "研发投入强度2.6%（去年数据）"],
  ])("%s ⟵ %s is not green", (target, text) => {
    const v = verdict(target, text);
    expect([text, GREEN.has(v.status), v.reason]).toEqual([text, false, expect.stringContaining("其后注明为")]);
  });

  it.each([
    ["森林覆盖率达到45%", "森林覆盖率达45%以上（2024年森林督查数据）"],
    ["研发投入强度达到2.5%", "1-9月研发投入强度2.6%（上年同期2.3%）"],
  ])("%s ⟵ %s stays green", (target, text) => {
    expect([text, GREEN.has(verdict(target, text).status)]).toEqual([text, true]);
  });
});

describe("a change is not a level, and a report that says it lags is not green", () => {
  it.each([
    ["万元GDP用水量下降到30立方米以下", "万元GDP用水量较上年下降3立方米", "WEAK_CHANGE_NOT_LEVEL"],
    ["PM2.5平均浓度控制在35微克/立方米以内", "PM2.5平均浓度同比下降3微克/立方米", "WEAK_CHANGE_NOT_LEVEL"],
    ["PM2.5平均浓度控制在35微克/立方米以内", "1-9月PM2.5平均浓度同比减少2微克/立方米", "WEAK_CHANGE_NOT_LEVEL"],
    ["单位GDP能耗下降3%", "1-9月单位GDP能耗同比下降3.5%，但未完成序时进度", "WEAK_SAID_BEHIND"],
    ["规上工业增加值增长8%", "1-9月规上工业增加值增长8.2%，低于序时进度", "WEAK_SAID_BEHIND"],
  ])("%s ⟵ %s is not green", (target, text, code) => {
    const v = verdict(target, text);
    expect([text, GREEN.has(v.status)]).toEqual([text, false]);
    if (v.status === "unknown") expect(v.code).toBe(code);
  });

  it.each([
    ["万元GDP用水量下降到30立方米以下", "1-9月万元GDP用水量降至29立方米"],
    ["PM2.5平均浓度控制在35微克/立方米以内", "1-9月PM2.5平均浓度为33微克/立方米，同比下降3微克/立方米"],
    ["单位GDP能耗下降3%", "1-9月单位GDP能耗同比下降3.5%，完成序时进度"],
    ["单位GDP能耗下降3%", "1-9月单位GDP能耗同比下降3.5%。部分重点项目进度滞后"],
    ["新增城镇就业5000人", "1-9月新增城镇就业4000人，完成年度目标的80%，尚未完成年度目标"],
  ])("%s ⟵ %s stays green", (target, text) => {
    expect([text, GREEN.has(verdict(target, text).status)]).toEqual([text, true]);
  });
});

describe("a month's or a chained rate is not the year's, a contract is not money used, a part taken out is another scope", () => {
  it.each([
    ["社会消费品零售总额增长7%", "9月社会消费品零售总额环比增长8%"],
    ["规上工业增加值增长8%", "9月当月规上工业增加值增长9%，1-9月累计增长5%"],
    ["规上工业增加值增长8%", "9月份规上工业增加值增长9%"],
    ["地区生产总值增长6%", "三季度地区生产总值增长6.8%"],
    ["固定资产投资增长10%", "1-9月固定资产投资增长12%（剔除房地产开发投资）"],
    ["实际利用外资1亿美元", "1-9月合同利用外资1.2亿美元"],
    ["招商引资到位资金50亿元", "1-9月招商引资签订协议资金60亿元"],
    ["新建农村公路100公里", "1-9月新建农村公路100公里（含续建）"],
  ])("%s ⟵ %s is not green", (target, text) => {
    expect([text, GREEN.has(verdict(target, text).status)]).toEqual([text, false]);
  });

  it("the year-to-date rate is the one judged where both are given", () => {
    const v = verdict("规上工业增加值增长8%", "9月当月规上工业增加值增长9%，1-9月累计增长5%");
    expect(v.status).toBe("behind");
  });

  it.each([
    ["规上工业增加值增长8%", "1-9月规上工业增加值增长9%，其中9月当月增长12%"],
    ["社会消费品零售总额增长7%", "1-9月社会消费品零售总额同比增长8%，9月环比增长1%"],
    ["实际利用外资1亿美元", "1-9月实际到位外资1.2亿美元"],
    ["农村居民人均可支配收入增长7%", "1-9月农民人均可支配收入增长8%"],
    ["固定资产投资增长10%", "1-9月固定资产投资增长12%（含房地产开发投资）"],
    ["新增市场主体3000户", "1-9月新登记市场主体3500户，注销1200户"],
  ])("%s ⟵ %s stays green", (target, text) => {
    expect([text, GREEN.has(verdict(target, text).status)]).toEqual([text, true]);
  });
});

describe("two readings of a level that disagree on the bound", () => {
  it.each([
    ["城镇调查失业率控制在5.5%以内", "1-9月城镇调查失业率平均5.3%，9月末为5.8%"],
    ["城镇调查失业率控制在5.5%以内", "城镇调查失业率5.3%，9月为5.8%"],
    ["森林覆盖率达到45%以上", "1-9月森林覆盖率45.2%，9月末森林覆盖率44%"],
  ])("%s ⟵ %s is not green", (target, text) => {
    const v = verdict(target, text);
    expect([text, GREEN.has(v.status)]).toEqual([text, false]);
  });

  it.each([
    ["城镇调查失业率控制在5.5%以内", "一季度城镇调查失业率为6.2%，1-9月城镇调查失业率为5.1%"],
    ["城镇调查失业率控制在5.5%以内", "1-9月城镇调查失业率5.3%，较上年同期下降0.3%"],
    ["森林覆盖率达到45%以上", "1-9月森林覆盖率45.2%，其中山区县60%"],
  ])("%s ⟵ %s stays green", (target, text) => {
    expect([text, GREEN.has(verdict(target, text).status)]).toEqual([text, true]);
  });
});
