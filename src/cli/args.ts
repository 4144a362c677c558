import { parseArgs as nodeParseArgs } from "node:util";
import { UserError } from "./errors";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** Thrown by parseArgs when `--help` or `-h` is among a command's arguments: main prints that command's help. */
export class HelpRequested extends Error {
  constructor(readonly spec: OptionSpec) {
    super("help requested");
  }
}

/** node's parse errors name the option in English; the user reads Chinese first. */
function chineseReason(err: Error & { code?: string }): string {
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(err.message)?.[1];
  switch (err.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `未知选项 ${option ?? ""}`.trim();
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take an argument/.test(err.message) ? `选项 ${option ?? ""} 不带取值` : `选项 ${option ?? ""} 缺少取值`;
    default:
      return "无法识别的参数";
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
    throw new UserError("CLI_BAD_ARGS", `参数有误：${chineseReason(err as Error)}。`, `bad arguments: ${(err as Error).message}`);
  }
}
