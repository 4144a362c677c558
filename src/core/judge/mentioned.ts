import { Target } from "../metrics";
import { foldText } from "../text/normalize";

/**
 * Whether a progress text names a target's metric at all, with or without a figure that answers it: then a missing
 * figure is 无法研判, not 未反映该指标. Conservative: the whole name (two characters or more) must appear, so a text
 * that does not name the metric is never taken as one that does. The parser's metricMentioned (domain lexicon,
 * telling character pairs; issue 12's parsing half) is the finer test and replaces this one when it lands.
 */
export function namesMetric(target: Target, progressText: string): boolean {
  const name = foldText(target.metric ?? "").replace(/\s+/g, "");
  if (name.length < 2 || !progressText) return false;
  return foldText(progressText).replace(/\s+/g, "").includes(name);
}
