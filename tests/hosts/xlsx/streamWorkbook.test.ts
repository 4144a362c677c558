import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import { CellValue, WorkbookData } from "../../../src/core/sheet/cellValue";
import { expandMerges } from "../../../src/core/sheet/expandMerges";
import { loadWorkbook, readWorkbookFile, workbookData } from "../../../src/hosts/xlsx/readWorkbook";
import { streamWorkbookWithStats } from "../../../src/hosts/xlsx/streamWorkbook";
import { verifyArchive, ZipArchive } from "../../../src/hosts/xlsx/zipArchive";
import { tempDir } from "../../support/files";

/**
 * The streaming reader gives what the full exceljs reader gives, without its object model. exceljs copies a
 * merged area's value into every cell of it where the stream keeps it in the master cell only; the core
 * expands merges itself, so grids are compared expanded.
 */
function grid(rows: CellValue[][], merges: string[]): CellValue[][] {
  const out = Array.from(expandMerges({ name: "", rows, merges }), (row) => {
    const r = Array.from(row ?? [], (v) => (v === undefined ? null : v));
    while (r.length && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}
const normal = (d: WorkbookData) => d.sheets.map((s) => ({ name: s.name, rows: grid(s.rows, s.merges ?? []), merges: [...(s.merges ?? [])].sort(), bold: [...(s.boldCells ?? [])].sort() }));

describe("streaming reader", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  it.each(["sample-yicheng.xlsx", "sample-taishan.xlsx", "sample-yanzhou.xlsx"])("reads %s as the full reader does", async (name) => {
    const file = path.join(__dirname, "../../../seeds", name);
    const streamed = await readWorkbookFile(file);
    const full = workbookData(await loadWorkbook(file));
    expect(normal(streamed)).toEqual(normal(full));
  });

  it("keeps rich-text runs, whole-cell bold, merges, formula results, errors, booleans and dates", async () => {
    const file = path.join(dir, "kinds.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("任务清单");
    ws.getCell("A1").value = "序号";
    ws.getCell("A1").font = { bold: true };
    ws.getCell("B2").value = { richText: [{ text: "区工信局", font: { bold: true } }, { text: "、区发改局" }] };
    ws.getCell("C2").value = { formula: "1+1", result: 2 };
    ws.getCell("D2").value = { formula: "A1&\"x\"", result: "序号x" };
    ws.getCell("E2").value = { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellValue;
    ws.getCell("F2").value = true;
    ws.getCell("G2").value = new Date(Date.UTC(2024, 5, 30));
    ws.getCell("H2").value = { text: "链接", hyperlink: "https://example.invalid" };
    ws.getCell("I2").value = "  前后空格  ";
    ws.getCell("A3").value = 3;
    ws.mergeCells("A3:A5");
    ws.mergeCells("B7:D7");
    wb.addWorksheet("空表");
    await wb.xlsx.writeFile(file);
    const streamed = await readWorkbookFile(file);
    expect(normal(streamed)).toEqual(normal(workbookData(await loadWorkbook(file))));
    expect(streamed.sheets[0].rows[1][1]).toEqual({ richText: [{ text: "区工信局", bold: true }, { text: "、区发改局", bold: false }] });
    expect(streamed.sheets[0].rows[1][4]).toEqual({ error: "#N/A" });
    expect(streamed.sheets[0].rows[1][6]).toBe(45473);
    expect(streamed.sheets[0].merges).toEqual(["A3:A5", "B7:D7"]);
    expect(streamed.sheets[0].boldCells?.has("0,0")).toBe(true);
  });

  it("does not hold formatted empty rows, and counts them", async () => {
    const file = path.join(dir, "trailing.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("进展填报");
    ws.addRow(["序号", "进展情况"]);
    ws.addRow([1, "推进"]);
    await wb.xlsx.writeFile(file);
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const empties = Array.from({ length: 50000 }, (_, i) => `<row r="${i + 10}" ht="20" customHeight="1"><c r="A${i + 10}" s="0"/></row>`).join("");
    zip.file("xl/worksheets/sheet1.xml", xml.replace("</sheetData>", `${empties}</sheetData>`));
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const read = (await streamWorkbookWithStats(file))!;
    expect(read.data.sheets[0].rows).toHaveLength(2);
    expect(read.stats[0]).toEqual({ name: "进展填报", rowElements: 50002, valueRows: 2 });
  });

  it("reads the zip directory and inflates entries no further than declared", async () => {
    const file = path.join(dir, "dir.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").addRow(["a"]);
    await wb.xlsx.writeFile(file);
    const zip = await ZipArchive.open(file);
    try {
      expect(zip.has("xl/workbook.xml")).toBe(true);
      expect((await zip.text("xl/workbook.xml")).includes("<sheet ")).toBe(true);
    } finally {
      await zip.close();
    }
    await expect(verifyArchive(file)).resolves.toBeUndefined();
  });
});
