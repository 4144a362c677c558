/**
 * End to end in WPS clothing: the built WPS add-in (dist/wps/addin, rebuilt into a temp folder when older
 * than its sources) served on 127.0.0.1 and driven in headless Chromium, with the strict fake ET installed
 * as window.Application / window.wps before any page script runs. The fake holds the sample workbook
 * seeds/sample-yicheng.xlsx (read with exceljs in node); the pane's 校验 and 汇总 go through the real WPS
 * adapter in the bundle, and what lands in the fake's cells must equal what the engine (the CLI's path)
 * computes on the same data. Also the entry page: ribbon callbacks and the DUBAN.* functions in the bundle.
 * Without /usr/bin/chromium the test is skipped with a notice, except when CI=true.
 */
import JSZip from "jszip";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { execSync } from "child_process";
import type { AddressInfo } from "net";
import { CHROMIUM, CHROMIUM_ARGS, describeWithChromium, serve } from "../../support/browser";
import * as ts from "typescript";
import { readWorkbookFile } from "../../../src/hosts/xlsx/readWorkbook";
import { analyzeWorkbook, bulletinPatch, bulletinText, rollupPatch, validationPatch } from "../../../src/core/engine";
import { renderSheetRows } from "../../../src/core/output";
import { importText, renderPreview } from "../../../src/core/import";
import { CellValue, isRichText, WorkbookData } from "../../../src/core/sheet/cellValue";
import { cellText } from "../../../src/core/text/normalize";
import { FUNCTION_DEFS } from "../../../functions/definitions";
import * as formulas from "../../../functions/formulas";
import { wpsFunction } from "../../../wps/functions";
import { expectChineseRuleGroups, expectKeyboardReach, expectOneLineTabsAndNoOverflow, expectReadableImportList, expectStatusStaysInItsTab, statusOf, waitForStatus, WIDTHS } from "../paneChecks";

const ROOT = path.resolve(__dirname, "../../..");
const SAMPLE = path.join(ROOT, "seeds/sample-yicheng.xlsx");
const TODAY = "2024-07-15";
const BUILT = path.join(ROOT, "dist/wps/addin");
const SOURCES = ["wps", "src", "taskpane", "functions", "webpack.wps.config.js"];
// Screenshots refresh docs/screenshots only when asked (DUBAN_SCREENSHOTS=1).
const SHOTS = process.env.DUBAN_SCREENSHOTS ? path.join(ROOT, "docs/screenshots") : os.tmpdir();


const describeE2e = describeWithChromium("WPS 任务窗格");


function newest(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((n) => newest(path.join(entry, n))));
}

/** dist/wps/addin when it is newer than every source; otherwise a fresh development build in a temp folder. */
function builtAddin(): { dir: string; temporary: boolean } {
  const marker = path.join(BUILT, "taskpane.js");
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs > Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))))) return { dir: BUILT, temporary: false };
  const dir = path.join(os.tmpdir(), `duban-wps-e2e-${process.pid}`);
  try {
    execSync("npx webpack --config webpack.wps.config.js --mode development", { cwd: ROOT, stdio: "pipe", timeout: 600000, env: { ...process.env, DUBAN_WPS_OUT_DIR: dir } });
  } catch (err) {
    const out = String((err as { stdout?: Buffer }).stdout ?? "") + String((err as { stderr?: Buffer }).stderr ?? "");
    throw new Error(`the WPS build for the e2e test failed:\n${out.slice(-4000)}`);
  }
  return { dir, temporary: true };
}


/** The strict fake, transpiled alone (it has type imports only), loaded with the book and installed on window. */
function fakeScript(bookJson: string, options: object = {}): string {
  const source = fs.readFileSync(path.join(ROOT, "tests/hosts/wps/fakeEt.ts"), "utf8");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(() => {
    const module = { exports: {} };
    const exports = module.exports;
    ${js}
    const book = ${bookJson};
    const fake = exports.createFakeEt(book, ${JSON.stringify(options)});
    fake.install(window);
    window.__fake = fake;
    window.__fakeRows = (name) => fake.rowsOf(name);
  })();`;
}

type Rows = (CellValue | { error: string })[][];
const text = (v: unknown) => (isRichText(v as CellValue) ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("") : cellText(v as CellValue));

describeE2e("WPS add-in in headless Chromium over the strict fake ET", () => {
  let server: http.Server;
  let context: import("playwright-core").BrowserContext;
  let book: WorkbookData;
  let bookJson: string;
  let base: string;
  let built: { dir: string; temporary: boolean };
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "duban-wps-chromium-"));
  const external: string[] = [];

  beforeAll(async () => {
    built = builtAddin();
    book = await readWorkbookFile(SAMPLE);
    bookJson = JSON.stringify({ sheets: book.sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges, boldCells: [...(s.boldCells ?? [])] })) });
    server = await serve(built.dir);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { chromium } = await import("playwright-core");
    // A fresh profile (--user-data-dir) per run.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 380, height: 900 },
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
      args: CHROMIUM_ARGS,
    });
  }, 700000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => server?.close(resolve));
    fs.rmSync(profile, { recursive: true, force: true });
    if (built?.temporary) fs.rmSync(built.dir, { recursive: true, force: true });
  });

  async function open(page: string, options: object = {}) {
    const p = await context.newPage();
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(String(e)));
    await p.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      external.push(url);
      return route.abort();
    });
    await p.clock.setFixedTime(new Date(`${TODAY}T10:00:00+08:00`));
    await p.addInitScript({ content: fakeScript(bookJson, options) });
    await p.goto(`${base}/${page}`);
    return { page: p, errors };
  }

  async function openPane(query = "", options: object = {}) {
    const opened = await open(`taskpane.html${query}`, options);
    await opened.page.waitForFunction(() => /就绪|完成|失败/.test(document.getElementById("status")?.textContent ?? ""), undefined, { timeout: 20000 });
    await opened.page.waitForFunction(() => document.body.dataset.fluent === "ready", undefined, { timeout: 20000 });
    return opened;
  }

  async function sheetRows(page: import("playwright-core").Page, name: string): Promise<string[][]> {
    const rows = (await page.evaluate((n) => (window as any).__fakeRows(n), name)) as Rows;
    return rows.map((r) => r.map(text));
  }

  async function expectSheetsAsPatch(page: import("playwright-core").Page, sheets: ReturnType<typeof validationPatch>["sheets"]) {
    for (const sheet of sheets) {
      const got = await sheetRows(page, sheet.name);
      const want = renderSheetRows(sheet).map((r) => r.map(text));
      want.forEach((row, r) => row.forEach((cell, c) => expect([sheet.name, r, c, got[r]?.[c] ?? ""]).toEqual([sheet.name, r, c, cell])));
    }
  }

  test("校验: the pane's findings and the cells written into the fake ET equal the engine's on the sample", async () => {
    const expected = analyzeWorkbook(book, { today: TODAY });
    const patch = validationPatch(expected);
    const { page, errors } = await openPane();
    expect(await page.textContent("#status")).toContain("就绪");
    await page.click("#btn-validate");
    expect(await waitForStatus(page, "validate")).toContain("校验完成");

    const items = await page.$$eval("button.finding", (els) => els.map((e) => [e.getAttribute("data-code"), e.getAttribute("data-address") || null]));
    // The list groups findings its own way; the same findings, each once, in any order.
    const key = (x: (string | null)[]) => x.join("|");
    expect(items.map(key).sort()).toEqual(expected.findings.map((f) => key([f.code, f.address ?? null])).sort());
    expect(items.length).toBeGreaterThan(0);

    await expectSheetsAsPatch(page, patch.sheets);
    for (const col of patch.columns) {
      const rows = await sheetRows(page, col.sheet);
      expect(rows[col.headerRow][col.col]).toBe(col.spec.header);
      for (const [r, v] of col.values) expect([r, rows[r]?.[col.col] ?? ""]).toEqual([r, text(v)]);
    }
    // The typed progress rows are untouched; the application flags are back.
    const progress = book.sheets.find((s) => s.name === expected.progressLayout!.sheet)!;
    const after = await sheetRows(page, progress.name);
    progress.rows.forEach((row, r) => row.forEach((cell, c) => expect([r, c, after[r]?.[c] ?? ""]).toEqual([r, c, text(cell)])));
    expect(await page.evaluate(() => (window as any).__fake.flags)).toEqual({ ScreenUpdating: true, Calculation: -4105, EnableEvents: true, DisplayAlerts: true });

    // Clicking a finding activates its sheet and selects its cell in ET.
    const at = items.findIndex((i) => i[1]);
    const finding = expected.findings.find((f) => f.code === items[at][0] && f.address === items[at][1])!;
    await page.locator("button.finding").nth(at).click();
    await page.waitForFunction(() => (window as any).__fake.selection !== null);
    expect(await page.evaluate(() => (window as any).__fake.selection)).toEqual({ sheet: finding.sheet, address: finding.address });

    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  }, 180000);

  test("汇总: the roll-up sheets written into the fake ET equal the engine's", async () => {
    const expected = analyzeWorkbook(book, { today: TODAY });
    const { page, errors } = await openPane();
    await page.click("[data-tab=rollup]");
    await page.click("#btn-rollup");
    expect(await waitForStatus(page, "rollup")).toContain("汇总完成");
    await expectSheetsAsPatch(page, rollupPatch(expected).sheets);
    expect(await page.$$eval("[data-testid=rollup-table] tbody tr", (rows) => rows.length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 180000);

  test("通报: the draft equals the engine's and 写入 puts the 通报 sheet into the fake ET", async () => {
    const expected = analyzeWorkbook(book, { today: TODAY });
    const { page, errors } = await openPane();
    await page.click("[data-tab=bulletin]");
    await page.click("#btn-bulletin");
    await waitForStatus(page, "bulletin");
    expect(await page.inputValue("#bulletin-text")).toBe(bulletinText(expected));
    await page.click("#btn-bulletin-write");
    await page.waitForFunction(() => !document.body.classList.contains("is-busy"), undefined, { timeout: 60000 });
    expect(await page.getAttribute(statusOf("bulletin"), "class")).toContain("status-ok");
    await expectSheetsAsPatch(page, bulletinPatch(expected).sheets);
    expect(errors).toEqual([]);
    await page.close();
  }, 180000);

  test("通报: the bulletin .docx downloads from the WPS pane (docx chunk loaded in WPS's build)", async () => {
    const { page, errors } = await openPane();
    await page.click("[data-tab=bulletin]");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), page.click("#btn-bulletin-docx")]);
    expect(download.suggestedFilename()).toMatch(/通报\.docx$/);
    const file = await download.path();
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file("word/document.xml")!.async("string");
    expect(xml).toContain("总体情况");
    expect(xml).toContain("仿宋_GB2312");
    expect(errors).toEqual([]);
    await page.close();
  }, 180000);

  test("the entry page's and the pane's scripts are ES2017, regular expressions included (no lookbehind), Fluent UI's code included (WPS's embedded Chromium varies by build)", async () => {
    const { parse } = await import("acorn");
    const scripts = fs.readdirSync(built.dir).filter((n) => n.endsWith(".js"));
    for (const f of ["main.js", "taskpane.js"]) {
      expect(scripts).toContain(f);
      // Nothing of ES2018: no object spread or rest, no async iteration, and no lookbehind or named groups in the
      // regular expressions (acorn checks regular expression syntax against the version).
      expect(() => parse(fs.readFileSync(path.join(built.dir, f), "utf8"), { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
    }
    // The chunks loaded later (Fluent UI's among them) parse as ES2018: exceljs's own minified build (填报表, loaded on
    // demand) uses object spread.
    for (const f of scripts.filter((n) => n !== "main.js" && n !== "taskpane.js")) {
      const source = fs.readFileSync(path.join(built.dir, f), "utf8");
      expect(() => parse(source, { ecmaVersion: 2018, sourceType: "script" })).not.toThrow();
    }
  });

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      test("校验 groups the findings under their Chinese rule names; the tab bar stays on one line", async () => {
        const { page, errors } = await openPane();
        await page.setViewportSize({ width, height: 900 });
        await expectOneLineTabsAndNoOverflow(page);
        await page.click("#btn-validate");
        expect(await waitForStatus(page, "validate")).toContain("校验完成");
        await expectChineseRuleGroups(page);
        await expectOneLineTabsAndNoOverflow(page);
        await expectStatusStaysInItsTab(page, "validate", "bulletin");
        await expectKeyboardReach(page);
        // After the keyboard run: 汇总 reached and run by keys, the focus ring on its button.
        await page.screenshot({ path: path.join(SHOTS, `wps-keyboard-${width}.png`) });
        expect(errors).toEqual([]);
        await page.close();
      }, 180000);

      test("设置: saving a changed threshold without touching the date keeps the stored 截至日期 in the ET sheet", async () => {
        const { page, errors } = await openPane();
        await page.setViewportSize({ width, height: 900 });
        const before = await sheetRows(page, "设置");
        await page.click("[data-tab=settings]");
        await waitForStatus(page, "settings");
        expect(await page.inputValue("#set-asof")).toBe("2024-07-10");
        await page.fill("#set-yellow", "95");
        await page.click("#btn-settings-save");
        expect(await waitForStatus(page, "settings")).toContain("已保存：黄色预警线");
        const after = await sheetRows(page, "设置");
        const want = before.map((r) => r.map((v, c) => (r[0] === "黄色预警线" && c === 1 ? "95%" : v)));
        expect(after.map((r) => r.slice(0, 5))).toEqual(want.map((r) => r.slice(0, 5)));
        expect(after.find((r) => r[0] === "截至日期")?.[1]).toBe("2024-07-10");
        // Read again from ET: the saved value is what the workbook now holds, the date unchanged.
        await page.click("#btn-settings-read");
        await waitForStatus(page, "settings");
        expect([await page.inputValue("#set-yellow"), await page.inputValue("#set-asof")]).toEqual(["95", "2024-07-10"]);
        // And 校验 runs as of that date, not today.
        await page.click("[data-tab=validate]");
        await page.click("#btn-validate");
        expect(await waitForStatus(page, "validate")).toContain("截至 2024-07-10");
        expect(errors).toEqual([]);
        await page.close();
      }, 180000);

      test("导入 preview is a list readable at this width; 全部下载 saves one .zip of every unit's form", async () => {
        const { page, errors } = await openPane();
        await page.setViewportSize({ width, height: 900 });
        await page.click("[data-tab=import]");
        const seed = fs.readdirSync(path.join(ROOT, "seeds")).find((f) => f.startsWith("004_"))!;
        const pasted = fs.readFileSync(path.join(ROOT, "seeds", seed), "utf8");
        await page.fill("#import-text", pasted);
        await page.click("#btn-import-preview");
        expect(await waitForStatus(page, "import")).toContain("预览");
        await expectReadableImportList(page, 10);
        // The WPS pane prints the words `duban import` prints for the same text.
        const cli = renderPreview(importText(pasted));
        const units = await page.$$eval("#import-preview li .task-units", (es) => es.map((e) => e.textContent ?? ""));
        expect(units.length).toBeGreaterThanOrEqual(50);
        for (const label of units) expect(cli).toContain(label);
        await expectOneLineTabsAndNoOverflow(page);

        await page.click("[data-tab=templates]");
        expect((await page.textContent(statusOf("templates"))) ?? "").toBe("");
        await page.click("#btn-templates");
        const made = await waitForStatus(page, "templates");
        const count = Number(/已生成 (\d+) 个单位/.exec(made)![1]);
        // WPS has no download API of its own: the pane's browser download, as a user would get it.
        const [download] = await Promise.all([page.waitForEvent("download"), page.click("#btn-download-all")]);
        expect(download.suggestedFilename()).toMatch(/\.zip$/);
        const file = path.join(profile, "all.zip");
        await download.saveAs(file);
        const JSZip = (await import("jszip")).default;
        const zip = await JSZip.loadAsync(fs.readFileSync(file));
        const names = Object.keys(zip.files);
        expect(names).toHaveLength(count);
        expect(count).toBeGreaterThan(1);
        const ExcelJS = (await import("exceljs")).default;
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await zip.file(names[0])!.async("uint8array")).buffer as ArrayBuffer);
        expect(wb.getWorksheet("任务清单")!.actualRowCount).toBeGreaterThan(1);
        expect(errors).toEqual([]);
        await page.close();
      }, 180000);
    });
  }

  test("the ribbon's 校验 opens the pane with ?action=validate, which runs by itself", async () => {
    const { page, errors } = await openPane("?action=validate&t=1", { taskPaneMember: "CreateTaskpane", onlyOnWps: ["CreateTaskpane", "GetTaskPane", "PluginStorage"] });
    expect(await waitForStatus(page, "validate")).toContain("校验完成");
    expect((await sheetRows(page, "校验结果")).length).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 180000);

  test("the entry page registers the DUBAN.* functions, whose results equal the formulas', and opens the pane", async () => {
    const { page, errors } = await open("index.html");
    await page.waitForFunction(() => typeof (window as any).OnAction === "function");
    const names = await page.evaluate(() => (window as any).__fake.functions.map((f: { namespace: string; name: string }) => `${f.namespace}.${f.name}`));
    expect(names).toEqual(FUNCTION_DEFS.map((d) => `DUBAN.${d.id}`));
    // The same calls in node, through the same WPS wrapper over the same table: the bundle must agree.
    const inNode = (name: string, args: unknown[]) => wpsFunction(FUNCTION_DEFS.find((d) => d.id === name)!)(...args);
    const calls: [string, unknown[], unknown][] = (
      [
        ["TARGET", ["地区生产总值增长6%左右"]],
        ["RATIO", ["新增规上工业企业25家以上", "上半年新增规上工业企业7家"]],
        ["STATUS", ["新增规上工业企业25家以上", "上半年新增规上工业企业7家", "2024-06-30"]],
        ["TARGETS", ["地区生产总值增长6%左右"]],
        ["TARGET", ["全面加强政府自身建设"]],
        ["EXPECTED", [45473, -2147352572, -2147352572]],
      ] as [string, unknown[]][]
    ).map(([name, args]) => [name, args, inNode(name, args)]);
    expect(calls[0][2]).toBe(formulas.target("地区生产总值增长6%左右"));
    expect(calls[4][2]).toMatch(/^#N\/A：.*\(FN_NO_TARGET\)$/);
    for (const [name, args, want] of calls) {
      const got = await page.evaluate(([n, a]) => (window as any).__fake.functions.find((f: { name: string }) => f.name === n).fn(...(a as unknown[])), [name, args] as const);
      expect([name, got]).toEqual([name, want]);
    }
    expect(await page.evaluate(() => (window as any).OnAction({ Id: "dubanValidate" }))).toBe(true);
    const panes = await page.evaluate(() => (window as any).__fake.panes);
    expect(panes).toHaveLength(1);
    expect(panes[0].url).toMatch(new RegExp(`^${base}/taskpane\\.html\\?action=validate&t=\\d+$`));
    expect(panes[0].Visible).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120000);

  test("outside WPS the pane says so with HOST_WPS_NOT_FOUND", async () => {
    const p = await context.newPage();
    await p.goto(`${base}/taskpane.html`);
    await p.waitForSelector(".status-error");
    expect(await p.textContent("#status")).toContain("HOST_WPS_NOT_FOUND");
    await p.close();
  }, 60000);
});
