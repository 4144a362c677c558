/**
 * Issue 13 (layout 260): a progress report whose parts are named by the kind of account they give (一、…完成情况 / 二、…推进情况 /
 * 三、存在问题). Such a heading is a section of the report, not a task: the tasks are the projects its paragraphs name, and the
 * projects a problem names as its examples (如A、B等…) are tasks whose state is the problem. Texts of our own, with the
 * lookalikes the rule must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const state = (text: string) =>
  importText(text).tasks.map((t) => [t.text, [t.progress?.text, t.progress?.problems].filter(Boolean).join("|")]);

describe("report parts named by their account", () => {
  const report = [
    "1-9月，全县重点项目建设总体有序推进。",
    "一、重点项目投资完成情况",
    "1-9月，15个重点项目累计完成投资8.2亿元，占年度计划的71%。其中，县本级项目完成3.1亿元；乡镇项目完成5.1亿元。",
    "二、重点前期项目推进情况",
    "目前，前期工作总体顺利。城南污水处理厂二期工程正在编制初步设计；县人民医院门诊楼工程已完成立项批复，预计11月开工；滨河绿道正在开展方案比选；城东农贸市场改造工程正在办理用地手续。",
    "三、存在问题",
    "（一）部分项目进度偏慢。如北关小学扩建工程、老城区雨污分流工程等项目进展滞后。",
    "（二）个别项目前期手续办理较慢。如城东农贸市场改造、滨河绿道等工程用地手续尚未办结。",
    "（三）部分项目受汛期影响，施工时间缩短，如东山隧道等项目。",
  ].join("\n");

  test("the headings are sections; the projects their paragraphs name are the tasks, planned clauses no progress", () => {
    const r = importText(report);
    expect(r.kindReason).toMatch(/命名的报告部分/);
    expect(r.sections.map((s) => s.name)).toEqual(expect.arrayContaining(["二、重点前期项目推进情况", "三、存在问题"]));
    expect(r.tasks.map((t) => t.text)).not.toContain("重点前期项目");
    expect(state(report)).toEqual(expect.arrayContaining([
      ["城南污水处理厂二期工程", "正在编制初步设计"],
      ["滨河绿道", "正在开展方案比选|用地手续尚未办结"],
    ]));
    const hospital = r.tasks.find((t) => t.text === "县人民医院门诊楼工程");
    expect(hospital?.progress?.text).toBe("已完成立项批复");
    expect(unaccountedLines(report, r)).toEqual([]);
  });

  test("projects named as a problem's examples are tasks whose state is the problem", () => {
    const r = importText(report);
    expect(state(report)).toEqual(expect.arrayContaining([
      ["北关小学扩建工程", "进展滞后"],
      ["老城区雨污分流工程", "进展滞后"],
      // Said before 如: the problem is the clauses before it, the "部分项目" the examples stand for left off.
      ["东山隧道", "受汛期影响，施工时间缩短"],
    ]));
    // A project told before under 二、 gets the problem added to its own progress rather than a second task.
    expect(r.tasks.filter((t) => t.text.startsWith("城东农贸市场改造"))).toHaveLength(1);
    expect(r.tasks.filter((t) => t.section === "三、存在问题").map((t) => t.text)).not.toContain("如北关小学扩建工程");
  });

  test("如 inside a word (未如期) opens no examples", () => {
    const late = report.replace("（三）部分项目受汛期影响，施工时间缩短，如东山隧道等项目。", "（三）部分项目未如期开工等问题仍较突出。");
    const r = importText(late);
    expect(r.tasks.filter((t) => t.section === "三、存在问题").map((t) => t.text)).toEqual(["北关小学扩建工程", "老城区雨污分流工程"]);
    expect(unaccountedLines(late, r)).toEqual([]);
  });

  test("examples of a problem said with a plan open none", () => {
    const planned = report.replace("（三）部分项目受汛期影响，施工时间缩短，如东山隧道等项目。", "（三）如东山隧道、西环路等项目将于年底前开工。");
    const names = importText(planned).tasks.map((t) => t.text);
    expect(names).not.toContain("东山隧道");
    expect(names).not.toContain("西环路");
  });

  test("lookalike: a plan whose parts are 工作目标 / 重点任务 is not read as a report of accounts", () => {
    const plan = [
      "某县2024年重点项目建设工作方案",
      "一、工作目标",
      "全年实施重点项目40个，完成投资30亿元。",
      "二、重点任务",
      "（一）加快项目前期工作。如城南污水处理厂二期、县人民医院门诊楼等项目要在6月底前完成立项。",
      "（二）强化要素保障。",
      "三、保障措施",
      "（一）加强组织领导。",
    ].join("\n");
    const r = importText(plan);
    expect(r.kindReason).not.toMatch(/命名的报告部分/);
    expect(r.tasks.map((t) => t.text)).not.toContain("城南污水处理厂二期");
    expect(unaccountedLines(plan, r)).toEqual([]);
  });

  test("lookalike: a list whose headings are works ending in 建设 over their own account stays a list of them", () => {
    const list = [
      "2023年某镇民生实事项目完成情况的报告",
      "一、镇文化广场建设完成情况",
      "该项目总投资180万元，建成舞台、健身步道和停车场，现已投入使用。",
      "二、镇区道路提升建设完成情况",
      "总投资260万元，道路全长800米，现已建成通车。",
      "三、农贸市场改造建设完成情况",
      "总投资40万元，完成顶棚和摊位改造，现已投入使用。",
    ].join("\n");
    const r = importText(list);
    expect(r.kindReason).not.toMatch(/命名的报告部分/);
    expect(state(list)).toEqual(expect.arrayContaining([[expect.stringContaining("镇文化广场建设"), expect.stringContaining("现已投入使用")]]));
    expect(unaccountedLines(list, r)).toEqual([]);
  });

  test("lookalike: projects named as examples outside a problem part are no problem's", () => {
    const good = report.replace("三、存在问题", "三、主要成效").replace("如北关小学扩建工程、老城区雨污分流工程等项目进展滞后", "如北关小学扩建工程、老城区雨污分流工程等项目获评市优质工程");
    const r = importText(good);
    expect(r.tasks.filter((t) => /获评/.test(t.progress?.problems ?? ""))).toEqual([]);
  });
});
