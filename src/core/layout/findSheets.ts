import { SheetData } from "../sheet/cellValue";
import { findHeader } from "../sheet/findHeader";
import { foldText } from "../text/normalize";
import { CATALOGUE_HEADERS, PROGRESS_HEADER_OPTIONS, PROGRESS_HEADERS } from "./headers";
import { OUTPUT_SHEETS, SHEET_SYNONYMS } from "./sheetNames";

interface LayoutSheets {
  catalogue: SheetData | null;
  progress: SheetData | null;
  units: SheetData | null;
  settings: SheetData | null;
  /** Further sheets that look like progress sheets (by name or header), which are not read: named in a finding. */
  otherProgress: SheetData[];
}

function byName(sheets: SheetData[], names: string[]): SheetData | null {
  const folded = sheets.map((s) => ({ sheet: s, name: foldText(s.name) }));
  for (const n of names) {
    const hit = folded.find((s) => s.name === n);
    if (hit) return hit.sheet;
  }
  for (const n of names) {
    const hit = folded.find((s) => s.name.includes(n));
    if (hit) return hit.sheet;
  }
  return null;
}

/**
 * The sheets of a workbook by role: by name first (任务清单, 进展填报, 单位, 设置 and their synonyms), then by
 * what their header rows hold. Sheets duban wrote itself are never taken as input.
 */
export function findSheets(all: SheetData[]): LayoutSheets {
  const sheets = all.filter((s) => !OUTPUT_SHEETS.includes(s.name));
  let catalogue = byName(sheets, SHEET_SYNONYMS.catalogue);
  let progress = byName(sheets.filter((s) => s !== catalogue), SHEET_SYNONYMS.progress);
  const rest = () => sheets.filter((s) => s !== catalogue && s !== progress);
  if (!progress) progress = rest().find((s) => findHeader(s.rows, PROGRESS_HEADERS, ["taskId", "unit", "text", "period"], PROGRESS_HEADER_OPTIONS)) ?? null;
  if (!catalogue) catalogue = rest().find((s) => findHeader(s.rows, CATALOGUE_HEADERS, ["id", "text"])) ?? null;
  const units = byName(rest(), SHEET_SYNONYMS.units);
  const settings = byName(rest().filter((s) => s !== units), SHEET_SYNONYMS.settings);
  const taken = [catalogue, progress, units, settings];
  const otherProgress = progress
    ? sheets.filter((s) => !taken.includes(s) && findHeader(s.rows, PROGRESS_HEADERS, ["taskId", "unit", "text"], PROGRESS_HEADER_OPTIONS))
    : [];
  return { catalogue, progress, units, settings, otherProgress };
}
