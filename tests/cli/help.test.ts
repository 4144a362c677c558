import { COMMANDS, main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";
import { HelpRequested } from "../../src/cli/args";
import { COMMAND_HELP, renderCommandHelp } from "../../src/cli/commandHelp";

function fakeIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: (t) => void err.push(t), readStdin: async () => "", errIsTTY: false };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

const NAMES = Object.keys(COMMANDS);

/** The spec a command really parses with, caught from the HelpRequested its parseArgs throws. */
async function specOf(name: string) {
  const run = await COMMANDS[name]();
  try {
    await run(["--help"], fakeIO().io);
  } catch (err) {
    if (err instanceof HelpRequested) return err.spec;
    throw err;
  }
  throw new Error(`${name} --help did not ask for help`);
}

describe("duban COMMAND --help", () => {
  it.each(NAMES)("%s --help lists every option the command accepts, in Chinese and English, and exits 0", async (name) => {
    const f = fakeIO();
    expect(await main([name, "--help"], f.io)).toBe(0);
    expect(f.err()).toBe("");
    const spec = await specOf(name);
    const { undocumented, stale } = renderCommandHelp(name, spec);
    expect(undocumented).toEqual([]);
    expect(stale).toEqual([]);
    for (const option of Object.keys(spec)) expect(f.out()).toContain(`--${option}`);
    expect(f.out()).toContain("用法 Usage:");
    expect(f.out()).toContain(COMMAND_HELP[name].zh);
    expect(f.out()).not.toContain("（无说明）");
  });

  it("-h works too, and --help after -- is an argument, not a request for help", async () => {
    const f = fakeIO();
    expect(await main(["rollup", "-h"], f.io)).toBe(0);
    expect(f.out()).toContain("--as-of");
    const g = fakeIO();
    expect(await main(["parse", "target", "--json", "--year", "2024", "--", "--help"], g.io)).toBe(0);
    expect(JSON.parse(g.out())).toHaveProperty("targets");
  });

  it("every command of the general help has its own help, and the general help names the per-command help", async () => {
    const f = fakeIO();
    await main(["--help"], f.io);
    expect(f.out()).toContain("--help");
    for (const name of NAMES) expect(f.out()).toContain(`duban ${name}`);
    for (const text of ["template [BOOK.xlsx]", "--year", "merge A.xlsx B.xlsx … -o OUT.xlsx [--json]", "demo [--out"]) expect(f.out()).toContain(text);
  });
});

describe("argument errors", () => {
  it("an unknown option is a Chinese CLI_BAD_ARGS message pointing at the command's help, exit 2", async () => {
    const f = fakeIO();
    expect(await main(["validate", "--bogus", "x.xlsx"], f.io)).toBe(2);
    expect(f.err()).toMatch(/^参数有误：未知选项 --bogus。 \(CLI_BAD_ARGS\)\n运行 duban validate --help 查看用法。/);
    expect(f.out()).toBe("");
  });

  it("a missing value and a value given to a switch are told apart", async () => {
    const f = fakeIO();
    expect(await main(["validate", "book.xlsx", "-o"], f.io)).toBe(2);
    expect(f.err()).toContain("选项 --output 缺少取值");
    const g = fakeIO();
    expect(await main(["validate", "book.xlsx", "--json=yes"], g.io)).toBe(2);
    expect(g.err()).toContain("选项 --json 不带取值");
  });
});
