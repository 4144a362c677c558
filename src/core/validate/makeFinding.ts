import { Finding } from "../findings";
import { cellAddress } from "../sheet/address";
import { RULES, RuleCode } from "./ruleCatalog";

interface FindingPlace {
  sheet: string;
  row: number | null;
  col: number | null;
}

export function makeFinding(code: RuleCode, message: string, place: FindingPlace, extra: Pick<Finding, "taskId" | "unit" | "period"> = {}): Finding {
  // A finding on a cell with all three extra keys (a row's, a missing report's) is the one shape makeRowFinding
  // builds: all its keys in one literal, no properties added afterwards (each added one grows a second store).
  if (place.row !== null && place.col !== null && "taskId" in extra && "unit" in extra && "period" in extra) {
    return makeRowFinding(code, message, place.sheet, place.row, place.col, extra.taskId, extra.unit, extra.period);
  }
  const address = place.row !== null && place.col !== null ? cellAddress(place.row, place.col) : null;
  // The extra keys set one by one, in the order every caller writes them (a spread of objects of several shapes is
  // a slow copy, and a book may have 10⁵ findings); a key given as undefined is kept, as a spread keeps it.
  const finding: Finding = { code, severity: RULES[code].severity, message: flat(message), sheet: place.sheet, row: place.row, col: place.col, address };
  if ("taskId" in extra) finding.taskId = extra.taskId;
  if ("unit" in extra) finding.unit = extra.unit;
  if ("period" in extra) finding.period = extra.period;
  return finding;
}

/**
 * = makeFinding(code, message, { sheet, row, col }, { taskId, unit, period }): a finding on a progress row's cell,
 * built in one object (no place and extra objects to copy from). A findings-heavy book has one on nearly every row.
 */
export function makeRowFinding(code: RuleCode, message: string, sheet: string, row: number, col: number, taskId: string | undefined, unit: string | undefined, period: string | undefined): Finding {
  return { code, severity: RULES[code].severity, message: flat(message), sheet, row, col, address: cellAddress(row, col), taskId, unit, period };
}

/**
 * The message as one run of characters. A message put together from its parts is a tree of concatenations
 * (V8's cons strings, ~32 bytes a node, each number or date in it a string of its own) that lives as long as
 * its finding: a book with 10⁵–10⁶ findings holds them through the whole analysis. Turning it to a number
 * (NaN: it is no number) makes V8 flatten it first, in place; the parts then die with the next collection.
 */
function flat(message: string): string {
  FLAT.n = +message;
  return message;
}
const FLAT = { n: 0 };
