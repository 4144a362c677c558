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
