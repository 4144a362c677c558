/**
 * The verdict the hunt test files ask for (huntRound3.test.ts): the one judge on a target and a progress text at an
 * as-of date, and whether it is green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";

export const GREEN = new Set(["done", "on-track"]);

export function verdict(target: string, text: string, asOf = "2024-09-30") {
  return judgeTask({ targetText: target, progress: { text }, asOf }).verdict;
}

export const isGreen = (target: string, text: string, asOf?: string) => GREEN.has(verdict(target, text, asOf).status);
