/**
 * scripts/packWps.js: the store-only .7z read back by an independent reader (the system libarchive, via
 * python ctypes; skipped with a notice where either is missing, required when CI=true), and the online /
 * offline list entries.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pack, sevenZip, crc32, number7z } = require("../../../scripts/packWps.js");

const reader = path.join(__dirname, "read7z.py");
const probe = spawnSync("python3", ["-c", "import ctypes; ctypes.CDLL('libarchive.so.13')"]);
const haveLibarchive = probe.status === 0;
if (!haveLibarchive && process.env.CI !== "true") process.stderr.write("[skip] python3 + libarchive.so.13 not found: the .7z is not read back by an independent reader here\n");

function read7z(file: string): { name: string; dir: boolean; hex: string }[] | { error: string } {
  const r = spawnSync("python3", [reader, file], { encoding: "utf8" });
  return JSON.parse(r.stdout);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "duban-wps-pack-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("7z NUMBER encoding and CRC-32", () => {
  expect(number7z(0)).toEqual([0]);
  expect(number7z(0x7f)).toEqual([0x7f]);
  expect(number7z(0x80)).toEqual([0x80, 0x80]);
  expect(number7z(0x3fff)).toEqual([0xbf, 0xff]);
  expect(number7z(0x4000)).toEqual([0xc0, 0x00, 0x40]);
  expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
});

(haveLibarchive || process.env.CI === "true" ? test : test.skip)("libarchive reads the .7z back: names, folders, bytes (CRCs checked)", () => {
  const entries = [
    { name: "index.html", data: Buffer.from("<html>督办</html>") },
    { name: "images", dir: true },
    { name: "images/icon-32.png", data: Buffer.from([0, 1, 2, 250, 255]) },
    { name: "empty.txt", data: Buffer.alloc(0) },
  ];
  const file = path.join(tmp, "t.7z");
  fs.writeFileSync(file, sevenZip(entries));
  expect(read7z(file)).toEqual([
    { name: "index.html", dir: false, hex: Buffer.from("<html>督办</html>").toString("hex") },
    { name: "images/", dir: true, hex: "" },
    { name: "images/icon-32.png", dir: false, hex: "000102faff" },
    { name: "empty.txt", dir: false, hex: "" },
  ]);
  const bytes = fs.readFileSync(file);
  bytes[32] ^= 0xff; // first byte of the first file: its CRC no longer matches
  fs.writeFileSync(file, bytes);
  expect(read7z(file)).toEqual({ error: expect.any(String) });
});

test("pack writes the online and offline entries and the archive of the add-in folder", () => {
  const addin = path.join(tmp, "addin");
  fs.mkdirSync(path.join(addin, "images"), { recursive: true });
  for (const f of ["ribbon.xml", "manifest.xml", "index.html", "functions.json", "images/icon-32.png"]) fs.writeFileSync(path.join(addin, f), f);
  const out = path.join(tmp, "out");
  const r = pack({ addin, out, env: { DUBAN_WPS_URL: "http://intranet.gov.example/duban", DUBAN_WPS_OFFLINE_URL: "file:///D:/duban/duban.7z" } });
  expect(r.files).toBe(5);
  const online = fs.readFileSync(path.join(out, "online/jsplugins.xml"), "utf8");
  expect(online).toContain('<jspluginonline name="duban" type="et" url="http://intranet.gov.example/duban/" enable="true"/>');
  const offline = fs.readFileSync(path.join(out, "offline/jsplugins.xml"), "utf8");
  expect(offline).toMatch(/<jsplugin name="duban" type="et" url="file:\/\/\/D:\/duban\/duban.7z" version="\d+\.\d+\.\d+" enable="true"\/>/);
  expect(fs.readFileSync(path.join(out, "offline/publish.xml"), "utf8")).toContain('enable="enable_dev" install="null"');
  expect(fs.existsSync(path.join(out, `offline/duban_${r.version}/ribbon.xml`))).toBe(true);
  if (haveLibarchive) {
    const listed = read7z(r.archive) as { name: string }[];
    expect(listed.map((e) => e.name)).toEqual(["functions.json", "images/", "images/icon-32.png", "index.html", "manifest.xml", "ribbon.xml"]);
  }
  expect(() => pack({ addin: path.join(tmp, "none"), out })).toThrow(/HOST_WPS_BUILD_MISSING/);
  expect(() => pack({ addin, out, env: { DUBAN_WPS_URL: "ftp://x/" } })).toThrow(/HOST_WPS_BAD_URL/);
});
