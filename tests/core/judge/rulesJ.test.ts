/**
 * Forms docs/metrics.md listed as not understood, each given a general rule or an honest 无法研判 (branch judge-forms),
 * backed by train set j of the corpus (tests/fixtures/metrics/corpus/pairs-j.jsonl, deadlines-j.jsonl: phrasings of our
 * own, with the cases where a rule must not fire). Every row of set j must come out as labelled.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals, parseDeadline, parseTargets } from "../../../src/core/metrics";

const DIR = path.join(__dirname, "../../fixtures/metrics/corpus");
const rows = (file: string) => readFileSync(path.join(DIR, file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

interface Pair { id: string; task: string; progress: string; asOf: string; verdict: string }
const pairs: Pair[] = rows("pairs-j.jsonl");
const verdictOf = (p: Pair) => judgeTask({ targetText: p.task, progress: { text: p.progress }, asOf: p.asOf }).verdict;

describe("set j pairs: each rule on its own phrasings", () => {
  it.each(pairs.map((p) => [p.id, p] as const))("%s", (_id, p) => {
    expect(verdictOf(p).status).toBe(p.verdict);
  });
});

describe("set j deadlines", () => {
  it.each(rows("deadlines-j.jsonl").map((d) => [d.id, d] as const))("%s", (_id, d) => {
    expect(parseDeadline(d.text, d.year)).toBe(d.deadline);
  });
});

describe("two stages with a figure: a start is not a finish", () => {
  it("never calls a count reported only as started done, for a task to build", () => {
    const v = judgeTask({ targetText: "新建学校3所，年内开工，11月竣工", progress: { text: "新建学校3所，已全部开工" }, asOf: "2024-07-31" });
    expect(v.verdict.status).toBe("unknown");
    expect(v.judgements[0].reason).toContain("开工不等于");
  });

  it("reads the planned finish against the finishing stage's deadline", () => {
    const v = judgeTask({ targetText: "新建学校3所，年内开工，11月竣工", progress: { text: "3所学校均已开工，预计12月底竣工" }, asOf: "2024-07-31" }).verdict;
    expect(v.status).toBe("behind");
    expect(v.reason).toContain("2024-11-30");
  });

  it("leaves a finish reported as done, and a start target answered by a start", () => {
    expect(judgeTask({ targetText: "新建学校3所，年内开工，11月竣工", progress: { text: "新建的3所学校已全部竣工" }, asOf: "2024-11-20" }).verdict.status).toBe("done");
    expect(judgeTask({ targetText: "年内开工新建学校3所", progress: { text: "新建学校3所，已全部开工" }, asOf: "2024-07-31" }).verdict.status).toBe("done");
  });
});

describe("翻番", () => {
  it("reads doubling as growth of at least 100% (翻两番: 300%)", () => {
    expect(parseTargets("外贸进出口总额翻一番").targets).toEqual([expect.objectContaining({ metric: "外贸进出口总额", kind: "growth", cmp: ">=", value: 100, unit: "%" })]);
    expect(parseTargets("电商交易额增长一倍").targets[0]).toMatchObject({ kind: "growth", cmp: ">=", value: 100 });
    expect(parseTargets("出口额力争翻两番").targets[0]).toMatchObject({ kind: "growth", cmp: ">=", value: 300 });
  });

  it("gives no target for a doubling against a base year or over years, and says why", () => {
    for (const t of ["地区生产总值比2020年翻一番", "到2025年规上工业产值翻两番", "力争两年翻番"]) {
      const r = parseTargets(t, { year: 2024 });
      expect(r.targets).toHaveLength(0);
      expect(r.reason).toContain("翻番");
    }
  });
});

describe("依次: shares and rates listed in order", () => {
  it("reads every share after 依次 as a completion ratio, each to its own name", () => {
    const a = parseActuals("甲、乙、丙三个标段依次完成工程量的96%、88%、75%").actuals;
    expect(a.map((x) => x.explicitRatio)).toEqual([0.96, 0.88, 0.75]);
    expect(a.map((x) => x.metric[0])).toEqual(["甲", "乙", "丙"]);
  });

  it("keeps 依次 out of the names and gives each rate its own metric", () => {
    expect(parseActuals("城镇、农村居民人均可支配收入依次增长5.6%、7.2%").actuals.map((x) => [x.metric, x.value])).toEqual([
      ["城镇居民人均可支配收入", 5.6],
      ["农村居民人均可支配收入", 7.2],
    ]);
  });
});

describe("a period written after the counted noun", () => {
  it("is the figure's period when a report word follows it in the same clause", () => {
    expect(parseActuals("12个棚改项目截至8月底已全部开工").actuals[0]).toMatchObject({ value: 12, period: "截至8月底" });
  });
  it("does not reach back over a clause break", () => {
    expect(parseActuals("新增城镇就业3200人，截至6月底完成年度任务的64%").actuals[0]).toMatchObject({ value: 3200, period: null });
  });
});
