/**
 * Round al (branch judge-al): rules made general from the train misses of set al of the corpus
 * (tests/fixtures/metrics/corpus/pairs-al.jsonl and friends: county and district 落实情况 at three quarters, a three-year
 * road plan, a 旗's three-quarter figures). Each rule is tried in other words than the corpus's, with the lookalikes that
 * must not turn green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";
import { parseTargets } from "../../../src/core/metrics/parseTargets";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict.status;
const names = (text: string) => parseTargets(text).targets.map((t) => t.metric);
const periods = (text: string) => parseActuals(text).actuals.map((a) => `${a.metric}:${a.period}`);

describe("a span of years before the act is the task's time, not its name", () => {
  it("三年, 五年内, 到2025年 before 完成/建成/新增 are cut from the metric", () => {
    expect(names("三年新建农村公路1200公里")).toEqual(["农村公路"]);
    expect(names("五年内建成标准化厂房50万平方米")).toEqual(["标准化厂房"]);
    expect(names("到2025年新增城镇就业3万人")).toEqual(["城镇就业"]);
  });

  it("without an act after it the years stay in the name (三年行动计划, 两年制)", () => {
    expect(names("三年行动计划完成投资10亿元")[0]).toContain("三年行动计划");
  });

  it("the task is then judged on its noun: met is done, short is by the time left", () => {
    const p = "截至5月底，全县累计新建农村公路1260公里，其中硬化路面830公里";
    expect(status("三年新建农村公路1200公里", p, "2021-06-10", 2021)).toBe("done");
    expect(status("三年新建农村公路1500公里", p, "2021-06-10", 2021)).not.toBe("done");
  });
});

describe("a plan that is the base of a share does not make the rest of the sentence a plan", () => {
  it("占“…计划”的N%, 其中… reports its parts", () => {
    const p = "截至3月底，已完成农村危房改造820户，占“两年攻坚计划”的91%，其中C级危房560户、D级危房260户";
    expect(parseActuals(p).actuals.map((a) => a.value)).toEqual(expect.arrayContaining([820, 560, 260]));
    expect(status("改造D级危房250户", p, "2021-04-10", 2021)).toBe("done");
  });

  it("a plan still restated with its figure stays a plan (计划改造300户)", () => {
    const p = "今年计划改造D级危房300户，其中城关镇120户";
    expect(status("改造D级危房250户", p, "2021-04-10", 2021)).not.toMatch(/done|on-track/);
  });
});

describe("通达 is a noun, not a name closed by the verb 达", () => {
  it("village groups reached by road and village groups with hard roads are two counts", () => {
    const p = "截至6月底，解决412个村民小组通达、398个村民小组通畅";
    expect(status("解决400个村民小组通达", p, "2021-07-10", 2021)).toBe("done");
    expect(status("解决400个村民小组通畅", p, "2021-07-10", 2021)).not.toBe("done");
    // Cut to "村民小组通", the 通达 count once answered a 通畅 task: a wrong green before this rule.
    expect(status("解决400个村民小组通畅", "截至6月底，已解决412个村民小组通达", "2021-07-10", 2021)).not.toMatch(/done|on-track/);
  });

  it("达 after other names is still the verb (总量达…)", () => {
    expect(parseActuals("上半年外贸进出口总额达12.6亿元").actuals[0].metric).toBe("外贸进出口总额");
  });
});

describe("a source of the figures before a heading period lets it head its list", () => {
  it("据初步测算，截至9月底，…；…；… : every figure of the list is to September's end", () => {
    const p = "据初步测算，截至9月底，全县生产总值48.2亿元，增长6.1%；财政收入2.95亿元，增长8.3%；固定资产投资31亿元，增长12%";
    expect(periods(p)).toEqual(expect.arrayContaining(["财政收入:截至9月底", "固定资产投资:截至9月底"]));
    // 2.95 of 3.8 is 77.6%, ahead of the 75% due at September's end (read in late October).
    expect(status("财政收入达到3.8亿元", p, "2021-10-25", 2021)).toBe("on-track");
    expect(status("财政收入达到4.5亿元", p, "2021-10-25", 2021)).toBe("behind");
  });

  it("a forecast word is no source: 据预测 still makes a forecast", () => {
    expect(status("财政收入达到3.8亿元", "据预测，全年财政收入可达3.9亿元", "2021-10-25", 2021)).not.toMatch(/done|on-track/);
  });
});
