/**
 * Round af (branch judge-af): rules made general from the train misses of set af of the corpus
 * (tests/fixtures/metrics/corpus/pairs-af.jsonl and friends: a city's provincial key projects to September, a county's
 * 民生实事 at the year's end, a county's statistics to November, a city's 棚改 against the tasks handed down). Each rule is
 * tried in other words than the corpus's, with the lookalikes that must not turn green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict.status;
const GREEN = ["done", "on-track"];
const values = (text: string) => parseActuals(text).actuals.map((a) => a.value);

describe("the task's own count before done words, the subject naming the task, is the whole task", () => {
  it("a count equal to the task's, of the task's named things, is done", () => {
    expect(status("完成城区为民办实事12项", "城区为民办实事12项已全部完成", "2023-01-10", 2022)).toBe("done");
  });

  it.each([
    // Another count than the task's: some of the items.
    ["办好为民办实事12项", "为民办实事5项已全部完成"],
    // A count picked out of a larger group.
    ["完成为民办实事12项", "全区为民办实事30项中12项已全部完成"],
    // A count of the task's size, of things the task does not name.
    ["完成城区道路改造12项", "为民办实事12项已全部完成"],
  ])("%s — %s is not done", (task, progress) => {
    expect(status(task, progress, "2023-01-10", 2022)).not.toBe("done");
  });
});

describe("the figure written under the target's own name comes before one under another name of the same metric", () => {
  const text = "1-10月一般公共预算收入5.2亿元，同比下降2.4%；地方财政收入3.6亿元，增长2.3%";

  it("each target takes its own name's figure", () => {
    expect(status("地方财政收入增长2%", text, "2021-11-20", 2021)).toBe("on-track");
    expect(status("一般公共预算收入增长2%", text, "2021-11-20", 2021)).toBe("behind");
  });

  it("another name of the same metric still answers when the target's own is not written", () => {
    expect(status("地方财政收入增长2%", "1-10月一般公共预算收入5.2亿元，同比下降2.4%", "2021-11-20", 2021)).toBe("behind");
  });
});

describe("the figures of a task handed down (下达) restate it", () => {
  it("a clause that only hands the task down reports nothing", () => {
    const got = values("市政府年初下达我县农村户厕改造3000户、危房改造200户");
    expect(got).not.toContain(3000);
    expect(got).not.toContain(200);
    expect(status("完成农村户厕改造3000户", "市政府年初下达我县农村户厕改造3000户、危房改造200户", "2022-05-10", 2022)).not.toBe("done");
  });

  it.each([
    // Money handed down is money received.
    ["上级下达专项资金1200万元", 1200],
    // Worked to the task, or reported in its own clause.
    ["根据省下达要求新开工安置房12000套", 12000],
    ["省下达任务1000套，已完成800套", 800],
    // The things handed down, then what became of them.
    ["中央督察组交办的12件信访案件全部办结", 12],
    ["下达的15个项目已全部开工", 15],
  ])("%s still reports %s", (text, n) => {
    expect(values(text)).toContain(n);
  });
});

describe("a start words of the list member before a figure are not the figure's act", () => {
  const text = "截至5月底已新开工安置房800套、基本建成600套";

  it("the second member answers its own stage", () => {
    expect(status("基本建成安置房500套", text, "2022-06-05", 2022)).toBe("done");
  });

  it.each([
    // A start at the head of the figure's own member still keeps it from a target of building.
    ["新建幼儿园150所", "开工新建幼儿园195所"],
    ["基本建成安置房500套", "截至5月底已新开工安置房800套"],
  ])("%s — %s is not done", (task, progress) => {
    expect(status(task, progress, "2022-06-05", 2022)).not.toBe("done");
  });
});

describe("works begun with their opening forecast after the deadline's year are behind", () => {
  it("已开始…施工 with 预计明年/后年通车 for a road to open this year", () => {
    expect(status("城东快速路年内建成通车", "城东快速路已开始主线桥墩柱施工，预计明年通车", "2023-09-20", 2023)).toBe("behind");
    expect(status("滨江大桥年内建成通车", "滨江大桥已开始引桥桩基施工，预计后年通车", "2023-09-20", 2023)).toBe("behind");
  });

  it.each([
    // Forecast within the year: a plan, neither done nor behind.
    ["城东快速路年内建成通车", "城东快速路已开始主线路面施工，预计年底通车"],
    // A later step than the task's named (预验收 for 建成投产): no finish forecast at all.
    ["啤酒厂新建项目年内建成投产", "啤酒厂新建项目正在投料试产，计划明年3月预验收"],
  ])("%s — %s is not green and not behind", (task, progress) => {
    const s = status(task, progress, "2023-09-20", 2023);
    expect(GREEN).not.toContain(s);
    expect(s).not.toBe("behind");
  });
});

describe("a date before the 、 is no list member of its own", () => {
  it("1-9月开工、改扩建… keeps its 开工 for the figure after it", () => {
    expect(status("新建、改扩建中小学2所", "1-9月开工、改扩建中小学2所", "2022-10-10", 2022)).not.toBe("done");
  });
});
