import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { SheetData } from "../../src/core/sheet/cellValue";
import { CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "duban-test-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes plain sheets to a real .xlsx (rich text as bold runs, merges applied). */
export async function writeXlsx(file: string, sheets: SheetData[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof value === "object" && "richText" in value) cell.value = { richText: value.richText.map((run) => ({ text: run.text, font: run.bold ? { bold: true } : {} })) };
        else if (typeof value === "object" && "error" in value) cell.value = { error: value.error } as ExcelJS.CellErrorValue;
        else cell.value = value;
      });
    });
    for (const m of sheet.merges ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
}

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(args: string[], stdin = ""): Promise<RunResult> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => (out += t), err: (t) => (err += t), readStdin: async () => stdin, errIsTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

/** Every cell of every sheet as text, for comparing what people typed before and after a run. */
export async function sheetCells(file: string): Promise<Map<string, Map<string, string>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, Map<string, string>>();
  wb.eachSheet((ws) => {
    const cells = new Map<string, string>();
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void cells.set(cell.address, JSON.stringify(cell.value))));
    out.set(ws.name, cells);
  });
  return out;
}
