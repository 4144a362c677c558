import { bracketedName, UnitRegistry } from "../units/registry";
import { splitUnits } from "../units/splitUnits";
import { BODY_END } from "../units/bodyNames";
import { toSimplified } from "../text/traditional";
import { sharedResponsibility } from "../catalogue/sharedUnits";
import { separatePersons } from "./unitPerson";

interface UnitAssignment {
  leadUnits: string[];
  coUnits: string[];
  /** Group words left unexpanded (the registry has no units of their category). */
  groups: string[];
  /** People written beside a unit ("市城管局（刘洋）", "张三（区发改局局长）", "区发改局张三同志"), in the order written. */
  persons?: string[];
  /** Leaders named by their posts in a units list ("常务副区长李四"), in the order written. */
  leaders?: string[];
}

/** The words a mark after a unit's name gives it its role with ("区发改局（牵头）", "银州区政府（配合）"). */
export const LEAD_MARK_WORDS = "牵头|主办|主责|牵头单位|主办单位";
export const CO_MARK_WORDS = "配合|协办|会办|参与|协同|配合单位|协办单位|会办单位";
/** A co-unit's mark after its name. */
const CO_MARK = new RegExp(`[\\s\\u3000]*[（(](?:${CO_MARK_WORDS})[）)]$`);
/** A lead's mark: 牵头 after its name, or a ★ (☆▲※) before or after it. */
const MARK = new RegExp(`[\\s\\u3000]*[（(](?:${LEAD_MARK_WORDS})[）)]$|^[★☆▲※][\\s\\u3000]*|[\\s\\u3000]*[★☆▲※]$`);

/**
 * Lead and co-units of a task from what the document gives: a lead list (bold runs, a 主办单位
 * column) and/or the full list (lead first unless said otherwise). A list shared out without a lead
 * ("A、B按职责分工负责", "各镇街、各部门", or `shared` when the importer took the words off) gives no lead
 * unit, every unit a co-unit. Names resolve through the registry; group words expand to the registry's
 * units of their category or stay as written and are reported in `groups`.
 */
export function assignUnits(
  input: { all?: string[]; lead?: string[]; co?: string[]; shared?: boolean },
  registry: UnitRegistry,
): UnitAssignment {
  const groups: string[] = [];
  // "市城管局（刘洋）", "张三（区发改局局长）", "常务副区长李四": persons and leaders are taken off the units (round s, issue 13).
  const persons: string[] = [];
  const leaders: string[] = [];
  const withoutPerson = (list?: string[]) =>
    list?.flatMap((u) => {
      const p = separatePersons(u, false, (name) => registry.isKnown(name));
      for (const name of p.persons) if (!persons.includes(name)) persons.push(name);
      for (const name of p.leaders) if (!leaders.includes(name)) leaders.push(name);
      return p.persons.length || p.leaders.length ? splitUnits(p.units) : [u];
    });
  input = { ...input, all: withoutPerson(input.all), lead: withoutPerson(input.lead), co: withoutPerson(input.co) };
  // "银州区政府（配合）" inside one units cell: a 配合 mark after a name makes it a co-unit, whatever its place (round s).
  const coMarked = (input.all ?? []).filter((u) => CO_MARK.test(u)).map((u) => u.replace(CO_MARK, ""));
  if (coMarked.length) {
    input = { ...input, all: (input.all ?? []).filter((u) => !CO_MARK.test(u)), co: [...coMarked, ...(input.co ?? [])] };
  }
  // "区发改局（牵头）、区财政局": a 牵头 mark after a name makes it the lead; so does a ★ (☆▲※) before or after it, in a
  // label's units as in a table's cell ("责任单位：县统计局★、县人社局", round z).
  const marked = (input.all ?? []).filter((u) => MARK.test(u)).map((u) => u.replace(MARK, ""));
  if (marked.length) {
    input = {
      ...input,
      lead: [...(input.lead ?? []), ...marked],
      all: (input.all ?? []).map((u) => u.replace(MARK, "")),
    };
  }
  const resolve = (name: string) => (registry.isGroupWord(name) ? toSimplified(name) : resolveWritten(name, registry));
  let lead = (input.lead ?? []).map(resolve);
  // "区水务局、区农业农村局按职责分工负责" in a 配合单位 cell: the words are taken off the last name (no lead is made of it).
  const coWritten = sharedResponsibility(input.co ?? [], registry);
  let co = (coWritten.shared ? coWritten.names : input.co ?? []).map(resolve);
  const written = lead.length === 0 ? sharedResponsibility(input.all ?? [], registry) : { names: input.all ?? [], shared: false };
  const all = written.names.map(resolve);
  if (lead.length === 0 && all.length > 0 && (written.shared || input.shared)) {
    // Shared out without a lead: nobody is made the lead silently (validate says so, CAT_SHARED_NO_LEAD).
    co = [...all, ...co];
  } else if (lead.length === 0 && all.length > 0) {
    lead = [all[0]];
    co = [...all.slice(1), ...co];
  } else if (all.length > 0) {
    co = [...all.filter((u) => !lead.includes(u)), ...co];
  }
  const expand = (list: string[], isLead: boolean): string[] => {
    const out: string[] = [];
    for (const u of list) {
      const members = registry.expandGroup(u);
      if (members === null) out.push(u);
      // "相关镇街" / "区直相关部门" name some units of a category, not all: kept as a group for the office.
      else if (members.length === 0 || isLead || /相关|有关/.test(u)) {
        out.push(u);
        groups.push(u);
      } else out.push(...members);
    }
    return out;
  };
  const leadUnits = dedupe(expand(lead, true));
  const coUnits = dedupe(expand(co, false)).filter((u) => !leadUnits.includes(u));
  return { leadUnits, coUnits, groups: dedupe(groups), ...(persons.length ? { persons } : {}), ...(leaders.length ? { leaders } : {}) };
}

/**
 * Within one document, names of the same unit written differently become the first form written
 * (the registry's own name when the registry knows the unit), so a catalogue keeps the office's
 * wording instead of duban's built-in short forms.
 */
const firstWritten = new WeakMap<UnitRegistry, Map<string, string>>();
function resolveWritten(name: string, registry: UnitRegistry): string {
  const written = resolveWrittenForm(name, registry);
  noteBracketForm(name.trim(), written, registry);
  return written;
}

function resolveWrittenForm(name: string, registry: UnitRegistry): string {
  const trimmed = name.trim();
  if (registry.entries.some((e) => e.name === registry.resolve(trimmed))) return registry.resolve(trimmed);
  // "区发改局（区能源中心）" is 区发改局 (resolve gives the name outside the bracket for an unknown unit).
  if (!registry.isKnown(trimmed)) return registry.resolve(trimmed);
  let seen = firstWritten.get(registry);
  if (!seen) firstWritten.set(registry, (seen = new Map()));
  const canonical = registry.resolve(trimmed);
  // A bracketed second name is never the form kept: the name outside the bracket is, as written.
  const parts = bracketedName(trimmed);
  // A name in traditional characters ("區發改局") is written in the simplified characters the registry uses.
  const written = toSimplified(parts && registry.resolve(parts.base) === canonical ? parts.base : trimmed);
  if (!seen.has(canonical)) seen.set(canonical, written);
  return seen.get(canonical)!;
}

/** Bracketed forms written in the document, per unit written ("区发改局" → ["区发改局（区能源中心）"]). */
const bracketForms = new WeakMap<UnitRegistry, Map<string, string[]>>();
function noteBracketForm(trimmed: string, written: string, registry: UnitRegistry): void {
  const parts = bracketedName(trimmed);
  if (!parts || written === trimmed || registry.resolve(parts.base) !== registry.resolve(written)) return;
  let forms = bracketForms.get(registry);
  if (!forms) bracketForms.set(registry, (forms = new Map()));
  const list = forms.get(written) ?? [];
  if (!list.includes(trimmed)) list.push(trimmed);
  forms.set(written, list);
}


/**
 * Aliases the 单位 sheet should keep for units the import wrote in one form: each bracketed form written
 * ("区发改局（区能源中心）" for 区发改局), and the second name alone ("区能源中心") unless the registry
 * knows it as another unit or a task of the import names it as a unit of its own — then it is a co-unit,
 * not an alias. Units the tasks no longer name are left out.
 */
export function bracketAliases(registry: UnitRegistry, tasks: readonly { leadUnits: string[]; coUnits: string[] }[]): Record<string, string[]> {
  const forms = bracketForms.get(registry);
  const out: Record<string, string[]> = {};
  if (!forms) return out;
  const named = new Set(tasks.flatMap((t) => [...t.leadUnits, ...t.coUnits]));
  for (const [unit, written] of forms) {
    if (!named.has(unit)) continue;
    const aliases: string[] = [];
    for (const form of written) {
      aliases.push(form);
      const alt = bracketedName(form)!.alt;
      const own = named.has(alt) || (registry.isKnown(alt) && registry.resolve(alt) !== registry.resolve(unit));
      // The second name alone only when it ends like a body of its own ("区能源中心", not "牵头" or "2个").
      if (BODY_END.test(alt) && !own && alt !== unit && !aliases.includes(alt)) aliases.push(alt);
    }
    out[unit] = aliases;
  }
  return out;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list.filter((x) => x))];
}

/** Marks offices put on the lead unit in a units cell ("注：标★的为牵头单位"). */
const LEAD_MARK = /[★☆▲※]/g;

/**
 * The units of a cell where a mark (★☆▲※) before or after a name makes it the lead: "★县住建局/县自然资源局",
 * "县卫健委★ 县住建局". The marks are removed from the names; `marked` is empty when no name has one.
 */
export function splitMarkedUnits(text: string, registry?: UnitRegistry): { all: string[]; marked: string[] } {
  if (!/[★☆▲※]/.test(text)) return { all: splitUnits(text, registry), marked: [] };
  // A mark next to a space separates names as a 、 would.
  const separated = text.replace(/([★☆▲※])[\s\u3000]+/g, "$1、").replace(/[\s\u3000]+([★☆▲※])/g, "、$1");
  const all: string[] = [];
  const marked: string[] = [];
  for (const piece of splitUnits(separated, registry)) {
    const name = piece.replace(LEAD_MARK, "").trim();
    if (!name) continue;
    all.push(name);
    if (piece !== name) marked.push(name);
  }
  return { all, marked };
}
