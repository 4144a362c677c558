/**
 * The one table of the DUBAN.* cell functions: ids, Chinese descriptions, parameter types and the pure
 * implementation. Excel's functions.json is generated from the JSDoc of functions.ts (the Office tool
 * only reads JSDoc); a test keeps that JSDoc equal to this table, so a WPS generator can emit its own
 * functions.json and AddCustomFunction calls from here without reading TypeScript.
 */
import * as formulas from "./formulas";

export type ParamType = "string" | "number" | "boolean" | "any";

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
