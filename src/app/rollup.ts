/** 汇总: 汇总 with its chart, 报送情况, 任务状态 and 指标跟踪 — the same sheets from the CLI and both panes. */
import { rollupPatch } from "../core";
import { analyseAndWrite, AnalysisOutcome, AnalysisRequest } from "./analysis";
import { WorkbookPort } from "./ports";

export function rollUp<R>(port: WorkbookPort, request: AnalysisRequest<R>): Promise<AnalysisOutcome<R>> {
  return analyseAndWrite(port, (a) => () => rollupPatch(a), request);
}
