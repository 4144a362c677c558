/**
 * Hunt 22 end to end (docs/metrics.md "Hunt 22 (typed columns in real books)"): the train cases of
 * tests/core/judge/huntRound22.cases.ts, one book per column set, saved as real programs save them — exceljs, openpyxl
 * (/usr/bin/python3) and LibreOffice (`soffice --headless --convert-to xlsx` of the openpyxl book) — read back through the
 * xlsx port into analyzeWorkbook: each task's state and the row's cells as labelled. `duban validate` on each book keeps
 * every cell the department typed on 进展填报 as it was (duban writes only its own columns).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CellValue, SheetData } from "../../../src/core/sheet/cellValue";
import { analyzeWorkbook } from "../../../src/core/engine";
import { createXlsxFilePort } from "../../../src/hosts/xlsx/xlsxPort";
import { catalogueSheet, settingsSheet } from "../../support/books";
import { runCli, sheetCells, tempDir, writeXlsx } from "../../support/files";
import { findProgram } from "../../support/programs";
import { CASES, Case, heldOut } from "../../core/judge/huntRound22.cases";
import { ASOF, KNOWN_OPEN, caseMiss, caseRows } from "../../core/judge/huntRound22.support";

const PYTHON = "/usr/bin/python3";
const soffice = findProgram("soffice");
const hasOpenpyxl = existsSync(PYTHON) && (() => {
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** The train cases of one column set as one book: task n is case n's, its row the case's row with 序号 n. */
function layoutBook(cases: Case[]): SheetData[] {
  const units = ["填报单位", "责任单位", "单位"];
  const unitOf = (c: Case) => (units.map((h) => c.cells[h]).find((v) => typeof v === "string") as string | undefined) ?? "区发改局";
  const rows: CellValue[][] = [cases[0].headers];
  for (const c of cases) {
    const row = caseRows(c)[1];
    row[c.headers.indexOf("序号")] = String(c.n);
    rows.push(row);
  }
  return [
    catalogueSheet(cases.map((c) => ({ id: String(c.n), text: c.task, lead: unitOf(c) }))),
    { name: "进展填报", rows },
    settingsSheet([["年度", 2024], ["截至日期", ASOF], ["报告期", "三季度", "2024-09-30"]]),
  ];
}

function writeOpenpyxl(file: string, sheets: SheetData[]): void {
  const json = file + ".json";
  writeFileSync(json, JSON.stringify(sheets.map((s) => ({ name: s.name, rows: s.rows }))));
  const script = [
    "import json, sys, openpyxl",
    "sheets = json.load(open(sys.argv[1], encoding='utf-8'))",
    "wb = openpyxl.Workbook(); wb.remove(wb.active)",
    "for s in sheets:",
    "    ws = wb.create_sheet(s['name'])",
    "    for r, row in enumerate(s['rows']):",
    "        for c, v in enumerate(row):",
    "            if v is not None: ws.cell(row=r + 1, column=c + 1, value=v)",
    "wb.save(sys.argv[2])",
  ].join("\n");
  execFileSync(PYTHON, ["-c", script, json, file]);
}

const byLayout = new Map<string, Case[]>();
for (const c of CASES.filter((x) => !heldOut(x))) {
  const key = c.headers.join("|");
  byLayout.set(key, [...(byLayout.get(key) ?? []), c]);
}
const books = [...byLayout.values()];

type Saver = "exceljs" | "openpyxl" | "libreoffice";
const savers: Saver[] = ["exceljs", ...(hasOpenpyxl ? (["openpyxl"] as Saver[]) : []), ...(hasOpenpyxl && soffice ? (["libreoffice"] as Saver[]) : [])];

describe("hunt 22: typed columns in books saved by real programs", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  async function save(by: Saver, i: number): Promise<string> {
    const sheets = layoutBook(books[i]);
    const file = path.join(dir, `${by}-${i}.xlsx`);
    if (by === "exceljs") await writeXlsx(file, sheets);
    else if (by === "openpyxl") writeOpenpyxl(file, sheets);
    else {
      const source = path.join(dir, `lo-src-${i}.xlsx`);
      writeOpenpyxl(source, sheets);
      const out = path.join(dir, `lo-${i}`);
      mkdirSync(out, { recursive: true });
      execFileSync(soffice as string, ["--headless", `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--convert-to", "xlsx", "--outdir", out, source], { stdio: "ignore", timeout: 120000 });
      return path.join(out, `lo-src-${i}.xlsx`);
    }
    return file;
  }

  it.each(savers)("reads every column set saved by %s as labelled, and validate keeps the typed cells", async (by) => {
    const missed: string[] = [];
    for (let i = 0; i < books.length; i++) {
      const file = await save(by, i);
      const data = await (await createXlsxFilePort(file, null)).read();
      const a = analyzeWorkbook(data, { asOf: ASOF, today: ASOF });
      for (const c of books[i]) {
        const miss = caseMiss(c, a, String(c.n));
        if (miss && !KNOWN_OPEN.has(c.n)) missed.push(`#${c.n} ${c.family}: ${miss}`);
      }
      const checked = path.join(dir, `${by}-${i}-checked.xlsx`);
      await runCli(["validate", file, "-o", checked]);
      const before = (await sheetCells(file)).get("进展填报") as Map<string, string>;
      const after = (await sheetCells(checked)).get("进展填报") as Map<string, string>;
      for (const [address, value] of before) if (after.get(address) !== value) missed.push(`${by} book ${i}: ${address} ${value} → ${after.get(address)}`);
    }
    expect(missed).toEqual([]);
  }, 600000);
});
