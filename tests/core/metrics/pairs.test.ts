import { readFileSync } from "fs";
import { join } from "path";
import { matchActuals, parseActuals, parseTargets } from "../../../src/core/metrics";

/**
 * Task and progress texts of the same rows of 000 (the half-year table of 82 tasks): for every target, which reported
 * figure answers it, or null. Labelled from a first run of the matcher and corrected by hand (49: 222 公共充电桩 is the
 * stock, not new ones; 61: 4 爱心食堂 opened this year, not the 22 in use).
 */
interface Pair {
  id: string;
  task: string;
  progress: string;
  targets: { metric: string; value: number; unit: string; actual: { value: number; unit: string } | null }[];
}

const pairs: Pair[] = readFileSync(join(__dirname, "../../fixtures/metrics/pairs.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));

describe("matchActuals on the task/progress pairs of the half-year table", () => {
  it("finds the reported figure of each target, or none, for at least 95% of the targets", () => {
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const p of pairs) {
      const targets = parseTargets(p.task, { year: 2024 }).targets;
      const matched = matchActuals(targets, parseActuals(p.progress).actuals);
      p.targets.forEach((e) => {
        total++;
        const i = targets.findIndex((t) => t.value === e.value && t.unit === e.unit);
        const got = i >= 0 ? matched[i] : undefined;
        const ok = got !== undefined && (e.actual === null ? got === null : got !== null && got.value === e.actual.value && got.unit === e.actual.unit);
        if (ok) right++;
        else wrong.push(`${p.id} ${e.metric} ${e.value}${e.unit}: expected ${e.actual ? e.actual.value + e.actual.unit : "none"}, got ${got ? got.value + got.unit : String(got)}`);
      });
    }
    console.log(`matching: ${right}/${total} targets right (${((right / total) * 100).toFixed(1)}%)\n${wrong.join("\n")}`);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });
});
