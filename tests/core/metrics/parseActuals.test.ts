import { parseActuals } from "../../../src/core/metrics";
import { cleanMetric } from "../../../src/core/metrics/metricName";

const pick = (text: string) => parseActuals(text).actuals.map(({ metric, kind, value, unit, period }) => ({ metric, kind, value, unit, period }));

describe("parseActuals", () => {
  it("reads negative growth written with a minus sign", () => {
    expect(pick("上半年，规上工业增加值-11.5%")).toEqual([{ metric: "规上工业增加值", kind: "growth", value: -11.5, unit: "%", period: "上半年" }]);
  });

  it("reads negative growth written with 下降", () => {
    expect(pick("治安警情同比下降4.46%")).toEqual([{ metric: "治安警情", kind: "growth", value: -4.46, unit: "%", period: null }]);
  });

  it("reads the period prefixes 1-5月, 截至目前 and 目前", () => {
    expect(pick("2024年1－5月份营收2892.18万元，同比增长153.23%").map((a) => a.period)).toEqual(["1-5月", "1-5月"]);
    expect(pick("截至目前，新增规上工业企业十二家")[0]).toMatchObject({ value: 12, unit: "家", period: "截至目前" });
    expect(pick("目前新增土地规模化经营面积3900亩")[0]).toMatchObject({ kind: "count", value: 3900, unit: "亩", period: "目前" });
  });

  it("gives a growth rate without a metric the metric of the figure before it", () => {
    expect(pick("上半年，实际利用外资 4033万美元，同比增长 4.7%").map((a) => [a.metric, a.kind, a.value])).toEqual([
      ["实际利用外资", "level", 4033],
      ["实际利用外资", "growth", 4.7],
    ]);
  });

  it("attaches an explicit share of the target to the figure it belongs to", () => {
    const [a, ...rest] = parseActuals("上半年实现营收 45.25亿，完成全年营收目标的 56.56%").actuals;
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ metric: "营收", value: 45.25, unit: "亿", explicitRatio: 0.5656 });
    expect(a.base).toEqual({ value: 4.525e9, unit: "" });
  });

  it("reads an explicit share on its own", () => {
    expect(parseActuals("完成全年营收目标的56.56%").actuals[0]).toMatchObject({ metric: "营收", explicitRatio: 0.5656 });
  });

  it("does not take forecasts as actuals", () => {
    expect(pick("预计全年增长15%")).toEqual([]);
    expect(pick("预计投产后实现产值 4000万元，税收 200万元")).toEqual([]);
    expect(pick("计划择优回引人员50名（目前已引进13人）").map((a) => a.value)).toEqual([13]);
  });

  it("does not take comparisons with other places, earlier periods or 序时进度 as actuals", () => {
    expect(pick("增速高于全市4.3个百分点")).toEqual([]);
    expect(pick("规上工业增加值增长-2.1%，较一季度回升1.3个百分点").map((a) => a.value)).toEqual([-2.1]);
    expect(pick("完成全年任务的52.3%，超序时进度2.3个百分点").map((a) => a.value)).toEqual([52.3]);
  });

  it("does not take a restated target as an actual", () => {
    expect(pick("年度新改建“四好农村路”任务 36公里，镇（街）完成新改建“四好农村路”16.75公里").map((a) => a.value)).toEqual([16.75]);
  });

  it("skips the qualifier of a count", () => {
    expect(pick("实施 500 万元以上技改项目 51 个")).toEqual([{ metric: "500万元以上技改项目", kind: "count", value: 51, unit: "个", period: null }]);
  });

  it("finds nothing in a text without figures and says why", () => {
    const r = parseActuals("正在积极推进，已完成前期手续");
    expect(r.actuals).toEqual([]);
    expect(r.reason).toBeTruthy();
  });

  it("never throws", () => {
    for (const bad of ["", "-", "1-", "—5%", "%5", "预计", null, undefined] as unknown[]) expect(() => parseActuals(bad as string)).not.toThrow();
  });
});

describe("parseActuals: actuals told apart from what is not (issue 12)", () => {
  const values = (text: string) => parseActuals(text).actuals.filter((a) => a.explicitRatio === undefined || a.unit !== "%").map((a) => a.value);
  const whys = (text: string) => (parseActuals(text).skipped ?? []).map((k) => `${k.figure}:${k.why}`);

  it("sets a restated total aside and reports what was done", () => {
    expect(values("15个老旧小区改造建设任务已完成8个")).toEqual([8]);
    expect(whys("15个老旧小区改造建设任务已完成8个")[0]).toMatch(/^15个:复述的目标或总数/);
    expect(values("年度计划投资94亿元，完成投资56.7亿元")).toEqual([56.7]);
    expect(values("9个计划新开工项目中5个已开工")).toEqual([5]);
    expect(values("1739个子项中已开工1457个")).toEqual([1457]);
    expect(values("新增4000张养老床位 | 完成4385 | 占全年计划110%")).toEqual([4385]);
  });

  it("gives the report the total's name and the verb of what was done", () => {
    expect(parseActuals("20个建制村农村环境综合整治项目已完工15个").actuals.map((a) => a.metric)).toEqual(["建制村农村环境综合整治项目完工"]);
  });

  it("does not take forecasts, ranks, streaks, comparisons or qualifiers for actuals", () => {
    expect(values("预计全年实际使用外资5000万美元")).toEqual([]);
    expect(values("增速高于全市4.3个百分点，比时间进度快15个百分点")).toEqual([]);
    expect(values("排名全市第4位，连续5个月保持增长")).toEqual([]);
    expect(values("全市20个区县均已完成")).toEqual([]);
    expect(values("上半年全省GDP 5903亿元，同比增长5.8%，比全国（5.0%）高0.8个百分点")).toEqual([5903, 5.8]);
    expect(values("粮食产量26.92亿斤，比上年增产0.94亿斤")).toEqual([26.92]);
    expect(values("引进到位资金超过5300亿元，提前一年实现三年引资1万亿元的目标")).toEqual([5300]);
    expect(whys("预计全年实际使用外资5000万美元")[0]).toMatch(/预计/);
  });

  it("reads completion ratios as ratios, not as actuals of the metric", () => {
    const [r] = parseActuals("项目投资完成率65.22%").actuals;
    expect(r).toMatchObject({ metric: "项目投资完成率", explicitRatio: 0.6522 });
    const [a] = parseActuals("固定资产投资完成33.15亿元，同比增长14.67%，完成全年目标的50.2%").actuals;
    expect(a).toMatchObject({ value: 33.15, explicitRatio: 0.502 });
  });

  it("reads 已开工9个，完工3个 as two metrics and keeps 新签约 apart from 新开工", () => {
    expect(parseActuals("项目已开工9个，完工3个").actuals.map((a) => [a.metric, a.value])).toEqual([
      ["项目已开工", 9],
      ["完工", 3],
    ]);
    expect(parseActuals("新签约项目12个，新开工项目8个").actuals.map((a) => a.metric)).toEqual(["新签约项目", "新开工项目"]);
  });

  it("reads 前5个月 as a period and 十二点五个百分点 as one figure", () => {
    expect(pick("前5个月，规上工业增加值增长6.2%")).toEqual([{ metric: "规上工业增加值", kind: "growth", value: 6.2, unit: "%", period: "前5个月" }]);
    expect(parseActuals("占比提高十二点五个百分点").actuals.map((a) => [a.value, a.unit])).toEqual([[12.5, "个百分点"]]);
  });

  it("reads the period in its written forms: 9月末, 到9月底, 截止到, 截至10月中旬, 截至三季度末, 一至三季度, 年初至今, 本月, 11月当月", () => {
    const period = (t: string) => parseActuals(t).actuals.map((a) => a.period);
    expect(period("9月末，贷款余额120亿元")).toEqual(["9月末"]);
    expect(period("到9月底，城镇新增就业1200人")).toEqual(["到9月底"]);
    expect(period("截止到9月底，城镇新增就业1200人")).toEqual(["截至9月底"]);
    expect(period("截至10月中旬，城镇新增就业1200人")).toEqual(["截至10月中旬"]);
    expect(period("截至三季度末，24个事项已提前完成全年任务")).toEqual(["截至三季度末"]);
    expect(period("一至三季度城镇新增就业1200人")).toEqual(["一至三季度"]);
    expect(period("年初至今，城镇新增就业1200人")).toEqual(["年初至今"]);
    expect(period("本月城镇新增就业1200人")).toEqual(["本月"]);
    expect(period("11月当月规上工业增加值增速6.8%")).toEqual(["11月"]);
    expect(period("截至2019年3月底，已下达资金76.33亿元")).toEqual(["截至2019年3月底"]);
    // A date a task is due by is no period of what was done before it.
    expect(period("城镇新增就业1200人，计划9月底完成")).toEqual([null]);
  });

  it("reads 比上年同期增长 as the change of the amount before it, and 比2019年同期 as a comparison", () => {
    expect(parseActuals("完成投资90.5亿元，比上年同期增长16%").actuals.map((a) => [a.metric, a.kind, a.value])).toEqual([
      ["投资", "level", 90.5],
      ["投资", "growth", 16],
    ]);
    expect(parseActuals("固定资产投资完成281.82亿元，比2019年同期增长20.13%").actuals.map((a) => a.value)).toEqual([281.82]);
  });

  it("gives a list of shares after 分别 to the amounts in order; 超时序进度 is a comparison", () => {
    const got = parseActuals("城镇失业人员再就业4934人、就业困难人员就业2519人，分别完成目标的123.4%和125.9%").actuals;
    expect(got.map((a) => [a.value, Math.round((a.explicitRatio ?? 0) * 1000) / 1000])).toEqual([
      [4934, 1.234],
      [2519, 1.259],
    ]);
    expect(parseActuals("1-5月完成投资占年度计划的45.2%，超时序进度3.5个百分点").actuals.filter((a) => a.unit === "个百分点")).toEqual([]);
  });

  it("lets a 预计 that opens a sentence reach every figure of it, across the semicolons, but not past 目前/已", () => {
    // A list of forecasts under one heading: none is an actual.
    expect(parseActuals("预计全年税收收入46.2亿元、增长7%；外贸进出口额12亿美元，增长3.5%；城镇新增就业5600人。").actuals).toEqual([]);
    expect(parseActuals("预计前三季度，完成工业产值82亿元，增长6.1%。").actuals).toEqual([]);
    // The next sentence is a report again.
    expect(pick("预计全年粮食产量61万吨。上半年新建农村公路38公里").map((a) => a.value)).toEqual([38]);
    // A report inside the sentence ends the heading's reach.
    expect(pick("预计全年完成投资20亿元；目前已完成投资12.5亿元").map((a) => a.value)).toEqual([12.5]);
  });

  it("reads 开复工率, 投产率 and 建成率 as completion ratios of the plan", () => {
    for (const text of ["48个计划开工项目已开复工39个，开复工率81.3%", "12个计划投产项目已投产9个，投产率75%", "安置住房已基本建成640套，建成率80%"]) {
      const got = parseActuals(text).actuals;
      expect(got.filter((a) => a.unit === "%" && a.explicitRatio === undefined)).toEqual([]);
      expect(got.some((a) => a.explicitRatio !== undefined)).toBe(true);
    }
  });

  it("reads a bare bracketed share after an amount reported done as that amount's completion ratio, not after 其中", () => {
    const got = parseActuals("市级重点项目36个完成投资41.2亿元（57.3%）；县级重点项目120个完成投资88亿元（49.6%）").actuals;
    expect(got.map((a) => [a.value, a.unit, a.explicitRatio])).toEqual([
      [41.2, "亿元", 0.573],
      [88, "亿元", 0.496],
    ]);
    // A part's share of the whole, and a bracket with words in it, stay what they were.
    expect(parseActuals("其中工业投资完成5亿元（41.7%）").actuals.every((a) => a.explicitRatio === undefined)).toBe(true);
    expect(parseActuals("完成投资12亿元(同比增长5%)").actuals.map((a) => [a.kind, a.value])).toEqual([
      ["level", 12],
      ["growth", 5],
    ]);
  });

  it("reads a bare 占N% after a count of items as that part's share of the items, not an actual; a plan's share stays a ratio", () => {
    const got = parseActuals("截至9月底，市民生实事12件20项中14项已完成，占70%；4项进度正常，占20%；2项滞后，占10%").actuals;
    // (A tally by how far items have got, 4项进度正常 or 2项滞后, is no actual since branch judge-fields.)
    expect(got.map((a) => [a.value, a.unit])).toEqual([[14, "项"]]);
    expect(parseActuals("30个项目中已开工21个，占项目总数的70%").actuals.map((a) => a.unit)).toEqual(["个"]);
    expect(parseActuals("开工项目8个，占年计划的40%").actuals.map((a) => [a.value, a.explicitRatio])).toEqual([[8, 0.4]]);
  });

  it("reads 工程进度至N% as a completion ratio, and 二季度末 as the period written", () => {
    const got = parseActuals("累计完成投资3.4亿元，主体工程进度至61%").actuals;
    expect(got.filter((a) => a.unit === "%" && a.explicitRatio === undefined)).toEqual([]);
    expect(got.some((a) => a.explicitRatio === 0.61)).toBe(true);
    expect(pick("三季度末，全县能繁母猪存栏2.1万头").map((a) => a.period)).toEqual(["三季度末"]);
  });

  it("does not count a programme's projects named before its investment as things done; a count at a stage stays", () => {
    const got = (t: string) => parseActuals(t).actuals.map((a) => [a.value, a.unit]);
    expect(got("市重点项目36个，年度投资计划52.1亿元，1-6月完成投资27.3亿元")).toEqual([[27.3, "亿元"]]);
    expect(got("全区重点建设项目18宗，总投资96亿元，完成投资11.2亿元")).toEqual([[11.2, "亿元"]]);
    // A count reached at a stage, or a programme carried out, reports something.
    expect(got("新开工项目12个，总投资40亿元")).toContainEqual([12, "个"]);
    expect(got("签约项目25个，总投资80亿元")).toContainEqual([25, "个"]);
    expect(got("实施千万元以上工业项目40个，总投资60亿元")).toContainEqual([40, "个"]);
  });

  it("reads percentage points by which a rate of change or a plan's share beats another year or place as a comparison", () => {
    const pp = (t: string) => parseActuals(t).actuals.filter((a) => a.unit === "个百分点").map((a) => a.value);
    expect(pp("社零额同比增长8.1%，同比快2.3个百分点")).toEqual([]);
    expect(pp("工业投资增长12%，增速比上年提高3.5个百分点")).toEqual([]);
    expect(pp("新开工项目45个，开工率90%，高于去年同期6.2个百分点")).toEqual([]);
    expect(pp("重点项目完成年计划的88%，比去年同期提高4个百分点")).toEqual([]);
    expect(pp("地区生产总值增长6.5%，高于全市平均1.1个百分点")).toEqual([]);
    expect(pp("全县生产总值增长6.8%，增速全市第二，分别比全国、全省和全市平均水平高1.3、0.8和0.5个百分点")).toEqual([]);
    // The change of a level rate is that rate's own figure.
    expect(pp("城镇化率为61.5%，比上年提高1.2个百分点")).toEqual([1.2]);
    expect(pp("一季度末城镇登记失业率2.1%，同比下降0.3个百分点")).toEqual([-0.3]);
  });

  it("does not take things not yet started or still being handled for things done", () => {
    const got = (t: string) => parseActuals(t).actuals.map((a) => [a.value, a.unit]);
    expect(got("计划开工项目20个，已开工16个，未开工项目4个")).toEqual([[16, "个"]]);
    expect(got("20个项目已开复工17个，另有3个未开工")).toEqual([[17, "个"]]);
    expect(got("交办事项30件，已办结24件，正在办理6件")).toContainEqual([24, "件"]);
    expect(got("交办事项30件，已办结24件，正在办理6件")).not.toContainEqual([6, "件"]);
    // Things only about to be started are a plan.
    expect(got("饮水工程已完工2处，准备动工6处")).toEqual([[2, "处"]]);
    expect(got("饮水工程已完工2处，另有6处准备动工")).toEqual([[2, "处"]]);
    // A note in brackets about a part of the figure leaves the figure itself read (the judge weighs the note).
    expect(got("建成充电桩150个（其中含未完工10个）")).toContainEqual([150, "个"]);
  });

  it("reads a share of the plan with the plan's amount written in it as a ratio, and a share of a whole project as neither", () => {
    const got = parseActuals("水库工程完成投资2400万元，占年度投资计划3200万元的75%").actuals;
    expect(got.map((a) => [a.value, a.explicitRatio])).toEqual([[2400, 0.75]]);
    const whole = parseActuals("累计完成投资6100万元，占总投资的61%").actuals;
    expect(whole.map((a) => [a.value, a.unit, a.explicitRatio])).toEqual([[6100, "万元", undefined]]);
    expect(parseActuals("完成土地确权12万亩，占全县耕地面积的95%").actuals.map((a) => a.unit)).toEqual(["万亩"]);
  });

  it("reads 天次 (days counted over several cities) and 吨标准煤 as units, so the change after them keeps their name", () => {
    expect(pick("发生重污染天气28天次，同比减少30%").map((a) => [a.metric, a.value, a.unit])).toEqual([
      ["重污染天气", 28, "天次"],
      ["重污染天气", -30, "%"],
    ]);
    expect(pick("全县能源消费总量120.5万吨标准煤，比上年下降1.8%").map((a) => [a.metric, a.kind, a.value, a.unit])).toEqual([
      ["能源消费总量", "level", 120.5, "万吨标准煤"],
      ["能源消费总量", "growth", -1.8, "%"],
    ]);
  });

  it("sets aside a tally of items by how far they have got, with its share, and keeps the whole a total", () => {
    const got = parseActuals("区实事10件16项中，9项已完成，占56%；5项进展较快，占31%；2项进度偏慢，占13%");
    expect(got.actuals.map((a) => [a.value, a.unit])).toEqual([[9, "项"]]);
    expect(got.skipped?.filter((k) => /进展情况归类/.test(k.why)).map((k) => k.figure)).toEqual(["2项", "5项"]);
    expect(parseActuals("交办的12件实事中7件进度正常").actuals).toEqual([]);
    // A count that has reached a stage stays a report.
    expect(parseActuals("12个项目中7个已开工，进度正常").actuals.map((a) => a.value)).toEqual([7]);
  });

  it("does not take a count of things said only to be on schedule for things done; a part of a breakdown stays", () => {
    expect(parseActuals("截至9月底，86项县重点工作和25项民生实事均按进度推进").actuals).toEqual([]);
    expect(parseActuals("42个重点项目进展顺利，完成投资18.6亿元").actuals.map((a) => [a.value, a.unit])).toEqual([[18.6, "亿元"]]);
    // A stage reached is a report, and a bare part of a whole keeps its figure.
    expect(parseActuals("42个重点项目已全部开工，进展顺利").actuals.map((a) => a.value)).toEqual([42]);
    expect(parseActuals("30项任务中，20项已完成，10项按序时推进").actuals.map((a) => a.value)).toEqual([20, 10]);
  });

  it("reads output amounts (发电量, 用电, 亩产) as levels, as 产量 is, and names a kind of project with its stage word", () => {
    expect(pick("1-6月全县发电量12.5亿千瓦时，工业用电3.2亿千瓦时").map((a) => a.kind)).toEqual(["level", "level"]);
    expect(pick("早稻亩产420公斤").map((a) => a.kind)).toEqual(["level"]);
    expect(pick("15个新开工重点项目年内全部开工").map((a) => a.metric)).toEqual(["新开工重点项目"]);
  });

  it("reads 秋冬季, “十三五”期末 and a year's end opening a clause as periods, but not 上年末", () => {
    expect(pick("秋冬季全市PM2.5平均浓度同比下降9.2%").map((a) => a.period)).toEqual(["秋冬季"]);
    expect(pick("“十三五”期末全县地区生产总值达到210亿元").map((a) => a.period)).toEqual(["“十三五”期末"]);
    expect(pick("年末城镇登记失业率2.8%").map((a) => a.period)).toEqual(["年末"]);
    expect(pick("存款余额比上年末增长6.1%").map((a) => a.period)).toEqual([null]);
  });

  it("reads a part after 其中 as of the kind of the standing total or amount it breaks down", () => {
    expect(pick("上半年全县原煤产量820万吨，其中县属企业510万吨").map((a) => a.kind)).toEqual(["level", "level"]);
    expect(pick("目前入住老人96人，其中失能老人30人、半失能老人41人").map((a) => a.kind)).toEqual(["level", "level", "level"]);
    // A count stays a count of its parts.
    expect(pick("新建学校10所，其中幼儿园3所").map((a) => a.kind)).toEqual(["count", "count"]);
  });

  it("lets a 预计 written after a name forecast its own clause only, when the next clause names its own metric and change", () => {
    const got = (t: string) => parseActuals(t).actuals.map((a) => [a.metric, a.value]);
    expect(got("上半年，全县地区生产总值预计增长5.5%左右，一般公共预算收入增长7.2%，固定资产投资增长9%")).toEqual([
      ["一般公共预算收入", 7.2],
      ["固定资产投资", 9],
    ]);
    // A 预计 heading the sentence, or a bare figure after it, keeps its reach.
    expect(got("预计全年地区生产总值增长5.5%，一般公共预算收入增长7.2%")).toEqual([]);
    expect(got("地区生产总值预计增长5.5%，增速居全市第二")).toEqual([]);
  });

  it("reads 年度计划完成率, 相当于年度计划的 and 完成计划工程量的 as completion ratios", () => {
    const ratios = (t: string) => parseActuals(t).actuals.filter((a) => a.explicitRatio !== undefined).map((a) => a.explicitRatio);
    expect(ratios("1至6月累计完成投资8.2亿元，年度计划完成率52.3%")).toEqual([0.523]);
    expect(ratios("县直项目完成投资30亿元，年计划投资完成率61%")).toEqual([0.61]);
    expect(ratios("前三季度重点项目完成投资95亿元，相当于年度计划的78%")).toEqual([0.78]);
    expect(ratios("道路改造完成今年计划工程量的64%")).toEqual([0.64]);
    // A planned rate stays a plan.
    expect(ratios("计划完成50%，目前已完成30%")).not.toContain(0.5);
  });

  // Fields pass 2 (docs/metrics.md): periods.
  it("does not read 暑假 inside 寒暑假 as a period, but reads 暑假 standing alone", () => {
    const periods = (t: string) => parseActuals(t).actuals.map((a) => a.period);
    expect(periods("建成寒暑假爱心托管驿站173处")).toEqual([null]);
    expect(periods("暑假期间接待游客12万人次")).toEqual(["暑假"]);
  });

  it("keeps 截至 with 上半年 and 前三季度, as it does with a month's end", () => {
    const periods = (t: string) => parseActuals(t).actuals.map((a) => a.period);
    expect(periods("截至上半年骨干治理工程累计完成投资约3亿元")).toEqual(["截至上半年"]);
    expect(periods("截止前三季度完成投资8亿元")).toEqual(["截至前三季度"]);
    expect(periods("上半年完成投资3亿元")).toEqual(["上半年"]);
  });

  it("lets a 今年 inside the name give way to the sentence's own earlier period", () => {
    const periods = (t: string) => parseActuals(t).actuals.map((a) => a.period);
    expect(periods("截至6月底，省市两级今年开工建设重点项目3114个")).toEqual(["截至6月底"]);
    // 今年 alone, or before the other period, stays.
    expect(periods("今年开工建设重点项目3114个")).toEqual(["今年"]);
    expect(periods("今年以来，1-5月完成投资3亿元")).toEqual(["1-5月"]);
  });

  it("carries a period past a semicolon only when it heads the sentence", () => {
    const periods = (t: string) => parseActuals(t).actuals.map((a) => a.period);
    expect(periods("58个重点项目进展顺利，全年完成投资141.6亿元；签约项目79个")).toEqual(["全年", null]);
    expect(periods("罗峰学校9月份开工建设，完成投资300万元；改造操场13处")).toEqual(["9月份", null]);
    // A heading reaches its list.
    expect(periods("1-5月，完成投资141.6亿元；签约项目79个")).toEqual(["1-5月", "1-5月"]);
    expect(periods("全年新增市场主体2463家；新登记企业900家")).toEqual(["全年", "全年"]);
  });

  it("does not give a span's period to a running total reached in a clause of its own", () => {
    const periods = (t: string) => parseActuals(t).actuals.map((a) => a.period);
    expect(periods("全年新增科技型中小企业1.4万家，累计达到6万家")).toEqual(["全年", null]);
    // A date the total is reached by, or a period in the total's own clause, stays; so does 累计完成 within the span.
    expect(periods("截至6月底新增企业1.4万家，累计达到6万家")).toEqual(["截至6月底", "截至6月底"]);
    expect(periods("全年新增企业1.4万家，年末累计达到6万家")).toEqual(["全年", "年末"]);
    expect(periods("1-5月新开工项目12个，累计完成投资3亿元")).toEqual(["1-5月", "1-5月"]);
  });

  it("keeps a size class written in Chinese numerals (千万元以上, 百亿楼) in the name, not as a figure", () => {
    const got = (t: string) => parseActuals(t).actuals.map((a) => [a.metric, a.value, a.unit]);
    expect(got("新签约千万元以上项目35个")).toEqual([["千万元以上项目", 35, "个"]]);
    expect(got("其中月亿楼9幢、百亿楼1幢")).toEqual([["月亿楼", 9, "幢"], ["百亿楼", 1, "幢"]]);
    // An amount written in numerals is still an amount.
    expect(got("完成投资三百亿元")).toEqual([["投资", 300, "亿元"]]);
    expect(got("投资千万元")).toEqual([["投资", 1000, "万元"]]);
  });

  // Fields pass 2: names.
  it("names a part of a set-aside total by the total's noun and the stage the part reached, and leaves a part with no stage unnamed", () => {
    const got = (t: string) => parseActuals(t).actuals.filter((a) => a.unit === "项" || a.unit === "个").map((a) => [a.metric, a.value]);
    expect(got("截至3月底，20项民心工程涉及的48项具体工作中2项已完成，24项已开工，22项正在推进前期工作")).toEqual([
      ["具体工作开工", 24],
      ["", 22],
    ]);
    expect(got("截至三季度末，45个省民生实事事项中，24个已提前完成全年任务")).toEqual([["省民生实事事项完成", 24]]);
    // 未完成 is what is left; a later count with a name of its own keeps it (亿元楼 88 is no part of the 200 楼宇).
    expect(got("民生实事共分为28项工作，截至11月底，未完成3项工作")).toEqual([]);
    expect(parseActuals("200幢重点楼宇实现税收622亿元，亿元楼新增6幢、达到88幢").actuals.map((a) => a.metric)).toEqual(["重点楼宇实现税收", "亿元楼新增", "亿元楼新增"]);
  });

  it("takes a period written between the noun and its verb out of the name, and reads it as the period", () => {
    const got = (t: string) => parseActuals(t).actuals.map((a) => [a.metric, a.period]);
    expect(got("50个建成项目1-8月完成投资40.48亿元")).toEqual([["项目完成投资", "1-8月"]]);
    expect(got("支柱产业上半年累计完成产值2.9亿元")).toEqual([["支柱产业累计完成产值", "上半年"]]);
    expect(got("113个续建项目计划总投资286.49亿元，至11月底已累计完成投资201.32亿元")).toEqual([["投资", "至11月底"]]);
    // A month that is part of a name, or a period not followed by a report word, stays.
    expect(got("五月花广场完成投资3亿元")).toEqual([["五月花广场完成投资", null]]);
    expect(got("项目上半年投资2亿元").map(([m]) => m)).toEqual(["项目上半年投资"]);
  });

  it("drops a 共 that closes the words before a count, but not the 共 of 公共 or 中共", () => {
    expect(cleanMetric("县政府确定重要工作任务共")).toBe("县政府确定重要工作");
    expect(cleanMetric("城乡公共")).toBe("城乡公共");
    expect(cleanMetric("新发展中共")).toBe("新发展中共");
    expect(parseActuals("县政府确定重要工作任务共579项，截至目前已完成550项").actuals.map((a) => a.metric)).toEqual(["县政府确定重要工作完成"]);
  });
});
