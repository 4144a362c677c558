/**
 * Round aq (branch judge-aq): 安全生产 and 生态环境/节能减排 tasks — ceilings, declines, "零发生" — judged the way the
 * reports of those fields write them. Each rule tried in words of our own, with the lookalikes it must leave alone
 * (tests/fixtures/metrics/corpus README, docs/metrics.md "Round aq").
 */
import { judgeTask } from "../../../src/core/judge";
import { parseActuals, parseTargets } from "../../../src/core/metrics";
import { splitMetricList } from "../../../src/core/metrics/metricName";

const verdict = (targetText: string, text: string, asOf: string, year?: number) => judgeTask({ targetText, progress: { text }, asOf, year }).verdict.status;
const GREEN = ["done", "on-track"];

describe("a task that no event of a kind happen (杜绝, 不发生, 零发生)", () => {
  it("none of that kind at that severity or a wider one is on schedule; a whole year of none after it is done", () => {
    expect(verdict("全年杜绝较大以上道路交通事故", "1-8月全县未发生较大及以上道路交通事故，事故总量平稳", "2024-09-05")).toBe("on-track");
    expect(verdict("危险化学品、烟花爆竹行业不发生亡人事故", "今年以来危险化学品、烟花爆竹、工贸等行业均未发生亡人事故", "2024-06-20")).toBe("on-track");
    expect(verdict("重大突发环境事件“零”发生", "全区持续保持重大突发环境事件“零”发生", "2024-10-08")).toBe("on-track");
    expect(verdict("全年杜绝重大生产安全事故", "全年全市未发生重大生产安全事故", "2025-01-20", 2024)).toBe("done");
  });
  it("an event of that kind reported is a miss", () => {
    expect(verdict("杜绝较大以上生产安全事故", "1-9月全市发生较大生产安全事故2起、死亡7人", "2024-10-10")).toBe("behind");
  });
  it("lookalikes: a narrower severity, another field, other trades, or a part of the year read after it stay not green", () => {
    expect(GREEN).not.toContain(verdict("杜绝较大以上生产安全事故", "上半年全市未发生重特大生产安全事故", "2024-07-10"));
    expect(GREEN).not.toContain(verdict("杜绝较大以上道路交通事故", "上半年全市未发生较大以上火灾事故", "2024-07-10"));
    expect(GREEN).not.toContain(verdict("危险化学品、烟花爆竹行业不发生亡人事故", "上半年煤矿、非煤矿山行业未发生亡人事故", "2024-07-10"));
    expect(GREEN).not.toContain(verdict("全年杜绝重大生产安全事故", "上半年全市未发生重大生产安全事故", "2025-01-20", 2024));
    expect(GREEN).not.toContain(verdict("杜绝重特大生产安全事故", "1-9月全市发生重大生产安全事故1起", "2024-10-10"));
  });
});

describe("a ceiling not written out (控制在…控制指标以内), answered in words", () => {
  const report = "东山县工矿商贸事故死亡人数超出年度控制指标；南湖、北塘两区死亡人数在控制指标以内";
  it("the task's own unit over is a miss, within is on schedule; reaching a ceiling is not exceeding it", () => {
    expect(verdict("东山县工矿商贸事故死亡人数控制在市下达控制指标以内", report, "2024-08-01")).toBe("behind");
    expect(verdict("南湖区工矿商贸事故死亡人数控制在市下达控制指标以内", report, "2024-08-01")).toBe("on-track");
    expect(verdict("北塘区事故死亡人数控制在全年控制目标以内", "北塘区死亡人数已达到全年控制目标", "2025-02-10", 2024)).toBe("done");
    expect(verdict("各县区事故死亡人数均控制在进度目标以内", "前三季度各县区均未出现超指标情况", "2024-10-12")).toBe("on-track");
    expect(verdict("全市事故死亡人数控制在省下达控制指标以内", "东山县死亡人数超出进度目标；全市各项控制指标均在省下达指标之内", "2024-07-15")).toBe("on-track");
  });
  it("lookalikes: a unit of the area over is not the area's miss, 超额完成 is no excess, another unit says nothing", () => {
    expect(verdict("全市事故死亡人数控制在省下达控制指标以内", "东山县死亡人数超出进度目标", "2024-07-15")).not.toBe("behind");
    expect(verdict("能耗增量控制在省下达控制目标以内", "万元GDP能耗降低5%，超额完成省下达年度目标", "2024-12-20")).not.toBe("behind");
    expect(GREEN).not.toContain(verdict("西湾区工矿商贸事故死亡人数控制在市下达控制指标以内", report, "2024-08-01"));
    expect(GREEN).not.toContain(verdict("全市事故死亡人数控制在省下达控制指标以内", "截至6月底全市各项控制指标均在进度目标以内", "2025-01-15", 2024));
  });
});

describe("a task asking only for a direction (同比下降, 双下降)", () => {
  it("the sign of the metric's own change decides", () => {
    expect(verdict("火灾事故起数同比下降", "1-6月全市发生火灾事故120起，同比下降12.5%", "2024-07-05")).toBe("on-track");
    expect(verdict("火灾事故死亡人数同比下降", "1-6月全市发生火灾120起，起数同比下降12.5%，死亡人数同比上升20%", "2024-07-05")).toBe("behind");
  });
  it("lookalike: only another metric's change is no answer", () => {
    expect(GREEN).not.toContain(verdict("火灾事故死亡人数同比下降", "1-6月全市火灾事故起数同比下降12.5%", "2024-07-05"));
  });
});

describe("a target of an increase over last year (比上年增加N天)", () => {
  it("is judged by the report's own increase, never by the level", () => {
    expect(verdict("空气质量优良天数比上年增加8天", "今年以来优良天数301天，比上年同期多10天", "2024-11-30")).toBe("on-track");
    expect(verdict("空气质量优良天数比上年增加8天", "今年以来优良天数301天，比上年同期多3天", "2024-11-30")).toBe("behind");
    expect(GREEN).not.toContain(verdict("空气质量优良天数比上年增加8天", "今年以来优良天数301天", "2024-11-30"));
  });
});

describe("the readers", () => {
  it("a list of whole names lends no word to a short one; a two-word list still shares", () => {
    expect(splitMetricList("化学需氧量、氨氮、二氧化硫、总磷减排量")).toEqual(["化学需氧量", "氨氮", "二氧化硫", "总磷减排量"]);
    expect(splitMetricList("研发投入、强度")).toEqual(["研发投入", "研发强度"]);
  });
  it("accidents are counted in 起; a control figure is a ceiling", () => {
    expect(parseTargets("较大事故控制在3起以内", { year: 2024 }).targets.map((t) => [t.metric, t.cmp, t.value, t.unit])).toEqual([["较大事故", "<=", 3, "起"]]);
    expect(parseTargets("市下达全年事故死亡人数控制指标30人", { year: 2024 }).targets.map((t) => [t.cmp, t.value, t.unit])).toEqual([["<=", 30, "人"]]);
    expect(parseTargets("全年培训安全管理人员3000人", { year: 2024 }).targets.map((t) => t.cmp)).toEqual(["="]);
  });
  it("占全年控制指标的N% is a share of the ceiling, and its 全年 is no period; a run of days is a period", () => {
    const [a] = parseActuals("道路交通事故死亡8人，占全年控制指标的40%").actuals;
    expect([a.value, a.explicitRatio, a.period]).toEqual([8, 0.4, null]);
    expect(parseActuals("3月1日至5月31日，全区PM2.5平均浓度35μg/m³").actuals[0].period).toBe("3月1日至5月31日");
  });
  it("a plan named only by its period and kind of work (“十三五”节能任务) leaves the share to the subject or the list", () => {
    const names = (text: string) => parseActuals(text).actuals.map((a) => [a.metric, a.explicitRatio]);
    expect(names("二氧化硫、总磷分别完成“十三五”减排任务的96%、101%")).toEqual([["二氧化硫", 0.96], ["总磷", 1.01]]);
    expect(names("全县能耗强度完成年度节能任务的112%")[0][1]).toBe(1.12);
    expect(names("全县能耗强度完成年度节能任务的112%")[0][0]).not.toBe("节能");
    // A base that names its own thing keeps it.
    expect(names("完成全年营收目标的56%")).toEqual([["营收", 0.56]]);
  });
  it("a ceiling's share used is not a share done: the amount decides", () => {
    expect(verdict("道路交通事故死亡人数控制在20人以内", "1-6月道路交通事故死亡8人，占全年控制指标的40%", "2024-07-05")).toBe("on-track");
  });
  it("城区和乡镇 names two classes of place, no 乡; a named 乡 is still a part of the area", () => {
    expect(verdict("城区供水水质综合合格率保持100%", "今年以来城区和乡镇供水水质综合合格率达到100%", "2024-10-20")).toBe("on-track");
    expect(GREEN).not.toContain(judgeTask({ targetText: "集中式饮用水水源地水质达标率保持100%", progress: { text: "石门乡集中式饮用水水源地水质达标率100%" }, asOf: "2024-10-20", level: "县" }).verdict.status);
  });
  it("优良率 is the share of good-air days; a water 优良率 is not", () => {
    expect(verdict("空气质量优良天数比例达到90%", "截至10月底，全县空气优良率92.1%", "2024-11-05")).toBe("on-track");
    expect(GREEN).not.toContain(verdict("空气质量优良天数比例达到90%", "截至10月底，全县断面水质优良率92.1%", "2024-11-05"));
    expect(GREEN).not.toContain(verdict("空气质量优良天数比例达到90%", "截至10月底，地表水优良水体比例为92.1%", "2024-11-05"));
  });
});
