/**
 * .docx files in the pane: the bulletin, the 督办单 and the 催办 list offered as downloads, written by the
 * same writer as `duban bulletin -o 通报.docx` and `duban notices`. Loaded on demand (a chunk of its own),
 * so the pane does not carry the docx library until 通报 is used.
 */
import type { Analysis } from "../src/core";
import { bulletinDocument } from "../src/core";
import { chaseDocument, chaseList, noticeDocument, noticesDocument, unitNotices } from "../src/core";
import { writeDocx } from "../src/hosts/docx/writeDocx";
import { ALL_NOTICES_FILE_NAME, bulletinFileName, CHASE_LIST_FILE_NAME, noticeFileName } from "../src/core";

interface DocxFile {
  fileName: string;
  bytes: Uint8Array;
  /** What the file holds, for the list of downloads. */
  label: string;
}


export async function bulletinDocx(a: Analysis): Promise<DocxFile> {
  const doc = bulletinDocument(a);
  return { fileName: bulletinFileName(doc.title), bytes: await writeDocx(doc), label: "通报" };
}

/** All 督办单 in one document, one per unit, and the 催办 list. */
export async function noticeDocxFiles(a: Analysis): Promise<DocxFile[]> {
  const notices = unitNotices(a);
  const chase = chaseList(a);
  const files: DocxFile[] = [
    { fileName: ALL_NOTICES_FILE_NAME, bytes: await writeDocx(noticesDocument(notices, a)), label: `督办单（${notices.length} 个单位，一单位一页）` },
    { fileName: CHASE_LIST_FILE_NAME, bytes: await writeDocx(chaseDocument(chase, a)), label: `催办清单（${chase.length} 项）` },
  ];
  const largest = Math.max(0, ...notices.map((x) => x.number));
  for (const n of notices) {
    files.push({ fileName: noticeFileName(n.number, largest, n.unit), bytes: await writeDocx(noticeDocument(n, a)), label: `${n.code} ${n.unit}（${n.items.length} 项）` });
  }
  return files;
}
