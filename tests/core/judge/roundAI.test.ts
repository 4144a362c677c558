/**
 * Round ai (branch judge-ai): rules made general from the train misses of set ai of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ai.jsonl and friends: documents reporting completion rates — 改厕 with a forecast
 * finish, a year book's 完成年度任务的N%, 百城建设 projects by area, 老旧小区 started against the year's task, 农村供水). Each
 * rule is tried in other words than the corpus's, with the lookalikes that must not turn green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict.status;
const GREEN = ["done", "on-track"];

describe("a requirement handed down and restated before the report is no result", () => {
  it("要求/提出 before the figure: the restated task is set aside, never read as done", () => {
    expect(status("完成农村公路改造800公里", "省政府要求完成农村公路改造800公里，目前各县正在推进", "2022-06-30")).toBe("unknown");
    expect(status("新增城镇就业1.2万人", "市委全会提出今年新增城镇就业1.2万人", "2022-09-30")).toBe("unknown");
  });

  it("按要求/根据要求 report a result done as asked", () => {
    expect(GREEN).toContain(status("完成农村公路改造800公里", "按照要求完成农村公路改造820公里", "2022-11-30"));
  });
});

describe("a count named by the task's act after the restated duty takes the duty's thing", () => {
  it("须 … ；已改造N: the count answers the task, lagging or ahead", () => {
    const text = "今年全县须完成农村危房改造1200户；截至9月30日已改造1020户，完成率85%";
    expect(status("全年完成农村危房改造1200户", text, "2022-10-08")).toBe("on-track");
    expect(status("全年完成农村危房改造1600户", text, "2022-10-08")).toBe("behind");
    expect(status("完成农村危房改造1000户", text, "2022-10-08")).toBe("done");
  });

  it("要求 … ；已新开工改造N: a share of the document's plan beside it does not decide against the amount", () => {
    const text = "省里要求新开工改造城镇老旧小区300个；1-8月全市已新开工改造240个，占年度任务的80%";
    expect(status("新开工改造城镇老旧小区300个", text, "2022-09-05")).toBe("on-track");
    expect(status("新开工改造城镇老旧小区450个", text, "2022-09-05")).toBe("behind");
  });

  it("without a duty stated before it, a bare act has no subject and answers nothing", () => {
    expect(GREEN).not.toContain(status("全年完成农村危房改造1000户", "今年以来各乡镇加快推进，截至9月30日已改造1020户", "2022-10-08"));
    // The duty names another thing: its act alone does not make the count the task's.
    expect(GREEN).not.toContain(status("全年完成农村户厕改造1000户", "今年全县须完成农村危房改造1200户；截至9月30日已改造1020户", "2022-10-08"));
  });
});

describe("a share and an amount that disagree on meeting the target: the amount decides", () => {
  it("完成年度任务的100.8% beside an amount short of the task's target is not done", () => {
    expect(status("全年新建村级卫生室52个", "全年新建村级卫生室50个，完成年度任务的104%", "2023-01-15", 2022)).toBe("overdue");
  });

  it("the share still speaks when the amount agrees with it", () => {
    expect(status("全年新建村级卫生室48个", "全年新建村级卫生室50个，完成年度任务的104%", "2023-01-15", 2022)).toBe("done");
  });
});

describe("a stage act naming a target is not a word of its subject", () => {
  it("竣工…项目N个 takes 竣工N个 whose subject the sentence names", () => {
    const text = "今年安排城市更新项目120个；截至目前在建70个、竣工40个";
    expect(status("竣工城市更新项目60个", text, "2022-07-05")).toBe("on-track");
    expect(status("竣工城市更新项目100个", text, "2022-07-05")).toBe("behind");
  });
});
