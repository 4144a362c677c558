import { Comparator, TargetKind } from "./types";
import { growthVerb } from "./metricName";
import { Qty } from "./scan";
import { LEADING_JOINER } from "../text/joiners";

const LEADING_JOINERS = new RegExp(`^(?:、|${LEADING_JOINER})+`);

const NEW_WORDS = /新增|新建|新改建|新开通|新开工|新设|新签|新培育|新引进|新认定|新办理|新纳入|新上|新铺设|新承接|新招引|新注册|新登记/;
/** Names of standing totals whatever their unit: 优良天数, 认证数量, 实验室总数, 单产, 装机, 吞吐量. */
const STANDING_NAME = /(天数|数量|总数|总量|单产|装机|装机容量|吞吐量|保有量|在册|在库|存栏|覆盖|能力|产能)$/;
/**
 * Fields pass 3: a population as it stands (常住人口, 户籍人口, 城镇人口, 总人口) and a network's total length (总里程, 通车里程,
 * 运营里程) are levels at a date, as 总数 is; people moved or roads built (转移农村人口, 新建公路里程) are not named so.
 */
const STANDING_WHOLE = /^(?:(?:常住|户籍|城镇|乡村|农村)?人口|总人口|[^，,。；;\d]{0,8}?(?:总里程|通车里程|运营里程))$/;
/**
 * Round au: in a report, 务工就业规模 is how many are at work and 监测对象 the roll of those watched (动态管理): both stand at a
 * date. The newly added (新纳入监测对象) are caught by NEW_WORDS first; a target's 规模 keeps the reading it had.
 */
const REPORTED_ROLL = /(规模|监测对象)$/;
/**
 * Round ax: work done on the people of a roll ("完成帮扶监测对象544户", "走访监测对象1200户") counts the work, not the roll
 * that stands at a date.
 */
const WORK_ON_ROLL = /(?:完成|帮扶|救助|走访|消除|解除)[^，,。；;\d]{0,8}$/;
/** In a report, words that give a standing total rather than this year's addition. */
// Round aw: 实有 (实有市场主体, 实有人口) is what stands on the rolls, as 现有 is.
const STOCK_BEFORE = /(累计|共有|拥有|总计|现有|实有|在审|排队|辅导备案|入住|在建|在册|在库|存栏|覆盖|参保)[^，,。；;]{0,12}$/;
/** 累计 headed by this year's period (今年, 今年以来, 1-9月): a tally since January, not since the works or the office began. */
const YEAR_RUNNING = /(?:今年|本年|当年|今年以来|年初以来|年初至今|\d{1,2}[-—至]\d{1,2}月份?)(?:以来)?(?:共)?累计(?!有)[^，,。；;]{0,12}$/;
const LEVEL_PREFIX = /^(突破|超过|达到|达|稳定在|保持在|控制在|过|逾|超|提升至|提高到|(?:压减|压缩|缩短|缩小|减少|下降|降低|缩减|减)(?:到|至)|降至|降到|下降为|缩短为)$/;
const LEVEL_WORDS = /发展到|稳定在|保持在|保持|总量|在库|余额|达到|控制在|提升至|提高到|提升到|提高至|增至|增加到/;
const LEVEL_METRIC = /能耗|电耗|水耗|率|占比|比例|比重|面积|产量|总产|亩产|发电量|用电|用水量|电量|外送|货运量|客运量|销量|总量|余额|规模|保有量|总额|总值|收入|营收|产值|投资|交易额|进出口|零售额|贷款|资金|外资|税收|利润|人数|浓度|能力|周转量|处理量/;
/**
 * Levels that stand rather than accumulate: compared as they are, not against 序时进度. Round av: the items of a balance
 * sheet (资产总额, 总资产, 净资产, 负债总额, 所有者权益) stand at a date as a 余额 does ("净资产年末达到400亿元" is no flow).
 */
const STANDING_METRIC = /率|占比|比例|比重|余额|总量|在库|覆盖|保有量|蓄积|存栏|浓度|人数|能力|产能|装机|面积|指数|单价|均价|资产总额|总资产|净资产|负债总额|所有者权益/;
const CPI = /居民消费价格|消费价格指数|物价|CPI/i;
/**
 * Round aw: what an office of market regulation holds, not adds — patents and trademarks in force (有效发明专利, 有效注册商标)
 * and any 拥有量 (每万人口发明专利拥有量): standing levels, as 保有量 is. 有效投资 is a flow and is not among them.
 */
const HELD_IN_FORCE = /^有效(?:发明)?(?:专利|注册商标|商标)|拥有量$/;
/** Round aw: an average per visitor or per sale (游客人均花费, 客单价) stands at its level; it does not add up over the year. */
const PER_VISIT_AVERAGE = /游客人均|人均(?:花费|停留)|客单价/;
/** Fields pass 3: averages (平均, 人均, 户均, 亩均, 均值) and intensities per unit of output (万元GDP能耗) are levels. */
const AVERAGE_NAME = /平均|人均|户均|亩均|均值/;
/** Balances whose increments a report counts (新增贷款, 存款新增, 信贷净增, 债券融资). */
const BALANCE_NAME = /贷款|存款|信贷|债券|融资|余额/;
const STANDING_WORDS = /稳定在|保持|控制在|守住|守牢|坚守/;

interface KindContext {
  q: Qty;
  /** Words from the previous figure (or the clause start) up to this figure. */
  region: string;
  metric: string;
  /** The noun a classifier counts, when it follows the figure. */
  follow: string;
  /** The figure before it in the same sentence, whose kind a bare list member inherits. */
  prev: { kind: TargetKind; flip: boolean; q: Qty } | null;
  explicitRatio: boolean;
  /** Reading a progress text, where 累计/目前/入住 give a standing total. */
  progress?: boolean;
  /** The figure's clause opens with 其中: a part of the figure before it. */
  part?: boolean;
  /** The figure's clause up to the figure (from the last "，", "；" or "。"). */
  clause?: string;
}

/**
 * Fields pass 3: "全市现有国家级创新型企业7家、省级创新型企业186家、高新技术企业444家", "全市拥有中国驰名商标140个、国家地理
 * 标志保护产品13个": a verb of holding at the head of the clause (现有, 拥有, 共有, 实有, 已有) governs every member of its
 * "、" list; a member that names its own act ("、新增…", "、建成…") or its own standing word is read on its own.
 */
const HOLDING_HEAD = /^[^、，,。；;\d]{0,12}?(?:现有|拥有|共有|实有|已有)/;
const OWN_ACT = /新增|新建|建成|完成|实施|开工|竣工|引进|培育|创建|认定|评定|改造|发放|举办|开展|签约|落地|投产|累计/;
function heldListMember(c: KindContext): boolean {
  const { q, region, prev, clause } = c;
  if (!c.progress || !prev || prev.kind !== "level" || prev.q.cls !== q.cls || (q.cls !== "classifier" && q.cls !== "physical")) return false;
  if (!/^、/.test(region) || OWN_ACT.test(region) || !clause || !HOLDING_HEAD.test(clause)) return false;
  // Every figure between the head and this one is a "、" member too.
  return !/[，,]/.test(clause);
}

/**
 * growth, pp, count or level, and whether a 下降 makes the figure negative. A list member with no words of its own
 * ("分别增长6.5%、7%") takes the kind of the figure before it.
 */
export function kindOf(c: KindContext): { kind: TargetKind; flip: boolean } {
  const { q, region, metric, follow, prev } = c;
  const raw = region.replace(LEADING_JOINERS, "");
  const bare = raw === "" || /^(分别|依次|均|都)*$/.test(raw);
  const verbRegion = q.prefixWord ? region.slice(0, region.length - q.prefixWord.length) : region;
  if (q.cls === "pp") return { kind: "pp", flip: growthVerb(verbRegion).negative && !q.negative };
  if (q.cls === "percent") {
    if (c.explicitRatio) return { kind: "level", flip: false };
    // "居民消费价格指数控制在3.5%以内": consumer prices in % are their rise; an index written with % ("控制在103%以内",
    // about 100) is the index itself.
    if (CPI.test(metric) && q.unit === "%" && q.value < 50) return { kind: "growth", flip: q.negative ? false : growthVerb(verbRegion).negative };
    // "居民消费价格涨幅保持在3%左右": a rate of change held at a level is still a rate of change.
    const gv = growthVerb(verbRegion.replace(/(保持在|保持|控制在|稳定在|为|达到|在)$/, ""));
    if (gv.growth || q.negative) return { kind: "growth", flip: gv.negative && !q.negative };
    if ((bare && prev && !follow) || stretchOf(c)) return { kind: (prev as { kind: TargetKind }).kind, flip: (prev as { flip: boolean }).flip };
    return { kind: "level", flip: false };
  }
  if (bare && prev && !follow && !q.prefixWord) return { kind: prev.kind === "growth" || prev.kind === "pp" ? "level" : prev.kind, flip: false };
  if (stretchOf(c)) return { kind: (prev as { kind: TargetKind }).kind, flip: false };
  if (heldListMember(c)) return { kind: "level", flip: false };
  // Fields pass 3: money in a report is an amount (level) even when new ("新引进企业税收入库8775万元", "新增规上工业产值10亿元",
  // "计划新开工项目累计完成101.97亿元"): the corpus labels 898 of 910 train amounts so. The increments of a balance (新增贷款,
  // 存款比年初新增, 小额信贷净增) are counted as the year's addition, as before.
  if (c.progress && q.cls === "money" && NEW_WORDS.test(region) && !BALANCE_NAME.test(`${region}${metric}`)) return { kind: "level", flip: false };
  if (NEW_WORDS.test(region)) return { kind: "count", flip: false };
  // "原煤产量1657.8万吨，其中县属企业1094.2万吨", "目前入住72人，其中失能特困人员22人、半失能50人": a part of a standing
  // total or an amount after 其中 is of the same kind as the whole.
  if (c.part && prev && prev.kind === "level" && prev.q.cls === q.cls && (q.cls === "classifier" || q.cls === "physical")) return { kind: "level", flip: false };
  // Hunt 10: "今年累计接待客商30余批次": a running total of this year's counted acts is the year's count, not a standing total.
  const yearsTally = q.cls === "classifier" && YEAR_RUNNING.test(region) && !STANDING_NAME.test(metric) && !STOCK_BEFORE.test(region.replace(/累计/g, ""));
  if (!yearsTally && (STANDING_NAME.test(metric) || STANDING_WHOLE.test(metric) || HELD_IN_FORCE.test(metric) || (c.progress && (STOCK_BEFORE.test(region) || (REPORTED_ROLL.test(metric) && !WORK_ON_ROLL.test(region)))) || /累计[^，,。；;]{0,8}$/.test(region))) return { kind: "level", flip: false };
  if ((q.prefixWord && LEVEL_PREFIX.test(q.prefixWord)) || LEVEL_WORDS.test(region)) return { kind: "level", flip: false };
  // Fields pass 3: an average reported ("承诺件平均办结1.78天", "户均增收3200元") stands at its level whatever its unit. Targets
  // keep their readings (applied to them too, train target kinds fell from 97.1% to 96.6%).
  if (c.progress && AVERAGE_NAME.test(metric)) return { kind: "level", flip: false };
  if (q.cls !== "classifier" && LEVEL_METRIC.test(metric)) return { kind: "level", flip: false };
  if (q.cls === "classifier" || q.cls === "physical") return { kind: "count", flip: false };
  return { kind: "level", flip: false };
}

/**
 * "增长5%以上、力争达到6%", "新增30家，力争达到40家": a second figure of the same metric, close to the first, is a
 * stretch target of the same kind. A much larger one is a total ("新增营收40亿元、突破400亿元").
 */
export function stretchOf(c: KindContext): boolean {
  const { q, prev, metric } = c;
  if (!prev || metric || c.follow || prev.q.written !== q.written || prev.q.value <= 0) return false;
  const r = q.value / prev.q.value;
  return r >= 0.5 && r <= 2;
}

/** Units that count events, never things that stand: 人次, 场次, 批次, 架次, 班次, 车次, 航次, 频次. */
const EVENT_UNIT = /^(?:万|亿)?(?:人次|场次|批次|架次|班次|车次|航次|频次)$/;

/** Counts and flowing amounts (营收, 投资, 吨, 度 …) accumulate over the year; rates, shares and standing levels do not. */
export function cumulativeOf(kind: TargetKind, q: Qty, metric: string, region: string, cmp: Comparator): boolean {
  // A ceiling (控制在…以内, 压减至…) is kept or not at any date; it does not accumulate.
  if (cmp === "<=" || cmp === "<") return false;
  if (PER_VISIT_AVERAGE.test(metric)) return false;
  if (kind === "count") return true;
  if (kind !== "level") return false;
  // Visits and trips (人次, 场次, 架次 …) count events: no standing total is counted in them, so a level written in them
  // ("全年接待游客突破1000万人次") is the period's running count and accumulates, however it is worded.
  if (EVENT_UNIT.test(q.unit) && !/(每人|每月|每户|每年|每天|日均|月均|年均)/.test(region)) return true;
  // A standard per person or month ("每人每月110元") and a total since the start (累计完成3万户) stand as they are.
  return q.cls !== "percent" && q.cls !== "classifier" && !STANDING_METRIC.test(metric) && !STANDING_WORDS.test(region) && !/(每人|每月|每户|每年|标准|累计)/.test(region);
}
