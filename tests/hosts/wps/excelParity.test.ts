/**
 * WPS and Excel side by side on the sample workbook: the same book loaded into the strict fake ET and into
 * the Excel adapter's office-addin-mock model, read, analysed, validated and rolled up through each port.
 * The findings and every cell written must be the same in both hosts (and equal the engine's on the file).
 */
import path from "node:path";
import { createExcelMock } from "../excel/excelMock";
import { createExcelPort } from "../../../src/hosts/excel";
import { createWpsPort, findEtRoots } from "../../../src/hosts/wps";
import { createFakeEt } from "./fakeEt";
import { readWorkbookFile } from "../../../src/hosts/xlsx/readWorkbook";
import { analyzeWorkbook, rollupPatch, validationPatch } from "../../../src/core/engine";
import { CellValue, isCellError, isRichText, WorkbookData } from "../../../src/core/sheet/cellValue";
import { cellText } from "../../../src/core/text/normalize";
import { WorkbookPort } from "../../../src/app/ports";

const today = "2024-07-15";
const text = (v: unknown) => (isRichText(v as CellValue) ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("") : isCellError(v as CellValue) ? (v as { error: string }).error : cellText(v as CellValue));
/** Excel keeps the apostrophe that marks text as the cell's prefix, not as part of the value. */
const excelText = (v: unknown) => text(typeof v === "string" && v.startsWith("'") ? v.slice(1) : v);

function trimmed(rows: string[][]): string[][] {
  const out = rows.map((r) => {
    const row = r.slice();
    while (row.length && row[row.length - 1] === "") row.pop();
    return row;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

let book: WorkbookData;
beforeAll(async () => {
  book = await readWorkbookFile(path.resolve(__dirname, "../../../seeds/sample-yicheng.xlsx"));
});

function hosts() {
  const mock = createExcelMock(
    book.sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((r) => r.map((c) => (c === null ? "" : isRichText(c) ? text(c) : isCellError(c) ? c.error : c))),
      bold: [...(s.boldCells ?? [])],
      merges: s.merges ?? [],
      runs: Object.fromEntries(s.rows.flatMap((r, ri) => r.flatMap((c, ci) => (isRichText(c) ? [[`${ri},${ci}`, c.richText]] : [])))),
    })),
  );
  const fake = createFakeEt({ sheets: book.sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges, boldCells: s.boldCells })) });
  const scope: Record<string, unknown> = {};
  fake.install(scope);
  return {
    excel: { port: createExcelPort(mock.env) as WorkbookPort, grid: (name: string) => trimmed(Array.from(mock.sheet(name)?.grid ?? [], (r) => Array.from(r ?? [], excelText))) },
    wps: { port: createWpsPort(findEtRoots(scope)!, { tick: () => Promise.resolve() }) as WorkbookPort, grid: (name: string) => trimmed(fake.rowsOf(name).map((r) => r.map(text))) },
  };
}

test("the same findings through Excel, WPS and the file", async () => {
  const { excel, wps } = hosts();
  const findings = async (port: WorkbookPort) => analyzeWorkbook(await port.read(), { today }).findings.map((f) => [f.code, f.sheet, f.address]);
  const direct = analyzeWorkbook(book, { today }).findings.map((f) => [f.code, f.sheet, f.address]);
  expect(await findings(wps.port)).toEqual(direct);
  expect(await findings(excel.port)).toEqual(direct);
});

test("校验 and 汇总 write the same cells in Excel and in WPS", async () => {
  const { excel, wps } = hosts();
  const names = new Set<string>();
  for (const host of [excel, wps]) {
    const analysis = analyzeWorkbook(await host.port.read(), { today });
    for (const patch of [validationPatch(analysis), rollupPatch(analysis)]) {
      await host.port.apply(patch);
      patch.sheets.forEach((s) => names.add(s.name));
      patch.columns.forEach((c) => names.add(c.sheet));
    }
  }
  expect(names.size).toBeGreaterThan(2);
  // A leading apostrophe is compared loosely here; see the known Excel issue below.
  const loose = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/^'/, "")));
  for (const name of names) expect([name, loose(wps.grid(name))]).toEqual([name, loose(excel.grid(name))]);
});

/**
 * A text that itself starts with an apostrophe ('任务清单'!E19) must reach the cell whole: Excel takes a
 * leading apostrophe as its text prefix, so the adapter quotes it once more.
 */
test("Excel keeps a leading apostrophe of a written text, as WPS does", async () => {
  const { excel, wps } = hosts();
  for (const host of [excel, wps]) await host.port.apply(validationPatch(analyzeWorkbook(await host.port.read(), { today })));
  expect(excel.grid("校验结果")).toEqual(wps.grid("校验结果"));
});
