/**
 * Unit and leader resolution on the three sample books (seeds/sample-*.xlsx, built from the seed
 * documents): one unit per bureau in 汇总, 通报 and `template --per-unit` (the book writes each bureau in one
 * form, though the seed writes some both plainly and with a bracketed second name); every joint
 * leader's task counts on each leader's own row.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSampleWorkbooks } from "../../../src/tools/buildSample";
import { analyzeWorkbook } from "../../../src/core/engine";
import { Analysis } from "../../../src/core/engine";
import { readWorkbookFile } from "../../../src/hosts/xlsx/readWorkbook";
import { bulletinText } from "../../../src/core/bulletin/bulletinText";
import { perUnitPatches } from "../../../src/core/layout/perUnit";
import { leadersOf } from "../../../src/core/rollup/rollUp";
import { bracketedName } from "../../../src/core/units/registry";

const SEEDS = path.join(__dirname, "..", "..", "..", "seeds");
const books = new Map<string, Analysis>();
async function book(name: string, dir = SEEDS): Promise<Analysis> {
  const key = `${dir}/${name}`;
  if (!books.has(key)) {
    const data = await readWorkbookFile(path.join(dir, `${name}.xlsx`));
    books.set(key, analyzeWorkbook(data, { today: "2030-01-01" }));
  }
  return books.get(key)!;
}

// The committed sample books, and the same books rebuilt from the seeds by today's importers.
const rebuilt = mkdtempSync(path.join(tmpdir(), "duban-samples-"));
beforeAll(async () => {
  await buildSampleWorkbooks(SEEDS, rebuilt);
}, 120000);
afterAll(() => rmSync(rebuilt, { recursive: true, force: true }));

const TWINS: [string, string][] = [
  ["区农业农村局（区乡村振兴局）", "区农业农村局"],
  ["区发改局（区能源中心）", "区发改局"],
  ["区政府办公室（区大数据中心）", "区政府办公室"],
];

describe.each([
  ["committed", SEEDS],
  ["rebuilt", rebuilt],
])("sample-yicheng (%s): a bracketed second name is the same bureau", (which, dir) => {
  /** The bureau a name stands for, whichever form the book writes: 区发改局（区能源中心） → 区发改局. */
  const bureau = (name: string) => bracketedName(name)?.base ?? name;

  test("the book writes each of these bureaus in one form, the name outside the bracket (its 单位 sheet too)", async () => {
    // The seed writes both forms (区发改局（区能源中心） in task 11, 区发改局 elsewhere); the importer keeps one.
    const data = await readWorkbookFile(path.join(dir, "sample-yicheng.xlsx"));
    const cells = new Set(data.sheets.flatMap((s) => s.rows.flat()).filter((c): c is string => typeof c === "string"));
    expect(TWINS.filter(([bracketed]) => cells.has(bracketed))).toEqual([]);
    expect(TWINS.filter(([, plain]) => cells.has(plain))).toHaveLength(TWINS.length);
    expect(which).toMatch(/committed|rebuilt/);
  });

  test("汇总: one line per bureau", async () => {
    const a = await book("sample-yicheng", dir);
    for (const dim of ["unitLead", "unitCo"] as const) {
      const names = a.rollup.lines.filter((l) => l.dimension === dim).map((l) => l.name);
      expect(new Set(names.map(bureau)).size).toBe(names.length);
      expect(new Set(names.map((n) => a.registry.resolve(n))).size).toBe(names.length);
    }
    for (const [bracketed, plain] of TWINS) {
      expect(a.registry.resolve(bracketed)).toBe(a.registry.resolve(plain));
      const lines = a.rollup.lines.filter((l) => l.dimension === "unitLead" && bureau(l.name) === plain);
      expect(lines).toHaveLength(1);
      const tasks = a.tasks.filter((t) => t.leadUnits.some((u) => bureau(u) === plain)).length;
      expect(lines[0].assigned).toBe(tasks);
    }
  });

  test("通报 and template --per-unit name each bureau once", async () => {
    const a = await book("sample-yicheng", dir);
    const text = bulletinText(a);
    for (const [bracketed, plain] of TWINS) {
      // Never both forms: the plain name outside the bracketed one and the bracketed one.
      expect(text.includes(bracketed) && text.split(bracketed).join("").includes(plain)).toBe(false);
    }
    const units = perUnitPatches(a).map((p) => p.unit);
    expect(new Set(units.map(bureau)).size).toBe(units.length);
    for (const [, plain] of TWINS) expect(units.filter((u) => bureau(u) === plain)).toHaveLength(1);
  });

  test("group phrases are reported once each with their tasks (CAT_GROUP_UNIT), not as unknown units", async () => {
    const a = await book("sample-yicheng", dir);
    const groups = a.findings.filter((f) => f.code === "CAT_GROUP_UNIT").map((f) => f.unit);
    expect(groups).toEqual(expect.arrayContaining(["要素保障相关单位", "“6+3”产业链牵头部门", "安全生产重点领域牵头部门"]));
    expect(a.findings.filter((f) => f.code === "CAT_UNKNOWN_UNIT" && groups.includes(f.unit))).toEqual([]);
  });
});

describe("sample-yanzhou: joint leaders", () => {
  test("no leader line is a pair; each leader's line counts every task they lead or co-lead", async () => {
    const a = await book("sample-yanzhou");
    const lines = a.rollup.lines.filter((l) => l.dimension === "leader");
    expect(lines.filter((l) => /[、，,]/.test(l.name))).toEqual([]);
    const joint = a.tasks.filter((t) => leadersOf(t.leader).length > 1);
    expect(joint).toHaveLength(17);
    expect(new Set(joint.map((t) => t.leader)).size).toBe(13);
    for (const l of lines.filter((x) => x.name !== "（未明确）")) {
      const expected = a.tasks.filter((t) => leadersOf(t.leader || "").includes(l.name) || (!t.leader && a.registry.leaderOf(t.leadUnits[0] ?? "") === l.name)).length;
      expect(`${l.name} ${l.assigned}`).toBe(`${l.name} ${expected}`);
    }
    const shi = lines.find((l) => l.name === "石可清")!;
    expect(shi.assigned).toBeGreaterThan(a.tasks.filter((t) => t.leader === "石可清").length);
  });
});

describe("sample-taishan", () => {
  test("各产业链专班 is a group phrase, not an unknown unit", async () => {
    const a = await book("sample-taishan");
    expect(a.findings.filter((f) => f.code === "CAT_GROUP_UNIT").map((f) => f.unit)).toEqual(["各产业链专班"]);
    expect(a.findings.filter((f) => f.code === "CAT_UNKNOWN_UNIT")).toEqual([]);
  });
});

describe.each(["sample-yicheng", "sample-taishan", "sample-yanzhou"])("%s: one unit per bureau everywhere", (name) => {
  const bureau = (n: string) => bracketedName(n)?.base ?? n;
  test("汇总 lines, 通报's unit names and template --per-unit workbooks never name a bureau twice", async () => {
    const a = await book(name);
    for (const dim of ["unitLead", "unitCo"] as const) {
      const names = a.rollup.lines.filter((l) => l.dimension === dim).map((l) => l.name);
      // sample-taishan's only co-unit is the group 各产业链专班: it has a 单位统称 line, no 协办 one.
      if (dim === "unitLead") expect(names.length).toBeGreaterThan(0);
      expect(new Set(names.map((n) => a.registry.resolve(bureau(n)))).size).toBe(names.length);
      // A group phrase the registry cannot expand is never a unit's line.
      expect(names.filter((n) => a.registry.isGroupWord(n) && !a.registry.expandGroup(n)?.length)).toEqual([]);
    }
    const groups = a.rollup.lines.filter((l) => l.dimension === "group").map((l) => l.name);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((g) => a.registry.isGroupWord(g))).toBe(true);
    const units = perUnitPatches(a).map((p) => p.unit);
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units.map((n) => a.registry.resolve(bureau(n)))).size).toBe(units.length);
    // No group phrase gets a fill-in workbook of its own: nobody in particular would fill it.
    expect(units.filter((u) => a.registry.isGroupWord(u))).toEqual([]);
  });
});
