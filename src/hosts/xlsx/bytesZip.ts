import { DubanError } from "../../core";
import type { PartReader } from "./readPackage";
import { assertNoDoctype, crc32, damaged, entryFinder, readDirectory, unsafeXml, ZipEntry } from "./zipRules";

/** Compressed bytes handed to the inflater at a time: deflate tops out near 1032:1, so ≤ 16 MB comes out before the size check. */
const FEED = 16 * 1024;
/** Bytes of XML turned into one string at a time, as ZipArchive does. */
const PIECE = 32 * 1024;

/**
 * An .xlsx package held as bytes (a file returned to the task pane), read by the same rules as a file by
 * path (zipRules.ts): the directory checked before anything is inflated, every part inflated no further
 * than it declares, its CRC checked, DOCTYPE/ENTITY refused. No node API: inflating is the platform's
 * DecompressionStream (browsers, WebView2, Node 18+).
 */
export class BytesZip implements PartReader {
  private readonly findEntry: (name: string) => string | undefined;

  private constructor(
    readonly path: string,
    private readonly bytes: Uint8Array,
    readonly entries: Map<string, ZipEntry>,
  ) {
    this.findEntry = entryFinder(entries);
  }

  static async open(bytes: Uint8Array, path: string): Promise<BytesZip> {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4) throw damaged(path, { kind: "not-zip" });
    const entries = await readDirectory(async (pos, length) => bytes.subarray(pos, Math.min(bytes.length, pos + length)), bytes.length, path);
    return new BytesZip(path, bytes, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  find(name: string): string | undefined {
    return this.findEntry(name);
  }

  /** The entry's bytes, inflated piece by piece; never more than its declared size. */
  async *chunks(name: string): AsyncGenerator<Uint8Array> {
    const entry = this.entries.get(name);
    if (!entry) throw damaged(this.path, { kind: "part-missing", part: name });
    const raw = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let produced = 0;
    let crc = 0;
    const take = (chunk: Uint8Array) => {
      produced += chunk.length;
      if (produced > entry.size) {
        throw new DubanError("FILE_ZIP_BOMB", { file: this.path, part: name });
      }
      crc = crc32(chunk, crc);
    };
    if (entry.method === 0) {
      take(raw);
      if (raw.length) yield raw;
    } else if (raw.length) {
      const stream = new DecompressionStream("deflate-raw");
      const writer = stream.writable.getWriter();
      const reader = stream.readable.getReader();
      // Fed a slice at a time, concurrently with reading, so a bomb is stopped after a slice's worth.
      const feeding = (async () => {
        for (let at = 0; at < raw.length; at += FEED) {
          await writer.ready;
          await writer.write(raw.subarray(at, Math.min(raw.length, at + FEED)) as Uint8Array<ArrayBuffer>);
        }
        await writer.close();
      })();
      feeding.catch(() => undefined);
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          take(value);
          yield value;
        }
        await feeding;
      } catch (err) {
        if (err instanceof DubanError) throw err;
        throw damaged(this.path, { kind: "inflate", part: name, detail: (err as Error).message });
      } finally {
        reader.cancel().catch(() => undefined);
        writer.abort().catch(() => undefined);
      }
    }
    if (produced !== entry.size) throw damaged(this.path, { kind: "size-mismatch", part: name });
    if (crc >>> 0 !== entry.crc >>> 0) throw damaged(this.path, { kind: "crc", part: name });
  }

  async *textPieces(name: string): AsyncGenerator<string> {
    const decoder = new TextDecoder("utf-8");
    for await (const chunk of this.chunks(name)) {
      for (let at = 0; at < chunk.length; at += PIECE) {
        const text = decoder.decode(chunk.subarray(at, Math.min(chunk.length, at + PIECE)), { stream: true });
        if (text) yield text;
      }
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }

  async text(name: string): Promise<string> {
    let text = "";
    for await (const piece of this.textPieces(name)) text += piece;
    assertNoDoctype(text, this.path, name);
    return text;
  }

  /**
   * Inflates every entry once (size and CRC checked) and refuses DOCTYPE/ENTITY in every XML part: what
   * must hold before bytes are given to a reader that trusts the zip (exceljs).
   */
  async verify(): Promise<void> {
    for (const name of this.entries.keys()) {
      if (/\.(xml|rels|vml)$/i.test(name)) {
        let tail = "";
        for await (const piece of this.textPieces(name)) {
          if (/<!DOCTYPE|<!ENTITY/i.test(tail + piece)) throw unsafeXml(this.path, name);
          tail = piece.slice(-16);
        }
      } else for await (const chunk of this.chunks(name)) void chunk;
    }
  }
}
