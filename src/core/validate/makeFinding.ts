import { Finding } from "../findings";
import { cellAddress } from "../sheet/address";
import { RULES, RuleCode } from "./ruleCatalog";

interface FindingPlace {
  sheet: string;
  row: number | null;
  col: number | null;
}

export function makeFinding(code: RuleCode, message: string, place: FindingPlace, extra: Pick<Finding, "taskId" | "unit" | "period"> = {}): Finding {
  const address = place.row !== null && place.col !== null ? cellAddress(place.row, place.col) : null;
  // The extra keys set one by one, in the order every caller writes them (a spread of objects of several shapes is
  // a slow copy, and a book may have 10⁵ findings); a key given as undefined is kept, as a spread keeps it.
  const finding: Finding = { code, severity: RULES[code].severity, message, sheet: place.sheet, row: place.row, col: place.col, address };
  if ("taskId" in extra) finding.taskId = extra.taskId;
  if ("unit" in extra) finding.unit = extra.unit;
  if ("period" in extra) finding.period = extra.period;
  return finding;
}
