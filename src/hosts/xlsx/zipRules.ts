import { Reader, ZipReader } from "@zip.js/zip.js";
import { BookError } from "../../core";

/**
 * The rules of duban's zip reading that hold in every host (the CLI reading files by path, the task pane
 * reading returned files from bytes): the central directory read and checked before any XML parser sees
 * a byte — limits against bombs, safe and unique names, entries that tile the file, ZIP64 — and the
 * errors a package that breaks them gets. No node API here, so the pane's bundle shares it.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the compressed data (after the local header). */
  dataOffset: number;
  crc: number;
  /** General-purpose flags (bit 11: UTF-8 name). */
  flags: number;
  /** Last modified, as the directory stores it: MS-DOS time in the low 16 bits, date in the high 16. */
  dosTime: number;
}

/** Limits chosen so a city's year (≈1M rows, a few hundred MB of XML) passes and bombs do not. */
const ZIP_LIMITS = {
  maxEntries: 10000,
  /** Sum of declared uncompressed sizes. */
  maxTotalSize: 3 * 1024 ** 3,
  maxEntrySize: 2 * 1024 ** 3 - 1,
  /** Deflate tops out near 1032:1; real sheets stay far below this on anything big. */
  maxRatio: 400,
  /** The ratio limit applies to entries larger than this (tiny files compress oddly). */
  ratioFloor: 32 * 1024 ** 2,
};

const LOC_SIG = 0x04034b50;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 as zip uses it, continued from `crc` (0 to start). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const DOCTYPE = /<!DOCTYPE|<!ENTITY/i;

export function assertNoDoctype(text: string, path: string, part: string): void {
  if (DOCTYPE.test(text)) throw unsafeXml(path, part);
}

/**
 * Whether an entry name can be a part name: relative, forward slashes, no "." or ".." segments, no drive.
 * A name such as "../../evil" or "/etc/x" is refused rather than read or copied.
 */
function safeEntryName(name: string): boolean {
  if (!name || name.startsWith("/") || name.includes("\\") || /^[a-zA-Z]:/.test(name) || name.includes("\0")) return false;
  return name.split("/").every((seg, i, all) => seg !== ".." && seg !== "." && (seg !== "" || i === all.length - 1));
}

/**
 * An entry's name as stored, found case-insensitively: part names in a package are compared without regard
 * to case (a relationship to "worksheets/Sheet1.xml" reaches "xl/worksheets/sheet1.xml"). The folded index
 * is built on the first miss only.
 */
export function entryFinder(entries: ReadonlyMap<string, unknown>): (name: string) => string | undefined {
  let folded: Map<string, string> | null = null;
  return (name) => {
    if (entries.has(name)) return name;
    if (!folded) {
      folded = new Map();
      for (const n of entries.keys()) folded.set(n.toLowerCase(), n);
    }
    return folded.get(name.toLowerCase());
  };
}

export function damaged(path: string, why: string): BookError {
  return new BookError("FILE_DAMAGED", `文件「${path}」已损坏或不完整，无法作为 .xlsx 工作簿读取（${why}）。File damaged: ${why}.`);
}

export function unsafeXml(path: string, part: string): BookError {
  return new BookError("FILE_UNSAFE_XML", `文件「${path}」的 ${part} 含有 DOCTYPE/ENTITY 声明（可能引用外部实体），出于安全考虑已拒绝读取。XML with DOCTYPE/ENTITY declarations is refused.`);
}


const GBK = (() => {
  try {
    return new TextDecoder("gbk", { fatal: true });
  } catch {
    return null;
  }
})();

/**
 * A name whose flags do not say UTF-8, and whose bytes are not valid UTF-8 either (zip.js reads those as
 * UTF-8, as many writers leave the flag off), read as GBK when the bytes are valid GBK: the ANSI code page
 * of Chinese Windows, which its built-in zip folders and the common archivers (WinRAR, 360压缩, 好压) write
 * names in without saying so. Otherwise undefined, and zip.js reads the name as code page 437, the format's
 * default. A name written in code page 437 with accented letters may pass as GBK; for the offices duban
 * serves that is the rarer mistake.
 */
export function legacyName(raw: Uint8Array, encoding: string): string | undefined {
  if (encoding !== "cp437" || !GBK) return undefined;
  try {
    return GBK.decode(raw);
  } catch {
    return undefined;
  }
}

/** The zip directory a read may hold at most: beyond this the file is refused before anything is parsed. */
const MAX_DIRECTORY = 512 * 1024 ** 2;

/** The file as zip.js reads it: byte ranges from the host (a file handle, bytes in memory), none oversized. */
class RangeReader extends Reader<null> {
  constructor(
    private readonly readAt: (pos: number, length: number) => Promise<Uint8Array>,
    size: number,
    private readonly path: string,
  ) {
    super(null);
    this.size = size;
  }

  async readUint8Array(pos: number, length: number): Promise<Uint8Array> {
    if (length > MAX_DIRECTORY) throw new BookError("FILE_TOO_LARGE", `文件「${this.path}」的 zip 目录过大，超出督办助手可处理的范围。Zip directory too large.`);
    return this.readAt(pos, length);
  }
}

/**
 * The entries of a zip read by @zip.js/zip.js (end records, ZIP64, names by their flags and Unicode Path
 * fields, times), then held to duban's rules before anything is inflated: limits against bombs (entry
 * count, declared sizes, ratio), safe and unique names, no encryption, stored or deflated only, and entries
 * that tile the file.
 */
export async function readDirectory(readAt: (pos: number, length: number) => Promise<Uint8Array>, size: number, path: string): Promise<Map<string, ZipEntry>> {
  if (size < 22) throw damaged(path, "文件过短 too short for a zip");
  const reader = new RangeReader(readAt, size, path);
  const zip = new ZipReader(reader, { useWebWorkers: false });
  const entries = new Map<string, ZipEntry>();
  const seenNames = new Set<string>();
  const spans: [number, number][] = [];
  let total = 0;
  let count = 0;
  let cdOffset = size;
  try {
    for await (const e of zip.getEntriesGenerator({ decodeText: legacyName, filenameValidation: "tolerant", strictness: "balanced" })) {
      if (++count > ZIP_LIMITS.maxEntries) throw new BookError("FILE_ZIP_BOMB", `文件「${path}」含超过 ${ZIP_LIMITS.maxEntries} 个压缩条目，远超正常工作簿，已拒绝读取。Too many zip entries.`);
      cdOffset = zip.directoryOffset ?? cdOffset;
      const name = e.filename;
      const flags = e.rawBitFlag ?? 0;
      const method = e.compressionMethod;
      const compressedSize = e.compressedSize;
      const uncompressed = e.uncompressedSize;
      if (e.encrypted) {
        throw new BookError("FILE_ENCRYPTED", `工作簿「${path}」的压缩包已加密，请在 Excel 或 WPS 中取消密码后另存再试。Encrypted zip entries.`);
      }
      if (!safeEntryName(name)) {
        throw damaged(path, `含不安全的条目名「${name}」（绝对路径或 ../）unsafe entry name`);
      }
      const folded = name.toLowerCase();
      if (seenNames.has(folded)) throw damaged(path, `条目「${name}」重复（名称仅大小写不同）duplicate part name`);
      seenNames.add(folded);
      if (method !== 0 && method !== 8) throw damaged(path, `${name} 使用不支持的压缩方式 ${method}`);
      if (e.directory) continue;
      if (compressedSize === 0xffffffff || uncompressed === 0xffffffff || e.offset === 0xffffffff) throw damaged(path, `${name} 缺少 ZIP64 扩展字段 ZIP64 extra field missing`);
      total += uncompressed;
      const ratio = uncompressed / Math.max(1, compressedSize);
      if (uncompressed > ZIP_LIMITS.maxEntrySize || total > ZIP_LIMITS.maxTotalSize || (uncompressed > ZIP_LIMITS.ratioFloor && ratio > ZIP_LIMITS.maxRatio)) {
        throw new BookError(
          "FILE_ZIP_BOMB",
          `文件「${path}」中的 ${name} 声明解压后为 ${(uncompressed / 1024 ** 2).toFixed(0)} MB（压缩比 ${ratio.toFixed(0)}:1），疑似恶意压缩文件（zip 炸弹），已拒绝读取。Declared inflated size out of proportion.`,
        );
      }
      if (method === 0 && compressedSize !== uncompressed) throw damaged(path, `${name} 大小不一致`);
      // Where the data starts is the local header's business (its own name and extra lengths); the header
      // is also what a stream reader (exceljs) trusts, so it must be where the directory says.
      const local = await readAt(e.offset, 30);
      if (local.length < 30 || u32(local, 0) !== LOC_SIG) throw damaged(path, `${name} 的本地文件头无效，文件可能被截断 bad local header`);
      const dataOffset = e.offset + 30 + u16(local, 26) + u16(local, 28);
      if (dataOffset + compressedSize > cdOffset) throw damaged(path, `${name} 数据越界，文件可能被截断 entry data out of range`);
      spans.push([e.offset, dataOffset + compressedSize + (flags & 0x8 ? (e.zip64 ? 24 : 16) : 0)]);
      entries.set(name, { name, method, compressedSize, size: uncompressed, dataOffset, crc: (e.crc32 ?? 0) >>> 0, flags, dosTime: Number(e.rawLastModDate) >>> 0 });
    }
  } catch (err) {
    if (err instanceof BookError) throw err;
    throw damaged(path, (err as Error).message);
  }
  // Entries must tile the file: a stream reader (exceljs uses local headers) must not find data the
  // directory does not account for, such as a hidden oversized entry.
  spans.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  for (const [start, end] of spans) {
    if (start < covered - 16) throw damaged(path, "zip 条目相互重叠 overlapping entries");
    if (start - covered > 1024) throw damaged(path, "zip 中有目录未登记的数据 unaccounted data");
    covered = Math.max(covered, end);
  }
  if (cdOffset - covered > 1024) throw damaged(path, "zip 中有目录未登记的数据 unaccounted data");
  return entries;
}
