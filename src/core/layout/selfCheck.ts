import { ProgressField, STATUS_VALUES } from "../model";
import { DefinedName, Fill, FormulaFormat, OutputSheet, WorkbookPatch } from "../output";
import { DEFAULT_TEXT_LIMIT, SETTING_KEYS } from "../settings/readSettings";
import { columnLetter, quoteSheetName } from "../sheet/address";
import { PROGRESS_HEADERS } from "./headers";
import { SHEET } from "./sheetNames";

/**
 * A fill-in workbook that checks itself with no add-in: conditional formats mark the cells of 进展填报 that
 * duban would reject, and a 自查 line above the header counts them by kind. Department staff fill these
 * forms without duban and paste from Word, which bypasses data validation; the formulas still see it.
 *
 * Every formula uses only what Excel (2010 on), WPS and LibreOffice evaluate alike: COUNTIF/COUNTIFS/SUMIF,
 * SUMPRODUCT over ranges, LEN/TRIM/LEFT/VALUE/ISERROR, arithmetic for AND/OR (no IF, AND or OR inside an
 * array, which older Excel evaluates only as an array formula), no dynamic arrays, no LET. Other sheets are
 * reached through workbook names (a conditional format may not name another sheet in Excel 2007).
 *
 * The marks state facts about the sheet ("not in the 任务清单 column", "not one of the drop-down values"),
 * so they can be stricter than duban, which also accepts synonyms ("正常推进", "上半年", built-in unit aliases).
 */

/** Workbook names the formulas go through. ASCII, so every host and locale takes them. */
const SELF_CHECK_NAMES = {
  ids: "duban_ids",
  units: "duban_units",
  aliases: "duban_aliases",
  keys: "duban_setting_keys",
  values: "duban_setting_values",
} as const;

/** Rows of the other sheets the names cover: room for tasks and units added after the form was made. */
export const LIST_ROWS = 5000;

/** The kinds counted on the 自查 line, in its order. */
export const SELF_CHECK_KINDS = ["超长", "必填为空", "序号无效", "状态无效", "完成值非数字", "报告期无效", "单位无效"] as const;
type SelfCheckKind = (typeof SELF_CHECK_KINDS)[number];

/** The 自查 line's text when nothing is wrong (its fill turns green). */
export function cleanLine(): string {
  return selfCheckLine(SELF_CHECK_KINDS.map(() => "0"));
}

function selfCheckLine(counts: string[]): string {
  return `自查：${SELF_CHECK_KINDS.map((k, i) => `${k} ${counts[i]} 处`).join("，")}。标色的单元格即待改之处。`;
}

/** Shown until the workbook is recalculated (and by hosts that do not write formulas). */
export const SELF_CHECK_PLACEHOLDER = "自查：本行由公式统计待改之处，在 Excel、WPS 或 LibreOffice 中打开即计算。";

/** Builds a check once for a single cell (conditional format) and once over the column (the count). */
type Ref = (field: ProgressField) => string;

interface Check {
  kind: SelfCheckKind;
  fill: Fill;
  /** Columns whose cells get the mark. */
  fields: ProgressField[];
  /** 1/TRUE when the cell of `field` on the row is wrong; arithmetic only, so it also works over ranges. */
  test(ref: Ref, field: ProgressField): string;
}

const str = (s: string) => `"${s.replace(/"/g, '""')}"`;
const N = SELF_CHECK_NAMES;
const filled = (x: string) => `(LEN(TRIM(${x}&""))>0)`;

/** 字数上限 from 设置 when it is a positive number there, else the default. */
function limitExpr(): string {
  const sum = `SUMIF(${N.keys},${str(SETTING_KEYS.textLimit)},${N.values})`;
  return `(${sum}+${DEFAULT_TEXT_LIMIT}*(${sum}<=0))`;
}

function checks(fields: ProgressField[]): Check[] {
  const started = (ref: Ref) => `(LEN(TRIM(${fields.map(ref).join("&")}))>0)`;
  const key = (ref: Ref, f: ProgressField, max: number) => `TRIM(LEFT(${ref(f)}&"",${max}))`;
  return [
    { kind: "超长", fill: "yellow", fields: ["text", "problems", "nextSteps"], test: (ref, f) => `(LEN(${ref(f)}&"")>${limitExpr()})` },
    { kind: "必填为空", fill: "red", fields: ["taskId", "unit", "period", "text"], test: (ref, f) => `${started(ref)}*(LEN(TRIM(${ref(f)}&""))=0)` },
    {
      kind: "序号无效",
      fill: "red",
      fields: ["taskId"],
      test: (ref, f) => `${filled(ref(f))}*(COUNTA(${N.ids})>0)*(COUNTIF(${N.ids},${key(ref, f, 255)})=0)`,
    },
    {
      kind: "状态无效",
      fill: "red",
      fields: ["status"],
      test: (ref, f) => `${filled(ref(f))}*((${STATUS_VALUES.map((s) => `(TRIM(${ref(f)}&"")=${str(s)})`).join("+")})=0)`,
    },
    { kind: "完成值非数字", fill: "red", fields: ["value"], test: (ref, f) => `${filled(ref(f))}*ISERROR(VALUE(TRIM(${ref(f)}&"")))` },
    {
      kind: "报告期无效",
      fill: "red",
      fields: ["period"],
      test: (ref, f) =>
        `${filled(ref(f))}*(COUNTIF(${N.keys},${str(SETTING_KEYS.period)})>0)*(COUNTIFS(${N.keys},${str(SETTING_KEYS.period)},${N.values},${key(ref, f, 255)})=0)`,
    },
    {
      kind: "单位无效",
      fill: "red",
      fields: ["unit"],
      test: (ref, f) => {
        // The name itself, or one of the aliases duban writes separated by 、.
        const u = key(ref, f, 100);
        const hits = [`COUNTIF(${N.units},${u})`, `COUNTIF(${N.aliases},${u})`, `COUNTIF(${N.aliases},${u}&"、*")`, `COUNTIF(${N.aliases},"*、"&${u})`, `COUNTIF(${N.aliases},"*、"&${u}&"、*")`];
        return `${filled(ref(f))}*(COUNTA(${N.units})>0)*((${hits.join("+")})=0)`;
      },
    },
  ];
}

interface SelfCheck {
  /** Zero-based grid row and column of the 自查 line (above the header). */
  line: { row: number; col: number; formula: string };
  formats: FormulaFormat[];
  names: DefinedName[];
  /** 1-based sheet rows checked. */
  firstRow: number;
  lastRow: number;
}

/**
 * The self-check of a progress sheet whose first title row is the 自查 line. Columns are found by the
 * headers duban writes; rows checked are those with drop-downs (the data rows and the blank rows below).
 */
function buildSelfCheck(progress: OutputSheet, sheets: { catalogue: string; units: string; settings: string }): SelfCheck {
  const headerRow = (progress.titleRows?.length ?? 0) + 1;
  const firstRow = headerRow + 1;
  const lastRow = headerRow + Math.max(progress.rows.length, progress.validatedRows ?? 0, 1);
  const colOf = new Map<ProgressField, string>();
  progress.columns.forEach((c, i) => {
    const field = (Object.keys(PROGRESS_HEADERS) as ProgressField[]).find((f) => PROGRESS_HEADERS[f][0] === c.header);
    if (field && !colOf.has(field)) colOf.set(field, columnLetter(i));
  });
  const present = [...colOf.keys()];
  const letter = (f: ProgressField) => colOf.get(f) as string;
  const cellRef: Ref = (f) => `$${letter(f)}${firstRow}`;
  const rangeRef: Ref = (f) => `$${letter(f)}$${firstRow}:$${letter(f)}$${lastRow}`;

  const formats: FormulaFormat[] = [];
  const counts: string[] = [];
  for (const check of checks(present)) {
    const fields = check.fields.filter((f) => colOf.has(f));
    for (const f of fields) formats.push({ ref: `${letter(f)}${firstRow}:${letter(f)}${lastRow}`, formula: check.test(cellRef, f), fill: check.fill });
    counts.push(fields.length ? `SUMPRODUCT(${fields.map((f) => check.test(rangeRef, f)).join("+")})` : "0");
  }
  const formula = `"自查："&${SELF_CHECK_KINDS.map((k, i) => `${str(`${i ? "，" : ""}${k} `)}&${counts[i]}&" 处"`).join("&")}&"。标色的单元格即待改之处。"`;
  const line = { row: 0, col: 0, formula };
  // The whole line is coloured (the text overflows the empty cells to its right): green when clean.
  const lineRange = `A1:${columnLetter(Math.max(progress.columns.length, 1) - 1)}1`;
  formats.push({ ref: lineRange, formula: `$A$1=${str(cleanLine())}`, fill: "green" }, { ref: lineRange, formula: `$A$1<>${str(cleanLine())}`, fill: "yellow" });
  const list = (sheet: string, col: string) => `${quoteSheetName(sheet)}!$${col}$2:$${col}$${LIST_ROWS + 1}`;
  const names: DefinedName[] = [
    { name: N.ids, ref: list(sheets.catalogue, "A") },
    { name: N.units, ref: list(sheets.units, "A") },
    { name: N.aliases, ref: list(sheets.units, "B") },
    { name: N.keys, ref: list(sheets.settings, "A") },
    { name: N.values, ref: list(sheets.settings, "B") },
  ];
  return { line, formats, names, firstRow, lastRow };
}

/**
 * The layout patch (from buildLayoutPatch) with its 进展填报 checking itself: the 自查 line as the first
 * title row, the marks, and the names they use. What `duban template` writes for people to fill.
 */
export function withSelfCheck(patch: WorkbookPatch): WorkbookPatch {
  const progress = patch.sheets.find((s) => s.name === SHEET.progress);
  // Once only: a patch that already checks itself is returned as it is.
  if (!progress || progress.formulaCells?.some((c) => c.result === SELF_CHECK_PLACEHOLDER)) return patch;
  const sheet: OutputSheet = { ...progress, titleRows: [SELF_CHECK_PLACEHOLDER, ...(progress.titleRows ?? [])] };
  const check = buildSelfCheck(sheet, { catalogue: SHEET.catalogue, units: SHEET.units, settings: SHEET.settings });
  sheet.formulaCells = [...(progress.formulaCells ?? []), { ...check.line, result: SELF_CHECK_PLACEHOLDER }];
  sheet.formulaFormats = [...(progress.formulaFormats ?? []), ...check.formats];
  return { ...patch, sheets: patch.sheets.map((s) => (s === progress ? sheet : s)), definedNames: [...(patch.definedNames ?? []), ...check.names] };
}
