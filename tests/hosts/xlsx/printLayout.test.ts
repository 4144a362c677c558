/**
 * Printable result sheets (#15): a validated and rolled-up sample book converted to PDF by LibreOffice.
 * Every page of duban's sheets is A4 landscape, each sheet is one page wide (so the pages are few), the
 * title and header rows repeat on every page, and 汇总's 名称 column is wide enough for the section names
 * (or wraps them) rather than cutting them.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runCli, tempDir } from "../../support/files";
import { findProgram } from "../../support/programs";
import { displayWidth } from "../../../src/core/renderPlan";

const soffice = findProgram("soffice");
const pdfinfo = findProgram("pdfinfo");
const pdftotext = findProgram("pdftotext");
const pdftoppm = findProgram("pdftoppm");
const describeWithTools = soffice && pdfinfo && pdftotext && pdftoppm ? describe : describe.skip;

const SAMPLE = path.resolve(__dirname, "../../../seeds/sample-yicheng.xlsx");
/** The first line of each duban sheet's pages (the title row, repeated as a print title). */
const TITLES: Record<string, string> = {
  校验结果: "校验结果（截至",
  指标跟踪: "指标跟踪（截至",
  汇总: "完成情况汇总（截至",
  报送情况: "各单位报送情况（截至",
  任务状态: "任务状态（截至",
};

describeWithTools("result sheets print on A4 landscape, one page wide (LibreOffice)", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("converts the sample's result book to a short A4-landscape PDF with the header on every page", async () => {
    const checked = path.join(dir, "checked.xlsx");
    expect((await runCli(["validate", SAMPLE, "-o", checked])).code).toBeLessThanOrEqual(1);
    const rolled = path.join(dir, "rolled.xlsx");
    expect((await runCli(["rollup", checked, "-o", rolled])).code).toBeLessThanOrEqual(1);

    const profile = path.join(dir, "lo-profile");
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry"/>`);
    execFileSync(soffice as string, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, rolled], { stdio: "pipe", timeout: 240000 });
    const pdf = path.join(dir, "rolled.pdf");
    const info = execFileSync(pdfinfo as string, ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ page: Number(m[1]), w: Number(m[2]), h: Number(m[3]) }));
    expect(sizes).toHaveLength(pages);

    // Which sheet each page belongs to, by its first line: every page of ours starts with its sheet's title.
    const ours = new Map<string, number[]>();
    for (let p = 1; p <= pages; p++) {
      const text = execFileSync(pdftotext as string, ["-f", String(p), "-l", String(p), "-layout", pdf, "-"], { encoding: "utf8" });
      const first = text.split("\n").find((l) => l.trim())?.trim() ?? "";
      const sheet = Object.keys(TITLES).find((s) => first.startsWith(TITLES[s]));
      if (!sheet) continue;
      ours.set(sheet, [...(ours.get(sheet) ?? []), p]);
      // The header row is repeated under the title on every page.
      expect([sheet, p, /序号|维度|单位/.test(text.split("\n").filter((l) => l.trim())[1] ?? "")]).toEqual([sheet, p, true]);
    }
    expect([...ours.keys()].sort()).toEqual(Object.keys(TITLES).sort());
    const ourPages = [...ours.values()].flat();
    for (const p of ourPages) {
      const { w, h } = sizes[p - 1];
      // A4 landscape: 842 × 595 pt.
      expect([p, Math.round(w), Math.round(h)]).toEqual([p, 842, 595]);
    }
    // One page wide and a few tall: 82 tasks and ~300 findings take well under the 33 Letter pages they took.
    expect(ourPages.length).toBeLessThanOrEqual(20);
    for (const [sheet, list] of ours) expect([sheet, list.length <= 6]).toEqual([sheet, true]);

    // A rendered page of 汇总, for a look (and it is landscape).
    const png = path.join(dir, "rollup-page");
    execFileSync(pdftoppm as string, ["-f", String(ours.get("汇总")![0]), "-l", String(ours.get("汇总")![0]), "-r", "50", "-png", "-singlefile", pdf, png]);
    const image = readFileSync(`${png}.png`);
    expect(image.readUInt32BE(16)).toBeGreaterThan(image.readUInt32BE(20));
  }, 300000);

  it("sizes 汇总's 名称 column to the section names, wrapping only past the widest", async () => {
    const rolled = path.join(dir, "rolled.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(rolled));
    const book = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const rid = /<sheet [^>]*name="汇总"[^>]*r:id="(rId\d+)"/.exec(book)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
    const xml = await zip.file(`xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`)!.async("string");
    const width = Number(/<col min="2" max="2" width="([\d.]+)"/.exec(xml)![1]);
    const names = [...xml.matchAll(/<c r="B\d+"[^>]*t="inlineStr"><is><t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    const longest = Math.max(...names.map(displayWidth));
    expect(longest).toBeGreaterThan(24);
    // Wide enough for the longest name, or wrapped (its rows taller) where it would pass 30 characters.
    if (width < longest) expect(xml).toMatch(/customHeight="1"/);
    else expect(width).toBeGreaterThanOrEqual(longest);
    // Print settings in the sheet and the print titles in the workbook.
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(book).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'汇总'!\$1:\$2<\/definedName>/);
  });
});
