import { createReadStream, promises as fs } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import type { TransformOptions } from "node:stream";
import zlib from "node:zlib";
import { DubanError } from "../../core/base";
import { assertNoDoctype, damaged, entryFinder, readDirectory, unsafeXml, ZipEntry } from "./zipRules";
import { byteString, exactText } from "./copyXml";

export { assertNoDoctype, damaged, entryName, unsafeXml } from "./zipRules";
export type { ZipEntry } from "./zipRules";

/**
 * A minimal, defensive reader of the zip container of an .xlsx: the central directory is read and checked
 * before any XML parser sees a byte, so hostile files (zip bombs, lying size fields, hidden entries,
 * DOCTYPE/ENTITY declarations) are turned away with a FILE_* code instead of exhausting memory.
 * Entries are inflated as streams, each capped at the size its directory record declares.
 */



/** Bytes of XML turned into one string at a time: under 64 kB, so a string never exceeds 128 kB. */
export const TEXT_PIECE = 32 * 1024;

/**
 * Inflated bytes the thread pool may make ahead of the reader (the default, 16 kB, let it inflate one chunk and
 * wait): the next chunks are inflated while the reader scans this one.
 */
const INFLATE_AHEAD = 1024 * 1024;






export class ZipArchive {
  private readonly findEntry: (name: string) => string | undefined;

  private constructor(
    readonly path: string,
    private readonly handle: fs.FileHandle,
    readonly fileSize: number,
    readonly entries: Map<string, ZipEntry>,
  ) {
    this.findEntry = entryFinder(entries);
  }

  static async open(path: string): Promise<ZipArchive> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(path, "r");
    } catch {
      throw new DubanError("FILE_NOT_FOUND", { file: path });
    }
    try {
      const size = (await handle.stat()).size;
      const entries = await readDirectory(async (pos, length) => {
        const buf = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buf, 0, length, pos);
        return buf.subarray(0, bytesRead);
      }, size, path);
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

  /** The entry's name as stored, found case-insensitively (entryFinder). */
  find(name: string): string | undefined {
    return this.findEntry(name);
  }


  /** The entry's stored (still compressed) bytes, for copying it unchanged into another zip. */
  async raw(name: string): Promise<Buffer> {
    const entry = this.entries.get(name)!;
    const buf = Buffer.alloc(entry.compressedSize);
    const { bytesRead } = await this.handle.read(buf, 0, buf.length, entry.dataOffset);
    if (bytesRead !== buf.length) throw damaged(this.path, { kind: "truncated" });
    return buf;
  }

  /** The entry's bytes, inflated chunk by chunk; never more than its declared size. */
  async *chunks(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw damaged(this.path, { kind: "part-missing", part: name });
    if (entry.compressedSize === 0) {
      if (entry.size !== 0) throw damaged(this.path, { kind: "part-empty", part: name });
      return;
    }
    const raw = createReadStream(this.path, { start: entry.dataOffset, end: entry.dataOffset + entry.compressedSize - 1, highWaterMark: 1024 * 1024 });
    const source = entry.method === 8 ? raw.pipe(zlib.createInflateRaw({ chunkSize: 256 * 1024, readableHighWaterMark: INFLATE_AHEAD } as zlib.ZlibOptions & TransformOptions)) : raw;
    raw.on("error", (e) => source.destroy(e));
    let produced = 0;
    let crc = 0;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        produced += chunk.length;
        crc = zlib.crc32(chunk, crc);
        if (produced > entry.size) {
          throw new DubanError("FILE_ZIP_BOMB", { file: this.path, part: name });
        }
        yield chunk;
      }
    } catch (err) {
      if (err instanceof DubanError) throw err;
      throw damaged(this.path, { kind: "inflate", part: name, detail: (err as Error).message });
    } finally {
      raw.destroy();
      source.destroy();
    }
    if (produced !== entry.size) throw damaged(this.path, { kind: "size-mismatch", part: name });
    if (crc >>> 0 !== entry.crc >>> 0) throw damaged(this.path, { kind: "crc", part: name });
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
      for (let at = 0; at < chunk.length; ) {
        // Within a chunk a piece ends after its last '>' (an ASCII byte, so never inside a character): the
        // next one then starts outside any tag, and the scanner need not join a tag cut in two to the next
        // piece, which copies that piece whole (issue 17). Only a chunk's end cuts anywhere.
        let to = Math.min(chunk.length, at + TEXT_PIECE);
        if (to < chunk.length) {
          const gt = chunk.lastIndexOf(62, to - 1);
          if (gt >= at) to = gt + 1;
        }
        const text = decoder.write(chunk.subarray(at, to));
        if (text) yield text;
        at = to;
      }
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  /** The entry as byte strings (copyXml.ts: one character a byte) in pieces of TEXT_PIECE bytes, for a copy that keeps every byte. */
  async *bytePieces(name: string): AsyncGenerator<string> {
    for await (const chunk of this.chunks(name)) {
      for (let at = 0; at < chunk.length; at += TEXT_PIECE) yield byteString(chunk, at, Math.min(chunk.length, at + TEXT_PIECE));
    }
  }

  /**
   * A whole (small) entry as text for the copy to edit: only where its bytes are valid UTF-8 and declared so
   * (else PartNotUtf8), so that writing the text back keeps every byte not edited. Checked for DOCTYPE/ENTITY.
   */
  async exactText(name: string): Promise<string> {
    const parts: Buffer[] = [];
    for await (const c of this.chunks(name)) parts.push(c);
    const text = exactText(Buffer.concat(parts), name);
    assertNoDoctype(text, this.path, name);
    return text;
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
