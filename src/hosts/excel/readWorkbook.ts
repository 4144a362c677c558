/// <reference types="office-js" />
/**
 * Reads the open workbook into the core's WorkbookData in one Excel.run: one request for the sheet
 * names, one for the used ranges, then the cells in requests of at most READ_CELL_BUDGET cells so no
 * response passes Excel's 5 MB limit (a long progress text is a few hundred bytes; 20 000 of them fit).
 */
import { CellValue, SheetData, WorkbookData } from "../../core/sheet/cellValue";
import { cellAddress } from "../../core/sheet/address";
import { ExcelEnvironment, RunOptions } from "./excelContext";
import { cancelledError, toExcelHostError } from "./excelHostError";
import { fromExcelValue } from "./cellValues";

export const READ_CELL_BUDGET = 20000;

interface Chunk {
  sheet: number;
  /** Zero-based first and last row, and the column count (from column A). */
  top: number;
  bottom: number;
  cols: number;
}

/** Splits every sheet into row blocks and groups the blocks into requests under the cell budget. */
export function planReads(extents: ({ rows: number; cols: number } | null)[], budget = READ_CELL_BUDGET): Chunk[][] {
  const requests: Chunk[][] = [];
  let current: Chunk[] = [];
  let cells = 0;
  extents.forEach((extent, sheet) => {
    if (!extent || extent.rows === 0 || extent.cols === 0) return;
    const rowsPer = Math.max(1, Math.floor(budget / extent.cols));
    for (let top = 0; top < extent.rows; top += rowsPer) {
      const bottom = Math.min(extent.rows, top + rowsPer) - 1;
      const size = (bottom - top + 1) * extent.cols;
      if (cells > 0 && cells + size > budget) {
        requests.push(current);
        current = [];
        cells = 0;
      }
      current.push({ sheet, top, bottom, cols: extent.cols });
      cells += size;
    }
  });
  if (current.length > 0) requests.push(current);
  return requests;
}

/** "'任务清单'!A3:B5, '任务清单'!C7" → ["A3:B5", "C7"]. */
export function stripSheetFromAreas(address: string): string[] {
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
      await context.sync();
      check();

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

      const requests = planReads(extents);
      const merges = mergedAreas
        ? extents.map((extent, i) => {
            if (!extent) return null;
            const areas = sheets[i].getRange(`A1:${cellAddress(extent.rows - 1, extent.cols - 1)}`).getMergedAreasOrNullObject();
            areas.load("isNullObject,address");
            return areas;
          })
        : [];

      for (let q = 0; q < requests.length; q++) {
        const pending = requests[q].map((chunk) => {
          const range = sheets[chunk.sheet].getRange(`A${chunk.top + 1}:${cellAddress(chunk.bottom, chunk.cols - 1)}`);
          range.load("values,valueTypes");
          const props = cellBold
            ? range.getCellProperties(textRuns ? { format: { font: { bold: true } }, textRuns: true } : { format: { font: { bold: true } } })
            : null;
          return { chunk, range, props };
        });
        options.onProgress?.(q, requests.length, "读取单元格");
        // One request per block on purpose: each stays under Excel's 5 MB response limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        check();
        for (const { chunk, range, props } of pending) {
          const sheet = data[chunk.sheet];
          const values = range.values;
          const types = range.valueTypes as unknown as string[][];
          const cellProps = props ? (props.value as unknown as CellPropsLike[][]) : null;
          for (let r = 0; r <= chunk.bottom - chunk.top; r++) {
            const row = sheet.rows[chunk.top + r];
            for (let c = 0; c < chunk.cols; c++) {
              const value = fromExcelValue(values[r]?.[c], types?.[r]?.[c]);
              const p = cellProps?.[r]?.[c];
              row[c] = withRuns(value, p);
              if (value !== null && p?.format?.font?.bold === true) sheet.boldCells?.add(`${chunk.top + r},${c}`);
            }
          }
        }
      }
      options.onProgress?.(requests.length, requests.length, "读取完成");

      merges.forEach((areas, i) => {
        if (areas && !areas.isNullObject) data[i].merges = stripSheetFromAreas(areas.address);
      });
      // Rows past the last value are dropped so the core sees the same shape as from exceljs.
      for (const sheet of data) {
        while (sheet.rows.length > 0 && sheet.rows[sheet.rows.length - 1].every((v) => v === null)) sheet.rows.pop();
      }
      return { sheets: data };
    });
  } catch (err) {
    throw toExcelHostError(err, "read");
  }
}
