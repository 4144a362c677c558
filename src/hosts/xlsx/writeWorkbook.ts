import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { WorkbookPatch } from "../../core/output";
import { BookError } from "../../core/bookError";
import { loadWorkbook } from "./readWorkbook";
import { renderPatch } from "./renderPatch";

/**
 * Writes all or nothing: to a temporary file beside the target, renamed into place once complete, so an
 * existing file is never half-overwritten.
 */
export async function saveAtomically(wb: ExcelJS.Workbook, outPath: string): Promise<void> {
  const dir = path.dirname(path.resolve(outPath));
  const tmp = path.join(dir, `.${path.basename(outPath)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await wb.xlsx.writeFile(tmp);
    await fs.rename(tmp, outPath);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new BookError("FILE_WRITE_FAILED", `无法写入「${outPath}」：${(err as Error).message}`);
  }
}

export async function writePatchToNewFile(patch: WorkbookPatch, outPath: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "duban 督办助手";
  renderPatch(wb, patch);
  await saveAtomically(wb, outPath);
}

/** A copy of the input with the patches applied; the input file itself is never written. */
export async function writePatchedCopy(inputPath: string, patches: WorkbookPatch[], outPath: string): Promise<void> {
  if (path.resolve(inputPath) === path.resolve(outPath)) {
    throw new BookError("FILE_SAME_AS_INPUT", `输出文件不能与输入文件相同（${outPath}）：督办助手从不改写原文件。`);
  }
  const wb = await loadWorkbook(inputPath);
  for (const patch of patches) renderPatch(wb, patch);
  await saveAtomically(wb, outPath);
}

export { writePatchedCopyFast } from "./copyWorkbook";
