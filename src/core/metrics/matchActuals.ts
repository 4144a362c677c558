import { Actual, Target, TargetKind } from "./types";
import { compatibleUnits } from "./units";
import { actOnlyName, asksAct, canonicalMetric, elidedName, metricSimilarity, sameThingMade } from "./metricName";
import { prepareText } from "./scan";
import { Memo } from "./cache";
import { holidayFigure, netForGross, otherProgramme, rateOfTheWorks } from "./figureScope";
import { otherThingsAtAskedStage } from "./worksStages";
import { taxForOutput } from "./formsAY";
import { severalYearAverage } from "./formsBA";
import { otherTimeBase } from "./formsAZ";
import { narrowedBySize } from "./formsBB";

/** A figure's name that names nothing: empty, or only 实际/完成/累计 words and bare verbs of doing (解决, 救助, 培训 …). */
const NAMELESS = /^(?:实际|累计|已|共|合计|完成|实际完成|累计完成|解决|帮助|帮扶|救助|安置|发放|培训|服务|惠及|办理|办结|铺设|敷设|铺装|安装|加装|种植|栽植|修建)*$/;

/**
 * Round am: the period a figure's clause opens with ("截至10月底已改造31万座", "截至三季度末已达65.5亿元"): read as the
 * figure's period, it is no part of its name; the words left may name nothing.
 */
const LEADING_PERIOD = /^(?:截[至止]到?(?:20\d\d年)?(?:\d{1,2}月(?:底|末|\d{1,2}日)?|目前|第?[一二三四1-4]季度末|上半年末|年底|年末)|目前|至今)/;
/** A figure's name that names nothing once the period it opens with is set aside. */
const namesNothing = (metric: string | undefined) => {
  const rest = (metric ?? "").replace(LEADING_PERIOD, "");
  return NAMELESS.test(rest) || !!actOnlyName(rest);
};

/** Words in a figure's clause that say the work is under way, not done (推进 in a programme's name, 整县推进项目, is not). */
// 基础 is the foundation works (完成基础施工); 基础性 is "basic" ("完成基础性改造": the renovation itself, done).
const UNDER_WAY = /在建|正在|推进(?!项目|工程|行动|试点)|启动|开始|进行中|已完成基础(?!性)|主体(?:结构)?(?:施工)?完成|完成(?:了)?(?:工程)?(?:主体|基础(?!性)|土建|前期)/;

/**
 * A count target that itself asks for work under way ("推进5000万元以上产业项目900个", "续建项目在建60个"): a count
 * under way is its report. A target to build, finish or start never is.
 */
function asksUnderWay(target: Target): boolean {
  const words = `${target.phrase ?? ""}`;
  // Round ag: tasks, matters and pieces of work are done or not: "推进167项年度重点任务" is not met by 167 tasks pushed on
  // ("167项年度重点任务高质高效推进"), as projects under way are by projects under way.
  const counted = /\d+(?:\.\d+)?\s*(?:项|个|件)([^，,。；;\d]{0,12})/.exec(words);
  if (/任务|事项|工作/.test(`${target.metric}|${counted ? counted[1] : ""}`)) return false;
  return UNDER_WAY.test(words) && !/建成|完工|竣工|投用|投产|开工|完成/.test(words.replace(/推进/g, ""));
}

/** Whether an actual's figure is a total its clause goes on to break down: "100项…项目中97个", "35个…项目中已开工". */
function totalOf(actual: Actual): boolean {
  const m = /(\d+(?:\.\d+)?)[^\d，。；,;]{0,2}[^\d，。；,;]{0,16}?(?:当中|之中|中)(?=\d|[一二三四五六七八九十]|已|有|共)/.exec(actual.phrase ?? "");
  if (m && Number(m[1]) === actual.value) return true;
  // "263场送戏进万村已送230场", "1170件法律援助已完成948件": the total, then what of it is done, in the same unit.
  const t = /(\d+(?:\.\d+)?)\s*([个项所处家件条座套户台场人次名户公里万亩]{1,2})[^\d，。；,;]{1,20}?(?:已经?|累计|共)[\u4e00-\u9fa5]{0,6}?\d+(?:\.\d+)?\s*\2/.exec(actual.phrase ?? "");
  if (t && Number(t[1]) === actual.value) return true;
  // Round v: "15个重点新建项目1-4月开工7个": the total, then the months since January and how many of it reached a stage,
  // in the same unit and fewer.
  const s = /(\d+(?:\.\d+)?)\s*([个项所处家件条座套户台])[^\d，。；,;]{1,20}?(?:1|一)\s*[-—–至~]\s*\d{1,2}\s*月份?(?:已经?|累计|共)?(?:开工|开复工|复工|竣工|完工|建成|投产|投用|完成)(\d+(?:\.\d+)?)\s*\2/.exec(actual.phrase ?? "");
  if (s && Number(s[1]) === actual.value && Number(s[3]) < Number(s[1])) return true;
  // Round w: "66个新开工项目目前有28个尚未开工": the total, then how many of it have not reached the stage yet.
  const o = /(\d+(?:\.\d+)?)\s*([个项所处家件条座套户台])[^\d，。；,;]{1,20}?(\d+(?:\.\d+)?)\s*\2(?:项目)?(?:尚未|仍未|还未|未)(?:开工|开复工|复工|完工|竣工|建成|完成|启动|投用|投产|办结)/.exec(actual.phrase ?? "");
  return !!o && Number(o[1]) === actual.value && Number(o[3]) < Number(o[1]);
}

/** Counting words offices use for roads, rivers and lines alike: 断头路6条, 6处, 6段. */
const LINEAR_COUNTS = new Set(["条", "段", "处"]);
/** Heads of things laid out in length (roads, channels, lines), which 条, 段 and 处 all count. */
const LINEAR_HEAD = /(?:路|道|街|巷|河|渠|沟|溪|堤|岸|线|管网|管道|廊道|绿道|步道|隧道)$/;

/**
 * Whether two counts of roads, rivers or lines in different counting words count the same things: "打通断头路6条"
 * answered by "打通断头路6处". Only when both names end with the same head of such a thing and the names agree
 * (similarity of at least 0.6): 断头路 is never answered by 路桥, nor a 条 of road by a 处 of anything else.
 */
export function sameLinearWorks(target: Target, actual: Actual): boolean {
  if (!LINEAR_COUNTS.has(target.base.unit) || !LINEAR_COUNTS.has(actual.base.unit)) return false;
  const t = LINEAR_HEAD.exec(target.metric);
  const a = LINEAR_HEAD.exec(actual.metric);
  return !!t && !!a && t[0] === a[0] && metricSimilarity(target.metric, actual.metric) >= 0.6;
}

/** Things offices count in 户 as often as in 家 or 个: market entities and firms (新增市场主体3000户, 规上企业120户). */
const ENTITY_NOUN = /市场主体|经营主体|商事主体|企业|公司|个体工商户|个体户|工商户|商户|合作社|家庭农场/;
/** Words that make a name one of households or people, whom 户 counts and 家 never does (企业带动农户, 用工企业职工). */
const HOUSEHOLD_NOUN = /农户|住户|居民|家庭(?!农场)|贫困|脱贫|群众|搬迁|低保|困难|移民|人口|职工|员工|党员|用户|居户|棚户|危房|旧房|院落/;

/**
 * Hunt 9: whether a count in 户 and one in 家 or 个 count the same market entities or firms: "新增市场主体3000户" answers
 * 新增市场主体2800家. Only when both names are of such entities, neither is of households or people, and the names agree
 * (similarity of at least 0.6); 户 of households never counts 家 of firms, and 个 never counts households (PEOPLE_COUNTS).
 */
export function sameEntityCount(target: Target, actual: Actual): boolean {
  const units = [target.base.unit, actual.base.unit];
  if (!units.includes("户") || !units.every((u) => u === "户" || u === "家" || u === "个")) return false;
  const named = (m: string) => ENTITY_NOUN.test(m) && !HOUSEHOLD_NOUN.test(m);
  return named(target.metric) && named(actual.metric) && metricSimilarity(target.metric, actual.metric) >= 0.6;
}

/** Words that name the two opposite sides of one account: revenue and spending, deposits and loans. */
// Hunt 17: trade in goods and trade in services are counted apart ("服务贸易进出口额" never answers 货物进出口总额).
const OPPOSITES: readonly [string, string][] = [["收入", "支出"], ["存款", "贷款"], ["货物", "服务贸易"]];

/**
 * Whether two names are of opposite sides ("一般公共预算收入" and "地方公共预算支出"): they share most of their words, yet
 * one never reports on the other.
 */
function opposedNames(a: string, b: string): boolean {
  return OPPOSITES.some(([x, y]) => (a.includes(x) && !a.includes(y) && b.includes(y) && !b.includes(x)) || (a.includes(y) && !a.includes(x) && b.includes(x) && !b.includes(y)));
}

/**
 * Hunt 17: names that are the rest of each other or the sum of both sides. "非税收入" is what 税收收入 leaves out of the
 * revenue (非 before a word of the other name); "进出口总额" is exports and imports together, which says nothing of either
 * side alone (the other way, a side for the sum, weakEvidence refuses as a green).
 */
function complementOrSum(target: string, actual: string): boolean {
  const negated = (name: string, other: string) => {
    const m = /非([\u4e00-\u9fa5])/.exec(name);
    return !!m && !/非/.test(other) && other.includes(m[1]);
  };
  if (negated(target, actual) || negated(actual, target)) return true;
  return /进出口/.test(actual) && !/进出口/.test(target) && /出口|进口/.test(target);
}

/** The field a name's projects or works are of: 水利基础设施项目 → 水利, 交通工程 → 交通. */
const FIELD_OF_WORKS = /(水利|交通|能源|信息|城镇|城建|市政|产业|工业|农业|服务业|社会事业|民生|生态|环保|文旅|旅游|教育|卫生|科技)(?:基础设施|建设)?类?(?:项目|工程)/;

/**
 * Round x: projects of one field are not projects of another. "水利基础设施项目完成投资17.6亿元" does not answer 交通基础设施
 * 项目完成投资387亿元: both names end alike, but each names its own field before 项目 or 工程.
 */
export function otherField(a: string, b: string): boolean {
  const x = FIELD_OF_WORKS.exec(a ?? "");
  const y = FIELD_OF_WORKS.exec(b ?? "");
  return !!x && !!y && x[1] !== y[1];
}

/** A class of projects or firms by size: "10亿元以上项目", "5000万元以上项目", "亿元以上项目" (the number before 万元/亿元, 1 when none). */
const SIZE_CLASS = /(?:^|[^\d.])(\d+(?:\.\d+)?)?(万|亿)元(?:及)?以上/;
function sizeClass(name: string): number | null {
  const m = SIZE_CLASS.exec(name ?? "");
  return m ? (m[1] ? Number(m[1]) : 1) * (m[2] === "亿" ? 1e8 : 1e4) : null;
}

/**
 * Round ah: projects of one size class are not those of another. "亿元以上项目完成投资18.45亿元" does not answer 10亿元以上项目
 * 完成投资40亿元: the names share every word but the size the class is drawn at.
 */
function otherSizeClass(a: string, b: string): boolean {
  const x = sizeClass(a);
  const y = sizeClass(b);
  return x !== null && y !== null && x !== y;
}

/**
 * Round ag: the level whose list of key projects a name is of ("省重点在建项目" 省, "市级重大技改项目" 市, "省市县重点…" 省市县);
 * "全市重点项目", "各县区重点项目" name the place's projects, not a level's list: null.
 */
function projectListLevel(name: string): string | null {
  const m = /(?:^|[^全本我各])([省市县区州盟旗]+)级?(?:重点|重大)/.exec(name ?? "");
  if (!m) return null;
  // Levels run down (省市县): a character not above the next ends a place's name ("滨城区省市县重点…" is 省市县, "某市省重点" 省).
  let level = m[1];
  while (level.length > 1 && levelRank(level[0]) >= levelRank(level[1])) level = level.slice(1);
  return level;
}
/** A level character's rank: 省 above 市 above the rest (县, 区, 州, 盟 and 旗 alike). */
const levelRank = (c: string) => (c === "省" ? 0 : c === "市" ? 1 : 2);

/**
 * Round ag: key projects of one level's list are not those of another level's: "市级重点项目完成投资…" does not answer
 * 省重点项目完成投资…. A name that names no level ("重点项目", "全市重点项目") is left to preferOwnList.
 */
export function otherProjectList(target: string, actual: string): boolean {
  const t = projectListLevel(target);
  const a = projectListLevel(actual);
  return !!t && !!a && a !== t;
}

/**
 * Round ag: a text that writes the target's level's list of key projects beside all the place's key projects ("全市在建重点
 * 项目完成投资216亿元…；其中列入省重点的在建项目完成投资58.58亿元" for 省重点在建项目全年完成投资150亿元) reports the list under
 * its own name: the place's key projects, a wider set, are then no answer. Alone, "重点项目" is the office's own list
 * (a province's report of its 自治区重点项目 writes 重点项目) and still answers.
 */
function preferOwnList(target: Target, actuals: readonly Actual[], pairs: { t: number; a: number; score: number }[], first: number): void {
  const level = projectListLevel(target.metric);
  if (!level) return;
  let own = false;
  for (let i = first; i < pairs.length && !own; i++) own = projectListLevel(actuals[pairs[i].a].metric) === level;
  if (!own) return;
  for (let i = first; i < pairs.length; i++) {
    const name = actuals[pairs[i].a].metric ?? "";
    if (!projectListLevel(name) && /重点|重大/.test(name)) pairs[i].score = 0;
  }
}

/**
 * Hunt 5: a bridge is not a road opened. "建成路桥6条", "建成桥梁6座" never answer 打通断头路 (the name table folds 路桥 with
 * 道路 for the words around them), nor a road a target of bridges: one name is of roads (路, no 桥), the other has 桥.
 */
const isRoad = (x: string) => /路/.test(x) && !/桥/.test(x);
function oneIsBridge(a: string, b: string): boolean {
  return (isRoad(a ?? "") && /桥/.test(b ?? "")) || (isRoad(b ?? "") && /桥/.test(a ?? ""));
}

/** Acts written before, after or inside the name of their object in names of works (种植汉麻 / 汉麻种植 / 居民住宅加装电梯). */
const NAME_ACT = "种植|栽植|改造|新建|治理|整治|打通|安装|加装|修建|铺设";
const ACT_FIRST = new RegExp(`^(${NAME_ACT})([\u4e00-\u9fa5]{2,8})$`);
const ACT_LAST = new RegExp(`^([\u4e00-\u9fa5]{2,8}?)(${NAME_ACT})$`);
/** What may not stand before the act and its object: a place (城关镇种植汉麻), a negation, a plan. */
const NOT_BEFORE = /(?:镇|乡|村|街道|社区|县|区|市|省|未|不|没有|待|拟|计划|停止|暂停|不再)$/;

/**
 * Hunt 5: one act and one object in either order, ending the figure's name after words that are neither a place nor a
 * negation ("天之草汉麻项目今年种植汉麻" for 汉麻种植(面积)): the same works, whatever the lead.
 */
function sameActAndThing(target: string, actual: string): boolean {
  const t = canonicalMetric(target).replace(/(?:面积|规模|数量)$/, "");
  const a = canonicalMetric(actual).replace(/(?:面积|规模|数量)$/, "");
  const first = ACT_FIRST.exec(t);
  const last = first ? null : ACT_LAST.exec(t);
  const [act, thing] = first ? [first[1], first[2]] : last ? [last[2], last[1]] : ["", ""];
  if (!act) return false;
  const end = a.endsWith(act + thing) ? act + thing : a.endsWith(thing + act) ? thing + act : "";
  if (end) return !NOT_BEFORE.test(a.slice(0, a.length - end.length));
  // Round u, second pass: the act written once inside the thing's name ("居民住宅加装电梯" for 加装居民住宅电梯).
  const at = a.indexOf(act);
  if (at <= 0 || at !== a.lastIndexOf(act)) return false;
  const joined = a.slice(0, at) + a.slice(at + act.length);
  const from = joined.length - thing.length;
  return joined.endsWith(thing) && at > from && !NOT_BEFORE.test(joined.slice(0, from));
}

/** An addition over the year (新增, 净增, 比年初增加) and a balance at a date (余额, 存量, 保有量). */
const ADDITION = /新增|净增|(?:比|较)年初(?:净)?(?:增加|增长|新增)|增加额/;
const BALANCE = /余额|存量|保有量/;
/** Coming onto a roll this year (新纳入监测对象, 新识别): an addition to a stock, as 新增 is. */
const NEW_ENTRY = /新纳入|新识别|新认定/;

/** The base a growth is measured from: 年初 (this year's start) or a year ago (同比, 比上年). */
const SINCE_YEAR_START = /(?:比|较)年初/;
const OVER_A_YEAR_AGO = /同比|(?:比|较)(?:上年|去年|上年同期|去年同期)/;
function otherGrowthBase(targetPhrase: string, actualPhrase: string | undefined): boolean {
  const a = actualPhrase ?? "";
  return (SINCE_YEAR_START.test(targetPhrase) && OVER_A_YEAR_AGO.test(a) && !SINCE_YEAR_START.test(a)) || (OVER_A_YEAR_AGO.test(targetPhrase) && SINCE_YEAR_START.test(a) && !OVER_A_YEAR_AGO.test(a));
}

/** Money paid or lent out over the year (发放贷款, 投放信贷, 拨付资金): a flow, as an addition is. */
const PAID_OUT = /发放|投放|放贷|放款|拨付|兑付|兑现/;

/**
 * A phrase's words up to a 、 that starts the next figure of a list: "居民住宅加装电梯完成35台、在建101台" speaks of 35
 * finished; the 在建 after the 、 is the next figure's (round u, second pass). Words after a comma ("3所，正在施工") still
 * speak of the figure; a phrase with the figure not found is kept whole.
 */
function ownWords(actual: Actual): string {
  const phrase = actual.phrase ?? "";
  const at = phrase.indexOf(String(actual.value));
  if (at < 0) return phrase;
  const stop = phrase.slice(at).search(/、[^\d、，,。；;]{0,4}\d/);
  return stop < 0 ? phrase : phrase.slice(0, at + stop);
}

/**
 * Round af: the words of the list member that holds the figure. "已新开工12034套、基本建成9720套": the 9720 is of 基本建成, and the
 * 开工 of the member before it (after its own figure and a 、) is not its act. A phrase with no such member before keeps its
 * opening words ("开工新建幼儿园195所" still starts).
 */
function listMember(actual: Actual): string {
  const own = ownWords(actual);
  const at = own.indexOf(String(actual.value));
  if (at < 0) return own;
  const before = own.slice(0, at);
  // The member before must end in a figure and its unit ("12034套、"), not a date ("1-9月开工、改扩建…": one act of two).
  const cut = before.search(/\d(?:万|亿)?(?:个|项|件|套|所|座|处|家|条|栋|幢|户|人次|人|亩|公里|千米|平方米|米|吨|台|辆|元|%)、[^\d、，,。；;]*$/);
  if (cut < 0) return own;
  return own.slice(before.indexOf("、", cut) + 1);
}

/** Below this metric similarity an actual is not taken as the report on a target. */
const MIN_SIMILARITY = 0.3;
/** The similarity given to two names of the same thing made (sameThingMade): enough to match, less than a name. */
const MADE_SIMILARITY = 0.5;

function kindFit(t: TargetKind, a: TargetKind): number {
  if (t === a) return 1;
  if ((t === "count" && a === "level") || (t === "level" && a === "count")) return 0.8;
  return 0;
}

/** How well an actual reports on a target: 0 when kind or unit cannot match, else metric similarity × kind fit. */
export function matchScore(target: Target, actual: Actual): number {
  const kind = actual.explicitRatio !== undefined && target.kind !== "growth" && target.kind !== "pp" ? 1 : kindFit(target.kind, actual.kind);
  if (!kind) return 0;
  if (target.kind === "count" && actual.stock) return 0;
  // "新增存款100亿元", "存款余额比年初新增200亿元" count an addition: the balance itself ("存款余额1439.8亿元") is no answer.
  // So do loans paid out: "创业担保贷款余额1.2亿元" says nothing of 发放创业担保贷款1亿元 this year.
  // Round av: a rate of growth is the balance's own ("贷款余额比年初增长25%" is read on "贷款余额…比年初增长28.39%"), but only
  // from the same base: growth since 年初 and growth over a year ago (同比) are two measures of a balance.
  const rate = target.kind === "growth" || target.kind === "pp";
  if (!rate && (ADDITION.test(target.phrase) || PAID_OUT.test(target.phrase)) && BALANCE.test(actual.metric) && !ADDITION.test(actual.metric) && !PAID_OUT.test(actual.metric)) return 0;
  if (rate && otherGrowthBase(target.phrase, actual.phrase)) return 0;
  // Work under way is not work done: "在建保障性住房1721套", "推进5个助餐点建设" do not answer 建成/建设 counts.
  if (target.kind === "count" && (actual.underWay || UNDER_WAY.test(ownWords(actual))) && !asksUnderWay(target)) return 0;
  // A total the text then breaks down ("100项民生实事项目中97个…") is not what was done.
  if (totalOf(actual)) return 0;
  // A start (开工) answers only a target about starting: "开工新建幼儿园195所" does not answer 新建幼儿园150所.
  if (target.kind === "count" && /开工|动工/.test(listMember(actual)) && !/开工|动工/.test(`${target.metric}${target.phrase}`)) return 0;
  // An amount carrying its share of a plan is still an amount: "完成投资20亿元，占年度目标任务的66.7%" does not answer a count of
  // projects started (a share written alone, in %, answers the task it names).
  if ((actual.explicitRatio === undefined || actual.unit !== "%") && !compatibleUnits(target.base.unit, actual.base.unit) && !sameLinearWorks(target, actual) && !sameEntityCount(target, actual)) return 0;
  // "已完成年度目标任务的60%" names no metric: it speaks of the task as a whole.
  if (additionForStock(target, actual) || otherHeadNoun(target, actual) || measureOfMeasure(target.metric, actual.metric) || investedForArrived(target, actual)) return 0;
  // Hunt 20 (./figureScope.ts): a net item for its gross, a rate of the works for one of the result, a holiday for a year,
  // one programme's villages for another's.
  // Round ay (./formsAY.ts): a tax for output.
  if (taxForOutput(target, actual)) return 0;
  // Round ba (./formsBA.ts): a two-year average for the year's own growth.
  if (severalYearAverage(target, actual)) return 0;
  // Round az (./formsAZ.ts): a standard per month for one per year.
  if (otherTimeBase(target, actual)) return 0;
  // Round bb (./formsBB.ts): 大班额比例 is not 超大班额比例.
  if (narrowedBySize(target, actual)) return 0;
  if (netForGross(target.metric, actual.metric) || rateOfTheWorks(target, actual) || holidayFigure(target, actual) || otherProgramme(target.metric, actual.metric)) return 0;
  if (otherMeasure(target.metric, actual.metric) || opposedNames(target.metric, actual.metric) || complementOrSum(target.metric, actual.metric) || oneIsBridge(target.metric, actual.metric) || otherField(target.metric, actual.metric) || otherProjectList(target.metric, actual.metric) || otherSizeClass(target.metric, actual.metric)) return 0;
  // Round v: deposits and loans together (存贷款余额) are neither one side nor the other, nor one side both.
  if (/存贷款/.test(target.metric) !== /存贷款/.test(actual.metric) && /存款|贷款/.test(`${target.metric}${actual.metric}`)) return 0;
  const named = actual.explicitRatio !== undefined && !actual.metric ? 0.5 : sameServiceTime(target.metric, actual.metric) ? 1 : metricSimilarity(target.metric, actual.metric);
  // "4个万亩梯田示范点共铺开梯田3.5万亩" answers 新修梯田: the thing made is named after the words that qualify it.
  const sim = named < MADE_SIMILARITY && actual.metric && (sameThingMade(target.metric, actual.metric) || sameActAndThing(target.metric, actual.metric) || elidedName(target.metric, actual.metric)) ? MADE_SIMILARITY : named;
  if (sim < MIN_SIMILARITY) return 0;
  // A breakdown after 其中 ("其中10-50亿元项目4个") reports on a part, not on the whole.
  const part = /其中/.test(actual.phrase) ? 0.9 : 1;
  return sim * kind * part * sinceBegun(target, actual);
}

/**
 * Hunt 18: a stock the task names as such (总量, 总数, 保有量) is not what was added this year: "新增市场主体5.2万户" says
 * nothing of 市场主体总量达到5万户 (the other way, an addition answered by a stock, weakEvidence already refuses).
 */
function additionForStock(target: Target, actual: Actual): boolean {
  if (ADDITION.test(target.phrase) || NEW_ENTRY.test(target.phrase)) return false;
  if (/总量|总数|保有量/.test(target.metric)) return ADDITION.test(ownWords(actual));
  // Hunt 19: a ceiling on what stands ("监测对象控制在2000户以内") is not met by those who came in this year ("新纳入监测对象
  // 320户"): the newcomers are always fewer than the roll, so reading them is a green the roll never earned.
  return (target.cmp === "<=" || target.cmp === "<") && (ADDITION.test(ownWords(actual)) || NEW_ENTRY.test(ownWords(actual)));
}

/**
 * Hunt 19: money that arrived (到位资金, the capital brought in) is not what the projects invested (完成投资, 投资额): "招商引资
 * 项目完成投资120亿元" says nothing of 招商引资实际到位资金150亿元, whose figure counts only money paid in from outside.
 */
function investedForArrived(target: Target, actual: Actual): boolean {
  const own = ownWords(actual);
  return /到位/.test(target.metric) && !/到位/.test(own) && /投资/.test(own);
}

/**
 * Hunt 18: two names of counted things that end in the same word and then one different character name different things:
 * 示范村 and 示范点, 卫生院 and 卫生室, 充电桩 and 充电站, 养老院 and 养老站. "建成美丽乡村示范点12个" never answers 建成
 * 乡村振兴示范村10个, whatever the words before share.
 */
function otherHeadNoun(target: Target, actual: Actual): boolean {
  if (target.kind !== "count") return false;
  // On the names as folded, so that one thing under two nouns (污水管道 = 污水管网, 停车泊位 = 停车位) stays one.
  const a = /([\u4e00-\u9fa5]{2})([\u4e00-\u9fa5])$/.exec(canonicalMetric(target.metric ?? ""));
  const b = /([\u4e00-\u9fa5]{2})([\u4e00-\u9fa5])$/.exec(canonicalMetric(actual.metric ?? ""));
  return !!a && !!b && a[1] === b[1] && a[2] !== b[2];
}

/**
 * Hunt 18: a measure whose name goes on past the task's own measure into another measures the work around it, not the
 * thing: "满意度调查覆盖率95%" is how many were asked, not how many are satisfied (群众满意度达到90%); so are 满意度测评参与率
 * and 知晓率抽查合格率.
 */
function measureOfMeasure(target: string, actual: string): boolean {
  // The measure word with the two characters before it (满意度, 覆盖率); the name's own words before it may differ.
  const own = /[\u4e00-\u9fa5]{2}[度率]$/.exec(target ?? "");
  if (!own) return false;
  const at = (actual ?? "").indexOf(own[0]);
  const rest = at >= 0 ? actual.slice(at + own[0].length) : "";
  return rest.length >= 2 && /[率度]$/.test(rest);
}

/**
 * Session 22: the measures of how a service is delivered, each its own: how long (时限, 时间, 用时, 周期 …), how many steps
 * (环节), papers (材料, 要件), visits (跑动次数) and what it costs (费用). "审批平均办理环节压减50%" never answers 审批办理时限
 * 压减30%, whatever the words before the measure share.
 */
const SERVICE_MEASURES: readonly RegExp[] = [/(?:时限|时间|时长|用时|周期|天数|工作日)$/, /环节$/, /(?:材料|要件)$/, /(?:跑动次数|跑动|跑腿次数)$/, /(?:费用|成本|收费)$/];
function otherMeasure(a: string, b: string): boolean {
  const x = SERVICE_MEASURES.findIndex((re) => re.test(a ?? ""));
  const y = SERVICE_MEASURES.findIndex((re) => re.test(b ?? ""));
  if (x >= 0 && y >= 0 && x !== y) return true;
  const u = EVENT_MEASURES.findIndex((re) => re.test(a ?? ""));
  const v = EVENT_MEASURES.findIndex((re) => re.test(b ?? ""));
  return (u >= 0 && v >= 0 && u !== v) || rateForCount(a ?? "", b ?? "") || otherIndex(a ?? "", b ?? "");
}

/**
 * Hunt 23: an index is the index of what its name puts before it — "地表水水质综合指数3.2" never answers 空气质量综合指数, whatever
 * 综合指数 they share. Two names ending in 指数 whose subjects (the words before 综合指数/指数, at least two characters each)
 * differ, neither holding the other, are two measures. "环境空气质量综合指数" still answers 空气质量综合指数.
 */
const INDEX_END = /(?:综合)?指数$/;
function otherIndex(a: string, b: string): boolean {
  if (!INDEX_END.test(a) || !INDEX_END.test(b)) return false;
  const x = a.replace(INDEX_END, "");
  const y = b.replace(INDEX_END, "");
  return x.length >= 2 && y.length >= 2 && !x.includes(y) && !y.includes(x);
}

/**
 * Session 24: the measures of events, each its own — how many happened (起数, 次数), how many died or were hurt, what was
 * lost: "亿元GDP生产安全事故死亡率…下降9.24%" never answers 生产安全事故起数下降5%, whatever the words before share.
 */
const EVENT_MEASURES: readonly RegExp[] = [/(?:起数|次数)$/, /死亡(?:人数)?$/, /死亡率$/, /受伤(?:人数)?$/, /(?:经济)?损失$/];
/** Session 24: a rate or share (…率, 比重, 占比) and a count or amount (…数, 数量, 总量, 总额) are two measures of one thing. */
const RATIO_MEASURE = /(?:率|比重|占比|比例)$/;
const COUNT_MEASURE = /(?:起数|人数|次数|户数|个数|数量|总量|总额)$/;
function rateForCount(a: string, b: string): boolean {
  return (RATIO_MEASURE.test(a) && COUNT_MEASURE.test(b)) || (COUNT_MEASURE.test(a) && RATIO_MEASURE.test(b));
}

/** Hunt 18: one service's time under its two words ("行政审批办理时间" for 行政审批办理时限): the same name but for them. */
const SERVICE_TIME = /(?:时限|时间|时长|用时)$/;
function sameServiceTime(a: string, b: string): boolean {
  return SERVICE_TIME.test(a ?? "") && SERVICE_TIME.test(b ?? "") && a.replace(SERVICE_TIME, "") === b.replace(SERVICE_TIME, "") && a.replace(SERVICE_TIME, "").length >= 2;
}

/**
 * A running total with no period ("累计完成投资8592万元": since the works began) is a poor answer to a target of one year
 * that does not itself ask for a running total: it scores half, so the year's own figure of the same thing, written beside
 * it ("完成投资3237万元…；累计完成投资8592万元"), is taken first. Alone it still answers (and weak-evidence rules decide).
 */
function sinceBegun(target: Target, actual: Actual): number {
  if (actual.period || !/累计/.test(actual.phrase) || /累计|[两二三四五六七八九十]年|期间|以来/.test(target.phrase ?? "")) return 1;
  return /^(?:截[至止]|今年|本年|年初|\d{1,2}-\d{1,2}月|\d{1,2}月)/.test(actual.phrase) ? 1 : 0.5;
}

/** What a figure of the target's own part adds to its score: enough to come before the whole's figure. */
const OWN_SCOPE = 1;

/**
 * Round v: the figure of the target's own part before the whole's. "县属固定资产投资增长15%" against "完成固定资产投资…增长15.4%，
 * 其中县属投资…增长12.3%，临空园区…增长37.4%": the whole's name is the end of the target's (固定资产投资), so the words before it
 * (县属, 临空园区) name the part asked for, and a figure written after the whole's whose own name is those words, alone or
 * followed by the end of the whole's name (县属投资, 临空园区), is that part's breakdown. Such figures score OWN_SCOPE more;
 * nothing changes when no figure names the part, for a figure before the whole's ("新开工项目120个，其中亿元以上项目80个":
 * the part is the 80), nor for a figure of the part that names another thing (农村居民人均消费支出 for 农村居民人均可支配收入).
 */
function preferOwnScope(target: Target, actuals: readonly Actual[], pairs: { t: number; a: number; score: number }[], first: number): void {
  const x = canonicalMetric(target.metric);
  if (x.length < 4) return;
  const splits: [string, string, number][] = [];
  for (let i = first; i < pairs.length; i++) {
    const y = canonicalMetric(actuals[pairs[i].a].metric);
    if (y.length >= 2 && y.length <= x.length - 2 && x.endsWith(y)) splits.push([x.slice(0, x.length - y.length), y, pairs[i].a]);
  }
  if (!splits.length) return;
  for (let i = first; i < pairs.length; i++) {
    const y = canonicalMetric(actuals[pairs[i].a].metric);
    for (const [front, whole, at] of splits) {
      const rest = y.slice(front.length);
      if (pairs[i].a > at && y.startsWith(front) && (rest === "" || (rest.length >= 2 && whole.endsWith(rest)) || rest === whole)) {
        pairs[i].score += OWN_SCOPE;
        break;
      }
    }
  }
}

/** Projects of one stage of a programme (续建, 新开工, 新建) named in a target's or a figure's name. */
const STAGE_PART = /续建|新开工|新建/;

/**
 * Hunt 8: a target of one stage's projects ("市工业重点续建项目年度完成投资") takes the figure named with that stage ("58个续建项目
 * 完成投资56.4亿元") before a bare head that matches any name ending in it ("完成投资43.4亿元" of the new projects).
 */
function preferOwnStage(target: Target, actuals: readonly Actual[], pairs: { t: number; a: number; score: number }[], first: number): void {
  const stage = STAGE_PART.exec(target.metric);
  if (!stage) return;
  // Only against a bare head (投资, 产值): a breakdown that names the target's class ("其中亿元以上项目80个" for 新开工亿元以上项目)
  // keeps its place (preferOwnScope).
  let bareHead = false;
  for (let i = first; i < pairs.length && !bareHead; i++) {
    const m = actuals[pairs[i].a].metric ?? "";
    bareHead = m.length > 0 && m.length <= 4 && target.metric.endsWith(m);
  }
  if (!bareHead) return;
  for (let i = first; i < pairs.length; i++) if ((actuals[pairs[i].a].metric ?? "").includes(stage[0])) pairs[i].score += OWN_SCOPE;
}

/**
 * Round ax: the task's own thing reported at another stage ("老旧小区整治改造开工88.3万平方米" for 老旧小区整治改造完工) says the
 * figure at the asked stage ("节能保暖改造项目完工657万平方米") is another thing's: it answers nothing (./worksStages.ts).
 */
function refuseOtherThingsAtStage(target: Target, actuals: readonly Actual[], pairs: { t: number; a: number; score: number }[], first: number): void {
  const names: string[] = [];
  for (const a of actuals) names.push(a.metric ?? "");
  const refused = otherThingsAtAskedStage(target.metric, names);
  if (!refused.size) return;
  for (let i = first; i < pairs.length; i++) if (refused.has(pairs[i].a)) pairs[i].score = 0;
}

/** The stage of being put to use, after being built: what a target of 建成投用 asks beyond 建成. */
const USE_STAGE = /投用|投入使用|投入运营|投入运行|投运|启用|交付使用/;
const USE_STAGE_ONLY = /^(?:已|均|全部)*(?:投用|投入使用|投入运营|投入运行|投运|启用|交付使用)$/;

/**
 * Session 19: a target that asks for things built and put to use ("建成投用充电桩500个") is answered by the count put to use,
 * not by the count built: in "已建成充电桩520个，已投用380个" or "…20个，其中投入运营12个" the built count would make a green
 * of a task whose use lags. A figure whose own words say that stage scores OWN_SCOPE more; one named by the stage alone
 * ("其中投入运营12个", of no metric) joins the target's figures when the target's thing is already among them in its unit.
 */
function preferUseStage(target: Target, actuals: readonly Actual[], pairs: { t: number; a: number; score: number }[], first: number, ti: number): void {
  if (!USE_STAGE.test(target.phrase ?? "")) return;
  let best = -Infinity;
  let unit: string | null = null;
  for (let i = first; i < pairs.length; i++) {
    if (pairs[i].score > best) {
      best = pairs[i].score;
      unit = actuals[pairs[i].a].base.unit;
    }
  }
  for (let i = first; i < pairs.length; i++) if (USE_STAGE.test(actuals[pairs[i].a].phrase ?? "")) pairs[i].score += OWN_SCOPE;
  const end = pairs.length;
  for (let ai = 0; ai < actuals.length; ai++) {
    const a = actuals[ai];
    if (!USE_STAGE_ONLY.test(a.metric ?? "") || unit === null || !compatibleUnits(unit, a.base.unit)) continue;
    let paired = false;
    for (let i = first; i < end && !paired; i++) paired = pairs[i].a === ai;
    if (!paired) pairs.push({ t: ti, a: ai, score: best + OWN_SCOPE - ai * 1e-6 });
  }
}

/**
 * Round af: two names that read as one metric ("地方财政收入" and "一般公共预算收入" are both 一般公共预算收入) score alike, and the
 * first written won. The figure written under the target's own name comes first ("…一般公共预算收入…下降3.5%…；地方财政收入…增长
 * 1.19%" for 地方财政收入增长1%): a bonus too small to outweigh any real difference of similarity or kind.
 */
const WRITTEN_NAME_BONUS = 1e-4;
function sameWrittenName(target: Target, actual: Actual): boolean {
  return !!actual.metric && !!target.metric && actual.metric === target.metric;
}

/**
 * For each target, the actual of the same metric, or null: one actual per target, best pairs first
 * (metric similarity, same kind, compatible unit — 45.25亿 reports on 80亿元, 3900亩 on 10万亩).
 */
/** A place that heads a name: 防城区, 东兴市, 上思县, 城关镇 (two to six characters before the level's word). */
const PLACE_HEAD = /^([\u4e00-\u9fa5]{2,6}?(?:市|县|区|旗|镇|乡|街道))(?=[\u4e00-\u9fa5])/;

/**
 * Round ah: "东兴市受理838件、办结777件、实际提速84.50%；…防城区受理796件、办结770件、提速72.70%" for 防城区实际办理提速80%以上:
 * a bulletin by county writes the place once, at the head of its own run of figures, and the later members name only the
 * thing. A figure whose run is headed by the place the target names comes before the others' like figures.
 */
function preferOwnPlace(target: Target, actuals: readonly Actual[], pairs: { t: number; a: number; score: number }[], first: number): void {
  const place = PLACE_HEAD.exec(target.metric ?? "")?.[1];
  if (!place) return;
  for (let i = first; i < pairs.length; i++) {
    const a = actuals[pairs[i].a];
    if ((a.phrase ?? "").startsWith(place) && !(a.metric ?? "").startsWith(place)) pairs[i].score += OWN_SCOPE;
  }
}

/**
 * Round an: "园区工业增加值增长12.51%，分园区看，东川工业园区增长15.43%、甘河工业园区增长0.60%" for 甘河工业园区工业增加值增长5%:
 * a breakdown by part names each part alone and leaves the measure to the whole before it. A target that names a part
 * (its name opens with a figure's whole name, the rest being the measure another figure of the same kind carries) is
 * answered by that part's figure, never by the whole's: the whole's 12.51% once made the part's 0.60% read green.
 * A scope word (全市, 我区) is no part; a part that is not itself a figure's whole name leaves the pairs as they are.
 */
function preferNamedPart(target: Target, actuals: readonly Actual[], pairs: { t: number; a: number; score: number }[], first: number, ti: number): void {
  const name = target.metric ?? "";
  for (let ai = 0; ai < actuals.length; ai++) {
    const part = actuals[ai];
    const own = part.metric ?? "";
    if (own.length < 3 || own.length > name.length - 2 || !name.startsWith(own) || /^(?:全|我|本)/.test(own)) continue;
    if (kindFit(target.kind, part.kind) <= 0 || !compatibleUnits(target.base.unit, part.base.unit)) continue;
    const measure = name.slice(own.length);
    let whole = false;
    for (let bi = 0; bi < actuals.length && !whole; bi++) {
      const b = actuals[bi];
      whole = bi !== ai && b.kind === part.kind && (b.metric ?? "").endsWith(measure) && !(b.metric ?? "").startsWith(own);
    }
    if (!whole) continue;
    let best = 0;
    for (let i = first; i < pairs.length; i++) best = Math.max(best, pairs[i].score);
    let found = false;
    for (let i = first; i < pairs.length; i++) {
      if (pairs[i].a === ai) {
        pairs[i].score = best + OWN_SCOPE;
        found = true;
      }
    }
    if (!found) pairs.push({ t: ti, a: ai, score: best + OWN_SCOPE });
    return;
  }
}

/**
 * Hunt 17: "新增就业9000人，其中城镇新增就业7000人" for 新增城镇就业: the part after 其中 carries every character of the target's
 * name where the whole before it lacks some (and holds the whole's name, so it is a part of it): the part is the target's
 * figure, and the whole (which weakEvidence refuses as wider) comes after it.
 */
function preferPartNamedAsTarget(target: Target, actuals: readonly Actual[], pairs: { t: number; a: number; score: number }[], first: number): void {
  const name = target.metric ?? "";
  if (name.length < 2) return;
  const holds = (n: string, chars: string) => [...chars].every((c) => n.includes(c));
  let best = 0;
  for (let i = first; i < pairs.length; i++) best = Math.max(best, pairs[i].score);
  for (let i = first; i < pairs.length; i++) {
    const part = actuals[pairs[i].a];
    const own = part.metric ?? "";
    if (!/^其中/.test(part.phrase) || !holds(own, name)) continue;
    // The whole is the figure right before the part, and itself a candidate for the target.
    const before = pairs[i].a - 1;
    const whole = before >= 0 ? actuals[before].metric ?? "" : "";
    let candidate = false;
    for (let j = first; j < pairs.length && !candidate; j++) candidate = pairs[j].a === before;
    if (!candidate || !whole || holds(whole, name) || !holds(own, whole)) continue;
    pairs[i].score = best + OWN_SCOPE;
    return;
  }
}

/**
 * Round ao: a target naming a run's subject and measure ("6月末市百大项目投资完成率达到40%") is answered by the figure of the
 * run that subject heads ("；市百大项目开工率88%，投资完成率63.53%"), not by the like-named figure of an earlier run.
 */
function preferOwnRun(target: Target, actuals: readonly Actual[], pairs: { t: number; a: number; score: number }[], first: number): void {
  const name = target.metric ?? "";
  for (let i = first; i < pairs.length; i++) {
    const a = actuals[pairs[i].a];
    if (!a.runHead || !name.includes(a.runHead)) continue;
    // Only between like-named figures of different runs: the run's other measures keep the scores they had
    // ("市重点项目累计完成投资325.7亿元，投资完成率70.3%" for 市重点项目完成投资500亿元 still takes the amount).
    let rival = false;
    for (let j = first; j < pairs.length && !rival; j++) rival = j !== i && actuals[pairs[j].a].metric === a.metric && actuals[pairs[j].a].runHead !== a.runHead;
    if (rival) pairs[i].score += OWN_SCOPE;
  }
}

export function matchActuals(targets: readonly Target[], actuals: readonly Actual[]): (Actual | null)[] {
  // Plain loops, not map/filter/forEach: V8 inlines those builtins for the kinds of array it has seen, and the
  // arrays here are empty ones beside arrays of objects, so the judge's cold run threw this function's optimised
  // code away three to four times ("wrong map"). The order of every step is the one the callbacks had.
  const pairs: { t: number; a: number; score: number }[] = [];
  for (let ti = 0; ti < targets.length; ti++) {
    const first = pairs.length;
    for (let ai = 0; ai < actuals.length; ai++) {
      const score = matchScore(targets[ti], actuals[ai]);
      if (score > 0) pairs.push({ t: ti, a: ai, score: score - ai * 1e-6 + (sameWrittenName(targets[ti], actuals[ai]) ? WRITTEN_NAME_BONUS : 0) });
    }
    if (pairs.length > first) refuseOtherThingsAtStage(targets[ti], actuals, pairs, first);
    if (pairs.length > first) preferUseStage(targets[ti], actuals, pairs, first, ti);
    if (pairs.length > first) preferNamedPart(targets[ti], actuals, pairs, first, ti);
    if (pairs.length - first > 1) preferOwnRun(targets[ti], actuals, pairs, first);
    if (pairs.length - first > 1) {
      preferOwnScope(targets[ti], actuals, pairs, first);
      preferPartNamedAsTarget(targets[ti], actuals, pairs, first);
      preferOwnStage(targets[ti], actuals, pairs, first);
      preferOwnList(targets[ti], actuals, pairs, first);
      preferOwnPlace(targets[ti], actuals, pairs, first);
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const result: (Actual | null)[] = [];
  for (let i = 0; i < targets.length; i++) result.push(null);
  const used = new Set<number>();
  for (const p of pairs) {
    if (p.score <= 0 || result[p.t] || used.has(p.a)) continue;
    result[p.t] = actuals[p.a];
    used.add(p.a);
  }
  // A figure that names no metric ("1-6月完成20876人", "实际完成195所") answers the one target left unanswered whose
  // unit it shares, when it is the only such figure: the report speaks of that task's figure.
  const nameless: number[] = [];
  for (let ai = 0; ai < actuals.length; ai++) {
    const a = actuals[ai];
    if (!used.has(ai) && a.explicitRatio === undefined && !a.stock && namesNothing(a.metric) && !/其中/.test(a.phrase) && !a.underWay && !UNDER_WAY.test(a.phrase)) nameless.push(ai);
  }
  if (nameless.length) {
    for (let i = 0; i < targets.length; i++) {
      if (result[i]) continue;
      const t = targets[i];
      let fit = -1;
      let fits = 0;
      for (const ai of nameless) {
        const a = actuals[ai];
        const act = actOnlyName((a.metric ?? "").replace(LEADING_PERIOD, ""));
        if (act && !asksAct(t.phrase ?? "", act)) continue;
        if (kindFit(t.kind, a.kind) > 0 && compatibleUnits(t.base.unit, a.base.unit) && !(t.kind === "count" && a.stock)) {
          fits++;
          fit = ai;
        }
      }
      if (fits !== 1) continue;
      // Another target still unanswered whose unit the figure shares is a rival: then the figure answers neither.
      let rival = false;
      // A figure naming only its act rivals no target that does not ask that act ("已举办3场" never answers 开展培训10场).
      const act = actOnlyName((actuals[fit].metric ?? "").replace(LEADING_PERIOD, ""));
      for (let j = 0; j < targets.length && !rival; j++) rival = j !== i && !result[j] && compatibleUnits(targets[j].base.unit, actuals[fit].base.unit) && (!act || asksAct(targets[j].phrase ?? "", act));
      if (!rival) {
        result[i] = actuals[fit];
        used.add(fit);
      }
    }
  }
  countedNounPass(targets, actuals, result, used);
  // A stretch goal (力争…) is answered by the same report as the target it stretches.
  for (let i = 1; i < targets.length; i++) {
    if (!result[i] && targets[i].stretch && targets[i - 1].metric === targets[i].metric) result[i] = result[i - 1];
  }
  return result;
}

/** Acts that finish the things a count target counts, said of the noun alone: 已完成3个村, 3个村已建成. */
const FINISH_ACT = "完成|建成|完工|竣工";
const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Hunt 8: the counted noun alone, the rest of the name dropped after the number. "完成5个村污水管网建设" answered by
 * "已完成3个村（，其余2个村正在施工）": the target counts 村 (its number right before the noun), and the figure counts the
 * same noun with nothing after it but a finishing act (完成, 建成, 完工, 竣工 or the target's own act, before the number
 * or right after the noun). Another act (已走访3个村), more words after the noun (3个村的摸底调查) or a different name
 * (3个村庄规划) never answer.
 */
function countedNounOnly(target: Target, actual: Actual): boolean {
  const noun = actual.metric ?? "";
  if (target.kind !== "count" || actual.kind !== "count" || actual.explicitRatio !== undefined || actual.stock || actual.underWay) return false;
  if (!noun || noun.length > 4 || !/^[\u4e00-\u9fa5]+$/.test(noun) || target.metric.length <= noun.length || !target.metric.startsWith(noun)) return false;
  if (!compatibleUnits(target.base.unit, actual.base.unit)) return false;
  const counted = new RegExp(`^.*?([\\u4e00-\\u9fa5]{0,4})(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)${escapeRe(target.unit)}${escapeRe(noun)}`).exec(target.phrase ?? "");
  if (!counted) return false;
  const acts = counted[1] ? `${FINISH_ACT}|${escapeRe(counted[1].replace(/^(?:全年|年内|今年|累计)/, ""))}` : FINISH_ACT;
  const lead = "(?:今年|年内|今年以来|截至目前|目前|现|累计|共)*(?:已经?|均已|已全部)?";
  const before = new RegExp(`^${lead}(?:${acts})(?:了)?\\d+(?:\\.\\d+)?${escapeRe(actual.unit)}${escapeRe(noun)}$`);
  const after = new RegExp(`^${lead}\\d+(?:\\.\\d+)?${escapeRe(actual.unit)}${escapeRe(noun)}(?:已经?|均已|已全部)(?:${acts})$`);
  const phrase = (actual.phrase ?? "").replace(/\s+/g, "");
  return before.test(phrase) || after.test(phrase);
}

/**
 * Targets still unanswered taken by a figure of their counted noun alone (countedNounOnly), when exactly one target and
 * one figure fit: with two targets counting the same noun (5个村污水管网, 5个村道路硬化) the figure answers neither.
 */
function countedNounPass(targets: readonly Target[], actuals: readonly Actual[], result: (Actual | null)[], used: Set<number>): void {
  for (let i = 0; i < targets.length; i++) {
    if (result[i]) continue;
    let fit = -1;
    let fits = 0;
    for (let ai = 0; ai < actuals.length; ai++) {
      if (used.has(ai) || !countedNounOnly(targets[i], actuals[ai])) continue;
      fits++;
      fit = ai;
    }
    if (fits !== 1) continue;
    let rival = false;
    for (let j = 0; j < targets.length && !rival; j++) rival = j !== i && countedNounOnly(targets[j], actuals[fit]);
    if (!rival) {
      result[i] = actuals[fit];
      used.add(fit);
    }
  }
}

/** A ratio's name that names no metric: empty, or only dates and words for progress (10月31日当前进度, 完成率). */
export function taskWide(metric: string): boolean {
  const m = (metric ?? "").replace(/[\d\s月日号底年至截止-]/g, "");
  return /^(?:当前|目前|总体|整体|工程|项目|任务|形象|总)?(?:进度|完成率|完成进度|完成)?$/.test(m);
}

/** Character pairs that say nothing about which metric is meant. */
const EMPTY_PAIRS = new Set(["完成", "建设", "实现", "项目", "工作", "推进", "开展", "全年", "年度", "目标", "任务", "增长", "达到", "新增", "累计"]);

/** Head nouns too general to say which metric is meant. */
const GENERIC_HEADS = new Set(["工程", "项目", "任务", "工作", "建设", "改造", "提升", "服务", "企业", "单位", "设施", "活动", "总额", "总值", "总量", "收入", "投资", "面积", "数量", "人数", "比例", "比重"]);

/**
 * Whether a progress text speaks of a target's metric at all, with or without a figure: "地区生产总值稳步增长" mentions
 * 地区生产总值, so a missing figure is not a metric left unmentioned (未反映该指标). Names are folded with the domain
 * lexicon (GDP = 地区生产总值, 网零额 = 网络零售额 …); a name is mentioned when the text holds it whole, or at least
 * half of its telling character pairs.
 */
export function metricMentioned(target: Target | string, progressText: string, rivals: readonly string[] = []): boolean {
  const name = canonicalMetric(typeof target === "string" ? target : target.metric);
  if (!name || typeof progressText !== "string" || !progressText) return false;
  const text = canonicalText(progressText);
  if (text.includes(name)) return true;
  // The lexicon's words for the economy as a whole speak of 地区生产总值 without naming it: "经济运行总体平稳".
  if (name === "地区生产总值" && /经济运行|经济增长|经济增速/.test(text)) return true;
  if (name.length < 3) return false;
  // The head noun a name ends with (学位, 商圈, 学生), when it tells something, says the text speaks of the metric.
  // Generic words at the end (改造, 提升, 建设) are passed over: 传统商圈改造 is heard by 商圈.
  let core = name;
  while (core.length > 3 && (GENERIC_HEADS.has(core.slice(-2)) || EMPTY_PAIRS.has(core.slice(-2)))) core = core.slice(0, -2);
  const head = core.slice(-2);
  // Not when another target of the task ends with the same head (养老床位 and 养护床位): the head cannot tell them apart.
  const shared = rivals.some((r) => r !== (typeof target === "string" ? target : target.metric) && canonicalMetric(r).endsWith(head));
  if (!shared && !EMPTY_PAIRS.has(head) && !GENERIC_HEADS.has(head) && text.includes(head)) return true;
  let telling = 0;
  let found = 0;
  let last = -1;
  for (let i = 0; i < name.length - 1; i++) {
    const pair = name.slice(i, i + 2);
    if (EMPTY_PAIRS.has(pair)) continue;
    telling++;
    // A pair counts only inside a run of three the text shares: "建成投运" is not heard in "完成投资" by 成投.
    const run = (from: number) => from >= 0 && from + 3 <= name.length && text.includes(name.slice(from, from + 3));
    if (text.includes(pair) && (name.length < 4 || run(i - 1) || run(i))) {
      found++;
      last = i;
    }
  }
  // The head comes last in a Chinese name: words heard only from its front half ("建筑垃圾" of 建筑垃圾中转站, when the
  // text speaks of 建筑垃圾分类池) name something else.
  const headHeard = last >= core.length - 2;
  return telling > 0 && found * 2 >= telling && headHeard;
}

/** A progress text in the lexicon's forms, without figures, so names compare as in canonicalMetric. */
function canonicalText(text: string): string {
  const hit = canonicalTexts.get(text);
  return hit !== undefined ? hit : canonicalTexts.set(text, canonicalMetric(prepareText(text)));
}

/** Progress texts in canonical form by text: each is asked about once per target of its task. */
const canonicalTexts = new Memo<string>(20000);
