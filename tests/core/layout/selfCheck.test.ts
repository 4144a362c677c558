import { buildLayoutPatch } from "../../../src/core/layout/buildLayout";
import { cleanLine, LIST_ROWS, SELF_CHECK_KINDS, SELF_CHECK_PLACEHOLDER, withSelfCheck } from "../../../src/core/layout/selfCheck";
import { OutputSheet, renderSheetRows } from "../../../src/core/output";
import { findHeader } from "../../../src/core/sheet/findHeader";
import { PROGRESS_HEADERS } from "../../../src/core/layout/headers";
import { perUnitPatches } from "../../../src/core/layout/perUnit";
import { analyzeWorkbook } from "../../../src/core/engine";
import { book, catalogueSheet, settingsSheet, unitsSheet } from "../../support/books";

const patch = withSelfCheck(buildLayoutPatch({ tasks: [], units: [], year: 2025, blankRows: 50 }));
const progress = patch.sheets.find((s) => s.name === "进展填报") as OutputSheet;
const formulas = [...(progress.formulaCells ?? []).map((c) => c.formula), ...(progress.formulaFormats ?? []).map((f) => f.formula)];

describe("the self-check of a fill-in workbook", () => {
  it("puts the 自查 line above the header, where the reader does not take it for the header", () => {
    const grid = renderSheetRows(progress);
    expect(grid[0]).toEqual([SELF_CHECK_PLACEHOLDER]);
    expect(findHeader(grid, PROGRESS_HEADERS, ["taskId", "unit", "text"])?.row).toBe(1);
    expect(progress.formulaCells).toEqual([expect.objectContaining({ row: 0, col: 0 })]);
  });

  it("uses only functions Excel, WPS and LibreOffice share, and no IF/AND/OR that would need an array formula", () => {
    for (const f of formulas) {
      const used = new Set([...f.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]));
      for (const fn of used) expect(["SUMPRODUCT", "SUMIF", "COUNTIF", "COUNTIFS", "COUNTA", "LEN", "TRIM", "LEFT", "VALUE", "ISERROR"]).toContain(fn);
      expect(f.length).toBeLessThan(8192);
      expect(f.startsWith("=")).toBe(false);
    }
  });

  it("reaches other sheets only through the names it defines, quoted where the sheet name is Chinese", () => {
    const defined = new Set((patch.definedNames ?? []).map((n) => n.name));
    for (const f of formulas) {
      expect(f.replace(/"[^"]*"/g, "")).not.toContain("!");
      for (const m of f.matchAll(/\b(duban_[a-z_]+)/g)) expect(defined).toContain(m[1]);
    }
    expect(patch.definedNames).toContainEqual({ name: "duban_ids", ref: `'任务清单'!$A$2:$A$${LIST_ROWS + 1}` });
  });

  it("marks every row that has drop-downs, column by column, and counts each kind on the line", () => {
    const refs = (progress.formulaFormats ?? []).map((f) => f.ref);
    expect(refs).toEqual(expect.arrayContaining(["D3:D52", "A3:A52", "E3:E52", "F3:F52", "C3:C52", "B3:B52", "A1:I1"]));
    const line = progress.formulaCells![0].formula;
    for (const kind of SELF_CHECK_KINDS) expect(line).toContain(`${kind} `);
    expect(line).toContain("$D$3:$D$52");
    expect(cleanLine()).toBe("自查：超长 0 处，必填为空 0 处，序号无效 0 处，状态无效 0 处，完成值非数字 0 处，报告期无效 0 处，单位无效 0 处。标色的单元格即待改之处。");
  });

  it("is in every per-unit form (the CLI's and the task pane's), over the prefilled rows and the blank ones", () => {
    const a = analyzeWorkbook(
      book(catalogueSheet([{ id: "1", lead: "区发改局" }, { id: "2", lead: "区财政局", co: "区发改局" }]), unitsSheet([["区发改局"], ["区财政局"]]), settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30"]])),
      { today: "2024-06-01" },
    );
    const forms = perUnitPatches(a);
    expect(forms.map((f) => f.unit).sort()).toEqual(["区发改局", "区财政局"]);
    for (const { patch: p } of forms) {
      const sheet = p.sheets.find((s) => s.name === "进展填报")!;
      expect(renderSheetRows(sheet)[0]).toEqual([SELF_CHECK_PLACEHOLDER]);
      expect(sheet.formulaCells).toHaveLength(1);
      expect(sheet.formulaFormats?.map((f) => f.ref)).toContain(`D3:D${2 + (sheet.validatedRows ?? 0)}`);
      expect(p.definedNames?.map((n) => n.name)).toContain("duban_ids");
    }
  });

  it("applies once: a patch that already checks itself is returned as it is", () => {
    expect(withSelfCheck(patch)).toBe(patch);
  });

  it("leaves the layout patch it is given unchanged", () => {
    const plain = buildLayoutPatch({ tasks: [], units: [], year: 2025 });
    const before = JSON.stringify(plain);
    withSelfCheck(plain);
    expect(JSON.stringify(plain)).toBe(before);
  });
});
