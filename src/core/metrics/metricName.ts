/**
 * Metric names: what a figure measures, cut from the words before (or, for classifiers, after) it,
 * and a loose similarity so progress figures find the targets they report on.
 */
import { Memo } from "./cache";
import { LEADING_JOINER, listsThings, splitAtJoiners } from "../text/joiners";
import { SYNONYMS_AY } from "./formsAY";
import { SYNONYMS_BA } from "./formsBA";
import { SYNONYMS_AZ } from "./formsAZ";

// Session 23: a one-character hedge or adverb (共, 约, 近, 对, 为, 将, 均, 都) is cut off a name's head only where it is not the
// first character of the name's own word: 共享单车, 共同富裕, 共富工坊, 约谈, 对标, 对口帮扶, 对外贸易, 为民办实事, 将军路, 均衡发展,
// 均等化, 都市农业, 近零碳 keep their words (they had become 享单车, 同富裕, 谈企业, 衡发展 …); so do 建设用地 (a class of land, not
// 用地 built), 组织化 and 办理时限/时间/环节 after the acts 建设, 组织 and 办理.
const LEADING = new RegExp(
  "^(?:[、，,并且或]|" + LEADING_JOINER + "|\\d{4}年(?:度|(?:末|底)(?:前|之前)?)?|同期(?!相比|比|水平)|(?:到|至)20\\d\\d年(?:底|末)?(?![\\d前内])|[“]?十[一二三四五]五[”]?(?:期末|期间|末|以来)|前\\d{1,2}个月|本月|[一二三四1-4]至[一二三四1-4]季度|年初至今|本年度|本年|本季度|当月|当季|\\d{1,2}-\\d{1,2}月份?|\\d{1,2}月(?:底|末|份)?(?:前|之前|以前|内)?(?=[^\\d])|(?:年底|年末)(?:前|之前)?|(?:第?[一二三四]|前三)季度(?:末)?(?:前|内)?|其中|同时|力争|确保|争取|努力|全力|力促|推动|推进|全年|年内|年度|今年以来|年初以来|今年|当年|上半年|下半年|" +
    // Round al: a span of years before the act ("三年完成通组公路3000公里", "五年内建成…", "到2020年完成…") is the task's
    // time, never its name; without an act after it ("三年行动计划") the words stay.
    "(?:到|至)?(?:20\\d\\d|[一二三四五六七八九十两]|\\d{1,2})年(?:内|间|底前|底|末)?(?=完成|新建|建成|实施|新增|新改建|改造|建设|累计|实现|打造|培育|引进|解决)|" +
    // Round bb: 到 or 至 a written year ("到2025年人均体育场地面积达到2.6平方米") is always the task's time, with or without an act.
    "(?:到|至)20\\d\\d年(?:底|末)?(?:前)?|" +
    "全区|全市|全县|全镇|全省|全社会|压减|压缩|缩短|提高|降低|控制(?!性)|把|使(?!用|命)|目标(?=新增|新建|完成|实现|建成|建设|引进|培育|改造|达到|为)|实现|完成|累计|共计|共(?!享|同|富|建(?!成|设)|治|青团)|已经|已有|现有|现已|已|目前|截至目前|截止目前|截至|截止|至\\d{1,2}月(?:底|末)|今年以来|" +
    // Hunt 11: a time since something ("1-9月以来" once its months are cut, "自开工以来", "入汛以来") is the figure's period,
    // never its name.
    "自?[\u4e00-\u9fa5\\d]{0,10}?以来|至今|新增|新建|新改建|改扩建|新开通|新设|" +
    // 建成区 (a city's built-up area) and 开发区 are places, not acts: "建成区绿化覆盖率" keeps its whole name.
    "新签约|新签|实施|建设(?!用地)|建成(?!区)|投用|投入使用|引进|引育|培育|创建|创成|打造|开展|发生|举办|组织(?!化)|招引|申报|入库|签约|改造|开发(?!区)|打通|铺设|" +
    "治理|整治|配备|更新|提供|发放|落实|办好|抓好|办理(?!时限|时间|环节)|盘活|回迁(?![房楼]|安置|小区)|安置(?![房楼点区]|小区)|争创|承担|招聘|招募|提升|完善|达到|持续|进一步|" +
    "年计划|年度计划|全年计划|计划|预计|约(?!谈|束)|近(?!零)|对(?!标|口|接|外)|为(?!民)|将(?!军)|再(?!就业|生|制造|利用|融资|贷款)|总计|合计|分别|依次|均(?!衡|等)|都(?!市)|指导|帮助|支持|可比口径|可比价|可比|现价)+",
);
const TRAILING = new RegExp(
  "(?:可比口径增长|可比价增长|可比增长|现价增长|可比口径|可比|(?:压减|压缩|缩短|缩小|减少|下降|降低|缩减|减|降|提升|提高|增加|增长|上升|升)(?:到|至|为)|年均增长|年均|同比增长|同比下降|同比上升|同比|上升|上涨|回升|压减|压降|压缩|缩短|精简|缩减|削减|(?:降幅|减幅|跌幅)(?:收窄|缩小)(?:至|到)|降幅|减幅|(?:比|较)(?:上年|去年)同期|比上年|较上年|较去年|比去年|(?:比|较)年初|增长|增速|增幅|增加|提高|提升|下降|降低|减少|回落|突破|超过|达到|达|过|超|逾|" +
    "可达到|可达|稳定在|保持在|保持|控制在|继续|动态|不低于|不少于|不超过|不高于|不多于|不大于|不小于|低于|高于|少于|多于|小于|大于|至少|约|近|分别|依次|均|都|" +
    // "示范街、示范路各建成3条": 各 and the act after it are not the name.
    "各(?:新建|建成|建设|完成|实施|新增|打造|改造|开工|培育|创建|提升)?|为|至|到|提升至|提高到|实现|完成|在|是|每立方米|每|" +
    // Session 23: 已 before the act stripped above ("民生实事项目已完成8件") is no part of the name (it had been 民生实事项目已).
    "已经|均已|现已|已|" +
    // Round av: a year's end closing the name before its verb ("资产总额年末达到…") is the target's date, not its name;
    // 上年末/去年底 go with it whole (比上年末), never leaving 比上 behind.
    "(?:(?:比|较)?(?:上|去))?(?:年末|年底)|任务完成数为|任务完成数|完成数|任务数|任务量|累计|截至目前|截止目前|以来|至今|目前|当前|每人每月|每人每年|每人|每月|每户|每年|每日|每天|任务|目标|中|当中|之中|,|，|、|的)+$",
);

/**
 * TRAILING with its lone 中 ("项目中") kept where it ends 高中, 初中, 集中 or 其中: those pairs are masked first (no
 * lookbehind, so the pane's scripts load on embedded Chromium older than 62).
 */
const KEEP_ZHONG = /([高初集其])中/g;
/** Round al: 通达 (a road reaching a village: "797个村民小组通达", "通达工程") is a noun, not a name closed by the verb 达. */
const KEEP_TONGDA = /通达/g;
function stripTrailing(s: string): string {
  // "县政府确定重要工作任务共579项": 共 closing the words before a count says it is a total, not what is counted (not 公共, 中共).
  if (s.length > 2 && s.charCodeAt(s.length - 1) === 0x5171 && !/[公中]共$/.test(s)) s = s.slice(0, -1);
  if (s.indexOf("中") < 0 && s.indexOf("通达") < 0) return s.replace(TRAILING, "");
  return s.replace(KEEP_ZHONG, "$1\uE000").replace(KEEP_TONGDA, "通\uE001").replace(TRAILING, "").replace(/\uE000/g, "中").replace(/\uE001/g, "达");
}

/**
 * A figure's name that is only an act ("新建65公里", "已完成改造32个", "引进150名") leaves its thing to the task it is reported
 * under, and names nothing but that act: the act a target must then share (新建 never answers 改造), and the figure keeps it
 * rather than the name of the figure before ("新建3所，改造5所"). Returns the act, or null.
 */
const ACTS = "新开工|新签约|新培育|新登记|新建|新增|新开|改建|扩建|改造|建成|建设|引进|招引|培育|认定|开工|创建|整治|治理|打造|签约|注册|举办|召开|开展|组织";
const ACT_ONLY = new RegExp(`^(?:实际|累计|已|共|合计|完成|实际完成|累计完成|成功)*(${ACTS})$`);
const ACT_IN = new RegExp(ACTS, "g");
export function actOnlyName(name: string | undefined): string | null {
  return ACT_ONLY.exec(name ?? "")?.[1] ?? null;
}

/** Whether a target's words hold that very act, not a longer one containing it (开工 is not 新开工: that counts new starts). */
export function asksAct(targetWords: string, act: string): boolean {
  return (targetWords.match(ACT_IN) ?? ([] as string[])).includes(act);
}

/** The words before a figure when cleanMetric left nothing: the verb itself names what was done ("已引进13人"). */
export function looseMetric(region: string): string {
  return stripTrailing(
    region
      .replace(/[^\u4e00-\u9fa5A-Za-z0-9.]/g, "")
      .replace(/^(目前|截至目前|已经|已有|已|共|累计|其中)+/, "")
      .replace(/(达到|达|为|共|累计)+$/, ""),
  ).slice(-20);
}

// Round ar: 招商(引资)项目 names the programme the projects come under, not which of them: "签约招商项目" and "开工招商项目" are
// told apart by the act, as 签约项目 and 开工项目 are.
const GENERIC = /^(项目|企业|工程|单位|园区|基地|平台|主体|市场主体|产业项目|重点项目|招商项目|招商引资项目|实际)$/;
const TELLING_VERBS = "新签约|签约|新开工|开工|竣工|投产|达产|新引进|引进|招引|新培育|培育|新认定|认定|入库|纳统|新建|建成|改造|落地|开业|新开业|注册|新注册|上市|迁入|退出|关停|整治|帮扶";

const TELLING_VERBS_RE = new RegExp(`^(?:${TELLING_VERBS})+`);

/** Only hedges and time words: used when stripping verbs too leaves a single character (提升村 → 村). */
// Hunt 11: time words (今年以来, 截至目前) and tally words (累计, 共) before the act too: "今年以来举办招聘会" is 举办招聘会.
const LEADING_SOFT = new RegExp(`^(?:[、，,]|${LEADING_JOINER}|力争|确保|争取|今年以来|年初以来|以来|截[至止]目前|目前|累计|共计|共(?!享|同|富|建(?!成|设)|治|青团)|已经|已|全年|年内|年度|今年|上半年|下半年|全区|全市|全县)+`);

/**
 * A period written between the noun and its verb ("支柱产业上半年累计完成产值", "50个建成项目1-8月完成投资"): the figure's
 * period (parseActuals reads it), not part of its name. After 至 or 截止 it opens the name and LEADING takes it.
 */
// Also a period since which the figure runs, before its rate too ("规上工业增加值一季度以来累计增长6.5%" is 规上工业增加值).
const INNER_PERIOD = /([\u4e00-\u9fa5])(?:(?:上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}-\d{1,2}月份?|\d{1,2}月(?:底|末|份)?|今年以来|今年|全年)(?=已|累计|共|完成|实现|新增)|(?:上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}月份?|年初)以来(?=已|累计|共|完成|实现|新增|增长|下降|提高|$))/g;


/**
 * What INNER_PERIOD leaves of its match: the character before the period. After 至 or 截止 the period opens the name (LEADING
 * takes it); 前 and 第 are the period's own first character ("前三季度实现地区生产总值", "第二季度完成投资" at the start of a
 * name, where no character comes before them), so nothing is left.
 */
function innerPeriodOut(m: string, c: string): string {
  if (/[至止到]/.test(c)) return m;
  return c === "前" || c === "第" ? "" : c;
}

/**
 * 也 or 亦 between a subject and its verb ("江都也新增12家", "农村亦完成改造30户") is the adverb "too", never part of a
 * name: without it the name is the place's and its act's, as "江都新增12家" is.
 */
const ALSO_BEFORE_VERB = new RegExp(`([\u4e00-\u9fa5])(?:也|亦)(?=(?:已经?|都|均|同样|分别|共|累计)?(?:${ACTS}|${TELLING_VERBS}|完成|实现|达到|达|有))`, "g");

/** A metric name from the words next to a figure; "" when only verbs were there. */
export function cleanMetric(region: string): string {
  // "亿元以上项目（含房地产）566个": a note in brackets right before the figure explains the name; it is not the name.
  const unnoted = region.replace(/([\u4e00-\u9fa5A-Za-z0-9])[(（][^()（）]{1,15}[)）]$/, "$1");
  // "市政府民生实事50个事项已完成投资", "200幢重点楼宇实现税收": a count inside the words before a figure says how many
  // did it, not what the figure measures.
  const uncounted = unnoted.replace(/(^|[\u4e00-\u9fa5])\d+(?:\.\d+)?(?:个|项|件|家|幢|所|处|座)(?!月|工作日|小时|季度)(?=[\u4e00-\u9fa5]{2})/g, "$1");
  const base = uncounted.replace(ALSO_BEFORE_VERB, "$1").replace(/[“”"「」‘’《》()]/g, "").replace(/等$/, "").replace(INNER_PERIOD, innerPeriodOut);
  let s = base;
  let prev = "";
  while (prev !== s) {
    prev = s;
    s = stripTrailing(s.replace(LEADING, ""));
  }
  s = withNameEnd(s, base);
  if (s.length === 1) {
    const soft = stripTrailing(base.replace(LEADING_SOFT, ""));
    if (soft.length > 1) s = soft;
  }
  s = withNameStart(s, base);
  // "签约引进中核海洋装备等项目34个": the examples before 等 are not the name; the verbs before them are.
  const etc = /等([\u4e00-\u9fa5]{1,6})$/.exec(s);
  if (etc && GENERIC.test(etc[1])) {
    const verbs = TELLING_VERBS_RE.exec(base.replace(LEADING_SOFT, ""));
    return (verbs ? verbs[0] : "") + etc[1];
  }
  // "新签约项目12个，新开工项目8个": a generic noun keeps the verb that tells two apart.
  if (GENERIC.test(s)) {
    const kept = new RegExp(`(${TELLING_VERBS})(?:[\u4e00-\u9fa5]{0,4}?)${s}$`).exec(stripTrailing(base));
    if (kept) s = kept[0];
  }
  // "改造面积9720平方米", "建设面积5590平方米": a bare measure keeps the act it measures, or the two read as one 面积.
  if (BARE_MEASURE.test(s)) {
    const act = new RegExp(`(?:${MEASURED_ACTS})${s}$`).exec(stripTrailing(base));
    if (act) s = act[0];
  }
  return s.length > 40 ? s.slice(s.length - 40) : s;
}

/**
 * One character no standalone subject, then 都 or 均: a word's last character, not the adverb ("宜都13个", "成都、江都各3个",
 * "人均3000元"). The adverb 都 needs a subject that can stand alone before it (项目都, 各镇都, 村都): one character that
 * is a noun of its own (村, 镇, 户, 人…) keeps 都 an adverb. 均 after one character is always a word (人均, 户均, 亩均).
 */
const STANDALONE_SUBJECT = /^[村镇乡户人县区市省州旗校厂站所园店家企街队组院局委馆场矿我你他她它这那此每各全均亦也还]$/;
function placeNameEnd(one: string, after: string): boolean {
  return /^[\u4e00-\u9fa5]$/.test(one) && (after === "均" || (after === "都" && !STANDALONE_SUBJECT.test(one)));
}
function withNameEnd(s: string, base: string): string {
  // The name's last word in a list too: "成都、江都都完成3个" is 成都 and 江都.
  const last = /(?:^|[、和及与])([\u4e00-\u9fa5])$/.exec(s);
  if (!last) return s;
  const at = base.lastIndexOf(s);
  const after = base.charAt(at + s.length);
  if (at < 0 || !placeNameEnd(last[1], after)) return s;
  // Only words that TRAILING strips may follow: "宜都达到13个" is still 宜都's.
  return stripTrailing(base.slice(at + s.length + 1)) === "" ? s + after : s;
}
/**
 * 都 opening the words before a figure, with no subject before it, is a name's first character ("都江堰7个", "都匀3个"),
 * not the adverb: the adverb is followed by a verb or another word LEADING strips (都已, 都实现, 都新开工).
 */
function withNameStart(s: string, base: string): string {
  const lead = base.replace(/^[、，,]+/, "");
  if (!s || lead.charAt(0) !== "都" || lead.slice(1, 1 + s.length) !== s) return s;
  if (LEADING.test(s) || TELLING_VERBS_RE.test(s) || new RegExp(`^(?:${ACTS})`).test(s)) return s;
  return "都" + s;
}

/** Measures that name no thing of their own: 面积 of what was rebuilt is not 面积 of what was newly built. */
const BARE_MEASURE = /^(?:面积|长度|里程)$/;
/** Acts whose 面积 or 长度 is measured (not 完成 or 实现, which say only that it was done). */
const MEASURED_ACTS = "改造|建设|新建|建成|治理|整治|修复|绿化|硬化|拆除|征收|复垦|开发";

/**
 * A generic name read after a count ("…等20户企业入驻", "签约甲、乙等5个项目") keeps the act written before the examples
 * the count closes: 引进企业入驻, 签约项目. Without it a bare 项目 or 企业 would answer a target of any act (新开工项目).
 */
export function withListedAct(region: string, follow: string, noun: string): string {
  // The words after the count name their own act ("等36个项目实现新开工"): that act is the name's.
  // Only a generic noun (项目, 企业 …, or one followed by how it came: 企业入驻) needs the act; 道路 and 学校 name themselves.
  if (!noun || !/等$/.test(region) || TELLING_ANYWHERE.test(follow) || !GENERIC_LEAD.test(noun)) return noun;
  const act = LISTED_ACT.exec(region);
  if (!act || noun.includes(act[1])) return noun;
  return act[1] + noun;
}
/** An act before a list of examples closed by 等 ("开工建设甲路、乙路等"); not an item's own word ("棚户区改造和公租房"). */
const LISTED_ACT = new RegExp(`((?:${TELLING_VERBS})(?:建设)?)(?![和及与、])[^，,。；;等]{1,40}等$`);
const TELLING_ANYWHERE = new RegExp(TELLING_VERBS);
const GENERIC_LEAD = /^(?:项目|企业|单位|主体|市场主体|产业项目|重点项目)(?:入驻|落户|进驻)?$/;

/** Words that only say what a change is measured against ("比上年同期增长16%", "较年初", "同口径"): no name of their own. */
export function comparisonOnly(metric: string): boolean {
  // "按可比价增长10.1%": how the change is reckoned, not what changed (the amount before it).
  // "按不变价格计算比上年同期增长-8.7%": how it is reckoned, then what it is compared with.
  return /^(?:按(?:可比价格?|可比口径|现价|不变价格?)?(?:计算)?)?(?:(?:比|较)(?:上年|去年|上年同期|去年同期|年初|上年末|去年底|上年底|(?:19|20)\d\d年)?(?:同期)?|同口径(?:比上年|较上年)?|同比|环比)?$/.test(metric) && metric.length > 0;
}

// Session 22: 压缩, 缩短 and 精简 by a percentage ("审批时限压缩50%", "办理时间缩短20%") are declines as 压减 is.
// Session 24: a decline narrowed to a rate ("降幅收窄至3%以内", "跌幅缩小到2.1%") is still that decline's rate; narrowed by
// points without 至/到 ("降幅收窄1.2个百分点") stays a change of the rate (notActual.ts).
const GROWTH_VERB = /(增长|增速|增幅|涨幅|提高|提升|增加|上升|上涨|回升|扩大|下降|降低|减少|回落|下滑|压减|压降|压缩|缩短|精简|缩减|削减|减排|降幅|减幅|跌幅)(达到|达|为|了|幅度为|幅度|(?:收窄|缩小|控制)(?:至|到|在))?$/;
const NEGATIVE_VERB = /(下降|降低|减少|回落|下滑|压减|压降|压缩|缩短|精简|缩减|削减|减排|降幅|减幅|跌幅)(达到|达|为|了|幅度为|幅度|(?:收窄|缩小|控制)(?:至|到|在))?$/;

/** Whether the words right before a percentage make it a rate of change (增长6%) rather than a level (覆盖率达到3.5%). */
export function growthVerb(region: string): { growth: boolean; negative: boolean } {
  const r = region.replace(/(分别|依次|均|都|同比)+$/, "");
  const g = GROWTH_VERB.exec(r);
  if (!g) return { growth: false, negative: false };
  return { growth: true, negative: NEGATIVE_VERB.test(r) };
}

/**
 * The domain lexicon: names and abbreviations that mean the same metric, folded to one form before comparing
 * (GDP = 地区生产总值, 固投 = 固定资产投资, 社零 = 社会消费品零售总额, 规上 = 规模以上, 网零额 = 网络零售额, 外资 =
 * 实际使用外资, 地方/公共财政预算收入, 公共预算收入 = 一般公共预算收入 …). Order matters: longer forms first.
 */
const SYNONYMS: [RegExp, string][] = [
  // Hunt 16: 规模工业 (Hunan's and others' statistics) is 规模以上工业.
  [/规模以上|规模(?=工业)/g, "规上"],
  [/GDP|地区生产总值|生产总值|经济总量/gi, "地区生产总值"],
  [/全社会固定资产投资|固定资产投资|固投/g, "固定资产投资"],
  [/社会消费品零售总额|社零总额|社零额|社消零|社零/g, "社会消费品零售总额"],
  [/网络零售额|网零额|网上零售额|网零/g, "网络零售额"],
  // Hunt 16: foreign direct investment (外商直接投资) is what 实际使用外资 counts since the statistics' 2018 change.
  [/实际使用外资金额|实际使用外资|实际利用外资|实际(?:利用|使用)外商直接投资|外商直接投资|利用外资|使用外资|外资/g, "实际使用外资"],
  [/地方一般公共预算收入|一般公共预算收入|公共财政预算收入|地方公共预算收入|公共预算收入|地方财政收入|一般预算收入/g, "一般公共预算收入"],
  [/外贸进出口总额|外贸进出口|进出口总额|进出口总值|进出口/g, "进出口总额"],
  // Prices: 物价 (上涨2.9%) in a review is the consumer price index (居民消费价格涨幅控制在3%左右); 价格指数 stays apart from
  // 价格 only in the word 指数, folded too ("CPI" is the same).
  [/居民消费价格指数|居民消费价格|消费价格指数|物价指数|物价总水平|物价水平|物价|CPI/gi, "居民消费价格"],
  [/营业收入/g, "营收"],
  [/棚户区改造|棚户区|棚改/g, "棚户区改造"],
  // Sectors as statistics names them: 服务业 is 第三产业 and 农林牧渔业 is 第一产业 (三产, 一产 for short); 工业, 建筑业 and 农业
  // are parts and stay themselves (sectorOf parts them from the rest). Only a bare 服务业 opening the name is the sector:
  // 现代服务业, 生产性服务业, 规上服务业 are parts of it; and only as a measure of the economy (增加值, 投资), not as a class of firms.
  [/第三产业|三产|^服务业(?=增加值|投资|增速|增长)/g, "第三产业"],
  [/第一产业|一产|农林牧渔业?/g, "第一产业"],
  [/第二产业|二产/g, "第二产业"],
  [/城乡居民/g, "居民"],
  // The countryside under either word (乡村户厕 = 农村户厕); 城乡 (town and country) is wider and stays itself, and the
  // programmes 美丽乡村 and 乡村振兴 keep their names (a report on 农村居民 does not speak of them).
  // (The character before is captured and put back, not looked behind at: the parser's expressions stay ES2017 for WPS.)
  // Hunt 20: so does 和美乡村 (宜居宜业和美乡村, the programme's name since 2023): it is not 美丽乡村, nor any village.
  [/(^|[^城丽美])乡村(?!振兴)/g, "$1农村"],
  [/单位地区生产总值/g, "单位地区生产总值"],
  [/万元地区生产总值/g, "单位地区生产总值"],
  [/能源消耗强度|能耗强度/g, "单位地区生产总值能耗"],
  // Hunt 17: research spending's intensity is its share of the economy ("研发经费投入占地区生产总值比重2.6%").
  [/(?:研发|R&D|研究与试验发展)(?:经费)?(?:投入|支出)?(?:强度|占(?:地区生产总值|GDP)的?比重)/gi, "研发经费投入强度"],
  // Pollutants by their chemical or Latin names (written before figures are dropped: PM2.5 and PM10 are two things).
  [/细颗粒物|PM2\.5|PM₂\.₅/gi, "细颗粒物"],
  // (PM10's key is short so that it stands against 细 as one word: the two never answer each other.)
  [/可吸入颗粒物|PM10/gi, "粗颗粒物"],
  [/臭氧|O3|O₃/g, "臭氧"],
  // Round aq: the share of good-air days under its other names ("优良率96.4%" for 优良天数比例达到95%); a water 优良率
  // (水质, 断面, 水体) is another thing and keeps its name.
  [/(^|[^质面体])(?:空气质量)?(?:优良天数比率|优良天数比例|优良率)/g, "$1空气质量优良天数比例"],
  [/二氧化硫|SO2|SO₂/g, "二氧化硫"],
  [/氮氧化物|NOx/gi, "氮氧化物"],
  [/化学需氧量|COD/g, "化学需氧量"],
  // The share of a works' quantities done is its progress: "完成工程量50%以上" is answered by "工程进度53%".
  [/完成工程量|工程量完成率|工程形象进度|形象进度|工程进度/g, "工程进度"],
  // Head nouns: the same things under another noun (a small table; the words that tell two acts apart — 新开工, 新签约,
  // 竣工 — are never folded, so names that differ in them stay apart). A missing link of a road is a road (断头路, 路段,
  // 路桥 = 道路); 公共厕所 = 公厕; 停车泊位 = 停车位; 菜市场, 集贸市场 = 农贸市场; 污水管道 = 污水管网.
  [/断头路|路桥|道路/g, "道路"],
  [/公共厕所|公厕/g, "公厕"],
  [/停车泊位|停车位/g, "停车位"],
  [/农贸市场|菜市场|集贸市场/g, "农贸市场"],
  [/(雨污|污水|雨水|供水|燃气)管(?:道|网)/g, "$1管网"],
  // Size classes of projects and firms: 过亿元项目 = 过亿项目 = 亿元以上项目 (the 元 says nothing).
  [/(亿|千万|万)元(?=(?:以上)?[\u4e00-\u9fa5])/g, "$1"],
  // An annual mean concentration is reported as the mean to date: 年均浓度 = 年平均浓度 = 平均浓度.
  [/年平均浓度|年均浓度|平均浓度/g, "浓度"],
  // Round as: a share of those asked who are satisfied is the satisfaction rate ("居民中满意或比较满意的占95.4%" answers
  // "满意度达到90%"): 满意率 = 满意度 = 满意(或比较满意)的占比.
  [/满意(?:或比较满意|或基本满意|和比较满意|和基本满意)?的?(?:占比|占|比例|比重)|满意率|满意度/g, "满意度"],
  // Session 23: the area of a crop in a report's other word ("粮食生产面积稳定在192万亩" answers 粮食播种面积稳定在190万亩以上):
  // the statistics count it as sown. 种植面积 stays itself — "种植汉麻6万亩" answers 汉麻种植面积 by its act (huntRound5), and a
  // season's crop (早稻种植面积) stays a part of the year's grain (rulesM).
  [/生产面积/g, "播种面积"],
  // Hunt 20: a balance sheet's 所有者权益 is its 净资产 (assets less liabilities) under the accountants' word.
  [/所有者权益/g, "净资产"],
  // The whole count of a stock is written 总量 or 总数 alike ("经营主体总量" = "经营主体总数").
  [/总数$/g, "总量"],
  ...SYNONYMS_AY,
  ...SYNONYMS_BA,
  ...SYNONYMS_AZ,
];
/** Verbs that say how a thing came about, not what it is: 建设书房 and 建成书房 are the same 书房. */
const HOW = /^(新建|建设|建成|新增|完成|实施|打造|开展|累计|新改建|改扩建)/;

/** Canonical names by name: the judge asks about the same few hundred names (and progress texts) again and again. */
const canonical = new Memo<string>(20000);

/** Names compared without the figures and comparators that qualify them (过亿元项目 = 亿元以上项目 = 亿元项目). */
export function canonicalMetric(metric: string): string {
  const hit = canonical.get(metric);
  return hit !== undefined ? hit : canonical.set(metric, canonicalOf(metric));
}

/**
 * A stage written in other words inside a name: "饮水已完成建设工程" is a 建成 饮水工程, "基本建成投入使用的项目" are
 * 建成投用 项目, and "…的项目有A、B等" names its examples after 有 (the name is what comes before).
 */
function stageWords(metric: string): string {
  let s = metric;
  if (s.indexOf("有") > 0) s = s.replace(/^(.{2,24}?的[\u4e00-\u9fa5]{1,6}?)有.+$/, "$1");
  if (/完成建设|建成|投入使用/.test(s)) {
    s = s.replace(/(?:已)?(?:完成建设|建设完成|完成建成)(?=工程|项目)/g, "");
    s = s.replace(/(?:已)?(?:基本)?建成(?:并)?投入使用的?/g, "建成投用").replace(/^(建成投用)(项目)$/, "$1$2");
  }
  return s;
}

function canonicalOf(metric: string): string {
  let s = stageWords(metric);
  for (let i = 0; i < SYNONYMS.length; i++) s = s.replace(SYNONYMS[i][0], SYNONYMS[i][1]);
  // Round bb: 超 of 超大 (超大班额, 超大城市) is part of the thing's name, not a comparison word: 超大班额 is not 大班额.
  s = s.replace(/[\d.\-]+/g, "").replace(/及以上|以上|以下|过|超(?!大)/g, "").replace(/[“”"「」‘’《》()、，,]/g, "");
  const bare = s.replace(HOW, "");
  // 建设面积 keeps its verb: a bare 面积 would then be contained in 改造面积.
  // So does a generic noun: 新建项目 is not 新签约项目, yet a bare 项目 would be contained in it.
  return bare.length >= 2 && !BARE_MEASURE.test(bare) && !GENERIC.test(bare) ? bare : s;
}

/** A start, and any act that tells counts apart (used by differentWords). */
const START = /^(?:开工|开复工|新开工)$/;
const ANY_ACT = new RegExp(TELLING_VERBS);

/** Acts of looking for what is wrong, not of putting it right. */
const INSPECTION = /排查|巡查|摸排|普查/;

/** Words in a name that say when or how much, not which thing: left out when two names are told apart. */
const FILLER = /年度|全年|今年|年内|累计|实际|完成|计划|已|共|总/g;

/**
 * Two names that agree around one word and differ in it, with no character in common there, name two things:
 * 建筑垃圾中转站 / 建筑垃圾分类池 (the head differs), 城镇居民人均可支配收入 / 农村居民… (a short qualifier differs),
 * 省重点项目 / 市重点项目, 新签约项目 / 新开工项目. Words of time and tally (年度, 累计, 完成) do not tell things apart.
 */
/** A name ending in a count of something: 起数 (events), 人数, 户数, 家数, 次数, 件数, 天数, 个数 … (group 1 what is counted). */
const COUNTED_BY = /(起|人|户|家|次|件|天|个|项|所|宗|台|辆|名|场|例)数$/;

function differentWords(x: string, y: string): boolean {
  // "生产安全事故起数" is not 事故死亡人数: names ending in two counts of different things (起数, 人数, 户数 …) measure two things.
  const [kx, ky] = [COUNTED_BY.exec(x)?.[1], COUNTED_BY.exec(y)?.[1]];
  if (kx && ky && kx !== ky) return true;
  // "第一产业投资" is not 工业投资, though the names share 业投资: two sectors of the economy are two things.
  const sx = sectorOf(x);
  const sy = sectorOf(y);
  if (sx && sy && sx !== sy) return true;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  let q = 0;
  while (q < x.length - p && q < y.length - p && x[x.length - 1 - q] === y[y.length - 1 - q]) q++;
  if (p + q < 2) return false;
  const a = x.slice(p, x.length - q).replace(FILLER, "");
  const b = y.slice(p, y.length - q).replace(FILLER, "");
  if (!a || !b) return false;
  // "城市棚户区改造住房" / "城市棚户区改造开工": a start written after the thing is no other thing; whether a start answers
  // the target is matchScore's to say (only a target about starting is answered by one).
  if (q === 0 && ((START.test(a) && !ANY_ACT.test(b)) || (START.test(b) && !ANY_ACT.test(a)))) return false;
  for (const c of a) if (b.includes(c)) return false;
  // The head noun differs (the names end differently), or one short word stands against another (省/市, 城镇/农村, 签约/开工).
  // Longer qualifiers may describe the same things from two sides (省市区重点项目 / 实施类重点项目): not parted here.
  return q === 0 || (a.length <= 2 && b.length <= 2);
}

/**
 * The sector of the economy a canonical name is of, in statistics' words: 第一产业 (农林牧渔业), 第二产业, its 工业 and 建筑业,
 * 第三产业 (a bare 服务业 is folded to it), a qualified 服务业 (现代, 生产性, 规上 …: a part of the third), and 农业 apart
 * from 第一产业 (a report may mean farming alone). null for none.
 */
const SECTORS: Array<[string, RegExp]> = [
  ["primary", /第一产业/],
  ["secondary", /第二产业/],
  ["tertiary", /第三产业/],
  ["services", /服务业/],
  ["industry", /工业/],
  ["construction", /建筑业/],
  ["farming", /农业/],
];
export function sectorOf(name: string): string | null {
  for (const [sector, re] of SECTORS) if (re.test(name)) return sector;
  return null;
}

/** 0..1: 1 when one name contains the other, else the Dice coefficient of character bigrams. */
export function metricSimilarity(a: string, b: string): number {
  const x = canonicalMetric(a);
  const y = canonicalMetric(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  // An inspection (隐患排查堤防) is not the works on the thing (治理堤防), though its name holds the thing's.
  if (INSPECTION.test(x) !== INSPECTION.test(y)) return 0;
  // A one-character name (村, 个) is contained in too much to say anything.
  if (Math.min(x.length, y.length) >= 2 && (x.includes(y) || y.includes(x))) return 0.9;
  if (differentWords(x, y)) return 0;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const gx = grams(x);
  const gy = grams(y);
  let common = 0;
  for (const [g, n] of gx) common += Math.min(n, gy.get(g) ?? 0);
  const total = Math.max(1, x.length - 1 + (y.length - 1));
  return (2 * common) / total;
}

/**
 * Hunt 10: a short name that is the long one with a qualifier in its middle left out — "村整治" for 村人居环境整治: the same
 * start (a character at least) and the same end, the work done (整治, 改造 …), the shorter name being exactly those, three
 * characters or more, and the words left out at most four, naming no act of their own (签约, 开工, 验收 … tell counts apart).
 */
const ELIDED_END = /^(?:整治|改造|治理|提升|修复|建设)$/;
export function elidedName(a: string, b: string): boolean {
  const x = canonicalMetric(a);
  const y = canonicalMetric(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 3 || long.length - short.length > 4 || short.length === long.length) return false;
  for (let p = 1; p <= short.length - 2; p++) {
    const q = short.length - p;
    // The kept end is the work itself (整治, 改造): "城市道路" for 城市主干道路 leaves out which roads, not words of a shorthand.
    if (ELIDED_END.test(short.slice(p)) && long.startsWith(short.slice(0, p)) && long.endsWith(short.slice(p))) {
      const middle = long.slice(p, long.length - q);
      if (/^[\u4e00-\u9fa5]+$/.test(middle) && !OTHER_ACTS.test(middle) && !ANY_ACT.test(middle) && !/\d/.test(short)) return true;
    }
  }
  return false;
}

/** Acts of making a new thing (新修梯田, 铺开梯田, 铺筑路面, 铺垫路面) and of working on one that stands (改造, 治理). */
const MAKE_ACTS = "新修|修建|修成|新建|建成|建设|铺设|铺筑|铺垫|铺装|硬化|新增|打造";
const WORK_ACTS = "改造|治理|整治|提升|修复";
/** Acts that tell one count from another (签约 is not 开工, 审核 is not 建成, 排查 is not 治理): a name with one is never matched by its head. */
const OTHER_ACTS = /签约|开工|开复工|竣工|投产|达产|引进|招引|培育|认定|入库|纳统|落地|开业|注册|上市|迁入|退出|关停|启动|审核|审批|设计|招标|拆除|征收|规划|续建|在建|谋划|储备|申报|争取|帮扶|验收|排查|巡查|检查|摸排|调查|普查|监测|评估|勘察|勘测|测绘/;
/** Heads too general to say which thing: 项目 and 企业 are told apart by their acts, 面积 and 投资 by what they measure. */
const WIDE_HEADS = /^(?:项目|企业|工程|单位|设施|面积|投资|资金|收入|支出|人数|户数|数量|总数|总额|总值|规模|任务|工作|服务|活动|产值|长度|里程)$/;
const TAIL_WORDS = /(?:工程|项目|建设|改造|治理|整治|任务|完成|已经|已|共|累计)$/;

/**
 * What a name says was made, and by which kind of act: the words after the last act of making or working in it, with
 * counts ("2条堤防治理工程" → 堤防), figures and the words of works (工程, 治理, 已) at the end passed over. null when
 * an act that tells counts apart (签约, 开工, 审核 …) is in it.
 */
function madeThing(metric: string): MadeThing | null {
  const hit = madeThings.get(metric);
  if (hit !== undefined) return hit || null;
  const made = madeThingOf(metric);
  madeThings.set(metric, made ?? false);
  return made;
}

type MadeThing = { thing: string; act: "make" | "work" | "" };
/** Things made by name: the matcher asks about the same names for every pair of target and figure. */
const madeThings = new Memo<MadeThing | false>(20000);
const ANY_MADE_ACT = new RegExp(`(${MAKE_ACTS}|${WORK_ACTS}|完成|实施)`, "g");
const MAKE_ACT = new RegExp(MAKE_ACTS);
const WORK_ACT = new RegExp(WORK_ACTS);

function madeThingOf(metric: string): MadeThing | null {
  let s = canonicalMetric(metric.replace(/(^|[\u4e00-\u9fa5])\d+(?:\.\d+)?(?:个|条|项|件|家|所|处|座|户)/g, "$1"));
  if (OTHER_ACTS.test(s)) return null;
  let prev = "";
  while (prev !== s && s.length > 2) {
    prev = s;
    s = s.replace(TAIL_WORDS, "");
  }
  let from = 0;
  ANY_MADE_ACT.lastIndex = 0;
  for (let m = ANY_MADE_ACT.exec(s); m; m = ANY_MADE_ACT.exec(s)) from = m.index + m[1].length;
  // The kind of act is read from the name as written: the canonical form has dropped a leading 新建.
  const make = MAKE_ACT.test(metric);
  const work = WORK_ACT.test(metric);
  return { thing: s.slice(from), act: make === work ? "" : make ? "make" : "work" };
}

/**
 * Whether two names speak of the same thing made, written as reports write it: "4个万亩梯田示范点共铺开梯田" made
 * 梯田 as 新修梯田 does; "2条堤防治理工程" is about 河道堤防; 铺垫路面 about 铺筑…段路面. The things end with the same
 * telling head (two characters, not 项目, 面积 …); what qualifies the head on one side is empty or within the other's
 * (省级示范学校 and 国家级示范学校 stay apart); the acts are of one kind (新建 is not 改造) and none tells counts apart
 * (签约, 开工); and the names are not told apart word against word (城镇 / 农村).
 */
export function sameThingMade(a: string, b: string): boolean {
  const x = madeThing(a);
  const y = madeThing(b);
  if (!x || !y || x.thing.length < 2 || y.thing.length < 2) return false;
  if (x.act && y.act && x.act !== y.act) return false;
  const head = x.thing.slice(-2);
  if (head !== y.thing.slice(-2) || WIDE_HEADS.test(head)) return false;
  const qx = x.thing.slice(0, -2);
  const qy = y.thing.slice(0, -2);
  if (qx && qy && !qx.includes(qy) && !qy.includes(qx)) return false;
  if (SCOPES.some(([p, q]) => (p.test(a) && !q.test(a) && q.test(b) && !p.test(b)) || (q.test(a) && !p.test(a) && p.test(b) && !q.test(b)))) return false;
  return !differentWords(canonicalMetric(a), canonicalMetric(b));
}

/**
 * Places and levels that stand against each other anywhere in a name: the words before the act of a report's name
 * ("乡村道路铺垫路面") are not read as the thing, so they are checked here (城区 vs 乡村, 省级 vs 国家级).
 */
const SCOPES: readonly [RegExp, RegExp][] = [
  [/城镇|城市|城区|市区|县城|中心城/, /农村|乡村|乡镇|村庄|村级|村内/],
  [/国家级/, /省级|市级|县级|区级/],
  [/省级/, /市级|县级|区级/],
  [/市级/, /县级|区级/],
];

/** Split a list of metrics ("研发投入、强度", "城镇和农村居民人均可支配收入") and share the common head or tail. */
/**
 * What a list of names often shares at its end: "二氧化硫、氮氧化物排放量", "玉米千亩方、万亩片单产". Round as: the rates of
 * health and school reports share their whole word ("新生儿、婴儿、5岁以下儿童死亡率" is 新生儿死亡率, 婴儿死亡率, …).
 */
const SHARED_TAIL = /(人均可支配收入|可支配收入|排放总量|排放量|排放强度|平均浓度|浓度|单产|总产量|产量|增加值|零售额|总额|收入|面积|覆盖率|达标率|利用率|死亡率|发病率|患病率|签约率|接种率|入园率|入学率|巩固率|普及率|规范管理率|管理率|筛查率|建档率|分娩率|率|比重|占比|投资|产值|营收|数量|总数)$/;

export function splitMetricList(metric: string): string[] {
  // 城乡居民… is two names: 城镇居民…, 农村居民….
  // Only a name that is not itself a list: "城乡居民医保参保率、养老保险参保率" is two names, the first 城乡's own.
  if (/^城乡(?:常住)?居民/.test(metric) && !listsThings(metric)) return [metric.replace(/^城乡/, "城镇"), metric.replace(/^城乡/, "农村")];
  // Round v: 存贷款… is two names too: "金融机构存贷款余额分别增长8.8%、20.5%" is 存款余额 8.8%, 贷款余额 20.5%.
  if (/存贷款/.test(metric) && !listsThings(metric)) return [metric.replace("存贷款", "存款"), metric.replace("存贷款", "贷款")];
  // 一二三产业增加值, 第一、二、三产业…, 二三产业…: the ordinals share 产业 and what follows.
  // Round z: "一、二、三产分别完成增加值…" writes 产 for 产业; 分别 (各, 依次) after the ordinals is no part of the name.
  const sectors = /^第?([一二三])(?:[、和及与]?第?([一二三]))(?:[、和及与]?第?([一二三]))?(?:产业|产(?=分别|各|依次|增加值))(?:分别|各|依次)?(.*)$/.exec(metric);
  if (sectors) return [sectors[1], sectors[2], sectors[3]].filter(Boolean).map((n) => `第${n}产业${sectors[4]}`);
  // Round ah: "三次产业增加值分别为41亿元、308.56亿元和365.17亿元": 三次产业 with 分别 (各, 依次) is the three sectors in order.
  const threeSectors = /^三次产业(?:分别|各|依次)?(增加值.*)$/.exec(metric);
  if (threeSectors) return ["一", "二", "三"].map((n) => `第${n}产业${threeSectors[1]}`);
  const parts = splitAtJoiners(metric).filter(Boolean);
  if (parts.length < 2) return [metric];
  const first = parts[0];
  const last = parts[parts.length - 1];
  // Round w: "生猪、牛、羊、家禽分别出栏": the act after 分别 (各, 依次) is each one's; the names are the list's words.
  const act = /^([\u4e00-\u9fa5]{1,8}?)(?:分别|依次|各)([\u4e00-\u9fa5]{1,6})$/.exec(last);
  if (act && parts.slice(0, -1).every((p) => p.length <= 8 && !/分别|依次|各/.test(p))) return [...parts.slice(0, -1), act[1]].map((p) => p + act[2]);
  // 城镇、农村居民…: the first word stands for the second's.
  const PAIRED = /^(城镇|农村|城市|乡村|城区|农民)/;
  if (PAIRED.test(first) && first.length <= 2 && PAIRED.test(last)) return parts.map((p, i) => (i === parts.length - 1 || p.length > 2 ? p : p + last.slice(2)));
  const tail = SHARED_TAIL.exec(last);
  if (tail && tail.index > 0 && parts.slice(0, -1).every((p) => !SHARED_TAIL.test(p) && p.length <= 8))
    return parts.map((p, i) => (i === parts.length - 1 ? p : p + tail[1]));
  // Round aq: a list whose other items are whole names ("化学需氧量、氨氮、二氧化硫、氮氧化物减排量") lends no word to a short
  // one: 氨氮 is a name of its own, not 氨氮 + the end of 氮氧化物减排量.
  const wholeNames = parts.length >= 3 && parts.filter((p) => p.length >= 4).length >= 2;
  return parts.map((p, i) => {
    if (i < parts.length - 1 && p.length <= 2 && last.length > p.length + 1 && !wholeNames) return p + last.slice(p.length);
    if (i > 0 && p.length <= 3 && first.length > p.length + 1 && !wholeNames) return first.slice(0, first.length - p.length) + p;
    return p;
  });
}
