#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm run compile` (run automatically by `npm ci` through `prepare`).
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (err) {
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
