/**
 * Hunt 22 (docs/metrics.md "Hunt 22 (typed columns in real books)"): each labelled case of ./huntRound22.cases.ts is one
 * progress row of one task under a column set of a public 进展情况表 template, run through analyzeWorkbook (readProgress,
 * validate, the one judge, 任务状态). A case is met when the task's state is as labelled and the row's cells are read as
 * named. Held-out cases (every third) are scored only with DUBAN_HELDOUT=1, totals only. KNOWN_OPEN may only shrink.
 */
import { CellValue } from "../../../src/core/sheet/cellValue";
import { Analysis } from "../../../src/core/engine";
import { analyze, book, catalogueSheet, settingsSheet } from "../../support/books";
import { CASES, Case, heldOut } from "./huntRound22.cases";

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
export function caseMiss(c: Case, a: Analysis): string | null {
  const s = a.states.get("1");
  if (!s) return "no state";
  const done = s.category === "done";
  const green = s.verdict.rag === "green";
  const ok = c.label === "done" ? done : c.label === "green" ? green : c.label === "not-done" ? !done : !green;
  if (!ok) return `${s.category}/${s.verdict.rag}: ${s.verdict.reason}`;
  const row = a.progress[0];
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

describe("hunt 22: typed columns beside the progress text, labelled before the engine ran", () => {
  const train = CASES.filter((c) => !heldOut(c));
  it.each(train.filter((c) => !KNOWN_OPEN.has(c.n)).map((c) => [c.n, c.family, c.task, c.label, c] as const))("%s %s: %s is %s", (_n, _f, _t, _l, c) => {
    expect(caseMiss(c, analyze(caseBook(c), ASOF))).toBeNull();
  });
  it("lists open cases that are still open", () => {
    for (const c of train.filter((x) => KNOWN_OPEN.has(x.n))) expect(caseMiss(c, analyze(caseBook(c), ASOF))).not.toBeNull();
  });
  (process.env.DUBAN_HELDOUT ? it : it.skip)("held-out totals (printed only)", () => {
    const held = CASES.filter(heldOut);
    const missed = held.filter((c) => caseMiss(c, analyze(caseBook(c), ASOF)) !== null).length;
    console.log(`hunt 22 held-out: ${held.length - missed}/${held.length} met`);
  });
});
