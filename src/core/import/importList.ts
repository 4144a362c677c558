import { UnitEntry } from "../model";
import { createUnitRegistry, UnitRegistry } from "../units/registry";
import { splitUnits } from "../units/splitUnits";
import { namesBesidePosts, separatePersons } from "./unitPerson";
import { assignUnits, bracketAliases } from "./assignUnits";
import { tidySpaces } from "./columnText";
import { readUnitsPhrase, UnitsPhrase } from "./assignmentPhrase";
import { labelKind, labelPattern, PROGRESS_DOC } from "./assignmentLabels";
import { periodNamed, removeArtefacts } from "./importTable";
import { splitIndicators } from "./importNotice";
import { unitLike } from "./importPdfTable";
import { BODY_END, UNIT_LIST_END } from "../units/bodyNames";
import { LineLedger } from "./lineLedger";
import { assignedWork, leadOverAccount, yearAccountPart } from "./importReport";
import { headingLeader, withoutPosts } from "./leaderTitles";
import { headingLabels, notedBracketLabels, openingLeadPhrase, withoutListNote } from "./leadForms";
import { chineseNumeral, countNote, closesHeading, countSections, declaredCount, headingNumber, SectionHeading, sectionCountNotes, withoutLeaderBracket } from "./sections";
import { ImportedTask, ImportResult, importedTask, withAliases } from "./types";

/**
 * Decompositions and progress notices written as numbered lists rather than tables (issue 13): items
 * "1." / "1、" / "（一）" under "一、" headings, each assigned
 * - on lines of their own after it: "牵头单位：区发改局" / "责任单位：…" / "主管领导：刘东" / "进度安排：…";
 * - inline: "1、农村道路畅通工程，牵头部门：市交通局。建设进度相对较慢…" (the rest is progress);
 * - in a trailing bracket: "（市政府办公室牵头，市级各有关部门按职责分工负责）";
 * - in a sentence: "…，责任单位为区发改委；", or one that names the lead and those who help
 *   ("由市住建局牵头，市发改委、市自然资源局配合。" / "县住建局负责，县自然资源局、各镇参与。");
 * or not at all (a list of 民生实事). Progress notices give each item's progress after its name
 * ("地区生产总值（第1项）：增长6.1%…").
 */

const CN = "一二三四五六七八九十";
/**
 * "（一）新农村建设（含危房改造）：我乡今年…目前已制定工作方案…" in a progress report (round w): a short name, a colon and an
 * account that says what was reached (目前, 已, 累计, 截至 …) — the name is the item, the account and the paragraphs under
 * it (up to the next number or label) its progress. A label ("牵头单位：…"), a short value ("地区生产总值：增长6%左右") or
 * an account that reaches nothing is no such item.
 */
const NAME_ACCOUNT = /^([^，,。；;：:（）()]{2,24}(?:[（(][^（）()]{1,12}[）)])?)[：:](.{15,})$/;
const ACCOUNT_REACHED = /目前|当前|截至|截止|已经?(?:完成|建成|开工|制定|落实|分解|实施|开始)|累计|完成了/;
/** "…问题。整改情况：已追缴…": an item's sentence, a label and what follows it (the label's kind decides). */
const SENTENCE_THEN_PROGRESS = /^([^。；;：:]{2,60}[。；;])\s*([^，,。；;：:\s]{2,6})[：:](.*)$/;
/**
 * "新造油茶1000亩。镇林业站：已完成新造油茶1000余亩…" (round av): in a progress notice, the item's sentence, then the unit that
 * answers for it and, after a colon, what it reports. The name before the colon must read as a unit, never a label or a topic.
 */
const SENTENCE_THEN_UNIT_ACCOUNT = /^([^。；;：:]{2,60}[。；;])\s*([^，,。；;：:\s]{2,24})[：:]\s*(.+)$/;
function unitAccount(text: string): { body: string; unit: string; account: string } | null {
  const m = SENTENCE_THEN_UNIT_ACCOUNT.exec(text);
  if (!m || labelKind(m[2]) !== null || !unitLike(m[2], createUnitRegistry([]))) return null;
  return { body: m[1].replace(/[。；;]$/, ""), unit: m[2], account: m[3].trim() };
}
/** The label of a rectification's measures ("整改措施", "整改举措"), which may tell what was done or what is to be done. */
const MEASURES_LABEL = /^整改(?:措施|举措)$/;
/**
 * An account of measures told as done: "已" before a deed ("已清理", "已经完成"), a deed closed by 了 ("张贴了", "进行了"),
 * 完毕/干净/到位 as its result, or the narrative's 立即/当即/随即/随后 ("我镇立即安排…", "随后…"). Plans ("全面改造用电线路",
 * "力争…") have none of them.
 */
const DONE_ACCOUNT = /已(?:经)?[\u4e00-\u9fa5]|[\u4e00-\u9fa5]了(?!解)|完毕|干净|到位|立即|当即|随即|随后/;
/** "落实整改主体责任，多措并举开展整改。7月30日…": a short sentence naming a measure, then an account of ten or more characters. */
const MEASURE_THEN_ACCOUNT = /^([^。；;：:（）()]{4,30}。)(.{10,})$/;
/**
 * A part named for the state its items are in ("（一）已竣工项目", "（二）在建项目", "三、未开工项目") in a progress report
 * (round ae): where each item under it stands, with the clauses of its own account that say so ("2014年9月竣工").
 */
const STATE_GROUP = /^(已竣工|已完工|已完成|已建成|已投用|已开工|在建|续建|正在实施|正在建设|未开工|未完成|推进缓慢|进度滞后)的?(?:项目|工程|事项|任务|实事)$/;
const STATE_CLAUSE = /竣工|完工|建成|投入使用|投用|开工|动工|启用|验收/;
/**
 * A works' name, then where it stands now (round ao): "城镇经济适用住房三期工程，正在做室内粉刷…", "隆畅河大桥工程，已完成桥墩施工".
 * The first clause is the works (it ends as a works' name does); the next says its state (正在…, 已…, 目前…, 尚未…).
 */
const WORKS_THEN_STATE = /^([^，,。；;：:]{4,40}?(?:工程|项目|項目|大桥|大橋|公路|道路|楼|樓|小区|小區|学校|學校|医院|醫院|公寓))[，,]((?:目前|现已|現已|已经|已經|已|正在|尚未|均已)[^。]*)[。；;]?$/;
/** An account opening with what is only planned or asked: "计划…", "拟…", "将…", "力争…", "确保…", "要…". */
const PLAN_OPENING = /^(?:计划|拟|将|力争|确保|争取|要|预计)/;
type Level = 1 | 2 | 3 | 4;
const MARKERS: [Level, RegExp][] = [
  [1, new RegExp(`^([${CN}]{1,3})[、.．]\\s*`)],
  // Headings numbered in words: "一是抓项目扩投资", "第三，抓改革优环境", "第一部分　扩大有效投资" (the words are kept in the name).
  [1, new RegExp(`^(?:([${CN}]{1,3})是|第([${CN}]{1,3})(?:部分|方面)?[，,、：:\\s])\\s*`)],
  [2, new RegExp(`^[（(]([${CN}]{1,3})[）)]\\s*`)],
  [3, /^(\d{1,3})\s*[.．、](?!\d)\s*/],
  // "第3项，农村人居环境整治。" (a 督查通报 naming each task by its number in the catalogue, round av).
  [3, /^第(\d{1,3})项[，,、：:\s]\s*/],
  [4, /^[（(](\d{1,2})[）)]\s*/],
];

const KEYS = labelPattern("lead", "co", "all", "leader", "person", "deadline", "progress", "problems", "next");
const LEAD_KEYS = labelPattern("lead");
const ALL_KEYS = labelPattern("all");
const LABEL_LINE = new RegExp(`^(${KEYS})[:：]`);
/** A units label opening its line, its units after a space instead of a colon: "牵头单位 区发改局", "责任单位　区教育局、区住建局". */
const UNITS_KEYS = labelPattern("lead", "co", "all");
const SPACED_LABEL = new RegExp(`^(${UNITS_KEYS})[\\s\\u3000]+(?=[^\\s\\u3000:：])`);
const SPACED_LABEL_AFTER = new RegExp(`[\\s\\u3000]+(${UNITS_KEYS})[\\s\\u3000]+(?=[^\\s\\u3000:：])`, "g");
/**
 * A label line whose units follow a space ("牵头单位 区发改局", "牵头单位 区发改局 配合单位 区财政局") written with the colon the
 * list reads. Only when every value is a list of units (no colon, no sentence, no figure, each name ending like a body), so a
 * sentence that opens with 责任单位 stays a sentence.
 */
function withSpacedLabels(line: string): string {
  const trimmed = line.trim();
  if (!SPACED_LABEL.test(trimmed) || /[:：。\d]/.test(trimmed)) return line;
  const labelled = trimmed.replace(SPACED_LABEL, "$1：").replace(SPACED_LABEL_AFTER, "；$1：");
  const values = splitLabels(labelled).map((l) => l.value);
  return values.every((v) => v && (readUnitsPhrase(v) !== null || splitUnits(v).every((u) => UNIT_LIST_END.test(u)))) ? labelled : line;
}
/** A lead (or shared) unit label alone on its line, its units on the line below: "牵头单位：". */
const LEAD_LABEL_ALONE = new RegExp(`^(?:${labelPattern("lead", "all")})[:：]$`);
/** A progress label alone on its line, after the period it covers or not: "落实情况", "1-5月落实情况：", "上半年完成情况：". */
const PROGRESS_HEAD = new RegExp(`^(?:\\d{1,2}(?:[-—～~至]\\d{1,2})?月份?|[上下]半年|第?[一二三四1-4]季度)?(?:${labelPattern("progress")})[:：]?$`);
const ANY_KEY = new RegExp(`(${KEYS})[:：]`, "g");
const INLINE_KEY = new RegExp(`[，,；;。]\\s*(${LEAD_KEYS}|${ALL_KEYS})[:：]`);
const RESPONSIBLE_FOR = /[，,]\s*责任单位为([^；;。，,]+)[；;。]?/;
/** An indicator paragraph closing with its unit: "地区生产总值：增长5.5%左右（依据…），责任单位为市发改委；". */
const CLOSING_RESPONSIBLE = /[，,]\s*责任单位为[^；;。，,]+[；;。]?$/;
/** A bracket closing an item, its stop after it or not. */
const CLOSING_BRACKET = /[（(]([^（）()]+)[）)]\s*[。；]?$/;
/**
 * "…（市政府办公室、…牵头，市级各有关部门及各县市区政府按职责分工负责）", "…（省财政厅主办，省国税局、地税局协办）",
 * "…（分管副省长负责，省发改委牵头）": a closing bracket that says who leads and who helps, read by the one phrase reader.
 */
function closingAssignment(text: string): { body: string; phrase: UnitsPhrase } | null {
  const m = CLOSING_BRACKET.exec(text);
  const phrase = m ? readUnitsPhrase(m[1]) : null;
  return m && phrase ? { body: text.slice(0, m.index), phrase } : null;
}
/**
 * An assignment written as a sentence of an item: "由X牵头，A、B配合。" / "X负责，A、B参与。" / "各镇街按职责分工负责。" (the
 * helpers may be left out: "由X牵头。"), read by the one phrase reader from a clause that opens with a role ("由X牵头"), so
 * the item's own words before it ("新建幼儿园2所，") are never taken for units. The units must read as units, so
 * "各牵头单位要…" or "县政府负责同志…" are no assignment. The last such sentence is the item's.
 */
const UNIT_NAME = /^[\u4e00-\u9fa5（）()]{2,24}$/;
function sentenceAssignment(text: string, registry: UnitRegistry): { body: string; phrase: UnitsPhrase } | null {
  const unitish = (u: string) => unitLike(u, registry) || registry.isGroupWord(u) || (UNIT_NAME.test(u) && BODY_END.test(u));
  const sentences = [...text.matchAll(/[^。；;]+[。；;]?/g)];
  for (let s = sentences.length - 1; s >= 0; s--) {
    const whole = sentences[s][0];
    const start = sentences[s].index ?? 0;
    const content = whole.replace(/[。；;]$/, "");
    const stop = whole.slice(content.length);
    const starts = [0, ...[...content.matchAll(/[，,]/g)].map((c) => (c.index ?? 0) + 1)];
    for (const from of starts) {
      const clause = content.slice(from).trim();
      if (!readUnitsPhrase(clause.split(/[，,]/)[0])) continue;
      const phrase = readUnitsPhrase(clause);
      const named = phrase ? splitUnits(phrase.lead || phrase.co) : [];
      if (!phrase || !named.length || !named.every(unitish)) continue;
      const head = text.slice(0, start) + content.slice(0, from).replace(/[，,]\s*$/, "");
      const body = (from > 0 ? head + stop : head) + text.slice(start + whole.length);
      return { body: body.replace(/^[。；;]\s*/, "").replace(/([。；;])\s*[。；;]/, "$1").trim(), phrase };
    }
  }
  return null;
}
/**
 * An item that opens with the unit answering for it, then 负责 and the work (313, a 任务分工 part): "县应急管理局负责尾矿库、危化品…
 * 等行业的隐患排查治理工作", "县公安局、县交通运输局负责…" (the first written leads, as in any list with no mark). The units must be
 * bodies named with their level (县…局, 市…委) or units the 单位 sheet knows: "各乡镇负责本辖区…" names a class, "加强县应急管理局
 * 负责的…" opens with a verb, "县政府负责同志…" names persons, and a government as a whole answers for everything — none leads.
 */
const DUTY_OPENING = /^([^，,。；;：:（）()“”]{3,40}?)(?:具体)?负责(?!人|同志|的|制定本)([^。；;]{4,})/;
const LEVEL_NAMED = /^(?:省|市|县|区|州|盟|旗|镇|乡|街道)[\u4e00-\u9fa5]{2,20}$/;
/**
 * "区财政局承办的“关于…的建议”（第2号）" (round az): a 督查通报 on proposals names each by the body that handles it, then the
 * proposal's title in quotes — the body leads it, as "X负责…" does. Only a quoted title after 承办(的) counts: "承办全市运动会"
 * or "区财政局承办的会议" name no item handed to a body.
 */
const HANDLED_OPENING = /^([^，,。；;：:（）()“”]{3,40}?)承办的?(?=[“"「])/;
function openingDuty(text: string, registry: UnitRegistry): UnitsPhrase | null {
  const m = DUTY_OPENING.exec(text.trim()) ?? HANDLED_OPENING.exec(text.trim());
  if (!m) return null;
  const units = splitUnits(m[1]);
  const named = (u: string) => registry.isKnown(u) || (LEVEL_NAMED.test(u) && BODY_END.test(u) && !/政府$/.test(u));
  if (!units.length || !units.every(named)) return null;
  return { lead: units[0], co: units.slice(1).join("、") };
}
/** The helpers a closing bracket or sentence names, "等有关部门" and "及" read as the list they close or join. */
function helperUnits(co: string): string[] {
  return splitUnits(co.replace(/等[^、，,]*?有关部门和/, "、").replace(/等[^、，,]*?有关部门$/, "").replace(/及/g, "、"));
}
/** "（市发改委，市政府相关部门，各县市区政府，荆州开发区）": a closing bracket that only lists units. */
const UNIT_BRACKET = /[（(]([^（）()]+)[）)]\s*[。；;]?$/;
function unitBracket(text: string, registry: UnitRegistry): { body: string; units: string[] } | null {
  const m = UNIT_BRACKET.exec(text);
  // A statement before the bracket: a bracket alone ("（区能源中心）") is part of a unit name.
  if (!m || m.index < 6) return null;
  const parts = m[1].split(/[，,、；;]/).map((p) => p.trim());
  // "（按责任单位）" says how a title divides its items, not who does one: a unit's name never opens with 按/由/对/根据.
  if (!parts.length || !parts.every((p) => unitLike(p, registry) && !/^(?:按|由|对|以|经|依|据|根据)/.test(p))) return null;
  return { body: (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim(), units: parts };
}
/** A line that closes with an assignment of its own: labels in a bracket, "（X牵头…）", or units only. */
function closesWithAssignment(text: string, registry: UnitRegistry): boolean {
  return bracketLabels(text) !== null || notedBracketLabels(text) !== null || closingAssignment(text) !== null || CLOSING_RESPONSIBLE.test(text) || unitBracket(text, registry) !== null;
}
/**
 * A part of a progress report that names no work of its own (round aq): "工作进展情况", "重点工作任务完成情况",
 * "2017年度工作任务完成情况" — the report's account as a whole, not one item's.
 */
const GENERIC_PROGRESS_PART = /^(?:\d{4}\s*年度?|上半年|下半年|[一二三四]季度|前三季度|今年|本年度?|近期)?(?:的)?(?:主要|重点|各项|总体|整体)?(?:工作|任务|工作任务|目标任务)?(?:的)?(?:完成|进展|落实|实施|推进|整改|开展)情况$/;
/** A part of problems: "存在的问题", "存在问题与困难", "困难和问题". */
const PROBLEMS_PART_WORDS = /^(?:存在的?(?:主要)?(?:问题|困难|不足)|(?:主要)?问题(?:与|和)(?:困难|不足)|困难(?:与|和)问题)/;
/** A title saying the document accounts for work: …汇报, …总结, …情况的报告 (a 通报 or 政府工作报告 is none). */
const SUMMARY_DOC = /(?:汇报|匯報|总结|總結|情况的报告|情況的報告)(?:材料)?$/;
/** The heading of a progress report's part about one item: "一、…建设项目完成情况". */
const PROGRESS_HEADING = /(完成|进展|落实|实施|推进|整改|开展)情况$/;
/**
 * A part of a progress report named by one project alone ("一、乡村“万盏灯光”工程", "三、乡综合文化站二期建设项目", round af): the
 * paragraph under it, when it says where the work stands (STATE_ACCOUNT), is that project's 完成情况, as under "…完成情况".
 */
const PROJECT_PART = /^[^。；;：:，,]{2,30}(?:工程|项目)$/;
/** A paragraph saying where a work stands: done, under way, tendered, due ("已完成招标", "正在装修", "预计8月底完工"). */
const STATE_ACCOUNT = /已(?:经|于[^，,。；;]{1,12})?(?:公开)?(?:完成|建成|开工|竣工|完工|招标|投入|启动|通过|进入)|正在|目前|尚未|预计.{0,12}(?:完工|完成|投入|建成)/;
/** Whether a part's heading and the paragraph under it are one project and its progress. */
function projectUnderway(heading: string, paragraph: string | undefined): boolean {
  return paragraph !== undefined && !markerOf(paragraph) && PROJECT_PART.test(headingWords(heading)) && STATE_ACCOUNT.test(paragraph);
}
/**
 * Under a part headed "…开展情况" / "…推进情况" of a progress report (round z), "（一）统筹协调，扎实开展总结评估" alone on its line
 * (no sentence end, 40 characters at most) is the name of what was done; the paragraph under it is the account.
 */
const PART_NAME = /^[^。；;：:]{4,40}$/;
function namesPartUnderProgress(it: Item): boolean {
  return it.level === 2 && it.from === it.to && !it.labels.length && it.following === undefined && it.reached === undefined && PART_NAME.test(it.text) && it.parent !== undefined && PROGRESS_HEADING.test(headingWords(it.parent.text));
}
/** "一是找准方向绘蓝图。…二是抓住重点强职能。…": parts counted in words run on in one paragraph — an account, not headings. */
const RUN_OF_PARTS = new RegExp(`^[${"一二三四五六七八九十"}]是[^。]{2,30}。.*[。；;][${"二三四五六七八九十"}]是`);
/** A heading's words without its closing mark or its count ("…整改情况（共2项）"): what PROGRESS_HEADING is tried on. */
const headingWords = (t: string) => t.replace(/[（(]共[\d一二三四五六七八九十]+[项条件个][）)]$/, "").replace(/[。：:]$/, "");
/** "01 项目名称：华罗庚科技园二期" (round s): a number, a space and the name's label open a block a project. */
const BLOCK_OPENER = /^(\d{1,3})[\s\u3000]+(?:项目名称|工程名称|任务名称|事项名称|实事名称|名称)[:：](.*)$/;
/** What a block says the project builds or does: more of its text. */
const BLOCK_CONTENT = /^(建设内容及规模|建设规模及内容|建设内容|建设规模|主要内容|项目内容|工作内容|具体内容|目标任务)[:：](.*)$/;
/** "…。上半年，引进…": where a target's sentence ends and the progress reached begins. */
const PROGRESS_START = /^(.+?[。；;])\s*((?:(?:全年|目前|截至[^，,]{0,12}|截止[^，,]{0,12})[，,]|(?:上半年|下半年|一季度|前三季度|\d{1,2}\s*[-—－至]\s*\d{1,2}\s*月(?:份)?|今年以来)[，,]?).+)$/;
/**
 * In a progress report, a paragraph without a number that opens with its target in a short sentence and goes on with
 * what a period reached ("2606个撤并村通公路（2013—2017年）。上半年已完成…"): an item of its own.
 */
function reachedParagraph(line: string): boolean {
  const m = PROGRESS_START.exec(line);
  return !!m && m[1].length <= 40 && !/[：:，,]/.test(m[1].slice(0, -1)) && !markerOf(line);
}

/** A paragraph opening with what a period reached or the state an item is in: "一季度增长5.8%", "1-9月完成…", "已建成…". */
const REACHED_OPENING = /^(?:全年|目前|当前|截至|截止|今年以来|上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}\s*[-—－至~～]\s*\d{1,2}\s*月|\d{1,2}\s*月(?:份|底|末)|已经?|正在|尚未|累计)/;

/** The main targets of the year, in one paragraph: "主要预期目标是：…；…". */
const TARGETS = /^主要预期目标(?:为|是)?[:：]/;

const FIRST_IS_LEAD = /[（(]列第一位[^）)]*[）)]|[（(]排名第一[^）)]*[）)]/g;
/** A line that is only a note on which unit leads ("（各项任务中，列第一位的为牵头单位，其余为协作和配合单位）"). */
/** An assignment note opening a line: "（牵头单位：", "（责任单位：", "【牵头领导：" (round ba). */
const NOTE_OPENING = new RegExp(`^[（(【〔［](?:${labelPattern("leader", "lead", "all")})[:：]`);
const LEAD_NOTE = /^[（(][^（）()]*(?:列第一位|排名第一|排在第一|列首位|第一位的?为牵头|第一个为牵头)[^（）()]*[）)]$/;

interface Item {
  level: Level;
  id: string;
  /** The numbering as written when it is words ("一是", "第三，"), for a heading's name. */
  words?: string;
  /** The numbering as written ("（一）", "(一)", "一、"), for a heading's name. */
  mark?: string;
  /**
   * A paragraph that is only an assignment, standing after this item's sub-items ("1.完善…" then "(1)…" "(2)…" then
   * "（责任单位：…）"): the assignment of every sub-item that names none.
   */
  shared?: string;
  /** The item this one is a sub-item of (the nearest item above it of a higher level). */
  parent?: Item;
  text: string;
  from: number;
  to: number;
  labels: { key: string; value: string }[];
  /** An unnumbered paragraph closing with an assignment: a task wherever it stands. */
  unnumbered?: boolean;
  /** In a progress report, the paragraph under a heading "…完成情况": the item's progress. */
  following?: string;
  /** Round w: the item was written "name：account" in a progress report; the paragraphs under it continue the account. */
  account?: boolean;
  /**
   * In a progress report, what an item reached, written under it once its assignment has closed: a "完成情况：" /
   * "进展：" line, or a paragraph opening with the period or the state reached ("一季度增长5.8%", "已建成120个").
   */
  reached?: string;
  /**
   * "完成情况：" closing its line with nothing after it (round s): the numbered lines that follow at a deeper level
   * ("1.新铺设供热管网18公里。" under "（一）…") list what the item reached, not sub-items of it.
   */
  reachedList?: boolean;
  /** Under an item card's plan part ("进度安排" / "第一季度：…"): the lines are the item's plan, up to its progress (round ab). */
  planPart?: boolean;
  /** Opened by "01 项目名称：…" (round s): its 建设内容： line is more of its text. */
  block?: boolean;
  /** Under an item of a progress notice, once its assignment or progress is given: "存在问题：…", "下一步计划：…" (round m). */
  problems?: string;
  nextSteps?: string;
}

/**
 * A heading that names the unit leading every item under it: "一、县示范区管委会牵头工作（8项）", "（二）市商务局负责事项".
 * The unit must read as one (known, or ending like a body), so "二、加快项目建设" names no lead.
 */
const LEAD_HEADING = new RegExp(`^(?:[${CN}]{1,3}[、.．]|[（(][${CN}]{1,3}[）)]|第[${CN}]{1,3}(?:(?:部分|方面)[，,、：:\\s]?|[，,、：:\\s])|[${CN}]{1,3}是)?\\s*([^，,。；;：:（）()]{2,40}?)(?:牵头|主办|负责)(?:的)?(?:工作|事项|任务|重点工作|目标任务)?$`);
function headingLead(name: string, registry: UnitRegistry): string[] {
  const m = LEAD_HEADING.exec(name.trim().replace(/[。：:]$/, ""));
  if (!m) return unitHeading(name, registry);
  const units = splitUnits(m[1]);
  return units.length && units.every((u) => unitLike(u, registry) || (UNIT_NAME.test(u) && BODY_END.test(u))) ? units : [];
}

/**
 * A heading that is a unit's name and nothing else ("（一）区发展和改革局", "二、县住建局（3项）", round m): the targets
 * divided by unit, so the unit leads every item under it that names none. The name must be a department or body of a
 * level ("区…局/委/办/中心/政府/管委会", or known to the registry), never a topic ("（一）发展现代服务业", "二、工业园区").
 */
const UNIT_HEADING = /^[区县市省州旗镇乡][\u4e00-\u9fa5（）()]{1,20}(?:局|委|委员会|办|办公室|中心|政府|人民政府|管委会|办事处|街道)$/;
function unitHeading(name: string, registry: UnitRegistry): string[] {
  const t = name.trim().replace(/^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．])\s*/, "").replace(/[。：:]$/, "");
  return t && !/[、，,；;]/.test(t) && (UNIT_HEADING.test(t) || registry.isKnown(t)) ? [t] : [];
}

/** The 序号 that follows an item's own at its level: 一 → 二, 9 → 10. */
function nextId(level: Level, id: string): string {
  if (/^\d+$/.test(id)) return String(Number(id) + 1);
  const n = headingNumber(`${id}、`);
  return n === null ? "" : chineseNumeral(n + 1);
}

/**
 * Items written on in one paragraph: "（一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入…" or "1.…协办）2.…": a
 * paragraph is cut where, right after a closing bracket or a sentence end, the next item of the same level begins.
 */
function runOnItems(line: string): string[] {
  const m = markerOf(line);
  if (!m) return [line];
  const want = nextId(m.level, m.id);
  if (!want) return [line];
  for (let p = 2; p < line.length; p++) {
    if (!/[）)。；;]/.test(line[p - 1])) continue;
    const next = markerOf(line.slice(p));
    if (next && next.level === m.level && next.id === want && next.rest.length >= 4) return [line.slice(0, p).trim(), ...runOnItems(line.slice(p).trim())];
  }
  return [line];
}

/**
 * Sub-items run on inside an item's paragraph after 其中： or a sentence end ("1、…已完成投资517万元。其中：(1)…万元。(2)…"),
 * round ae: the item's own sentence, then one segment a sub-item, when two or more follow one another from (1).
 */
function runOnSubItems(line: string): string[] {
  const m = markerOf(line);
  if (!m || m.level >= 4) return [line];
  const cuts: number[] = [];
  const re = /[（(](\d{1,2})[）)]/g;
  for (let x = re.exec(line); x; x = re.exec(line)) {
    if (Number(x[1]) === cuts.length + 1 && x.index > 0 && /[：:。；;]/.test(line[x.index - 1])) cuts.push(x.index);
  }
  if (cuts.length < 2) return [line];
  return [line.slice(0, cuts[0]).trim(), ...cuts.map((c, k) => line.slice(c, cuts[k + 1] ?? line.length).trim())];
}

function markerOf(text: string): { level: Level; id: string; rest: string; words?: string } | null {
  for (const [level, re] of MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    if (m[1] === undefined) return { level, id: m[2], rest: text.slice(m[0].length), words: m[0].trim() };
    if (/是$/.test(m[0])) return { level, id: m[1], rest: text.slice(m[0].length), words: m[0].trim() };
    return { level, id: m[1], rest: text.slice(m[0].length) };
  }
  return null;
}

/** Whether a document reads as a numbered list with assignments (rather than report prose). */
/**
 * The sentence a plan opens with to say what it is for ("为进一步深化…，制定本要点。", "…，特制定本方案。"): the document's
 * purpose, not prose of a report, so it does not count against a list of numbered items (round y, a 工作要点).
 */
const GENERAL_PART = /^(?:总体要求|指导思想|工作目标|总体目标|主要目标|基本原则|工作原则)[。.：:]?$/;
const PLAN_PURPOSE = /^[为為].{4,120}[，,](?:特|现|現)?制定(?:本|[^，,。；;]{2,40}?)(?:要点|方案|计划|意见|措施|清单|细则|要點|計劃|意見|清單|細則)[。.]?$/;

/** The lines of a notice that sends a plan: "…的通知", "…〔2022〕10号", "各…：", "现将…印发给你们…", "（此件公开发布）". */
const NOTICE_COVER = /的通知$|[〔[]\d{4}[〕\]]\d+号$|^各.{2,120}[：:]$|印发给你们|^[（(]此件.{2,8}[）)]$/;

/** A part that plans ("二、下半年工作计划", "三、下一步工作打算"). */
const PLAN_PART_WORDS = /下半年|下一步|下步|明年|[计計]划|打算|设想|設想|思路/;
/** A label naming who leads or answers for an item ("牵头单位：", "责任领导：", "配合部门："). */
const ASSIGNING_LABEL = /(?:牵头|牽頭|责任|責任|配合|协办|協辦|主办|主辦|承办|承辦|分管)(?:单位|單位|领导|領導|部门|部門|人)?[：:]/;

export function looksLikeList(written: readonly string[]): { list: boolean; reason: string } {
  const lines = written.map(withSpacedLabels);
  const paras = itemParagraphs(lines).flatMap(runOnSubItems);
  // Label lines right after a numbered item (or another label line) assign that item.
  const labels = paras.filter((l, k) => LABEL_LINE.test(l) && k > 0 && (markerOf(paras[k - 1]) || LABEL_LINE.test(paras[k - 1]))).length;
  const noUnits = createUnitRegistry([]);
  // A progress account whose numbered items are lead sentences over what was done ("1、经济社会发展平稳运行。…预计上半年
  // GDP增长6.3%以上。"), with no unit or leader assigned anywhere, is report prose, read item by item with the paragraphs
  // that go on with each (round al); its 下一步措施：/存在问题是： lines are the items' own, no assignment labels.
  // Every numbered item with a sentence outside a plan part must be one: a list of project cards ("1、X项目。为…项目，…")
  // with one card that only plans stays a list.
  let inPlan = false;
  // Round ap: under "一、2023年工作总结" of a 总结 that also plans, leads are read as that part's (全年预计…, 1、A，B。).
  let inYearAccount = false;
  const title = lines.find((l) => l.trim()) ?? "";
  const yearItems = new Set<string>();
  const sentenceItems = paras.filter((l) => {
    const m = markerOf(l);
    if (m?.level === 1) inPlan = PLAN_PART_WORDS.test(m.rest);
    if (m?.level === 1) inYearAccount = yearAccountPart(title, m.rest);
    const item = m !== null && !inPlan && /。./.test(m.rest);
    if (item && inYearAccount) yearItems.add(l);
    return item;
  });
  const leadAccounts = sentenceItems.filter((l) => !LABEL_LINE.test(l) && leadOverAccount(l, paras[paras.indexOf(l) + 1], yearItems.has(l))).length;
  const allLeads = leadAccounts === sentenceItems.length;
  // A list that assigns (牵头单位：, "县住建局负责"), labels its items' accounts after a sentence ("…问题。整改情况：…") or
  // groups them by state ("（一）已竣工项目") is read as a list, as before.
  const assigns = paras.some((l) => ASSIGNING_LABEL.test(l) || /负责|負責|牵头|牽頭/.test(l) || SENTENCE_THEN_PROGRESS.test(l) || STATE_GROUP.test(markerOf(l)?.rest.replace(/[。：:]$/, "").trim() ?? ""));
  if (leadAccounts >= 2 && allLeads && !assigns && paras.slice(0, 12).some((l) => PROGRESS_DOC.test(l))) return { list: false, reason: "" };
  // Round aq: a 汇报/总结 in the report's frame — an account part naming no work ("一、工作进展情况："), a part of problems
  // ("二、存在的问题") and a part of plans ("三、下一步工作计划") — is report prose, whose reader knows problems and plans
  // for what they are (as a list, every part and every 一是 under it was a task). No item assigned to a unit.
  const parts = paras.map((l) => markerOf(l)).filter((m) => m !== null && m.level === 1 && m.words === undefined).map((m) => headingWords(m!.rest));
  const assignsItems = paras.some((l) => ASSIGNING_LABEL.test(l) || (markerOf(l) !== null && /负责|負責|牵头|牽頭/.test(l)));
  if (SUMMARY_DOC.test(title) && !assignsItems && parts.some((w) => GENERIC_PROGRESS_PART.test(w)) && parts.some((w) => PROBLEMS_PART_WORDS.test(w)) && parts.some((w) => PLAN_PART_WORDS.test(w))) return { list: false, reason: "" };
  const inline = paras.filter((l) => markerOf(l) && !closesHeading(l) && (INLINE_KEY.test(l) || closingAssignment(l) !== null || RESPONSIBLE_FOR.test(l) || sentenceAssignment(l, noUnits) || openingDuty(markerOf(l)!.rest, noUnits) || unitAccount(markerOf(l)!.rest) !== null || phraseBracketThenAccount(markerOf(l)!.rest) !== null)).length;
  const plainAssign = paras.filter((l) => RESPONSIBLE_FOR.test(l)).length;
  // Headings that name the unit leading their items ("一、县示范区管委会牵头工作（8项）") with numbered items under them.
  const leadHeadings = paras.filter((l) => markerOf(l)?.level === 1 && headingLead(headingOf(l).name, noUnits).length).length;
  if (leadHeadings >= 1 && paras.filter((l) => markerOf(l)?.level === 3).length >= 2) {
    return { list: true, reason: `发现 ${leadHeadings} 个写明牵头单位的标题（…牵头工作）及其下的编号事项，按编号清单导入。` };
  }
  // Numbered label blocks, a project a block ("01 项目名称：…", round s).
  const blocks = paras.filter((l) => BLOCK_OPENER.test(l)).length;
  if (blocks >= 2) return { list: true, reason: `发现 ${blocks} 个「01 项目名称：…」编号信息块，按编号清单导入。` };
  // An item card (round ab): an unnumbered sentence, then "牵头单位：" with its units on the line below and another label
  // right after them.
  const cards = paras.filter((l, k) => k > 0 && LEAD_LABEL_ALONE.test(l) && !markerOf(paras[k - 1]) && !LABEL_LINE.test(paras[k - 1]) && /[。；;]$/.test(paras[k - 1]) && (paras[k + 1] ?? "").split(/[、，,；;\s]+/).every((u) => unitLike(u, noUnits)) && LABEL_LINE.test(paras[k + 2] ?? "")).length;
  if (cards >= 1) return { list: true, reason: `发现 ${cards} 张事项卡片（事项正文下「牵头单位：」另起一行写单位），按编号清单导入。` };
  if (labels >= 2 || (labels >= 1 && paras.filter((l) => markerOf(l)).length >= 2)) return { list: true, reason: `发现 ${labels} 行「牵头单位：/责任单位：/主管领导：…」，按编号清单导入。` };
  if (inline + plainAssign >= 2) return { list: true, reason: `发现 ${inline + plainAssign} 处编号事项带「牵头部门：…」「（…牵头）」或「责任单位为…」，按编号清单导入。` };
  // A plan of a single task: the only item numbered 1. (under 一、 headings) closes with its assignment.
  const numbered = paras.filter((l) => markerOf(l)?.level === 3);
  if (numbered.length === 1 && inline === 1 && markerOf(numbered[0])?.id === "1" && (closingAssignment(numbered[0]) !== null || bracketLabels(numbered[0]))) {
    return { list: true, reason: "发现唯一的编号事项以「（…牵头，…负责）」括注结尾，按编号清单导入。" };
  }
  // A plan's only measure numbered under its headings, （一） as 1., closing with its assignment ("（一）提高市场开放程度。…（牵头单位：
  // X；责任单位：A、B）", 314): one numbered measure is a list of one, as the single 1. above.
  const measures = paras.filter((l) => (markerOf(l)?.level ?? 0) >= 2 && !closesHeading(l));
  const firstMeasure = measures.length === 1 ? markerOf(measures[0]) : null;
  if (firstMeasure && firstMeasure.level === 2 && firstMeasure.id === "一" && inline === 1 && (closingAssignment(measures[0]) !== null || bracketLabels(measures[0]))) {
    return { list: true, reason: "发现唯一的编号措施以「（牵头单位：…；责任单位：…）」括注结尾，按编号清单导入。" };
  }
  // Paragraphs, numbered or not, that close with an assignment bracket ("…。（责任单位：市经信委）").
  const closing = paras.filter((l) => !closesHeading(l) && closesWithAssignment(l, noUnits)).length;
  if (closing >= 2) return { list: true, reason: `发现 ${closing} 段以责任单位括注结尾的事项，按编号清单导入。` };
  // A progress report whose parts are headed "…完成情况" (or "…进展情况") with their progress under them.
  const accountLine = (l: string | undefined) => l !== undefined && (!markerOf(l) || RUN_OF_PARTS.test(l));
  const namedParts = (k: number) => {
    const m = markerOf(paras[k] ?? "");
    return m !== null && m.level === 2 && PART_NAME.test(m.rest) && accountLine(paras[k + 1]);
  };
  const progressHeadings = paras.filter((l, k) => markerOf(l) && PROGRESS_HEADING.test(headingWords(l)) && paras[k + 1] && (!markerOf(paras[k + 1]) || namedParts(k + 1))).length;
  if (progressHeadings >= 1 && paras.slice(0, 12).some((l) => PROGRESS_DOC.test(l)) && paras.filter((l) => markerOf(l)).length >= 3) {
    return { list: true, reason: `发现 ${progressHeadings} 个「…完成情况」标题下写明进展的段落，按进展清单导入。` };
  }
  // A progress report whose parts each name one project, with where it stands in the paragraph under it (round af).
  const projectParts = paras.filter((l, k) => markerOf(l) && projectUnderway(markerOf(l)!.rest, paras[k + 1])).length;
  if (projectParts >= 2 && paras.slice(0, 12).some((l) => PROGRESS_DOC.test(l))) {
    return { list: true, reason: `发现 ${projectParts} 个以项目名称为标题、其下写明进展的段落，按进展清单导入。` };
  }
  // A progress report of unnumbered paragraphs, each a target and what the period reached.
  const reached = paras.filter((l) => reachedParagraph(l)).length;
  const prose = paras.filter((l) => !markerOf(l) && l.length > 15).length;
  if (reached >= 2 && reached * 2 >= prose && paras.slice(0, 12).some((l) => PROGRESS_DOC.test(l))) {
    return { list: true, reason: `发现 ${reached} 段「目标。上半年…」写明目标和进展的段落，按进展清单导入。` };
  }
  const items = paras.filter((l) => {
    const m = markerOf(l);
    return m && m.level >= 2 && l.length <= 200;
  }).length;
  // Prose (a report, a table extracted line by line) has many unnumbered lines; a list has a title or two.
  // The general part of a plan (一、总体要求 / （一）指导思想 / （二）工作目标 …) is prose the list sets aside, not a report's.
  let general = false;
  // Before a plan's purpose sentence, the notice that sends it (its title, 文号, addressees, 印发 line, 此件公开发布) is no
  // prose of the plan (round ae, a 行动方案 sent with its 通知).
  const purposeAt = paras.findIndex((l) => PLAN_PURPOSE.test(l));
  const body = paras.filter((l, k) => {
    const m = markerOf(l);
    if (m) general = GENERAL_PART.test(m.rest.trim());
    if (k < purposeAt && NOTICE_COVER.test(l)) return false;
    // In a plan (one that says what it is for), a heading's aim: one paragraph between a heading and the first numbered item
    // under it ("（一）推进大数据基础设施建设。" / what the part is for / "1.加强算力基础设施建设。…"), round ae. A report's
    // account under its heading is prose as before.
    const over = markerOf(paras[k - 1] ?? "");
    const under = markerOf(paras[k + 1] ?? "");
    if (purposeAt >= 0 && !m && over && under && under.level > over.level && over.level < 3) return false;
    return !m && !general && !LABEL_LINE.test(l) && l.length > 15 && !PLAN_PURPOSE.test(l);
  }).length;
  if (items >= 3 && body <= 3) return { list: true, reason: `发现 ${items} 个编号事项、没有成段正文，按编号清单导入。` };
  // A plan that says what it is for ("为…，特制定…推进方案。") and then numbers its items, with no prose beside them (round z):
  // two items are a list as three are.
  if (items >= 2 && body <= 3 && paras.some((l) => PLAN_PURPOSE.test(l))) return { list: true, reason: `发现写明制定目的的方案及其 ${items} 个编号事项、没有成段正文，按编号清单导入。` };
  return { list: false, reason: "" };
}

export function importList(written: readonly string[], units: UnitEntry[], reason: string): ImportResult {
  const lines = written.map(withSpacedLabels);
  const registry = createUnitRegistry(units);
  const ledger = new LineLedger(lines);
  const notes: ImportResult["notes"] = [];
  const isProgressDoc = lines.slice(0, 12).some((l) => PROGRESS_DOC.test(l));
  // The width the text was cut at, if it was (round ad): a line of exactly that width ending at a sentence end goes on.
  const width = wrapWidth(lines);

  // Paragraphs: a line continues the one before unless it starts an item, a label or a heading.
  const items: Item[] = [];
  const sharedLines = new Map<Item, number>();
  const loose: { text: string; from: number; to: number }[] = [];
  let current: Item | null = null;
  // A label closing its line with nothing after it ("责任单位：", "项目名称："): the lines below, up to the next label,
  // number or blank line, are its value, one a line (round s).
  let pending: { item: Item; key: string | "name" | "content" } | null = null;
  const pageFeet: number[] = [];
  // Round aq: among two or more parts of a level each named by a project over where it stands, a sibling named otherwise
  // ("2. XX公共服务设施建设" between "1. XX基础设施建设项目" and "3. XX数字化升级项目") is a project too.
  const nonBlank = lines.map((l) => removeArtefacts(l).trim()).filter(Boolean);
  const projectCount = new Map<number, number>();
  nonBlank.forEach((l, k) => {
    const m = markerOf(l);
    if (m && projectUnderway(m.rest, nonBlank[k + 1])) projectCount.set(m.level, (projectCount.get(m.level) ?? 0) + 1);
  });
  const amongProjects = (it: Item, line: string) => (projectCount.get(it.level) ?? 0) >= 2 && it.from === it.to && PART_NAME.test(headingWords(it.text)) && !markerOf(line) && STATE_ACCOUNT.test(line);
  lines.forEach((raw, i) => {
    const line = removeArtefacts(raw).trim();
    // An account under a part's name in a progress report is one paragraph, whatever parts it counts in words (round z).
    const above = current as Item | null;
    const account = isProgressDoc && above !== null && namesPartUnderProgress(above) && RUN_OF_PARTS.test(line);
    for (const segment of account ? [line] : runOnItems(line).flatMap(runOnSubItems)) readSegment(segment, i);
  });
  function readSegment(line: string, i: number): void {
    const n = i + 1;
    if (!line) return;
    // A page's foot in PDF text ("— 3 —", "— — — 3 —"): no item's text (round aa).
    if (PAGE_FOOT.test(line)) {
      pageFeet.push(n);
      return;
    }
    // An item card's plan part: its lines are the item's, up to the progress heading or the next card's sentence.
    const card = current as Item | null;
    if (card?.planPart && !PROGRESS_HEAD.test(line) && !LABEL_LINE.test(lines[i + 1]?.trim() ?? "")) {
      card.to = n;
      return;
    }
    if (card?.planPart) card.planPart = false;
    const opener = BLOCK_OPENER.exec(line);
    if (opener) {
      current = { level: 3, id: opener[1], text: opener[2].trim(), from: n, to: n, labels: [], block: true };
      items.push(current);
      pending = opener[2].trim() ? null : { item: current, key: "name" };
      return;
    }
    const content = current?.block ? BLOCK_CONTENT.exec(line) : null;
    if (content && current) {
      const value = content[2].trim();
      if (value) current.text = current.text ? `${current.text}：${value}` : value;
      current.to = n;
      pending = value ? null : { item: current, key: "content" };
      return;
    }
    // A unit label's value one a line takes lines that are units: a part's name under it ("协办单位：" / "进度安排", round ab)
    // ends the list, left empty.
    const unitKey = pending !== null && /^(lead|co|all)$/.test(labelKind(pending.key) ?? "");
    if (pending && pending.item === current && !LABEL_LINE.test(line) && !markerOf(line) && (!unitKey || line.split(/[、，,；;\s]+/).some((u) => unitLike(u, registry)))) {
      const it = pending.item;
      if (pending.key === "name") it.text = it.text ? `${it.text}${line}` : line;
      else if (pending.key === "content") it.text = it.text ? `${it.text}：${line}` : line;
      else it.labels.push({ key: pending.key, value: line });
      // A name or a content runs on one line; units may be one a line.
      if (pending.key === "name" || pending.key === "content") pending = null;
      it.to = n;
      return;
    }
    // A part's name under an empty unit label of an item card ("协办单位：" / "进度安排"): the item's plan follows.
    if (unitKey && pending && pending.item === current && line.length <= 8 && !/[，,。；;：:、]/.test(line) && !markerOf(line) && !LABEL_LINE.test(line) && !PROGRESS_HEAD.test(line)) {
      current.planPart = true;
      current.to = n;
      pending = null;
      return;
    }
    pending = null;
    if (LEAD_NOTE.test(line)) {
      // A note on the order of the units, not an item: kept with the text around the list.
      current = null;
      loose.push({ text: line, from: n, to: n });
      return;
    }
    // An item's bracket left open at the end of its line ("…计划。（" / "牵头单位：县发改局；…）"): the next line, a label's or
    // not, closes the same bracket (a line cut at a fixed width, issue 13).
    // A page's foot between the two lines (round ba: "…（牵头单" / "— 2 —" / "位：…）") leaves them one line cut.
    const adjacent = current !== null && (current.to === n - 1 || (current.to === n - 2 && pageFeet.includes(n - 1)));
    if (current && adjacent && !current.labels.length && current.level >= 3 && bracketOpen(current.text) && !markerOf(line)) {
      current.text += line;
      current.to = n;
      return;
    }
    // A unit list cut at the line's width (PDF text, round aa): "协办单位：区委编办、…、园区党工" / "委、各街道党工委" — the
    // next line, opening no number or label, finishes the list when the list stops at a 、 or on a name cut short that
    // the next line's first name completes.
    if (current && current.to === n - 1 && current.labels.length && !LABEL_LINE.test(line) && !markerOf(line) && listCutAtWidth(lines[i - 1]?.trim() ?? "", line, registry)) {
      const last = current.labels[current.labels.length - 1];
      last.value += line;
      current.to = n;
      return;
    }
    // "落实情况" / "1-5月落实情况：" alone on its line under an item its labels assigned (an item card, round ab): the
    // numbered lines under it are the item's progress.
    if (current && current.labels.length && PROGRESS_HEAD.test(line)) {
      current.reachedList = true;
      current.to = n;
      return;
    }
    const label = LABEL_LINE.exec(line);
    // "存在问题：…" / "下一步计划：…" belong to an item already assigned or reported on; before that they are text.
    const reportOnly = label && /^(problems|next)$/.test(labelKind(label[1]) ?? "");
    if (label && current && (!reportOnly || current.labels.length > 0 || current.reached !== undefined)) {
      const item: Item = current;
      const join = (was: string | undefined, value: string) => (was ? `${was}；${value.trim()}` : value.trim());
      for (const part of splitLabels(line)) {
        // "完成情况：…" / "进展：…": what the item reached, kept apart so its assignment (a bracket, labels) is read as before.
        const kind = labelKind(part.key);
        if (kind === "progress") {
          item.reached = join(item.reached, part.value);
          item.reachedList = !part.value.trim();
        }
        else if (kind === "problems") item.problems = join(item.problems, part.value);
        else if (kind === "next") item.nextSteps = join(item.nextSteps, part.value);
        else item.labels.push(part);
      }
      const parts = splitLabels(line);
      const last = parts[parts.length - 1];
      if (last && !last.value.trim() && /[:：]\s*$/.test(line) && !/^(progress|problems|next)$/.test(labelKind(last.key) ?? "")) pending = { item, key: last.key };
      current.to = n;
      return;
    }
    const m = markerOf(line);
    // The list under an empty "完成情况：" (round s): its numbered lines are the item's progress, one after another.
    if (m && current?.reachedList && (m.level > current.level || current.id === "")) {
      current.reached = current.reached ? `${current.reached}${line}` : line;
      current.to = n;
      return;
    }
    // A line of that list cut mid-sentence at the width goes on with the next line (round ab).
    if (!m && current?.reachedList && current.planPart === false && current.reached && wrappedMidSentence(current.reached) && !LABEL_LINE.test(line)) {
      current.reached += line;
      current.to = n;
      return;
    }
    // A heading cut at the line's width (PDF text, round aa): "一、…加强党对基层治理的全面" / "领导" — a short rest with no
    // punctuation, right under a heading that fills the widest wrapped line and right above a number or a label, ends it.
    const below = lines.slice(i + 1).find((l) => l.trim() && !PAGE_FOOT.test(l.trim()))?.trim() ?? "";
    if (!m && current && current.to === n - 1 && current.level <= 2 && !current.labels.length && current.reached === undefined && line.length <= 12 && !/[。；;，,：:！!？?、]/.test(line) && (markerOf(below) || LABEL_LINE.test(below)) && fillsWidth(lines[i - 1]?.trim() ?? "", lines)) {
      current.text += line;
      current.to = n;
      return;
    }
    // A line broken inside an item (text copied at a fixed width, PDF text; issue 13): the line right above is the item's
    // own, a full line that stops mid-sentence or inside an open bracket, and no number or label opens this one.
    const above = lines[i - 1]?.trim() ?? "";
    if (!m && current && current.to === n - 1 && current.level >= 3 && !current.labels.length && current.reached === undefined && current.following === undefined && above.length >= 24 && (wrappedMidSentence(current.text) || cutAtWidth(above, line, width))) {
      current.text += line;
      current.to = n;
      return;
    }
    // The account under a part's name in a progress report (round z): the next paragraph, even one that runs its parts on
    // in words (一是…二是…).
    if (isProgressDoc && current && namesPartUnderProgress(current) && current.to === n - 1 && (!m || RUN_OF_PARTS.test(line)) && !closesWithAssignment(line, registry)) {
      current.following = line;
      current.to = n;
      current = null;
      return;
    }
    if (m) {
      const mark = line.slice(0, line.length - m.rest.length).trim();
      const parent = [...items].reverse().find((it) => !it.unnumbered && it.level < m.level);
      current = { level: m.level, id: m.id, ...(m.words ? { words: m.words } : {}), mark, text: m.rest, from: n, to: n, labels: [], ...(parent ? { parent } : {}) };
      const account = isProgressDoc ? NAME_ACCOUNT.exec(m.rest) : null;
      if (account && !labelKind(account[1].trim()) && ACCOUNT_REACHED.test(account[2])) {
        current.text = account[1].trim();
        current.reached = account[2].trim();
        current.account = true;
      }
      items.push(current);
      return;
    }
    // Under a named item's account (round w): the paragraphs up to the next number or label say more of what it reached.
    if (isProgressDoc && current?.account && !m) {
      current.reached = `${current.reached ?? ""}${line}`;
      current.to = n;
      return;
    }
    // An unnumbered line followed by label lines is an item of its own (十大实事 without numbers).
    const next = lines.slice(i + 1).find((l) => l.trim());
    if (next && LABEL_LINE.test(next.trim()) && !/[:：]$/.test(line)) {
      current = { level: 4, id: "", text: line, from: n, to: n, labels: [] };
      items.push(current);
      return;
    }
    const open = current as Item | null;
    // "（县住建局牵头）" alone under a plan's title: who leads the whole plan, not an item.
    if (!open && /^[（(][^（）()]*[）)]$/.test(line) && closingAssignment(line) !== null) {
      loose.push({ text: line, from: n, to: n });
      return;
    }
    // In a progress report, a paragraph under an item whose assignment has closed (its bracket, its label lines) that
    // opens with the period or the state reached is the item's progress, not an item or prose of its own.
    if (isProgressDoc && open && !markerOf(line) && (open.labels.length > 0 || open.reached !== undefined || closesWithAssignment(open.text, registry)) && REACHED_OPENING.test(line)) {
      open.reached = open.reached ? `${open.reached}${line}` : line;
      open.to = n;
      return;
    }
    if (isProgressDoc && reachedParagraph(line)) {
      current = { level: 4, id: "", text: line, from: n, to: n, labels: [], unnumbered: true };
      items.push(current);
      return;
    }
    // "主要预期目标：…；…（…牵头…）": the targets, each an indicator, never more text of the item above.
    if (TARGETS.test(line)) {
      current = null;
      loose.push({ text: line, from: n, to: n });
      return;
    }
    // A paragraph that is only an assignment, after two or more sub-items of one item ("(1)…" "(2)…" under "1.…"):
    // the assignment of them all, not of the last one alone.
    const shared = open?.parent ? open.parent : null;
    if (shared && shared.shared === undefined && /^[（(\[【〔［]/.test(line) && closesWithAssignment(line, registry) && !open!.labels.length && !closesWithAssignment(open!.text, registry)) {
      const siblings = items.slice(items.indexOf(shared) + 1);
      if (siblings.length >= 2 && siblings.every((it) => it.level === open!.level && it.parent === shared)) {
        shared.shared = line;
        sharedLines.set(shared, n);
        current = null;
        return;
      }
    }
    // A note opened on its own line under an item that ended its sentence, left open at the line's end (round ba):
    // "2.推进棉花产业高质量发展。" / "（牵头单位：…；责任单位：自治区发展改革委、" / "自治区市场监管局）" — the note is the item's, and
    // the next line closes it (the open bracket joins it, as above). A bracket that opens no label ("（含背街小巷" ) is not one.
    if (open && !open.labels.length && open.level >= 3 && !closesWithAssignment(open.text, registry) && /[。；;]$/.test(open.text) && bracketOpen(line) && NOTE_OPENING.test(line)) {
      open.text += line;
      open.to = n;
      return;
    }
    if (closesWithAssignment(line, registry)) {
      // The assignment of an item stated in a sentence on the line above ("（一）加强…建设。" / "全年建成…（牵头责任人：…）"),
      // else an unnumbered item of its own ("突出工业主体地位。…（责任单位：市经信委）").
      if (open && !open.labels.length && !closesWithAssignment(open.text, registry) && /[。；;]$/.test(open.text)) {
        open.text += line;
        open.to = n;
      } else {
        current = { level: 4, id: "", text: line, from: n, to: n, labels: [], unnumbered: true };
        items.push(current);
      }
      return;
    }
    // In a progress report, the paragraph under "一、…项目完成情况" is that item's progress.
    if (isProgressDoc && open && open.following === undefined && !open.labels.length && (PROGRESS_HEADING.test(headingWords(open.text)) || projectUnderway(open.text, line) || amongProjects(open, line))) {
      open.following = line;
      open.to = n;
      current = null;
      return;
    }
    current = null;
    loose.push({ text: line, from: n, to: n });
  }

  // The task level: the deepest level that carries assignments, else the deepest level present.
  const assigned = (it: Item) =>
    it.labels.length > 0 || it.parent?.shared !== undefined || INLINE_KEY.test(it.text) || RESPONSIBLE_FOR.test(it.text) || closesWithAssignment(it.text, registry) || sentenceAssignment(it.text, registry) !== null || openingDuty(it.text, registry) !== null || it.following !== undefined;
  const levels = [...new Set(items.filter((it) => !it.unnumbered).map((it) => it.level))].sort();
  const withAssignments = levels.filter((lv) => items.some((it) => it.level === lv && !it.unnumbered && it.following === undefined && assigned(it)));
  // Unnumbered assigned paragraphs under numbered headings: every numbered level is a heading level.
  const unnumberedTasks = items.some((it) => it.unnumbered) && withAssignments.length === 0;
  const taskLevel = unnumberedTasks ? 4 : (withAssignments.length ? withAssignments[withAssignments.length - 1] : levels[levels.length - 1]) ?? 3;
  const headingLevels = levels.filter((lv) => lv < taskLevel);

  // Short unnumbered lines before items (关键词 教育) are headings when there are no numbered ones.
  const headings: SectionHeading[] = [];
  const tasks: ImportedTask[] = [];
  let section = "";
  let subsection = "";
  // The unit a heading names as leading its items ("一、县示范区管委会牵头工作"): the lead of items that name none.
  let sectionLead: string[] = [];
  let subsectionLead: string[] = [];
  // The leader a heading names with a post ("一、常务副省长高建民"): the leader of items that name none.
  let sectionLeader = "";
  let subsectionLeader = "";
  // The lead a heading's closing labels name ("（一）…（市政府负责领导：…；牵头单位：市发改委）", round aw): the lead of every
  // item under it that names none, also where the item names its helpers.
  let sectionLabelLead: string[] = [];
  let subsectionLabelLead: string[] = [];
  const events = [
    ...items.map((it) => ({ kind: "item" as const, it, from: it.from })),
    ...loose.map((l) => ({ kind: "loose" as const, l, from: l.from })),
  ].sort((a, b) => a.from - b.from);
  let counter = 0;
  for (const ev of events) {
    if (ev.kind === "loose") {
      const l = ev.l;
      // "主要预期目标是：…；…": each indicator a task without units (as in a notice).
      const targets = /主要预期目标(?:为|是)?[:：](.*)$/.exec(l.text);
      if (targets) {
        // An assignment closing the paragraph ("…；万元GDP能耗下降2.5%（省发展改革委牵头，…配合）") assigns every indicator.
        const bracket = /[（(][^（）()]*[）)]\s*[。；;]?$/.exec(targets[1]);
        const closing = bracket && bracket.index > 0 && closesWithAssignment(bracket[0], registry) ? bracket[0] : "";
        const indicators = splitIndicators(closing ? targets[1].slice(0, bracket!.index) : targets[1]);
        indicators.forEach((text, k) => {
          if (!closing) {
            tasks.push(importedTask({ section, id: `预期${k + 1}`, text: tidySpaces(text), lines: [l.from, l.to] }));
            return;
          }
          for (const t of itemTasks({ level: 4, id: `预期${k + 1}`, text: `${text.replace(/[；;。]$/, "")}${closing}`, from: l.from, to: l.to, labels: [] }, 0, false, registry)) {
            t.section = section;
            if (subsection) t.subsection = subsection;
            tasks.push(t);
          }
        });
        ledger.mark(l.from, l.to, "task");
        if (!closing) notes.push({
          code: "IMPORT_TARGETS_UNASSIGNED",
          message: `「主要预期目标」拆为 ${indicators.length} 项（预期1–预期${indicators.length}），未指定责任单位，请补充。(main targets have no units)`,
        });
        continue;
      }
      const before = tasks.length === 0;
      // Its count written after it ("大力实施乡村振兴战略（共4项）", round ac) is the section's declared count, as after a numbered heading.
      const counted = declaredCount(l.text);
      const bare = counted ? l.text.slice(0, counted.index).trim() : l.text;
      if (headingLevels.length === 0 && bare.length <= 12 && !/[。；，,：:]/.test(bare) && items.some((it) => it.from > l.from)) {
        section = bare;
        headings.push({ name: section, declaredCount: counted ? counted.count : null });
        ledger.mark(l.from, l.to, "section");
      } else ledger.mark(l.from, l.to, "skip", before ? "标题或引言" : "正文（非编号事项）");
      continue;
    }
    const it = ev.it;
    // An item at a heading level that carries its own assignment (or progress) and has no items under it is a
    // task: "（一）地区生产总值增长6%。（牵头单位：…）" beside "（一）强信心…" headings with 1. 2. under them.
    const k = items.indexOf(it);
    const childless = !items[k + 1] || items[k + 1].unnumbered || items[k + 1].level <= it.level;
    // A part counted in words whose lead sentence runs on into its prose ("二是全面加强党的建设。组织开展…") and that has no
    // items under it, beside parts that do, is a work of its own, not an empty part (round ae).
    const runInWork = it.level < taskLevel && childless && it.words !== undefined && RUN_IN_LEAD.test(it.text) && items.some((o) => o.parent && o.parent.level === it.level && o.parent.words !== undefined);
    // In a progress report, an item above the task level with no sub-items that says where it stands ("2、环境改善…类项目18个、
    // 已启动项目17个。" after "1、…其中：(1)…(5)…") is a task as its siblings' sub-items are (round ae).
    const statedAlone = isProgressDoc && it.level < taskLevel && childless && NAMED_THEN_STATE.test(it.text);
    // Under a part that plans ("三、下步计划"), a numbered sentence with nothing under it ("（一）借助“地球日”…加大宣传力度，…。")
    // is a plan, a task of its own, even where the list's tasks stand at a deeper level elsewhere (a problem's 问题描述：… under
    // 二、整改情况) and would make it a sub-heading (round as). A part of the list's top level is never one.
    const planItem = it.level < taskLevel && childless && it.parent !== undefined && it.level !== headingLevels[0] && PLAN_PART_WORDS.test(headingWords(it.parent.text)) && /。/.test(it.text);
    const ownTask = it.unnumbered || (it.level < taskLevel && assigned(it) && childless) || runInWork || statedAlone || planItem;
    // A part's own task ends the sub-part before it.
    if (statedAlone) {
      subsection = "";
      subsectionLead = [];
      subsectionLeader = "";
      subsectionLabelLead = [];
    }
    if (runInWork) {
      section = "";
      subsection = "";
      sectionLead = [];
      sectionLeader = "";
      subsectionLead = [];
      subsectionLeader = "";
      sectionLabelLead = [];
      subsectionLabelLead = [];
    }
    if (!ownTask && it.level < taskLevel && headingLevels[0] === it.level) {
      // A part's lead sentence that runs on into its prose ("一是做实产业兴镇。乡村振兴，产业为先。…") names the part; the prose
      // after it is what the part is for (round ae).
      const runIn = RUN_IN_LEAD.exec(it.text);
      const labelled = runIn ? null : headingLabels(it.text);
      const h = headingOf(`${it.words ?? (it.mark && it.level === 2 ? it.mark : `${it.id}、`)}${runIn ? runIn[1] : labelled ? labelled.name : it.text}`);
      section = h.name;
      subsection = "";
      sectionLead = headingLead(h.name, registry);
      sectionLeader = labelled?.leader || (h.leader ?? headingLeader(h.name));
      sectionLabelLead = labelled?.lead ?? [];
      subsectionLead = [];
      subsectionLeader = "";
      subsectionLabelLead = [];
      headings.push(h);
      ledger.mark(it.from, it.to, "section");
      continue;
    }
    if (!ownTask && it.level < taskLevel) {
      const labelled = headingLabels(it.text);
      const sub = withoutLeaderBracket({ name: (labelled ? labelled.name : it.text).replace(/[。]?其中[：:]$/, "").replace(/[。]$/, ""), declaredCount: null });
      subsection = it.level === 2 ? `（${it.id}）${sub.name}` : sub.name;
      subsectionLead = headingLead(it.text, registry);
      subsectionLeader = labelled?.leader || (sub.leader ?? headingLeader(sub.name));
      subsectionLabelLead = labelled?.lead ?? [];
      ledger.mark(it.from, it.to, "skip", "小标题（子板块）");
      continue;
    }
    if (!ownTask && it.level > taskLevel) {
      // A deeper item inside a task continues it.
      const last = tasks[tasks.length - 1];
      if (last) {
        last.text += it.text;
        last.lines[1] = it.to;
        ledger.mark(it.from, it.to, "task");
      } else ledger.mark(it.from, it.to, "skip", "正文（非编号事项）");
      continue;
    }
    counter++;
    // Sub-items numbered again under each item ("1.完善…" then "(1)…(2)…", "2.…" then "(1)…"): 1-(1), 1-(2), 2-(1).
    const parent = it.parent;
    const sub = parent && it.level === 4 && parent.level === 3 && !it.unnumbered && items.indexOf(parent) >= 0 && parent.id ? `${parent.id}-(${it.id})` : "";
    const own = sub ? { ...it, id: sub } : it;
    // The assignment written once after the sub-items is each sub-item's that names none of its own.
    const withShared = parent?.shared && !own.labels.length && !closesWithAssignment(own.text, registry) ? { ...own, text: `${own.text}${parent.shared}` } : own;
    const sharedLine = parent?.shared && items[k + 1]?.parent !== parent ? sharedLines.get(parent) : undefined;
    if (sharedLine) ledger.mark(sharedLine, sharedLine, "task");
    for (const t of itemTasks(withShared, counter, isProgressDoc, registry)) {
      if (sharedLine) t.lines[1] = sharedLine;
      const headed = subsectionLead.length ? subsectionLead : sectionLead;
      if (headed.length && !t.leadUnits.length && !t.coUnits.length) t.leadUnits = assignUnits({ lead: headed }, registry).leadUnits;
      const labelledLead = subsectionLabelLead.length ? subsectionLabelLead : sectionLabelLead;
      if (labelledLead.length && !t.leadUnits.length) {
        t.leadUnits = assignUnits({ lead: labelledLead }, registry).leadUnits;
        t.coUnits = t.coUnits.filter((u) => !t.leadUnits.includes(u));
      }
      if ((subsectionLeader || sectionLeader) && !t.leader) t.leader = subsectionLeader || sectionLeader;
      if (!t.leadUnits.length && !t.coUnits.length) assignInSentence(t, registry);
      t.section = section;
      if (subsection) t.subsection = subsection;
      tasks.push(t);
    }
    ledger.mark(it.from, it.to, "task");
  }
  for (const n of pageFeet) ledger.mark(n, n, "skip", "页码");
  // The period the progress is for, as the title names it ("…上半年完成情况的通报").
  const title = lines.find((l) => l.trim()) ?? "";
  const period = isProgressDoc ? periodNamed(title) : "";
  if (period) for (const t of tasks) if (t.progress && !t.progress.period) t.progress.period = period;
  qualifyRestartedIds(tasks, notes);
  const sections = countSections(tasks, headings);
  const { unrecognized, skipped } = ledger.finish();
  // A task shared out without a lead (co-units only) names its units: validate reports it (CAT_SHARED_NO_LEAD).
  const unassigned = tasks.filter((t) => t.leadUnits.length === 0 && t.coUnits.length === 0).length;
  if (unassigned) notes.push({ code: "IMPORT_NO_UNITS", message: `${unassigned} 项没有写明责任单位，请补充。(${unassigned} items name no unit)` });
  return { kind: "notice", kindReason: reason, tasks, sections, units: [], ...withAliases(bracketAliases(registry, tasks)), unrecognized, skipped, notes: [...notes, ...sectionCountNotes(sections)] };
}

/**
 * An item naming no unit whose own text assigns its work in a sentence (290: "（一）加强组织领导：由县交通运输局牵头推进重点交通水毁
 * 工程的恢复重建工作。各乡镇…"): the unit that sentence names as leading (and those it names as joining) are the item's. The
 * first sentence that assigns a work is taken; joint groups with no lead ("各乡镇及县交通局等部门加强协作") give none.
 */
function assignInSentence(task: ImportedTask, registry: UnitRegistry): void {
  for (const sentence of task.text.split(/[。；;]/)) {
    const assigned = assignedWork(sentence.replace(/^[^，,。：:]{2,12}[：:]/, ""));
    if (!assigned) continue;
    const units = assignUnits({ lead: assigned.lead, co: assigned.co }, registry);
    task.leadUnits = units.leadUnits;
    task.coUnits = units.coUnits;
    if (assigned.leader && !task.leader) task.leader = assigned.leader;
    return;
  }
}

/**
 * Numbering that starts again under each part ("一、…" 1. 2. 3., "二、…" 1. 2.) would give two tasks one 序号: every
 * numbered task is then named by its part's number too ("一-1", "二-1"), so each 序号 is one task's.
 */
function qualifyRestartedIds(tasks: ImportedTask[], notes: ImportResult["notes"]): void {
  const numbered = tasks.filter((t) => !t.id.startsWith("预期"));
  if (new Set(numbered.map((t) => t.id)).size === numbered.length) return;
  const partOf = (t: ImportedTask) => new RegExp(`^([${CN}]{1,3})(?:[、.．]|是)|^第([${CN}]{1,3})`).exec(t.section.trim()) ?? null;
  if (!numbered.every((t) => partOf(t))) return;
  const qualified = numbered.map((t) => `${partOf(t)!.slice(1).find((x) => x)}-${t.id}`);
  if (new Set(qualified).size !== qualified.length) return;
  numbered.forEach((t, k) => (t.id = qualified[k]));
  notes.push({
    code: "IMPORT_IDS_BY_PART",
    message: `各部分的编号各自从头开始，序号前加上所在部分的编号（如 ${qualified[0]}），使每个序号只对应一项。(numbering restarts in each part: ids are prefixed with the part's number)`,
  });
}

const NAMED_THEN_STATE = /^([^，,。；;：:]{2,40}?\d+(?:个|项|处|所|条|座|件))[、，,]\s*((?:已经?|正在|累计|均已|尚未)[^]{2,})$/;
/** "…，目前正在进行土地流转，…", "目前已完成主体施工。": where the item stands now, after its plan or description. */
const NOW_CLAUSE = /(?:^|[，,；;。])\s*((?:目前|当前|现已)[，,]?\s*(?:已经?|正在|尚未|仍在|均已)[^，,；;。]{2,40})/;
/** A lead sentence of at most 20 characters closed by 。 and followed by prose of its own: "做实产业兴镇。乡村振兴，产业为先。…". */
const RUN_IN_LEAD = /^([^。，,；;：:（）()]{2,20})。(.{15,})$/;

/** "一、综合指标类9项（按考核目标统计）" → 一、综合指标类, declared 9; "（共14项）" too. */
function headingOf(text: string): SectionHeading {
  // "一、产业发展（牵头领导：张三）", before or after its count: the leaders are no part of the name (import-units2).
  const led = withoutLeaderBracket({ name: text.trim().replace(/[。：:]$/, ""), declaredCount: null });
  const counted = countedHeading(led.name);
  const after = withoutLeaderBracket(counted);
  const leader = led.leader ?? after.leader;
  return leader ? { ...after, leader } : after;
}

/** "一、综合指标类9项（按考核目标统计）" → 一、综合指标类, declared 9; "（共14项）" too. */
function countedHeading(text: string): SectionHeading {
  const t = text.trim().replace(/[。：:]$/, "");
  const declared = declaredCount(t);
  if (declared) return { name: t.slice(0, declared.index).trim(), declaredCount: declared.count };
  // "（共8宗，本通报列出2宗）": how many there are and how many the document lists, no part of the name (round m).
  const note = countNote(t);
  if (note !== null) return { name: t.slice(0, note).trim(), declaredCount: null };
  const trailing = /^(.*?[\u4e00-\u9fa5])(\d+)项(?:[（(][^（）()]*[）)])?$/.exec(t);
  if (trailing && !/\d/.test(trailing[1].replace(/^[^、]*、/, ""))) return { name: trailing[1], declaredCount: Number(trailing[2]) };
  return { name: t, declaredCount: null };
}

function splitLabels(line: string): { key: string; value: string }[] {
  const keys = [...line.matchAll(ANY_KEY)];
  return keys.map((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = k + 1 < keys.length ? keys[k + 1].index ?? line.length : line.length;
    return { key: m[1], value: line.slice(from, to).replace(/^[\s，,；;。]+|[\s，,；;。]+$/g, "") };
  });
}

/** "…。（牵头单位：市口岸办；配合单位：…；完成时限：2024年12月底）": labels in a bracket closing the item. */
function bracketLabels(text: string): { body: string; labels: { key: string; value: string }[] } | null {
  const opens = [...text.matchAll(new RegExp(`[（(\\[【〔［](?=(${KEYS})[:：])`, "g"))];
  const at = opens.length ? opens[opens.length - 1].index ?? -1 : -1;
  if (at < 0 || !/[）)\]】〕］]\s*[。；;]?$/.test(text)) return null;
  const inner = text.slice(at + 1).replace(/[）)\]】〕］]\s*[。；;]?$/, "");
  return { body: text.slice(0, at).trim(), labels: splitLabels(inner) };
}

/**
 * "城区学校新建项目。联系区领导：副区长 杨华；牵头单位：区教育局；配合单位：区住建局。完成情况：…。存在问题：…" (round af): after the
 * item's own words, two or more labels each opening a clause (after 。 or ；), one of them naming who answers for it, are
 * its label lines run on in one paragraph. A label inside a sentence ("…，牵头部门：…") is no such run.
 */
function runInLabels(text: string): { body: string; labels: { key: string; value: string }[] } | null {
  const first = new RegExp(`[。；;]\\s*(?:${KEYS})[:：]`).exec(text);
  if (!first || first.index < 2) return null;
  const rest = text.slice(first.index + 1);
  const labels = splitLabels(rest);
  if (labels.length < 2 || !labels.some((l) => ["lead", "co", "all", "leader"].includes(labelKind(l.key) ?? ""))) return null;
  for (const m of rest.matchAll(ANY_KEY)) if ((m.index ?? 0) > 0 && !/[。；;]\s*$/.test(rest.slice(0, m.index))) return null;
  return { body: text.slice(0, first.index), labels };
}

/**
 * "老旧小区改造（牵头单位：区住建局）：已完成改造8个" (round af): the item's name, its assignment in a bracket, then after a colon
 * what a progress notice says of it (or, in a plan, more of the item's words).
 */
const BRACKET_THEN_ACCOUNT = new RegExp(`^([^（）()：:]{2,60}?)[（(]((?:${KEYS})[:：][^（）()]+)[）)]\\s*[：:]\\s*(.+)$`);
/**
 * "清理拖欠中小企业账款（区财政局牵头，区工信局配合）：拖欠账款已全部清偿。" (round az): the item's name, who leads it said in a bracket
 * with role words (X牵头, Y配合), then after a colon (or a full stop) what a 督查通报 says of it; in a plan the words after it
 * stay the item's. The bracket must name a lead by its role: "（含背街
 * 小巷）：", "（2项）：" or a bracket of units with no role are left to the other readers.
 */
const PHRASE_BRACKET_THEN_ACCOUNT = /^([^（）()：:。]{2,60}?)[（(]([^（）()：:]{2,80})[）)]\s*([：:。])\s*(.+)$/;
function phraseBracketThenAccount(text: string): { name: string; lead: string; co: string; stop: string; account: string } | null {
  const m = PHRASE_BRACKET_THEN_ACCOUNT.exec(text);
  if (!m || !/牵头|牽頭|主办|主辦|负责|負責/.test(m[2])) return null;
  const phrase = readUnitsPhrase(m[2]);
  return phrase?.lead && !phrase.shared ? { name: m[1].trim(), lead: phrase.lead, co: phrase.co, stop: m[3], account: m[4].trim() } : null;
}

function itemTasks(it: Item, counter: number, progressDoc: boolean, registry: UnitRegistry): ImportedTask[] {
  let text = tidySpaces(it.text);
  let accountAfter = "";
  const midBracket = it.labels.length === 0 ? BRACKET_THEN_ACCOUNT.exec(text) : null;
  if (midBracket) {
    text = progressDoc ? midBracket[1] : `${midBracket[1]}：${midBracket[3]}`;
    if (progressDoc) accountAfter = midBracket[3].trim();
    it = { ...it, labels: splitLabels(midBracket[2]) };
  }
  const midPhrase = it.labels.length === 0 && !midBracket ? phraseBracketThenAccount(text) : null;
  if (midPhrase) {
    text = progressDoc ? midPhrase.name : `${midPhrase.name}${midPhrase.stop}${midPhrase.account}`;
    if (progressDoc) accountAfter = midPhrase.account;
    it = { ...it, labels: [{ key: "牵头单位", value: midPhrase.lead }, ...(midPhrase.co ? [{ key: "配合单位", value: midPhrase.co }] : [])] };
  }
  const bracketed = it.labels.length === 0 ? bracketLabels(text) : null;
  if (bracketed) {
    text = bracketed.body;
    it = { ...it, labels: bracketed.labels };
  }
  // "…。（预期性指标，牵头单位：…；责任单位：…）": the note is the item's, the labels its assignment (round aw).
  const noted = it.labels.length === 0 && !bracketed ? notedBracketLabels(text) : null;
  if (noted) {
    text = noted.body;
    it = { ...it, labels: splitLabels(noted.labelled) };
  }
  const runIn = it.labels.length === 0 && !bracketed && !noted ? runInLabels(text) : null;
  const reported = progressDoc && it.labels.length === 0 && !bracketed && !runIn ? unitAccount(text) : null;
  if (reported) {
    text = reported.body;
    accountAfter = reported.account;
    it = { ...it, labels: [{ key: "责任单位", value: reported.unit }] };
  }
  let runInProgress = "";
  if (runIn) {
    text = runIn.body;
    const report = (kind: string) => runIn.labels.filter((l) => labelKind(l.key) === kind).map((l) => l.value).join("；");
    runInProgress = report("progress");
    it = { ...it, labels: runIn.labels.filter((l) => !["progress", "problems", "next"].includes(labelKind(l.key) ?? "")), problems: it.problems ?? (report("problems") || undefined), nextSteps: it.nextSteps ?? (report("next") || undefined) };
  }
  const lead: string[] = [];
  const co: string[] = [];
  const all: string[] = [];
  let leader = "";
  let person = "";
  let deadline = "";
  let progress = "";
  // "责任单位：区发改局 张三", "牵头单位：张三（区发改局局长）": the persons and leaders beside the units (issue 13).
  const people: string[] = [];
  const postLeaders: string[] = [];
  const unitsOf = (written: string) => {
    const read = separatePersons(written, false, (name) => registry.isKnown(name));
    people.push(...read.persons.filter((p) => !people.includes(p)));
    postLeaders.push(...read.leaders.filter((l) => !postLeaders.includes(l)));
    return splitUnits(read.units);
  };
  for (const { key, value } of it.labels) {
    const kind = labelKind(key);
    const clean = kind === "lead" || kind === "co" || kind === "all" ? withoutListNote(value.replace(FIRST_IS_LEAD, "")) : value.replace(FIRST_IS_LEAD, "");
    // "责任单位：区发改局牵头，区财政局配合", "牵头单位：由区商务局负责": the phrase says who leads, as in a table's units cell.
    const phrase = kind === "lead" || kind === "all" ? readUnitsPhrase(clean) : null;
    if (phrase?.lead) {
      lead.push(...unitsOf(phrase.lead));
      if (phrase.co) co.push(...unitsOf(phrase.co));
    } else if (kind === "lead") lead.push(...unitsOf(clean));
    else if (kind === "co") co.push(...unitsOf(clean));
    else if (kind === "all") all.push(...unitsOf(clean));
    else if (kind === "leader") leader = leaderValue(clean);
    else if (kind === "person") person = person ? `${person}、${clean}` : clean;
    else deadline = clean;
  }
  // "…，牵头部门：市交通局。建设进度…": the unit inline, the rest of the paragraph is progress.
  const inline = INLINE_KEY.exec(text);
  if (inline && it.labels.length === 0) {
    const rest = text.slice(inline.index + inline[0].length);
    const end = rest.search(/[。；;]/);
    const value = end < 0 ? rest : rest.slice(0, end);
    (labelKind(inline[1]) === "lead" ? lead : all).push(...splitUnits(value.replace(FIRST_IS_LEAD, "")));
    progress = end < 0 ? "" : rest.slice(end + 1).trim();
    text = text.slice(0, inline.index);
  }
  const trailing = it.labels.length === 0 && !inline ? closingAssignment(text) : null;
  const unitsOnly = !trailing && !bracketed && it.labels.length === 0 && !inline ? unitBracket(text, registry) : null;
  if (unitsOnly) {
    all.push(...unitsOnly.units);
    text = unitsOnly.body;
  }
  // "…。由市住建局牵头，市发改委、市自然资源局配合。" / "县住建局负责，…参与。": a sentence of the item.
  const sentence = !trailing && !unitsOnly && !bracketed && it.labels.length === 0 && !inline && !RESPONSIBLE_FOR.test(text) ? sentenceAssignment(text, registry) : null;
  // "县应急管理局负责尾矿库…的隐患排查治理工作": the unit opening the item leads it; the item's words stay whole.
  const opening = !trailing && !unitsOnly && !sentence && !bracketed && it.labels.length === 0 && !inline && !RESPONSIBLE_FOR.test(text) ? openingDuty(text, registry) : null;
  if (opening) {
    lead.push(opening.lead);
    all.push(...splitUnits(opening.co));
  }
  // "由县水利局牵头，会同县发改委、县财政局，推进…": the item opens with who leads it; its words stay whole (round aw).
  const unitish = (u: string) => unitLike(u, registry) || registry.isGroupWord(u) || (UNIT_NAME.test(u) && BODY_END.test(u));
  const openingLead = !trailing && !unitsOnly && !sentence && !opening && !bracketed && it.labels.length === 0 && !inline && !RESPONSIBLE_FOR.test(text) ? openingLeadPhrase(text, unitish) : null;
  if (openingLead) {
    lead.push(...splitUnits(openingLead.lead));
    all.push(...helperUnits(openingLead.co));
  }
  // "（A、B按职责分工负责）" with no unit 牵头: shared out, no lead; "（分管副省长负责）": a post, no unit.
  const assigned = trailing ?? sentence;
  const sharedOut = !!assigned?.phrase.shared;
  if (assigned) {
    if (assigned.phrase.lead) lead.push(...splitUnits(assigned.phrase.lead));
    all.push(...helperUnits(assigned.phrase.co));
    text = assigned.body;
  }
  // "指标：目标（依据…），责任单位为区发改委；目标二，责任单位为区经信局；": one task per 责任单位为.
  if (RESPONSIBLE_FOR.test(text) && it.labels.length === 0) {
    const out: ImportedTask[] = [];
    const pieces = splitAfterResponsible(text).map((p) => p.trim()).filter((p) => p);
    const head = /^([^：:]{2,20})[：:]/.exec(text)?.[1] ?? "";
    pieces.forEach((piece, k) => {
      const m = RESPONSIBLE_FOR.exec(piece + "；");
      const body = m ? piece.slice(0, m.index) : piece;
      const units = m ? splitUnits(m[1]) : [];
      const a = assignUnits({ all: units }, registry);
      const t = base(it, k === 0 ? String(counter) : `${counter}-${k + 1}`, k === 0 || !head ? body : body);
      t.leadUnits = a.leadUnits;
      t.coUnits = a.coUnits;
      if (a.groups.length) t.groups = a.groups;
      out.push(t);
    });
    if (out.length === 1) out[0].id = it.id || String(counter);
    return out;
  }
  // A progress report's part "一、…项目完成情况" and the paragraph under it.
  if (it.following !== undefined) {
    text = text.replace(/[。：:]$/, "").replace(PROGRESS_HEADING, "");
    progress = it.following;
  }
  // What the item reached, written under it ("完成情况：…", "一季度增长5.8%…"), or run on after its labels.
  if (!progress && it.reached) progress = it.reached;
  if (!progress && runInProgress) progress = runInProgress;
  if (!progress && accountAfter) progress = accountAfter;
  // "1.全链条做好精密智控。优化调整…，14天内实现风险零扩散。" (round ax): in a progress account an item headed by its keywords
  // in a short sentence of its own, run on into what was done, is that work; the account after it is its progress.
  const keyworded = progressDoc && !progress ? keywordHeadedAccount(text) : null;
  if (keyworded) {
    text = keyworded.heading;
    progress = keyworded.account;
  }
  // "第1项：新建城区污水管网10公里。已完成管网铺设6公里…" (round ax): the task as the catalogue wrote it, then a sentence
  // opening with the state it is in. An item whose assignment closes after that sentence ("…。已经连续三年保持增长。（牵头单位：
  // 区发改委）") wrote it as its own text.
  const stated = progressDoc && !progress && it.labels.length === 0 && !bracketed && !runIn ? TARGET_THEN_STATE.exec(text.trim()) : null;
  if (stated && !PLAN_OPENING.test(stated[2])) {
    text = stated[1].replace(/。$/, "");
    progress = stated[2].trim();
  }
  // "…新开工亿元以上产业项目100个。上半年，新开工…80个": the target, then what was reached.
  const reached = progressDoc && !progress ? PROGRESS_START.exec(text) : null;
  if (reached) {
    text = reached[1].replace(/[；;]$/, "");
    progress = reached[2];
  }
  // "非税收入未及时缴库问题。整改情况：已追缴…" (round x): the item's sentence, then what was reached under its label.
  const labelled = !progress ? SENTENCE_THEN_PROGRESS.exec(text) : null;
  // "…脏乱差。整改措施：针对这一问题，我镇立即安排…清理干净，随后…张贴了…" (round as): a rectification's measures told as
  // done are what was reached; measures still to take ("1、全面改造用电线路，保证用电安全；…") stay the next steps.
  const measuresDone = labelled !== null && MEASURES_LABEL.test(labelled[2]) && DONE_ACCOUNT.test(labelled[3]);
  if (labelled && (labelKind(labelled[2]) === "progress" || measuresDone) && labelled[3].trim()) {
    text = labelled[1].replace(/[。；;]$/, "");
    progress = labelled[3].trim();
  }
  // Under a part headed "…推进情况" / "…整改情况" of a progress report (round x), "（一）落实整改主体责任，多措并举开展整改。
  // 7月30日…清理往来款项15笔…": the short sentence names the item, the account after it is what was done.
  const underProgress = progressDoc && !progress && it.parent !== undefined && PROGRESS_HEADING.test(headingWords(it.parent.text));
  const measure = underProgress ? MEASURE_THEN_ACCOUNT.exec(text) : null;
  // An account that only plans ("计划年内完工", "力争…") says nothing done: the text stays whole.
  if (measure && !closesWithAssignment(text, registry) && !PLAN_OPENING.test(measure[2])) {
    text = measure[1].replace(/[。]$/, "");
    progress = measure[2].trim();
  }
  // Under a part named for a state ("（一）已竣工项目"), each item is in that state; the clauses of its account that say
  // when it got there go with it, and a planned clause ("预计…竣工") does not.
  const worksState = progressDoc && !progress ? WORKS_THEN_STATE.exec(text.trim()) : null;
  if (worksState) {
    text = worksState[1];
    progress = worksState[2].trim();
  }
  const stateGroup = progressDoc && (!progress || worksState) && it.parent ? STATE_GROUP.exec(headingWords(it.parent.text).trim()) : null;
  if (stateGroup && worksState) progress = `${stateGroup[1]}：${worksState[2].trim()}`;
  else if (stateGroup) {
    const clauses = text.split(/[，,；;。]/).filter((c) => STATE_CLAUSE.test(c) && c.length <= 20 && !PLAN_OPENING.test(c.trim()));
    progress = clauses.length ? `${stateGroup[1]}：${clauses.join("，")}` : stateGroup[1];
  }
  // Progress notices: "地区生产总值（第1项）：增长6.1%…" — the name, then what was reached.
  if (progressDoc && !progress) {
    const colon = /^([^：:。]{2,40})[：:](.+)$/.exec(text);
    if (colon) {
      text = colon[1];
      progress = colon[2].trim();
    }
  }
  // In a progress report, "通组公路项目7个、已启动项目7个，已建成通组公路12公里…" (round ae): the item named with its count,
  // then the clauses of where it stands (已…, 正在…, 累计…).
  const named = progressDoc && !progress ? NAMED_THEN_STATE.exec(text) : null;
  if (named) {
    text = named[1];
    progress = named[2].trim();
  }
  // In any list, a clause of the item's account that says where it stands now ("…，目前正在进行土地流转，预计…"): a plan's
  // item is still the plan, but its state is written (round ae). A 目前 clause that plans ("目前计划…") is none.
  if (!progress) {
    const now = NOW_CLAUSE.exec(text);
    if (now) progress = now[1];
  }
  const t = base(it, it.id || String(counter), text.replace(/[，,；;]\s*$/, ""));
  const a = assignUnits({ all, ...(lead.length ? { lead } : {}), co, ...(sharedOut ? { shared: true } : {}) }, registry);
  t.leadUnits = a.leadUnits;
  t.coUnits = a.coUnits;
  if (a.groups.length) t.groups = a.groups;
  t.leader = leader || [...new Set([...postLeaders, ...(a.leaders ?? [])])].join("、");
  t.person = person || [...new Set([...people, ...(a.persons ?? [])])].join("、");
  t.deadline = deadline;
  if (progress || it.problems || it.nextSteps) t.progress = { period: "", text: progress, completion: "", problems: it.problems ?? "", nextSteps: it.nextSteps ?? "" };
  return [t];
}

/**
 * A task's sentence, then one opening with where it stands: a state (已…, 正在…, 尚未…, 累计…, 目前…) or a count of its parts
 * in a state ("3个已完工，2个正在施工").
 */
const TARGET_THEN_STATE = /^([^。：:]{4,60}。)((?:已经?|正在|尚未|均已|累计|目前|截至|截止|[\d一二三四五六七八九十两]+[个项处所座家户条]?(?:已|正在|均已))[\s\S]{2,})$/;

/** The keywords heading an item in a sentence of their own: a short phrase with no pause, no figure, no label. */
const KEYWORD_HEADING = /^([^。；;：:，,、（）()“”\d]{4,16})。([\s\S]{10,})$/;
/**
 * An account says what was done ("累计…", "实现…", "已…", "…了"); a figure or 完成 alone may be a plan's target ("完成老旧小区
 * 改造8个", "2021年底前完成"), and a deadline says it is one.
 */
const ACCOUNT_SAYS_DONE = /累计|實現|实现|建成|已(?:经)?[\u4e00-\u9fa5]|[\u4e00-\u9fa5]了(?!解)/;
const ACCOUNT_DEADLINE = /(?:年底|年末|月底|月末|年内|日)前/;

/**
 * An item written "keywords。account" (round ax: "全过程推进常规防控。坚持…。上半年累计核查…超17万人次"): the keywords are the
 * work, the account its progress, when the account says something was done and does not only plan.
 */
function keywordHeadedAccount(text: string): { heading: string; account: string } | null {
  const m = KEYWORD_HEADING.exec(text.trim());
  // A works' or a problem's name ("…项目。为2019年中央投资项目…", "…问题。整改情况：…") is read by the rules for works and
  // rectifications; an account under a label of its own ("整改措施：…") by the labels.
  if (!m || /(?:项目|項目|工程|问题|問題)$/.test(m[1])) return null;
  const account = m[2].trim();
  if (/^[^，,。；;：:]{2,8}[：:]/.test(account) || /^(?:为|是|系)/.test(account)) return null;
  if (PLAN_OPENING.test(account) || !ACCOUNT_SAYS_DONE.test(account) || ACCOUNT_DEADLINE.test(account)) return null;
  return { heading: m[1], account };
}

/** A leader label's value: "区委常委、常务副区长 孙建国" names 孙建国 (posts before the name), "马强（常务副州长）" 马强. */
function leaderValue(value: string): string {
  const posted = separatePersons(value);
  if (posted.leaders.length && !posted.units.trim()) return posted.leaders.join("、");
  // "联系区领导：副镇长 王立": after a leader's label a post of any level says who the leader is (round af).
  const besidePosts = namesBesidePosts(value);
  return besidePosts.length ? besidePosts.join("、") : splitUnits(withoutPosts(value)).join("、");
}

/**
 * The non-blank lines, with the lines of an item cut at a fixed width joined back (issue 13): a line right under a
 * numbered item's line of 24 characters or more that stops mid-sentence or inside a bracket, opened by no number or label,
 * is more of that item — as the importer reads it, so a list copied at a fixed width is told a list as the original is.
 */
function itemParagraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  const width = wrapWidth(lines);
  let item: { text: string; open: boolean; last: string } | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      item = null;
      continue;
    }
    const m = markerOf(line);
    if (item?.open && !m && (!LABEL_LINE.test(line) || bracketOpen(item.text)) && (wrappedMidSentence(item.text) || cutAtWidth(item.last, line, width))) {
      item.text += line;
      out[out.length - 1] += line;
      item.open = line.length >= 24;
      item.last = line;
      continue;
    }
    out.push(line);
    item = m && m.level >= 3 ? { text: m.rest, open: line.length >= 24, last: line } : null;
  }
  return out;
}

/**
 * The width a text was cut at (round ad), or 0: the length most lines have that stop mid-sentence at 24 characters or more
 * with more text on the next line (no number or label opening it) — three such lines or more, and at least half of them of
 * that one length. Text copied at a fixed width cuts every long line there, so a line of exactly that length that happens to
 * end at a sentence end was cut there too.
 */
function wrapWidth(lines: readonly string[]): number {
  const lengths = lines
    .map((l) => l.trim())
    .filter((l, k) => l.length >= 24 && wrappedMidSentence(l) && !!lines[k + 1]?.trim() && !markerOf(lines[k + 1].trim()) && !LABEL_LINE.test(lines[k + 1].trim()))
    .map((l) => l.length);
  if (lengths.length < 3) return 0;
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return count >= 3 && count * 2 >= lengths.length ? best : 0;
}

/** A line of exactly the text's cut width, with a line under it opened by no number or label: cut at the width, not ended. */
function cutAtWidth(above: string, line: string, width: number): boolean {
  return width > 0 && above.length === width && !markerOf(line) && !LABEL_LINE.test(line);
}

/** A page's foot as PDF text keeps it: a page number between dashes ("— 3 —", "— — — 3 —", "-12-"). */
const PAGE_FOOT = /^(?:[—－\-–][\s\u3000]*)+\d{1,3}(?:[\s\u3000]*[—－\-–])+$/;

/**
 * Lines that stop mid-sentence at full width are text cut at a fixed width: a line fills the width when it is at least
 * 24 characters and no more than three short of the width most such lines have (their median, so that one long line
 * written otherwise does not set it; round aa).
 */
function fillsWidth(line: string, lines: readonly string[]): boolean {
  if (line.length < 24) return false;
  const cut = lines
    .map((l) => l.trim())
    .filter((l, k) => l.length >= 24 && wrappedMidSentence(l) && !!lines[k + 1]?.trim() && !markerOf(lines[k + 1].trim()) && !LABEL_LINE.test(lines[k + 1].trim()))
    .map((l) => l.length)
    .sort((a, b) => a - b);
  if (cut.length < 3) return false;
  return line.length >= cut[Math.floor(cut.length / 2)] - 3;
}

/**
 * A unit label's list cut at the line's width (round aa): the label line is full, and the list stops at a 、 (or ，) or on
 * a piece that is no unit but becomes one with the next line's first piece ("园区党工" + "委").
 */
function listCutAtWidth(above: string, line: string, registry: UnitRegistry): boolean {
  const label = LABEL_LINE.exec(above);
  if (!label || !/^(lead|co|all)$/.test(labelKind(label[1]) ?? "") || above.length < 24) return false;
  if (/[。；;：:]/.test(line.replace(/[；;。]$/, ""))) return false;
  if (/[、，,]$/.test(above)) return true;
  const piece = above.split(/[、，,：:]/).pop()!.trim();
  const first = line.split(/[、，,；;。]/)[0].trim();
  return !unitLike(piece, registry) && unitLike(piece + first, registry);
}

/** Text that stops where no paragraph ends: no sentence end after it, or a bracket left open. */
function wrappedMidSentence(text: string): boolean {
  return bracketOpen(text) || !/[。；;！!？?：:）)】\]〕］”"]$/.test(text.trim());
}

/** More brackets opened than closed: "…计划。（牵头单位：县发改局；". */
function bracketOpen(text: string): boolean {
  return (text.match(/[（(【[〔［]/g) ?? []).length > (text.match(/[）)】\]〕］]/g) ?? []).length;
}

function base(it: Item, id: string, text: string): ImportedTask {
  return importedTask({
    section: "",
    id,
    text: tidySpaces(text).replace(/[，,]\s*$/, ""),
    lines: [it.from, it.to],
  });
}

/** Cut a text at each ；, ; or 。 that closes a "责任单位为…" (the stop itself dropped); no lookbehind, for older Chromium. */
function splitAfterResponsible(text: string): string[] {
  const out: string[] = [];
  const re = /责任单位为[^；;。，,]+[；;。]/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const stop = m.index + m[0].length - 1;
    out.push(text.slice(from, stop));
    from = stop + 1;
  }
  out.push(text.slice(from));
  return out;
}
