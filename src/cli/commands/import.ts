import { decodeTextFile } from "../../hosts/textFile";
import { promises as fs } from "node:fs";
import path from "node:path";
import { detectKind, importRows, importText, ImportKind, ImportResult, kindName, renderPreview, splitLines } from "../../core";
import { CellValue, TextRun } from "../../core";
import { writeCatalogueBook } from "../../app/importCatalogue";
import { parseArgs } from "../args";
import { CliIO, EXIT_OK } from "../io";
import { DubanError, isFailure } from "../../core";

const KINDS: Record<string, ImportKind | "auto"> = {
  auto: "auto",
  notice: "notice",
  table: "table",
  "pdf-table": "pdf-table",
  pdf: "pdf-table",
  report: "report",
};

/** `duban import FILE [--kind …] [-o catalogue.xlsx] [--json] [--force]` */
export async function runImport(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs(args, {
    kind: { type: "string" },
    output: { type: "string", short: "o" },
    json: { type: "boolean" },
    force: { type: "boolean" },
    year: { type: "string" },
  });
  if (positionals.length !== 1) {
    throw new DubanError("IMPORT_BAD_ARGS", { problem: "no-input" });
  }
  const yearArg = values.year as string | undefined;
  if (yearArg !== undefined && !/^(19|20)\d{2}$/.test(yearArg)) {
    throw new DubanError("IMPORT_BAD_YEAR", { value: String(yearArg) });
  }
  const kindArg = String(values.kind ?? "auto");
  const kind = KINDS[kindArg];
  if (!kind) {
    throw new DubanError("IMPORT_BAD_KIND", { value: String(kindArg) });
  }
  const file = positionals[0];
  const result = await importFile(file, kind, io);
  io.err(`${kind === "auto" ? "识别为" : "导入类型"}「${kindName(result.kind)}」（${result.kind}）：${result.kindReason}\n`);

  if (values.json) io.out(JSON.stringify(result, null, 2) + "\n");
  else io.out(renderPreview(result, undefined, yearArg ? Number(yearArg) : guessYear(result)));

  const out = values.output as string | undefined;
  if (out) {
    if (!values.force && (await exists(out))) {
      throw new DubanError("IMPORT_OUTPUT_EXISTS", { file: out });
    }
    if (path.resolve(out) === path.resolve(file)) {
      throw new DubanError("IMPORT_OUTPUT_SAME");
    }
    const year = yearArg ? Number(yearArg) : guessYear(result);
    await writeCatalogue(result, out, year);
    io.err(`已写入任务清单「${out}」：${result.tasks.length} 项任务，${result.tasks.filter((t) => t.progress).length} 条进展。\n`);
  } else if (!values.json) {
    io.err("以上为预览，尚未写入任何文件；核对无误后加 -o 清单.xlsx 写入。\n");
  }
  return EXIT_OK;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** Reads any supported file (or stdin for "-") and imports it. */
export async function importFile(file: string, kind: ImportKind | "auto", io?: CliIO): Promise<ImportResult> {
  const ext = path.extname(file).toLowerCase();
  if (file === "-") {
    if (!io) throw new DubanError("IMPORT_BAD_ARGS", { problem: "no-stdin" });
    return importText(await io.readStdin(), { kind });
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new DubanError("IMPORT_FILE_NOT_FOUND", { file });
  }
  if (ext === ".xlsx" || ext === ".xlsm" || ext === ".docx") {
    // The same guards as validate: the zip directory checked and every part inflated within its declared
    // size, XML with DOCTYPE/ENTITY refused, before exceljs or jszip sees the file.
    const { verifyArchive } = await import("../../hosts/xlsx/zipArchive");
    try {
      await verifyArchive(file);
    } catch (err) {
      // A damaged file keeps import's own code; zip bombs and unsafe XML keep theirs (FILE_ZIP_BOMB, FILE_UNSAFE_XML).
      if (isFailure(err, "FILE_DAMAGED")) {
        throw new DubanError("IMPORT_FILE_DAMAGED", { file, ext });
      }
      throw err;
    }
  }
  if (ext === ".xlsx" || ext === ".xlsm") {
    const rows = await xlsxRows(bytes, file);
    return importRows(rows, { kind });
  }
  if (ext === ".docx") {
    const rows = await docxRows(bytes, file);
    // A Word file is a table (a 分解表) or prose with tables in it (a notice, a report): read it as
    // rows first, and as text when a prose kind is asked for or the rows hold no table.
    const text = rowsToText(rows);
    const chosen = kind === "auto" ? detectKind(splitLines(text)).kind : kind;
    if (chosen === "table") {
      const asTable = importRows(rows, { kind });
      if (asTable.tasks.length > 0 || kind === "table") return asTable;
    }
    return importText(text, { kind });
  }
  if (ext === ".xls" || ext === ".doc" || ext === ".pdf" || ext === ".wps" || ext === ".et") {
    throw new DubanError("IMPORT_UNSUPPORTED_FILE", { ext });
  }
  return importText(decodeTextFile(bytes), { kind });
}

/** Rows as the text a copy out of Word gives: cells separated by tabs, multi-line cells quoted. */
function rowsToText(rows: CellValue[][]): string {
  const text = (c: CellValue) => (c === null ? "" : typeof c === "object" ? ("richText" in c ? c.richText.map((r) => r.text).join("") : "") : String(c));
  return rows
    .map((row) => {
      const cells = row.map(text);
      if (cells.length <= 1) return cells[0] ?? "";
      return cells.map((c) => (/[\n\t"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join("\t");
    })
    .join("\n");
}

/** The first sheet of an .xlsx as rows of CellValue; bold runs survive so the lead unit can be told. */
async function xlsxRows(bytes: Buffer, file: string): Promise<CellValue[][]> {
  const ExcelJS = (await import("exceljs")).default;
  const { sheetFromWorksheet } = await import("../../hosts/xlsx/readWorkbook");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new DubanError("IMPORT_FILE_DAMAGED", { file, ext: ".xlsx", reason: (err as Error).message });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new DubanError("IMPORT_EMPTY", { file });
  const sheet = sheetFromWorksheet(ws);
  // A whole cell in bold is a lead unit written in bold without runs.
  return sheet.rows.map((row, r) =>
    row.map((cell, c) =>
      typeof cell === "string" && sheet.boldCells?.has(`${r},${c}`) && cell.trim() ? ({ richText: [{ text: cell, bold: true }] } as CellValue) : cell,
    ),
  );
}

/** Tables of a .docx (word/document.xml) as rows; paragraphs between tables become one-cell rows (headings). */
async function docxRows(bytes: Buffer, file: string): Promise<CellValue[][]> {
  // exceljs brings jszip; reading it directly avoids a dependency of our own.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require("jszip") as { loadAsync(data: Buffer): Promise<{ file(name: string): { async(type: "string"): Promise<string> } | null }> };
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const doc = zip.file("word/document.xml");
    if (!doc) throw new Error("word/document.xml missing");
    xml = await doc.async("string");
  } catch (err) {
    throw new DubanError("IMPORT_FILE_DAMAGED", { file, ext: ".docx", reason: (err as Error).message });
  }
  return docxXmlRows(xml);
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return m;
  });
}

/** Walks document.xml: w:tbl/w:tr/w:tc cells with bold runs (w:b), w:br and w:tab inside runs. */
export function docxXmlRows(xml: string): CellValue[][] {
  const rows: CellValue[][] = [];
  const tag = /<(\/?)(w:[A-Za-z]+)((?:\s[^>]*?)?)(\/?)>|([^<]+)/g;
  let tblDepth = 0;
  let row: CellValue[] | null = null;
  let cellRuns: TextRun[] | null = null;
  let paraRuns: TextRun[] = [];
  let paraHasText = false;
  let inRun = false;
  let runBold = false;
  let inText = false;
  let inRPr = false;
  let gridSpan = 1;
  const pushText = (text: string) => {
    const target = cellRuns ?? paraRuns;
    const last = target[target.length - 1];
    if (last && last.bold === runBold) last.text += text;
    else target.push({ text, bold: runBold });
    if (text.trim()) paraHasText = true;
  };
  const toCell = (runs: TextRun[]): CellValue => {
    const text = runs.map((r) => r.text).join("");
    if (runs.some((r) => r.bold && r.text.trim()) && runs.some((r) => !r.bold && r.text.trim())) return { richText: runs };
    if (runs.length && runs.every((r) => r.bold || !r.text.trim()) && text.trim()) return { richText: [{ text, bold: true }] };
    return text;
  };
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml))) {
    if (m[5] !== undefined) {
      if (inText) pushText(decodeEntities(m[5]));
      continue;
    }
    const closing = m[1] === "/";
    const name = m[2];
    const attrs = m[3] ?? "";
    const selfClosing = m[4] === "/";
    switch (name) {
      case "w:tbl":
        tblDepth += closing ? -1 : 1;
        break;
      case "w:tr":
        if (tblDepth !== 1) break;
        if (!closing) row = [];
        else if (row) {
          rows.push(row);
          row = null;
        }
        break;
      case "w:tc":
        if (tblDepth !== 1) break;
        if (!closing) {
          cellRuns = [];
          gridSpan = 1;
        } else if (row && cellRuns) {
          while (cellRuns.length && !cellRuns[cellRuns.length - 1].text.trim()) cellRuns.pop();
          row.push(toCell(cellRuns));
          for (let k = 1; k < gridSpan; k++) row.push(null);
          cellRuns = null;
        }
        break;
      case "w:gridSpan":
        gridSpan = Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? 1);
        break;
      case "w:p":
        if (closing) {
          if (cellRuns) {
            if (cellRuns.length) pushText("\n");
          } else if (tblDepth === 0) {
            if (paraHasText) rows.push([toCell(paraRuns)]);
            paraRuns = [];
          }
          paraHasText = false;
        } else if (!selfClosing && tblDepth === 0) {
          paraRuns = [];
          paraHasText = false;
        }
        break;
      case "w:r":
        if (!closing && !selfClosing) {
          inRun = true;
          runBold = false;
        } else if (closing) inRun = false;
        break;
      case "w:rPr":
        inRPr = !closing && !selfClosing;
        break;
      case "w:b":
        if (inRun && inRPr) runBold = !/w:val="(0|false)"/.test(attrs);
        break;
      case "w:t":
        inText = !closing && !selfClosing;
        break;
      case "w:tab":
        if (inRun) pushText("\t");
        break;
      case "w:br":
      case "w:cr":
        if (inRun) pushText("\n");
        break;
    }
  }
  return rows.map((r) => r.map((c) => (typeof c === "string" ? c.replace(/\n+$/, "") : c)));
}

/** The year of the document: the first "2024年" it mentions, else none. */
function guessYear(result: ImportResult): number | undefined {
  const text = [...result.sections.map((s) => s.name), ...result.skipped.slice(0, 20).map((s) => s.text), ...result.tasks.slice(0, 20).map((t) => t.text)].join(" ");
  const m = /(20\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Writes the catalogue workbook (任务清单, 进展填报, 单位, 设置) of an import as a new file. */
async function writeCatalogue(result: ImportResult, out: string, year: number | undefined): Promise<void> {
  const { createNewXlsxFilePort } = await import("../../hosts/xlsx/newFilePort");
  await writeCatalogueBook(createNewXlsxFilePort(out), result, { year });
}
