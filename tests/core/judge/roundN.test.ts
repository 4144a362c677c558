/**
 * General rules of round n of the judging corpus (issue 12), each tested on phrasings of our own (not corpus rows:
 * other metrics, other numbers, another order), with the case where the rule must not fire:
 * - one quarter or one month after the first is a part of the year, not the year so far (JUDGE_ONE_PERIOD);
 * - 复工 (works resumed) is a start stage: "续建项目86个，已复工40个" is 40 of 86, not 86;
 * - 未按期开工/竣工 and 进度不够理想 are words of lag;
 * - a year written before a finish ("2016年底前完工") is that year's end, and a year that says which things
 *   ("2022年下达的20个项目") is no deadline;
 * - no more works can be finished than were started: a started count below 序时进度 lags (JUDGE_STARTED_BOUND);
 * - one category's figure (产业发展类项目) does not answer the total of all categories (JUDGE_CATEGORY_PART);
 * - 物价 in a review is the consumer price index; 控制在…左右 is a ceiling with a tolerance;
 * - a step the target's own name counts (设计批复里程) is its metric, not a step before the work;
 * - what a programme arranges (安排…项目83个、投资104.8亿元) is a plan, not a result.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { stageOf, taskStage } from "../../../src/core/judge/breakdowns";
import { parseDeadline } from "../../../src/core/metrics";
import { isIssueCode, issueSummary } from "../../../src/core/issues";

const run = (task: string, progress: string, asOf: string) => judgeTask({ targetText: task, progress: { text: progress }, asOf });
const judge = (task: string, progress: string, asOf: string) => run(task, progress, asOf).verdict;
const codes = (task: string, progress: string, asOf: string) => run(task, progress, asOf).judgements.map((j) => j.code).filter(Boolean);

describe("every code round n's rules give is in the catalogue, with Chinese", () => {
  it.each(["JUDGE_ONE_PERIOD", "JUDGE_STARTED_BOUND", "JUDGE_CATEGORY_PART"])("%s", (code) => {
    expect(isIssueCode(code)).toBe(true);
    expect(issueSummary(code)?.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("one quarter or one month is a part of the year", () => {
  it("takes the year-to-date figure the same text gives, not the quarter's own", () => {
    // Without the rule: 400 of 3000 (13%) against 序时 50%, 进展滞后 on the quarter alone.
    const v = judge("全年完成植树造林3000亩", "二季度完成植树造林400亩，截至6月底累计完成植树造林1600亩", "2024-06-30");
    expect(v.status).toBe("on-track");
    // Another order and unit: the month first, the year so far after it.
    expect(judge("全年完成污水管网改造80公里", "10月份完成污水管网改造6公里，1-10月累计完成70公里", "2024-10-31").status).toBe("on-track");
  });

  it("answers honestly when the text gives only a later month's figure", () => {
    const task = "全年完成固定资产投资50亿元";
    const progress = "10月份完成固定资产投资3.2亿元";
    expect(judge(task, progress, "2024-10-31").status).toBe("unknown");
    expect(codes(task, progress, "2024-10-31")).toContain("JUDGE_ONE_PERIOD");
  });

  it("leaves a target of that quarter itself, the first quarter, and a part that alone reaches the target", () => {
    expect(judge("二季度完成植树造林500亩", "二季度完成植树造林520亩", "2024-06-30").status).toBe("done");
    // Hunt 11 (session 18): planting with no season word is read as spring (JUDGE_SEASONAL), so 植树造林 at 31 March is no
    // longer behind; the first quarter read as the year so far is shown on other works.
    expect(judge("全年新建户厕3000户", "一季度新建户厕300户", "2024-03-31").status).toBe("behind");
    expect(judge("全年完成植树造林3000亩", "一季度完成植树造林300亩", "2024-03-31").status).toBe("unknown");
    expect(judge("全年发放寄宿生生活补助1200人", "9月份完成寄宿生生活补助1350人", "2024-09-30").status).toBe("done");
    // The year-to-date figure of another thing is not taken for it.
    expect(judge("全年新增城镇就业9000人", "三季度新增城镇就业2000人，截至9月底累计开展职业技能培训9500人", "2024-09-30").status).not.toBe("done");
  });
});

describe("复工 is a start stage", () => {
  it("reads the part resumed of the works listed, not the list", () => {
    expect(stageOf("已复工")).toBe("start");
    expect(stageOf("未复工")).toBeNull();
    expect(taskStage("续建项目86个全部复工")).toBe("start");
    // Without the rule: the restated 86 answers 86, 已完成 (a wrong green).
    expect(judge("续建项目86个全部复工", "续建项目86个，已复工40个，未复工46个", "2024-06-30").status).toBe("behind");
    expect(judge("续建工程52项全部复工", "续建工程52项，目前已经复工50项", "2024-04-30").status).toBe("on-track");
  });
});

describe("words of lag: 未按期, 进度不够理想", () => {
  it("makes a task with no comparable figure lag", () => {
    // Without the rule: 无法研判 / 未反映该指标.
    expect(judge("全年新开工产业项目60个", "1-9月计划开工45个，实际开工42个，3个项目未按期开工", "2024-09-30").status).toBe("behind");
    expect(judge("市妇幼保健院迁建项目年内竣工", "未按期竣工的项目有3个，为市妇幼保健院迁建、城东污水厂扩建、体育中心改造", "2024-11-30").status).toBe("behind");
    expect(judge("全年改造农村公路500公里", "农村公路改造工程总体进度不够理想", "2024-08-31").status).toBe("behind");
  });

  it("does not fire on their negation or on praise", () => {
    expect(judge("全年新开工产业项目60个", "计划开工的产业项目无未按期开工情况", "2024-09-30").status).not.toBe("behind");
    expect(judge("全年改造农村公路500公里", "农村公路改造总体进度理想", "2024-08-31").status).not.toBe("behind");
  });
});

describe("years in a task text", () => {
  it("takes a year written before a finish as that year's end", () => {
    // Without the rule: 2019-12-31 (the bare 年底 of the year judged).
    expect(parseDeadline("城南堤防加固工程2016年底前完工", 2019)).toBe("2016-12-31");
    expect(judge("城南堤防加固工程2016年底前完工", "城南堤防加固工程至今仍未完工", "2019-10-31").status).toBe("overdue");
    expect(parseDeadline("今年年底前完成老旧小区改造", 2024)).toBe("2024-12-31");
  });

  it("does not read a year that says which things as their deadline", () => {
    // Without the rule: 2022-12-31, so a task reported done in 2023 was 已逾期.
    expect(parseDeadline("2022年下达的20个中央预算内项目全部开工", 2023)).toBeNull();
    expect(judge("2022年续建、新建的16个水利项目全部开复工", "2022年续建、新建的16个水利项目已全部开复工", "2023-09-30").status).toBe("done");
    expect(parseDeadline("2025年建成区域医疗中心", 2024)).toBe("2025-12-31");
  });
});

describe("started works bound the finished ones", () => {
  it("lags when even the started count is below 序时进度", () => {
    // Without the rule: 无法研判 (开工不是建成).
    const task = "年内建成村级养老服务站40个";
    const progress = "村级养老服务站已开工12个";
    expect(judge(task, progress, "2024-09-30").status).toBe("behind");
    expect(codes(task, progress, "2024-09-30")).toContain("JUDGE_STARTED_BOUND");
    expect(judge("全年新建口袋公园25处", "口袋公园开工8处，占年计划的32%", "2024-08-31").status).toBe("behind");
  });

  it("says nothing when the started count is ahead, and leaves a programme of projects alone", () => {
    expect(judge("年内建成村级养老服务站40个", "村级养老服务站已开工35个", "2024-09-30").status).not.toBe("behind");
    expect(judge("全年实施重点建设项目120个", "一季度新开工项目20个", "2024-03-31").status).not.toBe("behind");
  });
});

describe("one category is not the total", () => {
  it("does not judge a total on one category's figure", () => {
    // Without the rule: 40 of 300 against 序时 50%, 进展滞后 on a part.
    const task = "全年重点项目完成投资300亿元";
    const progress = "上半年产业发展类项目完成投资40亿元";
    expect(judge(task, progress, "2024-06-30").status).toBe("unknown");
    expect(codes(task, progress, "2024-06-30")).toContain("JUDGE_CATEGORY_PART");
  });

  it("judges a category's own target on its figure", () => {
    expect(judge("产业发展类项目完成投资100亿元", "上半年产业发展类项目完成投资20亿元", "2024-06-30").status).toBe("behind");
    expect(judge("全年重点项目完成投资300亿元", "上半年重点项目完成投资100亿元", "2024-06-30").status).toBe("behind");
  });
});

describe("prices and ceilings with 左右", () => {
  it("reads 物价 as the consumer price index and 控制在…左右 as a ceiling", () => {
    // Without the rules: 未反映该指标; then 进展滞后 (2.9 "below" 3.5左右).
    expect(judge("居民消费价格涨幅控制在3%左右", "全年物价上涨2.1%", "2024-12-31").status).toBe("done");
    expect(judge("居民消费价格涨幅控制在3%左右", "居民消费价格上涨2.4%", "2024-12-31").status).toBe("done");
    expect(judge("城镇调查失业率控制在5.5%左右", "城镇调查失业率4.9%", "2024-12-31").status).toBe("done");
  });

  it("keeps a plain 左右 target two-sided and a ceiling missed a miss", () => {
    expect(judge("地区生产总值增长6%左右", "地区生产总值增长4.1%", "2024-12-31").status).toBe("behind");
    expect(judge("居民消费价格涨幅控制在3%左右", "物价上涨3.9%", "2024-12-31").status).toBe("behind");
  });
});

describe("a step the target counts", () => {
  it("answers a target whose name is the step", () => {
    // Without the rule: the step was dropped as work before the target's (无法研判).
    expect(judge("完成农村供水工程设计批复120处", "已完成设计批复的农村供水工程135处", "2024-10-31").status).toBe("done");
  });
  it("still drops a step for a target of the works", () => {
    expect(judge("新建学校3所", "已完成设计3所", "2024-06-30").status).not.toBe("done");
  });
});

describe("what is arranged is a plan", () => {
  it("does not judge investment done on the amounts a programme arranges", () => {
    // Without the rule: 进展滞后 on 21.5 of 260 (the plan of one quarter taken as investment made).
    expect(["unknown", "not-mentioned"]).toContain(judge("全年重点项目完成投资260亿元", "二季度攻坚行动安排新开工项目30个、投资21.5亿元，续建项目52个、投资40.2亿元", "2024-04-15").status);
  });

  it("keeps funds allotted and what was done after the arrangement", () => {
    expect(judge("安排衔接推进乡村振兴补助资金3000万元", "已安排衔接推进乡村振兴补助资金3200万元", "2024-06-30").status).toBe("done");
    expect(judge("全年新开工项目60个", "今年共安排新开工项目60个，截至6月底已开工38个", "2024-06-30").status).toBe("on-track");
  });
});
