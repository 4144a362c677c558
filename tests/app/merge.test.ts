import { mergeReturned } from "../../src/app/merge";
import { WorkbookData } from "../../src/core/sheet/cellValue";
import { DubanError } from "../../src/core/issues";
import { catalogueSheet, progressSheet } from "../support/books";
import { contractBook } from "../hosts/portContract";
import { describeUseCaseContract } from "./useCaseContract";

const TODAY = "2024-07-10";

/** A unit's returned workbook: the catalogue it was sent and the rows it filled in. */
function returned(unit: string, rows: { id: string; text: string; status?: string }[]): WorkbookData {
  return {
    sheets: [
      catalogueSheet([
        { id: "1", text: "新增规上工业企业25家以上。", lead: "区工信局" },
        { id: "2", lead: "区财政局", deadline: "2024-05-31" },
        { id: "3", lead: "区民政局" },
      ]),
      progressSheet(rows.map((r) => ({ ...r, unit }))),
    ],
  };
}

const SOURCES = [
  { name: "区财政局.xlsx", read: async () => returned("区财政局", [{ id: "2", text: "已完成预算调整。", status: "已完成" }]) },
  // The same task and period as the open workbook's row, said differently: a conflict listed, both kept.
  { name: "区工信局.xlsx", read: async () => returned("区工信局", [{ id: "1", text: "上半年新增规上工业企业9家。" }]) },
  { name: "损坏.xlsx", read: async () => Promise.reject(new DubanError("FILE_NOT_FOUND", { file: "损坏.xlsx" })) },
];

/** The pane's 合并回传表: the returned files merged into the open workbook, an unreadable one listed. */
describeUseCaseContract("merge returned workbooks into the open one", {
  book: contractBook,
  // The merged 进展填报 keeps its lists to choose from (完成状态, 报告期).
  needs: ["dataValidations"],
  run: async (port) => {
    const r = await mergeReturned(port, SOURCES, { today: TODAY, targetName: "当前工作簿", skipUnreadable: true });
    return { rowsIn: r.rowsIn, rowsOut: r.rowsOut, conflicts: r.conflicts.length, skipped: r.skipped.map((s) => `${s.name} ${s.code}`), summary: r.patch.summary };
  },
  expectReference: (result, cells) => {
    expect(result.skipped).toEqual(["损坏.xlsx FILE_NOT_FOUND"]);
    expect(result.rowsOut).toBeGreaterThanOrEqual(4);
    expect(cells["进展填报"].flat().join("")).toContain("已完成预算调整。");
    expect(cells["合并报告"]).toBeDefined();
  },
});
