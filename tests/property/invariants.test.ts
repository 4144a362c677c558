import { createHash } from "node:crypto";
import { promises as fs, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { CellValue } from "../../src/core/sheet/cellValue";
import { readWorkbookFile } from "../../src/hosts/xlsx/readWorkbook";
import { analyze, book, catalogueSheet, progressSheet, RowSpec, TaskSpec } from "../support/books";
import { runCli, sheetCells, tempDir, writeXlsx } from "../support/files";

/**
 * Random workbooks and random edits against the invariants of "nothing lost":
 * - validate -o never changes a cell people typed (the output's input sheets hold every typed cell as it
 *   was; only duban's own columns and sheets are new), and never touches the input file;
 * - merge keeps every row of every input (rows in = rows out, each row found again) and reports every
 *   row that shares a task, unit and period in a group of its own;
 * - the roll-up's categories add up to the tasks assigned, and each reporting line adds up;
 * - writing is all or nothing: whatever bytes an input is edited into, an existing output file is either
 *   left exactly as it was (exit 2) or replaced by a complete workbook, and no temporary file remains.
 */
const UNITS = ["区发改局", "区财政局", "区教体局", "区住建局"];
const PERIODS = ["一季度", "二季度", "上半年", "三季度", " 二季度 ", "7月", "第五季度", ""];
const CHARS = [..."推进已完成正在计划项目资金会议１２３4５6,，。、 😀", "\u3000"];

const text = fc.oneof(
  fc.constantFrom("已召开专题会议，正在按计划推进。", "已全部完成。", "=cmd|' /C calc'!A0", "+SUM(1,2)", "@A1", "-2+3", ""),
  fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((a) => a.join("")),
);
const taskId = fc.constantFrom("1", "2", "3", "4", "5", "6", "9", "１", "2.");
const rowSpec: fc.Arbitrary<RowSpec> = fc.record({
  id: taskId,
  unit: fc.constantFrom(...UNITS, "区发展和改革局", "", "某某公司"),
  period: fc.constantFrom(...PERIODS),
  text,
  status: fc.constantFrom("序时推进", "已完成", "进展滞后", "未启动", "滞后", "", "差不多"),
  value: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 1000 }), fc.constantFrom("１２，３４５", "约10", "50%")) as fc.Arbitrary<CellValue>,
  problems: fc.constantFrom("", "资金不足"),
  next: fc.constantFrom("", "加快推进"),
  date: fc.oneof(fc.constantFrom("2024-06-28", "2024年7月20日", "下周", ""), fc.integer({ min: 45292, max: 45657 })) as fc.Arbitrary<CellValue>,
});
const taskSpec: fc.Arbitrary<TaskSpec> = fc.record({
  id: fc.constantFrom("1", "2", "3", "4", "5", "6"),
  text: fc.constantFrom("新增规上工业企业25家以上", "地区生产总值增长6%左右", "推进老旧小区改造", "完成投资10亿元"),
  lead: fc.constantFrom(...UNITS, "区发改局、区财政局", ""),
  co: fc.constantFrom("", "区住建局", "各镇街"),
  deadline: fc.constantFrom("", "2024-06-30", "2024年9月底", "年底前", "明年"),
});
const workbook = fc.record({ tasks: fc.array(taskSpec, { minLength: 1, maxLength: 8 }), rows: fc.array(rowSpec, { maxLength: 25 }) });

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("invariants on random workbooks", () => {
  let dir: string;
  let cleanup: () => void;
  let n = 0;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());
  const file = (name: string) => path.join(dir, `${n++}-${name}`);

  test("validate -o keeps every typed cell and never touches the input", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async ({ tasks, rows }) => {
        const input = file("in.xlsx");
        const output = file("out.xlsx");
        await writeXlsx(input, [catalogueSheet(tasks), progressSheet(rows)]);
        const hash = sha(input);
        const r = await runCli(["validate", input, "-o", output, "--as-of", "2024-07-10"]);
        expect(r.code === 0 || r.code === 1).toBe(true);
        expect(sha(input)).toBe(hash);
        const before = await sheetCells(input);
        const after = await sheetCells(output);
        for (const [sheet, cells] of before) {
          const out = after.get(sheet)!;
          for (const [address, value] of cells) expect([sheet, address, out.get(address)]).toEqual([sheet, address, value]);
        }
      }),
      { numRuns: 12 },
    );
  });

  test("a second run on its own output regenerates duban's sheets and columns and keeps every typed cell", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, fc.constantFrom("validate", "rollup", "bulletin"), async ({ tasks, rows }, second) => {
        const input = file("in.xlsx");
        const once = file("once.xlsx");
        const twice = file("twice.xlsx");
        await writeXlsx(input, [catalogueSheet(tasks), progressSheet(rows)]);
        expect([0, 1]).toContain((await runCli(["validate", input, "-o", once, "--as-of", "2024-07-10"])).code);
        expect([0, 1]).toContain((await runCli([second, once, "-o", twice, "--as-of", "2024-10-20"])).code);
        const before = await sheetCells(input);
        const after = await sheetCells(twice);
        for (const [sheet, cells] of before) for (const [address, value] of cells) expect([sheet, address, after.get(sheet)!.get(address)]).toEqual([sheet, address, value]);
        const names = [...after.keys()];
        expect(new Set(names).size).toBe(names.length);
        // The status columns are reused, not appended again.
        const header = [...after.get("进展填报")!.entries()].filter(([, v]) => v === JSON.stringify("校验状态"));
        expect(header).toHaveLength(1);
      }),
      { numRuns: 8 },
    );
  });

  test("merge keeps every row of every input and groups every shared key", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(rowSpec, { maxLength: 12 }), { minLength: 1, maxLength: 3 }), async (books) => {
        const inputs: string[] = [];
        for (const rows of books) {
          const f = file("unit.xlsx");
          await writeXlsx(f, [catalogueSheet([{ id: "1" }, { id: "2" }, { id: "3" }]), progressSheet(rows)]);
          inputs.push(f);
        }
        const out = file("merged.xlsx");
        const r = await runCli(["merge", ...inputs, "-o", out, "--json"]);
        expect(r.code).toBe(0);
        const report = JSON.parse(r.out) as { rowsIn: number; rowsOut: number; conflicts: { sources: string[] }[] };
        const typed = books.flat().filter((row) => [row.id, row.unit, row.period, row.text, row.status, row.problems, row.next].some((v) => (v ?? "").trim() !== "") || row.value !== null);
        expect(report.rowsIn).toBe(report.rowsOut);
        expect(report.rowsIn).toBeGreaterThanOrEqual(typed.length > 0 ? 1 : 0);
        // Every input row is found again in the merged progress sheet.
        const merged = await readWorkbookFile(out);
        const sheet = merged.sheets.find((s) => s.name === "进展填报")!;
        const header = (sheet.rows.findIndex((row) => row.some((c) => c === "进展情况")));
        const col = (name: string) => sheet.rows[header].indexOf(name);
        const outTexts = sheet.rows.slice(header + 1).map((row) => String(row[col("进展情况")] ?? "").trim()).sort();
        expect(outTexts.length).toBe(report.rowsOut);
        const inData = await Promise.all(inputs.map((f) => readWorkbookFile(f)));
        const inTexts = inData.flatMap((d) => {
          const s = d.sheets.find((x) => x.name === "进展填报")!;
          const h = s.rows[0].indexOf("进展情况");
          return s.rows.slice(1).filter((row) => row.some((c) => c !== null && String(c).trim() !== "")).map((row) => String(row[h] ?? "").trim());
        });
        expect(inTexts.length).toBe(report.rowsIn);
        expect(outTexts).toEqual(inTexts.sort());
        // Each conflict group names at least two rows.
        for (const c of report.conflicts) expect(c.sources.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 10 },
    );
  });

  test("roll-up categories add up to the tasks assigned; reporting lines add up", () => {
    fc.assert(
      fc.property(workbook, fc.constantFrom("2024-03-31", "2024-07-10", "2024-10-20", "2025-01-15"), ({ tasks, rows }, asOf) => {
        const a = analyze(book(catalogueSheet(tasks), progressSheet(rows)), asOf);
        for (const l of a.rollup.lines) {
          expect(l.done + l.onTrack + l.lagging + l.overdue + l.unjudged + l.notReported).toBe(l.assigned);
          expect(l.reported).toBeLessThanOrEqual(l.assigned);
        }
        const sections = a.rollup.lines.filter((l) => l.dimension === "section").reduce((s, l) => s + l.assigned, 0);
        expect(sections).toBe(a.states.size);
        for (const r of a.rollup.reporting) {
          expect(r.onTime + r.late).toBe(r.submitted);
          expect(r.submitted + r.missing).toBeLessThanOrEqual(r.expected);
          if (r.due < asOf) expect(r.submitted + r.missing).toBe(r.expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  test("all or nothing: an edited input never leaves a half-written output or a temporary file", async () => {
    const original = file("good.xlsx");
    await writeXlsx(original, [catalogueSheet([{ id: "1" }, { id: "2" }]), progressSheet([{ id: "1" }, { id: "2", status: "差不多" }])]);
    const good = readFileSync(original);
    const edit = fc.oneof(
      fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.nat(255) }),
      fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("splice" as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        let bytes = Buffer.from(good);
        for (const e of edits) {
          const at = e.at % Math.max(1, bytes.length);
          if (e.kind === "flip") bytes[at] = e.byte;
          else if (e.kind === "cut") bytes = bytes.subarray(0, at);
          else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.bytes), bytes.subarray(at)]);
        }
        const caseDir = file("case");
        await fs.mkdir(caseDir);
        const input = path.join(caseDir, "in.xlsx");
        const output = path.join(caseDir, "out.xlsx");
        await fs.writeFile(input, bytes);
        await fs.writeFile(output, "previous");
        const r = await runCli(["validate", input, "-o", output, "--as-of", "2024-07-10"]);
        expect(r.code).not.toBe(3);
        expect(readFileSync(input).equals(bytes)).toBe(true);
        if (r.code === 2) {
          expect(r.err).toMatch(/\((FILE|BOOK)_[A-Z_]+\)/);
          expect(readFileSync(output, "utf8")).toBe("previous");
        } else {
          await readWorkbookFile(output);
        }
        expect(readdirSync(caseDir).sort()).toEqual(["in.xlsx", "out.xlsx"]);
      }),
      { numRuns: 40 },
    );
  });
});
