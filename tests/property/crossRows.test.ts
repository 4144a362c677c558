import fc from "fast-check";
import { ProgressRow } from "../../src/core/model";
import { MESSAGES } from "../../src/core/validate/messages";
import { foldText } from "../../src/core/text/normalize";
import { analyze, book, catalogueSheet, progressSheet, RowSpec } from "../support/books";

/**
 * ROW_DUPLICATE and ROW_COPIED_PREVIOUS against their definitions, written here the plain way. The engine
 * scans one unit's rows of a task when there are a few and indexes them when there are many (over 32);
 * half the random sheets put up to 90 rows under one task, most of them from one unit, so both ways are
 * held to the same answers.
 */
const periodKey = (r: ProgressRow) => (r.reportPeriod ? r.reportPeriod.name : foldText(r.period));

const FIELDS: ["text" | "status" | "value" | "problems" | "nextSteps" | "dateText", string][] = [
  ["text", "进展情况"],
  ["status", "完成状态"],
  ["value", "完成值"],
  ["problems", "存在问题"],
  ["nextSteps", "下步打算"],
  ["dateText", "填报日期"],
];
const clip = (t: string) => (t.length > 20 ? `${t.slice(0, 20)}…` : t || "（空）");

function expected(rows: ProgressRow[]): string[] {
  const out: string[] = [];
  rows.forEach((row, i) => {
    if (!row.taskId || !row.unit) return;
    const first = rows.slice(0, i).find((e) => e.taskId === row.taskId && e.unit === row.unit && periodKey(e) === periodKey(row));
    if (first) {
      // 相同 only when nothing differs; a date alone: sent again; else every differing field named.
      const differ = FIELDS.filter(([f]) => foldText(row[f]) !== foldText(first[f])).map(
        ([f, label]) => `${label}「${clip(row[f])}」（第 ${first.sheetRow + 1} 行为「${clip(first[f])}」）`,
      );
      const p = { id: row.taskId, unit: row.unit, period: row.reportPeriod?.name ?? row.period, first: first.sheetRow + 1, differ: differ.join("，") };
      const message = !differ.length ? MESSAGES.ROW_DUPLICATE(p) : differ.length === 1 && differ[0].startsWith("填报日期") ? MESSAGES.ROW_DUPLICATE_RESENT(p) : MESSAGES.ROW_DUPLICATE_DIFFERENT(p);
      out.push(`ROW_DUPLICATE ${row.sheetRow} ${message}`);
    }
  });
  const groups = new Map<string, ProgressRow[]>();
  for (const row of rows) {
    if (!row.taskId || !row.unit || !row.reportPeriod) continue;
    const key = `${row.taskId}\u0000${row.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => a.reportPeriod!.end.localeCompare(b.reportPeriod!.end)); // stable: ties in sheet order
    for (let i = 1; i < ordered.length; i++) {
      const [previous, row] = [ordered[i - 1], ordered[i]];
      if (previous.reportPeriod!.name === row.reportPeriod!.name || !row.text || foldText(row.text) !== foldText(previous.text)) continue;
      const message = MESSAGES.ROW_COPIED_PREVIOUS({ previous: `${previous.reportPeriod!.name}（第 ${previous.sheetRow + 1} 行）` });
      out.push(`ROW_COPIED_PREVIOUS ${row.sheetRow} ${message}`);
    }
  }
  return out.sort();
}

const rowSpec = (units: string[]): fc.Arbitrary<RowSpec> =>
  fc.record({
    id: fc.constantFrom("1", "1", "1", "2", "3"),
    unit: fc.constantFrom(...units),
    period: fc.constantFrom("一季度", "二季度", "上半年", " 二季度 ", "三季度", "7月", "第五季度", "", "Q3"),
    text: fc.constantFrom("正在按计划推进。", "正在按计划推进。 ", "正在按计划推进。", "已全部完成。", ""),
  });
const fewRows = fc.array(rowSpec(["区发改局", "区财政局", "区教体局", ""]), { maxLength: 30 });
const manyRows = fc.array(rowSpec(["区发改局", "区发改局", "区发改局", "区发改局", "区财政局", ""]), { minLength: 60, maxLength: 90, size: "max" });

describe("rows compared with one another", () => {
  test("duplicates and copied text are found exactly as defined, however many rows a task has", () => {
    fc.assert(
      fc.property(fc.oneof(fewRows, manyRows), (rows) => {
        const a = analyze(book(catalogueSheet([{ id: "1", lead: "区发改局", co: "区财政局、区教体局" }, { id: "2" }, { id: "3" }]), progressSheet(rows)));
        const found = a.findings
          .filter((f) => f.code === "ROW_DUPLICATE" || f.code === "ROW_COPIED_PREVIOUS")
          .map((f) => `${f.code} ${f.row} ${f.message}`)
          .sort();
        expect(found).toEqual(expected(a.progress));
      }),
      { numRuns: 300 },
    );
  });

  test("a sheet of one task's rows takes the indexed way and still finds each duplicate once", () => {
    const rows: RowSpec[] = [];
    for (let i = 0; i < 40; i++) rows.push({ id: "1", unit: i % 2 ? "区发改局" : "区财政局", period: i < 4 ? "一季度" : "二季度", text: `第${i}次` });
    const a = analyze(book(catalogueSheet([{ id: "1", lead: "区发改局", co: "区财政局" }]), progressSheet(rows)));
    // Per unit: 20 rows, of which the first of 一季度 and the first of 二季度 are originals.
    expect(a.findings.filter((f) => f.code === "ROW_DUPLICATE")).toHaveLength(36);
  });
});
