import { readFileSync } from "node:fs";
import path from "node:path";
import { importRows, importText, ImportResult } from "../../../src/core/import";
import { textToRows } from "../../../src/core/import/textToRows";
import { CellValue } from "../../../src/core/sheet/cellValue";
import { seedText, task, unaccountedLines } from "./helpers";

/** What must not change between a document and its variants. */
function essence(result: ImportResult) {
  return result.tasks.map((t) => ({ id: t.id, text: t.text, lead: t.leadUnits, co: t.coUnits, leader: t.leader, person: t.person }));
}

function quote(cell: string): string {
  return /[\n\t"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

describe("004 variants", () => {
  const seed = seedText("004_");
  const original = importText(seed);
  const { rows } = textToRows(seed.split("\n"));

  test("headers renamed, columns reordered, one row a line with quoted multi-line cells", () => {
    const rename: Record<string, string> = { 责任单位: "承办单位", "目   标   任   务": "重点工作任务", 责任人: "具体责任人", 序号: "编号" };
    const order = [2, 0, 3, 1];
    const lines = ["2024年重点工作任务分解表"];
    rows.forEach((r, k) => {
      const cells = k === 0 ? r.cells.map((c) => rename[c] ?? c) : r.cells;
      lines.push(order.map((i) => quote(cells[i] ?? "")).join("\t"));
    });
    const variant = importText(lines.join("\r\n"));
    expect(variant.kind).toBe("table");
    expect(variant.kindReason).toContain("重点工作任务/编号/具体责任人/承办单位");
    expect(essence(variant)).toEqual(essence(original));
    expect(variant.unrecognized).toEqual([]);
  });

  test("task cells re-wrapped at another width", () => {
    const lines: string[] = [];
    for (const r of rows) {
      r.cells.forEach((cell, i) => {
        const parts = i === 2 ? wrap(cell.replace(/\n/g, ""), 11) : cell.split("\n");
        lines.push("\t" + parts[0], ...parts.slice(1));
      });
      lines.push("");
    }
    const variant = importText(lines.join("\n"));
    expect(essence(variant)).toEqual(essence(original));
    expect(unaccountedLines(lines.join("\n"), variant)).toEqual([]);
  });
});

describe("003 notice re-wrapped", () => {
  test("paragraphs wrapped at 37 characters without blank lines give the same tasks and assignments", () => {
    const seed = seedText("003_");
    const lines = seed.split("\n");
    const start = lines.findIndex((l, i) => i > 100 && /关于分解落实/.test(l));
    const end = lines.findIndex((l, i) => i > start && /关于 2024 年为民办好十件实事的通知/.test(l));
    const rewrapped: string[] = [];
    for (const l of lines.slice(start, end)) {
      if (!l.trim()) continue;
      if (l.length <= 37) rewrapped.push(l);
      else rewrapped.push(...wrap(l, 37));
    }
    const text = [...lines.slice(0, start), ...rewrapped, ...lines.slice(end)].join("\n");
    const original = importText(seed);
    const variant = importText(text);
    const numbered = (r: ImportResult) => essence(r).filter((t) => /^\d+$/.test(t.id));
    expect(numbered(variant)).toHaveLength(76);
    expect(numbered(variant)).toEqual(numbered(original));
    expect(variant.units).toEqual(original.units);
    expect(unaccountedLines(text, variant)).toEqual([]);
  });
});

describe("003 notice with another assignment shape", () => {
  test("（责任领导：…；牵头单位：…；配合单位：…） gives the same leaders, leads and co-units", () => {
    const seed = seedText("003_");
    const original = importText(seed);
    const variant = importText(
      seed.replace(/（牵头领导：([^。]*)。承办单位：([^）]*)）/g, (_m, leader: string, units: string) => {
        const list = units.replace(/。黑体为主办单位.*$/, "").split(/[、，]/);
        return `（责任领导：${leader}；牵头单位：${list[0]}；配合单位：${list.slice(1).join("、")}）`;
      }),
    );
    expect(variant.kindReason).toMatch(/括注/);
    const numbered = (r: ImportResult) => essence(r).filter((t) => /^\d+$/.test(t.id));
    expect(numbered(variant)).toEqual(numbered(original));
  });

  test("（责任单位：…） alone: lead first, no leader", () => {
    const text = [
      "关于分解落实2024年政府工作报告重点任务的通知",
      "一、经济发展",
      "1.地区生产总值增长6%左右。（责任单位：区发改局、区统计局）",
      "2.一般公共预算收入增长6%。（责任单位：区财政局、区税务局）",
      "3.新增规上工业企业25家以上。（牵头单位：区工信局；配合单位：各镇街）",
    ].join("\n");
    const r = importText(text);
    expect(r.kind).toBe("notice");
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits, t.coUnits, t.leader])).toEqual([
      ["1", "地区生产总值增长6%左右。", ["区发改局"], ["区统计局"], ""],
      ["2", "一般公共预算收入增长6%。", ["区财政局"], ["区税务局"], ""],
      ["3", "新增规上工业企业25家以上。", ["区工信局"], ["各镇街"], ""],
    ]);
    expect(r.sections).toEqual([{ name: "一、经济发展", declaredCount: null, foundCount: 3 }]);
  });
});

describe("000 variants", () => {
  const seed = seedText("000_");

  test("header names changed", () => {
    const variant = importText(seed.replace(/序号 年度任务目标 责任单位 进展情况/g, "序号 目标任务 承办单位 工作进展"));
    expect(variant.kind).toBe("pdf-table");
    expect(variant.tasks).toHaveLength(82);
    expect(essence(variant)).toEqual(essence(importText(seed)));
  });

  test("a decomposition table from PDF with a deadline column instead of progress", () => {
    const text = [
      "2024年重点任务分解表",
      "序号 目标任务 责任单位 完成时限",
      "1 地区生产总值增长 6%左右。 区发改局 全年",
      "2",
      "新建改造供热管网 3公里，铺设燃气",
      "管道 4.8公里。",
      "区住建局",
      "区城乡水务局",
      "9月底前",
      "二、城市建设",
      "序号 目标任务 责任单位 完成时限",
      "3 新改建“四好农村路”40公里。 区交通运输局 年底前",
    ].join("\n");
    const r = importText(text);
    expect(r.kind).toBe("pdf-table");
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits, t.coUnits, t.deadline, t.progress])).toEqual([
      ["1", "地区生产总值增长6%左右。", ["区发改局"], [], "全年", undefined],
      ["2", "新建改造供热管网3公里，铺设燃气管道4.8公里。", ["区住建局"], ["区城乡水务局"], "9月底前", undefined],
      ["3", "新改建“四好农村路”40公里。", ["区交通运输局"], [], "年底前", undefined],
    ]);
    expect(r.sections.map((x) => [x.name, x.foundCount])).toEqual([["", 2], ["二、城市建设", 1]]);
  });

  test("a second heading lost: the surplus of the section before is reported and set apart", () => {
    const variant = importText(seed.replace(/^ *（三）坚定不移美乡村.*$/m, ""));
    expect(variant.sections.map((s) => s.foundCount)).toEqual([6, 17, 10, 13, 11, 14, 8, 3]);
    expect(variant.sections[3].name).toBe("（三）（标题缺失）");
    expect(variant.notes.filter((n) => n.code === "IMPORT_SECTION_MISSING")).toHaveLength(2);
  });

  test("a declared count that differs is reported", () => {
    const variant = importText(seed.replace("（共 10项）", "（共 11项）"));
    const notes = variant.notes.filter((n) => n.code === "IMPORT_SECTION_COUNT");
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toMatch(/声明共 11 项，实际识别 10 项/);
  });
});

describe("002 report re-wrapped", () => {
  test("the same drafts whatever the line width", () => {
    const seed = seedText("002_");
    const joined = seed.split("\n").filter((l) => l.trim()).join("");
    void joined;
    const rewrapped = seed
      .split("\n")
      .filter((l) => l.trim())
      .flatMap((l) => (l.trim().length > 20 ? wrap(l.trim(), 20) : [l.trim()]))
      .join("\n");
    const a = importText(seed);
    const b = importText(rewrapped);
    expect(b.kind).toBe("report");
    expect(b.tasks.map((t) => t.text)).toEqual(a.tasks.map((t) => t.text));
  });
});

describe("year-end tables (序号 / 事项 / 年度奋斗目标 / 年度工作目标 / 责任单位 / 完成情况 / 存在问题 / 下步打算)", () => {
  const text = readFileSync(path.join(__dirname, "../../fixtures/import/yearend-word.txt"), "utf8");
  const result = importText(text);

  test("sub-items ①②③ become tasks of their own, numbered 8-②", () => {
    expect(result.tasks.map((t) => t.id)).toEqual(["1", "2", "8-①", "8-②", "8-③", "9-①", "9-②"]);
    expect(task(result, "8-②")).toMatchObject({
      section: "项目建设",
      text: "实施500万元以上技改项目50个以上",
      workTarget: "实施500万元以上技改项目50个以上",
      stretchTarget: "实施500万元以上技改项目60个以上",
      leadUnits: ["区工信局"],
      coUnits: ["区统计局"],
    });
    expect(task(result, "8-②").progress).toMatchObject({ completion: "实施500万元以上技改项目51个", problems: "部分企业投资意愿不强。" });
    expect(task(result, "9-②")).toMatchObject({ text: "铺设燃气管道4.8公里", coUnits: ["各镇街"], groups: ["各镇街"] });
    expect(task(result, "9-②").progress).toMatchObject({ completion: "完成4.2公里。", nextSteps: "年底前完成剩余工程。" });
    expect(task(result, "1").progress?.completion).toBe("全年地区生产总值增长6.2%。");
    expect(result.unrecognized).toEqual([]);
  });

  test("the same table as rows from a workbook, columns reordered, bold marking the lead unit", () => {
    const header = ["下步打算", "责任单位", "序号", "年度工作目标", "完成情况", "事项"];
    const bold = (lead: string, rest: string): CellValue => ({ richText: [{ text: rest + "、", bold: false }, { text: lead, bold: true }] });
    const rows: CellValue[][] = [
      ["2023年度重点工作任务完成情况表"],
      header,
      ["\t巩固向好态势。", "\t区发改局", 1, "\t地区生产总值增长6%左右", "\t增长6.2%。", "主要经济指标"],
      ["", bold("区税务局", "区财政局"), 2, "一般公共预算收入增长6%", "增长6.3%。", "主要经济指标"],
      ["继续培育。", "区工信局\n区统计局", 8, "①新增规上工业企业25家以上；②实施技改项目50个以上", "①新增27家；②实施51个。", "项目建设"],
    ];
    const r = importRows(rows);
    expect(r.tasks.map((t) => t.id)).toEqual(["1", "2", "8-①", "8-②"]);
    expect(task(r, "1")).toMatchObject({ text: "地区生产总值增长6%左右", leadUnits: ["区发改局"], section: "主要经济指标" });
    expect(task(r, "2")).toMatchObject({ leadUnits: ["区税务局"], coUnits: ["区财政局"] });
    expect(task(r, "8-②").progress).toMatchObject({ completion: "实施51个。", nextSteps: "继续培育。" });
    expect(r.skipped.map((s) => s.reason)).toEqual(["表头前的标题或说明", "表头"]);
  });

  test("sub-item rows under merged 序号 and 责任单位 cells inherit the units", () => {
    const rows: CellValue[][] = [
      ["序号", "事项", "年度工作目标", "责任单位", "完成情况"],
      [8, "项目建设", "①新增规上工业企业25家以上", "区工信局、区统计局", "①新增27家。"],
      [null, null, "②实施技改项目50个以上", null, "②实施51个。"],
      [null, null, "③工业技改投资增长8%", null, "③增长14.7%。"],
      [9, "民生实事", "新建改造供热管网3公里", "区住建局", "已完成。"],
    ];
    const r = importRows(rows);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits, t.coUnits, t.section, t.progress?.completion])).toEqual([
      ["8-①", "新增规上工业企业25家以上", ["区工信局"], ["区统计局"], "项目建设", "新增27家。"],
      ["8-②", "实施技改项目50个以上", ["区工信局"], ["区统计局"], "项目建设", "实施51个。"],
      ["8-③", "工业技改投资增长8%", ["区工信局"], ["区统计局"], "项目建设", "增长14.7%。"],
      ["9", "新建改造供热管网3公里", ["区住建局"], [], "民生实事", "已完成。"],
    ]);
  });
});

describe("a kind forced on the wrong document", () => {
  test("--kind table on PDF text: no header, every line listed as unrecognised", () => {
    const text = seedText("000_");
    const r = importText(text, { kind: "table" });
    expect(r.kindReason).toBe("按指定的类型「表格」导入。");
    expect(r.tasks).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(["IMPORT_NO_HEADER"]);
    expect(r.unrecognized.length).toBe(text.split("\n").filter((l) => l.trim()).length);
  });
});
