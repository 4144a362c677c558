import type { Analysis } from "../analysis";
import { WorkbookPatch } from "../output";
import { claimPatch } from "../layout/ownership";
import { bulletinPatch as plainBulletinPatch } from "./bulletinText";

/**
 * The 通报 sheet claimed for this workbook (see layout/ownership.ts). A module of its own, re-exported by the
 * engine, so a bundle that analyses without drafting bulletins (the task pane's first load) leaves the
 * bulletin's code out.
 */
export function bulletinPatch(a: Analysis): WorkbookPatch {
  return claimPatch(plainBulletinPatch(a), a.book);
}
