#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm run compile` (run automatically by `npm ci` through `prepare`), which also
// bundles it into lib/cli.bundle.js (webpack.cli.config.js): one file loads faster than lib/'s modules one by one.
// The bundle runs only when it is newer than lib/cli/main.js, so a lib/ compiled by tsc alone is never shadowed
// by an older bundle.
const fs = require("node:fs");
const path = require("node:path");
// V8's optimising compiler leaves judgeTask (src/core/judge/judgeTask.ts) to its baseline tiers. A cold run of a
// large book had it optimised 4–6 times over, each version thrown away on a new shape of data ("wrong map"),
// ~0.2–0.45 s of compiling each: `validate --json` of 10⁵ rows took ~15% less CPU time without them, and the
// functions it calls are still optimised (docs/benchmarks.md). Set before the bundle is compiled, so the code
// cache is made and used under the same flags (tests/cli/turboFilter.test.ts holds the name to the judge's).
require("node:v8").setFlagsFromString("--turbo-filter=-judgeTask");
const lib = path.join(__dirname, "..", "lib");
function entry() {
  try {
    if (fs.statSync(path.join(lib, "cli.bundle.js")).mtimeMs >= fs.statSync(path.join(lib, "cli", "main.js")).mtimeMs) return path.join(lib, "cli.bundle.js");
  } catch {
    // No bundle (or no lib/): lib/cli/main.js as compiled, or the message below.
  }
  return path.join(lib, "cli", "main.js");
}

/**
 * V8's code cache of the bundle, lib/cli.bundle.cache, made by `npm run compile` (scripts/cliCodeCache.js runs
 * the CLI once on a small generated book and saves the bytecode of every function it compiled): with it, the
 * bundle's 1.3 MB are not parsed and its functions not compiled again on every run. Layout: MAGIC, the SHA-256
 * of the bundle it was made from, the SHA-256 of the data, the data. A cache is used only when both digests
 * match (V8 itself checks only the source's length and its own version and flags, and in release builds not
 * the data), so a stale or damaged cache is ignored, never trusted; V8 may still refuse one (another Node or
 * other flags), and then the bundle is compiled as without a cache. The output is the same either way.
 */
const MAGIC = Buffer.from("DUBANCC1");
const HEAD = MAGIC.length + 64;
const sha256 = (bytes) => require("node:crypto").createHash("sha256").update(bytes).digest();

function cachedDataFor(file, digest) {
  let bytes;
  try {
    bytes = fs.readFileSync(path.join(path.dirname(file), "cli.bundle.cache"));
  } catch {
    return undefined;
  }
  if (bytes.length <= HEAD || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  if (!bytes.subarray(MAGIC.length, MAGIC.length + 32).equals(digest)) return undefined;
  const data = bytes.subarray(HEAD);
  return sha256(data).equals(bytes.subarray(MAGIC.length + 32, HEAD)) ? data : undefined;
}

/** The bundle run as CommonJS, as require() would run it, compiled with its code cache when there is a good one. */
function loadBundle(file) {
  const vm = require("node:vm");
  const Module = require("node:module");
  const source = fs.readFileSync(file);
  const digest = sha256(source);
  const script = new vm.Script(Module.wrap(source.toString("utf8")), { filename: file, cachedData: cachedDataFor(file, digest) });
  const mod = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  // For `npm run compile` only (scripts/cliCodeCache.js): where to save the cache once the run is over.
  const out = process.env.DUBAN_WRITE_CODE_CACHE;
  const save = out ? () => {
    const data = script.createCachedData();
    fs.writeFileSync(out, Buffer.concat([MAGIC, digest, sha256(data), data]));
  } : () => {};
  return { exports: mod.exports, save };
}

let main;
let saveCache = () => {};
const file = entry();
try {
  if (file.endsWith("cli.bundle.js")) ({ exports: { main }, save: saveCache } = loadBundle(file));
  else ({ main } = require(file));
} catch (err) {
  // Only a missing build is "not built"; an error inside a built CLI is shown as it is.
  if (!(err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes(file))) throw err;
  process.stderr.write("督办助手尚未编译，请先运行 npm ci 或 npm run compile。(CLI_NOT_BUILT)\nduban is not built: run `npm ci` or `npm run compile` first.\n");
  process.exit(2);
}
// process.exit does not wait for stdout and stderr: when they are pipes (`duban … --json | jq`) the end of
// a long output would be lost. An empty write's callback runs once everything written before it is out.
const flushed = (stream) => new Promise((resolve) => stream.write("", () => resolve()));
// A reader that stops early (`| head`) closes the pipe: the rest of the output is not wanted, and that is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code !== "EPIPE") throw err;
  });
}
main(process.argv.slice(2)).then(async (code) => {
  saveCache();
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
});
