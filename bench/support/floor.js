"use strict";
/**
 * The floor: what reading a workbook costs at the least. Reads the zip's central directory, inflates every
 * part once with Node's zlib and scans each XML part's text once (counting '<', so every byte is looked at),
 * and nothing else — no checks, no values. Independent of duban's code so the floor cannot get slower with it.
 * Usage: node floor.js book.xlsx → prints the number of tags on stdout.
 */
const fs = require("node:fs");
const zlib = require("node:zlib");

const buf = fs.readFileSync(process.argv[2]);
let eocd = buf.length - 22;
while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
if (eocd < 0) throw new Error("no end of central directory");
const count = buf.readUInt16LE(eocd + 10);
let p = buf.readUInt32LE(eocd + 16);
let tags = 0;
for (let i = 0; i < count; i++) {
  const method = buf.readUInt16LE(p + 10);
  const compressed = buf.readUInt32LE(p + 20);
  const nameLength = buf.readUInt16LE(p + 28);
  const extraLength = buf.readUInt16LE(p + 30);
  const commentLength = buf.readUInt16LE(p + 32);
  const local = buf.readUInt32LE(p + 42);
  const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
  p += 46 + nameLength + extraLength + commentLength;
  const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const raw = buf.subarray(data, data + compressed);
  const bytes = method === 8 ? zlib.inflateRawSync(raw) : raw;
  if (!/\.(xml|rels)$/i.test(name)) continue;
  const text = bytes.toString("utf8");
  for (let at = text.indexOf("<"); at >= 0; at = text.indexOf("<", at + 1)) tags++;
}
process.stdout.write(`${tags}\n`);
