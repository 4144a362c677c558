/**
 * Hunt 11, redone in session 18 (docs/metrics.md "Hunt 11 (redo, session 18)"): the rules of a branch lost with its machine,
 * rebuilt from its description as general rules, with texts of our own. Each family has lookalikes that must not turn green
 * (or done) and controls that must stay as they are.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { explainDeadline } from "../../../src/core/metrics/parseDeadline";
import { parseActuals } from "../../../src/core/metrics/parseActuals";
import { isGreen, verdict } from "./hunt";

describe("a scope word (农村, 城区) is part of what a count counts", () => {
  it.each([
    // The target names 农村; the report says 农村 only of other things, or not at all.
    ["新建农村户厕500户", "截至9月底，新建户厕520户"],
    ["完成农村户厕改造500户", "截至9月底，完成户厕改造520户"],
    ["新建农村户厕500户", "农村公路改造30公里，新建户厕520户"],
    ["新建农村户厕500户", "新建户厕520户，农村公路改造30公里"],
    ["新建农村公路60公里", "农村危房改造200户，新建公路62公里"],
    // The act after the noun in the target, before it in the report: the same names, 农村 left out.
    ["农村户厕改造500户", "改造户厕520户"],
    ["农村公路提质改造60公里", "提质改造公路62公里"],
    // The task names one side, the figure the other.
    ["城区公厕建设：新建公厕30座", "新建农村公厕35座"],
    ["推进农村厕所革命，新建户厕500户", "城区新建户厕520户"],
  ])("%s | %s is not green", (target, text) => {
    for (const asOf of ["2024-09-30", "2024-12-31"]) expect(isGreen(target, text, asOf)).toBe(false);
    expect(verdict(target, text, "2024-12-31").status).not.toBe("done");
  });

  it.each([
    // A narrower figure that meets a target without the word meets it.
    ["完成户厕改造500户", "截至9月底，完成农村户厕改造520户"],
    ["新建公厕30座", "新建农村公厕35座"],
    // The report names the same scope of the same things (农村改厕, 农村公路建设), or in the figure's own clause.
    ["新建农村户厕500户", "农村改厕工作扎实推进，截至9月底，新建户厕520户"],
    ["农村户厕改造500户", "农村改厕有序推进，改造户厕520户"],
    ["新建农村公路60公里", "农村公路建设加快，新建公路62公里"],
    ["新建农村户厕500户", "截至9月底，新建农村户厕520户"],
    ["新增公共停车车位2500个", "已建成公共停车场6座，新增车位2900余个"],
    // A figure that names no thing of its own keeps the sentence's subject.
    ["市级重点项目年内完成投资100亿元", "截至目前，市级重点项目开复工50项，完成投资80亿元"],
    // The task's side said by the figure too, or by neither.
    ["推进农村厕所革命，新建户厕500户", "新建户厕520户"],
    ["推进农村厕所革命，新建户厕500户", "新建农村户厕520户"],
  ])("%s | %s stays green", (target, text) => {
    expect(isGreen(target, text, "2024-09-30")).toBe(true);
  });
});

describe("works finished and put to use are done, for a task of one thing", () => {
  it.each([
    ["建成区域养老服务中心", "已完工并投入使用"],
    ["建成区域养老服务中心", "已完工，投入使用"],
    ["建成区域养老服务中心", "该中心已完工，投入使用"],
    ["建成区域养老服务中心", "中心已建成并交付使用"],
    ["建设城北污水处理厂", "项目已竣工并正式投入运营"],
    // As before: acceptance passed.
    ["建成区域养老服务中心", "已竣工验收"],
  ])("%s | %s is done", (target, text) => {
    expect(verdict(target, text).status).toBe("done");
  });

  it.each([
    // Several things, or a count of them.
    ["建成3个养老服务中心", "已完工并投入使用"],
    ["建成区域养老服务中心和老年大学", "已完工并投入使用"],
    ["完成户厕改造500户", "已完工并投入使用"],
    ["完成户厕改造500户", "已竣工验收"],
    ["新增养老床位200张", "已完工并投入使用"],
    // A part, a step, a use still to come or on trial.
    ["建成区域养老服务中心", "一期已完工并投入使用"],
    ["建成区域养老服务中心", "主体已完工，投入使用"],
    ["建成区域养老服务中心", "已完工，即将投入使用"],
    ["建成区域养老服务中心", "已完工，待投入使用"],
    ["建成区域养老服务中心", "已完工，尚未投入使用"],
    ["建成区域养老服务中心", "已完工，计划10月投入使用"],
    ["建成区域养老服务中心", "已完工并试运行"],
  ])("%s | %s is not done", (target, text) => {
    expect(verdict(target, text).status).not.toBe("done");
  });
});

describe("time words stay out of metric names, and the time they say is still read", () => {
  it.each([
    ["今年以来举办招聘会15场", "举办招聘会"],
    ["今年以来共举办招聘会15场", "举办招聘会"],
    ["今年以来，全县累计举办招聘会15场", "举办招聘会"],
    ["1-9月以来累计完成投资5亿元", "投资"],
    ["上半年以来完成投资5亿元", "投资"],
    ["截止目前累计完成造林1.2万亩", "造林"],
    ["固定资产投资截止目前累计完成12亿元", "固定资产投资"],
    ["截至目前累计固定资产投资12亿元", "固定资产投资"],
    ["自2019年启动以来已累计开工改造城镇老旧小区213.8万户", "开工改造城镇老旧小区"],
    ["入汛以来累计转移群众300人", "转移群众"],
  ])("%s is named %s", (text, name) => {
    const [a] = parseActuals(text).actuals;
    expect(a.metric).toBe(name);
    expect(a.metric).not.toMatch(/以来|截[至止]目前|累计|至今/);
  });

  it.each([
    // A running total since the works began, or over years written in digits: not this year's.
    ["完成投资5亿元", "项目开工以来累计完成投资8亿元", "WEAK_CARRY_OVER"],
    ["完成投资5亿元", "自开工以来累计完成投资8亿元", "WEAK_CARRY_OVER"],
    ["完成造林1万亩", "近5年以来累计完成造林3万亩", "WEAK_MULTI_YEAR"],
    ["完成造林1万亩", "5年来累计完成造林3万亩", "WEAK_MULTI_YEAR"],
    ["新增就业500人", "2022年以来累计新增就业800人", "WEAK_MULTI_YEAR"],
  ])("%s | %s is not green (%s)", (target, text, code) => {
    expect(isGreen(target, text)).toBe(false);
    expect(JSON.stringify(judgeTask({ targetText: target, progress: { text }, asOf: "2024-09-30" }))).toContain(code);
  });

  it.each([
    ["举办招聘会10场", "今年以来举办招聘会15场"],
    ["举办招聘会10场", "今年以来，全县累计举办招聘会15场"],
    ["完成投资5亿元", "自今年3月开工以来累计完成投资8亿元"],
    ["新增就业500人", "2024年以来累计新增就业800人"],
    ["完成投资5亿元", "1-9月完成投资8亿元"],
  ])("%s | %s stays green", (target, text) => {
    expect(isGreen(target, text)).toBe(true);
  });
});

describe("customary deadlines: 清明前, 今冬明春, 汛期结束前", () => {
  it.each([
    ["清明节前完成义务植树", 2024, "2024-04-03", "2024年清明（4月4日）前一日4月3日"],
    ["清明前完成坟墓整治", 2026, "2026-04-04", "2026年清明（4月5日）前一日4月4日"],
    ["明年清明前完成", 2024, "2025-04-03", "清明前按前一日计"],
    ["2030年清明节之前完成", 2024, "2030-04-04", "2030年清明（4月5日）"],
    ["今冬明春完成农田水利冬修", 2024, "2025-05-31", "今冬明春按次年5月31日计"],
    ["汛期结束前完成复盘评估", 2024, "2024-09-30", "汛期结束前按9月30日计"],
    ["汛末完成水库蓄水调度评估", 2025, "2025-09-30", "汛期结束前按9月30日计"],
    ["汛期末完成水毁设施排查", 2024, "2024-09-30", "汛期结束前按9月30日计"],
  ])("%s (%d) → %s", (text, year, date, note) => {
    const d = explainDeadline(text, year);
    expect(d?.date).toBe(date);
    expect(d?.note).toContain(note);
  });

  it.each([
    // As they were: 汛期前 is 31 May, 10月前 the month's end; 汛后 and 主汛期结束 have no one date; 清明 out of a deadline.
    ["汛期前完成河道清淤", 2024, "2024-05-31"],
    ["10月前完成", 2024, "2024-10-31"],
    ["汛后完成水毁评估", 2024, null],
    ["汛期结束后启动水毁修复", 2024, null],
    ["主汛期结束前完成", 2024, null],
    ["清明节期间做好祭扫服务", 2024, null],
    ["营造风清气正、政治清明的环境", 2024, null],
  ])("%s (%d) → %s", (text, year, date) => {
    expect(explainDeadline(text, year)?.date ?? null).toBe(date);
  });

  it("says the date chosen in the judge's reason", () => {
    const r = judgeTask({ targetText: "汛期结束前完成河道清淤10公里", progress: { text: "已完成清淤6公里" }, asOf: "2024-10-15" });
    expect(r.verdict.status).toBe("overdue");
    expect(r.verdict.reason).toContain("汛期结束前按9月30日计");
    const q = judgeTask({ targetText: "清明节前完成义务植树5万株", progress: { text: "已完成义务植树2万株" }, asOf: "2024-04-10" });
    expect(q.verdict.status).toBe("overdue");
    expect(JSON.stringify(q)).toContain("清明前按前一日计");
  });
});

describe("planting with no season word is read as planted in spring", () => {
  const judged = (target: string, text: string, asOf: string) => judgeTask({ targetText: target, progress: { text }, asOf });

  it.each([
    ["完成造林1万亩", "已完成造林2000亩", "2024-04-30"],
    ["完成植树造林3000亩", "已植树造林600亩", "2024-05-20"],
    ["完成春播10万亩", "已完成春播2万亩", "2024-04-15"],
    ["完成秋播小麦8万亩", "已完成秋播小麦1万亩", "2024-10-31"],
  ])("%s | %s at %s is 无法研判 (JUDGE_SEASONAL), not 进展滞后", (target, text, asOf) => {
    const r = judged(target, text, asOf);
    expect(r.verdict.status).toBe("unknown");
    expect(r.judgements[0].code).toBe("JUDGE_SEASONAL");
  });

  it.each([
    // After the spring, on the straight line as before; a season named keeps its own end; other works are not planting.
    ["完成造林1万亩", "已完成造林2000亩", "2024-07-31", "behind"],
    ["完成春播10万亩", "已完成春播2万亩", "2024-06-30", "behind"],
    ["新建户厕500户", "已新建户厕50户", "2024-04-30", "behind"],
    ["完成造林1万亩", "已完成造林1.2万亩", "2024-04-30", "done"],
  ])("%s | %s at %s stays %s", (target, text, asOf, status) => {
    expect(judged(target, text, asOf).verdict.status).toBe(status);
  });
});
