/**
 * Round aj of issue 13 (layouts 283–288): a work assigned inside a sentence of news ("X牵头，Y、Z等部门配合，…推进…工作";
 * "由…牵头，X负责，Y等有关单位加强配合协调，…完成…工作") and one department's account whose title names the department. Each
 * rule on texts of our own and against the lookalikes it must leave alone. (structureAJ holds round ai's rules.)
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");

describe("a work assigned in a sentence of news", () => {
  test("X牵头，Y、Z等部门配合，…推进…工作: the work, X leading, Y and Z joining", () => {
    const text = doc(
      "全区河湖长制工作推进会召开",
      "3月2日，全区河湖长制工作推进会召开。副区长刘明出席并讲话。他要求，区水利局牵头，区生态环境局、区农业农村局等部门积极配合，倒排工期，全力推进河道清淤整治工作。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.leadUnits, t.coUnits])).toEqual([["河道清淤整治工作", ["区水利局"], ["区生态环境局", "区农业农村局"]]]);
    // The 副区长 who spoke is not written as the work's leader.
    expect(r.tasks[0].leader).toBe("");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("由有关领导牵头，X负责，Y等其他有关单位加强配合协调: who 牵头 is a class of leaders, so X (负责) leads", () => {
    const text = doc(
      "县长主持召开国土变更调查工作推进会",
      "会议强调，一要提高认识。各部门要把调查作为重要任务。",
      "二要压实责任。由分管县领导牵头，县自然资源局负责，县林业局、县水务局等其他相关单位加强配合协调，组建专班，按期完成年度变更调查工作。",
    );
    const r = importText(text);
    const assigned = r.tasks.find((t) => t.leadUnits.length);
    expect([assigned?.text, assigned?.leadUnits, assigned?.coUnits]).toEqual(["年度变更调查工作", ["县自然资源局"], ["县林业局", "县水务局"]]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("由分管副县长王明牵头，X负责: the leader named with a post is the work's leader, X its lead unit", () => {
    const text = doc("会议召开", "会议要求，由分管副县长王明牵头，县水利局负责，县财政局配合，年底前完成病险水库除险加固工作。");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.leader, t.leadUnits, t.coUnits])).toEqual([["病险水库除险加固工作", "王明", ["县水利局"], ["县财政局"]]]);
  });

  test("lookalikes: units that only reported, a 牵头 with no unit, and a sentence naming no work assign nothing", () => {
    const reported = importText(doc("会议召开", "县交通运输局、县住建局等县级有关部门负责人简要说明了有关项目的规划分布。"));
    expect(reported.tasks.filter((t) => t.leadUnits.length)).toEqual([]);
    const classOnly = importText(doc("会议召开", "由有关县领导牵头，抽调骨干，集中办公，完成划定举证工作。"));
    expect(classOnly.tasks.filter((t) => t.leadUnits.length)).toEqual([]);
    const noWork = importText(doc("会议召开", "区水利局牵头，区财政局配合，尽快拿出方案。"));
    expect(noWork.tasks.filter((t) => t.leadUnits.length)).toEqual([]);
  });
});

describe("one department's account", () => {
  test("a title naming the department: its 一、 items of one sentence each are its works, led by it", () => {
    const text = doc(
      "县农机服务中心2021年重点工作完成情况",
      "一、开展农机安全检查，检修农机具320台。",
      "二、完成农机购置补贴兑付，惠及农户86户。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits])).toEqual([
      ["1", ["县农机服务中心"]],
      ["2", ["县农机服务中心"]],
    ]);
    expect(r.tasks[1].progress?.text).toBe("完成农机购置补贴兑付，惠及农户86户");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalikes: a government's report, a title naming no body, and a 一、 heading with no sentence stay as before", () => {
    const government = importText(doc("某县人民政府2021年重点工作完成情况", "一、开展农机安全检查，检修农机具320台。"));
    expect(government.tasks.every((t) => !t.leadUnits.length)).toBe(true);
    const noBody = importText(doc("全县2021年重点工作完成情况", "一、开展农机安全检查，检修农机具320台。"));
    expect(noBody.tasks.every((t) => !t.leadUnits.length)).toBe(true);
    // A short 一、 heading with no sentence stays a section; what is under it is still the department's.
    const headings = importText(doc("县农机服务中心2021年重点工作完成情况", "一、安全生产", "全年检修农机具320台，开展安全检查12次。"));
    expect(headings.sections.map((s) => s.name)).toEqual(["一、安全生产"]);
    expect(headings.tasks.map((t) => [t.section, t.leadUnits])).toEqual([["一、安全生产", ["县农机服务中心"]]]);
  });
});
