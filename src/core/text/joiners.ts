/**
 * 和, 及 and 与 join names ("城镇和农村", "化学需氧量及氨氮"), but they also sit inside words that join nothing: 和美乡村, 和谐
 * 社区, 协和医院, 及时办结, 普及率, 涉及, 参与, 与否. A test for a list or a cut at a joiner reads the text with the joiners of
 * those words hidden (session 23: "和美乡村示范村" lost its 和 as a leading joiner, and "协和医院…年内建成投用" read as a task
 * of two things, so that its building finished could not answer it).
 */

/**
 * The words whose 和, 及 or 与 is part of the word, lookahead only (WPS runs ES2017: no lookbehind): the joiner first
 * (和美, 和谐, 及时, 与否) or last (协和, 普及, 参与). Only words that do not also end or start where a joiner meets its
 * neighbours: 和平 is "文化中心和平川县…" as often as a name, 总和 is "汇总和分析", 共和 "公共和社会", 饱和 "温饱和小康";
 * and 政协和 ("政协和人大") and 以及时 ("以及时间节点") stay joiners.
 */
const BOUND_HEAD = /和(?=美(?!丽|化|好|术|食|德)|谐|睦)|及(?=时(?!间|期|段|序)|早)|与(?=否)/g;
const BOUND_TAIL = /协和|(?:涉|普|惠|危|波)及|参与/g;
/** The character before a word that makes its joiner a joiner again: 政 before 协和, 以 before 及时. */
const JOINS_AFTER: Record<string, string> = { 协和: "政", 及: "以" };

/** A joiner at the start of words, unless it begins one of those words: for cutting a joiner off a name's head. */
export const LEADING_JOINER = "(?:和(?!美(?!丽|化|好|术|食|德)|谐|睦)|及(?!时(?!间|期|段|序)|早)|与(?!否))";

const HIDE: Record<string, string> = { 和: "\ue010", 及: "\ue011", 与: "\ue012" };
const SHOW: Record<string, string> = { "\ue010": "和", "\ue011": "及", "\ue012": "与" };

/** The text with the joiners inside words hidden (private-use characters of the same length), so offsets stay the same. */
export function hideBoundJoiners(s: string): string {
  if (!/[和及与]/.test(s)) return s;
  const joinsHere = (word: string, at: number) => at > 0 && JOINS_AFTER[word] === s[at - 1];
  const hidden = s.replace(BOUND_HEAD, (c: string, at: number) => (joinsHere(c, at) ? c : HIDE[c]));
  return hidden.replace(BOUND_TAIL, (word: string, at: number) => (joinsHere(word, at) ? word : word.slice(0, -1) + HIDE[word.slice(-1)]));
}

/** The hidden joiners back as they were written. */
export function showBoundJoiners(s: string): string {
  return /[\ue010-\ue012]/.test(s) ? s.replace(/[\ue010-\ue012]/g, (c) => SHOW[c]) : s;
}

/** Whether the words list things with 、, 和, 及 or 与 as joiners (not inside 和美, 及时, 参与 …). */
export function listsThings(s: string): boolean {
  return /[、和及与]/.test(hideBoundJoiners(s));
}

/** The words cut at their joiners (、, 和, 及, 与), never inside a word that holds one. */
export function splitAtJoiners(s: string): string[] {
  return hideBoundJoiners(s).split(/[、和及与]/).map(showBoundJoiners);
}
