/**
 * Golden tests on the sample workbooks built from the seed documents: what the supervisor sees (findings,
 * task states, roll-up) is pinned in tests/golden/*.json. A change to the engine or the parser that moves
 * any of it fails here; after checking the difference is an improvement, refresh with
 * `UPDATE_GOLDEN=1 npx jest tests/golden`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyzeWorkbook } from "../../src/core/engine";
import { readWorkbookFile } from "../../src/hosts/xlsx/readWorkbook";

const SAMPLES = ["sample-yicheng", "sample-taishan", "sample-yanzhou"];

async function summary(name: string) {
  const data = await readWorkbookFile(path.join(__dirname, "..", "..", "seeds", `${name}.xlsx`));
  const a = analyzeWorkbook(data, { today: "2030-01-01" });
  const counts: Record<string, number> = {};
  for (const f of a.findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  return {
    asOf: a.settings.asOf,
    tasks: a.tasks.length,
    progressRows: a.progress.length,
    counts,
    findings: a.findings.map((f) => `${f.code} ${f.sheet}!${f.address ?? ""} ${f.message}`),
    states: [...a.states.values()].map((s) => `${s.task.id} ${s.category} ${s.source}`),
    metrics: a.metrics.map((m) => `${m.task.id} ${m.judgement.target.metric} ${m.judgement.status} ${m.judgement.ratio === null ? "-" : m.judgement.ratio.toFixed(3)}`),
    rollup: a.rollup.lines.map((l) => `${l.dimension} ${l.name} ${l.assigned}/${l.reported}/${l.done}/${l.onTrack}/${l.lagging}/${l.overdue}/${l.notReported}`),
  };
}

describe.each(SAMPLES)("golden: %s", (name) => {
  const file = path.join(__dirname, `${name}.json`);

  it("gives the findings, states, metrics and roll-up pinned in its golden file", async () => {
    const got = await summary(name);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
      if (process.env.CI && !existsSync(file)) throw new Error(`golden file missing: ${file}`);
      writeFileSync(file, JSON.stringify(got, null, 1) + "\n");
    }
    const want = JSON.parse(readFileSync(file, "utf8"));
    expect(got).toEqual(want);
  });
});

describe("golden: what the supervisor sees in sample-yicheng", () => {
  it("flags the half-year figures behind 序时进度 that a supervisor would read by eye", async () => {
    const got = await summary("sample-yicheng");
    expect(got.tasks).toBe(82);
    expect(got.progressRows).toBe(82);
    const behind = got.findings.filter((f) => f.startsWith("METRIC_BEHIND"));
    expect(behind.some((f) => f.includes("「地区生产总值」目标 约6%，实际 3.6%"))).toBe(true);
    expect(behind.some((f) => f.includes("「规上工业企业」目标 ≥25家，实际 7家，完成 28%"))).toBe(true);
    expect(got.findings.some((f) => f.startsWith("ROW_TEXT_TOO_LONG"))).toBe(true);
  });
});
