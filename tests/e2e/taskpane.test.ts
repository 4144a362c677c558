/**
 * End to end: the task pane, built by the test, served on 127.0.0.1, driven in headless Chromium with
 * office.js loaded from the package. Outside Office, Office.onReady resolves with host null, so the
 * page gets a workbook double as its host (window.__DUBAN_HOST__, injected before any page script):
 * it serves the sample workbook seeds/sample-yicheng.xlsx (read with the xlsx adapter in node) and
 * records every patch the pane applies. Without /usr/bin/chromium the test is skipped with a notice,
 * except in CI (CI=true), where it must run.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { execSync } from "child_process";
import type { AddressInfo } from "net";
import JSZip from "jszip";
import { CHROMIUM, CHROMIUM_ARGS, describeWithChromium, serve } from "../support/browser";
import { readWorkbookFile } from "../../src/hosts/xlsx/readWorkbook";
import { analyzeWorkbook } from "../../src/core/engine";
import { bulletinText } from "../../src/core/bulletin/bulletinText";
import { perUnitPatches } from "../../src/core/layout/perUnit";
import { WorkbookData } from "../../src/core/sheet/cellValue";

const ROOT = path.resolve(__dirname, "../..");
// The test builds the add-in itself (development mode, a few seconds) into its own folder, so it always
// drives the current sources and never overwrites a production dist/.
const DIST = path.join(os.tmpdir(), `duban-e2e-dist-${process.pid}`);
const SAMPLE = path.join(ROOT, "seeds/sample-yicheng.xlsx");
const TODAY = "2024-07-15";
// Screenshots refresh docs/screenshots only when asked (DUBAN_SCREENSHOTS=1), so a test run never dirties the tree.
const SHOTS = process.env.DUBAN_SCREENSHOTS ? path.join(ROOT, "docs/screenshots") : path.join(os.tmpdir(), `duban-e2e-shots-${process.pid}`);


const describeE2e = describeWithChromium("任务窗格");



/** The workbook double, as source text for addInitScript; the book arrives as JSON (Sets as arrays). */
function hostScript(bookJson: string, today: string): string {
  return `(() => {
    const raw = ${bookJson};
    const book = { sheets: raw.sheets.map((s) => ({ ...s, boldCells: new Set(s.boldCells || []) })) };
    const applied = [];
    const selected = [];
    const copied = [];
    const downloads = [];
    const violations = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.blockedURI + " " + e.violatedDirective));
    window.__E2E__ = { applied, selected, copied, downloads, violations };
    window.__DUBAN_HOST__ = {
      port: {
        capabilities: { charts: true, richTextRuns: true, conditionalFormats: true },
        read: async (options) => { options && options.onProgress && options.onProgress(1, 1, "读取"); return book; },
        apply: async (patch) => {
          applied.push({
            sheets: patch.sheets.map((s) => ({ name: s.name, columns: s.columns.map((c) => c.header), rows: s.rows, chart: s.chart || null })),
            columns: patch.columns.map((c) => ({ sheet: c.sheet, header: c.spec.header, col: c.col, values: [...c.values.entries()] })),
            summary: patch.summary,
          });
        },
      },
      ui: {
        selectCell: async (sheet, address) => { selected.push([sheet, address]); },
        download: async (fileName, bytes) => { downloads.push({ fileName, bytes: Array.from(bytes) }); },
        copyText: async (text) => { copied.push(text); },
        today: () => ${JSON.stringify(today)},
      },
    };
  })();`;
}

describeE2e("task pane in headless Chromium", () => {
  let server: http.Server;
  let browser: import("playwright-core").Browser;
  let book: WorkbookData;
  let base: string;
  const external: string[] = [];

  beforeAll(async () => {
    execSync("npx webpack --mode development", { cwd: ROOT, stdio: "ignore", timeout: 600000, env: { ...process.env, DUBAN_OUT_DIR: DIST } });
    book = await readWorkbookFile(SAMPLE);
    server = await serve(DIST);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
  }, 700000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    fs.rmSync(DIST, { recursive: true, force: true });
  });

  async function openPane(hostBook: WorkbookData = book) {
    const context = await browser.newContext({ viewport: { width: 380, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // Nothing may leave the add-in's own server.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      external.push(url);
      return route.abort();
    });
    const json = JSON.stringify(hostBook, (_k, v) => (v instanceof Set ? [...v] : v));
    await page.addInitScript({ content: hostScript(json, TODAY) });
    await page.goto(`${base}/taskpane.html`);
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.includes("就绪"), undefined, { timeout: 20000 });
    return { page, context, errors };
  }

  test("the build emits the pane, functions.json, the manifest with its host URL, icons and a local office.js", () => {
    for (const f of ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "manifest.xml", "taskpane.css", "assets/icon-32.png", "office-js/office.js"]) {
      expect(fs.existsSync(path.join(DIST, f))).toBe(true);
    }
    const ids = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions.map((f: { id: string }) => f.id);
    expect(ids).toEqual(["TARGET", "TARGETS", "ACTUAL", "RATIO", "EXPECTED", "STATUS", "RAG", "DEADLINE", "UNITRATIO"]);
    expect(fs.readFileSync(path.join(DIST, "functions.js"), "utf8")).toContain('CustomFunctions.associate("UNITRATIO"');
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    expect(html).toContain('src="office-js/office.js"');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  test("校验 on the sample workbook lists the findings and writes 校验结果 and the status column", async () => {
    const expected = analyzeWorkbook(book, { today: TODAY });
    const { page, context, errors } = await openPane();
    await page.click("#btn-validate");
    await page.waitForSelector(".status-ok, .status-error", { timeout: 30000 });
    const message = await page.textContent("#status");
    expect(message).toContain("校验完成");

    // Counts by severity equal the engine's own result on the same workbook.
    for (const severity of ["error", "warning", "info"] as const) {
      const shown = await page.textContent(`.count-${severity} b`);
      expect(Number(shown)).toBe(expected.findings.filter((f) => f.severity === severity).length);
    }
    const items = await page.$$eval("button.finding", (els) => els.map((e) => ({ code: e.getAttribute("data-code"), text: e.textContent })));
    expect(items.length).toBe(expected.findings.length);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.code))).toEqual(new Set(expected.findings.map((f) => f.code)));

    // What was written: the 校验结果 sheet and the status column beside the progress rows.
    const applied = await page.evaluate(() => (window as any).__E2E__.applied);
    expect(applied).toHaveLength(1);
    const sheets = applied[0].sheets.map((s: { name: string }) => s.name);
    expect(sheets).toContain("校验结果");
    const results = applied[0].sheets.find((s: { name: string }) => s.name === "校验结果");
    expect(results.rows.length).toBe(expected.findings.length);
    expect(applied[0].columns[0]).toMatchObject({ sheet: expected.progressLayout!.sheet, header: "校验状态" });
    expect(applied[0].columns[0].values.length).toBe(expected.progress.length);

    // Clicking a finding selects its cell through the host.
    const firstWithCell = expected.findings.findIndex((f) => f.address);
    if (firstWithCell >= 0) {
      await page.locator("button.finding").nth(firstWithCell).click();
      const selected = await page.evaluate(() => (window as any).__E2E__.selected);
      expect(selected).toEqual([[expected.findings[firstWithCell].sheet, expected.findings[firstWithCell].address]]);
    }

    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, "taskpane-validate.png") });
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  }, 120000);

  test("汇总 writes the roll-up with its chart and the metric sheet", async () => {
    const { page, context, errors } = await openPane();
    await page.click("[data-tab=rollup]");
    await page.click("#btn-rollup");
    await page.waitForSelector(".status-ok, .status-error", { timeout: 30000 });
    expect(await page.textContent("#status")).toContain("汇总完成");
    const applied = await page.evaluate(() => (window as any).__E2E__.applied);
    const names = applied[0].sheets.map((s: { name: string }) => s.name);
    expect(names).toEqual(expect.arrayContaining(["汇总", "指标跟踪"]));
    expect(applied[0].sheets.find((s: { name: string }) => s.name === "汇总").chart).toMatchObject({ title: expect.any(String) });
    expect(await page.$$eval("[data-testid=rollup-table] tbody tr", (rows) => rows.length)).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, "taskpane-rollup.png") });
    expect(errors).toEqual([]);
    await context.close();
  }, 120000);

  test("a failure is shown in Chinese with its code", async () => {
    const { page, context } = await openPane();
    await page.click("[data-tab=import]");
    await page.click("#btn-import-preview");
    await page.waitForSelector(".status-error");
    expect(await page.textContent("[data-testid=status-code]")).toBe("TASKPANE_EMPTY_PASTE");
    expect(await page.textContent("[data-testid=status-message]")).toContain("请先粘贴");
    await context.close();
  }, 60000);

  test("a workbook the core cannot read shows the core's code (no catalogue → BOOK_NO_CATALOGUE)", async () => {
    const { page, context } = await openPane({ sheets: [{ name: "Sheet1", rows: [["随便", "什么"]] }] });
    await page.click("#btn-validate");
    await page.waitForSelector(".status-error", { timeout: 30000 });
    expect(await page.textContent("[data-testid=status-code]")).toBe("BOOK_NO_CATALOGUE");
    expect(await page.textContent("[data-testid=status-message]")).toContain("找不到任务清单");
    expect(await page.evaluate(() => (window as any).__E2E__.applied.length)).toBe(0);
    await context.close();
  }, 60000);

  test("设置 reads year, thresholds and periods from the workbook; choosing a period sets the as-of date", async () => {
    const settings = analyzeWorkbook(book, { today: TODAY }).settings;
    const { page, context } = await openPane();
    await page.click("[data-tab=settings]");
    await page.click("#btn-settings-read");
    await page.waitForSelector(".status-ok, .status-error", { timeout: 30000 });
    expect(await page.inputValue("#set-year")).toBe(String(settings.year));
    expect(await page.inputValue("#set-red")).toBe(String(Math.round(settings.thresholds.red * 100)));
    expect(await page.$$eval("#set-period option", (o) => o.length)).toBe(settings.periods.length + 1);
    await page.selectOption("#set-period", settings.periods[0].end);
    expect(await page.inputValue("#set-asof")).toBe(settings.periods[0].end);
    await page.screenshot({ path: path.join(SHOTS, "taskpane-settings.png") });
    // 保存 writes the 设置 sheet with the edited values, so the workbook carries its own rules.
    await page.fill("#set-red", "70");
    await page.click("#btn-settings-save");
    await page.waitForFunction(() => (window as unknown as { __E2E__: { applied: unknown[] } }).__E2E__.applied.length > 0, null, { timeout: 30000 });
    const applied = await page.evaluate(() => (window as unknown as { __E2E__: { applied: { sheets: { name: string; rows: unknown[][] }[] }[] } }).__E2E__.applied);
    const written = applied[0].sheets.find((s) => s.name === "设置")!;
    expect(written.rows).toEqual(expect.arrayContaining([["红色预警线", "70%", "", "", expect.any(String)], ["截至日期", settings.periods[0].end, "", "", expect.any(String)]]));
    expect(await page.inputValue("#set-red")).toBe("70");
    await context.close();
  }, 60000);

  test("导入 previews a pasted notice", async () => {
    const { page, context } = await openPane();
    await page.click("[data-tab=import]");
    const seed = fs.readdirSync(path.join(ROOT, "seeds")).find((f) => f.startsWith("004_"))!;
    const text = fs.readFileSync(path.join(ROOT, "seeds", seed), "utf8");
    await page.fill("#import-text", text);
    await page.click("#btn-import-preview");
    await page.waitForSelector(".status-ok, .status-error", { timeout: 30000 });
    expect(await page.$$eval("[data-testid=import-table] tbody tr", (rows) => rows.length)).toBeGreaterThan(10);
    expect(await page.isDisabled("#btn-import-write")).toBe(false);
    await page.screenshot({ path: path.join(SHOTS, "taskpane-import.png") });
    await context.close();
  }, 60000);

  test("通报 drafts the bulletin of the core, copies it and writes the 通报 sheet", async () => {
    const expected = bulletinText(analyzeWorkbook(book, { today: TODAY }));
    const { page, context, errors } = await openPane();
    await page.click("[data-tab=bulletin]");
    await page.click("#btn-bulletin");
    await page.waitForSelector(".status-ok, .status-error", { timeout: 30000 });
    expect(await page.inputValue("#bulletin-text")).toBe(expected);
    await page.click("#btn-bulletin-copy");
    await page.waitForFunction(() => (window as any).__E2E__.copied.length === 1);
    expect(await page.evaluate(() => (window as any).__E2E__.copied[0])).toBe(expected);
    await page.click("#btn-bulletin-write");
    await page.waitForFunction(() => (window as any).__E2E__.applied.length === 1);
    const applied = await page.evaluate(() => (window as any).__E2E__.applied[0]);
    expect(applied.sheets.map((s: { name: string }) => s.name)).toEqual(["通报"]);
    await page.screenshot({ path: path.join(SHOTS, "taskpane-bulletin.png") });
    expect(errors).toEqual([]);
    await context.close();
  }, 60000);

  test("通报 downloads the bulletin, the 督办单 and the 催办 list as .docx files (docx in the browser)", async () => {
    const { page, context, errors } = await openPane();
    await page.click("[data-tab=bulletin]");
    await page.click("#btn-bulletin-docx");
    await page.waitForFunction(() => (window as any).__E2E__.downloads.length === 1, undefined, { timeout: 60000 });
    const bulletin = await page.evaluate(() => (window as any).__E2E__.downloads[0]);
    expect(bulletin.fileName).toMatch(/通报\.docx$/);
    const zip = await JSZip.loadAsync(Buffer.from(bulletin.bytes));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("总体情况");
    expect(xml).toContain('w:w="11906"');
    await page.click("#btn-notices");
    await page.waitForSelector("#notices-list button.download", { timeout: 60000 });
    const labels = await page.$$eval("#notices-list button.download", (bs) => bs.map((b) => b.getAttribute("data-file")));
    expect(labels.slice(0, 2)).toEqual(["督办单_全部.docx", "催办清单.docx"]);
    await page.click("#notices-list button.download >> nth=0");
    await page.waitForFunction(() => (window as any).__E2E__.downloads.length === 2);
    const notices = await page.evaluate(() => (window as any).__E2E__.downloads[1]);
    const noticeXml = await (await JSZip.loadAsync(Buffer.from(notices.bytes))).file("word/document.xml")!.async("string");
    expect(noticeXml).toContain("督办单");
    await page.screenshot({ path: path.join(SHOTS, "taskpane-notices.png") });
    expect(errors).toEqual([]);
    await context.close();
  }, 120000);

  test("填报表 offers one workbook per unit (exceljs in the browser) and merges a returned one", async () => {
    const units = perUnitPatches(analyzeWorkbook(book, { today: TODAY }));
    const { page, context, errors } = await openPane();
    await page.click("[data-tab=templates]");
    await page.click("#btn-templates");
    await page.waitForSelector(".status-ok, .status-error", { timeout: 60000 });
    expect(await page.textContent("#status")).toContain(`已生成 ${units.length} 个单位的填报表`);
    await page.screenshot({ path: path.join(SHOTS, "taskpane-templates.png") });
    const buttons = page.locator("button.download");
    expect(await buttons.count()).toBe(units.length);
    await buttons.first().click();
    await page.waitForFunction(() => (window as any).__E2E__.downloads.length === 1);
    const download = await page.evaluate(() => (window as any).__E2E__.downloads[0]);
    expect(download.fileName).toMatch(/\.xlsx$/);

    // The file is a real workbook holding only that unit's tasks.
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(download.bytes).buffer);
    const first = units[0];
    expect(wb.getWorksheet("任务清单")!.actualRowCount - 1).toBe(first.tasks);

    // Returned as it is, it merges back into the open workbook.
    const file = path.join(DIST, download.fileName);
    fs.writeFileSync(file, Buffer.from(download.bytes));
    await page.setInputFiles("#merge-files", file);
    await page.click("#btn-merge");
    await page.waitForFunction(() => /合并/.test(document.getElementById("status")?.textContent ?? "") && !document.body.classList.contains("is-busy"), undefined, { timeout: 60000 });
    expect(await page.getAttribute("#status", "class")).toContain("status-ok");
    const applied = await page.evaluate(() => (window as any).__E2E__.applied);
    expect(applied).toHaveLength(1);
    expect(applied[0].sheets.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(["任务清单", "进展填报"]));
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  }, 120000);

  test("no network beyond the add-in's own server: office.js's telemetry frame is blocked by the page's CSP", async () => {
    const { page, context, errors } = await openPane();
    // office.js schedules its telemetry frame 3 s after loading.
    await page.waitForTimeout(4500);
    const violations: string[] = await page.evaluate(() => (window as any).__E2E__.violations);
    for (const v of violations) expect(v).toMatch(/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\S* frame-src$/);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60000);
});
