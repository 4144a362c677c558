import { parseTargets } from "../../../src/core/metrics";

const pick = (text: string, year = 2024) =>
  parseTargets(text, { year }).targets.map(({ metric, kind, cmp, value, unit }) => ({ metric, kind, cmp, value, unit }));

describe("parseTargets", () => {
  it("reads a growth rate with 左右 as about", () => {
    expect(pick("地区生产总值增长 6%左右。")).toEqual([{ metric: "地区生产总值", kind: "growth", cmp: "~", value: 6, unit: "%" }]);
  });

  it("reads 增速 as growth and a bare figure as reach", () => {
    expect(pick("规上工业增加值增速 8%。")).toEqual([{ metric: "规上工业增加值", kind: "growth", cmp: "=", value: 8, unit: "%" }]);
  });

  it("maps the comparators of the primer", () => {
    const cmp = (t: string) => parseTargets(t).targets[0]?.cmp;
    expect(cmp("新增城镇就业4000人以上")).toBe(">=");
    expect(cmp("培育专精特新企业不少于20家")).toBe(">=");
    expect(cmp("外贸进出口突破200亿元")).toBe(">");
    expect(cmp("实际利用外资超过1亿美元")).toBe(">");
    expect(cmp("不良贷款率控制在0.9%以下")).toBe("<=");
    expect(cmp("城镇调查失业率控制在5.5%以内")).toBe("<=");
    expect(cmp("新增城镇就业约3000人")).toBe("~");
    expect(cmp("改造老旧小区82个")).toBe("=");
  });

  it("takes the count of projects, not the 500万元 that qualifies them", () => {
    expect(pick("实施 500万元以上技改项目 50个以上，工业技改投资增长 8%。")).toEqual([
      { metric: "500万元以上技改项目", kind: "count", cmp: ">=", value: 50, unit: "个" },
      { metric: "工业技改投资", kind: "growth", cmp: "=", value: 8, unit: "%" },
    ]);
  });

  it("takes 30 firms from 产值过亿元企业突破30家", () => {
    expect(pick("力争产值过亿元企业突破 30家")).toEqual([{ metric: "产值过亿元企业", kind: "level", cmp: ">", value: 30, unit: "家" }]);
  });

  it("does not take the investment that describes a plant", () => {
    const r = parseTargets("投资84.3亿元的抽水蓄能电站开工建设");
    expect(r.targets).toEqual([]);
    expect(r.reason).toMatch(/84\.3亿元/);
  });

  it("takes the new level, not the baseline, from 由…提升至…", () => {
    expect(pick("年产绿电能力由3.4亿度提升至11亿度")).toEqual([{ metric: "年产绿电能力", kind: "level", cmp: "=", value: 11, unit: "亿度" }]);
  });

  it("distributes 分别 lists over their metrics", () => {
    expect(pick("力争研发投入、强度分别突破18亿元、3.3%")).toEqual([
      { metric: "研发投入", kind: "level", cmp: ">", value: 18, unit: "亿元" },
      { metric: "研发强度", kind: "level", cmp: ">", value: 3.3, unit: "%" },
    ]);
    expect(pick("城镇和农村居民人均可支配收入分别增长 6.5%、7%").map((t) => t.metric)).toEqual(["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
  });

  it("judges every member of a 稳定在 list as a standing level", () => {
    expect(parseTargets("确保粮食播种面积和产量稳定在 426 万亩、183 万吨以上").targets.map((t) => t.cumulative)).toEqual([false, false]);
  });

  it("gives one target per metric of a 均 list", () => {
    expect(pick("确保省市重点项目开工率、纳统率均达到100%").map((t) => [t.metric, t.value])).toEqual([
      ["省市重点项目开工率", 100],
      ["省市重点项目纳统率", 100],
    ]);
  });

  it("reads Chinese numerals and full-width digits", () => {
    expect(pick("办好十件民生实事")[0]).toMatchObject({ value: 10, unit: "件" });
    expect(pick("年内新建两所幼儿园")[0]).toMatchObject({ value: 2, unit: "所" });
    expect(pick("全年新增规上工业企业二十五家以上")[0]).toMatchObject({ value: 25, cmp: ">=" });
    expect(pick("实施５００万元以上技改项目５０个以上")).toHaveLength(1);
    expect(pick("全年新增城镇就业 ４０００ 人以上")[0]).toMatchObject({ value: 4000 });
  });

  it("normalises magnitudes so 万亩 and 亩, 亿元 and 万元 compare", () => {
    const [t] = parseTargets("新增土地规模化生产经营 10万亩以上").targets;
    // Round an: land area is one dimension in 平方米 (1亩 = 10000/15平方米), so 万亩, 亩, 公顷 and 平方米 compare.
    expect(t.base.unit).toBe("平方米");
    expect(t.base.value).toBeCloseTo(100000 * (10000 / 15), 0);
    expect(parseTargets("新增绿地6600亩").targets[0].base.value).toBeCloseTo(parseTargets("新增绿地440公顷").targets[0].base.value, 3);
    expect(parseTargets("外贸进出口突破200亿元").targets[0].base).toEqual({ value: 2e10, unit: "元" });
    expect(parseTargets("到位外资不低于5000万美元").targets[0].base).toEqual({ value: 5e7, unit: "美元" });
  });

  it("turns a decrease into a negative growth ceiling", () => {
    expect(pick("单位地区生产总值能耗下降3%以上")).toEqual([{ metric: "单位地区生产总值能耗", kind: "growth", cmp: "<=", value: -3, unit: "%" }]);
  });

  it("reads percentage points", () => {
    expect(pick("年内非化石能源消费占比提高 0.5 个百分点")).toEqual([{ metric: "非化石能源消费占比", kind: "pp", cmp: "=", value: 0.5, unit: "个百分点" }]);
  });

  it("ignores figures inside quotation marks and parentheses", () => {
    expect(pick("严格落实国务院安委会“十五条硬措施”、省委省政府“八抓20条”创新措施")).toEqual([]);
    expect(pick("争取新增土地计划指标1000亩（含徂汶景区500亩）").map((t) => t.value)).toEqual([1000]);
  });

  it("reads 年均增长 as growth and a 力争 figure after it as a stretch goal of the same kind", () => {
    expect(pick("地区生产总值年均增长5%")).toEqual([{ metric: "地区生产总值", kind: "growth", cmp: "=", value: 5, unit: "%" }]);
    const r = parseTargets("一般公共预算收入增长5%以上、力争达到6%").targets;
    expect(r.map((t) => [t.metric, t.kind, t.cmp, t.value, t.stretch ?? false])).toEqual([
      ["一般公共预算收入", "growth", ">=", 5, false],
      ["一般公共预算收入", "growth", "=", 6, true],
    ]);
    expect(parseTargets("年内新增营收 40 亿元、突破 400 亿元").targets.map((t) => t.kind)).toEqual(["count", "level"]);
  });

  it("reads a range as at least its low end", () => {
    expect(pick("引导各开发区重点培育 2—3 个特色产业")).toEqual([{ metric: "特色产业", kind: "count", cmp: ">=", value: 2, unit: "个" }]);
    expect(pick("新增种植面积2万-3万亩")[0]).toMatchObject({ cmp: ">=", value: 2, unit: "万亩" });
  });

  it("finds no target in a qualitative task and says why", () => {
    const r = parseTargets("加快化工产业园扩区调整，提升运营管理水平，全力打造绿色安全智慧园区。", { year: 2024 });
    expect(r.targets).toEqual([]);
    expect(r.reason).toMatch(/定性任务/);
  });

  it("never throws, whatever it is given", () => {
    for (const bad of ["", "   ", "%%%", "-", "１２３", "由由由", "分别、、、", "第1", null, undefined, 42] as unknown[]) {
      expect(() => parseTargets(bad as string)).not.toThrow();
      expect(parseTargets(bad as string).targets).toEqual([]);
    }
  });

  it("returns the same object for a repeated text (shared: no caller may change it, tests/core/metrics/sharedResults.test.ts)", () => {
    const a = parseTargets("新增城镇就业4000人以上", { year: 2024 });
    const b = parseTargets("新增城镇就业4000人以上", { year: 2024 });
    expect(b).toBe(a);
  });

  it("gives a target its own deadline when its clause names another time than the task", () => {
    const r = parseTargets("全年新增规上工业企业 25家以上，5月底前建成2所幼儿园", { year: 2024 });
    expect(r.deadline).toBe("2024-12-31");
    expect(r.targets.map((t) => t.deadline)).toEqual([undefined, "2024-05-31"]);
  });

  it("states the deadline only when a year is given", () => {
    expect(parseTargets("上半年完成4所幼儿园建设").deadline).toBeNull();
    expect(parseTargets("上半年完成4所幼儿园建设", { year: 2024 }).deadline).toBe("2024-06-30");
  });
});

describe("parseTargets: direction, kind, names and units (issue 12)", () => {
  const full = (text: string) => parseTargets(text, { year: 2024 }).targets;
  it("reads declines as met only by a decline at least as large, and rises as rises", () => {
    expect(pick("单位GDP能耗下降2.5%")).toEqual([{ metric: "单位GDP能耗", kind: "growth", cmp: "<=", value: -2.5, unit: "%" }]);
    expect(pick("化学需氧量排放量削减3%以上")[0]).toMatchObject({ cmp: "<=", value: -3 });
    expect(pick("煤炭消费比重下降0.5个百分点")[0]).toMatchObject({ kind: "pp", cmp: "<=", value: -0.5 });
  });
  it("reads ceilings of levels that do not accumulate", () => {
    expect(full("审批时限压减至40个工作日以内")[0]).toMatchObject({ metric: "审批时限", kind: "level", cmp: "<=", value: 40, unit: "个工作日", cumulative: false });
    expect(full("万元GDP用水量下降到30立方米以下")[0]).toMatchObject({ metric: "万元GDP用水量", kind: "level", cmp: "<=", value: 30, unit: "立方米", cumulative: false, binding: true });
  });
  it("keeps the high end of a range", () => {
    expect(full("地区生产总值增长6%-6.5%")[0]).toMatchObject({ cmp: ">=", value: 6, high: 6.5 });
  });
  it("does not cut names at brackets and stops", () => {
    expect(pick("地区生产总值（GDP）增长6%")[0].metric).toBe("地区生产总值");
    expect(pick("（一）地区生产总值。完成增长6%")[0].metric).toBe("地区生产总值");
    expect(pick("新(改)建农村公路50公里")[0].metric).toBe("农村公路");
  });
  it("gives one figure to each of several metrics", () => {
    expect(pick("示范街、示范路各3条").map((t) => t.metric)).toEqual(["示范街", "示范路"]);
    expect(pick("二氧化硫、氮氧化物排放量下降3%").map((t) => t.metric)).toEqual(["二氧化硫排放量", "氮氧化物排放量"]);
    expect(pick("城镇、农村居民人均可支配收入分别增长6%、8%").map((t) => [t.metric, t.value])).toEqual([
      ["城镇居民人均可支配收入", 6],
      ["农村居民人均可支配收入", 8],
    ]);
  });
  it("reads units beyond the short list", () => {
    expect(pick("PM2.5平均浓度控制在35ug/m3以内")[0]).toMatchObject({ value: 35, unit: "ug/m3", cmp: "<=" });
    expect(pick("新建充电桩200根")[0]).toMatchObject({ metric: "充电桩", unit: "根" });
    expect(pick("污水处理能力达到5万吨/日")[0]).toMatchObject({ unit: "万吨/日" });
    expect(pick("完成14座水库、223千米堤防的水毁修复").map((t) => t.unit)).toEqual(["座", "千米"]);
  });
});

describe("parseTargets: places where work is done and increases restating a level (branch judge-fields)", () => {
  it("reads 在N个村 before a figure of its own as the places of the work, not a target", () => {
    expect(pick("在25个村硬化通户道路8万平方米，安装路灯600盏").map((t) => [t.value, t.unit])).toEqual([
      [8, "万平方米"],
      [600, "盏"],
    ]);
    // Without another figure the places are the target.
    expect(pick("在30个社区建设老年食堂").map((t) => [t.value, t.unit])).toEqual([[30, "个"]]);
  });

  it("counts the noun after a size written between the count and it (50个5000万元以上项目), and reads 片 and 本 as counts", () => {
    expect(pick("推动40个5000万元以上项目开工建设").map((t) => [t.value, t.unit, t.metric])).toEqual([[40, "个", "5000万元以上项目"]]);
    // The count still names whose investment a figure after it is.
    expect(pick("32个1亿元以上重点项目年度完成投资80亿元").map((t) => [t.value, t.unit])).toEqual([[80, "亿元"]]);
    expect(pick("新建多功能运动场60片").map((t) => t.unit)).toEqual(["片"]);
    expect(pick("取得资质证书8本以上").map((t) => [t.cmp, t.unit])).toEqual([[">=", "本"]]);
    expect(pick("建设3片区污水管网").map((t) => t.unit)).not.toContain("片");
  });

  it("reads 比上年增加X元，达到Y元 as the level Y, named as before the increase", () => {
    expect(pick("农村居民人均可支配收入比上年增加1200元，达到18600元").map((t) => [t.metric, t.kind, t.value])).toEqual([["农村居民人均可支配收入", "level", 18600]]);
    expect(pick("职工平均工资增加3000元，达到9.2万元").map((t) => [t.value, t.unit])).toContainEqual([3000, "元"]);
  });
});

describe("place nouns that begin with an act's word (session 19)", () => {
  it.each([
    ["建成区绿化覆盖率达到42%", "建成区绿化覆盖率"],
    ["开发区规上工业产值增长10%", "开发区规上工业产值"],
    // The act itself is still cut: 建成 and 开发 before a thing.
    ["建成口袋公园12个", "口袋公园"],
  ])("%s names %s", (text, metric) => {
    expect(parseTargets(text).targets[0]?.metric).toBe(metric);
  });
});
