/**
 * Understanding Chinese targets and progress (issue 3): parse targets and deadlines of task texts, actuals of
 * progress texts, match them and judge each target at an as-of date. Pure: no I/O, no clock.
 */
export * from "./types";
export { parseTargets, clearTargetCache } from "./parseTargets";
export { parseDeadline } from "./parseDeadline";
export { parseActuals, clearActualCache } from "./parseActuals";
export { matchActuals, matchScore } from "./matchActuals";
export {
  judgeTarget, expectedShare, isCumulative, isBinding, lowerIsBetter, describeTargetValue, describeActualValue, STATUS_LABELS, RAG_LABELS,
} from "./judgeTarget";
export { DEFAULT_THRESHOLDS } from "./thresholds";
export { metricSimilarity } from "./metricName";
export { parseChineseNumeral } from "./chineseNumerals";
