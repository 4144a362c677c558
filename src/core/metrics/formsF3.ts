/**
 * Fields pass 3 (branch fields-3): figures of a progress text that are not results, in forms the train misses showed in
 * several documents.
 *
 * - An excess over the plan in % ("实际改造4559户，超额20%", "分别超额19%、14%和12%") compares the result with its plan: it
 *   is no measure of its own (the corpus labels it `comparison`).
 * - A list of projects broken down by type of build ("确定县级重点项目51个，其中新建36个、续建15个", "A类重点建设项目95项
 *   （续建68项，新建27项）") is the plan's list and its composition, not projects done — unless the head's clause reports
 *   (已开工项目45个，其中新建28个、续建17个: the projects started, new and continued).
 * - Projects a plan arranges ("今年全市安排…项目386个", "中心城区安排项目189个") are the list, not a result; 已安排 reports.
 */

/** The words before a % that say it is the excess over the plan (a list of such shares keeps the reading). */
const EXCESS_OVER_PLAN = /(?:分别|均)?超额(?:完成)?(?:了)?$/;
export function excessOverPlan(clauseBefore: string, unit: string): boolean {
  return unit === "%" && EXCESS_OVER_PLAN.test(clauseBefore.replace(/(?:\d+(?:\.\d+)?%[和、及与])+$/, ""));
}

/** A head count then its parts by type of build, either order, after 其中 or in brackets. */
const BUILD_TYPES = /(\d+(?:\.\d+)?)(个|项|宗|家)[，,]?(?:其中|[（(])(?:其中)?(新建|续建)(\d+)\2[，,、和及](续建|新建)(\d+)\2/g;
/** Words that make the head's clause a report: the things counted were started, done or added. */
const HEAD_REPORTS = /已|完成|开工|复工|竣工|完工|建成|投产|投用|签约|落地|累计|新增|实际/;

/**
 * The starts (in `s`) of the figures of a plan's list broken down by type of build: the head count and its two parts. The
 * head's own clause (from the last stop or comma) must not report.
 */
export function buildTypeComposition(s: string): number[] {
  const out: number[] = [];
  if (s.indexOf("续建") < 0 || s.indexOf("新建") < 0) return out;
  BUILD_TYPES.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BUILD_TYPES.exec(s)); ) {
    if (m[3] === m[5]) continue;
    const clause = s.slice(Math.max(s.lastIndexOf("，", m.index), s.lastIndexOf(",", m.index), s.lastIndexOf("；", m.index), s.lastIndexOf("。", m.index)) + 1, m.index);
    if (HEAD_REPORTS.test(clause) || /\d$/.test(clause)) continue;
    const first = m.index + m[0].indexOf(m[3] + m[4]) + m[3].length;
    const second = m.index + m[0].lastIndexOf(m[5] + m[6]) + m[5].length;
    out.push(m.index, first, second);
  }
  return out;
}

/** 安排 then the projects it lists, with no word of report in the clause (已安排, 完成, 实际, 目前, 截至). */
const ARRANGED_PROJECTS = /安排(?:了)?[^，,。；;\d已]{0,12}?项目$/;
const CLAUSE_REPORTS = /已|完成|实际|目前|截[至止]|累计/;
export function arrangedProjects(clauseBefore: string, unit: string): boolean {
  return /^(?:个|项|宗)$/.test(unit) && ARRANGED_PROJECTS.test(clauseBefore) && !CLAUSE_REPORTS.test(clauseBefore);
}

/**
 * "全区须完成农村户厕改造4.1万座", "到8月底应开工186个": a modal of duty before the act says what is required, not what was
 * done; the bare modal before a mark (要达到90%) is read by checkedMark. Not when the clause reports (已, 实际, 累计,
 * 完成了 before the modal: "已完成应开工项目20个"), nor when the modal clause describes the things counted ("应竣工的33个项目已全部
 * 竣工": those due, then what became of them).
 */
const REQUIRED_ACT = /(?:要|需|须|需要|必须|应|应当|务必)(?:确保)?(?:完成|新建|建成|实施|改造|开工|新开工|竣工)(?:[^，,。；;\d]{0,11}[^，,。；;\d的])?$/;
export function requiredAct(clauseBefore: string): boolean {
  const m = REQUIRED_ACT.exec(clauseBefore);
  return !!m && !/已|实际|累计|完成了/.test(clauseBefore.slice(0, m.index));
}

/**
 * "县级34项完成31项", "生态环境保护工作61项、未完成7项": a count of a category of tasks whose clause names no act, followed at
 * once by 完成, 办结 or 未完成 and a smaller count of the same unit, is the category's total: the list restated, its parts what
 * is done or left. Not a count that is itself an act's ("已开工28个、竣工20个": started, then finished; "受理838件、办结777件":
 * received, then settled; "在建223个、竣工60个"), nor one whose part follows after a comma or 其中 ("合同19个，其中已开工14个",
 * "重点项目95项，已开复工81项": a total reported or restated, as other rules read it).
 */
const PART_AFTER = /^、?(?:未完成|完成|办结)(\d+(?:\.\d+)?)(项|个|件|宗)/;
/** The clause names a category of tasks (…工作, …事项, …实事, …任务, …项目) or a level of them (县级, 乡镇级). */
const TASK_CATEGORY = /(?:工作|事项|实事|任务|项目|级)$/;
const ACT_IN_CLAUSE = /已|完成|办结|开工|复工|竣工|完工|建成|投产|新增|新建|实施|引进|签约|签订|累计|达到|实现/;
export function totalBeforePart(after: string, clauseBefore: string, value: number, unit: string): boolean {
  const m = PART_AFTER.exec(after);
  return !!m && m[2] === unit && Number(m[1]) < value && TASK_CATEGORY.test(clauseBefore) && !ACT_IN_CLAUSE.test(clauseBefore);
}
