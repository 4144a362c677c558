/**
 * Office.js: an autofilter people set on the progress sheet is widened over duban's columns (the core's
 * widenFilter), each column keeping its criterion, in the same few syncs; without ExcelApi 1.9, or with
 * a criterion that cannot be given back, the filter stays exactly as it was.
 */
import { createExcelMock, FakeSheetInit } from "./excelMock";
import { createExcelPort } from "../../../src/hosts/excel";
import { filteredTableRows, statusColumnsPatch } from "../../support/filteredTable";

/** A1:F20: a header and 19 reports, as typed (备注 left empty). */
function progress(autoFilter?: FakeSheetInit["autoFilter"]): FakeSheetInit {
  return { name: "进展填报", rows: filteredTableRows(""), autoFilter };
}

const patch = () => statusColumnsPatch();

const onUnit = { filterOn: "Values", values: ["区发改局"] } as Excel.FilterCriteria;

describe("Excel: an existing autofilter and duban's columns", () => {
  test("a filter over A1:F20 with a criterion on C covers G:H afterwards, the criterion on C still there", async () => {
    const mock = createExcelMock([progress({ range: "A1:F20", criteria: { 2: onUnit } })]);
    await createExcelPort(mock.env).apply(patch());
    expect(mock.filterOf("进展填报")).toEqual({ ref: "A1:H20", criteria: { 2: onUnit } });
    // The lookup rides on the first sync, the criteria on the next; one request more than a book without a filter.
    expect(mock.syncs).toBe(3);
    expect(mock.sheet("进展填报")!.grid[0].slice(6)).toEqual(["校验状态", "校验说明"]);
  });

  test("every filtered column keeps its criterion, a custom pair with its operator included", async () => {
    const custom = { filterOn: "Custom", criterion1: ">=5", operator: "Or", criterion2: "<2" } as Excel.FilterCriteria;
    const mock = createExcelMock([progress({ range: "A1:F20", criteria: { 0: custom, 2: onUnit } })]);
    await createExcelPort(mock.env).apply(patch());
    expect(mock.filterOf("进展填报")).toEqual({ ref: "A1:H20", criteria: { 0: custom, 2: onUnit } });
  });

  test("a sheet without a filter gets none", async () => {
    const mock = createExcelMock([progress()]);
    await createExcelPort(mock.env).apply(patch());
    expect(mock.filterOf("进展填报")).toBeNull();
    expect(mock.syncs).toBe(2);
    expect(mock.log.filter((l) => /autoFilter/i.test(l))).toEqual([]);
  });

  test("a filter with a gap before duban's columns, or on another header row, stays as it was", async () => {
    for (const range of ["A1:D20", "A2:F20"]) {
      const mock = createExcelMock([progress({ range, criteria: { 1: { filterOn: "Custom", criterion1: "=任务1*" } as Excel.FilterCriteria } })]);
      await createExcelPort(mock.env).apply(patch());
      expect(mock.filterOf("进展填报")).toEqual({ ref: range, criteria: { 1: { filterOn: "Custom", criterion1: "=任务1*" } } });
      expect(mock.log.filter((l) => /autoFilter/i.test(l))).toEqual([]);
    }
  });

  test("without ExcelApi 1.9 the filter is left as it is and the columns are still written", async () => {
    const mock = createExcelMock([progress({ range: "A1:F20", criteria: { 2: onUnit } })], "1.8");
    await createExcelPort(mock.env).apply(patch());
    expect(mock.filterOf("进展填报")).toEqual({ ref: "A1:F20", criteria: { 2: onUnit } });
    expect(mock.sheet("进展填报")!.grid[0][6]).toBe("校验状态");
  });

  test("a criterion duban cannot give back (a rich-value subfield) leaves the whole filter as it was", async () => {
    const rich = { filterOn: "Values", values: ["北京"], subField: "Population" } as Excel.FilterCriteria;
    const mock = createExcelMock([progress({ range: "A1:F20", criteria: { 2: onUnit, 3: rich } })]);
    await createExcelPort(mock.env).apply(patch());
    expect(mock.filterOf("进展填报")).toEqual({ ref: "A1:F20", criteria: { 2: onUnit, 3: rich } });
  });

  test("the mock refuses what Excel refuses: a criterion as `criteria` reports it, nulls and all", () => {
    const mock = createExcelMock([progress({ range: "A1:F20" })]);
    const filter = (mock.sheet("进展填报")!.proxy as unknown as Excel.Worksheet).autoFilter;
    expect(() => filter.apply("A1:F20", 2, { ...onUnit, criterion1: null } as unknown as Excel.FilterCriteria)).toThrow(/InvalidArgument/);
    expect(() => filter.apply("A1:F20", 6, onUnit)).toThrow(/column index/);
    expect(() => (filter as unknown as Record<string, unknown>).reapplyAll).toThrow(/no member/);
  });
});
