/** Importers of the documents offices already have (issue 4). */
export * from "./types";
import { CellValue } from "../sheet/cellValue";
import { cellText } from "../text/normalize";
import { UnitEntry } from "../model";
import { createUnitRegistry } from "../units/registry";
import { detectKind } from "./detectKind";
import { importTable, periodNamed, SourceRow } from "./importTable";
import { importPdfTable } from "./importPdfTable";
import { importNotice } from "./importNotice";
import { importList, looksLikeList } from "./importList";
import { accountPartsReport, importReport } from "./importReport";
import { accountForEveryLine, LineLedger, splitLines, withoutCopyResidue } from "./lineLedger";
import { countSections, sectionCountNotes } from "./sections";
import { textToRows } from "./textToRows";
import { cellLayoutRows, spreadSpanningColumn } from "./cellLayouts";
import { matchHeaderRow, simplifyHeaderCells } from "./tableColumns";
import { ImportKind, ImportResult, withAliases } from "./types";
import { bracketAliases } from "./assignUnits";
import { labelPattern, PROGRESS_DOC, simplifyLabels } from "./assignmentLabels";
import { parseLeaderDivision } from "./parseLeaderDivision";
import { placeMatrix } from "./placeMatrix";
import { fieldHeadingRows } from "./fieldHeadings";
import { isLabelledHeading } from "./leadForms";

export { splitLines } from "./lineLedger";
export { detectKind } from "./detectKind";
export { parseLeaderDivision } from "./parseLeaderDivision";
export { measureCoverage } from "./coverage";
export { kindName, noteLevel, previewModel, renderPreview } from "./renderPreview";
import { kindName } from "./renderPreview";
import { expandDefinedGroups } from "./groupDefinitions";
import { inSourceLines, rejoinFixedWidth } from "./fixedWidth";
export type { CoverageResult } from "./coverage";

interface ImportOptions {
  kind?: "auto" | ImportKind;
  /** A unit registry to resolve aliases and expand group words (e.g. the 单位 sheet). */
  units?: UnitEntry[];
}

/** Imports pasted or extracted text: a decomposition notice, a copied table, a PDF table or report prose. */
export function importText(source: string, options: ImportOptions = {}): ImportResult {
  // Group phrases the document spells out ("注：要素保障相关单位指…") are expanded when the 单位 sheet cannot.
  const lines = splitLines(source).map(withoutCopyResidue).map(simplifyLabels).map(simplifyHeaderCells);
  // Prose copied out of a PDF is read with its cut lines joined back and its page furniture out (round as).
  // Prose only: a table copied out of a PDF wraps its cells at their column's width, which the table readers join.
  const kind = options.kind && options.kind !== "auto" ? options.kind : detectKind(lines).kind;
  const rejoined = kind === "report" || kind === "notice" ? rejoinFixedWidth(lines) : null;
  const imported = rejoined ? inSourceLines(importLines(rejoined.lines, options), rejoined, lines) : importLines(lines, options);
  return withShortFormNotes(accountForEveryLine(expandDefinedGroups(imported, lines, options.units ?? []), lines), options.units ?? [], lines);
}

/**
 * Findings on units written in a short form, against the 单位 sheet:
 * - IMPORT_UNIT_SHORT_AMBIGUOUS for a short form that fits two or more entries ("城管局" for 区城市管理局 and
 *   区城市管理综合执法局): it stays as written, and the user is told which entries it may be;
 * - IMPORT_UNIT_SHORT_RESOLVED (提示) for each short form read as the one entry it fits ("大数据局" for 区大数据发展管理局),
 *   with the items that write it: a guess the office can check, never an error.
 */
function withShortFormNotes(result: ImportResult, units: UnitEntry[], lines: readonly string[]): ImportResult {
  if (!units.length) return result;
  const registry = createUnitRegistry(units);
  const seen = new Set<string>();
  const notes: ImportResult["notes"] = [];
  const resolved = new Map<string, { entry: string; ids: string[] }>();
  for (const t of result.tasks) {
    const named = new Set([...t.leadUnits, ...t.coUnits]);
    for (const written of writtenNames(lines.slice(t.lines[0] - 1, t.lines[1]).join("\n"))) {
      const entry = registry.shortFormEntry(written);
      if (!entry || !named.has(entry)) continue;
      const found = resolved.get(written) ?? { entry, ids: [] };
      if (!found.ids.includes(t.id)) found.ids.push(t.id);
      resolved.set(written, found);
    }
    for (const unit of named) {
      if (seen.has(unit)) continue;
      seen.add(unit);
      const candidates = registry.shortFormCandidates(unit);
      if (candidates.length < 2) continue;
      const where = result.tasks.filter((x) => x.leadUnits.includes(unit) || x.coUnits.includes(unit)).map((x) => x.id);
      notes.push({
        code: "IMPORT_UNIT_SHORT_AMBIGUOUS",
        message: `「${unit}」可能是单位表中的${candidates.map((c) => `「${c}」`).join("或")}，已按原文保留（第 ${where.join("、")} 项），请核对。(short unit name fits ${candidates.length} units)`,
      });
    }
  }
  for (const [written, { entry, ids }] of resolved) {
    notes.push({
      code: "IMPORT_UNIT_SHORT_RESOLVED",
      severity: "info",
      message: `「${written}」按单位表读作「${entry}」（第 ${ids.join("、")} 项），请核对。(short unit name read as the one 单位 sheet entry it fits)`,
    });
  }
  return notes.length ? { ...result, notes: [...result.notes, ...notes] } : result;
}

/** Role words written around a unit's name in a phrase ("由大数据局牵头", "财政局配合"), left off to find the name. */
const ROLE_AROUND = /^由|(?:牵头(?:负责|实施|落实)?|主办|主责|负责|配合|参与|协办|协助|协同|为(?:牵头|配合)(?:单位|部门)|按职责分工负责|等)$/g;
/** The names a task's source lines write, cut at punctuation and spaces, role words and lead marks left off. */
function writtenNames(text: string): string[] {
  return text
    .split(/[\s\u3000，,、；;。：:（）()【】[\]“”"★☆▲※/]+/)
    .map((piece) => piece.replace(ROLE_AROUND, "").replace(ROLE_AROUND, ""))
    .filter((piece) => piece.length >= 3);
}

/** Labels rendered in traditional characters ("牽頭單位：") read as the vocabulary's; names stay as written. */
function importLines(lines: string[], options: ImportOptions): ImportResult {
  const detected = detectKind(lines);
  const kind = !options.kind || options.kind === "auto" ? detected.kind : options.kind;
  const reason = !options.kind || options.kind === "auto" ? detected.reason : `按指定的类型「${kindName(kind)}」导入。`;
  const units = options.units ?? [];
  if (matrixAllowed(options)) {
    const matrix = importMatrix(lines);
    if (matrix) return matrix;
  }
  // A form written as numbered headings that are field names (一、项目名称 / 二、任务目标 / 三、完成情况): one row of a table.
  const form = matrixAllowed(options) ? fieldHeadingRows(lines) : null;
  if (form) {
    const fields = form.find((r) => !r.loose)!.cells.join("、");
    return finishTable(form, units, new LineLedger(lines), "table", `发现以编号标题写出的字段（${fields}），每个标题下是该字段的内容，按一项事项的表格导入。`, [], titleText(lines, form));
  }
  switch (kind) {
    case "notice": {
      // Notices with leaders in their inline assignments ("（牵头领导：…承办单位：…）"), a leaders' division of
      // work or a table inside (003) are the notice importer's; numbered lists with labelled, bracketed or
      // trailing assignments, or none, the list importer's.
      // A part's heading closed by its leader and lead unit ("（一）…（牵头市领导：…；牵头单位：…）", round aw) is no item's bracket.
      const itemLines = lines.filter((l) => !isLabelledHeading(l)).join("\n");
      const leaderBrackets = (itemLines.match(new RegExp(`[（(\\[【](${labelPattern("leader")})[:：]`, "g")) ?? []).length;
      const table = textToRows(lines).rows.some((r) => r.cells.length >= 3);
      // A progress report whose parts are named by their account (…完成情况 / …进展情况 / 存在问题) over paragraphs naming
      // projects (260): its headings are sections, the projects the tasks — report prose, not a list of its headings.
      if (leaderBrackets === 0 && !table && lines.slice(0, 12).some((l) => PROGRESS_DOC.test(l)) && accountPartsReport(lines)) {
        return importReport(lines, units, "发现以「…完成情况／…进展情况／存在问题」命名的报告部分，其下段落写明各项目进展，按报告正文读取各项目（标题作为部分）。");
      }
      if (leaderBrackets < 3 && !table && !parseLeaderDivision(lines).lines.length && looksLikeList(lines).list) return importList(lines, units, reason);
      return importNotice(lines, units, reason);
    }
    case "pdf-table":
      return importPdfTable(lines, units, reason);
    case "report":
      return importReport(lines, units, reason);
    case "table": {
      const ledger = new LineLedger(lines);
      const { rows, loose } = textToRows(lines, { looseAsRows: true });
      if (!rows.some((r) => matchHeaderRow(r.cells))) {
        // No tab-separated header: a table rendered with "|" or one cell a paragraph.
        const cells = cellLayoutRows(lines);
        if (cells) return finishTable(cells.rows, units, ledger, "table", reason, [], titleText(lines, cells.rows));
      }
      // A tab-separated table wider than its header reads as a "|" one does (round ad).
      const header = rows.findIndex((r) => !r.loose && matchHeaderRow(r.cells));
      if (header >= 0) spreadSpanningColumn(rows, header);
      return finishTable(rows, units, ledger, "table", reason, loose, titleText(lines, rows));
    }
  }
}

/** A matrix is looked for unless another kind than a table was asked for. */
const matrixAllowed = (options: ImportOptions) => !options.kind || options.kind === "auto" || options.kind === "table";

/** A place-by-indicator matrix (地区 rows, each indicator's 目标任务 / 进度 / 完成比例 columns, or the reverse), or null. */
function importMatrix(lines: string[]): ImportResult | null {
  const ledger = new LineLedger(lines);
  const matrix = placeMatrix(lines, ledger);
  if (!matrix || !matrix.tasks.length) return null;
  const sections = countSections(
    matrix.tasks,
    matrix.sections.map((name) => ({ name, declaredCount: null })),
  );
  const { unrecognized, skipped } = ledger.finish();
  return {
    kind: "table",
    kindReason: "发现以地区为行、指标为列（或以指标为行、地区为列）的完成情况矩阵：每个指标作为一项任务，各地区的目标与进度作为该地区的任务。",
    tasks: matrix.tasks,
    sections,
    units: [],
    unrecognized,
    skipped,
    notes: sectionCountNotes(sections, matrix.tasks),
  };
}

/** Imports the rows of a table (first sheet of an .xlsx, a .docx table): a place-by-indicator matrix as in pasted text, else row by row. */
export function importRows(rows: CellValue[][], options: ImportOptions = {}): ImportResult {
  const lines = rows.map((r) => r.map((c) => cellText(c)).join("\t"));
  const ledger = new LineLedger(lines);
  const source: SourceRow[] = rows.map((cells, i) => ({ cells, from: i + 1, to: i + 1 }));
  // A place-by-indicator matrix is read as it is in pasted text: the same reader over the same tab lines.
  const matrix = matrixAllowed(options) ? importMatrix(lines) : null;
  const result = matrix ?? finishTable(source, options.units ?? [], ledger, "table", "按表格导入（逐行读取单元格）。");
  return withShortFormNotes(accountForEveryLine(expandDefinedGroups(result, lines, options.units ?? []), lines), options.units ?? [], lines);
}

/** The lines above a table's first row (its title), where the period of its progress may be named. */
function titleText(lines: readonly string[], rows: SourceRow[]): string {
  const first = rows.find((r) => !r.loose)?.from ?? 1;
  return lines.slice(0, Math.min(first - 1, 5)).join(" ");
}

function finishTable(rows: SourceRow[], units: UnitEntry[], ledger: LineLedger, kind: ImportKind, reason: string, loose: number[] = [], titles = ""): ImportResult {
  const registry = createUnitRegistry(units);
  const table = importTable(rows, registry, ledger, "", titles);
  const period = periodNamed(titles);
  if (period) for (const t of table.tasks) if (t.progress && !t.progress.period) t.progress.period = period;
  // Text around a table is skipped as such only when there was a table; otherwise it is 未识别.
  if (table.header) for (const n of loose) ledger.mark(n, n, "skip", "表格外的文字");
  const sections = countSections(table.tasks, table.headings);
  const { unrecognized, skipped } = ledger.finish();
  return {
    kind,
    kindReason: reason,
    tasks: table.tasks,
    sections,
    units: [],
    ...withAliases(bracketAliases(registry, table.tasks)),
    unrecognized,
    skipped,
    notes: [...table.notes, ...sectionCountNotes(sections, table.tasks)],
  };
}
