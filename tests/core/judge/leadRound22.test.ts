/**
 * Session 22, the lead's pass over train misses of earlier rounds (issue 12): the things a bulletin tracks named as tracked
 * (列入调度的, 纳入统计的), a stage's plan that is the task's own (为二季度计划的105% for 完成二季度计划投资), a standard raised
 * to its new level (低保标准提高到每人每月700元), villages as the countryside's (行政村 for 农村…行政村), 总数 and 总量, and 每年
 * before a target's figure. Each rule on texts of our own, with the lookalikes it must leave alone.
 */
import { judgeTask } from "../../../src/core/judge";
import { parseActuals, parseTargets } from "../../../src/core/metrics";
import { withSectorShares } from "../../../src/core/judge/sectorShares";

const verdict = (targetText: string, progress: string, asOf: string) => judgeTask({ targetText, progress: { text: progress }, asOf }).verdict;

describe("the things a bulletin tracks, named as tracked", () => {
  test("列入调度的/纳入统计的 N个 projects' share of the year's plan is the task's share", () => {
    expect(verdict("重点项目完成年度计划投资", "列入调度的30个重点项目完成投资12亿元，为年度计划的55%", "2024-07-10").status).toBe("on-track");
    expect(verdict("重点项目完成年度计划投资", "纳入统计的30个重点项目完成投资12亿元，为年度计划的40%", "2024-07-10").status).toBe("behind");
  });
  test("a part of the projects (技改项目 among them) is still a part, not the task's share", () => {
    expect(verdict("重点项目完成年度计划投资", "30个重点项目中技改项目完成投资5亿元，为年度计划的40%", "2024-07-10").status).toBe("unknown");
  });
});

describe("a stage's plan that is the task's own", () => {
  test("为二季度计划的105% for 完成二季度计划投资, read after June: done", () => {
    const v = verdict("重点项目完成二季度计划投资", "重点项目完成投资8.4亿元，为二季度计划的105%", "2024-07-10");
    expect(v.status).toBe("done");
  });
  test("less than all of the stage's plan, read after the stage: overdue", () => {
    expect(verdict("重点项目完成二季度计划投资", "重点项目完成投资7.6亿元，为二季度计划的95%", "2024-07-10").status).toBe("overdue");
  });
  test("the same share for a task of the year's plan is a stage's share: on schedule, never done", () => {
    expect(verdict("重点项目完成年度计划投资", "重点项目完成投资8.4亿元，为二季度计划的105%", "2024-07-10").status).toBe("on-track");
  });
  test("another stage's plan does not answer the task's stage", () => {
    expect(verdict("重点项目完成二季度计划投资", "重点项目完成投资3亿元，为一季度计划的120%", "2024-07-10").status).not.toBe("done");
  });
});

describe("a standard raised to its new level", () => {
  test("提高到每人每月700元 and 达到1556元 are the standard's level, read as actuals", () => {
    expect(parseActuals("城乡低保标准提高到每人每月700元").actuals.map((a) => [a.metric, a.value])).toEqual([["城乡低保标准", 700]]);
    expect(parseActuals("分散供养标准达到1556元").actuals.map((a) => a.value)).toEqual([1556]);
    expect(parseActuals("城市低保标准由每人每月320元提高到330元").actuals.map((a) => a.value)).toEqual([330]);
  });
  test("a rate a scheme pays at is still no actual", () => {
    expect(parseActuals("补贴标准为每人每月150元").actuals).toEqual([]);
    expect(parseActuals("按每人每月200元的标准发放护理补贴").actuals).toEqual([]);
  });
  test("a standard met is green, one short of it is not", () => {
    expect(verdict("低保标准提高到每人每月680元", "城乡低保标准提高到每人每月700元", "2024-12-31").status).toBe("done");
    expect(verdict("低保标准提高到每人每月680元", "城乡低保标准提高到每人每月650元", "2024-12-31").status).toBe("behind");
    expect(["unknown", "not-mentioned"]).toContain(verdict("发放养老补贴300万元", "按每人每月700元的标准发放养老补贴", "2024-12-31").status);
  });
  test("每年 before a target's figure is the standard's period, not its name", () => {
    expect(parseTargets("特困人员分散供养标准达到每年5000元").targets.map((t) => t.metric)).toEqual(["特困人员分散供养标准"]);
  });
});

describe("villages are the countryside's", () => {
  test("行政村 counted for 农村…行政村 drops no narrowing word", () => {
    expect(verdict("完成农村人居环境整治行政村25个", "完成人居环境整治行政村30个", "2024-12-31").status).toBe("done");
  });
  test("a road without 农村 still may be any road", () => {
    expect(verdict("新建农村公路50公里", "新建公路60公里", "2024-12-31").status).toBe("unknown");
  });
});

describe("总数 and 总量", () => {
  test("a stock's 总数 answers its 总量", () => {
    expect(verdict("市场主体总量达到8万户", "全县市场主体总数8.3万户", "2024-12-31").status).toBe("done");
    expect(verdict("市场主体总量达到8万户", "全县市场主体总数7.6万户", "2024-12-31").status).toBe("behind");
  });
});

describe("a three-sector ratio", () => {
  const shares = (t: string) => withSectorShares([], t).map((a) => [a.metric, a.value]);
  test("三次产业结构调整为a:b:c gives each sector's share; the ratio after 由 is the base", () => {
    expect(shares("三次产业结构由2020年的12.1:40.3:47.6优化为2024年的10.2:38.5:51.3")).toEqual([
      ["第一产业增加值占比", 10.2],
      ["第二产业增加值占比", 38.5],
      ["第三产业增加值占比", 51.3],
    ]);
    expect(shares("全县三次产业比例为12.3∶45.6∶42.1").map((x) => x[1])).toEqual([12.3, 45.6, 42.1]);
  });
  test("parts that do not make 100 and a time of day are no sector ratio; the parser itself reads none", () => {
    expect(shares("三次产业结构比为9.8:35.2:53")).toEqual([]);
    expect(shares("会议于9:30:00开始")).toEqual([]);
    expect(parseActuals("三次产业结构调整为8.5:40.2:51.3").actuals).toEqual([]);
  });
  test("a sector's share target is answered by the ratio, met or not", () => {
    expect(verdict("第三产业增加值占比提高到50%", "三次产业结构调整为8.5:40.2:51.3", "2024-10-20").status).toBe("on-track");
    expect(verdict("服务业增加值占地区生产总值比重达到55%", "三次产业结构调整为8.5:40.2:51.3", "2024-10-20").status).toBe("behind");
  });
});

describe("a measure heading its groups", () => {
  const names = (t: string) => parseActuals(t).actuals.map((a) => [a.metric, a.value]);
  test("居民人均可支配收入：城镇…，农村… gives each group the measure", () => {
    expect(names("居民人均可支配收入：城镇增长5%，农村增长8.5%")).toEqual([
      ["城镇居民人均可支配收入", 5],
      ["农村居民人均可支配收入", 8.5],
    ]);
    expect(names("人均可支配收入方面，城镇居民增长5%，农村居民增长8.5%").map((x) => x[0])).toEqual(["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
  });
  test("a group's own figure is judged against the group's target, met or not", () => {
    expect(verdict("农村居民人均可支配收入增长8%", "居民人均可支配收入：城镇增长5%，农村增长8.5%", "2024-12-31").status).toBe("done");
    expect(verdict("农村居民人均可支配收入增长9%", "人均可支配收入方面，城镇居民增长5%，农村居民增长8.5%", "2024-12-31").status).toBe("behind");
  });
  test("a name that is more than a group keeps its own name", () => {
    expect(names("就业方面，城镇新增就业5000人")).toEqual([["城镇新增就业", 5000]]);
  });
});

describe("a time limit cut by a percentage", () => {
  test("缩短20%, 压缩50% and 精简30% are declines, as 压减 is", () => {
    const read = (t: string) => parseTargets(t).targets.map((x) => [x.metric, x.kind, x.cmp, x.value]);
    expect(read("行政审批办理时间缩短20%")).toEqual([["行政审批办理时间", "growth", "<=", -20]]);
    expect(read("审批时限压缩50%")).toEqual([["审批时限", "growth", "<=", -50]]);
    expect(read("企业开办时间缩短至3天")).toEqual([["企业开办时间", "level", "<=", 3]]);
  });
  test("由A缩短到B answers a cut by a percentage, met or not", () => {
    expect(verdict("办理时间缩短20%", "办理时间由平均16.1个工作日缩短到12.4个工作日", "2024-10-20").status).toBe("on-track");
    expect(verdict("办理时间缩短30%", "办理时间由平均16.1个工作日缩短到12.4个工作日", "2024-10-20").status).toBe("behind");
  });
  test("the steps of a service never answer its time, nor its time its steps", () => {
    expect(["unknown", "not-mentioned"]).toContain(verdict("审批办理时限压减30%", "审批平均办理环节压减50%", "2024-12-31").status);
    expect(["unknown", "not-mentioned"]).toContain(verdict("审批办理时限压缩30%", "审批平均办理环节由10个精简为5个", "2024-12-31").status);
    expect(verdict("审批办理时间压减30%", "审批平均办理时限压减50%", "2024-12-31").status).toBe("done");
  });
});

describe("an increase over last year is the judged figure's own", () => {
  test("比上年增加231人 after the figure answers it, not another measure's 比上年少… before it", () => {
    const v = verdict("一本上线人数比上年增加200人", "今年高考考生比上年少17101人，一本上线2445人，比上年增加231人", "2016-12-20");
    expect(v.status).toBe("on-track");
    expect(verdict("一本上线人数比上年增加300人", "今年高考考生比上年多1000人，一本上线2445人，比上年增加231人", "2016-12-20").status).toBe("behind");
  });
});

describe("a target of progress itself", () => {
  test("完成进度达到40% is met by 完成进度85.28% as the level it is, not as 85% of the target", () => {
    expect(verdict("节能目标完成进度达到40%", "节能目标完成进度85.28%", "2018-06-30").status).toBe("on-track");
    expect(verdict("节能目标完成进度达到90%", "节能目标完成进度85.28%", "2018-06-30").status).toBe("behind");
  });
});

describe("a task asking its own 考核 for a grade", () => {
  test("考核为“超额完成”等级 answers 考核达到“超额完成”等级; a lower grade is behind", () => {
    expect(verdict("节能目标责任考核达到“超额完成”等级", "经考核认定，节能目标考核为“超额完成”等级", "2024-12-20").status).toBe("done");
    expect(verdict("节能目标责任考核达到“超额完成”等级", "节能目标考核为“完成”等级", "2024-12-20").status).toBe("behind");
  });
  test("another 考核, a hope, another year or the other ladder answer nothing", () => {
    for (const text of ["环保目标考核为“超额完成”等级", "力争节能目标考核为“超额完成”等级", "2022年节能目标考核为“超额完成”等级", "节能目标考核为“优秀”等级"])
      expect(["unknown", "not-mentioned"]).toContain(verdict("节能目标责任考核达到“超额完成”等级", text, "2024-12-20").status);
  });
});
