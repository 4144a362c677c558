import { promises as fs } from "node:fs";
import { once } from "node:events";
import zlib from "node:zlib";
import { ZipWriter as LibZipWriter } from "@zip.js/zip.js";

const DEFLATE_BATCH = 256 * 1024;

/** A time as MS-DOS stores it in a zip (local time, two-second steps, 1980–2107): time low, date high. */
export function dosDateTime(d: Date): number {
  const year = Math.min(2107, Math.max(1980, d.getFullYear()));
  const date = ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1);
  return ((date << 16) | time) >>> 0;
}

/** Buffers handed to zip.js as one entry's bytes, of a size known beforehand. */
function source(chunks: readonly Uint8Array[], size: number): { readable: ReadableStream<Uint8Array>; size: number } {
  let i = 0;
  const readable = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
  });
  return { readable, size };
}

/**
 * Writes a zip with @zip.js/zip.js, sequentially: entries copied with their compressed bytes unchanged
 * (no inflate, no deflate: what lets a copy of a large workbook cost little more than its file size) or
 * new ones. Every entry goes in with its sizes and CRC known, so its local header is complete (no data
 * descriptor) and zip.js uses ZIP64 only where a size or an offset needs it: a workbook under 4 GB is a
 * plain zip, which LibreOffice 7.4, reading no ZIP64 end record, opens too.
 */
export class ZipWriter {
  private readonly zip: LibZipWriter<unknown>;
  /** New entries are stamped with the time the copy is made (a copied one keeps its own). */
  private readonly now: number;

  private constructor(private readonly handle: fs.FileHandle, now: Date, zip64?: boolean) {
    this.now = dosDateTime(now);
    let offset = 0;
    const writable = new WritableStream<Uint8Array>({
      write: async (chunk) => {
        await handle.write(chunk, 0, chunk.length, offset);
        offset += chunk.length;
      },
    });
    this.zip = new LibZipWriter(writable, {
      useWebWorkers: false,
      // Office writes plain MS-DOS times; no extended-timestamp or NTFS fields.
      extendedTimestamp: false,
      useUnicodeFileNames: true,
      dataDescriptor: false,
      keepOrder: true,
      zip64,
    });
  }

  /** `zip64` forces ZIP64 records (tests); by default they are written only when needed. */
  static async create(path: string, now = new Date(), options: { zip64?: boolean } = {}): Promise<ZipWriter> {
    return new ZipWriter(await fs.open(path, "wx"), now, options.zip64);
  }

  private async put(name: string, method: number, crc: number, size: number, compressed: readonly Uint8Array[], compressedSize: number, dosTime: number): Promise<void> {
    await this.zip.add(name, source(compressed, compressedSize), {
      passThrough: true,
      compressionMethod: method,
      uncompressedSize: size,
      crc32: crc >>> 0,
      rawLastModDate: dosTime,
    });
  }

  /** An entry as stored elsewhere: compressed bytes, CRC and sizes as its directory states them. */
  async addRaw(name: string, e: { method: number; crc: number; size: number; dosTime?: number }, compressed: Buffer): Promise<void> {
    await this.put(name, e.method, e.crc, e.size, [compressed], compressed.length, e.dosTime ?? this.now);
  }

  async addData(name: string, data: Buffer): Promise<void> {
    const compressed = zlib.deflateRawSync(data, { level: 6 });
    await this.put(name, 8, zlib.crc32(data), data.length, [compressed], compressed.length, this.now);
  }

  /**
   * A new entry deflated as its content arrives, so a large part never sits whole in memory inflated. Node's
   * zlib deflates it (level 1: these are the large parts, a rewritten sheet or a findings sheet of 10⁵
   * rows, where speed matters more than the ~10% of size a higher level saves on XML); its compressed
   * bytes are kept until the end, then handed to zip.js with their sizes and CRC, as a copied entry is.
   * zip.js would deflate a stream of unknown size itself only at level 6 (the platform's CompressionStream)
   * and with a ZIP64 local header and data descriptor, which older readers refuse.
   */
  async addStream(name: string, input: AsyncIterable<Buffer>): Promise<void> {
    const deflate = zlib.createDeflateRaw({ level: 1 });
    const compressed: Buffer[] = [];
    let compressedSize = 0;
    const consumer = (async () => {
      for await (const out of deflate as AsyncIterable<Buffer>) {
        compressed.push(out);
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
      for await (const chunk of input) {
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
    await this.put(name, 8, crc, size, compressed, compressedSize, this.now);
  }

  async finish(): Promise<void> {
    try {
      await this.zip.close();
    } finally {
      await this.handle.close();
    }
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}
