/**
 * A list's own ways of saying who leads (import-lists4): a bracket closing an item ("（X牵头，A、B配合）"), a sentence of the
 * item ("由X牵头，A配合。", "…，X负责。"), leaders named by their posts and units sharing a task out with no lead, all read by
 * the one phrase reader the table importer uses; label lines whose units follow a space; and the 提示 an import gives for
 * each short unit name it read as a 单位 sheet entry. Material written for these tests.
 */
import { importText, renderPreview } from "../../../src/core/import";
import { readUnitsPhrase } from "../../../src/core/import/assignmentPhrase";
import { UnitEntry } from "../../../src/core/model";
import { analyzeWorkbook } from "../../../src/core/engine";
import { catalogueSheet } from "../../support/books";
import { createUnitRegistry } from "../../../src/core/units/registry";

const list = (...items: string[]) => importText(["一、民生实事", ...items].join("\n"));
const units = (r: ReturnType<typeof importText>) => r.tasks.map((t) => ({ text: t.text, lead: t.leadUnits, co: t.coUnits }));

describe("readUnitsPhrase: posts, shared tasks and units with no role word", () => {
  test.each([
    ["区财政局、区教育局按职责分工负责", { lead: "", co: "区财政局、区教育局", shared: true }],
    ["各镇街按职责分工负责", { lead: "", co: "各镇街", shared: true }],
    ["区发改局牵头，各镇街按职责分工负责", { lead: "区发改局", co: "各镇街" }],
    ["分管副区长负责，区住建局牵头", { lead: "区住建局", co: "", leaderPosts: ["分管副区长"] }],
    ["常务副区长牵头，区水务局负责，区财政局配合", { lead: "区水务局", co: "区财政局", leaderPosts: ["常务副区长"] }],
    ["分管副区长、协管副秘书长负责", { lead: "", co: "", leaderPosts: ["分管副区长", "协管副秘书长"] }],
    ["区卫健局、区教育局负责", { lead: "区卫健局", co: "区教育局" }],
    ["区商务局牵头，区财政局，区市场监管局配合", { lead: "区商务局", co: "区财政局、区市场监管局" }],
    ["区商务局牵头，区财政局", { lead: "区商务局", co: "区财政局" }],
  ])("%s", (text, phrase) => {
    expect(readUnitsPhrase(text)).toEqual(phrase);
  });

  test.each(["区财政局配合", "区发改局、区财政局", "新建公厕10座，区城管局负责", "区发改局牵头，年底前完成"])("%s is no phrase", (text) => {
    expect(readUnitsPhrase(text)).toBeNull();
  });
});

describe("a list item's closing bracket and its assignment sentence", () => {
  test("a post beside the units is no unit and no lead", () => {
    const r = list("1.新建口袋公园5个。（常务副区长负责，区住建局牵头，区城管局配合）", "2.新建污水管网3公里。（分管副区长负责）");
    expect(units(r)).toEqual([
      { text: "新建口袋公园5个。", lead: ["区住建局"], co: ["区城管局"] },
      { text: "新建污水管网3公里。", lead: [], co: [] },
    ]);
  });

  test("units sharing a task out give no lead, in a bracket as in a sentence", () => {
    const r = list("1.开展燃气安全排查。（各镇街按职责分工负责）", "2.开展消防隐患整治。各镇街按职责分工负责。", "3.建设应急避难场所2处。（区应急局牵头，各镇街按职责分工负责）");
    expect(units(r)).toEqual([
      { text: "开展燃气安全排查。", lead: [], co: ["各镇街"] },
      { text: "开展消防隐患整治。", lead: [], co: ["各镇街"] },
      { text: "建设应急避难场所2处。", lead: ["区应急局"], co: ["各镇街"] },
    ]);
  });

  test("several units answering with no 牵头: the first written leads, as in any list with no mark", () => {
    const r = list("1.新增托位300个。（区卫健局、区教育局负责）", "2.改造农贸市场2个。（区商务局负责，区市场监管局配合）");
    expect(units(r)).toEqual([
      { text: "新增托位300个。", lead: ["区卫健局"], co: ["区教育局"] },
      { text: "改造农贸市场2个。", lead: ["区商务局"], co: ["区市场监管局"] },
    ]);
  });

  test("a sentence of the item: the item's own words before it are never units", () => {
    const r = list("1.改造老旧管网20公里。由区水务局牵头，区财政局配合。", "2.新建充电桩800个，区发改局负责。", "3.推进城乡社区服务提升，区民政局负责。", "4.由区教育局牵头，新建学校食堂3个。");
    expect(units(r)).toEqual([
      { text: "改造老旧管网20公里。", lead: ["区水务局"], co: ["区财政局"] },
      { text: "新建充电桩800个。", lead: ["区发改局"], co: [] },
      { text: "推进城乡社区服务提升。", lead: ["区民政局"], co: [] },
      // Round aw: an item opening with who leads it ("由X牵头，…") names its lead; its words stay whole.
      { text: "由区教育局牵头，新建学校食堂3个。", lead: ["区教育局"], co: [] },
    ]);
  });
});

describe("a list's label line with its units after a space", () => {
  test("牵头单位 X alone on its line, and lead and helpers on one line", () => {
    const r = list("1.新建口袋公园5个。", "牵头单位 区住建局", "配合单位 区城管局、区财政局", "2.新增托位300个。", "牵头单位 区卫健局 配合单位 区教育局", "3.开展燃气安全排查。", "责任单位　区应急局");
    expect(units(r).map((u) => [u.lead, u.co])).toEqual([
      [["区住建局"], ["区城管局", "区财政局"]],
      [["区卫健局"], ["区教育局"]],
      [["区应急局"], []],
    ]);
    expect(r.unrecognized).toEqual([]);
  });

  test("a sentence opening with a label word stays a sentence", () => {
    const r = list("1.新建口袋公园5个。", "牵头单位：区住建局", "责任单位 要在6月底前报送方案");
    expect(r.tasks[0].leadUnits).toEqual(["区住建局"]);
    expect(r.tasks.flatMap((t) => t.coUnits)).not.toContain("要在6月底前报送方案");
  });
});

describe("short unit names read as a 单位 sheet entry are told as 提示", () => {
  const sheet: UnitEntry[] = ["区大数据发展管理局", "区财政局", "区城市管理局", "区城市管理综合执法局"].map((name) => ({ name, aliases: [], category: "区直部门", leader: "" }));
  const doc = ["一、数字政府", "1.建成城市运行管理平台1个。（大数据局牵头，区财政局配合）", "2.新建智慧停车泊位500个。（大数据局牵头，城管局配合）"].join("\n");

  test("one finding per short name, naming the short and the full name and the items", () => {
    const r = importText(doc, { units: sheet });
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([["区大数据发展管理局"], ["区大数据发展管理局"]]);
    const resolved = r.notes.filter((n) => n.code === "IMPORT_UNIT_SHORT_RESOLVED");
    expect(resolved).toEqual([
      { code: "IMPORT_UNIT_SHORT_RESOLVED", severity: "info", message: expect.stringContaining("「大数据局」按单位表读作「区大数据发展管理局」（第 1、2 项），请核对。") },
    ]);
    // The ambiguous one is still a warning of its own, not a 提示.
    expect(r.notes.filter((n) => n.code === "IMPORT_UNIT_SHORT_AMBIGUOUS").map((n) => n.severity)).toEqual([undefined]);
  });

  test("a name the sheet or the built-in list knows is no guess: no finding", () => {
    const r = importText(["一、数字政府", "1.建成城市运行管理平台1个。（区大数据发展管理局牵头，区财政局配合）"].join("\n"), { units: sheet });
    expect(r.notes.filter((n) => n.code === "IMPORT_UNIT_SHORT_RESOLVED")).toEqual([]);
    expect(importText(doc).notes.filter((n) => n.code === "IMPORT_UNIT_SHORT_RESOLVED")).toEqual([]);
  });

  test("the preview shows it as the other findings, labelled 提示", () => {
    const text = renderPreview(importText(doc, { units: sheet }));
    expect(text).toContain("  [提示] [IMPORT_UNIT_SHORT_RESOLVED] 「大数据局」按单位表读作「区大数据发展管理局」");
    expect(text).toContain("  [IMPORT_UNIT_SHORT_AMBIGUOUS] 「城管局」");
  });

  test("validate reads the short name in a workbook as the entry: no error, no unknown unit", () => {
    const a = analyzeWorkbook(
      {
        sheets: [
          catalogueSheet([{ id: "1", lead: "大数据局", co: "区财政局" }]),
          { name: "单位", rows: [["单位名称", "别名", "类别", "分管领导"], ...sheet.map((e) => [e.name, "", e.category, ""])] },
        ],
      },
      { today: "2024-04-10" },
    );
    // The only error is the quarter's missing report, owed by the entry the short name stands for.
    expect(a.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.unit])).toEqual([["REPORT_MISSING", "区大数据发展管理局"]]);
    expect(a.findings.filter((f) => f.code === "CAT_UNKNOWN_UNIT")).toEqual([]);
  });
});

/**
 * A short name that drops the full name's first word ("资规局" for 自然资源和规划局) is read by no rule (import-lists4): a
 * short name as any run of the full name's characters reads "管理局" as 区应急管理局 and "政务局" as 区行政审批服务局 in a
 * sample book's sheet; the first characters of the words after the first read the generic "监管局" as 区市场监督管理局. Such
 * names stay as written; "资规局" is in the built-in alias list with 自规局.
 */
describe("short names that drop the first word stay as written, except the built-in aliases", () => {
  const sheet: UnitEntry[] = [
    "区自然资源和规划局", "区应急管理局", "区行政审批服务局", "区退役军人事务局", "区市场监督管理局", "区地方金融监督管理局", "区数据资源管理局", "区住房和城乡建设局",
  ].map((name) => ({ name, aliases: [], category: "区直部门", leader: "" }));
  const registry = createUnitRegistry(sheet);

  test.each(["管理局", "政务局", "服务局", "事务局", "监管局", "资管局", "城建局"])("%s is no entry", (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });

  test("资规局 is the sheet's 自然资源和规划局 through the built-in aliases, not a guess (no 提示)", () => {
    expect(registry.resolve("资规局")).toBe("区自然资源和规划局");
    expect(registry.shortFormEntry("资规局")).toBeNull();
  });
});
