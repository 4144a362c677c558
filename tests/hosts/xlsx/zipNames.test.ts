import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { entryName, ZipArchive } from "../../../src/hosts/xlsx/zipArchive";
import { BytesZip } from "../../../src/hosts/xlsx/bytesZip";
import { dosDateTime, ZipWriter } from "../../../src/hosts/xlsx/zipWriter";
import { makeZip } from "../../hostile/craft";

const PYTHON = "/usr/bin/python3";

/** Zip tools on Chinese Windows store names in GBK with flag bit 11 off. */
const GBK_NAME = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x2e, 0x78, 0x6d, 0x6c]); // "中文.xml" in GBK

function unicodePathField(name: string, stored: Buffer): Buffer {
  const unicode = Buffer.from(name, "utf8");
  const f = Buffer.alloc(9 + unicode.length);
  f.writeUInt16LE(0x7075, 0);
  f.writeUInt16LE(5 + unicode.length, 2);
  f[4] = 1;
  f.writeUInt32LE(zlib.crc32(stored) >>> 0, 5);
  unicode.copy(f, 9);
  return f;
}

describe("zip entry names and times", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "duban-zipnames-"));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("reads a name without the UTF-8 flag as UTF-8 when it is valid UTF-8, else GBK when valid GBK, else code page 437", async () => {
    const cp437 = Buffer.from([0x78, 0x6c, 0x2f, 0x61, 0xe1]); // "xl/a" + a lone 0xE1: not UTF-8, not GBK; CP437 ß
    const zip = makeZip([
      { name: "gbk", rawName: Buffer.concat([Buffer.from("xl/"), GBK_NAME]), data: Buffer.from("<a/>") },
      { name: "cp437", rawName: cp437, data: Buffer.from("<b/>") },
      { name: "xl/表一.xml", data: Buffer.from("<c/>") }, // UTF-8 bytes, flag off (macOS, Java)
      { name: "xl/表二.xml", data: Buffer.from("<d/>"), flags: 0x0800 },
    ]);
    const file = path.join(dir, "names.zip");
    await fs.writeFile(file, zip);
    const fromFile = await ZipArchive.open(file);
    try {
      expect([...fromFile.entries.keys()]).toEqual(["xl/中文.xml", "xl/aß", "xl/表一.xml", "xl/表二.xml"]);
      expect(await fromFile.text("xl/中文.xml")).toBe("<a/>");
    } finally {
      await fromFile.close();
    }
    const fromBytes = await BytesZip.open(new Uint8Array(zip), "names.zip");
    expect([...fromBytes.entries.keys()]).toEqual(["xl/中文.xml", "xl/aß", "xl/表一.xml", "xl/表二.xml"]);
    const utf8 = (b: Uint8Array) => Buffer.from(b).toString("utf8");
    const crc = (b: Uint8Array) => zlib.crc32(b);
    expect(entryName(GBK_NAME, 0, new Uint8Array(0), utf8, crc)).toBe("中文.xml");
    expect(entryName(Buffer.from([0x81, 0xe1, 0xe1]), 0, new Uint8Array(0), utf8, crc)).toBe("üßß"); // GBK 0x81E1, then a lone 0xE1: not GBK as a whole, so all code page 437
    expect(entryName(Buffer.from([0xe1]), 0, new Uint8Array(0), utf8, crc)).toBe("ß");
  });

  it("takes an Info-ZIP Unicode Path field only when its CRC matches the stored name", async () => {
    const stored = Buffer.from([0x78, 0x6c, 0x2f, 0x61, 0xe1]);
    const good = unicodePathField("xl/表.xml", stored);
    const stale = unicodePathField("xl/旧.xml", Buffer.from("other"));
    const withExtra = (field: Buffer) => {
      // makeZip writes no extra fields: put the field into the central record by hand.
      const zip = makeZip([{ name: "x", rawName: stored, data: Buffer.from("<a/>") }]);
      const cen = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      const eocd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
      const record = Buffer.concat([zip.subarray(cen, cen + 46 + stored.length), field]);
      record.writeUInt16LE(field.length, 30);
      const end = Buffer.from(zip.subarray(eocd));
      end.writeUInt32LE(record.length, 12);
      return Buffer.concat([zip.subarray(0, cen), record, end]);
    };
    expect([...(await BytesZip.open(new Uint8Array(withExtra(good)), "a.zip")).entries.keys()]).toEqual(["xl/表.xml"]);
    expect([...(await BytesZip.open(new Uint8Array(withExtra(stale)), "b.zip")).entries.keys()]).toEqual(["xl/aß"]);
  });

  it("stamps new entries with the time of writing and keeps a copied entry's own time; names are flagged UTF-8", async () => {
    const when = new Date(2026, 4, 17, 9, 41, 30);
    const first = path.join(dir, "a.zip");
    const w = await ZipWriter.create(first, when);
    await w.addData("xl/表.xml", Buffer.from("<a/>"));
    await w.addRaw("old.xml", { method: 0, crc: zlib.crc32(Buffer.from("x")), size: 1, dosTime: dosDateTime(new Date(2001, 0, 2, 3, 4, 6)) }, Buffer.from("x"));
    await w.addStream("xl/流.xml", (async function* () {
      yield Buffer.from("<s>");
      yield Buffer.from("</s>");
    })());
    await w.finish();
    const zip = await ZipArchive.open(first);
    try {
      const entry = zip.entries.get("xl/表.xml")!;
      expect(entry.flags & 0x0800).toBe(0x0800);
      expect(entry.flags & 0x0008).toBe(0); // sizes in the local header, no data descriptor
      expect(entry.dosTime).toBe(dosDateTime(when));
      expect(entry.dosTime >>> 16).toBe(((2026 - 1980) << 9) | (5 << 5) | 17);
      expect(entry.dosTime & 0xffff).toBe((9 << 11) | (41 << 5) | 15);
      expect(zip.entries.get("xl/流.xml")!.dosTime).toBe(dosDateTime(when));
      expect(zip.entries.get("old.xml")!.dosTime).toBe(dosDateTime(new Date(2001, 0, 2, 3, 4, 6)));
      expect(await zip.text("xl/表.xml")).toBe("<a/>");
      expect(await zip.text("xl/流.xml")).toBe("<s></s>");
      expect(await zip.text("old.xml")).toBe("x");
    } finally {
      await zip.close();
    }
    // Python's zipfile agrees on names and times (not 1980-01-01).
    const seen = JSON.parse(
      execFileSync(PYTHON, ["-c", "import json,sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(json.dumps([[i.filename, list(i.date_time)] for i in z.infolist()]))", first], { encoding: "utf8" }),
    );
    expect(seen).toEqual([
      ["xl/表.xml", [2026, 5, 17, 9, 41, 30]],
      ["old.xml", [2001, 1, 2, 3, 4, 6]],
      ["xl/流.xml", [2026, 5, 17, 9, 41, 30]],
    ]);
  });

  it("writes a plain zip (no ZIP64 records: LibreOffice 7.4 reads none) that Python's zipfile reads and tests", async () => {
    const file = path.join(dir, "plain.zip");
    const w = await ZipWriter.create(file);
    await w.addData("[Content_Types].xml", Buffer.from("<Types/>"));
    await w.addStream("xl/worksheets/sheet1.xml", (async function* () {
      for (let i = 0; i < 2000; i++) yield Buffer.from(`<row r="${i + 1}"><c><v>${i}</v></c></row>`);
    })());
    await w.finish();
    expect((await fs.readFile(file)).includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(false);
    const py = execFileSync(
      PYTHON,
      ["-c", "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(z.read('xl/worksheets/sheet1.xml').count(b'<row '), z.read('[Content_Types].xml').decode())", file],
      { encoding: "utf8" },
    );
    expect(py.trim()).toBe("2000 <Types/>");
  });
});
