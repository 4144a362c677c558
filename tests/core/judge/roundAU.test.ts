/**
 * Round au (branch judge-au): rules made general from the train misses of set au of the corpus
 * (tests/fixtures/metrics/corpus/pairs-au.jsonl and friends: 乡村振兴 / 巩固拓展脱贫攻坚成果 progress). Each rule is
 * tried in other words than the corpus's, with the lookalikes that must stay as they are. Such reports count the
 * projects a year's funds 实施 beside those started and finished, count monitored households and their people
 * together ("992户3925人"), and name the monitored by their classes (三类对象).
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";

const status = (task: string, progress: string, asOf: string) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, level: "县" }).verdict.status;
const actuals = (text: string) => parseActuals(text).actuals.map((a) => [a.metric, a.value, a.unit]);
const GREEN = /^(?:done|on-track)$/;

describe("works 实施 this year are not works finished", () => {
  it("never answers a task of finishing them with the number undertaken", () => {
    expect(status("衔接资金项目45个年底前全部完工", "今年下达衔接资金9800万元，实施项目45个，已开工40个", "2023-09-30")).not.toMatch(GREEN);
    expect(status("以工代赈项目12个年内建成", "全县实施以工代赈项目12个，带动务工群众600人", "2023-08-31")).not.toMatch(GREEN);
  });

  it("still answers a task of undertaking them, and 实施完成 is finishing", () => {
    expect(status("实施农村饮水巩固提升项目20个", "今年实施农村饮水巩固提升项目21个，已完工15个", "2023-09-30")).toMatch(GREEN);
    expect(status("帮扶车间项目10个年内建成", "帮扶车间项目实施完成10个", "2023-09-30")).toMatch(GREEN);
    expect(status("改造农村户厕800户", "实施农村户厕改造820户", "2023-09-30")).toMatch(GREEN);
  });
});

describe("people counted beside the households left over are left over too", () => {
  it("reads neither figure of 余下/尚未…N户M人 as done", () => {
    expect(actuals("累计消除风险3100户11200人，余下640户2310人均落实帮扶")).toEqual([
      ["消除风险", 3100, "户"],
      ["消除风险", 11200, "人"],
    ]);
    expect(actuals("已消除风险520户，尚未消除风险210户760人").map((a) => a[1])).toEqual([520]);
  });

  it("keeps a pair of households and people that is reported", () => {
    expect(actuals("新纳入监测对象86户301人").map((a) => a[1])).toEqual([86, 301]);
  });
});

describe("三类对象 names the monitored, it counts no classes", () => {
  it("reads no figure 3 out of the name", () => {
    expect(actuals("年末全县三类对象共2210户7650人").map((a) => a[2])).toEqual(["户", "人"]);
    expect(actuals("新识别两类人群420人").map((a) => a[1])).toEqual([420]);
  });

  it("still reads a count of classes that is not a group's name", () => {
    expect(actuals("排查三类问题45个").map((a) => a[1])).toContain(45);
  });
});

describe("a report's 监测对象 and 务工就业规模 stand at a date", () => {
  const kinds = (text: string) => parseActuals(text).actuals.map((a) => a.kind);

  it("reads the roll and the number at work as levels", () => {
    expect(kinds("截至6月底全县监测对象1320户")).toEqual(["level"]);
    expect(kinds("上半年脱贫劳动力务工就业规模4.6万人")).toEqual(["level"]);
  });

  it("keeps those newly added a count", () => {
    expect(kinds("上半年新纳入监测对象86户")).toEqual(["count"]);
  });
});
