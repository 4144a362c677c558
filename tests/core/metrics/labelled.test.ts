import { readFileSync } from "fs";
import { join } from "path";
import { parseActuals, parseTargets } from "../../../src/core/metrics";

/**
 * The labelled set (tests/fixtures/metrics/*.jsonl) was cut from the seed documents and labelled by hand, traps
 * included. A figure counts as correct when kind, value and unit (and cmp for targets) match exactly and the metric
 * matches loosely: the expected name is contained in the parsed one or the other way round (spaces and quotes ignored;
 * an expected "" accepts any name).
 */
interface Labelled<T> {
  id: string;
  text: string;
  note?: string;
  targets?: T[];
  actuals?: T[];
}
interface Fig {
  metric: string;
  kind: string;
  cmp?: string;
  value: number;
  unit: string;
  period?: string | null;
}

const FIXTURES = join(__dirname, "../../fixtures/metrics");
function load<T>(name: string): Labelled<T>[] {
  return readFileSync(join(FIXTURES, name), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

const fold = (s: string) => s.replace(/[\s“”"‘’「」]/g, "");
export function metricMatches(expected: string, parsed: string): boolean {
  const e = fold(expected);
  const p = fold(parsed);
  if (!e) return true;
  if (!p) return false;
  return p.includes(e) || e.includes(p);
}

function same(e: Fig, p: Fig, withCmp: boolean): boolean {
  return (
    metricMatches(e.metric, p.metric) && e.kind === p.kind && (!withCmp || e.cmp === p.cmp) && Math.abs(e.value - p.value) < 1e-9 && e.unit === p.unit
  );
}

function score(rows: { id: string; expected: Fig[]; parsed: readonly Fig[] }[], withCmp: boolean) {
  let tp = 0;
  let parsedTotal = 0;
  let expectedTotal = 0;
  let exact = 0;
  const misses: string[] = [];
  for (const r of rows) {
    parsedTotal += r.parsed.length;
    expectedTotal += r.expected.length;
    const used = new Set<number>();
    let hit = 0;
    for (const e of r.expected) {
      const i = r.parsed.findIndex((p, k) => !used.has(k) && same(e, p, withCmp));
      if (i >= 0) {
        used.add(i);
        hit++;
      } else misses.push(`${r.id} missed ${JSON.stringify(e)}`);
    }
    r.parsed.forEach((p, k) => !used.has(k) && misses.push(`${r.id} extra ${JSON.stringify({ metric: p.metric, kind: p.kind, cmp: p.cmp, value: p.value, unit: p.unit })}`));
    tp += hit;
    if (hit === r.expected.length && hit === r.parsed.length) exact++;
  }
  const precision = parsedTotal ? tp / parsedTotal : 1;
  const recall = expectedTotal ? tp / expectedTotal : 1;
  return { precision, recall, exact, phrases: rows.length, expectedTotal, parsedTotal, tp, misses };
}

function report(title: string, s: ReturnType<typeof score>): string {
  return (
    `${title}: ${s.phrases} phrases, ${s.expectedTotal} expected figures, ${s.parsedTotal} parsed, ${s.tp} correct — ` +
    `precision ${(s.precision * 100).toFixed(1)}%, recall ${(s.recall * 100).toFixed(1)}%, phrases exactly right ${s.exact}/${s.phrases}\n` +
    s.misses.map((m) => `  ${m}`).join("\n")
  );
}

describe("labelled target phrases from the seeds", () => {
  const rows = load<Fig>("targets.jsonl");
  it("holds at least 150 phrases, traps and qualitative tasks included", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.filter((r) => !r.targets?.length).length).toBeGreaterThan(20);
  });
  it("parses targets with precision and recall of at least 95%", () => {
    const s = score(
      rows.map((r) => ({ id: r.id, expected: r.targets ?? [], parsed: parseTargets(r.text, { year: 2024 }).targets as readonly Fig[] })),
      true,
    );
    console.log(report("targets", s));
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe("labelled progress phrases from the seeds", () => {
  const rows = load<Fig>("progress.jsonl");
  it("holds at least 80 phrases", () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
  });
  it("parses actuals with precision and recall of at least 95%", () => {
    const s = score(
      rows.map((r) => ({ id: r.id, expected: r.actuals ?? [], parsed: parseActuals(r.text).actuals as readonly Fig[] })),
      false,
    );
    console.log(report("actuals", s));
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });
  it("reads the period of the labelled actuals", () => {
    let right = 0;
    let total = 0;
    for (const r of rows) {
      const parsed = parseActuals(r.text).actuals;
      for (const e of r.actuals ?? []) {
        const p = parsed.find((a) => same(e, a as Fig, false));
        if (!p || e.period === undefined) continue;
        total++;
        if (p.period === e.period) right++;
      }
    }
    console.log(`periods: ${right}/${total} right`);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * A held-out set, labelled by hand before the parser ever saw these texts: the rest of the 000 task column and
 * phrasings written after the parser was tuned. It measures how the parser does on text it was not tuned on, so its
 * bar is lower; the figures go in docs/metrics.md.
 */
describe("held-out phrases (labelled before parsing)", () => {
  it("parses held-out targets with precision and recall of at least 85%", () => {
    const rows = load<Fig>("heldout-targets.jsonl");
    const s = score(rows.map((r) => ({ id: r.id, expected: r.targets ?? [], parsed: parseTargets(r.text, { year: 2024 }).targets as readonly Fig[] })), true);
    console.log(report("held-out targets", s));
    expect(s.precision).toBeGreaterThanOrEqual(0.85);
    expect(s.recall).toBeGreaterThanOrEqual(0.85);
  });
  it("parses held-out actuals with precision and recall of at least 85%", () => {
    const rows = load<Fig>("heldout-progress.jsonl");
    const s = score(rows.map((r) => ({ id: r.id, expected: r.actuals ?? [], parsed: parseActuals(r.text).actuals as readonly Fig[] })), false);
    console.log(report("held-out actuals", s));
    expect(s.precision).toBeGreaterThanOrEqual(0.85);
    expect(s.recall).toBeGreaterThanOrEqual(0.85);
  });
});
