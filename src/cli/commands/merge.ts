import path from "node:path";
import { mergeBooks } from "../../core/merge/mergeBooks";
import { readWorkbookFile } from "../../hosts/xlsx/readWorkbook";
import { writePatchToNewFile } from "../../hosts/xlsx/writeWorkbook";
import { parseArgs } from "../args";
import { UserError } from "../errors";
import { CliIO, EXIT_OK } from "../io";
import { today } from "./common";

/** duban merge A.xlsx B.xlsx … -o OUT.xlsx */
export async function runMerge(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs(args, { output: { type: "string", short: "o" }, json: { type: "boolean" } });
  const out = values.output as string | undefined;
  if (!out) throw new UserError("CLI_BAD_ARGS", "请用 -o 指定合并后的输出文件。", "missing -o");
  if (!positionals.length) throw new UserError("CLI_BAD_ARGS", "请指定要合并的工作簿。", "no workbooks given");
  if (positionals.some((p) => path.resolve(p) === path.resolve(out))) throw new UserError("FILE_SAME_AS_INPUT", "输出文件不能是输入文件之一。", "output is one of the inputs");
  const inputs = [];
  for (const file of positionals) inputs.push({ name: path.basename(file), data: await readWorkbookFile(file) });
  const result = mergeBooks(inputs, today());
  await writePatchToNewFile(result.patch, out);
  if (values.json) {
    io.out(JSON.stringify({ output: out, rowsIn: result.rowsIn, rowsOut: result.rowsOut, conflicts: result.conflicts, catalogueNotes: result.catalogueNotes }) + "\n");
  } else {
    io.out(`已合并 ${inputs.length} 个工作簿到 ${out}：\n${result.patch.summary.map((s) => `  - ${s}\n`).join("")}`);
  }
  return EXIT_OK;
}
