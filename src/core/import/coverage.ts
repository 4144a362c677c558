import { foldText } from "../text/normalize";

/** Character n-grams of a text without punctuation and spaces (4-grams are specific enough for prose). */
function grams(text: string, n = 4): Set<string> {
  const clean = foldText(text).replace(/[，。；：、！？“”‘’（）()《》【】,.;:!?"'\-—%]/g, "");
  const out = new Set<string>();
  for (let i = 0; i + n <= clean.length; i++) out.add(clean.slice(i, i + n));
  return out;
}

export interface CoverageResult {
  total: number;
  /** Reference tasks with at least `threshold` of their wording among the drafts. */
  found: number;
  /** Reference tasks of which every part was picked (≥ 0.9 of their wording). */
  full: number;
  missing: string[];
  perTask: { id: string; ratio: number }[];
}

/**
 * How much of a reference catalogue (the decomposition an office made from a report) the drafts from
 * the report prose recover: for each reference task, the share of its 4-character sequences found in
 * the drafts' text.
 */
export function measureCoverage(drafts: { text: string }[], reference: { id: string; text: string }[], threshold = 0.5): CoverageResult {
  const pool = new Set<string>();
  for (const d of drafts) for (const g of grams(d.text)) pool.add(g);
  const perTask = reference.map((r) => {
    const g = grams(r.text);
    let hit = 0;
    for (const x of g) if (pool.has(x)) hit++;
    return { id: r.id, ratio: g.size ? hit / g.size : 0 };
  });
  return {
    total: reference.length,
    found: perTask.filter((p) => p.ratio >= threshold).length,
    full: perTask.filter((p) => p.ratio >= 0.9).length,
    missing: perTask.filter((p) => p.ratio < threshold).map((p) => p.id),
    perTask,
  };
}
