"use strict";
/**
 * Custom functions: recalculating 10,000 cells of the parsing and judging functions (DUBAN.TARGET,
 * DUBAN.ACTUAL, DUBAN.RATIO, DUBAN.STATUS, DUBAN.RAG over 2,000 target/progress pairs from the labelled
 * sets), warm — the same cells again, as Excel recalculates a sheet — in Node on one thread. Baseline in
 * the same run: the same 10,000 calls to a function that only reads its arguments' length.
 * functions/formulas.ts (the pure wrappers the add-in registers) is compiled with tsc into a temporary
 * directory first, so the bench measures exactly that file.
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const TARGET_MS = 50;

function compileFormulas() {
  // Compiled inside the project (node_modules/.cache) so the core's packages (zod) resolve from node_modules.
  const cache = path.join(ROOT, "node_modules", ".cache");
  fs.mkdirSync(cache, { recursive: true });
  const out = fs.mkdtempSync(path.join(cache, "duban-fn-"));
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "functions/formulas.ts", "--outDir", out, "--rootDir", ".", "--module", "commonjs", "--target", "ES2020", "--esModuleInterop", "--skipLibCheck", "--resolveJsonModule", "--types", "node", "--strict", "false"], { cwd: ROOT, stdio: "pipe" });
  return { out, formulas: require(path.join(out, "functions", "formulas.js")) };
}

function jsonl(name) {
  return fs.readFileSync(path.join(ROOT, "tests", "fixtures", "metrics", name), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
}

function time(fn, rounds) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e6 / rounds;
}

async function run() {
  const { out, formulas } = compileFormulas();
  try {
    const targets = jsonl("targets.jsonl");
    const progress = jsonl("progress.jsonl");
    const pairs = Array.from({ length: 2000 }, (_, i) => [targets[i % targets.length], progress[(i * 7) % progress.length]]);
    const asOf = "2024-07-10";
    const cells = [];
    for (const [t, p] of pairs) {
      cells.push(() => formulas.target(t));
      cells.push(() => formulas.actual(p));
      cells.push(() => formulas.ratio(t, p));
      cells.push(() => formulas.status(t, p, asOf));
      cells.push(() => formulas.rag(t, p, asOf));
    }
    // A cell that errors (#VALUE!/#N/A) is a FormulaError thrown and caught by the host: count it as done.
    let errors = 0;
    const recalc = () => {
      errors = 0;
      for (const cell of cells) {
        try {
          cell();
        } catch {
          errors++;
        }
      }
    };
    const t0 = process.hrtime.bigint();
    recalc();
    const coldMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const warmMs = time(recalc, 5);
    const baseline = pairs.flatMap(([t, p]) => [t, p, t, p, t]);
    let sink = 0;
    const baseMs = time(() => {
      for (const a of baseline) sink += a.length;
    }, 50);
    if (sink < 0) throw new Error("unreachable");
    return {
      title: "自定义函数 Custom functions: 10,000 cells recalculated",
      lines: [
        `${cells.length.toLocaleString("en-US")} cells (TARGET, ACTUAL, RATIO, STATUS, RAG over 2,000 target/progress pairs from tests/fixtures/metrics; ${errors.toLocaleString("en-US")} of them end as #N/A/#VALUE!, as they would in the sheet). functions/formulas.ts compiled by tsc; one thread.`,
        "",
        "| run | time | per cell | vs baseline (argument length only) |",
        "| --- | ---: | ---: | ---: |",
        `| baseline | ${baseMs.toFixed(2)} ms | ${((baseMs * 1000) / cells.length).toFixed(3)} µs | 1× |`,
        `| first calculation (cold memo) | ${coldMs.toFixed(0)} ms | ${((coldMs * 1000) / cells.length).toFixed(1)} µs | ${(coldMs / baseMs).toFixed(0)}× |`,
        `| recalculation (warm) | ${warmMs.toFixed(1)} ms | ${((warmMs * 1000) / cells.length).toFixed(2)} µs | ${(warmMs / baseMs).toFixed(0)}× |`,
        "",
        `Target: warm recalculation of 10,000 cells under ${TARGET_MS} ms — ${warmMs < TARGET_MS ? "✅ met" : "❌ not met"} (${warmMs.toFixed(1)} ms).`,
      ],
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

module.exports = { run };
