/**
 * Wrong-green hunt, round 5 (docs/metrics.md "Hunt 5 (branch judge-hunt5)"): texts of our own, written by hand. Every
 * lookalike was green (or, for the schedule family, 已完成) before this round's rules and must not be; the controls
 * beside each family are the same figures said as results and must stay as they were.
 */
import { isGreen, verdict } from "./hunt";

const HTE = "新增高新技术企业20家";
const FAI = "完成固定资产投资80亿元";
const RIVER = "完成河道综合整治工程";

/** A completion rate said to be of the schedule to date: 序时推进, never 已完成 (task 1). */
const SCHEDULE: [string, string][] = [
  [HTE, "完成率100%，达到序时要求"],
  [HTE, "完成率100%，达到序时进度"],
  [HTE, "完成率100%，符合序时进度要求"],
  [HTE, "完成率100%，满足序时要求"],
  [HTE, "高新技术企业培育完成率100%，达到序时进度"],
  [HTE, "新增高新技术企业完成序时进度的100%"],
  [FAI, "固定资产投资完成序时进度的100%"],
  [FAI, "固定资产投资完成率100%，达到序时进度"],
  [RIVER, "完成率100%，达到序时要求"],
  [RIVER, "项目完成率100%，达到序时进度"],
  // A share of a quarter's or a stage's plan, said after it (found in task 5).
  [RIVER, "完成率100%（按季度计划）"],
  [HTE, "完成率100%（按季度计划）"],
];

/** [family, target, text, as-of, the status it must have]: each was another status before this round. */
const CHANGED: [string, string, string, string, string][] = [
  // A year-end figure read in January for last year's target (task 3): the year's result, met after its end.
  ["yearEnd", "2024年新增高新技术企业20家", "全年新增高新技术企业22家", "2025-01-15", "done"],
  ["yearEnd", "2024年新增高新技术企业20家", "2024年新增高新技术企业22家", "2025-01-15", "done"],
  ["yearEnd", "2024年新增高新技术企业20家", "新增高新技术企业22家", "2025-02-20", "done"],
  // The act and its object in the other order at the end of a long name (task 2): the same works.
  ["order", "完成汉麻种植3万亩", "甲公司汉麻产业项目今年种植汉麻3万亩", "2024-12-31", "done"],
  ["order", "汉麻种植面积达到3万亩", "乙合作社今年种植汉麻3.2万亩", "2024-12-31", "done"],
];

/** [family, target, text, the code the refusal carries (null: not green, no code of its own)] at 30 September. */
const LOOKALIKES: [string, string, string, string | null][] = [
  // Another kind of act on the same things (task 2), either word order.
  ["otherAct", "新建充电桩500个", "1-9月改造充电桩600个", "WEAK_OTHER_ACT"],
  ["otherAct", "新建充电桩500个", "1-9月充电桩改造600个", "WEAK_OTHER_ACT"],
  ["otherAct", "改造老旧小区30个", "1-9月新建老旧小区35个", "WEAK_OTHER_ACT"],
  ["otherAct", "改造老旧小区30个", "1-9月老旧小区新建35个", "WEAK_OTHER_ACT"],
  ["otherAct", "新建公办幼儿园3所", "1-9月改扩建公办幼儿园3所", "WEAK_OTHER_ACT"],
  ["otherAct", "新建公办幼儿园3所", "1-9月公办幼儿园改扩建3所", "WEAK_OTHER_ACT"],
  ["otherAct", "改造农村公路100公里", "1-9月农村公路新建120公里", "WEAK_OTHER_ACT"],
  ["otherAct", "新建农村公路100公里", "1-9月养护农村公路120公里", "WEAK_OTHER_ACT"],
  ["otherAct", "新建农村公路100公里", "1-9月农村公路养护120公里", "WEAK_OTHER_ACT"],
  // The act negated or still to come.
  ["negated", "种植汉麻5万亩", "1-9月汉麻未种植6万亩", "WEAK_NEGATED"],
  ["negated", "改造老旧小区30个", "1-9月老旧小区未改造35个", "WEAK_NEGATED"],
  ["negated", "改造老旧小区30个", "1-9月尚未改造老旧小区35个", "WEAK_NEGATED"],
  ["negated", "改造老旧小区30个", "1-9月老旧小区待改造35个", "WEAK_PENDING"],
  // The town's or the country's things for the city's.
  ["otherSide", "改造城区老旧小区30个", "1-9月乡镇老旧小区改造35个", "WEAK_NAME"],
  ["otherSide", "新建城区充电桩500个", "1-9月农村充电桩新建600个", "WEAK_NAME"],
  // A bridge is not a road opened (task 4).
  ["bridge", "打通断头路5条", "1-9月建成路桥6条", null],
];

/** [family, target, text, as-of]: not green before and after (guards that already held, kept so they stay). */
const STILL_NOT_GREEN: [string, string, string, string][] = [
  // A year-end figure with no year, in January, for a target of no year: the as-of year's, not over.
  ["yearEnd", HTE, "全年新增高新技术企业22家", "2025-01-15"],
  ["yearEnd", "2025年新增高新技术企业20家", "全年新增高新技术企业22家", "2025-01-15"],
  // A figure of the year before is not this year's actual.
  ["lastYear", "2025年新增高新技术企业20家", "2024年新增高新技术企业22家", "2025-01-15"],
  ["lastYear", "2025年新增高新技术企业20家", "2024年新增高新技术企业22家", "2025-09-30"],
  ["lastYear", HTE, "去年新增高新技术企业22家", "2024-09-30"],
  ["lastYear", "2025年地区生产总值增长6%", "2024年地区生产总值增长6.5%", "2025-03-15"],
  // Last year's target missed is still missed after its end.
  ["yearEnd", "2024年新增高新技术企业20家", "全年新增高新技术企业15家", "2025-01-15"],
  ["yearEnd", "2024年地区生产总值增长6%", "全年地区生产总值增长5.5%", "2025-01-15"],
  ["bridge", "打通断头路5条", "1-9月建成桥梁6座", "2024-09-30"],
  ["bridge", "打通城区断头路5条", "1-9月城区路桥建设完成6处", "2024-09-30"],
  ["bridge", "新建桥梁3座", "1-9月建成道路3座", "2024-09-30"],
  ["order", "完成汉麻种植3万亩", "甲公司今年种植玉米3万亩", "2024-12-31"],
  ["order", "完成汉麻种植3万亩", "甲公司计划种植汉麻3万亩", "2024-12-31"],
  ["order", "完成汉麻种植3万亩", "甲公司未种植汉麻3万亩", "2024-12-31"],
];

/** [family, target, text, as-of]: green before and after. */
const CONTROLS: [string, string, string, string][] = [
  ["schedule", HTE, "完成年度目标的100%", "2024-09-30"],
  ["schedule", HTE, "完成年度目标的100%，达到序时要求", "2024-09-30"],
  ["schedule", HTE, "1-9月新增高新技术企业20家，完成率100%，达到序时要求", "2024-09-30"],
  ["schedule", RIVER, "已全面完成", "2024-09-30"],
  ["schedule", RIVER, "完成率100%", "2024-09-30"],
  ["schedule", RIVER, "工程完成率100%，已全部完成", "2024-09-30"],
  // The same content words in either order (task 2).
  ["order", "汉麻种植面积5万亩", "种植汉麻6万亩", "2024-09-30"],
  ["order", "种植汉麻5万亩", "1-9月汉麻种植面积6万亩", "2024-09-30"],
  ["order", "改造老旧小区30个", "1-9月老旧小区改造35个", "2024-09-30"],
  ["order", "老旧小区改造30个", "1-9月改造老旧小区35个", "2024-09-30"],
  ["order", "新建充电桩500个", "1-9月充电桩新建600个", "2024-09-30"],
  ["order", "充电桩新建500个", "1-9月新建充电桩600个", "2024-09-30"],
  ["order", "新建农村公路100公里", "1-9月建成农村公路120公里", "2024-09-30"],
  ["order", "种植汉麻3万亩", "甲公司今年汉麻种植3.2万亩", "2024-12-31"],
  ["otherAct", "新建、改扩建公办幼儿园3所", "1-9月改扩建公办幼儿园3所", "2024-09-30"],
  ["otherAct", "新增学位900个", "1-9月扩建学校新增学位1000个", "2024-09-30"],
  ["otherAct", "改造老旧小区30个", "1-9月完成老旧小区改造35个，其中新建电梯20部", "2024-09-30"],
  ["otherAct", "新增2家智慧养老院", "完成甲养护院、乙养老院、丙康养中心等3家智慧养老院建设", "2024-12-31"],
  ["otherSide", "改造城区老旧小区30个", "1-9月城区老旧小区改造35个", "2024-09-30"],
  ["otherSide", "改造老旧小区30个", "1-9月城区老旧小区改造35个", "2024-09-30"],
  ["otherSide", "新建城区充电桩500个", "1-9月城区新建充电桩600个，农村新建200个", "2024-09-30"],
  ["bridge", "打通断头路5条", "1-9月打通断头路6条", "2024-09-30"],
  ["bridge", "打通断头路5条", "1-9月打通道路6条", "2024-09-30"],
  ["bridge", "打通断头路5条", "1-9月打通断头路6处", "2024-09-30"],
  ["bridge", "新建人行天桥2座", "1-9月建成人行天桥2座", "2024-09-30"],
];

/** Families found by hand in this round (task 5): [family, target, text, code], green before, not green now, at 30 September. */
const FOUND: [string, string, string, string][] = [
  // A share of another base than the amount beside it (the province's target, a month's plan).
  ["otherBase", FAI, "1-9月完成固定资产投资50亿元，完成省下达目标的110%", ""],
  ["otherBase", FAI, "1-9月完成固定资产投资50亿元，完成月度计划的120%", ""],
  ["otherBase", FAI, "1-9月完成固定资产投资50亿元，完成年度目标的110%", ""],
  ["otherBase", HTE, "1-9月新增高新技术企业12家，完成省定任务的100%", ""],
  ["otherBase", FAI, "固定资产投资增速完成目标的100%", "WEAK_NAME"],
  // Per head against a total, either way.
  ["perHead", "地区生产总值增长6%", "1-9月人均地区生产总值增长7%", "WEAK_NAME"],
  ["perHead", "人均地区生产总值增长6%", "1-9月地区生产总值增长7%", "WEAK_NAME"],
  ["perHead", "居民人均可支配收入增长6%", "1-9月居民可支配收入增长7%", "WEAK_NAME"],
  ["perHead", "城乡居民人均可支配收入增长6%", "1-9月城乡居民可支配收入总额增长7%", "WEAK_NAME"],
  ["perHead", "社会消费品零售总额增长6%", "1-9月人均社会消费品零售额增长7%", "WEAK_NAME"],
  // A running total since a date of last year.
  ["sinceLastYear", HTE, "去年以来新增高新技术企业30家", "WEAK_MULTI_YEAR"],
  ["sinceLastYear", HTE, "上年以来新增高新技术企业30家", "WEAK_MULTI_YEAR"],
  ["sinceLastYear", HTE, "自去年10月以来新增高新技术企业30家", "WEAK_MULTI_YEAR"],
  ["sinceLastYear", HTE, "去年底以来新增高新技术企业30家", "WEAK_MULTI_YEAR"],
  ["sinceLastYear", HTE, "2023年10月以来新增高新技术企业30家", "WEAK_MULTI_YEAR"],
  // Forecasts and estimates in other words.
  ["forecast", HTE, "可望新增高新技术企业25家", "WEAK_NOT_RESULT"],
  ["forecast", HTE, "估计新增高新技术企业25家", "WEAK_NOT_RESULT"],
  ["forecast", "地区生产总值增长6%", "预判地区生产总值增长6.5%", "WEAK_NOT_RESULT"],
  ["forecast", HTE, "新增高新技术企业25家左右（预测）", "WEAK_NOT_RESULT"],
  // The target restated after a word of aiming; about the target's figure.
  ["restated", HTE, "聚焦新增高新技术企业20家", "WEAK_NOT_RESULT"],
  ["restated", HTE, "制定方案，明确新增高新技术企业20家", "WEAK_NOT_RESULT"],
  ["about", HTE, "1-9月新增高新技术企业约20家", "WEAK_BELOW"],
  ["about", HTE, "1-9月新增高新技术企业20家左右", "WEAK_BELOW"],
  // The target's class of size or level dropped: a wider group.
  ["scope", "新开工亿元以上项目30个", "1-9月新开工项目35个", "WEAK_WIDER"],
  ["scope", "新增规上工业企业20家", "1-9月新增工业企业25家", "WEAK_WIDER"],
  ["scope", "新增规上工业企业20家", "1-9月新增企业25家", "WEAK_WIDER"],
  ["scope", "新增省级专精特新企业10家", "1-9月新增专精特新企业12家", "WEAK_WIDER"],
  ["scope", "新建高标准农田2万亩", "1-9月新建农田2.5万亩", "WEAK_WIDER"],
  // Other acts, stocks, pools and steps.
  ["raised", "新建保障性住房1000套", "1-9月筹集保障性住房1200套", "WEAK_OTHER_ACT"],
  ["raised", "新建保障性住房1000套", "1-9月分配保障性住房1200套", "WEAK_OTHER_ACT"],
  ["stock", "新增城镇就业8000人", "1-9月城镇就业人数9000人", "WEAK_STOCK"],
  ["pool", HTE, "1-9月高新技术企业培育入库25家", "WEAK_PENDING"],
  ["step", "新建学校3所", "1-9月3所学校已进场", "WEAK_EARLY_STEP"],
  ["step", "农村危房改造500户", "1-9月农村危房改造鉴定500户", "WEAK_EARLY_STEP"],
  ["step", "建设口袋公园10个", "1-9月口袋公园动工12个", ""],
  ["reach", "完成棚户区改造1200户", "1-9月棚户区改造项目覆盖1500户", "WEAK_OTHER_ACT"],
  // A stage's plan, an extreme reading, one side of the trade, a rate with a part taken out.
  ["extreme", "城镇调查失业率控制在5.5%以内", "1-9月城镇调查失业率最低4.8%", "WEAK_NAME"],
  ["oneSide", "进出口总额增长10%", "1-9月出口总额增长12%", "WEAK_NAME"],
  ["takenOut", "一般公共预算收入增长5%", "1-9月一般公共预算收入剔除留抵退税因素增长7%", "WEAK_SUBSET"],
  // Earlier years' things counted in; the statistic's own figure under the target.
  ["carried", HTE, "1-9月新增高新技术企业25家，其中10家为去年结转", "WEAK_CARRY_OVER"],
  ["carried", HTE, "1-9月新增高新技术企业25家（含2023年度补认定10家）", "WEAK_CARRY_OVER"],
  ["statistic", FAI, "1-9月完成投资85亿元（统计口径60亿元）", "WEAK_STEP_ONLY"],
  ["statistic", FAI, "1-9月完成投资85亿元，统计口径完成60亿元", "WEAK_STEP_ONLY"],
  ["statistic", FAI, "1-9月完成投资85亿元，按统计口径为60亿元", "WEAK_STEP_ONLY"],
  // Another generation, or none, for a target that names one in letters; about a level's bound.
  ["token", "新增5G基站300个", "1-9月新增4G基站350个", "WEAK_WIDER"],
  ["token", "新增5G基站300个", "1-9月新增基站350个", "WEAK_WIDER"],
  ["about", "森林覆盖率达到45%", "森林覆盖率保持在45%左右", "WEAK_BELOW"],
  ["about", "城镇调查失业率控制在5.5%以内", "1-9月城镇调查失业率5.5%左右", "WEAK_BELOW"],
];

/** [family, target, text]: green before and after, at 30 September. */
const FOUND_CONTROLS: [string, string, string][] = [
  ["otherBase", FAI, "1-9月完成固定资产投资65亿元，完成年度目标的81%"],
  ["otherBase", FAI, "1-9月完成固定资产投资65亿元，完成省下达目标的110%"],
  ["otherBase", "地区生产总值增长6%", "1-9月地区生产总值增长6.5%，增速完成目标的108%"],
  ["perHead", "居民人均可支配收入增长6%", "1-9月居民人均可支配收入增长7%"],
  ["perHead", "农村居民人均可支配收入增长7%", "1-9月农民人均可支配收入增长8%"],
  ["perHead", "地区生产总值增长6%", "1-9月地区生产总值增长7%"],
  ["sinceLastYear", HTE, "今年以来新增高新技术企业25家"],
  ["sinceLastYear", HTE, "2024年以来新增高新技术企业25家"],
  ["sinceLastYear", HTE, "2024年1月以来新增高新技术企业25家"],
  ["sinceLastYear", HTE, "去年新增15家，今年1-9月新增高新技术企业25家"],
  ["restated", HTE, "围绕主导产业新增高新技术企业25家"],
  ["restated", HTE, "1-9月新增高新技术企业22家，明确下一步工作"],
  ["about", HTE, "1-9月新增高新技术企业20余家"],
  ["about", HTE, "1-9月新增高新技术企业25家左右"],
  ["scope", "新开工亿元以上项目30个", "1-9月新开工亿元以上项目35个"],
  ["scope", "新开工亿元以上项目30个", "1-9月新开工过亿元项目35个"],
  ["scope", "新开工亿元以上项目30个", "1-9月新开工亿元项目35个"],
  ["scope", "新增规上工业企业20家", "1-9月新增规模以上工业企业25家"],
  ["scope", "新增规上工业企业20家", "1-9月规上工业企业新增25家"],
  ["scope", "新增省级专精特新企业10家", "1-9月新增省级专精特新中小企业12家"],
  ["scope", "新建高标准农田2万亩", "1-9月新建高标准农田2.5万亩"],
  ["raised", "新增保障性租赁住房1000套", "1-9月筹集保障性租赁住房1200套"],
  ["raised", "新建保障性住房1000套", "1-9月新建保障性住房1200套，已分配800套"],
  ["stock", "新增城镇就业8000人", "1-9月城镇新增就业人数9000人"],
  ["pool", "新增规上工业企业20家", "1-9月新增规上工业企业入库25家"],
  ["step", "新建学校3所", "1-9月3所学校已交付"],
  ["step", "新开工项目30个", "1-9月35个项目已进场"],
  ["step", "建设口袋公园10个", "1-9月完成口袋公园建设10个"],
  ["reach", "完成棚户区改造1200户", "1-9月完成棚户区改造1500户"],
  ["reach", "新增5G基站300个", "1-9月新建5G基站350个，覆盖2000户"],
  ["reach", "实现5G网络覆盖行政村100个", "1-9月5G网络覆盖行政村120个"],
  ["extreme", "城镇调查失业率控制在5.5%以内", "1-9月城镇调查失业率4.8%"],
  ["oneSide", "进出口总额增长10%", "1-9月外贸进出口增长12%，其中出口增长15%"],
  ["oneSide", "出口总额增长10%", "1-9月出口总额增长12%"],
  ["takenOut", "一般公共预算收入增长5%", "1-9月一般公共预算收入增长7%"],
  ["carried", HTE, "1-9月新增高新技术企业25家（含2024年第一批10家）"],
  ["carried", HTE, "1-9月新增高新技术企业25家，其中10家为外区迁入"],
  ["statistic", FAI, "1-9月完成投资85亿元（统计口径82亿元）"],
  ["statistic", FAI, "1-9月完成投资85亿元，统计口径完成82亿元"],
  ["statistic", FAI, "1-9月完成投资85亿元（含土地购置费）"],
  ["token", "新增5G基站300个", "1-9月5G基站新增350个"],
  ["about", "城镇调查失业率控制在5.5%左右", "1-9月城镇调查失业率5.5%左右"],
  ["about", "地区生产总值增长6%左右", "1-9月地区生产总值增长6%左右"],
  ["about", "森林覆盖率达到45%", "森林覆盖率保持在45.2%"],
];

describe("wrong-green hunt, round 5: families found by hand", () => {
  it.each(FOUND)("%s: %s ⟵ %s is not green", (_family, target, text, code) => {
    const v = verdict(target, text);
    expect([text, v.status === "done" || v.status === "on-track"]).toEqual([text, false]);
    if (code) expect([text, v.code]).toEqual([text, code]);
  });
  it.each(FOUND_CONTROLS)("%s: %s ⟵ %s stays green", (_family, target, text) => {
    expect([text, isGreen(target, text)]).toEqual([text, true]);
  });
  it("judges an amount beside a share of another base by the amount", () => {
    expect(verdict(FAI, "1-9月完成固定资产投资50亿元，完成省下达目标的110%").reason).toContain("实际50亿元，完成62.5%");
  });
});

describe("wrong-green hunt, round 5", () => {
  it.each(SCHEDULE)("schedule: %s ⟵ %s is 序时推进, not 已完成", (target, text) => {
    expect([text, verdict(target, text).status]).toEqual([text, "on-track"]);
  });
  it.each(CHANGED)("%s: %s ⟵ %s @%s is %s", (_family, target, text, asOf, status) => {
    expect([text, verdict(target, text, asOf).status]).toEqual([text, status]);
  });
  it.each(LOOKALIKES)("%s: %s ⟵ %s is not green", (_family, target, text, code) => {
    const v = verdict(target, text);
    expect([text, v.status === "done" || v.status === "on-track"]).toEqual([text, false]);
    if (code) expect([text, v.code]).toEqual([text, code]);
  });
  it.each(STILL_NOT_GREEN)("%s: %s ⟵ %s @%s stays not green", (_family, target, text, asOf) => {
    expect([text, isGreen(target, text, asOf)]).toEqual([text, false]);
  });
  it.each(CONTROLS)("%s: %s ⟵ %s @%s stays green", (_family, target, text, asOf) => {
    expect([text, isGreen(target, text, asOf)]).toEqual([text, true]);
  });
  it("says why in words", () => {
    expect(verdict(HTE, "完成率100%，达到序时要求").reason).toContain("序时");
    expect(verdict("新建充电桩500个", "1-9月改造充电桩600个").reason).toContain("目标要求的是「新建」");
    expect(verdict("改造城区老旧小区30个", "1-9月乡镇老旧小区改造35个").reason).toContain("「乡镇」");
    // Last year's target missed after its end keeps the figures in its reason.
    expect(verdict("2024年新增高新技术企业20家", "全年新增高新技术企业15家", "2025-01-15").reason).toContain("全年实际15家");
  });
});
