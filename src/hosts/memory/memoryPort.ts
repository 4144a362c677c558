import { WorkbookPort } from "../../app/ports";
import { WorkbookData, SheetData } from "../../core";
import { DubanError, renderSheetRows, WorkbookPatch } from "../../core";

/**
 * A workbook held in memory: the reference behaviour of a port (results sheets regenerated whole, columns
 * written beside the data) and the fake every port contract test is checked against.
 */
export function createMemoryPort(initial: WorkbookData): WorkbookPort & { snapshot(): WorkbookData } {
  let sheets: SheetData[] = initial.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.slice()), merges: s.merges?.slice() }));
  let names = (initial.definedNames ?? []).map((n) => ({ ...n }));
  const copy = (): WorkbookData => ({ sheets: sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.slice()) })), definedNames: names.map((n) => ({ ...n })) });
  return {
    capabilities: { charts: false, richTextRuns: true, conditionalFormats: false },
    async read() {
      return copy();
    },
    async apply(patch: WorkbookPatch) {
      const next = sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.slice()) }));
      for (const out of patch.sheets) {
        const rendered: SheetData = { name: out.name, rows: renderSheetRows(out) };
        const at = next.findIndex((s) => s.name === out.name);
        if (at >= 0) next.splice(at, 1);
        next.push(rendered);
      }
      for (const column of patch.columns) {
        const sheet = next.find((s) => s.name === column.sheet);
        if (!sheet) throw new DubanError("BOOK_SHEET_MISSING", { sheet: column.sheet });
        const put = (row: number, value: WorkbookData["sheets"][number]["rows"][number][number]) => {
          while (sheet.rows.length <= row) sheet.rows.push([]);
          const cells = sheet.rows[row];
          while (cells.length < column.col) cells.push(null);
          cells[column.col] = value;
        };
        put(column.headerRow, column.spec.header);
        for (const [row, value] of column.values) put(row, value);
      }
      for (const edit of patch.cells ?? []) {
        const sheet = next.find((s) => s.name === edit.sheet);
        if (!sheet) throw new DubanError("BOOK_SHEET_MISSING", { sheet: edit.sheet });
        while (sheet.rows.length <= edit.row) sheet.rows.push([]);
        const cells = sheet.rows[edit.row];
        while (cells.length < edit.col) cells.push(null);
        cells[edit.col] = edit.value;
      }
      // duban's marks: each name replaces one of the same name, whatever its case.
      const nextNames = names.filter((n) => !(patch.names ?? []).some((m) => m.name.toLowerCase() === n.name.toLowerCase()));
      for (const m of patch.names ?? []) nextNames.push({ ...m });
      // All or nothing: the new state replaces the old only once every part applied.
      sheets = next;
      names = nextNames;
    },
    snapshot: copy,
  };
}
