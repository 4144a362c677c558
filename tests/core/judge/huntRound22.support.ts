/** Hunt 22's harness (./huntRound22.test.ts, tests/hosts/xlsx/typedColumnsHunt22.test.ts): a case's book and whether it is met. */
import { CellValue } from "../../../src/core/sheet/cellValue";
import { Analysis } from "../../../src/core/engine";
import { book, catalogueSheet, settingsSheet } from "../../support/books";
import { Case } from "./huntRound22.cases";

const q3 = settingsSheet([["年度", 2024], ["报告期", "三季度", "2024-09-30"]]);
export const ASOF = "2024-10-08";
const UNIT_HEADERS = new Set(["填报单位", "责任单位", "单位"]);
const DATE_HEADERS = new Set(["填报日期", "日期"]);

/** The case's progress sheet: its column set, with 序号 1, the unit, 三季度 and the filing date filled where not given. */
export function caseRows(c: Case): CellValue[][] {
  const fill = (h: string): CellValue => {
    if (h in c.cells) return c.cells[h];
    if (h === "序号") return "1";
    if (UNIT_HEADERS.has(h)) return "区发改局";
    if (h === "报告期") return "三季度";
    if (DATE_HEADERS.has(h)) return "2024-09-30";
    return null;
  };
  return [c.headers, c.headers.map(fill)];
}

export function caseBook(c: Case) {
  // The task's lead unit is the unit the row names, so the row is the responsible unit's.
  const unit = [...UNIT_HEADERS].map((h) => c.cells[h]).find((v) => typeof v === "string") as string | undefined;
  return book(catalogueSheet([{ id: "1", text: c.task, lead: unit ?? "区发改局" }]), { name: "进展填报", rows: caseRows(c) }, q3);
}

/** What is wrong with the case's analysis, or null when it is met. */
export function caseMiss(c: Case, a: Analysis, id = "1"): string | null {
  const s = a.states.get(id);
  if (!s) return "no state";
  const done = s.category === "done";
  const green = s.verdict.rag === "green";
  const ok = c.label === "done" ? done : c.label === "green" ? green : c.label === "not-done" ? !done : !green;
  if (!ok) return `${s.category}/${s.verdict.rag}: ${s.verdict.reason}`;
  const row = a.progress.find((r) => r.taskId === id);
  for (const [k, v] of Object.entries(c.read ?? {})) {
    const got = k === "date" ? row?.date : k === "value" ? row?.valueNumber : (row as unknown as Record<string, unknown>)?.[k];
    if (got !== v) return `${k} read as ${String(got)}`;
  }
  return null;
}

/** Cases answered otherwise than labelled after this hunt, by number. */
// 50 and 80: "30个小区已全部完成改造" does not say 老旧 (the scope rule asks it); 67: "已完工25个，其余正在施工" is not compared
// with the 30 to do. All three are 无法研判, not a wrong colour.
export const KNOWN_OPEN = new Set<number>([50, 67, 80]);

