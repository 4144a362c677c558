import { BODY_END } from "./bodyNames";
import { toSimplified } from "../text/traditional";

/**
 * Unit lists that leave out what their names share, read as an office reads them:
 * - a shared suffix: "黄埔区、南沙区政府" is 黄埔区政府 and 南沙区政府 — a bare place before a name that is the same
 *   kind of place and a body of government gives that place the same body;
 * - a shared prefix: "区发改局、财政局、住建局" is 区发改局, 区财政局, 区住建局 — the level (区, 市, 县, 省, 镇, 乡,
 *   街道) the first name starts with is given to the department names right after it that carry no level of
 *   their own, when no later name writes a level itself (then the bare ones were left bare on purpose).
 * Conservative: a later name with a place or level of its own, a group phrase, a person or anything that does
 * not end like a department is left as written; "市、县人民政府" (levels, no named place) is left alone; when a
 * registry (单位 sheet) is given, a name it holds as written is kept, and a name it holds in the expanded form
 * is taken.
 */

/** What the expansion asks of a registry: the 单位 sheet's own entries, not duban's built-in short forms. */
export interface AffixBook {
  resolve(name: string): string;
  isKnown(name: string): boolean;
  isGroupWord(word: string): boolean;
  readonly entries: readonly { name: string; aliases?: readonly string[] }[];
}

/** The level words a list's first name may start with. */
const LEVEL_PREFIX = /^(街道|省|市|县|区|镇|乡|旗)(?=[\u4e00-\u9fa5])/;
/** Words that start with a level character without being a level ("市场监管局", "乡村振兴局", "区域"). */
const NOT_LEVEL = /^(市场|市政|市容|乡村|区域|区划|县域|镇域)/;
/** The same words anywhere in a name, and 城乡 ("住房城乡建设厅"): no place in them. */
const NOT_PLACE = /(市场|市政|市容|城市|城乡|乡村|区域|区划|县域|镇域)/g;
/** A name that carries a place or level of its own anywhere ("兖州区税务局", "国家税务总局…", "省国资委"). */
const OWN_PLACE = /(省|市|县|区|旗|州|盟|镇|乡|街道|社区|村|国家|中国|中共|总局)/;
/** A department of government: what a list starts with when it shares its level. */
const DEPARTMENT_END = /(局|委|委员会|办|办公室|厅|中心|法院|检察院)$/;
/**
 * What a shared level prefix is given to: a department, not a 中心 — centres are often bodies of another
 * level with names of their own ("区农业农村局、农业高新技术示范园管理服务中心" is the city's 中心).
 */
const BARE_DEPARTMENT = /^([\u4e00-\u9fa5]{1,8}(局|委|委员会|办|办公室|厅)|(人民)?(法院|检察院))$/;
/** A group or a shared-out phrase is never given a prefix: "各部门", "相关单位", "有关镇街". */
const GROUP_LIKE = /^(各|相关|有关)|(部门|单位|专班|镇街)$/;

/** A bare named place ("黄埔区", "兖州区", "东关街道", "西关社区") and its level word. */
const BARE_PLACE = /^([\u4e00-\u9fa5]{1,10}?)(街道|区|县|市|镇|乡|旗|社区|村)$/;
/**
 * A named place and the body it names: a body of government ("南沙区政府", "曲阜市人民政府", "东关街道办事处"), or a
 * village's or community's committee ("西村村委会", "西关社区居委会").
 */
const PLACE_BODY = /^([\u4e00-\u9fa5]{1,10}?)(街道|区|县|市|镇|乡|旗|社区|村)(人民政府|政府|党委|党委政府|管委会|管理委员会|党工委|办事处|村委会|村民委员会|居委会|居民委员会|党支部|党总支)$/;
/** The bodies of a village or a community, and only theirs. */
const VILLAGE_BODY = /^(村委会|村民委员会|居委会|居民委员会|党支部|党总支)$/;
/** Function zones: they have a 管委会, not a 政府 ("经济开发区", "工业园区", "高新区"). */
const ZONE = /(开发区|园区|高新区|示范区|试验区|合作区|保税区|功能区)$/;
const ZONE_BODY = /^(管委会|管理委员会|党工委)$/;
/** Words that share a task out, left on the last name ("…按职责分工负责"): kept after the expanded name. */
const SHARED_TAIL = /(按照?职责分工(?:负责|落实)|按照?职责(?:分别)?负责|分别负责|分别落实|共同负责|各负其责)$/;
function withoutTail(name: string): [string, string] {
  const m = SHARED_TAIL.exec(name);
  return m ? [name.slice(0, m.index), m[1]] : [name, ""];
}

/** Pieces that are only levels, never a named place: "市", "县市区". */
const ONLY_LEVELS = /^(省|市|县|区|镇|乡|街道|旗)+$/;

/** Counties, districts and county-level cities are one tier ("咸安区、嘉鱼县、通山县人民政府"); towns and streets another. */
function tier(level: string): string {
  return /^(区|县|市|旗)$/.test(level) ? "county" : /^(镇|乡|街道)$/.test(level) ? "town" : /^(村|社区)$/.test(level) ? "village" : level;
}

function inBook(name: string, book: AffixBook | undefined): boolean {
  if (!book) return false;
  const canonical = book.resolve(name);
  return book.entries.some((e) => e.name === canonical);
}

/** Whether the registry holds a name that ends in `bare` other than the expanded form ("济宁市财政局" for "财政局"). */
function otherPlace(bare: string, full: string, book: AffixBook | undefined): boolean {
  if (!book || inBook(full, book)) return false;
  return book.entries.some((e) => [e.name, ...(e.aliases ?? [])].some((n) => n !== bare && n.endsWith(bare)));
}

/** The expanded form, or the registry's name for it; the name as written when the registry holds it so. */
function expanded(written: string, full: string, book: AffixBook | undefined): string {
  if (inBook(written, book)) return written;
  return inBook(full, book) ? book!.resolve(full) : full;
}

/** "黄埔区、南沙区政府": bare places before a place with a body of government get that body. */
function expandSuffix(names: string[], book: AffixBook | undefined): string[] {
  const out = names.slice();
  for (let i = 1; i < out.length; i++) {
    const tail = PLACE_BODY.exec(withoutTail(out[i])[0]);
    // "各街道办事处", "相关镇政府" are groups: they give no bare place their body.
    if (!tail || ONLY_LEVELS.test(tail[1]) || /^(各|相关|有关|全)/.test(tail[1])) continue;
    const [, , level, body] = tail;
    // A committee belongs to a village or community, a government to a county or town.
    if ((tier(level) === "village") !== VILLAGE_BODY.test(body)) continue;
    for (let j = i - 1; j >= 0; j--) {
      const place = BARE_PLACE.exec(out[j]);
      // Only bare places of the same tier right before the named body: "黄埔区、南沙区政府", "咸安区、通山县人民政府",
      // not "区财政局、南沙区政府" nor "东关街道、南沙区政府".
      if (!place || tier(place[2]) !== tier(level) || ONLY_LEVELS.test(out[j]) || GROUP_LIKE.test(out[j])) break;
      if (ZONE.test(out[j]) !== ZONE.test(`${tail[1]}${level}`) || (ZONE.test(out[j]) && !ZONE_BODY.test(body))) break;
      if (book?.isGroupWord(out[j])) break;
      out[j] = expanded(out[j], `${out[j]}${body}`, book);
    }
  }
  return out;
}

/** "区发改局、财政局、住建局": later departments without a level of their own get the first name's level. */
function expandPrefix(names: string[], book: AffixBook | undefined): string[] {
  const first = names[0] ?? "";
  const level = LEVEL_PREFIX.exec(first);
  // A party organ ("区委组织部", "区委办") takes 区委, not 区: left alone.
  if (!level || NOT_LEVEL.test(first) || /^(省|市|县|区)委./.test(first) || !DEPARTMENT_END.test(first.replace(/[（(][^（）()]*[）)]$/, ""))) return names;
  // A list that writes the level on a later name ("区工信局、区发改局、…服务中心") left the others bare on purpose.
  if (names.slice(1).some((n) => LEVEL_PREFIX.test(n) && !NOT_LEVEL.test(n))) return names;
  const out = names.slice();
  // Only the run of bare departments right after the first name: "区发改局、财政局、住建局、各镇街".
  for (let i = 1; i < out.length; i++) {
    const [name, shared] = withoutTail(out[i]);
    if (!BARE_DEPARTMENT.test(name) || GROUP_LIKE.test(name)) break;
    // The registry names it with another place ("济宁市…局" for "…局"): not ours to add a level.
    if (otherPlace(name, `${level[1]}${name}`, book)) break;
    if (OWN_PLACE.test(name.replace(NOT_PLACE, "")) || /[（()）]/.test(name)) break;
    if (book?.isGroupWord(name)) break;
    out[i] = expanded(name, `${level[1]}${name}`, book) + shared;
  }
  return out;
}

/** A department word a list of short names may share ("区发改、财政、住建局"): one character, the kind of body. */
const SHARED_DEPARTMENT = /^(?:(省|市|县|区|旗))?([\u4e00-\u9fa5]{2,6}?)(局|委|厅)$/;
/** A short name that is no body ("发改", "财政", "住建"): two to four characters, no place, no body word. */
const SHORT_NAME = /^[\u4e00-\u9fa5]{2,4}$/;

/**
 * "区发改、财政、住建局": short names before a department share its 局 (委, 厅) — only when the first starts with the
 * level (区, 市, 县, 省, 旗) the list is of, every one before the department is a short name that is no body, place
 * or group ("张明、区财政局" is a person and a unit; "区发改、财政等部门" names no department), and the department
 * writes no other level. The level then goes to the rest as a shared prefix does.
 */
function expandDepartmentSuffix(names: string[], book: AffixBook | undefined): string[] {
  const level = LEVEL_PREFIX.exec(names[0] ?? "");
  // A party organ ("市委编办") is no short name of the level's government.
  if (!level || NOT_LEVEL.test(names[0]) || /^(省|市|县|区|旗)委/.test(names[0])) return names;
  const out = names.slice();
  for (let i = 1; i < out.length; i++) {
    const [name] = withoutTail(out[i]);
    const dept = SHARED_DEPARTMENT.exec(name);
    if (!dept || (dept[1] && dept[1] !== level[1]) || GROUP_LIKE.test(name)) continue;
    const run = out.slice(0, i).map((n, j) => (j === 0 ? n.slice(level[1].length) : n));
    // Read in simplified characters: "編辦" ends like a body as "编办" does.
    const bare = (written: string) => {
      const n = toSimplified(written);
      return SHORT_NAME.test(n) && !BODY_END.test(n) && !PLACE_OR_LIST_END.test(n) && !GROUP_LIKE.test(n) && !OWN_PLACE.test(n.replace(NOT_PLACE, "")) && !book?.isGroupWord(n);
    };
    if (!run.every(bare)) break;
    for (let j = 0; j < i; j++) out[j] = expanded(out[j], `${j === 0 ? "" : level[1]}${out[j]}${dept[3]}`, book);
    if (!dept[1]) out[i] = expanded(name, `${level[1]}${name}`, book) + withoutTail(out[i])[1];
    break;
  }
  return out;
}

/** A piece that already ends like a unit, a place or a list word: no short name. */
const PLACE_OR_LIST_END = /(区|县|市|省|旗|镇|乡|街道|村|社区|专班|部门|单位|组|街)$/;

/** A split list with its shared suffixes and prefixes filled in (see above); names as written otherwise. */
export function expandSharedAffixes(names: readonly string[], book?: AffixBook): string[] {
  if (names.length < 2) return names.slice();
  return expandPrefix(expandDepartmentSuffix(expandSuffix(names.slice(), book), book), book);
}
