/**
 * Adversarial progress texts for the wrong-green hunt (branch judge-green, docs/metrics.md "Wrong-green hunt").
 * Deterministic: every combination of a target, a family's template and its words is written out, no randomness.
 * Each text puts the evidence a green path looks for (a figure that meets the target, 已完成, 序时推进 …) next to a
 * fact that says the work lags or that the figure is not this year's actual of this metric here. The truth of every
 * combination is "not green" (进展滞后, 无法研判, 未反映 …): a green is a wrong green.
 * The words are our own; figures and structures follow the kinds of reports offices write.
 */

/** A target and how a report writes a figure of it. */
export interface AdvTarget {
  id: string;
  /** What a target kind this is: count, amount, growth, decline, ceiling, floor, stock, range, pp. */
  kind: string;
  target: string;
  /** The report's phrase for a figure of the target's own metric: value in, phrase out ("新增高新技术企业20家"). */
  phrase: (v: string) => string;
  /** The same unit, another metric. */
  other: (v: string) => string;
  /** The bare name, for phrases that speak of the metric without a figure. */
  name: string;
  /** A value that meets the target in full (or keeps its ceiling). */
  good: string;
  /** A value that lags at 30 June (under 序时进度 for amounts, short of the rate for rates). */
  low: string;
  /** Whether the target counts works to build or finish (steps of the works apply). */
  works?: boolean;
  /** Whether the target is a count or amount of new things this year (累计 with no period applies). */
  fresh?: boolean;
}

export const ADV_TARGETS: AdvTarget[] = [
  { id: "firms", kind: "count", target: "新增高新技术企业20家", name: "高新技术企业", phrase: (v) => `新增高新技术企业${v}家`, other: (v) => `新增科技型中小企业${v}家`, good: "20", low: "3", fresh: true },
  { id: "invest", kind: "amount", target: "完成固定资产投资80亿元", name: "固定资产投资", phrase: (v) => `完成固定资产投资${v}亿元`, other: (v) => `完成工业技改投资${v}亿元`, good: "80", low: "12", fresh: true },
  { id: "kinder", kind: "count", target: "新建公办幼儿园3所", name: "公办幼儿园", phrase: (v) => `新建公办幼儿园${v}所`, other: (v) => `新建农村小学${v}所`, good: "3", low: "1", works: true, fresh: true },
  { id: "forest", kind: "amount", target: "完成人工造林1.2万亩", name: "人工造林", phrase: (v) => `完成人工造林${v}万亩`, other: (v) => `完成森林抚育${v}万亩`, good: "1.2", low: "0.2", fresh: true },
  { id: "jobs", kind: "count", target: "城镇新增就业8000人", name: "城镇新增就业", phrase: (v) => `城镇新增就业${v}人`, other: (v) => `农村劳动力转移就业${v}人`, good: "8000", low: "1500", fresh: true },
  { id: "estates", kind: "count", target: "改造老旧小区12个", name: "老旧小区", phrase: (v) => `完成老旧小区改造${v}个`, other: (v) => `完成背街小巷改造${v}个`, good: "12", low: "2", works: true, fresh: true },
  { id: "gdp", kind: "growth", target: "地区生产总值增长6%左右", name: "地区生产总值", phrase: (v) => `地区生产总值增长${v}%`, other: (v) => `第三产业增加值增长${v}%`, good: "6.5", low: "3.1" },
  { id: "retail", kind: "growth", target: "社会消费品零售总额增长8%", name: "社会消费品零售总额", phrase: (v) => `社会消费品零售总额增长${v}%`, other: (v) => `网络零售额增长${v}%`, good: "8.6", low: "4.2" },
  { id: "energy", kind: "decline", target: "单位GDP能耗下降2.5%", name: "单位GDP能耗", phrase: (v) => `单位GDP能耗下降${v}%`, other: (v) => `单位GDP二氧化碳排放下降${v}%`, good: "3", low: "1.2" },
  { id: "pm", kind: "decline", target: "PM2.5平均浓度下降5%", name: "PM2.5平均浓度", phrase: (v) => `PM2.5平均浓度下降${v}%`, other: (v) => `PM10平均浓度下降${v}%`, good: "6", low: "1.5" },
  { id: "jobless", kind: "ceiling", target: "城镇调查失业率控制在5.5%以内", name: "城镇调查失业率", phrase: (v) => `城镇调查失业率为${v}%`, other: (v) => `青年人口调查失业率为${v}%`, good: "5.1", low: "6.2" },
  { id: "pmcap", kind: "ceiling", target: "PM2.5平均浓度控制在35微克/立方米以下", name: "PM2.5平均浓度", phrase: (v) => `PM2.5平均浓度为${v}微克/立方米`, other: (v) => `PM10平均浓度为${v}微克/立方米`, good: "32", low: "41" },
  { id: "cover", kind: "floor", target: "森林覆盖率达到45%以上", name: "森林覆盖率", phrase: (v) => `森林覆盖率达到${v}%`, other: (v) => `林木绿化率达到${v}%`, good: "45.6", low: "43" },
  { id: "air", kind: "floor", target: "空气质量优良天数比例达到85%以上", name: "空气质量优良天数比例", phrase: (v) => `空气质量优良天数比例为${v}%`, other: (v) => `地表水优良水体比例为${v}%`, good: "88", low: "80" },
  { id: "loans", kind: "stock", target: "各项贷款余额达到500亿元", name: "各项贷款余额", phrase: (v) => `各项贷款余额${v}亿元`, other: (v) => `各项存款余额${v}亿元`, good: "510", low: "420" },
  { id: "revenue", kind: "range", target: "一般公共预算收入增长5%-6%", name: "一般公共预算收入", phrase: (v) => `一般公共预算收入增长${v}%`, other: (v) => `税收收入增长${v}%`, good: "6.2", low: "2" },
  { id: "urban", kind: "pp", target: "常住人口城镇化率提高1个百分点", name: "常住人口城镇化率", phrase: (v) => `常住人口城镇化率提高${v}个百分点`, other: (v) => `户籍人口城镇化率提高${v}个百分点`, good: "1.2", low: "0.3" },
  { id: "firms25", kind: "count", target: "新增规上工业企业25家以上", name: "规上工业企业", phrase: (v) => `新增规上工业企业${v}家`, other: (v) => `新增限上商贸企业${v}家`, good: "26", low: "4", fresh: true },
];

export interface AdvCase {
  family: string;
  target: AdvTarget;
  text: string;
  status?: string;
  asOf: string;
}

const AS_OF = ["2024-06-30", "2024-09-30"];

type Family = (t: AdvTarget) => { text: string; status?: string }[];

const FORECAST_WORDS = ["预计全年", "预计年底", "全年预计", "计划", "拟", "力争", "力争全年", "将", "全年有望", "有望", "预计到12月底", "争取"];
const NEGATIONS = ["尚未", "未", "没有", "暂未", "仍未", "未能", "还未"];
const OTHER_YEARS = ["去年", "上年", "2023年", "2023年全年", "上一年度", "前年", "2022年"];
const OTHER_PLACES = ["全市", "全省", "全国", "全州", "全市范围内"];
const RESTATED = [
  (p: string) => `年度目标为${p}`,
  (p: string) => `全年目标任务是${p}`,
  (p: string) => `按照${p}的目标要求，正在抓紧推进`,
  (p: string) => `围绕${p}的年度目标，制定了工作方案`,
  (p: string) => `确保${p}`,
  (p: string) => `${p}的年度任务已分解下达到各镇街`,
  (p: string) => `今年的任务是${p}，目前正在推进`,
  (p: string) => `上级下达我区${p}的任务`,
];

/** The families: each a generator of texts from a target, in the words of a report. */
export const FAMILIES: Record<string, Family> = {
  // 预计/计划/拟/力争/将/有望 before the figure, alone, after a comma, or in a later clause.
  forecast: (t) => FORECAST_WORDS.flatMap((w) => [
    { text: `${w}${t.phrase(t.good)}` },
    { text: `各项工作有序开展，${w}${t.phrase(t.good)}` },
    { text: `目前正在加紧推进，${w}${t.phrase(t.good)}。` },
    { text: `${t.name}相关工作正在推进中；${w}${t.phrase(t.good)}以上` },
  ]),
  // The figure negated: 未/尚未/没有/暂未/仍未.
  negation: (t) => NEGATIONS.flatMap((w) => [
    { text: `${w}实现${t.phrase(t.good)}` },
    { text: `截至目前，${w}实现${t.phrase(t.good)}的目标` },
    { text: `${t.phrase(t.good)}的目标${w}完成` },
  ]),
  // The figure of another year.
  otherYear: (t) => OTHER_YEARS.flatMap((w) => [
    { text: `${w}${t.phrase(t.good)}` },
    { text: `${w}全区${t.phrase(t.good)}，今年相关工作正在推进` },
    { text: `${w}${t.phrase(t.good)}。今年以来稳步推进` },
  ]),
  // The same unit, another metric.
  otherMetric: (t) => [
    { text: t.other(t.good) },
    { text: `今年以来，${t.other(t.good)}` },
    { text: `1-6月${t.other(t.good)}，${t.name}工作正在推进` },
  ],
  // Another place's figure.
  // Another place's figure: a level above the unit that the report sets apart from its own (我区, 本县). ("全市…" or
  // "全省…" alone is left out: a city's or a province's own office writes its figures so.)
  otherPlace: (t) => OTHER_PLACES.flatMap((w) => [
    { text: `今年以来，${w}${t.phrase(t.good)}，我区相关数据正在统计中` },
    { text: `${w}${t.phrase(t.good)}，本县相关工作正在推进` },
    { text: `上半年${w}${t.phrase(t.good)}，我区${t.phrase(t.low)}` },
  ]),
  // Round 2: a place the report measures itself against (居全市第3位, 高于全市平均, 占全市的…) heads the figure; the
  // report never names its own place. ("全市…" with nothing else is left out: a city's own office writes so.)
  placeCompared: (t) => ["全市", "全省"].flatMap((w) => [
    { text: `1-6月，${w}${t.phrase(t.good)}，我们${t.name}增速居${w}第3位` },
    { text: `今年以来${w}${t.phrase(t.good)}，${t.name}占${w}的15%` },
    { text: `${w}${t.phrase(t.good)}；${t.name}增速低于${w}平均水平1.2个百分点` },
  ]),
  // The target restated in the report.
  restated: (t) => RESTATED.map((f) => ({ text: f(t.phrase(t.good)) })),
  // A part of a total done: 其中, 已完成M个 of N.
  partial: (t) => (!t.fresh ? [] : [
    { text: `计划${t.phrase(t.good)}，目前已完成${t.low}` },
    { text: `${t.phrase(t.good)}的任务中，已完成${t.low}` },
    { text: `全年${t.phrase(t.good)}，截至目前完成${t.low}` },
    { text: `${t.phrase(t.good)}，其中已完成部分工作` },
  ]),
  // Steps of works before the finish: 立项、招标、设计、批复、签约、开工.
  steps: (t) => (!t.fresh ? [] : t.works ? ["立项", "招标", "施工图设计", "可研批复", "用地批复", "签约", "选址", "开工", "前期手续办理"] : ["方案编制", "招商签约", "项目立项", "调研摸底"]).flatMap((w) => [
    { text: `${t.phrase(t.good)}，已完成${w}` },
    { text: `${t.phrase(t.good)}已全部完成${w}` },
    { text: `${t.phrase(t.good)}项目已完成${w}工作，正在推进下一步` },
  ]),
  // Ranks and comparisons, no figure of the metric's own.
  compare: (t) => [
    { text: `${t.name}增速高于全市平均${t.good}个百分点` },
    { text: `${t.name}居全市第2位` },
    { text: `${t.name}比时间进度快${t.good}个百分点` },
    { text: `${t.name}连续${t.good}个月保持全市前列` },
    { text: `${t.name}较一季度提高${t.good}个百分点` },
  ],
  // 累计 with no period, for counts and amounts of new things this year.
  cumulative: (t) => (t.fresh ? [
    { text: `累计${t.phrase(t.good)}` },
    { text: `全区累计${t.phrase(t.good)}` },
    { text: `${t.name}工作扎实推进，累计${t.phrase(t.good)}` },
  ] : []),
  // A status typed in the 完成状态 column while the text says otherwise.
  typed: (t) => ["序时推进", "正常推进", "已完成", "按计划推进"].flatMap((s) => [
    { text: `${t.name}相关项目尚未开工`, status: s },
    { text: `受资金影响，${t.name}推进缓慢`, status: s },
    { text: `${t.name}工作进度滞后`, status: s },
    { text: `${t.name}前期手续正在办理中，尚未启动`, status: s },
    { text: `计划下半年启动${t.name}相关工作`, status: s },
    { text: `${t.name}工作未达序时进度`, status: s },
  ]),
  // A ratio of something else: 开工率, 签约率, a sub-item's 完成率.
  otherRatio: (t) => [
    { text: `项目开工率100%` },
    { text: `项目签约率达到100%` },
    { text: `${t.name}工作方案完成率100%` },
    { text: `其中重点子项目完成率100%` },
    { text: `资金到位率100%，${t.name}正在推进` },
  ],
  // A share of the year's target that is a forecast, a hope, last year's or a higher place's.
  shares: () => [
    { text: "预计完成全年目标的105%" },
    { text: "力争完成年度目标的100%" },
    { text: "去年完成年度目标的105%" },
    { text: "有望完成年度目标任务的100%" },
    { text: "上半年全市完成年度目标的60%，我区数据正在统计" },
    { text: "各项工作有序推进，全年预计完成年度目标的102%" },
  ],
  // A note or a later clause that takes the figure back: （预计数）, （待认定）, a later step not done, works still going.
  notes: (t) => [
    { text: `${t.phrase(t.good)}（预计数）` },
    { text: `今年以来${t.phrase(t.good)}（待认定）` },
    { text: `${t.phrase(t.good)}（计划数）` },
    { text: `今年以来${t.phrase(t.good)}（2023年数据）` },
    ...(t.fresh ? [{ text: `${t.phrase(t.good)}，后续工作尚未开始` }, { text: `${t.phrase(t.good)}，验收尚未完成` }] : []),
    ...(t.works ? [{ text: `${t.phrase(t.good)}，主体已完工，正在内部装修` }, { text: `${t.phrase(t.good)}，目前正在施工` }] : []),
  ],
  // A total reached, for a count of new things.
  stock: (t) => (/^新增/.test(t.target) && !/新增|新建/.test(t.name) ? [
    { text: t.phrase(t.good).replace(/^(?:新增|新建|完成)/, "").replace(/(\d)/, "达到$1") },
    { text: `全区${t.phrase(t.good).replace(/^(?:新增|新建|完成)/, "").replace(/(\d)/, "总数达到$1")}` },
  ] : []),
  // The figure after a comparison or a qualifier: not the level itself.
  qualifier: (t) => [
    { text: `${t.name}比上年同期多${t.good}` },
    { text: `${t.name}排名全市第${t.low}` },
    { text: `力争${t.name}实现新突破，${t.phrase(t.good)}的目标有望实现` },
  ],
};

/** Kinds of target whose figure is a rate or a level of a period, not a running count: a stale one is not the latest. */
const RATE_KINDS = new Set(["growth", "decline", "ceiling", "floor", "range", "pp", "stock"]);

/**
 * Round 2 (branch judge-hunt2, docs/metrics.md "Wrong-green hunt, round 2"): the forms the first hunt left open and the
 * paths it did not attack. Each family gives texts with the as-of dates they are judged at (a stale period is stale only
 * at a later date).
 */
type Family2 = (t: AdvTarget) => { text: string; status?: string; asOf?: string[] }[];

export const FAMILIES2: Record<string, Family2> = {
  // A rate or level of an older period taken as the latest: 1-3月 at 30 September, 一季度 then 回落 at 30 June.
  stalePeriod: (t) => (!RATE_KINDS.has(t.kind) ? [] : [
    { text: `${t.phrase(t.good)}（1-3月）`, asOf: ["2024-09-30"] },
    { text: `1-3月，${t.phrase(t.good)}`, asOf: ["2024-09-30"] },
    { text: `一季度${t.phrase(t.good)}`, asOf: ["2024-09-30"] },
    { text: `截至3月底，${t.phrase(t.good)}`, asOf: ["2024-09-30"] },
    { text: `一季度${t.phrase(t.good)}，二季度有所回落`, asOf: ["2024-06-30", "2024-09-30"] },
    { text: `1-3月${t.phrase(t.good)}，4月以来${t.name}有所回落`, asOf: ["2024-06-30"] },
    { text: `1-4月${t.phrase(t.good)}，5月以来增速放缓`, asOf: ["2024-06-30"] },
  ]),
  // Carried over from earlier years: 含以前年度结转, 含上年结转.
  carryOver: (t) => (!t.fresh ? [] : [
    { text: `今年以来${t.phrase(t.good)}（含以前年度结转）` },
    { text: `${t.phrase(t.good)}，完成率100%（含以前年度结转）` },
    { text: `1-6月${t.phrase(t.good)}，含上年结转项目` },
    { text: `截至目前${t.phrase(t.good)}（含上年度结转任务）` },
  ]),
  // 累计 with no period, a figure between 序时进度 and the target (a year's count may hold other years').
  cumulativeBetween: (t) => (!t.fresh ? [] : [
    { text: `累计${t.phrase(between(t))}`, asOf: ["2024-06-30"] },
    { text: `${t.name}工作扎实推进，累计${t.phrase(between(t))}`, asOf: ["2024-06-30"] },
  ]),
  // Several years' result, not this year's: since an earlier year, over a plan period, an average a year, against a base year.
  multiYear: (t) => {
    const verb = verbOf(t);
    const unit = t.kind === "pp" ? "个百分点" : "%";
    return [
      { text: `2023年以来，${t.phrase(t.good)}` },
      { text: `自2022年以来累计${t.phrase(t.good)}` },
      { text: `“十四五”以来，${t.phrase(t.good)}` },
      { text: `近三年来${t.phrase(t.good)}` },
      ...(verb ? [
        { text: `${t.name}年均${verb}${t.good}${unit}` },
        { text: `与2020年相比，${t.name}${verb}${t.good}${unit}` },
        { text: `${t.name}较2020年${verb}${t.good}${unit}` },
        { text: `${t.name}累计${verb}${t.good}${unit}` },
      ] : []),
    ];
  },
  // A part of the place reported for a rate: a street's or a park's growth is not the district's.
  subArea: (t) => (!RATE_KINDS.has(t.kind) ? [] : [
    { text: `1-6月，其中城东街道${t.phrase(t.good)}` },
    { text: `1-6月，高新区${t.phrase(t.good)}，全区数据尚未发布` },
    { text: `上半年，重点企业${t.phrase(t.good)}` },
  ]),
  // A condition or a possibility, not a result: 如…可, 若…能, 只要…就.
  conditional: (t) => [
    { text: `如项目按期投产，可实现${t.phrase(t.good)}` },
    { text: `若下半年保持当前态势，能够${t.phrase(t.good)}` },
    { text: `只要资金及时到位，就能${t.phrase(t.good)}` },
    { text: `按目前进度测算，${t.phrase(t.good)}` },
  ],
  // A form's labels: the target value next to the value done.
  labelled: (t) => [
    { text: `目标值：${t.phrase(t.good)}；完成值：${t.phrase(t.low)}` },
    { text: `任务数${t.phrase(t.good)}，完成数${t.phrase(t.low)}` },
    { text: `年度目标${t.phrase(t.good)}，1-6月${t.phrase(t.low)}` },
  ],
  // A rise or a fall written the other way, a narrowing fall, no change: for growth, decline and point targets.
  direction: (t) => (t.kind === "growth" || t.kind === "range" ? [
    { text: `今年以来，${t.name}增长-${t.good}%` },
    { text: `1-6月，${t.name}下降${t.good}%` },
    { text: `1-6月，${t.name}降幅收窄至${t.low}%` },
    { text: `1-6月，${t.name}同比持平` },
    { text: `1-6月，${t.name}与上年同期持平` },
  ] : t.kind === "decline" ? [
    { text: `今年以来，${t.name}下降-${t.low}%` },
    { text: `1-6月，${t.name}增长${t.low}%` },
    { text: `1-6月，${t.name}同比上升${t.low}%` },
    { text: `1-6月，${t.name}降幅收窄至${t.low}%` },
    { text: `1-6月，${t.name}同比持平` },
    { text: `1-6月，${t.name}增长-${t.low}%` },
  ] : t.kind === "ceiling" ? [
    { text: `1-6月，${t.phrase(t.low)}` },
    { text: `年度目标：${t.target}，正在推进` },
    { text: `力争${t.target}` },
    { text: `${t.name}同比上升0.3个百分点` },
  ] : t.kind === "pp" ? [
    { text: `1-6月，${t.name}下降${t.good}个百分点` },
    { text: `1-6月，${t.name}同比持平` },
  ] : []),
};

/** The verb a report writes for a change of the target's own kind: 增长 for growth, 下降 for a decline, 提高 for points. */
function verbOf(t: AdvTarget): string | null {
  return t.kind === "growth" || t.kind === "range" ? "增长" : t.kind === "decline" ? "下降" : t.kind === "pp" ? "提高" : null;
}

// (multiYear is added to FAMILIES2 below.)
/** A count or amount between 序时进度 at 30 June and the target: on schedule if it were this year's. */
function between(t: AdvTarget): string {
  const v = Number(t.good) * 0.7;
  return String(Number.isInteger(Number(t.good)) ? Math.ceil(v) : Math.round(v * 100) / 100);
}

/** A task written in words, no figure: its status is read from the wording, the typed status, a rank or a share. */
export interface AdvTask {
  id: string;
  target: string;
  /** The task's subject as a report names it. */
  name: string;
}

export const ADV_TASKS: AdvTask[] = [
  { id: "estates", target: "完成老旧小区改造年度任务", name: "老旧小区改造" },
  { id: "care", target: "年底前建成区级综合养老服务中心", name: "区级综合养老服务中心" },
  { id: "rivers", target: "完成全区河道综合整治工程", name: "河道综合整治工程" },
  { id: "roads", target: "11月底前完成农村公路提升改造", name: "农村公路提升改造" },
  { id: "smart", target: "年底前完成智慧城市平台建设", name: "智慧城市平台建设" },
];

/** A rank target and its subject: 前N in a scope. */
export const ADV_RANKS = [
  { id: "sci", target: "科技创新指数稳定在全市前五", name: "科技创新指数", scope: "全市", other: "全省", n: 5 },
  { id: "biz", target: "营商环境评价保持全省前十", name: "营商环境评价", scope: "全省", other: "全市", n: 10 },
];

type TaskFamily = (t: AdvTask) => { text: string; status?: string }[];

/** Families on tasks in words: the status read from wording, the typed column, a sub-item's ratio, a stage for a later deadline. */
export const TASK_FAMILIES: Record<string, TaskFamily> = {
  // 已完成/全面完成/顺利完成 of a part of the task.
  donePart: (t) => [
    { text: `${t.name}一期工程已全面完成` },
    { text: `${t.name}首批项目已顺利完成` },
    { text: `${t.name}中的3个子项目已全部完成` },
    { text: `${t.name}部分点位已完成` },
    { text: `${t.name}东片区已全面完成，西片区正在施工` },
    { text: `城东片区${t.name}已全面完成` },
    { text: `${t.name}试点项目已全部完成` },
    { text: `${t.name}第一标段已全面完成` },
  ],
  // … of a stage.
  doneStage: (t) => [
    { text: `${t.name}第一阶段任务已顺利完成` },
    { text: `${t.name}前期工作已全面完成` },
    { text: `${t.name}阶段性目标任务已全部完成` },
    { text: `${t.name}一阶段建设已完成` },
    { text: `${t.name}主体工程已全部完成` },
  ],
  // … of last year.
  doneLastYear: (t) => [
    { text: `去年${t.name}已全面完成` },
    { text: `2023年${t.name}已顺利完成` },
    { text: `上年度${t.name}任务已全部完成，今年工作正在谋划` },
    { text: `2023年${t.name}任务已全部完成` },
    { text: `${t.name}已于去年全面完成` },
    { text: `2023年度${t.name}已全面完成` },
  ],
  // … of a plan or a document, not of the work.
  donePlan: (t) => [
    { text: `${t.name}实施方案已完成` },
    { text: `${t.name}工作计划已全部完成编制` },
    { text: `已完成${t.name}方案编制` },
    { text: `${t.name}年度计划已全面完成制定` },
    { text: `${t.name}规划设计已顺利完成` },
  ],
  // Negations.
  doneNegated: (t) => [
    { text: `${t.name}未完成` },
    { text: `${t.name}尚未全部完成` },
    { text: `${t.name}不能按期完成` },
    { text: `${t.name}未能按期全部完成` },
    { text: `${t.name}仍未完成` },
    { text: `${t.name}无法按期完成` },
    { text: `${t.name}尚未完成，正在加紧推进` },
    { text: `${t.name}没能全部完成` },
    { text: `${t.name}还没有全面完成` },
    { text: `${t.name}年度任务未全部完成` },
    { text: `${t.name}难以按时全面完成` },
  ],
  // Conditionals and intentions.
  doneHoped: (t) => [
    { text: `力争年底前全面完成${t.name}` },
    { text: `确保${t.name}按期完成` },
    { text: `${t.name}预计10月底全部完成` },
    { text: `${t.name}计划于11月全部完成` },
    { text: `${t.name}有望提前完成` },
    { text: `争取${t.name}9月底前顺利完成` },
    { text: `${t.name}将于年底前全部完成` },
    { text: `如资金到位，${t.name}可于年内全面完成` },
    { text: `${t.name}年底前可全面完成` },
    { text: `${t.name}争取年内全部完成` },
    { text: `${t.name}要在年底前全部完成` },
  ],
  // 已完成 typed next to text that says the work goes on.
  typedGoing: (t) => [
    { text: `${t.name}一期已完工，二期正在施工`, status: "已完成" },
    { text: `${t.name}已完成80%`, status: "已完成" },
    { text: `${t.name}基本完成，剩余扫尾工作`, status: "已完成" },
    { text: `${t.name}主体完工，待验收`, status: "已完成" },
    { text: `${t.name}持续推进中`, status: "已完成" },
    { text: `${t.name}已完成年度任务的60%`, status: "已完成" },
    { text: `${t.name}部分完成`, status: "已完成" },
  ],
  // Other typed statuses the text does not bear out: a plan, a share under 序时进度, a start, a step.
  typedMore: (t) => [
    { text: `${t.name}计划10月底完成`, status: "已完成" },
    { text: `${t.name}已完成年度任务的30%`, status: "已完成" },
    { text: `${t.name}已完成年度任务的30%`, status: "序时推进" },
    { text: `${t.name}项目已开工建设`, status: "已完成" },
    { text: `${t.name}已完成立项和招标`, status: "已完成" },
    { text: `${t.name}预计年底完成`, status: "按期完成" },
    { text: `${t.name}正在扫尾`, status: "基本完成" },
  ],
  // A completion ratio of a sub-item, not of the task.
  subRatio: (t) => [
    { text: `${t.name}一期工程完成率100%` },
    { text: `${t.name}中央预算内子项目完成率100%` },
    { text: `${t.name}首批项目完成进度100%` },
    { text: `${t.name}招标工作完成率100%` },
  ],
  // A task due later in the year judged done from a stage.
  stageForDeadline: (t) => [
    { text: `${t.name}已完成上半年节点任务` },
    { text: `${t.name}已完成阶段性任务` },
    { text: `${t.name}第一批次已全部完成` },
    { text: `${t.name}已完成招标，进入施工阶段` },
    { text: `${t.name}已完成年度任务的阶段目标` },
    { text: `${t.name}已完成上半年目标任务` },
    { text: `${t.name}已全面完成一季度节点任务` },
  ],
};

/** Rank families: a place in another scope, of another subject, last year's, hoped for. */
function rankCases(): { target: string; text: string }[] {
  return ADV_RANKS.flatMap((r) => [
    { target: r.target, text: `${r.name}居${r.other}第3位` },
    { target: r.target, text: `${r.name}位列${r.other}第2名` },
    { target: r.target, text: `综合考核居${r.scope}第2位` },
    { target: r.target, text: `去年${r.name}居${r.scope}第3位` },
    { target: r.target, text: `力争${r.name}进入${r.scope}前三` },
    { target: r.target, text: `${r.name}居${r.scope}第${r.n + 3}位，较上年前移2位` },
    { target: r.target, text: `${r.name}预计居${r.scope}第2位` },
  ]);
}

/** Every combination: families × targets × words × as-of dates. */
export function adversarialCases(): AdvCase[] {
  const out: AdvCase[] = [];
  for (const [family, gen] of Object.entries(FAMILIES))
    for (const target of ADV_TARGETS)
      for (const c of gen(target))
        for (const asOf of AS_OF) out.push({ family, target, text: c.text, status: c.status, asOf });
  for (const [family, gen] of Object.entries(FAMILIES2))
    for (const target of ADV_TARGETS)
      for (const c of gen(target))
        for (const asOf of c.asOf ?? AS_OF) out.push({ family, target, text: c.text, status: c.status, asOf });
  for (const [family, gen] of Object.entries(TASK_FAMILIES))
    for (const task of ADV_TASKS)
      for (const c of gen(task))
        for (const asOf of AS_OF) out.push({ family, target: taskTarget(task), text: c.text, status: c.status, asOf });
  for (const c of rankCases())
    for (const asOf of AS_OF) out.push({ family: "rank", target: { ...taskTarget({ id: "rank", target: c.target, name: "" }) }, text: c.text, asOf });
  return out;
}

/** A task in words as an AdvTarget (kind "text"), for the one case list. */
function taskTarget(task: AdvTask): AdvTarget {
  return { id: task.id, kind: "text", target: task.target, name: task.name, phrase: () => task.name, other: () => task.name, good: "", low: "" };
}

/** Every family name, first round and second. */
export const FAMILY_NAMES = [...Object.keys(FAMILIES), ...Object.keys(FAMILIES2), ...Object.keys(TASK_FAMILIES), "rank"];

/**
 * Controls: reports that do give this year's result of the target's own metric here, which must stay green, so the
 * hunt cannot pass by refusing every green. Each is the good figure with a period, as offices write it.
 */
export function controlCases(): AdvCase[] {
  const out: AdvCase[] = [];
  const forms = (t: AdvTarget) => [
    { text: `今年以来，${t.phrase(t.good)}` },
    { text: `1-6月，${t.phrase(t.good)}` },
    { text: `截至6月底，${t.phrase(t.good)}` },
    { text: `上半年全区${t.phrase(t.good)}` },
    { text: `截至6月底，累计${t.phrase(t.good)}` },
    { text: `今年以来，${t.phrase(t.good)}`, status: "序时推进" },
    { text: `1-6月，${t.phrase(t.good)}，去年同期${t.phrase(t.low)}` },
  ];
  for (const target of ADV_TARGETS) for (const c of forms(target)) out.push({ family: "control", target, text: c.text, status: c.status, asOf: "2024-06-30" });
  // Round 2: the latest period of a rate, a 累计 with this year's period, a decline written as one, a later period
  // after an earlier one.
  for (const t of ADV_TARGETS) {
    const at = (text: string, asOf: string) => out.push({ family: "control2", target: t, text, asOf });
    if (RATE_KINDS.has(t.kind)) {
      at(`1-8月，${t.phrase(t.good)}`, "2024-09-30");
      at(`1-5月${t.phrase(t.good)}`, "2024-06-30");
      at(`一季度${t.phrase(t.low)}，上半年${t.phrase(t.good)}`, "2024-06-30");
      at(`截至8月底，${t.phrase(t.good)}`, "2024-09-30");
    }
    if (t.fresh) at(`今年以来累计${t.phrase(between(t))}`, "2024-06-30");
    if (t.kind === "decline") at(`1-6月，${t.name}同比下降${t.good}%`, "2024-06-30");
    // A multi-year word, then this year's own figure; a change against last year ("较2023年同期增长" is not read by the parser:
    // 无法研判, not a wrong answer, left to the parser).
    at(`2023年以来工作扎实推进，今年1-6月${t.phrase(t.good)}`, "2024-06-30");
    // Words near the labels, conditions and place parts that are none of them.
    at(`各项工作如期推进，1-6月${t.phrase(t.good)}`, "2024-06-30");
    at(`乡村振兴扎实推进，1-6月${t.phrase(t.good)}`, "2024-06-30");
    at(`任务完成情况：1-6月${t.phrase(t.good)}`, "2024-06-30");
    const verb = verbOf(t);
    if (verb && t.kind !== "pp") at(`1-6月，${t.name}较上年同期${verb}${t.good}%`, "2024-06-30");
  }
  // Tasks in words: the whole task said done, a typed 已完成 the text bears out, the task's own rate, a rank in scope.
  for (const task of ADV_TASKS) {
    const at = (text: string, status?: string) => out.push({ family: "control2", target: taskTarget(task), text, status, asOf: "2024-09-30" });
    at(`${task.name}已全面完成`);
    at(`${task.name}年度任务已全部完成`);
    at(`${task.name}已全部完成并通过验收`, "已完成");
    at(`${task.name}按序时推进`);
  }
  for (const r of ADV_RANKS) out.push({ family: "control2", target: taskTarget({ id: r.id, target: r.target, name: r.name }), text: `${r.name}居${r.scope}第3位`, asOf: "2024-09-30" });
  return out;
}
