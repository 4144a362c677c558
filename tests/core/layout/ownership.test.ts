import { claimPatch, readOwnership } from "../../../src/core/layout/ownership";
import { WorkbookPatch } from "../../../src/core/output";
import { WorkbookData } from "../../../src/core/sheet/cellValue";

const sheet = (name: string) => ({ name, rows: [] });
const patchOf = (...names: string[]): WorkbookPatch => ({
  sheets: names.map((name) => ({ name, columns: [{ header: "序号" }], rows: [] })),
  columns: [],
  summary: names.map((n) => `写入工作表「${n}」（0 行）`),
});

describe("claimPatch: where duban's sheets go", () => {
  it("writes beside an office's own 通报 and 汇总, never over them, and says so", () => {
    const book: WorkbookData = { sheets: [sheet("任务清单"), sheet("通报"), sheet("汇总"), sheet("汇总（督办助手）")] };
    const claimed = claimPatch(patchOf("通报", "汇总", "报送情况"), { sheetNames: book.sheets.map((s) => s.name), own: readOwnership(book) });
    // 汇总（督办助手） exists and is not duban's either: the next free name.
    expect(claimed.sheets.map((s) => s.name)).toEqual(["通报（督办助手）", "汇总（督办助手2）", "报送情况"]);
    expect(claimed.summary).toEqual(expect.arrayContaining(["写入工作表「通报（督办助手）」（0 行）", expect.stringContaining("已有「汇总」工作表（不是督办助手写的），已原样保留")]));
    expect(claimed.names).toEqual([
      { name: "_duban_sheet_bulletin", refersTo: "'通报（督办助手）'!$A$1" },
      { name: "_duban_sheet_rollup", refersTo: "'汇总（督办助手2）'!$A$1" },
      { name: "_duban_sheet_reporting", refersTo: "'报送情况'!$A$1" },
    ]);
  });

  it("regenerates the sheet its mark points at, even renamed, and ignores a mark at a sheet that is gone", () => {
    const book: WorkbookData = {
      sheets: [sheet("任务清单"), sheet("汇总"), sheet("本办汇总（旧）"), sheet("通报")],
      definedNames: [
        { name: "_DUBAN_SHEET_ROLLUP", refersTo: "'本办汇总（旧）'!$A$1" },
        { name: "_duban_sheet_bulletin", refersTo: "#REF!$A$1" },
      ],
    };
    const claimed = claimPatch(patchOf("汇总", "通报"), { sheetNames: book.sheets.map((s) => s.name), own: readOwnership(book) });
    expect(claimed.sheets.map((s) => s.name)).toEqual(["本办汇总（旧）", "通报（督办助手）"]);
  });

  it("stops before writing when duban's columns would run past XFD", () => {
    const patch: WorkbookPatch = { sheets: [], columns: [{ sheet: "进展填报", headerRow: 0, col: 16384, spec: { header: "校验状态" }, values: new Map() }], summary: [] };
    expect(() => claimPatch(patch, { sheetNames: ["进展填报"], own: readOwnership({ sheets: [sheet("进展填报")] }) })).toThrow(expect.objectContaining({ code: "BOOK_NO_FREE_COLUMN" }));
  });
});
