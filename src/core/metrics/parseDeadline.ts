import { IsoDate } from "../text/dates";

/** The deadline a task text states (上半年, 5月底前, 年内 …) for the given year, or null. (Placeholder.) */
export function parseDeadline(_text: string, _year: number): IsoDate | null {
  return null;
}
