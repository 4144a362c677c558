import { IsoDate } from "../text/dates";
import { Actual, JudgeOptions, Judgement, Target } from "./types";

/** 序时进度: share of [start, end] elapsed at asOf, clamped to 0..1. (Placeholder.) */
export function expectedShare(_asOf: IsoDate, _start?: IsoDate, _end?: IsoDate): number {
  return 0;
}

/** Judge one target against its matched actual at the as-of date. (Placeholder.) */
export function judgeTarget(target: Target, actual: Actual | null, _options: JudgeOptions): Judgement {
  return { status: "no-data", label: "未报送", rag: "red", ragLabel: "红", ratio: null, expected: null, dueSoon: false, target, actual, reason: "未实现" };
}
