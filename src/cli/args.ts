import { parseArgs as nodeParseArgs } from "node:util";
import { DubanError } from "../core";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** Thrown by parseArgs when `--help` or `-h` is among a command's arguments: main prints that command's help. */
export class HelpRequested extends Error {
  constructor(readonly spec: OptionSpec) {
    super("help requested");
  }
}

/** What node's parse error says, as the catalogue's CLI_BAD_ARGS names it (node writes English). */
function parseProblem(err: Error & { code?: string }): { problem: "unknown-option" | "takes-no-value" | "needs-value" | "other"; option: string } {
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(err.message)?.[1] ?? "";
  switch (err.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return { problem: "unknown-option", option };
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return { problem: /does not take an argument/.test(err.message) ? "takes-no-value" : "needs-value", option };
    default:
      return { problem: "other", option };
  }
}

/** Parses a command's arguments; an unknown option or a missing value is a usage error (exit 2). */
export function parseArgs(args: string[], options: OptionSpec): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  const end = args.indexOf("--");
  if ((end < 0 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h")) throw new HelpRequested(options);
  try {
    const parsed = nodeParseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | string[] | undefined>, positionals: parsed.positionals };
  } catch (err) {
    throw new DubanError("CLI_BAD_ARGS", { kind: "parse", ...parseProblem(err as Error), detail: (err as Error).message });
  }
}
