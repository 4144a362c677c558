/**
 * A title that names only a year before the catalogue's: "2023年重点任务完成情况" above a 完成情况 column of a 2024
 * catalogue. Read as a whole: a title that names this year ("…2024年进展"), a later one, or a range reaching this year
 * ("2023—2025年三年行动") is no past year's, and "cannot tell" is never an alarm.
 */

const CN_DIGIT: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
/** "二〇二三年" written in Chinese digits, as Arabic ones. */
const cnYears = (text: string) => text.replace(/[二一][〇零一二三四五六七八九]{3}(?=\s*年)/g, (m) => [...m].map((c) => CN_DIGIT[c]).join(""));

/** One year ("2023年") or a range ("2023—2025年", "2023年至2025年") followed by 年, with the years as numbers. */
const YEAR = /((?:19|20)\d{2})(?:\s*年?\s*[—–\-－~～至到]\s*((?:19|20)\d{2}))?\s*年/g;

/** The years a text names (each a range [from, to]; a single year is [y, y]). */
export function yearsNamed(text: string): [number, number][] {
  const out: [number, number][] = [];
  const source = cnYears(text);
  const re = new RegExp(YEAR.source, "g");
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    out.push([Math.min(from, to), Math.max(from, to)]);
  }
  return out;
}

/** The past year the titles name, when every year they name ends before `year`; null otherwise (none named, or this year reached). */
export function pastYearOfTitles(titles: readonly string[], year: number): number | null {
  const named = titles.flatMap(yearsNamed);
  if (!named.length || named.some(([, to]) => to >= year)) return null;
  return Math.max(...named.map(([, to]) => to));
}
