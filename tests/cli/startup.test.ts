/**
 * zod is loaded when the first 设置 value is checked, not with the CLI: requiring it cost every command more
 * than half its start-up. A command that checks no 设置 value never loads it; one that does still checks.
 */
import path from "node:path";
import { tempDir, writeXlsx } from "../support/files";

async function zodLoadedBy(run: (main: typeof import("../../src/cli/main").main) => Promise<number>): Promise<{ loaded: boolean; code: number }> {
  let loaded = false;
  let code = -1;
  jest.resetModules();
  jest.doMock("zod/mini", () => {
    loaded = true;
    return jest.requireActual("zod/mini");
  });
  await jest.isolateModulesAsync(async () => {
    const { main } = await import("../../src/cli/main");
    code = await run(main);
  });
  jest.dontMock("zod/mini");
  return { loaded, code };
}

const io = () => {
  const out: string[] = [];
  return { out, io: { out: (t: string) => void out.push(t), err: () => undefined, readStdin: async () => "", errIsTTY: false } };
};

const CATALOGUE = { name: "任务清单", rows: [["序号", "任务内容", "牵头单位", "完成时限"], [1, "新建城市社区食堂10处", "区民政局", "2024年12月底"]] };

test("--help and a book without 设置 values do not load zod; a 设置 value is still checked with it", async () => {
  const { dir, cleanup } = tempDir();
  try {
    const v = io();
    expect(await zodLoadedBy((main) => main(["--help"], v.io))).toEqual({ loaded: false, code: 0 });

    const plain = path.join(dir, "plain.xlsx");
    await writeXlsx(plain, [CATALOGUE]);
    const a = io();
    const run = await zodLoadedBy((main) => main(["validate", plain, "--json", "--as-of", "2024-07-10"], a.io));
    expect(run.loaded).toBe(false);
    expect(JSON.parse(a.out.join("")).findings.some((f: { code: string }) => f.code === "SETTINGS_BAD_VALUE")).toBe(false);

    const withSettings = path.join(dir, "settings.xlsx");
    await writeXlsx(withSettings, [CATALOGUE, { name: "设置", rows: [["设置项", "值"], ["年度", "二〇二四"]] }]);
    const b = io();
    const checked = await zodLoadedBy((main) => main(["validate", withSettings, "--json", "--as-of", "2024-07-10"], b.io));
    expect(checked.loaded).toBe(true);
    expect(JSON.parse(b.out.join("")).findings.map((f: { code: string }) => f.code)).toContain("SETTINGS_BAD_VALUE");
  } finally {
    cleanup();
  }
});
