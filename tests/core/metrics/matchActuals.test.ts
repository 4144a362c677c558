import { matchActuals, parseActuals, parseTargets } from "../../../src/core/metrics";

describe("matchActuals", () => {
  it("pairs each target with the actual of the same metric", () => {
    const targets = parseTargets("全年新增规上工业企业 25家以上，培育高成长型企业 50家以上。").targets;
    const actuals = parseActuals("指导 29家企业成功认定为省级“专精特新”企业；新增规上工业企业 7家。").actuals;
    const m = matchActuals(targets, actuals);
    expect(m[0]?.value).toBe(7);
  });

  it("matches across magnitudes and kinds of the same dimension", () => {
    const [t] = parseTargets("新增土地规模化生产经营 10万亩以上").targets;
    const [a] = parseActuals("目前新增土地规模化经营面积3900亩").actuals;
    expect(matchActuals([t], [a])).toEqual([a]);
  });

  it("matches a bare 亿 to 亿元", () => {
    const [t] = parseTargets("实现全年营收突破 80亿元的目标").targets;
    const [a] = parseActuals("上半年实现营收 45.25亿").actuals;
    expect(matchActuals([t], [a])).toEqual([a]);
  });

  it("does not match a growth rate to an amount, or units of different dimensions", () => {
    const [growth] = parseTargets("固定资产投资增长8%").targets;
    const [amount] = parseActuals("完成固定资产投资 120亿元").actuals;
    expect(matchActuals([growth], [amount])).toEqual([null]);
    const [km] = parseTargets("新改建农村公路 40公里").targets;
    const [n] = parseActuals("新改建农村公路 12条").actuals;
    expect(matchActuals([km], [n])).toEqual([null]);
  });

  it("lets an explicit share without a metric answer the task's amount", () => {
    const targets = parseTargets("实现全年营收突破 80亿元的目标").targets;
    const [a] = parseActuals("已完成年度目标任务的60%").actuals;
    expect(a).toMatchObject({ metric: "", explicitRatio: 0.6 });
    expect(matchActuals(targets, [a])).toEqual([a]);
    expect(matchActuals(parseTargets("地区生产总值增长6%").targets, [a])).toEqual([null]);
  });

  it("answers a stretch goal with the report of the target it stretches", () => {
    const targets = parseTargets("新增规上工业企业不少于30家，力争达到40家").targets;
    expect(targets.map((t) => [t.kind, t.value, t.stretch ?? false])).toEqual([
      ["count", 30, false],
      ["count", 40, true],
    ]);
    expect(matchActuals(targets, parseActuals("新增规上工业企业12家").actuals).map((a) => a?.value)).toEqual([12, 12]);
  });

  it("uses each actual once and leaves targets without a report null", () => {
    const targets = parseTargets("新建充电站 10 个、公共充电桩 100 个").targets;
    const actuals = parseActuals("新建公共充电桩 30个").actuals;
    expect(matchActuals(targets, actuals).map((a) => a?.value ?? null)).toEqual([null, 30]);
  });
});
