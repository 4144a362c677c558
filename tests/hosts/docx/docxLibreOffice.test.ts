/**
 * The documents an office sends, opened by LibreOffice: the bulletin, the 督办单 and the 催办 list of each
 * sample book are written as .docx, converted to PDF, and read back. Every page is A4; every paragraph and
 * every table cell of the document model is found whole in the PDF's text (nothing clipped or lost); the
 * bulletin's counts are those of 汇总 and 报送情况; no number is broken across two lines; no word is set
 * outside the page's text area; every page of the bulletin renders to a PNG of A4's proportions.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyzeWorkbook, Analysis } from "../../../src/core/engine";
import { readWorkbookFile } from "../../../src/hosts/xlsx/readWorkbook";
import { bulletinCounts, bulletinDocument } from "../../../src/core/bulletin/bulletinDocument";
import { OfficialDocument } from "../../../src/core/bulletin/document";
import { chaseDocument, chaseList, noticesDocument, unitNotices } from "../../../src/core/notices/notices";
import { writeDocx } from "../../../src/hosts/docx/writeDocx";
import { tempDir } from "../../support/files";
import { findProgram } from "../../support/programs";
import { withThirdQuarter } from "../../support/rounds";
import { compareRounds } from "../../../src/core/bulletin/previousRound";
import { rollupPatch } from "../../../src/core/patches";
import { ROUND_DIMENSION } from "../../../src/core/rollup/roundRows";

const soffice = findProgram("soffice");
const pdftotext = soffice ? findProgram("pdftotext") : null;
if (process.env.CI && !(soffice && pdftotext)) throw new Error("CI 缺少 LibreOffice 或 pdftotext (poppler-utils)：.docx 的测试不能跳过");
const describeWithLibreOffice = soffice && pdftotext ? describe : describe.skip;

/** The three samples, and the 峄城 sample with a second round (前三季度) added: the bulletin compares the two. */
const TWO_ROUNDS = "sample-yicheng-two-rounds";
const SAMPLES = ["sample-yicheng", "sample-taishan", "sample-yanzhou", TWO_ROUNDS];
const KINDS = ["通报", "督办单", "催办"] as const;

const squash = (text: string) => text.replace(/\s+/g, "");

/**
 * The numbers of `texts` that the PDF breaks across two lines ("1" at a line's end, "3项" at the next one's
 * start), each with the characters around the break. The PDF's text is squashed with, for each character
 * left, whether a line starts at it; each text is looked for whole and the breaks inside it are checked.
 */
function numbersBroken(pdfText: string, texts: string[]): string[] {
  let squashed = "";
  const lineStart: boolean[] = [];
  for (const line of pdfText.replace(/—\d+—/g, "").split("\n")) {
    const chars = squash(line);
    for (let i = 0; i < chars.length; i++) lineStart.push(i === 0);
    squashed += chars;
  }
  const broken: string[] = [];
  for (const t of texts) {
    const at = squashed.indexOf(t);
    if (at < 0) continue;
    for (let i = at + 1; i < at + t.length; i++) {
      if (lineStart[i] && /[\d.]/.test(squashed[i - 1]) && /[\d.%]/.test(squashed[i])) broken.push(`${squashed.slice(Math.max(at, i - 6), i)}|${squashed.slice(i, i + 4)}`);
    }
  }
  return broken;
}

/** Every text the document model holds: paragraphs whole, table cells one by one. */
function texts(doc: OfficialDocument): string[] {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "table") for (const row of [b.header, ...b.rows]) for (const c of row) out.push(c.text);
    else if (b.kind === "signature") out.push(...b.lines);
    else if (b.kind === "paragraph") out.push((b.lead ?? "") + b.text);
    else if (b.kind !== "pageBreak") out.push(b.text);
  }
  return out.map(squash).filter(Boolean);
}

describeWithLibreOffice("bulletin, 督办单 and 催办 list opened by LibreOffice", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const analyses = new Map<string, Analysis>();
  const docs = new Map<string, OfficialDocument>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const name of SAMPLES) {
      const seed = await readWorkbookFile(path.join(__dirname, "..", "..", "..", "seeds", `${name === TWO_ROUNDS ? "sample-yicheng" : name}.xlsx`));
      const a = analyzeWorkbook(name === TWO_ROUNDS ? withThirdQuarter(seed).book : seed, { today: "2030-01-01" });
      analyses.set(name, a);
      const made: Record<(typeof KINDS)[number], OfficialDocument> = { 通报: bulletinDocument(a), 督办单: noticesDocument(unitNotices(a), a), 催办: chaseDocument(chaseList(a), a) };
      for (const kind of KINDS) {
        const file = path.join(dir, `${name}-${kind}.docx`);
        writeFileSync(file, await writeDocx(made[kind]));
        docs.set(`${name}-${kind}`, made[kind]);
        files.push(file);
      }
    }
    const profile = path.join(dir, "lo-profile");
    mkdirSync(profile, { recursive: true });
    // One LibreOffice run for all twelve documents: starting it is most of the cost.
    execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, ...files], { stdio: "pipe", timeout: 300000 });
  }, 330000);

  const pdf = (key: string) => path.join(dir, `${key}.pdf`);
  const pdfText = (key: string) => execFileSync(pdftotext!, ["-raw", pdf(key), "-"], { encoding: "utf8" });

  describe.each(SAMPLES)("%s", (name) => {
    it.each(KINDS)("%s: A4 pages, every paragraph and cell found whole in the PDF", (kind) => {
      const key = `${name}-${kind}`;
      const info = execFileSync("pdfinfo", [pdf(key)], { encoding: "utf8" });
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const raw = squash(pdfText(key));
      expect(raw).toContain("—1—");
      // The footer's page numbers fall between the lines of a paragraph that runs onto the next page.
      const text = raw.replace(/—\d+—/g, "");
      const missing = texts(docs.get(key)!).filter((t) => !text.includes(t));
      expect(missing).toEqual([]);
    });

    it.each(KINDS)("%s: no number broken across two lines", (kind) => {
      const key = `${name}-${kind}`;
      // Sanity of the check itself: a number broken at a line's end is seen.
      expect(numbersBroken("完成1\n3项。", ["完成13项。"])).toEqual(["完成1|3项。"]);
      expect(numbersBroken(pdfText(key), texts(docs.get(key)!))).toEqual([]);
    });

    it.each(KINDS)("%s: every word within the page's text area", (kind) => {
      const bbox = execFileSync(pdftotext!, ["-bbox", pdf(`${name}-${kind}`), "-"], { encoding: "utf8" });
      const pages = bbox.split("<page ").slice(1);
      expect(pages.length).toBeGreaterThan(0);
      const outside: string[] = [];
      for (const page of pages) {
        const width = Number(/width="([\d.]+)"/.exec(page)![1]);
        const height = Number(/height="([\d.]+)"/.exec(page)![1]);
        const landscape = width > height;
        // Margins of GB/T 9704 (28mm left, 26mm right; the footer's page number sits below the text area),
        // less a point for rounding; a punctuation mark may hang one character (16pt) past the right margin.
        const pt = (mm: number) => (mm * 72) / 25.4;
        const left = (landscape ? pt(20) : pt(28)) - 1;
        const right = width - (landscape ? pt(20) : pt(26)) + 17;
        for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
          const [x0, y0, x1, y1] = [1, 2, 3, 4].map((i) => Number(m[i]));
          if (x0 < left || x1 > right || y0 < 0 || y1 > height) outside.push(`${m[5]} @ ${x0.toFixed(0)}–${x1.toFixed(0)}, ${y0.toFixed(0)}–${y1.toFixed(0)}`);
        }
      }
      expect(outside).toEqual([]);
    });

    it("the bulletin's counts are 汇总's and 报送情况's", () => {
      const a = analyses.get(name)!;
      const text = squash(pdfText(`${name}-通报`)).replace(/—\d+—/g, "");
      const sections = a.rollup.lines.filter((l) => l.dimension === "section");
      const sum = (k: "assigned" | "done" | "onTrack" | "lagging" | "overdue" | "unjudged" | "notReported") => sections.reduce((s, l) => s + l[k], 0);
      const unjudged = sum("unjudged") ? `，已报送但进展内容无法据以研判${sum("unjudged")}项（待研判）` : "";
      expect(text).toContain(`${sum("assigned")}项重点任务中，已完成${sum("done")}项，序时推进${sum("onTrack")}项，进展滞后${sum("lagging")}项，已逾期${sum("overdue")}项${unjudged}，未报送${sum("notReported")}项`);
      const counts = bulletinCounts(a);
      const record = a.rollup.reporting.filter((r) => r.period === counts.period);
      const total = (k: "expected" | "submitted" | "missing") => record.reduce((s, r) => s + r[k], 0);
      expect(text).toContain(`应报${total("expected")}项次，已报${total("submitted")}项次，未报${total("missing")}项次`);
      // With one lead unit a task and nothing done or overdue, the headline's 未报送 is the reports owed and
      // not sent plus the tasks nobody owes (no lead unit), which the bulletin states apart.
      if (a.tasks.every((t) => t.leadUnits.length <= 1) && sum("done") + sum("overdue") === 0) expect(sum("notReported")).toBe(total("expected") - total("submitted") + counts.withoutReporter);
      expect(text).not.toContain("（未明确）");
      // With two rounds: the comparison's counts are those of 汇总's 与上期比较 rows, and every line of words
      // in those rows (and in 年底预判) is in the bulletin as LibreOffice sets it.
      const rows = rollupPatch(a).sheets[0].rows.filter((r) => r[0] === ROUND_DIMENSION.comparison || r[0] === ROUND_DIMENSION.projection);
      expect(rows.length > 0).toBe(name === TWO_ROUNDS || compareRounds(a).projections.length > 0);
      if (name === TWO_ROUNDS) {
        const [then, now] = rows;
        const n = (r: typeof then, i: number) => Number(r[i]);
        expect(text).toContain(`与上半年相比，已完成任务由${n(then, 4)}项变为${n(now, 4)}项，进展滞后和逾期任务由${n(then, 6) + n(then, 7)}项变为${n(now, 6) + n(now, 7)}项`);
        expect(n(now, 4)).toBe(sum("done"));
      }
      for (const r of rows.filter((r) => r[3] === null)) expect(text).toContain(squash(String(r[1])));
      if (!a.progress.some((r) => r.date)) expect(text).not.toMatch(/按时报送\d/);
    });

    it("every page of the bulletin renders at A4's proportions", () => {
      const prefix = path.join(dir, `${name}-page`);
      execFileSync("pdftoppm", ["-png", "-r", "60", pdf(`${name}-通报`), prefix]);
      const pngs = readdirSync(dir).filter((f) => f.startsWith(`${name}-page`) && f.endsWith(".png"));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf(`${name}-通报`)], { encoding: "utf8" }))![1]);
      expect(pngs.length).toBe(pages);
      for (const f of pngs) {
        const png = readFileSync(path.join(dir, f));
        // 210 × 297 mm at 60 dpi: about 496 × 702 pixels.
        expect(Math.abs(png.readUInt32BE(16) - 496)).toBeLessThanOrEqual(1);
        expect(Math.abs(png.readUInt32BE(20) - 702)).toBeLessThanOrEqual(1);
      }
    });
  });
});
