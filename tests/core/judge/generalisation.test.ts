/**
 * General rules of Chinese administrative writing found on new documents (corpus part -d, issue 12), each written as a
 * principle and tested on phrasings of our own, not on the corpus rows:
 * - a period right after a forecast word is the forecast's own period (预计上半年…), not a report that ends its reach;
 * - pollutants and energy intensity have one name in the lexicon (细颗粒物 = PM2.5, PM2.5 ≠ PM10, 能耗强度);
 * - two names that agree around one word and differ in it name two things (中转站 / 分类池, 城镇 / 农村);
 * - a time word after a counted noun (…项目年内全部开工) is not part of its name;
 * - a count before a noun whose plan or investment is the target ("43宗…项目完成年度投资计划") says whose, not how many;
 * - a total written before how many of it reached a stage ("…项目23个，已开工14个"; "已开工33个，未开工17个") is the
 *   whole, and the part is what the target's count is judged on.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { readBreakdowns } from "../../../src/core/judge/breakdowns";
import { metricSimilarity, parseActuals, parseTargets } from "../../../src/core/metrics";

describe("forecast words and their period", () => {
  it("keeps every figure after 预计 + a period a forecast, to the end of the sentence", () => {
    const r = parseActuals("预计上半年全县地区生产总值31.2亿元，同比增长4.1%");
    expect(r.actuals).toEqual([]);
    expect(r.skipped?.map((s) => s.figure)).toEqual(expect.arrayContaining(["31.2亿元", "4.1%"]));
    expect(parseActuals("预计1-9月份完成税收收入8000万元").actuals).toEqual([]);
  });

  it("still ends a forecast's reach at a later period that opens a report", () => {
    const r = parseActuals("全年预计增长6%左右，上半年完成地区生产总值52亿元");
    expect(r.actuals.map((a) => a.value)).toEqual([52]);
  });

  it("judges a forecast at the start of a report as 无法研判, not as the actual", () => {
    const v = judgeTask({ targetText: "地区生产总值增长7%", progress: { text: "预计上半年地区生产总值增长5.2%" }, asOf: "2024-06-30" }).verdict;
    expect(v.status).toBe("unknown");
  });
});

describe("the lexicon of pollutants and intensity", () => {
  it("folds chemical and Latin names, and keeps PM2.5 apart from PM10", () => {
    expect(metricSimilarity("细颗粒物浓度", "PM2.5浓度")).toBe(1);
    expect(metricSimilarity("臭氧浓度", "O3浓度")).toBe(1);
    expect(metricSimilarity("PM2.5平均浓度", "PM10平均浓度")).toBe(0);
    expect(metricSimilarity("能耗强度", "单位GDP能耗")).toBe(1);
  });

  it("answers 细颗粒物（PM2.5）浓度下降 with a PM2.5 decline, and a rise of 臭氧 against its decline target is behind", () => {
    const done = judgeTask({ targetText: "细颗粒物（PM2.5）浓度下降4%", progress: { text: "PM2.5浓度为31微克/立方米，同比下降6.2%" }, asOf: "2024-12-31" });
    expect(done.verdict.status).toBe("done");
    const up = judgeTask({ targetText: "臭氧（O3）浓度同比下降2%", progress: { text: "1-9月O3浓度为160微克/立方米，同比上升3.1%" }, asOf: "2024-09-30" });
    expect(up.verdict.status).toBe("behind");
  });
});

describe("names that differ in one word name two things", () => {
  it("scores 0 for a different head or a different qualifier around shared words", () => {
    expect(metricSimilarity("污水处理站", "污水提升泵")).toBe(0);
    expect(metricSimilarity("城镇居民人均可支配收入", "农村居民人均可支配收入")).toBe(0);
    expect(metricSimilarity("省重点项目投资", "市重点项目投资")).toBe(0);
  });

  it("does not part names that differ only in words of time or tally", () => {
    expect(metricSimilarity("重点项目年度投资", "重点项目完成投资")).toBeGreaterThan(0.3);
    expect(metricSimilarity("农村居民人均可支配收入", "农民人均可支配收入")).toBeGreaterThan(0.3);
  });

  it("never shows a task green on a figure of the other thing", () => {
    const v = judgeTask({ targetText: "新建污水处理站6座", progress: { text: "已建成污水提升泵9座" }, asOf: "2024-09-30" }).verdict;
    expect(["done", "on-track"]).not.toContain(v.status);
  });
});

describe("counted nouns, scopes and totals", () => {
  it("leaves a time word after a counted noun out of its name", () => {
    expect(parseTargets("30个乡村振兴项目年内全部开工", { year: 2024 }).targets[0].metric).toBe("乡村振兴项目");
  });

  it("reads the count before a noun whose year's plan is the target as whose plan, not as a target", () => {
    expect(parseTargets("25个市级重点项目完成年度投资计划", { year: 2024 }).targets).toEqual([]);
    const t = parseTargets("60个重点项目完成年度投资计划80亿元", { year: 2024 }).targets;
    expect(t.map((x) => [x.value, x.unit])).toEqual([[80, "亿元"]]);
    // A count whose own stage is the target stays a target.
    expect(parseTargets("25个市级重点项目全部开工", { year: 2024 }).targets.map((x) => x.value)).toEqual([25]);
  });

  it("judges such a task on the share of the plan stated for those things' investment", () => {
    const text = "市级重点项目25个，完成投资6.2亿元，完成年度计划的31%，低于序时进度18个百分点";
    const v = judgeTask({ targetText: "25个市级重点项目完成年度投资计划", progress: { text }, asOf: "2024-06-30" }).verdict;
    expect(v.status).toBe("behind");
  });

  it("reads a total written before how many of it reached a stage", () => {
    expect(readBreakdowns("产业项目18个，已开工11个")).toEqual([expect.objectContaining({ total: 18, part: 11, stage: "start" })]);
    expect(readBreakdowns("计划竣工项目40项，目前实际已竣工12项")).toEqual([expect.objectContaining({ total: 40, part: 12, stage: "finish" })]);
    expect(readBreakdowns("已开工项目21个，未开工项目9个")).toEqual([expect.objectContaining({ total: 30, part: 21, stage: "start" })]);
    // Different classifiers are not a part of a whole.
    expect(readBreakdowns("产业项目18个，已开工11处")).toEqual([]);
  });

  it("judges 全部开工 on the part started, not on the total restated", () => {
    const asOf = "2024-06-30";
    const restated = judgeTask({ targetText: "18个产业项目全部开工", progress: { text: "产业项目18个，已开工11个，开工率61.1%" }, asOf }).verdict;
    expect(restated.status).toBe("on-track");
    const lagging = judgeTask({ targetText: "18个产业项目全部开工", progress: { text: "产业项目18个，已开工5个" }, asOf }).verdict;
    expect(lagging.status).toBe("behind");
    const split = judgeTask({ targetText: "30个产业项目年内全部开工", progress: { text: "已开工项目21个，未开工项目9个" }, asOf }).verdict;
    expect(split.status).toBe("on-track");
  });
});

describe("plans named as the base of a share or a comparison", () => {
  it("reads 占年度预计投资的X% and 完成全年预期目标的X% as shares of the plan, not forecasts", () => {
    const [a] = parseActuals("1-8月重点工程完成投资12.4亿元，占年度预计投资的71.2%").actuals;
    expect(a.explicitRatio).toBeCloseTo(0.712, 6);
    expect(parseActuals("上半年完成全年预期目标的52%").actuals[0].explicitRatio).toBeCloseTo(0.52, 6);
    // A forecast stays a forecast.
    expect(parseActuals("全年预计完成投资20亿元").actuals).toEqual([]);
  });

  it("does not let 计划 in 比年度计划… reach the clauses after it as a forecast", () => {
    const r = parseActuals("管网工程完成投资0.5亿元，比年度计划高12个百分点，铺设管道30公里");
    expect(r.actuals.map((x) => x.value)).toEqual([0.5, 30]);
    expect(r.skipped?.find((s) => s.figure === "12个百分点")).toBeTruthy();
  });

  it("judges 完成年度计划投资 on an amount written against the plan (高X个百分点, 持平)", () => {
    const asOf = "2024-12-31";
    const over = judgeTask({ targetText: "实施污水管网工程，完成年度计划投资", progress: { text: "污水管网工程完成投资0.5亿元，比年度计划高12个百分点" }, asOf }).verdict;
    expect(over.status).toBe("done");
    const level = judgeTask({ targetText: "实施污水管网工程，完成年度计划投资", progress: { text: "污水管网工程完成投资0.5亿元，与年度计划持平" }, asOf }).verdict;
    expect(level.status).toBe("done");
    const under = judgeTask({ targetText: "实施污水管网工程，完成年度计划投资", progress: { text: "污水管网工程完成投资0.3亿元，比年度计划低30个百分点" }, asOf: "2024-09-30" }).verdict;
    expect(under.status).toBe("behind");
    // After a rate, the gap in points is not a share of the plan.
    const rate = judgeTask({ targetText: "固定资产投资增长9%", progress: { text: "固定资产投资增长6%，比目标低3个百分点" }, asOf: "2024-09-30" }).verdict;
    expect(rate.status).toBe("behind");
  });
});

describe("this year's figure against the same period last year", () => {
  it("reads 去年同期为… as a baseline, not as an actual", () => {
    const r = parseActuals("重污染天数为7天，去年同期为10天");
    expect(r.actuals.map((a) => a.value)).toEqual([7]);
    expect(r.skipped?.map((x) => x.figure)).toContain("10天");
  });

  it("works out the change a supervisor would, for a decline target and for points", () => {
    const asOf = "2024-09-30";
    expect(judgeTask({ targetText: "重污染天数减少20%", progress: { text: "重污染天数为7天，去年同期为10天" }, asOf }).verdict.status).toBe("on-track");
    expect(judgeTask({ targetText: "重污染天数减少20%", progress: { text: "重污染天数为9天，去年同期为10天" }, asOf }).verdict.status).toBe("behind");
    expect(judgeTask({ targetText: "优良天数比例提高3个百分点", progress: { text: "优良天数比例为82%，去年同期为80.5%" }, asOf }).verdict.status).toBe("behind");
  });

  it("keeps a change the text states itself", () => {
    const v = judgeTask({ targetText: "重污染天数减少20%", progress: { text: "重污染天数为9天，去年同期为10天，同比减少10%" }, asOf: "2024-09-30" });
    expect(v.judgements[0].actual?.value).toBe(-10);
  });
});

describe("an investment share named in other words", () => {
  it("answers 完成年度预计投资 of a programme by the share stated for that programme's investment", () => {
    const v = judgeTask({ targetText: "“美丽乡村”五大工程完成年度预计投资", progress: { text: "1-6月，“美丽乡村”五大工程项目完成投资8.2亿元，占年度预计投资的61.5%" }, asOf: "2024-06-30" }).verdict;
    expect(v.status).toBe("on-track");
  });
});

describe("a mention needs the head of the name", () => {
  it("says 未反映该指标 when the text only shares the front words of a name (the head is another thing)", () => {
    const v = judgeTask({ targetText: "新建污水处理站6座", progress: { text: "已建成污水提升泵9座，其余点位正在选址" }, asOf: "2024-09-30" }).verdict;
    expect(v.status).toBe("not-mentioned");
  });

  it("still hears a name whose head the text uses", () => {
    const v = judgeTask({ targetText: "新建污水处理站6座", progress: { text: "污水处理站选址已完成，正在招标" }, asOf: "2024-09-30" }).verdict;
    // Heard (not 未反映该指标); since set m (JUDGE_PREPARATORY_ONLY) only siting and tendering at 30 September, three
    // quarters through the year, is 进展滞后 (it was 无法研判).
    expect(v.status).toBe("behind");
    expect(v.reason).toContain("前期工作");
  });
});

/*
 * Fifth round (corpus part -f, issue 12): long rows with several targets and progress that reports several figures,
 * each under its own part of a breakdown. Phrasings of our own, not the corpus rows.
 */
describe("reading the parts of a breakdown (round f)", () => {
  it("gives a growth written 按可比价 to the amount before it", () => {
    const a = parseActuals("渔业产值12.4亿元，按可比价格计算增长6.3%").actuals;
    expect(a.map((x) => [x.metric, x.kind, x.value])).toEqual([["渔业产值", "level", 12.4], ["渔业产值", "growth", 6.3]]);
  });

  it("reads 计划新开工项目 as a kind of project when its count comes first, and keeps the count itself a plan", () => {
    const a = parseActuals("计划竣工项目42项累计完成投资18.6亿元").actuals;
    expect(a.map((x) => x.value)).toEqual([18.6]);
    expect(parseActuals("计划新开工项目45个，目前已开工31个").actuals.map((x) => x.value)).toEqual([31]);
  });

  it("gives a bare 占N% after an amount the base the list named first", () => {
    const a = parseActuals("续建项目完成投资40亿元，占年度计划的68%；新建项目完成投资12亿元，占41%").actuals;
    expect(a.map((x) => [x.value, x.explicitRatio])).toEqual([[40, 0.68], [12, 0.41]]);
    // Without a plan named first, a bare 占 is no share of a plan.
    expect(parseActuals("新建项目完成投资12亿元，占41%").actuals.every((x) => x.explicitRatio === undefined)).toBe(true);
  });

  it("does not take an average over two years for the period's growth", () => {
    const a = parseActuals("前三季度社会消费品零售总额增长9.1%，两年平均增长4.4%").actuals;
    expect(a.map((x) => x.value)).toEqual([9.1]);
  });

  it("leaves 累计 out of the name before a verb", () => {
    const a = parseActuals("续建项目60项累计完成33亿元").actuals;
    expect(a[0].metric).not.toMatch(/累计$/);
  });
});

describe("counts of items on and off schedule (round f)", () => {
  it("reads the stage before the count (中已完成或达到时序进度的N个) and 时序进度 as 序时进度", () => {
    expect(readBreakdowns("30项实事中达到时序进度的21项").map((b) => [b.total, b.part, b.stage])).toEqual([[30, 21, "schedule"]]);
    const v = judgeTask({ targetText: "30项为民实事全部达到时序进度", progress: { text: "30项实事中已完成或达到时序进度的21项，其余仍在推进" }, asOf: "2024-10-31" }).verdict;
    expect(v.status).toBe("behind");
  });

  it("makes a task behind when a bulletin counts some of its items off schedule, never done from the restated total", () => {
    const v = judgeTask({ targetText: "城东片区19个项目全部按序时推进", progress: { text: "城东片区共有项目19项，其中3项未达序时进度：A路、B桥、C泵站" }, asOf: "2024-06-30" }).verdict;
    expect(v.status).toBe("behind");
  });

  it("keeps a task to keep to schedule on-track, not done, when all its items are on schedule", () => {
    const v = judgeTask({ targetText: "产业园31个项目按序时推进", progress: { text: "产业园：项目31项，均达到序时进度" }, asOf: "2024-06-30" }).verdict;
    expect(v.status).toBe("on-track");
  });

  it("hears 时序进度 in words of pace", () => {
    const asOf = "2024-09-30";
    expect(judgeTask({ targetText: "建设城区智慧停车系统", progress: { text: "智慧停车系统等项目已达到时序进度" }, asOf }).verdict.status).toBe("on-track");
    expect(judgeTask({ targetText: "建设城区智慧停车系统", progress: { text: "智慧停车系统仅有部分进度，尚未达到时序进度" }, asOf }).verdict.status).toBe("behind");
  });

  it("counts 进场施工 as started", () => {
    expect(readBreakdowns("50个项目中38个已进场施工").map((b) => [b.total, b.part, b.stage])).toEqual([[50, 38, "start"]]);
    const v = judgeTask({ targetText: "50个村道项目年内全部开工", progress: { text: "50个项目中38个已进场施工" }, asOf: "2024-07-31" }).verdict;
    expect(v.status).toBe("on-track");
  });
});

describe("shares of plans in a multi-part task (round f)", () => {
  it("judges 甲和乙完成年度投资计划 on the shares stated for each, the lower one deciding", () => {
    const task = "文旅项目和交通项目完成年度投资计划";
    const asOf = "2024-09-30";
    const behind = judgeTask({ targetText: task, progress: { text: "文旅项目完成投资20亿元，为年投资计划的85%；交通项目完成投资9亿元，为年投资计划的61%" }, asOf }).verdict;
    expect(behind.status).toBe("behind");
    const ahead = judgeTask({ targetText: task, progress: { text: "文旅项目完成投资20亿元，为年投资计划的85%；交通项目完成投资9亿元，为年投资计划的80%" }, asOf }).verdict;
    expect(ahead.status).toBe("on-track");
  });

  it("reads the count before 年度计划投资 in a target as whose plan, not a second target", () => {
    const t = parseTargets("12项市重点项目年度计划投资30.5亿元", { year: 2024 }).targets;
    expect(t.map((x) => [x.value, x.unit])).toEqual([[30.5, "亿元"]]);
  });

  it("never takes all of a stage's plan for the year's task done", () => {
    const asOf = "2024-03-31";
    const task = "开展技能培训，帮扶创业";
    expect(judgeTask({ targetText: task, progress: { text: "一季度培训1200人次，帮扶创业88人，完成阶段目标任务的100%" }, asOf }).verdict.status).toBe("on-track");
    expect(judgeTask({ targetText: task, progress: { text: "一季度培训1200人次，帮扶创业88人，完成节点目标的70%" }, asOf }).verdict.status).toBe("behind");
  });
});

describe("targets that only a generic name tells apart (round f)", () => {
  it("says 无法研判 rather than pairing two 项目 counts by order", () => {
    const v = judgeTask({ targetText: "实施改造工程20个项目，提升工程12个项目", progress: { text: "已开工项目25个，完工项目6个" }, asOf: "2024-08-31" });
    expect(v.verdict.status).toBe("unknown");
    expect(v.judgements.every((j) => j.status === "unknown")).toBe(true);
  });
});

describe("a stage reached only nearly is a bound (round f)", () => {
  const asOf = "2024-06-30";
  it("says behind when even the nearly finished ones, all counted, stay below 序时进度", () => {
    const v = judgeTask({ targetText: "建成村级服务站40个", progress: { text: "建成任务40个中6个站点已基本完工" }, asOf }).verdict;
    expect(v.status).toBe("behind");
  });

  it("says nothing from them when counting them all would reach 序时进度", () => {
    const v = judgeTask({ targetText: "建成村级服务站40个", progress: { text: "建成任务40个中30个站点已基本完工" }, asOf }).verdict;
    expect(["unknown", "not-mentioned"]).toContain(v.status);
  });
});

describe("a single target's share of the year's task under another name (round f)", () => {
  const asOf = "2024-09-30";
  it("takes the one figure that states its share of the year's task and shares the task's name", () => {
    const v = judgeTask({ targetText: "推行“一村一品”420个村", progress: { text: "已有451个村推行“一村一品”，占年任务107.4%" }, asOf }).verdict;
    expect(v.status).toBe("done");
  });

  it("not when that figure is at another stage than the task's", () => {
    const v = judgeTask({ targetText: "新建、改扩建养老机构40所", progress: { text: "开工新建、改扩建养老机构52所，完成年度计划的130%" }, asOf }).verdict;
    expect(["done", "on-track"]).not.toContain(v.status);
  });
});

describe("places counted, then the works done at each (round f)", () => {
  it("names the figure by both halves of N个X的Y改造 and hears 推进 in a programme's name as a name", () => {
    expect(parseActuals("已完成30个老旧小区的雨污分流改造").actuals[0].metric).toBe("老旧小区雨污分流改造");
    const v = judgeTask({ targetText: "完成老旧小区雨污分流改造40个", progress: { text: "海绵城市整片推进项目已完成32个老旧小区的雨污分流改造" }, asOf: "2024-09-30" }).verdict;
    expect(v.status).toBe("on-track");
    // Still under way when 推进 is the verb.
    const w = judgeTask({ targetText: "完成老旧小区雨污分流改造40个", progress: { text: "正在推进32个老旧小区的雨污分流改造" }, asOf: "2024-09-30" }).verdict;
    expect(["done", "on-track"]).not.toContain(w.status);
  });
});

describe("counting words of different classifiers for the same things (issue 12, round 4)", () => {
  it("answers a count of roads in 条 by the same roads counted in 处 or 段", () => {
    const v = judgeTask({ targetText: "年内打通城区断头路8条", progress: { text: "已打通城区断头路8处" }, asOf: "2025-10-31" }).verdict;
    expect(v.status).toBe("done");
    const w = judgeTask({ targetText: "整治城乡黑臭河道10条", progress: { text: "完成黑臭河道整治4段" }, asOf: "2025-10-31" }).judgements[0];
    expect(w.actual?.value).toBe(4);
  });

  it("never lets a 处 of another thing answer a 条 of road (the heads differ)", () => {
    const j = judgeTask({ targetText: "年内打通城区断头路8条", progress: { text: "新建口袋公园8处" }, asOf: "2025-10-31" }).judgements[0];
    expect(j.actual).toBeNull();
    const k = judgeTask({ targetText: "年内打通城区断头路8条", progress: { text: "建成跨河桥梁等8处路桥" }, asOf: "2025-10-31" }).judgements[0];
    expect(k.actual).toBeNull();
  });
});

describe("people counted after a bare 万", () => {
  it("reads 万 before people as a count of them, in targets and in reports", () => {
    expect(parseTargets("全年帮助30万城乡居民实现稳定就业", { year: 2025 }).targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[30, "万", "count"]]);
    expect(parseActuals("今年已为12万适龄儿童接种疫苗").actuals.map((a) => [a.value, a.unit])).toEqual([[12, "万"]]);
    // An amount before a project is still a qualifier.
    expect(parseTargets("新开工3000万以上项目20个", { year: 2025 }).targets.map((t) => t.value)).toEqual([20]);
  });

  it("reads 完成N万人的…任务 as that task's figure and judges it", () => {
    const v = judgeTask({ targetText: "完成60万以上农村人口饮水提质任务", progress: { text: "全年完成72万农村人口饮水提质任务，完成5万人的搬迁安置任务" }, asOf: "2025-12-31" }).verdict;
    expect(v.status).toBe("done");
  });
});

describe("a plan restated in a report", () => {
  it("is not a word on what was done: a metric named only in the plan is 未反映该指标", () => {
    const j = judgeTask({ targetText: "为500户困难家庭发放取暖补贴300万元", progress: { text: "年初计划补贴500户、发放取暖补贴300万元，实际已走访困难家庭520户" }, asOf: "2025-12-20" });
    expect(j.judgements.find((x) => x.target.unit === "万元")?.status).toBe("not-mentioned");
  });

  it("still hears a metric the report speaks of beyond the plan", () => {
    const j = judgeTask({ targetText: "发放取暖补贴300万元", progress: { text: "年初计划发放300万元，取暖补贴正在审核发放中" }, asOf: "2025-10-20" });
    expect(j.judgements[0].status).toBe("unknown");
  });
});

describe("two amounts after a slash, and 时间过半、任务过半 for the amounts named", () => {
  it("reads 'A及B：x/y' as two targets, the second name sharing the first's front", () => {
    const r = parseTargets("税收收入及支出：56.3亿元/61.8亿元", { year: 2025 });
    expect(r.targets.map((t) => [t.metric, t.value, t.unit])).toEqual([["税收收入", 56.3, "亿元"], ["税收支出", 61.8, "亿元"]]);
    // A longer second name stands as written; units such as 微克/立方米 are not amounts.
    expect(parseTargets("进出口总额和出口额：150亿元/90亿元", { year: 2025 }).targets.map((t) => t.metric)).toEqual(["进出口总额", "出口额"]);
    expect(parseActuals("PM2.5平均浓度为31微克/立方米").actuals.map((a) => a.unit)).toEqual(["微克/立方米"]);
  });

  it("judges the named amounts 序时推进 at the half of the year, never later, never when negated", () => {
    const task = "社会消费品零售总额及网络零售额：210亿元/45亿元";
    const at = (text: string, asOf: string) => judgeTask({ targetText: task, progress: { text }, asOf }).verdict.status;
    expect(at("社会消费品零售总额和网络零售额均实现“双过半”", "2025-06-30")).toBe("on-track");
    expect(at("社会消费品零售总额和网络零售额均实现“双过半”", "2025-09-30")).toBe("unknown");
    expect(at("社会消费品零售总额和网络零售额未实现时间过半、任务过半", "2025-06-30")).toBe("unknown");
    // A metric the text does not speak of is still 未反映该指标.
    expect(at("社会消费品零售总额实现时间过半、任务过半", "2025-06-30")).not.toBe("on-track");
  });
});

describe("amounts per person, per area and per month", () => {
  it("reads 万元/人 and 亿元/平方公里 as units of their own, never as plain amounts in 元", () => {
    const r = parseTargets("开发区地均税收达到3.2亿元/平方公里，人均产值达到150万元/人", { year: 2025 });
    expect(r.targets.map((t) => [t.value, t.unit, t.base.unit])).toEqual([[3.2, "亿元/平方公里", "元/平方公里"], [150, "万元/人", "元/人"]]);
    // 150万元 of output is not an answer to 150万元/人.
    const j = judgeTask({ targetText: "人均产值达到150万元/人", progress: { text: "人均产值完成160万元" }, asOf: "2025-12-31" }).judgements[0];
    expect(j.status).not.toBe("done");
  });
});

describe("a stage written in other words", () => {
  it("hears 已完成建设工程 as 建成 works of that name", () => {
    const j = judgeTask({ targetText: "建成村级污水处理工程20处", progress: { text: "村级污水处理已完成建设工程5处，开工建设6处，准备动工9处" }, asOf: "2025-06-30" });
    expect(j.judgements[0].actual?.value).toBe(5);
    expect(j.verdict.status).toBe("behind");
  });

  it("hears 基本建成投入使用的项目有…等N个 as N projects 建成投用, the list after 有 being examples", () => {
    const j = judgeTask({ targetText: "全年建成投用产业项目12个", progress: { text: "已基本建成投入使用的项目有光伏组件项目、冷链物流项目等9个" }, asOf: "2025-09-30" });
    expect(j.judgements[0].actual?.value).toBe(9);
    expect(j.verdict.status).toBe("on-track");
  });

  it("still keeps a start apart from a completion", () => {
    const j = judgeTask({ targetText: "建成村级污水处理工程20处", progress: { text: "村级污水处理工程已开工建设12处" }, asOf: "2025-06-30" });
    expect(j.judgements[0].actual).toBeNull();
  });
});

describe("work under way named before a colon", () => {
  it("reads the figures of the list after 在建…： as under way, not built", () => {
    // Without the head these would be 1230 built (a wrong green) and 640 built.
    const j = judgeTask({ targetText: "建成安置房1200套", progress: { text: "在建安置房2个项目：安置房1230套" }, asOf: "2025-09-30" });
    expect(j.judgements[0].actual).toBeNull();
    expect(j.verdict.status).toBe("unknown");
    const k = judgeTask({ targetText: "建成安置房1200套", progress: { text: "在建安置房：北区一期安置房640套，南区二期安置房590套" }, asOf: "2025-09-30" });
    expect(k.judgements[0].actual).toBeNull();
  });

  it("ends the reach of the head at the end of the sentence", () => {
    const j = judgeTask({ targetText: "建成安置房1200套", progress: { text: "在建安置房2个项目：北区一期、南区二期。已建成安置房900套" }, asOf: "2025-09-30" });
    expect(j.judgements[0].actual?.value).toBe(900);
  });
});

describe("one thing done, named without a number", () => {
  it("answers a count of one by the report that it was built or rebuilt", () => {
    const j = judgeTask({ targetText: "新建或改扩建1所乡镇卫生院", progress: { text: "已改扩建城关乡镇卫生院，新增床位40张" }, asOf: "2025-12-31" });
    expect(j.judgements[0].actual?.value).toBe(1);
    expect(j.verdict.status).toBe("done");
  });

  it("not when the clause says the work is under way or planned, nor for counts above one", () => {
    const at = (targetText: string, text: string) => judgeTask({ targetText, progress: { text }, asOf: "2025-09-30" }).judgements[0].actual;
    expect(at("新建1所乡镇卫生院", "城关乡镇卫生院改扩建正在推进")).toBeNull();
    expect(at("新建1所乡镇卫生院", "计划改建城关乡镇卫生院")).toBeNull();
    expect(at("新建1所乡镇卫生院", "改建城关乡镇卫生院已完成主体")).toBeNull();
    expect(at("新建3所乡镇卫生院", "已改扩建城关乡镇卫生院")).toBeNull();
  });
});

describe("the share of a works' quantities", () => {
  it("answers 完成工程量X% by the works' progress in %", () => {
    const v = judgeTask({ targetText: "滨江大桥主桥完成工程量60%以上", progress: { text: "累计完成投资8.1亿元，形象进度达65%" }, asOf: "2025-12-31" }).verdict;
    expect(v.status).toBe("done");
  });
});

describe("sums of parts kept on schedule", () => {
  const task = "市重点民生项目30个全部按序时推进";
  const judge = (text: string) => judgeTask({ targetText: task, progress: { text }, asOf: "2025-09-30" });

  it("adds the parts done or on schedule: all of them is 序时推进, never 已完成", () => {
    const j = judge("截至9月底，30个项目中12个已完成年度任务，10个超序时进度，8个按序时推进");
    expect(j.verdict.status).toBe("on-track");
    expect(j.judgements[0].actual?.value).toBe(30);
  });

  it("fewer than all is 进展滞后, whatever one part alone would say", () => {
    const j = judge("截至9月底，30个项目中12个已完成年度任务，10个超序时进度，6个按序时推进");
    expect(j.verdict.status).toBe("behind");
    expect(j.judgements[0].reason).toContain("2个未达");
  });
});

describe("the works' progress written as a share of the project", () => {
  it("answers a count of works no figure answers by 累计完成项目的X%", () => {
    const at = (text: string) => judgeTask({ targetText: "建设乡镇敬老院3所", progress: { text }, asOf: "2025-06-30" }).verdict.status;
    expect(at("3所敬老院已完成主体工程，累计完成项目的60%")).toBe("on-track");
    expect(at("3所敬老院已完成主体工程，累计完成项目的30%")).toBe("behind");
  });
});

// Round g (corpus set g, documents from places new to the corpus): rules written from its train misses, tested on
// phrasings of our own.
describe("a sentence opened by 初步预计", () => {
  it("forecasts every figure in it, as 预计 alone does", () => {
    expect(parseActuals("初步预计，全年规上工业增加值增长5%；社会消费品零售总额下降2%").actuals).toEqual([]);
    expect(parseActuals("据初步预计，全年完成税收收入12.4亿元").actuals).toEqual([]);
    const v = judgeTask({ targetText: "规上工业增加值增长8%", progress: { text: "初步预计，全年规上工业增加值增长5%" }, asOf: "2024-12-31" }).verdict;
    expect(v.status).toBe("unknown");
  });

  it("leaves 初步统计 (a count made, not a forecast) an actual", () => {
    expect(parseActuals("初步统计，全年规上工业增加值增长5%").actuals.map((a) => a.value)).toEqual([5]);
  });
});

describe("a bulletin's doubt about a task", () => {
  const at = (task: string, text: string, asOf = "2024-04-30") => judgeTask({ targetText: task, progress: { text }, asOf }).verdict.status;
  it("makes the task behind when it names no figure: 完成情况不够理想, 未达预期", () => {
    expect(at("社会消费品零售总额增长7%", "社会消费品零售总额、外贸进出口等指标一季度完成情况不够理想")).toBe("behind");
    expect(at("建成城市书房5处", "城市书房建设进展不理想，受选址影响未达预期")).toBe("behind");
  });

  it("wins over a target the report only restates: 完成有一定困难", () => {
    expect(at("引进高层次人才300名", "引进高层次人才300名这项工作完成有一定困难，正在想办法", "2024-10-31")).toBe("behind");
  });

  it("is not read into 理想 alone or a negated doubt", () => {
    expect(at("引进高层次人才300名", "已引进高层次人才180名，效果理想", "2024-06-30")).toBe("on-track");
  });
});

describe("a project that could not start this year", () => {
  it("is behind once half the year has passed: 未能开工", () => {
    const v = judgeTask({ targetText: "开工建设物流园二期", progress: { text: "物流园二期因用地指标调整，今年未能开工" }, asOf: "2024-09-30" }).verdict;
    expect(v.status).toBe("behind");
  });
});

describe("counts of a plan's projects that reached a stage, written without 已", () => {
  it("reads 'N个项目开复工M个' as M of N", () => {
    const b = readBreakdowns("县本级25个项目开复工19个，开复工率76%");
    expect(b.map((x) => [x.total, x.part, x.stage])).toContainEqual([25, 19, "start"]);
  });

  it("reads '已开工M个，开工率…，尚有K个项目未开工' as M of M+K", () => {
    const b = readBreakdowns("截至5月底已开工30个，开工率75%，尚有10个项目未开工");
    expect(b.map((x) => [x.total, x.part, x.stage])).toContainEqual([40, 30, "start"]);
    const v = judgeTask({ targetText: "40个市重点项目年内全部开工", progress: { text: "截至5月底已开工30个，开工率75%，尚有10个项目未开工" }, asOf: "2024-05-31" });
    expect(v.judgements[0].actual?.value).toBe(30);
    expect(v.verdict.status).toBe("on-track");
  });

  it("pairs two targets of one generic name by their own totals, never by order", () => {
    const text = "县本级25个项目开复工19个，开复工率76%；开发区14个项目开复工5个，开复工率35.7%";
    const j = judgeTask({ targetText: "县本级25个重点项目、开发区14个重点项目年内全部开复工", progress: { text }, asOf: "2024-08-31" });
    expect(j.judgements.map((x) => x.actual?.value)).toEqual([19, 5]);
    expect(j.verdict.status).toBe("behind");
    // The same totals in the other order are still paired by total.
    const k = judgeTask({ targetText: "开发区14个重点项目、县本级25个重点项目年内全部开复工", progress: { text }, asOf: "2024-08-31" });
    expect(k.judgements.map((x) => x.actual?.value)).toEqual([5, 19]);
  });
});

describe("a subject that names every item of the task's list", () => {
  it("says the whole task is done", () => {
    const v = judgeTask({ targetText: "建成东湖、西湖两处湿地公园", progress: { text: "东湖、西湖两处湿地公园均已建成开放" }, asOf: "2024-10-31" }).verdict;
    expect(v.status).toBe("done");
    const w = judgeTask({ targetText: "改造南街、北街老旧管网", progress: { text: "南街、北街老旧管网改造工程已经完工，通过验收" }, asOf: "2024-10-31" }).verdict;
    expect(w.status).toBe("done");
  });

  it("not when it names fewer items than the task lists", () => {
    const v = judgeTask({ targetText: "改造南街、北街、中街老旧管网", progress: { text: "南街、北街老旧管网改造工程已经完工" }, asOf: "2024-10-31" }).verdict;
    expect(v.status).not.toBe("done");
  });
});

describe("period words inside a sentence", () => {
  it("takes a month's end opening a clause as the period of what follows, not a time limit", () => {
    const a = parseActuals("一季度城镇新增就业0.8万人；6月末城镇登记失业率2.1%").actuals;
    expect(a.find((x) => x.value === 2.1)?.period).toBe("6月末");
    expect(a.find((x) => x.value === 0.8)?.period).toBe("一季度");
  });

  it("does not let 截至… after a counted noun into its name", () => {
    const a = parseActuals("45个村级项目截至8月底已全部开工").actuals;
    expect(a[0]?.metric ?? "").not.toMatch(/截/);
  });
});

describe("a plain count of listed things, then how many reached a stage", () => {
  it("reads the first as the whole, not an actual", () => {
    expect(parseActuals("民生项目40个，已开工31个，完成投资2.1亿元").actuals.map((a) => a.value)).toEqual([31, 2.1]);
    expect(parseActuals("全县86个项目已开复工70个").actuals.map((a) => a.value)).toEqual([70]);
  });

  it("keeps a count already at a stage as a report", () => {
    expect(parseActuals("已开工项目12个，已完工8个").actuals.map((a) => a.value)).toEqual([12, 8]);
  });
});
