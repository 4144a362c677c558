/**
 * The contract every WorkbookPort (memory, xlsx file, Excel via Office.js, WPS ET) must meet. An adapter's
 * test calls `describePortContract("name", factory)`; the factory builds a port over the given workbook.
 */
import { WorkbookPort } from "../../src/app/ports";
import { CellValue, WorkbookData, isRichText } from "../../src/core/sheet/cellValue";
import { analyzeWorkbook, rollupPatch, validationPatch } from "../../src/core/engine";
import { cellText } from "../../src/core/text/normalize";
import { renderPlan } from "../../src/core/renderPlan";
import { catalogueSheet, progressSheet, settingsSheet } from "../support/books";

export type PortFactory = (book: WorkbookData) => Promise<WorkbookPort> | WorkbookPort;

export function contractBook(): WorkbookData {
  const catalogue = catalogueSheet([
    { id: "1", text: "新增规上工业企业25家以上。", lead: "区工信局" },
    { id: "2", lead: "区财政局", deadline: "2024-05-31" },
    { id: "3", lead: "区民政局" },
  ]);
  catalogue.rows[3][4] = { richText: [{ text: "区民政局", bold: true }, { text: "、区财政局", bold: false }] };
  return {
    sheets: [
      catalogue,
      progressSheet([
        { id: "1", unit: "区工信局", text: "上半年新增规上工业企业7家。", status: "" },
        { id: "2", unit: "区财政局", text: "" },
        { id: "9", unit: "区财政局", text: "=cmd|' /C calc'!A0" },
      ]),
      settingsSheet([["年度", 2024], ["截至日期", "2024-07-10"], ["报告期", "二季度", "2024-06-30"]]),
    ],
  };
}

/** Text of each cell, so adapters that return numbers as numbers or rich text as runs compare alike. */
function texts(rows: CellValue[][]): string[][] {
  const out = rows.map((r) => r.map((c) => (isRichText(c) ? c.richText.map((x) => x.text).join("") : cellText(c))));
  while (out.length && out[out.length - 1].every((c) => c === "")) out.pop();
  return out.map((r) => {
    const row = r.slice();
    while (row.length && row[row.length - 1] === "") row.pop();
    return row;
  });
}

export function describePortContract(name: string, factory: PortFactory): void {
  describe(`WorkbookPort contract: ${name}`, () => {
    const today = "2024-07-10";

    it("reads back the sheets, cells and bold runs it was given", async () => {
      const book = contractBook();
      const port = await factory(book);
      const read = await port.read();
      for (const sheet of book.sheets) {
        const got = read.sheets.find((s) => s.name === sheet.name);
        expect(got).toBeDefined();
        expect(texts(got!.rows)).toEqual(texts(sheet.rows));
      }
      const lead = read.sheets.find((s) => s.name === "任务清单")!.rows[3][4];
      if (port.capabilities.richTextRuns) expect(isRichText(lead) && lead.richText.filter((r) => r.bold).map((r) => r.text.trim())).toEqual(["区民政局"]);
    });

    it("gives the same findings as the engine on the plain data", async () => {
      const book = contractBook();
      const port = await factory(book);
      const viaPort = analyzeWorkbook(await port.read(), { today });
      const direct = analyzeWorkbook(book, { today });
      expect(viaPort.findings.map((f) => [f.code, f.sheet, f.address])).toEqual(direct.findings.map((f) => [f.code, f.sheet, f.address]));
      expect(viaPort.findings.length).toBeGreaterThan(3);
    });

    it("writes result sheets whole and the status columns beside the rows, leaving typed cells as they were", async () => {
      const book = contractBook();
      const port = await factory(book);
      const analysis = analyzeWorkbook(await port.read(), { today });
      const patch = validationPatch(analysis);
      const rollup = rollupPatch(analysis);
      await port.apply(patch);
      await port.apply(rollup);
      const after = await port.read();
      // Every host writes the same cells: each result sheet reads back as the render plan's grid.
      for (const out of [...patch.sheets, ...rollup.sheets]) {
        const got = texts(after.sheets.find((s) => s.name === out.name)!.rows);
        expect([out.name, got]).toEqual([out.name, texts(renderPlan(rollup).sheets.concat(renderPlan(patch).sheets).find((p) => p.sheet.name === out.name)!.grid)]);
      }
      for (const sheet of book.sheets) {
        const got = texts(after.sheets.find((s) => s.name === sheet.name)!.rows);
        const want = texts(sheet.rows);
        want.forEach((row, r) => row.forEach((cell, c) => expect([sheet.name, r, c, got[r]?.[c]]).toEqual([sheet.name, r, c, cell])));
      }
      const results = after.sheets.find((s) => s.name === "校验结果")!;
      const header = results.rows.findIndex((r) => cellText(r[0]) === "序号");
      expect(header).toBeGreaterThanOrEqual(0);
      expect(results.rows.slice(header + 1).filter((r) => cellText(r[2])).map((r) => cellText(r[2]))).toEqual(analysis.findings.map((f) => f.code));
      const progress = after.sheets.find((s) => s.name === "进展填报")!;
      const statusCol = patch.columns[0].col;
      expect(cellText(progress.rows[0][statusCol])).toBe("校验状态");
      expect(cellText(progress.rows[2][statusCol])).toBe("错误");
      expect(cellText(progress.rows[3][3])).toBe("=cmd|' /C calc'!A0");
      expect(after.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["汇总", "报送情况", "任务状态", "指标跟踪"]));
    });

    it("regenerates its sheets on a second run instead of adding more", async () => {
      const port = await factory(contractBook());
      for (let i = 0; i < 2; i++) {
        const analysis = analyzeWorkbook(await port.read(), { today });
        await port.apply(validationPatch(analysis));
      }
      const after = await port.read();
      expect(after.sheets.filter((s) => s.name === "校验结果")).toHaveLength(1);
      const header = after.sheets.find((s) => s.name === "进展填报")!.rows[0].map((c) => cellText(c));
      expect(header.filter((h) => h === "校验状态")).toHaveLength(1);
    });
  });
}
