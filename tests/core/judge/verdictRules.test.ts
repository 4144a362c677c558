/**
 * The task verdict's rules against wrong greens (issue 12): a target nothing answers keeps the task from green;
 * a task with no figure and no whole-task words is 无法研判; words that say the work lags make it 进展滞后; a share of
 * the whole task is judged against 序时进度; a progress text that names the metric in the lexicon's other words is
 * 无法研判, not 未反映该指标.
 */
import { judgeTask, wholeTaskShare } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics";

const asOf = "2024-06-30";

describe("task verdict: never green without an answer", () => {
  it("is the worst judgement when one target is met and another unanswered", () => {
    const v = judgeTask({ targetText: "新增养老床位400张、建设老年助餐点5个", progress: { text: "新增养老床位420张" }, asOf }).verdict;
    expect(v.status).toBe("not-mentioned");
    expect(v.rag).not.toBe("green");
    expect(v.reason).toContain("老年助餐点");
    expect(v.reason).toContain("养老床位");
  });

  it("is 无法研判 for a qualitative task whose progress neither gives a figure nor says it is all done", () => {
    const v = judgeTask({ targetText: "推进县城污水管网改造", progress: { text: "已完成可研编制，正在开展招标" }, asOf }).verdict;
    expect(v.status).toBe("unknown");
    expect(v.label).toBe("无法研判");
    expect(judgeTask({ targetText: "推进县城污水管网改造", progress: { text: "管网改造已全部完成。" }, asOf }).verdict.status).toBe("done");
  });

  it("is 进展滞后 when the text itself says the work lags, whatever the task", () => {
    for (const text of ["截至目前进度严重滞后", "该项目推进缓慢", "列入未达序时的项目", "在省、市实事中均列为进度偏慢"]) {
      expect(judgeTask({ targetText: "推进县职业中专扩容提升", progress: { text }, asOf }).verdict.status).toBe("behind");
    }
    expect(judgeTask({ targetText: "推进县职业中专扩容提升", progress: { text: "工程不滞后，按计划推进" }, asOf }).verdict.status).not.toBe("behind");
    // An inspection's order is not the task's pace.
    expect(judgeTask({ targetText: "开展安全生产隐患排查整治", progress: { text: "检查企业40家，责令停工整改3家" }, asOf }).verdict.status).not.toBe("behind");
  });
});

describe("a share of the whole task", () => {
  it("is judged against 序时进度 when the task gives no figure", () => {
    // 30 June 2024: 182/366 = 49.7%.
    expect(judgeTask({ targetText: "确保完成财政收入年度目标", progress: { text: "上半年财政收入完成全年目标的46.2%" }, asOf }).verdict.status).toBe("behind");
    expect(judgeTask({ targetText: "确保完成财政收入年度目标", progress: { text: "上半年财政收入完成全年目标的52%" }, asOf }).verdict.status).toBe("on-track");
    expect(judgeTask({ targetText: "确保完成财政收入年度目标", progress: { text: "财政收入完成预算的107.6%" }, asOf: "2024-12-31" }).verdict.status).toBe("done");
    // The share's name may carry 累计/完成 after the metric the task names.
    expect(judgeTask({ targetText: "全年固定资产投资完成年度目标", progress: { text: "固定资产投资累计完成33.15亿元，完成全年目标的50.2%" }, asOf }).verdict.status).toBe("on-track");
  });

  it("answers every count target of the task when it opens its sentence and names no metric", () => {
    const v = judgeTask({ targetText: "建成投用中小学3所，新增学位3800个", progress: { text: "截至10月31日当前进度95%" }, asOf: "2024-10-31" });
    expect(v.judgements.map((j) => j.status)).toEqual(["on-track", "on-track"]);
    const slow = judgeTask({ targetText: "建成投用敬老院3家", progress: { text: "截至10月31日当前进度57%" }, asOf: "2024-10-31" });
    expect(slow.verdict.status).toBe("behind");
  });

  it("is not the share of the task when it is the share of something the task does not name", () => {
    const v = judgeTask({ targetText: "推进道路、电网及蒸汽管网建设", progress: { text: "道路已完成建设；电力配套工程已完成工程进度的20%" }, asOf }).verdict;
    expect(v.status).toBe("unknown");
  });

  it("is not the share of the task when the sentence names one project first", () => {
    const text = "宏学南路口袋公园已完成苗木栽植，完成进度90%，预计7月份完工";
    expect(wholeTaskShare(parseActuals(text).actuals, text)).toBeNull();
    const v = judgeTask({ targetText: "建设公园游园7处、生态街巷10条", progress: { text }, asOf });
    expect(v.judgements.every((j) => j.actual === null)).toBe(true);
  });
});

describe("mentioned, in the lexicon's words", () => {
  it("is 无法研判 when the text names the metric under its usual abbreviation without a figure", () => {
    const j = judgeTask({ targetText: "地区生产总值增长6%左右", progress: { text: "GDP保持平稳运行态势" }, asOf }).judgements[0];
    expect(j.status).toBe("unknown");
    expect(judgeTask({ targetText: "地区生产总值增长6%左右", progress: { text: "招商引资工作有序开展" }, asOf }).judgements[0].status).toBe("not-mentioned");
  });
});

describe("a rate met before its deadline (convention: on-track, done at the deadline)", () => {
  it("is 序时推进 in June and 已完成 at 31 December", () => {
    const t = "社会消费品零售总额增长6%";
    const p = { text: "社会消费品零售总额增长6.1%" };
    expect(judgeTask({ targetText: t, progress: p, asOf: "2024-06-30" }).verdict.status).toBe("on-track");
    expect(judgeTask({ targetText: t, progress: p, asOf: "2024-12-31" }).verdict.status).toBe("done");
  });
});

describe("done in words before a passed deadline", () => {
  it("is 已完成, not 已逾期, when the text says the task's own work is done", () => {
    const v = judgeTask({ targetText: "10月底之前完成腾云气体有限公司关闭退出。", progress: { text: "9月28日已完成关闭退出任务。" }, asOf: "2024-12-31" }).verdict;
    expect(v).toMatchObject({ status: "done", source: "text" });
    const late = judgeTask({ targetText: "10月底之前完成腾云气体有限公司关闭退出。", progress: { text: "正在办理关闭手续。" }, asOf: "2024-12-31" }).verdict;
    expect(late.status).toBe("overdue");
  });
});

describe("issue 12, second round: the language of parts, stages and whole-task words", () => {
  it("reads a part of the task's own total at the stage the task asks for, never another stage", () => {
    // 31 March 2024: 91/366 = 24.9%; 2 of 48 finished is 4.2%.
    const v = judgeTask({ targetText: "今年20项民心工程的48项具体工作全部完成。", progress: { text: "截至3月底，48项具体工作中2项已完成，24项已开工。" }, asOf: "2024-03-31" }).verdict;
    expect(v.status).toBe("behind");
    // 开工 never answers 完工.
    const started = judgeTask({ targetText: "实施子项1739个，年内全部完工", progress: { text: "1739个子项已开工1457个" }, asOf: "2023-07-31" }).verdict;
    expect(started.status).not.toBe("on-track");
    expect(started.status).not.toBe("done");
    // The count target itself: "14个…已全部开工" answers 14个重大项目全部开工.
    const all = judgeTask({ targetText: "上半年促开工的14个重大项目全部开工。", progress: { text: "退租改造等14个促开工重大项目已全部开工。" }, asOf: "2024-06-30" }).verdict;
    expect(all.status).toBe("done");
    // 基本完工 is not finished.
    const nearly = judgeTask({ targetText: "竣工老旧小区改造项目24个", progress: { text: "竣工任务24个中5个项目已基本完工，正在收尾" }, asOf: "2022-04-30" }).verdict;
    expect(nearly.status).not.toBe("on-track");
  });

  it("takes the items a text counts below 序时进度 as a lagging task", () => {
    const v = judgeTask({ targetText: "100项民生实事项目全部按序时推进、年底前完成", progress: { text: "1-7月份，100项民生实事项目中97个达到或超过序时进度。" }, asOf: "2023-07-31" }).verdict;
    expect(v.status).toBe("behind");
    const all = judgeTask({ targetText: "100项民生实事项目全部按序时推进、年底前完成", progress: { text: "1-7月份，100项民生实事项目中100个达到或超过序时进度。" }, asOf: "2023-07-31" }).verdict;
    expect(all.status).not.toBe("behind");
  });

  it("does not take the count of a subject for a target (370个项目完成投资…)", () => {
    const r = judgeTask({ targetText: "370个自治区重点项目全年完成投资2690亿元", progress: { text: "1-8月，370个自治区重点项目累计完成投资1803亿元，完成年计划的67%" }, asOf: "2022-08-31" });
    expect(r.targets.map((t) => t.unit)).toEqual(["亿元"]);
    expect(r.verdict.status).toBe("on-track");
  });

  it("reads the words of bulletins: 进度较慢 and 尚未开工 late in the year lag; 尚未开工 in February does not", () => {
    for (const text of ["农村道路畅通工程建设进度相对较慢", "法律援助工作完成进度较慢"])
      expect(judgeTask({ targetText: "年内完成建设任务", progress: { text }, asOf: "2017-07-31" }).verdict.status).toBe("behind");
    expect(judgeTask({ targetText: "小型病险水库除险加固工程年内完工", progress: { text: "小型病险水库除险加固尚未开工建设" }, asOf: "2017-07-31" }).verdict.status).toBe("behind");
    expect(judgeTask({ targetText: "小型病险水库除险加固工程年内完工", progress: { text: "小型病险水库除险加固尚未开工建设" }, asOf: "2017-02-28" }).verdict.status).toBe("unknown");
  });

  it("reads 已超额完成年度建设任务 and a named project 已提前完成 as the whole task done, never a count or a step", () => {
    expect(judgeTask({ targetText: "动力锂电池项目完成年度建设任务", progress: { text: "动力锂电池项目已超额完成年度建设任务" }, asOf: "2022-08-31" }).verdict.status).toBe("done");
    expect(judgeTask({ targetText: "新建项目完成年度新开工目标任务", progress: { text: "新建项目较计划时限提前一个半月完成新开工目标任务" }, asOf: "2021-11-30" }).verdict.status).toBe("done");
    expect(judgeTask({ targetText: "骏达环保项目年内建成", progress: { text: "骏达环保、智慧园区等项目已提前完成" }, asOf: "2019-09-30" }).verdict.status).toBe("done");
    // A step of the project, or a count of items, is not the project done.
    expect(judgeTask({ targetText: "骏达环保项目年内建成", progress: { text: "骏达环保项目前期手续已完成" }, asOf: "2019-09-30" }).verdict.status).not.toBe("done");
    expect(judgeTask({ targetText: "十大工程项目年内完工", progress: { text: "今年以来十大工程257个项目已完工" }, asOf: "2022-07-31" }).verdict.status).not.toBe("done");
    expect(judgeTask({ targetText: "骏达环保项目年内建成", progress: { text: "骏达环保项目尚未完成年度任务" }, asOf: "2019-09-30" }).verdict.status).not.toBe("done");
    // One of the things a task lists, done, is not the task done.
    expect(judgeTask({ targetText: "推进骏达环保项目和智慧园区项目建设", progress: { text: "骏达环保项目已完成" }, asOf: "2019-09-30" }).verdict.status).not.toBe("done");
  });

  it("does not judge a target over several years against this year's 序时进度", () => {
    const v = judgeTask({ targetText: "两年实施项目1357个", progress: { text: "今年以来257个项目已完工" }, asOf: "2022-07-31" }).verdict;
    expect(v.status).toBe("unknown");
  });

  it("dates a task for the first months (1-3月份) at the end of its last month", () => {
    const early = judgeTask({ targetText: "1-3月份完成重点工作月度任务1018项。", progress: { text: "已完成985项，未完成33项，完成率96.75%。" }, asOf: "2019-03-31" });
    expect(early.deadline).toBe("2019-03-31");
    expect(early.verdict.status).toBe("behind");
    expect(judgeTask({ targetText: "1-3月份完成重点工作月度任务1018项。", progress: { text: "已完成985项，未完成33项，完成率96.75%。" }, asOf: "2019-04-19" }).verdict.status).toBe("overdue");
  });
});

describe("issue 12, second round: listed metrics, coverage, exceptions and the words for the economy", () => {
  it("judges each metric a task lists by its own share, and a listed metric with no share keeps the task from green", () => {
    const progress = { text: "上半年工业总产值完成全年目标的50%，工业利税完成全年目标的50%。" };
    expect(judgeTask({ targetText: "工业总产值和工业利税完成年度目标。", progress, asOf: "2016-06-30" }).verdict.status).toBe("on-track");
    const three = judgeTask({ targetText: "工业总产值、工业利税和规上工业增加值完成年度目标。", progress, asOf: "2016-06-30" }).verdict;
    expect(three.status).toBe("not-mentioned");
    expect(three.reason).toContain("规上工业增加值");
    const low = judgeTask({ targetText: "工业总产值和工业利税完成年度目标。", progress: { text: "上半年工业总产值完成全年目标的30%，工业利税完成全年目标的50%。" }, asOf: "2016-06-30" }).verdict;
    expect(low.status).toBe("behind");
  });

  it("reads 投资进度 for a task to complete the year's investment, and a rate of 100% for 全覆盖", () => {
    expect(judgeTask({ targetText: "加快市级重点项目建设，完成年度投资计划", progress: { text: "1-6月市级重点项目完成投资2386亿元，投资进度52.5%" }, asOf: "2024-06-30" }).verdict.status).toBe("on-track");
    expect(judgeTask({ targetText: "加快市级重点项目建设，完成年度投资计划", progress: { text: "1-6月市级重点项目完成投资1200亿元，投资进度30.2%" }, asOf: "2024-06-30" }).verdict.status).toBe("behind");
    expect(judgeTask({ targetText: "对有课后服务需求的学生实现全覆盖。", progress: { text: "有需求学生32402人，实际参与32402人，参与率100%。" }, asOf: "2022-09-30" }).verdict.status).toBe("done");
    expect(judgeTask({ targetText: "对有课后服务需求的学生实现全覆盖。", progress: { text: "有需求学生32402人，实际参与30000人，参与率92.6%。" }, asOf: "2022-09-30" }).verdict.status).not.toBe("done");
  });

  it("takes a task named in the exception of 除…暂停外，其余均已完成 as lagging, never done", () => {
    const v = judgeTask({ targetText: "开设小学生爱心暑托班。", progress: { text: "除“小学生爱心暑托班”受疫情影响暂停外，其余项目均已提前完成年度目标任务。" }, asOf: "2022-11-30" }).verdict;
    expect(v.status).toBe("behind");
    const other = judgeTask({ targetText: "新建社区食堂10个。", progress: { text: "除“小学生爱心暑托班”受疫情影响暂停外，其余项目均已提前完成年度目标任务。" }, asOf: "2022-11-30" }).verdict;
    expect(other.status).not.toBe("behind");
  });

  it("hears 地区生产总值 in 经济运行, but not a name in pairs the text shares only across words", () => {
    const v = judgeTask({ targetText: "地区生产总值增长6.5%左右。", progress: { text: "上半年全区经济运行总体平稳，稳中有进。" }, asOf: "2017-06-30" }).verdict;
    expect(v.status).toBe("unknown");
    const r = judgeTask({ targetText: "重点项目全年完成投资2690亿元，重点项目建成投运30个", progress: { text: "1-8月重点项目累计完成投资1803亿元，完成年计划的67%" }, asOf: "2022-08-31" });
    expect(r.judgements.find((j) => /投运/.test(j.target.metric))?.status).toBe("not-mentioned");
  });
});

describe("issue 12, second round: totals restated, parts summed, words of pace", () => {
  it("takes the part done, not the total restated before it (263场…已送230场)", () => {
    // 30 September 2025: 273/365 = 74.8%; 230 of 263 is 87.5%, 263 of 263 would be a wrong 已完成.
    const v = judgeTask({ targetText: "开展送戏进万村263场", progress: { text: "截至9月底，263场送戏进万村已送230场" }, asOf: "2025-09-30" }).verdict;
    expect(v.status).toBe("on-track");
    const low = judgeTask({ targetText: "建设农村幸福院15个", progress: { text: "截至9月底，15个农村幸福院建设已完成8个" }, asOf: "2025-09-30" }).verdict;
    expect(low.status).toBe("behind");
  });

  it("never takes 已完成工程主体建设 for things built", () => {
    const v = judgeTask({ targetText: "建设农村公办幼儿园2所", progress: { text: "两所幼儿园已完成工程主体建设，累计完成项目的70%" }, asOf: "2017-08-31" }).verdict;
    expect(v.status).not.toBe("done");
  });

  it("sums the parts done or on schedule and finds the ones left lagging; a part done is not the task done", () => {
    const v = judgeTask({ targetText: "省政府民生实事45个事项全部按序时推进", progress: { text: "截至三季度末，45个事项中24个已提前完成全年任务，9个超序时进度，11个按序时推进" }, asOf: "2025-09-30" }).verdict;
    expect(v.status).toBe("behind");
    const all = judgeTask({ targetText: "省政府民生实事45个事项全部按序时推进", progress: { text: "截至三季度末，45个事项中24个已提前完成全年任务，10个超序时进度，11个按序时推进" }, asOf: "2025-09-30" }).verdict;
    expect(all.status).not.toBe("done");
    expect(all.status).not.toBe("behind");
  });

  it("reads a bare 已完工 as the task's own report, 暂缓 and 慢于序时 as lagging, 按序时推进 as on schedule", () => {
    expect(judgeTask({ targetText: "建成329国道北移工程", progress: { text: "已完工" }, asOf: "2024-12-31" }).verdict.status).toBe("done");
    expect(judgeTask({ targetText: "新章镇大桥落地建设", progress: { text: "工可报告已完成，因资金保障难度大，项目暂缓" }, asOf: "2024-12-31" }).verdict.status).toBe("behind");
    expect(judgeTask({ targetText: "设立东海分院", progress: { text: "东海分院项目进度慢于序时" }, asOf: "2020-09-30" }).verdict.status).toBe("behind");
    expect(judgeTask({ targetText: "实施职业技能提升工程", progress: { text: "职业技能提升工程正按序时推进" }, asOf: "2020-09-30" }).verdict.status).toBe("on-track");
    expect(judgeTask({ targetText: "实施职业技能提升工程", progress: { text: "职业技能提升工程未按序时推进" }, asOf: "2020-09-30" }).verdict.status).not.toBe("on-track");
    // Words of pace never outweigh a target the text leaves unanswered.
    expect(judgeTask({ targetText: "新增城镇就业8000人", progress: { text: "各项工作按序时推进" }, asOf: "2020-09-30" }).verdict.status).not.toBe("on-track");
  });

});

describe("issue 12, second round: bare verbs and the works' own progress", () => {
  it("lets a figure named only by a verb (已解决700人) answer the one target of its unit", () => {
    // 31 August 2017: 243/365 = 66.6%; 700 of 1300 is 53.8%.
    const v = judgeTask({ targetText: "农村饮用水安全巩固提升1300人", progress: { text: "1-8月已解决700人（贫困人口）的饮水问题，完成率54%" }, asOf: "2017-08-31" }).verdict;
    expect(v.status).toBe("behind");
  });

  it("judges a count of works by the slowest works' progress the text gives, never as done before 100%", () => {
    expect(judgeTask({ targetText: "改造老旧小区6个", progress: { text: "6个老旧小区改造正在施工中，工程进度90%" }, asOf: "2025-09-30" }).verdict.status).toBe("on-track");
    const roads = judgeTask({ targetText: "打通跨乡镇断头路2条", progress: { text: "甲段路基开挖，形象进度30%；乙段路基作业，形象进度45%" }, asOf: "2024-12-31" }).verdict;
    expect(roads.status).toBe("behind");
    expect(roads.reason).toContain("30%");
  });
});
