/**
 * The DUBAN.* functions registered for WPS against the Excel registration: every function of the shared
 * table is run through both (Excel's JSDoc wrappers with the CustomFunctions shim, WPS's through a fake
 * `wps.AddCustomFunction`) on the same inputs, and the results must agree; functions.json in the WPS
 * format must describe the same functions as Excel's generated metadata.
 */
import * as path from "path";
import { installCustomFunctionsShim, ShimError } from "../../functions/customFunctionsShim";
installCustomFunctionsShim();
import * as excel from "../../../functions/functions";
import { FUNCTION_DEFS, NAMESPACE } from "../../../functions/definitions";
import { registerWpsFunctions, wpsArg, wpsFunctionsJson, wpsType } from "../../../wps/functions";
import { findEtRoots, XL } from "../../../src/hosts/wps";
import { createFakeEt, FakeEt } from "./fakeEt";
import { serialFromIso } from "../../../src/core/text/dates";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

// Excel's wrappers answer at once once their chunk has arrived (functions/functions.ts).
beforeAll(() => excel.ready);

const OMIT = Symbol("omitted");
type Arg = unknown;

const AS_OF = serialFromIso("2024-06-30");
const UNITS = [["区工信局、区发改局"], ["区发改局"], ["区财政局"]];
const STATES = [["已完成"], ["序时推进"], ["已完成"]];

/** Inputs per function: successes, #VALUE! and #N/A cases, omitted optionals and ranges. */
const CASES: Record<string, Arg[][]> = {
  TARGET: [["地区生产总值增长6%左右"], ["新增规上工业企业25家以上", 1], ["实施500万元以上技改项目50个以上", OMIT], ["全面加强政府自身建设"], [""], ["增长6%", 0], ["地区生产总值增长6%左右", 3], [true]],
  TARGETS: [["地区生产总值增长6%左右"], ["新增规上工业企业25家以上，研发投入突破18亿元"], ["全面加强政府自身建设"]],
  ACTUAL: [["上半年新增规上工业企业7家"], ["上半年新增规上工业企业7家", "规上工业企业"], ["上半年新增规上工业企业7家", "地区生产总值"], ["正在推进"], ["上半年新增规上工业企业7家", OMIT]],
  RATIO: [["新增规上工业企业25家以上", "上半年新增规上工业企业7家"], ["工业园区营业收入突破80亿元", "工业园区实现营业收入45.25亿元"], ["新增规上工业企业25家以上", "正在推进"], ["", "x"]],
  EXPECTED: [[AS_OF], ["2024-06-30"], [AS_OF, serialFromIso("2024-01-01"), serialFromIso("2024-12-31")], [AS_OF, OMIT, OMIT], ["不是日期"], [OMIT], [AS_OF, serialFromIso("2024-12-31"), serialFromIso("2024-01-01")]],
  STATUS: [["新增规上工业企业25家以上", "上半年新增规上工业企业7家", AS_OF], ["地区生产总值增长6%左右", "上半年地区生产总值增长6.1%", "2024-06-30"], ["新增规上工业企业25家以上", "", AS_OF], ["x", "y", "z"]],
  RAG: [["新增规上工业企业25家以上", "上半年新增规上工业企业7家", AS_OF], ["工业园区营业收入突破80亿元", "工业园区实现营业收入45.25亿元", AS_OF], ["全面加强政府自身建设", "已完成", AS_OF]],
  DEADLINE: [["上半年完成", 2024], ["2024年5月底前完成"], ["5月底前完成", OMIT], ["全面推进", 2024], ["上半年", 24]],
  UNITRATIO: [["区发改局", UNITS, STATES], ["发改局", UNITS, STATES, [["区发展和改革局", "区发改局、发改局"]]], ["区财政局", UNITS, STATES, OMIT], ["区民政局", UNITS, STATES], ["区发改局", UNITS, [["已完成"]]]],
};

type Outcome = { value: unknown } | { error: string; message: string };

function excelOutcome(id: string, args: Arg[]): Outcome {
  const fn = (excel as unknown as Record<string, (...a: unknown[]) => unknown>)[id.toLowerCase()];
  try {
    return { value: fn(...args.map((a) => (a === OMIT ? undefined : a))) };
  } catch (err) {
    expect(err).toBeInstanceOf(ShimError);
    return { error: (err as ShimError).code, message: (err as ShimError).message ?? "" };
  }
}

function wpsOutcome(fake: FakeEt, id: string, args: Arg[]): Outcome {
  const registered = fake.functions.find((f) => f.name === id)!;
  // WPS passes an omitted optional as COM's DISP_E_PARAMNOTFOUND.
  const value = registered.fn(...args.map((a) => (a === OMIT ? XL.paramNotFound : a)));
  expect(value).not.toBeInstanceOf(Promise);
  if (typeof value === "string" && /^#(N\/A|VALUE!)：/.test(value)) {
    const [error, message] = value.split("：", 2);
    return { error, message: value.slice(error.length + 1) || message };
  }
  return { value };
}

let fake: FakeEt;
beforeAll(() => {
  fake = createFakeEt({ sheets: [{ name: "Sheet1", rows: [] }] });
  const scope: Record<string, unknown> = {};
  fake.install(scope);
  expect(registerWpsFunctions(findEtRoots(scope)!)).toBe(FUNCTION_DEFS.length);
});

describe("registration", () => {
  test("every function of the table is registered under DUBAN, names without dots", () => {
    expect(fake.functions.map((f) => [f.namespace, f.name])).toEqual(FUNCTION_DEFS.map((d) => [NAMESPACE, d.id]));
    for (const f of fake.functions) expect(f.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  test("the metadata handed to AddCustomFunction is functions.json's entry", () => {
    const json = wpsFunctionsJson().functions;
    fake.functions.forEach((f, i) => expect(f.metadata).toEqual({ description: json[i].description, result: json[i].result, parameters: json[i].parameters }));
  });

  test("AddCustomFunction found only on wps (some builds)", () => {
    const only = createFakeEt({ sheets: [{ name: "S", rows: [] }] }, { onlyOnWps: ["AddCustomFunction"] });
    const scope: Record<string, unknown> = {};
    only.install(scope);
    expect(registerWpsFunctions(findEtRoots(scope)!)).toBe(FUNCTION_DEFS.length);
  });

  test("a build without custom functions (before 12.1.0.20540) registers nothing and does not fail", () => {
    const old = createFakeEt({ sheets: [{ name: "S", rows: [] }] }, { noCustomFunctions: true });
    const scope: Record<string, unknown> = {};
    old.install(scope);
    expect(registerWpsFunctions(findEtRoots(scope)!)).toBe(0);
  });
});

describe("same results through the Excel and the WPS registration", () => {
  test("every function has cases", () => {
    expect(Object.keys(CASES).sort()).toEqual(FUNCTION_DEFS.map((d) => d.id).sort());
  });

  const rows = Object.entries(CASES).flatMap(([id, list]) => list.map((args, i) => [`${id} #${i + 1}`, id, args] as const));
  test.each(rows)("%s", (_label, id, args) => {
    const e = excelOutcome(id, args as Arg[]);
    const w = wpsOutcome(fake, id, args as Arg[]);
    expect(w).toEqual(e);
  });

  test("the cases cover successes, #VALUE! and #N/A", () => {
    const outcomes = rows.map(([, id, args]) => excelOutcome(id, args as Arg[]));
    expect(outcomes.some((o) => "value" in o)).toBe(true);
    expect(outcomes.some((o) => "error" in o && o.error === "#VALUE!")).toBe(true);
    expect(outcomes.some((o) => "error" in o && o.error === "#N/A")).toBe(true);
  });
});

describe("WPS arguments", () => {
  test("the missing-argument sentinel, a live Range and a Date", () => {
    expect(wpsArg(XL.paramNotFound)).toBeUndefined();
    expect(wpsArg({ Value2: [["区发改局"]] })).toEqual([["区发改局"]]);
    expect(wpsArg(new Date(2024, 5, 30))).toBe(serialFromIso("2024-06-30"));
    expect(wpsArg("文本")).toBe("文本");
  });
  test("a failure is the text of Excel's error value, message and code; what is no cell value is FN_BAD_ARGUMENT (zod)", () => {
    const target = fake.functions.find((f) => f.name === "TARGET")!.fn;
    expect(target("持续推进")).toMatch(/^#N\/A：未识别到量化目标.* \(FN_NO_TARGET\)$/);
    expect(target("增长6%", 0)).toBe("#VALUE!：序号应为正整数，收到「0」 (FN_BAD_INDEX)");
    expect(target({ Cells: 1 })).toBe("#VALUE!：任务或目标文本的类型无法识别（对象 object） (FN_BAD_ARGUMENT)");
    // Dates inside a range handed over become serials, as a single Date does.
    const unitRatio = fake.functions.find((f) => f.name === "UNITRATIO")!.fn;
    expect(unitRatio("区发改局", [["区发改局", new Date(2024, 5, 30)]], [["已完成", "已完成"]])).toBe(1);
  });
  test("a range passed as a live Range object gives the same result as its values", () => {
    const viaRange = fake.functions.find((f) => f.name === "UNITRATIO")!.fn("区发改局", { Value2: UNITS }, { Value2: STATES });
    expect(viaRange).toBe(excel.unitratio("区发改局", UNITS, STATES));
  });
});

describe("functions.json (WPS format)", () => {
  const json = wpsFunctionsJson();
  test("types: number[][] for ranges, ? for optional, no dimensionality or id keys", () => {
    expect(wpsType("number", true, true)).toBe("number[][]?");
    const unitratio = json.functions.find((f) => f.name === "UNITRATIO")!;
    expect(unitratio.parameters.map((p) => p.type)).toEqual(["string", "any[][]", "any[][]", "any[][]?"]);
    expect(json.functions.find((f) => f.name === "TARGET")!.parameters.map((p) => p.type)).toEqual(["string", "number?"]);
    expect(json.functions.find((f) => f.name === "TARGETS")!.result).toEqual({ type: "any[][]" });
    expect(JSON.stringify(json)).not.toMatch(/"(id|dimensionality|optional|options)"/);
  });

  test("describes the same functions and parameters as Excel's generated functions.json", async () => {
    const result = await generateCustomFunctionsMetadata([path.resolve(__dirname, "../../../functions/functions.ts")], true);
    const excelJson = JSON.parse(result.metadataJson).functions as { id: string; description: string; parameters: { name: string; description: string; type?: string; optional?: boolean; dimensionality?: string }[]; result: { type?: string; dimensionality?: string } }[];
    expect(json.functions.map((f) => f.name)).toEqual(excelJson.map((f) => f.id));
    json.functions.forEach((f, i) => {
      const x = excelJson[i];
      expect(f.description).toBe(x.description);
      expect(f.parameters.map((p) => [p.name, p.description, p.type])).toEqual(x.parameters.map((p) => [p.name, p.description, wpsType(p.type ?? "any", p.dimensionality === "matrix", p.optional)]));
      expect(f.result.type).toBe(wpsType(x.result.type ?? "any", x.result.dimensionality === "matrix"));
    });
  });
});
