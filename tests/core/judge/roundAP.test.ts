/**
 * Round ap (branch judge-ap): rules made general from the train misses of set ap of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ap.jsonl and friends: year-end 民生实事 / 为民办实事 completion reports). Each rule is
 * tried in other words than the corpus's, with the lookalikes that must stay as they are. In such reports the whole list is
 * named beside the part finished, and a list's own count beside its sub-items': reading the wrong one turns a judge green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";
import { parseTargets } from "../../../src/core/metrics/parseTargets";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict.status;
const values = (text: string) => parseActuals(text).actuals.map((a) => a.value);
const targets = (text: string) => parseTargets(text).targets.map((t) => [t.value, t.unit]);
const GREEN = /^(?:done|on-track)$/;

describe("a whole list put in hand, then the part finished", () => {
  it("均已落实 / 全部开工 before 其中…已办结 restates the list: the part is what was done", () => {
    expect(values("截至年底，30项惠民实事均已落实，其中26项已办结，另4项转入明年续建")).toEqual([26, 4]);
    // As the corpus reads a stage all reached beside the part finished (a10-p01): the finished part, short of green.
    expect(values("12个项目全部开工，其中5个已完工")).toEqual([5]);
    expect(status("年内办结惠民实事30项", "截至年底，30项惠民实事均已落实，其中26项已办结，另4项转入明年续建", "2022-12-28", 2022)).not.toMatch(GREEN);
  });

  it("a list said finished keeps its count, and so does a list put in hand with no finished part after it", () => {
    expect(values("30项惠民实事已全部完成，其中12项超额完成")).toContain(30);
    expect(values("30件实事均已落实，进展顺利")).toEqual([30]);
    expect(status("年内办结惠民实事30项", "30项惠民实事已全部办结", "2022-12-28", 2022)).toBe("done");
  });
});

describe("the rest said finished, and the part set aside", () => {
  it("其余N件已办结 reports things done; a count between 除 and 外 is what is left out", () => {
    expect(values("除2项因选址调整顺延外，其余18项已完成")).toEqual([18]);
    expect(values("除按计划跨年度实施的3件外，其余47件均已办结。")).toEqual([47]);
  });

  it("the rest still under way, or finished only in a step, stays the remainder", () => {
    expect(values("已开工10个，其余3个正在施工")).toEqual([10]);
    expect(values("今年完成18项，剩余2项已完成前期工作")).toEqual([18]);
    expect(values("除春节期间外，全年完成检查120次")).toEqual([120]);
  });
});

describe("a list's count right before the count of its sub-items", () => {
  it("N项X M项具体工作: the sub-items are the task's measure", () => {
    expect(targets("年内完成15项民生工程42项具体工作")).toEqual([[42, "项"]]);
    expect(targets("办结12项为民实事36个具体项目")).toEqual([[36, "个"]]);
    expect(status("年内完成15项民生工程42项具体工作", "截至9月底，15项民生工程的42项具体工作已完成17项，其余加紧推进", "2024-10-10", 2024)).toBe("behind");
  });

  it("a list alone, a list with its 子项 or a list only named keeps what it had", () => {
    expect(targets("办好20项民心工程")).toEqual([[20, "项"]]);
    expect(targets("完成10项民生实事20个子项目")).toEqual([[10, "项"]]);
    expect(targets("今年确定20项民心工程48项具体工作")).toEqual([]);
    expect(targets("新建学校3所、新增学位3800个")).toEqual([
      [3, "所"],
      [3800, "个"],
    ]);
  });
});

describe("a bracketed list of the kinds a name covers, before its figure", () => {
  const metrics = (text: string) => parseActuals(text).actuals.map((a) => [a.metric, a.value]);
  it("glosses the name: the name is the words before it", () => {
    expect(metrics("年内各类技能培训（订单式、岗前、转岗培训）共完成3.2万人次")).toEqual([["各类技能培训", 3.2]]);
    expect(metrics("新建普惠性幼儿园（含小区配套园、乡镇中心园）8所")).toEqual([["普惠性幼儿园", 8]]);
  });

  it("a list before 分别, or after a count of the things listed, stays", () => {
    expect(metrics("城乡居民人均可支配收入（城镇、农村）分别增长5%、7%")).toEqual([
      ["城镇", 5],
      ["农村", 7],
    ]);
    expect(metrics("3个乡镇（甲镇、乙镇、丙镇）完成改厕1200户")).toEqual([
      ["乡镇", 3],
      ["改厕", 1200],
    ]);
  });
});
