import { ActualParse } from "./types";

/** Every reported figure of a progress text. (Placeholder until the parser lands.) */
export function parseActuals(_text: string): ActualParse {
  return { actuals: [], reason: "未实现 (not implemented yet)" };
}
