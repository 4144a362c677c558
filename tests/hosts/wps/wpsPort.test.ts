/**
 * The WPS ET adapter against the strict fake: the shared port contract, ET specifics (scalar Value2,
 * bold runs by Characters, merges, COM error values), the application flags restored whatever happens,
 * member variations across WPS builds, and the sample workbook giving the CLI's results.
 */
import path from "node:path";
import { createFakeEt, FakeEt, FakeOptions, NAME_ERROR } from "./fakeEt";
import { describePortContract } from "../portContract";
import { DubanError } from "../../../src/core";
import { createWpsPort, findEtRoots, showTaskPane, XL } from "../../../src/hosts/wps";
import type { EtRoots } from "../../../src/hosts/wps";
import type { EtFont, EtRange, EtSheets, EtValidation, EtWorkbook, EtWorksheet, EtFormatConditions, EtTaskPane } from "../../../src/hosts/wps/etTypes";
import { WorkbookData, CellValue, isRichText } from "../../../src/core/sheet/cellValue";
import { analyzeWorkbook, rollupPatch, validationPatch } from "../../../src/core/engine";
import { renderSheetRows, WorkbookPatch } from "../../../src/core/output";
import { readWorkbookFile } from "../../../src/hosts/xlsx/readWorkbook";
import { cellText } from "../../../src/core/text/normalize";
import { COLUMN_NOTE } from "../../../src/hosts/wps/applyPatch";

// Compile-time: the published ET declarations still fit the narrow types the adapter is written against.
const fits = {
  range: (r: Et.Range): EtRange => r,
  font: (f: Et.Font): EtFont => f,
  validation: (v: Et.Validation): EtValidation => v,
  conditions: (c: Et.FormatConditions): EtFormatConditions => c as unknown as EtFormatConditions,
  worksheet: (w: Et.Worksheet): EtWorksheet => w,
  sheets: (s: Et.Sheets): EtSheets => s as unknown as EtSheets,
  // Sheets.Item is declared as Worksheet | Sheets; the adapter reads it as a Worksheet.
  workbook: (w: Et.Workbook): Pick<EtWorkbook, "Name"> => w,
  pane: (p: WPS.CustomTaskpane): EtTaskPane => p,
};
void fits;

const immediate = () => Promise.resolve();

function bookInput(book: WorkbookData) {
  return { sheets: book.sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges, boldCells: s.boldCells })) };
}

function setup(book: WorkbookData, options: FakeOptions = {}): { fake: FakeEt; roots: EtRoots } {
  const fake = createFakeEt(bookInput(book), options);
  const scope: Record<string, unknown> = {};
  fake.install(scope);
  return { fake, roots: findEtRoots(scope)! };
}

describePortContract("WPS ET (strict fake)", (book) => createWpsPort(setup(book).roots, { tick: immediate }));

const small: WorkbookData = {
  sheets: [
    {
      name: "任务清单",
      rows: [
        ["序号", "任务内容", "牵头单位"],
        [1, "新增规上工业企业25家以上", { richText: [{ text: "区工信局", bold: true }, { text: "、区发改局", bold: false }] }],
        [2, "地区生产总值增长6%左右", "区发改局"],
        [3, "合并的任务", "全部加粗"],
      ],
      merges: ["B4:C4"],
      boldCells: new Set(["0,0", "0,1", "0,2", "3,2"]),
    },
    { name: "单格", rows: [["只有一格"]] },
    { name: "空表", rows: [] },
  ],
};

describe("read", () => {
  test("values, bold runs by Characters, whole-cell bold, merges, a one-cell sheet and an empty one", async () => {
    const { roots } = setup(small);
    const book = await createWpsPort(roots, { tick: immediate }).read();
    const [cat, one, empty] = book.sheets;
    expect(cat.rows[0]).toEqual(["序号", "任务内容", "牵头单位"]);
    expect(cat.rows[1][2]).toEqual({ richText: [{ text: "区工信局", bold: true }, { text: "、区发改局", bold: false }] });
    expect(cat.rows[2]).toEqual([2, "地区生产总值增长6%左右", "区发改局"]);
    expect([...cat.boldCells!].sort()).toEqual(["0,0", "0,1", "0,2", "3,2"]);
    expect(cat.merges).toEqual(["B4:C4"]);
    expect(one.rows).toEqual([["只有一格"]]);
    expect(empty.rows).toEqual([]);
  });

  test("a column without bold costs one Font call; Characters only for the mixed cell", async () => {
    const rows: CellValue[][] = [["序号", "进展情况"], ...Array.from({ length: 500 }, (_, i) => [i + 1, `第${i + 1}行`])];
    rows[200][1] = { richText: [{ text: "区工信局", bold: true }, { text: "、区财政局", bold: false }] };
    const { fake, roots } = setup({ sheets: [{ name: "进展填报", rows, boldCells: new Set(["0,0", "0,1"]) }] });
    const book = await createWpsPort(roots, { tick: immediate }).read();
    expect(book.sheets[0].rows[200][1]).toEqual(rows[200][1]);
    expect(fake.callCount("Range.Font")).toBeLessThan(60);
    expect(fake.callCount("Range.Characters")).toBeLessThan(12);
    expect(fake.callCount("Range.Value2")).toBe(1);
  });

  test("a formula the host could not evaluate reads as its error value", async () => {
    const { roots } = setup({ sheets: [{ name: "S", rows: [["a", { error: "#NAME?" }]] }] });
    const book = await createWpsPort(roots, { tick: immediate }).read();
    expect(book.sheets[0].rows[0]).toEqual(["a", { error: "#NAME?" }]);
    expect(NAME_ERROR).toBeLessThan(0);
  });

  test("no open workbook is HOST_WPS_NO_WORKBOOK", async () => {
    const { fake, roots } = setup(small);
    fake.hasWorkbook = false;
    await expect(createWpsPort(roots, { tick: immediate }).read()).rejects.toMatchObject({ code: "HOST_WPS_NO_WORKBOOK" });
  });

  test("outside WPS there are no roots", () => {
    expect(findEtRoots({})).toBeNull();
    expect(findEtRoots({ Application: {} })).toBeNull();
  });

  test("cancel between sheets", async () => {
    const { roots } = setup(small);
    const controller = new AbortController();
    controller.abort();
    await expect(createWpsPort(roots, { tick: immediate }).read({ signal: controller.signal })).rejects.toMatchObject({ code: "HOST_CANCELLED" });
  });
});

describe("write", () => {
  const patch: WorkbookPatch = {
    sheets: [
      {
        name: "校验结果",
        titleRows: ["校验结果（截至 2024-07-10）"],
        columns: [
          { header: "序号", width: 6 },
          { header: "结果", width: 12, conditionalFills: [{ equals: "错误", fill: "red" }, { equals: "提示", fill: "blue" }] },
          { header: "状态", validation: { kind: "list", values: ["已完成", "序时推进"] } },
          { header: "完成率", numberFormat: "0.0%" },
          { header: "说明", validation: { kind: "textLength", max: 200 }, wrap: true },
        ],
        rows: [
          [1, "错误", "已完成", 0.5, "=cmd|' /C calc'!A0"],
          [2, "提示", "序时推进", 0.25, { richText: [{ text: "区民政局", bold: true }, { text: "、区财政局", bold: false }] }],
        ],
        dataBarColumns: [3],
        links: [{ row: 0, col: 0, sheet: "任务清单", address: "A2" }],
      },
    ],
    columns: [{ sheet: "任务清单", headerRow: 0, col: 3, spec: { header: "校验状态", conditionalFills: [{ equals: "错误", fill: "red" }] }, values: new Map<number, CellValue>([[1, "错误"], [2, "通过"]]) }],
    summary: [],
  };

  test("renders exactly the patch's cells, formats with numeric enums, runs and the column note", async () => {
    const { fake, roots } = setup(small);
    await createWpsPort(roots, { tick: immediate }).apply(patch);
    expect(fake.rowsOf("校验结果")).toEqual(renderSheetRows(patch.sheets[0]).map((r) => {
      const row = r.slice();
      while (row.length < 5) row.push(null);
      return row;
    }));
    const sheet = fake.sheet("校验结果");
    expect(fake.cell("校验结果", "A2")!.bold).toBe(true);
    expect(fake.cell("校验结果", "B2")!.fill).toBe(0xf2e1d9);
    expect(sheet.conditions.filter((c) => c.kind === "cellValue").map((c) => [c.Type, c.Operator, c.Formula1, c.fill])).toEqual([
      [XL.cellValue, XL.equal, '="错误"', 0xcec7ff],
      [XL.cellValue, XL.equal, '="提示"', 0xeed7bd],
    ]);
    expect(sheet.conditions.filter((c) => c.kind === "databar").map((c) => [c.min, c.max])).toEqual([[[0, "0"], [0, "1"]]]);
    expect(sheet.validations.map((v) => [v.Type, v.Operator, v.Formula1, v.ErrorMessage])).toEqual([
      [XL.validateList, XL.between, "已完成,序时推进", "请从下拉列表中选择：已完成、序时推进"],
      [XL.validateTextLength, XL.lessEqual, "200", "不超过 200 字"],
    ]);
    expect(fake.cell("校验结果", "D3")!.numberFormat).toBe("0.0%");
    expect(fake.cell("校验结果", "E3")!.formula).toBeUndefined();
    expect(fake.cell("校验结果", "E4")!.chars!.map(Number).join("")).toBe("1111" + "00000");
    expect(sheet.widths.get(1)).toBe(12);
    expect(sheet.links).toEqual([{ row: 2, col: 0, subAddress: "'任务清单'!A2", text: "1" }]);
    // The plan's messages: the text-length rule also prompts when the cell is selected.
    expect(sheet.validations.map((v) => [v.InputTitle, v.InputMessage])).toEqual([
      ["", ""],
      ["字数上限", "请简明扼要，不超过 200 字"],
    ]);
    expect(sheet.validations[1].ShowInput).toBe(true);
    // Printable: A4 landscape, one page wide, title and header rows repeated, grid lines.
    expect(sheet.page).toEqual({
      Orientation: 2,
      PaperSize: 9,
      Zoom: false,
      FitToPagesWide: 1,
      FitToPagesTall: false,
      PrintTitleRows: "$1:$2",
      PrintGridlines: true,
      LeftMargin: 36,
      RightMargin: 36,
      TopMargin: 43.2,
      BottomMargin: 43.2,
    });
    expect(fake.rowsOf("任务清单").map((r) => r[3] ?? null)).toEqual(["校验状态", "错误", "通过", null]);
    expect(fake.cell("任务清单", "D1")!.comment).toBe(COLUMN_NOTE);
  });

  test("a second run regenerates the sheet in place: no stale rows, no doubled rules", async () => {
    const { fake, roots } = setup(small);
    const port = createWpsPort(roots, { tick: immediate });
    await port.apply(patch);
    const shorter: WorkbookPatch = { ...patch, sheets: [{ ...patch.sheets[0], rows: [patch.sheets[0].rows[0]] }] };
    await port.apply(shorter);
    expect(fake.rowsOf("校验结果")).toHaveLength(3);
    expect(fake.sheet("校验结果").validations).toHaveLength(2);
    expect(fake.sheet("校验结果").conditions.filter((c) => c.kind === "cellValue")).toHaveLength(2);
    expect(fake.sheets.map((s) => s.name)).toEqual(["任务清单", "单格", "空表", "校验结果"]);
  });

  test("screen updating, calculation, events and alerts are switched off and restored", async () => {
    const { fake, roots } = setup(small);
    await createWpsPort(roots, { tick: immediate }).apply(patch);
    expect(fake.flags).toEqual({ ScreenUpdating: true, Calculation: -4105, EnableEvents: true, DisplayAlerts: true });
    expect(fake.flagLog.slice(0, 4)).toEqual([["ScreenUpdating", false], ["EnableEvents", false], ["DisplayAlerts", false], ["Calculation", XL.calculationManual]]);
  });

  test("a failing write restores every flag and leaves as HOST_WPS_WRITE_FAILED with the cause", async () => {
    const { fake, roots } = setup(small, { failOn: "Value2=" });
    const err = await createWpsPort(roots, { tick: immediate }).apply(patch).catch((e) => e);
    expect(err).toBeInstanceOf(DubanError);
    expect(err.code).toBe("HOST_WPS_WRITE_FAILED");
    expect(String(err.cause)).toMatch(/injected failure/);
    expect(fake.flags).toEqual({ ScreenUpdating: true, Calculation: -4105, EnableEvents: true, DisplayAlerts: true });
  });

  test("a cancel between sheets still restores the flags", async () => {
    const { fake, roots } = setup(small);
    const controller = new AbortController();
    controller.abort();
    await expect(createWpsPort(roots, { tick: immediate }).apply(patch, { signal: controller.signal })).rejects.toMatchObject({ code: "HOST_CANCELLED" });
    expect(fake.flags.ScreenUpdating).toBe(true);
    expect(fake.flags.Calculation).toBe(-4105);
  });

  test("a column for a missing sheet is HOST_WPS_SHEET_NOT_FOUND (HOST_WPS_NOT_FOUND is WPS itself missing)", async () => {
    const { roots } = setup(small);
    const bad: WorkbookPatch = { sheets: [], columns: [{ ...patch.columns[0], sheet: "没有" }], summary: [] };
    await expect(createWpsPort(roots, { tick: immediate }).apply(bad)).rejects.toMatchObject({ code: "HOST_WPS_SHEET_NOT_FOUND", message: "写入工作簿失败：找不到工作表「没有」。" });
  });

  test("selectCell activates the sheet and selects the cell", async () => {
    const { fake, roots } = setup(small);
    await createWpsPort(roots).selectCell("单格", "A1");
    expect(fake.activeSheet).toBe("单格");
    expect(fake.selection).toEqual({ sheet: "单格", address: "A1" });
    await expect(createWpsPort(roots).selectCell("没有", "A1")).rejects.toMatchObject({ code: "HOST_WPS_SHEET_NOT_FOUND", message: "找不到工作表「没有」。" });
  });
});

describe("member variations across WPS builds", () => {
  test("ActiveWorkbook and UsedRange as zero-argument methods", async () => {
    const { roots } = setup(small, { asMethods: ["ActiveWorkbook", "UsedRange"] });
    const book = await createWpsPort(roots, { tick: immediate }).read();
    expect(book.sheets[0].rows[2]).toEqual([2, "地区生产总值增长6%左右", "区发改局"]);
  });

  test.each([
    ["CreateTaskPane on Application", {}],
    ["CreateTaskpane spelling", { taskPaneMember: "CreateTaskpane" as const }],
    ["task-pane members only on wps", { onlyOnWps: ["CreateTaskPane", "GetTaskPane", "PluginStorage"] }],
  ])("the task pane opens once and is reused: %s", (_name, options) => {
    const { fake, roots } = setup(small, options);
    const first = showTaskPane(roots, "http://127.0.0.1/taskpane.html", "督办助手");
    expect(first.Visible).toBe(true);
    showTaskPane(roots, "http://127.0.0.1/taskpane.html?action=validate&t=1", "督办助手");
    expect(fake.panes).toHaveLength(1);
    expect(fake.panes[0].navigations).toEqual(["http://127.0.0.1/taskpane.html", "http://127.0.0.1/taskpane.html?action=validate&t=1"]);
  });

  test("a build without task panes is HOST_WPS_NO_TASKPANE", () => {
    const { roots } = setup(small, { onlyOnWps: ["CreateTaskPane"] });
    const appOnly: EtRoots = { app: roots.app, all: [roots.app] };
    expect(() => showTaskPane(appOnly, "x", "t")).toThrow(expect.objectContaining({ code: "HOST_WPS_NO_TASKPANE" }));
  });

  test("the strict fake throws on members the ET model does not have", () => {
    const { roots } = setup(small);
    expect(() => (roots.app as unknown as Record<string, unknown>).Workbook).toThrow(/no member "Workbook"/);
  });
});

describe("the sample workbook (seeds/sample-yicheng.xlsx): same results as the CLI", () => {
  const today = "2024-07-10";
  let book: WorkbookData;
  beforeAll(async () => {
    book = await readWorkbookFile(path.resolve(__dirname, "../../../seeds/sample-yicheng.xlsx"));
  });

  function codes(b: WorkbookData) {
    return analyzeWorkbook(b, { today }).findings.map((f) => [f.code, f.sheet, f.address, f.message]);
  }

  test("findings through the WPS port equal the engine's on the file", async () => {
    const { roots } = setup(book);
    const viaWps = await createWpsPort(roots, { tick: immediate }).read();
    expect(codes(viaWps)).toEqual(codes(book));
    expect(codes(book).length).toBeGreaterThan(0);
  });

  test("validate and roll up: every rendered cell is what the patch says", async () => {
    const { fake, roots } = setup(book);
    const port = createWpsPort(roots, { tick: immediate });
    const analysis = analyzeWorkbook(await port.read(), { today });
    const patches = [validationPatch(analysis), rollupPatch(analysis)];
    for (const p of patches) await port.apply(p);
    const text = (v: unknown) => (isRichText(v as CellValue) ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("") : cellText(v as CellValue));
    for (const p of patches) {
      for (const sheet of p.sheets) {
        const want = renderSheetRows(sheet).map((r) => r.map(text));
        const got = fake.rowsOf(sheet.name).map((r) => r.map(text));
        want.forEach((row, r) => row.forEach((cell, c) => expect([sheet.name, r, c, got[r]?.[c] ?? ""]).toEqual([sheet.name, r, c, cell])));
      }
      for (const col of p.columns) {
        const rows = fake.rowsOf(col.sheet);
        expect(text(rows[col.headerRow][col.col])).toBe(col.spec.header);
        for (const [r, v] of col.values) expect([r, text(rows[r]?.[col.col])]).toEqual([r, text(v)]);
      }
    }
    // The typed sheets are untouched apart from the appended column.
    const progress = book.sheets.find((s) => s.name === analysis.progressLayout!.sheet)!;
    const after = fake.rowsOf(progress.name);
    progress.rows.forEach((row, r) => row.forEach((cell, c) => expect(text(after[r][c])).toBe(text(cell))));
  });
});
