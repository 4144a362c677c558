import { CliIO, EXIT_OK } from "../io";
import { runAnalysisCommand } from "./analyze";
import { documentArgs, writeFileAtomically } from "./documents";
import { today } from "./common";
import { createXlsxFilePort, refuseInputAsOutput } from "../../hosts/xlsx/xlsxPort";
import { draftBulletinDocument } from "../../app/documents";
import { parseArgs } from "../args";
import { DubanError } from "../../core";

const BULLETIN_OPTIONS = { output: { type: "string", short: "o" }, "as-of": { type: "string" }, office: { type: "string" }, json: { type: "boolean" } } as const;

/**
 * `duban bulletin BOOK [-o OUT]`: with OUT.docx the bulletin in the official document layout (GB/T 9704),
 * otherwise the text, and with OUT.xlsx a copy of the book with the 通报 sheet.
 */
export async function runBulletin(args: string[], io: CliIO): Promise<number> {
  // One help for both outputs: --office is listed too, though only the .docx takes it.
  if (args.includes("--help") || args.includes("-h")) parseArgs(args, BULLETIN_OPTIONS);
  const output = outputOf(args);
  if (!output || !/\.docx$/i.test(output)) {
    if (args.some((a) => a === "--office" || a.startsWith("--office="))) throw new DubanError("CLI_BAD_ARGS", { kind: "office-needs-docx" });
    return runAnalysisCommand("bulletin", args, io);
  }
  const opts = documentArgs(args);
  refuseInputAsOutput([opts.input], output);
  const { writeDocx } = await import("../../hosts/docx/writeDocx");
  const port = await createXlsxFilePort(opts.input, null);
  const { kept: asOf, file, lines, counts } = await draftBulletinDocument(port, { today: today(), asOf: opts.asOf, office: opts.office, writeDocument: writeDocx, keep: (a) => a.settings.asOf });
  writeFileAtomically(output, file.bytes);
  if (opts.json) io.out(JSON.stringify({ file: opts.input, asOf, output, counts, lines }) + "\n");
  else io.out(`${lines.join("\n")}\n已写入 ${output}（通报，A4 公文格式）\n`);
  return EXIT_OK;
}

function outputOf(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-o" || a === "--output") return args[i + 1];
    if (a.startsWith("--output=")) return a.slice("--output=".length);
    if (a.startsWith("-o") && a.length > 2) return a.slice(2);
  }
  return undefined;
}
