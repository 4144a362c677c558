import { hasMember } from "../../../src/hosts/wps/etRoot";
import { bgr, FILL_COLORS, fromValue2, toValue2, value2Grid } from "../../../src/hosts/wps/cellValues";
import { tristate } from "../../../src/hosts/wps/readWorkbook";

describe("fromValue2", () => {
  test("empty cells in any of the shapes a build may use are null", () => {
    expect([undefined, null, ""].map(fromValue2)).toEqual([null, null, null]);
  });
  test("numbers, text and booleans pass; COM error variants become error values", () => {
    expect(fromValue2(45473)).toBe(45473);
    expect(fromValue2("区发改局")).toBe("区发改局");
    expect(fromValue2(true)).toBe(true);
    expect(fromValue2(-2146826246)).toEqual({ error: "#N/A" });
    expect(fromValue2(-2146826281)).toEqual({ error: "#DIV/0!" });
  });
});

describe("value2Grid", () => {
  test("a scalar for one cell, a 2-D array for a block", () => {
    expect(value2Grid("a", 1, 1)).toEqual([["a"]]);
    expect(value2Grid([["a", "b"], ["c", undefined]], 2, 2)).toEqual([["a", "b"], ["c", undefined]]);
  });
  test("a flat array for one row or one column", () => {
    expect(value2Grid(["a", "b", "c"], 1, 3)).toEqual([["a", "b", "c"]]);
    expect(value2Grid(["a", "b"], 2, 1)).toEqual([["a"], ["b"]]);
  });
});

describe("toValue2", () => {
  test("text ET would reinterpret keeps a leading apostrophe", () => {
    expect(toValue2("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(toValue2("2024-06-30")).toBe("'2024-06-30");
    expect(toValue2("-5")).toBe("'-5");
    expect(toValue2("已完成")).toBe("已完成");
  });
  test("rich text is written as its text (runs are set afterwards), null as empty", () => {
    expect(toValue2({ richText: [{ text: "区民政局", bold: true }, { text: "、区财政局", bold: false }] })).toBe("区民政局、区财政局");
    expect(toValue2(null)).toBe("");
    expect(toValue2(Number.NaN)).toBe("");
  });
});

test("colours are BGR integers, as ET's Color expects", () => {
  expect(bgr("#FF0000")).toBe(0x0000ff);
  expect(bgr("#0000FF")).toBe(0xff0000);
  expect(FILL_COLORS.red.fill).toBe(0xcec7ff);
});

test("tristate: booleans, COM's -1/0, anything else is mixed", () => {
  expect([true, false, -1, 0, 1, null, undefined, 9999999].map(tristate)).toEqual([true, false, true, false, true, null, null, null]);
});

describe("hasMember", () => {
  test("a member a native bridge hides from `in` is still found by reading it", () => {
    const hidden = new Proxy({}, { has: () => false, get: (_t, k) => (k === "ActiveWorkbook" ? {} : undefined) });
    expect(hasMember(hidden, "ActiveWorkbook")).toBe(true);
    expect(hasMember(hidden, "Nope")).toBe(false);
  });
  test("a host that throws on unknown members means no", () => {
    const strictHost = new Proxy({}, { get: () => { throw new Error("no member"); } });
    expect(hasMember(strictHost, "CreateTaskpane")).toBe(false);
    expect(hasMember(null, "x")).toBe(false);
  });
});
