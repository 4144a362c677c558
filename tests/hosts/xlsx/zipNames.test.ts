import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { entryName, ZipArchive } from "../../../src/hosts/xlsx/zipArchive";
import { dosDateTime, ZipWriter } from "../../../src/hosts/xlsx/zipWriter";

const utf8 = (b: Uint8Array) => Buffer.from(b).toString("utf8");
const crc = (b: Uint8Array) => zlib.crc32(b);

describe("zip entry names and times", () => {
  it("reads a name as UTF-8 only when flag bit 11 or a matching Unicode Path field says so, else as code page 437", () => {
    const raw = Buffer.from([0x78, 0x6c, 0x2f, 0x81, 0xe1]); // "xl/" + CP437 ü, ß
    expect(entryName(raw, 0, new Uint8Array(0), utf8, crc)).toBe("xl/üß");
    expect(entryName(Buffer.from("xl/表.xml"), 0x0800, new Uint8Array(0), utf8, crc)).toBe("xl/表.xml");
    const unicode = Buffer.from("xl/表.xml");
    const field = (c: number) => {
      const f = Buffer.alloc(9 + unicode.length);
      f.writeUInt16LE(0x7075, 0);
      f.writeUInt16LE(5 + unicode.length, 2);
      f[4] = 1;
      f.writeUInt32LE(c >>> 0, 5);
      unicode.copy(f, 9);
      return f;
    };
    expect(entryName(raw, 0, field(zlib.crc32(raw)), utf8, crc)).toBe("xl/表.xml");
    // A Unicode Path field written for other bytes (the name was changed since) does not count.
    expect(entryName(raw, 0, field(zlib.crc32(raw) ^ 1), utf8, crc)).toBe("xl/üß");
  });

  it("stamps new entries with the time of writing and keeps a copied entry's own time; names are flagged UTF-8", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "duban-zipnames-"));
    try {
      const when = new Date(2026, 4, 17, 9, 41, 30);
      const first = path.join(dir, "a.zip");
      const w = await ZipWriter.create(first, when);
      await w.addData("xl/表.xml", Buffer.from("<a/>"));
      await w.addRaw("old.xml", { method: 0, crc: zlib.crc32(Buffer.from("x")), size: 1, dosTime: dosDateTime(new Date(2001, 0, 2, 3, 4, 6)) }, Buffer.from("x"));
      await w.finish();
      const zip = await ZipArchive.open(first);
      try {
        const entry = zip.entries.get("xl/表.xml")!;
        expect(entry.flags & 0x0800).toBe(0x0800);
        expect(entry.dosTime).toBe(dosDateTime(when));
        expect(entry.dosTime >>> 16).toBe(((2026 - 1980) << 9) | (5 << 5) | 17);
        expect(entry.dosTime & 0xffff).toBe((9 << 11) | (41 << 5) | 15);
        expect(zip.entries.get("old.xml")!.dosTime).toBe(dosDateTime(new Date(2001, 0, 2, 3, 4, 6)));
        expect(await zip.text("xl/表.xml")).toBe("<a/>");
      } finally {
        await zip.close();
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
