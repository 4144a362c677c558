/**
 * Round ah (branch judge-ah): rules made general from the train misses of set ah of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ah.jsonl and friends: a county's 计划执行情况, a city's energy intensity, an air-quality
 * note, a 审批时限 report, a 政务服务 monthly bulletin by county, 一季度 statistics and key projects). Each rule is tried in other
 * words than the corpus's, with the lookalikes that must not turn green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics";
import { placeLevel } from "../../../src/core/settings/readSettings";

const verdict = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict;
const status = (task: string, progress: string, asOf: string, year?: number) => verdict(task, progress, asOf, year).status;
const GREEN = ["done", "on-track"];
const figures = (text: string) => parseActuals(text).actuals.map((a) => [a.metric, a.value, a.unit]);

describe("a unit written once after a 分别 list is every member's", () => {
  it("each number of the list is a figure in that unit, paired with its name", () => {
    const read = figures("SO2和NO2年均浓度分别为8和21微克/立方米");
    expect(read.map((f) => [f[1], f[2]])).toEqual([
      [8, "微克/立方米"],
      [21, "微克/立方米"],
    ]);
    expect(String(read[0][0])).toMatch(/^SO2/);
    expect(String(read[1][0])).toMatch(/^NO2/);
  });

  it("the first member is judged by its own number, not the last one's", () => {
    expect(status("PM10平均浓度控制在50微克/立方米以内", "PM10和PM2.5平均浓度分别为56和31微克/立方米", "2023-11-20")).toBe("behind");
    expect(status("PM2.5平均浓度控制在35微克/立方米以内", "PM10和PM2.5平均浓度分别为56和31微克/立方米", "2023-11-20")).toBe("on-track");
  });

  it("numbers that already carry their units are left as written", () => {
    expect(figures("城乡居民收入分别增长6.2%和7.9%").map((f) => f[1])).toEqual([6.2, 7.9]);
  });
});

describe("the days' share of the year is the metric's 比例", () => {
  it("占全年天数的N% after a count of days answers a target of the days' 比例", () => {
    expect(status("空气质量优良天数比例达到85%以上", "截至11月30日，城区空气质量优良天数累计290天，占全年天数的86.8%", "2023-12-05")).toBe("on-track");
    expect(status("空气质量优良天数比例达到90%以上", "截至11月30日，城区空气质量优良天数累计290天，占全年天数的86.8%", "2023-12-05")).toBe("behind");
  });

  it("a share of another whole is not renamed", () => {
    expect(figures("完成投资12亿元，占总投资的40%").some((f) => /比例/.test(String(f[0])))).toBe(false);
  });
});

describe("千瓦时 is a unit, not the magnitude 千", () => {
  it("reads 电耗 in 千瓦时", () => {
    expect(figures("万元GDP电耗612.5千瓦时")).toEqual([["万元GDP电耗", 612.5, "千瓦时"]]);
    expect(figures("全年发电量3.2亿千瓦时")).toEqual([["发电量", 3.2, "亿千瓦时"]]);
    expect(figures("新增装机容量500千瓦").map((f) => [f[1], f[2]])).toEqual([[500, "千瓦"]]);
  });
});

describe("against the year just before the figure's own, a change is the year's own", () => {
  const text = "2022年全县单位GDP能耗0.61吨标准煤，较2021年下降4.2%";

  it("answers the year's decline target, read after the year", () => {
    expect(status("单位GDP能耗下降3.5%", text, "2023-05-10", 2022)).toBe("done");
    expect(status("单位GDP能耗下降5%", text, "2023-05-10", 2022)).toBe("overdue");
  });

  it("against an earlier year it stays a comparison", () => {
    expect(status("单位GDP能耗下降3.5%", "2022年全县单位GDP能耗0.61吨标准煤，较2020年下降8.1%", "2023-05-10", 2022)).not.toBe("done");
  });

  it("last year's figures do not answer this year's target", () => {
    expect(GREEN).not.toContain(status("单位GDP能耗下降3.5%", text, "2023-05-10"));
  });
});

describe("size classes of projects do not answer each other", () => {
  const text = "50个亿元以上项目完成投资30亿元；12个10亿元以上项目完成投资9亿元";

  it("a target of the larger class takes the larger class's figure", () => {
    expect(status("10亿元以上项目全年完成投资50亿元", text, "2023-04-20")).toBe("behind");
  });

  it("the smaller class's figure still answers its own class", () => {
    expect(status("亿元以上项目全年完成投资90亿元", text, "2023-04-20")).toBe("on-track");
  });
});

describe("a place heading its run of figures names the later members", () => {
  const text = "各县区均无超时件：甲山县受理900件、办结880件、提速86.5%；乙水区受理700件、办结690件、提速71.2%";

  // As the city's office that writes such a bulletin runs the judge (单位层级 市): its counties' figures are of places below it.
  const asCity = (task: string) => judgeTask({ targetText: task, progress: { text }, asOf: "2022-04-20", level: placeLevel("市") }).verdict.status;

  it("the target's place takes its own run's figure", () => {
    expect(asCity("乙水区实际办理提速80%以上")).toBe("behind");
    expect(asCity("甲山县实际办理提速85%以上")).toBe("on-track");
  });

  it("受理 of the member before is not the figure's act, but a figure that is itself applied for still is", () => {
    expect(status("新增高新技术企业20家", "已受理申报高新技术企业25家", "2022-10-20")).not.toBe("done");
  });
});

describe("三次产业…分别 is the three sectors in order", () => {
  const text = "上半年全区生产总值320亿元，增长5.1%；三次产业增加值分别为20亿元、130亿元和170亿元，分别增长3.2%、6.5%和4.4%";

  it("each sector takes its own rate", () => {
    expect(status("第二产业增加值增长6%", text, "2023-07-25")).toBe("on-track");
    expect(status("第三产业增加值增长5%", text, "2023-07-25")).toBe("behind");
  });
});

describe("初步测算 of a past period's output is the published result", () => {
  it("a quarter's GDP so accounted answers the growth target", () => {
    expect(status("地区生产总值增长7%", "据初步测算，一季度全县地区生产总值28.6亿元，同比增长7.4%", "2023-04-25")).toBe("on-track");
    expect(status("地区生产总值增长8%", "据初步测算，一季度全县地区生产总值28.6亿元，同比增长7.4%", "2023-04-25")).toBe("behind");
  });

  it("an estimate of the year to come is still no result", () => {
    expect(GREEN).not.toContain(status("地区生产总值增长7%", "经测算，全年地区生产总值可增长7.5%", "2023-04-25"));
    expect(GREEN).not.toContain(status("新增就业3000人", "据初步测算，全年可新增就业3200人", "2023-04-25"));
  });
});

describe("a level brought to a value since last year is where it stands now", () => {
  it("answers a ceiling target read after the year", () => {
    expect(status("企业开办时间压缩至3个工作日以内", "经过去年以来的改革，企业开办时间已压缩到2个工作日", "2023-01-20", 2022)).toBe("done");
  });

  it("a running total since last year is still not the year's", () => {
    expect(GREEN).not.toContain(status("新增市场主体2000户", "去年以来累计新增市场主体2600户", "2022-11-20"));
  });
});

describe("a ceiling written 以内 that does not meet a ceiling target cannot be judged (JUDGE_BOUND_ONLY)", () => {
  it("before and after the deadline it is 无法研判, with the code", () => {
    const before = verdict("一般企业投资项目审批时间压减至40个工作日以内", "一般企业投资项目审批时间已压缩到50个工作日以内", "2023-10-20");
    expect(before.status).toBe("unknown");
    const after = verdict("一般企业投资项目审批时间压减至40个工作日以内", "一般企业投资项目审批时间已压缩到50个工作日以内", "2024-01-20", 2023);
    expect(after.status).toBe("unknown");
    expect(after.code).toBe("JUDGE_BOUND_ONLY");
  });

  it("a ceiling that meets the target is met; a plain figure over it lags; a floor 以上 is its figure", () => {
    expect(status("一般企业投资项目审批时间压减至60个工作日以内", "一般企业投资项目审批时间已压缩到50个工作日以内", "2024-01-20", 2023)).toBe("done");
    expect(status("一般企业投资项目审批时间压减至40个工作日以内", "一般企业投资项目审批时间平均为50个工作日", "2023-10-20")).toBe("behind");
    expect(status("空气质量优良天数比例达到85%", "空气质量优良天数比例达到83%以上", "2023-12-31")).toBe("behind");
  });
});

describe("stages and acts heading a count are not the count the target asks (families the probe's new sample brought up)", () => {
  it.each([
    ["新开工工业项目40个", "1-9月前期工业项目40个"],
    ["光伏装机容量50万千瓦", "1-9月签约光伏装机容量50万千瓦"],
    ["高标准农田面积3000亩", "1-9月启动高标准农田面积3000亩"],
    ["规上企业120户", "120户企业已完成股改，拟于明年完成"],
  ])("%s ⟵ %s is not green", (task, progress) => {
    expect(GREEN).not.toContain(status(task, progress, "2024-09-30"));
  });

  it.each([
    ["新开工工业项目40个", "1-9月新开工工业项目40个"],
    ["签约项目30个", "1-9月签约项目30个"],
    ["项目前期工作完成20个", "1-9月项目前期工作完成20个"],
  ])("%s ⟵ %s still answers", (task, progress) => {
    expect(GREEN).toContain(status(task, progress, "2024-09-30"));
  });
});
