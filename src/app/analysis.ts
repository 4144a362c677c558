/**
 * The sequence every analysing use case shares — read the open workbook through its port, analyse, build
 * the patch, apply it — written once for the CLI, the Excel pane and the WPS pane. A surface only gathers
 * its input, says what it keeps of the analysis, and shows the result.
 */
import { analyzeWorkbook, Analysis, AnalyzeOptions, OUTPUT_SHEETS, WorkbookData, WorkbookPatch } from "../core";
import { RunOptions, WorkbookPort } from "./ports";

/** The steps a run reports as it passes them (the CLI draws them as its progress bar). */
export type RunStep = "read" | "analyse" | "write";

export interface AnalysisRequest<R> extends AnalyzeOptions {
  /**
   * What the caller keeps of the run, taken from the analysis and the cells it was made from before the
   * patch is written: neither outlives the use case otherwise (at 10⁶ rows they are ~130 and ~300 MB).
   */
  keep: (analysis: Analysis, book: WorkbookData) => R;
  /** The caller's `keep` does not read the cells: the analysis may let the progress sheet's rows go once read (AnalyzeOptions.releaseCells). */
  releaseCells?: boolean;
  /** false: analyse only, write nothing (the CLI without -o). Default true. */
  write?: boolean;
  /** Progress and cancel for the port's long calls; `skipSheets` defaults to duban's own output sheets. */
  run?: RunOptions;
  /** Called after the cells are read, before they are analysed; it may throw (the pane's 取消). */
  afterRead?: (book: WorkbookData) => void;
  onStep?: (step: RunStep) => void;
}

export interface AnalysisOutcome<R> {
  kept: R;
  /** What the written patch changed, one line each (empty when nothing was written). */
  summary: string[];
}

/** Reads the open workbook; duban's own sheets (校验结果, 指标跟踪 …), which the analysis never reads, keep their cells unread. */
function readBook(port: WorkbookPort, run: RunOptions = {}): Promise<WorkbookData> {
  return port.read({ ...run, skipSheets: run.skipSheets ?? OUTPUT_SHEETS });
}

/**
 * What a patch is made from, taken from the analysis: called once the analysis is made, it returns what builds
 * the patch later. validate's takes only what its patch needs (deferValidationPatch), so the analysis can be let
 * go before the patch is built; one that closes over the whole analysis (`(a) => () => rollupPatch(a)`) keeps it.
 */
type PatchMaker = (a: Analysis) => () => WorkbookPatch;

/**
 * Reads, analyses and takes what is kept and what the patch is made from, in a frame of its own. A suspended
 * async function keeps what it awaited: with the read awaited in the same function as the rest, the cells
 * stayed reachable, even set to null, while the patch was built and the copy written. Here the cells and the
 * analysis end with the call (at 10⁶ rows ~130 and ~300 MB): the patch (~80 MB) is built after it.
 */
async function readAndAnalyse<R>(port: WorkbookPort, prepare: PatchMaker, request: AnalysisRequest<R>): Promise<{ make: (() => WorkbookPatch) | null; kept: R }> {
  const book = await readBook(port, request.run);
  request.onStep?.("read");
  request.afterRead?.(book);
  const analysis = analyzeWorkbook(book, { asOf: request.asOf, today: request.today, releaseCells: request.releaseCells });
  // The patch is only built when it is written: at 10⁵ rows it is ~0.1 s of work and memory.
  return { make: request.write === false ? null : prepare(analysis), kept: request.keep(analysis, book) };
}

/** Analyses and takes what is kept and written, so that neither the cells nor the analysis outlive this call. */
async function plan<R>(port: WorkbookPort, prepare: PatchMaker, request: AnalysisRequest<R>): Promise<{ patch: WorkbookPatch | null; kept: R }> {
  const { make, kept } = await readAndAnalyse(port, prepare, request);
  // Reported once the cells and the analysis are gone (but what `make` holds): a caller may collect garbage
  // here (the CLI does for large books).
  request.onStep?.("analyse");
  return { patch: make ? make() : null, kept };
}

/** Read → analyse → patch → apply, the patch made by `prepare` and what it returns. */
export async function analyseAndWrite<R>(port: WorkbookPort, prepare: PatchMaker, request: AnalysisRequest<R>): Promise<AnalysisOutcome<R>> {
  const planned = await plan(port, prepare, request);
  if (!planned.patch) return { kept: planned.kept, summary: [] };
  await port.apply(planned.patch, request.run);
  request.onStep?.("write");
  return { kept: planned.kept, summary: planned.patch.summary };
}

/** Read → analyse, nothing written: what the documents (通报, 督办单) and the per-unit forms start from. */
export async function analyseBook(port: WorkbookPort, options: AnalyzeOptions & { run?: RunOptions; afterRead?: (book: WorkbookData) => void }): Promise<{ analysis: Analysis; book: WorkbookData }> {
  const book = await readBook(port, options.run);
  options.afterRead?.(book);
  return { analysis: analyzeWorkbook(book, { asOf: options.asOf, today: options.today }), book };
}
