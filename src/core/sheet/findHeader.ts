import { CellValue } from "./cellValue";
import { cellText, foldText } from "../text/normalize";

/** Header names a field may go by; the first is the name duban writes. */
export type HeaderSynonyms<F extends string> = Record<F, string[]>;

/**
 * How a sheet's header names are read beyond its synonyms. `classify` sees the header as typed (its parenthesis kept) and
 * may name its field, or null for none, before the synonyms are tried (undefined: no opinion). `qualifiers` are words that
 * make a header something else than a synonym it contains ("计划完成数" is no 完成数, "计量单位" no 单位): a header is taken
 * by a synonym it only contains when what is left of it names none of them.
 */
export interface HeaderOptions<F extends string> {
  classify?: (typed: string) => F | null | undefined;
  qualifiers?: RegExp;
  /** Fields no qualifier makes something else: "目标任务完成情况", "计划完成情况" are still the text. */
  unqualified?: F[];
}

interface HeaderMatch<F extends string> {
  /** Zero-based row of the header. */
  row: number;
  columns: Partial<Record<F, number>>;
}

const HEADER_SCAN_ROWS = 30;

function foldHeader(value: CellValue): string {
  // "进展情况（限200字）" and "序 号" are the same header as "进展情况" and "序号".
  return foldText(cellText(value)).replace(/[（(][^）)]*[）)]$/, "").replace(/[*：:※]/g, "");
}

/** Columns duban appends itself: never taken for user fields (校验状态 is not 完成状态). */
const OWN_COLUMNS = new Set(["校验状态", "校验说明"]);

function matchField<F extends string>(header: string, synonyms: HeaderSynonyms<F>, taken: Set<F>, options?: HeaderOptions<F>): F | null {
  if (!header || OWN_COLUMNS.has(header)) return null;
  for (const field of Object.keys(synonyms) as F[]) {
    if (!taken.has(field) && synonyms[field].includes(header)) return field;
  }
  if (header.length > 12) return null;
  // A field that is itself about plans (下步计划) is not made something else by a plan word (下一步工作计划).
  const qualifiers = options?.qualifiers;
  const qualified = (field: F, s: string) =>
    !!qualifiers && qualifiers.test(header.replace(s, "")) && !options?.unqualified?.includes(field) && !synonyms[field].some((x) => qualifiers.test(x));
  const contains = (field: F, s: string) => s.length >= 2 && header.includes(s) && !qualified(field, s);
  for (const field of Object.keys(synonyms) as F[]) {
    if (!taken.has(field) && synonyms[field].some((s) => contains(field, s))) return field;
  }
  return null;
}

function matchRow<F extends string>(row: CellValue[], synonyms: HeaderSynonyms<F>, options?: HeaderOptions<F>): Partial<Record<F, number>> {
  const columns: Partial<Record<F, number>> = {};
  const taken = new Set<F>();
  row.forEach((cell, col) => {
    const told = options?.classify ? options.classify(foldText(cellText(cell))) : undefined;
    const field = told === undefined ? matchField(foldHeader(cell), synonyms, taken, options) : told !== null && !taken.has(told) ? told : null;
    if (field) {
      columns[field] = col;
      taken.add(field);
    }
  });
  return columns;
}

/**
 * The header row wherever it is (title rows above it are common), in any column order and with common
 * synonyms. The row that names the most known fields and includes every `required` one wins.
 */
export function findHeader<F extends string>(rows: CellValue[][], synonyms: HeaderSynonyms<F>, required: NoInfer<F>[], options?: HeaderOptions<F>): HeaderMatch<F> | null {
  let best: HeaderMatch<F> | null = null;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = matchRow(rows[r] ?? [], synonyms, options);
    const score = Object.keys(columns).length;
    if (required.every((f) => columns[f] !== undefined) && score > bestScore) {
      best = { row: r, columns };
      bestScore = score;
    }
  }
  return best;
}

/** The header row that matches the most fields, even when required ones are missing (to say which). */
export function closestHeader<F extends string>(rows: CellValue[][], synonyms: HeaderSynonyms<F>, options?: HeaderOptions<F>): HeaderMatch<F> {
  let best: HeaderMatch<F> = { row: 0, columns: {} };
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = matchRow(rows[r] ?? [], synonyms, options);
    if (Object.keys(columns).length > Object.keys(best.columns).length) best = { row: r, columns };
  }
  return best;
}
