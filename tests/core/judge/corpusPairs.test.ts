/**
 * Judgement accuracy on the labelled pairs of the judging corpus (tests/fixtures/metrics/corpus/pairs-*.jsonl):
 * each pair is a task text, its progress and what a careful supervisor concludes at the as-of date. The one
 * judge is run on every pair; the verdict is compared with the label, train and held-out apart. A "wrong
 * green" (done or on-track where the label is anything else) is counted on its own: it is the harmful error.
 * Held-out rows are scored, never used to tune (tests/fixtures/metrics/corpus/README.md).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { judgeTask } from "../../../src/core/judge";
import { placeLevel } from "../../../src/core/settings/readSettings";
import { PlaceLevel } from "../../../src/core/model";

interface Pair {
  id: string;
  doc?: string;
  /** The office's level when the phrasing states it (set p): as the 设置 sheet's 单位层级. */
  level?: string;
  /** The catalogue's year (设置 任务所属年度) when a review is read in the next year (set u): as validate passes settings.year. */
  year?: number;
  /** "excluded": a held-out document found to be another set's document too (README): scored in neither split. */
  split: "train" | "heldout" | "excluded";
  task: string;
  progress: string;
  asOf: string;
  verdict: string;
}

const DIR = path.join(__dirname, "../../fixtures/metrics/corpus");
const pairs: Pair[] = readdirSync(DIR)
  .filter((f) => /^pairs-.*\.jsonl$/.test(f))
  .flatMap((f) => readFileSync(path.join(DIR, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Pair));

/**
 * The office's level (单位层级) of each document, as an office would set it: read mechanically from the document's place
 * recorded in its sources file (the word the office calls itself by: …省/自治区 省, …市/州/盟 市, …区/县/旗 县), null when
 * the place names none (自拟, 推断). The judge is then run as that office would run it.
 */
const levels = new Map<string, PlaceLevel | null>();
for (const f of readdirSync(DIR).filter((x) => /^sources-[a-z]+\.jsonl$/.test(x)))
  for (const l of readFileSync(path.join(DIR, f), "utf8").split("\n").filter((x) => x.trim())) {
    const d = JSON.parse(l) as { doc: string; place?: string };
    levels.set(`${f.slice(8, -6)}:${d.doc}`, placeLevel((d.place ?? "").replace(/[（(][^）)]*[）)]$/, "").slice(-3)));
  }
/** A row's set: the letters its id starts with ("a07-j01" → a, "aa03-j02" → aa). */
const setOf = (p: Pair) => (/^[a-z]+/.exec(p.id) ?? [""])[0];
const levelOf = (p: Pair) => (p.level !== undefined ? placeLevel(p.level) : null) ?? levels.get(`${setOf(p)}:${p.doc ?? p.id.split("-")[0]}`) ?? null;

const GREEN = new Set(["done", "on-track"]);

function score(split: Pair["split"], set?: string) {
  const rows = pairs.filter((p) => p.split === split && (!set || setOf(p) === set));
  let right = 0;
  let wrongGreen = 0;
  const misses: string[] = [];
  const confusion = new Map<string, number>();
  for (const p of rows) {
    const got = judgeTask({ targetText: p.task, progress: { text: p.progress }, asOf: p.asOf, year: p.year, level: levelOf(p) }).verdict.status;
    if (got === p.verdict) right++;
    else {
      const key = `${p.verdict}→${got}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
      if (GREEN.has(got) && !GREEN.has(p.verdict)) wrongGreen++;
      // Train misses only: held-out rows are never printed.
      if (split === "train") misses.push(`${p.id} ${key}: ${p.task} ⟶ ${p.progress}`);
    }
  }
  return { n: rows.length, right, accuracy: rows.length ? right / rows.length : 0, wrongGreen, misses, confusion: [...confusion].sort((a, b) => b[1] - a[1]) };
}

describe("judgement accuracy on the corpus pairs", () => {
  it("has the pairs the issue asks for (at least 150, both splits)", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    expect(pairs.some((p) => p.split === "heldout")).toBe(true);
  });

  it("scores train and held-out, and reports the wrong greens", () => {
    const train = score("train");
    const heldout = score("heldout");
    const line = (name: string, s: ReturnType<typeof score>) =>
      `${name}: ${s.right}/${s.n} verdicts right (${(s.accuracy * 100).toFixed(1)}%), wrong greens ${s.wrongGreen}; misses ${s.confusion.map(([k, v]) => `${k} ×${v}`).join(", ")}`;
    // Held-out scores are printed only on request (DUBAN_HELDOUT=1), once, after the last tuning commit: whoever tunes
    // the judge never sees them run by run. The collapse guard below still runs every time.
    // Held-out: totals only, never which rows or which kinds of miss.
    const total = (s: ReturnType<typeof score>) => `heldout: ${s.right}/${s.n} verdicts right (${(s.accuracy * 100).toFixed(1)}%), wrong greens ${s.wrongGreen}`;
    // Per labeller set (train; held-out as totals only on request): sets f and g have a held-out third of their own.
    const sets = [...new Set(pairs.map(setOf))].sort();
    const perSet = sets.map((s) => line(`train ${s}`, score("train", s)).replace(/; misses.*$/, "")).join("\n");
    const heldoutSets = ["a", "b", "f", "g", "i", "l", "n", "o", "q", "r", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae", "af", "ag"].map((s) => total(score("heldout", s)).replace("heldout:", `heldout ${s}:`)).join("\n");
    console.log(process.env.DUBAN_HELDOUT === "1" ? `${line("train", train)}\n${perSet}\n${total(heldout)}\n${heldoutSets}` : `${line("train", train)}\n${perSet}`);
    if (process.env.DUBAN_CORPUS_MISSES === "1") console.log(train.misses.join("\n"));
    // Round ah (other genres: 计划执行, 节能/空气, 审批时限, 季度运行) on a line of its own, so parallel rounds' lists merge.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "ah")).replace("heldout:", "heldout ah:"));
    // Round ai (completion rates: 改厕, 老旧小区, 危房改造, 百城建设, 农村供水) on a line of its own, as round ah's.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "ai")).replace("heldout:", "heldout ai:"));
    // Round aj (harder genres: 计划执行, 预算执行, 空气质量月报, 审批时限) on a line of its own, as rounds ah and ai.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "aj")).replace("heldout:", "heldout aj:"));
    // Round ak (民生实事 mid-year progress, a county's or district's half-year economy) on a line of its own, as rounds ah–aj.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "ak")).replace("heldout:", "heldout ak:"));
    // Round al (county and district 落实情况 at three quarters or mid-year, rare provinces) on a line of its own, as rounds ah–ak.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "al")).replace("heldout:", "heldout al:"));
    // Round am (departments' and counties' year and half-year 工作总结: plans and restatements beside actuals) on a line of its own, as rounds ah–al.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "am")).replace("heldout:", "heldout am:"));

    // Round an (development zones, 营商环境 time limits, 城市建设 works; rare provinces) on a line of its own, as rounds ah–al.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "an")).replace("heldout:", "heldout an:"));
    // Round ao (督查通报 and 考核 bulletins: colour rules, counts of lagging tasks, grades) on a line of its own, as rounds ah–an.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "ao")).replace("heldout:", "heldout ao:"));
    // Round ap (year-end 民生实事 / 为民办实事 completion reports) on a line of its own, as rounds ah–ao.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "ap")).replace("heldout:", "heldout ap:"));
    // Round ar (招商引资 and 项目 签约/落地/开工 bulletins) on a line of its own, as rounds ah–ap.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "ar")).replace("heldout:", "heldout ar:"));

    // Round aq (安全生产 and 生态环境/节能减排 targets: ceilings, declines, 零发生) on a line of its own, as rounds ah–ap.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "aq")).replace("heldout:", "heldout aq:"));

    // Round as (卫生健康 and 教育 bureaus' year-end and half-year summaries) on a line of its own, as rounds ah–ar.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "as")).replace("heldout:", "heldout as:"));

    // Round au (乡村振兴 / 巩固脱贫 progress: 衔接资金, 务工, 防返贫监测) on a line of its own, as rounds ah–as.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "au")).replace("heldout:", "heldout au:"));
    // Round aw (文化旅游, 商务 and 市场监管 progress and targets) on a line of its own, as rounds ah–au.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "aw")).replace("heldout:", "heldout aw:"));
    // Round av (金融 and 国资国企 progress: balances and flows, ceilings on rates, 预算目标 shares) on a line of its own, as rounds ah–au.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "av")).replace("heldout:", "heldout av:"));
    // Round ax (交通, 住建 and 城市管理 progress: works' stages, plans restated, 公里/千米/米) on a line of its own, as rounds ah–aw.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "ax")).replace("heldout:", "heldout ax:"));
    // Round ay (科技创新 and 工业和信息化 progress: 入规, 高企 and 专精特新 recognised vs put forward, R&D intensity) on a line of its own.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "ay")).replace("heldout:", "heldout ay:"));
    // Round ba (统计月报 / 经济运行分析 against the year's targets: 当月 vs 累计, changes of rates, comparisons, 两年平均) on a line of its own.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "ba")).replace("heldout:", "heldout ba:"));
    // Round az (民生: 人社 就业 and 社保参保, 医保参保率, 民政 低保 standards and 养老床位) on a line of its own.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "az")).replace("heldout:", "heldout az:"));
    // Round bb (公共服务 — 教育, 卫生健康, 文化体育: works put to use, per-head levels, plan periods, ceilings of zero) on a line of its own.
    if (process.env.DUBAN_HELDOUT === "1") console.log(total(score("heldout", "bb")).replace("heldout:", "heldout bb:"));
    // Floors a little under what the judge reaches, so a regression shows; held-out only guards against collapse.
    expect(train.accuracy).toBeGreaterThanOrEqual(TRAIN_FLOOR);
    // A green where the label is not is the harmful miss: none on train, ever.
    expect(train.wrongGreen).toBe(0);
    expect(heldout.accuracy).toBeGreaterThanOrEqual(0.3);
  });
});

// Session 24: 0.93 → 0.925 when set bb (公共服务, 46 train pairs, 31 right after its round) came in with sets az and ba: each
// passed alone (93.05% with bb's own base), together the train part is 92.9% (2,500 of 2,691) with no verdict of an older set
// moved — new material harder than the old, not a regression (the wrong-green line below stays at zero).
const TRAIN_FLOOR = 0.925;
