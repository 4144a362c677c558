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
import { findSheets } from "../../src/core/layout/findSheets";
import { importText, renderPreview } from "../../src/core/import";
import { expectChineseRuleGroups, expectKeyboardReach, expectOneLineTabsAndNoOverflow, expectReadableImportList, expectStatusStaysInItsTab, statusOf, waitForStatus, WIDTHS } from "./paneChecks";

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
            cells: patch.cells || [],
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

  async function openPane(hostBook: WorkbookData = book, width = 420) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "zh-CN" });
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
    // Fluent UI arrives in its own chunk right after start.
    await page.waitForFunction(() => document.body.dataset.fluent === "ready", undefined, { timeout: 20000 });
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

  test("the page's DUBAN.* functions answer once their own chunk has arrived (the judge is not in the first load)", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${base}/taskpane.html`);
    // office.js outside Office keeps what functions.js associates (its _association); Excel's runtime would call them.
    type Page = { CustomFunctions: { _association: { mappings: Record<string, (...a: unknown[]) => unknown> }; Error?: unknown; ErrorCode?: unknown } };
    await page.waitForFunction(() => Object.keys((window as unknown as Page).CustomFunctions._association.mappings).length === 9, undefined, { timeout: 20000 });
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => e.name.endsWith("/formulas.js")), undefined, { timeout: 20000 });
    const got = await page.evaluate(async () => {
      const cf = (window as unknown as Page).CustomFunctions;
      // CustomFunctions.Error and ErrorCode exist only inside Excel's runtime: stand-ins, as in the node tests.
      cf.Error = class extends Error {
        constructor(readonly code: string, message?: string) {
          super(message);
        }
      };
      cf.ErrorCode = { invalidValue: "#VALUE!", notAvailable: "#N/A" };
      const fns = cf._association.mappings;
      const target = await fns.TARGET("地区生产总值增长6%左右");
      let failure = "";
      try {
        await fns.TARGET("全面加强政府自身建设");
      } catch (e) {
        failure = `${(e as { code: string }).code} ${(e as Error).message}`;
      }
      return { target, status: await fns.STATUS("新增规上工业企业25家以上", "今年以来新增规上工业企业26家", "2024-06-30"), failure };
    });
    expect(got).toEqual({ target: 6, status: "已完成", failure: expect.stringMatching(/^#N\/A .*\(FN_NO_TARGET\)$/) });
    expect(errors).toEqual([]);
    await context.close();
  });

  type E2e = { applied: { sheets: { name: string; columns: string[]; rows: unknown[][]; chart: unknown }[]; columns: { sheet: string; header: string; values: unknown[] }[]; cells: { sheet: string; row: number; col: number; value: unknown }[]; summary: string[] }[]; selected: unknown[]; copied: string[]; downloads: { fileName: string; bytes: number[] }[] };
  const e2e = (page: import("playwright-core").Page) => page.evaluate(() => (window as unknown as { __E2E__: E2e }).__E2E__);

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      test("校验 lists the findings under their Chinese rule names and writes 校验结果 and the status column", async () => {
        const expected = analyzeWorkbook(book, { today: TODAY });
        const { page, context, errors } = await openPane(book, width);
        await expectOneLineTabsAndNoOverflow(page);
        await page.click("#btn-validate");
        expect(await waitForStatus(page, "validate")).toContain("校验完成");

        // Counts by severity equal the engine's own result on the same workbook.
        for (const severity of ["error", "warning", "info"] as const) {
          const shown = await page.textContent(`.count-${severity} b`);
          expect(Number(shown)).toBe(expected.findings.filter((f) => f.severity === severity).length);
        }
        const items = await page.$$eval("button.finding", (els) => els.map((e) => ({ code: e.getAttribute("data-code"), text: e.textContent })));
        expect(items.length).toBe(expected.findings.length);
        expect(new Set(items.map((i) => i.code))).toEqual(new Set(expected.findings.map((f) => f.code)));
        const codes = await expectChineseRuleGroups(page);
        expect(new Set(codes)).toEqual(new Set(expected.findings.map((f) => f.code)));
        await expectOneLineTabsAndNoOverflow(page);

        // What was written: the 校验结果 sheet and the status column beside the progress rows.
        const applied = (await e2e(page)).applied;
        expect(applied).toHaveLength(1);
        const results = applied[0].sheets.find((s) => s.name === "校验结果")!;
        expect(results.rows.length).toBe(expected.findings.length);
        expect(applied[0].columns[0]).toMatchObject({ sheet: expected.progressLayout!.sheet, header: "校验状态" });
        expect(applied[0].columns[0].values.length).toBe(expected.progress.length);

        // Clicking a finding selects its cell through the host (its group opened first when folded).
        const withCell = expected.findings.find((f) => f.address)!;
        const button = page.locator(`button.finding[data-code="${withCell.code}"][data-address="${withCell.address}"]`).first();
        if (!(await button.isVisible())) await page.locator(`details.rule[data-code="${withCell.code}"] > summary`).first().click();
        await button.click();
        expect((await e2e(page)).selected).toContainEqual([withCell.sheet, withCell.address]);

        fs.mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SHOTS, `taskpane-validate-${width}.png`) });
        expect(errors).toEqual([]);
        expect(external).toEqual([]);
        await context.close();
      }, 120000);

      test("each tab keeps its own status line; tabs and buttons are reachable by keyboard", async () => {
        const { page, context, errors } = await openPane(book, width);
        await page.click("#btn-validate");
        await waitForStatus(page, "validate");
        await expectStatusStaysInItsTab(page, "validate", "settings");
        await expectKeyboardReach(page);
        // The 汇总 message is on 汇总 only.
        await page.click("[data-tab=validate]");
        expect(await page.textContent(statusOf("validate"))).toContain("校验完成");
        expect(errors).toEqual([]);
        await context.close();
      }, 120000);

      test("设置 shows the stored 截至日期 as a value; saving one change keeps every other cell, the date included", async () => {
        const settingsSheet = findSheets(book.sheets).settings!;
        const { page, context, errors } = await openPane(book, width);
        // Opening 设置 reads the workbook by itself.
        await page.click("[data-tab=settings]");
        await waitForStatus(page, "settings");
        expect(await page.inputValue("#set-asof")).toBe("2024-07-10");
        expect(await page.inputValue("#set-red")).toBe("80");
        await expectOneLineTabsAndNoOverflow(page);
        await page.screenshot({ path: path.join(SHOTS, `taskpane-settings-${width}.png`) });

        // Saving with nothing changed writes nothing.
        await page.click("#btn-settings-save");
        expect(await waitForStatus(page, "settings")).toContain("没有修改");
        expect((await e2e(page)).applied).toHaveLength(0);

        // Only 红色预警线 changed: that one cell is written, in place; the sheet is not regenerated (#16).
        await page.fill("#set-red", "70");
        await page.click("#btn-settings-save");
        expect(await waitForStatus(page, "settings")).toContain("已保存：红色预警线");
        const applied = (await e2e(page)).applied;
        expect(applied).toHaveLength(1);
        expect(applied[0].sheets).toEqual([]);
        const red = settingsSheet.rows.findIndex((r) => r[0] === "红色预警线");
        expect(applied[0].cells).toEqual([{ sheet: settingsSheet.name, row: red, col: 1, value: "70%" }]);
        expect(await page.inputValue("#set-asof")).toBe("2024-07-10");
        expect(await page.inputValue("#set-red")).toBe("70");

        // The next 校验 still runs as of the stored date, not today.
        await page.click("[data-tab=validate]");
        await page.click("#btn-validate");
        expect(await waitForStatus(page, "validate")).toContain("截至 2024-07-10");

        // Choosing a period sets the date, and saving writes exactly that.
        await page.click("[data-tab=settings]");
        const periodEnd = await page.$$eval("#set-period option", (o) => (o as HTMLOptionElement[]).map((x) => x.value).filter(Boolean)[0]);
        await page.selectOption("#set-period", periodEnd);
        expect(await page.inputValue("#set-asof")).toBe(periodEnd);
        await page.click("#btn-settings-save");
        expect(await waitForStatus(page, "settings")).toContain("截至日期");
        const last = (await e2e(page)).applied.at(-1)!;
        const asOf = settingsSheet.rows.findIndex((r) => r[0] === "截至日期");
        // The double hands back the workbook as it was (it records patches, applies none): 红色预警线 is its 80%
        // again, so it is written back with the date, each in its own cell.
        expect(last.sheets).toEqual([]);
        expect(last.cells).toEqual(expect.arrayContaining([{ sheet: settingsSheet.name, row: asOf, col: 1, value: periodEnd }]));
        expect(errors).toEqual([]);
        await context.close();
      }, 120000);

      test("导入 previews a pasted notice as a list readable at this width", async () => {
        const { page, context } = await openPane(book, width);
        await page.click("[data-tab=import]");
        const seed = fs.readdirSync(path.join(ROOT, "seeds")).find((f) => f.startsWith("004_"))!;
        await page.fill("#import-text", fs.readFileSync(path.join(ROOT, "seeds", seed), "utf8"));
        await page.click("#btn-import-preview");
        expect(await waitForStatus(page, "import")).toContain("预览");
        const { items, height } = await expectReadableImportList(page, 10);
        // In the old five-column table a narrow pane gave 185 px a task (the unit column one character wide).
        expect(height / items).toBeLessThan(width < 400 ? 185 : 160);
        expect(await page.getAttribute("#btn-import-write", "disabled")).toBeNull();
        await expectOneLineTabsAndNoOverflow(page);
        await page.screenshot({ path: path.join(SHOTS, `taskpane-import-${width}.png`) });
        await context.close();
      }, 60000);

      test("填报表: 全部下载 gives one .zip holding every unit's workbook", async () => {
        const units = perUnitPatches(analyzeWorkbook(book, { today: TODAY }));
        const { page, context, errors } = await openPane(book, width);
        await page.click("[data-tab=templates]");
        await page.click("#btn-templates");
        expect(await waitForStatus(page, "templates")).toContain(`已生成 ${units.length} 个单位的填报表`);
        await expectOneLineTabsAndNoOverflow(page);
        await page.screenshot({ path: path.join(SHOTS, `taskpane-templates-${width}.png`) });
        await page.click("#btn-download-all");
        expect(await waitForStatus(page, "templates", 180000)).toContain(`已打包 ${units.length} 个填报表`);
        const downloads = (await e2e(page)).downloads;
        expect(downloads).toHaveLength(1);
        expect(downloads[0].fileName).toMatch(/\.zip$/);
        const JSZip = (await import("jszip")).default;
        const zip = await JSZip.loadAsync(new Uint8Array(downloads[0].bytes));
        const names = Object.keys(zip.files).sort();
        expect(names).toHaveLength(units.length);
        for (const n of names) expect(n).toMatch(/\.xlsx$/);
        // The workbooks inside are real ones, each with its unit's tasks.
        const ExcelJS = (await import("exceljs")).default;
        for (const u of [units[0], units[units.length - 1]]) {
          const name = names.find((n) => n.includes(u.unit.replace(/[\\/:*?"<>|\s]+/g, "_")))!;
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load((await zip.file(name)!.async("uint8array")).buffer as ArrayBuffer);
          expect([u.unit, wb.getWorksheet("任务清单")!.actualRowCount - 1]).toEqual([u.unit, u.tasks]);
        }
        expect(errors).toEqual([]);
        await context.close();
      }, 300000);
    });
  }

  test("汇总 writes the roll-up with its chart and the metric sheet", async () => {
    const { page, context, errors } = await openPane();
    await page.click("[data-tab=rollup]");
    await page.click("#btn-rollup");
    expect(await waitForStatus(page, "rollup")).toContain("汇总完成");
    const applied = (await e2e(page)).applied;
    const names = applied[0].sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["汇总", "指标跟踪"]));
    expect(applied[0].sheets.find((s) => s.name === "汇总")!.chart).toMatchObject({ title: expect.any(String) });
    expect(await page.$$eval("[data-testid=rollup-table] tbody tr", (rows) => rows.length)).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, "taskpane-rollup.png") });
    expect(errors).toEqual([]);
    await context.close();
  }, 120000);

  test("the import preview states the date a customary 完成时限 will be written as, with the year the write uses", async () => {
    const { page, context } = await openPane();
    await page.click("[data-tab=import]");
    await page.fill("#import-text", ["序号\t任务内容\t牵头单位\t完成时限", "1\t完成城区排水管网清淤12公里\t区水务局\t汛期前", "2\t新建社区食堂5个\t区民政局\t9月底前"].join("\n"));
    await page.click("#btn-import-preview");
    expect(await waitForStatus(page, "import")).toContain("预览");
    const notes = await page.$$eval("#import-preview p.note[title=CAT_DEADLINE_CUSTOMARY]", (ps) => ps.map((p) => p.textContent ?? ""));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/任务 1 的完成时限「汛期前」是习惯说法，按 \d{4}-05-31 计/);
    await context.close();
  }, 60000);

  test("the import preview notes a task shared out without a lead, in Chinese with its code, and does not call its lead unrecognised", async () => {
    const { page, context } = await openPane();
    await page.click("[data-tab=import]");
    const table = ["序号\t任务内容\t牵头单位\t配合单位\t完成时限\t上半年完成情况", "1\t城镇新增就业9000人\t区人社局\t各镇街\t年底前\t新增就业5200人", "2\t完成农村生活污水治理村30个\t\t区水务局、区农业农村局按职责分工负责\t\t", "3\t新建口袋公园5处\t\t\t\t"].join("\n");
    await page.fill("#import-text", table);
    await page.click("#btn-import-preview");
    expect(await waitForStatus(page, "import")).toContain("预览");
    const notes = await page.$$eval("#import-preview p.note[title=CAT_SHARED_NO_LEAD]", (ps) => ps.map((p) => p.textContent ?? ""));
    expect(notes).toEqual(["任务 2 未明确牵头单位，由所列单位按职责分工共同负责：每个单位都须填报，汇总时计入每个单位。"]);
    expect(await page.textContent("#import-preview li[data-task='2'] .task-units")).toBe("牵头：（未明确，按职责分工负责）；协办：区水务局、区农业农村局");
    expect(await page.textContent("#import-preview li[data-task='3'] .task-units")).toBe("牵头：（未识别）");
    // The pane prints the CLI's words: every unit, deadline and progress label it shows is in `duban import`'s preview.
    const cli = renderPreview(importText(table));
    const shown = await page.$$eval("#import-preview li .task-units, #import-preview li .task-deadline, #import-preview li .task-progress", (es) => es.map((e) => e.textContent ?? ""));
    expect(shown).toEqual(expect.arrayContaining(["时限：年底前", "进展：新增就业5200人", "牵头：区人社局；协办：各镇街；待展开：各镇街"]));
    for (const label of shown) expect(cli).toContain(label);
    await context.close();
  }, 60000);

  test("a failure is shown in Chinese with its code, in the tab it came from", async () => {
    const { page, context } = await openPane();
    await page.click("[data-tab=import]");
    await page.click("#btn-import-preview");
    await waitForStatus(page, "import");
    expect(await page.textContent(`${statusOf("import")} [data-testid=status-code]`)).toBe("TASKPANE_EMPTY_PASTE");
    expect(await page.textContent(`${statusOf("import")} [data-testid=status-message]`)).toContain("请先粘贴");
    await context.close();
  }, 60000);

  test("a workbook the core cannot read shows the core's code (no catalogue → BOOK_NO_CATALOGUE)", async () => {
    const { page, context } = await openPane({ sheets: [{ name: "Sheet1", rows: [["随便", "什么"]] }] });
    await page.click("#btn-validate");
    await waitForStatus(page, "validate");
    expect(await page.textContent(`${statusOf("validate")} [data-testid=status-code]`)).toBe("BOOK_NO_CATALOGUE");
    expect(await page.textContent(`${statusOf("validate")} [data-testid=status-message]`)).toContain("找不到任务清单");
    expect((await e2e(page)).applied.length).toBe(0);
    await context.close();
  }, 60000);

  test("设置 on a workbook without a 设置 sheet: an empty date input, and saving leaves the date empty", async () => {
    const noSettings = { sheets: book.sheets.filter((s) => s !== findSheets(book.sheets).settings) };
    const { page, context } = await openPane(noSettings);
    await page.click("[data-tab=settings]");
    await waitForStatus(page, "settings");
    expect(await page.inputValue("#set-asof")).toBe("");
    expect(await page.textContent("#set-asof-note")).toContain(`按运行当天（${TODAY}）`);
    await page.fill("#set-duesoon", "10");
    // 单位层级 is a choice, 未设置 until chosen.
    expect(await page.inputValue("#set-level")).toBe("");
    expect(await page.textContent("#set-level-note")).toContain("上级地域");
    await page.selectOption("#set-level", "县");
    expect(await page.getAttribute("#set-level", "class")).toContain("changed");
    await page.click("#btn-settings-save");
    expect(await waitForStatus(page, "settings")).toContain("已保存");
    const written = (await e2e(page)).applied[0].sheets[0];
    expect(written.name).toBe("设置");
    expect(written.rows).toContainEqual(expect.arrayContaining(["截至日期", ""]));
    expect(written.rows).toContainEqual(expect.arrayContaining(["临近时限天数", 10]));
    expect(written.rows).toContainEqual(expect.arrayContaining(["单位层级", "县"]));
    await context.close();
  }, 60000);

  test("通报 drafts the bulletin of the core, copies it and writes the 通报 sheet", async () => {
    const expected = bulletinText(analyzeWorkbook(book, { today: TODAY }));
    const { page, context, errors } = await openPane();
    await page.click("[data-tab=bulletin]");
    await page.click("#btn-bulletin");
    await waitForStatus(page, "bulletin");
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

  test("填报表 offers each unit's workbook one by one too (exceljs in the browser), and merges a returned one", async () => {
    const units = perUnitPatches(analyzeWorkbook(book, { today: TODAY }));
    const { page, context, errors } = await openPane();
    await page.click("[data-tab=templates]");
    await page.click("#btn-templates");
    await waitForStatus(page, "templates");
    await page.click("#templates-list details > summary");
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
    expect(wb.getWorksheet("任务清单")!.actualRowCount - 1).toBe(units[0].tasks);

    // Returned as it is, it merges back into the open workbook.
    const file = path.join(DIST, download.fileName);
    fs.writeFileSync(file, Buffer.from(download.bytes));
    await page.setInputFiles("#merge-files", file);
    await page.click("#btn-merge");
    await page.waitForFunction(() => /合并/.test(document.querySelector('[data-status="templates"]')?.textContent ?? "") && !document.body.classList.contains("is-busy"), undefined, { timeout: 60000 });
    expect(await page.getAttribute(statusOf("templates"), "class")).toContain("status-ok");
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
