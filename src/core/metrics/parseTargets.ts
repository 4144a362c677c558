import { TargetParse } from "./types";
import { parseDeadline } from "./parseDeadline";

/** Every measurable target of a task text. (Placeholder until the parser lands.) */
export function parseTargets(text: string, options: { year?: number } = {}): TargetParse {
  const deadline = options.year ? parseDeadline(text, options.year) : null;
  return { targets: [], deadline, reason: "未实现 (not implemented yet)" };
}
