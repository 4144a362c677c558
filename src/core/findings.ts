/** A finding of validation: a stable code, a severity, a Chinese message and the cell it is about. */
export type Severity = "error" | "warning" | "info";

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export interface Finding {
  code: string;
  severity: Severity;
  /** Chinese message, already rendered from the code and its parameters. */
  message: string;
  sheet: string;
  /** Zero-based sheet row and column, or null for findings about the workbook as a whole. */
  row: number | null;
  col: number | null;
  /** "E12" or null. */
  address: string | null;
  taskId?: string;
  unit?: string;
  period?: string;
}
