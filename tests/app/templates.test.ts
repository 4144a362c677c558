import { catalogueForm, unitForms } from "../../src/app/templates";
import { renderSheetRows, WorkbookPatch } from "../../src/core/output";
import { contractBook } from "../hosts/portContract";
import { describeUseCaseContract } from "./useCaseContract";
import { texts } from "./contractHosts";

const TODAY = "2024-07-10";

/** A form as the cells of each of its sheets. */
const cellsOfForm = (patch: WorkbookPatch) => patch.sheets.map((s) => [s.name, texts(renderSheetRows(s))]);

/** One form per unit from the open workbook's catalogue: the same files, the same cells, from every host. */
describeUseCaseContract("per-unit forms", {
  book: contractBook,
  writes: false,
  run: async (port) => {
    const { year, forms } = await unitForms(port, { today: TODAY, extraUnits: [{ name: "区统计局", aliases: [], category: "区直部门", leader: "" }], keep: (a) => a.units.map((u) => u.name) });
    return { year, forms: forms.map((f) => ({ unit: f.unit, tasks: f.tasks, fileName: f.fileName, cells: cellsOfForm(f.patch) })) };
  },
  expectReference: (result, cells) => {
    expect(result.year).toBe(2024);
    expect(result.forms.map((f) => f.unit)).toEqual(expect.arrayContaining(["区工信局", "区财政局", "区民政局"]));
    for (const f of result.forms) expect(f.fileName).toContain(f.unit);
    const progress = result.forms[0].cells.find(([name]) => name === "进展填报");
    expect(progress).toBeDefined();
    expect(Object.keys(cells).sort()).toEqual(contractBook().sheets.map((s) => s.name).sort());
  },
});

/** The whole catalogue in one form. */
describeUseCaseContract("catalogue form", {
  book: contractBook,
  writes: false,
  run: async (port) => cellsOfForm((await catalogueForm(port, { today: TODAY, keep: () => null })).patch),
  expectReference: (result) => {
    const catalogue = result.find(([name]) => name === "任务清单")![1] as string[][];
    expect(catalogue.flat().join("")).toContain("新增规上工业企业25家以上");
  },
});
