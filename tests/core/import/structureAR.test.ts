/**
 * Round aq of issue 13 (layouts 345–353): numbered headings over paragraphs, and which of them are not tasks — a background
 * part (一、基本情况), an account part naming no work (一、工作进展情况：), a part of problems, a plan part's 一是, an account
 * part's opening, a closing paragraph on all items — and those that are: a heading naming its matter (关于X的落实情况), a
 * project heading among project headings, a 一是 lead of two clauses in a special report. Each rule on texts of our own and
 * against the lookalikes it must leave alone. (The file name runs one letter ahead of the round, as structureAQ is round ap's.)
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");
const progressOf = (r: ReturnType<typeof importText>, name: string) => r.tasks.find((t) => t.text === name)?.progress;
const holds = (r: ReturnType<typeof importText>, words: string) => r.tasks.some((t) => t.text.includes(words));

describe("a heading that names its matter: 关于X的落实情况", () => {
  test("一、关于X的落实情况 / 二、关于Y任务落实 are the works X and Y with their accounts; a closing 以上…均… is neither's", () => {
    const text = doc(
      "关于落实县委现场办公会议定事项的情况报告",
      "县委督查室：",
      "按照现场办公会的要求，我局逐项抓了落实。现将落实情况报告如下：",
      "一、关于茶叶良种园建设的落实情况",
      "截至目前，已在两个村建成茶叶良种园600亩，完成新植400亩。",
      "二、关于村道硬化任务落实",
      "今年以来，我们按照“村民自愿、钱物民管”的办法推进村道硬化。",
      "目前，已有9个村18公里村道硬化完毕。",
      "以上项目均已编制立项报告上报，预计年内资金可以到位。",
    );
    const r = importText(text);
    expect(progressOf(r, "茶叶良种园建设")?.text).toContain("完成新植400亩");
    expect(progressOf(r, "村道硬化任务")?.text).toContain("18公里村道硬化完毕");
    expect(progressOf(r, "村道硬化任务")?.text).not.toContain("立项报告");
    expect(holds(r, "以上项目")).toBe(false);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalikes: a part heading …工作开展情况 stays a part; 以上 inside an item's own account stays its account", () => {
    const part = importText(doc(
      "县农业农村局2023年工作总结",
      "一、主要工作开展情况",
      "（一）粮食生产稳中有进。全年粮食总产12.5万吨。",
      "（二）农田建设加快推进。新建高标准农田2.1万亩。",
    ));
    expect(holds(part, "主要工作开展情况")).toBe(false);
    expect(progressOf(part, "粮食生产稳中有进")?.text).toContain("12.5万吨");
    const own = importText(doc(
      "县交通运输局上半年工作总结",
      "一、道路建设加快推进",
      "上半年完成农村公路改造30公里。",
      "以上路段中，已有20公里通过交工验收。",
    ));
    expect(progressOf(own, "道路建设加快推进")?.text).toContain("20公里通过交工验收");
  });
});

describe("a project heading among project headings", () => {
  test("1. X项目 / 2. Y设施建设 / 3. Z项目, each alone over where it stands: Y is a project too", () => {
    const text = doc(
      "重点项目推进情况汇报",
      "一、重点项目进展情况",
      "1. 城北污水处理厂扩建项目",
      "目前已完成主体结构施工，正在安装设备。",
      "2. 城南文体中心设施建设",
      "目前已完成土地征收，施工单位已进场。",
      "3. 滨江公园提升工程",
      "目前已完成招标，即将开工。",
    );
    const r = importText(text);
    expect(progressOf(r, "城南文体中心设施建设")?.text).toContain("已完成土地征收");
    expect(progressOf(r, "城北污水处理厂扩建项目")?.text).toContain("主体结构");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: a sibling whose paragraph says no state (what it builds) is no project with progress", () => {
    const r = importText(doc(
      "重点项目推进情况汇报",
      "一、重点项目进展情况",
      "1. 城北污水处理厂扩建项目",
      "目前已完成主体结构施工，正在安装设备。",
      "2. 城南文体中心设施建设",
      "该项目主要建设文体中心和室外运动场。",
      "3. 滨江公园提升工程",
      "目前已完成招标，即将开工。",
    ));
    expect(progressOf(r, "滨江公园提升工程")?.text).toContain("已完成招标");
    expect(r.tasks.find((t) => t.text.includes("城南文体中心设施建设"))?.progress?.text ?? "").not.toContain("室外运动场");
  });
});

describe("a background part and a special report on one work", () => {
  test("一、基本情况's counts name no task; 二、主要做法's lead-in sentence neither; its 一是A，B。 measures are items with what was done", () => {
    const text = doc(
      "某乡关于农村饮水安全工作的报告",
      "各位代表：",
      "现在，我代表乡人民政府报告全乡农村饮水安全工作，请予审议。",
      "一、基本情况",
      "全乡辖8个行政村，总人口1.6万人，其中饮水不安全人口3200人，已解决2800人。",
      "二、主要做法",
      "工作开展以来，我乡压实责任、强化措施，主要采取了以下做法：",
      "一是高位推动，健全工作机制。成立由乡长任组长的工作专班，每月调度一次。",
      "二是多方筹资，加快工程建设。争取上级资金420万元，新建集中供水站3座。",
    );
    const r = importText(text);
    expect(holds(r, "已解决2800人")).toBe(false);
    expect(holds(r, "基本情况")).toBe(false);
    expect(holds(r, "主要采取了以下做法")).toBe(false);
    expect(progressOf(r, "高位推动，健全工作机制")?.text).toContain("成立由乡长任组长的工作专班");
    expect(progressOf(r, "多方筹资，加快工程建设")?.text).toContain("新建集中供水站3座");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalikes: a background paragraph naming works with their state keeps them; a 政府工作报告 is no special report", () => {
    const named = importText(doc(
      "区民生实事项目进展情况的报告",
      "一、总体进展情况",
      "截至6月底，城东学校、城西医院等2个项目已开工建设，老旧小区改造、口袋公园建设等3个项目已完成前期工作。",
    ));
    expect(holds(named, "城东学校")).toBe(true);
    const report = importText(doc(
      "2024年镇政府工作报告",
      "一、2023年工作回顾",
      "一是招商引资，壮大产业规模。全年引进项目12个。",
    ));
    expect(progressOf(report, "招商引资，壮大产业规模")).toBeUndefined();
  });
});

describe("a 汇报 in the report frame: progress, problems, plans", () => {
  test("一、工作进展情况：'s account names no task; 二、存在的问题's 一是 are no tasks; 三、下一步工作计划's 一是 are plans", () => {
    const text = doc(
      "乡镇人居环境整治工作汇报",
      "接到通知后，我乡立即明确专人负责此项工作。现将进展情况汇报如下：",
      "一、工作进展情况：",
      "全乡共清理垃圾1200吨，拆除危旧房屋46处，新建公厕8座。",
      "二、存在的问题",
      "一是群众参与不够。部分村民主动参与的意识不强。",
      "二是资金保障不足。村级保洁经费来源单一。",
      "三、下一步工作计划",
      "一是健全长效机制。明年将按照已建立的保洁制度抓好落实。",
      "二是加大资金投入。积极争取上级资金支持。",
    );
    const r = importText(text);
    expect(r.kind).toBe("report");
    expect(holds(r, "清理垃圾")).toBe(false);
    expect(holds(r, "群众参与不够")).toBe(false);
    expect(holds(r, "资金保障不足")).toBe(false);
    const plan = r.tasks.find((t) => t.text === "健全长效机制");
    expect(plan?.progress?.text ?? "").toBe("");
    expect(plan?.workTarget).toContain("保洁制度");
    expect(r.tasks.map((t) => t.text)).toEqual(["健全长效机制", "加大资金投入"]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalikes: a 通报 with 一、任务完成情况 and 二、下步工作要求 stays a list; a part naming its work (一、A项目完成情况) is no generic part", () => {
    const notice = importText(doc(
      "关于农村危房改造进度的通报",
      "一、任务完成情况",
      "全市今年改造农村危房1200户，已竣工860户。",
      "二、存在的问题",
      "一是进度不均衡。",
      "三、下步工作要求",
      "一是保质保量完成年度任务。原则上8月底前全面竣工。",
    ));
    expect(notice.kind).toBe("notice");
    const named = importText(doc(
      "重点工程推进情况汇报",
      "一、城区防洪堤工程完成情况",
      "截至目前，已完成堤身填筑2.3公里。",
      "二、存在的问题",
      "征地进度偏慢。",
      "三、下一步工作计划",
      "加快征地进度。",
    ));
    expect(holds(named, "城区防洪堤工程")).toBe(true);
  });
});

describe("an account part's opening", () => {
  test("the opening between 一、2023年工作总结 and its 1. leads, leading and counting nothing, is no task", () => {
    const text = doc(
      "镇2023年工作总结及2024年工作计划",
      "一、2023年工作总结",
      "2023年是全面贯彻党的二十大精神的开局之年。我镇在县委、县政府领导下，各项事业保持了良好的发展势头。",
      "1.经济运行平稳。全年完成地区生产总值7.2亿元。",
      "2.项目建设提速。全年实施重点项目15个，完成投资3.1亿元。",
      "二、2024年工作计划",
      "1.稳住经济运行。力争地区生产总值增长6%。",
    );
    const r = importText(text);
    expect(holds(r, "良好的发展势头")).toBe(false);
    expect(progressOf(r, "经济运行平稳")?.text).toContain("7.2亿元");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: an opening that counts what was reached stays read as before", () => {
    const r = importText(doc(
      "镇2023年工作总结及2024年工作计划",
      "一、2023年工作总结",
      "全年新建村级道路18公里。",
      "1.经济运行平稳。全年完成地区生产总值7.2亿元。",
    ));
    expect(progressOf(r, "经济运行平稳")?.text).toContain("7.2亿元");
    expect(r.skipped.some((s) => s.reason === "部分开头（不是任务）")).toBe(false);
  });
});
