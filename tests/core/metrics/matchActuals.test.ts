import { matchActuals, parseActuals, parseTargets, metricMentioned } from "../../../src/core/metrics";

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

describe("matching with the domain lexicon (issue 12)", () => {
  const pick = (task: string, progress: string) => {
    const targets = parseTargets(task, { year: 2024 }).targets;
    return matchActuals(targets, parseActuals(progress).actuals).map((a) => (a ? a.value : null));
  };
  it.each([
    ["建设书房2处", "建成书房3家", 3],
    ["网络零售额增长15%", "网零额增长12%", 12],
    ["GDP增长6%", "地区生产总值增长5.1%", 5.1],
    ["固定资产投资增长8%", "固投增长6.2%", 6.2],
    ["社会消费品零售总额增长7%", "社零额增长5%", 5],
    ["实际使用外资5000万美元", "利用外资3200万美元", 3200],
    ["地方一般公共预算收入增长5%", "一般公共预算收入增长4.2%", 4.2],
  ])("%s is answered by %s", (task, progress, value) => {
    expect(pick(task, progress)).toEqual([value]);
  });
  it("keeps 新签约 and 新开工 apart", () => {
    expect(pick("新签约项目20个，新开工项目15个", "新开工项目9个，新签约项目12个")).toEqual([12, 9]);
  });
  it("keeps 城镇 and 农村 apart", () => {
    expect(pick("城镇、农村居民人均可支配收入分别增长6%、8%", "农村居民人均可支配收入增长7.5%，城镇居民人均可支配收入增长5%")).toEqual([5, 7.5]);
  });
  it("does not take a count of 学校 for 辆", () => {
    expect(pick("新增校车10辆", "新增学校3所")).toEqual([null]);
  });
});

describe("metricMentioned", () => {
  it("finds a metric named without a figure, through the lexicon", () => {
    expect(metricMentioned("地区生产总值", "GDP稳步增长")).toBe(true);
    expect(metricMentioned("网络零售额", "网零额持续提升")).toBe(true);
    expect(metricMentioned("新建充电桩", "今年以来建成充电桩一批")).toBe(true);
  });
  it("says no when the text speaks of other things", () => {
    expect(metricMentioned("规上工业增加值", "积极推进项目建设，召开调度会3次")).toBe(false);
    expect(metricMentioned("地区生产总值", "")).toBe(false);
  });
});
