/**
 * What bulletin -o X.docx and notices share: the arguments, and files written whole to a temporary name
 * and renamed into place (an existing file is never half-written).
 */
import { mkdirSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs, OptionSpec } from "../args";
import { parseAsOf, requireOne } from "./common";
import { DubanError } from "../../core";

const DOCUMENT_OPTIONS: OptionSpec = {
  output: { type: "string", short: "o" },
  "as-of": { type: "string" },
  json: { type: "boolean" },
  office: { type: "string" },
  "reply-days": { type: "string" },
  "first-number": { type: "string" },
};

interface DocumentArgs {
  input: string;
  output: string | undefined;
  asOf: string | undefined;
  json: boolean;
  office: string | undefined;
  replyDays: number | undefined;
  firstNumber: number | undefined;
}

function wholeNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new DubanError("CLI_BAD_ARGS", { kind: "not-a-count", option: name, value: String(value) });
  return n;
}

export function documentArgs(args: string[]): DocumentArgs {
  const { values, positionals } = parseArgs(args, DOCUMENT_OPTIONS);
  return {
    input: requireOne(positionals, "工作簿 BOOK.xlsx"),
    output: values.output as string | undefined,
    asOf: parseAsOf(values["as-of"] as string | undefined),
    json: Boolean(values.json),
    office: values.office as string | undefined,
    replyDays: wholeNumber(values["reply-days"] as string | undefined, "reply-days"),
    firstNumber: wholeNumber(values["first-number"] as string | undefined, "first-number"),
  };
}

/** Writes bytes to a temporary file beside the target, then renames it into place. */
export function writeFileAtomically(file: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was left behind
    }
    throw new DubanError("FILE_WRITE_FAILED", { file, reason: (err as Error).message });
  }
}
