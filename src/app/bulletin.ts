/** 通报: the draft as the 通报 sheet, as text, and as the official document (GB/T 9704) with its .docx bytes. */
import { bulletinPatch } from "../core";
import { analyseAndWrite, AnalysisOutcome, AnalysisRequest } from "./analysis";
import { WorkbookPort } from "./ports";

/** The 通报 sheet written into the workbook. */
export function writeBulletinSheet<R>(port: WorkbookPort, request: AnalysisRequest<R>): Promise<AnalysisOutcome<R>> {
  return analyseAndWrite(port, (a) => () => bulletinPatch(a), request);
}
