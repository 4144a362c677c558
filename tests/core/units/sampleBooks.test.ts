/**
 * Unit and leader resolution on the three sample books (seeds/sample-*.xlsx, built from the seed
 * documents): one unit per bureau in 汇总, 通报 and `template --per-unit`, even where the book writes a
 * bureau both plainly and with a bracketed second name and its 单位 sheet lists both; every joint
 * leader's task counts on each leader's own row.
 */
import path from "node:path";
import { analyzeWorkbook } from "../../../src/core/engine";
import { Analysis } from "../../../src/core/engine";
import { readWorkbookFile } from "../../../src/hosts/xlsx/readWorkbook";
import { bulletinText } from "../../../src/core/bulletin/bulletinText";
import { perUnitPatches } from "../../../src/core/layout/perUnit";
import { leadersOf } from "../../../src/core/rollup/rollUp";

const books = new Map<string, Analysis>();
async function book(name: string): Promise<Analysis> {
  if (!books.has(name)) {
    const data = await readWorkbookFile(path.join(__dirname, "..", "..", "..", "seeds", `${name}.xlsx`));
    books.set(name, analyzeWorkbook(data, { today: "2030-01-01" }));
  }
  return books.get(name)!;
}

const TWINS: [string, string][] = [
  ["区农业农村局（区乡村振兴局）", "区农业农村局"],
  ["区发改局（区能源中心）", "区发改局"],
  ["区政府办公室（区大数据中心）", "区政府办公室"],
];

describe("sample-yicheng: a bracketed second name is the same bureau", () => {
  test("the book really writes both forms, and its 单位 sheet lists both", async () => {
    const data = await readWorkbookFile(path.join(__dirname, "..", "..", "..", "seeds", "sample-yicheng.xlsx"));
    const cells = new Set(data.sheets.flatMap((s) => s.rows.flat()).filter((c): c is string => typeof c === "string"));
    for (const [bracketed, plain] of TWINS) {
      expect(cells.has(bracketed)).toBe(true);
      expect(cells.has(plain)).toBe(true);
    }
  });

  test("汇总: one line per bureau, holding the tasks of both written forms", async () => {
    const a = await book("sample-yicheng");
    for (const dim of ["unitLead", "unitCo"] as const) {
      const names = a.rollup.lines.filter((l) => l.dimension === dim).map((l) => l.name);
      expect(names.filter((n) => TWINS.some(([b]) => n === b))).toEqual([]);
      expect(new Set(names.map((n) => a.registry.resolve(n))).size).toBe(names.length);
    }
    const lead = (unit: string) => a.rollup.lines.find((l) => l.dimension === "unitLead" && l.name === unit)?.assigned ?? 0;
    for (const [bracketed, plain] of TWINS) {
      const written = a.tasks.filter((t) => t.leadUnits.some((u) => u === plain || u === bracketed || a.registry.resolve(u) === a.registry.resolve(plain))).length;
      expect(a.registry.resolve(bracketed)).toBe(a.registry.resolve(plain));
      expect(lead(a.registry.resolve(plain))).toBe(written);
      expect(written).toBeGreaterThan(0);
    }
  });

  test("通报 and template --per-unit name each bureau once", async () => {
    const a = await book("sample-yicheng");
    const text = bulletinText(a);
    for (const [bracketed] of TWINS) expect(text).not.toContain(bracketed);
    const units = perUnitPatches(a).map((p) => p.unit);
    expect(new Set(units.map((u) => a.registry.resolve(u))).size).toBe(units.length);
    for (const [bracketed, plain] of TWINS) {
      expect(units).not.toContain(bracketed);
      expect(units).toContain(plain);
    }
  });

  test("group phrases are reported once each with their tasks (CAT_GROUP_UNIT), not as unknown units", async () => {
    const a = await book("sample-yicheng");
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
