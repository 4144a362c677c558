/**
 * Round as (issue 13): prose copied out of a PDF, every line cut at the page's width, page numbers and a running header
 * between pages. Each rule with the lookalikes it leaves alone; the last block re-wraps round aq's train reports at fixed
 * widths, as a PDF copy gives them, and asks for the import of the unwrapped text.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { importText, ImportResult } from "../../../src/core/import";
import { cutWidth, rejoinFixedWidth } from "../../../src/core/import/fixedWidth";
import { unaccountedLines, wrapAtWidth } from "./helpers";

const summary = (r: ImportResult) => r.tasks.map((t) => `${t.text} => ${t.progress?.text ?? ""}`);

describe("prose cut at a fixed width (round as)", () => {
  const paragraphs = [
    "一、加大环境整治力度，绿化美化社区",
    "管区加快旧小区改造步伐。投资104万元，在广盛里社区铺设4横12纵、总面积1.4万余平方米的水泥路，同时铺设主排水管道1238米，彻底改变了四个小区居民出行难的状况。",
    "二、完善社区服务设施，方便居民生活",
    "投资4.2万元将原石化厂小医院改造成农贸市场，取缔了占道经营的自发市场，居民买菜难的问题得到解决。投资130万元对北陈社区实施上下水改造工程，解决了四个小区居民吃水难、排水不畅的问题，同时修建简易活动场地，安装4组健身路径。",
  ];
  const title = "2008年街道办事处工作总结";

  test("the width is found from the lines that stop mid-sentence: 16 in a bulletin's column, 28 on a 公文 page", () => {
    for (const width of [16, 28]) {
      const lines = [title, ...paragraphs.flatMap((p) => wrapAtWidth(p, width))];
      expect(cutWidth(lines)).toBe(width);
    }
  });

  test("a heading cut at the width is whole again, each paragraph one line, the page number and running header out", () => {
    const body = paragraphs.flatMap((p) => wrapAtWidth(p, 16));
    const lines = [title, ...body.slice(0, 9), "", "— 1 —", "", title, ...body.slice(9), "", "— 2 —"];
    const rejoined = rejoinFixedWidth(lines)!;
    const got = rejoined.lines.filter((l) => l.trim());
    expect(got.slice(0, 4)).toEqual([title, ...paragraphs.slice(0, 3)]);
    // A line that fills the width and happens to end a sentence (。) may end a paragraph there: the text is all there, in order.
    expect(got.slice(4).join("")).toBe(paragraphs[3]);
    expect(rejoined.furniture.map((f) => f.reason)).toEqual(["页码", "页眉", "页码"]);
    const result = importText(lines.join("\n"));
    expect(summary(result)[0]).toMatch(/^加大环境整治力度，绿化美化社区 => .*投资104万元/);
    expect(unaccountedLines(lines.join("\n"), result)).toEqual([]);
  });

  test("a numbered heading exactly as wide as the width keeps the paragraph under it apart", () => {
    const lines = ["一、关于通村公路硬化任务落实", ...wrapAtWidth("今年以来，我们把通村公路硬化作为工作重点，与当地党委、政府共同研究，发现问题及时解决。目前已有11个村26.2公里村道全部硬化完毕。", 14), ...wrapAtWidth("二、关于苎麻良种园建设落实情况的报告", 14), ...wrapAtWidth("截至目前，已建立苎麻良种园1000亩，完成新植800亩，品种改良142亩。", 14)];
    const rejoined = rejoinFixedWidth(lines)!;
    expect(rejoined.lines[0]).toBe("一、关于通村公路硬化任务落实");
    // A heading that holds a clause or stops on a figure is a sentence going on.
    const clause = rejoinFixedWidth(["（一）兰花花金街环境卫生脏乱差，各类", ...wrapAtWidth("杂物随意堆放，施工围挡上没有公益广告。整改措施：针对这一问题，我镇立即安排社区核查，组织人员清理干净。", 18), ...wrapAtWidth("（二）望通路南北两侧卫生脏乱，装修垃圾成堆，环境卫生较差，群众反映强烈。", 18)])!;
    expect(clause.lines[0]).toMatch(/^（一）兰花花金街环境卫生脏乱差，各类杂物随意堆放/);
  });

  test("a full line ending with 。 ends its paragraph; one ending with ； goes on; a label or a number opens a line of its own", () => {
    const lines = [
      "镇党委、政府对审计发现的问题高度重视。",
      "主要领导多次召开专题会议研究整改；",
      "分管领导带队逐项核查，建立问题清单。",
      "整改情况：尚未整改到位，预计年底前整",
      "改到位。存在困难：资金缺口较大，设施",
      "1.全面改造用电线路，保证用电安全。",
    ];
    const more = ["2.清理蓄水池内淤泥，保障设施正常运行，防止同类问题再次发生。", "3.疏通清理收集雨污水的管网，确保雨污水收集利用，打好设施运行的基础。"];
    const rejoined = rejoinFixedWidth([...lines, ...more.flatMap((p) => wrapAtWidth(p, 18))])!;
    expect(rejoined.lines.slice(0, 6)).toEqual([
      "镇党委、政府对审计发现的问题高度重视。",
      "主要领导多次召开专题会议研究整改；分管领导带队逐项核查，建立问题清单。",
      "整改情况：尚未整改到位，预计年底前整改到位。存在困难：资金缺口较大，设施",
      "1.全面改造用电线路，保证用电安全。",
      ...more,
    ]);
  });

  test("lookalikes stay as they are: a table copied one cell a line, a list of label lines, cells apart by spaces", () => {
    // A PDF table one cell a line: its long cells wrap at the column's width, its short cells (序号, units) stand between.
    const cells = ["序号", "交办问题", "责任单位", "整改进展", "1", "官店镇砂石料公司扬尘污", "染及未批先建问题", "官店镇人民政府", "县自然资源局", "已停产整顿，补办环评手", "续正在办理。", "2", "花坪镇养殖场污水直排问", "题", "花坪镇人民政府", "已完成整改，污水处理设", "施投入运行。"];
    expect(cutWidth(cells)).toBe(0);
    // A list whose items are followed by their label lines, blank lines between.
    const list = ["一是抓项目扩投资（共2项）", "", "1、全年实施亿元以上重点项目60个。", "牵头单位：县发改委", "责任单位：县重点局，各乡镇", "", "2、新开工建设标准化厂房10万平方米。", "牵头单位：县经开区管委会", "责任单位：县自然资源局", "", "二是抓民生补短板（共2项）"];
    expect(cutWidth(list)).toBe(0);
    // A table copied out of a PDF with its cells apart by spaces.
    const spaced = ["序号 年度任务目标 责任单位 进展情况", "1 地区生产总值增长6%左右。 区发改局 上半年增长5.8%", "2 一般公共预算收入增长6%。 区财政局 上半年增长6.1%", "3 固定资产投资增长8%。 区发改局 上半年增长7.9%"];
    expect(cutWidth(spaced)).toBe(0);
    expect(rejoinFixedWidth(spaced)).toBeNull();
  });
});

describe("a rectification's measures told as done are its progress (round as)", () => {
  test("“问题。整改措施：我镇立即安排…清理干净” gives the problem and what was done", () => {
    const head = ["创建文明城市督查问题整改报告", "县创城指挥部办公室：", "根据督查暗访情况的通知，市创城办对园区创建工作开展了督查暗访，现将整改情况报告如下："];
    const text = [...head, "（一）兰花花金街环境卫生脏乱差，各类杂物随意堆放。整改措施：针对这一问题，我镇立即安排社区组织人员将街面杂物清理干净。", "（二）望通路两侧卫生脏乱，装修垃圾成堆。整改措施：社区调用大型机械将路面垃圾清运完毕。", "（三）快速通道路口东侧堆放大量生活垃圾。整改措施：组织人员将堆放的生活垃圾全部清运，并安排专人巡查。"].join("\n");
    const result = importText(text);
    expect(summary(result)).toEqual([
      "兰花花金街环境卫生脏乱差，各类杂物随意堆放 => 针对这一问题，我镇立即安排社区组织人员将街面杂物清理干净。",
      "望通路两侧卫生脏乱，装修垃圾成堆 => 社区调用大型机械将路面垃圾清运完毕。",
      // Nothing says it was done (no 已, 了, 完毕, 立即 …): the measures stay in the item, no progress is made up.
      "快速通道路口东侧堆放大量生活垃圾。整改措施：组织人员将堆放的生活垃圾全部清运，并安排专人巡查。 => ",
    ]);
  });

  test("measures still to take stay the next steps, not progress", () => {
    const head = ["审计问题整改情况报告", "县审计局：", "根据专项审计调查报告指出的问题，我镇逐项研究了整改措施，现将整改情况报告如下："];
    const text = [...head, "（一）污水处理设施没有启用。整改措施：全面改造用电线路，保证用电安全；清理蓄水池内淤泥，保障设施正常运行。", "（二）垃圾中转站未按期建成。整改措施：加快施工进度，力争年底前建成投用。", "（三）快速通道路口东侧堆放大量生活垃圾。整改措施：组织人员清运堆放的生活垃圾，安排专人巡查。"].join("\n");
    const result = importText(text);
    expect(result.tasks.map((t) => t.progress?.text ?? "")).toEqual(["", "", ""]);
  });
});

describe("round aq's train reports re-wrapped as a PDF copy gives them (round as)", () => {
  const dir = path.join(__dirname, "../../fixtures/import/layouts");
  const reports = ["346", "347", "349", "350", "352", "353"].map((id) => readFileSync(path.join(dir, readdirSync(dir).find((n) => n.startsWith(`${id}-`))!), "utf8"));
  const rewrapped = (text: string, width: number) => {
    const [first, ...rest] = text.split(/\r?\n/);
    return [first, ...rest.flatMap((l) => (l.trim() ? wrapAtWidth(l.trim(), width) : [l]))].join("\n");
  };
  // At 20 and 28 characters a line (round aq: five of six differed at 14, four at 20) every report reads as written.
  test.each([20, 28])("cut at %i characters a line, each imports its tasks and progress as the unwrapped text does", (width) => {
    for (const text of reports) expect(summary(importText(rewrapped(text, width)))).toEqual(summary(importText(text)));
  });
});

describe("a plan part's numbered sentences are plans (round as)", () => {
  const head = ["某镇关于审计问题整改情况的报告", "按照专项审计调查报告，涉及我镇的问题共1项，现将整改落实情况报告如下：", "一、高度重视", "镇党委、政府高度重视，多次召开专题会议研究整改，采取有力措施纠正问题。", "二、整改情况", "问题描述：污水处理设施没有启用。", "整改情况：尚未整改到位，预计年底前整改到位。", "三、下步计划"];
  test("under 三、下步计划, （一）（二） sentences are tasks of their own, though the problem stands at a deeper level", () => {
    const text = [...head, "（一）借助环境日等活动加大宣传力度，动员群众参与环境保护。", "（二）全面推进蓝天保卫战各项重点任务，加大监管执法力度。"].join("\n");
    const texts = importText(text).tasks.map((t) => t.text);
    expect(texts.some((t) => t.includes("污水处理设施没有启用"))).toBe(true);
    expect(texts.some((t) => t.startsWith("借助环境日等活动加大宣传力度"))).toBe(true);
    expect(texts.some((t) => t.startsWith("全面推进蓝天保卫战各项重点任务"))).toBe(true);
    expect(texts.some((t) => t.includes("高度重视"))).toBe(false);
  });

  test("a short sub-heading under a plan part (no sentence) stays a sub-heading", () => {
    const text = [...head, "（一）宣传引导", "借助环境日等活动加大宣传力度，动员群众参与环境保护。", "（二）监管执法", "全面推进蓝天保卫战各项重点任务，加大监管执法力度。"].join("\n");
    expect(importText(text).tasks.some((t) => t.text === "宣传引导" || t.text === "监管执法")).toBe(false);
  });
});
