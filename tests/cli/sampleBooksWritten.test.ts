/**
 * Issue 13's check on real written files: for each sample book, the 汇总 sheet `duban rollup -o` writes, the 通报
 * `duban bulletin -o` writes (.docx) and the workbooks `duban template --per-unit` writes name each bureau once (never
 * a bracketed form beside its plain name, never a group phrase as a unit), and every leader's 牵头领导 row counts the
 * tasks they co-lead ("石可清、孙恒民" counts for each; no row names a pair).
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";
import { analyzeWorkbook } from "../../src/core/engine";
import { readWorkbookFile } from "../../src/hosts/xlsx/readWorkbook";
import { leadersOf } from "../../src/core/rollup/rollUp";
import { bracketedName } from "../../src/core/units/registry";
import { cellText } from "../../src/core/text/normalize";

const SEEDS = path.join(__dirname, "../../seeds");
const quiet: CliIO = { out: () => undefined, err: () => undefined, readStdin: async () => "", errIsTTY: false };
const bureau = (n: string) => bracketedName(n)?.base ?? n;

describe.each(["sample-yicheng", "sample-taishan", "sample-yanzhou"])("%s, as written by the CLI", (name) => {
  const dir = mkdtempSync(path.join(tmpdir(), `duban-written-${name}-`));
  const book = path.join(SEEDS, `${name}.xlsx`);

  test("汇总 sheet: one 牵头 and one 协办 row per bureau, groups on 单位统称 rows only; each leader's row counts co-led tasks", async () => {
    const out = path.join(dir, "汇总.xlsx");
    expect(await main(["rollup", book, "-o", out], quiet)).toBeLessThanOrEqual(1);
    const written = await readWorkbookFile(out);
    const a = analyzeWorkbook(written, { today: "2030-01-01" });
    const rows = written.sheets.find((s) => s.name === "汇总")!.rows.map((r) => r.map((c) => cellText(c)));
    const named = (dim: string) => rows.filter((r) => r[0] === dim).map((r) => r[1]);
    for (const dim of ["单位（牵头）", "单位（协办）"]) {
      const names = named(dim);
      expect(new Set(names.map((n) => a.registry.resolve(bureau(n)))).size).toBe(names.length);
      expect(names.filter((n) => a.registry.isGroupWord(n) && !a.registry.expandGroup(n)?.length)).toEqual([]);
    }
    expect(named("单位统称（未展开）").every((g) => a.registry.isGroupWord(g))).toBe(true);
    const leaders = rows.filter((r) => r[0] === "牵头领导");
    expect(leaders.filter((r) => /[、，,]/.test(r[1]))).toEqual([]);
    // sample-yanzhou names its leaders, 17 tasks two or three together: the check below is not empty there.
    if (name === "sample-yanzhou") {
      expect(leaders.length).toBeGreaterThan(5);
      expect(a.tasks.filter((t) => leadersOf(t.leader).length > 1)).toHaveLength(17);
      // "相关镇街" and "区直相关部门" name some units, not all: group lines, and no bureau is their co-unit by category.
      expect(named("单位统称（未展开）")).toEqual(expect.arrayContaining(["相关镇街", "区直相关部门"]));
      const coOf = (unit: string) => Number(rows.find((r) => r[0] === "单位（协办）" && r[1] === unit)?.[2] ?? 0);
      const namedAsCo = (unit: string) => a.tasks.filter((t) => t.leadUnits.length && t.coUnits.some((u) => a.registry.resolve(u) === unit)).length;
      for (const unit of ["区财政局", "区水务局"]) {
        expect(namedAsCo(unit)).toBeGreaterThan(0);
        expect(`${unit} ${coOf(unit)}`).toBe(`${unit} ${namedAsCo(unit)}`);
      }
    }
    for (const [, leader, assigned] of leaders) {
      if (leader === "（未明确）") continue;
      const expected = a.tasks.filter((t) => leadersOf(t.leader || "").includes(leader) || (!t.leader && a.registry.leaderOf(t.leadUnits[0] ?? "") === leader)).length;
      expect(`${leader} ${assigned}`).toBe(`${leader} ${expected}`);
    }
  }, 60000);

  test("通报 (.docx): no bureau in two forms", async () => {
    const out = path.join(dir, "通报.docx");
    expect(await main(["bulletin", book, "-o", out, "--as-of", "2024-07-10"], quiet)).toBeLessThanOrEqual(1);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const text = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(text.length).toBeGreaterThan(200);
    const a = analyzeWorkbook(await readWorkbookFile(book), { today: "2030-01-01" });
    // A bureau the book knows by a bracketed form as well is named by its one name only.
    const bracketForms = a.registry.entries.flatMap((e) => e.aliases.filter((x) => bracketedName(x)));
    if (name === "sample-yicheng") expect(bracketForms).toEqual(expect.arrayContaining(["区发改局（区能源中心）", "区政府办公室（区大数据中心）"]));
    expect(bracketForms.filter((f) => text.includes(f))).toEqual([]);
  }, 60000);

  test("template --per-unit: one workbook per bureau, none for a group phrase", async () => {
    const out = path.join(dir, "forms");
    expect(await main(["template", book, "--per-unit", "-o", out], quiet)).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith(".xlsx"));
    expect(files.length).toBeGreaterThan(0);
    const a = analyzeWorkbook(await readWorkbookFile(book), { today: "2030-01-01" });
    const units = files.map((f) => /_([^_]+)\.xlsx$/.exec(f)![1]);
    expect(new Set(units.map((u) => a.registry.resolve(bureau(u)))).size).toBe(units.length);
    expect(units.filter((u) => a.registry.isGroupWord(u))).toEqual([]);
    expect(units.filter((u) => bracketedName(u))).toEqual([]);
  }, 120000);
});
