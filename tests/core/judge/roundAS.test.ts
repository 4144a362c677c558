/**
 * Round as (branch judge-as): rules made general from the train misses of set as of the corpus
 * (tests/fixtures/metrics/corpus/pairs-as.jsonl and friends: 卫生健康 and 教育 bureaus' year-end and half-year summaries).
 * Each rule is tried in other words than the corpus's, with the lookalikes that must stay as they are. Such summaries
 * are often written early in the next year (the task's year is then 去年), give death rates per thousand or per
 * 100,000 in one list under 分别, say a rate rose 由A升至B, and report satisfaction as the share of those asked.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";
import { parseTargets } from "../../../src/core/metrics/parseTargets";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year, level: "县" }).verdict.status;
const actuals = (text: string) => parseActuals(text).actuals.map((a) => [a.metric, a.value, a.unit]);
const GREEN = /^(?:done|on-track)$/;

describe("去年 in a review written early in the next year is the task's own year", () => {
  const review = "去年全县新建公办幼儿园9所，学前三年毛入园率达到91.2%，义务教育巩固率达到97.5%";

  it("answers the task of that year when the catalogue's year is the one before the as-of date", () => {
    expect(status("新建公办幼儿园8所", review, "2024-01-25", 2023)).toBe("done");
    expect(status("义务教育巩固率达到97%", review, "2024-01-25", 2023)).toBe("done");
    expect(status("学前三年毛入园率达到93%", review, "2024-01-25", 2023)).toBe("overdue");
  });

  it("stays last year's figure for a task of the as-of year, and 前年 is never the task's year", () => {
    expect(status("新建公办幼儿园8所", review, "2024-01-25", 2024)).not.toMatch(GREEN);
    expect(status("新建公办幼儿园8所", review, "2024-01-25")).not.toMatch(GREEN);
    expect(status("新建公办幼儿园8所", "前年全县新建公办幼儿园9所，今年在建3所", "2024-01-25", 2023)).not.toMatch(GREEN);
  });
});

describe("health and school rates share their whole word over a list", () => {
  it("新生儿、婴儿、5岁以下儿童死亡率分别为… names each rate in full", () => {
    expect(actuals("新生儿、婴儿和5岁以下儿童死亡率分别为1.1‰、2.4‰、3.6‰")).toEqual([
      ["新生儿死亡率", 1.1, "‰"],
      ["婴儿死亡率", 2.4, "‰"],
      ["5岁以下儿童死亡率", 3.6, "‰"],
    ]);
    expect(actuals("高血压、糖尿病患者规范管理率分别达到72%、70%").map((a) => a[0])).toEqual(["高血压规范管理率", "糖尿病患者规范管理率"]);
    expect(status("新生儿死亡率控制在2‰以内", "新生儿、婴儿和5岁以下儿童死亡率分别为1.1‰、2.4‰、3.6‰", "2024-02-20", 2023)).toBe("done");
    expect(status("5岁以下儿童死亡率控制在3‰以内", "新生儿、婴儿和5岁以下儿童死亡率分别为1.1‰、2.4‰、3.6‰", "2024-02-20", 2023)).toBe("overdue");
  });

  it("a list of names that are rates each in full stays as written", () => {
    expect(actuals("手续办结率、开复工率均达到100%").map((a) => a[0])).toEqual(["手续办结率", "开复工率"]);
    expect(actuals("城镇和农村居民人均可支配收入分别增长5.1%、6.3%").map((a) => a[0])).toEqual(["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
  });
});

describe("a rate per 100,000 (N/10万) is one unit", () => {
  it("reads the rate with its unit, in a target and in a report", () => {
    expect(actuals("全县孕产妇死亡率为8.2/10万，低于全省平均水平")).toEqual([["孕产妇死亡率", 8.2, "/10万"]]);
    const t = parseTargets("孕产妇死亡率控制在12/10万以下").targets;
    expect(t.map((x) => [x.value, x.unit, x.cmp])).toEqual([[12, "/10万", "<="]]);
    expect(status("孕产妇死亡率控制在12/10万以下", "全县孕产妇死亡率为8.2/10万，低于全省平均水平", "2024-02-20", 2023)).toBe("done");
    expect(status("孕产妇死亡率控制在12/10万以下", "全县孕产妇死亡率为14.6/10万", "2024-02-20", 2023)).not.toMatch(GREEN);
  });

  it("leaves 10万 with its own unit, and a rate per 100,000 never answers a count", () => {
    expect(actuals("全年接诊10万人次")).toEqual([["接诊", 10, "万人次"]]);
    expect(status("孕产妇系统管理人数达到10万人", "全县孕产妇死亡率为8.2/10万", "2024-02-20", 2023)).not.toMatch(GREEN);
  });
});

describe("由A升至B: the figure is named by the words before 由", () => {
  it("as 由A提高到B is", () => {
    expect(actuals("九年义务教育巩固率由93.5%升至96.8%")).toEqual([["九年义务教育巩固率", 96.8, "%"]]);
    expect(actuals("九年义务教育巩固率由93.5%上升到96.8%")).toEqual([["九年义务教育巩固率", 96.8, "%"]]);
    expect(status("九年义务教育巩固率达到96%", "九年义务教育巩固率由93.5%升至96.8%", "2024-02-20", 2023)).toBe("done");
  });

  it("a fall (由A降至B) stays a fall's reading", () => {
    expect(actuals("婴儿死亡率由4.2‰降至3.1‰")).toEqual([["婴儿死亡率", 3.1, "‰"]]);
  });
});

describe("the share of those asked who are satisfied is the satisfaction rate", () => {
  it("满意或比较满意的占N% answers 满意度 and 满意率", () => {
    expect(status("家庭医生签约居民满意度达到90%", "回访签约居民3200人，满意或比较满意的占93.6%", "2024-06-30", 2024)).toBe("on-track");
    expect(status("群众满意率达到95%", "回访群众1800人次，满意或基本满意的占91.4%", "2024-06-30", 2024)).toBe("behind");
  });

  it("those not satisfied are not the satisfied", () => {
    expect(status("群众满意率达到95%", "回访群众1800人次，不满意的占1.8%", "2024-06-30", 2024)).not.toMatch(GREEN);
  });
});
