import { promises as fs } from "node:fs";
import { DubanError } from "../../core/base";
import type { WorkbookData } from "../../core/base";
import { checkWorkbookBytes } from "./checkBytes";
import { readPackage, SheetStats, StreamOptions } from "./readPackage";
import { damaged, ZipArchive } from "./zipArchive";

export type { SheetStats, StreamOptions } from "./readPackage";

/** The streaming read path for a file by path; the reading itself is readPackage.ts, shared with the task pane. */

const MAX_HEAD = 64 * 1024 * 1024;

/** Rejects what is not an .xlsx zip (empty, CSV, .xls, password-protected) by its first bytes. */
export async function checkFileHead(path: string): Promise<void> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, "r");
  } catch {
    throw new DubanError("FILE_NOT_FOUND", { file: path });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new DubanError("FILE_NOT_A_FILE", { file: path });
    const head = Buffer.alloc(Math.min(8, stat.size));
    await handle.read(head, 0, head.length, 0);
    if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return;
    // An OLE file (.xls or an encrypted .xlsx): the marker that tells them apart sits anywhere in it.
    const isOle = head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf;
    const length = isOle ? Math.min(stat.size, MAX_HEAD) : head.length;
    const bytes = Buffer.alloc(length);
    await handle.read(bytes, 0, length, 0);
    checkWorkbookBytes(bytes, path);
    // An empty-directory zip ("PK\x05\x06") or other PK variants.
    throw damaged(path, { kind: "not-zip" });
  } finally {
    await handle.close();
  }
}

/** Scans one zip part (UTF-8 decoded across chunk boundaries); malformed XML is a damaged file. */
/**
 * Reads an .xlsx file as WorkbookData by streaming. Throws a DubanError (FILE_*) for anything unreadable;
 * returns null when the workbook uses a feature only the full reader handles (the 1904 date system), so
 * the caller can fall back.
 */
export async function streamWorkbookFile(path: string, options: StreamOptions = {}): Promise<WorkbookData | null> {
  const read = await streamWorkbookWithStats(path, options);
  return read.date1904 ? null : read.data;
}

/**
 * The cells and, per sheet, how many row elements it has. For a workbook in the 1904 date system the
 * cells are read all the same (so the stats can guard the full reader) but `date1904` tells the caller
 * to take the cells from the full reader, which converts its dates.
 */
export async function streamWorkbookWithStats(path: string, options: StreamOptions = {}): Promise<{ data: WorkbookData; stats: SheetStats[]; date1904: boolean }> {
  await checkFileHead(path);
  const zip = await ZipArchive.open(path);
  try {
    const read = await readPackage(zip, options);
    for (const [part, index] of options.rowIndex ?? []) {
      const entry = zip.entries.get(part);
      if (entry) {
        index.size = entry.size;
        index.crc = entry.crc;
      } else index.usable = false;
    }
    return read;
  } finally {
    await zip.close();
  }
}
