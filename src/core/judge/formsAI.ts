/**
 * Rules of round ai (issue 12, corpus set ai: documents reporting completion rates — 改厕, 老旧小区改造, 农村供水 — with a task
 * restated before its progress), applied by judgeTask after round o's rules:
 * - actAfterDuty: "全区须完成农村户厕改造4.1万座；截至10月30日已改造40926座" — a count named only by the task's own act (已改造,
 *   已新开工改造) after a clause restating the duty on the same thing takes that thing as its subject (JUDGE_ELIDED_SUBJECT,
 *   as round o's bare finishing acts do).
 * Pure: no I/O, no clock.
 */
import { foldText } from "../text/normalize";
import { Actual, Judgement, judgeTarget } from "../metrics";
import { canonicalMetric } from "../metrics/metricName";
import { JudgeOptions } from "../metrics/types";
import { compatibleUnits } from "../metrics/units";
import { RULES } from "../validate/ruleCatalog";
import { statesDuty } from "./weakEvidence";

/** Words that head a count without naming its thing: the whole place, a date, 已/累计. */
const HEAD_WORDS = /^(?:全国|全省|全区|全市|全县|全镇|全乡|各地|\d+月(?:\d+日)?(?:底|末|初)?|今年|年内|目前|截至|截止)*(?:已经?|累计|共|均已|现已)?/;
/** A name that is only an act of working on or making things: 改造, 新开工改造, 建成, 完成整治. */
const ACT_ONLY = /^(?:新开工|开工|动工|新建|改建|扩建|改扩建|建成|完成|实施)?(?:改造|整治|治理|建设|提升|改厕|建成|完成)?$/;

interface DutyContext {
  taskText: string;
  progressText: string;
  actuals: readonly Actual[];
  options: Pick<JudgeOptions, "asOf" | "deadline" | "thresholds">;
}

/** The act a count is named by when its name is only that act ("10月30日已改造" → 改造), else null. */
function actOnly(metric: string): string | null {
  const rest = foldText(metric).replace(HEAD_WORDS, "");
  return rest.length >= 2 && ACT_ONLY.test(rest) ? rest : null;
}

/**
 * "完成农村户厕改造4.1万座" answered by "全区须完成农村户厕改造4.1万座；截至10月30日已改造40926座": the first figure restates
 * the duty (set aside as no result), the second names only the act. When the target's name is that act and a thing, and
 * the sentence before the count states the duty on that thing, the count is the thing's progress. One such count only,
 * in the target's unit; a count with no duty stated before it is left alone (a bare act has no subject of its own).
 */
function actAfterDuty(judgements: Judgement[], ctx: DutyContext): Judgement[] {
  if (judgements.length !== 1) return judgements;
  const j = judgements[0];
  if (j.target.kind !== "count" || (j.status !== "unknown" && j.status !== "not-mentioned")) return judgements;
  const target = canonicalMetric(j.target.metric);
  const text = foldText(ctx.progressText);
  const found = ctx.actuals.filter((a) => {
    if (a.kind !== "count" || !compatibleUnits(j.target.base.unit, a.base.unit)) return false;
    const act = actOnly(a.metric);
    if (!act || !target.includes(act)) return false;
    const thing = target.replace(act, "");
    if (thing.length < 2) return false;
    const at = text.indexOf(foldText(a.phrase));
    if (at < 0) return false;
    let from = at;
    while (from > 0 && text[from - 1] !== "。") from--;
    // The clauses before the count, in its sentence: one states the duty and names the thing.
    return text.slice(from, at).split(/[；;，,]/).some((clause) => clause.includes(thing) && statesDuty(clause));
  });
  if (found.length !== 1) return judgements;
  const judged = judgeTarget(j.target, found[0], { ...ctx.options, reported: true, mentioned: false });
  return [{ ...judged, reason: `${judged.reason}（「${found[0].phrase}」的主语是前文任务中的${j.target.metric}）`, code: RULES.JUDGE_ELIDED_SUBJECT.code }];
}

/** The rules of round ai over the judgements (one call site, after round o's). */
export function formsAI(judgements: Judgement[], ctx: DutyContext): Judgement[] {
  return actAfterDuty(judgements, ctx);
}
