/**
 * No share done from a figure the judge does not trust (issue 12, item 1): a figure a WEAK_* rule refuses a green on
 * (a running total of no period, a wider group, a change, another act … — the families of huntRound3/huntRound4.test.ts) carries that
 * rule in Judgement.weakEvidence whatever the date, and every surface then shows no completion ratio from it:
 * `duban judge --json` (ratio null, weakEvidence), validate through a port (指标跟踪's 完成率 empty, no 完成X% in the
 * reason), =DUBAN.RATIO (#N/A FN_WEAK_ACTUAL with the judge's reason) and the bulletin's wording. The same figures
 * said as results (the controls) give one ratio everywhere, rounded once.
 */
import { main } from "../../../src/cli/main";
import { CliIO } from "../../../src/cli/io";
import * as formulas from "../../../functions/formulas";
import { validate } from "../../../src/app/validate";
import { createMemoryPort } from "../../../src/hosts/memory/memoryPort";
import { book, catalogueSheet, progressSheet, settingsSheet } from "../../support/books";
import { judgeTask } from "../../../src/core/judge";
import { judgementWords } from "../../../src/core/bulletin/wording";
import { DubanError, formatPercent } from "../../../src/core";
import type { CellValue } from "../../../src/core";

const AS_OF = "2024-09-30";
const HTE = "新增高新技术企业20家";
const FAI = "完成固定资产投资80亿元";
const JOBS = "新增城镇就业8000人";
const BEDS = "新增养老床位500张";
const PARKS = "新建公园3个";
const SCHOOLS = "新建学校3所，年内开工，11月竣工";
const KEY_PROJECTS = "全县重点项目全年完成投资150亿元";
const GDP = "地区生产总值增长6%";
const TWO_YEARS = "两年内全市新增市场主体10000户";

/**
 * [target, progress, the WEAK_* code, the task's verdict at 30 September]. Most figures are short of the target but
 * ahead of 序时进度 (74.8%): green at 30 September, so refused, and red at the year's end, where no rule refused them
 * and RATIO read 80% from them.
 */
const WEAK: [string, string, string, string][] = [
  [HTE, "累计新增高新技术企业16家", "WEAK_CUMULATIVE_NO_PERIOD", "无法研判"],
  [HTE, "1-9月重新认定高新技术企业16家", "WEAK_STOCK", "无法研判"],
  [HTE, "1-9月新增高新技术企业和科技型中小企业16家", "WEAK_WIDER", "无法研判"],
  [HTE, "1-9月高新技术企业同比增加16家", "WEAK_CHANGE_NOT_COUNT", "无法研判"],
  [HTE, "1-9月走访高新技术企业16家", "WEAK_OTHER_ACT", "无法研判"],
  [JOBS, "1-9月帮助7000人实现就业", "WEAK_OTHER_ACT", "无法研判"],
  [FAI, "1-9月谋划固定资产投资项目70亿元", "WEAK_PENDING", "无法研判"],
  ["改造老旧小区40个", "1-9月老旧小区改造进场施工32个", "WEAK_EARLY_STEP", "无法研判"],
  [BEDS, "养老服务中心床位400张", "WEAK_NO_ACT", "无法研判"],
  // Met in figures but not in fact: refused at every date, yet RATIO read 100% or more from them.
  [JOBS, "1-9月新增城镇就业近8000人", "WEAK_BELOW", "无法研判"],
  [FAI, "1-9月完成固定资产投资85亿元，其中入统30亿元", "WEAK_STEP_ONLY", "无法研判"],
  // A rate of another scope under its target: the judge still says it lags, but no share done is read from it.
  ["地区生产总值增长6%", "1-9月地区生产总值名义增长5%", "WEAK_SUBSET", "进展滞后"],
  ["森林覆盖率达到45%", "全县林木覆盖率达到40%", "WEAK_NAME", "进展滞后"],
  // Rules outside weakEvidence.ts that refused a green but left RATIO (judging at 2099-12-31) a number: the count of a
  // preparatory step (JUDGE_PREPARATORY_ONLY), works only started for a task to finish them (WEAK_STEP_ONLY), projects
  // of another level (JUDGE_OTHER_LEVEL), a wider area's figure with no 单位层级 to say it is the office's own
  // (JUDGE_WIDER_AREA).
  [PARKS, "已完成3个公园的招标，其中2个已开工建设", "JUDGE_PREPARATORY_ONLY", "无法研判"],
  [PARKS, "已完成2个公园的招标，其中1个已开工建设", "JUDGE_PREPARATORY_ONLY", "进展滞后"],
  [SCHOOLS, "新建学校3所，已全部开工", "WEAK_STEP_ONLY", "无法研判"],
  [SCHOOLS, "1-9月新建学校2所，已开工", "WEAK_STEP_ONLY", "进展滞后"],
  [KEY_PROJECTS, "1-9月省级重点项目完成投资120亿元", "JUDGE_OTHER_LEVEL", "无法研判"],
  [KEY_PROJECTS, "1-9月省级重点项目完成投资60亿元", "JUDGE_OTHER_LEVEL", "无法研判"],
  [GDP, "1-9月全市地区生产总值增长6.5%", "JUDGE_WIDER_AREA", "无法研判"],
  [GDP, "1-9月全市地区生产总值增长5%", "JUDGE_WIDER_AREA", "进展滞后"],
  // How many of a listed whole are of a kind is no count of works started (JUDGE_LIST_COMPOSITION).
  ["新开工亿元以上项目90个", "今年确定的120个重点项目中，亿元以上项目80个", "JUDGE_LIST_COMPOSITION", "无法研判"],
  ["新开工亿元以上项目90个", "今年确定的120个重点项目中，亿元以上项目30个", "JUDGE_LIST_COMPOSITION", "无法研判"],
  // Another place's figure (JUDGE_OTHER_SCOPE): a target over two years was already 无法研判 and kept the 全区 figure, so
  // RATIO read 80% of the city's target from it; a one-year target dropped it, and RATIO said only that nothing matched.
  [TWO_YEARS, "1-9月全区新增市场主体8000户", "JUDGE_OTHER_SCOPE", "无法研判"],
  ["全区新增市场主体5000户", "1-9月全市新增市场主体4000户", "JUDGE_OTHER_SCOPE", "无法研判"],
  // Another stage's rate (JUDGE_OTHER_STAGE): 签约率 is no share of projects started, yet it was read as one — green in
  // a year, 无法研判 with RATIO 90% over two years. Another stage's count was dropped (RATIO: nothing matched).
  ["新开工亿元以上项目30个", "1-9月亿元以上项目签约率达到90%", "JUDGE_OTHER_STAGE", "未反映该指标"],
  ["两年内新开工亿元以上项目60个", "1-9月亿元以上项目签约率达到90%", "JUDGE_OTHER_STAGE", "未反映该指标"],
  ["新开工亿元以上项目30个", "1-9月新签约亿元以上项目25个", "JUDGE_OTHER_STAGE", "未反映该指标"],
  ["新开工亿元以上项目30个", "1-9月建成亿元以上项目25个", "JUDGE_OTHER_STAGE", "无法研判"],
  // Hunt 7: the place's own figure under a target over two years is 无法研判 (this year's share is not written), and
  // every surface shows no share beside it (it showed 80% of the two years' total beside 无法研判).
  [TWO_YEARS, "1-9月全市新增市场主体8000户", "JUDGE_MULTI_YEAR", "无法研判"],
  // A named town's figure (JUDGE_SUB_AREA) and an earlier act's (JUDGE_OTHER_STAGE, hunt 7).
  [PARKS, "1-9月城关镇建成公园3个", "JUDGE_SUB_AREA", "无法研判"],
  [FAI, "1-9月甲镇完成固定资产投资70亿元", "JUDGE_SUB_AREA", "无法研判"],
  ["改造老旧小区面积40万平方米", "1-9月开工老旧小区面积30万平方米", "JUDGE_OTHER_STAGE", "未反映该指标"],
];

/** The same figures said as results: [target, progress, ratio, verdict at 30 September]. */
const CONTROLS: [string, string, number, string][] = [
  [HTE, "1-9月新增高新技术企业16家", 0.8, "序时推进"],
  [FAI, "1-9月完成固定资产投资70亿元", 0.875, "序时推进"],
  [JOBS, "1-9月新增城镇就业7000人", 0.875, "序时推进"],
  [BEDS, "1-9月新增养老床位400张", 0.8, "序时推进"],
  ["改造老旧小区40个", "1-9月完成老旧小区改造32个", 0.8, "序时推进"],
  ["地区生产总值增长6%", "1-9月地区生产总值增长5%", 0.8333, "进展滞后"],
  [JOBS, "1-9月新增城镇就业3300人", 0.4125, "进展滞后"],
  [PARKS, "1-9月建成公园2个", 0.6667, "进展滞后"],
  [SCHOOLS, "1-9月新建学校3所，已全部竣工", 1, "已完成"],
  [KEY_PROJECTS, "1-9月全县重点项目完成投资120亿元", 0.8, "序时推进"],
  ["新开工亿元以上项目90个", "今年确定的120个重点项目中，1-9月新开工亿元以上项目80个", 0.8889, "序时推进"],
  // A report that measures itself against the province is written at the city's level: 全市 is its own place.
  [GDP, "1-9月全市地区生产总值增长5%，高于全省0.3个百分点", 0.8333, "进展滞后"],
  // The stage's own rate.
  ["新开工亿元以上项目30个", "1-9月亿元以上项目开工率达到90%", 0.9, "序时推进"],
  ["新开工亿元以上项目30个", "1-9月签约亿元以上项目开工率达到90%", 0.9, "序时推进"],
];

const ALL: [string, string][] = [...WEAK.map(([t, p]) => [t, p] as [string, string]), ...CONTROLS.map(([t, p]) => [t, p] as [string, string])];

interface CliJudgement {
  status: string;
  ratio: number | null;
  expected: number | null;
  reason: string;
  weakEvidence?: { code: string; reason: string };
}

async function cliJudge(target: string, progress: string): Promise<{ label: string; ratio: number | null; judgements: CliJudgement[] }> {
  const out: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: () => undefined, readStdin: async () => "", errIsTTY: false };
  expect(await main(["judge", "--target", target, "--progress", progress, "--as-of", AS_OF, "--json"], io)).toBe(0);
  return JSON.parse(out.join(""));
}

/** RATIO's answer: the number, or the error's code and message. */
function ratioCell(target: string, progress: string): number | { code: string; message: string } {
  try {
    return formulas.ratio(target, progress);
  } catch (err) {
    if (!(err instanceof DubanError)) throw err;
    return { code: err.code, message: err.message };
  }
}

/** 指标跟踪 as validate writes it through a port (the memory port, every host's reference): rows by task number. */
async function trackedRows(): Promise<{ row: (id: string) => CellValue[]; col: (header: string) => number }> {
  const port = createMemoryPort(
    book(
      catalogueSheet(ALL.map(([t], i) => ({ id: String(i + 1), text: t }))),
      progressSheet(ALL.map(([, p], i) => ({ id: String(i + 1), text: p, status: "", period: "三季度", date: AS_OF }))),
      settingsSheet([["年度", 2024], ["报告期", "三季度", AS_OF, "2024-10-10"]]),
    ),
  );
  await validate(port, { asOf: AS_OF, today: AS_OF, keep: () => null });
  const sheet = port.snapshot().sheets.find((s) => s.name === "指标跟踪");
  if (!sheet) throw new Error("no 指标跟踪");
  const header = sheet.rows.findIndex((r) => r.includes("完成率") && r.includes("研判说明"));
  const headers = sheet.rows[header];
  return {
    col: (h: string) => headers.indexOf(h),
    row: (id: string) => {
      const rows = sheet.rows.slice(header + 1).filter((r) => String(r[0]) === id);
      expect(rows).toHaveLength(1);
      return rows[0];
    },
  };
}

describe("a figure the judge does not trust gives no completion ratio anywhere", () => {
  let tracked: Awaited<ReturnType<typeof trackedRows>>;
  beforeAll(async () => {
    tracked = await trackedRows();
  });

  it.each(WEAK.map((w, i) => [i + 1, ...w] as const))("weak %i: %s / %s (%s)", async (n, target, progress, code, verdict) => {
    // The judge says why, whatever the date: the same rule at the start of the year, at 30 September, at its end and at
    // the date RATIO judges at.
    for (const asOf of ["2024-03-31", AS_OF, "2024-12-31", "2099-12-31"]) {
      const j = judgeTask({ targetText: target, progress: { text: progress }, asOf }).judgements[0];
      expect({ asOf, code: j.weakEvidence?.code }).toEqual({ asOf, code });
    }
    const cli = await cliJudge(target, progress);
    expect(cli.label).toBe(verdict);
    expect(formulas.status(target, progress, AS_OF)).toBe(cli.label);
    const j = cli.judgements[0];
    expect({ ratio: j.ratio, top: cli.ratio, code: j.weakEvidence?.code }).toEqual({ ratio: null, top: null, code });
    expect(j.reason).not.toMatch(/完成(?:年度目标的)?-?[\d.]+%|为目标的[\d.]+%/);
    // RATIO: an error with the judge's own reason, not a number.
    const cell = ratioCell(target, progress);
    expect(cell).toEqual({ code: "FN_WEAK_ACTUAL", message: expect.stringContaining(j.weakEvidence?.reason ?? "?") });
    expect((cell as { message: string }).message).toContain(`（${code}）`);
    // validate: 完成率 empty, the reason the CLI's.
    const r = tracked.row(String(n));
    expect({ shown: r[tracked.col("完成率")] ?? null, reason: r[tracked.col("研判说明")] }).toEqual({ shown: null, reason: j.reason });
    // The bulletin words no share done from it.
    const judged = judgeTask({ targetText: target, progress: { text: progress }, asOf: AS_OF }).judgements[0];
    expect(judgementWords(judged, "前三季度")).toBeNull();
  });

  it.each(CONTROLS.map((c, i) => [WEAK.length + i + 1, ...c] as const))("control %i: %s / %s → %s", async (n, target, progress, ratio, verdict) => {
    const cli = await cliJudge(target, progress);
    expect(cli.label).toBe(verdict);
    const j = cli.judgements[0];
    expect({ ratio: j.ratio, weak: j.weakEvidence }).toEqual({ ratio, weak: undefined });
    expect(ratioCell(target, progress)).toBe(ratio);
    const r = tracked.row(String(n));
    expect(r[tracked.col("研判说明")]).toBe(j.reason);
    // A growth rate shows its gap in 个百分点, not a share; an amount shows the share its reason writes, rounded once.
    if (j.expected !== 1) {
      expect(r[tracked.col("完成率")]).toBe(ratio);
      expect(j.reason.replace("完成年度目标的", "完成")).toContain(`完成${formatPercent(ratio)}`);
    } else expect(r[tracked.col("完成率")] ?? null).toBeNull();
  });
});

describe("a wider area's figure is weak evidence unless the office's level makes it its own", () => {
  it("is the office's own figure only when 单位层级 says the office is of that area", () => {
    const progress = "1-9月全市地区生产总值增长5%";
    for (const asOf of ["2024-03-31", AS_OF, "2024-12-31", "2099-12-31"]) {
      const judged = (level?: "市" | "县") => judgeTask({ targetText: GDP, progress: { text: progress }, asOf, level }).judgements[0];
      expect({ asOf, none: judged().weakEvidence?.code, county: judged("县").weakEvidence?.code, city: judged("市").weakEvidence }).toEqual({ asOf, none: "JUDGE_WIDER_AREA", county: "JUDGE_WIDER_AREA", city: undefined });
      expect(judged("市").ratio).toBe(0.8333);
    }
  });
});
