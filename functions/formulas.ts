/**
 * The judgements behind the DUBAN.* cell functions, as plain synchronous functions over the core. They
 * know nothing about Excel or WPS: bad input throws a DubanError with an FN_ code (the catalogue words it and
 * says which error value the cell shows, #VALUE! or #N/A), which each host turns into its own error value
 * (Excel: CustomFunctions.Error; WPS: an error string). Domain logic stays in src/core.
 */
import { parseTargets, parseActuals, expectedShare, parseDeadline, shownRatio } from "../src/core";
import type { Actual, Comparator, Target } from "../src/core";
import { judgeTask, TaskJudgement } from "../src/core";
import { createUnitRegistry, splitUnits } from "../src/core";
import type { UnitEntry } from "../src/core";
import { STATUS_VALUES } from "../src/core";
import { IsoDate, parseDateCell, serialFromIso } from "../src/core";
import { LEVEL_EXPECTED, placeLevel } from "../src/core";
import type { PlaceLevel } from "../src/core";
import { cellText, foldText } from "../src/core";
import type { CellValue } from "../src/core";
import { DubanError } from "../src/core";

/** Chinese words for the comparators, as offices write them in targets. */
const COMPARATOR_LABEL: Record<Comparator, string> = {
  ">=": "不低于",
  ">": "超过",
  "<=": "不超过",
  "<": "低于",
  "~": "左右",
  "=": "达到",
};

/** What a cell argument may hold; omitted optional arguments arrive as null or undefined. */
type Arg = string | number | boolean | null | undefined;

function isOmitted(value: Arg): boolean {
  return value === null || value === undefined || value === "";
}

function textArg(value: Arg, label: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") throw new DubanError("FN_BAD_TEXT", { label });
  return typeof value === "number" ? String(value) : value;
}

function requiredText(value: Arg, label: string): string {
  const text = textArg(value, label).trim();
  if (!text) throw new DubanError("FN_EMPTY_TEXT", { label });
  return text;
}

function dateArg(value: Arg, label: string): IsoDate {
  if (isOmitted(value)) throw new DubanError("FN_NO_DATE", { label });
  const iso = typeof value === "boolean" ? null : parseDateCell(value as CellValue);
  if (!iso) throw new DubanError("FN_BAD_DATE", { label, value: String(value) });
  return iso;
}

function optionalDate(value: Arg, label: string): IsoDate | undefined {
  return isOmitted(value) ? undefined : dateArg(value, label);
}

/** 单位层级 as the 设置 sheet takes it (省, 市, 县; 区 and 旗 are 县); omitted: none, as with no 设置 row. */
function levelArg(value: Arg): PlaceLevel | null {
  if (isOmitted(value)) return null;
  const text = typeof value === "string" ? value : String(value);
  const level = typeof value === "string" ? placeLevel(value) : null;
  if (!level) throw new DubanError("FN_BAD_LEVEL", { value: text, expected: LEVEL_EXPECTED });
  return level;
}

/** The year a text states ("2024年5月底前"), used when the caller gives none. */
function statedYear(text: string): number | null {
  const m = /(20\d\d)\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

function targetsOf(text: string, year?: number): { targets: readonly Target[]; deadline: IsoDate | null } {
  const parse = parseTargets(text, year ? { year } : {});
  if (parse.targets.length === 0) {
    throw new DubanError("FN_NO_TARGET", { reason: parse.reason ?? "" });
  }
  return parse;
}

/** TARGET(text, [n]): the value of the n-th target (1-based). */
export function target(text: Arg, n?: Arg): number {
  const body = requiredText(text, "目标文本");
  let index = 1;
  if (!isOmitted(n)) {
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1) throw new DubanError("FN_BAD_INDEX", { value: String(n) });
    index = n;
  }
  const { targets } = targetsOf(body);
  const found = targets[index - 1];
  if (!found) throw new DubanError("FN_NO_SUCH_TARGET", { count: targets.length, index });
  return found.value;
}

/** TARGETS(text): one row per target: metric, comparator (Chinese), value, unit. */
export function targets(text: Arg): (string | number)[][] {
  const { targets: found } = targetsOf(requiredText(text, "目标文本"));
  return found.map((t) => [t.metric, COMPARATOR_LABEL[t.cmp] ?? t.cmp, t.value, t.unit]);
}

function actualsOf(text: string): readonly Actual[] {
  const parse = parseActuals(text);
  if (parse.actuals.length === 0) throw new DubanError("FN_NO_ACTUAL", { reason: parse.reason ?? "" });
  return parse.actuals;
}

/** ACTUAL(text, [metric]): the first reported figure, or the first whose metric names `metric`. */
export function actual(text: Arg, metric?: Arg): number {
  const found = actualsOf(requiredText(text, "进展文本"));
  if (isOmitted(metric)) return found[0].value;
  const wanted = foldText(textArg(metric, "指标名称"));
  const hit = found.find((a) => {
    const name = foldText(a.metric);
    return name !== "" && (name.includes(wanted) || wanted.includes(name));
  });
  if (!hit) throw new DubanError("FN_NO_SUCH_METRIC", { metric: textArg(metric, "指标名称") });
  return hit.value;
}

/**
 * Outcomes by their texts: the judge is pure, and a sheet recalculates the same cells again and again (STATUS,
 * RAG and RATIO of one row share a judgement). An outcome that is a cell error is kept too and thrown again:
 * building an error costs more than judging from the memo. Bounded: a memo is cleared when full.
 */
const MAX_REMEMBERED = 20000;

function remembered<T>(memo: Map<string, T | DubanError>, key: string, compute: () => T): T {
  let hit = memo.get(key);
  if (hit === undefined) {
    try {
      hit = compute();
    } catch (err) {
      if (!(err instanceof DubanError)) throw err;
      hit = err;
    }
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    memo.set(key, hit);
  }
  if (hit instanceof DubanError) throw hit;
  return hit;
}

const JUDGED = new Map<string, TaskJudgement | DubanError>();
const RATIOS = new Map<string, number | DubanError>();

/**
 * The one judge (src/core/judge) on a task text and a progress text: the same judgements and verdict as
 * `duban judge`, 指标跟踪 and 任务状态 give — for a task with no figure too (its verdict from wording, the deadline or
 * nothing to judge by), so STATUS and RAG never disagree with 任务状态. RATIO needs a target in figures.
 */
function judged(targetText: string, progressText: string, asOf: IsoDate, level: PlaceLevel | null = null): TaskJudgement {
  return remembered(JUDGED, `${asOf}\u0000${level ?? ""}\u0000${targetText}\u0000${progressText}`, () => {
    // An empty progress cell is a unit that sent nothing (未报送); a text that does not name a metric is 未反映该指标.
    return judgeTask({ targetText, progress: progressText.trim() ? { text: progressText } : null, asOf, level });
  });
}

/**
 * The as-of date RATIO judges at: actual ÷ target does not depend on the date, but the judging API needs
 * one; only `ratio` and `weakEvidence` of that judgement are used, and the judge says the latter whatever the date.
 */
const RATIO_AS_OF: IsoDate = "2099-12-31";

/**
 * RATIO(target_text, progress_text): actual ÷ target of the first target that has a matching figure (shownRatio).
 * A figure the judge does not take as the target's own result (a baseline, a wider group, another act …) gives no
 * ratio: an error with the judge's reason, as 指标跟踪 leaves its 完成 column empty and STATUS says 无法研判.
 */
export function ratio(targetText: Arg, progressText: Arg): number {
  const body = requiredText(targetText, "目标文本");
  const progress = requiredText(progressText, "进展文本");
  return remembered(RATIOS, `${body}\u0000${progress}`, () => ratioOf(body, progress));
}

function ratioOf(body: string, progress: string): number {
  const result = judged(body, progress, RATIO_AS_OF);
  // A task with no target in figures has a verdict (STATUS) but no ratio.
  if (result.targets.length === 0) throw new DubanError("FN_NO_TARGET", { reason: result.targetReason ?? "" });
  const judgements = result.judgements;
  for (const j of judgements) {
    if (j.weakEvidence) throw new DubanError("FN_WEAK_ACTUAL", { metric: j.target.metric, code: j.weakEvidence.code, reason: j.weakEvidence.reason });
    const shown = j.actual ? shownRatio(j) : null;
    if (shown !== null) return shown;
  }
  // A rate that moved the wrong way (下降11.5% against 增长8%) has no completion ratio; say so rather than "no data".
  const opposite = judgements.find((j) => j.actual && j.ratio === null && j.status !== "unknown");
  if (opposite) throw new DubanError("FN_NO_RATIO", { metric: opposite.target.metric, detail: opposite.detail ?? opposite.reason });
  throw new DubanError("FN_NO_ACTUAL", { forTargets: true });
}

/** EXPECTED(as_of, [start], [end]): 序时进度, the share of the period elapsed at as_of. */
export function expected(asOf: Arg, start?: Arg, end?: Arg): number {
  const at = dateArg(asOf, "截至日期");
  const from = optionalDate(start, "起始日期");
  const to = optionalDate(end, "截止日期");
  if (from && to && from > to) throw new DubanError("FN_BAD_PERIOD", { from, to });
  return expectedShare(at, from, to);
}

/**
 * STATUS(target_text, progress_text, as_of, [level]): 已完成 / 序时推进 / 进展滞后 / 已逾期 / 未报送; `level` is the
 * office's 单位层级, as 设置 gives it to validate (a 全市 figure in a 区's report is then 无法研判).
 */
export function status(targetText: Arg, progressText: Arg, asOf: Arg, level?: Arg): string {
  const at = dateArg(asOf, "截至日期");
  return judged(requiredText(targetText, "目标文本"), textArg(progressText, "进展文本"), at, levelArg(level)).verdict.label;
}

/** RAG(target_text, progress_text, as_of, [level]): 红 / 黄 / 绿 (蓝 = deadline close). */
export function rag(targetText: Arg, progressText: Arg, asOf: Arg, level?: Arg): string {
  const at = dateArg(asOf, "截至日期");
  return judged(requiredText(targetText, "目标文本"), textArg(progressText, "进展文本"), at, levelArg(level)).verdict.ragLabel;
}

/** DEADLINE(text, [year]): the deadline the text states, as a date serial number. */
export function deadline(text: Arg, year?: Arg): number {
  const body = requiredText(text, "任务文本");
  let y: number | null = null;
  if (!isOmitted(year)) {
    if (typeof year !== "number" || !Number.isInteger(year) || year < 1900 || year > 9999) throw new DubanError("FN_BAD_YEAR", { value: String(year) });
    y = year;
  } else {
    y = statedYear(body);
    if (y === null) throw new DubanError("FN_NO_YEAR");
  }
  const iso = parseDeadline(body, y);
  if (!iso) throw new DubanError("FN_NO_DEADLINE");
  return serialFromIso(iso);
}

/** The 2-D range a host hands over, flattened row by row. */
function cells(range: unknown, label: string): CellValue[] {
  if (!Array.isArray(range)) return [range as CellValue];
  const out: CellValue[] = [];
  for (const row of range) {
    if (Array.isArray(row)) for (const v of row) out.push(v as CellValue);
    else out.push(row as CellValue);
  }
  if (out.length === 0) throw new DubanError("FN_EMPTY_RANGE", { label });
  return out;
}

/**
 * Registry entries from an optional alias range: first column the unit's name, the other columns (or
 * 、-separated text) its other names.
 */
function entriesFrom(range: unknown): UnitEntry[] {
  if (!Array.isArray(range)) return [];
  const entries: UnitEntry[] = [];
  for (const row of range) {
    const values = (Array.isArray(row) ? row : [row]).map((v) => cellText(v as CellValue)).filter((v) => v !== "");
    if (values.length === 0) continue;
    const [name, ...rest] = values;
    const aliases = rest.flatMap((v) => v.split(/[、,，;；\s]+/)).filter((v) => v !== "");
    entries.push({ name, aliases, category: "", leader: "" });
  }
  return entries;
}

/**
 * UNITRATIO(unit, units_range, status_range, [aliases_range]): the share of the tasks naming `unit`
 * (among several units, under any alias) whose status is 已完成.
 */
export function unitRatio(unit: Arg, unitsRange: unknown, statusRange: unknown, aliasesRange?: unknown): number {
  const name = requiredText(unit, "单位");
  const units = cells(unitsRange, "单位区域");
  const statuses = cells(statusRange, "状态区域");
  if (units.length !== statuses.length) throw new DubanError("FN_RANGE_SIZE", { units: units.length, statuses: statuses.length });
  const registry = createUnitRegistry(entriesFrom(aliasesRange));
  const wanted = registry.resolve(name);
  let total = 0;
  let done = 0;
  units.forEach((cell, i) => {
    const named = splitUnits(cellText(cell)).map((u) => registry.resolve(u));
    if (!named.includes(wanted)) return;
    total++;
    if (foldText(cellText(statuses[i])) === STATUS_VALUES[0]) done++;
  });
  if (total === 0) throw new DubanError("FN_UNIT_NOT_FOUND", { unit: name });
  return done / total;
}
