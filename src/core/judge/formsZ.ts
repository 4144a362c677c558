/**
 * Rules of round z (issue 12, corpus set z): a county's half-year statistics written against the targets themselves.
 * - targetGap: "上半年全县GDP增速超过目标增速0.3个百分点" gives no rate of its own, only its distance from the target's
 *   rate: the rate is the target's plus (or minus) that distance. Read only for a growth target with a rate to rise to
 *   (not a decline, a range or a ceiling), only from a clause that reports (no 预计, 力争, 确保 … in its sentence before it;
 *   no 全年 or other year's figure), and
 *   only when the clause's name answers the target's as any figure's would (matchActuals).
 * Pure: no I/O, no clock.
 */
import { Actual, Judgement, Target, matchActuals } from "../metrics";

/** "<name>(增速)超过|高于|低于 目标(增速) N个百分点": the target named by 目标, not another place or year. */
const GAP = /^(.{2,30}?)(?:增速|增幅|增长速度|增长)?(超过|高于|快于|超出|低于|慢于)(?:全年|年度|年初)?(?:预期|考核)?目标(?:考核)?(?:增速|增幅|增长速度|增长)?([\d.]+)个百分点$/;
/** Words that make what follows in their sentence a plan, a forecast or a promise, not a report. */
const NOT_REPORTED = /预计|预测|有望|力争|争取|确保|计划|拟|将|要求|目标是/;
const PERIOD = /^(上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|\d{1,2}(?:-\d{1,2})?月(?:份)?|今年以来|截至\d{1,2}月底?)/;
/** A year's figure (全年, 去年, 2015年) is no report of the year under way: read by the judge's own rules, not here. */
const OTHER_YEAR = /^(?:全年|去年|上年|今年全年|\d{4}年)/;
const PLACE = /^(?:全县|全市|全区|全省|全旗|全州|全盟|全镇|全乡|我县|我市|我区|我旗)/;

/** The rate a clause gives as its distance from the target, for each growth target no figure answered. */
export function targetGaps(targets: readonly Target[], matched: readonly (Actual | null)[], text: string): (Actual | null)[] {
  if (!/目标/.test(text) || !/个百分点/.test(text)) return matched.slice();
  const found: Actual[] = [];
  for (const sentence of text.split(/[。！!]/)) {
    const clauses = sentence.split(/[，,；;]/);
    let before = "";
    for (const raw of clauses) {
      const clause = raw.trim();
      const m = GAP.exec(clause);
      if (m && !NOT_REPORTED.test(before + m[1]) && !OTHER_YEAR.test(m[1])) {
        let name = m[1];
        const period = PERIOD.exec(name);
        if (period) name = name.slice(period[0].length);
        name = name.replace(PLACE, "");
        const sign = /低于|慢于/.test(m[2]) ? -1 : 1;
        const gap = Number(m[3]);
        if (name.length >= 2 && Number.isFinite(gap))
          found.push({ metric: name, kind: "growth", value: sign * gap, unit: "%", base: { value: sign * gap, unit: "%" }, period: period ? period[0] : null, phrase: clause });
      }
      before += `${clause}，`;
    }
  }
  if (!found.length) return matched.slice();
  return matched.map((a, i) => {
    const t = targets[i];
    if (a || t.kind !== "growth" || t.unit !== "%" || !(t.value > 0) || (t.cmp !== ">=" && t.cmp !== "=" && t.cmp !== "~" && t.cmp !== ">") || t.high !== undefined) return a;
    const hit = matchActuals([t], found)[0];
    if (!hit) return a;
    const value = Math.round((t.value + hit.value) * 100) / 100;
    const derived: Actual = { ...hit, metric: t.metric, value, base: { value, unit: "%" } };
    DERIVED.add(derived);
    return derived;
  });
}

/** The rates targetGaps worked out from a distance to the target: the reason says so (the report gave no rate itself). */
const DERIVED = new WeakSet<Actual>();

/** "（实际增速由「…超过目标增速0.3个百分点」推算）" after the reason of a judgement on a derived rate. */
export function derivedNoted(j: Judgement): Judgement {
  if (!j.actual || !DERIVED.has(j.actual)) return j;
  const note = `（实际增速由「${j.actual.phrase}」与目标推算）`;
  return { ...j, reason: `${j.reason}${note}`, detail: `${j.detail ?? ""}${note}` };
}
