#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm run compile` (run automatically by `npm ci` through `prepare`), which also
// bundles it into lib/cli.bundle.js (webpack.cli.config.js): one file loads faster than lib/'s modules one by one.
// The bundle runs only when it is newer than lib/cli/main.js, so a lib/ compiled by tsc alone is never shadowed
// by an older bundle.
const fs = require("node:fs");
const path = require("node:path");
function entry() {
  const lib = path.join(__dirname, "..", "lib");
  try {
    if (fs.statSync(path.join(lib, "cli.bundle.js")).mtimeMs >= fs.statSync(path.join(lib, "cli", "main.js")).mtimeMs) return path.join(lib, "cli.bundle.js");
  } catch {
    // No bundle (or no lib/): lib/cli/main.js as compiled, or the message below.
  }
  return path.join(lib, "cli", "main.js");
}
let main;
const file = entry();
try {
  ({ main } = require(file));
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
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
});
