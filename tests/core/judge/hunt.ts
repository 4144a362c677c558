/**
 * The verdict the hunt test files ask for (huntRound3.test.ts): the one judge on a target and a progress text at an
 * as-of date (and, when given, the office's level, as the 设置 sheet's 单位层级), and whether it is green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { PlaceLevel } from "../../../src/core/model";

export const GREEN = new Set(["done", "on-track"]);

export function verdict(target: string, text: string, asOf = "2024-09-30", level: PlaceLevel | null = null) {
  return judgeTask({ targetText: target, progress: { text }, asOf, level }).verdict;
}

export const isGreen = (target: string, text: string, asOf?: string, level: PlaceLevel | null = null) => GREEN.has(verdict(target, text, asOf, level).status);
