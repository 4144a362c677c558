/**
 * functions.json as Excel will read it, generated from the JSDoc exactly as the webpack plugin does, and
 * held equal to functions/definitions.ts (the table the WPS add-in generates its own metadata from).
 */
import * as path from "path";
import { FUNCTION_DEFS, NAMESPACE } from "../../functions/definitions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

interface JsonParam {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface JsonFunction {
  id: string;
  name: string;
  description: string;
  parameters: JsonParam[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

let functions: JsonFunction[] = [];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([path.resolve(__dirname, "../../functions/functions.ts")], true);
  expect(result.errors).toEqual([]);
  functions = JSON.parse(result.metadataJson).functions;
});

const hasChinese = (s: string | undefined) => /[\u4e00-\u9fff]/.test(s ?? "");

test("every function of the definitions table is in functions.json, and nothing else", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(FUNCTION_DEFS.map((d) => d.id).sort());
  expect(functions.map((f) => f.id)).toEqual(expect.arrayContaining(["TARGET", "TARGETS", "ACTUAL", "RATIO", "EXPECTED", "STATUS", "RAG", "DEADLINE", "UNITRATIO"]));
});

test("ids follow Excel's naming rules and do not look like cell references", () => {
  for (const f of functions) {
    expect(f.id).toMatch(/^[A-Z][A-Z0-9._]{2,127}$/);
    expect(f.id).not.toMatch(/^[A-Z]{1,3}[0-9]+$/);
  }
  expect(NAMESPACE).toBe("DUBAN");
});

test.each(FUNCTION_DEFS.map((d) => [d.id, d] as const))("%s: description, parameters and types match the table", (id, def) => {
  const f = functions.find((x) => x.id === id)!;
  expect(f.description).toBe(def.description);
  expect(hasChinese(f.description)).toBe(true);
  expect(f.parameters.map((p) => p.name)).toEqual(def.params.map((p) => p.name));
  f.parameters.forEach((p, i) => {
    const d = def.params[i];
    expect(p.description).toBe(d.description);
    expect(hasChinese(p.description)).toBe(true);
    expect(p.type ?? "any").toBe(d.type);
    expect(p.optional ?? false).toBe(d.optional ?? false);
    expect(p.dimensionality === "matrix").toBe(d.matrix ?? false);
  });
  expect(f.result.type ?? "any").toBe(def.result.type);
  expect(f.result.dimensionality === "matrix").toBe(def.result.matrix ?? false);
  // Synchronous and pure: no streaming, no cancellation, no volatile recalculation.
  expect(f.options?.stream ?? false).toBe(false);
  expect(f.options?.volatile ?? false).toBe(false);
});

test("the table's implementations are the ones the Excel wrappers call", () => {
  for (const def of FUNCTION_DEFS) expect(typeof def.run).toBe("function");
});
