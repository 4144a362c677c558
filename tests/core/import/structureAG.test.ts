/**
 * Round ag of issue 13's structure finding: progress written as news or report prose — projects named after their count and
 * said to be in one state together, a report's paragraph telling its projects one a sentence with where each stands, and a
 * numbered item whose account says where it stands now. Each rule on texts of our own and against the lookalikes it must
 * leave alone (plans and forecasts are no progress).
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const brief = (text: string) => importText(text).tasks.map((t) => [t.text, t.progress?.text ?? ""]);

describe("projects named after their count, said to be in one state together (均已…)", () => {
  const news = [
    "某县重点项目前三季度进展情况",
    "截至9月底，全县18个重点项目完成投资12.6亿元。今年新开工的3个县重点项目城东污水处理厂扩建工程、县第二实验小学、滨河公园均已开工，完成投资2.1亿元。",
  ].join("\n");

  test("each name is an item with the state", () => {
    const r = importText(news);
    expect(brief(news)).toEqual(expect.arrayContaining([
      ["城东污水处理厂扩建工程", "已开工"],
      ["县第二实验小学", "已开工"],
      ["滨河公园", "已开工"],
    ]));
    expect(unaccountedLines(news, r)).toEqual([]);
  });

  test("lookalikes: names fewer than the count, or a plan said together, open no such items", () => {
    const short = "某县重点项目进展情况\n今年新开工的5个县重点项目城东污水处理厂扩建工程、县第二实验小学、滨河公园均已开工。";
    expect(brief(short).map(([name]) => name)).not.toContain("县第二实验小学");
    const plan = "某县重点项目进展情况\n今年新开工的3个县重点项目城东污水处理厂扩建工程、县第二实验小学、滨河公园均计划年内开工。";
    expect(brief(plan).filter(([, p]) => /开工/.test(p))).toEqual([]);
  });
});

describe("a report's paragraph telling its projects one a sentence with where each stands", () => {
  const report = [
    "某区1-6月为民办实事项目进展情况通报",
    "一、总体情况",
    "（一）12个项目推进达到时序进度要求。教育项目稳步推进。城北小学扩建工程主体施工中；实验幼儿园分园按序推进，已完成室内装修。交通项目进展顺利。环城北路改造工程路基工程完成60%，预计10月底通车；滨江停车场正进行基础施工。",
  ].join("\n");

  test("each project and its state are an item; the kind sentences head them; forecasts are left out", () => {
    const r = importText(report);
    expect(brief(report)).toEqual([
      ["城北小学扩建工程", "主体施工中"],
      ["实验幼儿园分园", "已完成室内装修"],
      ["环城北路改造工程", "路基工程完成60%"],
      ["滨江停车场", "正进行基础施工"],
    ]);
    expect(unaccountedLines(report, r)).toEqual([]);
  });

  test("a works stage closing the name (主体工程) is said of the project", () => {
    const text = "某区重点项目进展情况\n一、在建项目\n市民中心主体工程已封顶；体育馆项目已完成桩基施工；图书馆新馆装修工程完成40%。";
    expect(brief(text)).toEqual([
      ["市民中心", "主体工程已封顶"],
      ["体育馆项目", "已完成桩基施工"],
      ["图书馆新馆", "装修工程完成40%"],
    ]);
  });

  test("lookalikes: a paragraph of plans, one of kinds that only say how they go, two clauses, and a report's announcement open no such items", () => {
    const two = "某区重点项目进展情况\n一、在建项目\n城北小学扩建工程主体施工中；滨江停车场正进行基础施工。";
    expect(brief(two).map(([name]) => name)).not.toContain("滨江停车场");
    const announced = "某局实事项目完成情况公示\n现将我局承办的实事项目完成情况公示如下：";
    expect(brief(announced)).toEqual([]);
    const plans = "某区重点项目进展情况\n一、下步安排\n城北小学扩建工程预计9月竣工；滨江停车场项目计划投资3000万元。";
    expect(brief(plans).filter(([name]) => name === "城北小学扩建工程" || name === "滨江停车场项目")).toEqual([]);
    const kinds = "某区重点项目进展情况\n一、总体情况\n教育项目稳步推进。交通项目进展顺利。";
    expect(brief(kinds).map(([name]) => name)).not.toContain("教育项目");
    // A report's title on its own line names the report, not a project.
    const titled = "某区重大项目1-6月推进情况\n重点项目20个，1-6月累计完成投资8亿元，为年度计划的40%。";
    expect(brief(titled).map(([name]) => name)).not.toContain("某区重大项目");
  });
});

describe("a numbered item named in a sentence of its own, with where it stands now", () => {
  const summary = [
    "上半年项目建设工作总结",
    "上半年，我局扎实推进重点项目建设，现将有关情况汇报如下：",
    "一、项目进展情况。",
    "1、城南片区土地整理。该项目分两期实施，目前一期工程已完成土地平整，正在进行田间道路建设。",
    "2、档案馆建设。目前主体工程正在施工，预计年底前完工。",
  ].join("\n");

  test("the name is the item, numbered as written; the 目前 clause up to a forecast its progress", () => {
    const r = importText(summary);
    expect(r.tasks.map((t) => [t.id, t.text, t.progress?.text ?? ""])).toEqual([
      ["1", "城南片区土地整理", "一期工程已完成土地平整，正在进行田间道路建设"],
      ["2", "档案馆建设", "主体工程正在施工"],
    ]);
    expect(unaccountedLines(summary, r)).toEqual([]);
  });

  test("lookalikes: 目前 with a plan, or no 目前 clause, give no progress", () => {
    const planned = "上半年项目建设工作总结\n一、项目进展情况。\n1、档案馆建设。目前计划于明年开工，预计投资5000万元。";
    expect(importText(planned).tasks.filter((t) => t.progress && /开工|投资/.test(t.progress.text))).toEqual([]);
  });
});
