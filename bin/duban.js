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
main(process.argv.slice(2)).then((code) => process.exit(code));
