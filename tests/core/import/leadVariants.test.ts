/**
 * One small catalogue written with its lead and co-units in the many ways offices fill a 责任单位 cell, read as a table
 * (tab rows, and spreadsheet cells where a cell may break its line): every way must give the same leads and co-units.
 * Phrases ("X牵头，A、B配合", "由X负责", "X负责，A参与"), labels apart by a space or a line break instead of a colon, a
 * cell opening with the leader's name, and the short forms of the units (发改局 for 区发展和改革局), which resolve through
 * the 单位 sheet when exactly one of its entries fits. `LEAD_VARIANTS_TABLE=1` prints the score by form.
 */
import { importRows, importText, ImportResult } from "../../../src/core/import";
import { UnitEntry } from "../../../src/core/model";
import { readUnitsPhrase } from "../../../src/core/import/assignmentPhrase";
import { createUnitRegistry } from "../../../src/core/units/registry";

interface Item {
  text: string;
  leader: string;
  lead: string;
  co: string[];
}

const ITEMS: Item[] = [
  { text: "新开工重大项目20个，完成投资80亿元。", leader: "张三", lead: "区发展和改革局", co: ["区财政局", "区自然资源和规划局"] },
  { text: "建成城市运行管理平台1个。", leader: "李四", lead: "区大数据发展管理局", co: ["区工业和信息化局"] },
  { text: "抽检食品2000批次。", leader: "王五", lead: "区市场监督管理局", co: [] },
  { text: "新增城镇就业3000人。", leader: "赵六", lead: "区人力资源和社会保障局", co: ["区财政局", "区教育局"] },
];

/** How each unit is also written, short: what offices call the bureau in a cell. */
const SHORT: Record<string, string> = {
  区发展和改革局: "发改局",
  区财政局: "财政局",
  区自然资源和规划局: "自然资源局",
  区大数据发展管理局: "大数据局",
  区工业和信息化局: "工信局",
  区市场监督管理局: "市监局",
  区人力资源和社会保障局: "人社局",
  区教育局: "教育局",
};

const SHEET: UnitEntry[] = [...Object.keys(SHORT), "区审计局", "区统计局", "区城市管理局"].map((name) => ({ name, aliases: [], category: "区直部门", leader: "" }));

/** The forms of a units cell: the lead X and the co-units A, B as one office or another writes them. */
const FORMS: Record<string, (lead: string, co: string[], leader: string) => string> = {
  "labels with colons": (x, co) => (co.length ? `牵头单位：${x}；配合单位：${co.join("、")}` : `牵头单位：${x}`),
  "X牵头，A、B配合": (x, co) => (co.length ? `${x}牵头，${co.join("、")}配合` : `${x}牵头`),
  "由X牵头，A、B配合": (x, co) => (co.length ? `由${x}牵头，${co.join("、")}配合` : `由${x}牵头`),
  "由X负责": (x, co) => (co.length ? `由${x}负责，${co.join("、")}配合` : `由${x}负责`),
  "X负责，A、B参与": (x, co) => (co.length ? `${x}负责，${co.join("、")}参与` : `${x}负责`),
  "X主办，A、B协办": (x, co) => (co.length ? `${x}主办，${co.join("、")}协办` : `${x}主办`),
  "labels apart by a space": (x, co) => (co.length ? `牵头单位 ${x} 配合单位 ${co.join("、")}` : `牵头单位 ${x}`),
  "X（牵头）、A、B": (x, co) => [`${x}（牵头）`, ...co].join("、"),
  "the leader's name, then the units": (x, co, leader) => `${leader} ${[x, ...co].join("、")}`,
};

const HEADER = ["序号", "工作任务", "责任单位", "完成时限"];

function rowsOf(form: string, short: boolean, breakLines: boolean): string[][] {
  const name = (u: string) => (short ? SHORT[u] : u);
  return [
    HEADER,
    ...ITEMS.map((it, k) => {
      let cell = FORMS[form](name(it.lead), it.co.map(name), it.leader);
      // A spreadsheet cell breaks its line where a pasted one has a space or a ；.
      if (breakLines) cell = cell.replace(/；| (?=配合单位)/g, "\n");
      return [String(k + 1), it.text, cell, "12月底前"];
    }),
  ];
}

type Way = "tab rows" | "cells" | "cells, lines broken";
const WAYS: Way[] = ["tab rows", "cells", "cells, lines broken"];

function read(form: string, short: boolean, way: Way): ImportResult {
  const rows = rowsOf(form, short, way === "cells, lines broken");
  return way === "tab rows" ? importText(rows.map((r) => r.join("\t")).join("\n"), { units: SHEET }) : importRows(rows, { units: SHEET });
}

const got = (r: ImportResult) => r.tasks.map((t) => ({ lead: t.leadUnits, co: t.coUnits }));
const want = ITEMS.map((it) => ({ lead: [it.lead], co: it.co }));

const cases = Object.keys(FORMS).flatMap((form) => [false, true].flatMap((short) => WAYS.map((way) => [form, short, way] as const)));

afterAll(() => {
  if (!process.env.LEAD_VARIANTS_TABLE) return;
  const kept = cases.filter(([form, short, way]) => JSON.stringify(got(read(form, short, way))) === JSON.stringify(want));
  const lines = Object.keys(FORMS).map((form) => `${form}: ${kept.filter((c) => c[0] === form).length}/${cases.filter((c) => c[0] === form).length}`);
  console.log(`lead variants kept ${kept.length}/${cases.length}\n${lines.join("\n")}`);
});

describe("the same catalogue, its lead and co-units written in many ways", () => {
  test.each(cases)("%s (short names: %s), %s", (form, short, way) => {
    const r = read(form, short, way);
    expect(got(r)).toEqual(want);
  });

  test("a cell opening with the leader's name gives the leader too, and no unit of that name", () => {
    for (const way of WAYS) {
      const r = read("the leader's name, then the units", false, way);
      expect(r.tasks.map((t) => t.leader)).toEqual(ITEMS.map((it) => it.leader));
    }
  });
});

describe("readUnitsPhrase: the one reader of a units cell's or label's phrase", () => {
  test.each([
    ["区发改局牵头，区财政局、区住建局配合", "区发改局", "区财政局、区住建局"],
    ["由区发改局负责", "区发改局", ""],
    ["区人社局负责，区财政局参与", "区人社局", "区财政局"],
    ["区商务局为牵头单位，区财政局为配合单位", "区商务局", "区财政局"],
    ["牵头单位 区发改局 配合单位 区财政局", "区发改局", "区财政局"],
    ["牵头单位：区发改局\n配合单位：区财政局", "区发改局", "区财政局"],
    ["区发改局牵头，区财政局负责", "区发改局", "区财政局"],
  ])("%s", (cell, lead, co) => {
    expect(readUnitsPhrase(cell)).toEqual({ lead, co });
  });

  test.each([
    // Units only, a sentence, figures: no phrase ("A、B按职责分工负责" shares the task out, listPhrases.test.ts).
    "区发改局、区财政局",
    "区发改局负责编制规划。区财政局做好保障",
    "完成投资80亿元，区发改局负责",
    "牵头单位：",
  ])("%s is no phrase", (cell) => {
    expect(readUnitsPhrase(cell)).toBeNull();
  });
});

describe("short unit forms and the 单位 sheet", () => {
  const sheet: UnitEntry[] = ["区城市管理局", "区城市管理综合执法局", "区大数据发展管理局", "区财政局"].map((name) => ({ name, aliases: [], category: "区直部门", leader: "" }));
  const table = (cell: string) => ["序号\t工作任务\t责任单位", `1\t新建智慧停车泊位500个。\t${cell}`].join("\n");

  test("a short form that fits one entry is that entry", () => {
    const r = importText(table("大数据局牵头，财政局配合"), { units: sheet });
    expect([r.tasks[0].leadUnits, r.tasks[0].coUnits]).toEqual([["区大数据发展管理局"], ["区财政局"]]);
    expect(r.notes.filter((n) => n.code === "IMPORT_UNIT_SHORT_AMBIGUOUS")).toEqual([]);
  });

  test("a short form that fits two entries stays as written, with a finding naming both", () => {
    const r = importText(table("城管局牵头，财政局配合"), { units: sheet });
    expect(r.tasks[0].leadUnits).toEqual(["城管局"]);
    const notes = r.notes.filter((n) => n.code === "IMPORT_UNIT_SHORT_AMBIGUOUS");
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain("「区城市管理局」或「区城市管理综合执法局」");
  });

  test("with no 单位 sheet nothing is guessed", () => {
    const r = importText(table("大数据局牵头，财政局配合"));
    expect(r.tasks[0].leadUnits).toEqual(["大数据局"]);
  });

  test("a name the sheet does not shorten so stays: another ending, another first character", () => {
    const registry = createUnitRegistry(sheet);
    expect(registry.isKnown("城管队")).toBe(false);
    expect(registry.isKnown("数据局")).toBe(false);
    expect(registry.resolve("区大数据局")).toBe("区大数据发展管理局");
  });
});

describe("a name before the units is the leader; after a unit it is still the person", () => {
  test.each([
    ["张三 区发改局、区财政局", ["区发改局", "区财政局"], "张三", ""],
    ["区发改局 张三", ["区发改局"], "", "张三"],
  ])("%s", (cell, units, leader, person) => {
    const r = importText(["序号\t工作任务\t责任单位", `1\t新建智慧停车泊位500个。\t${cell}`].join("\n"));
    const t = r.tasks[0];
    expect([[...t.leadUnits, ...t.coUnits], t.leader, t.person]).toEqual([units, leader, person]);
  });
});

describe("label lines of lists and notices read the same phrases as a units cell", () => {
  const lines = (assign: (k: number) => string) =>
    ITEMS.map((it, k) => [`${k + 1}.${it.text}`, assign(k)]).flat();
  const phrase = (k: number) => FORMS["X牵头，A、B配合"](ITEMS[k].lead, ITEMS[k].co, ITEMS[k].leader);
  const answered = (k: number) => FORMS["由X负责"](ITEMS[k].lead, ITEMS[k].co, ITEMS[k].leader);

  test("a list's 责任单位： line with a phrase", () => {
    for (const form of [phrase, answered]) {
      const r = importText(["一、重点工作", ...lines((k) => `责任单位：${form(k)}`)].join("\n"));
      expect(r.kind).toBe("notice");
      expect(got(r)).toEqual(want);
    }
  });

  test("a notice's inline 责任单位： with a phrase, beside its leader", () => {
    const r = importText(["一、重点工作", ...ITEMS.map((it, k) => `${k + 1}.${it.text.replace(/。$/, "")}（牵头领导：${it.leader}；责任单位：${phrase(k)}）`)].join("\n"));
    expect(got(r)).toEqual(want);
    expect(r.tasks.map((t) => t.leader)).toEqual(ITEMS.map((it) => it.leader));
  });

  test("a label naming units only still gives its units as before", () => {
    const r = importText(["一、重点工作", "1.新建幼儿园2所。", "责任单位：区教育局、区住建局"].join("\n"));
    expect([r.tasks[0].leadUnits, r.tasks[0].coUnits]).toEqual([["区教育局"], ["区住建局"]]);
  });
});

describe("imports share no state: a document's own first form of a unit, whatever was imported before", () => {
  const longFirst = ["1.新开工重大项目20个。（区发展和改革局牵头，区财政局配合）", "2.建成产业园1个。（区发改局牵头，区工业和信息化局配合）"].join("\n");
  const shortFirst = ["1.新开工重大项目20个。（区发改局牵头，区财政局配合）", "2.建成产业园1个。（区发展和改革局牵头，区工信局配合）"].join("\n");
  const table = (doc: string) => ["序号\t工作任务\t责任单位", ...doc.split("\n").map((l, k) => `${k + 1}\t${l.replace(/^\d\./, "").replace(/（(.+)）$/, "\t$1")}`)].join("\n");
  // No 单位 sheet: a sheet's own name would win over both forms.
  const units = (doc: string) => importText(doc).tasks.map((t) => [...t.leadUnits, ...t.coUnits]);

  test.each([
    ["list", (d: string) => d],
    ["table", table],
  ])("%s: the same result alone and after the other form", (_, shape) => {
    const shortAlone = units(shape(shortFirst));
    const longAlone = units(shape(longFirst));
    expect(shortAlone[0][0]).toBe("区发改局");
    expect(longAlone[0][0]).toBe("区发展和改革局");
    expect(units(shape(shortFirst))).toEqual(shortAlone);
    units(shape(longFirst));
    expect(units(shape(shortFirst))).toEqual(shortAlone);
    units(shape(shortFirst));
    expect(units(shape(longFirst))).toEqual(longAlone);
  });
});
