"use strict";
/**
 * Parser throughput: parseTargets over every target text of the seeds, cold (empty memo) and warm (the same texts
 * again, as a recalculating sheet does), against a baseline measured in the same run — a plain /\d/ scan of the
 * same texts — so figures compare across machines. Requires the compiled lib/ (npx tsc -p tsconfig.build.json).
 */
const fs = require("node:fs");
const path = require("node:path");
const metrics = require("../lib/core/metrics");

function seedTexts() {
  const file = path.join(__dirname, "..", "tests", "fixtures", "metrics", "targets.jsonl");
  const texts = fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
  // Every sentence of the seed reports too, so qualitative tasks weigh as they do in a real catalogue.
  const seeds = path.join(__dirname, "..", "seeds");
  for (const f of fs.readdirSync(seeds).filter((n) => n.endsWith(".txt")).sort()) {
    const raw = fs.readFileSync(path.join(seeds, f), "utf8").replace(/\n(?!\n)/g, "");
    for (const s of raw.split(/[。；\n]/)) if (s.trim().length >= 6 && s.length <= 200) texts.push(s.trim());
  }
  return [...new Set(texts)];
}

/**
 * Milliseconds of CPU time per call of fn (user + system), not wall time: the build machine is shared, and CPU time
 * is what another process's load disturbs least.
 */
function timeIt(fn, minMs = 400) {
  let n = 0;
  const c0 = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    n++;
    const c = process.cpuUsage(c0);
    elapsed = (c.user + c.system) / 1000;
  }
  return elapsed / n;
}

async function run() {
  const texts = seedTexts();
  const perSec = (ms) => (texts.length / ms) * 1000;
  const fmt = (x) => Math.round(x).toLocaleString("en-US");
  let sink = 0;
  const baselineMs = timeIt(() => {
    for (const t of texts) if (/\d/.test(t)) sink++;
  });
  // The very first pass also compiles the parser (JIT and regexes, partly on other threads that process.cpuUsage
  // counts): measured alone, then a few untimed passes of each parser so that "cold" means an empty memo, not new code.
  const firstC0 = process.cpuUsage();
  for (const t of texts) sink += metrics.parseTargets(t, { year: 2024 }).targets.length;
  for (const t of texts) sink += metrics.parseActuals(t).actuals.length;
  const firstC = process.cpuUsage(firstC0);
  const firstMs = (firstC.user + firstC.system) / 1000 / 2;
  for (let pass = 0; pass < 3; pass++) {
    metrics.clearTargetCache();
    metrics.clearActualCache();
    for (const t of texts) sink += metrics.parseTargets(t, { year: 2024 }).targets.length;
    for (const t of texts) sink += metrics.parseActuals(t).actuals.length;
  }
  const coldMs = timeIt(() => {
    metrics.clearTargetCache();
    for (const t of texts) sink += metrics.parseTargets(t, { year: 2024 }).targets.length;
  });
  metrics.clearTargetCache();
  for (const t of texts) metrics.parseTargets(t, { year: 2024 });
  const warmMs = timeIt(() => {
    for (const t of texts) sink += metrics.parseTargets(t, { year: 2024 }).targets.length;
  });
  const actualsColdMs = timeIt(() => {
    metrics.clearActualCache();
    for (const t of texts) sink += metrics.parseActuals(t).actuals.length;
  });
  if (sink < 0) throw new Error("unreachable");
  const rows = [
    ["baseline: /\\d/ scan", baselineMs],
    ["first pass of both parsers, per parser (compiling included)", firstMs],
    ["parseTargets cold (empty memo)", coldMs],
    ["parseTargets warm (memo hit)", warmMs],
    ["parseActuals cold", actualsColdMs],
  ];
  return {
    title: "Target parser 目标解析",
    lines: [
      `${texts.length} distinct texts from the seeds (labelled target phrases and every sentence of seeds/*.txt), one core, ${process.version}; rates per CPU-second.`,
      "",
      "| run | texts/s | time vs baseline |",
      "| --- | ---: | ---: |",
      ...rows.map(([name, ms]) => `| ${name} | ${fmt(perSec(ms))} | ${(ms / baselineMs).toFixed(1)}× |`),
      "",
      `Warm parsing is ${(coldMs / warmMs).toFixed(0)}× faster than cold; the aim is 50,000 task texts/s warm.`,
    ],
  };
}

module.exports = { run };
