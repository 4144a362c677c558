/**
 * General rules of round o of the judging corpus (issue 12), each tested on phrasings of our own (not corpus rows:
 * other metrics, other numbers, another order), with lookalikes where the rule must not fire:
 * - projects of one level (省级, 市级, 旗级重点项目) do not answer a target of another level or of the whole place
 *   (JUDGE_OTHER_LEVEL);
 * - how many of a listed whole are of a kind ("120个重点项目中，亿元以上项目80个") is no count of works started or signed
 *   (JUDGE_LIST_COMPOSITION);
 * - a count named only by its act ("已竣工12座") takes its subject from its sentence (JUDGE_ELIDED_SUBJECT);
 * - what a part adds to the whole's growth (拉动…增长2.6个百分点, 贡献率为23%) and a rate compared with an earlier period
 *   (比上半年高1.5个百分点) are not actuals;
 * - 地方公共预算收入 is the 一般公共预算收入 of the lexicon, and a name of spending (支出) never answers one of revenue
 *   (收入), nor loans deposits (found by a control of this round: "地方公共预算支出…增长9.5%" was 序时推进 for 收入).
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { isIssueCode, issueSummary } from "../../../src/core/issues";
import { metricSimilarity, parseActuals } from "../../../src/core/metrics";

const run = (task: string, progress: string, asOf: string) => judgeTask({ targetText: task, progress: { text: progress }, asOf });
const judge = (task: string, progress: string, asOf: string) => run(task, progress, asOf).verdict;
const codes = (task: string, progress: string, asOf: string) => run(task, progress, asOf).judgements.map((j) => j.code).filter(Boolean);

describe("every code round o's rules give is in the catalogue, with Chinese", () => {
  it.each(["JUDGE_OTHER_LEVEL", "JUDGE_LIST_COMPOSITION", "JUDGE_ELIDED_SUBJECT"])("%s", (code) => {
    expect(isIssueCode(code)).toBe(true);
    expect(issueSummary(code)?.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("projects of another level are a part, not the total", () => {
  it("does not take the province's listed projects for the whole county's", () => {
    // Without the rule: 40 of 150 (26.7%) against 序时 24.7% at 31 March, 序时推进 on a part.
    const task = "全县重点项目全年完成投资150亿元";
    const progress = "一季度，省级重点项目完成投资40亿元";
    expect(judge(task, progress, "2024-03-31").status).toBe("unknown");
    expect(codes(task, progress, "2024-03-31")).toContain("JUDGE_OTHER_LEVEL");
    // Another level and order: the district's target, the city's list.
    expect(judge("全区重点项目年度完成投资60亿元", "截至6月底，市重点项目累计完成投资33亿元", "2024-06-30").status).toBe("unknown");
    // A target of one level answered by another level.
    expect(judge("市级重点项目年度完成投资80亿元", "1-9月县级重点项目完成投资70亿元", "2024-09-30").status).toBe("unknown");
  });

  it("keeps figures of the same level, of the whole place, and of levels inside words", () => {
    expect(judge("市级重点项目年度完成投资80亿元", "1-9月市级重点项目完成投资70亿元", "2024-09-30").status).toBe("on-track");
    expect(judge("全市重点项目年度完成投资80亿元", "1-9月全市重点项目完成投资70亿元", "2024-09-30").status).toBe("on-track");
    expect(judge("全市重点项目年度完成投资80亿元", "1-9月全市重点项目完成投资30亿元", "2024-09-30").status).toBe("behind");
    // 城市 is no level: "城市重点项目" is the city's own kind of project, not the 市级 list.
    expect(codes("全县重点项目年度完成投资80亿元", "1-9月县城市重点项目完成投资70亿元", "2024-09-30")).not.toContain("JUDGE_OTHER_LEVEL");
    // A target with no place or level says nothing to compare with.
    expect(judge("重点项目年度完成投资80亿元", "1-9月省级重点项目完成投资70亿元", "2024-09-30").status).toBe("on-track");
  });
});

describe("how many a list holds of a kind is no count of a stage", () => {
  it("does not take the list's make-up for works started", () => {
    // Without the rule: 80 of 90 (89%) against 序时 49.7%, 序时推进.
    const task = "新开工亿元以上项目90个";
    const progress = "今年确定的120个重点项目中，亿元以上项目80个，占三分之二";
    expect(judge(task, progress, "2024-06-30").status).toBe("unknown");
    expect(codes(task, progress, "2024-06-30")).toContain("JUDGE_LIST_COMPOSITION");
    // With 其中 after a list it is set up (安排), another kind and stage.
    expect(judge("新签约工业项目40个", "全年安排招商项目60个，其中工业项目45个", "2024-06-30").status).toBe("unknown");
  });

  it("keeps a part whose sentence names the stage, and a target with no stage", () => {
    expect(judge("新开工亿元以上项目90个", "上半年新开工项目120个，其中亿元以上项目80个", "2024-06-30").status).toBe("on-track");
    expect(judge("新开工亿元以上项目90个", "120个计划新开工项目中，已开工亿元以上项目80个", "2024-06-30").status).toBe("on-track");
    expect(codes("亿元以上项目达到90个", "全市120个重点项目中，亿元以上项目80个", "2024-06-30")).not.toContain("JUDGE_LIST_COMPOSITION");
  });
});

describe("a count named only by its act takes its subject from its sentence", () => {
  it("answers a target of works to build with the finished count", () => {
    // Without the rule: 无法研判 (the 15 are 项目, 个, and "已竣工12座" has no name of its own).
    const task = "新建、改扩建污水处理厂15座";
    const progress = "15个新建、改扩建污水处理厂项目均已开工；已竣工12座";
    expect(judge(task, progress, "2024-09-30").status).toBe("on-track");
    expect(codes(task, progress, "2024-09-30")).toContain("JUDGE_ELIDED_SUBJECT");
    // Behind when the finished count is below 序时进度.
    expect(judge("新建、改扩建污水处理厂15座", "15个新建、改扩建污水处理厂项目均已开工；已竣工5座", "2024-09-30").status).toBe("behind");
  });

  it("does not fire for another act, another unit, another thing, or several targets", () => {
    // Started, not finished: the act is not the one asked for.
    expect(judge("新建、改扩建污水处理厂15座", "15个新建、改扩建污水处理厂项目已开工12座", "2024-09-30").status).not.toBe("on-track");
    // The sentence names other works: the subject is not the target's.
    expect(codes("新建、改扩建污水处理厂15座", "15个新建、改扩建垃圾中转站项目均已开工；已竣工12座", "2024-09-30")).not.toContain("JUDGE_ELIDED_SUBJECT");
    expect(judge("新建、改扩建污水处理厂15座", "15个新建、改扩建垃圾中转站项目均已开工；已竣工12座", "2024-09-30").status).not.toBe("on-track");
    // Another unit (个 for 座) is not taken.
    expect(codes("新建、改扩建污水处理厂15座", "污水处理厂项目均已开工；已竣工12个", "2024-09-30")).not.toContain("JUDGE_ELIDED_SUBJECT");
    // Two targets: which one the bare act counts cannot be told.
    expect(codes("新建污水处理厂15座、泵站10座", "污水处理厂和泵站项目均已开工；已竣工12座", "2024-09-30")).not.toContain("JUDGE_ELIDED_SUBJECT");
  });
});

describe("the lexicon: 地方公共预算收入 is 一般公共预算收入", () => {
  it("matches the shorter name and judges the growth", () => {
    expect(metricSimilarity("地方公共预算收入", "地方一般公共预算收入")).toBeGreaterThanOrEqual(0.99);
    expect(judge("地方一般公共预算收入增长8%", "1-9月全县地方公共预算收入3.2亿元，同比增长9.5%", "2024-09-30").status).toBe("on-track");
  });

  it("keeps spending apart from revenue", () => {
    expect(judge("一般公共预算收入增长8%", "1-9月地方公共预算支出12亿元，同比增长9.5%", "2024-09-30").status).not.toBe("on-track");
  });
});

describe("contributions and comparisons with an earlier period are not actuals", () => {
  const values = (text: string) => parseActuals(text).actuals.map((a) => a.value);

  it("leaves out what a part adds to the whole's growth", () => {
    // Without the rule: 3.1 (个百分点, named 拉动地区生产总值) and 41 (%) were read as actuals.
    expect(values("建筑业增加值增长9.2%，拉动地区生产总值增长3.1个百分点")).toEqual([9.2]);
    expect(values("服务业增加值增长4.8%；服务业对全区经济增长的贡献率为41%")).toEqual([4.8]);
  });

  it("leaves out a rate compared with the first half or the first three quarters", () => {
    expect(values("1-10月地区生产总值增长4.1%，比上半年高0.7个百分点")).toEqual([4.1]);
    expect(values("全年增速比前三季度低0.4个百分点，固定资产投资增长6.2%")).toEqual([6.2]);
  });

  it("keeps a rate that is the period's own, and a share that is no contribution", () => {
    expect(values("上半年规上工业增加值增长8.3%，贡献突出")).toEqual([8.3]);
    expect(values("城镇化率达到61.2%，比上年提高1个百分点")).toContain(61.2);
    expect(values("截至9月底，存款余额较上半年增长3.5%")).toContain(3.5);
  });
});
