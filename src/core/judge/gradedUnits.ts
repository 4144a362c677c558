/**
 * Round ao: 考核 results are published as lists of units by grade ("督查考核优秀单位共13个：区审计局、区统计局……",
 * "其中麻涌镇、东坑镇为优秀，大朗镇为良好"). A task with no figure that asks one unit for a grade ("区统计局年度督查考核达到
 * 优秀") is answered by the list that names it: 已完成 when it is listed at that grade or above, 进展滞后 (已逾期 once the
 * deadline has passed) when it is listed below. Strict, as ./listedItems.ts is: the unit must be one of the list's own items;
 * a list of another scale (单项优秀, 专项先进) says nothing of the whole grade; a list proposed or hoped for (拟, 预计, 力争,
 * 争创, 公示) or of another year is no result. Pure: no I/O, no clock.
 */
import { foldText } from "../text/normalize";
import { MetricStatus } from "../metrics";
import { LEADING_JOINER } from "../text/joiners";

const ITEM_HEAD = new RegExp(`^(?:其中|以及|${LEADING_JOINER})`);

/** Grades by rank: 优秀/先进/好 over 良好/较好 over 合格/一般 over 不合格/较差/差. */
const RANK: Record<string, number> = { 优秀: 4, 先进: 4, 好: 4, 良好: 3, 较好: 3, 合格: 2, 一般: 2, 不合格: 1, 较差: 1, 差: 1 };
const GRADE = "(优秀|先进|良好|较好|不合格|合格|一般|较差)";

/** A task asking a unit for a grade: "…考核达到优秀", "…评价等次为良好以上". */
const TASK_GRADE = new RegExp(`(?:考核|考评|评价|评估|测评|评议|评定|等次|等级)[^，,。；;\\d]{0,8}?(?:达到|为|评为|获评|获得|进入|保持|确定为)[“"]?${GRADE}[”"]?(?:等次|等级)?(?:以上|及以上)?$`);
/** Where the unit's name ends in the task: its year, the 考核's own words. */
const SUBJECT_END = /(?:(?:19|20)\d\d年|年度|全年|今年|本年|督查|考核|考评|综合|绩效|目标|评价|工作)/;
/** A list after its grade and a colon: "督查考核优秀单位共13个：A、B、C". */
const HEADED_LIST = new RegExp(`([^，,。；;：:]{0,30}?)${GRADE}(?:等次)?(?:单位|等次|的)?(?:共|有)?(?:[（(]?共?\\d+(?:个|家)[）)]?)?[：:]([^。；;]+)`, "g");
/** A clause that ends by giving its list a grade: "其中麻涌镇、东坑镇为优秀". */
const LIST_THEN_GRADE = new RegExp(`^(?:其中)?([^，,。；;]{2,120}?)(?:的)?(?:综合评价|考核|评价)?(?:等次|结果)?(?:均|都|分别)?(?:为|评为|被评为|获评|定为|确定为)[“"]?${GRADE}[”"]?(?:等次|等级)?$`);
/** Another scale than the whole grade: 单项优秀, 专项先进, 分项良好. */
const OTHER_SCALE = /(?:单项|专项|分项|单位单项)$/;
/** A list that is no result: of an earlier year, proposed, hoped for, planned, or the rule's own bands. */
const NOT_RESULT = /去年|上年|前年|往年|历年|曾|拟|预计|力争|争创|争取|计划|目标(?!管理|责任|绩效|考核)|公示|将|分以上|分以下|\d+分/;

function sameUnit(item: string, subject: string): boolean {
  const it = item.replace(ITEM_HEAD, "").replace(/等$/, "").replace(/[“”"]/g, "");
  if (it.length < 3) return false;
  if (it === subject) return true;
  const core = subject.replace(/^[\u4e00-\u9fa5]{1,4}?[省市县区](?=[\u4e00-\u9fa5]{3,})/, "");
  return core.length >= 3 && (it.endsWith(core) || (subject.endsWith(it) && it.length >= 3 && it === core));
}

/** Whether a progress text lists the task's unit at a grade: done at its grade or above, behind below; null when it does not. */
export function namedGrade(taskText: string, progressText: string, year: number): { status: MetricStatus; reason: string } | null {
  const task = foldText(taskText);
  const want = TASK_GRADE.exec(task);
  if (!want) return null;
  const cut = SUBJECT_END.exec(task);
  const subject = (cut ? task.slice(0, cut.index) : task.slice(0, want.index)).replace(/的$/, "");
  if (subject.length < 3) return null;
  const s = foldText(progressText);
  const lists: { grade: string; list: string; words: string }[] = [];
  HEADED_LIST.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = HEADED_LIST.exec(s)); ) {
    if (OTHER_SCALE.test(m[1]) || NOT_RESULT.test(m[1]) || otherYear(m[1], year)) continue;
    lists.push({ grade: m[2], list: m[3], words: m[0] });
  }
  for (const clause of s.split(/[，,。；;]/)) {
    const m = LIST_THEN_GRADE.exec(clause);
    if (m && !NOT_RESULT.test(m[1]) && !otherYear(m[1], year)) lists.push({ grade: m[2], list: m[1], words: clause });
  }
  let found: { status: MetricStatus; reason: string } | null = null;
  for (const l of lists) {
    if (!l.list.split(/[、，,和及与]/).some((item) => sameUnit(item, subject))) continue;
    const words = l.words.length > 40 ? `${l.words.slice(0, 20)}…${subject}…` : l.words;
    if (RANK[l.grade] < RANK[want[1]]) return { status: "behind", reason: `进展滞后：进展写明「${words}」，本单位为${l.grade}，目标为${want[1]}` };
    found = { status: "done", reason: `已完成：进展写明「${words}」，本单位在${l.grade}之列` };
  }
  return found;
}

function otherYear(words: string, year: number): boolean {
  return [...words.matchAll(/(20\d\d)年/g)].some((m) => Number(m[1]) !== year);
}

/**
 * Session 22: a task asking its own 考核 for a grade ("节能目标责任考核达到“超额完成”等级") is answered by the grade the report
 * says the 考核 gave ("节能目标考核为“超额完成”等级"): 已完成 at that grade or above, 进展滞后 below. Two ladders, never mixed: the
 * grades of a target's completion (超额完成 over 完成 over 基本完成 over 未完成) and of a rating (优秀 … 不合格). The report's clause
 * must name the task's 考核 by a word of its own (节能), and say a result, not a plan or another year.
 */
const COMPLETION_RANK: Record<string, number> = { 超额完成: 4, 完成: 3, 基本完成: 2, 未完成: 1 };
const OWN_GRADE = "(超额完成|基本完成|未完成|完成|优秀|良好|较好|不合格|合格|一般|较差)";
const TASK_OWN_GRADE = new RegExp(`^(.{2,30}?)(?:考核|考评|评价|评定)[^，,。；;\\d]{0,6}?(?:达到|为|评为|获评|获得|确定为)[“"]${OWN_GRADE}[”"](?:等次|等级)(?:以上|及以上)?$`);
const SAID_OWN_GRADE = new RegExp(`([^，,。；;]{0,30}?)(?:考核|考评|评价|评定|认定)(?:结果)?[^，,。；;\\d]{0,6}?(?:为|评为|被评为|获评|获得|确定为|定为)[“"]?${OWN_GRADE}[”"]?(?:等次|等级)`, "g");

export function ownGrade(taskText: string, progressText: string, year: number): { status: MetricStatus; reason: string } | null {
  const want = TASK_OWN_GRADE.exec(foldText(taskText));
  if (!want) return null;
  const ladder = (g: string) => (g in COMPLETION_RANK ? COMPLETION_RANK : RANK);
  const words = want[1].replace(/(?:19|20)\d\d年|年度|全年|今年|本年|责任|目标|工作|综合|绩效/g, "");
  if (words.length < 2) return null;
  const s = foldText(progressText);
  SAID_OWN_GRADE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SAID_OWN_GRADE.exec(s)); ) {
    if (NOT_RESULT.test(m[0]) || otherYear(m[1], year) || ladder(m[2]) !== ladder(want[2])) continue;
    let named = false;
    for (let i = 0; i + 2 <= words.length && !named; i++) named = m[1].includes(words.slice(i, i + 2));
    if (!named) continue;
    const rank = ladder(want[2]);
    if (rank[m[2]] < rank[want[2]]) return { status: "behind", reason: `进展滞后：进展写明「${m[0]}」，目标为“${want[2]}”等级` };
    return { status: "done", reason: `已完成：进展写明「${m[0]}」，达到“${want[2]}”等级` };
  }
  return null;
}
