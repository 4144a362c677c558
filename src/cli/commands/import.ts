import { promises as fs } from "node:fs";
import { ImportKind, ImportResult, kindName, renderPreview, withoutPastYearProgress } from "../../core";
import { writeCatalogueBook } from "../../app/importCatalogue";
import { documentYear, importDocument } from "../../app/importDocument";
import type { ImportSource } from "../../app/ports";
import { readImportSource } from "../../hosts/importFile";
import { parseArgs } from "../args";
import { CliIO, EXIT_OK } from "../io";
import { DubanError } from "../../core";

const KINDS: Record<string, ImportKind | "auto"> = {
  auto: "auto",
  notice: "notice",
  table: "table",
  "pdf-table": "pdf-table",
  pdf: "pdf-table",
  report: "report",
};

/** `duban import FILE [--kind …] [-o catalogue.xlsx] [--json] [--force]` */
export async function runImport(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs(args, {
    kind: { type: "string" },
    output: { type: "string", short: "o" },
    json: { type: "boolean" },
    force: { type: "boolean" },
    year: { type: "string" },
  });
  if (positionals.length !== 1) {
    throw new DubanError("IMPORT_BAD_ARGS", { problem: "no-input" });
  }
  const yearArg = values.year as string | undefined;
  if (yearArg !== undefined && !/^(19|20)\d{2}$/.test(yearArg)) {
    throw new DubanError("IMPORT_BAD_YEAR", { value: String(yearArg) });
  }
  const kindArg = String(values.kind ?? "auto");
  const kind = KINDS[kindArg];
  if (!kind) {
    throw new DubanError("IMPORT_BAD_KIND", { value: String(kindArg) });
  }
  const file = positionals[0];
  const imported = await importFile(file, kind, io);
  const year = yearArg ? Number(yearArg) : documentYear(imported);
  // A table whose title names only a past year: its results are set aside, not written as this year's progress.
  const result = withoutPastYearProgress(imported, year);
  io.err(`${kind === "auto" ? "识别为" : "导入类型"}「${kindName(result.kind)}」（${result.kind}）：${result.kindReason}\n`);

  if (values.json) io.out(JSON.stringify(result, null, 2) + "\n");
  else io.out(renderPreview(result, undefined, year));

  const out = values.output as string | undefined;
  if (out) {
    if (!values.force && (await exists(out))) {
      throw new DubanError("IMPORT_OUTPUT_EXISTS", { file: out });
    }
    await writeCatalogue(result, out, file, year);
    io.err(`已写入任务清单「${out}」：${result.tasks.length} 项任务，${result.tasks.filter((t) => t.progress).length} 条进展。\n`);
  } else if (!values.json) {
    io.err("以上为预览，尚未写入任何文件；核对无误后加 -o 清单.xlsx 写入。\n");
  }
  return EXIT_OK;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** The file read by the host layer (stdin for "-"), imported by the use case. */
async function importFile(file: string, kind: ImportKind | "auto", io: CliIO): Promise<ImportResult> {
  const source: ImportSource = file === "-" ? { text: await io.readStdin() } : await readImportSource(file);
  return importDocument(source, kind);
}

/** Writes the catalogue workbook (任务清单, 进展填报, 单位, 设置) of an import as a new file, never over the file imported (FILE_SAME_AS_INPUT). */
async function writeCatalogue(result: ImportResult, out: string, input: string, year: number | undefined): Promise<void> {
  const { createNewXlsxFilePort } = await import("../../hosts/xlsx/newFilePort");
  await writeCatalogueBook(createNewXlsxFilePort(out, input === "-" ? [] : [input]), result, { year });
}
