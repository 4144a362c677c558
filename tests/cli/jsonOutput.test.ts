/**
 * The `--json` outputs against their published schema (src/cli/jsonOutput.ts → docs/cli-json.schema.json):
 * real runs of every command that prints JSON parse, and the published file is current.
 */
import * as fs from "fs";
import path from "node:path";
import type { ZodType } from "zod";
import { bulletinJson, cliJsonSchema, importJson, judgeJson, mergeJson, noticesJson, parseProgressJson, parseTargetJson, rollupJson, validateJson } from "../../src/cli/jsonOutput";
import { runCli, tempDir } from "../support/files";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = path.join(ROOT, "seeds/sample-yicheng.xlsx");

test.each([
  ["validate", validateJson],
  ["rollup", rollupJson],
  ["bulletin", bulletinJson],
] as const)("duban %s --json matches its schema", async (command, schema) => {
  const r = await runCli([command, SAMPLE, "--json", "--as-of", "2024-06-30"]);
  expect(r.code === 0 || r.code === 1).toBe(true);
  const parsed = schema.safeParse(JSON.parse(r.out));
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
});

/** Every JSON line of a run, held to the schema. */
function expectLines(out: string, schema: ZodType): void {
  const lines = out.trim().split("\n");
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    const parsed = schema.safeParse(JSON.parse(line));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  }
}

describe("the other commands' --json", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  test("notices", async () => {
    const r = await runCli(["notices", SAMPLE, "-o", path.join(dir, "notices"), "--json", "--as-of", "2024-06-30"]);
    expect(r.code).toBe(0);
    expectLines(r.out, noticesJson);
    expect(JSON.parse(r.out).notices.length).toBeGreaterThan(0);
  });

  test("merge (the same book twice: every row a resubmission)", async () => {
    const copy = path.join(dir, "again.xlsx");
    fs.copyFileSync(SAMPLE, copy);
    const r = await runCli(["merge", SAMPLE, copy, "-o", path.join(dir, "merged.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    expectLines(r.out, mergeJson);
    expect(JSON.parse(r.out).conflicts.length).toBeGreaterThan(0);
  });

  test("import", async () => {
    const seed = fs.readdirSync(path.join(ROOT, "seeds")).find((f) => f.startsWith("004_"))!;
    const r = await runCli(["import", path.join(ROOT, "seeds", seed), "--json"]);
    expect(r.code).toBe(0);
    const parsed = importJson.safeParse(JSON.parse(r.out));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  test("parse target, parse progress and judge, one line per text", async () => {
    const targets = ["地区生产总值增长6%左右", "单位GDP能耗下降2.5%，春节前完成", "新增规上工业企业25家以上，力争30家"].join("\n");
    expectLines((await runCli(["parse", "target", "--year", "2024", "--json"], targets)).out, parseTargetJson);
    const progress = ["1-5月单位GDP能耗同比下降1.2%", "完成投资12.88亿元（52.99%）", "预计全年实际使用外资5000万美元"].join("\n");
    expectLines((await runCli(["parse", "progress", "--json"], progress)).out, parseProgressJson);
    const pairs = ["全年新增规上工业企业25家以上\t新增规上工业企业7家", "单位GDP能耗下降2.5%\t", "建立工作机制\t已建立"].join("\n");
    expectLines((await runCli(["judge", "--as-of", "2024-06-30", "--json"], pairs)).out, judgeJson);
  });
});

test("the schema rejects what the output never holds (a field too many, a bad severity)", () => {
  const ok = { file: "a.xlsx", asOf: "2024-06-30", output: null, changes: [], counts: { error: 0, warning: 0, info: 1 }, findings: [] };
  expect(validateJson.safeParse(ok).success).toBe(true);
  expect(validateJson.safeParse({ ...ok, extra: 1 }).success).toBe(false);
  const finding = { code: "ROW_EMPTY_STATUS", severity: "notice", message: "", sheet: "进展填报", cell: "E2", taskId: null, unit: null, period: null };
  expect(validateJson.safeParse({ ...ok, findings: [finding] }).success).toBe(false);
});

test("docs/cli-json.schema.json is the schema generated from src/cli/jsonOutput.ts", () => {
  const published = JSON.parse(fs.readFileSync(path.join(ROOT, "docs/cli-json.schema.json"), "utf8"));
  expect(published).toEqual(JSON.parse(JSON.stringify(cliJsonSchema())));
});
