/**
 * A place-by-indicator matrix saved as .xlsx (issue 13, layout 164's reader wired into importRows): `duban import`
 * of the workbook reads it as pasted text is read — the same tasks, targets per place and leads — and an ordinary
 * catalogue workbook is not read as a matrix. The books are written by exceljs and read back through the CLI.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";
import { importText, ImportResult } from "../../src/core/import";
import { unaccountedLines } from "../core/import/helpers";
import { tempDir } from "../support/files";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

type Cell = string | number | null;

/** Writes rows (numbers kept as numbers, "" left empty) to the first sheet, merging the ranges given. */
async function writeBook(name: string, rows: Cell[][], merges: string[] = []): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  rows.forEach((r, i) => r.forEach((v, c) => v !== "" && v !== null && (ws.getCell(i + 1, c + 1).value = v)));
  for (const m of merges) ws.mergeCells(m);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function importFile(file: string): Promise<ImportResult> {
  const io = { stdout: "", stderr: "" };
  const cli: CliIO = { out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t), readStdin: async () => "", errIsTTY: false };
  expect(await main(["import", file, "--json"], cli)).toBe(0);
  return JSON.parse(io.stdout) as ImportResult;
}

/** The same rows as a copy out of Excel pastes them: cells separated by tabs. */
const pasted = (rows: Cell[][]) => rows.map((r) => r.map((v) => (v === null ? "" : String(v))).join("\t")).join("\n");

const view = (r: ImportResult) =>
  r.tasks.map((t) => [t.id, t.section, t.text, t.leadUnits.join("、"), t.workTarget, t.progress?.text ?? "", t.progress?.completion ?? ""]);

describe("duban import of a place-by-indicator matrix saved as .xlsx", () => {
  test("places down the side (merged heads, a lead-unit row), indicators across: as pasted text", async () => {
    const rows: Cell[][] = [
      ["2024年民生项目推进情况表"],
      ["县（市、区）", "民生实事", "", "", "", "", ""],
      ["", "新增城镇就业（人）", "", "", "农村公路改造（公里）", "", ""],
      ["", "市人社局", "", "", "市交通运输局", "", ""],
      ["", "年度目标", "累计完成", "完成率（%）", "年度目标", "累计完成", "完成率（%）"],
      ["全市", 12000, 9100, 75.8, 300, 160, 53.3],
      ["甲县", 5000, 4100, 82, "", "", ""],
      ["乙区", 7000, 5000, 71.4, 300, 160, 53.3],
      ["丙区", "", "", "", "", "", ""],
    ];
    const file = await writeBook("民生矩阵.xlsx", rows, ["A2:A5", "B2:G2", "B3:D3", "E3:G3", "B4:D4", "E4:G4"]);
    const fromBook = await importFile(file);
    const fromText = importText(pasted(rows));
    expect(view(fromBook)).toEqual([
      ["1", "民生实事", "新增城镇就业（人）", "市人社局", "12000人", "9100人", "75.8%"],
      ["2", "民生实事", "农村公路改造（公里）", "市交通运输局", "300公里", "160公里", "53.3%"],
      ["1-1", "民生实事", "甲县：新增城镇就业（人）", "甲县", "5000人", "4100人", "82%"],
      ["1-2", "民生实事", "乙区：新增城镇就业（人）", "乙区", "7000人", "5000人", "71.4%"],
      ["2-2", "民生实事", "乙区：农村公路改造（公里）", "乙区", "300公里", "160公里", "53.3%"],
    ]);
    expect(view(fromBook)).toEqual(view(fromText));
    expect(fromBook.kindReason).toMatch(/矩阵/);
    expect(fromBook.sections.map((s) => s.name)).toEqual(["民生实事"]);
    // Every row ends somewhere: the title, the heads, the total row, 丙区 (no figures) as skipped structure.
    expect(unaccountedLines(pasted(rows), fromBook)).toEqual([]);
    expect(fromBook.unrecognized).toEqual([]);
    expect(fromBook.skipped.map((s) => s.line).sort((a, b) => a - b)).toEqual(fromText.skipped.map((s) => s.line).sort((a, b) => a - b));
  });

  test("完成率 cells formatted as percent hold fractions: read as the percent the target and progress give", async () => {
    const rows: Cell[][] = [
      ["地区", "新增城镇就业（人）", "", "", "农村公路改造（公里）", "", ""],
      ["", "年度目标", "累计完成", "完成率", "年度目标", "累计完成", "完成率"],
      ["全市", 12000, 9100, 0.758, 300, 160, 0.533],
      ["甲县", 5000, 4100, 0.82, 100, 60, 0.006],
      ["乙区", 7000, 5000, 0.714, 200, 100, 0.5],
    ];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    rows.forEach((r) => ws.addRow(r.map((v) => (v === "" ? null : v))));
    for (const col of ["D", "G"]) ws.getColumn(col).numFmt = "0.0%";
    ws.mergeCells("A1:A2");
    ws.mergeCells("B1:D1");
    ws.mergeCells("E1:G1");
    const file = path.join(dir, "完成率.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await importFile(file);
    expect(r.tasks.map((t) => [t.id, t.progress?.completion ?? ""])).toEqual([
      ["1", "75.8%"],
      ["2", "53.3%"],
      ["1-1", "82%"],
      ["1-2", "71.4%"],
      // 60 of 100 is not 0.6%: a fraction the figures do not give stays as written.
      ["2-1", "0.006%"],
      ["2-2", "50%"],
    ]);
  });

  test("indicators down the side, places across: as pasted text", async () => {
    const rows: Cell[][] = [
      ["2024年主要指标分解表"],
      ["指标", "全县", "城关镇", "河口乡"],
      ["新增市场主体（户）", 900, 600, 300],
      ["植树造林（亩）", 5000, "", 5000],
      ["新建村级活动场所（个）", 12, 7, 5],
    ];
    const fromBook = await importFile(await writeBook("指标分解.xlsx", rows));
    expect(view(fromBook).map(([id, , text, lead, target]) => [id, text, lead, target])).toEqual([
      ["1", "新增市场主体（户）", "", "900户"],
      ["1-2", "城关镇：新增市场主体（户）", "城关镇", "600户"],
      ["1-3", "河口乡：新增市场主体（户）", "河口乡", "300户"],
      ["2", "植树造林（亩）", "", "5000亩"],
      ["2-3", "河口乡：植树造林（亩）", "河口乡", "5000亩"],
      ["3", "新建村级活动场所（个）", "", "12个"],
      ["3-2", "城关镇：新建村级活动场所（个）", "城关镇", "7个"],
      ["3-3", "河口乡：新建村级活动场所（个）", "河口乡", "5个"],
    ]);
    expect(view(fromBook)).toEqual(view(importText(pasted(rows))));
    expect(unaccountedLines(pasted(rows), fromBook)).toEqual([]);
    expect(fromBook.unrecognized).toEqual([]);
  });

  test("a .docx table (gridSpan over each indicator's columns, a title paragraph above): as pasted text", async () => {
    // A guard, not a test of the wiring: Word prose already reached the matrix reader through its text; the
    // table path (importRows) must not take it from there.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const JSZip = require("jszip");
    const tc = (text: string | number, span = 1) => `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
    const xml =
      `<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>2024年民生项目推进情况表</w:t></w:r></w:p><w:tbl>` +
      tr(tc("地区"), tc("新增城镇就业（人）", 3), tc("农村公路改造（公里）", 3)) +
      tr(tc(""), tc("年度目标"), tc("累计完成"), tc("完成率（%）"), tc("年度目标"), tc("累计完成"), tc("完成率（%）")) +
      tr(tc("全市"), tc(12000), tc(9100), tc(75.8), tc(300), tc(160), tc(53.3)) +
      tr(tc("甲县"), tc(5000), tc(4100), tc(82), tc(""), tc(""), tc("")) +
      tr(tc("乙区"), tc(7000), tc(5000), tc(71.4), tc(300), tc(160), tc(53.3)) +
      `</w:tbl><w:sectPr/></w:body></w:document>`;
    const zip = new JSZip();
    zip.file("word/document.xml", xml);
    const file = path.join(dir, "民生矩阵.docx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const r = await importFile(file);
    expect(r.kindReason).toMatch(/矩阵/);
    expect(view(r).map(([id, , text, lead, target, progress, completion]) => [id, text, lead, target, progress, completion])).toEqual([
      ["1", "新增城镇就业（人）", "", "12000人", "9100人", "75.8%"],
      ["2", "农村公路改造（公里）", "", "300公里", "160公里", "53.3%"],
      ["1-1", "甲县：新增城镇就业（人）", "甲县", "5000人", "4100人", "82%"],
      ["1-2", "乙区：新增城镇就业（人）", "乙区", "7000人", "5000人", "71.4%"],
      ["2-2", "乙区：农村公路改造（公里）", "乙区", "300公里", "160公里", "53.3%"],
    ]);
    expect(r.unrecognized).toEqual([]);
  });

  test("controls: ordinary catalogue workbooks (a 地区 column, figures by 序号, text under 目标/进度) are read row by row", async () => {
    const withPlaces: Cell[][] = [
      ["序号", "地区", "工作任务", "责任单位", "完成情况"],
      [1, "甲县", "新建幼儿园3所", "县教育局", "已完成2所"],
      [2, "乙区", "改造老旧小区10个", "区住建局", "完成8个"],
      [3, "丙区", "新增就业1000人", "区人社局", "完成900人"],
    ];
    const a = await importFile(await writeBook("目录.xlsx", withPlaces));
    expect(a.kindReason).not.toMatch(/矩阵/);
    expect(a.tasks.map((t) => [t.id, t.text, t.leadUnits.join("、"), t.progress?.completion ?? ""])).toEqual([
      ["1", "新建幼儿园3所", "县教育局", "已完成2所"],
      ["2", "改造老旧小区10个", "区住建局", "完成8个"],
      ["3", "新增就业1000人", "区人社局", "完成900人"],
    ]);
    const figures: Cell[][] = [
      ["主要经济指标"],
      ["序号", "指标名称", "年度目标", "上半年完成", "完成率（%）", "责任单位"],
      [1, "新增城镇就业（人）", 12000, 9100, 75.8, "区人社局"],
      [2, "农村公路改造（公里）", 300, 160, 53.3, "区交通运输局"],
      [3, "新增市场主体（户）", 900, 600, 66.7, "区市场监管局"],
    ];
    const b = await importFile(await writeBook("指标目录.xlsx", figures));
    expect(b.kindReason).not.toMatch(/矩阵/);
    expect(b.tasks.map((t) => [t.id, t.leadUnits.join("、")])).toEqual([
      ["1", "区人社局"],
      ["2", "区交通运输局"],
      ["3", "区市场监管局"],
    ]);
    const textCells: Cell[][] = [
      ["地区", "目标", "进度"],
      ["甲县", "新建幼儿园3所", "已完成2所"],
      ["乙区", "改造老旧小区10个", "完成8个"],
      ["丙区", "新增就业1000人", "完成900人"],
    ];
    const c = await importFile(await writeBook("地区任务.xlsx", textCells));
    expect(c.kindReason).not.toMatch(/矩阵/);
    expect(c.tasks.some((t) => /：/.test(t.text) && ["甲县", "乙区", "丙区"].includes(t.leadUnits[0] ?? ""))).toBe(false);
    for (const [rows, r] of [[withPlaces, a], [figures, b], [textCells, c]] as const) expect(unaccountedLines(pasted(rows), r)).toEqual([]);
  });
});

describe("a workbook whose first sheet holds no task (round v)", () => {
  /** Writes sheets by name (numbers kept as numbers, "" left empty). */
  async function writeSheets(name: string, sheets: { name: string; rows: Cell[][] }[]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name);
      s.rows.forEach((r, i) => r.forEach((v, c) => v !== "" && v !== null && (ws.getCell(i + 1, c + 1).value = v)));
    }
    const file = path.join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }
  const matrix: Cell[][] = [
    ["地区", "新增城镇就业（人）", "", ""],
    ["", "年度目标", "累计完成", "完成率（%）"],
    ["全市", 12000, 9100, 75.8],
    ["甲县", 5000, 4100, 82],
  ];
  const notes: Cell[][] = [["填表说明"], ["1. 本表由各县（市、区）每月5日前报送。"], ["2. 完成率保留一位小数。"]];

  test("a 说明 sheet first, the matrix on the second: the matrix is read, and the reason names its sheet", async () => {
    const file = await writeSheets("说明在前.xlsx", [{ name: "填表说明", rows: notes }, { name: "就业", rows: matrix }]);
    const r = await importFile(file);
    expect(view(r)).toEqual(view(importText(pasted(matrix))));
    expect(r.tasks.length).toBe(2);
    expect(r.kindReason).toMatch(/第 2 个工作表「就业」/);
  });

  test("lookalike: a first sheet that gives tasks is read as before, whatever the later sheets hold", async () => {
    const catalogue: Cell[][] = [
      ["序号", "工作任务", "责任单位"],
      [1, "新建幼儿园3所。", "县教育局"],
    ];
    const file = await writeSheets("清单在前.xlsx", [{ name: "清单", rows: catalogue }, { name: "就业", rows: matrix }]);
    const r = await importFile(file);
    expect(r.tasks.map((t) => [t.id, t.leadUnits.join("、")])).toEqual([["1", "县教育局"]]);
    expect(r.kindReason).not.toMatch(/工作表/);
  });
});
