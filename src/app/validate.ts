/** 校验: the findings, written as the 校验结果 sheet and the status columns beside the progress rows. */
import { deferValidationPatch } from "../core";
import { analyseAndWrite, AnalysisOutcome, AnalysisRequest } from "./analysis";
import { WorkbookPort } from "./ports";

export function validate<R>(port: WorkbookPort, request: AnalysisRequest<R>): Promise<AnalysisOutcome<R>> {
  return analyseAndWrite(port, deferValidationPatch, request);
}
