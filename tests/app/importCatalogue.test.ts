import { importIntoBook, writeCatalogueBook } from "../../src/app/importCatalogue";
import { importText } from "../../src/core/import";
import { contractBook } from "../hosts/portContract";
import { describeUseCaseContract } from "./useCaseContract";
import { cellsOf } from "./contractHosts";
import path from "node:path";
import { tempDir } from "../support/files";
import { createNewXlsxFilePort } from "../../src/hosts/xlsx/newFilePort";
import { createMemoryPort } from "../../src/hosts/memory/memoryPort";

/** A notice of the kind people paste, written here (not taken from any document). */
const NOTICE = [
  "关于印发2024年重点工作任务分解方案的通知",
  "一、经济发展",
  "1.地区生产总值增长6%左右。牵头单位：区发改局；责任单位：区统计局。完成时限：2024年12月底。",
  "2.新增规上工业企业25家以上。牵头单位：区工信局。完成时限：2024年11月底。",
  "二、民生保障",
  "3.新建城市社区食堂10处。牵头单位：区民政局；责任单位：各镇街。完成时限：2024年9月底。",
].join("\n");

/** Into the open workbook: 任务清单 replaced, 进展填报 and 设置 as they were. */
describeUseCaseContract("import into the open workbook", {
  book: contractBook,
  run: (port) => importIntoBook(port, importText(NOTICE), 2024),
  expectReference: (result, cells) => {
    expect(result.summary).toEqual(["写入工作表 任务清单（3 项任务）"]);
    expect(cells["任务清单"].flat().join("")).toContain("新建城市社区食堂10处");
    expect(cells["进展填报"]).toEqual(expect.arrayContaining([expect.arrayContaining(["上半年新增规上工业企业7家。"])]));
  },
});

/** A new catalogue workbook (duban import -o): the whole layout written into an empty workbook. */
describeUseCaseContract("catalogue workbook of an import", {
  book: () => ({ sheets: [{ name: "Sheet1", rows: [] }] }),
  // 进展填报's 完成状态 and 报告期 are lists to choose from.
  needs: ["dataValidations"],
  run: (port) => writeCatalogueBook(port, importText(NOTICE), { year: 2024, asOf: "2024-07-10" }),
  expectReference: (result, cells) => {
    expect(result.summary.length).toBeGreaterThan(0);
    for (const sheet of ["任务清单", "进展填报", "单位", "设置"]) expect([sheet, (cells[sheet] ?? []).length > 0]).toEqual([sheet, true]);
    expect(cells["单位"].flat()).toEqual(expect.arrayContaining(["区发改局", "区工信局", "区民政局"]));
  },
});

/** duban import -o: the same catalogue written as a new file through the new-file port, read back alike. */
test("the new-file port writes the same catalogue cells as memory, and a second patch builds on the first", async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = path.join(dir, "清单.xlsx");
    const port = createNewXlsxFilePort(file);
    expect(await port.read()).toEqual({ sheets: [] });
    const memory = createMemoryPort({ sheets: [] });
    for (const p of [port, memory]) await writeCatalogueBook(p, importText(NOTICE), { year: 2024, asOf: "2024-07-10" });
    expect(await cellsOf(port)).toEqual(await cellsOf(memory));
    for (const p of [port, memory]) await importIntoBook(p, importText(NOTICE.split("\n").slice(0, 3).join("\n")), 2024);
    const after = await cellsOf(port);
    expect(after).toEqual(await cellsOf(memory));
    expect(after["任务清单"].flat().join("")).not.toContain("新增规上工业企业");
  } finally {
    cleanup();
  }
});
