import { IsoDate } from "./text/dates";

/** A unit (单位) of the registry, with its other names and the leader in charge of it (分管领导). */
export interface UnitEntry {
  name: string;
  aliases: string[];
  /** 区直部门, 镇街, … ; group words such as 各镇街 expand to the units of a category. */
  category: string;
  leader: string;
  /** Set when the 单位 sheet left 类别 empty and the category was guessed from the name: why ("名称以“镇”结尾"). */
  categoryGuess?: string;
}

/** Where a value came from in a sheet, for findings and links. Row and column are zero-based. */
interface SourceCell {
  sheet: string;
  row: number;
  col: number;
}

/** One task (任务) of the catalogue (任务清单). */
export interface Task {
  id: string;
  section: string;
  /** The sub-section (a 类别 column under headings, or a lower heading) when the catalogue has a 子板块 column. */
  subsection?: string;
  /**
   * The unit coordinating the task's part ("（总牵头单位：区发改局）" in the heading) when the catalogue has a 总牵头单位
   * column: shown with the part, never counted as a lead or co-unit of the task.
   */
  coordinator?: string;
  text: string;
  leader: string;
  leadUnits: string[];
  coUnits: string[];
  person: string;
  deadline: IsoDate | null;
  deadlineText: string;
  /** When the deadline was read from a customary time (春节前, 汛期前, 秋季学期 …): the date chosen and why. */
  deadlineNote?: string;
  stretchTarget: string;
  workTarget: string;
  weight: number | null;
  /** Declared task count of the section ("共17项") when the catalogue states one. */
  declaredSectionCount: number | null;
  source: SourceCell;
  /** Column index of each field in the sheet, for findings that point at a cell. */
  columns: Partial<Record<TaskField, number>>;
}

export type TaskField =
  | "id" | "section" | "subsection" | "coordinator" | "text" | "leader" | "leadUnits" | "coUnits" | "units" | "person" | "deadline"
  | "stretchTarget" | "workTarget" | "weight";

/** One progress row (进展填报) as typed; the raw texts are kept so rules can judge them. */
export interface ProgressRow {
  taskId: string;
  unit: string;
  period: string;
  text: string;
  status: string;
  value: string;
  /** The 完成值 cell as a number, or null when empty or not a number. */
  valueNumber: number | null;
  problems: string;
  nextSteps: string;
  dateText: string;
  date: IsoDate | null;
  /** The configured period the 报告期 cell names (by name or by the month it ends in), or null. */
  reportPeriod: ReportPeriod | null;
  /**
   * Where the row is: its sheet and zero-based sheet row (its 序号 cell is at `columns.taskId`). Two fields, not
   * a SourceCell object: at 10⁶ rows that object was ~48 MB of the analysis.
   */
  sheet: string;
  sheetRow: number;
  /** Column index of each field in the sheet (one object shared by every row of the sheet). */
  columns: Partial<Record<ProgressField, number>> & { taskId: number };
}

export type ProgressField =
  | "taskId" | "unit" | "period" | "text" | "status" | "value" | "problems" | "nextSteps" | "date";

/** A reporting period (报告期) with the day its reports are due. */
export interface ReportPeriod {
  name: string;
  start: IsoDate;
  end: IsoDate;
  due: IsoDate;
}

export interface Thresholds {
  /** Below this share of 序时进度 a metric is yellow (default 1: anything behind schedule). */
  yellow: number;
  /** Below this share of 序时进度 a metric is red (default 0.8). */
  red: number;
  /** A deadline within this many days is flagged 临近时限 (blue). */
  dueSoonDays: number;
}

/** Who must report on a task: its lead units only, or every responsible unit. */
export type ReportingScope = "lead" | "all";

export interface Settings {
  year: number;
  asOf: IsoDate;
  periods: ReportPeriod[];
  textLimit: number;
  thresholds: Thresholds;
  reportingScope: ReportingScope;
  /** 单位层级: the office's own level (省, 市, 县 — a 区 or 旗 is 县), so a figure of a wider area (全市 for a 区) is not its own. */
  level?: PlaceLevel;
}

/** The level of an office: 省 (省, 自治区, 直辖市 as a province), 市 (市, 州, 盟), 县 (县, 区, 旗, 县级市). */
export type PlaceLevel = "省" | "市" | "县";

/** The allowed 完成状态 values. */
export const STATUS_VALUES = ["已完成", "序时推进", "进展滞后", "未启动"] as const;
