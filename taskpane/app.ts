/**
 * The task pane: settings, 校验, 汇总/指标跟踪, 通报, 导入 and 填报表 over one PaneHost. Every action runs
 * through `runAction`: one read, the core, one write, with progress, a cancel button, and any failure
 * shown as a Chinese message with its code.
 */
import { Finding } from "../src/core/findings";
import { WorkbookPatch } from "../src/core/output";
import { ImportResult } from "../src/core/import";
import * as core from "./coreApi";
import { PaneHost, RunOptions } from "./paneHost";
import { describeError, PaneError } from "./errors";
import { byId, clear, h } from "./dom";
import { renderFindings } from "./views/findingsView";

export type TabId = "validate" | "rollup" | "bulletin" | "import" | "templates" | "settings";

export interface Pane {
  show(tab: TabId): void;
  validate(): Promise<void>;
  rollup(): Promise<void>;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function startPane(host: PaneHost): Pane {
  let running: AbortController | null = null;
  let lastImport: ImportResult | null = null;

  const status = byId("status");
  const progress = byId<HTMLProgressElement>("progress");
  const progressLabel = byId("progress-label");
  const busy = byId("busy");

  function setMessage(kind: "info" | "error" | "ok", text: string, code?: string, detail?: string): void {
    clear(status);
    status.className = `status status-${kind}`;
    status.append(h("span", { class: "message", "data-testid": "status-message" }, text));
    if (code) status.append(" ", h("code", { class: "code", "data-testid": "status-code" }, code));
    if (detail) status.append(h("details", {}, h("summary", {}, "详细信息 Details"), h("pre", {}, detail)));
  }

  function onProgress(done: number, total: number, label: string): void {
    progress.max = Math.max(total, 1);
    progress.value = Math.min(done, progress.max);
    progressLabel.textContent = `${label}（${done}/${total}）`;
  }

  /** The one try/catch of the pane: every action's failure ends up here, with its code. */
  async function runAction(label: string, action: (options: RunOptions) => Promise<string | void>): Promise<void> {
    if (running) {
      setMessage("info", "上一个操作仍在进行，请稍候或先取消。Another action is running.", "TASKPANE_BUSY");
      return;
    }
    const controller = new AbortController();
    running = controller;
    busy.hidden = false;
    document.body.classList.add("is-busy");
    onProgress(0, 1, label);
    setMessage("info", `${label}……`);
    try {
      const done = await action({ signal: controller.signal, onProgress });
      if (controller.signal.aborted) throw new PaneError("TASKPANE_CANCELLED", "已取消。Cancelled.");
      setMessage("ok", done || `${label}完成。`);
    } catch (err) {
      const shown = describeError(err);
      setMessage("error", shown.message, shown.code, shown.detail);
    } finally {
      running = null;
      busy.hidden = true;
      document.body.classList.remove("is-busy");
    }
  }

  byId("cancel").addEventListener("click", () => running?.abort());

  // ---- settings -------------------------------------------------------------------------------
  const field = (id: string) => byId<HTMLInputElement>(id);
  function asOfOverride(): string | undefined {
    return field("set-asof").value || undefined;
  }

  async function analyse(options: RunOptions): Promise<core.Analysis> {
    const book = await host.port.read({ ...options, skipSheets: core.OUTPUT_SHEETS });
    if (options.signal?.aborted) throw new PaneError("TASKPANE_CANCELLED", "已取消。Cancelled.");
    const analysis = core.analyze(book, host.ui.today(), asOfOverride());
    fillSettings(analysis);
    return analysis;
  }

  function fillSettings(a: core.Analysis): void {
    const s = a.settings;
    field("set-year").value = String(s.year);
    if (!field("set-asof").value) field("set-asof").placeholder = s.asOf;
    field("set-yellow").value = String(Math.round(s.thresholds.yellow * 100));
    field("set-red").value = String(Math.round(s.thresholds.red * 100));
    field("set-duesoon").value = String(s.thresholds.dueSoonDays);
    const select = byId<HTMLSelectElement>("set-period");
    const chosen = select.value;
    clear(select);
    select.append(h("option", { value: "" }, "（按截至日期 by as-of date）"));
    for (const p of s.periods) select.append(h("option", { value: p.end, selected: p.end === chosen }, `${p.name}（${p.end} 截止，${p.due} 前报送）`));
    byId("settings-source").textContent = `已从工作簿读取：${s.year} 年度，截至 ${s.asOf}，${s.periods.length} 个报告期。`;
  }

  byId<HTMLSelectElement>("set-period").addEventListener("change", (ev) => {
    const end = (ev.target as HTMLSelectElement).value;
    if (end) field("set-asof").value = end;
  });

  async function apply(patch: WorkbookPatch, options: RunOptions): Promise<void> {
    await host.port.apply(patch, options);
  }

  function summaryList(target: HTMLElement, patch: WorkbookPatch): void {
    clear(target);
    if (patch.summary.length) target.append(h("ul", { class: "summary" }, ...patch.summary.map((s) => h("li", {}, s))));
  }

  byId("btn-settings-read").addEventListener("click", () =>
    runAction("读取设置", async (o) => {
      await analyse(o);
      return "已读取“设置”工作表。Settings read.";
    }),
  );
  byId("btn-settings-save").addEventListener("click", () =>
    runAction("保存设置", async (o) => {
      // The form is read before analysing: analysing refills it from the workbook.
      const num = (id: string) => Number(field(id).value);
      const form = {
        year: num("set-year"),
        asOf: field("set-asof").value,
        period: byId<HTMLSelectElement>("set-period").value,
        yellow: num("set-yellow") / 100,
        red: num("set-red") / 100,
        dueSoonDays: num("set-duesoon"),
      };
      const a = await analyse(o);
      const patch = core.settingsPatch(a.settings, form);
      field("set-year").value = String(form.year);
      field("set-yellow").value = String(Math.round(form.yellow * 100));
      field("set-red").value = String(Math.round(form.red * 100));
      field("set-duesoon").value = String(form.dueSoonDays);
      await apply(patch, o);
      return "设置已写入“设置”工作表。Settings saved to the workbook.";
    }),
  );

  // ---- 校验 -------------------------------------------------------------------------------------
  async function selectFinding(f: Finding): Promise<void> {
    try {
      await host.ui.selectCell(f.sheet, f.address);
    } catch (err) {
      const shown = describeError(err);
      setMessage("error", shown.message, shown.code, shown.detail);
    }
  }

  const validate = () =>
    runAction("校验", async (o) => {
      const a = await analyse(o);
      const patch = core.validationPatch(a);
      await apply(patch, o);
      const out = byId("validate-results");
      clear(out);
      out.append(renderFindings(a.findings, selectFinding));
      summaryList(byId("validate-summary"), patch);
      return `校验完成：${a.tasks.length} 项任务，${a.progress.length} 行进展，${a.findings.length} 条结果。`;
    });
  byId("btn-validate").addEventListener("click", validate);

  // ---- 汇总 / 指标跟踪 ---------------------------------------------------------------------------
  const rollup = () =>
    runAction("汇总", async (o) => {
      const a = await analyse(o);
      const patch = core.rollupAndMetricsPatch(a);
      await apply(patch, o);
      const out = byId("rollup-results");
      clear(out);
      const lines = a.rollup.lines.filter((l) => l.dimension === "unitLead");
      const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);
      out.append(
        h(
          "table",
          { class: "table", "data-testid": "rollup-table" },
          h("thead", {}, h("tr", {}, ...["牵头单位", "任务", "完成", "滞后", "逾期", "完成率"].map((t) => h("th", {}, t)))),
          h(
            "tbody",
            {},
            ...lines.map((l) =>
              h("tr", {}, h("td", {}, l.name), h("td", {}, String(l.assigned)), h("td", {}, String(l.done)), h("td", {}, String(l.lagging)), h("td", {}, String(l.overdue)), h("td", {}, pct(l.completionRatio))),
            ),
          ),
        ),
      );
      summaryList(byId("rollup-summary"), patch);
      return `汇总完成：${lines.length} 个牵头单位。`;
    });
  byId("btn-rollup").addEventListener("click", rollup);

  // ---- 通报 -------------------------------------------------------------------------------------
  const bulletinBox = byId<HTMLTextAreaElement>("bulletin-text");
  byId("btn-bulletin").addEventListener("click", () =>
    runAction("起草通报", async (o) => {
      const a = await analyse(o);
      bulletinBox.value = core.bulletinText(a);
      return "通报草稿已生成，可复制或写入工作表。";
    }),
  );
  byId("btn-bulletin-copy").addEventListener("click", () =>
    runAction("复制通报", async () => {
      if (!bulletinBox.value) throw new PaneError("TASKPANE_NOTHING_TO_COPY", "请先生成通报草稿。");
      await host.ui.copyText(bulletinBox.value);
      return "已复制到剪贴板。Copied.";
    }),
  );
  byId("btn-bulletin-write").addEventListener("click", () =>
    runAction("写入通报", async (o) => {
      const a = await analyse(o);
      const patch = core.bulletinPatch(a);
      await apply(patch, o);
      return patch.summary.join("；") || "已写入“通报”工作表。";
    }),
  );

  byId("btn-bulletin-docx").addEventListener("click", () =>
    runAction("生成通报文档", async (o) => {
      const a = await analyse(o);
      const file = await core.bulletinDocx(a);
      host.ui.download(file.fileName, file.bytes, DOCX_MIME);
      return `已生成 ${file.fileName}（A4 公文格式）。`;
    }),
  );
  byId("btn-notices").addEventListener("click", () =>
    runAction("生成督办单", async (o) => {
      const a = await analyse(o);
      const files = await core.noticeDocxFiles(a);
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
  byId("btn-import-preview").addEventListener("click", () =>
    runAction("导入预览", async () => {
      if (!importBox.value.trim()) throw new PaneError("TASKPANE_EMPTY_PASTE", "请先粘贴通知正文或表格。Paste a notice or a table first.");
      const result = core.importText(importBox.value);
      lastImport = result;
      const out = byId("import-preview");
      clear(out);
      out.append(
        h("p", {}, `识别为：${core.importKindName(result.kind)}。${result.kindReason}`),
        h(
          "table",
          { class: "table", "data-testid": "import-table" },
          h("thead", {}, h("tr", {}, ...["序号", "任务内容", "牵头单位", "协办单位", "时限"].map((t) => h("th", {}, t)))),
          h("tbody", {}, ...result.tasks.map((t) => h("tr", {}, h("td", {}, t.id), h("td", {}, t.text), h("td", {}, t.leadUnits.join("、")), h("td", {}, t.coUnits.join("、")), h("td", {}, t.deadline)))),
        ),
        ...result.notes.map((n) => h("p", { class: "note" }, `${n.message} (${n.code})`)),
      );
      if (result.unrecognized.length) {
        out.append(h("p", { class: "note" }, `未归入任务的行：${result.unrecognized.length} 行（${result.unrecognized.slice(0, 3).map((u) => `第${u.line}行`).join("、")}…）`));
      }
      byId<HTMLButtonElement>("btn-import-write").disabled = result.tasks.length === 0;
      return `预览：${result.tasks.length} 项任务。确认无误后点击“写入任务清单”。`;
    }),
  );
  byId("btn-import-write").addEventListener("click", () =>
    runAction("写入任务清单", async (o) => {
      if (!lastImport) throw new PaneError("TASKPANE_NO_PREVIEW", "请先预览。Preview first.");
      const year = Number(field("set-year").value) || Number(host.ui.today().slice(0, 4));
      const patch = core.importPatch(lastImport, year);
      await apply(patch, o);
      return patch.summary.join("；");
    }),
  );

  // ---- 填报表 -----------------------------------------------------------------------------------
  byId("btn-templates").addEventListener("click", () =>
    runAction("生成填报表", async (o) => {
      const a = await analyse(o);
      const books = await core.unitWorkbooks(a);
      const out = byId("templates-list");
      clear(out);
      out.append(
        h(
          "ul",
          {},
          ...books.map((b) =>
            h(
              "li",
              {},
              h("button", { type: "button", class: "link download", "data-unit": b.unit, onclick: () => void host.ui.download(b.fileName, b.bytes, XLSX_MIME) }, `下载 ${b.fileName}`),
              ` ${b.tasks} 项任务`,
            ),
          ),
        ),
      );
      return `已生成 ${books.length} 个单位的填报表。`;
    }),
  );
  byId("btn-merge").addEventListener("click", () =>
    runAction("合并回传表", async (o) => {
      const input = byId<HTMLInputElement>("merge-files");
      const files = Array.from(input.files ?? []);
      if (files.length === 0) throw new PaneError("TASKPANE_NO_FILES", "请先选择各单位回传的 .xlsx 文件。");
      const returned = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const open = await host.port.read(o);
      const { patch, conflicts } = await core.mergeReturned(open, returned, host.ui.today());
      await apply(patch, o);
      return `已合并 ${returned.length} 个文件${conflicts ? `，${conflicts} 处重复或冲突见“合并报告”` : ""}。${patch.summary.join("；")}`;
    }),
  );

  // ---- tabs -------------------------------------------------------------------------------------
  function show(tab: TabId): void {
    document.querySelectorAll<HTMLElement>("[data-tab]").forEach((b) => b.classList.toggle("active", b.dataset.tab === tab));
    document.querySelectorAll<HTMLElement>("[data-panel]").forEach((p) => (p.hidden = p.dataset.panel !== tab));
  }
  document.querySelectorAll<HTMLElement>("[data-tab]").forEach((b) => b.addEventListener("click", () => show(b.dataset.tab as TabId)));
  show("validate");

  return { show, validate, rollup };
}
