/**
 * Round r (branch judge-r): target and deadline forms met in set r's train documents (docs/metrics.md, "Round r"),
 * each rule with the lookalikes it must leave alone.
 */
import { judgeTarget, matchActuals, parseActuals, parseDeadline, parseTargets } from "../../../src/core/metrics";

const targets = (text: string, year = 2024) =>
  parseTargets(text, { year }).targets.map((t) => [t.metric, t.kind, t.cmp, t.value, t.unit, t.cumulative]);

function judge(target: string, progress: string, asOf: string) {
  const year = Number(asOf.slice(0, 4));
  const parsed = parseTargets(target, { year });
  const [t] = parsed.targets;
  const [a] = matchActuals([t], parseActuals(progress).actuals);
  return judgeTarget(t, a, { asOf, deadline: parsed.deadline });
}

describe("units: ‰, ages, GW, trains", () => {
  it("reads a rate per thousand as a level in ‰, never compared with %", () => {
    expect(targets("人口自然增长率控制在7.2‰以内")).toEqual([["人口自然增长率", "level", "<=", 7.2, "‰", false]]);
    expect(targets("城镇登记失业率控制在4.3%以内")).toEqual([["城镇登记失业率", "level", "<=", 4.3, "%", false]]);
  });
  it("reads an age, gigawatts and trains", () => {
    expect(targets("人均期望寿命保持在80岁以上")).toEqual([["人均期望寿命", "level", ">=", 80, "岁", false]]);
    expect(targets("单晶拉棒产能达到96GW")).toEqual([["单晶拉棒产能", "level", "=", 96, "GW", false]]);
    expect(targets("中欧班列过境1500列")).toEqual([["中欧班列过境", "count", "=", 1500, "列", true]]);
  });
  it("leaves an age that qualifies people and 列入 alone", () => {
    expect(targets("为60岁以上老年人免费体检2万人次").map((t) => t[4])).toEqual(["万人次"]);
    expect(targets("新增3个项目列入省重点").map((t) => t[4])).toEqual(["个"]);
  });
});

describe("consumer prices in % are their rise, and a ceiling", () => {
  it("reads 居民消费价格指数控制在3.5%以内 as growth", () => {
    expect(targets("居民消费价格指数控制在3.5%以内")).toEqual([["居民消费价格指数", "growth", "<=", 3.5, "%", false]]);
  });
  it("leaves the index itself, other indices and rates in % as levels", () => {
    expect(targets("居民消费价格指数控制在103%以内")[0][1]).toBe("level");
    expect(targets("城镇化率达到65%")[0][1]).toBe("level");
    expect(targets("价格监测覆盖率达到90%")[0][1]).toBe("level");
  });
  it("finds a low rise of prices within a 2%左右 target, a high one not", () => {
    expect(judge("居民消费价格涨幅2%左右", "1-8月居民消费价格同比上涨0.3%", "2025-08-31").status).toBe("on-track");
    expect(judge("居民消费价格涨幅2%左右", "1-8月居民消费价格同比上涨3.4%", "2025-08-31").status).toBe("behind");
    // Growth targets of other things stay floors.
    expect(judge("社会消费品零售总额增长2%左右", "1-8月社会消费品零售总额增长0.3%", "2025-08-31").status).toBe("behind");
  });
});

describe("capacities stand", () => {
  it("reads 产能 as a standing level, not an amount accumulating over the year", () => {
    expect(targets("多晶硅料产能达到37.5万吨")).toEqual([["多晶硅料产能", "level", "=", 37.5, "万吨", false]]);
    expect(targets("储氢材料产量达到0.4万吨")).toEqual([["储氢材料产量", "level", "=", 0.4, "万吨", true]]);
  });
});

describe("households and the people in them", () => {
  it("reads both figures of 1147户5500人", () => {
    expect(targets("实现1147户5500人脱贫")).toEqual([
      ["脱贫", "count", "=", 1147, "户", true],
      ["脱贫", "count", "=", 5500, "人", true],
    ]);
    expect(targets("全年脱贫1.2万户3.5万人").map((t) => [t[0], t[3], t[4]])).toEqual([
      ["脱贫", 1.2, "万户"],
      ["脱贫", 3.5, "万人"],
    ]);
  });
  it("leaves a count of households before other figures a qualifier", () => {
    expect(targets("为1000户3类困难家庭发放补贴").map((t) => t[4])).not.toContain("户");
    expect(targets("1147户5500人次").map((t) => t[4])).not.toContain("户");
  });
});

describe("a time word is no name", () => {
  it("takes the subject of the clause before (今年降低3%左右)", () => {
    expect(targets("单位地区生产总值能耗降低完成国家考核目标，今年降低3%左右")).toEqual([["单位地区生产总值能耗", "growth", "~", -3, "%", false]]);
  });
  it("keeps a name written in the clause itself", () => {
    expect(targets("完成国家考核目标，今年单位地区生产总值能耗降低3%")[0][0]).toBe("单位地区生产总值能耗");
    expect(targets("全年新增就业2000人")[0][0]).toBe("就业");
  });
});

describe("the size of a site is no target", () => {
  it("skips 总占地2万平方米", () => {
    expect(targets("火车站广场总占地2万平方米，年内建成")).toEqual([]);
    expect(targets("项目占地面积约120亩")).toEqual([]);
  });
  it("keeps land that is itself the work", () => {
    expect(targets("新增城市绿地12公顷")).toEqual([["城市绿地", "count", "=", 12, "公顷", true]]);
    expect(targets("盘活闲置土地200亩")[0][3]).toBe(200);
  });
});

describe("names: 过亿元 = 过亿, 年均浓度 = 平均浓度", () => {
  it("matches 过亿项目 with 过亿元项目", () => {
    expect(judge("招引过亿项目20个以上", "上半年新招引过亿元项目8个", "2013-06-30").status).toBe("behind");
  });
  it("matches PM2.5年均浓度 with the mean to date", () => {
    expect(judge("PM2.5年均浓度控制在40μg/m3以内", "1-10月PM2.5平均浓度为38μg/m3", "2019-10-31").status).toBe("on-track");
    expect(judge("PM2.5年均浓度控制在40μg/m3以内", "1-10月PM2.5平均浓度为43μg/m3", "2019-10-31").status).toBe("behind");
  });
  it("keeps PM10 apart from PM2.5 and ozone apart from both", () => {
    expect(judge("PM2.5年均浓度控制在40μg/m3以内", "1-10月PM10平均浓度为38μg/m3", "2019-10-31").status).not.toBe("on-track");
    expect(judge("PM2.5年均浓度控制在40μg/m3以内", "1-10月臭氧平均浓度为38μg/m3", "2019-10-31").status).not.toBe("on-track");
  });
});

describe("deadlines", () => {
  it("reads 春节前 in the years before 2020", () => {
    expect(parseDeadline("春节前发放困难群众慰问金", 2010)).toBe("2010-02-13");
    expect(parseDeadline("春节前完成城区供热管网改造年度任务", 2013)).toBe("2014-01-30");
    expect(parseDeadline("春节前发放慰问金", 2024)).toBe("2024-02-09");
    expect(parseDeadline("春节前发放慰问金", 1999)).toBeNull();
  });
  it("reads 每年9月底前 as a frequency", () => {
    expect(parseDeadline("建立应急减排清单，每年9月底前更新", 2018)).toBeNull();
    expect(parseDeadline("每年6月30日前报送", 2018)).toBeNull();
    expect(parseDeadline("今年9月底前更新清单", 2018)).toBe("2018-09-30");
    expect(parseDeadline("2019年9月底前完成", 2018)).toBe("2019-09-30");
  });
  it("reads 到2020年 before a count of kinds", () => {
    expect(parseDeadline("到2020年六项主要污染物排放总量完成削减目标", 2019)).toBe("2020-12-31");
    expect(parseDeadline("2020年一季度完成", 2019)).toBe("2020-03-31");
    expect(parseDeadline("2020年六月底前完成", 2019)).toBe("2020-06-30");
  });
});
