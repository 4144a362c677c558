/**
 * The 导入 preview as a list: one entry per task, its number and deadline on the first line, the task
 * text, then its units — readable at any pane width (a five-column table left one character per line
 * for the unit column in a narrow pane). The words are the core's preview model, so the pane (Excel and
 * WPS) and `duban import` show the same labels: the lead a shared task lacks, 时限, 进展, 未识别的行.
 */
import { ImportResult } from "../../src/core";
import { noteLevel, previewModel } from "../../src/core";
import { h } from "../dom";

/** `year` is the catalogue year the write will use: with it, customary deadlines (汛期前, 春节前) show the date taken. */
export function renderImportPreview(result: ImportResult, year?: number): HTMLElement[] {
  const model = previewModel(result, year);
  const out: HTMLElement[] = [
    h("p", {}, model.kind),
    h("p", { class: "note", "data-testid": "import-summary" }, model.summary),
    h(
      "ol",
      { class: "tasks", "data-testid": "import-list", "aria-label": `${model.tasks.length} 项任务` },
      ...model.tasks.map((t) =>
        h(
          "li",
          { "data-task": t.id },
          h(
            "div",
            { class: "task-head" },
            h("span", { class: "task-id" }, t.id),
            t.section ? h("span", { class: "note" }, t.subsection ? `${t.section}〔${t.subsection}〕` : t.section) : null,
            t.deadline ? h("span", { class: "task-deadline" }, t.deadline) : null,
          ),
          h("div", { class: "task-text" }, t.text),
          h("div", { class: "task-units" }, t.units),
          t.progress ? h("div", { class: "task-progress note" }, t.progress) : null,
        ),
      ),
    ),
    // A note only for the office to check (提示) is labelled so, as the findings list labels its levels; none is hidden.
    ...model.notes.map((n) => h("p", { class: "note", title: n.code, ...(n.severity ? { "data-severity": n.severity } : {}) }, `${noteLevel(n)}${n.message}`)),
  ];
  if (model.unrecognized.length) {
    out.push(h("p", { class: "note", "data-testid": "import-unrecognized" }, `${model.unrecognizedTitle}：${model.unrecognized.slice(0, 3).map((u) => u.where).join("、")}${model.unrecognized.length > 3 ? "…" : ""}`));
  }
  return out;
}
