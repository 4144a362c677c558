/**
 * The one judge (issue 12): a task's target text, its progress (or none), the as-of date and the office's
 * settings in; a judgement per target and one verdict for the task out, each with its reason in words.
 * validate (指标跟踪, 校验结果), rollup (任务状态, 汇总), `duban judge`, the DUBAN.* cell functions and both task
 * panes call this and nothing else, so one pair of texts gets one answer and one rounding everywhere.
 * Pure: no I/O, no clock.
 */
import { IsoDate, daysBetween, isoFromParts, lastDayOfMonth } from "../text/dates";
import { PlaceLevel, Thresholds } from "../model";
import {
  Actual, Judgement, MetricStatus, Rag, RAG_LABELS, STATUS_LABELS, Target, expectedShare, isCumulative, judgeTarget, matchActuals, metricSimilarity, parseActuals, parseDeadline, parseTargets,
} from "../metrics";
import { StatusKind, statusKind } from "../validate/status";
import { sharesName, wholeTaskDone } from "./wholeTaskDone";
import { stageAgainstTypedDone, typedValueStands } from "./typedCells";
import { foldText } from "../text/normalize";
import { clauseAround } from "../text/stops";
import { saysWorkLeft, startOfChange, stockMayHoldTarget, stockOnly } from "./formsAW";
import { replaceContents } from "../arrays";
import { formatPercent } from "../text/format";
import { DEFAULT_THRESHOLDS } from "../metrics/thresholds";
import { compatibleUnits, unitClass } from "../metrics/units";
import { metricMentioned } from "../metrics";
import { fiveYearPlan } from "../metrics/parseDeadline";
import { otherField, otherProjectList, taskWide } from "../metrics/matchActuals";
import { prepareText } from "../metrics/scan";
import { Breakdown, nearlyBreakdowns, readBreakdowns, stageOf, taskStage } from "./breakdowns";
import { rankJudgement } from "./ranks";
import { nearlyFinished } from "./nearlyFinished";
import { missedSchedule, openAtDeadline } from "./openAtDeadline";
import { doublingMultiple } from "./doubling";
import { totalInvestmentOnly } from "./totalInvestment";
import { explainDropped, figureEndMonth, markedWeak, partlyDone, refuseWeakGreens, typedShareLags, weakFigures, withoutPartShares } from "./weakEvidence";
import { eventDeadline } from "../metrics/eventDeadline";
import { NOT_ACTUAL_WHY } from "../metrics/notActual";
import { RULES } from "../validate/ruleCatalog";
import { earlierActs, multiYearEnd, otherScope, otherStage, partOfHarvest, preparatoryOnly, relativeGaps, relativeJudgements } from "./formsM";
import { formsO } from "./formsO";
import { formsAI } from "./formsAI";
import { derivedNoted, targetGaps } from "./formsZ";
import { shareOfRestatedTask } from "./formsAR";
import { formsN, withoutArranged, yearToDate } from "./formsN";
import { planNote, planToDate, widerArea } from "./formsP";
import { listedShare, namedDone, namedInList } from "./listedItems";
import { withoutRatingConditions } from "./ratingRules";
import { namedGrade, ownGrade } from "./gradedUnits";
import { TRACKED_SET } from "./partShares";
import { withSectorShares } from "./sectorShares";
import { eventTaskStatus, increaseOverLastYear } from "./eventTasks";
import { listsThings, splitAtJoiners } from "../text/joiners";
import { doesAwayWith, levelStandingNow } from "../metrics/formsBB";

interface ProgressInput {
  /** 进展情况 as written. */
  text: string;
  /** 完成状态 as typed (已完成, 序时推进, 滞后 …), if any. */
  status?: string;
  /** 完成值 as a number: the reporter's own figure for a task with a single target; it wins over the prose. */
  value?: number | null;
  /** Hunt 22: whether 完成值 was typed as a share ("100%"): the task's figure only for a target in %. */
  valueShare?: boolean;
  /** 报告期 as written (上半年), shown as the figure's period when `value` is used. */
  period?: string | null;
  /** End of the period reported on: figures are judged at that date when it is before the as-of date. */
  periodEnd?: IsoDate | null;
}

interface JudgeTaskInput {
  /** The task or target text (年度任务目标, 工作目标). */
  targetText: string;
  /** The latest report of the task, or null when the unit sent none (未报送). */
  progress: ProgressInput | null;
  asOf: IsoDate;
  /** The year targets and deadlines are read in; defaults to the as-of year. */
  year?: number;
  /** The task's deadline (the catalogue's 完成时限), else the one the target text names, else 31 December. */
  deadline?: IsoDate | null;
  /** How `deadline` was read when it came from a customary time (the catalogue's 完成时限 "春节前"): the date chosen. */
  deadlineNote?: string | null;
  thresholds?: Partial<Thresholds>;
  aboutTolerance?: number;
  /** 单位层级 (settings.level): a figure headed by a wider area (全市 for a 县) is not the office's own (formsP.ts). */
  level?: PlaceLevel | null;
}

/** Where a verdict came from: 填报状态, 指标 (the judged figures), 文字 (the wording), 时限 (the deadline passed). */
export type VerdictSource = "reported" | "metrics" | "text" | "deadline" | "none";
export const SOURCE_LABELS: Record<VerdictSource, string> = { reported: "填报状态", metrics: "指标", text: "文字", deadline: "时限", none: "" };

export interface Verdict {
  status: MetricStatus;
  label: string;
  rag: Rag;
  ragLabel: string;
  source: VerdictSource;
  sourceLabel: string;
  /** The judgement the verdict rests on (the worst one), or null when it rests on no figure. */
  worst: Judgement | null;
  dueSoon: boolean;
  /** The task's deadline used. */
  deadline: IsoDate;
  /** When that deadline is a customary time (春节前, 汛期前 …): the date chosen and why, also said in `reason`. */
  deadlineNote?: string;
  reason: string;
  /** A stable code when a green was refused for weak evidence or a typed status was not taken (weakEvidence.ts). */
  code?: string;
}

export interface TaskJudgement {
  targets: readonly Target[];
  /** Why the text gives no target, when it gives none. */
  targetReason?: string;
  deadline: IsoDate | null;
  /** The date chosen for a customary deadline of the text (春节前 → 除夕), when the text's deadline is one. */
  deadlineNote?: string;
  actuals: Actual[];
  judgements: Judgement[];
  verdict: Verdict;
}

/** Worst first: a lagging figure is never hidden behind a met one, and no word about a metric makes a task green. */
/**
 * Session 19: a one-target task whose report holds a figure in the target's own unit that no target took and that names no
 * other thing ("完成500户农村危房改造" against "已开工改造420户，竣工310户"): the report may well speak of the metric in words
 * the matcher does not know, so the honest answer is 无法研判, not 未反映该指标 (which says the report is silent on it).
 */
function unclaimedFigureInUnit(t: Target, targets: readonly Target[], actuals: readonly Actual[], matched: readonly (Actual | null)[]): boolean {
  if (targets.length !== 1 || t.kind !== "count" || !t.base.unit || t.base.unit === "%") return false;
  return actuals.some((a) => a.explicitRatio === undefined && !matched.includes(a) && a.base.unit !== "%" && compatibleUnits(t.base.unit, a.base.unit) && THINGLESS_FIGURE.test(a.metric ?? ""));
}
/** A figure's name of acts and generic heads only ("竣工", "开工改造", "项目"): it names no other thing (a 分类池 is not a 中转站). */
const THINGLESS_FIGURE = /^(?:已|共|累计|新|开工|开复工|复工|竣工|完工|改造|改建|新建|建成|建设|完成|实施|启动|交付|投用|提升|整治|治理|修缮|维修|项目|工程|任务)*$/;

const SEVERITY: Record<MetricStatus, number> = { overdue: 0, behind: 1, unknown: 2, "not-mentioned": 3, "no-data": 4, "on-track": 5, done: 6 };
const RAG_SEVERITY: Record<Rag, number> = { red: 0, yellow: 1, blue: 2, green: 3 };

/** The least favourable judgement: by status, then colour, then the smaller share of 序时进度. */
function worstJudgement(judgements: readonly Judgement[]): Judgement | null {
  let worst: Judgement | null = null;
  for (const j of judgements) {
    if (!worst) worst = j;
    else {
      const d = SEVERITY[j.status] - SEVERITY[worst.status] || RAG_SEVERITY[j.rag] - RAG_SEVERITY[worst.rag] || progressOf(j) - progressOf(worst);
      if (d < 0) worst = j;
    }
  }
  return worst;
}

function progressOf(j: Judgement): number {
  if (j.ratio === null || j.expected === null) return Infinity;
  return j.expected > 0 ? j.ratio / j.expected : Infinity;
}

function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** Judge every target of a task against its progress and give the task one verdict. */
export function judgeTask(input: JudgeTaskInput): TaskJudgement {
  const year = input.year ?? yearOf(input.asOf);
  const parsed = parseTargets(input.targetText ?? "", { year });
  const targets = parsed.targets;
  const textDeadline = parsed.deadline ?? parseDeadline(input.targetText ?? "", year) ?? periodEnd(input.targetText ?? "", year) ?? planPeriodEnd(input.targetText ?? "");
  // The note of the deadline used: the catalogue's (with its date), else the text's own customary time.
  const deadlineNote = (input.deadline ? input.deadlineNote : parsed.deadline ? parsed.deadlineNote : null) || (input.deadline || textDeadline ? undefined : eventNote(input.targetText ?? "", year));
  const progress = input.progress;
  // Hunt 5: "2024年新增…20家" read on 15 January 2025 is last year's task: its figures (全年…, 2024年…) are read in its
  // own year, whose end has passed, not as the first weeks of the as-of year.
  const figureYear = input.year === undefined && textDeadline && yearOf(textDeadline) < year && /20\d\d年/.test(input.targetText ?? "") ? yearOf(textDeadline) : year;
  const weak = progress ? weakFigures(ofTheYear(withSectorShares(withChanges(parseActuals(progress.text ?? "").actuals, progress.text ?? ""), progress.text ?? ""), progress.text ?? "", figureYear, yearOf(input.asOf)), progress.text ?? "", input.targetText ?? "", figureYear, input.asOf) : null;
  const actuals = weak ? withoutArranged(weak.kept, progress?.text ?? "") : [];
  let matched: (Actual | null)[] = targets.map(() => null);
  // Per target, the figure of one quarter or month yearToDate set aside (formsN says why).
  let onePeriodOnly: (Actual | null)[] = [];
  // The part-of-a-whole counts the progress states, read once for the matching and the schedule check below.
  const parts = progress ? breakdownsOfTheYear(readBreakdowns(progress.text ?? ""), progress.text ?? "", input.targetText ?? "", figureYear, yearOf(input.asOf)) : [];
  // Every step below maps the targets' matches: with no target there is nothing to match (skipped, the same result).
  if (progress && targets.length) {
    matched = matchActuals(targets, actuals);
    // "已推荐申报…企业26家", "已受理…申请2.3亿元", "…项目已全部完成招投标": applications and steps of the work are not
    // what the task counts, unless the task itself counts them.
    const taskWords = foldText(input.targetText ?? "");
    // A step the target's own name counts ("设计批复里程6000公里") is its metric, not a step before the work.
    matched = matched.map((a, i) => (a && ((APPLIED.test(ownListMember(a)) && !APPLIED.test(taskWords)) || (STEP_DONE.test(a.phrase) && !STEP_DONE.test(taskWords) && !STEP_NAME.test(targets[i].metric))) ? null : a));
    // A figure of one quarter or month is not the year so far (./formsN.ts).
    const beforeYearToDate = matched;
    matched = yearToDate(matched, targets, actuals);
    onePeriodOnly = beforeYearToDate.map((a, i) => (a && !matched[i] ? a : null));
    // A share of the whole task ("截至10月31日当前进度95%") answers every target no figure of its own answers.
    const whole = wholeTaskShare(actuals, progress.text ?? "");
    if (whole) matched = matched.map((a, i) => a ?? (targets[i].kind === "growth" || targets[i].kind === "pp" ? null : whole));
    // "48项具体工作中2项已完成", "14个重大项目已全部开工": a count the text gives as a part of the task's own total,
    // at the stage the target asks for, answers a count target no figure answered.
    // "工程进度90%", "形象进度30%…45%", "累计完成项目的70%": the works' own progress answers a count of works no figure
    // answered (the lowest one).
    const works = actuals.filter((a) => a.explicitRatio !== undefined && /^(?:完成)?(?:(?:总体|整体|综合|总)(?:形象|工程|建设|施工)?|形象|工程|建设|施工)进度$|^完成(?:项目|工程)(?:总)?(?:工程)?量?的?$/.test(a.metric));
    const slowest = works.length ? works.reduce((x, y) => ((y.explicitRatio as number) < (x.explicitRatio as number) ? y : x)) : null;
    // Targets answered by a part of their own total (found by the total, not by the name or the order).
    const byPart = new Set<number>();
    matched = matched.map((a, i) => {
      // Things kept on schedule are judged by how many of them, below (onSchedule), never as a share done.
      if (schedulePart(targets[i], parts)) return null;
      if (a && !(a.kind === "count" && parts.some((b) => b.total === a.value && b.part !== a.value && b.words.includes(a.phrase.slice(0, 6))))) return a;
      const part = partOf(targets[i], parts);
      if (part) byPart.add(i);
      return part ?? a;
    });
    if (slowest) matched = matched.map((a, i) => a ?? (targets[i].kind === "count" && targets.filter((t) => t.kind === "count").length === 1 ? slowest : null));
    // "推行…1379个村" answered by "已有1626个村推行…，占年任务117.9%": a single target, and a single figure in its unit that
    // states its share of the year's task and shares the task's name, is that target's report — at the task's own stage
    // (开工…195所 does not report 新建…150所).
    if (targets.length === 1 && !matched[0]) {
      const task = foldText(input.targetText ?? "");
      const own = actuals.filter((a) => a.explicitRatio !== undefined && a.unit === targets[0].unit && a.unit !== "%" && sharesName(foldText(a.metric), task) && !otherField(a.metric, targets[0].metric) && (stageOf(a.phrase) ?? taskStage(task)) === taskStage(task));
      if (own.length === 1) matched[0] = own[0];
    }
    // Round ar (./formsAR.ts): the task restated, then an amount under another name whose share of the task gives it back.
    if (targets.length === 1 && !matched[0]) matched[0] = shareOfRestatedTask(targets[0], actuals, progress.text ?? "");
    // "改建县中心敬老院" for 新建1所中心敬老院: one thing, done, named without a number.
    matched = matched.map((a, i) => a ?? singleThingDone(targets[i], progress.text ?? ""));
    // "办结率达到90%以上" answered by "…135项，完成126项，完成率93.3%": the text's own rate of the matters it counts.
    if (targets.length === 1 && !matched[0]) matched[0] = closingRate(targets[0], actuals);
    // "通畅工程46个项目…，通达工程30个项目…" read as two targets named only 项目: which reported count answers which
    // cannot be told from the name, so neither is taken (无法研判), rather than pairing them by order and guessing.
    const alike = (t: Target) => GENERIC_NAME.test(t.metric) && targets.filter((u) => u.metric === t.metric && u.unit === t.unit).length > 1;
    // A part of the target's own total ("市本级32个项目开复工28个" for 市本级32个重点项目…) is found by that total, not by
    // order: it stands when no other target of the same name has the same total.
    const ownTotal = (i: number) => byPart.has(i) && targets.filter((u) => u.metric === targets[i].metric && u.value === targets[i].value).length === 1;
    matched = matched.map((a, i) => (alike(targets[i]) && !ownTotal(i) ? null : a));
    // Round z (./formsZ.ts): "GDP增速超过目标增速0.3个百分点" is the target's rate and that distance.
    matched = targetGaps(targets, matched, progress.text ?? "");
    // Hunt 21 (./typedCells.ts): a 完成值 the text writes as a plan, a stock, another year's, a share or in another unit, or
    // one over a less favourable figure of the text's own, is not the task's figure: the prose decides.
    // Hunt 22: a 完成值 typed as a share ("100%") is how far the work is, not the figure of a target in another unit.
    if (targets.length === 1 && progress.value !== undefined && progress.value !== null && Number.isFinite(progress.value) &&
        !(progress.valueShare && !/%|％|百分点/.test(targets[0].unit)) &&
        typedValueStands(progress.value, progress.text ?? "", targets[0].unit, figureYear, proseInTargetUnit(targets[0], matched[0]), targets[0].cmp === "<=" || targets[0].cmp === "<")) {
      // A number in 完成值 is the reporter's own figure for the single target: it wins over the prose.
      const t = targets[0];
      const v = progress.value;
      matched[0] = {
        metric: t.metric, kind: t.kind, value: v, unit: t.unit, base: { value: v * (t.value ? t.base.value / t.value : 1), unit: t.base.unit },
        period: progress.period || null, phrase: String(v),
      };
    }
  }
  const figureAsOf = progress?.periodEnd && progress.periodEnd < input.asOf ? progress.periodEnd : input.asOf;
  // A catalogue of another year than the as-of's (设置 年度 2018, a review read in February 2019): its targets fall due at
  // that year's end, as the task's verdict does, not at the end of the as-of's year.
  const catalogueEnd = year !== yearOf(input.asOf) ? (isoFromParts(year, 12, 31) as IsoDate) : undefined;
  // "上半年接待游客520万人次" read on 30 September is a figure of 30 June: 序时进度 is the share of the year at the end of
  // its own period, not at the as-of date (52% of the year by June is on schedule, not 30 points behind). Only for running
  // totals (a level or a ceiling has no 序时) and before the deadline: a figure of November read after a December
  // deadline stays judged at the deadline.
  const dueOf = (t: Target): IsoDate | undefined => t.deadline ?? input.deadline ?? textDeadline ?? catalogueEnd;
  const asOfFor = (t: Target, a: Actual | null): IsoDate => {
    const month = a ? figureEndMonth(a) : null;
    if (!month || !isCumulative(t) || yearOf(figureAsOf) !== figureYear) return figureAsOf;
    const end = lastDayOfMonth(figureYear, month);
    const due = dueOf(t) ?? (isoFromParts(figureYear, 12, 31) as IsoDate);
    return end < figureAsOf && figureAsOf <= due ? end : figureAsOf;
  };
  const judgements = targets.map((t, i) =>
    withDeadlineNote(derivedNoted(judgeTarget(t, matched[i] ?? null, {
      asOf: asOfFor(t, matched[i] ?? null),
      deadline: dueOf(t),
      thresholds: input.thresholds,
      aboutTolerance: input.aboutTolerance,
      reported: progress !== null,
      mentioned: progress !== null && !matched[i] && (metricMentioned(t, withoutPlans(progress.text ?? ""), targets.map((u) => u.metric)) || unclaimedFigureInUnit(t, targets, actuals, matched)),
      notResult: progress !== null && !matched[i] ? notResultOf(t, progress.text ?? "") : undefined,
    })), t.deadline ? undefined : deadlineNote),
  );
  // "竣工任务24个中5个项目已基本完工": at most 5 of 24 are finished. Where even that bound is below 序时进度 the target lags;
  // otherwise nothing can be said from it (a nearly finished thing is not a finished one).
  if (progress)
    judgements.forEach((j, i) => {
      const t = targets[i];
      if (j.actual || t.kind !== "count" || taskStage(`${t.metric}${t.phrase}`) !== "finish") return;
      const b = nearlyBreakdowns(progress.text ?? "").find((p) => p.total === t.value && p.part < t.value);
      if (!b) return;
      const scale = t.value ? t.base.value / t.value : 1;
      const bound: Actual = { metric: t.metric, kind: "count", value: b.part, unit: t.unit, base: { value: b.part * scale, unit: t.base.unit }, period: null, phrase: b.words };
      const at = judgeTarget(t, bound, { asOf: figureAsOf, deadline: t.deadline ?? input.deadline ?? textDeadline, thresholds: input.thresholds, aboutTolerance: input.aboutTolerance, reported: true, mentioned: false });
      if (at.status === "behind" || at.status === "overdue") judgements[i] = { ...at, reason: `${at.reason}（按「${b.words}」计，基本完工的也算上仍低于序时）` };
    });
  // "30个项目全部按序时推进" answered by "30个项目中12个已完成…，10个超序时，8个按序时": all of them on schedule is
  // 序时推进 (not 已完成), fewer is 进展滞后.
  if (progress) {
    judgements.forEach((j, i) => {
      const b = schedulePart(targets[i], parts);
      if (!b) return;
      const all = b.part >= (b.total as number);
      const why = `进展写明「${b.words}」，${all ? "全部达到序时进度" : `${b.part}${targets[i].unit}达到序时进度，${(b.total as number) - b.part}${targets[i].unit}未达`}`;
      const t = targets[i];
      const actual: Actual = { metric: t.metric, kind: "count", value: b.part, unit: t.unit, base: { value: b.part * (t.value ? t.base.value / t.value : 1), unit: t.base.unit }, period: null, phrase: b.words };
      judgements[i] = { ...j, actual, status: all ? "on-track" : "behind", label: STATUS_LABELS[all ? "on-track" : "behind"], rag: all ? "green" : "yellow", ragLabel: RAG_LABELS[all ? "green" : "yellow"], met: all, reason: `${STATUS_LABELS[all ? "on-track" : "behind"]}：${why}`, detail: why };
    });
  }
  // A target over several years ("两年实施项目1357个", "2021-2023年") is not judged against this year's 序时进度.
  if (judgements.length && MULTI_YEAR.test(foldText(input.targetText ?? "")))
    judgements.forEach((j, i) => {
      // Hunt 7: and no share done is shown beside 无法研判 on any surface (RATIO, 指标跟踪, the bulletin, `duban judge`):
      // the share of the years' total due by now is what cannot be told.
      if (j.actual && j.status !== "done" && isCumulative(j.target))
        judgements[i] = markedWeak({ ...j, status: "unknown", label: STATUS_LABELS.unknown, rag: "yellow", ragLabel: "黄", reason: `无法研判：跨年度目标，不能按本年序时进度判断（${j.detail ?? j.reason}）`, detail: `跨年度目标，不能按本年序时进度判断` }, RULES.JUDGE_MULTI_YEAR.code, `跨年度目标，今年应完成多少未写明，不能计算完成比例（${j.actual.phrase}）`);
    });
  // Round ah: "已压缩到70个工作日以内" for 压减至60个工作日以内: a figure written as a ceiling (以内, 以下) for a ceiling target
  // says the level is at or under it, not where; when it does not itself meet the target, the level may still. (A floor
  // written 以上 is left as the figure: "达到83%以上" reports 83-odd, as c04 reads it.)
  judgements.forEach((j, i) => {
    if (!j.actual || j.met !== false || (j.status !== "behind" && j.status !== "overdue") || isCumulative(j.target) || j.actual.explicitRatio !== undefined) return;
    if ((j.target.cmp !== "<=" && j.target.cmp !== "<") || !ceilingWritten(j.actual)) return;
    const detail = `进展数字「${j.actual.phrase}」只写明上限，实际数可能更低，不能判断是否达到目标`;
    judgements[i] = { ...j, status: "unknown", label: STATUS_LABELS.unknown, rag: "yellow", ragLabel: RAG_LABELS.yellow, ratio: null, met: false, reason: `${STATUS_LABELS.unknown}：${detail}（${j.detail ?? j.reason}）`, detail, code: RULES.JUDGE_BOUND_ONLY.code };
  });
  const taskDeadline = input.deadline ?? textDeadline ?? (isoFromParts(year, 12, 31) as IsoDate);
  // "57个项目按序时推进" answered by all 57 on schedule: kept to schedule, which is the most it can be before the deadline.
  judgements.forEach((j, i) => {
    if (j.status === "done" && taskStage(`${j.target.metric}${j.target.phrase}`) === "schedule" && input.asOf <= (j.target.deadline ?? taskDeadline))
      judgements[i] = { ...j, status: "on-track", label: STATUS_LABELS["on-track"], reason: j.reason.replace(/^已完成/, "序时推进") };
  });
  // Hunt 16: "今年以来未发生重污染天气" for 重污染天数控制在5天以内: none happened is a count of 0, within any ceiling, and the
  // report speaks of the metric (not 未反映该指标). Before the deadline that is on schedule; at or after it the words may
  // cover only part of the period, so 无法研判.
  if (progress && judgements.length)
    judgements.forEach((j, i) => {
      if (j.status !== "not-mentioned" || !(j.target.cmp === "<=" || j.target.cmp === "<")) return;
      const none = noneHappened(progress.text ?? "", j.target.metric);
      if (!none) return;
      const onTime = input.asOf < (j.target.deadline ?? taskDeadline);
      const detail = `进展写明「${none}」，「${j.target.metric}」为0，在目标上限以内`;
      judgements[i] = onTime
        ? { ...j, status: "on-track", label: STATUS_LABELS["on-track"], rag: "green", ragLabel: RAG_LABELS.green, met: true, reason: `${STATUS_LABELS["on-track"]}：${detail}`, detail, code: RULES.JUDGE_NONE_HAPPENED.code }
        : { ...j, status: "unknown", label: STATUS_LABELS.unknown, rag: "yellow", ragLabel: RAG_LABELS.yellow, met: false, reason: `${STATUS_LABELS.unknown}：${detail}，但未写明是否涵盖整个考核期`, detail, code: RULES.JUDGE_NONE_HAPPENED.code };
    });
  // Round aq: a target of an increase over last year is not met by a level (./eventTasks.ts).
  if (progress && judgements.length) replaceContents(judgements, increaseOverLastYear(judgements, progress.text ?? "", input.asOf, taskDeadline));
  // "新建学校3所，年内开工，11月竣工" answered by "新建学校3所，已全部开工": a count reported only as started does not
  // answer a task that asks for the works finished (the figure restates what is being built); judged as started works.
  if (progress && judgements.length && BUILD_TASK.test(foldText(input.targetText ?? "")) && taskStage(input.targetText ?? "") !== "start")
    judgements.forEach((j, i) => {
      if (!j.actual || j.actual.explicitRatio !== undefined || j.target.kind !== "count") return;
      // A target of its own to start ("开工14622套，年内基本建成5000套") is answered by a start.
      if (taskStage(`${j.target.metric}${j.target.phrase}`) === "start" || !startedOnly(j.actual, progress.text ?? "")) return;
      // Works started are no share done of works finished, whatever the date (Judgement.weakEvidence).
      const weakWhy = `进展数字「${j.actual.phrase}」只写了开工，开工不等于完工`;
      if (j.status !== "done" && j.status !== "on-track") {
        judgements[i] = markedWeak(j, "WEAK_STEP_ONLY", weakWhy);
        return;
      }
      const staged = stagedWork(input.targetText ?? "", progress.text ?? "", year, input.asOf, j.target.deadline ?? taskDeadline);
      const full = j.actual.value >= j.target.value;
      const status: MetricStatus = staged && (full || staged.status === "overdue" || staged.status === "unknown") ? staged.status : "unknown";
      const reason = staged && status === staged.status ? staged.reason : `无法研判：进展写明「${j.actual.phrase}」，开工不等于完工`;
      judgements[i] = markedWeak(asStartedWorks(j, status, reason), "WEAK_STEP_ONLY", weakWhy);
    });
  // "新建学校3所，年内开工，11月竣工" answered by "3所学校均已开工，预计12月底竣工" (no count the target can take): a
  // single count target of works, reported started and planned, is judged as started works, as a task without figures.
  if (progress && judgements.length === 1 && (judgements[0].status === "unknown" || judgements[0].status === "not-mentioned") && judgements[0].target.kind === "count" &&
    BUILD_TASK.test(foldText(input.targetText ?? "")) && taskStage(input.targetText ?? "") !== "start" && taskStage(`${judgements[0].target.metric}${judgements[0].target.phrase}`) !== "start") {
    const staged = stagedWork(input.targetText ?? "", progress.text ?? "", year, input.asOf, judgements[0].target.deadline ?? taskDeadline);
    if (staged && staged.status !== "unknown") judgements[0] = asStartedWorks(judgements[0], staged.status, staged.reason);
  }
  // Set m's rules (./formsM.ts): another place or stage, a part of the harvest, preparatory work only, a later year's
  // target; then the relative targets (与经济增长同步, 高于全省平均) the parser reads no figure for.
  const formsCtx = { taskText: input.targetText ?? "", progressText: progress?.text ?? "", asOf: figureAsOf, year, deadline: taskDeadline, expected: expectedShare(figureAsOf, undefined, taskDeadline) };
  // Prefilter: every rule from here to formsO maps the judgements one by one (or returns them as they are), so with no
  // judgement (a task whose text gives no target) they are skipped, with the same result (bench/support/judgeOracle.js).
  const mapped = judgements.length > 0;
  if (progress && mapped) replaceContents(judgements, relativeGaps(judgements, formsCtx));
  if (progress && mapped) replaceContents(judgements, multiYearEnd(preparatoryOnly(partOfHarvest(otherStage(otherScope(judgements, formsCtx), formsCtx)), formsCtx), formsCtx));
  // Round n's rules (./formsN.ts): one period for the year, started works as a bound, one category for the total.
  if (progress && mapped) replaceContents(judgements, formsN(judgements, { actuals, taskText: input.targetText ?? "", asOf: figureAsOf, deadline: taskDeadline, thresholds: input.thresholds, expected: formsCtx.expected, onePeriodOnly }));
  // Round o's rules (./formsO.ts): the subject of a bare act, projects of another level, a list's make-up.
  if (progress && mapped) replaceContents(judgements, formsO(judgements, { taskText: input.targetText ?? "", progressText: progress.text ?? "", actuals, options: { asOf: figureAsOf, deadline: taskDeadline, thresholds: input.thresholds } }));
  // Round ai's rule (./formsAI.ts): a count named by the task's act after a clause restating the duty.
  if (progress && mapped) replaceContents(judgements, formsAI(judgements, { taskText: input.targetText ?? "", progressText: progress.text ?? "", actuals, options: { asOf: figureAsOf, deadline: taskDeadline, thresholds: input.thresholds } }));
  judgements.push(...relativeJudgements(formsCtx, targets, progress !== null));
  // The same prefilter for the rules from widerArea to earlierActs: each maps the judgements or returns them as they are.
  const anyJudged = judgements.length > 0;
  // Set p (./formsP.ts): a plan to date written beside the actual is the schedule judged against.
  if (progress && anyJudged) replaceContents(judgements, widerArea(judgements, progress.text ?? "", input.targetText ?? "", input.level ?? null));
  if (progress && anyJudged) replaceContents(judgements, planToDate(judgements, { taskText: input.targetText ?? "", progressText: progress.text ?? "", asOf: figureAsOf, actuals, thresholds: input.thresholds }));
  // A target only a figure left out would answer says which figure and why (round 2).
  if (weak && anyJudged) replaceContents(judgements, explainDropped(judgements, weak.dropped));
  // Hunt 8: a target of investment done answered only by a project's total investment says so (./totalInvestment.ts).
  if (progress && anyJudged) replaceContents(judgements, totalInvestmentOnly(judgements, progress.text ?? ""));
  // A green that rests on weak evidence (累计 with no period, a part's completion rate, half a name) is 无法研判.
  if (progress && anyJudged) replaceContents(judgements, refuseWeakGreens(judgements, progress.text ?? "", figureAsOf, input.targetText ?? ""));
  // "市场主体净增3000户" for 新增市场主体5000户: a net gain is the new ones less those closed, a bound from below on the new
  // ones. Met, the target is met; short of it, the new ones may still reach it: 无法研判, not 进展滞后.
  if (progress && anyJudged)
    judgements.forEach((j, i) => {
      const t = targets[i];
      if (!t || !j.actual || (j.status !== "behind" && j.status !== "overdue") || !/净(?:增|增加|新增)/.test(`${j.actual.metric}${j.actual.phrase}`) || /净/.test(`${t.metric}${t.phrase}`)) return;
      const detail = `进展数字「${j.actual.phrase}」是净增数（新增减去注销、退出），低于新增目标不能说明新增数不足`;
      judgements[i] = { ...j, status: "unknown", label: STATUS_LABELS.unknown, rag: "yellow", ragLabel: RAG_LABELS.yellow, ratio: null, met: false, reason: `${STATUS_LABELS.unknown}：${detail}`, detail, code: RULES.JUDGE_NET_GAIN.code, weakEvidence: { code: RULES.JUDGE_NET_GAIN.code, reason: detail } };
    });
  // Hunt 9: "已完成5个村，正在验收": the works are finished but not yet accepted; the count still shows the progress.
  if (progress && anyJudged) replaceContents(judgements, awaitingAcceptance(judgements, progress.text ?? "", input.asOf, taskDeadline));
  // Hunt 9: planting in a season the task names (秋冬季造林) is not behind a straight-line 序时进度 before that season ends.
  if (anyJudged) replaceContents(judgements, seasonalPlanting(judgements, input.targetText ?? "", input.asOf, taskDeadline));
  // A green left on a figure of an act before the target's (开工 for 竣工, 签约 for 完成, 规划 for 建成) is 未反映该指标 (hunt 7).
  if (progress && anyJudged) replaceContents(judgements, earlierActs(judgements, progress.text ?? ""));
  // "完成率100%（按序时）" (round 4): a share of the schedule to date, not of the year: on schedule at most, never 已完成.
  if (progress && anyJudged && SCHEDULE_SHARE.test(foldText(progress.text ?? "")) && !YEAR_SHARE.test(foldText(progress.text ?? "")))
    judgements.forEach((j, i) => {
      if (j.status === "done" && j.actual?.explicitRatio !== undefined)
        judgements[i] = { ...j, status: "on-track", label: STATUS_LABELS["on-track"], reason: `序时推进：进展写明的完成比例是按序时进度或阶段计划计的（${j.detail ?? j.reason}）` };
    });
  // "城镇新增就业完成计划的105%" read before the deadline: a plan not said to be the year's may be the plan to date, so
  // more than all of it is on schedule at least, not yet 已完成 (lead, session 21).
  if (progress && anyJudged && input.asOf < taskDeadline)
    judgements.forEach((j, i) => {
      if (j.status !== "done" || j.actual?.explicitRatio === undefined || !unnamedPlanShare(j.actual.phrase)) return;
      judgements[i] = { ...j, status: "on-track", label: STATUS_LABELS["on-track"], reason: `序时推进：进展写明的完成比例未写明是全年计划的，可能是截至目前的计划（${j.detail ?? j.reason}）` };
    });
  // Hunt 7: where a rule of the judge cannot tell (无法研判: a target over years, JUDGE_MULTI_YEAR …) whatever the date,
  // no surface shows a share done beside it. The
  // weak-evidence refusals of a green at the date judged (WEAK_*) mark their figure themselves where it is weak at every
  // date; RATIO, which has no date, reads the others.
  judgements.forEach((j, i) => {
    if (j.status === "unknown" && j.ratio !== null && !j.weakEvidence && j.code && !j.code.startsWith("WEAK_")) judgements[i] = markedWeak(j, j.code, j.detail ?? j.reason);
  });
  const taskRatios: ListedShares = targets.length || !progress ? { ratios: [], silent: [], unclear: [] } : taskShares(withoutPartShares(actuals, input.targetText ?? ""), progress.text ?? "", input.targetText ?? "", parts);
  // A task with no figure named in a list of shares of the plan ("…晋中47.5%") takes its own share (./listedItems.ts).
  if (!targets.length && progress && !taskRatios.ratios.length) {
    const own = listedShare(input.targetText ?? "", progress.text ?? "", year);
    if (own !== null) taskRatios.ratios = [own];
  }
  const said = foldText(progress?.text ?? "");
  if (((STAGE_SHARE.test(said) && !ownStagePlan(said, foldText(input.targetText ?? ""))) || SCHEDULE_SHARE.test(said)) && !YEAR_SHARE.test(said)) taskRatios.ofStage = true;
  const schedule = progress ? scheduleLag(parts, input.targetText ?? "", targets) : null;
  const expected = expectedShare(shareAsOf(actuals, taskRatios, figureAsOf, figureYear, taskDeadline), undefined, taskDeadline);
  // Objects written out key by key, not spread: a spread of objects from several places is a slow copy in V8,
  // and these were a third of the judge's own time per task.
  const named = !targets.length && progress ? (namedInList(input.targetText ?? "", progress.text ?? "", year) ?? namedDone(input.targetText ?? "", progress.text ?? "", year) ?? namedGrade(input.targetText ?? "", progress.text ?? "", year) ?? ownGrade(input.targetText ?? "", progress.text ?? "", year) ?? eventTaskStatus(input.targetText ?? "", progress.text ?? "", actuals, input.asOf, taskDeadline)) : null;
  const whole = { ratios: taskRatios.ratios, silent: taskRatios.silent, unclear: taskRatios.unclear, ofStage: taskRatios.ofStage, expected, taskText: input.targetText ?? "", schedule, year, named };
  // A stretch goal (力争8% after 增长7%) is what the office hopes for, not what it promised: the task is judged on the target
  // it stretches, and a stretch goal missed is said beside the verdict, never made the verdict (both stay in the judgements).
  const stretched = (j: Judgement) => j.target.stretch === true && judgements.some((b) => b !== j && !b.target.stretch && b.target.metric === j.target.metric && b.actual);
  const missedStretch = judgements.filter((j) => stretched(j) && (j.status === "behind" || j.status === "overdue"));
  const base = taskVerdict(judgements.filter((j) => !stretched(j)), progress, input.asOf, taskDeadline, input.thresholds, whole);
  const judged = missedStretch.length ? { ...base, reason: `${base.reason}（力争目标${missedStretch.map(stretchWords).join("、")}未达到）` } : base;
  const verdict = deadlineNote ? { ...judged, deadlineNote, reason: judged.reason.includes(noteSuffix(deadlineNote)) ? judged.reason : `${judged.reason}${noteSuffix(deadlineNote)}` } : judged;
  if (!parsed.reason && !(parsed.deadline && parsed.deadlineNote)) return { targets, deadline: textDeadline, actuals, judgements, verdict };
  const textNote = parsed.deadline && parsed.deadlineNote ? { deadlineNote: parsed.deadlineNote } : {};
  return { targets, ...(parsed.reason ? { targetReason: parsed.reason } : {}), deadline: textDeadline, ...textNote, actuals, judgements, verdict };
}

/**
 * Round ag: the shares of a task with no figure read from figures of one period ("1—5月，续建项目完成投资…为年计划投资的43.7%"
 * read on 4 July) are shares at that period's end: 序时进度 is the year's share then (5 of 12 months), as for a running
 * total (asOfFor). Only when every figure carrying a share that names a month names the same one, in the year judged,
 * before the deadline.
 */
function shareAsOf(actuals: readonly Actual[], shares: ListedShares, figureAsOf: IsoDate, figureYear: number, due: IsoDate | undefined): IsoDate {
  if (!shares.ratios.length || yearOf(figureAsOf) !== figureYear) return figureAsOf;
  // A share written with no period of its own, beside shares of one period ("产业类项目1—9月…为年度计划投资的91.61%；基础设施类
  // 项目…76.41%"), is of that period: the bulletin's parallel classes.
  const months = actuals.filter((a) => a.explicitRatio !== undefined).map(figureEndMonth).filter((m) => m !== null);
  if (!months.length || months.some((m) => m !== months[0])) return figureAsOf;
  const end = lastDayOfMonth(figureYear, months[0] as number);
  return end < figureAsOf && figureAsOf <= (due ?? (isoFromParts(figureYear, 12, 31) as IsoDate)) ? end : figureAsOf;
}

/**
 * Round ag: the month every figure of a progress text ends in ("1—5月", "截至5月底"), when that month ends before a deadline
 * of the same year, written as the report writes it (5月); null when any figure names no period or another month, or the
 * text says work is left undone (then it is late, whatever the month).
 */
function figuresEndBefore(text: string, deadline: IsoDate): string | null {
  if (saysWorkLeft(text)) return null;
  const actuals = parseActuals(text).actuals;
  if (!actuals.length) return null;
  const months = actuals.map(figureEndMonth);
  if (months.some((m) => m === null || m !== months[0])) return null;
  const end = lastDayOfMonth(yearOf(deadline), months[0] as number);
  return end < deadline ? `${months[0]}月` : null;
}

/** A stretch goal in words: 「规上工业增加值」增长8%, 「单位GDP能耗」下降3.5%, 「粮食产量」20万吨. */
function stretchWords(j: Judgement): string {
  const t = j.target;
  const v = Math.abs(t.value);
  const act = t.kind === "growth" ? (t.value < 0 ? "下降" : "增长") : t.kind === "pp" ? (t.value < 0 ? "降低" : "提高") : "";
  return `「${t.metric}」${act}${v}${t.unit}`;
}

/** Things said finished in a report: 已完成, 已全部完工, 全面建成, 均已竣工. */
const FINISHED_SAID = /(?:已经?|均已|现已)(?:全部|全面)?(?:完成|完工|建成|竣工)|(?:全部|全面)(?:完成|完工|建成|竣工)/;

/** Whether the clause holding the judged figure says the things finished (FINISHED_SAID). */
function finishedInOwnClause(j: Judgement, text: string): boolean {
  if (!j.actual) return false;
  const said = foldText(text);
  const phrase = foldText(j.actual.phrase ?? "");
  const at = phrase ? said.indexOf(phrase) : -1;
  if (at < 0) return false;
  return FINISHED_SAID.test(clauseAround(said, at, at + phrase.length));
}

/**
 * A year's review read after that year (the catalogue's year before the as-of's) that answers no target with a figure and
 * says nothing of work left: every target unmentioned (未反映该指标), or spoken of in words with no figure in the whole text
 * (无法研判), and no typed status.
 */
function reviewWithoutFigures(judgements: readonly Judgement[], text: string, year: number, asOf: IsoDate, kind: StatusKind | null): boolean {
  if (kind || !judgements.length || year >= Number(asOf.slice(0, 4))) return false;
  // A target the review speaks of in figures that answer it not (比上年下降2.7% for 下降3%) is missed, not untold.
  // Figures that are all forecasts ("预计全年地区生产总值增长8%…", the year's statistics not yet out) tell no result either.
  const figures = /\d/.test(text) && !forecastsOnly(text);
  // Round ac: a target whose own figure the review gives only as a forecast ("地区生产总值增长7%（预计），财政收入增长3%")
  // is not told either, whatever the other figures report.
  if (!judgements.every((j) => !j.actual && (j.status === "not-mentioned" || (j.status === "unknown" && (!figures || amountsOnly(j.target, text) || forecastOf(j.target, text) || stockOnly(j.target, text)))))) return false;
  return !saysWorkLeft(text);
}

/**
 * Round x: a growth target whose metric the review gives only as an amount ("社会消费品零售总额21.25亿元" for 增长8%): the
 * rate reached is not told, which is no proof it was missed. Not for a target of an amount or a count (争取资金20亿元
 * answered by 16.5亿元 is missed).
 */
function amountsOnly(target: Target, text: string): boolean {
  if (target.kind !== "growth") return false;
  const own = parseActuals(text).actuals.filter((a) => metricSimilarity(target.metric, a.metric) >= 0.8);
  return own.length > 0 && own.every((a) => a.unit !== "%" && a.unit !== "个百分点" && a.explicitRatio === undefined);
}

/**
 * Whether every figure of a text is a forecast (预计, 预期 …): it reports no result, only what is expected of one. Round aa:
 * a figure set aside for another reason in the words of a forecast figure ("据初步预计…635亿元，为年计划710亿元的89.4%":
 * the plan the forecast is a share of) is part of that forecast.
 */
function forecastsOnly(text: string): boolean {
  const read = parseActuals(text);
  const forecast = new Set((read.skipped ?? []).filter((s) => s.why === NOT_ACTUAL_WHY.forecast).map((s) => s.phrase));
  return !read.actuals.length && forecast.size > 0 && (read.skipped ?? []).every((s) => forecast.has(s.phrase));
}

/** "签约后半年内开工" with no date of signing: why the task has no deadline of its own, and what the judge used instead (JUDGE_EVENT_DEADLINE). */
function eventNote(text: string, year: number): string | undefined {
  const e = /后|起|时间|个月/.test(text) ? eventDeadline(text, year) : null;
  return e && !e.date ? `${e.note}，序时进度按年底计（${RULES.JUDGE_EVENT_DEADLINE.code}）` : undefined;
}

/** The words added to a reason judged against a customary deadline: "（完成时限：春节前按当年除夕计…）". */
function noteSuffix(note: string): string {
  return `（完成时限：${note}）`;
}

/** A judgement whose deadline is a customary time says which date was taken, in its reason (研判说明). */
function withDeadlineNote(j: Judgement, note: string | undefined): Judgement {
  return note ? { ...j, reason: `${j.reason}${noteSuffix(note)}` } : j;
}

/**
 * A plan the report restates with its figures ("年初计划救助768人、发放救助金1520.2万元，实际救助774人"): what was
 * planned is not a word on what was done, so a metric named only there is not mentioned (未反映该指标), not 无法研判.
 * The plan runs from 计划 to the end of its clause; "按计划推进" (no figure) is left as written.
 */
const PLAN_RESTATED = /(?:年初|年度|全年|原)?计划(?:任务)?(?:为|是)?[^，,。；;]*?\d[^，,。；;]*/g;

/** Whether the reader set aside a figure naming the target's metric as a forecast (预计, 预测 …): its result is not told. */
function forecastOf(t: Target, text: string): boolean {
  return !!t.metric && (parseActuals(text).skipped ?? []).some((f) => f.why === NOT_ACTUAL_WHY.forecast && metricMentioned(t, f.phrase));
}

/** A figure the reader skipped as a plan, a forecast or the target restated, whose words name the target's metric. */
function notResultOf(t: Target, text: string): string | undefined {
  const skipped = parseActuals(text).skipped;
  if (!skipped?.length) return undefined;
  // Only the reader's own forecast and restated-target reasons: a size class's reason also says "不是目标" (of a target text).
  const hit = skipped.find((f) => (f.why === NOT_ACTUAL_WHY.forecast || f.why === NOT_ACTUAL_WHY.restated) && t.metric && metricMentioned(t, f.phrase));
  return hit?.phrase;
}

function withoutPlans(text: string): string {
  return /计划/.test(text) ? foldText(text).replace(PLAN_RESTATED, (m) => (/^(?:年初|年度|全年|原)?计划(?:任务)?(?:为|是)?(?:完成|实施|新建|建设|救助|发放|投资|开工|安排|新增)?[^，,。；;]*?\d/.test(m) && !/(?:已|实际|累计)/.test(m) ? "" : m)) : text;
}

/**
 * A year written before a figure is not a period of its own (the corpus convention, docs/metrics.md): "2024年完成造林1.2万亩"
 * in a 2024 report is this year's figure so far, as if no period were written. A figure headed by another year
 * ("2023年完成造林1.6万亩", "2023年底…") is that year's, not an actual of this year's target: it is left out, unless a later
 * period word (今年, 上半年, 1-6月, 截至, 目前, 以来 …) comes between the year and the figure.
 */
// Round aw: "恢复到2019年同期的81%" — a year's 同期 is what a figure is compared with, never its head.
const YEAR_HEAD = /(20\d\d)年(?!\d{1,2}(?:月|季)|\d+[-—~至到]|[一二三四五六七八九十]{1,2}(?:月|季)|[-—~至到]|以来|同期)/g;
const LATER_PERIOD = /今年|本年|上半年|下半年|季度|\d{1,2}月|截[至止]|目前(?![期置])|当前|以来|全年/;
/**
 * A date of a year written before a figure ("2023年1-8月累计…", "截至2023年8月底…", "2023年一季度…"): the period of that
 * year; group 2 is the date's own period, so a later period word after it can be told from it.
 */
const DATED_YEAR = /(20\d\d)年((?:\d{1,2}[-—~至到])?\d{1,2}月(?:份|底|末|\d{1,2}日)?|[一二三四五六七八九十]{1,2}月(?:份|底|末)?|第?[一二三四1-4]季度末?)/g;

function ofTheYear(actuals: Actual[], text: string, year: number, asOfYear: number): Actual[] {
  // Round as: a review written early in the next year calls the task's own year 去年 ("去年全市新建幼儿园12所" read in
  // February 2021 for a 2020 task): then only 前年 is another year.
  const head = asOfYear === year + 1 ? YEAR_BEFORE_LAST_HEAD : LAST_YEAR_HEAD;
  const lastYear = LAST_YEAR_WORD.test(text ?? "") ? lastYearsOwn(actuals, text, head) : actuals;
  return /20\d\d年/.test(text ?? "") ? ofTheYearWritten(lastYear, text, year, asOfYear) : lastYear;
}

/** 去年, 上年, 前年 heading a figure ("去年全区地区生产总值增长6.5%"): not a comparison (比去年, 较上年, 去年同期) nor a baseline (上年末). */
const LAST_YEAR_WORD = /去年|上年|上一年|前年/;
// Session 14: "截至上年末…" (a stock at the end of last year) heads a figure too; "较上年末" stays a comparison.
// Hunt 20: so does a year's end opening its clause ("上年末各项贷款余额2560亿元"): a balance at last year's end, no comparison.
const LAST_YEAR_HEAD = /(?:去年|上年|上一年|前年)(?!同期|同比|末|底|年末|年底)|(?:截[至止]|到|^|[，,；;：:])(?:去年|上年|上一年|前年)(?:末|底|年末|年底)/g;
/** The same heads of the year before last only: another year when 去年 is the task's own. */
const YEAR_BEFORE_LAST_HEAD = /前年(?!同期|同比|末|底|年末|年底)|(?:截[至止]|到)前年(?:末|底|年末|年底)/g;

/**
 * A figure headed by 去年 or 上年 is last year's, as one headed by another year is: it answers no target of this year,
 * unless a later period word comes between (…，今年1-6月增长6.1%).
 */
function lastYearsOwn(actuals: Actual[], text: string, head: RegExp): Actual[] {
  const s = prepareText(text ?? "");
  return actuals.filter((a) => {
    const at = s.indexOf(a.phrase);
    if (at < 0) return true;
    const before = s.slice(s.lastIndexOf("。", at) + 1, at + a.phrase.length);
    let last: RegExpExecArray | null = null;
    head.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = head.exec(before)); ) last = m;
    if (!last) return true;
    if (/(?:较|比|与|同|超|于|高于|低于)$/.test(before.slice(Math.max(0, last.index - 2), last.index))) return true;
    // "去年全年…", "上年度…": the year's own whole, not a later period.
    return LATER_PERIOD.test(before.slice(last.index + last[0].length).replace(/^(?:全年|度|年度)/, ""));
  });
}

/**
 * Round ad: "地区生产总值189亿元，是2011年的1.74倍；固定资产投资207亿元" — a year the figure is a multiple or a share of
 * (是/为/相当于…年的N倍, 的N%) is the base of a comparison, not a head of the figures after it.
 */
const MULTIPLE_OF_YEAR = /^的(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)(?:倍|%)/;

/** A year compared with (较2023年, 比2023年8月底, 与…同): the word right before it. */
function comparedAt(s: string, at: number): boolean {
  return /(?:较|比|与|同)$/.test(s.slice(Math.max(0, at - 1), at));
}

function ofTheYearWritten(actuals: Actual[], text: string, year: number, asOfYear = year): Actual[] {
  const s = prepareText(text ?? "");
  return actuals.filter((a) => {
    const at = s.indexOf(a.phrase);
    if (at < 0) return true;
    const end = at + a.phrase.length;
    const before = s.slice(s.lastIndexOf("。", at) + 1, end);
    let last: RegExpExecArray | null = null;
    YEAR_HEAD.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = YEAR_HEAD.exec(before)); ) if (!MULTIPLE_OF_YEAR.test(before.slice(m.index + m[0].length)) && !startOfChange(before, m.index)) last = m;
    // Session 18: a date of another year heads the figure ("2023年1-8月累计新增…" read in 2024) unless a later period
    // word comes after the date (…，今年1-6月…) or it is compared with (较2023年8月).
    let dated: RegExpExecArray | null = null;
    DATED_YEAR.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = DATED_YEAR.exec(before)); ) dated = m;
    if (dated && (!last || dated.index > last.index) && Number(dated[1]) !== year && !comparedAt(before, dated.index) && !LATER_PERIOD.test(before.slice(dated.index + dated[0].length))) return false;
    if (!last || Number(last[1]) === year) return true;
    // Round bb: a level at the end of the year read ("截至2023年底，人均体育场地面积2.89平方米" read on 31 December 2023) for a
    // target due in a later year ("到2025年…达到2.6平方米") is where it stands now. A count of that year is still that year's.
    if (levelStandingNow(a, Number(last[1]), year, asOfYear)) return true;
    // "2023年…" before "比上年增长" is still that year's; a comparison such as 较2023年 is read by the parser, not here.
    if (comparedAt(before, last.index)) return true;
    // "2023年全年…", "2023年度…": the year's own whole, not a later period.
    return LATER_PERIOD.test(before.slice(last.index + last[0].length).replace(/^(?:全年|度|年度|底|末)/, ""));
  });
}

/**
 * Hunt 20: a count of things done out of its own total ("老旧小区改造12个已全部完工") is read by the same year rule as a
 * figure: headed by another year ("2023年老旧小区改造12个已全部完工", read in 2024), it is that year's.
 */
function breakdownsOfTheYear(parts: readonly Breakdown[], text: string, taskText: string, year: number, asOfYear: number): readonly Breakdown[] {
  if (!parts.length) return parts;
  // A task that names its one year ("2022年续建、新建的38个…项目全部开复工") is that year's, whenever it is read.
  const named = [...new Set((taskText.match(/20\d\d(?=年)/g) ?? []).map(Number))];
  const own = named.length === 1 ? named[0] : year;
  const kept = new Set(ofTheYear(parts.map((b) => ({ phrase: b.words }) as Actual), text, own, asOfYear).map((a) => a.phrase));
  return parts.filter((b) => kept.has(b.words));
}

/** Names that say only what kind of thing is counted, not which: two targets of such a name cannot be told apart. */
const GENERIC_NAME = /^(?:重点|建设|新建|在建)?(?:项目|工程)$/;

/** A figure and the same period's figure a year ago, in one unit: "重污染天数为9天，去年同期为12天". */
const WITH_LAST_YEAR = /(\d+(?:\.\d+)?)(天|个|次|起|家|人|%|微克\/立方米|吨|万吨)[，,](?:而|比|较)?(?:去年|上年)同期(?:为|是)?(\d+(?:\.\d+)?)\2(?=$|[，。；;,])/g;

/**
 * The change a supervisor works out when a report gives this year's figure and last year's for the same period, and
 * no change of its own: (9 − 12) ÷ 12 = −25% against 重污染天数减少20%; for a percentage, the difference in points.
 */
function withChanges(actuals: readonly Actual[], text: string): Actual[] {
  const s = foldText(text ?? "");
  const out = [...actuals];
  // Each pattern holds a word of its own (同期, 由): a text without it is not scanned (issue 17).
  WITH_LAST_YEAR.lastIndex = 0;
  if (s.includes("同期")) for (let m: RegExpExecArray | null; (m = WITH_LAST_YEAR.exec(s)); ) addChange(out, actuals, s, Number(m[3]), Number(m[1]), m[2], m.index + m[1].length + m[2].length, m[0]);
  // Session 22: "办理时间由平均16.1个工作日缩短到12.4个工作日" for 办理时间缩短20%: the change from the base to the level reached,
  // in its own unit, is the change the task asks for (−23%), as a figure beside last year's is.
  FROM_TO.lastIndex = 0;
  if (s.includes("由")) for (let m: RegExpExecArray | null; (m = FROM_TO.exec(s)); ) addChange(out, actuals, s, Number(m[1]), Number(m[4]), m[2], m.index + m[0].length, m[0]);
  return out;
}

/**
 * Adds to `out` the change from `before` to `now` (in `unit`) of the actual whose phrase ends at `end` with that level,
 * unless the report already gives that metric a rate of change: % in 个百分点, any other unit as a rate.
 */
function addChange(out: Actual[], actuals: readonly Actual[], s: string, before: number, now: number, unit: string, end: number, phrase: string): void {
  const a = actuals.find((x) => x.value === now && x.unit === unit && s.indexOf(x.phrase) >= 0 && s.indexOf(x.phrase) + x.phrase.length === end);
  if (!a || !before || actuals.some((x) => x !== a && x.metric === a.metric && (x.kind === "growth" || x.kind === "pp"))) return;
  const pp = unit === "%";
  const value = Math.round((pp ? now - before : ((now - before) / before) * 100) * 100) / 100;
  const changeUnit = pp ? "个百分点" : "%";
  out.push({ metric: a.metric, kind: pp ? "pp" : "growth", value, unit: changeUnit, base: { value, unit: changeUnit }, period: a.period, phrase });
}

/** A base and the level it changed to, in one unit: "由235个工作日压缩到91个工作日", "由平均16.1个工作日缩短到12.4个工作日". */
const FROM_TO = /由(?:[^，,。；;\d]{0,8}?)(\d+(?:\.\d+)?)(个工作日|工作日|天|小时|分钟|个环节|环节|项|件|个|%)(?:[^，,。；;\d]{0,4}?)(缩短|压缩|压减|精简|减少|下降|降低|降|减|提高|提升|增加|增长|升|增)(?:到|至|为)(\d+(?:\.\d+)?)\2/g;

/**
 * The one share of the whole task a progress text states, if it states exactly one: a ratio that names no metric
 * (当前进度, 完成率, 完成年度目标的…) and opens its sentence, with only period words before it. "宏学南路口袋公园…，完成
 * 进度90%" is the share of one project, not of the task.
 */
export function wholeTaskShare(actuals: readonly Actual[], text: string, taskText?: string): Actual | null {
  const shares = actuals.filter((a) => a.explicitRatio !== undefined && taskWide(a.metric));
  if (shares.length !== 1) return null;
  const a = shares[0];
  const s = prepareText(text);
  const at = s.indexOf(a.phrase);
  if (at < 0) return null;
  const from = Math.max(s.lastIndexOf("。", at), s.lastIndexOf("；", at)) + 1;
  const before = s.slice(from, at);
  const rest = before.replace(TIME_WORDS, "");
  if (!rest) return a;
  // "截至上半年骨干治理工程累计完成投资约3亿元，总体进度达80%" for 骨干治理工程年内完工 (a task with no figure): the share
  // stands alone in its clause, and the clauses before it speak of the task's own works (a name of it, not only 工程).
  // "骨干治理工程总体进度达80%" the same in one clause; never a share after another figure in its own clause.
  if (taskText === undefined) return null;
  const clause = Math.max(s.lastIndexOf(",", at), s.lastIndexOf("，", at), from - 1);
  if (/\d/.test(s.slice(clause + 1, at))) return null;
  return sharesName(foldText(before).replace(TIME_WORDS, ""), foldText(taskText)) ? a : null;
}

/** Words of time before a share, which name no other subject. */
const TIME_WORDS = /截[至止]|目前|当前|今年以来|年初以来|上半年|前三季度|\d{1,2}(?:-\d{1,2})?月(?:份|底|末)?|\d{1,2}日|20\d\d年|[，,\s]/g;

/**
 * The shares of a task with no target in figures: the whole task's share (wholeTaskShare), or shares of metrics the
 * task text names whole ("区级一般公共预算收入完成全年目标的46.2%" for 确保完成区级一般公共预算收入年度目标). A share of
 * something the task does not name ("电力配套工程已完成工程进度的70%") says nothing of the task.
 */
/** A task whose subject is a list of metrics and whose object is the year's target: "工业总产值和工业利税完成年度目标". */
const NAMED_LIST = /^(?:确保|力争|全面)?([^，。；,;\d]{2,40}?)(?:均|全面|全部)?完成(?:全年|年度|今年)(?:投资)?(?:目标|任务|计划)/;

/** Shares of the metrics a task lists, and the listed metrics no share answers (said silent or unclear). */
interface ListedShares {
  ratios: number[];
  silent: string[];
  unclear: string[];
  /** The share is of a stage's own plan (完成阶段目标任务的100%), not of the year's: 100% keeps to schedule, it finishes nothing. */
  ofStage?: boolean;
}

/** "列入调度的", "纳入统计的" opening the name of the things a bulletin tracks: the task's things, named as tracked. */
const TRACKED_HEAD = new RegExp(`^${TRACKED_SET}的?`);
/**
 * A share of the plan of a stage or a node of the year, not of the year's: 完成阶段目标任务的100%, 节点目标的95%; hunt 13:
 * the plan's own word after it too (前三季度计划投资的103%, 1-9月计划开工的95%).
 */
const STAGE_SHARE = /(?:阶段性?|节点|季度|月度|半年|\d{1,2}月份?|本月|当月)(?:目标|任务|计划)+(?:投资|开工|工作量)?的?\d+(?:\.\d+)?%/;
/**
 * "为一季度计划的158.78%" for 亿元以上项目完成一季度计划投资: the stage whose plan the share is of is the stage the task itself
 * asks for (its deadline is that stage's end), so the share is the task's own, not a stage's share of a year's task.
 */
function ownStagePlan(said: string, task: string): boolean {
  const m = STAGE_SHARE.exec(said);
  if (!m) return false;
  const words = /^(?:[一二三四1-4]季度|[上下]半年|\d{1,2}月份?)/;
  const stage = words.exec(said.slice(Math.max(0, m.index - 1), m.index + 5)) ?? words.exec(said.slice(m.index, m.index + 5));
  return !!stage && task.includes(stage[0].replace(/份$/, "")) && !STAGE_SHARE.test(said.slice(m.index + m[0].length).split(stage[0]).join(""));
}
/** A share said to be of the schedule to date: "完成率100%（按序时）", "按序时进度完成100%", "序时完成率100%". */
const SCHEDULE_SHARE = new RegExp([
  /\d+(?:\.\d+)?%[（(]?(?:按|以|对照|占)?(?:序时|时序|时间进度|均衡进度)/.source,
  /(?:按|对照)(?:序时|时序|时间)进度?(?:已经?)?完成(?:率)?(?:了)?\d+(?:\.\d+)?%/.source,
  /(?:序时|时序)(?:进度)?完成率(?:为|达到?)?\d/.source,
  // Hunt 5: "完成序时进度的100%", and a rate beside "达到序时要求/进度" (完成率100%，达到序时要求; 达到序时进度，完成率100%).
  /完成(?:了)?(?:序时|时序|时间)进度(?:目标|任务)?的?\d/.source,
  /\d+(?:\.\d+)?%[，,；;]?(?:已经?|均|基本)?(?:达到|符合|满足|实现|达)(?:了)?(?:序时|时序|时间)(?:进度)?(?:要求|目标)?(?![^，,；;。]*超)/.source,
  // "完成率100%（按季度计划）": a share of a quarter's, a month's or a stage's plan.
  /\d+(?:\.\d+)?%[（(](?:按|以|对照|占)(?:本|当)?(?:[一二三四1-4]?季度|月度|本月|当月|阶段性?|节点|上半年|半年)(?:目标|任务|计划)?/.source,
  /(?:达到|符合|满足)(?:了)?(?:序时|时序|时间)(?:进度)?(?:要求|目标)?[，,；;]?[^，,；;。\d]{0,8}完成率(?:为|达到?)?\d/.source,
].join("|"));
const YEAR_SHARE = /(?:全年|年度|今年)(?:目标|任务|计划)+的?\d/;
/** A share of a plan that says nothing of which plan: "完成计划的105%" (not 年度计划, 全年目标, 任务 …). */
const PLAN_SHARE = /(全年|年度|今年|本年|年|序时|阶段|季度|月|月份|半年|节点)?计划的?\d/;
function unnamedPlanShare(phrase: string): boolean {
  const m = PLAN_SHARE.exec(foldText(phrase));
  return !!m && m[1] === undefined;
}

function listedShares(actuals: readonly Actual[], text: string, task: string): ListedShares | null {
  const m = NAMED_LIST.exec(task);
  if (!m) return null;
  const names = splitAtJoiners(m[1]).map((n) => n.trim()).filter((n) => n.length >= 2);
  if (names.length < 2) return null;
  const shares = actuals.filter((a) => a.explicitRatio !== undefined).map((a) => ({
    a, name: foldText(a.metric || a.phrase.replace(/(?:完成|实现|达到|占)(?:了)?(?:全年|年度|今年)?.*$/, "")).replace(/^(?:上半年|前三季度|今年以来|\d{1,2}(?:-\d{1,2})?月份?|截至[^，]*?底)+/, ""),
  }));
  const out: ListedShares = { ratios: [], silent: [], unclear: [] };
  for (const n of names) {
    const hit = shares.find((x) => x.name.length >= 2 && (x.name.includes(n) || n.includes(x.name)));
    if (hit) out.ratios.push(hit.a.explicitRatio as number);
    else (metricMentioned(n, text) ? out.unclear : out.silent).push(n);
  }
  return out.ratios.length ? out : null;
}

/** Rates of matters or tasks closed: a target of one is a share of the things listed, met or not at a date. */
const CLOSING_RATE = /(?:办结|完成|办理|落实|销号|办成)率$/;

/**
 * The report of a target that is itself a rate of closing ("确定事项办结率达到90%以上"): the text's one rate of that
 * family standing without a name of its own (完成率93.3%, 办结率88%). A rate named for something else (投资完成率) or
 * two such rates (which one is the task's cannot be told) answer nothing.
 */
function closingRate(target: Target, actuals: readonly Actual[]): Actual | null {
  if (target.unit !== "%" || !CLOSING_RATE.test(target.metric)) return null;
  const rates = actuals.filter((a) => a.explicitRatio !== undefined && a.unit === "%" && CLOSING_RATE.test(a.metric) && taskWide(a.metric.replace(/(?:办结|办理|落实|销号|办成)率$/, "完成率")));
  if (rates.length !== 1) return null;
  // The rate is the metric's own value here, compared with the target's rate, not a share of the target.
  return { ...rates[0], kind: "level", explicitRatio: undefined };
}

/** A task's text without the years it names ("2020年县政府确定的…任务全部完成"): a year is no figure of the task. */
function withoutYears(task: string): string {
  return task.replace(/(?:19|20)\d{2}年(?:度)?/g, "");
}

/** `breakdowns` are readBreakdowns(text), read once by the caller. */
/**
 * The share of the works done ("…已完成工程量的78%", "…形象进度60%") of the one thing a task with no figure builds, named
 * in full on both sides: the task's words without its verb and time are the subject's, or hold it. Not a list of parts
 * ("路基、桥梁依次完成工程量的87%、82%"), a part of the works (主体, 土建, 基础) nor a plan; null unless exactly one.
 */
function worksShare(actuals: readonly Actual[], task: string): number | null {
  const core = task.replace(/(?:年内|年底前?|今年|本年)?(?:全面|全部)?(?:建成|完工|竣工|完成|投用|投入使用)(?:并?(?:投用|投入使用|交付使用))?/g, "");
  const own = actuals.filter((a) => {
    if (a.explicitRatio === undefined) return false;
    // Round u, second pass: "…综合进度达到62.66%", "…总体进度为85%" too — not a preparatory stage's (前期工作综合进度).
    const m = /^(.+?)(?:已经?)?(?:累计)?(?:完成)?(?:总)?(?:工程量的?|形象进度(?:为|达)?|(?:综合|总体|整体)(?:工程|建设)?进度(?:为|达到?)?)$/.exec(foldText(a.metric));
    if (!m || /依次|分别|主体|土建|基础|计划|预计|目标|前期|设计|招标|征地|拆迁|征收|手续/.test(m[1])) return false;
    const subject = m[1];
    // A list in the subject is the task's whole list only when the task's words hold it with as many members: "A、B和C已完成
    // 工程量的90%" for A、B和C年内完工; "B和C…" (a part of the list) or "A和D…" (another thing beside) is no share of the task.
    if (listsThings(subject)) return core.includes(subject) && members(subject) === members(core);
    return subject.length >= 3 && core.length >= 3 && (core.includes(subject) || subject.includes(core));
  });
  return own.length === 1 ? (own[0].explicitRatio as number) : null;
}

/** How many things a list names: "A、B和C" is 3. */
const members = (words: string) => splitAtJoiners(words).length;

function taskShares(actuals: readonly Actual[], text: string, taskText: string, breakdowns: readonly Breakdown[]): ListedShares {
  const only = (ratios: number[]): ListedShares => ({ ratios, silent: [], unclear: [] });
  const whole = wholeTaskShare(actuals, text, taskText);
  if (whole) return only([whole.explicitRatio as number]);
  const task = foldText(taskText);
  // "上半年工业总产值完成全年目标的50%，工业利税完成全年目标的50%" for 工业总产值、工业利税和规上工业增加值完成年度目标.
  const listed3 = listedShares(actuals, text, task);
  if (listed3) return listed3;
  // "投资进度52.5%" for 完成年度投资计划: the investment's own rate. Round ag: not for a task to start things whose name only
  // holds 投资 ("重点投资项目年内全部开工"): a share of the money spent says nothing of how many started.
  if (/投资/.test(task) && !/开(?:复)?工(?:建设)?$/.test(task)) {
    const inv = actuals.filter((a) => a.explicitRatio !== undefined && /投资(?:进度|完成率)$|^完成(?:年度|全年)(?:总)?投资(?:计划)?的?$/.test(a.metric));
    if (inv.length === 1) return only([inv[0].explicitRatio as number]);
    // "1580个省重点项目完成投资7387亿元，完成年度计划的114%" for 1580个省重点项目完成年度投资计划: the share of the plan
    // stated for the investment of the things the task names (or of no named things).
    const subject = (a: Actual) => foldText(a.metric).replace(/(?:累计|实际)?(?:完成)?投资$/, "").replace(TRACKED_HEAD, "");
    const invested = actuals.filter((a) => a.explicitRatio !== undefined && a.unit !== "%" && /投资$/.test(a.metric));
    const amounts = invested.filter((a) => !subject(a) || task.includes(subject(a)) || looseNamed(task, subject(a)));
    if (amounts.length === 1) return only([amounts[0].explicitRatio as number]);
    // "“幸福宜宾”十大工程项目完成投资…占年度预计投资的90.54%" for “幸福宜宾”十大工程完成年度预计投资: named in other words.
    const named = amounts.length ? [] : invested.filter((a) => sharesName(subject(a), task) && !otherProjectList(task, subject(a)));
    if (named.length === 1) return only([named[0].explicitRatio as number]);
    // Hunt 12: "续建项目102个，1—8月累计完成投资260.16亿元，占年计划的83.55%；预备新开工项目47个，…占年计划的30.18%" for
    // 续建项目完成年度投资计划: amounts named only 投资 take the subject that opens their own sentence part (to 。 or ；).
    if (amounts.length > 1) {
      const headed = amounts.filter((a) => sharesName(sentenceHead(text, a.phrase), task));
      if (headed.length === 1) return only([headed[0].explicitRatio as number]);
    }
    // "完成投资0.23亿元，比年度计划高45.3个百分点" (145.3%), "完成投资0.4亿元，与年度计划持平" (100%): an amount's
    // completion written against the plan. (After a rate, "比目标低0.9个百分点" is a gap in rates, not a share.)
    const vsPlan = /完成投资\d+(?:\.\d+)?[万亿]?元[，,](?:比|较)(?:年度|全年)?(?:投资)?计划(?:投资)?(高|多|超|快|低|少|慢)(\d+(?:\.\d+)?)个百分点/.exec(foldText(text));
    if (vsPlan) return only([1 + (/[低少慢]/.test(vsPlan[1]) ? -1 : 1) * (Number(vsPlan[2]) / 100)]);
    if (/完成投资\d+(?:\.\d+)?[万亿]?元[，,]与(?:年度|全年)?(?:投资)?计划持平/.test(foldText(text))) return only([1]);
  }
  // "参与率100%" for 实现全覆盖: full coverage is a rate of 100%.
  // The rate must be of the thing the task covers (a 培训参与率 says nothing of 养老服务全覆盖).
  if (/全覆盖/.test(task) && actuals.some((a) => a.unit === "%" && a.value === 100 && /率$/.test(a.metric) && (/^(?:覆盖|参与|参保|签约)?率$/.test(a.metric) || sharesName(foldText(a.metric).replace(/(?:覆盖|参与|参保|签约)?率$/, ""), task)))) return only([1]);
  const stage = taskStage(task);
  // "黄花园体育公园已完成工程量的78%" for 建成黄花园体育公园: the share of the works of the one thing the task builds.
  const works = stage === "finish" && !/\d/.test(withoutYears(task)) ? worksShare(actuals, task) : null;
  if (works !== null) return only([works]);
  // "48项具体工作中2项已完成" for 48项具体工作全部完成: the part of the task's own total at the stage it asks for.
  // (Items on schedule are not items done: a task to keep to schedule gets no share from them.)
  const atStage = stage === "schedule" ? [] : breakdowns.filter((b) => b.total && b.stage === stage && b.part <= b.total);
  const parts = atStage.filter((b) => listed(task, b.total as number));
  if (parts.length) return only(parts.map((b) => b.part / (b.total as number)));
  // "20个老旧小区改造项目已完工15个" for 老旧小区改造项目年内全部完工, "计划新开工9个，已开工5个" for 计划新开工项目年内全部
  // 开工: a task with no figure of its own asks for all of the things the report counts, when the report names the same
  // things, at the stage the task asks for (a start never answers a finish). Read as 15 of 20, judged against 序时进度.
  if (stage && stage !== "schedule" && !/\d/.test(withoutYears(task))) {
    const same = atStage.filter((b) => sharesName(b.words.replace(/[\d.]+|(?:改造|建设|新建|续建|提升)?(?:项目|工程|任务)|已经?/g, "，"), task));
    if (same.length) return only(same.map((b) => b.part / (b.total as number)));
  }
  // "年度计划投资94亿元，完成投资56.7亿元", "全年目标150亿元，1-6月完成60亿元": the plan and what was done, both written,
  // in one unit: the share is the one to judge a task for the year's plan or target with (56.7 ÷ 94 against 序时进度).
  const planned = planThenDone(text);
  if (planned !== null && (YEAR_PLAN_TASK.test(task) || /投资/.test(task))) return only([planned]);
  // "完工率71.8%" for 年内全部完工, "完成率96.75%" for 完成…1018项: a rate named by the stage the task asks for.
  const staged = actuals.filter((a) => a.explicitRatio !== undefined && /率$/.test(a.metric) && a.metric.length <= 4 && stage && stageOf(a.metric) === stage);
  if (staged.length === 1) return only([staged[0].explicitRatio as number]);
  // "同仁市…一体化项目年度任务完成率近90%" for 同仁市…一体化项目完成年度建设任务: the task's own completion rate, its subject named in the task.
  const own = actuals.filter((a) => a.explicitRatio !== undefined && /(?:任务|计划)完成率|完成率/.test(a.metric) && sharesName(foldText(a.metric).replace(/(?:年度|全年)?(?:任务|计划)?完成率.*$/, "").replace(/^[\d.]+[^\u4e00-\u9fa5]*/, ""), task));
  if (own.length === 1) return only([own[0].explicitRatio as number]);
  return only(actuals
    .filter((a) => {
      const name = foldText(a.metric).replace(/(?:累计|实际)?(?:完成)?$/, "");
      return a.explicitRatio !== undefined && name.length >= 2 && !taskWide(a.metric) && (task.includes(name) || looseNamed(task, name));
    })
    .map((a) => a.explicitRatio as number));
}

/**
 * Round ag: a name of projects or of an act as bulletins vary it: 类 before 项目 ("技改类项目" is 技改项目), 已 inside it
 * ("专项资金已拨付" is 专项资金拨付), and 重点/重大 inside a name that names its class without them ("续建重点项目" is the
 * bulletin's 续建项目). A name that is only 重点项目 keeps its words: the key projects as a whole are not one class of them.
 */
function looseName(name: string): string {
  const x = name.replace(/类(?=项目|工程)/g, "").replace(/已经?/g, "");
  // The level's list (省重点, 市级重大) goes with 重点 once the class is named ("基础设施类省重点项目" is the bulletin's
  // 基础设施类项目); looseNamed keeps another level's list apart.
  const bare = x.replace(/(?:[省市县区]级?)?(?:重点|重大)/g, "").replace(/类(?=项目|工程)/g, "");
  return bare.replace(/项目|工程|建设/g, "").length >= 2 ? bare : x;
}

/** Whether a task names a figure's things in the loose way (looseName), never across two levels' lists of key projects. */
function looseNamed(task: string, name: string): boolean {
  return looseName(task).includes(looseName(name)) && !otherProjectList(task, name);
}

/** The words of a figure's sentence part (from the last 。 or ；) before it, with its figures and times taken out. */
function sentenceHead(text: string, phrase: string): string {
  const s = prepareText(text ?? "");
  const at = s.indexOf(phrase);
  if (at < 0) return "";
  const from = Math.max(s.lastIndexOf("。", at), s.lastIndexOf("；", at), s.lastIndexOf(";", at)) + 1;
  return s.slice(from, at).replace(/\d+(?:\.\d+)?[个项家亿万元%]*|[，,]/g, "|");
}

/** A task for the year's plan or target as a whole: 完成年度投资计划, 确保完成年度目标任务, 完成固定资产投资年度目标. */
const YEAR_PLAN_TASK = /(?:年度|全年|今年|当年)(?:投资)?(?:目标|计划|任务)/;

/**
 * The plan and the amount done, written one after the other: "年度计划投资94亿元，完成投资56.7亿元", "全年目标150亿元，1-6月
 * 完成60亿元", "年度任务目标12亿元，累计完成投资12.26亿元". The unit and its magnitude must be written the same (an amount
 * in 万元 against a plan in 亿元 is left alone); a forecast (预计完成) is not what was done. Null when not written so.
 */
const PLAN_THEN_DONE = /(?:年度|全年|今年|本年|年)?(?:投资)?(?:计划|目标|任务)(?:目标|任务)?(?:总)?(?:完成)?(?:投资)?(?:额)?(?:为|是|达)?(\d+(?:\.\d+)?)((?:万|亿)?(?:元|吨|亩|平方米|公里))[，,]((?:截[至止]目前|目前|今年以来|上半年|前三季度|\d{1,2}-\d{1,2}月份?|截[至止]\d{1,2}月(?:底|末))?[，,]?)(?:全年|年内)?(?:累计|实际|已经?|共)*(?:完成|实现)(?:投资)?(?:额)?(\d+(?:\.\d+)?)\2(?![\d/])/;

const PLAN_THEN_DONE_ALL = new RegExp(PLAN_THEN_DONE.source, "g");
const PLAN_NAMED = /计划|目标|任务/;

function planThenDone(text: string): number | null {
  const s = foldText(text ?? "");
  // Several plans in one report (the whole and a part): the lowest share decides, never the most favourable.
  let low: number | null = null;
  // Every match names a plan, target or task: without one of them, the long pattern is not tried at each position.
  if (!PLAN_NAMED.test(s)) return low;
  const re = PLAN_THEN_DONE_ALL;
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(s)); ) {
    const plan = Number(m[1]);
    const done = Number(m[4]);
    if (plan > 0 && Number.isFinite(done)) low = Math.min(low ?? Infinity, Math.round((done / plan) * 10000) / 10000);
  }
  return low;
}

/** "1-3月份完成…": a task for the first months of the year is due at the end of its last month. */
function periodEnd(text: string, year: number): IsoDate | null {
  const m = /^(?:\d{4}年)?1\s*[-—至到~]\s*(\d{1,2})月份?/.exec(foldText(text).trim());
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) return null;
  const month = Number(m[1]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoFromParts(year, month, last) as IsoDate;
}

/**
 * "“十一五”期间…年均增长12%", "到“十三五”末…": a target over a five-year plan falls due at the plan's last year's end, even
 * a plan over before the catalogue's year (the deadline reader leaves that one to this fallback: a year's review of it).
 */
function planPeriodEnd(text: string): IsoDate | null {
  const plan = fiveYearPlan(text);
  return plan ? (isoFromParts(plan.lastYear, 12, 31) as IsoDate) : null;
}

/** Whether a task text lists a total ("48项", "1739个子项"): the figure stands in it, not inside a longer number. */
function listed(task: string, total: number): boolean {
  return new RegExp(`(?:^|[^\\d.])${String(total).replace(".", "\\.")}(?:个|项|所|处|家|件|条|座|套|户|台|批|宗|栋)`).test(task);
}

/** Verbs that report one thing built or rebuilt, in a report ("改建县中心敬老院", "已建成村史馆"); bare 新建 is left out (a plan's word too). */
const ONE_DONE = /(?:已经?|全面|顺利)?(?:建成|改建|改扩建|扩建|建设完成|完成(?:了)?(?:改建|改造|建设))(?:了)?/;
/** Words in the same clause that say it is not done: under way, planned, started. */
const NOT_YET = /正在|推进|在建|开工|动工|启动|主体|前期|基础|计划|拟|将|预计|力争|争取|未|尚|暂|去年|上年|前年/;

/**
 * A count of one thing ("新建1所中心敬老院") answered by the report that it was built or rebuilt, named without a
 * number ("改建县中心敬老院，护理型床位159张"): that one thing is done. The clause must name the thing by the end of
 * the target's name (its head: 敬老院), right after the verb, and say nothing of work under way or planned.
 */
function singleThingDone(target: Target, text: string): Actual | null {
  if (target.kind !== "count" || target.value !== 1 || unitClass(target.unit) !== "classifier") return null;
  const name = foldText(target.metric);
  if (name.length < 3) return null;
  const head = name.slice(-3);
  for (const clause of foldText(text).split(/[，,。；;]/)) {
    const at = clause.indexOf(head);
    if (at < 0 || /\d/.test(clause) || NOT_YET.test(clause)) continue;
    const verb = ONE_DONE.exec(clause.slice(0, at));
    if (!verb || at - (verb.index + verb[0].length) > 8) continue;
    return { metric: target.metric, kind: "count", value: 1, unit: target.unit, base: { ...target.base }, period: null, phrase: clause };
  }
  return null;
}

/** For a count of things to keep on schedule ("30个项目全部按序时推进"), the text's count of them that do. */
function schedulePart(target: Target, parts: readonly Breakdown[]): Breakdown | null {
  if (target.kind !== "count" || taskStage(`${target.metric}${target.phrase}`) !== "schedule") return null;
  return parts.find((p) => p.stage === "schedule" && p.total === target.value && p.part <= target.value) ?? null;
}

/** The part of a count target's own total, at the stage the target asks for, as the target's actual. */
function partOf(target: Target, parts: readonly Breakdown[]): Actual | null {
  if (target.kind !== "count") return null;
  const stage = taskStage(`${target.metric}${target.phrase}`);
  const b = parts.find((p) => p.total === target.value && p.stage === stage && p.part <= target.value);
  if (!b) return null;
  const scale = target.value ? target.base.value / target.value : 1;
  return { metric: target.metric, kind: "count", value: b.part, unit: target.unit, base: { value: b.part * scale, unit: target.base.unit }, period: null, phrase: b.words };
}

/**
 * "100项民生实事项目中97个达到或超过序时进度" for a task that lists those 100: the ones not on schedule lag, whatever
 * the rest. Null when the text gives no such count or all are on schedule.
 */
function scheduleLag(parts: readonly Breakdown[], taskText: string, targets: readonly Target[]): string | null {
  // Most reports state no part of a whole: then there is nothing to look for.
  if (!parts.length) return null;
  const task = foldText(taskText);
  const b = parts.find((p) => p.stage === "schedule" && p.total && p.part < p.total && (listed(task, p.total) || targets.some((t) => t.value === p.total)));
  return b ? b.words : null;
}

/** "70个工作日以内", "35微克/立方米以下": the words right after the figure make it a ceiling. */
function ceilingWritten(actual: Actual): boolean {
  const phrase = actual.phrase ?? "";
  const at = phrase.indexOf(String(actual.value));
  return at >= 0 && /^[^\d，,。；;、]{0,8}?(?:以内|以下|之内)/.test(phrase.slice(at).replace(/^[\d.,]+/, ""));
}

function verdictOf(status: MetricStatus, rag: Rag, source: VerdictSource, worst: Judgement | null, deadline: IsoDate, reason: string, code?: string): Verdict {
  const v: Verdict = {
    status, label: STATUS_LABELS[status], rag, ragLabel: RAG_LABELS[rag], source, sourceLabel: SOURCE_LABELS[source], worst, dueSoon: rag === "blue",
    deadline, reason,
  };
  if (code) v.code = code;
  return v;
}

/** The text's own figure for a target, in the target's unit (as a typed 完成值 is read), or null. */
function proseInTargetUnit(t: Target, actual: Actual | null | undefined): number | null {
  if (!actual) return null;
  const scale = t.value ? t.base.value / t.value : 1;
  return scale && actual.base.unit === t.base.unit ? actual.base.value / scale : actual.value;
}

/**
 * The task's verdict, in this order: figures that lag (指标) win over everything, since a unit's 已完成 or 序时推进
 * cannot make a lagging figure green; then the 完成状态 typed (填报状态); a passed deadline (时限); every target met
 * (指标); wording that says the whole task is done (文字); figures on schedule (指标); and last what cannot be told.
 */
function taskVerdict(
  judgements: Judgement[], progress: ProgressInput | null, asOf: IsoDate, deadline: IsoDate, thresholds: Partial<Thresholds> | undefined,
  whole: ListedShares & { expected: number; taskText: string; schedule: string | null; year: number; named: { status: MetricStatus; reason: string; code?: string } | null },
): Verdict {
  const worst = worstJudgement(judgements);
  const evidence = judgements.filter((j) => j.actual && j.status !== "unknown");
  const missing = judgements.filter((j) => !(j.actual && j.status !== "unknown"));
  const passed = deadline < asOf;
  const dueDays = daysBetween(asOf, deadline);
  const dueSoon = !passed && dueDays <= (thresholds?.dueSoonDays ?? 15);
  const lagging = evidence.filter((j) => j.status === "behind" || j.status === "overdue");
  const named = (js: Judgement[]) => js.map((j) => `「${j.target.metric || "目标"}」`).join("、");

  if (!progress) {
    if (passed) return verdictOf("overdue", "red", "deadline", worst, deadline, `已逾期：已过完成时限 ${deadline}，未报送进展`);
    return verdictOf("no-data", dueSoon ? "blue" : "yellow", "none", worst, deadline, "未报送：单位未报送进展");
  }
  const kind: StatusKind | null = progress.status ? statusKind(progress.status) : null;
  const typed = progress.status ? `填报状态「${progress.status}」` : "";

  if (lagging.length) {
    const w = worstJudgement(lagging) as Judgement;
    const status: MetricStatus = passed ? "overdue" : w.status;
    const note = kind === "done" ? `（${typed}，但指标未达到）` : "";
    const others = lagging.length > 1 ? `；另有${named(lagging.filter((j) => j !== w))}未达序时或目标` : "";
    const late = passed && w.status !== "overdue" ? `，已过完成时限 ${deadline}` : "";
    return verdictOf(status, status === "overdue" ? "red" : w.rag, "metrics", w, deadline, `${STATUS_LABELS[status]}：${w.detail ?? w.reason}${late}${others}${note}`);
  }
  // Some of the task's own items are below 序时进度 by the text's own count: the task lags.
  if (whole.schedule && kind !== "done")
    return verdictOf(passed ? "overdue" : "behind", passed ? "red" : dueSoon ? "blue" : "yellow", "text", worst, deadline, `${passed ? "已逾期" : "进展滞后"}：进展写明「${whole.schedule}」，其余未达序时进度`);
  // A typed 已完成 / 序时推进 the text contradicts is not taken; one over a target no figure answers is not taken alone.
  const typedNo = kind === "done" || kind === "onTrack" ? typedContradicted(progress.text ?? "", typed, whole.expected, kind, whole.taskText) : null;
  // A typed 序时推进 or 已完成 with the text's own share of the year's task under 序时进度: the share decides (round 2).
  const shareLag = kind === "done" || kind === "onTrack" ? typedShareLags(whole.ofStage ? [] : whole.ratios, whole.expected, thresholds?.yellow ?? DEFAULT_THRESHOLDS.yellow) : null;
  if (shareLag) return verdictOf(passed ? "overdue" : "behind", passed ? "red" : dueSoon ? "blue" : "yellow", "metrics", worst, deadline, `${passed ? "已逾期" : "进展滞后"}：${typed}，但进展写明${shareLag}（序时进度${formatPercent(whole.expected)}）`, "TYPED_CONTRADICTED");
  if (typedNo) return verdictOf(passed && typedNo.status === "behind" ? "overdue" : typedNo.status, typedNo.status === "behind" ? (passed ? "red" : dueSoon ? "blue" : "yellow") : "yellow", "text", worst, deadline, typedNo.reason, "TYPED_CONTRADICTED");
  const typedAlone = (kind === "done" || kind === "onTrack") && missing.length > 0;
  // A typed 已完成 over figures that are only on schedule is not taken either: the figures say how far the work is.
  if (kind === "done" && !typedAlone && evidence.every((j) => j.status === "done")) return verdictOf("done", "green", "reported", worst, deadline, `已完成：${typed}${evidence.length ? "，已报指标均达到目标" : ""}`);
  const doubt = doubtOfTask(foldText(progress.text ?? ""), whole.taskText);
  if (doubt) return verdictOf(passed ? "overdue" : "behind", passed ? "red" : dueSoon ? "blue" : "yellow", "text", worst, deadline, `${passed ? "已逾期" : "进展滞后"}：进展写明「${doubt[0]}」`);
  // A bulletin's list of items done or not done on time that names this task's item (./listedItems.ts namedInList);
  // a typed 序时推进 or lag is not overruled by a list of items done.
  // Round aq (./eventTasks.ts): a task with no figure answered in its field's words may be on schedule, or untold at the
  // deadline; a typed status is not overruled by them.
  if (whole.named && !judgements.length && !kind && (whole.named.status === "on-track" || whole.named.status === "unknown"))
    return whole.named.status === "on-track"
      ? verdictOf("on-track", "green", "text", worst, deadline, whole.named.reason, whole.named.code)
      : verdictOf("unknown", "yellow", "text", worst, deadline, whole.named.reason, whole.named.code);
  if (whole.named && !judgements.length && (whole.named.status === "done" || whole.named.status === "behind" || whole.named.status === "overdue") && (whole.named.status !== "done" || !(kind === "onTrack" || kind === "lagging" || kind === "notStarted")))
    return whole.named.status === "done"
      ? verdictOf("done", "green", "text", worst, deadline, whole.named.reason, whole.named.code)
      : verdictOf(passed ? "overdue" : "behind", passed ? "red" : dueSoon ? "blue" : "yellow", "text", worst, deadline, passed ? whole.named.reason.replace(/^进展滞后/, "已逾期") : whole.named.reason, whole.named.code);
  // Words that say the whole task is done win over a passed deadline: it was done, if late.
  // Read only where it can decide: here for a task not typed 序时推进 whose figures all meet their targets, else at the
  // end (most verdicts are made before). The words are the same whenever they are read: wholeTaskDone is pure.
  let wording: ReturnType<typeof wholeTaskDone> | undefined;
  const doneWords = () => (wording ??= wholeTaskDone(progress.text, whole.taskText, whole.year));
  if (kind !== "onTrack" && evidence.every((j) => j.met !== false) && doneWords().done)
    return verdictOf("done", "green", "text", worst, deadline, `已完成：进展写明「${doneWords().words}」`);
  // Every target met by a result of the whole period, read after the deadline (a year-end review: "全年新增…22家" read
  // in January for last year's 20, "2018年…", "“十一五”期末…"): done, if read late, as words that say the task is done
  // are (hunt 5, round u). A rate met only by a part of the period ("1-6月增长9.5%") is no result of the year, a deadline
  // inside the year is not a year's end, and a typed lag or a task not started still speaks against it.
  const allMet = judgements.length > 0 && evidence.length === judgements.length && evidence.every((j) => j.status === "done");
  if (passed && allMet && evidence.every(wholePeriodResult) && deadline === yearEnd(deadline) && kind !== "lagging" && kind !== "notStarted")
    return verdictOf("done", "green", "metrics", worst, deadline, `已完成：${named(evidence)}均已达到目标`);
  // Session 24: every target met, but by figures of part of the period only ("7月底…机扫率达到80%以上", "上半年…增长7%"),
  // read after the deadline: what stood at the deadline is not told, and a level or a rate may have moved since, so it is
  // no proof of done; but nor is it a proof the work was missed, which 已逾期 (尚未完成) would claim of a target met.
  const metBeforeEnd = passed && allMet && kind !== "lagging" && kind !== "notStarted" && !evidence.every(wholePeriodResult);
  // Round aj: a target of one month ("7月PM2.5浓度不高于20微克/立方米", deadline 31 July) met by that month's own reading
  // ("7月，…PM2.5浓度15μg/m3"), read after the month: the month's result, done. Hunt 16: likewise a quarter's or a half's
  // target ("二季度新开工项目20个") met by a figure of that period ("二季度新开工项目22个", "4-6月…21个") — a unit that
  // reported its quarter's result is not overdue.
  if (passed && allMet && deadline !== yearEnd(deadline) && evidence.every((j) => ofDeadlinePeriod(j, deadline, whole.taskText)) && kind !== "lagging" && kind !== "notStarted")
    return verdictOf("done", "green", "metrics", worst, deadline, `已完成：${named(evidence)}均已达到目标`);
  // Round aa: a count of things to reach by a date inside the year ("11个市级重点项目6月底前全部开复工"), read after that
  // date, that the text's own rate shows reached in full ("开复工率100%", not a count that may be the target restated) with
  // no word of any left undone: the things are there, done, if perhaps late. Rates and
  // amounts are left to the year's end above: a rate of part of the year is no result of the target's period.
  if (passed && allMet && evidence.every((j) => j.target.kind === "count" && isCumulative(j.target) && (j.actual?.explicitRatio ?? 0) >= 1) && kind !== "lagging" && kind !== "notStarted" && !saysWorkLeft(progress.text ?? ""))
    return verdictOf("done", "green", "metrics", worst, deadline, `已完成：${named(evidence)}均已达到目标`);
  // Hunt 19: likewise a count reached in full whose own clause says the things are finished ("老旧小区改造12个已全部完工",
  // "已完成农村公路改造50公里", read after 于三季度内 or 9月内): done, if perhaps late — the words that say so are the
  // report's, not the target restated.
  if (passed && allMet && evidence.every((j) => j.target.kind === "count" && isCumulative(j.target) && finishedInOwnClause(j, progress.text ?? "")) && kind !== "lagging" && kind !== "notStarted" && !saysWorkLeft(progress.text ?? ""))
    return verdictOf("done", "green", "metrics", worst, deadline, `已完成：${named(evidence)}均已达到目标`);
  // A place in a ranking met, read after the year's end (a year-end review): the year's place, done (round u, second pass).
  const lateRank = passed && !judgements.length && deadline === yearEnd(deadline) && kind !== "lagging" && kind !== "notStarted" ? rankJudgement(whole.taskText, progress.text ?? "") : null;
  if (lateRank?.met) return verdictOf("done", "green", "text", null, deadline, `已完成：目标「${lateRank.goal}」，进展写明「${lateRank.report}」`);
  // "比2005年翻一番" answered by "为“十五”期末的3倍": the multiple of the same base decides (./doubling.ts).
  const doubled = !judgements.length && kind !== "lagging" && kind !== "notStarted" ? doublingMultiple(whole.taskText, progress.text ?? "") : null;
  if (doubled?.met) return verdictOf("done", "green", "text", null, deadline, `已完成：进展写明「${doubled.report}」，达到翻番目标`);
  if (metBeforeEnd && !saysWorkLeft(progress.text ?? ""))
    return verdictOf("unknown", "yellow", "metrics", worst, deadline, `无法研判：${named(evidence)}在时限之前已达到目标，未写明完成时限 ${deadline} 时的数值，不能据此认定完成或逾期`, RULES.JUDGE_MET_BEFORE_END.code);
  // Round v: a review of a year read after it ("2024年计划执行情况", read in February) whose words give no figure for any
  // target and say nothing of work left: what was reached is not told, which is no proof it was missed.
  if (passed && reviewWithoutFigures(judgements, progress.text ?? "", whole.year, asOf, kind))
    return verdictOf(worst?.status === "not-mentioned" ? "not-mentioned" : "unknown", "yellow", "metrics", worst, deadline, `${worst?.status === "not-mentioned" ? "未反映该指标" : "无法研判"}：已过完成时限 ${deadline}，年度回顾没有写明该指标的完成数，不能据此认定逾期`);
  // A bound that may meet the target (JUDGE_BOUND_ONLY) is no proof the target was missed, late or not. Round aj: nor is a
  // running total with no start ("高标准农田累计达到22.63万亩" for the year's new 3万亩, read after the year): it may hold
  // the year's part in full or not at all.
  if (passed && missing.length && missing.every((j) => j.code === RULES.JUDGE_BOUND_ONLY.code)) return verdictOf("unknown", "yellow", "metrics", worst, deadline, (worst ?? missing[0]).reason, RULES.JUDGE_BOUND_ONLY.code);
  // Round aw: nor is a standing total at least the target given for a count of new things ("全县实有市场主体2.6万户" for
  // 新增市场主体3000户, read after the year): the new ones may be in it in full or not at all.
  if (passed && missing.length && missing.every(stockMayHoldTarget) && evidence.every((j) => j.met !== false))
    return verdictOf("unknown", "yellow", "metrics", worst, deadline, `无法研判：${(worst ?? missing[0]).detail ?? ""}，已过完成时限 ${deadline}，不能据此认定逾期`, (worst ?? missing[0]).code);
  if (passed && missing.length && missing.every((j) => j.code === "WEAK_CUMULATIVE_NO_PERIOD")) return verdictOf("unknown", "yellow", "metrics", worst, deadline, `无法研判：${(worst ?? missing[0]).detail ?? ""}，已过完成时限 ${deadline}，不能据此认定逾期`, "WEAK_CUMULATIVE_NO_PERIOD");
  // Round ag: figures all of a period that ended before a deadline inside the year ("1—5月…开工率92%" for 上半年全部开工, read
  // in July): what stood at the deadline is not told, which is no proof it was missed.
  // A deadline at the year's end is left to the year's review (round u): a figure of June read after it decides nothing, and
  // the passed deadline does.
  const staleEnd = passed && deadline !== yearEnd(deadline) && !progress.periodEnd && kind !== "lagging" && kind !== "notStarted" ? figuresEndBefore(progress.text ?? "", deadline) : null;
  if (staleEnd) return verdictOf("unknown", "yellow", "metrics", worst, deadline, `无法研判：进展数字截至${staleEnd}，早于完成时限 ${deadline}，不能据此认定逾期`, RULES.JUDGE_FIGURES_BEFORE_DEADLINE.code);
  // Session 22: a task with no figure of its own, read after its deadline, whose report states all of its own plan done
  // ("为一季度计划的158.78%" for 完成一季度计划投资, read in April): the plan is met, not overdue.
  // Round bb: not a task to do away with something ("消除大班额"): a ratio of a count reduced does not say none is left.
  if (passed && !judgements.length && whole.ratios.length && !whole.ofStage && !whole.silent.length && !whole.unclear.length && Math.min(...whole.ratios) >= 1 && kind !== "lagging" && kind !== "notStarted" && !doesAwayWith(whole.taskText))
    return verdictOf("done", "green", "metrics", null, deadline, `已完成：进展写明完成${formatPercent(Math.min(...whole.ratios))}`);
  if (passed) return verdictOf("overdue", "red", "deadline", worst, deadline, `已逾期：已过完成时限 ${deadline}，尚未完成${typed ? `（${typed}）` : ""}`);
  if (kind === "lagging" || kind === "notStarted") return verdictOf("behind", dueSoon ? "blue" : "yellow", "reported", worst, deadline, `进展滞后：${typed}`);
  if (allMet) return verdictOf("done", "green", "metrics", worst, deadline, `已完成：${named(evidence)}均已达到目标`);
  const silent = missing.filter((j) => j.status !== "unknown");
  const unclear = missing.filter((j) => j.status === "unknown");
  const why = [silent.length ? `${named(silent)}在进展中未反映` : "", unclear.length ? `${named(unclear)}进展有提及但无法与目标比较` : ""].filter(Boolean).join("；");
  const gaps = missing.length ? `；${why}` : "";
  const rag: Rag = missing.length ? "yellow" : dueSoon ? "blue" : "green";
  if (kind === "onTrack" && !typedAlone) return verdictOf("on-track", rag, "reported", worst, deadline, `序时推进：${typed}${gaps}`);
  // Nothing figures lag, but the text itself says the work is slow (进度滞后, 推进缓慢, 未开工): never green.
  // Round ao: a rule's condition ("低于序时进度10至30个百分点的亮黄灯") says what earns a colour, not what happened.
  const reported = withoutRatingConditions(progress.text ?? "");
  const slow = !evidence.length ? LAGGING_WORDS.exec(reported) : null;
  if (slow) return verdictOf("behind", dueSoon ? "blue" : "yellow", "text", worst, deadline, `进展滞后：进展写明「${slow[1] ?? slow[2] ?? slow[3]}」`);
  const steady = !evidence.length && !missing.length && !whole.ratios.length
    ? ON_TRACK_WORDS.exec(reported) ?? namedSchedule(foldText(progress.text ?? ""), whole.taskText) : null;
  const steadyAt = steady ? steady.index + steady[0].length - steady[1].length : -1;
  if (steady && !hopedOrPast(foldText(progress.text ?? ""), steadyAt) && !ofTheRest(foldText(progress.text ?? ""), steadyAt, whole.taskText)) return verdictOf("on-track", dueSoon ? "blue" : "green", "text", worst, deadline, `序时推进：进展写明「${steady[1]}」`);
  // "收入和支出均实现“时间过半、任务过半”": at the half of the year, the words say the amounts the text names are at
  // half their targets, which is 序时进度. Only for cumulative targets the text speaks of, none answered otherwise,
  // and only while the half is the schedule (序时 at most 55%): later, 过半 is behind.
  const halfway = missing.length && missing.every((j) => j.status === "unknown" && isCumulative(j.target)) && evidence.every((j) => j.status === "on-track" || j.status === "done") && whole.expected <= 0.55
    ? halfwayWords(foldText(progress.text ?? "")) : null;
  if (halfway) return verdictOf("on-track", dueSoon ? "blue" : "green", "text", worst, deadline, `序时推进：进展写明「${halfway[1]}」（序时进度${formatPercent(whole.expected)}）`);
  // "除“小学生爱心暑托班”受疫情影响暂停外，其余项目均已完成": the exception is this task, and it stopped.
  const except = /除([^。；;]{1,40}?)外/.exec(foldText(progress.text ?? ""));
  if (except && /暂停|停办|取消|未开展|未实施|未启动|未开工|未完成/.test(except[1]) && sharesName(except[1].replace(/[“”"]/g, ""), foldText(whole.taskText)))
    return verdictOf(passed ? "overdue" : "behind", passed ? "red" : "yellow", "text", worst, deadline, `进展滞后：进展写明「除${except[1]}外」`);
  const idle = !evidence.length && whole.expected >= 0.5 ? NOT_STARTED.exec(reported) : null;
  if (idle) return verdictOf("behind", dueSoon ? "blue" : "yellow", "text", worst, deadline, `进展滞后：进展写明「${idle[0]}」，已过序时进度${formatPercent(whole.expected)}`);
  // "仍有四方面内容有待推进" at the deadline of a task to finish in full: not all of it in time (./openAtDeadline.ts).
  const open = !evidence.length ? openAtDeadline(whole.taskText, progress.text ?? "", dueSoon) : null;
  if (open) return verdictOf("behind", "blue", "text", worst, deadline, `进展滞后：已到完成时限 ${deadline}，进展写明「${open}」，未能全部完成`);
  // "8项未完成年初确定的季度目标" in a bulletin on a task to finish all its items: some of them are behind their schedule.
  const missed = !evidence.length && !passed ? missedSchedule(whole.taskText, progress.text ?? "") : null;
  if (missed) return verdictOf("behind", dueSoon ? "blue" : "yellow", "text", worst, deadline, `进展滞后：进展写明「${missed}」，未能全部按进度推进`);
  // A target no figure answers (未反映该指标, 无法研判) keeps the task from green: the verdict is the worst judgement.
  if (missing.length) {
    const w = worstJudgement(missing) as Judgement;
    const met = evidence.length ? `；${named(evidence)}达到序时或目标` : "";
    // A judgement made from the report's words on started works (no figure): its own reason says why.
    const own = w.code || (w.status !== "unknown" && w.status !== "not-mentioned" && w.status !== "no-data") ? w.reason : `${w.label}：${why}`;
    // A typed 已完成 / 序时推进 no figure confirms: said, and not taken.
    const claim = typedAlone ? `；${typed}未能由指标核实，不予采信` : "";
    return verdictOf(w.status, w.rag === "red" ? "red" : "yellow", "metrics", w, deadline, `${own}${met}${claim}`, typedAlone ? "TYPED_UNSUPPORTED" : w.code);
  }
  if (evidence.length) return verdictOf("on-track", rag, "metrics", worst, deadline, `序时推进：${named(evidence)}达到序时或目标${planNote(evidence)}`);
  // "稳定在全省前八" answered by "居全省第7": a place in the same ranking, met or not (never 已完成 before the deadline).
  const rank = judgements.length ? null : rankJudgement(whole.taskText, progress.text ?? "");
  if (rank)
    return rank.met
      ? verdictOf("on-track", dueSoon ? "blue" : "green", "text", null, deadline, `序时推进：目标「${rank.goal}」，进展写明「${rank.report}」`)
      : verdictOf("behind", dueSoon ? "blue" : "yellow", "text", null, deadline, `进展滞后：目标「${rank.goal}」，进展写明「${rank.report}」`);
  // No target in figures: a share of the whole task the text states (完成全年目标的46.2%, 当前进度95%) is judged against 序时进度.
  const yellow = thresholds?.yellow ?? DEFAULT_THRESHOLDS.yellow;
  if (whole.ratios.length) {
    const low = Math.min(...whole.ratios);
    // A share of a stage's own plan is measured against that plan: all of it is on schedule, less is behind it.
    const expected = whole.ofStage ? 1 : whole.expected;
    const share = whole.ofStage ? `完成阶段目标的${formatPercent(low)}` : `完成${formatPercent(low)}（序时进度${formatPercent(whole.expected)}）`;
    if (low < expected * yellow) return verdictOf("behind", dueSoon ? "blue" : "yellow", "metrics", null, deadline, `进展滞后：进展写明${share}`);
    // Round bb: a task to do away with something ("全面消除大班额") read on a ratio of a count reduced: none left is not said.
    if (doesAwayWith(whole.taskText)) return verdictOf("unknown", "yellow", "metrics", null, deadline, `无法研判：进展写明${share}，没有写明是否已全部消除`);
    // A metric the task lists that no share answers keeps it from green (未反映该指标, or 无法研判 when named without a share).
    if (whole.silent.length || whole.unclear.length) {
      const said = [whole.silent.length ? `${whole.silent.map((n) => `「${n}」`).join("、")}在进展中未反映` : "", whole.unclear.length ? `${whole.unclear.map((n) => `「${n}」`).join("、")}进展有提及但无法与目标比较` : ""].filter(Boolean).join("；");
      const status: MetricStatus = whole.unclear.length ? "unknown" : "not-mentioned";
      return verdictOf(status, "yellow", "metrics", null, deadline, `${STATUS_LABELS[status]}：${said}；其余${share}`);
    }
    if (low >= 1 && !whole.ofStage) return verdictOf("done", "green", "metrics", null, deadline, `已完成：进展写明${share}`);
    return verdictOf("on-track", dueSoon ? "blue" : "green", "metrics", null, deadline, `序时推进：进展写明${share}`);
  }
  // "环岛路一期工程已基本完工" in October for a year-end finish: on schedule, not finished (./nearlyFinished.ts).
  const nearly = judgements.length || passed || dueSoon ? null : nearlyFinished(whole.taskText, progress.text ?? "");
  if (nearly) return verdictOf("on-track", "green", "text", null, deadline, `序时推进：进展写明「${nearly}」，未到完成时限 ${deadline}；尚未全部完工，不作已完成`, RULES.JUDGE_NEARLY_FINISHED.code);
  // "已开工，计划11月竣工" for a task to build or finish: started is not finished and a plan is not a result.
  const staged = judgements.length ? null : stagedWork(whole.taskText, progress.text ?? "", whole.year, asOf, deadline);
  if (staged) return verdictOf(staged.status, staged.status === "overdue" ? "red" : staged.status === "behind" ? (dueSoon ? "blue" : "yellow") : staged.status === "on-track" ? (dueSoon ? "blue" : "green") : "yellow", "text", null, deadline, staged.reason);
  const words = doneWords();
  if (words.capacityUnsaid)
    return verdictOf("unknown", "yellow", "text", null, deadline, `无法研判：进展写明「${words.words}」，但未写明建成的产能或规模，任务要求「${words.capacityUnsaid}」`, RULES.JUDGE_CAPACITY_UNSAID.code);
  return verdictOf("unknown", "yellow", "none", null, deadline, `无法研判：已报送进展${words.words ? `，写有「${words.words}」` : ""}，但没有可与目标比较的数字，也未写明全部完成`);
}

/** Words that say the work has not begun, or is only planned to: 尚未启动, 计划下半年启动, 前期手续正在办理. */
const NOT_BEGUN = /(?:尚未|仍未|还未|至今未|未能|暂未|没有)(?:开工|动工|启动|开展|实施|开始)|(?:计划|拟|准备|将)(?:于|在)?[^，,。；;]{0,8}(?:启动|开工|动工|开展|实施)|前期手续(?:正在|尚在)?办理/;

/**
 * A typed 已完成 or 序时推进 the unit's own words contradict: the text says the work lags (滞后, 推进缓慢, 未达序时,
 * 完成有困难) → 进展滞后; it says the work has not begun (尚未启动, 计划下半年启动) → 进展滞后 once half the time has
 * passed, else 无法研判; for 已完成, it says the work goes on (正在, 推进中, 待验收) → 无法研判. Null when nothing contradicts.
 */
function typedContradicted(text: string, typed: string, expected: number, kind: StatusKind, taskText: string): { status: MetricStatus; reason: string } | null {
  const t = foldText(text);
  const lag = DOUBT_WORDS.exec(t) ?? LAGGING_WORDS.exec(t);
  if (lag) return { status: "behind", reason: `进展滞后：${typed}，但进展写明「${lag[1] ?? lag[2] ?? lag[3] ?? lag[0]}」` };
  const idle = NOT_BEGUN.exec(t);
  if (idle) return expected >= 0.5
    ? { status: "behind", reason: `进展滞后：${typed}，但进展写明「${idle[0]}」，已过序时进度${formatPercent(expected)}` }
    : { status: "unknown", reason: `无法研判：${typed}，但进展写明「${idle[0]}」，填报状态与进展不符` };
  // Hunt 21: a stage of the works or of the document (主体完工, 初稿, 待批, 一期已投用) is not the task done.
  const stage = kind === "done" ? stageAgainstTypedDone(t, taskText) : null;
  if (stage) return { status: "unknown", reason: `无法研判：${typed}，但进展写明「${stage}」，只完成了阶段性工作，填报状态与进展不符` };
  const going = kind === "done" ? /正在|推进中|进行中|办理中|待[^，,。；;]{0,6}(?:验收|批复|审批|签字)|下一步|加快推进|尚未|尚需|仍需/.exec(t)?.[0] ?? partlyDone(t) : null;
  if (going) return { status: "unknown", reason: `无法研判：${typed}，但进展写明「${going}」，填报状态与进展不符` };
  return null;
}

/** The finishing stage of works a task asks for, and in a report: 竣工, 完工, 建成, 投用 … */
const FINISH_STAGE = /竣工|完工|建成|投用|投入使用|投运|交付使用/;
/** A report that the works have started, and nothing more: 已开工, 已动工, 开工建设, 正在施工, 在建. */
// Round af: "已开始特大桥桥台的桩基施工": work begun on a part named between 开始 and 施工 is works started too.
const STARTED = /(?:已经?|现已|目前已|均已)(?:全部|全面)?(?:于[^，,。；;]{1,10}?)?(?:开工|动工|进场施工|开始施工|开工建设)|(?:已经?|现已|目前已)开始[^，,。；;]{1,10}?施工|正在(?:施工|建设)|(?:^|[，,。；;])(?:目前|现)?在建|(?:^|[^未没尚])开工建设/;
/** A report that they are finished (left to the other rules): 已竣工, 已建成, 全面完工. */
const FINISHED = /(?:已经?|均已|现已|全面|全部)(?:竣工|完工|建成|投用|投入使用|交付)/;
/** What the report plans for the finish: "计划11月份竣工", "预计明年6月建成投用". */
// Round af: opening to traffic (通车) is the finish of a road or bridge, as 投用 is of a building.
const PLANNED_FINISH = /(?:计划|预计|力争|拟|争取|有望|将)(?:于|在)?([^，。；;、]{1,12}?)(?:前|之前|底前)?(?:竣工|完工|建成|投用|投入使用|投运|交付|通车)/;

/** A target's judgement made from the report's words on started works (stagedWork): never met, coloured by its status. */
function asStartedWorks(j: Judgement, status: MetricStatus, reason: string): Judgement {
  const rag: Rag = status === "overdue" ? "red" : status === "on-track" ? "green" : "yellow";
  return { ...j, status, label: STATUS_LABELS[status], rag, ragLabel: RAG_LABELS[rag], met: false, reason, detail: reason.replace(/^[^：]*：/, "") };
}

/** A clause of the things left ("，其余2个村正在施工", "，剩余3所在建"): what it says is not said of the count before it. */
const REST_CLAUSE = /[，,](?:其余|剩余|余下)[^，,。；;]*/g;

/**
 * Acceptance still to come, said after a figure: 正在验收, 正在组织验收, 待验收, 等待竣工验收, 已申请交工验收, 验收中, 处于验收阶段,
 * 尚未验收. Not 已通过验收 or 验收合格 (no word of waiting), nor an inspection from above (迎接…验收) of a finished task.
 */
const ACCEPTANCE_PENDING = /(?:正在|尚在|尚待|等待|(?:^|[^接期招对])待|准备|即将|申请|进入|处于)(?:组织|进行|开展|办理|申请)?[^，,。；;\d]{0,4}?验收|验收(?:中|阶段|程序中)|尚未(?:组织|通过)?[^，,。；;\d]{0,2}?验收/;

/**
 * Hunt 9: a count or amount that meets a target of works done (taskStage finish, or works built) and is followed, before
 * the next figure, by acceptance still to come ("已完成5个村，正在验收") is not 已完成: before the deadline the count
 * says the work is on schedule; at or after it, whether it will be accepted in time is not said (无法研判). So is a share
 * of the works' physical progress (形象进度100%): complete works, not yet 竣工 and accepted.
 */
function awaitingAcceptance(judgements: Judgement[], text: string, asOf: IsoDate, taskDeadline: IsoDate): Judgement[] {
  if (!/验收|形象进度/.test(text)) return judgements;
  const s = foldText(text);
  return judgements.map((j) => {
    if (j.status !== "done" || !j.actual) return j;
    const asked = `${j.target.metric}${j.target.phrase}`;
    if (taskStage(asked) !== "finish" && !BUILD_TASK.test(foldText(asked))) return j;
    const at = s.indexOf(foldText(j.actual.phrase));
    if (at < 0) return j;
    const after = s.slice(at + foldText(j.actual.phrase).length);
    const next = /\d/.exec(after);
    const m = ACCEPTANCE_PENDING.exec(next ? after.slice(0, next.index) : after);
    // "安置房建设形象进度100%": the works' physical progress is complete, which is not yet 竣工 and accepted.
    const works = j.actual.explicitRatio !== undefined && /形象进度/.test(`${j.actual.metric}${j.actual.phrase}`);
    if ((!m || /迎接|迎检/.test(m[0])) && !works) return j;
    const words = m && !/迎接|迎检/.test(m[0]) ? m[0].replace(/^[^正尚等待准即申进处验]/, "") : j.actual.phrase;
    const detail = m && words !== j.actual.phrase ? `进展写明「${words}」，已完工但尚待验收，不计为已完成` : `进展写明「${words}」，是工程形象进度，不等于竣工验收，不计为已完成`;
    const due = j.target.deadline ?? taskDeadline;
    if (asOf < due) return { ...j, status: "on-track", label: STATUS_LABELS["on-track"], reason: `${STATUS_LABELS["on-track"]}：${detail}（${j.detail ?? j.reason}）`, detail, code: RULES.JUDGE_ACCEPTANCE_PENDING.code };
    return markedWeak({ ...j, status: "unknown", label: STATUS_LABELS.unknown, rag: "yellow", ragLabel: RAG_LABELS.yellow, met: false, reason: `${STATUS_LABELS.unknown}：${detail}，完成时限已到，能否按期通过验收未写明（${j.detail ?? j.reason}）`, detail, code: RULES.JUDGE_ACCEPTANCE_PENDING.code }, RULES.JUDGE_ACCEPTANCE_PENDING.code, detail);
  });
}

/** Planting done in its seasons: 造林, 植树, 补植, 栽植, 营林, 种草, and sowing (播种, hunt 11). */
const PLANTING = /造林|植树|补植|栽植|营林|种草|植绿|增绿|播种|[春秋]播/;
/**
 * A planting season a task names, and the month it ends: 春季 (春播) by May, 秋季/秋冬季/冬季/冬春季/春秋两季 (秋播) by the
 * year's end.
 */
const PLANTING_SEASON = /(秋冬季?|冬春季?|春秋(?:两季|季)?|秋季|冬季|春季|春播|秋播)/;
const SPRING = /^(?:春季|春播)$/;

/**
 * Hunt 9: a planting target whose task names its season ("秋冬季完成造林1万亩") is done in that season, not evenly over
 * the year: before the season ends, a share below the straight-line 序时进度 says nothing (无法研判, never 进展滞后);
 * what was planted is still said. After the season, or the deadline, it is judged as any target.
 * Hunt 11: a planting task that names no season ("完成造林1万亩") is read as planted in spring, when most planting is done
 * (植树节, 春季造林): not behind before 31 May; judged on the straight line after it, as before.
 */
function seasonalPlanting(judgements: Judgement[], taskText: string, asOf: IsoDate, taskDeadline: IsoDate): Judgement[] {
  const task = foldText(taskText);
  if (!PLANTING.test(task)) return judgements;
  const named = PLANTING_SEASON.exec(task)?.[1];
  const season = named ?? "春季";
  const seasonEnd = SPRING.test(season) ? `${yearOf(asOf)}-05-31` : `${yearOf(asOf)}-12-31`;
  return judgements.map((j) => {
    if (j.status !== "behind" || !j.actual || !isCumulative(j.target) || !PLANTING.test(`${j.target.metric}${j.target.phrase}${task}`)) return j;
    if (asOf >= seasonEnd || asOf >= (j.target.deadline ?? taskDeadline)) return j;
    const said = (j.detail ?? j.reason).replace(/（序时进度[\d.]+%）/g, "");
    const detail = named
      ? `造林（植树）按季节进行，目标写明「${named}」，${named}结束前不按全年均摊的序时进度判断`
      : "造林（植树、播种）按季节进行，目标未写明季节，按多数地区的春季（至5月31日）计，春季结束前不按全年均摊的序时进度判断";
    return { ...j, status: "unknown", label: STATUS_LABELS.unknown, rag: "yellow", ragLabel: RAG_LABELS.yellow, met: false, reason: `${STATUS_LABELS.unknown}：${detail}（${said}）`, detail, code: RULES.JUDGE_SEASONAL.code };
  });
}

/** A task that asks for works built (新建学校3所, 年底前建成…, 改造…): a start alone does not do it. */
const BUILD_TASK = /新建|建设|建成|竣工|完工|改造|改扩建|扩建|投用|投入使用/;

/**
 * Whether the sentence of a reported count says the works started and nothing finished ("新建学校3所，已全部开工",
 * "安置房1200套已开工建设"): the count is of works started, not finished.
 */
function startedOnly(actual: Actual, progressText: string): boolean {
  const s = prepareText(progressText);
  const at = s.indexOf(actual.phrase);
  if (at < 0) return false;
  let from = at;
  while (from > 0 && !/[。；;！!？?]/.test(s[from - 1])) from--;
  const stops = /[。；;！!？?]/.exec(s.slice(at + actual.phrase.length));
  // A finish the report plans ("计划11月竣工") is not one it reports.
  // Hunt 8: a clause of the rest ("已完成3个村，其余2个村正在施工") speaks of the things not counted, not of the count.
  const sentence = foldText(s.slice(from, stops ? at + actual.phrase.length + stops.index : s.length)).replace(new RegExp(PLANNED_FINISH.source, "g"), "").replace(REST_CLAUSE, "");
  return STARTED.test(sentence) && !FINISHED.test(sentence) && stageOf(sentence) !== "finish";
}

/**
 * A task to finish works ("年内开工，11月竣工", "年底前建成…") reported started and not finished ("已开工，计划11月竣工").
 * Started is not done and the planned finish is a plan, not a result, so this is never 已完成:
 * - the finishing stage's own deadline has passed ("年内开工，8月底前建成" in September) → 已逾期;
 * - the plan finishes after the deadline of the finishing stage → 进展滞后 (the unit itself says it will be late);
 * - the task has two stages, the start is reported done and the planned finish is within the finishing stage's deadline,
 *   which has not passed → 序时推进 (the first stage done, the second on time by the plan);
 * - otherwise → 无法研判 (a start alone does not tell how far the works are), saying why.
 * Null when the task names no finishing stage, or the report does not say the works started, or says they finished.
 */
function stagedWork(taskText: string, progressText: string, year: number, asOf: IsoDate, taskDeadline: IsoDate): { status: MetricStatus; reason: string } | null {
  const task = foldText(taskText ?? "");
  const said = foldText(progressText ?? "");
  const finish = FINISH_STAGE.exec(task);
  if (!finish || FINISHED.test(said)) return null;
  const started = STARTED.exec(said);
  if (!started) return null;
  const clauseAt = task.slice(0, finish.index).search(/[，,。；;]?[^，,。；;]*$/);
  const clause = task.slice(clauseAt, finish.index + finish[0].length);
  const finishBy = parseDeadline(clause, year) ?? taskDeadline;
  const plan = PLANNED_FINISH.exec(said);
  // Round af: "预计后年通车", "预计明年建成": a year named from this one (明年, 后年) is that year's end.
  const when = plan ? plan[1].replace(/^明年/, `${year + 1}年`).replace(/^后年/, `${year + 2}年`) : "";
  const planned = plan ? parseDeadline(`${when}前`, year) : null;
  const startWords = `进展写明「${started[0].replace(/^[，,。；;]/, "")}」`;
  if (asOf > finishBy) return { status: "overdue", reason: `已逾期：已过${finish[0]}时限 ${finishBy}，${startWords}，尚未${finish[0]}` };
  if (planned && planned > finishBy)
    return { status: "behind", reason: `进展滞后：${startWords}，「${plan?.[0]}」晚于${finish[0]}时限 ${finishBy}` };
  const twoStages = /开工|动工/.test(task.slice(0, finish.index));
  if (twoStages && planned && asOf <= finishBy)
    return { status: "on-track", reason: `序时推进：开工阶段已完成（${startWords}），${finish[0]}计划于 ${planned}，未到${finish[0]}时限 ${finishBy}；尚未${finish[0]}，不作已完成` };
  return { status: "unknown", reason: `无法研判：${startWords}，开工不等于${finish[0]}${plan ? `；「${plan[0]}」是计划，不是完成情况` : ""}` };
}

/** A report of applications, not of results: 申报, 申请, 受理, 推荐. */
const APPLIED = /申报|申请|受理|推荐/;
/**
 * Round ah: the words of the list member that holds the figure. "防城区受理796件、办结770件、提速72.70%": the 72.70% is of 提速,
 * and the 受理 of the member before it (after that member's own figure and a 、) is not its act.
 */
function ownListMember(a: Actual): string {
  const phrase = a.phrase ?? "";
  const at = phrase.indexOf(String(a.value));
  if (at < 0) return phrase;
  const before = phrase.slice(0, at);
  const cut = before.search(/\d[^\d、，,。；;]{0,6}、[^\d、，,。；;]*$/);
  return cut < 0 ? phrase : phrase.slice(before.indexOf("、", cut) + 1);
}
/** A step of the work reported done: 完成招投标, 完成设计, 完成选址 … */
const STEP_DONE = /完成(?:了)?(?:招投标|招标|施工图设计|设计|选址|立项|可研|评审|前期手续|手续|方案编制|方案|土地挂牌|挂牌|摘牌|征地|拆迁)/;

/** The steps of STEP_DONE as words of a metric's name (设计批复里程, 招标项目): the target counts the step itself. */
const STEP_NAME = /招投标|招标|设计|选址|立项|可研|评审|批复|挂牌|摘牌|征地|拆迁/;

/** A task over several years: 两年/三年…实施, 2021-2023年, “十四五”期间. */
const MULTI_YEAR = /[两二三四五]年(?:内|实施|累计|共|行动|攻坚|计划)|20\d\d\s*[-—~至到]\s*(?:20)?\d\d年|十[三四五六]五”?(?:期间|时期|末)/;

/** Words that say the work lags, whatever its figures: 滞后, 进度偏慢, 推进缓慢, 未达(到)序时, 未按期开工/竣工 (not a negated 不滞后, 无未按期…); never 停工 or 暂停, which an inspection orders. */
/** Group 1, 2 or 3 holds the words (the character before 滞后 is matched, not shown: no lookbehind, for older Chromium). */
/**
 * A supervisor's own doubt about the task: 完成情况不够理想, 未达预期, 完成有一定困难. The bulletin says the task will not
 * keep to its target, whatever figure it restates ("各类融资210亿元…这一项完成有一定困难"): never green.
 */
const DOUBT_WORDS = /(?:完成情况|推进情况|进展情况|推进|进展|完成|(?:总体|整体|建设|工程|项目)?进度)(?:还|仍|均)?不(?:够|太|甚|尽)?理想|未达(?:到)?预期|不及预期|完成(?:有|存在)(?:一定|较大|很大)?(?:困难|难度)/;

/**
 * The first doubt that speaks of the task. One in a note in brackets that names other things ("…为年计划的89.1%（限上批零
 * 销售额和商品房销售面积未达预期）") says why a figure fell short, of the things it names: not of the task, unless the note
 * shares a name with it.
 */
function doubtOfTask(text: string, taskText: string): RegExpExecArray | null {
  DOUBTS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DOUBTS.exec(text)); ) {
    const open = Math.max(text.lastIndexOf("（", m.index), text.lastIndexOf("(", m.index));
    const closed = Math.max(text.lastIndexOf("）", m.index), text.lastIndexOf(")", m.index));
    const inNote = open >= 0 && open > closed && /[）)]/.test(text.slice(m.index));
    const named = inNote ? text.slice(open + 1, m.index) : "";
    if (inNote && /[\u4e00-\u9fa5]{2,}/.test(named) && !sharesName(named, foldText(taskText ?? ""))) continue;
    return m;
  }
  return null;
}
const DOUBTS = new RegExp(DOUBT_WORDS.source, "g");

const LAGGING_WORDS =
  /(?:^|[^不无未没防])((?:严重)?滞后)|((?:进度|推进|进展|建设|实施|完成进度)(?:相对|明显|仍然|仍)?(?:偏慢|较慢|缓慢|迟缓)|未达到?(?:序时|时序)|低于(?:序时|时序)|慢于序时|落后于?序时|慢序时|欠进度|未达到?(?:时序|序时)?进度要求|(?:项目|工程|建设)(?:已|被)?(?:暂缓|搁置|停滞))|(?:^|[^无没])(未(?:能)?按期(?:开工|复工|开复工|竣工|完工|建成|完成|投产|投用|办结))/;

/** Words that say the work keeps to schedule (按序时推进, 时间过半、任务过半), never negated: 序时推进 from the text, when no figure says otherwise. */
const ON_TRACK_WORDS = /(?:^|[^未不没难])((?:按|达到|超)序时(?:进度)?(?:要求)?推进|(?:均|已|均已)(?:完成或)?达到(?:或超过)?(?:序时|时序)进度|(?:实现)?[“"]?时间过半[、，,]?任务过半|双过半)/;

/**
 * Round ak: "放心农贸市场等民生实事项目均按期推进", "农村危房改造正按进度推进" — the same schedule in plainer words, but said of
 * the things named before them in their sentence, so only for a task named there ("119项重点工作均按进度推进" says nothing
 * of one task it does not name). Never negated (未按期推进), and 按期推进 alone (按期推进难度大) is no report.
 */
const NAMED_SCHEDULE_WORDS = /(?:^|[^未不没难])((?:均|正|正在|已|均已)按(?:期|时间进度|进度|计划|序时进度|序时|时序进度|时序|节点)推进)/;

/** The schedule words of NAMED_SCHEDULE_WORDS when the sentence before them names the task. */
function namedSchedule(text: string, taskText: string): RegExpExecArray | null {
  const m = NAMED_SCHEDULE_WORDS.exec(text);
  if (!m) return null;
  const sentenceStart = Math.max(...["。", "；", ";"].map((c) => text.lastIndexOf(c, m.index))) + 1;
  const task = foldText(taskText);
  return task && sharesName(text.slice(sentenceStart, m.index + m[0].length - m[1].length), task) ? m : null;
}

/** The things left after those named: 其余, 其他, 剩余, 余下 opening a clause. */
const REST_HEAD = /^(?:其余|其他|其它|剩余|余下)/;

/**
 * Round ad: "高标准农田项目已进入扫尾阶段，其余项目按序时推进" for 高标准农田项目年内完工 — schedule words in a clause of
 * the rest speak of the things not named before them. A task that is one thing, named before that clause, is not among
 * them: the words say nothing of it. A task of several things ("19个子项目年内全部完成") is still answered by its rest.
 */
function ofTheRest(text: string, at: number, taskText: string): boolean {
  const start = Math.max(...["，", ",", "。", "；", ";"].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  if (!REST_HEAD.test(text.slice(start, at))) return false;
  const task = foldText(taskText);
  if (listsThings(task) || /\d|全部|所有|各[项类个]|[一二两三四五六七八九十]+[个项件所座处条]/.test(task)) return false;
  return sharesName(text.slice(0, start), task);
}

/** "时间过半、任务过半", "双过半", never negated: the amounts reached half their targets at the half of the year. */
const HALFWAY_WORDS = /时间过半[、，,]?任务过半|双过半/;

/** A hope (力争实现…) or another year's (去年实现了…) in the clause before `at`: not this year's result (branch judge-green). */
function hopedOrPast(text: string, at: number): boolean {
  return /力争|争取|确保|预计|有望|计划|目标|去年|上年|前年|20\d\d年/.test(text.slice(0, at).replace(/^.*[，,。；;]/, ""));
}

function halfwayWords(text: string): [string, string] | null {
  const m = HALFWAY_WORDS.exec(text);
  if (!m || /[未不没难](?:能|够)?(?:实现|达到|完成)?[“"]?$/.test(text.slice(Math.max(0, m.index - 5), m.index))) return null;
  if (hopedOrPast(text, m.index)) return null;
  return [m[0], m[0]];
}

/** Words that say the work has not started (尚未开工, 仍未启动, 今年未能开工): lagging once half the time to the deadline has passed. */
const NOT_STARTED = /(?:尚未|仍未|还未|至今未|未能)(?:开工|动工|启动|开展|实施)/;

/** Part of a year or a period before its end: 1-6月, 上半年, 前三季度, 截至9月底, 一季度 (not 1-12月, 全年, 年末, 期末). */
const PART_PERIOD = /(?:^|[^0-9])(?:[1-9]|1[01])月|[一二三四五六七八九]月|十一月|季度|半年|前三季|月[底末]/;

/** The last day of the date's year. */
function yearEnd(d: IsoDate): IsoDate {
  return `${d.slice(0, 4)}-12-31` as IsoDate;
}

/**
 * "未发生重污染天气", "没有发生安全生产事故" for a count of events (重污染天数, 安全生产事故起数): the words that say none
 * happened, when what did not happen is the metric's own thing — not a graver kind of it ("未发生重大安全生产事故" leaves
 * the lesser ones uncounted).
 */
function noneHappened(raw: string, metric: string): string | null {
  const stem = /^(.{2,})(?:天数|起数|次数|人数)$/.exec(metric)?.[1];
  if (!stem) return null;
  const text = foldText(raw);
  const pattern = /(?:未|没有|无)发生(?:过|了)?(?:一起|一次|任何)?([^，。；,;！!\s]{2,16})/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const thing = m[1];
    if (thing === stem || thing === `${stem}天气` || thing === `${stem}事故` || thing === `${stem}事件`) return m[0];
  }
  return null;
}

/** A period word's months, first and last: 7月, 4-6月, 二季度, 上半年, 前三季度. */
function monthSpan(text: string): [number, number] | null {
  const range = /(?:^|[^\d.])(\d{1,2})\s*(?:月份?)?\s*[-—–至~]\s*(\d{1,2})\s*月/.exec(text);
  if (range) return [Number(range[1]), Number(range[2])];
  const quarter = /(?:第)?([一二三四1-4])季度/.exec(text);
  if (quarter && !/前三季/.test(text)) {
    const q = "一二三四".indexOf(quarter[1]) + 1 || Number(quarter[1]);
    return [q * 3 - 2, q * 3];
  }
  if (/前三季度?/.test(text)) return [1, 9];
  if (/上半年/.test(text)) return [1, 6];
  if (/下半年/.test(text)) return [7, 12];
  const month = /(?:^|[^\d.])(\d{1,2})月份?(?![底末\d])/.exec(text);
  return month ? [Number(month[1]), Number(month[1])] : null;
}

/**
 * A figure of the target's own period, ending at its deadline's month ("二季度" for a task of 二季度, "7月" for one of 7月).
 * A count or an amount that adds up may be of a part of that period ("二季度…22个" for "6月底前…20个"): what was added in
 * the part is no more than what was added in the whole. A rate or a level must be of the very period.
 */
function ofDeadlinePeriod(j: Judgement, deadline: IsoDate, taskText: string): boolean {
  const month = Number(deadline.slice(5, 7));
  if (deadline !== lastDayOfMonth(Number(deadline.slice(0, 4)), month)) return false;
  // Hunt 19: a figure standing at the deadline's own month end ("截至6月底，…覆盖率达到41%" for 6月底前…达到40%) is what
  // stood at the deadline, a level or a total alike.
  const standing = /^截[至止](?:(\d{4})年)?(\d{1,2})月(?:底|末)$/.exec(j.actual?.period ?? "");
  if (standing) return Number(standing[2]) === month && (!standing[1] || standing[1] === deadline.slice(0, 4));
  const own = monthSpan(j.actual?.period ?? "");
  if (!own || own[1] !== month || own[0] > own[1]) return false;
  const asked = monthSpan(taskText.replace(/\d{1,2}月(?:底|末|\d{1,2}日)?(?:前|以前|之前)/g, "")) ?? [1, month];
  if (asked[1] !== month) return false;
  if (own[0] === asked[0]) return true;
  return isCumulative(j.target) && own[0] > asked[0];
}

/**
 * A judgement that rests on the period's result: an amount or count reached (whenever it was), or a rate or level of no
 * part period (a rate of 1-6月 is no result of the year).
 */
function wholePeriodResult(j: Judgement): boolean {
  if (!j.actual) return false;
  if (isCumulative(j.target)) return true;
  const period = j.actual.period ?? "";
  return !PART_PERIOD.test(period.replace(/1[-—–至~]12月|十二月|12月/g, ""));
}
