import { SheetData, CellValue } from "../sheet/cellValue";
import { expandMerges } from "../sheet/expandMerges";
import { closestHeader, findHeader } from "../sheet/findHeader";
import { CATALOGUE_HEADERS } from "../layout/headers";
import { Task, TaskField } from "../model";
import { cellText, foldText, parseNumberCell } from "../text/normalize";
import { parseDateCell } from "../text/dates";
import { explainDeadline } from "../metrics";
import { splitUnits } from "../units/splitUnits";
import { UnitRegistry } from "../units/registry";
import { DubanError } from "../issues";
import { looksLikeTaskId, normalizeTaskId } from "./taskId";
import { memoCell } from "../sheet/fastText";
import { leadUnitsFromCell } from "./leadUnits";
import { sharedResponsibility, sharesOut } from "./sharedUnits";

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
    throw new DubanError("BOOK_MISSING_COLUMN", { sheet: sheet.name, columns: headerNames(missing) });
  }
  const cols = header.columns;
  if (cols.leadUnits === undefined && cols.units === undefined) {
    throw new DubanError("BOOK_MISSING_COLUMN", { sheet: sheet.name, columns: "牵头单位（或 责任单位）" });
  }
  const cell = (row: CellValue[], field: TaskField): CellValue => (cols[field] === undefined ? null : row[cols[field] as number] ?? null);
  const headerTexts = new Set(rows[header.row].map((c) => foldText(cellText(c))).filter(Boolean));

  // Unit lists and deadlines repeat from task to task: each distinct cell is split or parsed once.
  // The lists are copied out, since a task's lists are its own.
  const unitLists = new Map<string, string[]>();
  const units = (text: string) => {
    let list = unitLists.get(text);
    if (!list) unitLists.set(text, (list = splitUnits(text, registry).map((u) => registry.resolve(u))));
    return list.slice();
  };
  const dateOf = memoCell((v) => parseDateCell(v, year));
  // The coordinator as the registry names it ("區發改局", "区发展和改革局" → the 单位 sheet's name), each unit of a
  // joint coordination too.
  const coordinatorOf = (text: string) => units(text).join("、") || text;

  const tasks: Task[] = [];
  let section = "";
  let declared: number | null = null;
  for (let r = header.row + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const kind = rowKind(row, headerTexts);
    if (kind.blank || kind.header) continue; // an empty row, or a repeated header row
    const id = normalizeTaskId(cell(row, "id"));
    const text = cellText(cell(row, "text"));
    if (!looksLikeTaskId(id) && (kind.single || !text)) {
      // A heading row: one text, often merged across the whole row.
      section = kind.first.replace(DECLARED_COUNT, "").trim();
      const m = DECLARED_COUNT.exec(kind.first);
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
      const leadText = cellText(cell(row, "leadUnits"));
      coUnits = units(cellText(cell(row, "coUnits")));
      // A 牵头单位 cell that shares the task out ("区发改局、区财政局按职责分工负责") names no lead: co-units.
      if (sharesOut(leadText)) {
        leadUnits = [];
        coUnits = [...sharedResponsibility(splitUnits(leadText, registry), registry).names.map((u) => registry.resolve(u)), ...coUnits];
      } else leadUnits = units(leadText);
    } else {
      const unitsCell = cell(row, "units");
      const written = splitUnits(cellText(unitsCell), registry);
      const bold = leadUnitsFromCell(unitsCell, written, sheet.boldCells?.has(`${r},${cols.units}`) ?? false);
      // Without bold, the first unit is the lead, unless the cell shares the task out without one
      // ("…按职责分工负责", "各镇街、各部门"): then every unit is a co-unit.
      const shared = bold ? null : sharedResponsibility(written, registry);
      const all = shared ? shared.names : written;
      leadUnits = bold ?? (shared?.shared ? [] : all.slice(0, 1));
      coUnits = all.filter((u) => !leadUnits.includes(u));
      if (cols.coUnits !== undefined) coUnits.push(...splitUnits(cellText(cell(row, "coUnits")), registry));
      leadUnits = leadUnits.map((u) => registry.resolve(u));
      coUnits = coUnits.map((u) => registry.resolve(u));
    }
    const deadlineCell = cell(row, "deadline");
    const deadlineText = cellText(deadlineCell);
    // The 完成时限 cell first (a date, or words: 9月底前, 春节前), else the time the task text names; a customary time
    // carries the date chosen in words (deadlineNote), for findings and the judge's reason.
    const cellDate = deadlineText ? dateOf(deadlineCell) : null;
    const reading = cellDate ? null : (deadlineText ? explainDeadline(deadlineText, year) : null) ?? explainDeadline(text, year);
    const deadline = cellDate ?? reading?.date ?? null;
    const weightCell = cell(row, "weight");
    tasks.push({
      id,
      section: taskSection,
      ...(cols.subsection !== undefined ? { subsection: cellText(cell(row, "subsection")) } : {}),
      ...(cols.coordinator !== undefined && cellText(cell(row, "coordinator")) ? { coordinator: coordinatorOf(cellText(cell(row, "coordinator"))) } : {}),
      text,
      leader: cellText(cell(row, "leader")),
      leadUnits,
      coUnits,
      person: cellText(cell(row, "person")),
      deadline,
      deadlineText,
      ...(reading?.note ? { deadlineNote: reading.note } : {}),
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

interface RowKind {
  blank: boolean;
  /** Every text of the row is a header name: the header repeated (as on each printed page). */
  header: boolean;
  /** The row holds one distinct text (a heading merged across the row). */
  single: boolean;
  /** The first text of the row. */
  first: string;
}

/** What a row's texts say about it, without building a list of them: catalogues are read for every run. */
function rowKind(row: CellValue[], headerTexts: Set<string>): RowKind {
  let first = "";
  let header = true;
  let single = true;
  for (const c of row) {
    const t = cellText(c);
    if (t === "") continue;
    if (first === "") first = t;
    else if (t !== first) single = false;
    if (header && !headerTexts.has(foldText(t))) header = false;
  }
  return { blank: first === "", header: first !== "" && header, single, first };
}
