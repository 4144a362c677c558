/**
 * Session 22: "三次产业结构由11:48:41调整为17:31:52", "三次产业比例为12.3∶45.6∶42.1" — the three sectors' shares of the
 * economy written as one ratio. The ratio is no figure of its own (the corpus labels it so); a task on one sector's share
 * ("第三产业增加值占比提高到50%", "服务业增加值占GDP比重达到50%") is answered by its part, read here as that sector's share.
 * The ratio after 由 is the base; parts that do not add up to about 100 are not a sector ratio. Pure: no I/O, no clock.
 */
import type { Actual } from "../metrics/types";
import { baseOf } from "../metrics/units";
import { prepareText } from "../metrics/scan";

const PART = "\\d+(?:\\.\\d+)?";
const RATIO = `(${PART})[:∶](${PART})[:∶](${PART})`;
const SECTOR_RATIO = new RegExp(
  `三次产业(?:结构|比例|占比|比重|构成)?(?:比例?)?(?:由[^，,。；;]{0,12}?${PART}[:∶]${PART}[:∶]${PART}[^，,。；;\\d]{0,6}?)?` +
    `(?:调整为|优化为|调整到|优化到|转变为|变为|为|达到)(?:20\\d\\d年(?:底|末)?的?|[^，,。；;\\d]{0,8}?)${RATIO}(?![\\d.:∶])`,
);
const SECTORS = ["第一产业增加值占比", "第二产业增加值占比", "第三产业增加值占比"];

/** The actuals with each sector's share added when the text writes the sectors' ratio and names no sector's share itself. */
export function withSectorShares(actuals: Actual[], text: string): Actual[] {
  if (!text || text.indexOf("三次产业") < 0) return actuals;
  const s = prepareText(text);
  const m = SECTOR_RATIO.exec(s);
  if (!m) return actuals;
  const parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (Math.abs(parts[0] + parts[1] + parts[2] - 100) > 1) return actuals;
  if (actuals.some((a) => /^第[一二三]产业(?:增加值)?(?:占比|比重)/.test(a.metric))) return actuals;
  const phrase = `${m[1]}:${m[2]}:${m[3]}`.replace(/:/g, s.includes("∶") ? "∶" : ":");
  const out = actuals.slice();
  // Every key, in parseActuals' order (one hidden class for every actual).
  for (let i = 0; i < 3; i++)
    out.push({ metric: SECTORS[i], kind: "level", value: parts[i], unit: "%", base: baseOf(parts[i], "%"), period: null, phrase, explicitRatio: undefined, approx: undefined, stock: undefined, underWay: undefined, runHead: undefined });
  return out;
}
