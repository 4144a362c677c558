import { Actual, Target } from "./types";

/** For each target, the actual of the same metric, or null. (Placeholder.) */
export function matchActuals(targets: Target[], _actuals: Actual[]): (Actual | null)[] {
  return targets.map(() => null);
}
