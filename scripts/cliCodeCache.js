#!/usr/bin/env node
/* Makes lib/cli.bundle.cache, V8's code cache of the CLI bundle, at the end of `npm run compile`: runs
 * `duban validate BOOK -o OUT --json` once on a small generated book (lib/tools/generateBook.js) with
 * DUBAN_WRITE_CODE_CACHE set, so bin/duban.js saves the bytecode of every function the run compiled (reading,
 * every rule, the patch, the zip write, the JSON). bin/duban.js uses the cache only for the exact bundle it was
 * made from (SHA-256) and when V8 accepts it; without one the CLI runs the same, compiling as it goes.
 * The cache is made by this machine's Node: another Node version refuses it and compiles instead.
 */
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script run by node */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const CACHE = path.join(ROOT, "lib", "cli.bundle.cache");

async function main() {
  const { generateBook } = require(path.join(ROOT, "lib", "tools", "generateBook"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-cache-"));
  try {
    const book = path.join(dir, "book.xlsx");
    await generateBook(book, { rows: 2000, seed: 7 });
    const made = path.join(dir, "cli.bundle.cache");
    const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "duban.js"), "validate", book, "-o", path.join(dir, "out.xlsx"), "--json"], {
      env: { ...process.env, DUBAN_WRITE_CODE_CACHE: made },
      stdio: ["ignore", "ignore", "pipe"],
    });
    // 0: no errors found, 1: errors found (the book has some on purpose).
    if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI failed (exit ${run.status}): ${run.stderr.toString().slice(0, 2000)}`);
    fs.copyFileSync(made, CACHE);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// A stale cache is ignored anyway (bin/duban.js checks its digest), but one that cannot be made is removed. The CLI
// runs the same without one, so a failure here is reported and does not fail the build (`npm ci` runs it).
fs.rmSync(CACHE, { force: true });
main().catch((err) => {
  process.stderr.write(`cliCodeCache: no code cache made, the CLI will compile its bundle on each run:\n${err.stack || err}\n`);
});
