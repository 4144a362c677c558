/**
 * The 导入 preview as a list: one entry per task, its number and deadline on the first line, the task
 * text, then its units — readable at any pane width (a five-column table left one character per line
 * for the unit column in a narrow pane).
 */
import { ImportResult } from "../../src/core";
import { kindName, previewNotes } from "../../src/core";
import { h } from "../dom";

/** `year` is the catalogue year the write will use: with it, customary deadlines (汛期前, 春节前) show the date taken. */
export function renderImportPreview(result: ImportResult, year?: number): HTMLElement[] {
  const out: HTMLElement[] = [
    h("p", {}, `识别为：${kindName(result.kind)}。${result.kindReason}`),
    h(
      "ol",
      { class: "tasks", "data-testid": "import-list", "aria-label": `${result.tasks.length} 项任务` },
      ...result.tasks.map((t) =>
        h(
          "li",
          { "data-task": t.id },
          h(
            "div",
            { class: "task-head" },
            h("span", { class: "task-id" }, t.id),
            t.section ? h("span", { class: "note" }, t.section) : null,
            t.deadline ? h("span", { class: "task-deadline" }, `时限：${t.deadline}`) : null,
          ),
          h("div", { class: "task-text" }, t.text),
          h(
            "div",
            { class: "task-units" },
            `牵头：${t.leadUnits.join("、") || (t.coUnits.length ? "（未明确，按职责分工负责）" : "（未识别）")}`,
            t.coUnits.length ? `；协办：${t.coUnits.join("、")}` : "",
            t.leader ? `；分管领导：${t.leader}` : "",
          ),
        ),
      ),
    ),
    ...previewNotes(result, year).map((n) => h("p", { class: "note", title: n.code }, n.message)),
  ];
  if (result.unrecognized.length) {
    out.push(h("p", { class: "note" }, `未归入任务的行：${result.unrecognized.length} 行（${result.unrecognized.slice(0, 3).map((u) => `第${u.line}行`).join("、")}…）`));
  }
  return out;
}
