/**
 * The opposite harm (issue 12): a unit that reported is never accused of not reporting. A metric the progress text
 * never mentions is 未反映该指标 (or, for the task, 待研判), never 未报送 — in `duban judge`, the DUBAN.* cell functions,
 * 指标跟踪 (状态 and 实际), 任务状态, the roll-up's counts, the bulletin's counts and the 督办单 — before the deadline
 * and after it. A task with no report at all is the contrast: it is 未报送 everywhere, so the test can fail.
 */
import { main } from "../../../src/cli/main";
import { CliIO } from "../../../src/cli/io";
import * as formulas from "../../../functions/formulas";
import * as coreApi from "../../../taskpane/coreApi";
import { book, catalogueSheet, progressSheet, settingsSheet } from "../../support/books";
import { analyzeWorkbook } from "../../../src/core/engine";
import { bulletinCounts } from "../../../src/core/bulletin/bulletinDocument";
import { unitNotices } from "../../../src/core/notices/notices";
import { CellValue } from "../../../src/core/sheet/cellValue";

const AS_OF = "2024-07-10";

/** [id, task, progress or null (no report)]. */
const TASKS: [string, string, string | null][] = [
  // Two targets, the text speaks of one.
  ["1", "全年新增规上工业企业25家以上，新建幼儿园2所", "今年以来新增规上工业企业14家"],
  // One target, the text names no figure of it.
  ["2", "全年城镇新增就业3400人以上", "举办专场招聘会5场，服务企业120家"],
  // The deadline has passed and the text still does not mention the metric.
  ["3", "5月底前新增高新技术企业20家", "组织企业申报，开展培训"],
  // No report at all: 未报送.
  ["4", "全年完成造林1.2万亩", null],
];

function fakeIO() {
  const out: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: () => undefined, readStdin: async () => "", errIsTTY: false };
  return { io, out: () => out.join("") };
}

async function cliJudge(target: string, progress: string) {
  const f = fakeIO();
  expect(await main(["judge", "--target", target, "--progress", progress, "--as-of", AS_OF, "--json"], f.io)).toBe(0);
  return JSON.parse(f.out()) as { label: string; judgements: { label: string; reason: string }[]; verdict: { reason: string } };
}

function workbook() {
  return book(
    catalogueSheet(TASKS.map(([id, text]) => ({ id, text, lead: "区发改局" }))),
    progressSheet(TASKS.filter(([, , p]) => p !== null).map(([id, , p]) => ({ id, text: p as string, status: "", period: "二季度", date: "2024-06-30" }))),
    settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30", "2024-07-10"]]),
  );
}

function sheet(sheets: { name: string; columns: { header: string }[]; rows: CellValue[][] }[], name: string) {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return { rows: s.rows, col: (header: string) => s.columns.findIndex((c) => c.header === header) };
}

describe("a metric the text never mentions is 未反映该指标, never 未报送", () => {
  const reported = TASKS.filter(([, , p]) => p !== null);

  it.each(reported)("task %s in `duban judge` and the cell functions", async (_id, task, progress) => {
    const cli = await cliJudge(task, progress as string);
    expect(cli.label).not.toBe("未报送");
    expect(cli.judgements.map((j) => j.label)).not.toContain("未报送");
    expect(cli.judgements.map((j) => j.label)).toContain("未反映该指标");
    expect(`${cli.verdict.reason}${cli.judgements.map((j) => j.reason).join("")}`).not.toContain("未报送");
    expect(formulas.status(task, progress as string, AS_OF)).not.toBe("未报送");
  });

  it("in 指标跟踪 (状态 and 实际), 任务状态, the roll-up, the bulletin's counts and the 督办单; 未报送 only where nothing came", () => {
    const a = analyzeWorkbook(workbook(), { asOf: AS_OF, today: AS_OF });
    const m = sheet(coreApi.validationPatch(a).sheets as never, "指标跟踪");
    for (const [id] of reported) {
      const rows = m.rows.filter((r) => r[0] === id);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r[m.col("状态")]).not.toBe("未报送");
        expect(r[m.col("实际")]).not.toBe("未报送");
        expect(String(r[m.col("研判说明")])).not.toContain("未报送");
      }
      expect(rows.some((r) => r[m.col("状态")] === "未反映该指标" && r[m.col("实际")] === "未反映")).toBe(true);
      const state = a.states.get(id)!;
      expect(state.category).not.toBe("notReported");
      expect(state.verdict.reason).not.toContain("未报送");
    }
    // The contrast: the task with no report is 未报送 in 指标跟踪 and the roll-up.
    const silent = m.rows.filter((r) => r[0] === "4");
    expect(silent.map((r) => r[m.col("实际")])).toEqual(["未报送"]);
    expect(a.states.get("4")!.category).toBe("notReported");
    expect(bulletinCounts(a).byCategory.notReported).toBe(1);
    const findings = unitNotices(a).flatMap((n) => n.items.filter((i) => i.task.id !== "4").map((i) => i.finding));
    // Task 3 is past its deadline: its 督办单 line is there, and says what is missing without saying 未报送.
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f).not.toMatch(/未报送|未报/);
  });
});
