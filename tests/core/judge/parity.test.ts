/**
 * One judge, one answer (issue 12): the same target and progress texts run through `duban judge`, validate's
 * 指标跟踪 and 校验结果, the roll-up's 任务状态, the DUBAN.* cell functions (Excel and WPS share ./formulas) and the
 * task panes' code path (taskpane/coreApi, which both the Excel and the WPS pane call) must give the same
 * statuses, colours, ratios, percentages and reasons.
 */
import { main } from "../../../src/cli/main";
import { CliIO } from "../../../src/cli/io";
import * as formulas from "../../../functions/formulas";
import * as coreApi from "../../../taskpane/coreApi";
import { book, catalogueSheet, progressSheet, settingsSheet } from "../../support/books";
import { analyzeWorkbook } from "../../../src/core/engine";
import { CATEGORY_LABEL } from "../../../src/core/rollup/taskStates";
import { formatPercent } from "../../../src/core/text/format";
import { CellValue } from "../../../src/core/sheet/cellValue";

const AS_OF = "2024-06-30";

/** [target text, progress text, expected task verdict]: the verdict is what a careful supervisor concludes. */
const PAIRS: [string, string, string][] = [
  ["全年新增规上工业企业25家以上", "新增规上工业企业7家", "进展滞后"],
  ["全年城镇新增就业3400人以上", "城镇新增就业1093人", "进展滞后"],
  ["地区生产总值增长6%左右", "上半年，地区生产总值增长3.6%", "进展滞后"],
  ["规上工业增加值增长8%", "上半年，规上工业增加值-11.5%", "进展滞后"],
  ["单位GDP能耗下降2.5%", "1-5月单位GDP能耗同比下降1.2%", "进展滞后"],
  ["实现全年营收突破80亿元", "上半年实现营收45.25亿", "序时推进"],
  ["社会消费品零售总额增长6%", "上半年，社会消费品零售总额增长6.1%", "序时推进"],
  ["PM2.5平均浓度控制在每立方米45微克以下", "PM2.5平均浓度38微克", "序时推进"],
  // On schedule where a figure is given, silent on the other target: the worst judgement, 未反映该指标, never green.
  ["全年新增规上工业企业25家以上，新建幼儿园2所", "新增规上工业企业13家", "未反映该指标"],
  ["全年新增规上工业企业25家以上", "正在积极推进", "未反映该指标"],
  ["5月底前新增规上工业企业25家", "新增规上工业企业7家", "已逾期"],
  ["新增规上工业企业25家以上", "新增规上工业企业26家", "已完成"],
  // Figures the judge does not take as the target's own (ratioParity.test.ts): no share done on any surface.
  ["新增高新技术企业20家", "1-6月走访高新技术企业12家", "无法研判"],
  ["森林覆盖率达到45%", "全县林木覆盖率达到40%", "进展滞后"],
  // No target in figures: the verdict from wording, the same in the cells as in 任务状态 (session 15; the cells said #N/A).
  ["完成城南大桥建设", "城南大桥已建成通车", "已完成"],
  ["推进城南片区有机更新", "方案已完成初稿，正在征求意见", "无法研判"],
];

function fakeIO() {
  const out: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: () => undefined, readStdin: async () => "", errIsTTY: false };
  return { io, out: () => out.join("") };
}

interface CliJudgement {
  metric: string;
  status: string;
  label: string;
  rag: string;
  ragLabel: string;
  ratio: number | null;
  expected: number | null;
  reason: string;
  weakEvidence?: { code: string; reason: string };
}

async function cliJudge(target: string, progress: string) {
  const f = fakeIO();
  expect(await main(["judge", "--target", target, "--progress", progress, "--as-of", AS_OF, "--json"], f.io)).toBe(0);
  return JSON.parse(f.out()) as { label: string; ragLabel: string; judgements: CliJudgement[]; verdict: { source: string; reason: string } };
}

/** One task per pair, reported for the second quarter (ending on the as-of date) with no 完成状态, as the CLI judges. */
function workbook() {
  return book(
    catalogueSheet(PAIRS.map(([t], i) => ({ id: String(i + 1), text: t }))),
    progressSheet(PAIRS.map(([, p], i) => ({ id: String(i + 1), text: p, status: "", period: "二季度", date: "2024-06-30" }))),
    settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30", "2024-07-10"]]),
  );
}

function sheet(sheets: { name: string; columns: { header: string }[]; rows: CellValue[][] }[], name: string) {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  const col = (header: string) => s.columns.findIndex((c) => c.header === header);
  return { rows: s.rows, col };
}

describe("one judge: every surface gives the same answer for the same texts", () => {
  const validated = analyzeWorkbook(workbook(), { asOf: AS_OF, today: AS_OF });
  const pane = coreApi.analyze(workbook(), AS_OF, AS_OF);
  const validateSheets = coreApi.validationPatch(validated).sheets;
  const paneSheets = coreApi.rollupPatch(pane).sheets;

  it.each(PAIRS.map((p, i) => [i + 1, ...p] as const))("pair %i: %s / %s", async (n, target, progress, verdict) => {
    const id = String(n);
    const cli = await cliJudge(target, progress);
    // The verdict a supervisor expects, and the cell functions' answer for it.
    expect(cli.label).toBe(verdict);
    expect(formulas.status(target, progress, AS_OF)).toBe(cli.label);
    expect(formulas.rag(target, progress, AS_OF)).toBe(cli.ragLabel);
    if (cli.judgements.some((j) => j.status === "not-mentioned")) expect(cli.ragLabel).not.toBe("绿");
    // RATIO: the first figure's share, or the judge's reason why none is read from it.
    const first = cli.judgements.find((j) => j.ratio !== null || j.weakEvidence);
    if (first?.weakEvidence) expect(() => formulas.ratio(target, progress)).toThrow(first.weakEvidence.reason);
    else if (first) expect(formulas.ratio(target, progress)).toBe(first.ratio);

    for (const [surface, sheets, analysis] of [["validate", validateSheets, validated], ["pane", paneSheets, pane]] as const) {
      // 指标跟踪: one row per target, the same status, colour, ratio, 序时进度 and reason as the CLI.
      const m = sheet(sheets as never, "指标跟踪");
      const rows = m.rows.filter((r) => r[0] === id);
      expect({ surface, n: rows.length }).toEqual({ surface, n: cli.judgements.length });
      rows.forEach((r, i) => {
        const j = cli.judgements[i];
        expect({ surface, status: r[m.col("状态")], rag: r[m.col("预警")], reason: r[m.col("研判说明")], expected: r[m.col("序时进度")] }).toEqual({
          surface, status: j.label, rag: j.ragLabel, reason: j.reason, expected: j.expected,
        });
        const shown = r[m.col("完成率")];
        if (shown !== null) {
          expect(shown).toBe(j.ratio);
          // The percentage a cumulative reason writes is the one the 0.0% cell shows: one rounding.
          if (j.expected !== 1 && j.ratio !== null) expect(j.reason).toContain(`完成${formatPercent(j.ratio)}`);
        }
      });
      // 任务状态 (the roll-up) rests on the same verdict: its reason is the CLI's.
      const state = analysis.states.get(id)!;
      expect({ surface, reason: state.verdict.reason, source: state.verdict.source }).toEqual({ surface, reason: cli.verdict.reason, source: cli.verdict.source });
      const expectedCategory = ({ 已完成: "done", 已逾期: "overdue", 进展滞后: "lagging", 未反映该指标: "unjudged", 无法研判: "unjudged" } as Record<string, string>)[cli.label] ?? "onTrack";
      expect(state.category).toBe(expectedCategory);
      if (surface === "pane") {
        const t = sheet(sheets as never, "任务状态");
        const row = t.rows.find((r) => r[0] === id)!;
        expect(row[t.col("状态")]).toBe(CATEGORY_LABEL[state.category]);
        expect(row[t.col("研判说明")]).toBe(cli.verdict.reason);
      }
    }

    // 校验结果: a lagging figure's finding carries the judgement's own words, percentages included.
    const findings = sheet(validateSheets as never, "校验结果");
    const messages = findings.rows.filter((r) => r[findings.col("任务序号")] === id && r[findings.col("规则代码")] === "METRIC_BEHIND").map((r) => String(r[findings.col("说明")]));
    const behind = cli.judgements.filter((j) => j.status === "behind" || j.status === "overdue");
    expect(messages).toHaveLength(behind.length);
    behind.forEach((j, i) => expect(messages[i]).toBe(`${j.reason.slice(j.reason.indexOf("：") + 1)}：${j.label}。`));
  });

  it("the office's level (单位层级) gives one answer: 设置's row, `duban judge --level` and STATUS / RAG's level argument", async () => {
    const [target, progress] = ["新增城镇就业5000人", "1-6月全市新增城镇就业2600人"];
    const labels: string[] = [];
    for (const level of ["市", "区", null]) {
      const f = fakeIO();
      expect(await main(["judge", "--target", target, "--progress", progress, "--as-of", AS_OF, "--json", ...(level ? ["--level", level] : [])], f.io)).toBe(0);
      const cli = JSON.parse(f.out()) as { label: string; ragLabel: string };
      const settings: [string, CellValue][] = [["年度", 2024]];
      if (level) settings.push(["单位层级", level]);
      const wb = book(
        catalogueSheet([{ id: "1", text: target }]),
        progressSheet([{ id: "1", text: progress, status: "", period: "二季度", date: "2024-06-30" }]),
        settingsSheet([...settings, ["报告期", "二季度", "2024-06-30", "2024-07-10"]]),
      );
      const state = analyzeWorkbook(wb, { asOf: AS_OF, today: AS_OF }).states.get("1")!;
      expect({ level, validate: state.verdict.label, status: formulas.status(target, progress, AS_OF, level ?? undefined), rag: formulas.rag(target, progress, AS_OF, level ?? undefined) }).toEqual({
        level, validate: cli.label, status: cli.label, rag: cli.ragLabel,
      });
      labels.push(cli.label);
    }
    // A 市 keeps its 全市 figure; a 区 does not, and without a level its green is refused.
    expect(labels).toEqual(["序时推进", "无法研判", "无法研判"]);
  });

  it("an empty progress is 未报送 in the CLI and the cell functions alike", async () => {
    const cli = await cliJudge("全年新增规上工业企业25家以上", " ");
    expect(cli.label).toBe("未报送");
    expect(formulas.status("全年新增规上工业企业25家以上", " ", AS_OF)).toBe("未报送");
    expect(formulas.rag("全年新增规上工业企业25家以上", " ", AS_OF)).toBe(cli.ragLabel);
  });

  it("rounds 1093 of 3400 (0.32147…) to 32.2% in the reason, the finding, the cell and the CLI alike", async () => {
    const cli = await cliJudge(PAIRS[1][0], PAIRS[1][1]);
    expect(cli.judgements[0].ratio).toBe(0.3215);
    expect(cli.judgements[0].reason).toContain("完成32.2%（序时进度49.7%）");
    expect(formatPercent(0.3215)).toBe("32.2%");
    const f = validated.findings.find((x) => x.taskId === "2" && x.code === "METRIC_BEHIND")!;
    expect(f.message).toContain("32.2%");
    expect(f.message).not.toContain("32.1%");
  });
});
