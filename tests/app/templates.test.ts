import { blankForm, catalogueForm, unitForms, unitsOfBook } from "../../src/app/templates";
import { NewWorkbook, WorkbookPort } from "../../src/app/ports";
import { contractBook } from "../hosts/portContract";
import { describeUseCaseContract } from "./useCaseContract";
import { cellsOf } from "./contractHosts";
import { createMemoryPort } from "../../src/hosts/memory/memoryPort";

const TODAY = "2024-07-10";

/** The new workbooks a use case opens, kept by name so their cells can be read back through their ports. */
function keepOpened(newWorkbook: NewWorkbook): { open: NewWorkbook; cells(fileName: string): Promise<Record<string, string[][]>> } {
  const opened = new Map<string, WorkbookPort>();
  return {
    open: (fileName) => {
      const port = newWorkbook(fileName);
      opened.set(fileName, port);
      return port;
    },
    cells: (fileName) => cellsOf(opened.get(fileName)!),
  };
}

/** One form per unit from the open workbook's catalogue: the same files, the same cells, from every host. */
describeUseCaseContract("per-unit forms", {
  book: contractBook,
  writes: false,
  createsWorkbooks: true,
  run: async (port, newWorkbook) => {
    const books = keepOpened(newWorkbook);
    const { year, forms } = await unitForms(port, { today: TODAY, extraUnits: [{ name: "区统计局", aliases: [], category: "区直部门", leader: "" }], keep: (a) => a.units.map((u) => u.name) }, books.open);
    return { year, forms: await Promise.all(forms.map(async (f) => ({ unit: f.unit, tasks: f.tasks, fileName: f.fileName, summary: f.summary, cells: await books.cells(f.fileName) }))) };
  },
  expectReference: (result, cells) => {
    expect(result.year).toBe(2024);
    expect(result.forms.map((f) => f.unit)).toEqual(expect.arrayContaining(["区工信局", "区财政局", "区民政局"]));
    for (const f of result.forms) expect(f.fileName).toContain(f.unit);
    const progress = result.forms[0].cells["进展填报"];
    expect(progress.length).toBeGreaterThan(1);
    // Only the unit's own tasks.
    const finance = result.forms.find((f) => f.unit === "区财政局")!;
    expect(finance.cells["任务清单"].flat().join("")).not.toContain("新增规上工业企业25家以上");
    expect(Object.keys(cells).sort()).toEqual(contractBook().sheets.map((s) => s.name).sort());
  },
});

/** The whole catalogue in one form. */
describeUseCaseContract("catalogue form", {
  book: contractBook,
  writes: false,
  createsWorkbooks: true,
  run: async (port, newWorkbook) => {
    const books = keepOpened(newWorkbook);
    const { fileName, summary } = await catalogueForm(port, { today: TODAY, keep: () => null }, books.open, "填报表.xlsx");
    return { fileName, summary, cells: await books.cells(fileName) };
  },
  expectReference: (result) => {
    expect(result.fileName).toBe("填报表.xlsx");
    expect(result.cells["任务清单"].flat().join("")).toContain("新增规上工业企业25家以上");
    expect(Object.keys(result.cells)).toEqual(expect.arrayContaining(["任务清单", "进展填报", "单位", "设置"]));
  },
});

/** The blank form (no workbook read): its units from another workbook's 单位, read through the host's port. */
describeUseCaseContract("blank form", {
  book: contractBook,
  writes: false,
  createsWorkbooks: true,
  run: async (port, newWorkbook) => {
    const books = keepOpened(newWorkbook);
    const units = await unitsOfBook(port);
    await blankForm(books.open, "空白.xlsx", units, 2024);
    return { units: units.map((u) => u.name), cells: await books.cells("空白.xlsx") };
  },
  expectReference: (result) => {
    expect(result.units).toEqual(expect.arrayContaining(["区工信局", "区财政局"]));
    expect(result.cells["单位"].flat()).toEqual(expect.arrayContaining(["区工信局", "区财政局"]));
    expect(result.cells["任务清单"].length).toBe(1);
  },
});

test("a form is written only through the new workbook the use case opened, under its name", async () => {
  const opened: string[] = [];
  const { summary } = await blankForm((name) => (opened.push(name), createMemoryPort({ sheets: [] })), "空白.xlsx", [], 2024);
  expect(opened).toEqual(["空白.xlsx"]);
  expect(summary.length).toBeGreaterThan(0);
});
