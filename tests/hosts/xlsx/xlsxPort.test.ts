import path from "node:path";
import { createXlsxFilePort } from "../../../src/hosts/xlsx/xlsxPort";
import { tempDir, writeXlsx } from "../../support/files";
import { describePortContract } from "../portContract";

const { dir, cleanup } = tempDir();
afterAll(cleanup);
let n = 0;

/** The CLI's own port: the book written to a file, read by streaming, patched into an output file. */
describePortContract("xlsx file (zip-level copy)", async (book) => {
  const input = path.join(dir, `book-${n++}.xlsx`);
  await writeXlsx(input, book.sheets);
  return createXlsxFilePort(input, path.join(dir, `out-${n++}.xlsx`));
});

/** The same port on its fallback path (the whole book through exceljs). */
describePortContract("xlsx file (exceljs fallback)", async (book) => {
  const input = path.join(dir, `book-${n++}.xlsx`);
  await writeXlsx(input, book.sheets);
  return createXlsxFilePort(input, path.join(dir, `out-${n++}.xlsx`), { fallbackOnly: true });
});
