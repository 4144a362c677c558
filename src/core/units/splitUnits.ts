import { toSimplified } from "../text/traditional";
import { UNIT_LIST_END } from "./bodyNames";
import { AffixBook, expandSharedAffixes } from "./sharedAffix";

/**
 * Splits a written list of units ("区发改局、区财政局，工业园区、各镇街", or one unit a line as in
 * tables copied from Word or PDF) into unit names, lead-first order kept.
 */

/** Endings of a complete unit name (the shared list of body words); a line that ends otherwise continues on the next line. */
const UNIT_SUFFIX = UNIT_LIST_END;

/** Endings that only make sense glued to the line before ("市生态环境局" + "泰山分局", "农业银行" + "兖州支行"). */
const CONTINUATION_SUFFIX = /^[^区市县省]{0,8}(分局|分中心|支队|大队|中队|监管组|支行|分行|分公司|营业部)$/;

/** Levels of government a group phrase runs through: "各市、县", "各县（市、区）", "各镇、街道". */
const LEVEL = "(?:自治区|自治州|自治县|自治旗|直辖市|计划单列市|省|市|县|区|旗|州|盟|地|镇|乡|街道|街|村|社区|县市区|市县区|县区|市县|县市|镇街|乡镇|街镇)";
/** The start of a group phrase cut at a 、 between levels: "各市", "各县、市", "相关镇", "各市州", "各省、自治区". */
const GROUP_HEAD = new RegExp(`^(?:各|相关|有关)${LEVEL}+(?:[、，,]${LEVEL}+)*$`);
/** What continues such a phrase: another level, with the body the phrase names ("县人民政府", "区政府", "街道"). */
const GROUP_TAIL = new RegExp(
  `^${LEVEL}+(?:及${LEVEL}+)*(?:[（(][^（）()]*[）)])?(?:人民政府|政府|党委|党委政府|党委和政府|管委会|有关部门|相关部门|各部门|各单位|有关单位|相关单位)?` +
    // "各市、县政府及有关部门": the bodies and their departments, one phrase.
    "(?:(?:及其?|和)(?:有关|相关|各)(?:部门|单位))?" +
    "(?:按照?职责分工负责|按照?职责分工落实|分别负责|共同负责|各负其责|负责|牵头)?$",
);
/**
 * A group of places broken from the body it names at a line's end ("各县（市、区）" / "人民政府", "各乡镇" / "党委和政府"): one
 * name, as written on one line. A whole unit after a group ("各乡镇" / "县民政局") stays a unit of its own.
 */
function groupBrokenFromBody(prev: string, line: string): boolean {
  return /^(?:各|相关|有关)/.test(prev) && /[县市区镇乡旗街道）)]$/.test(prev) && /^(?:人民政府|政府|党委政府|党委和政府|管委会|办事处)$/.test(line);
}

/** "区直、驻区各单位": "区直" is no unit on its own, only the start of a phrase the next piece ends. */
const BARE_DIRECT = /^[区市县]直$/;

/** Tails that are never a unit on their own ("办公室", "服务中心", a lone "门" or "心" cut off by a narrow column). */
const GENERIC_TAIL = /^(办公室|服务中心|中心|部门|牵头部门|单位|指挥部|管委会|委员会|领导小组办公室|[^各区市县省（(]{1,2})$/;

/** Whether a name ends like a unit, ignoring a parenthesised tail ("区政府办公室（区大数据中心）"). */
function looksComplete(written: string): boolean {
  // "區政府辦" ends like a unit as "区政府办" does.
  const name = toSimplified(written);
  return UNIT_SUFFIX.test(name.replace(/[（(][^（()）]*[）)]$/, "")) || /[（(][^（()）]*[）)]$/.test(name) && UNIT_SUFFIX.test(name.replace(/[）)]$/, ""));
}

/**
 * Whether a name is complete: it ends like a unit, or the registry holds it as a unit's name or alias ("区发改" where the
 * 单位 sheet lists it for 区发改局; a bracket after it, "区住建（牵头）", left aside).
 */
function complete(written: string, book?: AffixBook): boolean {
  if (looksComplete(written)) return true;
  if (!book) return false;
  const name = toSimplified(written).replace(/[（(][^（()）]*[）)]$/, "");
  const canonical = book.resolve(name);
  return !book.isGroupWord(name) && book.entries.some((e) => e.name === canonical && (e.name === name || (e.aliases ?? []).includes(name)));
}

const OPEN = "（(【[";
const CLOSE = "）)】]";

/**
 * Splits on 、，,；;/ and line breaks (and spaces between names), never inside parentheses, nor at the 、 inside
 * a group phrase that runs through levels of government: "各市、县人民政府" is one group, not "各市" and
 * "县人民政府"; "各县、市、区人民政府按职责分工负责" is one too.
 */
function rawPieces(text: string, book?: AffixBook): Piece[] {
  const out: (Piece & { closed: boolean })[] = [];
  for (const p of splitPieces(text, book)) {
    const prev = out[out.length - 1];
    const held = prev && !prev.closed ? prev : null;
    if (held && (GROUP_HEAD.test(held.piece) || BARE_DIRECT.test(held.piece)) && (GROUP_TAIL.test(p.piece) || (BARE_DIRECT.test(held.piece) && /(单位|部门)$/.test(p.piece)))) {
      held.piece += `、${p.piece}`;
      held.closed = p.closed;
    } else out.push({ ...p });
  }
  return out.map(({ piece, lineBreakBefore, spaceBefore }) => ({ piece, lineBreakBefore, spaceBefore }));
}

/** A piece of a list, with what separated it from the one before: a line break, or a space only. */
interface Piece {
  piece: string;
  lineBreakBefore: boolean;
  spaceBefore: boolean;
}

/** The pieces between separators; `closed` when a line break or a ；; ends the piece (no phrase runs on past it). */
function splitPieces(text: string, book?: AffixBook): (Piece & { closed: boolean })[] {
  const out: (Piece & { closed: boolean })[] = [];
  let depth = 0;
  let current = "";
  let breakBefore = false;
  let pendingBreak = false;
  let spaceBefore = false;
  const flush = (closed: boolean, bySpace = false) => {
    const piece = current.trim();
    if (piece) out.push({ piece, lineBreakBefore: breakBefore, spaceBefore, closed });
    current = "";
    breakBefore = pendingBreak;
    pendingBreak = false;
    spaceBefore = bySpace;
  };
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;/]/.test(ch)) {
      pendingBreak = false;
      flush(/[；;/]/.test(ch));
      breakBefore = false;
      continue;
    }
    if (depth === 0 && (ch === "\n" || ch === "\r")) {
      if (current.trim()) {
        pendingBreak = true;
        flush(true);
      } else breakBefore = true;
      continue;
    }
    if (depth === 0 && /[\s\u3000]/.test(ch)) {
      // A space between two names separates them; spaces inside a name (rare) are dropped.
      if (current.trim() && complete(current.trim(), book)) flush(true, true);
      continue;
    }
    current += ch;
  }
  flush(true);
  return out;
}

/**
 * Strips the trailing "等", "等单位", "等部门", a vague "等市级有关部门" / "等区级其他相关单位" (the named unit before it is
 * the unit; the departments it leaves unnamed are none in particular) and sentence punctuation.
 */
function cleanPiece(piece: string): string {
  let out = piece.replace(/^[\s\u3000"']+|[\s\u3000。.：:"']+$/g, "");
  // Chinese quotes are stripped only when they do not pair up ("“6+3”产业链牵头部门" keeps them).
  if (/^[“‘]/.test(out) && !/[”’]/.test(out)) out = out.slice(1);
  if (/[”’]$/.test(out) && !/[“‘]/.test(out)) out = out.slice(0, -1);
  return out
    .replace(/等(单位|部门|相关单位|有关单位)?$/, "")
    .replace(/^(.+?)等(?:[省市县区][级直]?)?(?:其他|其它)?(?:有关|相关)?(?:部门|单位)(?:和单位)?$/, "$1")
    .trim();
}

/**
 * The units of a written list. Names that leave out a shared suffix or prefix are filled in
 * ("黄埔区、南沙区政府", "区发改局、财政局": see sharedAffix.ts); `book`, the registry, keeps a name it holds as written.
 */
export function splitUnits(text: string, book?: AffixBook): string[] {
  const pieces = rawPieces(text.replace(/\t/g, " "), book);
  const out: string[] = [];
  for (const { piece, lineBreakBefore, spaceBefore } of pieces) {
    const cleaned = cleanPiece(piece);
    if (!cleaned) continue;
    const prev = out[out.length - 1];
    // A line break inside a name: the previous line did not end like a unit, or this line is only a
    // branch ("泰山分局") or a parenthesised sub-unit ("（区大数据中心）") of the unit before.
    const glue =
      prev !== undefined &&
      lineBreakBefore &&
      (!complete(prev, book) || CONTINUATION_SUFFIX.test(toSimplified(cleaned)) || GENERIC_TAIL.test(toSimplified(cleaned)) || /^[（(]/.test(cleaned) || groupBrokenFromBody(prev, cleaned));
    // A branch after a space is the branch of the name before ("农业银行 兖州支行"), as after a line break.
    const branch = prev !== undefined && spaceBefore && CONTINUATION_SUFFIX.test(toSimplified(cleaned));
    if (glue || branch) out[out.length - 1] = prev + cleaned;
    else if (prev !== undefined && /^[（(].*[）)]$/.test(cleaned)) out[out.length - 1] = prev + cleaned;
    else out.push(cleaned);
  }
  return expandSharedAffixes(out, book);
}
