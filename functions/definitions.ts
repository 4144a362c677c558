/**
 * The one table of the DUBAN.* cell functions: ids, Chinese descriptions, parameter types and the pure
 * implementation. Excel's functions.json is generated from the JSDoc of functions.ts (the Office tool
 * only reads JSDoc); a test keeps that JSDoc equal to this table, so a WPS generator can emit its own
 * functions.json and AddCustomFunction calls from here without reading TypeScript.
 */
import { z } from "zod/mini";
import { DubanError } from "../src/core";
import * as formulas from "./formulas";

type ParamType = "string" | "number" | "boolean" | "any";

export interface ParamDef {
  name: string;
  description: string;
  type: ParamType;
  optional?: boolean;
  /** A range (2-D array) rather than one value. */
  matrix?: boolean;
}

export interface FunctionDef {
  id: string;
  description: string;
  params: ParamDef[];
  result: { type: ParamType; matrix?: boolean };
  run: (...args: never[]) => unknown;
}

export const NAMESPACE = "DUBAN";

export const FUNCTION_DEFS: FunctionDef[] = [
  {
    id: "TARGET",
    description: "任务文本中第 n 个量化目标的数值，如“地区生产总值增长6%左右”得 6。",
    params: [
      { name: "text", description: "任务或目标文本", type: "string" },
      { name: "n", description: "第几个目标，默认 1", type: "number", optional: true },
    ],
    result: { type: "number" },
    run: formulas.target,
  },
  {
    id: "TARGETS",
    description: "任务文本中的全部量化目标，溢出为表格：指标、比较方式、数值、单位。",
    params: [{ name: "text", description: "任务或目标文本", type: "string" }],
    result: { type: "any", matrix: true },
    run: formulas.targets,
  },
  {
    id: "ACTUAL",
    description: "进展文本中报告的完成数值；给出指标名称时取该指标的数值。",
    params: [
      { name: "text", description: "进展情况文本", type: "string" },
      { name: "metric", description: "指标名称，如“地区生产总值”，可省略", type: "string", optional: true },
    ],
    result: { type: "number" },
    run: formulas.actual,
  },
  {
    id: "RATIO",
    description: "完成率：进展文本中的完成数值除以目标数值。",
    params: [
      { name: "target_text", description: "任务或目标文本", type: "string" },
      { name: "progress_text", description: "进展情况文本", type: "string" },
    ],
    result: { type: "number" },
    run: formulas.ratio,
  },
  {
    id: "EXPECTED",
    description: "序时进度：截至日期在考核期内已过去的比例（0 到 1）。",
    params: [
      { name: "as_of", description: "截至日期（日期或“2024-06-30”）", type: "any" },
      { name: "start", description: "考核期起始日期，默认当年 1 月 1 日", type: "any", optional: true },
      { name: "end", description: "考核期截止日期，默认当年 12 月 31 日", type: "any", optional: true },
    ],
    result: { type: "number" },
    run: formulas.expected,
  },
  {
    id: "STATUS",
    description: "研判任务状态：已完成、序时推进、进展滞后、已逾期、未反映该指标（进展未写该指标）、无法研判或未报送（进展为空）。",
    params: [
      { name: "target_text", description: "任务或目标文本", type: "string" },
      { name: "progress_text", description: "进展情况文本", type: "string" },
      { name: "as_of", description: "截至日期（日期或“2024-06-30”）", type: "any" },
      { name: "level", description: "单位层级：省、市或县（区、旗按县），同“设置”表的单位层级；可省略", type: "string", optional: true },
    ],
    result: { type: "string" },
    run: formulas.status,
  },
  {
    id: "RAG",
    description: "红黄绿预警：红、黄、绿（蓝表示临近时限）。",
    params: [
      { name: "target_text", description: "任务或目标文本", type: "string" },
      { name: "progress_text", description: "进展情况文本", type: "string" },
      { name: "as_of", description: "截至日期（日期或“2024-06-30”）", type: "any" },
      { name: "level", description: "单位层级：省、市或县（区、旗按县），同“设置”表的单位层级；可省略", type: "string", optional: true },
    ],
    result: { type: "string" },
    run: formulas.rag,
  },
  {
    id: "DEADLINE",
    description: "任务文本写明的完成时限（如“上半年”“5月底前”），返回日期，请设置日期格式。",
    params: [
      { name: "text", description: "任务文本或完成时限", type: "string" },
      { name: "year", description: "年度，如 2024；文本写明年度时可省略", type: "number", optional: true },
    ],
    result: { type: "number" },
    run: formulas.deadline,
  },
  {
    id: "UNITRATIO",
    description: "单位完成率：单位区域中列有该单位（含简称、多单位）的任务里，状态为“已完成”的比例。",
    params: [
      { name: "unit", description: "单位名称或简称", type: "string" },
      { name: "units_range", description: "责任单位所在区域，一格可列多个单位", type: "any", matrix: true },
      { name: "status_range", description: "完成状态所在区域，与单位区域同样大小", type: "any", matrix: true },
      { name: "aliases_range", description: "单位简称表：第一列全称，其余列为简称，可省略", type: "any", matrix: true, optional: true },
    ],
    result: { type: "number" },
    run: formulas.unitRatio,
  },
];

/**
 * What a host may hand a function, checked with zod before the formula runs: one cell is text, a number, a
 * logical or nothing (an omitted optional arrives as null or undefined); a range is rows of such cells (a
 * host may pass a single value or a flat row instead). Excel enforces its functions.json types, WPS does not
 * (its functions.json is a hint), so a Range object or an error value that got through is #VALUE! with
 * FN_BAD_ARGUMENT instead of a crash inside the formula.
 */
const CELL = z.union([z.string(), z.number(), z.boolean(), z.null(), z.undefined()]);
const RANGE = z.union([CELL, z.array(z.union([CELL, z.array(CELL)]))]);

function describe(value: unknown): string {
  if (Array.isArray(value)) return "区域 range";
  if (value instanceof Date) return "日期对象 Date";
  return typeof value === "object" && value !== null ? "对象 object" : typeof value;
}

/** The arguments, checked against the function's parameter list (a range where the table says `matrix`). */
export function checkArguments(def: FunctionDef, args: readonly unknown[]): unknown[] {
  return def.params.map((param, i) => {
    const value = args[i];
    if (!(param.matrix ? RANGE : CELL).safeParse(value).success) throw new DubanError("FN_BAD_ARGUMENT", { label: param.description, got: describe(value) });
    return value;
  });
}

const BY_ID = new Map(FUNCTION_DEFS.map((d) => [d.id, d]));

/** Runs the function `id` of the table on what the host handed over: the arguments checked, then the formula. */
export function runFunction(id: string, args: readonly unknown[]): unknown {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`no DUBAN function ${id}`);
  return (def.run as (...a: unknown[]) => unknown)(...checkArguments(def, args));
}
