import { SheetData, CellValue } from "../sheet/cellValue";
import { expandMerges } from "../sheet/expandMerges";
import { closestHeader, findHeader } from "../sheet/findHeader";
import { CATALOGUE_HEADERS } from "../layout/headers";
import { Task, TaskField } from "../model";
import { cellText, foldText, parseNumberCell } from "../text/normalize";
import { parseDateCell } from "../text/dates";
import { parseDeadline } from "../metrics";
import { splitUnits } from "../units/splitUnits";
import { UnitRegistry } from "../units/registry";
import { BookError } from "../bookError";
import { looksLikeTaskId, normalizeTaskId } from "./taskId";
import { leadUnitsFromCell } from "./leadUnits";

const DECLARED_COUNT = /[（(]\s*共\s*(\d+)\s*项\s*[）)]/;

function headerNames(fields: TaskField[]): string {
  return fields.map((f) => CATALOGUE_HEADERS[f][0]).join("、");
}

/**
 * Tasks of the catalogue sheet. Section headings may be rows of their own ("（一）…（共17项）") or a 板块
 * column; units come from 牵头单位 / 协办单位 columns, or from one 责任单位 cell whose bold names (else
 * the first name) are the lead.
 */
export function readCatalogue(sheet: SheetData, registry: UnitRegistry, year: number): Task[] {
  const rows = expandMerges(sheet);
  const header = findHeader(rows, CATALOGUE_HEADERS, ["id", "text"]);
  if (!header) {
    const near = closestHeader(rows, CATALOGUE_HEADERS);
    const missing = (["id", "text"] as TaskField[]).filter((f) => near.columns[f] === undefined);
    throw new BookError("BOOK_MISSING_COLUMN", `工作表「${sheet.name}」缺少必需的列：${headerNames(missing)}。`);
  }
  const cols = header.columns;
  if (cols.leadUnits === undefined && cols.units === undefined) {
    throw new BookError("BOOK_MISSING_COLUMN", `工作表「${sheet.name}」缺少必需的列：牵头单位（或 责任单位）。`);
  }
  const cell = (row: CellValue[], field: TaskField): CellValue => (cols[field] === undefined ? null : row[cols[field] as number] ?? null);
  const headerTexts = new Set(rows[header.row].map((c) => foldText(cellText(c))).filter(Boolean));

  const tasks: Task[] = [];
  let section = "";
  let declared: number | null = null;
  for (let r = header.row + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const texts = row.map((c) => cellText(c));
    if (texts.every((t) => t === "")) continue;
    if (texts.filter(Boolean).every((t) => headerTexts.has(foldText(t)))) continue; // a repeated header row
    const id = normalizeTaskId(cell(row, "id"));
    const text = cellText(cell(row, "text"));
    const distinct = new Set(texts.filter(Boolean));
    if (!looksLikeTaskId(id) && (distinct.size === 1 || !text)) {
      // A heading row: one text, often merged across the whole row.
      section = [...distinct][0].replace(DECLARED_COUNT, "").trim();
      const m = DECLARED_COUNT.exec([...distinct][0]);
      declared = m ? Number(m[1]) : null;
      continue;
    }
    let taskSection = section;
    let taskDeclared = declared;
    const sectionCell = cellText(cell(row, "section"));
    if (sectionCell) {
      const m = DECLARED_COUNT.exec(sectionCell);
      taskSection = sectionCell.replace(DECLARED_COUNT, "").trim();
      taskDeclared = m ? Number(m[1]) : null;
    }
    let leadUnits: string[];
    let coUnits: string[];
    if (cols.leadUnits !== undefined) {
      leadUnits = splitUnits(cellText(cell(row, "leadUnits")));
      coUnits = splitUnits(cellText(cell(row, "coUnits")));
    } else {
      const unitsCell = cell(row, "units");
      const all = splitUnits(cellText(unitsCell));
      const bold = leadUnitsFromCell(unitsCell, all, sheet.boldCells?.has(`${r},${cols.units}`) ?? false);
      leadUnits = bold ?? all.slice(0, 1);
      coUnits = all.filter((u) => !leadUnits.includes(u));
      if (cols.coUnits !== undefined) coUnits.push(...splitUnits(cellText(cell(row, "coUnits"))));
    }
    const deadlineCell = cell(row, "deadline");
    const deadlineText = cellText(deadlineCell);
    const deadline = (deadlineText ? parseDateCell(deadlineCell, year) ?? parseDeadline(deadlineText, year) : null) ?? parseDeadline(text, year);
    const weightCell = cell(row, "weight");
    tasks.push({
      id,
      section: taskSection,
      text,
      leader: cellText(cell(row, "leader")),
      leadUnits: leadUnits.map((u) => registry.resolve(u)),
      coUnits: coUnits.map((u) => registry.resolve(u)),
      person: cellText(cell(row, "person")),
      deadline,
      deadlineText,
      stretchTarget: cellText(cell(row, "stretchTarget")),
      workTarget: cellText(cell(row, "workTarget")),
      weight: cellText(weightCell) ? parseNumberCell(weightCell) : null,
      declaredSectionCount: taskDeclared,
      source: { sheet: sheet.name, row: r, col: cols.id as number },
      columns: cols,
    });
  }
  return tasks;
}
