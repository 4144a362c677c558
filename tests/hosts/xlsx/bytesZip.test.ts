import { promises as fs } from "node:fs";
import path from "node:path";
import { generateBook } from "../../../src/tools/generateBook";
import { BytesZip } from "../../../src/hosts/xlsx/bytesZip";
import { streamWorkbookWithStats } from "../../../src/hosts/xlsx/streamWorkbook";
import { readXlsx } from "../../../taskpane/returnedFiles";
import { DubanError } from "../../../src/core/issues";
import { makeZip, editParts, replaceIn, PROGRESS_PART } from "../../hostile/craft";
import { tempDir } from "../../support/files";

/** The task pane's reader of returned files: the CLI's reader over bytes, with the same zip rules. */
describe("returned files read from bytes (task pane)", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  const code = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      return err instanceof DubanError ? err.code : `not a DubanError: ${String(err)}`;
    }
    return "no error";
  };

  it("gives the same cells as the file reader", async () => {
    const file = path.join(dir, "book.xlsx");
    await generateBook(file, { rows: 3000, seed: 3 });
    const fromFile = await streamWorkbookWithStats(file);
    const fromBytes = await readXlsx(new Uint8Array(await fs.readFile(file)), "book.xlsx");
    expect(fromBytes).toEqual(fromFile.data);
    expect(fromBytes.sheets.find((s) => s.name === "进展填报")!.rows.length).toBe(3001);
  });

  it("stops an entry that inflates beyond its declared size (FILE_ZIP_BOMB) and a lying CRC or size (FILE_DAMAGED)", async () => {
    const bomb = makeZip([{ name: "xl/workbook.xml", data: Buffer.alloc(4 * 1024 * 1024, 0x20), declaredSize: 1000 }]);
    const zip = await BytesZip.open(new Uint8Array(bomb), "bomb.xlsx");
    expect(await code(zip.text("xl/workbook.xml"))).toBe("FILE_ZIP_BOMB");
    const short = makeZip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>"), declaredSize: 100 }]);
    expect(await code((await BytesZip.open(new Uint8Array(short), "short.xlsx")).text("xl/workbook.xml"))).toBe("FILE_DAMAGED");
    expect(await code(BytesZip.open(new Uint8Array(Buffer.from("序号,单位\n1,区发改局\n")), "x.xlsx"))).toBe("FILE_DAMAGED");
  });

  it("refuses DOCTYPE in a sheet and malformed sheet XML as the CLI does", async () => {
    const xxe = path.join(dir, "xxe.xlsx");
    await editParts(xxe, (z) => replaceIn(z, PROGRESS_PART, /^(<\?xml[^>]*\?>)?/, `$1<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>`));
    expect(await code(readXlsx(new Uint8Array(await fs.readFile(xxe)), "xxe.xlsx"))).toBe("FILE_UNSAFE_XML");
    const bad = path.join(dir, "bad.xlsx");
    await editParts(bad, (z) => replaceIn(z, PROGRESS_PART, "</sheetData>", "<row><c>"));
    expect(await code(readXlsx(new Uint8Array(await fs.readFile(bad)), "bad.xlsx"))).toBe("FILE_DAMAGED");
  });
});
