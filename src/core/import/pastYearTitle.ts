import { pastYearOfTitles, yearsNamed } from "../text/pastYear";
import { ImportResult } from "./types";

/**
 * A progress table whose title names only a year before the catalogue's ("2023年重点任务完成情况" imported into a 2024
 * catalogue) while its header names no year ("完成情况"): the progress is that year's results. The title is the lines
 * read as structure before the first task, the header row(s) excepted; a header naming a year is the column rule's
 * (IMPORT_PAST_YEAR). Null without a year, without progress, or when the title names this year or a range reaching it.
 */
export function pastYearTitle(result: ImportResult, year: number | undefined): { note: { code: string; message: string }; ids: string[] } | null {
  if (!year || result.notes.some((n) => n.code === "IMPORT_PAST_YEAR")) return null;
  const withProgress = result.tasks.filter((t) => t.progress);
  if (!withProgress.length) return null;
  const firstTask = Math.min(...result.tasks.map((t) => t.lines[0]));
  const before = result.skipped.filter((s) => s.line < firstTask);
  // "表头", "表头（第二行）" — not "表头前的标题或说明", the title itself.
  const isHeader = (reason: string) => reason === "表头" || reason.startsWith("表头（");
  if (before.some((s) => isHeader(s.reason) && yearsNamed(s.text).length)) return null;
  const titles = before.filter((s) => !isHeader(s.reason)).map((s) => s.text);
  const past = pastYearOfTitles(titles, year);
  if (past === null) return null;
  // A title merged over the row comes as its cells joined by tabs: each cell once.
  const title = [...new Set((titles.find((t) => yearsNamed(t).length) ?? "").split("\t").map((c) => c.trim()).filter(Boolean))].join(" ");
  const ids = withProgress.map((t) => t.id);
  return {
    ids,
    note: {
      code: "IMPORT_PAST_YEAR_TITLE",
      message: `标题「${title.trim()}」所写是 ${past} 年的情况，清单年度为 ${year} 年：表中的进展是往年的结果，不作为本年进展写入（任务 ${ids.slice(0, 12).join("、")}${ids.length > 12 ? ` 等 ${ids.length} 项` : ""}）。如确为本年进展，请改正标题或清单年度。(the title names a past year: its results are not this year's progress)`,
    },
  };
}

/** The result with the progress of a past year's table set aside and said (pastYearTitle): what `import -o` writes. */
export function withoutPastYearProgress(result: ImportResult, year: number | undefined): ImportResult {
  const found = pastYearTitle(result, year);
  if (!found) return result;
  return {
    ...result,
    tasks: result.tasks.map((t) => {
      if (!t.progress) return t;
      const copy = { ...t };
      delete copy.progress;
      return copy;
    }),
    notes: [...result.notes, found.note],
  };
}
