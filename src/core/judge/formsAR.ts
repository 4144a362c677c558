/**
 * Round ar (招商引资 bulletins, tests/fixtures/metrics/corpus/pairs-ar.jsonl): a bulletin restates the task it reports on
 * ("市下达的产业大招商任务是引进区内外资金27亿元"), then gives the amount done under another name with its share of that task
 * ("区外境内到位资金7.6亿元，完成目标任务的28.1%"). The share ties the amount to the task: 7.6 ÷ 28.1% gives back the 27 the
 * task and the progress both write. Without that arithmetic the names alone would not pair them.
 */
import { Actual, Target, parseActuals } from "../metrics";
import { NOT_ACTUAL_WHY } from "../metrics/notActual";
import { compatibleUnits } from "../metrics/units";

/** How near the amount ÷ its share must come to the restated figure: a share is written to one decimal (28.1%). */
const SHARE_ROUNDING = 0.015;

/**
 * The one amount whose explicit share of the task gives back the task's own figure, which the progress restates as the
 * task (set aside as a restated target), or null. Not a share in % (a rate is no amount), nor an amount whose share is of
 * another figure, nor when two amounts would both fit.
 */
export function shareOfRestatedTask(target: Target, actuals: readonly Actual[], progressText: string): Actual | null {
  if (!target.value || target.unit === "%" || target.kind === "growth" || target.kind === "pp") return null;
  const restated = (parseActuals(progressText).skipped ?? []).some((f) => {
    if (f.why !== NOT_ACTUAL_WHY.restated) return false;
    const m = /^(\d+(?:\.\d+)?)(.*)$/.exec(f.figure);
    return !!m && Number(m[1]) === target.value && m[2] === target.unit;
  });
  if (!restated) return null;
  const fits = actuals.filter((a) => {
    const share = a.explicitRatio;
    if (share === undefined || !(share > 0) || a.unit === "%" || !compatibleUnits(a.base.unit, target.base.unit)) return false;
    return Math.abs(a.base.value / share - target.base.value) <= SHARE_ROUNDING * target.base.value;
  });
  return fits.length === 1 ? fits[0] : null;
}
