"use strict";
/**
 * The read phase alone: duban's .xlsx reader producing the core's rows for every sheet, as `validate` reads a
 * book (readWorkbookFile from the compiled lib/: zip directory checked, parts inflated, shared strings, styles
 * and every sheet scanned into WorkbookData), and nothing after it — no checks, no judge.
 * Usage: node read.js book.xlsx → prints the number of rows read on stdout.
 */
const { readWorkbookFile } = require("../../lib/hosts/xlsx/readWorkbook");

readWorkbookFile(process.argv[2]).then(
  (data) => process.stdout.write(`${data.sheets.reduce((n, s) => n + s.rows.length, 0)}\n`),
  (err) => {
    process.stderr.write(`${err.stack || err}\n`);
    process.exit(2);
  },
);
