/**
 * `duban import` of .xlsx and .docx — and of any file that is a zip by its first bytes — goes through the
 * same archive guards as validate (src/hosts/importFile.ts): zip bombs and XML with DOCTYPE/ENTITY
 * declarations are refused with the same codes before exceljs or jszip sees a byte; a well-formed .docx
 * still imports.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { makeZip } from "../../hostile/craft";
import { runCli, tempDir } from "../../support/files";

const DOC = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join("")}</w:tr>`;
const TABLE = `<w:tbl>${row("序号", "工作任务", "责任单位")}${row("1", "新建污水管网5公里", "区住建局")}${row("2", "新增城镇就业3000人", "区人社局")}</w:tbl>`;

async function docx(file: string, documentXml: string): Promise<void> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  zip.file("word/document.xml", documentXml);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

describe("duban import: archive guards", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("imports a well-formed .docx table", async () => {
    const file = path.join(dir, "ok.docx");
    await docx(file, DOC(TABLE));
    const r = await runCli(["import", file, "--json"]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.tasks.map((t: { id: string; leadUnits: string[] }) => `${t.id} ${t.leadUnits.join("、")}`)).toEqual(["1 区住建局", "2 区人社局"]);
  });

  it("refuses a .docx whose document.xml declares a DOCTYPE (FILE_UNSAFE_XML)", async () => {
    const file = path.join(dir, "xxe.docx");
    await docx(file, DOC(TABLE).replace("?>", `?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>`));
    const r = await runCli(["import", file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("FILE_UNSAFE_XML");
    expect(r.out).toBe("");
  });

  it("refuses a zip bomb named .docx or .xlsx (FILE_ZIP_BOMB)", async () => {
    for (const [name, part] of [["bomb.docx", "word/document.xml"], ["bomb.xlsx", "xl/worksheets/sheet1.xml"]]) {
      const file = path.join(dir, name);
      await fs.writeFile(file, makeZip([{ name: part, data: Buffer.from("<x/>"), declaredSize: 0xe0000000 }]));
      const r = await runCli(["import", file]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("FILE_ZIP_BOMB");
    }
  });

  it("guards a zip by its first bytes, whatever its name: a bomb or a DOCTYPE sent as .txt is refused the same way", async () => {
    const bomb = path.join(dir, "bomb.txt");
    await fs.writeFile(bomb, makeZip([{ name: "word/document.xml", data: Buffer.from("<x/>"), declaredSize: 0xe0000000 }]));
    const r = await runCli(["import", bomb]);
    expect([r.code, r.err.includes("FILE_ZIP_BOMB"), r.out]).toEqual([2, true, ""]);
    const xxe = path.join(dir, "xxe.txt");
    await docx(xxe, DOC(TABLE).replace("?>", `?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>`));
    const s = await runCli(["import", xxe]);
    expect([s.code, s.err.includes("FILE_UNSAFE_XML"), s.out]).toEqual([2, true, ""]);
  });

  it("reports a damaged .docx with import's own code", async () => {
    const file = path.join(dir, "broken.docx");
    await fs.writeFile(file, "not a zip at all");
    const r = await runCli(["import", file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("IMPORT_FILE_DAMAGED");
  });
});
