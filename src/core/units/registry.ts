import { UnitEntry } from "../model";
import { foldText } from "../text/normalize";
import { toSimplified } from "../text/traditional";
import { BODY_END } from "./bodyNames";

/**
 * Names that offices write for the same body. The first name of each group is the canonical one when
 * the registry itself does not know any of them; otherwise the registry's own name wins.
 */
const BUILTIN_ALIASES: readonly (readonly string[])[] = [
  ["区发改局", "区发展和改革局", "区发展和改革委员会", "区发展改革局", "区发改委", "区发展改革委"],
  ["区教体局", "区教育和体育局", "区教育体育局"],
  ["区工信局", "区工业和信息化局", "区经信局", "区经济和信息化局"],
  ["区卫健局", "区卫生健康局", "区卫生和健康局", "区卫健委", "区卫生健康委员会"],
  ["区人社局", "区人力资源和社会保障局", "区人力资源社会保障局"],
  ["区住建局", "区住房和城乡建设局", "区住房城乡建设局", "区住建委"],
  ["区自然资源局", "区自然资源和规划局", "区自规局", "区资规局"],
  ["区科技局", "区科学技术局"],
  ["区市场监管局", "区市场监督管理局"],
  ["区文旅局", "区文化和旅游局", "区文化旅游局"],
  ["区交运局", "区交通运输局", "区交通局"],
  ["区农业农村局", "区农业和农村局", "区农委"],
  ["区生态环境分局", "区环保局"],
  ["区医保局", "区医疗保障局"],
  ["区退役军人局", "区退役军人事务局"],
  ["区应急局", "区应急管理局"],
  ["区行政审批局", "区行政审批服务局"],
  ["区综合执法局", "区综合行政执法局"],
  ["区金融监管局", "区地方金融监管局", "区地方金融监督管理局"],
  ["区国资中心", "区国有资产事务服务中心"],
  ["区商务局", "区商务和投资促进局"],
  ["区水务局", "区城乡水务局"],
  ["区政府办", "区政府办公室", "区人民政府办公室"],
  ["区司法局", "区司法行政局"],
  ["区民政局", "区民政事务局"],
];

/** Group words: each stands for all units of a category. */
const GROUP_WORDS: Record<string, string> = {
  各镇街: "镇街",
  "各镇(街)": "镇街",
  "各镇(街道)": "镇街",
  各镇街道: "镇街",
  "各镇(乡)街道": "镇街",
  "各镇、街道": "镇街",
  "各乡镇、街道": "镇街",
  "各镇、街": "镇街",
  各街镇: "镇街",
  各街道: "镇街",
  各镇: "镇街",
  各乡镇: "镇街",
  相关镇街: "镇街",
  "相关镇(街)": "镇街",
  有关镇街: "镇街",
  "有关镇(街)": "镇街",
  相关街道: "镇街",
  区直相关部门: "区直部门",
  区直有关部门: "区直部门",
  区直各部门: "区直部门",
  区政府各部门: "区直部门",
  区直部门: "区直部门",
  相关部门: "区直部门",
  有关部门: "区直部门",
  各有关部门: "区直部门",
  区直相关单位: "区直部门",
  "区直、驻区各单位": "区直部门",
};

/**
 * Phrases that name a set of units by what they do rather than by name ("“6+3”产业链牵头部门",
 * "安全生产重点领域牵头部门", "要素保障相关单位", "县各有关单位", "全区经济运行各专班"): groups, never units.
 * Their category is the phrase itself, so a 单位 sheet that gives units that category expands them.
 */
const GROUP_PHRASE = /^[^\d、，,]{0,14}(牵头部门|牵头单位|责任部门|责任单位|配合部门|配合单位|相关部门|相关单位|有关部门|有关单位|成员单位|各部门|各单位)$|^(各|相关|有关)[\u4e00-\u9fa5()、]{1,12}$|^(各|相关|有关)[\u4e00-\u9fa5()、]{1,24}(人民政府|政府|部门|单位)$|^[\u4e00-\u9fa5]{0,6}各[\u4e00-\u9fa5]{0,6}(专班|部门|单位|镇街|街道|工会)$/;

/**
 * The 类别 a 单位 sheet gives units for a group to expand to them: 镇街 for 各镇街 / 各镇（街道）, 区直部门 for
 * 区直各部门; any other phrase is its own category ("“6+3”产业链牵头部门").
 */
export function groupCategoryName(word: string): string {
  return isPartialGroup(word) ? word.trim() : GROUP_WORDS[key(word)] ?? word.trim();
}

/**
 * "相关镇街", "区直相关部门", "有关部门", "各有关部门": a built-in group word that names SOME units of its category,
 * not all. Its members are not the category's units: only units a 单位 sheet gives the phrase itself as category
 * (a closed list the office wrote) are its members; otherwise it stays a group (CAT_GROUP_UNIT). A phrase that is
 * its own category already ("要素保障相关单位") is unchanged: it never stood for a whole category.
 */
export function isPartialGroup(word: string): boolean {
  const k = key(word);
  return GROUP_WORDS[k] !== undefined && /相关|有关/.test(k);
}

/** A written unit name split into the name and its bracketed second name: "区发改局（区能源中心）". */
export function bracketedName(name: string): { base: string; alt: string } | null {
  const m = /^(.+?)\s*[（(]([^（()）]+)[）)]$/.exec(name.trim());
  if (!m) return null;
  return { base: m[1].trim(), alt: m[2].trim() };
}

/** Category guessed from the shape of a name: towns and subdistricts are 镇街, 区…局/委/办 are 区直部门. */
export function guessCategory(name: string): string {
  return categoryGuess(name).category;
}

/** The category guessed from a name and why, in the words the office reads (UNIT_CATEGORY_GUESSED). */
export function categoryGuess(name: string): { category: string; why: string } {
  const n = toSimplified(foldText(name));
  const town = /(镇|街道|乡)$/.exec(n);
  if (town && !/^各/.test(n)) return { category: "镇街", why: `名称以“${town[1]}”结尾` };
  const bureau = /^区.*(局|委|办|办公室|中心|部)(\(.*\))?$/.exec(n);
  if (bureau) return { category: "区直部门", why: `名称以“区”开头、以“${bureau[1]}”结尾` };
  const zone = /(管委会|园区|开发区|高新区)$/.exec(n);
  if (zone) return { category: "园区", why: `名称以“${zone[1]}”结尾` };
  return { category: "其他", why: "名称不像镇街、区直部门或园区" };
}

export interface UnitRegistry {
  /** Canonical name for a written name (alias or folded form); unknown names come back trimmed. */
  resolve(name: string): string;
  /** Whether the registry (or the built-in alias list) knows this name. */
  isKnown(name: string): boolean;
  /** Units a group word stands for; [] for a group word whose category is empty; null if not a group word. */
  expandGroup(word: string): string[] | null;
  isGroupWord(word: string): boolean;
  /** Why a unit's category was guessed from its name ("名称以“镇”结尾"); "" when the 单位 sheet gave it. */
  categoryGuessOf(unit: string): string;
  /** The 分管领导 of a unit, "" when unknown. */
  leaderOf(unit: string): string;
  /**
   * The entries a short form written for none of them by name could stand for ("城管局" for 区城市管理局 and 区城市管理综合执法局):
   * two or more when the short form is left as written; [] for a name the registry resolves or no entry fits.
   */
  shortFormCandidates(name: string): string[];
  /**
   * The entry a name stands for only as its short form ("大数据局" for 区大数据发展管理局), read by the short-form rule rather
   * than by a name or alias the sheet or the built-in list gives: null for any other name.
   */
  shortFormEntry(name: string): string | null;
  /** The entries the registry was made from. */
  readonly entries: readonly UnitEntry[];
}

/** Folded key: half-width, simplified characters (區發改局 = 区发改局), no spaces, no 人民 in 区人民政府. */
function key(name: string): string {
  return toSimplified(foldText(name)).replace(/区人民政府/g, "区政府");
}

/**
 * Other names a city-level body in a district goes by: "济宁市颜店新城建设管理服务中心" is written
 * "颜店新城建设管理服务中心" or "济宁颜店新城…"; "济宁市公安局兖州分局" is "区公安分局";
 * "济宁市生态环境局兖州区分局" is "区生态环境分局".
 */
function derivedNames(name: string): string[] {
  const n = foldText(name);
  const city = /^([\u4e00-\u9fa5]{2,3})市(.+)$/.exec(n);
  if (!city) return [];
  const [, cityName, rest] = city;
  const out = [rest, cityName + rest];
  const branch = /^(.+?)局[\u4e00-\u9fa5]{2,4}?区?分局$/.exec(rest);
  if (branch) out.push(`区${branch[1]}分局`);
  return out.filter((x) => !/^区?(局|分局)$/.test(x));
}

/**
 * A 单位 sheet that lists both "区发改局" and "区发改局（区能源中心）" (as one written from the catalogue's
 * unit cells does) names one bureau twice: the bracketed entry becomes an alias of the plain one, unless
 * the sheet tells them apart — a different 分管领导 or a different category.
 */
function mergeBracketTwins(entries: UnitEntry[]): UnitEntry[] {
  const byName = new Map<string, UnitEntry>();
  for (const e of entries) if (!byName.has(key(e.name))) byName.set(key(e.name), e);
  const mergedInto = new Map<UnitEntry, UnitEntry>();
  for (const e of entries) {
    const parts = bracketedName(e.name);
    if (!parts || !looksLikeUnit(parts.base) || !looksLikeUnit(parts.alt)) continue;
    const plain = byName.get(key(parts.base));
    if (!plain || plain === e || mergedInto.has(plain)) continue;
    const sameLeader = !e.leader || !plain.leader || e.leader === plain.leader;
    const sameCategory = !e.category || !plain.category || e.category === plain.category || e.category === "其他" || plain.category === "其他";
    if (sameLeader && sameCategory) mergedInto.set(e, plain);
  }
  if (mergedInto.size === 0) return entries;
  const copies = new Map<UnitEntry, UnitEntry>();
  const out: UnitEntry[] = [];
  for (const e of entries) {
    if (mergedInto.has(e)) continue;
    const copy = { ...e, aliases: [...e.aliases] };
    copies.set(e, copy);
    out.push(copy);
  }
  for (const [twin, plain] of mergedInto) {
    const target = copies.get(plain)!;
    for (const n of [twin.name, ...twin.aliases]) if (n !== target.name && !target.aliases.includes(n)) target.aliases.push(n);
    if (!target.leader) target.leader = twin.leader;
  }
  return out;
}

/** Whether a name ends like a body (局, 委, 中心 …): used to tell "区发改局（区能源中心）" from "区财政局（牵头）". */
function looksLikeUnit(name: string): boolean {
  const k = key(name).replace(/[()]/g, "");
  return /^[\u4e00-\u9fa5“”"]{3,}$/.test(k) && BODY_END.test(k);
}

/** A district's, county's or city's own prefix on a name ("区", "县", "市"), which short forms may leave out. */
const OWN_PREFIX = /^[区县市]/;

/**
 * Whether `short` is a short form of `full` as offices make them: the full name's characters kept in order, the first and the
 * body's ending kept ("市监局" for 市场监督管理局, "大数据局" for 大数据发展管理局); both without the district's own prefix, and
 * the short form three characters or more. A short form that drops the first word ("资规局") is read by no rule: any rule tried
 * read generic names ("管理局", "监管局") as one bureau (docs/import.md, import-lists4); the built-in aliases know 资规局.
 */
function isShortFormOf(short: string, full: string): boolean {
  const s = OWN_PREFIX.test(short) && short.length > 3 ? short.slice(1) : short;
  const f = full.replace(OWN_PREFIX, "");
  if (s.length < 3 || s.length >= f.length || s[0] !== f[0] || s[s.length - 1] !== f[f.length - 1] || !BODY_END.test(s)) return false;
  let at = 0;
  for (const ch of s) {
    at = f.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

export function createUnitRegistry(given: UnitEntry[]): UnitRegistry {
  const entries = mergeBracketTwins(given);
  const byKey = new Map<string, UnitEntry>();
  for (const entry of entries) {
    for (const n of [entry.name, ...entry.aliases]) {
      const k = key(n);
      if (k && !byKey.has(k)) byKey.set(k, entry);
    }
  }
  // Derived names only where no entry claims them already.
  for (const entry of entries) {
    for (const n of derivedNames(entry.name)) {
      const k = key(n);
      if (k && !byKey.has(k)) byKey.set(k, entry);
    }
  }
  // A name written with a bracketed second name ("区农业农村局（区乡村振兴局）") also answers to either part,
  // unless another entry claims it: the registry saying otherwise wins.
  for (const entry of entries) {
    for (const n of [entry.name, ...entry.aliases]) {
      const parts = bracketedName(n);
      if (!parts || !BODY_END.test(toSimplified(parts.alt))) continue;
      for (const part of [parts.base, parts.alt]) {
        const k = key(part);
        if (k && !byKey.has(k)) byKey.set(k, entry);
      }
    }
  }
  const builtinGroup = new Map<string, readonly string[]>();
  for (const group of BUILTIN_ALIASES) for (const n of group) builtinGroup.set(key(n), group);

  // Rules ask about the same few dozen names for every row and task: each distinct name is looked up once.
  /** Names found only by the short-form rule, so the import can tell the office which it read so. */
  const byShortForm = new Set<string>();
  const looked = new Map<string, UnitEntry | string | null>();
  const lookup = (name: string): UnitEntry | string | null => {
    let found = looked.get(name);
    if (found === undefined) {
      found = lookupUncached(name);
      if (looked.size < 100000) looked.set(name, found);
    }
    return found;
  };
  const lookupUncached = (name: string): UnitEntry | string | null => {
    const k = key(name);
    if (!k) return null;
    const direct = byKey.get(k);
    if (direct) return direct;
    const group = builtinGroup.get(k);
    if (group) {
      for (const n of group) {
        const e = byKey.get(key(n));
        if (e) return e;
      }
      return group[0];
    }
    // "文旅局" written without the district prefix.
    if (!/^[区市县省]/.test(k) && /(局|委|办|中心)$/.test(k)) {
      const prefixed = lookup("区" + k);
      if (prefixed && byShortForm.has("区" + k)) byShortForm.add(name);
      if (prefixed) return prefixed;
    }
    // "区发改局（区能源中心）": a bracketed second name is an alias of the same unit (the registry, checked
    // above, may say otherwise). The name outside the bracket decides; the bracket alone only if it is known.
    const parts = bracketedName(name);
    if (parts && !/^[各]/.test(parts.base)) {
      const base = lookup(parts.base);
      if (base) return base;
      const alt = lookup(parts.alt);
      if (alt) return alt;
    }
    // "大数据局" for the sheet's 区大数据发展管理局: a short form stands for an entry only when it fits exactly one.
    const fits = shortFormFits(k);
    if (fits.length !== 1) return null;
    byShortForm.add(name);
    return fits[0];
  };
  /** The entries whose name a short form fits, each once. */
  const shortFormFits = (k: string): UnitEntry[] => {
    if (!BODY_END.test(k) || /[()（）、]/.test(k)) return [];
    return entries.filter((e) => isShortFormOf(k, key(e.name)));
  };

  const categories = new Map<string, string | null>();
  const groupCategory = (word: string): string | null => {
    let category = categories.get(word);
    if (category === undefined) {
      category = isPartialGroup(word) ? key(word) : GROUP_WORDS[key(word)] ?? (GROUP_PHRASE.test(key(word).replace(/“[^”]*”|"[^"]*"/g, "")) ? key(word) : null);
      if (categories.size < 100000) categories.set(word, category);
    }
    return category;
  };
  const members = new Map<string, string[]>();

  return {
    entries,
    resolve(name) {
      const found = lookup(name);
      if (found === null) {
        // Unknown either way, still one unit: "区X局（区Y中心）" is 区X局, and "區X局" is 区X局.
        const parts = bracketedName(name);
        return toSimplified(parts && looksLikeUnit(parts.base) && looksLikeUnit(parts.alt) ? parts.base : name.trim());
      }
      return typeof found === "string" ? found : found.name;
    },
    isKnown(name) {
      return lookup(name) !== null;
    },
    isGroupWord(word) {
      return groupCategory(word) !== null;
    },
    expandGroup(word) {
      const category = groupCategory(word);
      if (category === null) return null;
      let names = members.get(category);
      if (!names) members.set(category, (names = entries.filter((e) => e.category === category).map((e) => e.name)));
      return names.slice();
    },
    categoryGuessOf(unit) {
      const found = lookup(unit);
      return found !== null && typeof found !== "string" ? found.categoryGuess ?? "" : "";
    },
    shortFormCandidates(name) {
      if (lookup(name) !== null) return [];
      const fits = shortFormFits(key(name));
      return fits.length >= 2 ? fits.map((e) => e.name) : [];
    },
    shortFormEntry(name) {
      const found = lookup(name);
      return found !== null && typeof found !== "string" && byShortForm.has(name) ? found.name : null;
    },
    leaderOf(unit) {
      const found = lookup(unit);
      return found !== null && typeof found !== "string" ? found.leader : "";
    },
  };
}
