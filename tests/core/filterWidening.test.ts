/**
 * The one rule every host follows when it finds an autofilter on a sheet it appends columns to
 * (renderPlan's `filters` and `widenFilter`): which filters take in duban's columns, and how far.
 */
import { renderPlan, widenFilter } from "../../src/core/renderPlan";
import { AppendedColumn, WorkbookPatch } from "../../src/core/output";

function column(col: number, header: string, rows: number[], sheet = "进展填报", headerRow = 0): AppendedColumn {
  return { sheet, headerRow, col, spec: { header }, values: new Map(rows.map((r) => [r, "正常"])) };
}

const patch = (columns: AppendedColumn[]): WorkbookPatch => ({ sheets: [], columns, summary: [] });

describe("filter widening in the render plan", () => {
  it("gathers a sheet's columns into one widening: their span, header row and last value", () => {
    const plan = renderPlan(patch([column(6, "校验状态", [1, 2, 30]), column(7, "校验说明", [1, 5]), column(3, "其他", [9], "别的表", 2)]));
    expect(plan.filters).toEqual([
      { sheet: "进展填报", headerRows: [0], firstCol: 6, lastCol: 7, lastValueRow: 30 },
      { sheet: "别的表", headerRows: [2], firstCol: 3, lastCol: 3, lastValueRow: 9 },
    ]);
  });

  it("a sheet without appended columns has no widening", () => {
    expect(renderPlan(patch([])).filters).toEqual([]);
  });

  const w = { sheet: "进展填报", headerRows: [0], firstCol: 6, lastCol: 7, lastValueRow: 19 };

  it("widens a filter that ends next to our columns, keeping its top-left so criteria keep their index", () => {
    expect(widenFilter(w, { top: 0, left: 0, bottom: 19, right: 5 })).toEqual({ top: 0, left: 0, bottom: 19, right: 7 });
    expect(widenFilter(w, { top: 0, left: 2, bottom: 10, right: 5 })).toEqual({ top: 0, left: 2, bottom: 19, right: 7 });
  });

  it("widens a filter an earlier run left covering part of our columns", () => {
    expect(widenFilter(w, { top: 0, left: 0, bottom: 25, right: 6 })).toEqual({ top: 0, left: 0, bottom: 25, right: 7 });
  });

  it("leaves alone a filter already over our columns, one on another header row, and one with a gap before ours", () => {
    expect(widenFilter(w, { top: 0, left: 0, bottom: 19, right: 7 })).toBeNull();
    expect(widenFilter(w, { top: 0, left: 0, bottom: 19, right: 9 })).toBeNull();
    expect(widenFilter(w, { top: 3, left: 0, bottom: 19, right: 5 })).toBeNull();
    expect(widenFilter(w, { top: 0, left: 0, bottom: 19, right: 4 })).toBeNull();
  });
});
