/**
 * The task pane: settings, 校验, 汇总/指标跟踪, 通报, 导入 and 填报表 over one PaneHost. Every action runs
 * through `runAction`: one read, the core, one write, with progress, a cancel button, and any failure
 * shown as a Chinese message with its code — in the status line of the tab the action was started from,
 * so a message never stays on another tab.
 */
import { Finding } from "../src/core";
import { ImportResult } from "../src/core";
import { WorkbookData } from "../src/core";
import * as core from "./coreApi";
import { PaneHost, RunOptions } from "./paneHost";
import { DubanError } from "../src/core";
import { describeError } from "./errors";
import { byId, clear, h } from "./dom";
import { renderFindings } from "./views/findingsView";
import { cellFor, changedFields, FIELD_KEYS, FIELD_NAMES, formValues, levelNote, SettingsFields } from "./settingsForm";
import { storedAsOf } from "../src/core";

/**
 * The use cases (reading the book, checking, rolling up, saving 设置) come in a chunk of their own, loaded on the
 * first click that needs them: the first screen shows none of their work, and the first load stays small (issue 17).
 */
const useCases = () => import(/* webpackChunkName: "engine" */ "./useCases");

type TabId = "validate" | "rollup" | "bulletin" | "import" | "templates" | "settings";

export interface Pane {
  show(tab: TabId): void;
  validate(): Promise<void>;
  rollup(): Promise<void>;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ZIP_MIME = "application/zip";

/** A Fluent button or a native one: both have `disabled`. */
type Disableable = HTMLElement & { disabled: boolean };

/**
 * Fluent UI (its components and theme, about 32 kB compressed) loads in a chunk of its own right after the
 * page, so the first-load script stays small; until it is there the tabs and buttons are drawn by the
 * page's CSS and still work by mouse. If it cannot load (an embedded browser too old for web components),
 * the pane keeps working that way. `body[data-fluent]` says which happened.
 */
function loadFluent(): Promise<void> {
  return import(/* webpackChunkName: "fluent" */ "./fluent").then(
    () => void (document.body.dataset.fluent = "ready"),
    () => void (document.body.dataset.fluent = "failed"),
  );
}

export function startPane(host: PaneHost): Pane {
  void loadFluent();
  let running: AbortController | null = null;
  let lastImport: ImportResult | null = null;
  let current: TabId = "validate";

  const progress = byId("progress") as HTMLElement & { value: number; max: number };
  const progressLabel = byId("progress-label");
  const busy = byId("busy");

  const statusOf = (tab: TabId) => document.querySelector<HTMLElement>(`[data-status="${tab}"]`)!;

  /** A message in one tab's status line (the tab the action started from). */
  function setMessage(tab: TabId, kind: "info" | "error" | "ok", text: string, code?: string, detail?: string): void {
    const status = statusOf(tab);
    clear(status);
    status.className = `status status-${kind}`;
    status.append(h("span", { class: "message", "data-testid": "status-message" }, text));
    if (code) status.append(" ", h("code", { class: "code", "data-testid": "status-code", title: "代码" }, code));
    if (detail) status.append(h("details", {}, h("summary", {}, "详细信息（可复制给开发者）"), h("pre", {}, detail)));
  }

  function onProgress(done: number, total: number, label: string): void {
    progress.max = Math.max(total, 1);
    progress.value = Math.min(done, progress.max);
    progressLabel.textContent = `${label}（${done}/${total}）`;
  }

  /** The one try/catch of the pane: every action's failure ends up here, with its code, in its own tab. */
  async function runAction(label: string, action: (options: RunOptions) => Promise<string | void>): Promise<void> {
    const tab = current;
    if (running) {
      setMessage(tab, "info", "上一个操作仍在进行，请稍候或先取消。", "TASKPANE_BUSY");
      return;
    }
    const controller = new AbortController();
    running = controller;
    busy.hidden = false;
    document.body.classList.add("is-busy");
    onProgress(0, 1, label);
    setMessage(tab, "info", `${label}……`);
    try {
      const done = await action({ signal: controller.signal, onProgress });
      if (controller.signal.aborted) throw new DubanError("TASKPANE_CANCELLED");
      setMessage(tab, "ok", done || `${label}完成。`);
    } catch (err) {
      const shown = describeError(err);
      setMessage(tab, "error", shown.message, shown.code, shown.detail);
    } finally {
      running = null;
      busy.hidden = true;
      document.body.classList.remove("is-busy");
    }
  }

  byId("cancel").addEventListener("click", () => running?.abort());

  // ---- settings -------------------------------------------------------------------------------
  const field = (id: string) => byId<HTMLInputElement>(id);
  const INPUTS: Record<keyof SettingsFields, string> = { year: "set-year", asOf: "set-asof", yellow: "set-yellow", red: "set-red", dueSoonDays: "set-duesoon", level: "set-level" };
  /** What the inputs showed when last filled from the workbook: a field differing from it was changed by the user. */
  let shown: SettingsFields | null = null;

  function formNow(): SettingsFields {
    const values = {} as SettingsFields;
    for (const f of FIELD_NAMES) values[f] = field(INPUTS[f]).value;
    return values;
  }

  function markChanged(): void {
    const changed = shown ? changedFields(shown, formNow()) : [];
    for (const f of FIELD_NAMES) field(INPUTS[f]).classList.toggle("changed", changed.includes(f));
  }
  for (const f of FIELD_NAMES) field(INPUTS[f]).addEventListener("input", markChanged);

  /**
   * A date changed in 设置 applies to every action of this session, saved or not (cleared: today); an
   * untouched field means the workbook's own date, read afresh each time (it may have been edited in the sheet).
   */
  function asOfOverride(): string | undefined {
    if (!shown || !changedFields(shown, formNow()).includes("asOf")) return undefined;
    return field("set-asof").value || host.ui.today();
  }

  /** Before the cells are analysed: 取消 pressed during the read stops here. */
  function afterRead(options: RunOptions) {
    return () => {
      if (options.signal?.aborted) throw new DubanError("TASKPANE_CANCELLED");
    };
  }

  /** What every analysing action keeps: the analysis, after filling 设置 from it. */
  function keep(a: core.Analysis, book: WorkbookData): core.Analysis {
    fillSettings(a, book);
    return a;
  }

  /** The use cases' request from this pane: today and 设置's date, progress and cancel, and the hooks above. */
  function request(options: RunOptions) {
    return { today: host.ui.today(), asOf: asOfOverride(), run: options, afterRead: afterRead(options), keep };
  }

  async function analyse(options: RunOptions): Promise<core.Analysis> {
    const r = request(options);
    const { analysis, book } = await (await useCases()).analyseBook(host.port, r);
    return keep(analysis, book);
  }

  /** Fills every field the user has not changed from the workbook; a changed one keeps what was typed. */
  function fillSettings(a: core.Analysis, book: WorkbookData): void {
    const fromBook = formValues(a.settings, book);
    const now = formNow();
    const changed = shown ? changedFields(shown, now) : [];
    for (const f of FIELD_NAMES) if (!changed.includes(f)) field(INPUTS[f]).value = fromBook[f];
    shown = fromBook;
    markChanged();
    const stored = storedAsOf(book);
    byId("set-asof-note").textContent = stored.unreadable
      ? `“设置”表中的截至日期“${stored.unreadable}”无法识别，按运行当天（${host.ui.today()}）计算；保存时不改动它，除非在此填写。`
      : stored.asOf
        ? ""
        : `工作簿未设截至日期：按运行当天（${host.ui.today()}）计算。`;
    byId("set-level-note").textContent = levelNote(book);
    const select = byId<HTMLSelectElement>("set-period");
    const chosen = select.value;
    clear(select);
    select.append(h("option", { value: "" }, "（按截至日期）"));
    for (const p of a.settings.periods) select.append(h("option", { value: p.end, selected: p.end === chosen }, `${p.name}（${p.end} 截止，${p.due} 前报送）`));
    byId("settings-source").textContent = `已从工作簿读取：${a.settings.year} 年度，截至 ${a.settings.asOf}，${a.settings.periods.length} 个报告期。`;
  }

  byId<HTMLSelectElement>("set-period").addEventListener("change", (ev) => {
    const end = (ev.target as HTMLSelectElement).value;
    if (end) field("set-asof").value = end;
    markChanged();
  });

  function summaryList(target: HTMLElement, summary: string[]): void {
    clear(target);
    if (summary.length) target.append(h("ul", { class: "summary" }, ...summary.map((s) => h("li", {}, s))));
  }

  const readSettings = () =>
    runAction("读取设置", async (o) => {
      await analyse(o);
      return "已读取“设置”工作表。";
    });
  byId("btn-settings-read").addEventListener("click", () => {
    if (running) return void readSettings(); // says another action is running; nothing typed is cleared
    // 重新读取 means the workbook's values: the user's unsaved changes are given up.
    shown = null;
    for (const f of FIELD_NAMES) field(INPUTS[f]).value = "";
    void readSettings();
  });
  byId("btn-settings-save").addEventListener("click", () =>
    runAction("保存设置", async (o) => {
      // What the user changed is taken before reading: reading refills the untouched fields.
      const typed = formNow();
      const before = shown;
      const changed = before ? changedFields(before, typed) : [];
      const changes = new Map<string, import("../src/core").CellValue>();
      for (const f of changed) {
        const cell = cellFor(f, typed[f]);
        if ("error" in cell) throw new DubanError("TASKPANE_BAD_SETTING", { key: FIELD_KEYS[f], expected: cell.error });
        changes.set(FIELD_KEYS[f], cell.value);
      }
      await (await useCases()).saveSettings(host.port, changes, request(o));
      if (changes.size === 0) return before ? "没有修改，工作簿未改动。" : "已读取“设置”工作表；修改后再保存。";
      // Saved: what is in the inputs is now what the workbook holds.
      shown = { ...(shown ?? typed), ...Object.fromEntries(changed.map((f) => [f, typed[f]])) } as SettingsFields;
      for (const f of changed) field(INPUTS[f]).value = typed[f];
      markChanged();
      return `已保存：${[...changes.keys()].join("、")}。其他设置未改动。`;
    }),
  );

  // ---- 校验 -------------------------------------------------------------------------------------
  async function selectFinding(f: Finding): Promise<void> {
    try {
      await host.ui.selectCell(f.sheet, f.address);
    } catch (err) {
      const shown = describeError(err);
      setMessage("validate", "error", shown.message, shown.code, shown.detail);
    }
  }

  const validate = () =>
    runAction("校验", async (o) => {
      const { kept: a, summary } = await (await useCases()).validate(host.port, request(o));
      const out = byId("validate-results");
      clear(out);
      out.append(renderFindings(a.findings, selectFinding));
      summaryList(byId("validate-summary"), summary);
      return `校验完成：${a.tasks.length} 项任务，${a.progress.length} 行进展，${a.findings.length} 条结果（截至 ${a.settings.asOf}）。`;
    });
  byId("btn-validate").addEventListener("click", validate);

  // ---- 汇总 / 指标跟踪 ---------------------------------------------------------------------------
  const rollup = () =>
    runAction("汇总", async (o) => {
      const { kept: a, summary } = await (await useCases()).rollUp(host.port, request(o));
      const out = byId("rollup-results");
      clear(out);
      const lines = a.rollup.lines.filter((l) => l.dimension === "unitLead");
      const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);
      const num = (t: string) => h("td", { class: "n" }, t);
      out.append(
        h(
          "table",
          { class: "table", "data-testid": "rollup-table" },
          h("thead", {}, h("tr", {}, h("th", {}, "牵头单位"), ...["任务", "完成", "滞后", "逾期", "完成率"].map((t) => h("th", { class: "n" }, t)))),
          h("tbody", {}, ...lines.map((l) => h("tr", {}, h("td", {}, l.name), num(String(l.assigned)), num(String(l.done)), num(String(l.lagging)), num(String(l.overdue)), num(pct(l.completionRatio))))),
        ),
      );
      summaryList(byId("rollup-summary"), summary);
      return `汇总完成：${lines.length} 个牵头单位。`;
    });
  byId("btn-rollup").addEventListener("click", rollup);

  // ---- 通报 -------------------------------------------------------------------------------------
  const bulletinBox = byId<HTMLTextAreaElement>("bulletin-text");
  byId("btn-bulletin").addEventListener("click", () =>
    runAction("起草通报", async (o) => {
      const a = await analyse(o);
      bulletinBox.value = await core.bulletinText(a);
      return "通报草稿已生成，可复制或写入工作表。";
    }),
  );
  byId("btn-bulletin-copy").addEventListener("click", () =>
    runAction("复制通报", async () => {
      if (!bulletinBox.value) throw new DubanError("TASKPANE_NOTHING_TO_COPY");
      await host.ui.copyText(bulletinBox.value);
      return "已复制到剪贴板。";
    }),
  );
  byId("btn-bulletin-write").addEventListener("click", () =>
    runAction("写入通报", async (o) => {
      // The bulletin's drafting is its own chunk: it loads when 通报 is used, not with the pane.
      const { writeBulletinSheet } = await import(/* webpackChunkName: "bulletin" */ "../src/app/bulletin");
      const { summary } = await writeBulletinSheet(host.port, request(o));
      return summary.join("；") || "已写入“通报”工作表。";
    }),
  );

  byId("btn-bulletin-docx").addEventListener("click", () =>
    runAction("生成通报文档", async (o) => {
      const { draftBulletinDocument } = await import(/* webpackChunkName: "bulletin" */ "../src/app/documents");
      const { file } = await draftBulletinDocument(host.port, { ...request(o), writeDocument: core.writeDocx });
      host.ui.download(file.fileName, file.bytes, DOCX_MIME);
      return `已生成 ${file.fileName}（A4 公文格式）。`;
    }),
  );
  byId("btn-notices").addEventListener("click", () =>
    runAction("生成督办单", async (o) => {
      const { draftNotices } = await import(/* webpackChunkName: "bulletin" */ "../src/app/documents");
      const drafted = await draftNotices(host.port, { ...request(o), writeDocument: core.writeDocx });
      const files = [
        { ...drafted.all, label: `督办单（${drafted.notices.length} 个单位，一单位一页）` },
        { ...drafted.chaseFile, label: `催办清单（${drafted.chase.length} 项）` },
        ...drafted.perUnit.map((f) => ({ ...f, label: `${f.notice.code} ${f.notice.unit}（${f.notice.items.length} 项）` })),
      ];
      const out = byId("notices-list");
      clear(out);
      out.append(
        h(
          "ul",
          {},
          ...files.map((f) =>
            h("li", {}, h("button", { type: "button", class: "link download", "data-file": f.fileName, onclick: () => void host.ui.download(f.fileName, f.bytes, DOCX_MIME) }, `下载 ${f.label}`)),
          ),
        ),
      );
      return `已生成督办单和催办清单（${files.length} 个文件），点击下载。`;
    }),
  );

  // ---- 导入 -------------------------------------------------------------------------------------
  const importBox = byId<HTMLTextAreaElement>("import-text");
  /** The catalogue year of an import: the 设置 tab's 年度, else this year. */
  const catalogueYear = () => Number(field("set-year").value) || Number(host.ui.today().slice(0, 4));
  byId("btn-import-preview").addEventListener("click", () =>
    runAction("导入预览", async () => {
      if (!importBox.value.trim()) throw new DubanError("TASKPANE_EMPTY_PASTE");
      const result = await core.importText(importBox.value);
      lastImport = result;
      const out = byId("import-preview");
      clear(out);
      // The year the write below uses, so a customary deadline's date in the preview is the one written.
      out.append(...(await core.importPreview(result, catalogueYear())));
      (byId("btn-import-write") as Disableable).disabled = result.tasks.length === 0;
      return `预览：${result.tasks.length} 项任务。确认无误后点击“写入任务清单”。`;
    }),
  );
  byId("btn-import-write").addEventListener("click", () =>
    runAction("写入任务清单", async (o) => {
      if (!lastImport) throw new DubanError("TASKPANE_NO_PREVIEW");
      const year = catalogueYear();
      const { importIntoBook } = await import(/* webpackChunkName: "import" */ "../src/app/importCatalogue");
      const { summary } = await importIntoBook(host.port, lastImport, year, o);
      return summary.join("；");
    }),
  );

  // ---- 填报表 -----------------------------------------------------------------------------------
  byId("btn-templates").addEventListener("click", () =>
    runAction("生成填报表", async (o) => {
      const files = await core.newWorkbooks();
      const { unitForms } = await import(/* webpackChunkName: "templates" */ "../src/app/templates");
      const { year, forms } = await unitForms(host.port, request(o), files.open);
      const books = await Promise.all(forms.map(async (f) => ({ ...f, bytes: await files.bytesOf(f.fileName) })));
      const out = byId("templates-list");
      clear(out);
      const zipName = `${year}年任务进展填报表（${books.length}个单位）.zip`;
      const all = document.createElement("fluent-button");
      all.id = "btn-download-all";
      all.setAttribute("appearance", "primary");
      all.dataset.file = zipName;
      all.textContent = `全部下载（${books.length} 个文件，.zip）`;
      all.addEventListener("click", () =>
        runAction("打包下载", async () => {
          const bytes = await core.zipWorkbooks(books);
          await host.ui.download(zipName, bytes, ZIP_MIME);
          return `已打包 ${books.length} 个填报表：${zipName}`;
        }),
      );
      out.append(
        h("div", { class: "actions" }, all),
        h("details", {}, h("summary", {}, "逐个下载"),
          h(
            "ul",
            { class: "downloads" },
            ...books.map((b) =>
              h(
                "li",
                {},
                h("button", { type: "button", class: "link download", "data-unit": b.unit, onclick: () => void host.ui.download(b.fileName, b.bytes, XLSX_MIME) }, b.unit),
                h("span", { class: "tasks-n" }, `${b.tasks} 项`),
              ),
            ),
          ),
        ),
      );
      return `已生成 ${books.length} 个单位的填报表。`;
    }),
  );
  const mergeInput = byId<HTMLInputElement>("merge-files");
  byId("btn-merge-choose").addEventListener("click", () => mergeInput.click());
  mergeInput.addEventListener("change", () => {
    const names = Array.from(mergeInput.files ?? []).map((f) => f.name);
    byId("merge-chosen").textContent = names.length ? `已选择 ${names.length} 个文件：${names.join("、")}` : "未选择文件";
  });
  byId("btn-merge").addEventListener("click", () =>
    runAction("合并回传表", async (o) => {
      const input = byId<HTMLInputElement>("merge-files");
      const files = Array.from(input.files ?? []);
      if (files.length === 0) throw new DubanError("TASKPANE_NO_FILES");
      const returned = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const sources = returned.map((f) => ({ name: f.name, read: () => core.readReturned(f.bytes, f.name) }));
      // The open workbook first: the merge keeps its catalogue, units and settings and adds every progress row.
      // The merge loads when used (a chunk of its own), as the bulletin and the importers do: the first load stays small.
      const { mergeReturned } = await import(/* webpackChunkName: "merge" */ "../src/app/merge");
      const { patch, conflicts } = await mergeReturned(host.port, sources, { today: host.ui.today(), targetName: "当前工作簿", run: o });
      return `已合并 ${returned.length} 个文件${conflicts.length ? `，${conflicts.length} 处重复或冲突见“合并报告”` : ""}。${patch.summary.join("；")}`;
    }),
  );

  // ---- tabs -------------------------------------------------------------------------------------
  const tablist = byId("tabs") as HTMLElement & { activeid?: string };
  /** Shows a tab's panel; the tab list (Fluent) also moves its selection, and arrow keys go through `change`. */
  function show(tab: TabId): void {
    current = tab;
    document.querySelectorAll<HTMLElement>("[data-panel]").forEach((p) => (p.hidden = p.dataset.panel !== tab));
    document.querySelectorAll<HTMLElement>("[data-tab]").forEach((t) => t.classList.toggle("active", t.dataset.tab === tab));
    if (tablist.getAttribute("activeid") !== `tab-${tab}`) tablist.setAttribute("activeid", `tab-${tab}`);
    // The first time 设置 is opened it shows what the workbook holds, without a click.
    if (tab === "settings" && shown === null && !running) void readSettings();
  }
  const fromTabElement = (el: Element | null | undefined): TabId | null => ((el as HTMLElement | null)?.dataset?.tab as TabId | undefined) ?? null;
  tablist.addEventListener("change", (ev) => {
    const tab = fromTabElement((ev as CustomEvent).detail) ?? fromTabElement(document.getElementById(tablist.activeid ?? ""));
    if (tab && tab !== current) show(tab);
  });
  // Without the Fluent tab list (a browser where it did not load), a click still switches.
  document.querySelectorAll<HTMLElement>("[data-tab]").forEach((t) => t.addEventListener("click", () => show(t.dataset.tab as TabId)));
  show("validate");

  return { show, validate, rollup };
}
