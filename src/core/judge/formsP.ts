/**
 * Forms of set p (branch judge-forms3, docs/metrics.md "Forms, set p"): a bulletin that writes its own plan to date
 * beside the actual ("1-8月计划开工74项，实际开工72项", "截至9月底应完成投资30亿元，实际完成27亿元") is judged against
 * that plan, not against the straight-line 序时进度: the plan to date is the schedule the office itself set. The rule is a
 * small function over what judgeTask has judged, so it can be read, tested and merged apart; a judgement it makes
 * carries the catalogue code JUDGE_PLAN_TO_DATE and says so in its reason.
 * Pure: no I/O, no clock.
 */
import { mapPacked } from "../arrays";
import { foldText } from "../text/normalize";
import { IsoDate } from "../text/dates";
import { formatPercent } from "../text/format";
import { Actual, Judgement, MetricStatus, Rag, RAG_LABELS, STATUS_LABELS, Target, describeTargetValue, isCumulative } from "../metrics";
import { compatibleUnits } from "../metrics/units";
import { matchScore } from "../metrics/matchActuals";
import { prepareText } from "../metrics/scan";
import { periodEndMonth } from "../settings/periods";
import { PlaceLevel, Thresholds } from "../model";
import { DEFAULT_THRESHOLDS } from "../metrics/thresholds";
import { RULES } from "../validate/ruleCatalog";
import { stageOf, taskStage } from "./breakdowns";
import { sharesName } from "./wholeTaskDone";
import { markedWeak } from "./weakEvidence";

/** A plan to date written beside the actual of the same period: "1-8月计划开工74项，实际开工72项". */
interface PlanToDate {
  /** The period both figures are of, as written (1-8月, 截至9月底). */
  period: string;
  /** The month that period ends in. */
  month: number;
  plan: number;
  actual: number;
  unit: string;
  /** The words of the plan's clause and of the actual's, as written (folded). */
  planWords: string;
  actualWords: string;
  /** Round v: the share of the plan to date as written ("完成1-4月投资计划的132.1%"), when the plan itself is not given. */
  share?: string;
  /** Round v: the words of the amount's clause before it ("57个新续建重点项目1-4月累计完成投资"), for a share. */
  lead?: string;
}

/** A period that runs from the start of the year to a month: 1-8月, 1至11月份, 截至9月底, 前三季度, 上半年. */
const TO_DATE = "(?:截[至止]到?)?(?:1[-至~到]\\d{1,2}月份?|一至[一二三四五六七八九十]{1,2}月份?|\\d{1,2}月份?(?:底|末)|前[一二三]季度|上半年)";
const UNIT = "亿元|万元|元|万人次|人次|万人|人|万户|户|万套|套|万平方米|平方米|公里|千米|万亩|亩|个|项|家|所|处|座|条|台|辆|宗|批";
/**
 * The plan clause (a period, then 计划/应/按序时… and a figure) right before the actual's clause (实际… and a figure).
 * Words between the period and the plan word may name the thing ("重点项目"); no figure comes between.
 */
const PAIR = new RegExp(
  `(${TO_DATE})[,，]?([^，,。；;\\d]{0,12}?(?:计划|应|按序时|序时)[^，,。；;\\d]{0,14}?)(\\d+(?:\\.\\d+)?)(${UNIT})[,，]([^，,。；;\\d]{0,4}?实际[^，,。；;\\d]{0,14}?)(\\d+(?:\\.\\d+)?)(${UNIT})(?=$|[，,。；;（(])`,
  "g",
);
/** Words that make the plan no plan of the year to date, or the figures not this unit's result: a year's plan, a forecast, a part. */
const NOT_TO_DATE = /全年|年度|今年|本年|年初|预计|预测|有望|力争|争取|将|其中|街道|[镇乡](?!村)|园区|开发区|高新区|片区|全市|全省|全国/;
const MONEY: Record<string, number> = { 亿元: 10000, 万元: 1, 元: 0.0001 };

/**
 * Round v: an amount, then its share of the plan to date: "1-4月累计完成投资21.01亿元，完成1-4月投资计划的132.1%". The plan
 * is the amount ÷ the share; the period is the share's.
 */
const SHARE = new RegExp(`(\\d+(?:\\.\\d+)?)(亿元|万元)[,，](?:完成|占|为|达到?)(${TO_DATE})([^，,。；;\\d]{0,6}?)计划(?:投资|任务)?的(\\d+(?:\\.\\d+)?)%`, "g");

/** The pairs of a plan to date and the actual beside it that a progress text writes, in order. */
export function plansToDate(text: string): PlanToDate[] {
  const s = foldText(text ?? "");
  if (!/计划|应|序时/.test(s)) return [];
  const out: PlanToDate[] = sharesOfPlanToDate(s);
  if (!/实际/.test(s)) return out;
  PAIR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PAIR.exec(s)); ) {
    const [, period, planWords, plan, planUnit, actualWords, actual, actualUnit] = m;
    // The clause's words before the period too: "其中城东片区1-8月计划…" is a part's plan.
    const lead = s.slice(Math.max(s.lastIndexOf("，", m.index), s.lastIndexOf(",", m.index), s.lastIndexOf("。", m.index), s.lastIndexOf("；", m.index), s.lastIndexOf(";", m.index)) + 1, m.index);
    if (NOT_TO_DATE.test(lead) || NOT_TO_DATE.test(planWords) || NOT_TO_DATE.test(actualWords)) continue;
    const month = endMonth(period);
    if (!month) continue;
    let actualValue = Number(actual);
    if (planUnit !== actualUnit) {
      if (!(planUnit in MONEY && actualUnit in MONEY)) continue;
      actualValue = (actualValue * MONEY[actualUnit]) / MONEY[planUnit];
    }
    // Two different stages (计划竣工…，实际开工…) are not one plan and its result.
    const planStage = stageOf(unscheduled(planWords));
    const actualStage = stageOf(unscheduled(actualWords));
    if (planStage && actualStage && planStage !== actualStage) continue;
    out.push({ period, month, plan: Number(plan), actual: actualValue, unit: planUnit, planWords: `${period}${planWords}${plan}${planUnit}`, actualWords: `${actualWords}${actual}${actualUnit}` });
  }
  return out;
}

/** The amounts written with their share of the plan to date (SHARE), as plans to date. */
function sharesOfPlanToDate(s: string): PlanToDate[] {
  const out: PlanToDate[] = [];
  SHARE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SHARE.exec(s)); ) {
    const [, amount, unit, period, planWords, share] = m;
    const lead = s.slice(Math.max(s.lastIndexOf("，", m.index), s.lastIndexOf(",", m.index), s.lastIndexOf("。", m.index), s.lastIndexOf("；", m.index), s.lastIndexOf(";", m.index)) + 1, m.index);
    if (NOT_TO_DATE.test(lead) || NOT_TO_DATE.test(planWords) || !(Number(share) > 0)) continue;
    const month = endMonth(period);
    if (!month) continue;
    const words = m[0].slice(m[0].indexOf(unit) + unit.length + 1);
    out.push({ period, month, plan: Number(amount) / (Number(share) / 100), actual: Number(amount), unit, planWords: `${period}${planWords}计划`, actualWords: `${amount}${unit}`, share: words, lead });
  }
  return out;
}

/** Words without 按序时/时序 (a plan's manner, not a stage of the works). */
function unscheduled(words: string): string {
  return words.replace(/按?(?:序时|时序)(?:进度)?/g, "");
}

function endMonth(period: string): number | null {
  const bare = period.replace(/^截[至止]到?/, "").replace(/份/g, "").replace(/(?:底|末)$/, "");
  const m = periodEndMonth(bare.replace(/^前/, "")) ?? periodEndMonth(bare);
  if (m) return m;
  const one = /^(\d{1,2})月$/.exec(bare);
  return one ? Number(one[1]) : null;
}

interface PlanContext {
  taskText: string;
  progressText: string;
  asOf: IsoDate;
  /** The actuals the judge kept (weakFigures): the actual of a pair must be one of them, so every figure rule still applies. */
  actuals: readonly Actual[];
  thresholds?: Partial<Thresholds>;
}

const RAG_OF_BEHIND = (progress: number, th: Thresholds): Rag => (progress < th.red ? "red" : "yellow");

/**
 * Targets a plan to date answers are judged against it: the actual ÷ the plan to date against the office's thresholds
 * (at or above the plan is 序时推进; below it 进展滞后, as a bulletin that says 未按期开工 means), with the target's own
 * completion share beside it. Only a cumulative target of the same unit and stage, with one pair of the period ending in
 * the as-of month or the two months before (an older plan is not where the work stands now); a target already met or past
 * its deadline keeps its judgement.
 */
export function planToDate(judgements: Judgement[], ctx: PlanContext): Judgement[] {
  const pairs = plansToDate(ctx.progressText).filter((p) => {
    const now = Number(ctx.asOf.slice(5, 7));
    return p.month <= now && now - p.month <= 2 && ctx.actuals.some((a) => (a.explicitRatio === undefined || p.share !== undefined) && foldText(a.phrase).endsWith(p.actualWords.replace(/^.*?(?=\d)/, "")) && (p.share !== undefined || foldText(a.phrase).includes("实际")));
  });
  if (!pairs.length) return judgements;
  const th = { ...DEFAULT_THRESHOLDS, ...(ctx.thresholds ?? {}) } as Thresholds;
  const task = foldText(ctx.taskText);
  return mapPacked(judgements, (j, i) => {
    const t = j.target;
    if (j.status === "done" || j.status === "overdue" || (j.daysLeft ?? 0) < 0 || !isCumulative(t) || t.cmp === "<=" || t.cmp === "<" || !(t.value > 0)) return j;
    const fits = pairs.filter((p) => fitsTarget(p, t, task));
    if (fits.length !== 1) return j;
    // The target this pair answers must be the only one of the task it fits.
    if (judgements.some((k, n) => n !== i && isCumulative(k.target) && fitsTarget(fits[0], k.target, task) && !sharesName(foldText(fits[0].planWords + fits[0].actualWords), foldText(k.target.metric)))) return j;
    // A share of the plan to date speaks of the figure it follows: only the target that figure answers, and not a target
    // of the whole when the figure is of one stage's projects ("新开工项目…完成投资9.2亿元，完成1-3月投资计划的120%").
    if (fits[0].share !== undefined) {
      const own = ctx.actuals.find((a) => foldText(a.phrase).endsWith(fits[0].actualWords));
      if (!own || !(matchScore(t, own) > 0) || otherStageWords(fits[0].lead ?? "", `${t.metric}${t.phrase}`)) return j;
    }
    return judged(j, fits[0], th);
  });
}

/** Words of one stage of a programme's projects (新开工, 续建 …) in the words before a figure that the target does not name. */
function otherStageWords(lead: string, asked: string): boolean {
  const words = lead.replace(/新续建/g, "").match(/新开工|新建|续建|竣工|投产|储备|预备|前期/g) ?? [];
  return words.some((w) => !asked.includes(w));
}

function fitsTarget(p: PlanToDate, t: Target, task: string): boolean {
  const money = t.unit in MONEY && p.unit in MONEY;
  if (t.unit !== p.unit && !money && !(compatibleUnits(t.unit, p.unit) && !/^万/.test(t.unit) && !/^万/.test(p.unit))) return false;
  const stage = stageOf(unscheduled(`${p.planWords}${p.actualWords}`));
  const own = taskStage(`${t.metric}${t.phrase}`) ?? taskStage(task);
  return !(stage && own && stage !== own && own !== "schedule");
}

function judged(j: Judgement, p: PlanToDate, th: Thresholds): Judgement {
  const t = j.target;
  // Figures in the target's unit (亿元 against a target in 万元).
  const toTarget = t.unit in MONEY && p.unit in MONEY ? MONEY[p.unit] / MONEY[t.unit] : 1;
  const plan = p.plan * toTarget;
  const actual = p.actual * toTarget;
  const progress = plan > 0 ? actual / plan : Infinity;
  const done = actual >= t.value;
  const status: MetricStatus = done ? "done" : progress >= th.yellow ? "on-track" : "behind";
  const rag: Rag = done ? "green" : status === "on-track" ? (j.dueSoon ? "blue" : "green") : RAG_OF_BEHIND(progress, th);
  const ratio = Math.round((actual / t.value) * 10000) / 10000;
  const expected = Math.round(Math.min(1, plan / t.value) * 10000) / 10000;
  const a: Actual = { metric: t.metric, kind: t.kind, value: actual, unit: t.unit, base: { value: actual * (t.value ? t.base.value / t.value : 1), unit: t.base.unit }, period: p.period, phrase: p.actualWords };
  const head = `${t.metric ? `「${t.metric}」` : ""}目标${describeTargetValue(t)}，${p.period}实际${fmt(p.actual)}${p.unit}，完成${formatPercent(ratio)}`;
  const planSaid = p.share !== undefined ? `「${p.share}」` : `${p.period}计划${fmt(p.plan)}${p.unit}`;
  const detail = done ? head : `${head}（按进展所列${planSaid}研判，完成计划的${formatPercent(Math.round(progress * 10000) / 10000)}，不按直线序时进度）`;
  return {
    ...j, actual: a, status, label: STATUS_LABELS[status], rag, ragLabel: RAG_LABELS[rag], ratio, expected, met: done, gap: null,
    reason: `${STATUS_LABELS[status]}：${detail}`, detail, code: RULES.JUDGE_PLAN_TO_DATE.code,
  };
}

/** What a task's verdict adds when a figure met the report's own plan to date rather than the straight line. */
export function planNote(evidence: readonly Judgement[]): string {
  const j = evidence.find((x) => x.code === RULES.JUDGE_PLAN_TO_DATE.code && x.status === "on-track");
  const plan = j ? /按进展所列(.+?)研判/.exec(j.reason) : null;
  return plan ? `（按进展所列${plan[1]}研判，不按直线序时进度）` : "";
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

// ---------------------------------------------------------------------------------------------------------------
// A figure of a wider area than the office's (settings 单位层级).

/** The areas a figure may be headed by, widest first, and the office levels below each. */
const AREA_HEAD = /全国|全省|全自治区|全市|全州|全盟|各县区|各区县|各县市区|[省市州]本级/g;
/** 各县区 (round 3): all the counties and districts together are the city's. */
// 市本级 (hunt 6): the city government's own part, not a 区's or a 县's; a 市 keeps it as its own.
const AREA_RANK: Record<string, number> = { 全国: 0, 全省: 1, 全自治区: 1, 省本级: 1, 全市: 2, 全州: 2, 全盟: 2, 市本级: 2, 州本级: 2, 各县区: 2, 各区县: 2, 各县市区: 2 };
const LEVEL_RANK: Record<PlaceLevel, number> = { 省: 1, 市: 2, 县: 3 };

/**
 * "全市地区生产总值增长6.5%" in the report of a 区 is the city's figure: with the office's level set (单位层级), a judgement
 * resting on a figure whose clause is headed by a wider area the target does not name is 无法研判 (JUDGE_WIDER_AREA).
 * A figure compared with the area (高于全市, 居全市第3) is not headed by it.
 */
export function widerArea(judgements: Judgement[], progressText: string, taskText: string, level: PlaceLevel | null): Judgement[] {
  // The text as the parser read it (hunt 6): a phrase is found in it after 十 became 10 or a note before the figure went.
  const s = foldText(prepareText(progressText ?? ""));
  if (!/全[国省市州盟自]|各(?:县|区县)|[省市州]本级|[镇乡村]|街道/.test(s)) return judgements;
  const task = foldText(taskText ?? "");
  return mapPacked(judgements, (j) => {
    const a = j.actual;
    if (!a || a.explicitRatio !== undefined) return j;
    const at = s.indexOf(foldText(a.phrase));
    if (at < 0) return j;
    const from = Math.max(...["，", ",", "。", "；", ";"].map((c) => s.lastIndexOf(c, at))) + 1;
    const clause = s.slice(from, at) + foldText(a.phrase).replace(/\d[\d.]*[^\d]*$/, "");
    const town = townHead(clause);
    if (town && !task.includes(town)) {
      // Hunt 7: "甲镇新建…6个" in a report of the office's own target: a town's, a street's or a village's figure is
      // a part of the office's area, not its result — neither green nor lagging for the whole (无法研判, no share done).
      const why = `进展数字「${a.phrase}」是${town}的数字，目标是本单位全域的，不能作为本单位的完成数`;
      const refused: Judgement = { ...j, status: "unknown", label: STATUS_LABELS.unknown, rag: "yellow", ragLabel: RAG_LABELS.yellow, met: false, reason: `${STATUS_LABELS.unknown}：${why}`, detail: why, code: RULES.JUDGE_SUB_AREA.code };
      return markedWeak(refused, RULES.JUDGE_SUB_AREA.code, why);
    }
    let head: string | null = null;
    AREA_HEAD.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = AREA_HEAD.exec(clause)); ) {
      // 高于全市, 占全市, 居全市: a comparison with the area, not the area's own figure.
      if (/(?:高于|低于|快于|慢于|超过|领先|居|位居|位列|排名|占|比|较|与)$/.test(clause.slice(0, m.index))) continue;
      head = m[0];
      break;
    }
    // "…增长6.5%（全市）" (round 3): a note right after the figure naming the area.
    if (!head) head = /^[（(](全国|全省|全自治区|全市|全州|全盟)[）)]/.exec(s.slice(at + foldText(a.phrase).length))?.[1] ?? null;
    if (!head || task.includes(head)) return j;
    // No level set: whether the area is the office's own cannot be told, so only a green on it is refused — unless the
    // report measures itself against a wider area ("全市…增长7.4%，高于全省0.9个百分点": it is written at 全市 level).
    // Whatever the date, the figure is the office's own only when the level set says the office is of that area or a
    // wider one, or (no level set) when the report measures itself against a wider area; else no share done is read
    // from it (Judgement.weakEvidence), and RATIO, which takes no level, reads none.
    if (level ? AREA_RANK[head] >= LEVEL_RANK[level] : comparedWithWider(s, AREA_RANK[head])) return j;
    const why = level
      ? `进展数字「${a.phrase}」是${head}的数字，本单位为${level}级（设置：单位层级），不是本单位的完成数`
      : `进展数字「${a.phrase}」是${head}的数字，未设置单位层级，不能确认是本单位的完成数`;
    // Without a level, whether the area is the office's own cannot be told, so only a green on it is refused.
    if (!level && j.status !== "done" && j.status !== "on-track") return markedWeak(j, RULES.JUDGE_WIDER_AREA.code, why);
    const detail = `${why}（${j.detail ?? j.reason}）`;
    const refused: Judgement = { ...j, status: "unknown", label: STATUS_LABELS.unknown, rag: "yellow", ragLabel: RAG_LABELS.yellow, met: false, reason: `${STATUS_LABELS.unknown}：${detail}`, detail, code: RULES.JUDGE_WIDER_AREA.code };
    return markedWeak(refused, RULES.JUDGE_WIDER_AREA.code, why);
  });
}

/** The words that may open a clause before its place: a period or a time (1-9月, 截至目前, 今年以来, 上半年 …). */
const TIME_FRONT = /^(?:截[至止]|到|至|今年|本年|年初|目前|当前|以来|上半年|前三季度|[一二三四]季度|\d{4}年|\d{1,2}(?:-\d{1,2})?月(?:份|底|末|中旬|上旬|下旬)?|\d{1,2}日)+/;
/** A named town, township, street or village at the head of a clause: 甲镇, 城关街道, 王家村 (one to three characters of name). */
// Round ab: a town before 村级 ("甲镇村级卫生室") still heads the figure; 村 before 级 names the class of things, not a place.
// Round aq: 乡 before 镇 is the class 乡镇 ("城区和乡镇…达标率100%"), no 乡 named.
const TOWN = /^([\u4e00-\u9fa5]{1,3}?(?:镇|乡|街道|村))(?!村(?!级)|街|级|域|振兴|镇)/;
/** Heads that are no named place: the whole (全镇, 各乡镇), classes (城镇, 农村, 乡村, 特色小镇), acts (新建…村). */
const NOT_TOWN = /^[全各本我该每其两多诸]|^(?:城镇|乡镇|村镇|集镇|城乡|农村|乡村|城中村|新农村|美丽乡村|新村|行政村|自然村|示范村|贫困村|重点村|小镇|特色小镇|古镇|名镇|重镇|特色镇)$|新建|新增|新开|建成|建设|完成|改造|开工|实现|累计|签约|启动|创建|打造|培育|引进|示范|重点|美丽|特色|提升|整治/;
/** A class of place ending the head, after an act or a word of its own (养护农村…, 美丽乡村…): no named place. */
const NOT_TOWN_END = /(?:农村|乡村|城镇|乡镇|村镇|集镇|城乡|小镇|新村|各镇|各乡)$|(?:中心|建制|文明|卫生|森林|宜居|精品|淘宝|电商|生态|旅游|专业|明星|先进|达标|民族|传统|和美|未来|数字|星级|低碳|绿色|平安|法治)[村镇乡]$|养护|维修|管护|维护|治理|巡查|排查/;
/** The whole office's area said in the same clause: 全区, 全县, 各镇街 — then the figure is the whole's, not a town's. */
const WHOLE_AREA = /全区|全县|全市|全旗|全域|各镇|各乡|各街道|镇街|镇\(街\)|镇（街）|所有镇/;

/** The named town, township, street or village heading a figure's clause (before its name), or null. */
function townHead(clause: string): string | null {
  if (WHOLE_AREA.test(clause)) return null;
  const m = TOWN.exec(clause.replace(TIME_FRONT, "").replace(/^[，,:：\s]+/, ""));
  return m && !NOT_TOWN.test(m[1]) && !NOT_TOWN_END.test(m[1]) ? m[1] : null;
}

/** Whether the text compares itself with an area wider than one of rank `rank` (高于全省, 比全国平均, 居全省第3). */
function comparedWithWider(s: string, rank: number): boolean {
  const re = /(?:高于|低于|快于|慢于|超过|超出|高出|领先|落后于?|居|位居|位列|名列|排名|占|比|较)(全国|全省|全自治区|全市|全州|全盟)/g;
  for (let m: RegExpExecArray | null; (m = re.exec(s)); ) if (AREA_RANK[m[1]] < rank) return true;
  return false;
}
