import path from "node:path";
import { mergeReturned } from "../../app/merge";
import { readWorkbookFile } from "../../hosts/xlsx/readWorkbook";
import { parseArgs } from "../args";
import { CliIO, EXIT_OK } from "../io";
import { today } from "./common";
import { DubanError } from "../../core";

/**
 * The names the report and the 来源 column show: the file name, with as many parent folders as it takes to
 * tell apart files of the same name (区发改局/填报表.xlsx, 区财政局/填报表.xlsx).
 */
export function displayNames(files: string[]): string[] {
  const full = files.map((f) => path.resolve(f));
  const parts = full.map((f) => f.split(path.sep).filter(Boolean));
  const names = parts.map((p) => p[p.length - 1]);
  const clash = (i: number) => names.some((n, j) => n === names[i] && full[j] !== full[i]);
  for (let depth = 2; depth <= Math.max(...parts.map((p) => p.length)); depth++) {
    const deepen = names.map((_, i) => clash(i));
    if (!deepen.some(Boolean)) break;
    parts.forEach((p, i) => {
      if (deepen[i]) names[i] = p.slice(-depth).join("/");
    });
  }
  // The same file given twice keeps its name: the later mentions are numbered.
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n}（第 ${k} 次）`;
  });
}

/** duban merge A.xlsx B.xlsx … -o OUT.xlsx */
export async function runMerge(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs(args, { output: { type: "string", short: "o" }, json: { type: "boolean" } });
  const out = values.output as string | undefined;
  if (!out) throw new DubanError("CLI_BAD_ARGS", { kind: "no-output", command: "merge" });
  if (!positionals.length) throw new DubanError("CLI_BAD_ARGS", { kind: "no-books" });
  const names = displayNames(positionals);
  const { createNewXlsxFilePort } = await import("../../hosts/xlsx/newFilePort");
  const target = createNewXlsxFilePort(out, positionals);
  // A file that cannot be read is listed as skipped; the others are merged.
  const sources = positionals.map((file, i) => ({ name: names[i], read: () => readWorkbookFile(file) }));
  // MERGE_NOTHING_READ (no input could be merged) leaves as it is: the catalogue gives its English.
  const result = await mergeReturned(target, sources, { today: today(), skipUnreadable: true });
  if (values.json) {
    const { rowsIn, rowsOut, conflicts, catalogueNotes, skipped, extraColumns, notes } = result;
    io.out(JSON.stringify({ output: out, rowsIn, rowsOut, conflicts, catalogueNotes, skipped, extraColumns, notes }) + "\n");
  } else {
    io.out(`已合并 ${positionals.length - result.skipped.length} 个工作簿到 ${out}：\n${result.patch.summary.map((s) => `  - ${s}\n`).join("")}`);
  }
  return EXIT_OK;
}
