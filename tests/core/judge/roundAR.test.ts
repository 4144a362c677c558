/**
 * Round ar (branch judge-ar): rules made general from the train misses of set ar of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ar.jsonl and friends: 招商引资 bulletins and 项目 签约/开工/投产 progress). Each rule is
 * tried in other words than the corpus's, with the lookalikes that must stay as they are. Such bulletins write a list of
 * projects with its total investment beside it, restate the task before the count done, and name projects by the programme
 * (招商项目) while the act (签约, 开工, 投产) is what tells one count from another.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";
import { parseTargets } from "../../../src/core/metrics/parseTargets";
import { shareOfRestatedTask } from "../../../src/core/judge/formsAR";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year, level: "县" }).verdict.status;
const actuals = (text: string) => parseActuals(text).actuals.map((a) => [a.metric, a.value]);
const values = (text: string) => parseActuals(text).actuals.map((a) => a.value);
const names = (text: string) => parseTargets(text).targets.map((t) => t.metric);
const GREEN = /^(?:done|on-track)$/;

describe("投资总额 right after a count of projects is their size", () => {
  it("is set aside as 总投资 is, and answers no target of investment", () => {
    expect(values("今年以来全县在建招商项目36个，投资总额128亿元，完成投资21.5亿元")).toEqual([36, 21.5]);
    expect(values("二季度新开工产业项目12项、计划投资总额45亿元")).toEqual([12]);
    expect(status("全年招商项目投资总额150亿元", "一季度全县实施招商项目42个，投资总额139亿元，到位资金11亿元", "2024-03-31", 2024)).not.toMatch(GREEN);
  });

  it("an amount named 投资总额 with no count of projects before it stays an amount", () => {
    expect(values("1—9月全社会固定资产投资总额86.4亿元，同比增长7.2%")).toEqual([86.4, 7.2]);
    expect(values("全县完成投资总额52亿元")).toEqual([52]);
  });
});

describe("an adverb of time alone names no figure", () => {
  it("任务N个，现已完成M个: the restated task names the count done", () => {
    expect(actuals("省下达新开工亿元以上项目任务12个，现已完成15个")).toEqual([["省下达新开工亿元以上项目", 15]]);
    expect(status("新开工亿元以上项目12个", "省下达新开工亿元以上项目任务12个，现已完成15个", "2023-06-30", 2023)).toBe("done");
  });

  it("a figure with a name of its own keeps it, and a task restated with no count done after it is no result", () => {
    expect(actuals("下达招商任务10个，现已签约项目7个")).toEqual([["签约项目", 7]]);
    expect(status("新开工亿元以上项目12个", "省下达新开工亿元以上项目任务12个，正在抓紧推进", "2023-06-30", 2023)).not.toMatch(GREEN);
  });
});

describe("招商项目 names the programme; the act tells the counts apart", () => {
  it("签约招商项目 keeps 签约, so 签约项目 answers it and 洽谈 or 开工 counts do not", () => {
    expect(names("年内签约招商引资项目80个")).toEqual(["签约招商引资项目"]);
    expect(names("全年开工招商项目30个")).toEqual(["开工招商项目"]);
    expect(status("年内签约招商引资项目80个", "上半年全县签约项目45个，协议总投资62亿元，已开工12个", "2024-06-30", 2024)).toBe("on-track");
    expect(status("年内签约招商项目20个", "县领导外出洽谈招商8次，签约项目3个", "2024-06-30", 2024)).toBe("behind");
  });

  it("a name that is more than the programme keeps its own words", () => {
    expect(names("引进工业招商项目15个")).toEqual(["工业招商项目"]);
    expect(names("全年新签约项目20个")).toEqual(["新签约项目"]);
  });
});

describe("the mean size of the projects counted is per project", () => {
  it("平均投资规模 after a count is set aside as 每个 is", () => {
    expect(values("前三季度新竣工亿元以上项目41个，平均投资规模2.6亿元")).toEqual([41]);
    expect(values("新签约项目58个，平均单体规模3.1亿元")).toEqual([58]);
  });

  it("a scale that is no mean stays an amount", () => {
    expect(values("全县工业投资规模达到120亿元，增长8%")).toEqual([120, 8]);
  });
});

describe("the task restated, then an amount under another name with its share of that task", () => {
  const fitOf = (task: string, progress: string) => {
    const target = parseTargets(task).targets[0];
    return shareOfRestatedTask(target, parseActuals(progress).actuals, progress)?.value ?? null;
  };

  it("the amount whose share gives back the restated figure answers the task", () => {
    const progress = "今年县里承接的招商任务是引进市外资金40亿元。截至6月底，实际到位市外项目资金14亿元，完成目标任务的35%";
    expect(fitOf("引进市外资金40亿元", progress)).toBe(14);
    expect(status("引进市外资金40亿元", progress, "2024-06-30", 2024)).toBe("behind");
  });

  it("no restated task, a share of another figure, or a rate leave the names to decide", () => {
    expect(fitOf("引进市外资金40亿元", "截至6月底，实际到位市外项目资金14亿元，完成目标任务的35%")).toBeNull();
    expect(fitOf("引进市外资金40亿元", "县里的招商任务是引进市外资金40亿元。实际到位市外项目资金14亿元，完成省下达任务的20%")).toBeNull();
    expect(fitOf("引进市外资金增长10%", "任务是市外资金增长10%，上半年增长4%，为目标的40%")).toBeNull();
  });
});

describe("a power plant connected to the grid", () => {
  const report = "引进的5万千瓦分散式风电项目和8万千瓦农光互补电站已并网发电，县城东风电场已开工建设";

  it("…已并网发电 answers a task of connecting that plant, each of the plants the clause names", () => {
    expect(status("5万千瓦分散式风电项目并网发电", report, "2024-11-30", 2024)).toBe("done");
    expect(status("8万千瓦农光互补电站年内并网发电", report, "2024-11-30", 2024)).toBe("done");
  });

  it("another plant sharing a word, another capacity, or a connection still to come is not done", () => {
    expect(status("县城东风电场年内建成并网", report, "2024-11-30", 2024)).not.toMatch(GREEN);
    expect(status("10万千瓦分散式风电项目并网发电", report, "2024-11-30", 2024)).not.toMatch(GREEN);
    expect(status("城北光伏电站年内并网发电", "城北光伏电站正在调试设备，预计12月并网发电", "2024-11-30", 2024)).not.toMatch(GREEN);
  });
});
