import { WorkbookData } from "./sheet/cellValue";
import { Finding, Severity } from "./findings";
import { ProgressRow } from "./model";
import type { Analysis, AnalyzeOptions, ProgressLayout } from "./analysis";
import { DubanError } from "./issues";
import { findSheets } from "./layout/findSheets";
import { readSettings } from "./settings/readSettings";
import { readUnits } from "./units/readUnits";
import { checkProgressTitle } from "./validate/pastYearTitle";
import { createUnitRegistry } from "./units/registry";
import { readCatalogue } from "./catalogue/readCatalogue";
import { readProgress } from "./progress/readProgress";
import { createContext, ValidationContext } from "./validate/context";
import { checkCatalogue } from "./validate/catalogueRules";
import { checkRow } from "./validate/rowRules";
import { checkAcrossRows } from "./validate/crossRowRules";
import { trackMetrics } from "./validate/trackMetrics";
import { checkCoverage } from "./validate/coverageRules";
import { makeFinding } from "./validate/makeFinding";
import { MESSAGES } from "./validate/messages";
import { computeTaskStates, TaskState } from "./rollup/taskStates";
import { Rollup, rollUp } from "./rollup/rollUp";
import { SHEET } from "./layout/sheetNames";
import { claimPatch, ownedSheetNames, readOwnership, statusColumn } from "./layout/ownership";
import { WorkbookPatch } from "./output";
import { deferValidationPatch as deferPlainValidationPatch, rollupPatch as plainRollupPatch } from "./patches";

export type { Analysis, AnalyzeOptions, ProgressLayout } from "./analysis";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Reads, validates, judges and rolls up a workbook: the one entry point every host calls.
 * Throws a DubanError (BOOK_NO_CATALOGUE, BOOK_MISSING_COLUMN) when the workbook has no catalogue or lacks a required column.
 */
export function analyzeWorkbook(book: WorkbookData, options: AnalyzeOptions): Analysis {
  // Sheets duban's marks name are its own output: never read as input.
  const own = readOwnership(book);
  const owned = ownedSheetNames(own);
  const sheets = findSheets(book.sheets.filter((s) => !owned.has(s.name)));
  if (!sheets.catalogue) {
    throw new DubanError("BOOK_NO_CATALOGUE", { sheet: SHEET.catalogue });
  }
  const { settings, problems } = readSettings(sheets.settings?.rows ?? null, options.today, options.asOf);
  const units = sheets.units ? readUnits(sheets.units) : [];
  const registry = createUnitRegistry(units);
  const tasks = readCatalogue(sheets.catalogue, registry, settings.year);
  let progress: ProgressRow[] = [];
  let progressLayout: ProgressLayout | null = null;
  let pastYear: Finding[] = [];
  if (sheets.progress) {
    // With releaseCells, each row's cells go as it is read: the rows keep the cells' strings, not their arrays.
    const read = readProgress(sheets.progress, registry, settings, options.releaseCells);
    progress = read.rows;
    progressLayout = { sheet: sheets.progress.name, headerRow: read.headerRow, resultCol: statusColumn(sheets.progress, read.headerRow, own, read.widthBelow) };
    pastYear = checkProgressTitle(sheets.progress, read.headerRow, settings.year);
    // What is left of them (the header and the rows above it) goes too.
    if (options.releaseCells) sheets.progress.rows = [];
  }
  const ctx = createContext(settings, registry, units.length > 0, tasks, progress);
  const rowsByTask = ctx.rowsByTask;
  const findings: Finding[] = [];
  for (const p of problems) {
    findings.push(makeFinding("SETTINGS_BAD_VALUE", MESSAGES.SETTINGS_BAD_VALUE({ key: p.key, value: p.value, expected: p.expected, instead: p.instead }), { sheet: sheets.settings?.name ?? SHEET.settings, row: p.row, col: p.col }));
  }
  for (const other of sheets.otherProgress) {
    findings.push(makeFinding("BOOK_EXTRA_PROGRESS_SHEET", MESSAGES.BOOK_EXTRA_PROGRESS_SHEET({ sheet: other.name, read: sheets.progress!.name }), { sheet: other.name, row: 0, col: 0 }));
  }
  append(findings, pastYear);
  append(findings, checkCatalogue(ctx));
  for (let i = 0; i < progress.length; i++) checkRow(ctx, progress[i], findings);
  append(findings, checkAcrossRows(ctx));
  const tracked = trackMetrics(ctx, rowsByTask);
  append(findings, tracked.findings);
  const states = computeTaskStates(ctx, rowsByTask, tracked.judged);
  append(findings, checkCoverage(ctx, rowsByTask, states));
  const sheetNames = book.sheets.map((s) => s.name);
  const rollup = lazyRollup(ctx, states);
  return {
    settings, units, registry, tasks, progress, progressLayout, findings: sortFindings(findings, sheetNames), metrics: tracked.metrics, states,
    get rollup() {
      return rollup();
    },
    book: { sheetNames, own },
  };
}

/**
 * The roll-up, made when it is first read: validate (校验结果, 指标跟踪, the status columns, its --json) never
 * reads it, and at 10⁵ rows it is ~0.15 s of a cold run. It is computed from the states and rows as they were
 * at the end of the analysis, which nothing changes afterwards, so it is the same whenever it is read; the
 * context it needs is let go once it is made.
 */
function lazyRollup(ctx: ValidationContext | null, states: Map<string, TaskState>): () => Rollup {
  let made: Rollup | undefined;
  return () => {
    if (made === undefined) {
      made = rollUp(ctx!, states, ctx!.rowsByTask);
      ctx = null;
    }
    return made;
  };
}

/** push(...more) passes every element as an argument: at 10⁵ findings that is slow and can overflow the stack. */
function append(findings: Finding[], more: Finding[]): void {
  for (const f of more) findings.push(f);
}

/**
 * Findings by severity, sheet (in workbook order), row and column; ties keep the order rules found them in.
 * The order is one whole number per finding that ends in the finding's own index, so sorting 10⁵ findings is
 * a sort of numbers without a comparator (about half the time of an index sort comparing keys, at 150,000).
 */
function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const n = findings.length;
  const sheetIndex = new Map<string, number>();
  const indexOf = (sheet: string) => {
    let i = sheetIndex.get(sheet);
    if (i === undefined) sheetIndex.set(sheet, (i = sheetOrder.indexOf(sheet)));
    return i;
  };
  // Severity (3) × sheet (indexOf is -1…n, +1) × row (+1 for null) × column (+1) × index: exact while within 2⁵³.
  let rows = 1;
  let cols = 1;
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    rows = Math.max(rows, (f.row ?? -1) + 2);
    cols = Math.max(cols, (f.col ?? -1) + 2);
  }
  const sheets = sheetOrder.length + 1;
  if (!(3 * sheets * rows * cols * Math.max(n, 1) < 2 ** 53)) return sortByKeys(findings, sheets, rows, cols, indexOf);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    keys[i] = (((SEVERITY_ORDER[f.severity] * sheets + indexOf(f.sheet) + 1) * rows + (f.row ?? -1) + 1) * cols + (f.col ?? -1) + 1) * n + i;
  }
  // Distinct whole numbers: a typed array sorts them numerically, no comparator called.
  keys.sort();
  const sorted = new Array<Finding>(n);
  for (let i = 0; i < n; i++) sorted[i] = findings[keys[i] % n];
  return sorted;
}

/** The same order where the index does not fit in the number: indexes sorted by a key each, ties by index; or by the fields. */
function sortByKeys(findings: Finding[], sheets: number, rows: number, cols: number, indexOf: (sheet: string) => number): Finding[] {
  if (!(3 * sheets * rows * cols < 2 ** 53)) {
    return findings.sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        indexOf(a.sheet) - indexOf(b.sheet) ||
        (a.row ?? -1) - (b.row ?? -1) ||
        (a.col ?? -1) - (b.col ?? -1),
    );
  }
  const keys = new Float64Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    keys[i] = ((SEVERITY_ORDER[f.severity] * sheets + indexOf(f.sheet) + 1) * rows + (f.row ?? -1) + 1) * cols + (f.col ?? -1) + 1;
  }
  const order = Array.from({ length: findings.length }, (_, i) => i);
  order.sort((a, b) => keys[a] - keys[b] || a - b);
  return order.map((i) => findings[i]);
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * What each command writes, claimed for this workbook: duban's sheets where its marks point (or under a
 * free name beside the office's own sheet of the same name), its marks added (see layout/ownership.ts).
 */
export function validationPatch(a: Analysis): WorkbookPatch {
  return deferValidationPatch(a)();
}
/**
 * validationPatch made later: what it needs is taken from the analysis now (findings, metrics, where the progress
 * rows are, the book's marks), so the caller may let the analysis go before the patch is built.
 */
export function deferValidationPatch(a: Analysis): () => WorkbookPatch {
  return claimLater(deferPlainValidationPatch(a), a.book);
}
/** In a function of its own: the closure holds what it is given, never the analysis. */
function claimLater(make: () => WorkbookPatch, book: Analysis["book"]): () => WorkbookPatch {
  return () => claimPatch(make(), book);
}
export function rollupPatch(a: Analysis): WorkbookPatch {
  return claimPatch(plainRollupPatch(a), a.book);
}
/** In a module of its own, so bundles that never draft a bulletin leave its code out. */
export { bulletinPatch } from "./bulletin/claimedPatch";
export { settingsPatch } from "./layout/buildLayout";
export { bulletinText, bulletinLines } from "./bulletin/bulletinText";
