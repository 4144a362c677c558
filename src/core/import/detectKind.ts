import { ImportKind } from "./types";
import { ASSIGNMENT_BRACKET } from "./assignmentLabels";
import { textToRows } from "./textToRows";
import { matchHeaderRow } from "./tableColumns";
import { cellLayoutRows } from "./cellLayouts";
import { looksLikeList } from "./importList";
import { closesHeading } from "./sections";
import { PAGE_MARK } from "./columnText";
import { pdfHeaders } from "./pdfHeaders";

/** The kind of a pasted or extracted document, with the reason in Chinese for the user. */
export function detectKind(lines: readonly string[]): { kind: ImportKind; reason: string } {
  // A bracket closing a part's heading ("一、稳增长（共12项）（牵头领导：张三）") leads the part: no inline assignment of an item.
  const text = lines.filter((l) => !closesHeading(l)).join("\n");
  const inline = (text.match(ASSIGNMENT_BRACKET) ?? []).length;
  if (inline >= 3) {
    return { kind: "notice", reason: `发现 ${inline} 处「（牵头领导/牵头单位/责任单位：…）」括注，按任务分解通知导入。` };
  }
  const { rows } = textToRows(lines);
  const headerRow = rows.find((r) => matchHeaderRow(r.cells));
  if (headerRow && rows.length >= 2) {
    const header = headerRow.cells.map((c) => c.replace(/\s+/g, "")).filter((c) => c).join("/");
    return { kind: "table", reason: `发现制表符分隔的表头「${header}」和 ${rows.length} 行表格，按表格导入。` };
  }
  const cellTable = cellLayoutRows(lines);
  if (cellTable) {
    const headerCells = cellTable.rows.find((r) => !r.loose && matchHeaderRow(r.cells))!.cells;
    const header = headerCells.map((c) => c.replace(/\s+/g, "")).filter((c) => c).join("/");
    return { kind: "table", reason: `发现${cellTable.shape}，表头「${header}」，按表格导入。` };
  }
  // A header spaced out or wrapped over lines ("牵头" / "单位") counts once, read back as one line of names.
  const spacedHeaders = [...pdfHeaders(lines).values()].filter((h) => /^序号\s+\S+/.test(h.text) && /单位|部门/.test(h.text)).length;
  const pageNumbers = lines.filter((l) => PAGE_MARK.test(l.trim())).length;
  const idLines = lines.filter((l) => /^\s*\d{1,3}(\s|$)/.test(l)).length;
  const pdfTable = {
    kind: "pdf-table" as const,
    reason: `发现以空格分隔的表头（${spacedHeaders} 处）、${pageNumbers} 个页码和 ${idLines} 个序号行，按 PDF 提取的表格导入。`,
  };
  // The header repeated after a page mark is a table's, whatever its rows look like (a project's name opening a row is
  // no list item).
  if (spacedHeaders >= 2 && pageNumbers >= 1 && idLines >= 2) return pdfTable;
  const list = looksLikeList(lines);
  if (list.list) return { kind: "notice", reason: list.reason };
  if (spacedHeaders >= 1 && idLines >= 2) return pdfTable;
  return { kind: "report", reason: "未发现表头或「牵头领导/承办单位」括注，按报告正文生成待审核的任务草稿。" };
}

