import { CHINESE_NUMERAL_UNITS } from "./units";

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 二十 → 20, 一百零五 → 105, 十五 → 15, 两千 → 2000; null when the text is not a plain numeral below 万. */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null;
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      total += (digit ?? 1) * SMALL_UNITS[ch];
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

const UNIT_ALT = CHINESE_NUMERAL_UNITS.map(escapeRe).join("|");
/** A numeral before a magnitude or a unit; 第 (an ordinal) and a CJK numeral before it (一企一策) rule it out below. */
const NUMERAL_RE = new RegExp(
  `([零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)(?=(?:万亿|千万|百万|万|亿|千)?(?:${UNIT_ALT}))|([零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)(?=万|亿)`,
  "g",
);

/** "十二点五" → 12.5: the integer part as a numeral, the decimals digit by digit. */
function parseDecimalNumeral(text: string): number | null {
  const [int, frac] = text.split("点");
  const whole = parseChineseNumeral(int);
  if (whole === null) return null;
  if (frac === undefined) return whole;
  let digits = "";
  for (const ch of frac) {
    if (!(ch in DIGITS)) return null;
    digits += String(DIGITS[ch]);
  }
  return Number(`${whole}.${digits}`);
}

/**
 * Chinese numerals that count something become Arabic digits ("十件实事" → "10件实事", "二十万吨" → "20万吨").
 * A lone 一 before a classifier stays (一个, 一批 are mostly "a", not "one"); ordinals (第三) stay.
 */
export function replaceChineseNumerals(text: string): string {
  if (!/[一二两三四五六七八九十百千]/.test(text)) return text;
  return text.replace(NUMERAL_RE, (match: string, _a: string, _b: string, offset: number) => {
    const before = offset > 0 ? text[offset - 1] : "";
    // 第三 is an ordinal; 数十个, 几百家, 上百家, 成千 are vague amounts, not figures.
    // 每千人口 is a rate's base; 千亩方, 万亩片 are names of fields.
    if (/[第前后数几上成每]/.test(before)) return match;
    // "232.2千公顷", "5百万元": after an Arabic number the character is that number's magnitude, not a numeral of its own.
    if (/[\d.]/.test(before) && /^[十百千]$/.test(match)) return match;
    if (/^[千万百]$/.test(match) && /^[亩][方片园]/.test(text.slice(offset + 1, offset + 3))) return match;
    // "千万元以上项目", "百亿楼": a bare 十/百/千 before 万/亿 and a class word names a size class, not an amount;
    // written as the document wrote it, the class stays part of the name ("新签约千万元以上项目") and is never a figure.
    if (/^[十百千]$/.test(match) && /^[万亿](?:元|美元)?(?:以上|楼)/.test(text.slice(offset + 1, offset + 6))) return match;
    // "百千万工程", "千万工程": bare magnitudes out of order (百千, 十百) are no numeral, and a numeral of bare magnitudes
    // straight before a noun that takes a classifier (工程, 行动 …) is a programme's name, not a count of it.
    if (/^[十百千万亿]+$/.test(match) && (/十百|十千|百千/.test(match) || /^[万亿]*(?:工程|行动|计划|活动|战略|示范)/.test(text.slice(offset + match.length, offset + match.length + 4)))) return match;
    // Round au: "三类对象", "两类人群", "三类监测对象" name a group of people by the classes it is drawn from (脱贫不稳定户、
    // 边缘易致贫户、突发严重困难户); the number of classes is part of the name, never a count reported.
    if (/^[二两三四五六]$/.test(match) && /^类(?:监测|重点|困难)?(?:对象|人群|人员|群体|户)/.test(text.slice(offset + 1, offset + 6))) return match;
    let numeral = match;
    // "千亩" and "万亩" carry their magnitude in the numeral itself: keep 千 as part of the numeral.
    const next = text[offset + match.length];
    if (match === "一" && next !== "万" && next !== "亿") return match;
    if (/^[千百]$/.test(numeral) && next !== "万" && next !== "亿") numeral = "一" + numeral;
    const value = parseDecimalNumeral(numeral);
    return value === null ? match : String(value);
  });
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
