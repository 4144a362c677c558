/**
 * The documents drafted from the open workbook — the 通报 in the official layout (GB/T 9704), one 督办单
 * per unit, all of them in one document, and the 催办 list — returned as their document models and their
 * .docx bytes, with the names they are offered under. Nothing is written into the workbook: the CLI saves
 * the files, the pane offers them as downloads.
 */
import { ALL_NOTICES_FILE_NAME, bulletinCounts, bulletinDocument, bulletinFileName, chaseDocument, chaseList, CHASE_LIST_FILE_NAME, documentLines, noticeDocument, noticeFileName, noticesDocument, OfficialDocument, unitNotices } from "../core";
import { analyseBook, AnalysisRequest } from "./analysis";
import { DocumentWriter, WorkbookPort } from "./ports";

interface DocumentRequest<R> extends Omit<AnalysisRequest<R>, "write" | "onStep"> {
  writeDocument: DocumentWriter;
  /** The issuing office (default 督查室). */
  office?: string;
}

interface DocumentFile {
  fileName: string;
  document: OfficialDocument;
  bytes: Uint8Array;
}

async function fileOf(fileName: string, document: OfficialDocument, write: DocumentWriter): Promise<DocumentFile> {
  return { fileName, document, bytes: await write(document) };
}

/** The 通报 as a document: its file, its lines as text, and the counts it states. */
export async function draftBulletinDocument<R>(port: WorkbookPort, request: DocumentRequest<R>) {
  const { analysis, book } = await analyseBook(port, request);
  const kept = request.keep(analysis, book);
  const document = bulletinDocument(analysis, { office: request.office });
  return { kept, file: await fileOf(bulletinFileName(document.title), document, request.writeDocument), lines: documentLines(document), counts: bulletinCounts(analysis) };
}

interface NoticesRequest<R> extends DocumentRequest<R> {
  /** Days from the as-of date to the reply deadline (default 7). */
  replyDays?: number;
  /** Number of the first notice (default 1). */
  firstNumber?: number;
}

/** One 督办单 per unit with red, yellow or blue tasks, all of them in one document, and the 催办 list. */
export async function draftNotices<R>(port: WorkbookPort, request: NoticesRequest<R>) {
  const { analysis, book } = await analyseBook(port, request);
  const kept = request.keep(analysis, book);
  const options = { office: request.office, replyDays: request.replyDays, firstNumber: request.firstNumber };
  const notices = unitNotices(analysis, options);
  const chase = chaseList(analysis);
  const largest = Math.max(0, ...notices.map((x) => x.number));
  const perUnit: (DocumentFile & { notice: (typeof notices)[number] })[] = [];
  for (const notice of notices) perUnit.push({ notice, ...(await fileOf(noticeFileName(notice.number, largest, notice.unit), noticeDocument(notice, analysis, options), request.writeDocument)) });
  return {
    kept,
    notices,
    chase,
    perUnit,
    all: await fileOf(ALL_NOTICES_FILE_NAME, noticesDocument(notices, analysis, options), request.writeDocument),
    chaseFile: await fileOf(CHASE_LIST_FILE_NAME, chaseDocument(chase, analysis, options), request.writeDocument),
  };
}
