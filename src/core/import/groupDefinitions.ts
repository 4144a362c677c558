import { UnitEntry } from "../model";
import { foldText } from "../text/normalize";
import { toSimplified } from "../text/traditional";
import { BODY_END } from "../units/bodyNames";
import { createUnitRegistry, UnitRegistry } from "../units/registry";
import { splitUnits } from "../units/splitUnits";
import { ImportResult } from "./types";

/** A group phrase the document itself spells out: "“6+3”产业链牵头部门指区工信局、区发改局、区商务局". */
interface GroupDefinition {
  word: string;
  members: string[];
  line: number;
}

/** "注：", "说明：", "其中，" and the like before a definition. */
const LEAD_IN = /^[（(]?\s*(?:注|说明|备注|附注|其中)\s*[\d一二三四五六七八九十]*\s*[:：，,、.．]?\s*/;
/** "X指A、B" / "X是指…" / "X即…" / "X包括…" / "X为…" / "X：A、B". */
const DEFINITION = /^(.{2,30}?)(?:是指|系指|指的是|指|即|包括|为|[:：])[:：]?\s*(.+)$/;

const norm = (s: string) => toSimplified(foldText(s)).replace(/\s+/g, "");

/**
 * Group phrases the document defines, sentence by sentence: "注：要素保障相关单位指区发改局、区自然资源局、区财政局。"
 * A definition counts only when its members are certain: every piece is a unit name (ends like a body, is no group
 * phrase itself) and the list is closed — "…等", "等部门", "包括但不限于", "及其他" leave the group as written.
 */
function groupDefinitions(lines: readonly string[], registry: UnitRegistry): GroupDefinition[] {
  const out: GroupDefinition[] = [];
  lines.forEach((raw, i) => {
    for (const piece of raw.split(/[。；;]/)) {
      const sentence = piece.trim().replace(LEAD_IN, "").replace(/[）)]$/, "");
      const m = DEFINITION.exec(sentence);
      if (!m) continue;
      const word = m[1].trim();
      if (!registry.isGroupWord(word) || !/\S/.test(m[2])) continue;
      const listed = m[2].trim();
      if (/等|不限于|其他|其它|以及相关|及相关|及有关|牵头|配合|负责/.test(listed)) continue;
      const members = splitUnits(listed);
      if (!members.length || !members.every((u) => !registry.isGroupWord(u) && u.length >= 3 && BODY_END.test(toSimplified(u)))) continue;
      out.push({ word, members, line: i + 1 });
    }
  });
  return out;
}

/**
 * Expands the group phrases a document defines (groupDefinitions) in its tasks, when the registry given (the 单位
 * sheet) does not expand them already: the task names the members as it would have named them one by one (a group
 * leading the task gives its members as joint leads). Groups without a definition stay as they are.
 */
export function expandDefinedGroups(result: ImportResult, lines: readonly string[], units: UnitEntry[]): ImportResult {
  if (!result.tasks.some((t) => t.groups?.length)) return result;
  const registry = createUnitRegistry(units);
  const defined = new Map<string, string[]>();
  for (const d of groupDefinitions(lines, registry)) {
    if ((registry.expandGroup(d.word)?.length ?? 0) > 0) continue;
    // Two definitions of one phrase that disagree are not certain: neither is used.
    const key = norm(d.word);
    const members = d.members.map((u) => toSimplified(u.trim()));
    const before = defined.get(key);
    defined.set(key, before && before.join("、") !== members.join("、") ? [] : members);
  }
  if (![...defined.values()].some((m) => m.length)) return result;
  const expand = (list: string[]) => list.flatMap((u) => defined.get(norm(u))?.length ? defined.get(norm(u))! : [u]);
  const tasks = result.tasks.map((t) => {
    if (!t.groups?.some((g) => defined.get(norm(g))?.length)) return t;
    const leadUnits = [...new Set(expand(t.leadUnits))];
    const coUnits = [...new Set(expand(t.coUnits))].filter((u) => !leadUnits.includes(u));
    const groups = t.groups.filter((g) => !defined.get(norm(g))?.length);
    const copy = { ...t, leadUnits, coUnits };
    if (groups.length) copy.groups = groups;
    else delete copy.groups;
    return copy;
  });
  return { ...result, tasks };
}
