import { DubanError } from "../issues";
import { MarkName, WorkbookPatch } from "../output";
import { cellText } from "../text/normalize";
import { columnLetter, quoteSheetName } from "../sheet/address";
import { CellValue, SheetData, WorkbookData } from "../sheet/cellValue";
import { SHEET } from "./sheetNames";

/**
 * What in a workbook is duban's own, by duban's own mark and by nothing else: hidden workbook-level
 * defined names it writes with every output.
 *
 *   _duban_sheet_<role>  → 'the sheet'!$A$1   one per sheet duban wrote (校验结果, 汇总 …)
 *   _duban_columns       → 'progress sheet'!$J$1:$K$1   the two status columns beside the progress rows
 *
 * Names are references, so Excel, WPS and LibreOffice keep them pointing at the same sheet when it is
 * renamed and at the same columns when columns are inserted before them; a deleted sheet leaves #REF!,
 * which marks nothing. A sheet or column is never taken to be duban's because of its name or because its
 * cells look empty: the office's own 汇总 stays the office's, and duban writes its roll-up beside it.
 */
const MARK_PREFIX = "_duban_";
const COLUMNS_MARK = `${MARK_PREFIX}columns`;
const SHEET_MARK = `${MARK_PREFIX}sheet_`;

/** The sheets duban writes, by role; the role names the mark, the name is the one duban would choose. */
const OWNED_ROLES = {
  findings: SHEET.findings,
  metrics: SHEET.metrics,
  rollup: SHEET.rollup,
  reporting: SHEET.reporting,
  taskStates: SHEET.taskStates,
  bulletin: SHEET.bulletin,
} as const;
type OwnedRole = keyof typeof OWNED_ROLES;

/** Suffix of the name duban uses when the office has a sheet of its own under duban's usual name. */
const OWN_SUFFIX = "（督办助手）";

interface Ownership {
  /** The sheet each role's mark points at, where it names a sheet of the workbook. */
  sheets: Map<OwnedRole, string>;
  /** Per progress sheet, the first of duban's columns and how many its mark spans. */
  columns: Map<string, { col: number; count: number }>;
}

/** A reference such as `'进展填报'!$J:$K`, `Sheet1!$A$1` or `'a''b'!$J$1:$K$9`: sheet, first and last column. */
function parseRef(refersTo: string): { sheet: string; first: number; last: number } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d*)(?::\$?([A-Z]{1,3})\$?(\d*))?$/i.exec(refersTo.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const first = col(m[3]);
  const last = m[5] ? col(m[5]) : first;
  return { sheet, first: Math.min(first, last), last: Math.max(first, last) };
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** duban's marks in a workbook, checked against its sheets (a mark at a sheet that is gone marks nothing). */
export function readOwnership(book: WorkbookData): Ownership {
  const sheets = new Map<OwnedRole, string>();
  const columns = new Map<string, { col: number; count: number }>();
  const existing = (name: string) => book.sheets.find((s) => sameName(s.name, name))?.name;
  for (const n of book.definedNames ?? []) {
    const lower = n.name.toLowerCase();
    if (!lower.startsWith(MARK_PREFIX)) continue;
    const ref = parseRef(n.refersTo);
    const sheet = ref && existing(ref.sheet);
    if (!ref || !sheet) continue;
    if (lower === COLUMNS_MARK) columns.set(sheet, { col: ref.first, count: ref.last - ref.first + 1 });
    else if (lower.startsWith(SHEET_MARK)) {
      const role = Object.keys(OWNED_ROLES).find((r) => r.toLowerCase() === lower.slice(SHEET_MARK.length)) as OwnedRole | undefined;
      if (role) sheets.set(role, sheet);
    }
  }
  return { sheets, columns };
}

/** The sheets the marks name: never read as input. */
export function ownedSheetNames(own: Ownership): Set<string> {
  return new Set(own.sheets.values());
}

/** Headers of the two columns duban writes beside the progress rows. */
const STATUS_HEADERS = ["校验状态", "校验说明"] as const;

/**
 * Where duban's two columns go on a progress sheet: the columns its mark names, when the mark spans
 * exactly two columns whose headers are still duban's; otherwise the first column right of everything
 * the sheet holds (a formula counts, whatever it shows). Columns the office inserted next to duban's, or
 * between them, are never written over: the mark no longer fits, and duban's columns move to the end.
 */
export function statusColumn(sheet: SheetData, headerRow: number, own: Ownership, widthBelow = 0): number {
  const mark = own.columns.get(sheet.name);
  if (mark && mark.count === STATUS_HEADERS.length) {
    const header = sheet.rows[headerRow] ?? [];
    if (STATUS_HEADERS.every((h, i) => cellText(header[mark.col + i] ?? null) === h)) return mark.col;
  }
  let width = Math.max(sheet.usedWidth ?? 0, widthBelow);
  for (const row of sheet.rows) if (row) width = typedWidth(row, width);
  return width;
}

/** `width`, or one past the rightmost cell of `row` right of it that shows something (a formula counts). */
export function typedWidth(row: CellValue[], width: number): number {
  for (let c = row.length - 1; c >= width; c--) if (cellText(row[c]) !== "") return c + 1;
  return width;
}

/** The workbook as the patches for it see it: its sheet names and duban's marks in it. */
export interface BookOwnership {
  sheetNames: string[];
  own: Ownership;
}

function roleOf(name: string): OwnedRole | undefined {
  return (Object.keys(OWNED_ROLES) as OwnedRole[]).find((r) => OWNED_ROLES[r] === name);
}

const MAX_COLUMNS = 16384;

/**
 * A patch made safe to write into this workbook: each of duban's sheets goes where its mark points, or
 * under its usual name when no sheet has it, or else under a free name (汇总（督办助手）) — an office's
 * own 汇总 or 通报 is never replaced; the marks of what it writes are added; columns that would run past
 * the last column stop the run before anything is written.
 */
export function claimPatch(patch: WorkbookPatch, book: BookOwnership): WorkbookPatch {
  const names: MarkName[] = [...(patch.names ?? [])];
  const renamed = new Map<string, string>();
  const taken = (name: string) => book.sheetNames.some((s) => sameName(s, name));
  const sheets = patch.sheets.map((sheet) => {
    const role = roleOf(sheet.name);
    if (!role) return sheet;
    let name = book.own.sheets.get(role);
    if (!name) {
      const owned = ownedSheetNames(book.own);
      const candidates = [sheet.name, `${sheet.name}${OWN_SUFFIX}`, ...Array.from({ length: 98 }, (_, i) => `${sheet.name}${OWN_SUFFIX.slice(0, -1)}${i + 2}）`)];
      name = candidates.find((c) => !taken(c) && ![...owned].some((o) => sameName(o, c)));
      if (!name) throw new DubanError("BOOK_NO_SHEET_NAME", { sheet: sheet.name });
    }
    names.push({ name: `${SHEET_MARK}${role}`, refersTo: `${quoteSheetName(name)}!$A$1` });
    if (name === sheet.name) return sheet;
    renamed.set(sheet.name, name);
    return { ...sheet, name };
  });
  for (const c of patch.columns) {
    if (c.col + 1 > MAX_COLUMNS) {
      throw new DubanError("BOOK_NO_FREE_COLUMN", { sheet: c.sheet, header: c.spec.header });
    }
  }
  if (patch.columns.length) {
    const first = Math.min(...patch.columns.map((c) => c.col));
    const last = Math.max(...patch.columns.map((c) => c.col));
    // Cells rather than whole columns ($J$1:$K$1, not $J:$K): every host, exceljs included, keeps them.
    names.push({ name: COLUMNS_MARK, refersTo: `${quoteSheetName(patch.columns[0].sheet)}!$${columnLetter(first)}$1:$${columnLetter(last)}$1` });
  }
  const summary = patch.summary.map((line) => {
    let out = line;
    for (const [from, to] of renamed) out = out.split(`「${from}」`).join(`「${to}」`);
    return out;
  });
  for (const [from, to] of renamed) summary.push(`工作簿中已有「${from}」工作表（不是督办助手写的），已原样保留；督办助手的结果写入「${to}」`);
  return { ...patch, sheets, names, summary };
}
