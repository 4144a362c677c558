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
  return { code, severity: RULES[code].severity, message, sheet: place.sheet, row: place.row, col: place.col, address, ...extra };
}
