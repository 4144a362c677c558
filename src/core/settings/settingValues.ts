/**
 * What each 设置 value must be, as zod schemas over a cell: the one check behind reading the 设置 sheet
 * (a value that fails is a SETTINGS_BAD_VALUE finding on its cell, and the default is used) and the pane's
 * 设置 form (a typed value that fails is not saved). The cell is parsed the way offices write it (2024,
 * "80%", 0.8, "2024年6月30日"), then held to its range. zod is the one package the core may import; it is
 * loaded when the first value is checked, not with the core: requiring zod costs a CLI command more than
 * half of its start-up (its CommonJS build is ~0.9 MB), and most commands check no 设置 value.
 */
import { CellValue } from "../sheet/cellValue";
import { IsoDate } from "../text/dates";

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

type Schemas = ReturnType<typeof import("./settingSchemas").buildSchemas>;
let schemas: Schemas | null = null;

/**
 * The schemas, built on first use. Required, not imported, so a CLI command that checks no value never loads zod;
 * the schemas' module imports zod statically, so webpack still tree-shakes it in the pane (a `require` of zod
 * itself would bundle its whole CommonJS build, locales included, into the first load).
 */
function buildSchemas(): Schemas {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("./settingSchemas") as typeof import("./settingSchemas")).buildSchemas();
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
