/**
 * Official wording shared by the bulletin and the notices: numbers in Chinese, dates in words, a task's
 * short name cut at a clause boundary (never mid-word), and a judged target in the words an office uses
 * ("年度目标……，上半年完成7家，完成年度目标的28%，低于序时进度21.7个百分点").
 */
import type { Judgement } from "../metrics";
import { shownRatio } from "../metrics/judgeTarget";
import type { Task } from "../model";
import { formatQuantity } from "../text/format";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (to 99, enough for headings). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
  return String(n);
}

/** 2024-07-10 → 2024年7月10日 */
export function dateInWords(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** 0.497 → "49.7%"; whole numbers without decimals. */
export function percent(ratio: number): string {
  const v = Math.round(ratio * 1000) / 10;
  return `${v}%`;
}

/** Percentage points between two ratios, one decimal. */
function points(a: number, b: number): string {
  return String(Math.round(Math.abs(a - b) * 1000) / 10);
}

/** “text”, with quotation marks inside it turned to the inner kind (‘’), as official documents nest them. */
export function quote(text: string): string {
  return `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}

/** A projected figure: whole numbers for things counted one by one (家, 个, 人 …), else one decimal. */
export function roundFigure(value: number, unit: string): string {
  const whole = /^(家|个|户|人|处|所|条|台|张|套|项|座|名|次|辆|间|栋|只|头|批|场)$/.test(unit);
  return formatQuantity(whole ? Math.round(value) : Math.round(value * 10) / 10, unit);
}

const CLAUSE_END = /[，。；;！？]/;

/**
 * A task's name for a list: its first clauses, up to about `budget` characters, cut only after a
 * clause's punctuation; a first clause longer than that is kept whole. Never cut inside a word.
 */
export function taskName(task: Task, budget = 32): string {
  const text = task.text.replace(/\s+/g, "");
  const clauses: string[] = [];
  let current = "";
  for (const ch of text) {
    current += ch;
    if (CLAUSE_END.test(ch)) {
      clauses.push(current);
      current = "";
    }
  }
  if (current) clauses.push(current);
  let out = "";
  for (const c of clauses) {
    if (out && [...out].length + [...c].length > budget) break;
    out += c;
    // A name stays within its first sentence.
    if (/[。！？]$/.test(c)) break;
  }
  return out.replace(/[，；;、]$/, "").replace(/。$/, "");
}

function signed(value: number, unit: string): string {
  return formatQuantity(value, unit);
}

/** How a reported figure reads: 增长3.6%, 下降11.5%, 7家, 45.25亿元. */
function actualWords(j: Judgement): string {
  const a = j.actual!;
  if (j.target.kind === "growth" && a.unit === "%") return a.value < 0 ? `下降${formatQuantity(-a.value, "%")}` : `增长${formatQuantity(a.value, "%")}`;
  return signed(a.value, a.unit);
}

/** Whether the judgement compares a share of the year's target with 序时进度 (counts, amounts). */
export function isPaced(j: Judgement): boolean {
  return j.expected !== null && j.expected < 1 && shownRatio(j) !== null && j.actual !== null && j.actual.explicitRatio === undefined;
}

/**
 * A judged target in words, for a task behind or ahead: the target as written, the figure reported in
 * the period, and how it stands against 序时进度. Null when the report carries no figure for it.
 */
export function judgementWords(j: Judgement, periodName: string): string | null {
  // A figure the judge does not take as the target's own result (Judgement.weakEvidence) is not worded as a share done.
  if (!j.actual || j.ratio === null || shownRatio(j) === null) return null;
  const target = `年度目标${quote(j.target.phrase)}`;
  const when = j.actual.period || periodName;
  if (j.actual.explicitRatio !== undefined) {
    return `${target}，${when}完成年度目标的${percent(j.actual.explicitRatio)}${j.expected !== null && j.expected < 1 ? `，序时进度为${percent(j.expected)}` : ""}`;
  }
  const verb = j.target.kind === "growth" && j.actual.unit === "%" ? "" : isPaced(j) ? "完成" : "为";
  const actual = `${when}${verb}${actualWords(j)}`;
  if (isPaced(j)) {
    const ratio = j.ratio;
    const expected = j.expected!;
    const gap = ratio >= expected ? `高于序时进度${points(ratio, expected)}个百分点` : `低于序时进度${points(ratio, expected)}个百分点`;
    return `${target}，${actual}，完成年度目标的${percent(ratio)}，序时进度为${percent(expected)}，${gap}`;
  }
  if (j.target.unit === "%" && j.actual.unit === "%" && j.target.kind !== "level") {
    const diff = Math.round(Math.abs(j.actual.value - j.target.value) * 100) / 100;
    const lowerBetter = j.target.cmp === "<=" || j.target.cmp === "<";
    const behind = lowerBetter ? j.actual.value > j.target.value : j.actual.value < j.target.value;
    if (diff === 0) return `${target}，${actual}，与目标持平`;
    return `${target}，${actual}，${behind ? (lowerBetter ? "高于" : "低于") : lowerBetter ? "低于" : "高于"}目标${diff}个百分点`;
  }
  return `${target}，${actual}，为目标的${percent(j.ratio)}`;
}
