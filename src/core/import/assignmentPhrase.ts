/**
 * Who leads and who helps, as one 责任单位 cell or one label's value writes it (issue 13): the one reader the table importer
 * uses for its units cells and the list and notice importers for their label lines ("责任单位：X牵头，A、B配合"), so every
 * importer reads the same forms.
 *
 * - labels, apart from their units by a colon, a space or a line break: "牵头单位：X；配合单位：A、B", "牵头单位 X 配合单位 A、B",
 *   "牵头：X；配合：A";
 * - phrases, one part a role, apart by ，；or a line break: "X牵头，A、B配合", "由X牵头，A、B配合", "由X负责", "X负责，A、B参与",
 *   "X主办，A、B协办", "X为牵头单位，A、B为配合单位".
 *
 * A 负责 part leads only where no part says 牵头 (or 主办): "X牵头，A负责" has X lead. A text with no lead ("A、B按职责分工负责")
 * or with a part of no role is no phrase (null): the caller reads it as it did.
 */
import { labelPattern } from "./assignmentLabels";

interface UnitsPhrase {
  /** The lead units as written, for the unit splitter. */
  lead: string;
  /** The helping units as written ("" for none). */
  co: string;
}

const LEAD_LABEL = `(?:${labelPattern("lead")})`;
const CO_LABEL = `(?:${labelPattern("co")})`;
/** A full label word may be parted from its units by a space; a bare role word (牵头, 配合) only by a colon. */
const LABELLED = new RegExp(
  `^(?:${LEAD_LABEL}(?:[:：]|[\\s\\u3000]+)|(?:牵头|主办|主责)[:：])\\s*(.+?)(?:\\s*(?:[；;，,\\s\\u3000]+)\\s*(?:${CO_LABEL}(?:[:：]|[\\s\\u3000]+)|(?:配合|协办|参与|协同|协助|其他责任)(?:单位|部门)?[:：])\\s*(.+?))?\\s*[；;。]?$`,
);

/** A part naming the lead: "由X牵头", "X牵头负责", "X主办", "X为牵头单位". */
const LEAD_PART = /^由?(.+?)(?:牵头(?:负责|实施|落实)?|主办|主责|负责牵头|为牵头(?:单位|部门))$/;
/** A part naming the helpers: "A、B配合", "A参与", "A、B协办", "A、B为配合单位", "A、B按职责分工负责". */
const CO_PART = /^(.+?)(?:配合(?:实施|落实)?|参与|协办|协助|协同|为(?:配合|协办|参与)(?:单位|部门)|按职责分工负责|按职责负责|分别负责|共同负责)$/;
/** A part naming who answers for it: "由X负责", "X负责" — the lead where no part says 牵头. */
const RESPONSIBLE_PART = /^由?(.+?)负责$/;
/** What a unit list is made of: no sentence, no figure, not a long clause. */
const UNITS_TEXT = /^[^。：:\d]{2,80}$/;

/** The lead and the helpers a units cell or a label's value names, or null when it is no such phrase. */
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
  const leads: string[] = [];
  const cos: string[] = [];
  const responsible: string[] = [];
  for (const part of parts) {
    const lead = LEAD_PART.exec(part);
    const co = lead ? null : CO_PART.exec(part);
    const answers = lead || co ? null : RESPONSIBLE_PART.exec(part);
    const units = (lead ?? co ?? answers)?.[1].trim();
    if (!units || !UNITS_TEXT.test(units)) return null;
    (lead ? leads : co ? cos : responsible).push(units);
  }
  // "X负责，A、B参与": 负责 leads; beside a 牵头 part ("X牵头，A负责") it is one more helper.
  if (leads.length) cos.push(...responsible);
  else leads.push(...responsible);
  if (!leads.length) return null;
  return { lead: leads.join("、"), co: cos.join("、") };
}
