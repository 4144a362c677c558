/**
 * Round aa (branch judge-aa): rules made general from the train misses of set aa of the corpus
 * (tests/fixtures/metrics/corpus/pairs-aa.jsonl and friends: a district's 计划执行情况, a town's year and half-year reports,
 * a 农业农村局's year-end summary, a 住建局's summary, a county's 督查通报 and key-project news). Each rule is tried in other
 * words than the corpus's, with the lookalikes that must not turn green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals, parseDeadline } from "../../../src/core/metrics";

const judge = (task: string, progress: string, asOf: string, year?: number) => judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict.status;
const GREEN = ["done", "on-track"];
const actuals = (text: string) => parseActuals(text).actuals.map((a) => [a.metric, a.value, a.unit]);

describe("a year's review whose figures are all forecast, beside the plan they are a share of, tells no result", () => {
  it.each([
    ["地区生产总值500亿元", "据初步预计，全县地区生产总值468亿元，为年计划500亿元的93.6%，增长3.2%"],
    ["规上工业总产值120亿元", "初步预计，规上工业总产值112亿元，为年计划120亿元的93.3%"],
    // A forecast above the plan is no result either: never green.
    ["地区生产总值500亿元", "据初步预计，全县地区生产总值520亿元，为年计划500亿元的104%，增长6.1%"],
  ])("%s ⟵ %s: 无法研判, not 逾期", (task, progress) => {
    expect(judge(task, progress, "2025-02-10", 2024)).toBe("unknown");
  });

  it("the same figures reported, not forecast, are a miss", () => {
    expect(judge("地区生产总值500亿元", "全县地区生产总值468亿元，为年计划500亿元的93.6%，增长3.2%", "2025-02-10", 2024)).toBe("overdue");
  });
});

describe("a count due inside the year, read after its date, that the text's own rate shows reached in full", () => {
  it.each([
    ["8个省级重点项目5月底前全部开工", "8个省级重点项目开工率100%，完成投资3.1亿元"],
    ["10个县级重点项目6月底前全部开复工", "10个县级重点项目开复工率100%，累计完成投资2.4亿元"],
  ])("%s ⟵ %s: done", (task, progress) => {
    expect(judge(task, progress, "2024-07-08")).toBe("done");
  });

  it.each([
    // The rate short of full.
    ["8个省级重点项目5月底前全部开工", "8个省级重点项目开工率87.5%，完成投资3.1亿元"],
    // A count that may be the target restated, with work left undone.
    ["8个省级重点项目5月底前全部开工", "8个省级重点项目已开工，尚有1个未开工"],
    // A rate, not a count: a part of the year is no result of the target.
    ["上半年规上工业增加值增长8%", "1-5月规上工业增加值增长9.2%"],
    // A rate in full, but a word of work left.
    ["12个新建项目6月底前全部开复工", "12个新建项目开复工率100%，仍有2个项目未完成征地"],
  ])("%s ⟵ %s: never green", (task, progress) => {
    expect(GREEN).not.toContain(judge(task, progress, "2024-07-08"));
  });
});

describe("a bulletin's count of items that reached the plan's schedule (达到计划进度)", () => {
  it("some short of it: the task to keep them all to schedule lags", () => {
    expect(judge("30个重点工程均达到计划进度", "30个重点工程中达到和基本达到计划进度的24个，占80%", "2024-05-31")).toBe("behind");
    expect(judge("16个产业项目均达到计划进度", "16个产业项目中达到计划进度的15个", "2024-05-31")).toBe("behind");
  });

  it("all of them: on schedule, not done", () => {
    expect(judge("16个产业项目均达到计划进度", "16个产业项目中达到计划进度的16个", "2024-05-31")).toBe("on-track");
  });

  it.each([
    // Those that did not reach it are no part on schedule.
    ["30个重点工程均达到计划进度", "30个重点工程中未达到计划进度的6个"],
    ["30个重点工程均达到计划进度", "30个重点工程中没有达到计划进度的24个"],
  ])("%s ⟵ %s: never green", (task, progress) => {
    expect(GREEN).not.toContain(judge(task, progress, "2024-05-31"));
  });
});

describe("a count that is itself a report, then how many of it reached a stage (其中)", () => {
  it("contracts signed, then how many started: two reports", () => {
    expect(actuals("今年以来签订投资协议25个，其中已开工11个")).toEqual([
      ["签订投资协议", 25, "个"],
      ["开工", 11, "个"],
    ]);
    expect(judge("全年签订投资协议40个", "今年以来签订投资协议25个，其中已开工11个", "2024-06-30")).toBe("on-track");
    expect(judge("全年签订投资协议60个", "今年以来签订投资协议25个，其中已开工11个", "2024-06-30")).toBe("behind");
  });

  it("a programme's count, then how many of it are done: the programme's count is no result", () => {
    expect(actuals("新改扩建学校21所，其中9所已完成").map((a) => a[1])).not.toContain(21);
    expect(GREEN).not.toContain(judge("新改扩建学校21所", "新改扩建学校21所，其中9所已完成", "2024-06-30"));
  });
});

describe("实际 before a name of its own reports that metric, not the figure before it", () => {
  it("what was signed, then what arrived", () => {
    expect(actuals("协议金额8600万元，实际到位资金5200万元")).toEqual([
      ["协议金额", 8600, "万元"],
      ["实际到位资金", 5200, "万元"],
    ]);
    expect(judge("实际到位资金1亿元", "协议金额8600万元，实际到位资金5200万元", "2024-06-30")).toBe("on-track");
    expect(judge("实际到位资金1.2亿元", "协议金额8600万元，实际到位资金5200万元", "2024-06-30")).toBe("behind");
  });

  it.each([
    // A plan, then what was done of it: the plan is the target restated.
    ["计划打造示范点82家，实际投入运营118家", 82],
    ["年度目标任务5000万元，实际到位资金4000万元", 5000],
  ])("%s: %d is no result", (text, restated) => {
    expect(actuals(text).map((a) => a[1])).not.toContain(restated);
  });
});

describe("a month before a verb of going into use is when it is due", () => {
  it.each([
    ["储能电站项目10月投产", "2024-10-31"],
    ["新建道路预计9月通车", "2024-09-30"],
    ["污水处理厂11月投运", "2024-11-30"],
  ])("%s → %s", (text, date) => {
    expect(parseDeadline(text, 2024)).toBe(date);
  });

  it.each(["1-8月投产项目12个", "截至8月投产项目5个", "每年8月开通"])("%s: a period or a frequency, no deadline", (text) => {
    expect(parseDeadline(text, 2024)).toBeNull();
  });
});

describe("the 目前 inside 项目前期 is no word of report", () => {
  it("a plan of a project's preparatory funds stays a plan", () => {
    expect(parseActuals("1-9月计划重大建设项目前期工作经费3亿元").actuals).toEqual([]);
    expect(GREEN).not.toContain(judge("重大建设项目前期工作经费3亿元", "1-9月计划重大建设项目前期工作经费3亿元", "2024-09-30"));
    expect(parseActuals("城建项目前置审批费用2000万元").actuals.map((a) => a.period)).not.toContain("目前");
  });

  it("目前 as a word still reports, and still dates its figure", () => {
    expect(parseActuals("计划完成项目前期经费3亿元，目前已拨付1.2亿元").actuals.map((a) => [a.value, a.period])).toEqual([[1.2, "目前"]]);
  });
});

describe("建设项目 is a noun, not the act a target asks for", () => {
  it("an earlier act before the projects' funds is another act's figure", () => {
    expect(GREEN).not.toContain(judge("重大建设项目前期工作经费3亿元", "1-9月开工重大建设项目前期工作经费3亿元", "2024-09-30"));
    expect(GREEN).not.toContain(judge("省级建设项目补助资金2亿元", "1-9月签约省级建设项目补助资金2亿元", "2024-09-30"));
  });

  it("the funds themselves still answer it, and a target that asks to start construction projects is still answered by starting them", () => {
    expect(judge("重大建设项目前期工作经费3亿元", "1-9月重大建设项目前期工作经费3亿元", "2024-09-30")).toBe("done");
    expect(judge("开工建设项目12个", "1-9月开工建设项目12个", "2024-09-30")).toBe("done");
  });
});

describe("a name that ends in 建设项目 may still ask for building them", () => {
  it("projects to start, answered by how many started", () => {
    expect(judge("B类重点建设项目40项（续建30项、新建10项）年内全部开复工", "截至8月底，B类重点建设项目40项，已开复工35项，完成投资60.2亿元", "2024-08-31")).toBe("on-track");
  });
});
