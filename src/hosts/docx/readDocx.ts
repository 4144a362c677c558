/**
 * A Word file (.docx) read for import: the tables of word/document.xml as rows, paragraphs between them as
 * one-cell rows (headings), bold runs kept so a lead unit written in bold can be told. The caller has
 * checked the archive (src/hosts/importFile.ts: the zip rules and DOCTYPE refusal validate uses).
 */
import JSZip from "jszip";
import { CellValue, DubanError, TextRun } from "../../core";

/** Tables of a .docx (word/document.xml) as rows; paragraphs between tables become one-cell rows (headings). */
export async function docxRows(bytes: Uint8Array, file: string): Promise<CellValue[][]> {
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const doc = zip.file("word/document.xml");
    if (!doc) throw new Error("word/document.xml missing");
    xml = await doc.async("string");
  } catch (err) {
    throw new DubanError("IMPORT_FILE_DAMAGED", { file, ext: ".docx", reason: (err as Error).message });
  }
  return docxXmlRows(xml);
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return m;
  });
}

/** Walks document.xml: w:tbl/w:tr/w:tc cells with bold runs (w:b), w:br and w:tab inside runs. */
export function docxXmlRows(xml: string): CellValue[][] {
  const rows: CellValue[][] = [];
  const tag = /<(\/?)(w:[A-Za-z]+)((?:\s[^>]*?)?)(\/?)>|([^<]+)/g;
  let tblDepth = 0;
  let row: CellValue[] | null = null;
  let cellRuns: TextRun[] | null = null;
  let paraRuns: TextRun[] = [];
  let paraHasText = false;
  let inRun = false;
  let runBold = false;
  let inText = false;
  let inRPr = false;
  let gridSpan = 1;
  const pushText = (text: string) => {
    const target = cellRuns ?? paraRuns;
    const last = target[target.length - 1];
    if (last && last.bold === runBold) last.text += text;
    else target.push({ text, bold: runBold });
    if (text.trim()) paraHasText = true;
  };
  const toCell = (runs: TextRun[]): CellValue => {
    const text = runs.map((r) => r.text).join("");
    if (runs.some((r) => r.bold && r.text.trim()) && runs.some((r) => !r.bold && r.text.trim())) return { richText: runs };
    if (runs.length && runs.every((r) => r.bold || !r.text.trim()) && text.trim()) return { richText: [{ text, bold: true }] };
    return text;
  };
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml))) {
    if (m[5] !== undefined) {
      if (inText) pushText(decodeEntities(m[5]));
      continue;
    }
    const closing = m[1] === "/";
    const name = m[2];
    const attrs = m[3] ?? "";
    const selfClosing = m[4] === "/";
    switch (name) {
      case "w:tbl":
        tblDepth += closing ? -1 : 1;
        break;
      case "w:tr":
        if (tblDepth !== 1) break;
        if (!closing) row = [];
        else if (row) {
          rows.push(row);
          row = null;
        }
        break;
      case "w:tc":
        if (tblDepth !== 1) break;
        if (!closing) {
          cellRuns = [];
          gridSpan = 1;
        } else if (row && cellRuns) {
          while (cellRuns.length && !cellRuns[cellRuns.length - 1].text.trim()) cellRuns.pop();
          row.push(toCell(cellRuns));
          for (let k = 1; k < gridSpan; k++) row.push(null);
          cellRuns = null;
        }
        break;
      case "w:gridSpan":
        gridSpan = Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? 1);
        break;
      case "w:p":
        if (closing) {
          if (cellRuns) {
            if (cellRuns.length) pushText("\n");
          } else if (tblDepth === 0) {
            if (paraHasText) rows.push([toCell(paraRuns)]);
            paraRuns = [];
          }
          paraHasText = false;
        } else if (!selfClosing && tblDepth === 0) {
          paraRuns = [];
          paraHasText = false;
        }
        break;
      case "w:r":
        if (!closing && !selfClosing) {
          inRun = true;
          runBold = false;
        } else if (closing) inRun = false;
        break;
      case "w:rPr":
        inRPr = !closing && !selfClosing;
        break;
      case "w:b":
        if (inRun && inRPr) runBold = !/w:val="(0|false)"/.test(attrs);
        break;
      case "w:t":
        inText = !closing && !selfClosing;
        break;
      case "w:tab":
        if (inRun) pushText("\t");
        break;
      case "w:br":
      case "w:cr":
        if (inRun) pushText("\n");
        break;
    }
  }
  return rows.map((r) => r.map((c) => (typeof c === "string" ? c.replace(/\n+$/, "") : c)));
}

