/**
 * The core's second door, a narrow one: what a file reader needs (the error class, cell values, serial dates)
 * without loading the engine. The .xlsx reader imports from here so that reading a book does not compile the
 * judge, the importers and the rules first (~1.4 MB of JavaScript, about a sixth of the read phase of a
 * 100k-row book, docs/benchmarks.md); src/core/index.ts re-exports all of it, so every other caller keeps the
 * one façade. eslint (no-restricted-imports) and tests/architecture.test.ts allow these two doors only.
 */
export { DubanError } from "./issues";
export type { DamageReason } from "./issues";
export { isCellError, isRichText } from "./sheet/cellValue";
export type { CellValue, SheetData, TextRun, WorkbookData } from "./sheet/cellValue";
export { serialFromIso } from "./text/dates";
