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
import { shownRatio } from "../../src/core";
import type { Judgement } from "../../src/core";

/** The share done 指标跟踪 shows (none from a figure the judge does not trust: Judgement.weakEvidence). */
function shown(j: Judgement): string {
  const r = shownRatio(j);
  return r === null ? "-" : r.toFixed(3);
}

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
    metrics: a.metrics.map((m) => `${m.task.id} ${m.judgement.target.metric} ${m.judgement.status} ${shown(m.judgement)}`),
    rollup: a.rollup.lines.map((l) => `${l.dimension} ${l.name} ${l.assigned}/${l.reported}/${l.done}/${l.onTrack}/${l.lagging}/${l.overdue}/${l.unjudged}/${l.notReported}`),
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
    // As an official writes them: a rate by its gap in 个百分点, a count by 完成X%（序时进度Y%）.
    expect(behind.some((f) => f.includes("「地区生产总值」目标增长6%左右，上半年实际增长3.6%，增速低于目标2.4个百分点"))).toBe(true);
    expect(behind.some((f) => f.includes("「规上工业增加值」目标增长8%，上半年实际下降11.5%，增速低于目标19.5个百分点"))).toBe(true);
    expect(behind.some((f) => f.includes("「规上工业企业」目标25家以上，实际7家，完成28%（序时进度49.7%）"))).toBe(true);
    expect(got.findings.some((f) => /完成 -?\d|序时进度 100%/.test(f))).toBe(false);
    expect(got.findings.some((f) => f.startsWith("ROW_TEXT_TOO_LONG"))).toBe(true);
  });

  it("infers 已完成 from wording only when the whole task is done (tasks 9, 31, 49, 78 are still under way)", async () => {
    const got = await summary("sample-yicheng");
    for (const id of ["9", "31", "49", "78"]) expect(got.states).toContain(`${id} unjudged text`);
    expect(got.states.filter((s) => / done text$/.test(s))).toEqual([]);
  });

  it("agrees between 任务状态 and 指标跟踪: a task is done only when no judged figure of it lags or is missing", async () => {
    const data = await readWorkbookFile(path.join(__dirname, "..", "..", "seeds", "sample-yicheng.xlsx"));
    const a = analyzeWorkbook(data, { today: "2030-01-01" });
    for (const s of a.states.values()) {
      const metrics = a.metrics.filter((m) => m.task.id === s.task.id).map((m) => m.judgement.status);
      if (s.category === "done") expect(metrics.every((st) => st === "done") || s.source === "reported").toBe(true);
      if (metrics.some((st) => st === "behind")) expect(["lagging", "overdue"]).toContain(s.category);
      // 未报送 in 指标跟踪 only for a task no responsible unit reported on.
      if (metrics.includes("no-data")) expect(s.latest).toBeNull();
    }
    const t49 = a.states.get("49")!;
    expect(t49.category).not.toBe("done");
    expect(t49.verdict.reason).toContain("未反映");
  });
});
