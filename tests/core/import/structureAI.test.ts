/**
 * Round ah of issue 13's structure finding (layouts 265–273): tasks, lead units and progress written in sentences — a report
 * whose highest parts are numbered （一）, projects listed with a template's x for their count and one of them given its own
 * state after 其中, … Each rule on texts of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const brief = (text: string) => importText(text).tasks.map((t) => [t.text, t.progress?.text ?? ""]);

describe("a report whose highest parts are （一）（二）, its projects listed under a state (272)", () => {
  const report = [
    "某县重点工作任务落实情况",
    "今年以来，全县上下真抓实干，各项工作任务落实情况如下：",
    "（一）项目建设有序推进。城西污水处理厂、县体育馆、滨河绿道等xx个项目已完工并投入使用。县人民医院门诊楼、县第三中学、城南农贸市场等x个项目稳步推进，其中县人民医院门诊楼主体已完工，城南农贸市场已完成招标。",
    "（二）民生保障持续加强。新增城镇就业1200人。",
  ].join("\n");

  test("the （一） parts are the report's parts; a count written as x is a count; a 其中 clause gives one project its own state", () => {
    const r = importText(report);
    expect(brief(report)).toEqual(expect.arrayContaining([
      ["城西污水处理厂", "已完工并投入使用"],
      ["县体育馆", "已完工并投入使用"],
      ["滨河绿道", "已完工并投入使用"],
      ["县人民医院门诊楼", "主体已完工"],
      ["县第三中学", "稳步推进"],
      ["城南农贸市场", "已完成招标"],
    ]));
    expect(r.tasks.find((t) => t.text === "县第三中学")?.section).toBe("（一）项目建设有序推进");
    expect(unaccountedLines(report, r)).toEqual([]);
  });

  test("lookalikes: a 其中 clause with a plan, or naming a project not in the list, changes no state", () => {
    const plan = "某县重点工作落实情况\n（一）项目建设。县人民医院门诊楼、县第三中学等2个项目稳步推进，其中县第三中学计划年底竣工。";
    expect(brief(plan)).toEqual(expect.arrayContaining([["县第三中学", "稳步推进"]]));
    const other = "某县重点工作落实情况\n（一）项目建设。县人民医院门诊楼、县第三中学等2个项目稳步推进，其中城东小学已完工。";
    expect(brief(other).map(([name]) => name)).not.toContain("城东小学已完工");
    expect(brief(other)).toEqual(expect.arrayContaining([["县第三中学", "稳步推进"]]));
  });

  test("lookalike: with 一、 headings above them, （一） parts stay under their 一、", () => {
    const nested = "某县重点工作落实情况\n一、经济发展\n（一）项目建设。县人民医院门诊楼、县第三中学等2个项目已完工。";
    const r = importText(nested);
    expect(r.tasks.find((t) => t.text === "县第三中学")?.progress?.text).toBe("已完工");
    expect(r.sections.map((s) => s.name)).not.toContain("一、经济发展／（一）项目建设");
  });
});

describe("works an inspection looked at (269)", () => {
  const news = [
    "市督查组来我县督查民生实事项目进展情况",
    "5月12日，市督查组来我县开展专项督查，副县长王明一同督查。",
    "督查组先后实地查看了城关镇老旧小区改造项目、县特殊教育学校扩建工程、南河生态修复工作等项目落实情况。",
    "督查组通过实地查看、查阅资料、听取汇报等方式，了解了项目进展情况，要求确保按期完成。",
  ].join("\n");

  test("each work named after the verb of inspecting is an item, with no progress", () => {
    const r = importText(news);
    expect(brief(news)).toEqual([
      ["城关镇老旧小区改造项目", ""],
      ["县特殊教育学校扩建工程", ""],
      ["南河生态修复工作", ""],
    ]);
    expect(unaccountedLines(news, r)).toEqual([]);
  });

  test("lookalikes: ways of inspecting, or names with no closing word for works, open none", () => {
    expect(brief("市督查组来我县督查\n督查组通过实地查看、查阅资料、听取汇报等方式了解情况。")).toEqual([]);
    expect(brief("市督查组来我县督查\n督查组查看了城关镇、南河镇等乡镇。")).toEqual([]);
  });
});

describe("units' accounts in a progress report: a unit opening a sentence with what it set up (265)", () => {
  const news = [
    "全县重点工作任务上半年督查情况",
    "从督查情况看，各单位健全机制、压实责任。县住建局成立老旧小区改造工作专班，每周调度一次。县教育局开展“双减”专项督导，覆盖全县32所学校。",
  ].join("\n");
  const leads = (text: string) => importText(text).tasks.map((t) => [t.text, t.leadUnits.join("、"), t.progress?.text ?? ""]);

  test("each unit's work is an item it leads, the sentence from the verb on where it stands", () => {
    const r = importText(news);
    expect(leads(news)).toEqual([
      ["老旧小区改造工作专班", "县住建局", "成立老旧小区改造工作专班，每周调度一次"],
      ["“双减”专项督导", "县教育局", "开展“双减”专项督导，覆盖全县32所学校"],
    ]);
    expect(unaccountedLines(news, r)).toEqual([]);
  });

  test("lookalikes: one unit's sentence alone, a class of units, or a plan, open no unit's work", () => {
    const one = "全县重点工作任务上半年督查情况\n从督查情况看，县住建局成立老旧小区改造工作专班，每周调度一次。各单位开展自查。";
    expect(leads(one).filter(([, unit]) => unit)).toEqual([]);
    const plan = "全县重点工作实施方案\n县住建局成立老旧小区改造工作专班。县教育局开展“双减”专项督导。";
    expect(leads(plan).filter(([, unit]) => unit)).toEqual([]);
    const planned = "全县重点工作任务上半年督查情况\n县住建局建立计划于年底前完成的台账。县教育局启动将于下月开展的督导。";
    expect(leads(planned).filter(([, unit]) => unit).length).toBeLessThan(2);
  });
});

describe("a notice's （一） heading right under its 一、 heading is a part of it (266)", () => {
  const notice = [
    "2024年区政府工作报告重点工作任务责任分解方案",
    "一、主要预期目标",
    "1.地区生产总值增长6%以上。（责任领导：张明；牵头单位：区发改局）",
    "2.一般公共预算收入增长5%。（责任领导：张明；牵头单位：区财政局）",
    "二、主要工作安排",
    "（一）做强产业支撑",
    "加强园区建设",
    "3.推进产业园标准厂房二期建设。（责任领导：李华；牵头单位：区经信局；责任单位：区住建局）",
    "（二）办好民生实事",
    "4.新建城市书房3个。（责任领导：王芳；牵头单位：区文旅局）",
  ].join("\n");

  test("the 一、 heading stays the section, the （一） heading (with a topic line under it) the sub-section", () => {
    const r = importText(notice);
    expect(r.sections.map((s) => [s.name, s.foundCount])).toEqual([["一、主要预期目标", 2], ["二、主要工作安排", 2]]);
    const three = r.tasks.find((t) => t.id === "3")!;
    expect([three.section, three.subsection, three.leadUnits, three.coUnits]).toEqual(["二、主要工作安排", "（一）做强产业支撑／加强园区建设", ["区经信局"], ["区住建局"]]);
    expect(r.tasks.find((t) => t.id === "4")!.subsection).toBe("（二）办好民生实事");
    expect(unaccountedLines(notice, r)).toEqual([]);
  });

  test("lookalike: （一） headings with no 一、 above them stay sections of their own", () => {
    const flat = [
      "2024年区政府工作报告重点工作任务责任分解方案",
      "（一）做强产业支撑",
      "1.推进产业园标准厂房二期建设。（责任领导：李华；牵头单位：区经信局）",
      "（二）办好民生实事",
      "2.新建城市书房3个。（责任领导：王芳；牵头单位：区文旅局）",
      "3.改造农贸市场2个。（责任领导：王芳；牵头单位：区商务局）",
    ].join("\n");
    expect(importText(flat).sections.map((s) => s.name)).toEqual(["（一）做强产业支撑", "（二）办好民生实事"]);
  });
});

describe("a notice's parts counted in words alone on their lines (266 written with 一是)", () => {
  test("一是… / 二是… on their own lines open parts as 一、 does; a 一是 running on into a sentence opens none", () => {
    const notice = [
      "2024年区政府工作报告重点工作任务责任分解方案",
      "一是主要预期目标",
      "1.地区生产总值增长6%以上。（责任领导：张明；牵头单位：区发改局）",
      "2.一般公共预算收入增长5%。（责任领导：张明；牵头单位：区财政局）",
      "二是主要工作安排",
      "3.新建城市书房3个。（责任领导：王芳；牵头单位：区文旅局）",
    ].join("\n");
    const r = importText(notice);
    expect(r.sections.map((s) => [s.name, s.foundCount])).toEqual([["一是主要预期目标", 2], ["二是主要工作安排", 1]]);
    expect(unaccountedLines(notice, r)).toEqual([]);
    const runOn = notice.replace("一是主要预期目标", "一是主要预期目标。全年经济保持平稳增长。");
    expect(importText(runOn).sections.map((s) => s.name)).not.toContain("一是主要预期目标");
  });
});

describe("a share of the works is no item's name (265's opening)", () => {
  test("部分工作超额完成… says how many works, not which; a named work before 完成 still opens an item", () => {
    const opening = "全市重点工作任务上半年督查情况\n督查显示，各项工作推进有序，部分工作超额完成半年目标任务。";
    expect(brief(opening).map(([name]) => name)).not.toContain("部分工作超额");
    expect(unaccountedLines(opening, importText(opening))).toEqual([]);
    const named = "全市重点工作任务上半年督查情况\n督查显示，农村公路建设已完成120公里，城区绿道已完成8公里。";
    expect(brief(named)).toEqual(expect.arrayContaining([["农村公路建设", "已完成120公里"]]));
  });
});

describe("a purpose clause opening a 一是 item's account is its aim, not where it stands (271)", () => {
  const news = [
    "县水务局推进重点水利工程建设",
    "一是骨干工程进度符合预期。为提升防洪减灾能力，持续推进城北河治理工程，截至6月底累计完成投资1.2亿元，总体进度达60%。",
    "二是为民办实事全部完成。为民办实事5件，已全部完成。",
  ].join("\n");

  test("为…， before the work is the aim (its target); 为民办实事 is a name, no aim", () => {
    const r = importText(news);
    const first = r.tasks.find((t) => t.text === "骨干工程进度符合预期")!;
    expect([first.workTarget, first.progress?.text]).toEqual(["为提升防洪减灾能力", "持续推进城北河治理工程，截至6月底累计完成投资1.2亿元，总体进度达60%。"]);
    const second = r.tasks.find((t) => t.text === "为民办实事全部完成")!;
    expect([second.workTarget, second.progress?.text]).toEqual(["", "为民办实事5件，已全部完成。"]);
    expect(unaccountedLines(news, r)).toEqual([]);
  });
});
