/**
 * Understanding Chinese targets and progress (issue 3): parse targets and deadlines of task texts, actuals of
 * progress texts, match them and judge each target at an as-of date. Pure: no I/O, no clock.
 */
export * from "./types";
export { parseTargets, clearTargetCache } from "./parseTargets";
export { parseDeadline, explainDeadline } from "./parseDeadline";
export { parseActuals, clearActualCache, HOLIDAY_NAMES, BREAK_NAMES } from "./parseActuals";
export { matchActuals, matchScore, metricMentioned } from "./matchActuals";
export { judgeTarget, expectedShare, isCumulative, shownRatio, STATUS_LABELS, RAG_LABELS } from "./judgeTarget";
export { DEFAULT_THRESHOLDS } from "./thresholds";
export { metricSimilarity } from "./metricName";
export { parseChineseNumeral } from "./chineseNumerals";
// Judging helpers the one judge (src/core/judge) and the sheets share: direction, binding, targets and actuals in words.
export { describeTargetValue, describeActualValue } from "./judgeTarget";
