import { UnitEntry } from "../model";
import { Severity } from "../findings";

/** Kinds of source document (issue 4). */
export type ImportKind = "notice" | "table" | "pdf-table" | "report";

/**
 * One task as found in a source document, in the field order of the 任务清单 sheet; strings as written
 * (unit lists keep their lead-first order). Progress fields are filled where the document has them.
 */
export interface ImportedTask {
  section: string;
  /** A category within the section: a 事项 column under section headings, or a lower heading level. */
  subsection?: string;
  /** The unit coordinating the task's part, from its heading's "（总牵头单位：…）" (written as a 总牵头单位 column). */
  coordinator?: string;
  id: string;
  text: string;
  leader: string;
  leadUnits: string[];
  coUnits: string[];
  person: string;
  deadline: string;
  stretchTarget: string;
  workTarget: string;
  progress?: ImportedProgress;
  /** Group words (各镇街, 区直相关部门…) the unit registry could not expand; they also stay in the unit lists. */
  groups?: string[];
  /** Drafts from report prose: whether the sentence carries a figure ("measurable") or an action only. */
  draft?: "measurable" | "action";
  /** 1-based source lines the task was read from, for the preview. */
  lines: [number, number];
}

interface ImportedProgress {
  period: string;
  text: string;
  completion: string;
  problems: string;
  nextSteps: string;
}

export interface ImportedSection {
  name: string;
  declaredCount: number | null;
  foundCount: number;
  /** The unit the heading names as coordinating the part ("（总牵头单位：区发改局）"), kept out of the name. */
  coordinator?: string;
}

export interface ImportResult {
  kind: ImportKind;
  /** Why that kind was chosen when it was detected automatically (Chinese). */
  kindReason: string;
  tasks: ImportedTask[];
  sections: ImportedSection[];
  /** Units and leaders learnt from the document (e.g. the leaders' 分管 division of work). */
  units: UnitEntry[];
  /**
   * Other forms of units the tasks write in one form: "区发改局" → ["区发改局（区能源中心）", "区能源中心"], for the
   * 单位 sheet's 别名 column. Absent when there are none.
   */
  unitAliases?: Record<string, string[]>;
  /** Lines that ended up in no task or progress row: shown with the preview, never dropped silently. */
  unrecognized: { line: number; text: string }[];
  /** Lines read as structure, not content (blank-free): header rows, page numbers, titles, the 分管 list… with why. */
  skipped: { line: number; text: string; reason: string }[];
  /**
   * Findings of the import itself, e.g. a declared section count that differs from what was found. `severity` "info" marks
   * what is only for the office to check (a short unit name read as a 单位 sheet entry); the others are warnings.
   */
  notes: ImportNote[];
}

export interface ImportNote {
  code: string;
  message: string;
  severity?: Extract<Severity, "info">;
}

/** The `unitAliases` field of a result, left out when there are none. */
export function withAliases(aliases: Record<string, string[]>): { unitAliases?: Record<string, string[]> } {
  return Object.keys(aliases).length ? { unitAliases: aliases } : {};
}

/** A task with the fields a document did not give left blank, so each importer names only what it found. */
export function importedTask(found: Pick<ImportedTask, "section" | "id" | "text" | "lines"> & Partial<ImportedTask>): ImportedTask {
  return { leader: "", leadUnits: [], coUnits: [], person: "", deadline: "", stretchTarget: "", workTarget: "", ...found };
}
