/**
 * Deadlines counted from an event (branch judge-forms2, set m): "项目批复后3个月内开工", "签约后半年内开工",
 * "下达之日起30日内", or from a start the text does not give ("用3个月时间完成排查", "6个月内完成整改"). A date only when
 * the event's month is written in the same text; otherwise none, with the reason. Pure.
 */
import { IsoDate, lastDayOfMonth } from "../text/dates";
import { foldText } from "../text/normalize";

/** "批复后3个月内", "签约后半年内", "下达之日起30日内", "用3个月时间", "6个月内": a span from an event or an unstated start. */
const EVENT_SPAN = /([^，,。；;\d]{0,8}?)(?:后|之日起|起)(?:的)?([\d一二两三四五六七八九十半]+)(?:个)?(月|年|日|天|周|个工作日)(?:内|之内|以内)|(?:用|利用|花)([\d一二两三四五六七八九十半]+)(?:个)?(月|年)(?:左右)?(?:的)?时间|(?:^|[，,。；;])([\d一二两三四五六七八九十半]+)个(月)(?:内|之内|以内)/;
/** A span counted from a month written: 从7月起…3个月, 自2024年8月起6个月内. */
const FROM_MONTH = /(?:从|自)(?:(20\d\d)年)?(\d{1,2})月(?:份)?(?:起|开始)(?:[，,]?(?:用|利用|花)?)([\d一二两三四五六七八九十]+)个月(?:内|之内|以内|时间|的时间)?/;
const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5 };
const spanNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : s === "半" ? 0.5 : s.length === 1 ? CN_NUM[s] ?? NaN : s === "十二" ? 12 : NaN);

/**
 * A deadline counted from an event ("项目批复后3个月内开工", "签约后半年内开工") or from a start the text does not give
 * ("用3个月时间完成排查", "6个月内完成整改"). When the event's month is written in the same text ("3月签约，签约后半年内
 * 开工"), the date is that month's end plus the span; otherwise no date, and the reason says which event is missing.
 * Null when the text has no such span.
 */
export function eventDeadline(text: string, year: number): { date: IsoDate | null; note: string; span: string } | null {
  const s = foldText(text ?? "");
  // "从7月起用3个月时间", "自8月起6个月内": the months counted from the first of the month named (7, 8, 9 → 30 September).
  const from = FROM_MONTH.exec(s);
  if (from) {
    const n = spanNumber(from[3]);
    if (Number.isInteger(n) && n >= 1) {
      const y = from[1] ? Number(from[1]) : year;
      const end = Number(from[2]) + n - 1;
      const date = lastDayOfMonth(y + Math.floor((end - 1) / 12), ((end - 1) % 12) + 1);
      return { date, note: `「${from[0]}」从${from[2]}月起算，按${date}计`, span: from[0] };
    }
  }
  const m = EVENT_SPAN.exec(s);
  if (!m || !m[0]) return null;
  const event = (m[1] ?? "").replace(/^(?:项目|工程|在|于|自|从)+/, "");
  const n = spanNumber(m[2] ?? m[4] ?? m[6]);
  const unit = m[3] ?? m[5] ?? m[7];
  const span = m[0].replace(/^[，,。；;]/, "");
  if (!m[2] || !event) return { date: null, note: `「${span}」未写明起算日期，不作为完成时限`, span };
  const eventAt = new RegExp(`(?:(20\\d\\d)年)?(\\d{1,2})月(?:份|底|末)?(?:前)?[^，,。；;\\d]{0,6}?${escapeRe(event.slice(-2))}`).exec(s);
  if (!eventAt || !Number.isFinite(n) || (unit !== "月" && unit !== "年")) return { date: null, note: `「${span}」从「${event}」起算，文中未写明${event}日期，不作为完成时限`, span };
  const months = unit === "年" ? Math.round(n * 12) : Math.round(n);
  const y = eventAt[1] ? Number(eventAt[1]) : year;
  const endMonth = Number(eventAt[2]) + months;
  const yy = y + Math.floor((endMonth - 1) / 12);
  const mm = ((endMonth - 1) % 12) + 1;
  const date = lastDayOfMonth(yy, mm);
  return { date, note: `「${span}」从${eventAt[0]}起算，按${date}计`, span };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
