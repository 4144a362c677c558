#!/usr/bin/env node
/* Packs the WPS add-in built by webpack.wps.config.js (dist/wps/addin/) for both deployment modes, with
 * no prompts so CI can run it:
 *
 *   dist/wps/online/   jsplugins.xml and publish.xml entries (<jspluginonline>) pointing at DUBAN_WPS_URL,
 *                      where the office serves dist/wps/addin/ on its intranet.
 *   dist/wps/offline/  duban_<version>.7z (the packaged add-in WPS's offline mode installs), the same files
 *                      unpacked in duban_<version>/ (for copying into jsaddons by hand), and the
 *                      jsplugins.xml / publish.xml entries (<jsplugin>) pointing at DUBAN_WPS_OFFLINE_URL.
 *
 * The .7z is written here, store-only (no compression: the add-in is small, and no 7-Zip binary or
 * npm package is needed offline). See docs/wps.md for what was and was not tried in a real WPS.
 *
 * DUBAN_WPS_URL          intranet URL of dist/wps/addin/ (default http://127.0.0.1:3889/duban/)
 * DUBAN_WPS_OFFLINE_URL  where the .7z will sit on users' machines or a share (default file:///opt/duban/duban_<version>.7z)
 */
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script run by node */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const NAME = "duban";

// ---- store-only 7z writer (format: 7-Zip's DOC/7zFormat.txt) ------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** 7z's variable-length NUMBER: the leading one bits of the first byte count the extra bytes. */
function number7z(value) {
  const v = BigInt(value);
  for (let n = 0; n <= 8; n++) {
    if (n === 8 || v < 1n << BigInt(7 * (n + 1))) {
      const out = [];
      const high = n === 8 ? 0n : v >> BigInt(8 * n);
      out.push(Number((BigInt((0xff << (8 - n)) & 0xff)) | high));
      for (let i = 0; i < n; i++) out.push(Number((v >> BigInt(8 * i)) & 0xffn));
      return out;
    }
  }
  throw new Error("unreachable");
}

function uint32(v) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return [...b];
}

function uint64(v) {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(v));
  return [...b];
}

function bitVector(flags) {
  const out = new Array(Math.ceil(flags.length / 8)).fill(0);
  flags.forEach((f, i) => {
    if (f) out[i >> 3] |= 0x80 >> (i & 7);
  });
  return out;
}

/**
 * A .7z archive of `entries` ({name: "images/a.png", data: Buffer} files, {name, dir: true} folders),
 * stored without compression in one folder with the Copy coder; names use "/" as 7-Zip's SDK expects.
 */
function sevenZip(entries) {
  const files = entries.filter((e) => !e.dir && e.data.length > 0);
  const packed = Buffer.concat(files.map((f) => f.data));
  const h = [];
  const push = (...bytes) => h.push(...bytes.flat(Infinity));
  push(0x01); // Header
  if (files.length > 0) {
    push(0x04); // MainStreamsInfo
    push(0x06, number7z(0), number7z(1), 0x09, number7z(packed.length), 0x00); // PackInfo
    push(0x07, 0x0b, number7z(1), 0x00); // UnpackInfo, Folder, one folder, not external
    push(number7z(1), 0x01, 0x00); // one coder: id size 1, simple, id 00 = Copy
    push(0x0c, number7z(packed.length), 0x00); // CodersUnpackSize
    push(0x08, 0x0d, number7z(files.length)); // SubStreamsInfo, NumUnpackStream
    if (files.length > 1) push(0x09, ...files.slice(0, -1).map((f) => number7z(f.data.length)));
    push(0x0a, 0x01, ...files.map((f) => uint32(crc32(f.data)))); // CRCs, all defined
    push(0x00, 0x00); // end SubStreamsInfo, end MainStreamsInfo
  }
  push(0x05, number7z(entries.length)); // FilesInfo
  const empty = entries.map((e) => e.dir || e.data.length === 0);
  if (empty.some(Boolean)) {
    const vector = bitVector(empty);
    push(0x0e, number7z(vector.length), vector); // EmptyStream
    const emptyFiles = bitVector(entries.filter((e, i) => empty[i]).map((e) => !e.dir));
    push(0x0f, number7z(emptyFiles.length), emptyFiles); // EmptyFile
  }
  const names = Buffer.concat(entries.map((e) => Buffer.from(e.name + "\0", "utf16le")));
  push(0x11, number7z(names.length + 1), 0x00, [...names]); // Name, not external
  const attributes = entries.map((e) => uint32(e.dir ? 0x10 : 0x20));
  push(0x15, number7z(2 + entries.length * 4), 0x01, 0x00, attributes); // Attributes: all defined, not external
  push(0x00, 0x00); // end FilesInfo, end Header
  const header = Buffer.from(h);
  const start = Buffer.from([...uint64(packed.length), ...uint64(header.length), ...uint32(crc32(header))]);
  const signature = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04, ...uint32(crc32(start)), ...start]);
  return Buffer.concat([signature, packed, header]);
}

// ---- deployment files -----------------------------------------------------------------------------

function listTree(dir, prefix = "") {
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (fs.statSync(full).isDirectory()) out.push({ name: rel, dir: true }, ...listTree(full, rel));
    else out.push({ name: rel, data: fs.readFileSync(full) });
  }
  return out;
}

function xmlAttr(value) {
  return String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function jsplugins(entry) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${entry}\n</jsplugins>\n`;
}

function pack({ addin = path.join(ROOT, "dist/wps/addin"), out = path.join(ROOT, "dist/wps"), env = process.env } = {}) {
  if (!fs.existsSync(path.join(addin, "ribbon.xml"))) {
    throw new Error(`未找到构建结果 ${addin}，请先运行 webpack --config webpack.wps.config.js (HOST_WPS_BUILD_MISSING)`);
  }
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  const onlineUrl = (env.DUBAN_WPS_URL || "http://127.0.0.1:3889/duban/").replace(/\/?$/, "/");
  if (!/^https?:\/\//.test(onlineUrl)) throw new Error(`DUBAN_WPS_URL 必须是 http(s) 地址 (must be an http(s) URL): ${onlineUrl} (HOST_WPS_BAD_URL)`);
  const archiveName = `${NAME}_${version}.7z`;
  const offlineUrl = env.DUBAN_WPS_OFFLINE_URL || `file:///opt/duban/${archiveName}`;

  const online = path.join(out, "online");
  const offline = path.join(out, "offline");
  fs.rmSync(online, { recursive: true, force: true });
  fs.rmSync(offline, { recursive: true, force: true });
  fs.mkdirSync(online, { recursive: true });
  fs.mkdirSync(offline, { recursive: true });

  const onlineEntry = `<jspluginonline name="${NAME}" type="et" url="${xmlAttr(onlineUrl)}" enable="true"/>`;
  fs.writeFileSync(path.join(online, "jsplugins.xml"), jsplugins(onlineEntry));
  fs.writeFileSync(path.join(online, "publish.xml"), jsplugins(`<jspluginonline name="${NAME}" type="et" url="${xmlAttr(onlineUrl)}" enable="enable_dev" install="null"/>`));

  const tree = listTree(addin);
  fs.writeFileSync(path.join(offline, archiveName), sevenZip(tree));
  fs.cpSync(addin, path.join(offline, `${NAME}_${version}`), { recursive: true });
  fs.writeFileSync(path.join(offline, "jsplugins.xml"), jsplugins(`<jsplugin name="${NAME}" type="et" url="${xmlAttr(offlineUrl)}" version="${version}" enable="true"/>`));
  fs.writeFileSync(path.join(offline, "publish.xml"), jsplugins(`<jsplugin name="${NAME}" type="et" url="${xmlAttr(offlineUrl)}" version="${version}" enable="enable_dev" install="null"/>`));
  return { version, files: tree.filter((e) => !e.dir).length, archive: path.join(offline, archiveName), onlineUrl, offlineUrl };
}

if (require.main === module) {
  try {
    const r = pack();
    process.stdout.write(`WPS 加载项已打包 (packed): ${r.files} 个文件，版本 ${r.version}\n  在线 online:  dist/wps/addin/ → ${r.onlineUrl}（dist/wps/online/*.xml）\n  离线 offline: ${path.relative(ROOT, r.archive)} → ${r.offlineUrl}（dist/wps/offline/*.xml）\n`);
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
}

module.exports = { pack, sevenZip, crc32, number7z };
