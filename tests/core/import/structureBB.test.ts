/**
 * Round ba of issue 13 (layouts 454–462): catalogues whose structure is carried in the text. PDF table text whose pages
 * print the table's title again at their top (between the page number and the header drawn again, inside a row the page
 * break cut), and 分工方案 prose whose items close with an assignment note "（牵头单位：…；责任单位：…）" — a note that fills
 * the page's width before the next paragraph, or a note on its own line left open at the line's end. Each rule on texts of
 * our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");

describe("a PDF table's running title at a page's top is no text of the row the page break cut", () => {
  const table = (...middle: string[]) =>
    doc(
      "某县2024年重点工作任务分解表",
      "序号 工作任务 牵头单位 责任单位 完成时限",
      "1 新建高标准农田，巩固示范区建设 县农业农村局 县财政局 2024年10月",
      "成果",
      "2 推进城区老旧小区改造，完成改 县住建局 县财政局、 2024年12月",
      "造小区12个，同步",
      ...middle,
      "完善配套设施 各街道",
      "3 新建城区幼儿园2所 县教育局 县住建局 2024年9月",
      "— 3 —",
    );

  test("the title after the page number (the header drawn again below it) is the page's, the row goes on after", () => {
    const text = table("— 2 —", "某县2024年重点工作任务分解表", "序号 工作任务 牵头单位 责任单位 完成时限");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits, t.coUnits])).toEqual([
      ["1", "新建高标准农田，巩固示范区建设成果", ["县农业农村局"], ["县财政局"]],
      ["2", "推进城区老旧小区改造，完成改造小区12个，同步完善配套设施", ["县住建局"], ["县财政局", "各街道"]],
      ["3", "新建城区幼儿园2所", ["县教育局"], ["县住建局"]],
    ]);
    expect(r.skipped.some((s) => s.reason === "页眉" && s.text === "某县2024年重点工作任务分解表")).toBe(true);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("the title after the page number with no header drawn again is the page's too", () => {
    const r = importText(table("— 2 —", "某县2024年重点工作任务分解表"));
    expect(r.tasks.find((t) => t.id === "2")?.text).toBe("推进城区老旧小区改造，完成改造小区12个，同步完善配套设施");
  });

  test("lookalike: a line after the page number that only starts like the title is the row's text", () => {
    const text = doc(
      "某县2024年重点工作任务分解表",
      "序号 工作任务 牵头单位 责任单位 完成时限",
      "1 编制某县2024年重点工作 县发改局 县统计局 2024年3月",
      "— 2 —",
      "某县2024年重点工作任务清单，报县政府审定",
      "2 新建城区幼儿园2所 县教育局 县住建局 2024年9月",
    );
    const r = importText(text);
    expect(r.tasks.find((t) => t.id === "1")?.text).toContain("任务清单，报县政府审定");
  });
});

describe("an item's assignment note ends its paragraph in prose cut at the page's width", () => {
  const prose = (closing: string) =>
    doc(
      "某自治区2024年《政府工作报告》重点工作分工方案",
      "为抓好《政府工作报告》确定的各项任务落实，现将重点工作分工如",
      "下：",
      "一、重点工作",
      "1.着力推进重大工程建设，抓好重点项目前期工作和开工建设。（牵头",
      "单位：自治区发展改革委；责任单位：自治区交通运输厅、自治区水利",
      "厅）",
      "2.聚力发展特色产业，推动清洁能源、天然饮用水产业做大做强。",
      "（牵头单位：自治区经济和信息化厅；责任单位：自治区商务厅厅）",
      closing,
    );

  test("a note that fills the width, with a closing requirement below it: the note is the item's, the requirement no task", () => {
    const text = prose("各牵头单位要会同责任单位细化措施，每季度末报送进展情况。");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([
      ["1", ["自治区发展改革委"], ["自治区交通运输厅", "自治区水利厅"]],
      ["2", ["自治区经济和信息化厅"], ["自治区商务厅厅"]],
    ]);
    expect(r.tasks.some((t) => t.text.includes("每季度末"))).toBe(false);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: a bracket that names no label, filling the width, goes on in the next line", () => {
    const text = doc(
      "某县2024年重点工作安排",
      "为抓好各项任务落实，现将今年重点工作安排如下，请各单位认真抓",
      "好落实：",
      "一、城市建设",
      "1.全面推进城区老旧小区改造，今年完成改造老旧小区（含背街小巷）",
      "共12个，同步完善停车、充电等配套设施，改善居民居住条件。（牵",
      "头单位：县住建局；责任单位：县财政局、各街道办事处、县城管局）",
      "2.新建城区公园2处，提升城市绿化水平，方便群众休闲健身活动，",
      "改善人居环境。（牵头单位：县园林局；责任单位：县财政局、县自",
      "然资源局）",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits])).toEqual([["1", ["县住建局"]], ["2", ["县园林局"]]]);
    expect(r.tasks[0].text).toContain("（含背街小巷）共12个");
  });
});

describe("an assignment note on its own line under an item, left open at the line's end", () => {
  test("the next line closes the note: the units are the item's", () => {
    const text = doc(
      "某州2024年《政府工作报告》重点工作分工",
      "一、推动产业发展",
      "1.推进棉花产业高质量发展，提升棉花质量效益。",
      "（牵头单位：州农业农村局；责任单位：州发展改革委、",
      "州市场监管局）",
      "2.固定资产投资增长10%以上。",
      "（牵头单位：州发展改革委；责任单位：各县市）",
      "二、保障改善民生",
      "3.城镇新增就业2万人以上。",
      "（牵头单位：州人力资源社会保障局；责任单位：各县市）",
      "4.新建城区幼儿园3所。",
      "（牵头单位：州教育局；责任单位：州住建局）",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits, t.coUnits])).toEqual([
      ["1", "推进棉花产业高质量发展，提升棉花质量效益。", ["州农业农村局"], ["州发展改革委", "州市场监管局"]],
      ["2", "固定资产投资增长10%以上。", ["州发展改革委"], ["各县市"]],
      ["3", "城镇新增就业2万人以上。", ["州人力资源社会保障局"], ["各县市"]],
      ["4", "新建城区幼儿园3所。", ["州教育局"], ["州住建局"]],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: an open bracket that opens no label under an item is not its note", () => {
    const r = importText(doc(
      "某州2024年重点工作分工",
      "一、推动产业发展",
      "1.推进棉花产业高质量发展。（牵头单位：州农业农村局）",
      "（含长绒棉、彩色棉等特色品种，",
      "2.固定资产投资增长10%以上。（牵头单位：州发展改革委）",
      "3.新建城区幼儿园3所。（牵头单位：州教育局）",
    ));
    const first = r.tasks.find((t) => t.id === "1");
    expect(first?.leadUnits).toEqual(["州农业农村局"]);
    expect(first?.text ?? "").not.toContain("长绒棉");
  });
});

describe("an item's note cut by a page's foot, in text not rejoined at a width", () => {
  const items = (...middle: string[]) =>
    doc(
      "某区2024年重点工作分工",
      "一、重点工作",
      "1.推进城区道路改造。（牵头单位：区住建局）",
      ...middle,
      "3.新建社区食堂5个。（牵头单位：区民政局；责任单位：各街道）",
      "4.新建城区幼儿园3所。（牵头单位：区教育局）",
    );

  test("the note's rest after the page number is the item's (its units, not the next item's)", () => {
    const text = items("2.着力推进重点项目建设。（牵头单", "— 2 —", "位：区发改局；责任单位：区财政局）");
    const r = importText(text);
    const second = r.tasks.find((t) => t.id === "2");
    expect([second?.text, second?.leadUnits, second?.coUnits]).toEqual(["着力推进重点项目建设。", ["区发改局"], ["区财政局"]]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: after an item whose note is closed, the line after the page number is not taken into it", () => {
    const r = importText(items("2.着力推进重点项目建设。（牵头单位：区发改局）", "— 2 —", "各单位要细化措施，按季度报送进展。"));
    const second = r.tasks.find((t) => t.id === "2");
    expect(second?.text).toBe("着力推进重点项目建设。");
    expect(second?.leadUnits).toEqual(["区发改局"]);
  });
});
