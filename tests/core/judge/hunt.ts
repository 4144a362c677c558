/**
 * The verdict the hunt test files ask for (huntRound3.test.ts): the one judge on a target and a progress text at an
 * as-of date (and, when given, the office's level, as the 设置 sheet's 单位层级), and whether it is green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { PlaceLevel } from "../../../src/core/model";

export const GREEN = new Set(["done", "on-track"]);

export function verdict(target: string, text: string, asOf = "2024-09-30", level: PlaceLevel | null = null, year?: number) {
  return judgeTask({ targetText: target, progress: { text }, asOf, level, year }).verdict;
}

export const isGreen = (target: string, text: string, asOf?: string, level: PlaceLevel | null = null) => GREEN.has(verdict(target, text, asOf, level).status);

/** What a hunt's row is labelled: not green, not done, not red (green or 无法研判), green, or one status. */
export type Expected = "not-green" | "not-done" | "not-red" | "green" | "done" | "unknown" | "overdue" | "behind";
/**
 * A hunt's row: family, target, progress, what it must be, the as-of date when not 30 September 2024, and the catalogue's
 * year when it is not the as-of date's (a review read early in the next year).
 */
export type Row = [string, string, string, Expected, string?, number?];

/** Whether a status is what a row's label asks (also for hunts whose rows carry typed cells: huntRound21). */
export function meets(expected: Expected, status: string): boolean {
  if (expected === "not-green") return !GREEN.has(status);
  if (expected === "not-done") return status !== "done";
  if (expected === "not-red") return GREEN.has(status) || status === "unknown";
  if (expected === "green") return GREEN.has(status);
  return status === expected;
}

/**
 * A labelled hunt (huntRound12, huntRound13): every row answered as labelled, but those listed open (keyed "target ⟵
 * progress", or with " @date" for a row with its own as-of date), which must still be answered otherwise — so that closing
 * one is seen and it leaves the list.
 */
export function labelledHunt(title: string, rows: Row[], knownOpen: Set<string>): void {
  // A row with its own as-of date may be listed with it ("… @2024-05-31"), so that one text read at two dates can be open at one.
  const isOpen = (r: Row) => knownOpen.has(`${r[1]} ⟵ ${r[2]}`) || (!!r[4] && knownOpen.has(`${r[1]} ⟵ ${r[2]} @${r[4]}`));
  describe(title, () => {
    // Every row with its as-of date, so that jest passes the five the same way.
    const dated = (list: Row[]) =>
      list.map((r): [string, string, string, Expected, string, number | undefined] => [r[0], r[1], r[2], r[3], r[4] ?? "2024-09-30", r[5]]);
    const open = dated(rows.filter(isOpen));
    const closed = dated(rows.filter((r) => !isOpen(r)));
    it.each(closed)("%s: %s ⟵ %s is %s", (_family, target, text, expected, asOf, year) => {
      const v = verdict(target, text, asOf, null, year);
      expect([text, v.status, meets(expected, v.status)]).toEqual([text, v.status, true]);
    });
    if (open.length) {
      it.each(open)("known open: %s: %s ⟵ %s should be %s", (_family, target, text, expected, asOf, year) => {
        expect(meets(expected, verdict(target, text, asOf, null, year).status)).toBe(false);
      });
    }
  });
}
