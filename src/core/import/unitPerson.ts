/**
 * A unit and the person who answers for it written in one cell or after one label (issue 13): "区发改局 张三",
 * "区发改局（张三）", "张三（区发改局局长）", "区委常委、常务副区长 李四", "区发改局张三同志", or a 责任单位及责任人 cell
 * holding the unit on one line and the person on the next. The units are given back as text for the unit splitter,
 * the persons apart: a person's name is never made a unit. A name is taken as a person only where the writing says
 * so — after a unit and a space or a line break, in brackets after a unit, with 同志 or a post, or in a cell whose
 * header names a 责任人 — so a list of short unit names ("发改、文旅、农业") is left to the unit splitter.
 */
import { BODY_END, UNIT_LIST_END } from "../units/bodyNames";
import { LEADER_POSTS } from "./leaderTitles";

const HAN = "\\u4e00-\\u9fa5";
/** Common surnames (single characters); a person's name starts with one of them or with a compound surname. */
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
const COMPOUND_SURNAME = /^(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|令狐|慕容|长孙|夏侯|端木|南宫|西门|宇文|申屠|呼延|独孤|司徒|司空|轩辕)/;
/** What ends a place or a thing, never a given name: "王家坝", "李庄村". */
const NOT_GIVEN_NAME = /[村镇乡街路区县市园湖山河桥坝庄湾港岛台站场馆楼院所厂矿线段片组队]$/;
/** Words that open or make up prose and lists, never a name: "负责", "牵头", "各镇", "等". */
const NOT_A_NAME = /各|相关|有关|等|牵头|配合|负责|协办|参与|单位|部门|领导|常务|党组|党委|分管|主管|协管|同志$|^(?:全区|全市|全县|全面|常态|任务|项目|成效|时间|明确|和谐|安全|文化|文明|农业|林业|商务|金融|司法|应急|卫生|卫健|文旅|高新|房管|武装|党建|和平)$/;

/**
 * A post or title after or before a name: 局长, 副主任, 党组书记, 常务副区长, 区委常委, 秘书长. Government and party
 * leaders' posts (LEADER_POST) make the name a leader; any other title (a bureau's 局长) a responsible person.
 */
const TITLE = `(?:[省市县区州旗镇乡]委)?(?:党组|党委|党工委)?(?:常务)?副?(?:局长|主任|书记|[省市县区州旗镇乡]长|部长|秘书长|主席|院长|校长|所长|站长|队长|科长|处长|股长|组长|行长|总经理|董事长|理事长|政委|检察长|庭长|调研员|负责人|常委|成员)`;
const TITLE_END = new RegExp(`${TITLE}$`);
const LEADER_POST = new RegExp(
  `^(?:${LEADER_POSTS.party}|(?:常务)?副?${LEADER_POSTS.head}|(?:${LEADER_POSTS.government})?副?${LEADER_POSTS.secretaryGeneral})$`,
);

/** Whether a written piece is a person's name (2–4 characters, a surname first; 4 only with a compound surname or a mark). */
export function isPersonName(name: string, marked = false): boolean {
  if (!new RegExp(`^[${HAN}]{2,4}$`).test(name)) return false;
  if (BODY_END.test(name) || UNIT_LIST_END.test(name) || NOT_GIVEN_NAME.test(name) || NOT_A_NAME.test(name) || TITLE_END.test(name)) return false;
  if (COMPOUND_SURNAME.test(name)) return name.length >= 3;
  if (!SURNAMES.includes(name[0])) return false;
  return name.length <= 3 || marked;
}

/** Whether the 单位 sheet (the unit registry) knows a written name as a unit. */
type Known = (name: string) => boolean;

interface UnitsAndPersons {
  /** The units as written, for the unit splitter ("" when the text named persons only). */
  units: string;
  /** Persons answering for the units (责任人), in the order written. */
  persons: string[];
  /** Government or party leaders named by their post ("常务副区长 李四"), in the order written. */
  leaders: string[];
}

/** Names joined by 、，, or spaces, each with an optional 同志 or a post after it; null when any piece is no name. */
function namesIn(text: string, marked: boolean): { names: string[]; posts: string[] } | null {
  const names: string[] = [];
  const posts: string[] = [];
  for (const raw of text.split(/[、，,\s\u3000]+/).filter(Boolean)) {
    let piece = raw.replace(/同志$/, "");
    const withMark = marked || piece !== raw;
    const post = new RegExp(`^([${HAN}]{2,4}?)(${TITLE})$`).exec(piece);
    if (post && isPersonName(post[1], true)) {
      posts.push(post[2]);
      piece = post[1];
    } else if (!isPersonName(piece, withMark)) return null;
    names.push(piece);
  }
  return names.length ? { names, posts } : null;
}

/** A post written apart before or after a name, a level's name allowed first: 副镇长, 党委副书记, 镇党委书记, 副区长, 局长. */
const POST_PIECE = new RegExp(`^[省市县区州旗镇乡街]?${TITLE}$`);

/**
 * Who a leader's cell or label names when each name is written with its post apart (round af): "副镇长 王立", "党委副书记
 * 赵敏", "镇长 刘成、副镇长 陈刚". Where the column or label already says the names are its leaders, any post says only
 * who they are, a township's (镇长, 党委书记) as a district's; the names are given back, or nothing when a piece is neither a
 * post nor a name (a unit, a sentence) or no post is written.
 */
export function namesBesidePosts(text: string): string[] {
  const names: string[] = [];
  let posts = 0;
  for (const piece of text.split(/[、，,\s\u3000]+/).filter(Boolean)) {
    if (POST_PIECE.test(piece)) posts++;
    else if (isPersonName(piece)) names.push(piece);
    else return [];
  }
  return posts > 0 && names.length > 0 ? names : [];
}

/** Posts before names, joined by 、 ("区委常委、常务副区长"): all of them a leader's post. */
function leaderPosts(text: string): boolean {
  const posts = text.split(/[、，,\s\u3000]+/).filter(Boolean);
  return posts.length > 0 && posts.every((p) => LEADER_POST.test(p));
}

/** A unit followed by a post ("区发改局局长", "区财政局党组书记"): the unit, or "". */
function unitOfPost(text: string): string {
  const m = new RegExp(`^(.+?)(${TITLE})$`).exec(text.trim());
  return m && BODY_END.test(m[1]) && !LEADER_POST.test(text.trim()) ? m[1] : "";
}

/**
 * Whether the units before a space or a line break are units: each ends like a body ("区工信局"), or the 单位 sheet knows
 * every one of them (`known`: a short form it lists, "区工信" for 区工信局, "住建").
 */
function unitsBefore(head: string, known: Known | undefined): boolean {
  const plain = head.replace(/[（(][^（）()]*[）)]$/, "");
  if (UNIT_LIST_END.test(plain)) return true;
  const names = head.split(/[、，,\s\u3000]+/).filter(Boolean);
  return known !== undefined && names.length > 0 && names.every((n) => known(n));
}

/** Names after a unit read as persons, unless the 单位 sheet knows one of them as a unit ("住建 华夏" for 华夏银行). */
function namesAfterUnit(tail: string, marked: boolean, known: Known | undefined): { names: string[]; posts: string[] } | null {
  const names = namesIn(tail, marked);
  return names && !(known && names.names.some((n) => known(n))) ? names : null;
}

/** One line of a cell: the units it names and the persons and leaders beside them. */
function readLine(line: string, barePersons: boolean, afterUnit: boolean, known?: Known): { units: string; persons: string[]; leaders: string[] } {
  const none = { units: line, persons: [], leaders: [] };
  const text = line.trim();
  if (!text) return none;
  // "区委常委、常务副区长 李四", "副区长李四": leaders named by their posts.
  for (let cut = 1; cut < text.length - 1; cut++) {
    const posts = text.slice(0, cut);
    if (!leaderPosts(posts)) continue;
    const names = namesIn(text.slice(cut).replace(/同志$/, ""), true);
    if (names) return { units: "", persons: [], leaders: names.names };
  }
  // "张三（区发改局局长）", "李四（常务副区长）": the name, then in brackets the unit and the post, or the post alone.
  const bracketAfterName = new RegExp(`^([${HAN}]{2,4})(?:同志)?[\\s\\u3000]*[（(]([^（）()]+)[）)]$`).exec(text);
  if (bracketAfterName && isPersonName(bracketAfterName[1], true)) {
    const inner = bracketAfterName[2].trim();
    if (leaderPosts(inner)) return { units: "", persons: [], leaders: [bracketAfterName[1]] };
    const unit = unitOfPost(inner) || (BODY_END.test(inner) ? inner : "");
    if (unit) return { units: unit, persons: [bracketAfterName[1]], leaders: [] };
  }
  // "区发改局（张三）", "区发改局（局长张三）", "区发改局（张三、李四）": the unit, then in brackets who answers for it.
  const bracketAfterUnit = /^(.+?)[\s\u3000]*[（(]([^（）()]+)[）)]$/.exec(text);
  if (bracketAfterUnit && BODY_END.test(bracketAfterUnit[1])) {
    const inner = bracketAfterUnit[2].trim().replace(new RegExp(`^${TITLE}`), "");
    const names = namesIn(inner, inner !== bracketAfterUnit[2].trim());
    if (names) return { units: bracketAfterUnit[1], persons: names.names, leaders: [] };
  }
  // "张三 区发改局、区财政局": a name, a space, then units — the leader who answers for the row, written before the units
  // as a 责任领导及单位 cell has it (a 责任人 is written after the unit). The units must end like a body or be known.
  const nameFirst = new RegExp(`^([${HAN}]{2,4}(?:[、，,][${HAN}]{2,4})*)[\\s\\u3000]+(\\S.*)$`).exec(text);
  if (nameFirst && !/[\s\u3000]/.test(nameFirst[2].trim())) {
    const names = namesIn(nameFirst[1], false);
    if (names && !(known && names.names.some((n) => known(n))) && unitsBefore(nameFirst[2].trim(), known)) {
      return { units: nameFirst[2].trim(), persons: [], leaders: names.names };
    }
  }
  // "区发改局 张三", "区发改局 局长 张三", "区发改局、区财政局 张三、李四", "区发改局局长 张三": units, a space, names.
  const spaced = /^(.+?)[\s\u3000]+(\S+(?:[\s\u3000]+\S+)?)$/.exec(text);
  if (spaced) {
    const tail = spaced[2].replace(new RegExp(`^${TITLE}[\\s\\u3000]*`), "");
    const head = unitOfPost(spaced[1]) || spaced[1];
    if (unitsBefore(head, known) && !/[\s\u3000]/.test(tail)) {
      const names = namesAfterUnit(tail, tail !== spaced[2], known);
      if (names) return { units: head, persons: names.names, leaders: [] };
    }
  }
  // "区发改局张三同志", "区发改局局长张三": a unit glued to a name only with 同志 or a post between; the unit may carry its
  // second name in brackets ("区农业农村局（区乡村振兴局）张三同志").
  for (const size of [2, 3, 4]) {
    const m = new RegExp(`^(.+?)(${TITLE})?([${HAN}]{${size}})(同志)?$`).exec(text);
    if (!m || !(m[2] || m[4])) continue;
    const unit = m[1].replace(/[\s\u3000]+$/, "");
    if (BODY_END.test(unit.replace(/[（(][^（）()]*[）)]$/, "")) && isPersonName(m[3], true)) return { units: unit, persons: [m[3]], leaders: [] };
  }
  // A line of names: under a unit's line ("区发改局" / "张三"), with 同志 or a post, or in a 责任人 cell.
  const marked = /同志$/.test(text) || new RegExp(`${TITLE}$`).test(text);
  if (marked || afterUnit || barePersons) {
    const names = namesAfterUnit(text, marked, known);
    if (names) {
      const leaders = names.posts.length > 0 && names.posts.every((p) => LEADER_POST.test(p));
      return leaders ? { units: "", persons: [], leaders: names.names } : { units: "", persons: names.names, leaders: [] };
    }
  }
  return none;
}

/** Pieces of a line between 、，,；; outside brackets. */
function pieces(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of line) {
    if ("（(【[".includes(ch)) depth++;
    if ("）)】]".includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && "、，,；;".includes(ch)) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

/**
 * A line read whole ("区发改局、区财政局 张三、李四"), else piece by piece between 、 ("区发改局 张三、区财政局 李四",
 * "区发改局张三同志、区财政局"): a piece alone is a person only when marked (同志, a post, brackets, after a unit's space).
 */
function readLineOrPieces(line: string, barePersons: boolean, afterUnit: boolean, known?: Known): { units: string; persons: string[]; leaders: string[] } {
  const whole = readLine(line, barePersons, afterUnit, known);
  if (whole.persons.length || whole.leaders.length) return whole;
  const parts = pieces(line);
  if (parts.length < 2) return whole;
  const read = parts.map((p) => readLine(p, false, false, known));
  if (!read.some((r) => r.persons.length || r.leaders.length)) return whole;
  return {
    units: read.map((r) => r.units.trim()).filter(Boolean).join("、"),
    persons: read.flatMap((r) => r.persons),
    leaders: read.flatMap((r) => r.leaders),
  };
}

/**
 * The units of a cell or label value with the persons and leaders written beside them taken out. `barePersons`: the
 * cell's header names a 责任人 too ("责任单位及责任人"), so a line of names alone is persons. `known`: the names the 单位
 * sheet (the unit registry) knows, so a short form it lists ("区工信 周海峰") is a unit before a person, and a name it knows
 * is never a person.
 */
export function separatePersons(text: string, barePersons = false, known?: Known): UnitsAndPersons {
  const persons: string[] = [];
  const leaders: string[] = [];
  const units: string[] = [];
  let afterUnit = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const read = readLineOrPieces(line, barePersons, afterUnit, known);
    for (const p of read.persons) if (!persons.includes(p)) persons.push(p);
    for (const l of read.leaders) if (!leaders.includes(l)) leaders.push(l);
    if (read.units.trim()) units.push(read.units);
    if (read.units.trim()) afterUnit = unitsBefore(read.units.trim(), known);
  }
  if (!persons.length && !leaders.length) return { units: text, persons, leaders };
  return { units: units.join("\n"), persons, leaders };
}
