import { CliIO, EXIT_INTERNAL, EXIT_USAGE, processIO } from "./io";
import { HelpRequested } from "./args";
import { renderCommandHelp } from "./commandHelp";
import { HELP } from "./help";
import { DubanError } from "../core";

type Command = (args: string[], io: CliIO) => Promise<number>;

/** Commands load lazily so `duban parse` does not pay for exceljs. */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./commands/validate")).runValidate,
  rollup: async () => (await import("./commands/rollup")).runRollup,
  bulletin: async () => (await import("./commands/bulletin")).runBulletin,
  notices: async () => (await import("./commands/notices")).runNotices,
  template: async () => (await import("./commands/template")).runTemplate,
  merge: async () => (await import("./commands/merge")).runMerge,
  demo: async () => (await import("./commands/demo")).runDemo,
  import: async () => (await import("./commands/import")).runImport,
  parse: async () => (await import("./commands/parse")).runParse,
  judge: async () => (await import("./commands/parse")).runJudge,
};

/** How the CLI shows a failure: "中文 (CODE)", a hint line when there is one, the English. */
function renderFailure(err: DubanError, hint = ""): string {
  return `${err.message} (${err.code})\n${hint ? hint + "\n" : ""}${err.english ? err.english + "\n" : ""}`;
}

/** The only place that turns failures into exit codes. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(HELP);
    return name ? 0 : EXIT_USAGE;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(renderFailure(new DubanError("CLI_UNKNOWN_COMMAND", { command: name })));
    return EXIT_USAGE;
  }
  try {
    return await (await load())(rest, io);
  } catch (err) {
    if (err instanceof HelpRequested) {
      io.out(renderCommandHelp(name, err.spec).text);
      return 0;
    }
    // Every failure duban foresees is a DubanError (src/core/issues): 中文 (CODE), a usage hint, the English.
    if (err instanceof DubanError) {
      io.err(renderFailure(err, err.code === "CLI_BAD_ARGS" ? `运行 duban ${name} --help 查看用法。` : ""));
      return EXIT_USAGE;
    }
    // Anything else is a programming error: its stack, for the developers, and exit 3.
    const detail = err instanceof Error ? err.stack ?? err.message : String(err);
    io.err(renderFailure(new DubanError("INTERNAL_ERROR", { detail })));
    return EXIT_INTERNAL;
  }
}
