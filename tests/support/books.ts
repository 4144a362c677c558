import { CellValue, SheetData, WorkbookData } from "../../src/core/sheet/cellValue";
import { analyzeWorkbook, Analysis } from "../../src/core/engine";

/** A catalogue row with defaults: [序号, 板块, 任务内容, 牵头领导, 牵头单位, 协办单位, 责任人, 完成时限]. */
export interface TaskSpec {
  id: string;
  section?: string;
  text?: string;
  leader?: string;
  lead?: string;
  co?: string;
  person?: string;
  deadline?: string;
}

/** A progress row with defaults: [序号, 填报单位, 报告期, 进展情况, 完成状态, 完成值, 存在问题, 下步打算, 填报日期]. */
export interface RowSpec {
  id: string;
  unit?: string;
  period?: string;
  text?: string;
  status?: string;
  value?: CellValue;
  problems?: string;
  next?: string;
  date?: CellValue;
}

export const CATALOGUE_HEADER = ["序号", "板块", "任务内容", "牵头领导", "牵头单位", "协办单位", "责任人", "完成时限"];
export const PROGRESS_HEADER = ["序号", "填报单位", "报告期", "进展情况", "完成状态", "完成值", "存在问题", "下步打算", "填报日期"];

export function catalogueSheet(tasks: TaskSpec[], name = "任务清单"): SheetData {
  return {
    name,
    rows: [CATALOGUE_HEADER, ...tasks.map((t) => [t.id, t.section ?? "一、经济发展", t.text ?? `推进第${t.id}项工作。`, t.leader ?? "", t.lead ?? "区发改局", t.co ?? "", t.person ?? "", t.deadline ?? ""])],
  };
}

export function progressSheet(rows: RowSpec[], name = "进展填报"): SheetData {
  return {
    name,
    rows: [
      PROGRESS_HEADER,
      ...rows.map((r) => [r.id, r.unit ?? "区发改局", r.period ?? "二季度", r.text ?? "已召开专题会议，正在按计划推进。", r.status ?? "序时推进", r.value ?? null, r.problems ?? "", r.next ?? "", r.date ?? "2024-06-28"]),
    ],
  };
}

export function settingsSheet(entries: [string, CellValue, CellValue?, CellValue?][]): SheetData {
  return { name: "设置", rows: [["项目", "值", "期末日期", "报送截止"], ...entries.map((e) => [e[0], e[1], e[2] ?? null, e[3] ?? null])] };
}

export function unitsSheet(units: [string, string?, string?, string?][]): SheetData {
  return { name: "单位", rows: [["单位名称", "别名", "类别", "分管领导"], ...units.map((u) => [u[0], u[1] ?? "", u[2] ?? "", u[3] ?? ""])] };
}

export function book(...sheets: SheetData[]): WorkbookData {
  return { sheets };
}

/** Analyses with the as-of date 2024-07-10 unless told otherwise (after the second quarter's due date). */
export function analyze(data: WorkbookData, asOf = "2024-07-10"): Analysis {
  return analyzeWorkbook(data, { asOf, today: asOf });
}

export function codes(a: Analysis): string[] {
  return a.findings.map((f) => f.code);
}

export function findingsOf(a: Analysis, code: string) {
  return a.findings.filter((f) => f.code === code);
}
