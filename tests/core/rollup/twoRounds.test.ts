/**
 * A book of two rounds, made from the 峄城 sample (its rows are the 上半年 round) with a 前三季度 round added
 * by the test: a quarter of the tasks reported done, a quarter not reported, the rest reported with the same
 * words. Written to a real .xlsx and run through the CLI: 汇总's 与上期比较 and 年底预判 rows and the bulletin
 * say the same, their counts agree with the roll-up, and the last round is what the one-round book gives
 * at its own date.
 */
import path from "node:path";
import { analyzeWorkbook, Analysis } from "../../../src/core/engine";
import { readWorkbookFile } from "../../../src/hosts/xlsx/readWorkbook";
import { compareRounds } from "../../../src/core/bulletin/previousRound";
import { ROUND_DIMENSION } from "../../../src/core/rollup/roundRows";
import { runCli, tempDir, writeXlsx } from "../../support/files";
import { withThirdQuarter } from "../../support/rounds";

const SEED = path.join(__dirname, "..", "..", "..", "seeds", "sample-yicheng.xlsx");

describe("a book of two rounds: 汇总 and the bulletin compared with the last round", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const file = path.join(dir, "两期.xlsx");
  const out = path.join(dir, "汇总.xlsx");
  let a: Analysis;
  let lastRound: Analysis;
  let done: Set<string>;
  let summary: string[][];
  let bulletin: string[];
  let terminal: string[];

  beforeAll(async () => {
    const seed = await readWorkbookFile(SEED);
    const made = withThirdQuarter(seed);
    done = made.done;
    await writeXlsx(file, made.book.sheets);
    a = analyzeWorkbook(await readWorkbookFile(file), { today: "2030-01-01" });
    // The one-round book as it stood at the last round's due date.
    lastRound = analyzeWorkbook(seed, { asOf: "2024-06-30", today: "2030-01-01" });
    const rolled = await runCli(["rollup", file, "-o", out]);
    expect(rolled.code).toBe(0);
    terminal = rolled.out.split("\n");
    const written = await readWorkbookFile(out);
    summary = written.sheets.find((s) => s.name === "汇总")!.rows.map((r) => r.map((v) => (v === null || v === undefined ? "" : String(v))));
    const r = await runCli(["bulletin", file]);
    expect(r.code).toBe(0);
    bulletin = r.out.split("\n");
  }, 120000);

  const rowsOf = (dimension: string) => summary.filter((r) => r[0] === dimension);
  const numbers = (r: string[]) => r.slice(2, 11).map(Number);

  it("finds 上半年 as the last round, judged as the one-round book judges it at 30 June", () => {
    const c = compareRounds(a);
    expect(c.previous?.period.name).toBe("上半年");
    const before = [...c.previous!.states.values()].map((s) => [s.task.id, s.category]);
    expect(before).toEqual([...lastRound.states.values()].map((s) => [s.task.id, s.category]));
  });

  it("汇总 holds both rounds' counts in its own columns, equal to the roll-up and to the bulletin", () => {
    const [then, now] = rowsOf(ROUND_DIMENSION.comparison);
    expect(then[1]).toBe("上半年（上期）全部任务");
    expect(now[1]).toBe("前三季度（本期）全部任务");
    const sections = a.rollup.lines.filter((l) => l.dimension === "section");
    const sum = (k: "assigned" | "reported" | "done" | "onTrack" | "lagging" | "overdue" | "unjudged" | "notReported") => sections.reduce((s, l) => s + l[k], 0);
    const [assigned, , doneNow, onTrack, lagging, overdue, unjudged, notReported] = numbers(now);
    expect([assigned, doneNow, onTrack, lagging, overdue, unjudged, notReported]).toEqual([sum("assigned"), sum("done"), sum("onTrack"), sum("lagging"), sum("overdue"), sum("unjudged"), sum("notReported")]);
    const count = (k: string) => [...lastRound.states.values()].filter((s) => s.category === k).length;
    const t = numbers(then);
    expect([t[0], t[2], t[3], t[4], t[5], t[6], t[7]]).toEqual([lastRound.states.size, count("done"), count("onTrack"), count("lagging"), count("overdue"), count("unjudged"), count("notReported")]);
    expect(bulletin).toContain(`与上半年相比，已完成任务由${t[2]}项变为${doneNow}项，进展滞后和逾期任务由${t[4] + t[5]}项变为${lagging + overdue}项。`);
    expect(bulletin.some((l) => l.startsWith(`截至2024年10月10日，${assigned}项重点任务中，已完成${doneNow}项，序时推进${onTrack}项，进展滞后${lagging}项，已逾期${overdue}项${unjudged ? `，已报送但进展内容无法据以研判${unjudged}项（待研判）` : ""}，未报送${notReported}项`))).toBe(true);
  });

  it("names the tasks finished this round, and says in 汇总 what the bulletin says", () => {
    const finished = [...lastRound.states.values()].filter((s) => s.category !== "done" && done.has(s.task.id) && a.states.get(s.task.id)!.category === "done");
    expect(finished.length).toBeGreaterThan(3);
    const line = bulletin.find((l) => l.startsWith("本期新完成："))!;
    expect(line).toMatch(new RegExp(`^本期新完成：${finished.length}项，`));
    for (const s of finished) expect(line).toContain(`第${s.task.id}项（`);
    const words = rowsOf(ROUND_DIMENSION.comparison).slice(2).map((r) => r[1]);
    expect(words.length).toBeGreaterThanOrEqual(4);
    for (const w of words) expect(bulletin).toContain(w);
    // The terminal's roll-up ends with the same lines.
    expect(terminal).toContain(ROUND_DIMENSION.comparison);
    for (const w of words) expect(terminal).toContain(`  ${w}`);
    // The cells to the right of a line of words are empty, so a spreadsheet shows the line across them.
    for (const r of rowsOf(ROUND_DIMENSION.comparison).slice(2)) expect(r.slice(2).every((v) => v === "")).toBe(true);
  });

  it("projects the year's end in 汇总 and the bulletin alike, from the pace since 上半年", () => {
    const c = compareRounds(a);
    expect(c.projections.length).toBeGreaterThan(0);
    expect(c.projections.every((p) => p.basis === "since" || p.basis === "year")).toBe(true);
    const lines = rowsOf(ROUND_DIMENSION.projection).map((r) => r[1]);
    expect(lines[0]).toMatch(/^按当前进度测算，本期报送了数字的\d+项年度累计性指标/);
    for (const l of lines) expect(bulletin).toContain(l);
    // The same words as last round, with a quarter more of the year gone: no gain since 上半年, so each
    // short target is projected at the figure it stands at.
    const shortSince = c.projections.filter((p) => p.share < 1 && p.basis === "since");
    for (const p of shortSince) expect(p.projected).toBeCloseTo(p.judgement.actual!.value, 6);
    expect(lines.some((l) => /按上半年以来的进度测算，预计全年完成约.+，低于目标/.test(l))).toBe(shortSince.length > 0);
  });
});
