"use strict";
/**
 * The baseline of the scale bench: exceljs's streaming reader going through every row of every sheet of a
 * file, and nothing else — the least any tool built on exceljs pays to read the workbook.
 */
const ExcelJS = require("exceljs");

async function main(file) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", worksheets: "emit", hyperlinks: "ignore" });
  let rows = 0;
  for await (const sheet of reader) for await (const row of sheet) if (row) rows++;
  process.stdout.write(`${rows}\n`);
}

main(process.argv[2]).catch((err) => {
  process.stderr.write(`${err.stack || err}\n`);
  process.exit(1);
});
