/**
 * The `--json` outputs against their published schema (src/cli/jsonOutput.ts → docs/cli-json.schema.json):
 * real runs of validate, rollup and bulletin on a sample workbook parse, and the published file is current.
 */
import * as fs from "fs";
import path from "node:path";
import { bulletinJson, cliJsonSchema, rollupJson, validateJson } from "../../src/cli/jsonOutput";
import { runCli } from "../support/files";

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
