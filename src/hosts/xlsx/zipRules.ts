import { DubanError } from "../../core/base";
import type { DamageReason } from "../../core/base";

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

const EOCD_SIG = 0x06054b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const CEN_SIG = 0x02014b50;
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

const decoder = new TextDecoder("utf-8");

function utf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

const DOCTYPE = /<!DOCTYPE|<!ENTITY/i;

export function assertNoDoctype(text: string, path: string, part: string): void {
  if (DOCTYPE.test(text)) throw unsafeXml(path, part);
}

function readUInt64(buf: Uint8Array, at: number, path: string): number {
  const v = u32(buf, at) + u32(buf, at + 4) * 2 ** 32;
  if (v > Number.MAX_SAFE_INTEGER) throw new DubanError("FILE_TOO_LARGE", { file: path, what: "zip-field" });
  return v;
}

/** The ZIP64 extended-information extra field (id 0x0001) among an entry's extra fields. */
function zip64Extra(extra: Uint8Array): Uint8Array | null {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    if (id === 0x0001) return extra.subarray(at + 4, Math.min(extra.length, at + 4 + length));
    at += 4 + length;
  }
  return null;
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

/** FILE_DAMAGED with what is wrong: one of the catalogue's reasons (DamageReason) and its data. */
export function damaged(path: string, reason: DamageReason): DubanError {
  return new DubanError("FILE_DAMAGED", { file: path, ...reason });
}

export function unsafeXml(path: string, part: string): DubanError {
  return new DubanError("FILE_UNSAFE_XML", { file: path, part });
}

/** Code page 437, bytes 0x80–0xFF: what a zip name means when its flags do not say UTF-8. */
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

const GBK = (() => {
  try {
    return new TextDecoder("gbk", { fatal: true });
  } catch {
    return null;
  }
})();

function strictly(decoder: TextDecoder | null, bytes: Uint8Array): string | undefined {
  if (!decoder) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * An entry's name: UTF-8 when flag bit 11 says so or an Info-ZIP Unicode Path field (0x7075) vouches for
 * the stored bytes (its CRC-32 matches them). A name without either is read, in this order, as UTF-8 when
 * its bytes are valid UTF-8 (macOS, Java and Info-ZIP on Unix write UTF-8 without the flag), as GBK when
 * they are valid GBK (the ANSI code page of Chinese Windows, in which its zip folders and the common
 * archivers — WinRAR, 360压缩, 好压 — store names without saying so), else as code page 437, the format's
 * default. A code-page-437 name with accented letters may pass as GBK; for the offices duban serves that is
 * the rarer mistake. ASCII names are the same in all four.
 */
export function entryName(raw: Uint8Array, flags: number, extra: Uint8Array, utf8: (bytes: Uint8Array) => string, crc32: (bytes: Uint8Array) => number): string {
  if (flags & 0x0800) return utf8(raw);
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra[at] | (extra[at + 1] << 8);
    const length = extra[at + 2] | (extra[at + 3] << 8);
    if (id === 0x7075 && length >= 5 && at + 4 + length <= extra.length && extra[at + 4] === 1) {
      const crc = (extra[at + 5] | (extra[at + 6] << 8) | (extra[at + 7] << 16) | (extra[at + 8] << 24)) >>> 0;
      if (crc === crc32(raw) >>> 0) return utf8(extra.subarray(at + 9, at + 4 + length));
    }
    at += 4 + length;
  }
  const named = strictly(STRICT_UTF8, raw) ?? strictly(GBK, raw);
  if (named !== undefined) return named;
  let name = "";
  for (const b of raw) name += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return name;
}

export async function readDirectory(readAt: (pos: number, length: number) => Promise<Uint8Array>, size: number, path: string): Promise<Map<string, ZipEntry>> {
  if (size < 22) throw damaged(path, { kind: "too-short" });
  const tailLength = Math.min(size, 22 + 65535);
  const tail = await readAt(size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(path, { kind: "no-directory" });
  let count = u16(tail, eocd + 10);
  let cdSize = u32(tail, eocd + 12);
  let cdOffset = u32(tail, eocd + 16);
  let cdEnd = size - tailLength + eocd;
  // ZIP64 (written by some tools whatever the size): the real counts and offsets are in the ZIP64 end
  // record, found through its locator just before the classic one.
  const locatorAt = eocd - 20;
  if (locatorAt >= 0 && u32(tail, locatorAt) === ZIP64_LOCATOR_SIG) {
    const recordOffset = readUInt64(tail, locatorAt + 8, path);
    const record = await readAt(recordOffset, 56);
    if (record.length < 56 || u32(record, 0) !== ZIP64_EOCD_SIG) throw damaged(path, { kind: "zip64-end" });
    count = readUInt64(record, 32, path);
    cdSize = readUInt64(record, 40, path);
    cdOffset = readUInt64(record, 48, path);
    cdEnd = recordOffset;
  } else if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw damaged(path, { kind: "zip64-locator" });
  }
  if (cdSize > 512 * 1024 ** 2) throw new DubanError("FILE_TOO_LARGE", { file: path, what: "zip-directory" });
  if (count > ZIP_LIMITS.maxEntries) throw new DubanError("FILE_ZIP_BOMB", { file: path, entries: count });
  if (cdOffset + cdSize > cdEnd) throw damaged(path, { kind: "directory-range" });
  const cd = await readAt(cdOffset, cdSize);
  if (cd.length !== cdSize) throw damaged(path, { kind: "directory-short" });
  const entries = new Map<string, ZipEntry>();
  const seenNames = new Set<string>();
  const spans: [number, number][] = [];
  let total = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || u32(cd, p) !== CEN_SIG) throw damaged(path, { kind: "directory-record" });
    const p0 = p;
    const flags = u16(cd, p + 8);
    const method = u16(cd, p + 10);
    let compressedSize = u32(cd, p + 20);
    let uncompressed = u32(cd, p + 24);
    const nameLength = u16(cd, p + 28);
    const extraLength = u16(cd, p + 30);
    const commentLength = u16(cd, p + 32);
    let localOffset = u32(cd, p + 42);
    if (p + 46 + nameLength + extraLength + commentLength > cd.length) throw damaged(path, { kind: "directory-record" });
    const extraField = cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    const name = entryName(cd.subarray(p + 46, p + 46 + nameLength), flags, extraField, utf8, crc32);
    if (compressedSize === 0xffffffff || uncompressed === 0xffffffff || localOffset === 0xffffffff) {
      // The ZIP64 extra field holds, in this order, the fields set to 0xffffffff above.
      const extra = zip64Extra(extraField);
      if (!extra) throw damaged(path, { kind: "zip64-extra-missing", part: name });
      let at = 0;
      const next = () => {
        if (at + 8 > extra.length) throw damaged(path, { kind: "zip64-extra-short", part: name });
        const v = readUInt64(extra, at, path);
        at += 8;
        return v;
      };
      if (uncompressed === 0xffffffff) uncompressed = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (localOffset === 0xffffffff) localOffset = next();
    }
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) {
      throw new DubanError("FILE_ENCRYPTED", { file: path, what: "zip" });
    }
    if (!safeEntryName(name)) {
      throw damaged(path, { kind: "unsafe-name", part: name });
    }
    const folded = name.toLowerCase();
    if (seenNames.has(folded)) throw damaged(path, { kind: "duplicate-name", part: name });
    seenNames.add(folded);
    if (method !== 0 && method !== 8) throw damaged(path, { kind: "compression", part: name, method });
    if (name.endsWith("/")) continue;
    total += uncompressed;
    const ratio = uncompressed / Math.max(1, compressedSize);
    if (uncompressed > ZIP_LIMITS.maxEntrySize || total > ZIP_LIMITS.maxTotalSize || (uncompressed > ZIP_LIMITS.ratioFloor && ratio > ZIP_LIMITS.maxRatio)) {
      throw new DubanError("FILE_ZIP_BOMB", { file: path, part: name, declared: uncompressed, ratio });
    }
    if (method === 0 && compressedSize !== uncompressed) throw damaged(path, { kind: "stored-size", part: name });
    const local = await readAt(localOffset, 30);
    if (local.length < 30 || u32(local, 0) !== LOC_SIG) throw damaged(path, { kind: "local-header", part: name });
    const dataOffset = localOffset + 30 + u16(local, 26) + u16(local, 28);
    if (dataOffset + compressedSize > cdOffset) throw damaged(path, { kind: "data-range", part: name });
    spans.push([localOffset, dataOffset + compressedSize + (flags & 0x8 ? 16 : 0)]);
    entries.set(name, { name, method, compressedSize, size: uncompressed, dataOffset, crc: u32(cd, p0 + 16), flags, dosTime: u32(cd, p0 + 12) });
  }
  // Entries must tile the file: a stream reader (exceljs uses local headers) must not find data the
  // directory does not account for, such as a hidden oversized entry.
  spans.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  for (const [start, end] of spans) {
    if (start < covered - 16) throw damaged(path, { kind: "overlap" });
    if (start - covered > 1024) throw damaged(path, { kind: "unaccounted" });
    covered = Math.max(covered, end);
  }
  if (cdOffset - covered > 1024) throw damaged(path, { kind: "unaccounted" });
  return entries;
}
