/**
 * Corpus cases that fail on the current code, each with the sentence of issue 11 it reproduces. The corpus
 * suite fails when a case listed here starts passing (remove it from the list) and when any case not
 * listed fails: the list only ever shrinks.
 */
const OPENPYXL =
  "Books written by openpyxl or pandas: every -o output is unreadable. openpyxl declares xmlns:r on each <sheet> element rather than on the root; the copy appends <sheet … r:id> after checking only that the string \"xmlns:r\" occurs somewhere.";
const COLUMN_ADDED =
  "A column added to the right of duban's columns switches -o to the exceljs copy, which loses a chart, docProps/custom.xml and the sheet scope of a defined name on a LibreOffice-saved book.";
const OWN_SHEET = "The office's own 汇总 or 通报 sheet is replaced by rollup -o / bulletin -o; … Only a sheet duban itself wrote may be regenerated.";
const MACRO = ".xlsm / .xltx written out as .xlsx keep the macro or template content type and vbaProject.bin under an .xlsx name, which Excel refuses to open.";

export const KNOWN_FAILURES: Record<string, string> = {
  "openpyxl-plain": OPENPYXL,
  "openpyxl-formulas": OPENPYXL,
  "openpyxl-chart": OPENPYXL,
  "pandas-frames": OPENPYXL,
  "pandas-index": OPENPYXL,
  "openpyxl-chart-column-added": `${OPENPYXL} (The first round already fails.) … and on a book with an openpyxl chart stops with FILE_DAMAGED ("Cannot read properties of undefined (reading 'anchors')") though the book is valid.`,
  "libreoffice-column-added": COLUMN_ADDED,
  "exceljs-column-added": `${COLUMN_ADDED} (Here: every sheet part rewritten by exceljs.)`,
  "office-chuli-column-inserted": "On a rerun where the office has put its own column (处理意见) right after 校验状态, 校验说明 is written over its header and its typed cells.",
  "office-huizong-sheet": OWN_SHEET,
  "office-tongbao-sheet": OWN_SHEET,
  "sheet-element-not-self-closed": "Legal XML that the text-level editing mishandles: <sheet …></sheet> not self-closed (… the status columns silently missing).",
  "sheet-element-not-self-closed-rerun": "Legal XML that the text-level editing mishandles: <sheet …></sheet> not self-closed (a second 校验结果 appears, the status columns silently missing).",
  "sdk-prefixed": "Books using a prefixed SpreadsheetML namespace (x:row, x:c, as the Open XML SDK writes) are not read at all: BOOK_NO_CATALOGUE, though LibreOffice reads them.",
  "comment-and-cdata-with-row-end": "CDATA or an XML comment containing </row> (duban's XML lands inside a user's text, or the sheet becomes malformed and LibreOffice loses cells).",
  "part-names-in-other-case": "part names differing only in case (Sheet1.xml vs sheet1.xml become two parts of one name). (Here: the book is refused as FILE_DAMAGED.)",
  "rows-without-r": "Valid books get a user-error code with an internal message: rows without r → FILE_DAMAGED \"Invalid row number in model\".",
  "no-styles-part": "no styles part → FILE_DAMAGED \"…reading 'comments'\". (Here: the exceljs copy rewrites every part.)",
  "workbook-not-at-xl-workbook": "a workbook part not at xl/workbook.xml → FILE_WRITE_FAILED \"…reading 'date1904'\".",
  "macro-enabled-xlsm": MACRO,
  "template-xltx": MACRO,
  "zip64-small": "a small ZIP64 book refused as \"超过 4 GB\".",
  "large-row-24mb": "A single very large row makes -o quadratic (12 / 24 / 48 MB row: 8 / 30 / 119 s; --json under 1 s).",
};
