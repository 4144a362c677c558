import zlib from "node:zlib";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import { SheetData } from "../../src/core/sheet/cellValue";
import { catalogueSheet, progressSheet, RowSpec, settingsSheet } from "../support/books";
import { writeXlsx } from "../support/files";

/** A zip entry as a hostile file may state it: sizes, method and flags can all lie. */
export interface RawEntry {
  name: string;
  data: Buffer;
  method?: 0 | 8;
  /** What the directory claims the inflated size is (default: the truth). */
  declaredSize?: number;
  flags?: number;
  /** The compression method the headers state, when it differs from the one used. */
  statedMethod?: number;
  /** The name's bytes as stored, when not the UTF-8 of `name` (a name in a legacy code page). */
  rawName?: Buffer;
}

/** Builds a zip by hand so tests can state what no well-behaved zip library would write. */
export function makeZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = method === 8 ? zlib.deflateRawSync(e.data) : e.data;
    const name = e.rawName ?? Buffer.from(e.name, "utf8");
    const crc = zlib.crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(e.statedMethod ?? method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(e.statedMethod ?? method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Three tasks of 区发改局 and one progress row each, as-of 2024-07-10 (second quarter due). */
export function baseSheets(rows?: RowSpec[], extra: SheetData[] = []): SheetData[] {
  return [
    catalogueSheet([{ id: "1" }, { id: "2" }, { id: "3" }]),
    progressSheet(rows ?? [{ id: "1" }, { id: "2" }, { id: "3" }]),
    settingsSheet([["年度", 2024]]),
    ...extra,
  ];
}

export async function writeBase(file: string, rows?: RowSpec[], extra: SheetData[] = []): Promise<void> {
  await writeXlsx(file, baseSheets(rows, extra));
}

/** Writes a base workbook, then lets the case rewrite its parts as text. */
export async function editParts(file: string, edit: (zip: JSZip) => Promise<void> | void, rows?: RowSpec[]): Promise<void> {
  await writeBase(file, rows);
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  await edit(zip);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

export async function replaceIn(zip: JSZip, part: string, from: string | RegExp, to: string): Promise<void> {
  const text = await zip.file(part)!.async("string");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`pattern not found in ${part}`);
  zip.file(part, next);
}

/** The sheet part of the progress sheet (exceljs writes sheets in order: sheet2 is 进展填报). */
export const PROGRESS_PART = "xl/worksheets/sheet2.xml";

/** A workbook written with exceljs directly, for features the plain-sheet helper does not cover. */
export async function withExcel(file: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(file);
}
