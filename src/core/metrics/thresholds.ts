import { Thresholds } from "../model";

/**
 * Defaults the office can change in settings: below 100% of 序时进度 is yellow, below 80% red,
 * a deadline within 15 days is blue (临近时限).
 */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ yellow: 1.0, red: 0.8, dueSoonDays: 15 });
