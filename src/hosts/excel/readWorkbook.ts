/// <reference types="office-js" />
/**
 * Reads the open workbook into the core's WorkbookData in one Excel.run: one request for the sheet
 * names, one for the used ranges, then the cells in requests sized to stay under READ_BYTE_BUDGET, well
 * below Excel's 5 MB response limit. Text sizes are unknown before reading (and text runs repeat each
 * cell's text), so the first request assumes a generous size per cell and later ones use what the
 * previous responses actually weighed.
 */
import { CellValue, SheetData, WorkbookData } from "../../core";
import { cellAddress } from "../../core";
import { ExcelEnvironment, RunOptions } from "./excelContext";
import { cancelledError, toExcelHostError } from "./excelHostError";
import { estimateBytes, fromExcelValue } from "./cellValues";

export const READ_BYTE_BUDGET = 3_000_000;

/** Assumed bytes per cell before anything was read: values + types, and with text runs the text again. */
export const INITIAL_BYTES_PER_CELL = { plain: 400, runs: 900 };

interface Chunk {
  sheet: number;
  /** Zero-based first and last row, and the column count (from column A). */
  top: number;
  bottom: number;
  cols: number;
}

interface ReadCursor {
  sheet: number;
  /** Next row to read, and the sheet's row and column counts. */
  next: number;
  rows: number;
  cols: number;
}

/**
 * The blocks of the next request: rows from the cursors, in order, until the estimate reaches the
 * budget (at least one row, so a request always makes progress). Advances the cursors.
 */
export function takeRequest(cursors: ReadCursor[], bytesPerCell: number, budget = READ_BYTE_BUDGET): Chunk[] {
  const chunks: Chunk[] = [];
  let bytes = 0;
  for (const c of cursors) {
    while (c.next < c.rows) {
      const rowBytes = Math.max(1, c.cols * bytesPerCell);
      const fit = Math.floor((budget - bytes) / rowBytes);
      if (fit < 1 && chunks.length > 0) return chunks;
      const n = Math.max(1, Math.min(c.rows - c.next, fit));
      chunks.push({ sheet: c.sheet, top: c.next, bottom: c.next + n - 1, cols: c.cols });
      c.next += n;
      bytes += n * rowBytes;
      if (bytes >= budget) return chunks;
    }
  }
  return chunks;
}

/** Approximate response bytes of one cell: its value and type, and its properties when asked for. */
function cellBytes(value: unknown, props: CellPropsLike | undefined): number {
  let n = estimateBytes(value) + 10;
  if (props) {
    n += 30;
    for (const run of props.textRuns ?? []) n += estimateBytes(run.text ?? "") + 40;
  }
  return n;
}

/** "'任务清单'!A3:B5, '任务清单'!C7" → ["A3:B5", "C7"]. */
function stripSheetFromAreas(address: string): string[] {
  return address
    .split(",")
    .map((a) => a.trim().replace(/^.*!/, "").replace(/\$/g, ""))
    .filter((a) => a !== "");
}

type TextRunLike = { text?: string; font?: { bold?: boolean } };
type CellPropsLike = { format?: { font?: { bold?: boolean | null } }; textRuns?: TextRunLike[] };

/** A cell whose runs mix bold and regular text becomes RichText (how a bold lead unit is written). */
function withRuns(value: CellValue, props: CellPropsLike | undefined): CellValue {
  const runs = props?.textRuns;
  if (typeof value !== "string" || !Array.isArray(runs) || runs.length < 2) return value;
  const bolds = runs.map((r) => r.font?.bold === true);
  if (bolds.every((b) => b) || bolds.every((b) => !b)) return value;
  return { richText: runs.map((r, i) => ({ text: r.text ?? "", bold: bolds[i] })) };
}

export async function readWorkbook(env: ExcelEnvironment, options: RunOptions = {}): Promise<WorkbookData> {
  const textRuns = env.supports("ExcelApi", "1.18");
  const cellBold = textRuns || env.supports("ExcelApi", "1.9");
  const mergedAreas = env.supports("ExcelApi", "1.13");
  const check = () => {
    if (options.signal?.aborted) throw cancelledError("read");
  };
  try {
    return await env.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      // Workbook-level names (duban's marks among them), in the same request; formulas need ExcelApi 1.7.
      const names = env.supports("ExcelApi", "1.7") ? context.workbook.names : null;
      names?.load("items/name,items/formula");
      await context.sync();
      check();
      const definedNames = names ? names.items.map((n) => ({ name: n.name, refersTo: String(n.formula ?? "").replace(/^=/, "") })) : [];

      const skip = new Set(options.skipSheets ?? []);
      const sheets = worksheets.items;
      const used = sheets.map((ws) => {
        if (skip.has(ws.name)) return null;
        const range = ws.getUsedRangeOrNullObject(true);
        // isNullObject is a scalar; the rule takes it for a navigation property.
        // eslint-disable-next-line office-addins/no-navigational-load
        range.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
        return range;
      });
      await context.sync();
      check();

      // Rows and columns are counted from A1, so sheet coordinates stay the core's coordinates.
      const extents = used.map((u) => (!u || u.isNullObject ? null : { rows: u.rowIndex + u.rowCount, cols: u.columnIndex + u.columnCount }));
      const data: SheetData[] = sheets.map((ws) => ({ name: ws.name, rows: [], merges: [], boldCells: new Set<string>() }));
      extents.forEach((extent, i) => {
        if (extent) data[i].rows = Array.from({ length: extent.rows }, () => new Array<CellValue>(extent.cols).fill(null));
      });

      const cursors: ReadCursor[] = [];
      extents.forEach((extent, sheet) => {
        if (extent && extent.rows > 0 && extent.cols > 0) cursors.push({ sheet, next: 0, rows: extent.rows, cols: extent.cols });
      });
      const totalCells = cursors.reduce((n, c) => n + c.rows * c.cols, 0);
      let bytesPerCell = textRuns ? INITIAL_BYTES_PER_CELL.runs : INITIAL_BYTES_PER_CELL.plain;
      let cellsRead = 0;
      let request = 0;
      const merges = mergedAreas
        ? extents.map((extent, i) => {
            if (!extent) return null;
            const areas = sheets[i].getRange(`A1:${cellAddress(extent.rows - 1, extent.cols - 1)}`).getMergedAreasOrNullObject();
            areas.load("isNullObject,address");
            return areas;
          })
        : [];

      while (cursors.some((c) => c.next < c.rows)) {
        const pending = takeRequest(cursors, bytesPerCell).map((chunk) => {
          const range = sheets[chunk.sheet].getRange(`A${chunk.top + 1}:${cellAddress(chunk.bottom, chunk.cols - 1)}`);
          range.load("values,valueTypes");
          const props = cellBold
            ? range.getCellProperties(textRuns ? { format: { font: { bold: true } }, textRuns: true } : { format: { font: { bold: true } } })
            : null;
          return { chunk, range, props };
        });
        const remaining = totalCells - cellsRead;
        options.onProgress?.(request, request + Math.max(1, Math.ceil((remaining * bytesPerCell) / READ_BYTE_BUDGET)), "读取单元格");
        // One request per block on purpose: each response stays under Excel's 5 MB limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        request++;
        check();
        let bytes = 0;
        let cells = 0;
        for (const { chunk, range, props } of pending) {
          const sheet = data[chunk.sheet];
          const values = range.values;
          const types = range.valueTypes as unknown as string[][];
          const cellProps = props ? (props.value as unknown as CellPropsLike[][]) : null;
          for (let r = 0; r <= chunk.bottom - chunk.top; r++) {
            const row = sheet.rows[chunk.top + r];
            for (let c = 0; c < chunk.cols; c++) {
              const raw = values[r]?.[c];
              const value = fromExcelValue(raw, types?.[r]?.[c]);
              const p = cellProps?.[r]?.[c];
              row[c] = withRuns(value, p);
              if (value !== null && p?.format?.font?.bold === true) sheet.boldCells?.add(`${chunk.top + r},${c}`);
              bytes += cellBytes(raw, p);
              cells++;
            }
          }
        }
        cellsRead += cells;
        // A quarter more than measured: the next rows may hold longer texts than these.
        if (cells > 0) bytesPerCell = Math.max(20, (bytes / cells) * 1.25);
      }
      options.onProgress?.(request, request, "读取完成");

      merges.forEach((areas, i) => {
        if (areas && !areas.isNullObject) data[i].merges = stripSheetFromAreas(areas.address);
      });
      // Rows past the last value are dropped so the core sees the same shape as from exceljs.
      for (const sheet of data) {
        while (sheet.rows.length > 0 && sheet.rows[sheet.rows.length - 1].every((v) => v === null)) sheet.rows.pop();
      }
      return { sheets: data, definedNames };
    });
  } catch (err) {
    throw toExcelHostError(err, "read");
  }
}
