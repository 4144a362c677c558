"use strict";
/**
 * Child of the scale bench: the pure core on rows already in memory. Reads the file with the streaming
 * path, then times analyzeWorkbook (validation, metrics, task states and roll-up); run it with
 * `node --single-threaded` for one core. Prints JSON: best and median wall time and CPU time over
 * several runs after some warm-up runs (V8 takes a few runs to compile the hot paths).
 */
const { streamWorkbookFile } = require("../../lib/hosts/xlsx/streamWorkbook");
const { analyzeWorkbook } = require("../../lib/core/engine");

async function main(file, runs, warmups) {
  const data = await streamWorkbookFile(file);
  // The roll-up is made when first read (validate never reads it): read here, so the figure is still the whole
  // analysis with its roll-up.
  for (let i = 0; i < warmups; i++) void analyzeWorkbook(data, { today: "2024-12-20" }).rollup;
  const wall = [];
  const cpu = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const a = analyzeWorkbook(data, { today: "2024-12-20" });
    void a.rollup;
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    findings = a.findings.length;
  }
  const sorted = (xs) => xs.slice().sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ best: sorted(wall)[0], median: sorted(wall)[Math.floor(runs / 2)], cpuBest: sorted(cpu)[0], findings }) + "\n");
}

main(process.argv[2], Number(process.argv[3] || 5), Number(process.argv[4] || 1)).catch((err) => {
  process.stderr.write(`${err.stack || err}\n`);
  process.exit(1);
});
