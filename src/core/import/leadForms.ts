/**
 * Ways a catalogue says who leads that a list of numbered items writes around its items (round aw, issue 13), read for the
 * list importer beside its own bracket, label and sentence readers:
 *
 * - a closing bracket whose labels follow a short note of the item's kind: "…。（预期性指标，牵头单位：市发改委；责任单位：…）" —
 *   the note ("预期性指标", "约束性指标") says what the item is, never who does it;
 * - a note run on after the units of a label: "责任单位：市政府有关部门，各县市区，以下均需各县市区落实，不再逐一列出" — what
 *   the list means for the items below, no unit;
 * - an item opening with who leads it and who joins, then its work: "由县水利局牵头，会同县发改委、县财政局，推进…";
 * - a heading closed by a bracket of labels naming the lead (and the leader) of every item under it: "（一）做强现代能源经济
 *   （市政府负责领导：常务副市长；牵头单位：市发改委）".
 */
import { labelKind, labelPattern } from "./assignmentLabels";
import { readUnitsPhrase, UnitsPhrase } from "./assignmentPhrase";
import { headingLeaders } from "./sections";
import { UNIT_LIST_END } from "../units/bodyNames";
import { splitUnits } from "../units/splitUnits";

const ASSIGNING_KEYS = labelPattern("lead", "co", "all", "leader", "person", "deadline");

/**
 * A closing bracket opening with a note, then labels: the note is short words with no label, sentence stop or figure, and not
 * a unit's name (a bracket listing a unit first is a unit list, read elsewhere).
 */
const NOTED_BRACKET = new RegExp(`[（(]([^（）()：:，,；;。\\d]{2,12})[，,；;]\\s*((?:${ASSIGNING_KEYS})[:：][^（）()]+)[）)]\\s*[。；;]?$`);

/** "…增长。（预期性指标，牵头单位：A；责任单位：B）" → the item's words with the note kept as theirs, and the labels' text. */
export function notedBracketLabels(text: string): { body: string; labelled: string } | null {
  const m = NOTED_BRACKET.exec(text);
  // The bracket may stand alone on its line (its item's words on the line above).
  if (!m || UNIT_LIST_END.test(m[1].trim())) return null;
  const body = text.slice(0, m.index).trim().replace(/[。；;]$/, "");
  return { body: `${body}（${m[1].trim()}）`, labelled: m[2] };
}

/**
 * A clause after a label's units that says how the list applies ("以下均需各县市区落实", "下同", "不再逐一列出"): from the
 * first such clause on, the value names no more units.
 */
const LIST_NOTE = /[，,；;]\s*(?:以下|以上|下同|同上|不再|均需|均须)[^]*$/;
export function withoutListNote(value: string): string {
  return value.replace(LIST_NOTE, "").trim();
}

/**
 * "由县水利局牵头，会同县发改委、县财政局，推进…" / "县商务局牵头，推进…": the item opens with a phrase naming its lead (the first
 * one to three clauses, read by the one phrase reader), then its work (at least four characters). Every unit named must read as
 * a unit, so "各地牵头，…" or "部门协同推进" give nothing. The item's words stay whole.
 */
const ROLE_CLAUSE = /^(?:由|会同|會同)|(?:牵头|主办|配合|协办|协同|参与|负责|落实)$/;
export function openingLeadPhrase(text: string, isUnit: (name: string) => boolean): UnitsPhrase | null {
  const sentence = text.trim().split(/[。；;]/)[0];
  const parts = sentence.split(/[，,]/);
  for (let k = Math.min(3, parts.length - 1); k >= 1; k--) {
    const rest = parts.slice(k).join("，").trim();
    // The work must follow the phrase: a clause naming a role ("会同…", "…配合") is more of the phrase, not the work.
    if (rest.length < 4 || ROLE_CLAUSE.test(parts[k].trim())) continue;
    const phrase = readUnitsPhrase(parts.slice(0, k).join("，"));
    if (!phrase?.lead || phrase.shared) continue;
    const named = [...splitUnits(phrase.lead), ...splitUnits(phrase.co)];
    if (named.length && named.every(isUnit)) return phrase;
  }
  return null;
}

/**
 * A heading's labels also name the government's leader answering for the part ("市政府负责领导：常务副市长"), a label only
 * headings write: kept here so it never makes an item's bracket a notice's leader bracket.
 */
const GOVERNMENT_LEADER = "[省市县区州盟旗]政府负责领导";
const HEADING_KEYS = `${ASSIGNING_KEYS}|${GOVERNMENT_LEADER}`;
const HEADING_LABELS = new RegExp(`^(.{2,}?)\\s*[（(]((?:${HEADING_KEYS})[:：][^（）()]+)[）)]\\s*[。：:]?$`);
const ANY_LABEL = new RegExp(`(${HEADING_KEYS})[:：]`, "g");

/**
 * A heading closed by labels that name a lead unit: its name without them, the lead units and the leaders the labels give.
 * "（一）做强现代能源经济（市政府负责领导：常务副市长；牵头单位：市发改委）" → "（一）做强现代能源经济", 市发改委, 常务副市长.
 * A bracket naming only leaders, or only a 总牵头 coordinator, is no such heading (read as before).
 */
export function headingLabels(name: string): { name: string; lead: string[]; leader: string } | null {
  const m = HEADING_LABELS.exec(name.trim());
  if (!m) return null;
  const inner = m[2];
  const keys = [...inner.matchAll(ANY_LABEL)];
  if (keys.length && (keys[0].index ?? 0) > 0) return null;
  const lead: string[] = [];
  let leader = "";
  keys.forEach((key, k) => {
    const from = (key.index ?? 0) + key[0].length;
    const to = k + 1 < keys.length ? keys[k + 1].index ?? inner.length : inner.length;
    const value = inner.slice(from, to).replace(/^[\s，,；;。]+|[\s，,；;。]+$/g, "");
    const kind = new RegExp(`^${GOVERNMENT_LEADER}$`).test(key[1]) ? "leader" : labelKind(key[1]);
    if (kind === "lead") lead.push(...splitUnits(value));
    else if (kind === "leader") leader = headingLeaders(value);
  });
  return lead.length ? { name: m[1].trim(), lead, leader } : null;
}

const HEADING_MARK = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*/;
/**
 * A part's heading line ("一、…", "（一）…") closed by labels naming the lead of its items: its leader's label is the part's,
 * so it does not make the document a notice of items each with a leader's bracket (the list importer reads its parts).
 */
export function isLabelledHeading(line: string): boolean {
  const mark = HEADING_MARK.exec(line);
  return !!mark && !/[。；;]\s*[（(]/.test(line) && headingLabels(line.slice(mark[0].length)) !== null;
}
