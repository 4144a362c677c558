import { SheetData } from "../sheet/cellValue";
import { findHeader } from "../sheet/findHeader";
import { UNIT_HEADERS } from "../layout/headers";
import { UnitEntry } from "../model";
import { cellText } from "../text/normalize";
import { categoryGuess } from "./registry";

/** Entries of the 单位 sheet: name, aliases separated by 、 , ; or line breaks, category, leader in charge. */
export function readUnits(sheet: SheetData): UnitEntry[] {
  const header = findHeader(sheet.rows, UNIT_HEADERS, ["name"]);
  if (!header) return [];
  const c = header.columns;
  const entries: UnitEntry[] = [];
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const name = cellText(row[c.name as number]);
    if (!name) continue;
    const aliases = c.aliases === undefined ? [] : cellText(row[c.aliases]).split(/[、,，;；\n]+/).map((a) => a.trim()).filter(Boolean);
    const category = c.category === undefined ? "" : cellText(row[c.category]);
    const entry: UnitEntry = { name, aliases, category, leader: c.leader === undefined ? "" : cellText(row[c.leader]) };
    if (!category) {
      // No 类别: guessed from the name, and marked so (validate says which, and a guess alone owes no report).
      const guess = categoryGuess(name);
      entry.category = guess.category;
      entry.categoryGuess = guess.why;
    }
    entries.push(entry);
  }
  return entries;
}
