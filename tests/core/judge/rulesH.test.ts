/**
 * Forms docs/metrics.md listed as not understood, made understood by general rules (branch judge-rules), each backed by
 * the train set h of the corpus (tests/fixtures/metrics/corpus/pairs-h.jsonl and friends: phrasings of our own, several
 * per form, with the cases where a rule must not fire). Every row of set h must be judged as labelled: they are the
 * rules' own examples, so a miss here is a rule broken, not a score that slipped.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { readBreakdowns } from "../../../src/core/judge/breakdowns";
import { explainDeadline, metricSimilarity, parseActuals, parseDeadline } from "../../../src/core/metrics";

const DIR = path.join(__dirname, "../../fixtures/metrics/corpus");
const rows = (file: string) => readFileSync(path.join(DIR, file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

interface Pair { id: string; task: string; progress: string; asOf: string; verdict: string }
const pairs: Pair[] = rows("pairs-h.jsonl");
const verdictOf = (p: Pair) => judgeTask({ targetText: p.task, progress: { text: p.progress }, asOf: p.asOf }).verdict;

describe("set h pairs: each rule on its own phrasings", () => {
  it.each(pairs.map((p) => [p.id, p] as const))("%s", (_id, p) => {
    expect(verdictOf(p).status).toBe(p.verdict);
  });
});

describe("two stages: started is not finished", () => {
  it("never calls started works done, and says the plan is a plan", () => {
    const v = judgeTask({ targetText: "滨河公园年内建成", progress: { text: "滨河公园已开工建设，计划11月竣工" }, asOf: "2024-07-31" }).verdict;
    expect(v.status).toBe("unknown");
    expect(v.reason).toContain("开工不等于建成");
    expect(v.reason).toContain("是计划");
  });

  it("reads a planned finish after the stage's own deadline as lagging, and names that deadline", () => {
    const v = judgeTask({ targetText: "污水处理厂提标改造工程6月开工，10月底完工", progress: { text: "工程已于5月动工，预计12月完工" }, asOf: "2024-07-15" }).verdict;
    expect(v.status).toBe("behind");
    expect(v.reason).toContain("2024-10-31");
  });

  it("keeps a two-stage task on schedule, not done, while its finish is planned in time", () => {
    const v = judgeTask({ targetText: "三和路安置房项目年内开工，10月底竣工", progress: { text: "项目已于3月开工，计划10月底竣工" }, asOf: "2024-06-30" }).verdict;
    expect(v.status).toBe("on-track");
    expect(v.reason).toContain("不作已完成");
  });
});

describe("parts of a whole", () => {
  it("reads 20个…项目已完工15个 as 15 of 20, never as all 20 finished", () => {
    const b = readBreakdowns("20个老旧小区改造项目已完工15个");
    expect(b).toEqual([expect.objectContaining({ total: 20, part: 15, stage: "finish" })]);
  });

  it("still reads a whole finished when no figure follows the stage", () => {
    expect(readBreakdowns("14个重大项目已全部开工")).toEqual([expect.objectContaining({ total: 14, part: 14, stage: "start" })]);
  });

  it("works out the share from the plan and the amount done, stated in words", () => {
    const v = judgeTask({ targetText: "完成年度投资计划", progress: { text: "年度计划投资94亿元，完成投资56.7亿元" }, asOf: "2024-09-30" }).verdict;
    expect(v.status).toBe("behind");
    expect(v.reason).toContain("60.3%");
  });
});

describe("set h deadlines: a day without its month, 汛前, 年底前 and their kin", () => {
  const deadlines: { id: string; text: string; year: number; deadline: string | null }[] = rows("deadlines-h.jsonl");
  it.each(deadlines.map((d) => [d.id, d] as const))("%s", (_id, d) => {
    expect(parseDeadline(d.text, d.year)).toBe(d.deadline);
  });

  it("states the date chosen for 汛期来临之前, as for the other customary times", () => {
    expect(explainDeadline("汛期来临之前完成河道清淤", 2024)).toEqual({ date: "2024-05-31", note: expect.stringContaining("5月31日") });
  });
});

describe("set h progress: one figure for several metrics, parts of a whole", () => {
  interface Row { id: string; text: string; actuals: { metric: string; kind: string; value: number; unit: string }[]; ratios: { metric: string; value: number }[] }
  const progress: Row[] = rows("progress-h.jsonl");
  it.each(progress.map((r) => [r.id, r] as const))("%s", (_id, r) => {
    const got = parseActuals(r.text).actuals;
    const plain = got.filter((a) => a.explicitRatio === undefined).map((a) => `${a.metric}|${a.kind}|${a.value}${a.unit}`);
    expect(plain.sort()).toEqual(r.actuals.map((a) => `${a.metric}|${a.kind}|${a.value}${a.unit}`).sort());
    const ratios = got.filter((a) => a.explicitRatio !== undefined && a.unit === "%").map((a) => `${a.metric}|${a.explicitRatio}`);
    expect(ratios.sort()).toEqual(r.ratios.map((x) => `${x.metric}|${x.value}`).sort());
  });
});

describe("head nouns of the same things, never across act words", () => {
  it("folds a small table of head nouns", () => {
    expect(metricSimilarity("城市断头路", "城市道路")).toBeGreaterThanOrEqual(0.9);
    expect(metricSimilarity("公共厕所", "公厕")).toBe(1);
    expect(metricSimilarity("停车泊位", "停车位")).toBe(1);
    expect(metricSimilarity("菜市场", "农贸市场")).toBe(1);
    expect(metricSimilarity("污水管道", "污水管网")).toBe(1);
  });

  it("keeps names that differ in the act or in what the noun serves apart", () => {
    expect(metricSimilarity("新开工项目", "新签约项目")).toBeLessThan(0.3);
    expect(metricSimilarity("竣工项目", "新开工项目")).toBeLessThan(0.3);
    expect(metricSimilarity("雨水管网", "污水管网")).toBeLessThan(0.3);
  });
});
