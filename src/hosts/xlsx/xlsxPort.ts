import path from "node:path";
import { PortCapabilities, RunOptions, WorkbookPort } from "../../app/ports";
import { WorkbookPatch } from "../../core";
import { WorkbookData } from "../../core";
import { OutputKind, packageFacts, writePatchedCopyFast } from "./copyWorkbook";
import { readWorkbookFile } from "./readWorkbook";
import { checkFileHead } from "./streamWorkbook";
import { RowIndex } from "./rowIndex";
import { DubanError } from "../../core";

/**
 * The .xlsx file as a WorkbookPort, the one the CLI and the port contract use: reading streams the cells;
 * applying writes the output file as a copy of the input plus the patch — at the zip level, every part
 * not ours copied byte for byte — and falls back to the exceljs copy only where the zip-level copy cannot
 * work and exceljs would lose nothing; otherwise it refuses with a code. The input file is never written:
 * the output must be another file (checked here, once). After the first apply the port reads and patches
 * its output, so a second patch builds on the first.
 */
export interface XlsxFilePort extends WorkbookPort {
  /** Where the output is written: the requested path, or the same name with the extension its content needs (.xlsm). */
  readonly outputPath: string;
  /** Lines for the user about what the file port decided beyond the patch (extension, content type). */
  readonly notes: string[];
}

interface XlsxFilePortOptions {
  /** Sheets whose cells are not read (duban's own output sheets, which the analysis never reads). */
  skipCells?: readonly string[];
  /** Forces the exceljs copy (for the contract suite, which runs both paths). */
  fallbackOnly?: boolean;
}

const EXTENSIONS: Record<OutputKind, string> = { workbook: ".xlsx", macroWorkbook: ".xlsm", template: ".xltx", macroTemplate: ".xltm" };

/** The kind an output name asks for. */
function kindOfName(file: string): OutputKind {
  switch (path.extname(file).toLowerCase()) {
    case ".xlsm":
      return "macroWorkbook";
    case ".xltx":
      return "template";
    case ".xltm":
      return "macroTemplate";
    default:
      return "workbook";
  }
}

function sameFile(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

function sameAsInputError(output: string): DubanError {
  return new DubanError("FILE_SAME_AS_INPUT", { file: output });
}

/** The one same-as-input check of the file ports: FILE_SAME_AS_INPUT when `output` is one of `inputs`. */
export function refuseInputAsOutput(inputs: readonly string[], output: string): void {
  if (inputs.some((input) => sameFile(input, output))) throw sameAsInputError(output);
}

export async function createXlsxFilePort(input: string, output: string | null, options: XlsxFilePortOptions = {}): Promise<XlsxFilePort> {
  const notes: string[] = [];
  let outputPath = output ?? "";
  let kind: OutputKind = "workbook";
  if (output !== null) {
    refuseInputAsOutput([input], output);
    // Not a zip (CSV, .xls, encrypted): the reader's own clear message, before the package is opened.
    await checkFileHead(input);
    const facts = await packageFacts(input);
    kind = kindOfName(output);
    if (facts.macros && kind !== "macroWorkbook" && kind !== "macroTemplate") {
      // An .xlsx cannot hold macros; dropping them would lose a part. The output keeps them as .xlsm.
      outputPath = output.slice(0, output.length - path.extname(output).length) + ".xlsm";
      kind = "macroWorkbook";
      notes.push(`输入工作簿含宏（vbaProject.bin），.xlsx 不能含宏：输出改写为「${outputPath}」，宏原样保留`);
      refuseInputAsOutput([input], outputPath);
    } else if (facts.kind !== kind) {
      notes.push(`输入是${KIND_LABEL[facts.kind]}，输出按文件名「${path.basename(output)}」存为${KIND_LABEL[kind]}（内容类型已相应转换）`);
    }
  }
  let source = input;
  // Where the rows of the file last read are, for the copy written from it (only when there is an output).
  let indexed: { source: string; rows: Map<string, RowIndex> } | null = null;
  const capabilities: PortCapabilities = { charts: true, richTextRuns: true, conditionalFormats: true };
  return {
    capabilities,
    outputPath,
    notes,
    read: (runOptions?: RunOptions): Promise<WorkbookData> => {
      indexed = output !== null && !options.fallbackOnly ? { source, rows: new Map() } : null;
      return readWorkbookFile(source, { skipCells: runOptions?.skipSheets ?? options.skipCells ?? [], rowIndex: indexed?.rows });
    },
    async apply(patch: WorkbookPatch, runOptions?: RunOptions): Promise<void> {
      if (output === null) throw new DubanError("FILE_NO_OUTPUT");
      if (runOptions?.signal?.aborted) throw new DubanError("HOST_CANCELLED", { kept: "nothing" });
      const rows = indexed?.source === source ? indexed.rows : undefined;
      indexed = null;
      const written = !options.fallbackOnly && (await writePatchedCopyFast(source, [patch], outputPath, kind, rows));
      if (!written) {
        // The exceljs copy, loaded only here: requiring exceljs alone costs ~0.4 s.
        const { writeWithExceljs } = await import("./writeWorkbook");
        await writeWithExceljs(source, [patch], outputPath);
      }
      source = outputPath;
    },
  };
}

const KIND_LABEL: Record<OutputKind, string> = { workbook: "普通工作簿（.xlsx）", macroWorkbook: "启用宏的工作簿（.xlsm）", template: "模板（.xltx）", macroTemplate: "启用宏的模板（.xltm）" };

export { EXTENSIONS as OUTPUT_EXTENSIONS };
