/**
 * The names of the files duban offers or writes (per-unit forms, 督办单, the bulletin), one rule for the
 * command line and both task panes, so a unit finds the same file name whichever way the office made it.
 */

/** Characters Windows refuses in file names, and whitespace, become "_"; a name never ends up empty. */
export function safeFileName(name: string, fallback = "文件"): string {
  const safe = name.replace(/[\\/:*?"<>|\s]+/g, "_").replace(/^[_.]+|[_.]+$/g, "").slice(0, 80);
  return safe || fallback;
}

/** A unit's fill-in workbook: 2024年任务进展填报_区发改局.xlsx. */
export function unitFormFileName(year: number, unit: string): string {
  return `${year}年任务进展填报_${safeFileName(unit, "单位")}.xlsx`;
}

/** A unit's 督办单, numbered with at least two digits and as many as the largest number needs: 督办单_07_区发改局.docx. */
export function noticeFileName(number: number, largestNumber: number, unit: string): string {
  const width = Math.max(2, String(largestNumber).length);
  return `督办单_${String(number).padStart(width, "0")}_${safeFileName(unit, "单位")}.docx`;
}

export const ALL_NOTICES_FILE_NAME = "督办单_全部.docx";
export const CHASE_LIST_FILE_NAME = "催办清单.docx";

/** The bulletin, named by its title. */
export function bulletinFileName(title: string): string {
  return `${safeFileName(title, "通报")}.docx`;
}
