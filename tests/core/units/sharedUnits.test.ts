/**
 * Shared responsibility with no lead ("A、B按职责分工负责", "各镇街、各部门"): co-units without a lead and a
 * CAT_SHARED_NO_LEAD finding, never the first unit made the lead silently; each unit reports, gets the task in
 * its fill-in workbook and counts it on its 牵头 line in 汇总 and 通报, as a task with two lead units does.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { sharedResponsibility } from "../../../src/core/catalogue/sharedUnits";
import { createUnitRegistry } from "../../../src/core/units/registry";
import { analyzeWorkbook } from "../../../src/core/engine";
import { importText } from "../../../src/core/import";
import { bulletinText } from "../../../src/core/bulletin/bulletinText";
import { perUnitPatches } from "../../../src/core/layout/perUnit";
import { catalogueSheet, progressSheet, settingsSheet } from "../../support/books";
import { runCli, tempDir } from "../../support/files";

const registry = createUnitRegistry([]);

describe("sharedResponsibility", () => {
  test("the sharing words end the list: no lead, the words taken off the last name", () => {
    expect(sharedResponsibility(["区发改局", "区财政局按职责分工负责"], registry)).toEqual({ names: ["区发改局", "区财政局"], shared: true });
    expect(sharedResponsibility(["区住建局", "区城管局等单位分别负责。"], registry)).toEqual({ names: ["区住建局", "区城管局"], shared: true });
    expect(sharedResponsibility(["各镇街", "各部门"], registry)).toEqual({ names: ["各镇街", "各部门"], shared: true });
  });
  test("any other list keeps its first unit as the lead (a single group phrase too)", () => {
    expect(sharedResponsibility(["区发改局", "区财政局"], registry).shared).toBe(false);
    expect(sharedResponsibility(["区发改局", "各镇街"], registry).shared).toBe(false);
    expect(sharedResponsibility(["各镇街"], registry).shared).toBe(false);
  });
});

describe("import", () => {
  test("a trailing bracket sharing the task out gives co-units only; one naming a 牵头 unit keeps its lead", () => {
    const text = [
      "一、城市建设",
      "1.完成老旧小区改造20个。（区住建局、区财政局按职责分工负责）",
      "2.新建污水管网5公里。（区住建局牵头，区直有关部门按职责分工负责）",
      "3.整治背街小巷30条。（区城管局负责）",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => `${t.id} ${t.leadUnits.join("、")}|${t.coUnits.join("、")}`)).toEqual([
      "1 |区住建局、区财政局",
      "2 区住建局|区直有关部门",
      "3 区城管局|",
    ]);
    // Its units are named: not a task without units.
    expect(r.notes.filter((n) => n.code === "IMPORT_NO_UNITS")).toEqual([]);
  });

  test("a units column sharing the task out (group phrases only, or the sharing words) names no lead", () => {
    const text = ["序号\t工作任务\t责任单位", "1\t开展安全生产大检查\t各镇街、各部门", "2\t推进河湖长制\t区水务局、区农业农村局按职责分工负责", "3\t新增就业3000人\t区人社局、区财政局"].join("\n");
    const r = importText(text, { kind: "table" });
    expect(r.tasks.map((t) => `${t.id} ${t.leadUnits.join("、")}|${t.coUnits.join("、")}`)).toEqual([
      "1 |各镇街、各部门",
      "2 |区水务局、区农业农村局",
      "3 区人社局|区财政局",
    ]);
  });
});

describe("validate, 汇总, 通报 and template --per-unit", () => {
  const sheets = [
    catalogueSheet([
      { id: "1", lead: "", co: "区发改局、区财政局" },
      { id: "2", lead: "区发改局、区财政局" },
      { id: "3", lead: "区发改局", co: "区财政局" },
    ]),
    progressSheet([{ id: "1", unit: "区财政局", status: "滞后", problems: "资金未到位", next: "加快拨付" }]),
    settingsSheet([["年度", 2024]]),
  ];
  const a = analyzeWorkbook({ sheets }, { today: "2024-07-20" });

  test("CAT_SHARED_NO_LEAD (a warning naming the units), not CAT_NO_LEAD_UNIT", () => {
    const f = a.findings.filter((x) => x.code === "CAT_SHARED_NO_LEAD");
    expect(f.map((x) => x.taskId)).toEqual(["1"]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message).toContain("由 区发改局、区财政局 按职责分工共同负责");
    expect(a.findings.filter((x) => x.code === "CAT_NO_LEAD_UNIT")).toEqual([]);
  });

  test("汇总: the shared task counts on each unit's 牵头 line, as the co-led task 2 does, and on no 配合 line", () => {
    const lead = a.rollup.lines.filter((l) => l.dimension === "unitLead").map((l) => `${l.name} ${l.assigned}`);
    expect(lead.sort()).toEqual(["区发改局 3", "区财政局 2"]);
    const co = a.rollup.lines.filter((l) => l.dimension === "unitCo").map((l) => `${l.name} ${l.assigned}`);
    expect(co).toEqual(["区财政局 1"]);
  });

  test("each unit owes the report and gets the task in its fill-in workbook", () => {
    const units = perUnitPatches(a).map((p) => `${p.unit} ${p.tasks}`);
    expect(units.sort()).toEqual(["区发改局 3", "区财政局 2"]);
    // Both owe reports (一季度 from both; 二季度 from 区发改局, 区财政局 has sent its row), and the row 区财政局 sent
    // is a responsible unit's.
    const owed = a.findings.filter((x) => x.code === "REPORT_MISSING" && x.taskId === "1").map((x) => `${x.unit} ${/二季度/.test(x.message)}`);
    expect(owed.sort()).toEqual(["区发改局 false", "区发改局 true", "区财政局 false"]);
    expect(a.findings.filter((x) => x.code === "ROW_UNIT_NOT_RESPONSIBLE")).toEqual([]);
  });

  test("通报 names the units as sharing the task", () => {
    const text = bulletinText(a);
    expect(text).toContain("区发改局、区财政局按职责分工负责");
  });
});

describe("duban import -o then validate: the workbook keeps the task without a lead", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  test("牵头单位 left empty, 协办单位 holding both; validate reports CAT_SHARED_NO_LEAD", async () => {
    const { promises: fs } = await import("node:fs");
    const src = path.join(dir, "notice.txt");
    await fs.writeFile(src, ["一、城市建设", "1.完成老旧小区改造20个。（区住建局、区财政局按职责分工负责）", "2.新建污水管网5公里。（区住建局牵头，区财政局配合）"].join("\n"));
    const out = path.join(dir, "book.xlsx");
    expect((await runCli(["import", src, "-o", out])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const r = await runCli(["validate", out, "--json", "--as-of", "2024-07-20"]);
    const findings = JSON.parse(r.out).findings as { code: string; taskId?: string }[];
    expect(findings.filter((f) => f.code === "CAT_SHARED_NO_LEAD").map((f) => f.taskId)).toEqual(["1"]);
    expect(findings.filter((f) => f.code === "CAT_NO_LEAD_UNIT")).toEqual([]);
  });
});
