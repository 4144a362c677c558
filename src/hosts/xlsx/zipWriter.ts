import { promises as fs } from "node:fs";
import { once } from "node:events";
import type { TransformOptions } from "node:stream";
import zlib from "node:zlib";
import { DubanError } from "../../core";

const DEFLATE_BATCH = 256 * 1024;
const DEFLATE_AHEAD = 4 * DEFLATE_BATCH;

interface Written {
  name: Buffer;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  flags: number;
  offset: number;
  dosTime: number;
}

/**
 * A plain zip's fields end here. duban's own limits (3 GB inflated in all, 10,000 entries: zipRules.ts)
 * keep every package it writes below them, so this writer has no ZIP64; were a size or an offset ever to
 * reach one, the copy stops with FILE_TOO_LARGE instead of writing a field that wraps round.
 */
const MAX_32 = 0xffffffff;

function fits(file: string, ...values: number[]): void {
  if (values.some((v) => v >= MAX_32)) {
    throw new DubanError("FILE_TOO_LARGE", { file, what: "output-zip64" });
  }
}

/** Bit 11: the name is UTF-8, as every name this writer writes is. */
const UTF8_NAME = 0x0800;

/** A time as MS-DOS stores it in a zip (local time, two-second steps, 1980–2107): time low, date high. */
export function dosDateTime(d: Date): number {
  const year = Math.min(2107, Math.max(1980, d.getFullYear()));
  const date = ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1);
  return ((date << 16) | time) >>> 0;
}

/**
 * Writes a zip sequentially: entries copied with their compressed bytes unchanged (no inflate, no
 * deflate) or new ones deflated here. What lets a copy of a large workbook cost little more than its
 * file size.
 */
export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];

  /** New entries are stamped with the time the copy is made (a copied one keeps its own). */
  private readonly now: number;

  private constructor(private readonly handle: fs.FileHandle, private readonly file: string, now: Date) {
    this.now = dosDateTime(now);
  }

  static async create(path: string, now = new Date()): Promise<ZipWriter> {
    return new ZipWriter(await fs.open(path, "wx"), path, now);
  }

  private async write(buf: Buffer): Promise<void> {
    await this.handle.write(buf, 0, buf.length, this.offset);
    this.offset += buf.length;
  }

  /** An entry as stored elsewhere: compressed bytes, CRC and sizes as its directory states them. */
  async addRaw(name: string, e: { method: number; crc: number; size: number; dosTime?: number }, compressed: Buffer): Promise<void> {
    await this.add(name, e.method, e.crc, compressed, e.size, e.dosTime ?? this.now);
  }

  async addData(name: string, data: Buffer): Promise<void> {
    const compressed = zlib.deflateRawSync(data, { level: 6 });
    await this.add(name, 8, zlib.crc32(data), compressed, data.length, this.now);
  }

  /** A new entry deflated as its content arrives, so a large part never sits whole in memory. */
  async addStream(name: string, source: AsyncIterable<Buffer>): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const offset = this.offset;
    // The header is written once the sizes and CRC are known; its room is kept now.
    await this.write(Buffer.alloc(30));
    await this.write(nameBytes);
    // Level 1: these are the large parts (a rewritten sheet, a findings sheet of 10⁵ rows); speed matters
    // more than the ~10% of size a higher level saves on XML.
    // Up to DEFLATE_AHEAD bytes may wait for the deflate (in the thread pool) while the source makes the next
    // ones: with the default (16 kB) every 256 kB batch waited for its deflate, and the producer sat idle.
    const deflate = zlib.createDeflateRaw({ level: 1, chunkSize: 64 * 1024, writableHighWaterMark: DEFLATE_AHEAD } as zlib.ZlibOptions & TransformOptions);
    let compressedSize = 0;
    const consumer = (async () => {
      for await (const out of deflate as AsyncIterable<Buffer>) {
        await this.write(out);
        compressedSize += out.length;
      }
    })();
    let crc = 0;
    let size = 0;
    // Sources hand small buffers (their text is kept in small strings, see ZipArchive.textPieces); the
    // deflate stream gets them ~256 kB at a time, each write being a round trip to the thread pool.
    let batch: Buffer[] = [];
    let batched = 0;
    const flush = async () => {
      const data = batch.length === 1 ? batch[0] : Buffer.concat(batch, batched);
      batch = [];
      batched = 0;
      if (!deflate.write(data)) await once(deflate, "drain");
    };
    try {
      for await (const chunk of source) {
        crc = zlib.crc32(chunk, crc);
        size += chunk.length;
        batch.push(chunk);
        batched += chunk.length;
        if (batched >= DEFLATE_BATCH) await flush();
      }
      if (batched) await flush();
      deflate.end();
      await consumer;
    } catch (err) {
      deflate.destroy();
      await consumer.catch(() => undefined);
      throw err;
    }
    fits(this.file, compressedSize, size, this.offset);
    const header = this.header(nameBytes.length, 8, crc, compressedSize, size, this.now);
    await this.handle.write(header, 0, header.length, offset);
    this.written.push({ name: nameBytes, method: 8, crc: crc >>> 0, compressedSize, size, flags: UTF8_NAME, offset, dosTime: this.now });
  }

  private header(nameLength: number, method: number, crc: number, compressedSize: number, size: number, dosTime: number): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(UTF8_NAME, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt32LE(dosTime, 10);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(nameLength, 26);
    return header;
  }

  private async add(name: string, method: number, crc: number, compressed: Buffer, size: number, dosTime: number): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    fits(this.file, compressed.length, size, this.offset + 30 + nameBytes.length + compressed.length);
    const header = this.header(nameBytes.length, method, crc, compressed.length, size, dosTime);
    this.written.push({ name: nameBytes, method, crc: crc >>> 0, compressedSize: compressed.length, size, flags: UTF8_NAME, offset: this.offset, dosTime });
    await this.write(header);
    await this.write(nameBytes);
    await this.write(compressed);
  }

  async finish(): Promise<void> {
    const start = this.offset;
    if (this.written.length >= 0xffff) fits(this.file, MAX_32);
    for (const w of this.written) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(w.flags, 8);
      c.writeUInt16LE(w.method, 10);
      c.writeUInt32LE(w.dosTime, 12);
      c.writeUInt32LE(w.crc, 16);
      c.writeUInt32LE(w.compressedSize, 20);
      c.writeUInt32LE(w.size, 24);
      c.writeUInt16LE(w.name.length, 28);
      c.writeUInt32LE(w.offset, 42);
      await this.write(c);
      await this.write(w.name);
    }
    fits(this.file, this.offset);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await this.handle.close();
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}
