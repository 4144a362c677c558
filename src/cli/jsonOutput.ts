/**
 * What every `duban … --json` prints (validate, rollup, bulletin, notices, merge, import, parse, judge), as zod schemas: the published contract of the JSON
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

const colour = z.enum(["red", "yellow", "blue"]);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** `duban notices BOOK -o DIR --json`: the 督办单 and the 催办 list drafted, and the files written. */
export const noticesJson = z.strictObject({
  file: z.string(),
  asOf: date,
  output: z.string(),
  notices: z.array(z.strictObject({
    code: z.string(), unit: z.string(), colour, replyBy: date,
    items: z.array(z.strictObject({ taskId: z.string(), colour, finding: z.string() })),
  })),
  chase: z.array(z.strictObject({ unit: z.string(), taskId: z.string(), period: z.string(), due: date, daysLate: z.number().int() })),
  files: z.array(z.string()),
});

/** `duban merge A.xlsx B.xlsx … -o merged.xlsx --json`. */
export const mergeJson = z.strictObject({
  output: z.string(),
  rowsIn: z.number().int(),
  rowsOut: z.number().int(),
  conflicts: z.array(z.strictObject({ taskId: z.string(), unit: z.string(), period: z.string(), kind: z.enum(["重复", "冲突"]), sources: z.array(z.string()), kept: z.array(z.string()), detail: z.string() })),
  catalogueNotes: z.array(z.string()),
  skipped: z.array(z.strictObject({ name: z.string(), code: z.string(), reason: z.string() })),
  extraColumns: z.array(z.strictObject({ header: z.string(), sources: z.array(z.string()) })),
  notes: z.array(z.string()),
});

/** `duban import FILE --json`: the import as read (tasks carry further optional fields as the importers find them). */
export const importJson = z.strictObject({
  kind: z.enum(["notice", "table", "pdf-table", "report"]),
  kindReason: z.string(),
  tasks: z.array(z.looseObject({ id: z.string(), text: z.string(), leadUnits: z.array(z.string()), coUnits: z.array(z.string()) })),
  sections: z.array(z.looseObject({ name: z.string() })),
  units: z.array(z.looseObject({ name: z.string() })),
  unitAliases: z.record(z.string(), z.array(z.string())).optional(),
  unrecognized: z.array(z.strictObject({ line: z.number().int(), text: z.string() })),
  skipped: z.array(z.strictObject({ line: z.number().int(), text: z.string(), reason: z.string() })),
  notes: z.array(z.strictObject({ code: z.string(), message: z.string() })),
});

const quantity = z.strictObject({ value: z.number(), unit: z.string() });
const targetKind = z.enum(["growth", "level", "count", "pp"]);
const targetFigure = z.strictObject({
  metric: z.string(), kind: targetKind, cmp: z.enum([">=", ">", "<=", "<", "~", "="]), value: z.number(), unit: z.string(), base: quantity,
  cumulative: z.boolean(), phrase: z.string(), deadline: date.optional(),
});
const actualFigure = z.strictObject({
  metric: z.string(), kind: targetKind, value: z.number(), unit: z.string(), period: z.string().nullable(), base: quantity, phrase: z.string(),
  explicitRatio: z.number().optional(),
});

/** `duban parse target --json`: one line per text. */
export const parseTargetJson = z.strictObject({ targets: z.array(targetFigure), deadline: date.nullable(), deadlineNote: z.string().optional(), reason: z.string().optional() });

/** `duban parse progress --json`: one line per text. */
export const parseProgressJson = z.strictObject({ actuals: z.array(actualFigure), reason: z.string().optional() });

const status = z.enum(["done", "on-track", "behind", "overdue", "no-data", "not-mentioned", "unknown"]);
const rag = z.enum(["red", "yellow", "green", "blue"]);

/** `duban judge --json`: one line per pair; the task's verdict with each target's judgement. */
export const judgeJson = z.strictObject({
  status: status.nullable(), label: z.string().nullable(), rag: rag.nullable(), ragLabel: z.string().nullable(),
  ratio: z.number().nullable(), expected: z.number().nullable(), dueSoon: z.boolean(), deadline: date.nullable(), deadlineNote: z.string().optional(),
  judgements: z.array(z.strictObject({
    metric: z.string(), status, label: z.string(), rag, ragLabel: z.string(), ratio: z.number().nullable(), expected: z.number().nullable(),
    dueSoon: z.boolean(), met: z.boolean().nullable(), target: targetFigure, actual: actualFigure.nullable(), reason: z.string(),
    gap: z.number().nullable(), gapUnit: z.string(), binding: z.boolean(),
  })),
  verdict: z.strictObject({ source: z.string(), reason: z.string() }).optional(),
  reason: z.string().optional(),
});

/** The published JSON Schema (draft 2020-12) of every --json output. */
export function cliJsonSchema(): object {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "duban --json outputs",
    $defs: {
      validate: z.toJSONSchema(validateJson),
      rollup: z.toJSONSchema(rollupJson),
      bulletin: z.toJSONSchema(bulletinJson),
      notices: z.toJSONSchema(noticesJson),
      merge: z.toJSONSchema(mergeJson),
      import: z.toJSONSchema(importJson),
      parseTarget: z.toJSONSchema(parseTargetJson),
      parseProgress: z.toJSONSchema(parseProgressJson),
      judge: z.toJSONSchema(judgeJson),
    },
  };
}
