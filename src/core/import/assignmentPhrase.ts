/**
 * Who leads and who helps, as one 责任单位 cell, one label's value or one item's closing bracket or sentence writes it
 * (issue 13): the one reader the table importer uses for its units cells, the list and notice importers for their label
 * lines ("责任单位：X牵头，A、B配合") and the list importer for "（X牵头，A、B配合）" and "由X牵头，A配合。", so every
 * importer reads the same forms.
 *
 * - labels, apart from their units by a colon, a space or a line break: "牵头单位：X；配合单位：A、B", "牵头单位 X 配合单位 A、B",
 *   "牵头：X；配合：A";
 * - phrases, one part a role, apart by ，；or a line break: "X牵头，A、B配合", "由X牵头，A、B配合", "由X负责", "X负责，A、B参与",
 *   "X主办，A、B协办", "X为牵头单位，A、B为配合单位";
 * - leaders named by their posts ("分管副区长负责", "常务副区长牵头，区发改局负责"): who answers for the task, never a unit —
 *   set aside in `leaderPosts`, so a unit's 负责 still leads;
 * - units sharing the task out ("A、B按职责分工负责", "区发改局牵头，各镇街按职责分工负责" for the helpers): with no part
 *   naming a lead the phrase has none (`shared`), every unit a helper — never a lead made up from the first name.
 *
 * A 负责 part leads only where no part says 牵头 (or 主办): "X牵头，A负责" has X lead; "A、B负责" alone names no lead among
 * A and B, so the first written leads, as in any list with no mark. Units with no role word between parts that have one
 * ("X牵头，A，B配合") take the role of the part after them (the helpers' when none comes after). A text with a part that is
 * neither a role nor units, or with no role at all, is no phrase (null): the caller reads it as it did.
 */
import { labelPattern } from "./assignmentLabels";
import { isLeaderPost } from "./leaderTitles";
import { SHARED_PHRASE, sharesOut } from "../catalogue/sharedUnits";
import { UNIT_LIST_END } from "../units/bodyNames";
import { splitUnits } from "../units/splitUnits";

export interface UnitsPhrase {
  /** The lead units as written, for the unit splitter ("" when the text shares the task out or names posts only). */
  lead: string;
  /** The helping units as written ("" for none). */
  co: string;
  /** "A、B按职责分工负责": the units share the task, none leads. */
  shared?: true;
  /** Leaders' posts the text names as answering for the task ("分管副区长"), in the order written. */
  leaderPosts?: string[];
}

const LEAD_LABEL = `(?:${labelPattern("lead")})`;
const CO_LABEL = `(?:${labelPattern("co")})`;
/** A full label word may be parted from its units by a space; a bare role word (牵头, 配合) only by a colon. */
const LABELLED = new RegExp(
  `^(?:${LEAD_LABEL}(?:[:：]|[\\s\\u3000]+)|(?:牵头|主办|主责)[:：])\\s*(.+?)(?:\\s*(?:[；;，,\\s\\u3000]+)\\s*(?:${CO_LABEL}(?:[:：]|[\\s\\u3000]+)|(?:配合|协办|参与|协同|协助|其他责任)(?:单位|部门)?[:：])\\s*(.+?))?\\s*[；;。]?$`,
);

/** A part naming the lead: "由X牵头", "X牵头负责", "X主办", "X为牵头单位". */
const LEAD_PART = /^由?(.+?)(?:牵头(?:负责|实施|落实|推进|抓总)?|主办|主责|负责牵头|为牵头(?:单位|部门))$/;
/** A part naming the helpers: "A、B配合", "A参与", "A、B协办", "A、B为配合单位", "A、B按职责分工负责". */
const CO_PART = /^(.+?)(?:配合(?:实施|落实)?|参与|协办|协助|协同|为(?:配合|协办|参与)(?:单位|部门))$/;
/** A part naming who answers for it: "由X负责", "X负责" — the lead where no part says 牵头. */
const RESPONSIBLE_PART = /^由?(.+?)负责$/;
/** What a unit list is made of: no sentence, no figure, not a long clause. */
const UNITS_TEXT = /^[^。：:\d]{2,80}$/;
/** Units written with no role word, between parts that have one: each name ends like a body or a set of units. */
const BARE_UNITS = /^[^。：:\d，,；;]{2,60}$/;

type Role = "lead" | "co" | "responsible" | "shared";

/** The lead and the helpers a units cell, a label's value or an item's closing phrase names, or null when it is no such phrase. */
export function readUnitsPhrase(written: string): UnitsPhrase | null {
  const text = written.trim().replace(/\s*(?:\r\n|\r|\n)\s*/g, "；");
  if (!text) return null;
  const labelled = LABELLED.exec(text);
  if (labelled) {
    const lead = labelled[1].replace(/[；;，,]$/, "").trim();
    const co = (labelled[2] ?? "").replace(/[；;，,]$/, "").trim();
    return lead && !/[:：]/.test(lead) && !/[:：]/.test(co) ? { lead, co } : null;
  }
  const parts = text.replace(/[。；;]$/, "").split(/[，,；;]/).map((p) => p.trim()).filter(Boolean);
  if (!parts.length) return null;
  const read: { role: Role | null; units: string }[] = [];
  const leaderPosts: string[] = [];
  for (const part of parts) {
    const role = roleOf(part);
    if (!role) {
      // "X牵头，A，B配合": units between the parts, their role the next part's.
      if (!BARE_UNITS.test(part) || !splitUnits(part).every((u) => UNIT_LIST_END.test(u))) return null;
      read.push({ role: null, units: part });
      continue;
    }
    if (!UNITS_TEXT.test(role.units)) return null;
    // "分管副区长负责": a post answers for the task; it is no unit.
    const posts = role.units.split(/[、和及]/).map((p) => p.trim());
    if (posts.every((p) => isLeaderPost(p))) leaderPosts.push(...posts);
    else read.push({ role: role.role, units: role.units });
  }
  if (!read.length) return leaderPosts.length ? { lead: "", co: "", leaderPosts } : null;
  let next: Role = "co";
  for (let k = read.length - 1; k >= 0; k--) {
    const role = read[k].role;
    if (role) next = role;
    else read[k].role = next;
  }
  const of = (role: Role) => read.filter((r) => r.role === role).map((r) => r.units);
  const withPosts = leaderPosts.length ? { leaderPosts } : {};
  const leads = of("lead");
  const helpers = [...of("co"), ...of("shared")];
  const responsible = of("responsible");
  // "X负责，A、B参与": 负责 leads; beside a 牵头 part ("X牵头，A负责") it is one more helper.
  if (leads.length) return { lead: leads.join("、"), co: [...helpers, ...responsible].join("、"), ...withPosts };
  if (responsible.length) {
    // "A、B负责" names no lead among them: the first written leads, as in a list with no mark.
    const [first, ...rest] = splitUnits(responsible.join("、"));
    return { lead: first, co: [...rest, ...helpers].join("、"), ...withPosts };
  }
  // Helpers only: a phrase only when the text shares the task out; "A、B配合" alone is no assignment.
  return of("shared").length ? { lead: "", co: helpers.join("、"), shared: true, ...withPosts } : null;
}

/** The role a part names and the units it names for it, or null for a part with no role word. */
function roleOf(part: string): { role: Role; units: string } | null {
  const lead = LEAD_PART.exec(part);
  if (lead) return { role: "lead", units: lead[1].trim() };
  if (sharesOut(part)) return { role: "shared", units: part.replace(/[。；;，,]+$/, "").replace(SHARED_PHRASE, "").trim() };
  const co = CO_PART.exec(part);
  if (co) return { role: "co", units: co[1].trim() };
  const answers = RESPONSIBLE_PART.exec(part);
  return answers ? { role: "responsible", units: answers[1].trim() } : null;
}
