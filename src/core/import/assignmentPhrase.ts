/**
 * Who leads and who helps, as one 责任单位 cell, one label's value or one item's closing bracket or sentence writes it
 * (issue 13): the one reader the table importer uses for its units cells, the list and notice importers for their label
 * lines ("责任单位：X牵头，A、B配合") and the list importer for "（X牵头，A、B配合）" and "由X牵头，A配合。", so every
 * importer reads the same forms.
 *
 * - labels, apart from their units by a colon, a space or a line break: "牵头单位：X；配合单位：A、B", "牵头单位 X 配合单位 A、B",
 *   "牵头：X；配合：A";
 * - phrases, one part a role, apart by ，；or a line break: "X牵头，A、B配合", "由X牵头，A、B配合", "由X负责", "X负责，A、B参与",
 *   "X主办，A、B协办", "X为牵头单位，A、B为配合单位", "由X牵头，会同A、B";
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
const LEAD_PART = /^由?(.+?)(?:(?:牵头|牽頭)(?:负责|負責|实施|落实|推进|抓总)?|主办|主责|负责牵头|为牵头(?:单位|部门))$/;
/**
 * How a text says the helpers work with the lead, before 配合 or 协同: "密切配合", "加强配合协调", "积极配合", "通力协同" — the
 * manner, never part of the units' names.
 */
const CO_MANNER = "(?:密切|加强|加強|积极|積極|全力|主动|主動|共同|通力|大力|协调|協調|相互|互相)";
/** A part naming the helpers: "A、B配合", "A、B等部门密切配合", "A参与", "A、B协办", "A、B为配合单位". */
const CO_PART = new RegExp(
  `^(.+?)(?:${CO_MANNER}?(?:配合|協同|协同)(?:实施|落实|协调|協調)?|参与|协办|协助|为(?:配合|协办|参与)(?:单位|部门))$`,
);
/** A part naming who joins the lead, the role word before the units: "会同A、B" (round aw) — helpers as "A、B配合" are. */
const JOINT_PART = /^(?:会同|會同)(.+)$/;
/** A part naming who answers for it: "由X负责", "X具体负责" — the lead where no part says 牵头. */
const RESPONSIBLE_PART = /^由?(.+?)(?:具体|具體)?(?:负责|負責)$/;
/** A part naming who carries the task out: "各市州人民政府落实", "各县区具体落实" — helpers beside a part that leads. */
const IMPLEMENT_PART = /^(.+?)(?:具体|具體|抓好|组织|組織)?(?:落实|落實)$/;
/**
 * The close of a unit list naming no more units ("A、B等部门", "A等其他有关单位", "A、B等县级相关部门"): the units named stay,
 * the close is no unit.
 */
const LIST_CLOSE = /等(?:[省市县区縣區][级直級]?)?(?:其他|其它)?(?:有关|相关|有關|相關)?(?:部门|单位|部門|單位)?$/;
/**
 * A note that the first unit written leads ("列第一位者为牵头单位，下同", "排名第一的为牵头单位", "列首位的为牵头部门"), closing
 * a list of units: what the order of the list means, no unit and no role of its own. The words are those the list importer's
 * note lines use (LEAD_NOTE in importList.ts).
 */
const FIRST_LEADS_NOTE = /[，,；;]\s*(?:列第一位|排名第一|排在第一|列首位|第一位|第一个)[^，,；;。]{0,4}?为牵头(?:单位|部门)(?:[，,；;]\s*下同)?$/;

/**
 * Helpers' words that are a manner or a task, not units ("加强部门配合", "上下协同", "做好与省厅的配合"): a part whose units
 * open with such a word, or whose names do not end as units do, is no helpers' part — "配合" inside a task's own words.
 */
const NOT_UNITS_START = new RegExp(`^(?:${CO_MANNER}|强化|強化|做好|推进|推進|实现|實現|上下|部门间|部門間|与|與|和|同)`);
/** What a unit list is made of: no sentence, no figure, not a long clause. */
const UNITS_TEXT = /^[^。：:\d]{2,80}$/;
/** Units written with no role word, between parts that have one: each name ends like a body or a set of units. */
const BARE_UNITS = /^[^。：:\d，,；;]{2,60}$/;

/**
 * A unit's name closes every bracket it opens ("区住建局（区人防办）"): "清理拖欠账款（区财政局" is a task's words run into the
 * bracket that assigns it (round az), never a unit.
 */
function bracketsClosed(units: string): boolean {
  return (units.match(/[（(]/g) ?? []).length === (units.match(/[）)]/g) ?? []).length;
}

type Role = "lead" | "co" | "responsible" | "shared";

/** The lead and the helpers a units cell, a label's value or an item's closing phrase names, or null when it is no such phrase. */
export function readUnitsPhrase(written: string): UnitsPhrase | null {
  const joined = written.trim().replace(/\s*(?:\r\n|\r|\n)\s*/g, "；");
  // "A、B、C等负责，列第一位者为牵头单位": the note says the first leads, which the list read alone already gives.
  const firstLeads = FIRST_LEADS_NOTE.test(joined.replace(/[。；;]$/, ""));
  const text = firstLeads ? joined.replace(/[。；;]$/, "").replace(FIRST_LEADS_NOTE, "") : joined;
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
    if (!UNITS_TEXT.test(role.units) || !bracketsClosed(role.units)) return null;
    if (role.role === "co" && !namesUnits(role.units)) return null;
    // "分管副区长负责": a post answers for the task; it is no unit.
    const posts = role.units.split(/[、和及]/).map((p) => p.trim());
    if (posts.every((p) => isLeaderPost(p))) leaderPosts.push(...posts);
    else read.push({ role: role.role, units: role.units });
  }
  if (!read.length) return leaderPosts.length ? { lead: "", co: "", leaderPosts } : null;
  const noRole = read.every((r) => r.role === null);
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
  // "A、B、C，列第一位者为牵头单位": a list with no role word, the note naming its first the lead.
  if (firstLeads && noRole) {
    const [first, ...rest] = splitUnits(read.map((r) => r.units).join("、"));
    return first ? { lead: first, co: rest.join("、"), ...withPosts } : null;
  }
  // Helpers only: a phrase only when the text shares the task out; "A、B配合" alone is no assignment.
  return of("shared").length ? { lead: "", co: helpers.join("、"), shared: true, ...withPosts } : null;
}

/**
 * The units one clause names as helpers ("A、B等部门密切配合" → "A、B"), or null when it names none: the clause after "…工作由X负责"
 * in a report's sentence, read as a units phrase's helpers' part is.
 */
export function readHelpersPart(part: string): string | null {
  const role = roleOf(part.trim().replace(/[。；;]$/, ""));
  return role && role.role === "co" && UNITS_TEXT.test(role.units) && namesUnits(role.units) ? role.units : null;
}

/** The role a part names and the units it names for it, or null for a part with no role word. */
function roleOf(part: string): { role: Role; units: string } | null {
  const lead = LEAD_PART.exec(part);
  if (lead) return { role: "lead", units: withoutListClose(lead[1]) };
  if (sharesOut(part)) return { role: "shared", units: part.replace(/[。；;，,]+$/, "").replace(SHARED_PHRASE, "").trim() };
  const joint = JOINT_PART.exec(part);
  if (joint && namesUnits(joint[1])) return { role: "co", units: withoutListClose(joint[1]) };
  const co = CO_PART.exec(part);
  if (co) return { role: "co", units: withoutListClose(co[1]) };
  const answers = RESPONSIBLE_PART.exec(part);
  if (answers) return { role: "responsible", units: withoutListClose(answers[1]) };
  // "各市州人民政府落实", "各县区具体落实": the units carrying the task out where another part leads (never "X负责落实").
  const carry = IMPLEMENT_PART.exec(part);
  return carry && !/负责$/.test(carry[1]) && namesUnits(carry[1]) ? { role: "co", units: withoutListClose(carry[1]) } : null;
}

/** "A、B等部门" → "A、B": the units named, without the close that names no more. A close alone ("等部门") stays, to fail as units. */
function withoutListClose(units: string): string {
  const named = units.trim().replace(LIST_CLOSE, "").trim();
  return named.length >= 2 ? named : units.trim();
}

/** Whether a helpers' part names units: no manner or task word opening it, each name ending as a unit or a set of units does. */
function namesUnits(units: string): boolean {
  return !NOT_UNITS_START.test(units) && splitUnits(units).every((u) => UNIT_LIST_END.test(u) || isLeaderPost(u));
}
