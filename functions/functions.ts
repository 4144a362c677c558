/// <reference types="custom-functions-runtime" />
/**
 * Excel custom functions under the DUBAN namespace. Each one is a thin wrapper: the JSDoc below is what
 * custom-functions-metadata turns into functions.json (and its webpack loader appends the
 * CustomFunctions.associate calls); the work is done by ./formulas over src/core. The descriptions must
 * stay equal to ./definitions (tests/functions checks it), which is what the WPS add-in reads.
 * All functions are pure; a failure always leaves as #VALUE! or #N/A with a Chinese message and its code,
 * never as an uncaught exception.
 *
 * The judge and the parsers behind them (./definitions over src/core, ~56 kB compressed and growing with every
 * rule) come in a chunk of their own, requested as soon as this file runs: the pane's first load does not carry
 * them. A call made before the chunk has arrived returns a promise the runtime waits for (Excel accepts a promise
 * from any custom function); every later call answers at once, as before.
 */
import { cellErrorOf, DubanError } from "../src/core";

type Definitions = typeof import("./definitions");
let definitions: Definitions | null = null;

/** Settles when the functions' chunk has arrived (tests wait for it; Excel needs not). */
export const ready: Promise<void> = import(/* webpackChunkName: "formulas" */ "./definitions").then((loaded) => {
  definitions = loaded;
});

function run<T>(loaded: Definitions, id: string, args: unknown[]): T {
  try {
    return loaded.runFunction(id, args) as T;
  } catch (err) {
    throw toExcelError(err);
  }
}

/**
 * Runs one function of the table (its arguments checked first) and turns every failure into an Excel error value:
 * thrown once the chunk is here, a rejected promise before (the runtime shows either the same way).
 */
function guard<T>(id: string, ...args: unknown[]): T {
  if (definitions) return run<T>(definitions, id, args);
  return ready.then(() => run<T>(definitions as Definitions, id, args)) as unknown as T;
}

/**
 * A failure as Excel's error value: the FN_ code's own (#VALUE! or #N/A, the two that carry a message in
 * Excel, from the catalogue) with its Chinese message and code. A programming error is FN_INTERNAL.
 */
export function toExcelError(err: unknown): CustomFunctions.Error {
  const failure = err instanceof DubanError ? err : new DubanError("FN_INTERNAL", { detail: err instanceof Error ? err.message : String(err) });
  const code = cellErrorOf(failure.code) === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, `${failure.message} (${failure.code})`);
}

/**
 * 任务文本中第 n 个量化目标的数值，如“地区生产总值增长6%左右”得 6。
 * @customfunction TARGET
 * @param text 任务或目标文本
 * @param n 第几个目标，默认 1
 * @returns 目标数值
 */
export function target(text: string, n?: number): number {
  return guard("TARGET", text, n);
}

/**
 * 任务文本中的全部量化目标，溢出为表格：指标、比较方式、数值、单位。
 * @customfunction TARGETS
 * @param text 任务或目标文本
 * @returns 每个目标一行
 */
export function targets(text: string): any[][] {
  return guard("TARGETS", text);
}

/**
 * 进展文本中报告的完成数值；给出指标名称时取该指标的数值。
 * @customfunction ACTUAL
 * @param text 进展情况文本
 * @param metric 指标名称，如“地区生产总值”，可省略
 * @returns 完成数值
 */
export function actual(text: string, metric?: string): number {
  return guard("ACTUAL", text, metric);
}

/**
 * 完成率：进展文本中的完成数值除以目标数值。
 * @customfunction RATIO
 * @param target_text 任务或目标文本
 * @param progress_text 进展情况文本
 * @returns 完成率（0.5 即 50%）
 */
export function ratio(target_text: string, progress_text: string): number {
  return guard("RATIO", target_text, progress_text);
}

/**
 * 序时进度：截至日期在考核期内已过去的比例（0 到 1）。
 * @customfunction EXPECTED
 * @param as_of 截至日期（日期或“2024-06-30”）
 * @param start 考核期起始日期，默认当年 1 月 1 日
 * @param end 考核期截止日期，默认当年 12 月 31 日
 * @returns 序时进度
 */
export function expected(as_of: any, start?: any, end?: any): number {
  return guard("EXPECTED", as_of, start, end);
}

/**
 * 研判任务状态：已完成、序时推进、进展滞后、已逾期、未反映该指标（进展未写该指标）、无法研判或未报送（进展为空）。
 * @customfunction STATUS
 * @param target_text 任务或目标文本
 * @param progress_text 进展情况文本
 * @param as_of 截至日期（日期或“2024-06-30”）
 * @param level 单位层级：省、市或县（区、旗按县），同“设置”表的单位层级；可省略
 * @returns 状态
 */
export function status(target_text: string, progress_text: string, as_of: any, level?: string): string {
  return guard("STATUS", target_text, progress_text, as_of, level);
}

/**
 * 红黄绿预警：红、黄、绿（蓝表示临近时限）。
 * @customfunction RAG
 * @param target_text 任务或目标文本
 * @param progress_text 进展情况文本
 * @param as_of 截至日期（日期或“2024-06-30”）
 * @param level 单位层级：省、市或县（区、旗按县），同“设置”表的单位层级；可省略
 * @returns 红、黄、绿或蓝
 */
export function rag(target_text: string, progress_text: string, as_of: any, level?: string): string {
  return guard("RAG", target_text, progress_text, as_of, level);
}

/**
 * 任务文本写明的完成时限（如“上半年”“5月底前”），返回日期，请设置日期格式。
 * @customfunction DEADLINE
 * @param text 任务文本或完成时限
 * @param year 年度，如 2024；文本写明年度时可省略
 * @returns 日期序列号
 */
export function deadline(text: string, year?: number): number {
  return guard("DEADLINE", text, year);
}

/**
 * 单位完成率：单位区域中列有该单位（含简称、多单位）的任务里，状态为“已完成”的比例。
 * @customfunction UNITRATIO
 * @param unit 单位名称或简称
 * @param units_range 责任单位所在区域，一格可列多个单位
 * @param status_range 完成状态所在区域，与单位区域同样大小
 * @param aliases_range 单位简称表：第一列全称，其余列为简称，可省略
 * @returns 完成率
 */
export function unitratio(unit: string, units_range: any[][], status_range: any[][], aliases_range?: any[][]): number {
  return guard("UNITRATIO", unit, units_range, status_range, aliases_range);
}
