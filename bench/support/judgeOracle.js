"use strict";
/**
 * Equality oracle for changes to the judge that must not change what it says (issue 17, branch perf-judge): runs
 * `judgeTask` from a compiled lib/ over every text of the judging corpus (every pair as labelled and without a
 * progress; every target text and every progress text against a fixed spread of the other side) and the seed and
 * bench books' analyses, and prints one SHA-256 of the full JSON of every result, with counts. Nothing of the texts
 * is printed. Run before and after a change against each build: `node bench/support/judgeOracle.js [lib dir]`.
 */
const { readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");

async function main(libDir) {
  const lib = path.resolve(libDir || path.join(__dirname, "../../lib"));
  const { judgeTask } = require(path.join(lib, "core/judge"));
  const { analyzeWorkbook } = require(path.join(lib, "core/engine"));
  const { readWorkbookFile } = require(path.join(lib, "hosts/xlsx/readWorkbook"));
  const { generateBook } = require(path.join(lib, "tools/generateBook"));
  const dir = path.join(__dirname, "../../tests/fixtures/metrics/corpus");
  const rows = (prefix) =>
    readdirSync(dir)
      .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".jsonl"))
      .sort()
      .flatMap((f) => readFileSync(path.join(dir, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)));
  const pairs = rows("pairs");
  const targets = [...rows("targets"), ...rows("deadlines")].map((r) => ({ text: r.text, year: r.year }));
  const progress = rows("progress").map((r) => r.text);
  const hash = crypto.createHash("sha256");
  let n = 0;
  const judge = (input) => {
    hash.update(JSON.stringify(judgeTask(input)));
    hash.update("\n");
    n++;
  };
  const dates = ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31", "2025-02-15"];
  for (const p of pairs) {
    judge({ targetText: p.task, progress: { text: p.progress }, asOf: p.asOf, year: p.year });
    judge({ targetText: p.task, progress: null, asOf: p.asOf, year: p.year });
    judge({ targetText: p.task, progress: { text: p.progress, status: "序时推进" }, asOf: p.asOf, level: "county" });
  }
  // Each target against a fixed spread of progress texts, and each progress text against a spread of targets.
  const K = 7;
  targets.forEach((t, i) => {
    judge({ targetText: t.text, progress: null, asOf: dates[i % dates.length], year: t.year });
    for (let k = 0; k < K; k++) judge({ targetText: t.text, progress: { text: progress[(i * 31 + k * 197) % progress.length] }, asOf: dates[(i + k) % dates.length] });
  });
  progress.forEach((text, i) => {
    for (let k = 0; k < K; k++) judge({ targetText: targets[(i * 17 + k * 101) % targets.length].text, progress: { text }, asOf: dates[(i + k) % dates.length] });
    judge({ targetText: "", progress: { text }, asOf: dates[i % dates.length] });
  });
  const books = [];
  for (const name of ["sample-yicheng", "sample-taishan", "sample-yanzhou"]) books.push(await readWorkbookFile(path.join(__dirname, "../../seeds", `${name}.xlsx`)));
  for (const problems of [undefined, 1]) {
    const file = path.join(require("node:os").tmpdir(), `judgeOracle-${process.pid}-${problems ?? "d"}.xlsx`);
    await generateBook(file, { rows: 3000, seed: 7, ...(problems === undefined ? {} : { problems }) });
    books.push(await readWorkbookFile(file));
    require("node:fs").unlinkSync(file);
  }
  for (const data of books) {
    const a = analyzeWorkbook(data, { today: "2030-01-01" });
    hash.update(JSON.stringify({ findings: a.findings, metrics: a.metrics, states: [...a.states.values()], rollup: a.rollup.lines }));
    n++;
  }
  process.stdout.write(`${n} results ${hash.digest("hex")}\n`);
}

main(process.argv[2]).catch((err) => {
  process.stderr.write(`${err.stack || err}\n`);
  process.exit(1);
});
