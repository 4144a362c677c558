/**
 * The zod schemas of the 设置 values (settingValues.ts requires this module on first use, so zod loads only then).
 */
import { z } from "zod/mini";
import { CellValue } from "../sheet/cellValue";
import { cellText, foldText, parseNumberCell } from "../text/normalize";
import { parseDateCell } from "../text/dates";

/** A share written as 80%, 0.8 or 80. */
function parseShare(value: CellValue): number | null {
  const n = parseNumberCell(value);
  if (n === null) return null;
  if (/%$/.test(foldText(cellText(value))) || n > 1.5) return n / 100;
  return n;
}

export function buildSchemas() {
  /** A cell parsed by `parse` (null: not such a value), then checked by `then`. */
  const fromCell = <T>(parse: (v: CellValue) => T | null) => z.transform((v: unknown) => parse(v as CellValue));
  const NUMBER = fromCell(parseNumberCell);
  const SHARE = z.pipe(fromCell(parseShare), z.number().check(z.gte(0), z.lte(2)));
  return {
    year: z.pipe(NUMBER, z.int().check(z.gt(1900), z.lt(3000))),
    asOf: z.pipe(fromCell((v) => parseDateCell(v)), z.string()),
    textLimit: z.pipe(NUMBER, z.number().check(z.gte(1))),
    yellow: SHARE,
    red: SHARE,
    dueSoonDays: z.pipe(NUMBER, z.int().check(z.gte(0))),
  };
}
