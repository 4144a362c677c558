/**
 * Round ae (branch judge-ae): rules made general from the train misses of set ae of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ae.jsonl and friends: a city's key-project bulletin to August, a county's half-year
 * report, a 人大 review of the plan's execution, a year's 民生实事). Each rule is tried in other words than the corpus's,
 * with the lookalikes that must not turn green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict.status;
const GREEN = ["done", "on-track"];
const counts = (text: string) => parseActuals(text).actuals.filter((a) => a.unit === "个").map((a) => a.value);

describe("a group's count before the group's money as a share of its year's plan is the group, not items done", () => {
  const bulletin = "今年续建项目96个，1—9月累计完成投资41.2亿元，占年计划的71.5%；到9月底应开工的120个项目已开工97个";

  it("the count is not read as a report", () => {
    expect(counts(bulletin)).not.toContain(96);
    expect(counts("新建项目64个，1-6月完成投资12亿元，为年度计划的48%")).not.toContain(64);
    expect(status("新开工项目120个", bulletin, "2021-10-10", 2021)).not.toBe("done");
  });

  it.each([
    // The act right before the count, or 已/累计, makes it a report.
    ["全县56个重点项目开复工51个，完成投资9.8亿元，为年计划的52.1%", 51],
    ["已开工项目30个，累计完成投资8亿元，占年计划的40%", 30],
    // No share of the year's plan after it: the count stands as it was read.
    ["竣工项目42个，完成投资8亿元", 42],
  ])("%s still reports its count", (text, n) => {
    expect(counts(text)).toContain(n);
  });
});

describe("a group of several done says nothing of one named thing", () => {
  const text = "6月底前应完工的12个项目已全部完工；另有9个项目基本完工，如城南农贸市场、滨河公园等";

  it("a one-thing task is not done by the group's words", () => {
    expect(status("城南农贸市场年内完工", text, "2022-07-15", 2022)).not.toBe("done");
    expect(status("滨河公园建成开放", text, "2022-07-15", 2022)).not.toBe("done");
  });

  it.each([
    // Done words with no count before them still speak of the task.
    ["城南农贸市场年内完工", "城南农贸市场已全部完工"],
  ])("%s — %s is still done", (task, progress) => {
    expect(status(task, progress, "2022-07-15", 2022)).toBe("done");
  });
});

describe("a list with its count first and 如 before it names its items at that stage", () => {
  const bulletin = "有9个项目已提前开工，如城东污水处理厂、北关学校扩建项目等；有6个应开未开，如物流园冷链仓储项目、西站综合体项目等";

  it("an item of the started list has started; one of the 应开未开 list is behind", () => {
    expect(status("城东污水处理厂年内开工", bulletin, "2023-08-10", 2023)).toBe("done");
    expect(status("开工建设北关学校扩建项目", bulletin, "2023-08-10", 2023)).toBe("done");
    expect(status("物流园冷链仓储项目开工建设", bulletin, "2023-08-10", 2023)).toBe("behind");
  });

  it.each([
    // Started is not finished.
    ["城东污水处理厂年内建成", bulletin],
    // A thing not in the list.
    ["城西污水处理厂年内开工", bulletin],
    // 基本 is no report of the stage, nor is a plan.
    ["城东污水处理厂年内竣工", "有9个项目基本竣工，如城东污水处理厂、北关学校扩建项目等"],
    ["城东污水处理厂年内开工", "计划有9个项目提前开工，如城东污水处理厂、北关学校扩建项目等"],
    // Said not started elsewhere.
    ["城东污水处理厂年内开工", "有9个项目已提前开工，如城东污水处理厂、北关学校扩建项目等，城东污水处理厂二期尚未开工"],
  ])("%s — not done", (task, progress) => {
    expect(status(task, progress, "2023-08-10", 2023)).not.toBe("done");
  });

  it("the 应开未开 list is never green", () => {
    expect(GREEN).not.toContain(status("西站综合体项目年内开工", bulletin, "2023-08-10", 2023));
  });
});
