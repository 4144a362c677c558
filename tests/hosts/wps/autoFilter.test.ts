/**
 * WPS ET (strict fake): an autofilter people set on the progress sheet is widened over duban's columns
 * (the core's widenFilter), each filtered column keeping its criteria; a filter the rule leaves alone, or
 * one holding a colour criterion, stays exactly as it was; result sheets get their filter as elsewhere.
 */
import { createFakeEt, FakeEt, FakeFilterField, FakeSheetInput } from "./fakeEt";
import { createWpsPort, findEtRoots } from "../../../src/hosts/wps";
import type { EtWorksheet } from "../../../src/hosts/wps/etTypes";
import { WorkbookPatch } from "../../../src/core/output";
import { filteredTableRows, statusColumnsPatch } from "../../support/filteredTable";

/** A1:F20: a header and 19 reports, as typed. */
function progress(autoFilter?: FakeSheetInput["autoFilter"]): FakeSheetInput {
  return { name: "进展填报", rows: filteredTableRows(), autoFilter };
}

const patch = (sheets: WorkbookPatch["sheets"] = []) => statusColumnsPatch({ sheets });

async function run(input: FakeSheetInput[], p: WorkbookPatch = patch()): Promise<FakeEt> {
  const fake = createFakeEt({ sheets: input });
  const scope: Record<string, unknown> = {};
  fake.install(scope);
  await createWpsPort(findEtRoots(scope)!, { tick: () => Promise.resolve() }).apply(p);
  return fake;
}

const onUnit: FakeFilterField = { criteria1: "=区发改局", operator: 0 };

describe("WPS: an existing autofilter and duban's columns", () => {
  test("a filter over A1:F20 with a criterion on C covers G:H afterwards, the criterion on C still there", async () => {
    const fake = await run([progress({ range: "A1:F20", fields: { 3: onUnit } })]);
    expect(fake.filterOf("进展填报")).toEqual({ ref: "A1:H20", fields: { 3: onUnit } });
    expect(fake.cell("进展填报", "G1")?.value).toBe("校验状态");
  });

  test("every filtered column keeps its criteria: an or-pair, a value list, a top-10", async () => {
    const fields: Record<number, FakeFilterField> = {
      1: { criteria1: ">=5", operator: 2, criteria2: "<2" },
      3: { criteria1: ["区发改局", "区财政局"], operator: 7 },
      4: { criteria1: "3", operator: 3 },
    };
    const fake = await run([progress({ range: "A1:F20", fields })]);
    expect(fake.filterOf("进展填报")).toEqual({ ref: "A1:H20", fields });
  });

  test("a filter without criteria is widened and stays without", async () => {
    const fake = await run([progress({ range: "A1:F20" })]);
    expect(fake.filterOf("进展填报")).toEqual({ ref: "A1:H20", fields: {} });
  });

  test("a sheet without a filter gets none", async () => {
    const fake = await run([progress()]);
    expect(fake.filterOf("进展填报")).toBeNull();
  });

  test("a filter with a gap before duban's columns, or on another header row, stays as it was", async () => {
    for (const range of ["A1:D20", "A2:F20"]) {
      const fake = await run([progress({ range, fields: { 2: { criteria1: "=任务1*", operator: 0 } } })]);
      expect(fake.filterOf("进展填报")).toEqual({ ref: range, fields: { 2: { criteria1: "=任务1*", operator: 0 } } });
    }
  });

  test("a colour criterion, which cannot be given back as it was, leaves the whole filter as it was", async () => {
    const fields: Record<number, FakeFilterField> = { 3: onUnit, 4: { criteria1: 255, operator: 8 } };
    const fake = await run([progress({ range: "A1:F20", fields })]);
    expect(fake.filterOf("进展填报")).toEqual({ ref: "A1:F20", fields });
  });

  test("a result sheet gets its filter over the table, replacing one a reused sheet kept", async () => {
    const sheet = { name: "校验结果", titleRows: ["校验结果"], columns: [{ header: "级别" }, { header: "说明" }], rows: [["错误", "甲"], ["警告", "乙"]], autoFilter: true };
    const fake = await run([progress(), { name: "校验结果", rows: [["旧"], ["旧"]], autoFilter: { range: "A1:A2", fields: { 1: { criteria1: "=旧", operator: 0 } } } }], patch([sheet]));
    expect(fake.filterOf("校验结果")).toEqual({ ref: "A2:B4", fields: {} });
  });

  test("the fake refuses what ET would not take", () => {
    const fake = createFakeEt({ sheets: [progress({ range: "A1:F20" })] });
    const scope: Record<string, unknown> = {};
    fake.install(scope);
    // The adapter's own narrow types: the published ones declare Criteria1 a number.
    const ws = (scope.Application as Et.Application).ActiveWorkbook.Worksheets.Item(1) as unknown as EtWorksheet;
    expect(() => (ws.AutoFilterMode = true)).toThrow(/only be set to false/);
    expect(() => ws.Range("A1:H20").AutoFilter(3, "=x")).toThrow(/other than the sheet's filter/);
    expect(() => ws.Range("A1:F20").AutoFilter(7, "=x")).toThrow(/outside the range/);
    expect(() => ws.Range("A1:F20").AutoFilter(1, ">1", 2)).toThrow(/needs Criteria2/);
    expect(() => ws.AutoFilter!.Filters.Item(1).Criteria1).toThrow(/not filtered/);
  });
});
