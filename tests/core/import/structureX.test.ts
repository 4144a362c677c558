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
    // Under a part headed …推进情况, an account that only plans says nothing done: the text stays whole.
    const planned = importText(
      [
        "关于重点项目推进情况的通报",
        "一、重点项目推进情况",
        "全县重点项目12个，已开工8个。",
        "（一）加快产业园建设。计划年内完成主体工程，力争明年投产。",
        "（二）推进物流园建设。力争9月底前开工，年内完成投资2亿元。",
        "（三）实施污水管网改造。拟分两期实施，一期年内完工。",
      ].join("\n"),
    );
    expect(planned.tasks.map((t) => [t.text.slice(0, 7), progressOf(t)])).toEqual([
      ["加快产业园建设", ""],
      ["推进物流园建设", ""],
      ["实施污水管网改", ""],
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

describe("a 挂图作战 table: node columns under a merged 时间节点, leaders and persons named as offices call them", () => {
  test("a second header row of quarters under 时间节点 is header, not a task; each row's nodes are its deadline, period by period", () => {
    const text = [
      "序号\t重点工作\t责任领导\t责任单位\t时间节点\t\t\t\t工作进展",
      "\t\t\t\t一季度\t二季度\t三季度\t四季度\t",
      "1\t老旧小区改造\t分管副区长\t区住建局\t完成摸底\t开工20个\t开工40个\t完工40个\t已完成摸底，开工8个",
      "2\t农贸市场提升\t分管副区长\t区商务局\t完成设计\t开工建设\t主体完工\t投入使用\t设计已完成",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits.join("、"), t.deadline, t.progress?.text])).toEqual([
      ["1", "老旧小区改造", "区住建局", "一季度：完成摸底；二季度：开工20个；三季度：开工40个；四季度：完工40个", "已完成摸底，开工8个"],
      ["2", "农贸市场提升", "区商务局", "一季度：完成设计；二季度：开工建设；三季度：主体完工；四季度：投入使用", "设计已完成"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalikes: quarters under a merged 进展情况, or not all under the merged name, are never deadlines", () => {
    const progress = importText(
      [
        "序号\t重点工作\t责任单位\t进展情况\t\t",
        "\t\t\t一季度\t二季度\t三季度",
        "1\t老旧小区改造\t区住建局\t完成摸底\t开工20个\t开工32个",
      ].join("\n"),
    );
    expect(progress.tasks.every((t) => !/一季度：/.test(t.deadline))).toBe(true);
    const apart = importText(
      [
        "序号\t重点工作\t时间节点\t责任单位\t\t工作进展",
        "\t\t一季度\t\t二季度\t",
        "1\t老旧小区改造\t完成摸底\t区住建局\t开工20个\t开工8个",
      ].join("\n"),
    );
    expect(apart.tasks.every((t) => !/二季度：/.test(t.deadline))).toBe(true);
  });

  test("包挂班子成员 is the leader column and 具体负责同志 the person; 负责单位 stays units, 班子成员 alone no leader", () => {
    const r = importText(
      [
        "序号\t项目名称\t包挂班子成员\t具体负责同志\t完成情况",
        "1\t青北产业园项目\t管委会副主任\t赵军\t已开工",
        "2\t物流园项目\t管委会主任助理\t刘洋\t正在办理施工许可",
      ].join("\n"),
    );
    expect(r.tasks.map((t) => [t.text, t.leader, t.person])).toEqual([
      ["青北产业园项目", "管委会副主任", "赵军"],
      ["物流园项目", "管委会主任助理", "刘洋"],
    ]);
    const units = importText(["序号\t工作任务\t负责单位\t班子成员\t进展情况", "1\t老旧小区改造\t区住建局\t王明\t已开工"].join("\n"));
    expect(units.tasks.map((t) => [t.leadUnits.join("、") || t.coUnits.join("、"), t.leader, t.person])).toEqual([["区住建局", "", ""]]);
  });
});
