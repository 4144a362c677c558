/**
 * Round x of issue 13's structure finding: reports on putting right what an audit found (…整改情况的报告). Their parts are
 * headed "…的整改情况" / "…推进情况", their items are "（一）problem。整改情况：…" or "（一）measure。what was done…". Each rule
 * on a text of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const progressOf = (t: { progress?: { text: string } }) => t.progress?.text ?? "";

describe("a report on putting audit findings right", () => {
  test("its parts headed …整改情况 hold items; 整改情况： after an item's sentence is what was done", () => {
    const text = [
      "关于2022年度县本级预算执行审计查出问题整改情况的报告",
      "县审计局",
      "审计工作报告反映问题30项，已整改24项，正在整改6项。现将整改情况报告如下：",
      "一、部门预算执行问题的整改情况",
      "部门预算执行问题8项，已整改5项，部分整改3项。",
      "（一）项目资金闲置问题。整改情况：已收回闲置资金320万元，统筹用于教育支出。",
      "（二）政府采购不规范问题。整改情况：已修订采购内控制度，对相关人员约谈提醒。",
      "（三）往来款长期挂账问题。整改进展：已清理挂账款项12笔，其余正在清理。",
    ].join("\n");
    const r = importText(text);
    expect(r.sections.map((s) => s.name)).toEqual(["一、部门预算执行问题的整改情况"]);
    expect(r.tasks.map((t) => [t.text, progressOf(t)])).toEqual([
      ["项目资金闲置问题", "已收回闲置资金320万元，统筹用于教育支出。"],
      ["政府采购不规范问题", "已修订采购内控制度，对相关人员约谈提醒。"],
      ["往来款长期挂账问题", "已清理挂账款项12笔，其余正在清理。"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("under a part headed …推进情况, （一）measure。account: the measure is the item, the account what was done", () => {
    const text = [
      "关于2022年度审计查出问题整改情况的报告",
      "一、审计整改工作总体推进情况",
      "县政府专题部署整改工作，要求逐项销号。",
      "（一）压实整改责任，建立整改台账。县审计局向各责任单位出具整改任务清单，城关镇清理往来款项9笔。",
      "（二）加强跟踪督查，推动建章立制。县审计局对未整改到位的事项发函督促，县交投集团开展专项自查。",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, progressOf(t)])).toEqual([
      ["压实整改责任，建立整改台账", "县审计局向各责任单位出具整改任务清单，城关镇清理往来款项9笔。"],
      ["加强跟踪督查，推动建章立制", "县审计局对未整改到位的事项发函督促，县交投集团开展专项自查。"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalikes: a plan's （一）title。body, a part headed as a task, a label that names a unit, a closing assignment stay as written", () => {
    // A plan (no report title): the body is the item's text, not what was done.
    const plan = importText(
      [
        "关于完善审计整改机制的意见",
        "二、重点任务",
        "（一）完善整改责任机制。各单位主要负责人为整改第一责任人，建立整改台账，实行对账销号。",
        "（二）健全整改督查机制。审计机关对整改情况跟踪检查，对整改不到位的事项发函督促。",
        "（三）强化结果运用。整改情况纳入年度绩效考核。",
      ].join("\n"),
    );
    expect(plan.tasks.every((t) => !progressOf(t))).toBe(true);
    expect(plan.tasks.map((t) => t.text)[0]).toContain("各单位主要负责人为整改第一责任人");
    // A progress report whose part is headed as a task list (not …情况): the sentence and the body stay one text.
    const report = importText(
      [
        "关于审计查出问题整改情况的报告",
        "二、下一步工作安排",
        "（一）持续跟踪整改。对正在整改的事项逐项督促，确保年底前全部整改到位。",
        "（二）深化成果运用。将整改情况纳入年度考核，推动建立长效机制。",
        "（三）加强审计监督。聚焦重点资金开展专项审计，发现问题及时移交。",
      ].join("\n"),
    );
    expect(report.tasks.map((t) => [t.text.slice(0, 6), progressOf(t)])).toEqual([
      ["持续跟踪整改", ""],
      ["深化成果运用", ""],
      ["加强审计监督", ""],
    ]);
    // A label of a unit after the sentence ("责任单位：") is an assignment, not what was done; an item closed by its
    // assignment bracket keeps its assignment.
    const labels = importText(
      [
        "关于审计查出问题整改情况的报告",
        "一、部门预算执行问题的整改情况",
        "部门预算执行问题2项，已整改1项。",
        "（一）项目资金闲置问题。责任单位：县财政局",
        "（二）往来款长期挂账问题。已清理挂账款项12笔，其余正在清理。（责任单位：县住建局）",
      ].join("\n"),
    );
    expect(labels.tasks.map((t) => [t.leadUnits.join("、") || t.coUnits.join("、"), progressOf(t).includes("县财政局")])).toEqual([
      ["县财政局", false],
      ["县住建局", false],
    ]);
  });
});
