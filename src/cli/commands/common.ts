import type ExcelJS from "exceljs";
import { BookError } from "../../core/bookError";
import { WorkbookData } from "../../core/sheet/cellValue";
import { OUTPUT_SHEETS } from "../../core/layout/sheetNames";
import { IsoDate, parseDateCell } from "../../core/text/dates";
import { loadWorkbook, readForCopy, readWorkbookFile, workbookData } from "../../hosts/xlsx/readWorkbook";
import { UserError } from "../errors";
import { CliIO } from "../io";

/** Today in the machine's own time zone: the as-of date when neither --as-of nor 设置 gives one. */
export function today(): IsoDate {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function parseAsOf(value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  const iso = parseDateCell(value);
  if (!iso) throw new UserError("CLI_BAD_DATE", `日期「${value}」无法识别，请写成 2024-06-30。`, `bad date: ${value}`);
  return iso;
}

export function requireOne(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UserError("CLI_BAD_ARGS", `请指定一个${what}。运行 duban --help 查看用法。`, `expected one ${what}`);
  return positionals[0];
}

export async function openBook(path: string): Promise<{ wb: ExcelJS.Workbook; data: WorkbookData }> {
  const wb = await loadWorkbook(path);
  return { wb, data: workbookData(wb) };
}

/** For a run that writes a copy: cells streamed, then the workbook model the copy is made from (bounded). */
export async function openBookForCopy(path: string): Promise<{ wb: ExcelJS.Workbook; data: WorkbookData }> {
  return readForCopy(path);
}

/**
 * The cells only, streamed: what a run that writes no workbook needs. The cells of the sheets duban writes
 * itself (校验结果, 指标跟踪 …), which the analysis never reads, are skipped.
 */
export async function readBook(path: string): Promise<WorkbookData> {
  return readWorkbookFile(path, { skipCells: OUTPUT_SHEETS });
}

/** Progress on stderr, drawn only when stderr is a terminal so logs and pipes stay clean. */
export function progressReporter(io: CliIO, total: number) {
  let step = 0;
  return (label: string) => {
    step++;
    if (!io.errIsTTY) return;
    const width = 20;
    const filled = Math.round((step / total) * width);
    io.err(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${step}/${total} ${label}   ${step === total ? "\n" : ""}`);
  };
}

export function isBookError(err: unknown): err is BookError {
  return err instanceof BookError;
}
