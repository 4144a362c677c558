import { estimateBytes, fromExcelValue, toExcelValue } from "../../../src/hosts/excel/cellValues";

test("Office.js values to CellValue: empties, errors, scalars", () => {
  expect(fromExcelValue("", "Empty")).toBeNull();
  expect(fromExcelValue("#N/A", "Error")).toEqual({ error: "#N/A" });
  expect(fromExcelValue(45473, "Double")).toBe(45473);
  expect(fromExcelValue(true, "Boolean")).toBe(true);
  expect(fromExcelValue("区发改局", "String")).toBe("区发改局");
});

test("text Excel would reinterpret keeps its text through a leading apostrophe", () => {
  expect(toExcelValue("=SUM(A1)")).toBe("'=SUM(A1)");
  expect(toExcelValue("-11.5%")).toBe("'-11.5%");
  expect(toExcelValue("001")).toBe("'001");
  expect(toExcelValue("2024-06-30")).toBe("'2024-06-30");
  expect(toExcelValue("6月30日")).toBe("'6月30日");
  expect(toExcelValue("上半年新增7家")).toBe("上半年新增7家");
  expect(toExcelValue("ROW_UNKNOWN_TASK")).toBe("ROW_UNKNOWN_TASK");
});

test("core values to Office.js: numbers, blanks, rich text joined, errors as text", () => {
  expect(toExcelValue(0.5)).toBe(0.5);
  expect(toExcelValue(Number.NaN)).toBe("");
  expect(toExcelValue(null)).toBe("");
  expect(toExcelValue({ richText: [{ text: "区工信局", bold: true }, { text: "、区发改局", bold: false }] })).toBe("区工信局、区发改局");
  expect(toExcelValue({ error: "#REF!" })).toBe("#REF!");
});

test("byte estimates count Chinese as three bytes", () => {
  expect(estimateBytes("abc")).toBe(6 + 3);
  expect(estimateBytes("督办")).toBe(6 + 6);
  expect(estimateBytes(12)).toBe(12);
});
