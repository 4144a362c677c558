/**
 * The DUBAN.* cell functions for WPS Spreadsheets, from the same table as Excel's
 * (functions/definitions.ts): `wps.AddCustomFunction` registrations and the WPS-format functions.json
 * (names without dots, `number[][]` for ranges, `?` for optional). Functions are synchronous, as WPS
 * requires (12.1.0.20540 and later). WPS has no error object for custom functions, so a failure is
 * returned as text starting with the error value Excel would show: "#N/A：未识别到量化目标 (FN_NO_TARGET)".
 */
import { FUNCTION_DEFS, FunctionDef, NAMESPACE, ParamDef } from "../functions/definitions";
import { checkArguments } from "../functions/definitions";
import { cellErrorOf, DubanError } from "../src/core";
import { EtRoots, hasMember, XL } from "../src/hosts/wps";

interface WpsParamJson {
  name: string;
  description: string;
  type: string;
}

interface WpsFunctionJson {
  name: string;
  description: string;
  parameters: WpsParamJson[];
  result: { type: string };
}

/** "number" + matrix + optional → "number[][]?" (WPS rejects one-dimensional arrays). */
export function wpsType(type: string, matrix?: boolean, optional?: boolean): string {
  return `${type}${matrix ? "[][]" : ""}${optional ? "?" : ""}`;
}

function paramJson(p: ParamDef): WpsParamJson {
  return { name: p.name, description: p.description, type: wpsType(p.type, p.matrix, p.optional) };
}

function wpsFunctionJson(def: FunctionDef): WpsFunctionJson {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(def.id)) throw new DubanError("HOST_WPS_BAD_FUNCTION_NAME", { name: def.id });
  return { name: def.id, description: def.description, parameters: def.params.map(paramJson), result: { type: wpsType(def.result.type, def.result.matrix) } };
}

/** functions.json in the WPS format, what manifest.xml's <Functions><Uri> points at. */
export function wpsFunctionsJson(defs: FunctionDef[] = FUNCTION_DEFS): { functions: WpsFunctionJson[] } {
  return { functions: defs.map(wpsFunctionJson) };
}

/** Excel serial of a JS date (WPS may hand dates over as Date objects; the formulas expect serials). */
function dateSerial(d: Date): number {
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86400000 + 25569;
}

/**
 * An argument as the formulas expect it: an omitted optional (COM's DISP_E_PARAMNOTFOUND) becomes
 * undefined, a live Range its Value2, a Date its serial number (in a range too). What is still not a cell
 * or a range is refused by the table's zod check (FN_BAD_ARGUMENT).
 */
export function wpsArg(value: unknown): unknown {
  if (value === XL.paramNotFound) return undefined;
  if (value instanceof Date) return dateSerial(value);
  if (Array.isArray(value)) return value.map((row) => (Array.isArray(row) ? row.map((v) => (v instanceof Date ? dateSerial(v) : v)) : row instanceof Date ? dateSerial(row) : row));
  if (typeof value === "object" && value !== null && !Array.isArray(value) && hasMember(value, "Value2")) return wpsArg((value as { Value2: unknown }).Value2);
  return value;
}

/** A failure as the text the cell shows, led by the error value Excel would give (the FN_ code's, from the catalogue). */
function wpsErrorValue(err: unknown): string {
  const failure = err instanceof DubanError ? err : new DubanError("FN_INTERNAL", { detail: err instanceof Error ? err.message : String(err) });
  return `${cellErrorOf(failure.code)}：${failure.message} (${failure.code})`;
}

/** The function WPS calls: synchronous, never throws. */
export function wpsFunction(def: FunctionDef): (...args: unknown[]) => unknown {
  const run = def.run as (...args: unknown[]) => unknown;
  return (...args: unknown[]) => {
    try {
      return run(...checkArguments(def, args.map(wpsArg)));
    } catch (err) {
      return wpsErrorValue(err);
    }
  };
}

type AddCustomFunction = (namespace: string, name: string, fn: (...args: unknown[]) => unknown, metadata?: unknown) => void;

/**
 * Registers every function on the root that offers AddCustomFunction (some builds have it only on
 * `wps`). Returns how many were registered: 0 on builds without custom functions.
 */
export function registerWpsFunctions(roots: EtRoots, defs: FunctionDef[] = FUNCTION_DEFS): number {
  const owner = roots.all.find((r) => hasMember(r, "AddCustomFunction"));
  if (!owner) return 0;
  const add = (owner as { AddCustomFunction: AddCustomFunction }).AddCustomFunction.bind(owner);
  for (const def of defs) {
    const json = wpsFunctionJson(def);
    add(NAMESPACE, json.name, wpsFunction(def), { description: json.description, result: json.result, parameters: json.parameters });
  }
  return defs.length;
}
