/**
 * What each 设置 value must be, as zod schemas over a cell: the one check behind reading the 设置 sheet
 * (a value that fails is a SETTINGS_BAD_VALUE finding on its cell, and the default is used) and the pane's
 * 设置 form (a typed value that fails is not saved). The cell is parsed the way offices write it (2024,
 * "80%", 0.8, "2024年6月30日"), then held to its range. zod is the one package the core may import; it is
 * loaded when the first value is checked, not with the core: requiring zod costs a CLI command more than
 * half of its start-up (its CommonJS build is ~0.9 MB), and most commands check no 设置 value.
 */
import type { z as Zod } from "zod/mini";
import { CellValue } from "../sheet/cellValue";
import { cellText, foldText, parseNumberCell } from "../text/normalize";
import { IsoDate, parseDateCell } from "../text/dates";

/** The settings a schema checks (报送范围 is free text, 报告期 rows have their own reader). */
export type SettingField = "year" | "asOf" | "textLimit" | "yellow" | "red" | "dueSoonDays";

/** What a value must be, in Chinese: the finding and the pane say it after "应为". */
export const SETTING_EXPECTED: Record<SettingField, string> = {
  year: "四位年份（1901–2999）",
  asOf: "日期",
  textLimit: "正数",
  yellow: "0 到 200 之间的百分数",
  red: "0 到 200 之间的百分数",
  dueSoonDays: "非负整数",
};

/** A share written as 80%, 0.8 or 80. */
function parseShare(value: CellValue): number | null {
  const n = parseNumberCell(value);
  if (n === null) return null;
  if (/%$/.test(foldText(cellText(value))) || n > 1.5) return n / 100;
  return n;
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | null = null;

function buildSchemas() {
  // Required here, on first use, rather than imported: see above. Webpack bundles it all the same.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { z } = require("zod/mini") as { z: typeof Zod };
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

interface SettingTypes {
  year: number;
  asOf: IsoDate;
  textLimit: number;
  yellow: number;
  red: number;
  dueSoonDays: number;
}

/** A setting's cell as its value, or what it should have been. */
export function settingValue<F extends SettingField>(field: F, cell: CellValue): { ok: true; value: SettingTypes[F] } | { ok: false; expected: string } {
  const parsed = (schemas ??= buildSchemas())[field].safeParse(cell);
  return parsed.success ? { ok: true, value: parsed.data as SettingTypes[F] } : { ok: false, expected: SETTING_EXPECTED[field] };
}
