import { createReadStream, promises as fs } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import zlib from "node:zlib";
import { BookError } from "../../core/bookError";

/**
 * A minimal, defensive reader of the zip container of an .xlsx: the central directory is read and checked
 * before any XML parser sees a byte, so hostile files (zip bombs, lying size fields, hidden entries,
 * DOCTYPE/ENTITY declarations) are turned away with a FILE_* code instead of exhausting memory.
 * Entries are inflated as streams, each capped at the size its directory record declares.
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

/** Code page 437, bytes 0x80–0xFF: what a zip name means when its flags do not say UTF-8. */
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

/**
 * An entry's name as the zip format defines it: UTF-8 when flag bit 11 says so or an Info-ZIP Unicode
 * Path field (0x7075) vouches for the stored bytes (its CRC-32 matches them), else code page 437.
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
  let name = "";
  for (const b of raw) name += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return name;
}

/** Limits chosen so a city's year (≈1M rows, a few hundred MB of XML) passes and bombs do not. */
export const ZIP_LIMITS = {
  maxEntries: 10000,
  /** Sum of declared uncompressed sizes. */
  maxTotalSize: 3 * 1024 ** 3,
  maxEntrySize: 2 * 1024 ** 3 - 1,
  /** Deflate tops out near 1032:1; real sheets stay far below this on anything big. */
  maxRatio: 400,
  /** The ratio limit applies to entries larger than this (tiny files compress oddly). */
  ratioFloor: 32 * 1024 ** 2,
};

/** Bytes of XML turned into one string at a time: under 64 kB, so a string never exceeds 128 kB. */
export const TEXT_PIECE = 32 * 1024;

const EOCD_SIG = 0x06054b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;

function readUInt64(buf: Buffer, at: number, path: string): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new BookError("FILE_TOO_LARGE", `文件「${path}」的 zip 记录超出可处理的范围。Zip field out of range.`);
  return Number(v);
}

/** The ZIP64 extended-information extra field (id 0x0001) among an entry's extra fields. */
function zip64Extra(extra: Buffer): Buffer | null {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) return extra.subarray(at + 4, Math.min(extra.length, at + 4 + length));
    at += 4 + length;
  }
  return null;
}

/**
 * Whether an entry name can be a part name: relative, forward slashes, no "." or ".." segments, no drive.
 * A name such as "../../evil" or "/etc/x" is refused rather than read or copied.
 */
export function safeEntryName(name: string): boolean {
  if (!name || name.startsWith("/") || name.includes("\\") || /^[a-zA-Z]:/.test(name) || name.includes("\0")) return false;
  return name.split("/").every((seg, i, all) => seg !== ".." && seg !== "." && (seg !== "" || i === all.length - 1));
}
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

export function damaged(path: string, why: string): BookError {
  return new BookError("FILE_DAMAGED", `文件「${path}」已损坏或不完整，无法作为 .xlsx 工作簿读取（${why}）。File damaged: ${why}.`);
}

export class ZipArchive {
  private constructor(
    readonly path: string,
    private readonly handle: fs.FileHandle,
    readonly fileSize: number,
    readonly entries: Map<string, ZipEntry>,
  ) {}

  static async open(path: string): Promise<ZipArchive> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(path, "r");
    } catch {
      throw new BookError("FILE_NOT_FOUND", `无法读取文件「${path}」：文件不存在或无权限。`);
    }
    try {
      const size = (await handle.stat()).size;
      const entries = await readDirectory(handle, size, path);
      return new ZipArchive(path, handle, size, entries);
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * The entry's name as stored, found case-insensitively: part names in a package are compared without
   * regard to case (a relationship to "worksheets/Sheet1.xml" reaches "xl/worksheets/sheet1.xml").
   */
  find(name: string): string | undefined {
    if (this.entries.has(name)) return name;
    if (!this.folded) {
      this.folded = new Map();
      for (const n of this.entries.keys()) this.folded.set(n.toLowerCase(), n);
    }
    return this.folded.get(name.toLowerCase());
  }

  private folded: Map<string, string> | null = null;

  /** The entry's stored (still compressed) bytes, for copying it unchanged into another zip. */
  async raw(name: string): Promise<Buffer> {
    const entry = this.entries.get(name)!;
    const buf = Buffer.alloc(entry.compressedSize);
    const { bytesRead } = await this.handle.read(buf, 0, buf.length, entry.dataOffset);
    if (bytesRead !== buf.length) throw damaged(this.path, "文件被截断 truncated");
    return buf;
  }

  /** The entry's bytes, inflated chunk by chunk; never more than its declared size. */
  async *chunks(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw damaged(this.path, `缺少 ${name}`);
    if (entry.compressedSize === 0) {
      if (entry.size !== 0) throw damaged(this.path, `${name} 为空`);
      return;
    }
    const raw = createReadStream(this.path, { start: entry.dataOffset, end: entry.dataOffset + entry.compressedSize - 1, highWaterMark: 1024 * 1024 });
    const source = entry.method === 8 ? raw.pipe(zlib.createInflateRaw({ chunkSize: 256 * 1024 })) : raw;
    raw.on("error", (e) => source.destroy(e));
    let produced = 0;
    let crc = 0;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        produced += chunk.length;
        crc = zlib.crc32(chunk, crc);
        if (produced > entry.size) {
          throw new BookError("FILE_ZIP_BOMB", `文件「${this.path}」中的 ${name} 解压后超过其声明的大小，疑似恶意压缩文件（zip 炸弹），已拒绝读取。Zip entry inflates beyond its declared size.`);
        }
        yield chunk;
      }
    } catch (err) {
      if (err instanceof BookError) throw err;
      throw damaged(this.path, `${name}: ${(err as Error).message}`);
    } finally {
      raw.destroy();
      source.destroy();
    }
    if (produced !== entry.size) throw damaged(this.path, `${name} 大小与目录不符 size mismatch`);
    if (crc >>> 0 !== entry.crc >>> 0) throw damaged(this.path, `${name} 校验和不符 CRC mismatch`);
  }

  /**
   * The entry as UTF-8 text in pieces of at most TEXT_PIECE bytes, decoded across piece boundaries. Pieces
   * stay below V8's large-object size (128 kB; a piece of CJK text is two bytes a character), so the text
   * of a sheet streamed through dies young instead of piling up in the old generation until a full
   * collection: at 10⁶ rows, 256 kB pieces left some 350 MB of such garbage between collections.
   */
  async *textPieces(name: string): AsyncGenerator<string> {
    const decoder = new StringDecoder("utf8");
    for await (const chunk of this.chunks(name)) {
      for (let at = 0; at < chunk.length; at += TEXT_PIECE) {
        const text = decoder.write(chunk.subarray(at, Math.min(chunk.length, at + TEXT_PIECE)));
        if (text) yield text;
      }
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  /** A whole (small) entry as UTF-8 text, checked for DOCTYPE/ENTITY. */
  async text(name: string): Promise<string> {
    const parts: Buffer[] = [];
    for await (const c of this.chunks(name)) parts.push(c);
    const text = Buffer.concat(parts).toString("utf8");
    assertNoDoctype(text, this.path, name);
    return text;
  }
}

const DOCTYPE = /<!DOCTYPE|<!ENTITY/i;

export function assertNoDoctype(text: string, path: string, part: string): void {
  if (DOCTYPE.test(text)) throw unsafeXml(path, part);
}

export function unsafeXml(path: string, part: string): BookError {
  return new BookError("FILE_UNSAFE_XML", `文件「${path}」的 ${part} 含有 DOCTYPE/ENTITY 声明（可能引用外部实体），出于安全考虑已拒绝读取。XML with DOCTYPE/ENTITY declarations is refused.`);
}

async function readAt(handle: fs.FileHandle, pos: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, pos);
  return buf.subarray(0, bytesRead);
}

async function readDirectory(handle: fs.FileHandle, size: number, path: string): Promise<Map<string, ZipEntry>> {
  if (size < 22) throw damaged(path, "文件过短 too short for a zip");
  const tailLength = Math.min(size, 22 + 65535);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(path, "找不到 zip 目录，文件可能被截断 no end of central directory (truncated?)");
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  let cdEnd = size - tailLength + eocd;
  // ZIP64 (written by some tools whatever the size): the real counts and offsets are in the ZIP64 end
  // record, found through its locator just before the classic one.
  const locatorAt = eocd - 20;
  if (locatorAt >= 0 && tail.readUInt32LE(locatorAt) === ZIP64_LOCATOR_SIG) {
    const recordOffset = readUInt64(tail, locatorAt + 8, path);
    const record = await readAt(handle, recordOffset, 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw damaged(path, "ZIP64 目录记录无效 bad ZIP64 end record");
    count = readUInt64(record, 32, path);
    cdSize = readUInt64(record, 40, path);
    cdOffset = readUInt64(record, 48, path);
    cdEnd = recordOffset;
  } else if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw damaged(path, "ZIP64 目录缺少定位记录 ZIP64 locator missing");
  }
  if (cdSize > 512 * 1024 ** 2) throw new BookError("FILE_TOO_LARGE", `文件「${path}」的 zip 目录过大，超出督办助手可处理的范围。Zip directory too large.`);
  if (count > ZIP_LIMITS.maxEntries) throw new BookError("FILE_ZIP_BOMB", `文件「${path}」含 ${count} 个压缩条目，远超正常工作簿，已拒绝读取。Too many zip entries.`);
  if (cdOffset + cdSize > cdEnd) throw damaged(path, "zip 目录越界，文件可能被截断 central directory out of range");
  const cd = await readAt(handle, cdOffset, cdSize);
  if (cd.length !== cdSize) throw damaged(path, "zip 目录不完整 short central directory");
  const entries = new Map<string, ZipEntry>();
  const seenNames = new Set<string>();
  const spans: [number, number][] = [];
  let total = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN_SIG) throw damaged(path, "zip 目录记录无效 bad central directory record");
    const p0 = p;
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressed = cd.readUInt32LE(p + 24);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    let localOffset = cd.readUInt32LE(p + 42);
    if (p + 46 + nameLength + extraLength + commentLength > cd.length) throw damaged(path, "zip 目录记录无效 bad central directory record");
    const extraField = cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    const name = entryName(cd.subarray(p + 46, p + 46 + nameLength), flags, extraField, (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8"), (b) => zlib.crc32(b));
    if (compressedSize === 0xffffffff || uncompressed === 0xffffffff || localOffset === 0xffffffff) {
      // The ZIP64 extra field holds, in this order, the fields set to 0xffffffff above.
      const extra = zip64Extra(extraField);
      if (!extra) throw damaged(path, `${name} 缺少 ZIP64 扩展字段 ZIP64 extra field missing`);
      let at = 0;
      const next = () => {
        if (at + 8 > extra.length) throw damaged(path, `${name} 的 ZIP64 扩展字段过短`);
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
      throw new BookError("FILE_ENCRYPTED", `工作簿「${path}」的压缩包已加密，请在 Excel 或 WPS 中取消密码后另存再试。Encrypted zip entries.`);
    }
    if (!safeEntryName(name)) {
      throw damaged(path, `含不安全的条目名「${name}」（绝对路径或 ../）unsafe entry name`);
    }
    const folded = name.toLowerCase();
    if (seenNames.has(folded)) throw damaged(path, `条目「${name}」重复（名称仅大小写不同）duplicate part name`);
    seenNames.add(folded);
    if (method !== 0 && method !== 8) throw damaged(path, `${name} 使用不支持的压缩方式 ${method}`);
    if (name.endsWith("/")) continue;
    total += uncompressed;
    const ratio = uncompressed / Math.max(1, compressedSize);
    if (uncompressed > ZIP_LIMITS.maxEntrySize || total > ZIP_LIMITS.maxTotalSize || (uncompressed > ZIP_LIMITS.ratioFloor && ratio > ZIP_LIMITS.maxRatio)) {
      throw new BookError(
        "FILE_ZIP_BOMB",
        `文件「${path}」中的 ${name} 声明解压后为 ${(uncompressed / 1024 ** 2).toFixed(0)} MB（压缩比 ${ratio.toFixed(0)}:1），疑似恶意压缩文件（zip 炸弹），已拒绝读取。Declared inflated size out of proportion.`,
      );
    }
    if (method === 0 && compressedSize !== uncompressed) throw damaged(path, `${name} 大小不一致`);
    const local = await readAt(handle, localOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOC_SIG) throw damaged(path, `${name} 的本地文件头无效，文件可能被截断 bad local header`);
    const dataOffset = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (dataOffset + compressedSize > cdOffset) throw damaged(path, `${name} 数据越界，文件可能被截断 entry data out of range`);
    spans.push([localOffset, dataOffset + compressedSize + (flags & 0x8 ? 16 : 0)]);
    entries.set(name, { name, method, compressedSize, size: uncompressed, dataOffset, crc: cd.readUInt32LE(p0 + 16), flags, dosTime: cd.readUInt32LE(p0 + 12) });
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

const DOCTYPE_BYTES = [Buffer.from("<!DOCTYPE"), Buffer.from("<!ENTITY")];

/**
 * Inflates every entry once, checking it against its declared size and every XML part for DOCTYPE/ENTITY,
 * before a reader that trusts the zip (exceljs's full reader uses JSZip, which inflates without limits)
 * is given the file.
 */
export async function verifyArchive(path: string, skip: ReadonlySet<string> = new Set()): Promise<void> {
  const zip = await ZipArchive.open(path);
  try {
    for (const name of zip.entries.keys()) {
      // A part the caller inflates itself anyway (through chunks(), which checks size and CRC) is skipped.
      if (skip.has(name)) continue;
      const xml = /\.(xml|rels|vml)$/i.test(name);
      let carry: Buffer = Buffer.alloc(0);
      for await (const chunk of zip.chunks(name)) {
        if (!xml) continue;
        const window: Buffer = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        if (DOCTYPE_BYTES.some((b) => window.includes(b))) throw unsafeXml(path, name);
        carry = window.subarray(Math.max(0, window.length - 16));
      }
    }
  } finally {
    await zip.close();
  }
}
