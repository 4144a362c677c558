import { toSimplified } from "../text/traditional";

/**
 * Splits a written list of units ("区发改局、区财政局，工业园区、各镇街", or one unit a line as in
 * tables copied from Word or PDF) into unit names, lead-first order kept.
 */

/** Endings of a complete unit name; a line that ends otherwise continues on the next line. */
const UNIT_SUFFIX =
  /(局|委|办|办公室|中心|分中心|镇|街道|乡|管委会|管理委员会|政府|集团|公司|专班|部门|单位|大队|支队|中队|分局|院|所|站|社|会|联|部|队|区|处|科|室|组|指挥部|街|镇街|（街）|\(街\))$/;

/** Endings that only make sense glued to the line before ("市生态环境局" + "泰山分局"). */
const CONTINUATION_SUFFIX = /^[^区市县省]{0,8}(分局|分中心|支队|大队|中队|监管组)$/;

/** Tails that are never a unit on their own ("办公室", "服务中心", a lone "门" or "心" cut off by a narrow column). */
const GENERIC_TAIL = /^(办公室|服务中心|中心|部门|牵头部门|单位|指挥部|管委会|委员会|领导小组办公室|[^各区市县省（(]{1,2})$/;

/** Whether a name ends like a unit, ignoring a parenthesised tail ("区政府办公室（区大数据中心）"). */
function looksComplete(written: string): boolean {
  // "區政府辦" ends like a unit as "区政府办" does.
  const name = toSimplified(written);
  return UNIT_SUFFIX.test(name.replace(/[（(][^（()）]*[）)]$/, "")) || /[（(][^（()）]*[）)]$/.test(name) && UNIT_SUFFIX.test(name.replace(/[）)]$/, ""));
}

const OPEN = "（(【[";
const CLOSE = "）)】]";

/** Splits on 、，,；;/ and line breaks (and spaces between names), never inside parentheses. */
function rawPieces(text: string): { piece: string; lineBreakBefore: boolean }[] {
  const out: { piece: string; lineBreakBefore: boolean }[] = [];
  let depth = 0;
  let current = "";
  let breakBefore = false;
  let pendingBreak = false;
  const flush = () => {
    const piece = current.trim();
    if (piece) out.push({ piece, lineBreakBefore: breakBefore });
    current = "";
    breakBefore = pendingBreak;
    pendingBreak = false;
  };
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;/]/.test(ch)) {
      pendingBreak = false;
      flush();
      breakBefore = false;
      continue;
    }
    if (depth === 0 && (ch === "\n" || ch === "\r")) {
      if (current.trim()) {
        pendingBreak = true;
        flush();
      } else breakBefore = true;
      continue;
    }
    if (depth === 0 && /[\s\u3000]/.test(ch)) {
      // A space between two names separates them; spaces inside a name (rare) are dropped.
      if (current.trim() && looksComplete(current.trim())) flush();
      continue;
    }
    current += ch;
  }
  flush();
  return out;
}

/** Strips the trailing "等", "等单位", "等部门" and sentence punctuation. */
function cleanPiece(piece: string): string {
  let out = piece.replace(/^[\s\u3000"']+|[\s\u3000。.：:"']+$/g, "");
  // Chinese quotes are stripped only when they do not pair up ("“6+3”产业链牵头部门" keeps them).
  if (/^[“‘]/.test(out) && !/[”’]/.test(out)) out = out.slice(1);
  if (/[”’]$/.test(out) && !/[“‘]/.test(out)) out = out.slice(0, -1);
  return out
    .replace(/等(单位|部门|相关单位|有关单位)?$/, "")
    .trim();
}

export function splitUnits(text: string): string[] {
  const pieces = rawPieces(text.replace(/\t/g, " "));
  const out: string[] = [];
  for (const { piece, lineBreakBefore } of pieces) {
    const cleaned = cleanPiece(piece);
    if (!cleaned) continue;
    const prev = out[out.length - 1];
    // A line break inside a name: the previous line did not end like a unit, or this line is only a
    // branch ("泰山分局") or a parenthesised sub-unit ("（区大数据中心）") of the unit before.
    const glue =
      prev !== undefined &&
      lineBreakBefore &&
      (!looksComplete(prev) || CONTINUATION_SUFFIX.test(toSimplified(cleaned)) || GENERIC_TAIL.test(toSimplified(cleaned)) || /^[（(]/.test(cleaned));
    if (glue) out[out.length - 1] = prev + cleaned;
    else if (prev !== undefined && /^[（(].*[）)]$/.test(cleaned)) out[out.length - 1] = prev + cleaned;
    else out.push(cleaned);
  }
  return out;
}
