import { parseArgs as nodeParseArgs } from "node:util";
import { UserError } from "./errors";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** Parses a command's arguments; an unknown option or a missing value is a usage error (exit 2). */
export function parseArgs(args: string[], options: OptionSpec): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const parsed = nodeParseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | string[] | undefined>, positionals: parsed.positionals };
  } catch (err) {
    throw new UserError("CLI_BAD_ARGS", `参数有误：${(err as Error).message}`, "bad arguments");
  }
}
