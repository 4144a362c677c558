import { Fill } from "../../core";
import { argb, boxRef, DATA_BAR_COLOR, PagePlan, SheetPlan } from "../../core";
import { CellValue, isCellError, isRichText } from "../../core";
import { cellAddress, columnLetter, quoteSheetName } from "../../core";
import { REL_NS } from "./xmlScan";
import { esc, Pieces } from "./copyXml";
import { columnStyle, HEADER_STYLE, Styles, TITLE_STYLE } from "./copyStyles";

/** duban's own sheets (校验结果, 汇总 …) written as worksheet XML by the zip-level copy (copyWorkbook.ts). */

const HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

export function cellXml(ref: string, value: CellValue, style: number | null, ns = ""): string {
  const tail = cellTail(value, style, ns);
  return tail === null ? "" : `<c r="${ref}"` + tail;
}

/**
 * A cell's XML after its reference: cellXml(ref, …) is `<c r="${ref}"` followed by this, or "" where this is
 * null (an empty cell without a style). Nothing in it depends on the reference, so a column whose values
 * repeat (a status column beside every progress row, 校验结果's kinds and units) makes it once a value (TailCache).
 */
function cellTail(value: CellValue, style: number | null, ns = ""): string | null {
  const s = (style ? ` s="${style}"` : "") + ns;
  if (value === null || value === "") return style ? `${s}/>` : null;
  if (typeof value === "number") return Number.isFinite(value) ? `${s}><v>${value}</v></c>` : null;
  if (typeof value === "boolean") return `${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (isRichText(value)) {
    const runs = value.richText.map((r) => `<r>${r.bold ? "<rPr><b/></rPr>" : ""}<t xml:space="preserve">${esc(r.text)}</t></r>`).join("");
    return `${s} t="inlineStr"><is>${runs}</is></c>`;
  }
  // Text — including text that looks like a formula — is always an inline string, never a formula.
  const text = isCellError(value) ? value.error : value;
  return `${s} t="inlineStr"><is><t xml:space="preserve">${esc(text)}</t></is></c>`;
}

/** Most entries a TailCache holds before it starts again (a column of distinct texts gains nothing from it). */
const TAIL_CACHE_SIZE = 4096;

/**
 * cellTail of one column's cells, one style, no namespace: made once a plain value (text, number, boolean),
 * every other value made each time. Same strings as cellTail's.
 */
export class TailCache {
  private readonly tails = new Map<string | number | boolean | null, string | null>();
  constructor(private readonly style: number | null) {}

  of(value: CellValue): string | null {
    if (typeof value === "object" && value !== null) return cellTail(value, this.style);
    let tail = this.tails.get(value);
    if (tail === undefined) {
      tail = cellTail(value, this.style);
      if (this.tails.size >= TAIL_CACHE_SIZE) this.tails.clear();
      this.tails.set(value, tail);
    }
    return tail;
  }

  /** The whole cell at ref: cellXml(ref, value, style) through the cache. */
  cell(ref: string, value: CellValue): string {
    const tail = this.of(value);
    return tail === null ? "" : `<c r="${ref}"` + tail;
  }
}

export function cfXml(ref: string, fills: { equals: string; fill: Fill }[], styles: Styles, priority: () => number): string {
  const rules = fills.map((f) => `<cfRule type="cellIs" dxfId="${styles.dxf(f.fill)}" priority="${priority()}" operator="equal"><formula>"${esc(f.equals.replace(/"/g, '""'))}"</formula></cfRule>`);
  return `<conditionalFormatting sqref="${ref}">${rules.join("")}</conditionalFormatting>`;
}

/**
 * A duban sheet (校验结果, 汇总 …) as worksheet XML, as renderPatch draws it with exceljs, and its
 * relationships: links to cells are "#'sheet'!A1" targets, as exceljs writes them and Excel follows them.
 */
export function sheetXml(plan: SheetPlan, styles: Styles): { xml: Pieces; rels: Pieces | null } {
  const sheet = plan.sheet;
  const titles = plan.titles;
  const headerRow = titles.length + 1;
  const lastRow = headerRow + sheet.rows.length;
  // Links by row, then by column (the last one given for a cell counts).
  const linkAt = new Map<number, Map<number, { sheet: string; address: string }>>();
  for (const l of sheet.links ?? []) {
    let inRow = linkAt.get(l.row);
    if (!inRow) linkAt.set(l.row, (inRow = new Map()));
    inRow.set(l.col, l);
  }
  const colStyles = plan.columns.map((c) => {
    const key = columnStyle(c.spec, false, c.wrap);
    return key ? styles.xf(key) : null;
  });
  const linkStyles = plan.columns.map((c) => styles.xf(columnStyle(c.spec, true, c.wrap)!));
  const header = styles.xf(HEADER_STYLE);
  // Every cell that carries a link, in the order the rows are written: the hyperlinks and their
  // relationships are numbered in this order.
  const linked: { r: number; c: number; sheet: string; address: string }[] = [];
  // Rows in order by walking them (sorting the rows that have links cost more at 10⁵ findings).
  for (let r = 0; r < sheet.rows.length && linkAt.size > 0; r++) {
    const inRow = linkAt.get(r);
    if (!inRow) continue;
    const width = Math.max(sheet.rows[r].length, colStyles.length);
    for (const c of [...inRow.keys()].sort((a, b) => a - b)) {
      const link = inRow.get(c)!;
      if (c >= 0 && c < width && Number.isInteger(c)) linked.push({ r, c, sheet: link.sheet, address: link.address });
    }
  }
  // Column letters, worked out once.
  const letters: string[] = [];
  const letter = (c: number) => letters[c] ?? (letters[c] = columnLetter(c));
  const linkText = (v: CellValue | undefined, address: string) =>
    v === null || v === undefined || v === "" ? address : typeof v === "string" ? v : String(isRichText(v) ? v.richText.map((x) => x.text).join("") : isCellError(v) ? v.error : v);
  // A plain cell's XML after its reference, made once a value and column (kinds, codes, units, periods repeat).
  const tails: TailCache[] = [];
  const tailsOf = (c: number) => tails[c] ?? (tails[c] = new TailCache(colStyles[c] ?? null));
  // Rows, hyperlinks and relationships are generated as they are written, never held all at once.
  function* rows(): Generator<string> {
    for (let i = 0; i < titles.length; i++) yield `<row r="${i + 1}">${cellXml(`A${i + 1}`, titles[i], styles.xf(TITLE_STYLE))}</row>`;
    yield `<row r="${headerRow}">${sheet.columns.map((c, i) => cellXml(cellAddress(headerRow - 1, i), c.header, header)).join("")}</row>`;
    for (let r = 0; r < sheet.rows.length; r++) yield rowXml(r);
  }
  // A row of the sheet's data as XML: a plain function, so V8 compiles it apart from the generator (a
  // generator with this inside it was compiled three times a run at ~25–35 ms each).
  function rowXml(r: number): string {
    const row = sheet.rows[r];
    const excelRow = headerRow + 1 + r;
    const width = Math.max(row.length, colStyles.length);
    const links = linkAt.get(r);
    let cells = "";
    for (let c = 0; c < width; c++) {
      const link = links?.get(c);
      if (link) cells += cellXml(letter(c) + excelRow, linkText(row[c], link.address), linkStyles[c] ?? null);
      else cells += tailsOf(c).cell(letter(c) + excelRow, row[c] ?? null);
    }
    const height = plan.rowHeights.get(r);
    return `<row r="${excelRow}"${height ? ` ht="${height}" customHeight="1"` : ""}>${cells}</row>`;
  }
  function* hyperlinks(): Generator<string> {
    for (let i = 0; i < linked.length; i++) yield `<hyperlink ref="${columnLetter(linked[i].c)}${headerRow + 1 + linked[i].r}" r:id="rId${i + 1}"/>`;
  }
  function* linkRels(): Generator<string> {
    for (let i = 0; i < linked.length; i++) {
      const l = linked[i];
      yield `<Relationship Id="rId${i + 1}" Type="${HYPERLINK_REL}" Target="${esc(`#${quoteSheetName(l.sheet)}!${l.address}`)}" TargetMode="External"/>`;
    }
  }
  const cols = plan.columns.map((c, i) => (c.width ? `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>` : "")).join("");
  let priority = 0;
  const next = () => ++priority;
  const cfs: string[] = [];
  if (lastRow > headerRow) {
    sheet.columns.forEach((c, i) => {
      if (c.conditionalFills?.length) cfs.push(cfXml(`${columnLetter(i)}${headerRow + 1}:${columnLetter(i)}${lastRow}`, c.conditionalFills, styles, next));
    });
    for (const col of sheet.dataBarColumns ?? []) {
      const letter = columnLetter(col);
      cfs.push(`<conditionalFormatting sqref="${letter}${headerRow + 1}:${letter}${lastRow}"><cfRule type="dataBar" priority="${next()}"><dataBar minLength="0" maxLength="100"><cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="${argb(DATA_BAR_COLOR)}"/></dataBar></cfRule></conditionalFormatting>`);
    }
  }
  const lastCol = columnLetter(Math.max(0, sheet.columns.length - 1));
  const view = sheet.freezeHeader
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/></sheetView></sheetViews>`
    : `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`;
  const filter = plan.filter ? `<autoFilter ref="${boxRef(plan.filter)}"/>` : "";
  // Kept as pieces and deflated as they stream out: a 10⁵-row findings sheet is never one string.
  const xml: Pieces = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}">` +
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${lastCol}${Math.max(lastRow, 1)}"/>${view}<sheetFormatPr defaultRowHeight="15"/>` +
      (cols ? `<cols>${cols}</cols>` : "") +
      `<sheetData>`,
    rows(),
    `</sheetData>${filter}${cfs.join("")}${linked.length ? "<hyperlinks>" : ""}`,
    hyperlinks(),
    `${linked.length ? "</hyperlinks>" : ""}${pageXml(plan.page)}</worksheet>`,
  ];
  const rels: Pieces | null = linked.length
    ? [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`, linkRels(), `</Relationships>`]
    : null;
  return { xml, rels };
}

/** printOptions, pageMargins and pageSetup, in schema order: A4 landscape, one page wide, grid lines printed. */
function pageXml(page: PagePlan): string {
  const m = page.margins;
  return (
    `${page.gridLines ? `<printOptions gridLines="1"/>` : ""}<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${page.paperCode}" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="${page.fitToHeight}"/>`
  );
}
