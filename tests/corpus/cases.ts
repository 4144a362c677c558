import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { SheetData } from "../../src/core/sheet/cellValue";
import { catalogueSheet, progressSheet, settingsSheet } from "../support/books";
import { writeXlsx } from "../support/files";
import { addDrawing, sheetPart } from "../support/package";
import { CT_XLSM, CT_XLTX, handParts, HandOptions, HandSheet, zip64 } from "./handParts";
import { readBook } from "./ooxml";
import { officeSavedParts } from "./officeSaved";

/**
 * The corpus: books as real programs save them. Each case says how its input is made and, for a book that
 * has been through duban before, which of its columns and sheets are duban's own (their cells may change).
 */

export interface Built {
  /** Books saved by openpyxl and pandas (tests/corpus/programs/pythonBooks.py). */
  python: string;
  /** Books saved by LibreOffice from the "src-lo-…" sources. */
  libreoffice: string;
  /** Runs duban's CLI (for a book that went through duban before the case starts). */
  duban: (args: string[]) => Promise<{ code: number; stderr: string }>;
}

export interface CorpusCase {
  id: string;
  /** The program whose conventions the book follows. */
  program: "openpyxl" | "pandas" | "LibreOffice" | "Open XML SDK" | "Excel" | "WPS" | "hand" | "exceljs";
  what: string;
  ext?: ".xlsx" | ".xlsm" | ".xltx";
  make: (file: string, built: Built) => Promise<void>;
  /** The progress sheets duban appends its columns to (default 进展填报). */
  progress?: string[];
  /**
   * The book went through duban before: its 校验状态 / 校验说明 columns and its own sheets (校验结果, 指标跟踪 …)
   * are duban's, and their cells may change.
   */
  rerun?: boolean;
  /** Only with DUBAN_CORPUS_SLOW=1 (minutes of LibreOffice or of a quadratic copy). */
  slow?: boolean;
  /**
   * Time `validate -o` against `validate --json` on the same input: -o may take at most four times as long
   * plus 3 s (a copy linear in the size of the largest row; ratios hold on a loaded machine, seconds do not).
   */
  timed?: boolean;
  /**
   * "repack": LibreOffice cannot open this ZIP64 package (7.4 reads no ZIP64 records), so it reads the same
   * entries repacked without ZIP64; everything else is checked on the package itself.
   */
  zip64ForLibreOffice?: "repack";
}

const SETTINGS = settingsSheet([["年度", 2024], ["截至日期", "2024-07-10"], ["报告期", "二季度", "2024-06-30", "2024-07-05"]]);
const CATALOGUE = catalogueSheet([{ id: "1", text: "新增规上工业企业25家以上。" }, { id: "2" }, { id: "3" }]);
const PROGRESS = progressSheet([
  { id: "1", text: "新增规上工业企业10家。", value: 10 },
  { id: "2", text: "受资金影响，进度滞后。", status: "进展滞后", problems: "资金未到位", next: "加快争取资金" },
  { id: "3" },
]);
const BASE: SheetData[] = [CATALOGUE, PROGRESS, SETTINGS];
const hand = (sheets: SheetData[]): HandSheet[] => sheets.map((s) => ({ name: s.name, rows: s.rows }));

async function writeParts(file: string, parts: Map<string, Buffer>): Promise<void> {
  const zip = new JSZip();
  for (const [name, data] of parts) zip.file(name, data);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

function handBook(options: HandOptions, sheets: HandSheet[] = hand(BASE)) {
  return (file: string) => writeParts(file, handParts(sheets, options));
}

async function editZip(file: string, edit: (zip: JSZip) => Promise<void>): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  await edit(zip);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

async function replaceIn(zip: JSZip, part: string, from: string | RegExp, to: string): Promise<void> {
  const text = await zip.file(part)!.async("string");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`pattern not found in ${part}`);
  zip.file(part, next);
}

/**
 * A book duban has validated once (its real output), then edited the way an office does before the next
 * round: `edit` gets the progress sheet's XML.
 */
async function afterFirstRound(source: string, file: string, built: Built, edit: (xml: string) => string): Promise<void> {
  const first = `${file}.first.xlsx`;
  const run = await built.duban(["validate", source, "-o", first]);
  if (run.code > 1) throw new Error(`the first round failed (${run.code}): ${run.stderr.slice(0, 300)}`);
  const book = await readBook(await fs.readFile(first));
  const part = book.sheets.find((s) => s.name === "进展填报")!.part;
  await editZip(first, async (zip) => void zip.file(part, edit(await zip.file(part)!.async("string"))));
  await fs.rename(first, file);
}

async function fromExceljs(file: string, built: Built, edit: (xml: string) => string): Promise<void> {
  await writeXlsx(`${file}.src.xlsx`, BASE);
  await afterFirstRound(`${file}.src.xlsx`, file, built, edit);
}

/** The letters of the last column used in the first row of a sheet's XML. */
function lastColumnOfHeader(xml: string): number {
  const row = /<row\b[^>]*\br="1"[^>]*>([\s\S]*?)<\/row>/.exec(xml)?.[1] ?? "";
  return Math.max(0, ...[...row.matchAll(/<c r="([A-Z]+)1"/g)].map((m) => colNumber(m[1])));
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** The office adds a column of its own right of every column in use (duban's included); empty values stay empty. */
function addColumn(values: string[]) {
  return (xml: string) => {
    const col = colLetters(lastColumnOfHeader(xml) + 1);
    let r = 0;
    return xml.replace(/<\/row>/g, (end) => {
      r++;
      const v = values[r - 1];
      return v ? inline(`${col}${r}`, v) + end : end;
    });
  };
}

/** The office inserts a column right after the one headed `after`, shifting the cells right of it. */
function insertColumnAfter(after: string, values: string[]) {
  return (xml: string) => {
    const header = /<row\b[^>]*\br="1"[^>]*>([\s\S]*?)<\/row>/.exec(xml)![1];
    const at = [...header.matchAll(/<c r="([A-Z]+)1"[^>]*>([\s\S]*?)<\/c>/g)].find((m) => m[2].includes(after));
    if (!at) throw new Error(`no column headed ${after}`);
    const inserted = colNumber(at[1]) + 1;
    let r = 0;
    return xml.replace(/<row\b[^>]*>[\s\S]*?<\/row>/g, (row) => {
      r++;
      let cells = row.replace(/(<c r=")([A-Z]+)(\d+")/g, (m, a, letters, b) => (colNumber(letters) >= inserted ? `${a}${colLetters(colNumber(letters) + 1)}${b}` : m));
      const v = values[r - 1];
      if (!v) return cells;
      const next = cells.search(new RegExp(`<c r="${colLetters(inserted + 1)}${r}"`));
      const cell = inline(`${colLetters(inserted)}${r}`, v);
      cells = next < 0 ? cells.replace("</row>", `${cell}</row>`) : cells.slice(0, next) + cell + cells.slice(next);
      return cells;
    });
  };
}

/** A row of `cells` pasted texts of 30,000 characters each, inline, right of the progress columns. */
function bigRow(cells: number): string {
  const text = "按照区委区政府部署，扎实推进重点项目建设，".repeat(1500);
  let xml = '<row r="5">';
  for (let i = 0; i < cells; i++) xml += `<c r="${colLetters(12 + i)}5" t="inlineStr"><is><t>${text}</t></is></c>`;
  return xml + "</row>";
}

function colLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const copy = (dir: keyof Omit<Built, "duban">, name: string) => (file: string, built: Built) => fs.copyFile(path.join(built[dir], name), file);

const EXTERNAL_LINK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="上报"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="s"><v>区发改局</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;

export const CASES: CorpusCase[] = [
  // ── openpyxl and pandas ─────────────────────────────────────────────────────────────────────
  { id: "openpyxl-plain", program: "openpyxl", what: "two sheets from openpyxl.Workbook(), xmlns:r on each <sheet>", make: copy("python", "openpyxl-plain.xlsx") },
  { id: "openpyxl-formulas", program: "openpyxl", what: "formulas without cached values: =IF(…,\"需督办\",\"\") in the column right of the progress columns (no header), =ROW()-1", make: copy("python", "openpyxl-formulas.xlsx") },
  { id: "openpyxl-chart", program: "openpyxl", what: "a bar chart, a defined name of sheet scope, custom document properties", make: copy("python", "openpyxl-chart.xlsx") },
  {
    id: "openpyxl-chart-column-added",
    program: "openpyxl",
    what: "openpyxl chart book after a first round, a 备注 column added right of duban's columns",
    make: (file, built) => afterFirstRound(path.join(built.python, "openpyxl-chart.xlsx"), file, built, addColumn(["备注", "已电话催办", "", "月底前报送"])),
    rerun: true,
  },
  { id: "pandas-frames", program: "pandas", what: "DataFrame.to_excel, one frame per sheet, no index", make: copy("python", "pandas-frames.xlsx") },
  { id: "pandas-index", program: "pandas", what: "DataFrame.to_excel with the index column and a sheet of figures", make: copy("python", "pandas-index.xlsx") },
  // ── LibreOffice ────────────────────────────────────────────────────────────────────────────
  { id: "libreoffice-chart", program: "LibreOffice", what: "saved by LibreOffice: its own chart, docProps/custom.xml, a sheet-scoped name, =IF(…,\"\") cached as empty text", make: copy("libreoffice", "src-lo-chart.xlsx") },
  { id: "libreoffice-from-ods", program: "LibreOffice", what: "a spreadsheet made in LibreOffice (flat ODS, a merged title row above the progress header) saved as .xlsx", make: copy("libreoffice", "src-lo-fods.xlsx") },
  { id: "libreoffice-from-exceljs", program: "LibreOffice", what: "an exceljs book opened and saved by LibreOffice (shared strings, its styles)", make: copy("libreoffice", "src-lo-exceljs.xlsx") },
  {
    id: "libreoffice-column-added",
    program: "LibreOffice",
    what: "the LibreOffice book after a first round, a 备注 column added right of duban's columns",
    make: (file, built) => afterFirstRound(path.join(built.libreoffice, "src-lo-chart.xlsx"), file, built, addColumn(["备注", "已电话催办", "", "月底前报送"])),
    rerun: true,
  },
  // ── a form filled in and saved by Excel or WPS, in their conventions (tests/corpus/officeSaved.ts) ──────────
  {
    id: "excel-filled-form",
    program: "Excel",
    what: "Excel 365 conventions: mc:Ignorable x14ac/xr attributes, rich-text shared strings with phoneticPr, dates as serials in yyyy年m月d日, the catalogue as a table, a threaded comment, a hyperlink, an x14 list validation from a hidden sheet, a shared formula with its calcChain, printer settings",
    make: (file) => writeParts(file, officeSavedParts({ catalogue: CATALOGUE, progress: PROGRESS, settings: SETTINGS }, "Excel")),
  },
  {
    id: "excel-filled-form-rerun",
    program: "Excel",
    what: "the Excel form after a first round, a 备注 column added right of duban's columns",
    make: async (file, built) => {
      await writeParts(`${file}.src.xlsx`, officeSavedParts({ catalogue: CATALOGUE, progress: PROGRESS, settings: SETTINGS }, "Excel"));
      await afterFirstRound(`${file}.src.xlsx`, file, built, addColumn(["备注", "已电话催办", "", "月底前报送"]));
    },
    rerun: true,
  },
  {
    id: "wps-filled-form",
    program: "WPS",
    what: "WPS 表格 conventions: a photo in a cell (=_xlfn.DISPIMG cached as text, xl/cellimages.xml by WPS's relationship type), KSOProductBuildVer in custom.xml, 工作表 in app.xml, the etc namespace",
    make: (file) => writeParts(file, officeSavedParts({ catalogue: CATALOGUE, progress: PROGRESS, settings: SETTINGS }, "WPS")),
  },
  // ── the Open XML SDK's conventions and other hand-written parts ─────────────────────────────
  { id: "sdk-prefixed", program: "Open XML SDK", what: "x:-prefixed SpreadsheetML, shared strings, CRLF after the declaration", make: handBook({ prefix: "x:", sharedStrings: true }) },
  { id: "sheet-element-not-self-closed", program: "hand", what: "<sheet …></sheet> in workbook.xml", make: handBook({ openSheetElements: true }) },
  {
    id: "sheet-element-not-self-closed-rerun",
    program: "hand",
    what: "a book after a first round whose workbook.xml was saved again with <sheet …></sheet>",
    make: async (file, built) => {
      await writeXlsx(`${file}.src.xlsx`, BASE);
      await afterFirstRound(`${file}.src.xlsx`, file, built, (xml) => xml);
      await editZip(file, async (zip) => {
        const book = (await readBook(await zip.generateAsync({ type: "nodebuffer" }))).workbookPart;
        await replaceIn(zip, book, /(<sheet\b[^>]*?)\s*\/>/g, "$1></sheet>");
      });
    },
    rerun: true,
  },
  {
    id: "comment-and-cdata-with-row-end",
    program: "hand",
    what: "an XML comment and a CDATA section containing </row> in the progress sheet",
    make: handBook({}, [
      ...hand([CATALOGUE]),
      {
        name: "进展填报",
        rows: PROGRESS.rows,
        tail: '<!-- 旧版本的 </row> 行已删除 --><row r="6"><c r="D6" t="inlineStr"><is><t><![CDATA[说明：上一版 </row><row r="99"> 已作废 & 备查]]></t></is></c></row>',
      },
      ...hand([SETTINGS]),
    ]),
  },
  {
    id: "part-names-in-other-case",
    program: "hand",
    what: "sheet parts named Sheet1.xml …, relationships naming them in lower case",
    make: handBook({ sheetParts: ["xl/worksheets/Sheet1.xml", "xl/worksheets/Sheet2.xml", "xl/worksheets/Sheet3.xml"], sheetTargets: ["worksheets/sheet1.xml", "worksheets/sheet2.xml", "worksheets/sheet3.xml"] }),
  },
  { id: "rows-without-r", program: "hand", what: "rows and cells without r (their position is their order)", make: handBook({ noRefs: true }) },
  { id: "no-styles-part", program: "hand", what: "no styles part at all", make: handBook({ styles: false }) },
  { id: "workbook-not-at-xl-workbook", program: "hand", what: "the workbook part at xl/main.xml", make: handBook({ workbookPart: "xl/main.xml" }) },
  {
    id: "macro-enabled-xlsm",
    program: "hand",
    what: ".xlsm with a vbaProject.bin",
    ext: ".xlsm",
    make: handBook({ mainContentType: CT_XLSM, extra: [{ name: "xl/vbaProject.bin", data: Buffer.from("not really VBA, but kept as it is"), rel: "http://schemas.microsoft.com/office/2006/relationships/vbaProject", contentType: "application/vnd.ms-office.vbaProject" }] }),
  },
  { id: "template-xltx", program: "hand", what: ".xltx (template content type)", ext: ".xltx", make: handBook({ mainContentType: CT_XLTX }) },
  { id: "zip64-small", program: "hand", what: "a small book with ZIP64 extra fields and end records", zip64ForLibreOffice: "repack", make: (file) => fs.writeFile(file, zip64(handParts(hand(BASE)))) },
  {
    id: "cached-empty-formula",
    program: "hand",
    what: "=IF(…,\"需督办\",\"\") with a cached empty string in the column right of the progress columns (no header)",
    make: async (file) => {
      await writeXlsx(file, BASE);
      await editZip(file, async (zip) => {
        const part = await sheetPart(zip, "进展填报");
        let xml = await zip.file(part)!.async("string");
        for (let r = 2; r <= 4; r++) {
          const cell = `<c r="J${r}" t="str"><f>IF(E${r}="进展滞后","需督办","")</f><v>${r === 3 ? "需督办" : ""}</v></c>`;
          xml = xml.replace(new RegExp(`(<row r="${r}"[^>]*>[\\s\\S]*?)</row>`), `$1${cell}</row>`);
        }
        zip.file(part, xml);
      });
    },
  },
  {
    id: "two-progress-sheets",
    program: "exceljs",
    what: "two progress sheets (进展填报 and 进展填报（续）)",
    make: (file) => writeXlsx(file, [CATALOGUE, PROGRESS, { ...progressSheet([{ id: "1", period: "一季度", date: "2024-03-28" }]), name: "进展填报（续）" }, SETTINGS]),
    progress: ["进展填报", "进展填报（续）"],
  },
  {
    id: "progress-names-differing-in-a-space",
    program: "exceljs",
    what: "two progress sheets named 进展填报 and 进展填报 with a trailing space",
    make: (file) => writeXlsx(file, [CATALOGUE, PROGRESS, { ...progressSheet([{ id: "1", period: "一季度", date: "2024-03-28" }]), name: "进展填报 " }, SETTINGS]),
    progress: ["进展填报", "进展填报 "],
  },
  {
    id: "large-row-3mb",
    program: "hand",
    what: "one 3 MB row of pasted text in the progress sheet",
    make: handBook({}, [...hand([CATALOGUE]), { name: "进展填报", rows: PROGRESS.rows, tail: bigRow(34) }, ...hand([SETTINGS])]),
  },
  {
    id: "large-row-24mb",
    program: "hand",
    what: "one 24 MB row of pasted text in the progress sheet",
    make: handBook({}, [...hand([CATALOGUE]), { name: "进展填报", rows: PROGRESS.rows, tail: bigRow(270) }, ...hand([SETTINGS])]),
    slow: true,
    timed: true,
  },
  // ── an office's own sheets and columns ─────────────────────────────────────────────────────
  {
    id: "office-huizong-sheet",
    program: "exceljs",
    what: "the office's own 汇总 sheet (typed figures)",
    make: (file) => writeXlsx(file, [...BASE, { name: "汇总", rows: [["单位", "应报", "已报", "备注"], ["区发改局", 3, 3, "主任已阅"], ["区财政局", 2, 1, "待催报"]] }]),
  },
  {
    id: "office-tongbao-sheet",
    program: "exceljs",
    what: "the office's own 通报 sheet (a typed draft)",
    make: (file) => writeXlsx(file, [...BASE, { name: "通报", rows: [["关于二季度重点任务落实情况的通报（初稿）"], ["各单位：现将二季度落实情况通报如下。"]] }]),
  },
  {
    id: "office-chuli-column-inserted",
    program: "exceljs",
    what: "after a first round, the office inserts 处理意见 right after 校验状态 and types in it",
    make: (file, built) => fromExceljs(file, built, insertColumnAfter("校验状态", ["处理意见", "同意", "约谈", ""])),
    rerun: true,
  },
  {
    id: "exceljs-column-added",
    program: "exceljs",
    what: "after a first round, a 备注 column added right of duban's columns",
    make: (file, built) => fromExceljs(file, built, addColumn(["备注", "已电话催办", "", "月底前报送"])),
    rerun: true,
  },
  {
    id: "exceljs-pivot-table",
    program: "exceljs",
    what: "a pivot table on a sheet of figures, with its cache definition and records",
    make: async (file) => {
      await writeXlsx(file, [...BASE, { name: "统计", rows: [["单位", "完成数", null, "行标签", "求和项:完成数"], ["区发改局", 3, null, "区发改局", 3], ["区财政局", 2, null, "区财政局", 2], [null, null, null, "总计", 5]] }]);
      await editZip(file, addPivot);
    },
  },
  // ── exceljs (the books duban's own tests write) ─────────────────────────────────────────────
  { id: "exceljs-plain", program: "exceljs", what: "catalogue, progress and settings written by exceljs", make: (file) => writeXlsx(file, BASE) },
  {
    id: "exceljs-drawing-external-link",
    program: "exceljs",
    what: "a chart and an image on the catalogue, an external link and a formula using it",
    make: async (file) => {
      const wb = new ExcelJS.Workbook();
      for (const s of BASE) {
        const ws = wb.addWorksheet(s.name);
        s.rows.forEach((row) => ws.addRow(row));
      }
      await wb.xlsx.writeFile(file);
      await editZip(file, async (zip) => {
        await addDrawing(zip, "任务清单", 1, ["image1.png"]);
        zip.file("xl/externalLinks/externalLink1.xml", EXTERNAL_LINK);
        zip.file(
          "xl/externalLinks/_rels/externalLink1.xml.rels",
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///D:/督办/上报.xlsx" TargetMode="External"/></Relationships>`,
        );
        await replaceIn(zip, "xl/_rels/workbook.xml.rels", "</Relationships>", `<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>`);
        await replaceIn(zip, "xl/workbook.xml", "</sheets>", `</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>`);
        await replaceIn(zip, "[Content_Types].xml", "</Types>", `<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>`);
        await replaceIn(zip, await sheetPart(zip, "设置"), /<\/sheetData>/, `<row r="6"><c r="A6" t="inlineStr"><is><t>上报单位</t></is></c><c r="B6" t="str"><f>[1]上报!$A$1</f><v>区发改局</v></c></row></sheetData>`);
      });
    },
  },
];

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELS = (rels: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`).join("")}</Relationships>`;

/** A pivot table on 统计 (units and their counts) with its cache definition and records, as Excel saves one. */
async function addPivot(zip: JSZip): Promise<void> {
  const sheet = await sheetPart(zip, "统计");
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition ${MAIN} r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="统计"/></cacheSource><cacheFields count="2"><cacheField name="单位" numFmtId="0"><sharedItems count="2"><s v="区发改局"/><s v="区财政局"/></sharedItems></cacheField><cacheField name="完成数" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="2" maxValue="3"/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  zip.file("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", RELS([["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"]]));
  zip.file("xl/pivotCache/pivotCacheRecords1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords ${MAIN} count="2"><r><x v="0"/><n v="3"/></r><r><x v="1"/><n v="2"/></r></pivotCacheRecords>`);
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition ${MAIN} name="数据透视表1" cacheId="1" dataCaption="值" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1"><location ref="D1:E4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="求和项:完成数" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
  );
  zip.file("xl/pivotTables/_rels/pivotTable1.xml.rels", RELS([["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"]]));
  const sheetRels = `${path.posix.dirname(sheet)}/_rels/${path.posix.basename(sheet)}.rels`;
  const existing = await zip.file(sheetRels)?.async("string");
  zip.file(sheetRels, existing ? existing.replace("</Relationships>", `<Relationship Id="rIdPivot1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`) : RELS([["rIdPivot1", "pivotTable", "../pivotTables/pivotTable1.xml"]]));
  await replaceIn(zip, "xl/_rels/workbook.xml.rels", "</Relationships>", `<Relationship Id="rIdCache1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`);
  await replaceIn(zip, "xl/workbook.xml", "</workbook>", `<pivotCaches><pivotCache cacheId="1" r:id="rIdCache1"/></pivotCaches></workbook>`);
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  await replaceIn(
    zip,
    "[Content_Types].xml",
    "</Types>",
    `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${ct}.pivotTable+xml"/><Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${ct}.pivotCacheDefinition+xml"/><Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${ct}.pivotCacheRecords+xml"/></Types>`,
  );
}

/** Sources the LibreOffice cases are converted from (besides pythonBooks.py's src-lo-chart.xlsx). */
export async function writeLibreOfficeSources(dir: string): Promise<void> {
  await writeXlsx(path.join(dir, "src-lo-exceljs.xlsx"), BASE);
  await fs.writeFile(path.join(dir, "src-lo-fods.fods"), flatOds(BASE));
}

/**
 * A flat OpenDocument spreadsheet (what LibreOffice writes as .fods), the progress sheet under a title row
 * merged across its columns, as offices head their sheets.
 */
function flatOds(sheets: SheetData[]): string {
  const x = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const cell = (v: unknown) =>
    v === null || v === undefined || v === ""
      ? "<table:table-cell/>"
      : typeof v === "number"
        ? `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
        : `<table:table-cell office:value-type="string"><text:p>${x(String(v))}</text:p></table:table-cell>`;
  const table = (s: SheetData) => {
    const title =
      s.name === "进展填报"
        ? `<table:table-row><table:table-cell table:number-columns-spanned="9" office:value-type="string"><text:p>2024年二季度重点任务进展填报表</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="8"/></table:table-row>`
        : "";
    return `<table:table table:name="${x(s.name)}">${title}${s.rows.map((r) => `<table:table-row>${r.map(cell).join("")}</table:table-row>`).join("")}</table:table>`;
  };
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
    `xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>` +
    sheets.map(table).join("") +
    `</office:spreadsheet></office:body></office:document>`
  );
}


export const execFileP = promisify(execFile);
