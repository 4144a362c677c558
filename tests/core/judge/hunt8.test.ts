/**
 * Hunt 8: hand probes written as a new user would try them, each family with lookalikes that must stay as they are.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { isGreen } from "./hunt";

const judge = (target: string, text: string, asOf = "2024-06-30") => judgeTask({ targetText: target, progress: { text }, asOf });

describe("a project's total investment is its size, not the amount invested (JUDGE_TOTAL_INVESTMENT)", () => {
  it.each([
    ["完成投资20亿元", "XX项目总投资35亿元，目前正在进行主体施工"],
    ["完成投资20亿元", "总投资35亿元的XX项目已开工"],
    ["完成固定资产投资20亿元", "计划总投资35亿元的XX项目已开工"],
    ["完成投资20亿元", "投资35亿元的XX项目已开工建设"],
  ])("%s | %s says the figure is the project's total", (target, text) => {
    const j = judge(target, text).judgements[0];
    expect(j.status).toBe("unknown");
    expect(j.code).toBe("JUDGE_TOTAL_INVESTMENT");
    expect(j.reason).toContain("「35亿元」是项目总投资");
    expect(j.reason).not.toMatch(/没有可与目标比较的数字|进展中没有该指标的数字/);
    expect(j.ratio ?? null).toBeNull();
  });

  it("after the deadline the task is still overdue, the reason as plain", () => {
    const t = judge("2024年完成投资20亿元", "XX项目总投资35亿元，已开工建设", "2025-02-01");
    expect(t.verdict.status).toBe("overdue");
    expect(t.judgements[0].reason).toContain("是项目总投资");
  });

  it("an amount done beside the total is judged as before", () => {
    const j = judge("完成投资20亿元", "总投资35亿元的XX项目已开工，完成投资8亿元").judgements[0];
    expect(j.status).toBe("behind");
    expect(j.actual?.value).toBe(8);
    expect(j.code).toBeUndefined();
  });

  it.each([
    // A target of investment won or signed: a 总投资 is its own figure (a description the corpus leaves 无法研判), not this rule's.
    ["招引项目50个，总投资100亿元", "招引项目52个，总投资115亿元"],
    // No total in the progress: the plain words stay.
    ["完成投资20亿元", "XX项目已开工建设"],
  ])("%s | %s is not this rule's", (target, text) => {
    expect(judge(target, text).judgements.some((j) => j.code === "JUDGE_TOTAL_INVESTMENT")).toBe(false);
  });
});

describe("part done and the rest under way, the counted noun alone after the number", () => {
  it.each([
    ["完成5个村污水管网建设", "已完成3个村，其余2个村正在施工"],
    ["完成5个村污水管网建设", "3个村已完成，其余2个村正在施工"],
    ["完成5个村污水管网建设", "已完成3个村污水管网建设，其余2个村正在施工"],
    ["完成10个社区老旧小区改造", "已完成6个社区，其余4个社区正在施工"],
  ])("%s | %s reads the part done", (target, text) => {
    const early = judge(target, text, "2024-06-30").judgements[0];
    expect(early.actual?.value).toBe(target.includes("10个") ? 6 : 3);
    expect(early.status).toBe("on-track");
    expect(judge(target, text, "2024-10-31").verdict.status).toBe("behind");
  });

  it.each([
    // The rest after a count that is not reported done: the count is the total (the rest is of it), not what was done.
    ["新建学校6所", "新建学校6所，其余2所正在施工"],
    ["新建学校6所", "已新建学校6所，剩余2所在建"],
    ["完成5个村污水管网建设", "完成5个村污水管网建设，其余2个村正在施工"],
  ])("%s | %s: a total with the rest under way is not green (WEAK_STEP_ONLY)", (target, text) => {
    expect(isGreen(target, text, "2024-09-30")).toBe(false);
    expect(judge(target, text, "2024-09-30").judgements[0].code).toBe("WEAK_STEP_ONLY");
  });

  it.each([
    // A note of another year after the counted noun (the noun between the figure and the note).
    ["完成5个村污水管网建设", "已完成5个村（2023年度）"],
    ["完成5个村污水管网建设", "已完成5个村污水管网建设（2023年度）"],
    ["完成5个村污水管网建设", "已完成5个村污水管网建设（含2023年结转3个）"],
  ])("%s | %s: a note of another year is no result of this year", (target, text) => {
    expect(isGreen(target, text, "2024-09-30")).toBe(false);
  });

  it("a note of this year leaves the count as it is", () => {
    expect(judge("完成5个村污水管网建设", "已完成5个村污水管网建设（2024年度）", "2024-09-30").verdict.status).toBe("done");
  });

  it("a count reported done keeps its reading with the rest under way", () => {
    const j = judge("淘汰燃煤锅炉120台", "已淘汰燃煤锅炉97台，其余23台正在拆除", "2024-11-30").judgements[0];
    expect(j.actual?.value).toBe(97);
    expect(j.status).toBe("behind");
  });

  it("after the deadline it is overdue, never done", () => {
    expect(judge("2024年完成5个村污水管网建设", "已完成3个村，其余2个村正在施工", "2025-01-15").verdict.status).toBe("overdue");
  });

  it.each([
    // Another act on the villages, more words after the noun, another name: none answers the works.
    ["完成5个村污水管网建设", "已走访5个村"],
    ["完成5个村污水管网建设", "已完成5个村的摸底调查"],
    ["完成5个村污水管网建设", "已完成5个村庄规划"],
    // Two targets counting the same noun: the bare count answers neither.
    ["完成5个村污水管网建设，5个村道路硬化", "已完成5个村"],
    // The noun counted under way only.
    ["完成5个村污水管网建设", "5个村正在施工"],
    // A count named only by 建成, its subject nowhere in the text: held (round o's JUDGE_ELIDED_SUBJECT takes the subject
    // from its sentence; taking any single target would also answer "…垃圾中转站项目均已开工；已竣工12座" for 污水处理厂).
    ["完成5个村污水管网建设", "已建成5个，正在验收"],
  ])("%s | %s stays not green", (target, text) => {
    expect(isGreen(target, text, "2024-06-30")).toBe(false);
  });
});

/**
 * Decision (hunt 8): for a target to build new things (新建学校15所), handing them over (交付, 交房) or putting them in use
 * (投用) is the act that completes them, as 竣工 and 建成 are. A restated total with no finishing act of its own ("新建学校15所",
 * 新建 is the programme's word) followed by a smaller count handed over reads that count done of the total: 6 of 15. A total
 * with its own finishing act (完成棚户区改造800套，已交付520套) stays a result, as huntLead14.test.ts has it.
 */
describe("a new-build total, then a smaller count handed over", () => {
  it.each([
    ["新建学校15所", "新建学校15所，已交付6所", 6],
    ["新建学校15所", "已新建学校15所，已交付6所", 6],
    ["新建学校15所", "新建学校15所，已投用6所", 6],
    ["新建安置房800套", "新建安置房800套，已交房320套", 320],
  ])("%s | %s reads the part handed over", (target, text, part) => {
    const j = judge(target, text, "2024-09-30").judgements[0];
    expect(j.actual?.value).toBe(part);
    expect(j.status).toBe("behind");
    expect(isGreen(target, text)).toBe(false);
  });

  it.each([
    ["新建学校15所", "已交付学校15所"],
    ["新建学校15所", "新建学校15所，已全部交付"],
    ["完成棚户区改造800套", "完成棚户区改造800套，已交付520套"],
  ])("%s | %s stays done", (target, text) => {
    expect(judge(target, text).verdict.status).toBe("done");
  });
});

describe("round w's misses, in words of our own", () => {
  it("a stage word before a sector and 项目 stays in the target's name", () => {
    const t = judge("8个市重点新开工交通项目年内全部开工", "市重点交通项目中8个新开工项目已有4个开工建设", "2024-04-20");
    expect(t.targets[0].metric).toBe("市重点新开工交通项目");
    expect(t.verdict.status).toBe("on-track");
    // Another level's projects still answer nothing.
    expect(isGreen("8个市重点新开工交通项目年内全部开工", "省重点交通项目中8个新开工项目已有4个开工建设", "2024-04-20")).toBe(false);
  });

  const quarterText = "一季度全区90个重点项目完成投资40亿元，为年度计划的20%。40个新开工项目中15个已开工，完成投资12亿元，为年度计划的12%；50个续建项目完成投资28亿元，为年度计划的28%";

  it("a text headed by 一季度 gives that period to the sentences after its full stop, and a 续建 target takes the 续建 figure", () => {
    const j = judge("区重点续建项目年度完成投资100亿元", quarterText, "2024-04-20").judgements[0];
    expect(j.actual?.value).toBe(28);
    expect(j.actual?.period).toBe("一季度");
    expect(j.status).toBe("on-track");
  });

  it.each([
    // Another period named in the text: each sentence keeps its own.
    ["完成投资100亿元", "一季度全区项目完成投资20亿元。目前完成投资40亿元", "2024-06-30", "behind"],
    // The heading not at the start: no heading.
    ["新开工项目20个", "全区项目运行平稳，一季度完成投资20亿元。新开工项目8个", "2024-06-30", "behind"],
    // A plain count after the full stop, no share of the plan: it may be of the day written; read at the heading's end it
    // would be green.
    ["新开工项目20个", "1-5月全区固定资产投资增长8%。新开工项目12个", "2024-09-30", "behind"],
    ["完成投资100亿元", "一季度经济运行平稳。完成投资52亿元", "2024-09-30", "behind"],
  ])("%s | %s keeps each sentence to its own period", (target, text, asOf, status) => {
    expect(judge(target, text, asOf).verdict.status).toBe(status);
  });

  it.each([
    ["区重点项目全年完成投资100亿元", "50个续建项目一季度完成投资28亿元，为年度计划的28%"],
    ["区重点项目全年完成投资50亿元", "50个续建项目一季度完成投资28亿元"],
    ["实施重点项目40个，完成投资35亿元", "新开工项目完成投资20亿元"],
  ])("a stage's projects do not answer the whole programme's amount: %s | %s", (target, text) => {
    const t = judge(target, text, "2024-06-30");
    const j = t.judgements.find((x) => /元$/.test(x.target.unit));
    expect(j?.status).toBe("unknown");
    expect(j?.code).toBe("JUDGE_CATEGORY_PART");
  });

  it("a target of projects started is still answered by the count of 新开工项目", () => {
    expect(judge("重点项目开工30个", "新开工项目25个", "2024-06-30").verdict.status).toBe("on-track");
  });
});

describe("probe family otherAct closed", () => {
  it.each([
    ["重点场所5G网络覆盖200个", "1-9月启动重点场所5G网络覆盖200个"],
    ["重点场所5G网络覆盖200个", "1-9月签约重点场所5G网络覆盖200个"],
    ["新（改、扩）建幼儿园4所", "1-9月开工新（改、扩）建幼儿园4所"],
    ["新（改、扩）建幼儿园4所", "1-9月启动新（改、扩）建幼儿园4所"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text, "2024-09-30")).toBe(false);
  });

  it.each([
    ["重点场所5G网络覆盖200个", "1-9月完成重点场所5G网络覆盖200个"],
    ["重点场所5G网络覆盖200个", "1-9月重点场所5G网络覆盖200个"],
    ["新（改、扩）建幼儿园4所", "1-9月新（改、扩）建幼儿园4所"],
  ])("%s | %s stays green", (target, text) => {
    expect(isGreen(target, text, "2024-09-30")).toBe(true);
  });

  it("a bracket of alternatives inside a word is read through", () => {
    expect(judge("新（改、扩）建幼儿园4所", "1-9月新（改、扩）建幼儿园4所", "2024-09-30").targets[0].metric).toBe("新改扩建幼儿园");
  });
});
