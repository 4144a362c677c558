import { parseActuals, parseTargets } from "../../../src/core/metrics";

/**
 * Fields pass 3 (branch fields-3, docs/metrics.md "## Fields pass 3 (fields-3)"): general rules for the period, kind and name
 * of progress figures, each with lookalikes where it must not fire. Phrases are our own.
 */
const read = (text: string) => parseActuals(text).actuals.map((a) => ({ metric: a.metric, kind: a.kind, value: a.value, unit: a.unit, period: a.period }));
const one = (text: string, value: number) => {
  const a = read(text).find((x) => x.value === value);
  if (!a) throw new Error(`${value} not read in ${text}: ${JSON.stringify(read(text))}`);
  return a;
};
const values = (text: string) => read(text).map((a) => a.value);

describe("periods heading a sentence", () => {
  it("a named source or a breakdown's viewpoint before the period lets it reach over ；", () => {
    expect(one("据财务快报，1-12月市属企业营业收入5000亿元，增长10%；营业成本4000亿元，增长9%", 4000).period).toBe("1-12月");
    expect(one("分行业看，上半年制造业增加值增长3.4%；采矿业增加值下降4.5%", -4.5).period).toBe("上半年");
    expect(one("从结构看，1-9月工业投资增长12%；民间投资下降2%", -2).period).toBe("1-9月");
  });
  it("but a clause that reports something before the period keeps it to its clause", () => {
    expect(one("企业运行平稳，1-12月营业收入50亿元；营业成本40亿元", 40).period).toBeNull();
  });
  it("截至N月初 keeps 初", () => {
    expect(one("截至11月初，全县建成供水工程160处", 160).period).toBe("截至11月初");
    expect(one("截至11月，全县建成供水工程160处", 160).period).toBe("截至11月");
  });
  it("a year's end with its year opens a clause: the period, and no 末 left in the name", () => {
    const a = one("2022年末全县监测对象共1636户，占2021年末脱贫人口的3.9%", 1636);
    expect(a.period).toBe("2022年末");
    expect(a.metric).toBe("监测对象");
  });
  it("a year's end inside a clause (a base, a share's whole) or a deadline is no period", () => {
    expect(one("全县新建厕所120座，总数较2021年末翻一番", 120).period).toBeNull();
    expect(one("2026年底前建成充电桩300个", 300).period).toBeNull();
  });
  it("a bare month opening a sentence before its subject", () => {
    expect(one("4月县政务大厅受理审批事项2310件；办结2290件", 2290).period).toBe("4月");
  });
  it("but not a month that ends, starts or bounds a span", () => {
    expect(one("4月底前完成招标6个", 6).period).toBeNull();
    expect(one("4月起新开通公交线路3条", 3).period).toBeNull();
  });
  it("同期 opening a sentence is its period, not part of the name", () => {
    const a = one("同期接待游客120万人次，增长9%", 120);
    expect(a.period).toBe("同期");
    expect(a.metric).toBe("接待游客");
  });
  it("but a comparison with last year's same period is none", () => {
    expect(one("与上年同期相比，游客人数增长9%", 9).period).toBeNull();
  });
  it("a five-year plan's since and end are periods, not names", () => {
    expect(one("“十四五”以来外贸进出口累计完成96.3亿元", 96.3).period).toBe("“十四五”以来");
    const u = one("“十二五”期末全县完成生产总值180亿元，年均增长11%", 11);
    expect(u.metric).not.toMatch(/十二五|期末/);
  });
  it("a five-year plan named as a plan stays in the name and gives no period", () => {
    expect(one("“十四五”规划重点项目已开工20个", 20).period).toBeNull();
  });
  it("a clause of its own ending in 以来 opening a sentence", () => {
    const text = "攻坚60天以来，全县共清理垃圾点1200处，新建公厕18座";
    expect(one(text, 1200).period).toBe("攻坚60天以来");
    expect(one(text, 18).period).toBe("攻坚60天以来");
  });
  it("but not 以来 inside a clause, nor another year's since", () => {
    expect(one("园区开工以来，今年以来累计完成投资5亿元", 5).period).toBe("今年以来");
  });
  it("年内 before a report word is the period; 年内 before an act is a time limit", () => {
    expect(one("年内已争取到位债券资金2.3亿元", 2.3).period).toBe("年内");
    expect(one("年内完成改造50个", 50).period).toBeNull();
  });
});

describe("kinds", () => {
  it("a verb of holding at the clause's head governs its 、 list: levels", () => {
    const text = "全县现有省级专精特新企业12家、高新技术企业85家、科技型中小企业140家";
    expect(read(text).map((a) => a.kind)).toEqual(["level", "level", "level"]);
    expect(read("全县拥有中国驰名商标4个、地理标志产品9个").map((a) => a.kind)).toEqual(["level", "level"]);
  });
  it("a member naming its own act is read on its own", () => {
    expect(one("全县现有高新技术企业85家、新增科技型企业35家", 35).kind).toBe("count");
  });
  it("a population as it stands and a network's total length are levels; people moved are not", () => {
    expect(one("年末全县常住人口52.3万人，其中城镇人口25.1万人", 52.3).kind).toBe("level");
    expect(one("年末全县常住人口52.3万人，其中城镇人口25.1万人", 25.1).kind).toBe("level");
    expect(one("转移农村人口5000人", 5000).kind).toBe("count");
    expect(one("目前全省高速公路总里程6200公里", 6200).kind).toBe("level");
    expect(one("新建农村公路里程50公里", 50).kind).toBe("count");
  });
  it("money in a report is an amount even when new; a balance's increment is counted", () => {
    expect(one("新引进企业全口径税收入库6200万元", 6200).kind).toBe("level");
    expect(one("新建项目达产后新增规上工业产值近8亿元", 8).kind).toBe("level");
    expect(one("全年新增贷款420亿元", 420).kind).toBe("count");
    expect(one("新增企业35家", 35).kind).toBe("count");
  });
  it("an average or an intensity reported is a level", () => {
    expect(one("承诺件平均办结1.6天，比上月少0.2天", 1.6).kind).toBe("level");
    expect(one("全县万元GDP能耗0.92吨标准煤，较上年下降4%", 0.92).kind).toBe("level");
    expect(one("全县办结承诺件1200件", 1200).kind).toBe("count");
  });
  it("firms in a listing queue stand at a date; firms listed this year are counted", () => {
    const text = "全年新增上市公司2家，另有上市在审企业3家、辅导备案企业4家";
    expect(one(text, 2).kind).toBe("count");
    expect(one(text, 3).kind).toBe("level");
    expect(one(text, 4).kind).toBe("level");
  });
});

describe("figures that are not results", () => {
  it("an excess over the plan in % is a comparison", () => {
    expect(values("危房改造全年任务3000户，实际改造3600户，超额20%")).toEqual([3600]);
    expect(values("实际分别完成95个、310个，分别超额19%、14%")).toEqual([95, 310]);
  });
  it("a level above a mark is still a figure", () => {
    expect(values("优良率超过90%")).toEqual([90]);
  });
  it("a plan's list by type of build is its composition", () => {
    expect(values("区住建局今年承担政府性建设项目40个，其中新建25个、续建15个，项目总投资70亿元")).not.toEqual(expect.arrayContaining([40]));
    expect(values("区住建局今年承担政府性建设项目40个，其中新建25个、续建15个")).toEqual([]);
    expect(values("截至8月底，B类重点项目90项（续建60项，新建30项），已开复工80项")).toEqual([80]);
  });
  it("but projects started, split into new and continued, are results", () => {
    expect(values("已开工项目40个，其中新建25个、续建15个")).toEqual([40, 25, 15]);
  });
  it("projects a plan arranges are the list; 已安排 reports", () => {
    expect(values("其中中心城区安排项目180个，概算总投资1600亿元")).toEqual([]);
    expect(values("已安排项目30个")).toEqual([30]);
  });
});

describe("things put off or not settled", () => {
  it("a count followed by 暂不实施, 暂缓实施 or 待确定 is what is not done", () => {
    expect(values("90项重点工作中，80项完成季度目标；2项因政策调整暂不实施；1项待确定")).toEqual([80]);
    expect(values("3个项目暂缓实施，已开工12个")).toEqual([12]);
  });
  it("but a count of things done that names no such word stays", () => {
    expect(values("已确定实施项目12个")).toEqual([12]);
  });
});

describe("a category's total before its part done", () => {
  it("the category's count is the list restated", () => {
    expect(values("200项民生实事中，县级30项完成27项，乡镇级80项完成52项")).toEqual([27, 52]);
    expect(values("生态环境保护工作60项、未完成6项")).toEqual([]);
  });
  it("but not acts in a row, nor a total before a comma or 其中", () => {
    expect(values("已开工28个、竣工20个")).toEqual([28, 20]);
    expect(values("东兴市受理830件、办结770件")).toEqual([830, 770]);
    expect(values("今年以来签订招商引资合同19个，其中已开工14个")).toEqual([19, 14]);
  });
});

describe("required acts", () => {
  it("a modal of duty before the act is what is required", () => {
    expect(values("全县须完成农村户厕改造3.2万座；截至10月底已改造3.1万座")).toEqual([3.1]);
    expect(values("到9月底应开工120个，已开工112个")).toEqual([112]);
  });
  it("but not when the clause reports, nor when the modal describes the things counted", () => {
    expect(values("已完成应开工项目20个")).toEqual([20]);
    expect(values("1-8月应竣工的30个项目已全部竣工")).toEqual([30]);
  });
});

describe("names", () => {
  it("a date alone heading an unnamed figure is its period, not its name: the plan before names it", () => {
    const a = one("建设项目今年计划投资80亿元，截至4月底累计完成16.2亿元", 16.2);
    expect(a.period).toBe("截至4月底");
    expect(a.metric).not.toMatch(/截至|4月/);
    expect(one("一产投资年度计划50亿元，截至三季度末已达61.5亿元", 61.5).metric).toMatch(/一产投资/);
  });
  it("a date before a bare act keeps its words (a bare act would answer any task of that act)", () => {
    expect(one("今年以来各乡镇加快推进，截至9月30日已改造1020户", 1020).metric).not.toBe("改造");
  });
  it("a target's deadline year is not its name", () => {
    expect(parseTargets("到2025年全县市场主体达到6万户", { year: 2025 }).targets[0].metric).toBe("市场主体");
  });
});
