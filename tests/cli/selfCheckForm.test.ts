import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { catalogueSheet, settingsSheet, unitsSheet } from "../support/books";
import { runCli, tempDir, writeXlsx } from "../support/files";
import { findProgram } from "../support/programs";
import { libreOfficeSheets } from "../support/libreoffice";
import { cleanLine, SELF_CHECK_KINDS } from "../../src/core/layout/selfCheck";
import { argb, PALETTE } from "../../src/core/renderPlan";

/**
 * The fill-in workbook checks itself with no add-in: filled by an independent writer (openpyxl, as a
 * department would with whatever it has, pasting past the drop-downs), recalculated by LibreOffice, and the
 * 自查 line and every conditional format's verdict read back from LibreOffice's own values.
 */
const soffice = findProgram("soffice");
const PYTHON = "/usr/bin/python3";
const haveOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (!haveOpenpyxl && process.env.CI) throw new Error(`CI 缺少 ${PYTHON} 的 openpyxl (python3-openpyxl)`);
const run = soffice && haveOpenpyxl ? describe : describe.skip;

/**
 * Writes `cells` into 进展填报, then, for every formula conditional format on that sheet and every cell of
 * its range in rows `rows`, the rule's own formula translated to that cell (as the spreadsheet applies it)
 * into a helper cell far right: =IF(rule,1,0). Prints the helper map as JSON (helper → "cell|fill colour").
 */
const FILL = String.raw`
import json, sys
import openpyxl
from openpyxl.formula.translate import Translator
from openpyxl.utils import get_column_letter, range_boundaries
src, out, cells_json, first, last = sys.argv[1:6]
wb = openpyxl.load_workbook(src)
ws = wb["进展填报"]
for addr, value in json.loads(cells_json).items():
    ws[addr] = value
helpers = {}
col = 40
for cf in ws.conditional_formatting:
    for rule in cf.rules:
        for rng in str(cf.sqref).split():
            c1, r1, c2, r2 = range_boundaries(rng)
            origin = get_column_letter(c1) + str(r1)
            for c in range(c1, c2 + 1):
                for r in range(max(r1, int(first)), min(r2, int(last)) + 1):
                    target = get_column_letter(c) + str(r)
                    f = Translator("=" + rule.formula[0], origin=origin).translate_formula(target)
                    helper = get_column_letter(col) + str(r)
                    ws[helper] = "=IF(" + f[1:] + ",1,0)"
                    helpers[helper] = target + "|" + str(rule.dxf.fill.bgColor.rgb)
                col += 1
wb.save(out)
print(json.dumps(helpers))
`;

function fill(dir: string, src: string, out: string, cells: Record<string, string | number>, rows: [number, number]): Record<string, string> {
  const script = path.join(dir, "fill.py");
  writeFileSync(script, FILL);
  const r = spawnSync(PYTHON, [script, src, out, JSON.stringify(cells), String(rows[0]), String(rows[1])], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, string>;
}

/** The one palette every host draws with, by ARGB. */
const FILLS: Record<string, string> = Object.fromEntries(Object.entries(PALETTE).map(([name, c]) => [argb(c.fill), name]));

/** The marks LibreOffice's evaluation of the rules gives ("D3 yellow"), and the 自查 line. */
function marksAfterRecalc(file: string, helpers: Record<string, string>, workDir: string) {
  const sheet = libreOfficeSheets(soffice as string, file, workDir).get("进展填报")!;
  const marked: string[] = [];
  for (const [helper, what] of Object.entries(helpers)) {
    const m = /^([A-Z]+)(\d+)$/.exec(helper)!;
    const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const value = sheet[Number(m[2]) - 1]?.[col];
    if (value !== "1" && value !== "0") throw new Error(`helper ${helper} (${what}) evaluated to «${value}»`);
    const [cell, argb] = what.split("|");
    if (value === "1") marked.push(`${cell} ${FILLS[argb] ?? argb}`);
  }
  return { line: sheet[0][0], header: sheet[1], marked: marked.sort() };
}

function counts(line: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const kind of SELF_CHECK_KINDS) {
    const m = new RegExp(`${kind} (\\d+) 处`).exec(line);
    if (!m) throw new Error(`自查 line lacks ${kind}: ${line}`);
    out[kind] = Number(m[1]);
  }
  return out;
}

run("fill-in workbooks that check themselves (LibreOffice)", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("marks what a department pasted wrong and counts it on the 自查 line; duban still reads the form", async () => {
    const book = path.join(dir, "catalogue.xlsx");
    await writeXlsx(book, [
      catalogueSheet([{ id: "1", lead: "区发改局" }, { id: "2", lead: "区财政局" }, { id: "3", lead: "区发改局", co: "区财政局" }]),
      unitsSheet([["区发改局", "区发展和改革局、发改局"], ["区财政局"]]),
      settingsSheet([["年度", 2024], ["截至日期", "2024-06-15"], ["字数上限", 250], ["报告期", "二季度", "2024-06-30", "2024-07-05"], ["报告期", "三季度", "2024-09-30", "2024-10-05"]]),
    ]);
    const folder = path.join(dir, "forms");
    expect((await runCli(["template", book, "--per-unit", "-o", folder])).code).toBe(0);
    const form = path.join(folder, "2024年任务进展填报_区发改局.xlsx");

    // Rows 3 and 4 arrive prefilled with 序号 1 and 3, the unit and 二季度. What the department types or pastes:
    const pasted = "全面完成年度招商任务，".repeat(30); // 300 characters from Word: past the drop-down's length check
    expect(["征地拆迁进度偏慢，".repeat(24) + "协调中。"].map((t) => t.length)).toEqual([220]);
    const filled = path.join(dir, "filled.xlsx");
    const helpers = fill(
      dir,
      form,
      filled,
      {
        D3: pasted,
        E3: "序时推进",
        F3: "约5个",
        D4: "已完成主体施工。",
        // 220 characters: over the default 200 but within this book's 字数上限 of 250, so not marked.
        G4: "征地拆迁进度偏慢，".repeat(24) + "协调中。",
        E4: "正在推进",
        F4: 12.5,
        // A row added by hand: a 序号 the catalogue lacks.
        A5: "99",
        B5: "发改局",
        C5: "二季度",
        D5: "已开工。",
        // Another: a number typed as 序号 (valid), a unit and a period nobody configured, no progress text.
        A6: 3,
        B6: "区发改",
        C6: "第五季度",
        E6: "已完成",
        F6: "7.5%",
      },
      [1, 8],
    );
    const after = marksAfterRecalc(filled, helpers, path.join(dir, "lo-filled"));
    expect(after.header.slice(0, 4)).toEqual(["序号", "填报单位", "报告期", "进展情况"]);
    expect(counts(after.line)).toEqual({ 超长: 1, 必填为空: 1, 序号无效: 1, 状态无效: 1, 完成值非数字: 1, 报告期无效: 1, 单位无效: 1 });
    // Exactly the wrong cells are marked, and the 自查 line across the sheet's columns (not clean: yellow).
    expect(after.marked.filter((m) => !/^[A-I]1 /.test(m))).toEqual(["A5 red", "B6 red", "C6 red", "D3 yellow", "D6 red", "E4 red", "F3 red"].sort());
    expect(after.marked.filter((m) => /^[A-I]1 /.test(m))).toEqual([..."ABCDEFGHI"].map((c) => `${c}1 yellow`));

    // duban reads the filled form as it is: the 自查 line is neither header nor data.
    const r = await runCli(["validate", filled, "--as-of", "2024-07-10", "--json"]);
    const findings = JSON.parse(r.out).findings as { code: string; cell: string }[];
    const at = (code: string) => findings.filter((f) => f.code === code).map((f) => f.cell).sort();
    expect(at("ROW_TEXT_TOO_LONG")).toEqual(["D3"]);
    expect(at("ROW_UNKNOWN_TASK")).toEqual(["A5"]);
    expect(at("ROW_VALUE_NOT_NUMBER")).toEqual(["F3"]);
    expect(at("ROW_BAD_STATUS")).toEqual(["E4"]);
    expect(at("ROW_EMPTY_PROGRESS")).toEqual(["D6"]);
    expect(findings.some((f) => /^[A-Z]+[12]$/.test(f.cell) && f.code.startsWith("ROW_"))).toBe(false);
  }, 400000);

  it("a blank form filled correctly says all zero, with nothing to check 序号 and 单位 against yet", async () => {
    const blank = path.join(dir, "blank.xlsx");
    expect((await runCli(["template", "--year", "2025", "-o", blank])).code).toBe(0);
    const filled = path.join(dir, "blank-filled.xlsx");
    const text = "按计划推进".repeat(30); // 150 characters: within 200
    const helpers = fill(dir, blank, filled, { A3: "1", B3: "区民政局", C3: "一季度", D3: text, E3: "序时推进", F3: 3 }, [1, 4]);
    const after = marksAfterRecalc(filled, helpers, path.join(dir, "lo-blank"));
    // No catalogue and no registry yet: 序号 and 单位 cannot be checked, so they are not marked.
    expect(after.line).toBe(cleanLine());
    expect(after.marked).toEqual([..."ABCDEFGHI"].map((c) => `${c}1 green`));
  }, 400000);
});
