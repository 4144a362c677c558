import { Finding } from "../findings";
import { SheetData } from "../sheet/cellValue";
import { cellText } from "../text/normalize";
import { pastYearOfTitles, yearsNamed } from "../text/pastYear";
import { makeFinding } from "./makeFinding";
import { MESSAGES } from "./messages";

/**
 * A progress sheet titled with a past year only ("2023年重点任务完成情况" above a header "完成情况") in a book of another
 * year (设置 年度, else the as-of date's year): its rows may be that year's results. Said once, on the title's cell; a
 * header naming a year, a title naming this year or a range reaching it ("2023—2025年…2024年进展") says nothing.
 */
export function checkProgressTitle(sheet: SheetData, headerRow: number, year: number): Finding[] {
  const header = (sheet.rows[headerRow] ?? []).map((c) => cellText(c)).join(" ");
  if (yearsNamed(header).length) return [];
  const titles: { text: string; row: number; col: number }[] = [];
  for (let r = 0; r < headerRow && r < sheet.rows.length; r++) {
    (sheet.rows[r] ?? []).forEach((c, col) => {
      const text = cellText(c).trim();
      if (text && !titles.some((t) => t.text === text)) titles.push({ text, row: r, col });
    });
  }
  const past = pastYearOfTitles(titles.map((t) => t.text), year);
  if (past === null) return [];
  const title = titles.find((t) => yearsNamed(t.text).length)!;
  return [makeFinding("PROGRESS_PAST_YEAR_TITLE", MESSAGES.PROGRESS_PAST_YEAR_TITLE({ sheet: sheet.name, title: title.text, past, year }), { sheet: sheet.name, row: title.row, col: title.col })];
}
