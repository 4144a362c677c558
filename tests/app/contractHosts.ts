/**
 * The hosts every use case runs on in its contract suite: memory (the reference), the .xlsx file port on
 * its zip-level copy and forced onto its exceljs fallback, Excel over office-addin-mock and WPS over the
 * strict ET fake. Each opens the same workbook; after the use case its cells are read back through the
 * same port, as texts, so hosts that give numbers as numbers or rich text as runs compare alike.
 */
import path from "node:path";
import { NewWorkbook, PortCapabilities, WorkbookPort } from "../../src/app/ports";
import { createMemoryPort } from "../../src/hosts/memory/memoryPort";
import { createXlsxFilePort, XlsxFilePort } from "../../src/hosts/xlsx/xlsxPort";
import { createNewXlsxFilePort } from "../../src/hosts/xlsx/newFilePort";
import { createXlsxBytesPort } from "../../src/hosts/xlsx/bytesPort";
import * as exceljsCopy from "../../src/hosts/xlsx/writeWorkbook";
import { createExcelPort } from "../../src/hosts/excel";
import { createWpsPort, findEtRoots } from "../../src/hosts/wps";
import { CellValue, isCellError, isRichText, WorkbookData } from "../../src/core/sheet/cellValue";
import { cellText } from "../../src/core/text/normalize";
import { tempDir, writeXlsx } from "../support/files";
import { createExcelMock } from "../hosts/excel/excelMock";
import { createFakeEt } from "../hosts/wps/fakeEt";

/**
 * What a host's write path cannot do itself, beyond the port's capabilities. The zip-level copy writes no
 * data validations and no in-place cell edits: it hands such patches to the exceljs fallback (a host of
 * its own here), so a use case writing them skips the zip-level host by name.
 */
export type WriteAbility = "dataValidations" | "cellEdits";

export interface ContractHost {
  name: string;
  /** What the host can do, declared here so a use case needing more is skipped by name (checked against the port). */
  capabilities: PortCapabilities;
  /** A port over a fresh copy of the book. */
  open(book: WorkbookData): Promise<WorkbookPort>;
  /** Write abilities the host lacks (reported as skips for the use cases that need them). */
  lacks?: WriteAbility[];
  /** Set where the host differs from another only in how it writes: a use case writing nothing skips it. */
  writePathOnly?: boolean;
  /** Checks the host did what its name says (the xlsx copy path), once the use case ran. */
  verify?(): void;
  /**
   * Where the host's surface writes a workbook it creates (填报表): the CLI a new .xlsx file, the panes in
   * Excel and WPS .xlsx bytes offered as a download (neither host API writes into a workbook it has not
   * opened). A host without one skips, reported, the use cases that create workbooks.
   */
  newWorkbook?: NewWorkbook;
}

const { dir, cleanup } = tempDir();
afterAll(cleanup);
let n = 0;

async function xlsxPort(book: WorkbookData, fallbackOnly: boolean): Promise<XlsxFilePort> {
  const input = path.join(dir, `book-${n++}.xlsx`);
  await writeXlsx(input, book.sheets);
  return createXlsxFilePort(input, path.join(dir, `out-${n++}.xlsx`), { fallbackOnly });
}

/** The exceljs copy, watched: the fast-copy host must never reach it, the fallback host always. */
function watchFallback(): jest.SpyInstance {
  return jest.spyOn(exceljsCopy, "writeWithExceljs");
}

const XLSX: PortCapabilities = { charts: true, richTextRuns: true, conditionalFormats: true };

export function contractHosts(): ContractHost[] {
  let fallback: jest.SpyInstance | null = null;
  const spy = () => (fallback ??= watchFallback());
  return [
    { name: "memory", capabilities: { charts: false, richTextRuns: true, conditionalFormats: false }, open: async (book) => createMemoryPort(book), newWorkbook: () => createMemoryPort({ sheets: [] }) },
    {
      name: "xlsx (zip-level copy)",
      capabilities: XLSX,
      lacks: ["dataValidations", "cellEdits"],
      open: (book) => {
        spy().mockClear();
        return xlsxPort(book, false);
      },
      verify: () => expect(spy()).not.toHaveBeenCalled(),
      newWorkbook: (fileName) => createNewXlsxFilePort(path.join(dir, `new-${n++}`, fileName)),
    },
    {
      name: "xlsx (exceljs fallback)",
      capabilities: XLSX,
      writePathOnly: true,
      open: (book) => {
        spy().mockClear();
        return xlsxPort(book, true);
      },
      verify: () => expect(spy().mock.calls.length).toBeGreaterThan(0),
    },
    {
      name: "Excel (office-addin-mock)",
      capabilities: { charts: true, richTextRuns: true, conditionalFormats: true },
      open: async (book) => {
        const mock = createExcelMock(
          book.sheets.map((s) => ({
            name: s.name,
            rows: s.rows.map((r) => r.map((c) => (c === null ? "" : isRichText(c) ? c.richText.map((x) => x.text).join("") : isCellError(c) ? c.error : c))),
            bold: [...(s.boldCells ?? [])],
            merges: s.merges ?? [],
            runs: Object.fromEntries(s.rows.flatMap((r, ri) => r.flatMap((c, ci) => (isRichText(c) ? [[`${ri},${ci}`, c.richText]] : [])))),
          })),
        );
        return createExcelPort(mock.env) as WorkbookPort;
      },
      newWorkbook: () => createXlsxBytesPort(),
    },
    {
      name: "WPS ET (strict fake)",
      capabilities: { charts: false, richTextRuns: true, conditionalFormats: true },
      open: async (book) => {
        const fake = createFakeEt({ sheets: book.sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges, boldCells: s.boldCells })) });
        const scope: Record<string, unknown> = {};
        fake.install(scope);
        return createWpsPort(findEtRoots(scope)!, { tick: () => Promise.resolve() });
      },
      newWorkbook: () => createXlsxBytesPort(),
    },
  ];
}

/** Text of each cell, trailing empty rows and cells dropped. */
export function texts(rows: CellValue[][]): string[][] {
  const out = rows.map((r) => r.map((c) => (isRichText(c) ? c.richText.map((x) => x.text).join("") : cellText(c))));
  while (out.length && out[out.length - 1].every((c) => c === "")) out.pop();
  return out.map((r) => {
    const row = r.slice();
    while (row.length && row[row.length - 1] === "") row.pop();
    return row;
  });
}

/** Every sheet of the workbook as read back through the port (all cells, duban's own sheets included). */
export async function cellsOf(port: WorkbookPort): Promise<Record<string, string[][]>> {
  const book = await port.read({ skipSheets: [] });
  return Object.fromEntries(book.sheets.map((s) => [s.name, texts(s.rows)]));
}
