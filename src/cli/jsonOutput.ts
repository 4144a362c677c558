/**
 * What `duban validate|rollup|bulletin --json` print, as zod schemas: the published contract of the JSON
 * (docs/cli-json.schema.json is generated from these; tests/cli/jsonOutput.test.ts holds real runs to them).
 * The top level is strict, so a field added to the output must be added here (and to the published schema).
 */
import { z } from "zod";

const severity = z.enum(["error", "warning", "info"]);
const ratio = z.number().nullable();

/** Fields every report shares. */
const head = {
  /** The workbook read. */
  file: z.string(),
  /** The as-of date (YYYY-MM-DD) the analysis used. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The copy written (-o), or null. */
  output: z.string().nullable(),
  /** What the copy changed, one line each (empty without -o). */
  changes: z.array(z.string()),
};

const findingJson = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  severity,
  message: z.string(),
  sheet: z.string(),
  cell: z.string(),
  taskId: z.string().nullable(),
  unit: z.string().nullable(),
  period: z.string().nullable(),
});

export const validateJson = z.strictObject({
  ...head,
  counts: z.strictObject({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  findings: z.array(findingJson),
});

/** One line of the roll-up (per unit, section or leader); further fields may come with new columns. */
const rollupLine = z.looseObject({
  dimension: z.string(),
  name: z.string(),
  assigned: z.number().int(),
  done: z.number().int(),
  onTrack: z.number().int(),
  lagging: z.number().int(),
  overdue: z.number().int(),
  notReported: z.number().int(),
  completionRatio: ratio,
  onScheduleRatio: ratio,
});

export const rollupJson = z.strictObject({
  ...head,
  lines: z.array(rollupLine),
  reporting: z.array(z.looseObject({ unit: z.string(), period: z.string(), expected: z.number().int(), submitted: z.number().int() })),
  tasks: z.array(z.looseObject({ id: z.string(), category: z.string(), reported: z.boolean(), source: z.string() })),
});

export const bulletinJson = z.strictObject({
  ...head,
  lines: z.array(z.string()),
});

/** The published JSON Schema (draft 2020-12) of the three outputs. */
export function cliJsonSchema(): object {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "duban --json outputs",
    $defs: {
      validate: z.toJSONSchema(validateJson),
      rollup: z.toJSONSchema(rollupJson),
      bulletin: z.toJSONSchema(bulletinJson),
    },
  };
}
