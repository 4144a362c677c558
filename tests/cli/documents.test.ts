import path from "node:path";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import JSZip from "jszip";
import { catalogueSheet, progressSheet, settingsSheet } from "../support/books";
import { runCli, tempDir, writeXlsx } from "../support/files";

/** Three tasks: one behind its count, one overdue, one not reported; the second quarter due. */
function writeBook(file: string): Promise<void> {
  return writeXlsx(file, [
    catalogueSheet([
      { id: "1", lead: "区工信局", text: "全年新增规上工业企业20家以上。" },
      { id: "2", lead: "区住建局", deadline: "2024-05-31" },
      { id: "3", lead: "区民政局" },
    ]),
    progressSheet([
      { id: "1", unit: "区工信局", text: "上半年新增规上工业企业4家。", status: "" },
      { id: "2", unit: "区住建局" },
    ]),
    settingsSheet([["年度", 2024], ["截至日期", "2024-07-10"], ["报告期", "二季度", "2024-06-30"]]),
  ]);
}

async function documentXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(file))).file("word/document.xml")!.async("string");
}

describe("bulletin -o X.docx and notices -o DIR", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const book = path.join(dir, "book.xlsx");
  beforeAll(() => writeBook(book));

  it("writes the bulletin as an A4 .docx with the official margins and the text on stdout", async () => {
    const out = path.join(dir, "通报.docx");
    const r = await runCli(["bulletin", book, "-o", out, "--office", "区政府督查室"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("截至2024年7月10日，3项重点任务中");
    const xml = await documentXml(out);
    // A4 and 上37mm 下35mm 左28mm 右26mm in twentieths of a point.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="2098"[^>]*w:bottom="1984"[^>]*w:left="1587"|w:left="1587"[^>]*w:top="2098"/);
    expect(xml).toContain("仿宋_GB2312");
    expect(xml).toContain("方正小标宋简体");
    expect(xml).toContain("区政府督查室");
    expect(xml).toContain("全年新增规上工业企业20家以上");
  });

  it("never writes the bulletin over its input, by the file ports' one check (FILE_SAME_AS_INPUT)", async () => {
    const before = readFileSync(book);
    const r = await runCli(["bulletin", book, "-o", path.join(dir, ".", "book.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("FILE_SAME_AS_INPUT");
    // A .docx of the input's own path (renamed input) is refused the same way.
    const docxBook = path.join(dir, "book-as.docx");
    const renamed = await runCli(["bulletin", docxBook, "-o", docxBook]);
    expect(renamed.err).toContain("FILE_SAME_AS_INPUT");
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it("still writes the 通报 sheet into a copy with -o X.xlsx", async () => {
    const out = path.join(dir, "copy.xlsx");
    expect((await runCli(["bulletin", book, "-o", out])).code).toBe(0);
    const names = Object.keys((await JSZip.loadAsync(readFileSync(out))).files);
    expect(names.some((n) => n.startsWith("xl/worksheets/"))).toBe(true);
  });

  it("writes a 督办单 per unit by colour, all of them in one, and the 催办 list", async () => {
    const out = path.join(dir, "notices");
    const r = await runCli(["notices", book, "-o", out, "--json", "--reply-days", "5"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.notices.map((n: { unit: string; colour: string }) => [n.unit, n.colour])).toEqual([["区住建局", "red"], ["区工信局", "yellow"]]);
    expect(json.notices[0].replyBy).toBe("2024-07-15");
    expect(json.chase).toEqual([{ unit: "区民政局", taskId: "3", period: "二季度", due: "2024-06-30", daysLate: 10 }]);
    expect(readdirSync(out).sort()).toEqual(["催办清单.docx", "督办单_01_区住建局.docx", "督办单_02_区工信局.docx", "督办单_全部.docx"].sort());
    const first = await documentXml(path.join(out, "督办单_01_区住建局.docx"));
    expect(first).toContain("督办〔2024〕1号");
    expect(first).toContain("逾期未完成");
    expect(await documentXml(path.join(out, "催办清单.docx"))).toContain("区民政局");
  });

  it("refuses notices without -o and a bad --reply-days, leaving nothing behind", async () => {
    expect((await runCli(["notices", book])).code).toBe(2);
    const out = path.join(dir, "bad");
    const r = await runCli(["notices", book, "-o", out, "--reply-days", "x"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("CLI_BAD_ARGS");
    expect(existsSync(out)).toBe(false);
  });
});
