import { createExcelMock } from "./excelMock";
import { DubanError } from "../../../src/core";
import { createExcelPort } from "../../../src/hosts/excel";
import { INITIAL_BYTES_PER_CELL, READ_BYTE_BUDGET, takeRequest } from "../../../src/hosts/excel/readWorkbook";
import { WRITE_BYTE_BUDGET } from "../../../src/hosts/excel/applyPatch";
import { WorkbookPatch } from "../../../src/core/output";

const catalogue = {
  name: "任务清单",
  rows: [
    ["序号", "任务内容", "牵头单位", "完成时限"],
    [1, "新增规上工业企业25家以上", "区工信局、区发改局", 45473],
    [2, "地区生产总值增长6%左右", "#N/A", ""],
  ],
  runs: { "1,2": [{ text: "区工信局", bold: true }, { text: "、区发改局", bold: false }] },
  bold: ["0,0", "0,1", "0,2", "0,3"],
  merges: ["D2:D3"],
};
const progress = { name: "进展填报", rows: [["序号", "填报单位", "进展情况"], [1, "区工信局", "上半年新增7家"]] };

describe("read", () => {
  test("one Excel.run, three syncs: sheet names, used ranges, cells (with runs, bold, errors, merges)", async () => {
    const mock = createExcelMock([catalogue, progress]);
    const book = await createExcelPort(mock.env).read();
    expect(mock.syncs).toBe(3);
    expect(JSON.stringify(book, (_k, v) => (v instanceof Set ? [...v] : v))).not.toMatch(/Error, (property was not loaded|context\.sync)/);
    const [cat, prog] = book.sheets;
    expect(cat.name).toBe("任务清单");
    expect(cat.rows[0]).toEqual(["序号", "任务内容", "牵头单位", "完成时限"]);
    expect(cat.rows[1]).toEqual([1, "新增规上工业企业25家以上", { richText: [{ text: "区工信局", bold: true }, { text: "、区发改局", bold: false }] }, 45473]);
    expect(cat.rows[2]).toEqual([2, "地区生产总值增长6%左右", { error: "#N/A" }, null]);
    expect([...(cat.boldCells ?? [])].sort()).toEqual(["0,0", "0,1", "0,2", "0,3"]);
    expect(cat.merges).toEqual(["D2:D3"]);
    expect(prog.rows).toEqual([["序号", "填报单位", "进展情况"], [1, "区工信局", "上半年新增7家"]]);
    expect(mock.log.filter((l) => l.startsWith("getCellProperties")).every((l) => l.endsWith("textRuns=true"))).toBe(true);
  });

  test("output sheets named in skipSheets are listed without their cells", async () => {
    const mock = createExcelMock([catalogue, { name: "校验结果", rows: [["级别"], ["错误"]] }]);
    const book = await createExcelPort(mock.env).read({ skipSheets: ["校验结果"] });
    expect(book.sheets.map((s) => [s.name, s.rows.length])).toEqual([["任务清单", 3], ["校验结果", 0]]);
    expect(mock.ranges.filter((r) => r.sheet.name === "校验结果")).toHaveLength(0);
    expect(mock.syncs).toBe(3);
  });

  test("before ExcelApi 1.18 no text runs are asked for: whole-cell bold only", async () => {
    const mock = createExcelMock([catalogue], "1.13");
    const book = await createExcelPort(mock.env).read();
    expect(mock.log.filter((l) => l.startsWith("getCellProperties")).every((l) => l.endsWith("textRuns=false"))).toBe(true);
    expect(book.sheets[0].rows[1][2]).toBe("区工信局、区发改局");
    expect(book.sheets[0].boldCells?.has("0,0")).toBe(true);
    expect(createExcelPort(mock.env).capabilities).toEqual({ charts: true, richTextRuns: false, conditionalFormats: true });
  });

  test("big sheets are read in several requests, sized from what earlier responses weighed", async () => {
    const rows = Array.from({ length: 15000 }, (_, i) => [i + 1, `第${i + 1}行进展情况`]);
    const mock = createExcelMock([{ name: "进展填报", rows }]);
    const progress: [number, number][] = [];
    const book = await createExcelPort(mock.env).read({ onProgress: (done, total) => void progress.push([done, total]) });
    expect(book.sheets[0].rows.length).toBe(15000);
    expect(book.sheets[0].rows[14999]).toEqual([15000, "第15000行进展情况"]);
    // The first request assumes long texts with runs; the short cells measured let later ones grow.
    const firstRows = Math.floor(READ_BYTE_BUDGET / (2 * INITIAL_BYTES_PER_CELL.runs));
    expect(15000).toBeGreaterThan(firstRows);
    expect(mock.syncs).toBeGreaterThanOrEqual(4);
    expect(mock.syncs).toBeLessThan(2 + Math.ceil(15000 / firstRows));
    expect(progress[progress.length - 1][0]).toBe(progress[progress.length - 1][1]);
  });

  test("takeRequest fills a request up to the byte budget across sheets, always making progress", () => {
    const cursors = [
      { sheet: 0, next: 0, rows: 900, cols: 12 },
      { sheet: 2, next: 0, rows: 50, cols: 3 },
      { sheet: 3, next: 0, rows: 3000, cols: 40 },
    ];
    const seen: number[] = [0, 0, 0, 0];
    for (let guard = 0; guard < 100 && cursors.some((c) => c.next < c.rows); guard++) {
      const chunks = takeRequest(cursors, 500, 1_000_000);
      const bytes = chunks.reduce((n, c) => n + (c.bottom - c.top + 1) * c.cols * 500, 0);
      expect(chunks.length).toBeGreaterThan(0);
      if (chunks.length > 1 || chunks[0].bottom > chunks[0].top) expect(bytes).toBeLessThanOrEqual(1_000_000);
      for (const c of chunks) seen[c.sheet] += c.bottom - c.top + 1;
    }
    expect(seen).toEqual([900, 0, 50, 3000]);
    // A single row larger than the budget is still read, alone.
    const wide = [{ sheet: 0, next: 0, rows: 2, cols: 10 }];
    expect(takeRequest(wide, 1_000_000, 1_000_000)).toEqual([{ sheet: 0, top: 0, bottom: 0, cols: 10 }]);
  });
});

function samplePatch(): WorkbookPatch {
  return {
    sheets: [
      {
        name: "校验结果",
        titleRows: ["校验结果（截至 2024-06-30）"],
        columns: [
          { header: "级别", width: 6, conditionalFills: [{ equals: "错误", fill: "red" }, { equals: "警告", fill: "yellow" }] },
          { header: "规则", width: 20 },
          { header: "说明", width: 60, wrap: true },
          { header: "完成率", numberFormat: "0.0%" },
          { header: "状态", validation: { kind: "list", values: ["已完成", "序时推进"] } },
          { header: "位置" },
        ],
        rows: [
          ["错误", "ROW_UNKNOWN_TASK", "序号 9 不在任务清单中", 0.5, "已完成", "进展填报!A2"],
          ["警告", "ROW_TEXT_TOO_LONG", "=SUM(A1) 不是公式", 0.25, "序时推进", "进展填报!C3"],
        ],
        links: [{ row: 0, col: 5, sheet: "进展填报", address: "A2" }],
        freezeHeader: true,
        autoFilter: true,
        dataBarColumns: [3],
        chart: { title: "完成率", categoryColumn: 1, valueColumn: 3, rows: 2 },
      },
    ],
    columns: [
      {
        sheet: "进展填报",
        headerRow: 0,
        col: 3,
        spec: { header: "校验状态", conditionalFills: [{ equals: "错误", fill: "red" }] },
        values: new Map([[1, "错误"], [3, "通过"]]),
      },
    ],
    summary: ["写入工作表 校验结果（2 行）"],
  };
}

describe("apply", () => {
  test("regenerates an output sheet whole and appends the status column, in two syncs", async () => {
    const mock = createExcelMock([progress, { name: "校验结果", rows: [["旧内容"]] }, { name: "设置", rows: [["项目", "值"]] }]);
    mock.sheets[0].grid.push([2, "区发改局", "旧行"], [3, "区教体局", "进展"]);
    await createExcelPort(mock.env).apply(samplePatch());
    expect(mock.syncs).toBe(2);
    expect(mock.suspended).toBe(1);
    // Deleted and added again at its old position: nothing of the earlier run survives.
    expect(mock.log).toEqual(expect.arrayContaining(["delete 校验结果", "add 校验结果"]));
    const out = mock.sheet("校验结果")!;
    expect(out.proxy.position).toBe(1);
    // Printable: A4 landscape, one page wide, the title and header rows on every page, grid lines (ExcelApi 1.9).
    expect(out.page).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printGridlines: true,
      leftMargin: 36,
      rightMargin: 36,
      topMargin: 43.2,
      bottomMargin: 43.2,
      printTitleRows: "$1:$2",
    });
    expect(mock.log).toContain("autofitRows 校验结果!A3:F4");
    expect(out.grid[0][0]).toBe("校验结果（截至 2024-06-30）");
    expect(out.grid[1]).toEqual(["级别", "规则", "说明", "完成率", "状态", "位置"]);
    expect(out.grid[2]).toEqual(["错误", "ROW_UNKNOWN_TASK", "序号 9 不在任务清单中", 0.5, "已完成", "进展填报!A2"]);
    // Text that Excel would take for a formula stays text.
    expect(out.grid[3][2]).toBe("'=SUM(A1) 不是公式");
    // The data block is one 2-D write with its number formats.
    const block = mock.rangesAt("校验结果", "A3:F4")[0].proxy;
    expect(block.numberFormat).toEqual([["General", "General", "General", "0.0%", "General", "General"], ["General", "General", "General", "0.0%", "General", "General"]]);

    const levels = mock.rangesAt("校验结果", "A3:A4")[0];
    expect(levels.conditionalFormats.map((cf) => cf.cellValue.rule)).toEqual([
      { formula1: '="错误"', operator: "EqualTo" },
      { formula1: '="警告"', operator: "EqualTo" },
    ]);
    expect(levels.conditionalFormats[0].cellValue.format.fill.color).toBe("#FFC7CE");
    const status = mock.rangesAt("校验结果", "E3:E4")[0].proxy;
    expect(status.dataValidation.rule).toEqual({ list: { inCellDropDown: true, source: "已完成,序时推进" } });
    expect(mock.rangesAt("校验结果", "D3:D4").some((r) => r.conditionalFormats.some((cf) => cf.type === "DataBar"))).toBe(true);
    // Links go in as cell properties of a block (ExcelApi 1.9), here a block of one cell.
    expect(mock.rangesAt("校验结果", "F3:F3")[0].cellProperties).toEqual([[[{ hyperlink: { documentReference: "'进展填报'!A2", screenTip: "转到 进展填报!A2" } }]]]);
    expect(mock.log).toEqual(expect.arrayContaining(["freezeRows 校验结果 2", "autoFilter 校验结果 校验结果!A2:F4"]));
    expect(mock.charts).toHaveLength(1);
    expect(mock.charts[0]).toMatchObject({ type: "BarClustered", source: "校验结果!D3:D4", categories: "校验结果!B3:B4", title: { text: "完成率" } });

    // The status column: header, values on their rows, blanks down to the last used row.
    const prog = mock.sheet("进展填报")!;
    expect(prog.grid.map((r) => r[3])).toEqual(["校验状态", "错误", "", "通过"]);
    expect(mock.log).toContain("clearConditionalFormats 进展填报!D2:D4");
    // Sheets the patch does not name are left alone.
    expect(mock.sheet("设置")!.grid).toEqual([["项目", "值"]]);
  });

  test("large patches are sent in requests under the byte budget", async () => {
    const text = "区工业和信息化局牵头推进规上工业企业培育，".repeat(10);
    const rows = Array.from({ length: 12000 }, (_, i) => [i + 1, text]);
    const mock = createExcelMock([{ name: "任务清单", rows: [["序号"]] }]);
    await createExcelPort(mock.env).apply({ sheets: [{ name: "指标跟踪", columns: [{ header: "序号" }, { header: "说明" }], rows }], columns: [], summary: [] });
    const approxBytes = 12000 * text.length * 3;
    expect(approxBytes).toBeGreaterThan(2 * WRITE_BYTE_BUDGET);
    expect(mock.syncs).toBeGreaterThanOrEqual(1 + Math.ceil(approxBytes / WRITE_BYTE_BUDGET));
    expect(mock.suspended).toBe(mock.syncs - 1);
    const grid = mock.sheet("指标跟踪")!.grid;
    expect(grid.length).toBe(12001);
    expect(grid[12000]).toEqual([12000, text]);
  });

  test("hyperlinks are written a block at a time, or per cell within the request budget on older Excel", async () => {
    const rows = Array.from({ length: 12000 }, (_, i) => [`进展填报!A${i + 2}`]);
    const links = rows.map((_, i) => ({ row: i, col: 0, sheet: "进展填报", address: `A${i + 2}` }));
    const mock = createExcelMock([{ name: "进展填报", rows: [["序号"]] }]);
    await createExcelPort(mock.env).apply({ sheets: [{ name: "校验结果", columns: [{ header: "位置" }], rows, links }], columns: [], summary: [] });
    // Six blocks of 2,000 rows, one range each, the last ending at row 12001.
    const blocks = mock.ranges.filter((r) => r.sheet.name === "校验结果" && r.cellProperties.length);
    expect(blocks.map((b) => b.address)).toEqual(["A2:A2001", "A2002:A4001", "A4002:A6001", "A6002:A8001", "A8002:A10001", "A10002:A12001"]);
    const last = blocks[5].cellProperties[0] as { hyperlink: unknown }[][];
    expect(last[1999][0].hyperlink).toEqual({ documentReference: "'进展填报'!A12001", screenTip: "转到 进展填报!A12001" });

    // Before ExcelApi 1.9 each link is a command of its own (about 300 bytes): they do not fit one 2 MB request.
    const old = createExcelMock([{ name: "进展填报", rows: [["序号"]] }], "1.8");
    await createExcelPort(old.env).apply({ sheets: [{ name: "校验结果", columns: [{ header: "位置" }], rows, links }], columns: [], summary: [] });
    expect(old.syncs).toBeGreaterThanOrEqual(1 + Math.ceil((12000 * 300) / WRITE_BYTE_BUDGET));
    expect(old.rangesAt("校验结果", "A12001")[0].proxy.hyperlink).toEqual({ documentReference: "'进展填报'!A12001", screenTip: "转到 进展填报!A12001" });
  });

  test("without ExcelApi 1.6 colours are painted per cell instead of conditional formats", async () => {
    const mock = createExcelMock([progress], "1.5");
    await createExcelPort(mock.env).apply(samplePatch());
    expect(mock.ranges.every((r) => r.conditionalFormats.length === 0)).toBe(true);
    expect(mock.rangesAt("校验结果", "A3")[0].proxy.format.fill.color).toBe("#FFC7CE");
    expect(mock.suspended).toBe(0);
  });
});

describe("errors and selection", () => {
  test("Office.js failures become a DubanError with a HOST code", async () => {
    const mock = createExcelMock([progress]);
    const env = { ...mock.env, run: async () => Promise.reject(Object.assign(new Error("too big"), { code: "RequestPayloadSizeLimitExceeded" })) };
    await expect(createExcelPort(env).read()).rejects.toMatchObject({ code: "HOST_EXCEL_PAYLOAD_TOO_LARGE" });
    await expect(createExcelPort(env).apply(samplePatch())).rejects.toBeInstanceOf(DubanError);
  });

  test("a patch naming a missing sheet fails with HOST_EXCEL_NOT_FOUND", async () => {
    const mock = createExcelMock([{ name: "任务清单", rows: [["序号"]] }]);
    await expect(createExcelPort(mock.env).apply(samplePatch())).rejects.toMatchObject({ code: "HOST_EXCEL_NOT_FOUND" });
  });

  test("cancelling stops between requests with HOST_CANCELLED", async () => {
    const mock = createExcelMock([progress]);
    const controller = new AbortController();
    controller.abort();
    await expect(createExcelPort(mock.env).read({ signal: controller.signal })).rejects.toMatchObject({ code: "HOST_CANCELLED" });
    expect(mock.syncs).toBe(1);
  });

  test("selectCell activates the sheet and selects the cell in one sync", async () => {
    const mock = createExcelMock([progress]);
    await createExcelPort(mock.env).selectCell("进展填报", "C2");
    expect(mock.syncs).toBe(1);
    expect(mock.log).toContain("activate 进展填报");
    expect(mock.rangesAt("进展填报", "C2")[0].selected).toBe(true);
  });
});
