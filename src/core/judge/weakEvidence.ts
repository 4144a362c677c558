/**
 * What a green needs (branch judge-green, docs/metrics.md "Wrong-green hunt"). A figure that meets a target is
 * evidence only when it is this unit's result of this year for that metric. These rules take out the figures a report
 * writes that are not such a result — negated, hoped for, the year's whole still to come, another place's, a task
 * restated with one of its steps, a total of which only part is done — and turn to 无法研判 a green that rests on weak
 * evidence (a 累计 with no period, a completion rate of a part, a name only half the target's). A lagging figure is
 * kept: what is not green may still be said to lag. Each rule gives its reason in Chinese and a stable code.
 * Pure: no I/O, no clock.
 */
import { classLeftOut } from "./formsAW";
import { mapPacked } from "../arrays";
import { IsoDate } from "../text/dates";
import { foldText } from "../text/normalize";
import { Actual, Judgement, RAG_LABELS, STATUS_LABELS, matchActuals, parseActuals } from "../metrics";
import { prepareText } from "../metrics/scan";
import { canonicalMetric, sectorOf } from "../metrics/metricName";
import { expectedShare, isCumulative, lowerIsBetter } from "../metrics/judgeTarget";
import { periodEndMonth } from "../settings/periods";
import { staleReading } from "./staleness";
import { shareOfAPart } from "./partShares";
import { HOLIDAY, ONE_PERIOD, TO_DATE } from "./formsN";
import { clauseStart, sentenceStart } from "../text/stops";
import { hideBoundJoiners, showBoundJoiners } from "../text/joiners";
import { sameNamedPeriod } from "../metrics/formsBB";

/** Stable codes of the reasons a green is refused (Judgement.code, Verdict.code). */
type WeakCode =
  | "WEAK_CUMULATIVE_NO_PERIOD" | "WEAK_PART_RATIO" | "WEAK_NAME" | "WEAK_STOCK" | "WEAK_STALE_PERIOD" | "WEAK_CARRY_OVER"
  // Figures left out (weakFigures), round 2:
  | "WEAK_NEGATED" | "WEAK_NOTE" | "WEAK_WORKS_GOING" | "WEAK_NOT_RESULT" | "WEAK_OTHER_PLACE" | "WEAK_MULTI_YEAR" | "WEAK_SUB_AREA"
  | "WEAK_STEP_ONLY" | "WEAK_SUPERSEDED" | "WEAK_FIRST_ACT" | "WEAK_RESTATED_CEILING" | "WEAK_PENDING" | "WEAK_EARLY_STEP"
  | "WEAK_CHANGE_NOT_LEVEL" | "WEAK_SAID_BEHIND" | "WEAK_NOT_YEAR_RATE" | "WEAK_CONFLICTING"
  | "WEAK_SUBSET"
  // Round 3 (branch judge-hunt3):
  | "WEAK_BASELINE" | "WEAK_CHANGE_NOT_COUNT" | "WEAK_WIDER" | "WEAK_BELOW" | "WEAK_OTHER_ACT"
  // Round 4 (branch judge-hunt4):
  | "WEAK_NO_ACT"
  // Hunt 12:
  | "WEAK_NARROWER"
  | "TYPED_CONTRADICTED" | "TYPED_UNSUPPORTED";

/** Where a figure stands in its text: the words of its clause before it, and of its sentence after it. */
interface Place {
  before: string;
  /** The words of its sentence before it (its clause's words included). */
  lead: string;
  after: string;
  sentence: string;
}

function placeOf(a: Actual, s: string): Place | null {
  const at = s.indexOf(a.phrase);
  if (at < 0) return null;
  // The figure's own number ends the phrase; its clause starts after the last stop before the phrase.
  const from = clauseStart(s, at);
  const sentenceFrom = sentenceStart(s, from);
  const end = at + a.phrase.length;
  const stop = /[。；;！!？?]/.exec(s.slice(end));
  const sentenceEnd = stop ? end + stop.index : s.length;
  // The words of the phrase up to its figure (the phrase carries the words before the number: "尚未完成投资80亿元").
  // The figure's own number is the one of its value: a phrase may run on to a comparison after it ("增长9.8%、高于全市
  // 4.3个百分点"), whose place is not the figure's.
  const num = ownNumber(a) ?? /\d[\d.]*[^\d]*$/.exec(a.phrase);
  const head = num ? a.phrase.slice(0, num.index) : a.phrase;
  // The phrase may also carry words after its figure and unit ("…3所已全部完成用地批复"): they belong to what follows.
  const figure = num ? num[0].replace(/^[\d.]+/, "") : "";
  const tail = figure.startsWith(a.unit) ? figure.slice(a.unit.length) : figure.replace(/^[^\u4e00-\u9fa5，,]*/, "");
  return { before: foldText(`${s.slice(from, at)}${head}`), lead: foldText(`${s.slice(sentenceFrom, at)}${head}`), after: foldText(`${tail}${s.slice(end, sentenceEnd)}`), sentence: foldText(s.slice(sentenceFrom, sentenceEnd)) };
}

/** The figure's own number in its phrase and what follows it, when a later number of the phrase is not the figure's. */
function ownNumber(a: Actual): RegExpExecArray | null {
  const nums: RegExpExecArray[] = [];
  const re = /\d[\d.]*/g;
  for (let m: RegExpExecArray | null; (m = re.exec(a.phrase)); ) nums.push(m);
  if (nums.length < 2) return null;
  // Of the numbers equal to the value, the one its unit follows: not the 1 of "1-9月…1万个" nor the 10 of "10亿元以上项目10个".
  const equal = nums.filter((m) => Number(m[0]) === Math.abs(a.value));
  const own = equal.find((m) => a.unit !== "" && a.phrase.startsWith(a.unit, m.index + m[0].length)) ?? equal[0];
  if (!own || own === nums[nums.length - 1]) return null;
  const r = /\d[\d.]*[\s\S]*$/.exec(a.phrase.slice(own.index));
  if (!r) return null;
  r.index = own.index;
  return r;
}

/** A negation before the figure's verb: 尚未完成, 未能实现, 没有达到, 仍未突破. */
const NEGATED_BEFORE = /(?:尚未|仍未|还未|暂未|未能|没有|没能|并未|未曾|(?:^|[^\u4e00-\u9fa5]|[^成年来])未)(?:全部|完全|如期|按期|按时)?(?:完成|实现|达到|达|新增|建成|开工|突破|超过|增长|下降|降低|提高|控制|引进|落地|改造|改建|新建|种植|栽植|实施|安装|治理|整治|打通|铺设)/;
/** A negation of the figure after it: "…的目标尚未完成", "…仍有差距". */
const NEGATED_AFTER = /^(?:的)?(?:年度|全年)?(?:目标|任务)?(?:尚未|仍未|还未|暂未|未能|没有|未)(?:完成|实现|达到|达成)|^(?:的)?(?:年度|全年)?(?:目标|任务)?(?:仍|还|尚)?(?:有|存在)(?:一定|较大)?差距/;

/** A later step of the same work said not done: "…1.2万亩，苗木栽植尚未开始", "…3所，尚未竣工". */
const NOT_DONE_LATER = /(?:尚未|仍未|还未|暂未)(?:全部)?(?:通过)?(?:认定|开始|启动|开工|动工|实施|完成|栽植|种植|验收|投用|竣工|完工|建成|交付)/;
/** Right after a figure, a part of it said not done: "，但其中20家尚未通过认定", "，其中3个仍未完工", "，其中12家待认定",
 * "（其中5家待国家统计局审核）". */
const PART_NOT_DONE = /^[，,（(](?:但|但是)?其中\d+(?:\.\d+)?[^，,。；;\d]{0,4}?(?:尚未|仍未|还未|暂未|未能|未|(?:仍|尚|还)?(?:在|处于)?待[^，,。；;）)\d]{0,8}?(?:认定|验收|审核|审批|入库|纳统|确认|核实|公示|备案))/;
/** A note in brackets after the figure that makes it no result: （预计数）, （待认定）, （计划）, （含在建）, （含规划）. */
const NOTE_AFTER = /^(?:以上|以下|以内|左右)?[（(](?:初步|初)?(?:预计|预测|预估|估计|估算|测算|匡算|自测|自估|自算|待|拟|计划|目标|争取)|^[（(][^）)]{0,8}(?:调度|未入统|未纳统|未入库|项目口径|部门口径|待发布|待反馈|待核实|待确认)|^[（(](?:其中)?(?:包含|含)[^）)]{0,8}?(?:在建|规划|计划|拟建|待建|已批待建|未完工|未竣工|未建成|在谈|预计)/;
/** Works under way though the figure names them: 主体已完工, 正在装修, 正在施工 — for a task to build or finish. */
const WORKS_GOING = /主体(?:结构)?(?:工程)?(?:已经?)?(?:全部|基本)?(?:完工|完成|封顶)|(?:已经?|均已|全部)封顶|进入[^，,。；;]{0,4}(?:装修|装饰|安装|调试|收尾)(?:阶段)?|正在(?:进行)?(?:内部|室内|主体|附属|配套|基础|外墙|收尾)?(?:工程)?(?:装修|装饰|施工|建设|安装|调试)|(?:处于|进入|正处)[^，,。；;\d]{0,6}?施工阶段|正在(?:进行)?[^，,。；;\d]{0,4}?(?:铺装|吊装|浇筑|架设|铺设)|施工中|建设中/;
const BUILD = /新建|建成|建设|改造|改扩建|扩建|竣工|完工|投用/;
/** A task that works under way answer: to start them (开工, 动工, 开建) or to have them under way (在建, 施工, 进场). */
const START_TASK = /开工|动工|开建|在建|施工|进场/;
/** A unit that measures works (a length or an area): a level in it under works going on is not reached yet. */
const WORKS_UNIT = /(?:平方米|平米|公里|千米|米|亩|公顷)$/;
/** Words between a count and the works said going on that move the works to other things (其余, 另有, 部分 …). */
const OTHER_WORKS = /其余|其他|其它|剩余|余下|另|部分|[。；;]/;
const BASICALLY_DONE = /基本(?:建成|完工|竣工|完成)/;

/** Words of a clause's head that name no thing: time, adverbs, pronouns and generic nouns. */
const NO_THING = /目前|现在?|截[至止]目前|已经?|均|都|全部|正在|其中|该|此|这些?|并且?|且|同时|项目|工程|的/g;

/**
 * Round ad: "新增…3条供热支线管网，人才公寓一期主体封顶" — works said going on in a later clause whose head names another
 * thing (人才公寓一期, sharing no two characters with the counted noun) speak of that thing, not of the count. "…3所，主体
 * 已完工" and "…4000张，正在施工" still speak of it.
 */
function otherSubject(after: string, at: number, metric: string): boolean {
  const start = Math.max(after.lastIndexOf("，", at - 1), after.lastIndexOf(",", at - 1)) + 1;
  if (start === 0) return false;
  const head = after.slice(start, at).replace(NO_THING, "").replace(/[^\u4e00-\u9fa5]/g, "");
  if (head.length < 2) return false;
  for (let i = 0; i + 2 <= head.length; i++) if (metric.includes(head.slice(i, i + 2))) return false;
  return true;
}
const IN_USE = /投入使用|投用|交付|入住|运营|开放|开学|启用/;

/** A hope or a goal, not a result: 争取, 确保, 力保, 目标为, 任务是 (已争取到位, 已经争取到: funds secured, a result). */
const HOPED = /(?:^|[^已经])争取|确保|力保|力求|努力实现|(?:目标|任务)(?:任务)?(?:是|为|[：:])|(?:^|[^度年占的])(?:预计|预期)|有望|可望|预判|力争|拟(?!定)|(?:全年|年底前?|年末|年内|到年底)(?:预计)?(?:可以?|能够?)(?:完成|实现|达到?|新增|建成)/;
/** The figure named as a target after it: "…8000人的年度目标", "…80亿元的任务". */
const TARGET_AFTER = /^(?:的)?(?:年度|全年|工作)?(?:目标|任务|要求)/;

/** Before 争取, words that make it a plan or an effort still going on: 力争争取, 计划争取, 正在争取, 积极争取, 全年争取. */
const STILL_SEEKING = /力争|计划|正在|正|拟|将|积极|努力|全力|预计|预期|目标|任务|要|需|须|确保|全年|年内|年度|继续|持续|进一步|力求|有望|还|再|仍|下一步|下半年|明年/;
/** Steps before funds are won, in the figure's sentence: 谋划, 储备, 申报, 对接, 正在审批, 待下达, 争取中. */
const SEEKING_STEP = /谋划|储备|策划|包装|申报|申请|对接|审批|审核|评审|待|尚未|未到位|争取中|正在/;
/** Words of a result before a figure: a period so far, 已, 共, 累计, 截至 (what tells a report from a restated target). */
const RESULT_LEAD = /已|共|累计|截[至止]|以来|\d{1,2}[-—至~]\d{1,2}月|\d{1,2}月(?:底|末|份)?|上半年|前三季度|[一二三]季度|[1-9]-\d{1,2}月/;

/**
 * Hunt 9: "争取上级资金4.2亿元" in a report for a task of funds to be won (争取上级资金4亿元) is the amount won: the
 * task's own act, said of a figure (every train document labels it so). Not when other words make it a plan or an effort
 * under way (力争争取, 计划争取, 正在争取, 积极争取, 全年争取), another hope word stands in the clause, a bound or the target's
 * label follows (以上, 的目标), a later figure of the sentence is what was got (…，目前已到位2.1亿元: the first is the
 * target restated), or the figure is the task's own amount with no word of a result before it.
 */
function fundsWon(a: Actual, p: Place, task: string): boolean {
  if (!/争取/.test(task)) return false;
  const seek = /(?:^|[^已经])争取/.exec(p.before);
  if (!seek) return false;
  const at = seek.index + seek[0].length - 2;
  // The sentence's words before 争取 (earlier clauses too: "已谋划项目30个，争取资金…" seeks funds for projects planned).
  const lead = p.lead.slice(0, p.lead.length - p.before.length + at);
  if (STILL_SEEKING.test(lead) || SEEKING_STEP.test(lead) || HOPED.test(`${p.before.slice(0, at)}${p.before.slice(at + 2)}`)) return false;
  if (/^[^，,。；;\d]{0,2}(?:以上|左右|的)/.test(p.after) || /(?:已|目前|截至|现已|实际|到位)[^，,。；;\d]{0,10}\d/.test(p.after) || SEEKING_STEP.test(p.after)) return false;
  return !(task.includes(`${a.value}${a.unit}`) && !RESULT_LEAD.test(p.lead));
}

/** A clause that opens with the target's label: 目标值：, 任务数, 计划：, 年度目标 (not 任务完成情况, 计划执行, 计划新开工项目…). */
const TARGET_LABEL = /^(?:(?:年度|全年|今年|本年)(?:目标|任务|计划)(?:值|数|任务)?(?:是|为|[：:])?|(?:目标|任务|计划)(?:值|数)(?:是|为|[：:])?|(?:目标|任务|计划)(?:是|为|[：:]))(?!完成(?:情况|率|进度|\d)|进展|推进|执行|落实|情况|进度|\d+(?:\.\d+)?%)/;
/** A condition before the figure: "如项目按期投产，…", "若…，…", "只要…就…" (如期, 如实 are not). */
const CONDITION = /(?:^|[，,。；;])(?:如果|假如|倘若|只要|一旦|若|如(?!期|实|下|上|约|同))[^，,。；;]{1,24}(?:[，,]|就|则|便)/;
/**
 * Round ah: "据初步测算，一季度全县生产总值59043万元，同比增长9.3%": the statistics office's preliminary accounting (初步测算,
 * 初步核算) of output for a period already over is how that period's result is published, not an estimate of one to come.
 */
function preliminaryAccount(a: Actual, lead: string): boolean {
  return /初步(?:测算|核算)/.test(lead) && !ESTIMATED.test(lead.replace(/初步(?:测算|核算)/g, "")) && !!a.period && /生产总值|增加值|GDP/.test(`${lead}${a.metric}`);
}

/** An estimate, not a count: 测算, 估算, 推算, 预估. */
const ESTIMATED = /测算|估算|推算|预估|匡算|估计/;
/**
 * A part of the place or a group of firms before a rate: 街道, 镇, 园区, 高新区, 重点企业 (城镇 is no place part). 其中 alone
 * is not: a breakdown after it is an actual of its own metric (其中信息产业增加值增长42.4%). Hunt 13: 县本级 and 区本级 (the
 * county's own budget, not its towns'), and one named monitoring station (城东监测站), not the 国控 stations nor all of them.
 */
/** The urban part of a place among the sub-areas, and the metrics measured there for the whole place (air quality). */
const URBAN_AREA = /城区|市区|县城|城关|建成区/;
const AIR_QUALITY = /PM2\.?5|PM10|细颗粒物|可吸入颗粒物|空气质量|优良天数|优良率|臭氧|二氧化氮|二氧化硫|降尘|AQI/i;
const SUB_AREA = /街道|(?:^|[^城])[镇乡](?!村振兴|居民|村居民)|园区|开发区|高新区|经开区|片区|重点企业|龙头企业|规上企业|样本企业|监测企业|示范[村区镇点]|重点(?:村|区域|地区|乡镇|行业|领域|场所)|(?:主|中心)?城区|建成区|试点[村区镇]?|(?:^|[^全城])市区(?!域|县|间)|[市县区]本级|县城(?![乡镇])|城关|(?:^|[^控各个全县市区\d])监测站(?!点平均)/;

/** The year's whole written before the year is over: "全年城镇新增就业8000人" in June is a plan or a forecast. */
const WHOLE_YEAR = /^(?:全年|年度|年内|本年度|今年全年)$/;
/** Words that make a 全年 figure a report so far: 累计, 已, 实际, 截至, 以来. */
const SO_FAR = /累计|已|实际|截[至止]|以来/;

/** A place heading a figure: 全国, 全省, 全市 … A figure of a place above the one the report speaks of as its own is not its own. */
const PLACE_HEAD = /(全国|全省|全市|全州|全盟|全地区)/;
/** The levels, highest first, and the words a report uses for its own place at each. */
const LEVELS: [RegExp, RegExp][] = [
  [/全国/, /我国|全国/],
  [/全省|全自治区/, /我省|本省|全省|我区|自治区/],
  [/全市|全州|全盟|全地区/, /我市|本市|全市|我州|本州|全州/],
  [/全区|全县/, /全区|我区|本区|全县|我县|本县|全旗|我旗/],
  [/全镇|全乡|全街道/, /全镇|我镇|本镇|全乡|本乡|本街道|我街道/],
];

/** Whether the report speaks of its own place at a level below the place that heads a figure. */
function ownPlaceBelow(head: string, text: string, task: string): boolean {
  if (task.includes(head)) return false;
  const level = LEVELS.findIndex(([h]) => h.test(head));
  if (level < 0) return false;
  if (LEVELS.slice(level + 1).some(([, own]) => own.test(text.replace(new RegExp(head, "g"), "")))) return true;
  // "…增速居全市第3位", "高于全市平均1.2个百分点", "占全市的30%": a report that measures itself against a place is
  // written below it, so a figure headed by that place (or a higher one) is not its own (round 2).
  COMPARED_WITH.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = COMPARED_WITH.exec(text)); ) {
    const compared = LEVELS.findIndex(([h]) => h.test(m?.[1] ?? ""));
    if (compared >= 0 && level <= compared) return true;
  }
  return false;
}

/** A comparison with a place: the place named right after it. */
const COMPARED_WITH = /(?:高于|低于|快于|慢于|超过|超出|高出|领先|落后于?|居|位居|位列|名列|排名|排|占|比)(全国|全省|全自治区|全市|全州|全盟|全地区)/g;

/** A step before the finish, reported after a restated task: "新建幼儿园3所，已完成立项", "造林2万亩已完成苗木采购". */
const STEP_AFTER =
  /^[，,]?(?:项目|工程|建设)?(?:工作)?(?:已经?|均已|现已|目前已)(?:全部|全面|基本)?(?:完成[^，,。；;\d]{0,4}?)?(?:了)?(?:项目)?(采购|整地|备料|清表|勘察|测量|立项|招投标|招标|施工图设计|初步设计|设计|可研|批复|用地批复|可研批复|签约|招商签约|选址|开工|动工|前期手续|手续办理|调研|摸底|调研摸底|方案编制|方案|规划|征地|拆迁|评审|备案|公示|申报|谋划)/;
/** A total broken down into a part done: "…8000人，其中已完成部分工作". */
const PART_AFTER = /^[，,](?:其中|目前|现|截至目前)(?:已经?|已有)?(?:完成|建成|开工|实施|落地|到位)?(?:了)?(?:部分|一部分|\d|[一二三四五六七八九十两]+[个项所家处])/;
/** A breakdown by size class, not a part done: "，其中10亿元以上项目3个", "，其中500万元以上的…". */
const SIZE_CLASS_AFTER = /^[，,]其中\d+(?:\.\d+)?(?:万|亿)?(?:元|平方米|亩|吨|人)?(?:以上|以下)/;
/** How the work goes, right after a count that restates the task (its noun and a bracket between): 进展顺利, 有序推进. */
const GOING_AFTER = /^[^，,。；;\d]{0,12}?[)）]?[，,]?(?:总体|整体|均|都)?(?:进展顺利|推进顺利|顺利推进|有序推进|稳步推进|正在推进|正在实施|按计划推进|进展良好)/;
/** A duty, not a result: 要新增, 需完成, 必须实现, 应建成 (主要, 重要, 只要, 需求 are not). */
const OBLIGED =
  /(?:^|[^主重纲概只摘提必还])(?:要|需要|需|须|必须|应当|应)(?:在|于)?(?:年底前|年内|全年)?(?:新增|新建|完成|实现|建成|新开工|开工|达到|引进|培育|改造|创建|提升|提高|增长|下降|降低|控制|突破|落实|签约)/;
/**
 * Round ai: a requirement handed down and restated before the report — "《政府工作报告》要求新开工改造…5.3万个", "省里提出年内
 * 完成改厕4.1万座": what was asked, not what was done. "按要求完成", "按照要求", "根据要求" report a result done as asked.
 */
const REQUIRED =
  /(?:^|[^按照据])(?:要求|提出)[，,：:]?(?:今年|全年|年内|年底前|当年)?(?:全面|全部)?(?:新增|新建|新开工|开工|完成|实现|建成|改造|改建|达到|引进|培育|创建|提升|提高|增长|下降|降低|控制|突破|实施|整治|治理)/;
/** Words that state a duty or a requirement handed down (要完成, 须新建, 要求新开工改造): the clause restates a task. */
export function statesDuty(words: string): boolean {
  // OBLIGED holds 要, 需, 须 or 应, REQUIRED 要求 or 提出; their open heads ((?:^|[^…])) are tried at every position, so
  // a clause with none of those characters is not scanned (issue 17).
  return DUTY_CHARS.test(words) && (OBLIGED.test(words) || REQUIRED.test(words));
}
const DUTY_CHARS = /[要需须应提]/;
/**
 * Hunt 15: a clause that only says who asked ("省政府工作报告提出，", "会议要求：", "方案明确，") heads the duty it introduces,
 * as "要求新开工…" in one run does. 按照要求， 根据部署， report a result done as asked and head none.
 */
const DUTY_HEADING = /(?:^|[^按照据遵])(?:要求|提出|明确|部署|强调)[，,：:]$/;
function headedByDuty(p: { before: string; lead: string }): boolean {
  return DUTY_HEADING.test(p.lead.slice(0, p.lead.length - p.before.length));
}
/** What works will give once finished: 建成后, 投用后(可), 可提供, 可新增, 可容纳. */
const AFTER_FINISH = /(?:建成|投用|投入使用|投产|完工|竣工|运营|实施|达产)后|可(?:提供|新增|容纳|增加|解决|带动)/;
/** A budget, which is a plan: "一般公共预算收入预算20亿元", "年初预算…", "预算安排…". */
const BUDGET = /(?:收入|支出)(?:年初|调整)?预算(?:数|额|目标)?(?:为|是|[：:])?$|年初预算|预算安排|调整预算|(?:^|[^完成占为的])(?:年度|全年|本年)预算(?!执行|完成|的)/;
/** The same period a year ago heading a figure: "去年同期新增…", not "比去年同期", "与上年同期相比". */
const BASELINE = /(去年|上年|上一年)同期(?!相比|比较|对比)/g;
function baselineHead(before: string): boolean {
  if (!/同期/.test(before)) return false;
  BASELINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BASELINE.exec(before)); )
  {
    const rest = before.slice(m.index + m[0].length);
    // "重污染天数为9天，去年同期为12天": a year-ago figure set beside this year's (the change worked out from both).
    if (!/[较比与同和对]$/.test(before.slice(0, m.index)) && !/今年|本年|当年/.test(rest) && !/^(?:为|是|水平为)?$/.test(rest)) return true;
  }
  return false;
}
/** A change against a year ago right before the figure: "同比增加25家", "较上年同期多3个". */
const CHANGE_FROM_YEAR_AGO = /(?:同比|(?:比|较)(?:上年|去年|上一年)(?:同期)?)(?:净)?(?:增加|增长|多|减少|下降|少|新增|增)了?$/;
/** A total's own act: a figure headed by one reports a result (新增, 建成, 已 …), not a task's total. */
const ACT_HEAD = /新增|新建|新开工|完成|实现|建成|开工|竣工|完工|引进|培育|认定|签约|签订|落地|投产|投用|整改|办结|达到|突破|已|累计|实际|截[至止]|\d{1,2}月|季度|上半年|今年以来|其中/;
/**
 * Session 14: an act opening the figure's clause, before its noun ("改造背街小巷39条", "治理河道10条"): the total is said
 * done. After the noun ("老旧小区改造共40个") it is the programme's name and says nothing done.
 */
const ACT_OPENS = /(?:^|[，,。；;：:])(?:改造|治理|整治|修复|种植|栽植|打造|创建|安装|铺设|拆除)[^，,。；;]*$/;
/**
 * Stages after the works or steps of them, done of a part (session 14 adds the stages of handing over and use — 移交,
 * 入住, 运营, 开业, 挂牌, 启用 — those of acceptance, 通过验收, and things still under way, 在建).
 */
const LATER_STAGE = "完成|建成|开工|完工|竣工|交付|交工|交房|认定|整改|办结|(?:通过)?验收|投用|投产|落地|到位|实施|并网|投运|通车|通水|移交|入住|运营|开业|挂牌|启用|在建";
/**
 * Right after a total, a smaller count done of it: "，完工18个", "，目前已建成5个", "，完成清淤4条" (a step's noun between,
 * up to six characters: "，已完成主体结构施工5所"), the part's period or running total first ("，1-9月交付8个", "，累计交付…",
 * "，截至9月底已…").
 */
const PART_LEAD = "(?:其中|目前|现|当前|累计|今年以来|年初以来|截[至止](?:目前|\\d{1,2}月(?:底|末|份)?)|\\d{1,2}(?:-\\d{1,2})?月(?:份)?(?:底|末)?)*";
const DONE_OF_TOTAL = new RegExp(`^[，,]${PART_LEAD}(?:已经?|已有)?(?:累计)?(?:${LATER_STAGE})(?:了)?(?:[\u4e00-\u9fa5]{1,6}?)?(\\d+(?:\\.\\d+)?)(\\S)`);

/** Works reported finished (their start may lie in an earlier year): 建成, 竣工, 完工, 交付. */
const FINISHED_WORKS = /建成|竣工|完工|交付|投用/;
/** Words that say things are finished (新建 and 建设 do not): the works' own, 投入使用 and 完成. */
const FINISHED = new RegExp(`${FINISHED_WORKS.source}|投入使用|完成`);
/**
 * Right after a figure, a smaller count of it finished or at a later stage, its number first: "，2所已竣工", "，其中2个已
 * 建成投用", "，1万平方米已通过验收" (its unit may run to several characters).
 */
const FINISHED_PART_FIRST = new RegExp(`^[，,](?:其中|目前|现|截至目前|当前)?(\\d+(?:\\.\\d+)?)(\\S)[^\\d，,。；;]{0,3}?(?:已经?|均已|已全部)(${FINISHED_WORKS.source}|投入使用|交房|(?:通过)?验收|移交|入住|运营|开业|挂牌|启用)`);
/** Right after a count (its noun between), the rest of it still going or not done: "，其余2所正在施工", "，剩余3个在建", "，余下2个尚未开工". */
const REST_GOING = /^[^，,。；;\d]{0,16}[，,](?:其余|剩余|余下)(\d+(?:\.\d+)?)(\S)[^，,。；;\d]{0,8}?(?:正在|在建|施工|建设中|推进中|尚未|未|待)/;
/** Words before a figure that report a result (a clause that restates the task has none): 已, 累计, 实际, a period. */
const REPORTED = /已|累计|实际|共|截[至止]|以来|目前|当前|\d{1,2}月|上半年|季度/;

/** A figure left out, with the code and the words of why (round 2: every rule of weakFigures has one). */
interface WeakFigure {
  actual: Actual;
  code: WeakCode;
  why: string;
}

/**
 * The actuals a green may rest on (kept): `actuals` without the ones that are not this unit's result of this year, and
 * those left out (dropped) with their codes. `year` and `asOf` say whether the year is over (a 全年 figure before it is
 * not a result).
 */
export function weakFigures(actuals: Actual[], text: string, taskText: string, year: number, asOf: IsoDate): { kept: Actual[]; dropped: WeakFigure[] } {
  if (!actuals.length) return { kept: actuals, dropped: [] };
  const s = prepareText(text ?? "");
  const task = foldText(taskText ?? "");
  const yearOver = asOf >= `${year}-12-31`;
  let folded: string | null = null;
  const dropped: WeakFigure[] = [];
  const why = (a: Actual): [WeakCode, string] | null => {
    const p = placeOf(a, s);
    if (!p) return null;
    // What follows the figure up to the next figure speaks of it ("…3所，主体已完工，正在装修"); past that, of other things.
    const own = p.after.split(/\d/)[0];
    if (NEGATED_BEFORE.test(p.before) || NEGATED_AFTER.test(p.after)) return ["WEAK_NEGATED", "写明未完成或未实现"];
    if (NOT_DONE_LATER.test(own) || NOTE_AFTER.test(p.after)) return ["WEAK_NOTE", "其后注明为预计、待认定或后续环节尚未完成"];
    // "…25家，但其中20家尚未通过认定" (round 3): part of the figure said not done.
    if (PART_NOT_DONE.test(p.after)) return ["WEAK_NEGATED", "其后写明其中一部分尚未完成"];
    // "新增高新技术企业20家（2023年度认定）": a note naming another year.
    // The note may follow the figure's bound ("达45%以上（2023年森林资源清查数据）") and may name the year in words ("（上年度）").
    // Hunt 8: the counted noun may stand between the figure and the note ("已完成5个村（2023年度）").
    const noted = /^(?:[\u4e00-\u9fa5]{1,12}?)?(?:以上|以下|以内|左右)?[（(](?:(20\d\d)年|(上年|上一年|去年|前年)(?!同期|同比))/.exec(p.after);
    if (noted?.[2]) return ["WEAK_NOTE", `其后注明为${noted[2]}的数`];
    if (noted && Number(noted[1]) !== year) return ["WEAK_NOTE", `其后注明为${noted[1]}年的数`];
    // "（含2023年度补认定10家）" (hunt 5): an earlier year's things counted in.
    const earlier = /^(?:[\u4e00-\u9fa5]{1,12}?)?(?:以上|左右)?[（(](?:其中)?(?:含|包括|包含)(?:了)?(20\d\d)年/.exec(p.after);
    if (earlier && Number(earlier[1]) < year) return ["WEAK_CARRY_OVER", `其后注明含${earlier[1]}年的数`];
    // "耕地保有量50万亩（国土三调数据）": a survey of earlier years (round 3).
    const survey = /^(?:以上|以下|以内|左右)?[（(][^）)]{0,6}?(三调|二调|普查|清查)/.exec(p.after);
    if (survey && !new RegExp(`${year}年`).test(p.after.slice(0, 16))) return ["WEAK_NOTE", `其后注明为「${survey[1]}」的数，不是本年的数`];
    const ownGoing = WORKS_GOING.exec(own);
    const goingOfOwn = !!ownGoing && !otherSubject(own, ownGoing.index, a.metric);
    if (a.kind === "count" && a.explicitRatio === undefined && BUILD.test(task) && (WORKS_GOING.test(p.before) || goingOfOwn)) return ["WEAK_WORKS_GOING", "写明工程仍在施工"];
    // Hunt 6: works said going on right after a count, whatever the task's act ("…养老床位4000张，正在施工"): the things
    // are not there yet — unless the task asks to start works or have them under way, which works going on answer.
    const going = (a.kind === "count" || WORKS_UNIT.test(a.unit)) && a.explicitRatio === undefined && !START_TASK.test(task) ? WORKS_GOING.exec(own) : null;
    if (going && goingOfOwn && !OTHER_WORKS.test(own.slice(0, going.index))) return ["WEAK_WORKS_GOING", "写明工程仍在施工"];
    // "3所幼儿园已基本建成": mostly built is not built — unless the task asks for that much (年内基本建成5000套) or the
    // things are in use already (基本建成投入使用).
    if (a.kind === "count" && a.explicitRatio === undefined && BUILD.test(task) && !task.includes("基本")) {
      const clause = `${p.before}${a.phrase}${own.split(/[，,。；;]/)[0]}`;
      const basic = BASICALLY_DONE.exec(clause);
      if (basic && !IN_USE.test(clause)) return ["WEAK_WORKS_GOING", `写明「${basic[0]}」，尚未全部建成`];
    }
    if ((HOPED.test(p.before) && !fundsWon(a, p, task)) || TARGET_AFTER.test(p.after)) return ["WEAK_NOT_RESULT", "是目标、计划或预计数"];
    // Round 3: "今年要新增…25家", "需完成…": what must be done is no result; "收入预算20亿元", "年初预算…": a budget is a plan.
    if (statesDuty(p.before) || headedByDuty(p)) return ["WEAK_NOT_RESULT", "是应完成的任务数"];
    // "3所幼儿园建成后新增学位900个", "建成可提供学位900个": what the works will give once finished (round 3).
    if (AFTER_FINISH.test(p.before)) return ["WEAK_NOT_RESULT", "是建成或投用后的预期数"];
    if (BUDGET.test(p.before)) return ["WEAK_NOT_RESULT", "是预算数"];
    // "去年同期新增…25家": the same period a year ago, a baseline (not 比去年同期…, 与上年同期相比).
    if (baselineHead(p.before)) return ["WEAK_BASELINE", "是上年同期的数（比较基数），不是本年数"];
    // Round ad: 全年 heading the sentence reaches its later clauses ("全年生产小龙虾4万吨、龟鳖7000吨，出栏生猪68.3万头").
    const wholeYearWords = a.period && WHOLE_YEAR.test(a.period) ? (p.before.includes(a.period) ? p.before : p.lead.startsWith(a.period) ? p.lead : null) : null;
    if (!yearOver && wholeYearWords !== null && !SO_FAR.test(`${wholeYearWords}${a.phrase}`)) return ["WEAK_NOT_RESULT", "是全年数，年度尚未结束"];
    const place = PLACE_HEAD.exec(p.before);
    if (place && ownPlaceBelow(place[1], (folded ??= foldText(s)), task)) return ["WEAK_OTHER_PLACE", `是${place[1]}的数字，不是本单位的`];
    // A figure over several years answers a task over several years of the same form (a 年均 rate for "“十一五”期间年均增长13%",
    // a running total for "五年累计实施…"): that is what a five-year review or a mid-term review (中期评估) compares.
    if (multiYear(p.lead, year) && !sameSpan(task, p.lead) && !sameNamedPeriod(task, p.lead) && !levelReachedBy(p.before, task) && !stateReached(a, p.lead)) return ["WEAK_MULTI_YEAR", "是多年累计或年均数，不是本年数"];
    // Hunt 11: "项目开工以来累计完成投资8亿元": a running total since the works began may hold earlier years' work, unless the
    // start is dated this year ("自今年3月开工以来") or the task asks for that total itself.
    const since = SINCE_WORKS_BEGAN.exec(p.lead);
    if (since && !startedThisYear(p.lead.slice(0, since.index), year) && !/以来|累计|总投资/.test(task)) return ["WEAK_CARRY_OVER", `是「${since[0]}」的累计数，可能含以前年度的数`];
    // "目标值：…；完成值：…", "任务数…，完成数…", "年度目标新增…": the clause opens with the target's label.
    if (TARGET_LABEL.test(p.before)) return ["WEAK_NOT_RESULT", "是目标数"];
    // "如项目按期投产，可实现…", "按目前进度测算，…": a condition or an estimate, not a result.
    if (CONDITION.test(p.lead) || (ESTIMATED.test(p.lead) && !preliminaryAccount(a, p.lead))) return ["WEAK_NOT_RESULT", "是附条件的或测算的数"];
    // "其中城东街道地区生产总值增长6.5%", "重点企业…增长": a rate of a part of the place or of a group of firms is not the place's.
    if (isRate(a)) {
      const part = SUB_AREA.exec(p.before);
      // A place's air quality is what its urban monitoring stations measure: "市区PM2.5平均浓度" is the city's own.
      const urbanStations = part && URBAN_AREA.test(part[0]) && AIR_QUALITY.test(`${a.metric}${p.before}`);
      if (part && !urbanStations && !task.includes(part[0].replace(/^[^镇乡]?(?=[镇乡])/, ""))) return ["WEAK_SUB_AREA", `是「${part[0].replace(/^[^镇乡]?(?=[镇乡])/, "")}」的数字，不是全域的`];
    }
    // "老旧小区改造共40个，完工18个": a total with no act of its own, then a smaller count done of it — the total is the task's.
    if (a.explicitRatio === undefined && !ACT_HEAD.test(p.before) && !ACT_OPENS.test(p.before)) {
      const part = DONE_OF_TOTAL.exec(p.after);
      if (part && Number(part[1]) < a.value && part[2] === a.unit[0]) return ["WEAK_STEP_ONLY", "是任务总数，其后只完成了其中一部分"];
    }
    // Hunt 8: "新建学校6所，其余2所正在施工": a count whose own clause says no finish, then the rest of it (其余, 剩余, 余下),
    // fewer, still going or not done — the count is the total, not what was done. A count reported done with 已 (已完成3个村,
    // 已淘汰燃煤锅炉97台, 3个已建成) keeps it: the rest is beyond it. The task's own words (完成5个村…, 新建学校6所) or 已 before
    // an act that finishes nothing (已新建, 已开工) do not.
    const clause = `${p.before}${a.phrase}`;
    const reportedDone = /已/.test(clause) && !/已经?(?:新建|建设|实施|开工|启动|安排|谋划|签约)/.test(clause);
    if (a.explicitRatio === undefined && !reportedDone) {
      const rest = REST_GOING.exec(p.after);
      if (rest && Number(rest[1]) < a.value && rest[2] === a.unit[0]) return ["WEAK_STEP_ONLY", `其后写明其余${rest[1]}${rest[2]}尚未完成`];
    }
    // "新建学校3所，2所已竣工": the figure's own clause says no finish, and right after it a smaller count of it is finished.
    if (a.explicitRatio === undefined && !FINISHED.test(`${p.before}${a.phrase}`)) {
      const part = FINISHED_PART_FIRST.exec(p.after);
      if (part && Number(part[1]) < a.value && part[2] === a.unit[0]) return ["WEAK_STEP_ONLY", `其后写明只有${part[1]}${part[2]}${part[3]}`];
    }
    const reported = a.period || REPORTED.test(p.before);
    if (!reported && a.explicitRatio === undefined) {
      // The step the report says done is no result of the task, unless the task asks for that step (年内开工…).
      const step = STEP_AFTER.exec(p.after);
      if (step && !task.includes(step[1])) return ["WEAK_STEP_ONLY", `是重述的任务数，只完成了「${step[1]}」`];
      if (PART_AFTER.test(p.after) && !SIZE_CLASS_AFTER.test(p.after)) return ["WEAK_STEP_ONLY", "是重述的任务数，只完成了其中一部分"];
      // "40项民生工作（含19项为民办实事）进展顺利": the list's size, then only how it goes.
      if (GOING_AFTER.test(p.after)) return ["WEAK_STEP_ONLY", "是重述的任务数，其后只写明正在推进"];
    }
    return null;
  };
  const kept = actuals.filter((a) => {
    const w = why(a);
    if (w) dropped.push({ actual: a, code: w[0], why: w[1] });
    return !w;
  });
  if (kept.length < 2) return { kept, dropped };
  // Hunt 17: a rate of the very period the task names ("一季度…增长8%" answered by "一季度…9%，1-9月…6%") is the task's figure;
  // the same metric's rates of other periods, later or not, are not.
  const asked = kept.filter((a) => isRate(a) && a.period && task.includes(a.period.replace(/份$/, "")));
  const sameRate = (a: Actual, b: Actual) => b.kind === a.kind && canonicalMetric(b.metric) === canonicalMetric(a.metric);
  if (asked.length) {
    const own = kept.filter((a) => !isRate(a) || asked.includes(a) || !asked.some((b) => sameRate(a, b)));
    for (const a of kept) if (!own.includes(a)) dropped.push({ actual: a, code: "WEAK_SUPERSEDED", why: "是其他时段的数，进展另有目标所要求时段的数" });
    return { kept: own, dropped };
  }
  const yearRates = withoutOnePeriodRates(kept);
  for (const a of kept) if (!yearRates.includes(a)) dropped.push({ actual: a, code: "WEAK_NOT_YEAR_RATE", why: "是单月（单季）的增速，进展另有今年以来的累计增速" });
  const latest = withoutSuperseded(yearRates, s);
  for (const a of yearRates) if (!latest.includes(a)) dropped.push({ actual: a, code: "WEAK_SUPERSEDED", why: "是较早时段的数，进展另有更近时段的数" });
  return { kept: latest, dropped };
}

/**
 * A target no kept figure answers, that a figure left out would have answered: 无法研判, saying which figure and why it
 * is not this unit's result of this year, with its code (instead of a bare "没有可与目标比较的数字").
 */
export function explainDropped(judgements: Judgement[], dropped: readonly WeakFigure[]): Judgement[] {
  if (!dropped.length) return judgements;
  // Only the plain "no figure" judgements: one another rule made (started works, a relative target) keeps its own reason.
  const open = judgements.filter((j) => !j.actual && !j.code && (j.status === "unknown" || j.status === "not-mentioned") && /^(?:无法研判：进展提到该指标|未反映该指标：)/.test(j.reason));
  if (!open.length) return judgements;
  const hits = matchActuals(mapPacked(open, (j) => j.target), mapPacked(dropped, (d) => d.actual));
  return mapPacked(judgements, (j) => {
    const i = open.indexOf(j);
    const hit = i >= 0 ? hits[i] : null;
    const d = hit ? dropped.find((x) => x.actual === hit) : undefined;
    if (!d) return j;
    const detail = `进展数字「${d.actual.phrase}」${d.why}，不能作为本年本单位的完成数`;
    return { ...j, status: "unknown", label: STATUS_LABELS.unknown, rag: j.rag === "red" ? "red" : "yellow", ragLabel: RAG_LABELS[j.rag === "red" ? "red" : "yellow"], met: false, reason: `无法研判：${detail}（「${j.target.metric || "目标"}」目标${j.target.phrase}）`, detail, code: d.code };
  });
}

/**
 * Several years' result, not this year's (round 2): since an earlier year (2023年以来, 自2022年以来), over a plan period
 * (“十四五”以来), over years (近三年来, 三年来, 多年来), an average a year (年均增长), against a base year before last
 * (较2020年, 与2020年相比), or a rate's 累计 change with no period (累计下降3%: "1-6月累计增长" is the year's own).
 */
/**
 * Whether the words before 开工以来 date the start in the year judged: 今年, 本年, 当年, that year written, or a month with no
 * year ("自3月开工以来"). A year written before it ("自2023年3月开工以来") or 去年, 上年, 前年 is an earlier start.
 */
function startedThisYear(head: string, year: number): boolean {
  if (/去年|上年|上一年|前年/.test(head)) return false;
  const years = [...head.matchAll(/(20\d\d)年/g)].map((m) => Number(m[1]));
  if (years.some((y) => y !== year)) return false;
  return years.length > 0 || /今年|本年|当年|\d{1,2}月/.test(head);
}

/**
 * A time since the works or the programme began: 开工以来, 项目实施以来, 启动以来 (hunt 11); hunt 23: 工作开展以来, 创建以来,
 * 试点以来 ("创建工作开展以来共建成示范村45个" is the programme's total, not the year's).
 */
const SINCE_WORKS_BEGAN = /(?:开工|动工|开建|建设|实施|启动|投运|投用|运营|开展|创建|试点)以来/;
const SINCE_YEAR = /(?:自|从)?(20\d\d)年(?:\d{1,2}月份?)?(?:以来|至今|来)|(?:与|较|比|相比)(20\d\d)年(?:相比|末|底)?/g;
const OVER_YEARS = /(?:去年|上年|上一年|前年)(?:\d{1,2}月份?|[底末]|年[底末])?(?:以来|至今)|十[一二三四五六]五[”"]?(?:以来|期间|时期|来)|(?:较|比|与)(?:基期|基准年)|本届(?:政府)?(?:以来|任期)|(?:建区|建县|建市|撤县设区|设区|成立|组建)以来|近[两二三四五六七八九十]年|[两二三四五六七八九十]年(?:来|以来|累计)|(?:^|[^\d])近?(?:[2-9]|[1-9]\d)年(?:来|以来|累计)|多年来|历年|年(?:均|平均)(?:增长|增速|下降|降低|提高|增加|减少|递增|递减)/g;
const YEAR_SPAN = /(20\d\d)年?(?:度)?\s*[-—~～至到]\s*(20\d\d)年/g;
const RATE_RUNNING = /累计(?:增长|下降|降低|提高|减少|增加|上升)$/;
/** A period of this year after a multi-year word takes over: "2023年以来…，今年1-6月新增…". */
const THIS_YEAR_LATER = /今年|本年|\d{1,2}(?:-\d{1,2})?月|季度|上半年|下半年/;

/** A yearly average (年均增长) or a running total over years (累计, N年来): the form of a task or figure over several years. */
const AVERAGE_RATE = /年(?:均|平均)(?:增长|增速|下降|降低|提高|增加|减少|递增|递减)/;
const RUNNING_TOTAL = /(?:[两二三四五六七八九十]年|期间|时期|以来)(?:共|累计|合计)|累计/;

/**
 * Whether a task over several years asks for the figure's own form: a 年均 rate for a 年均 task, a running total for a task
 * that sums several years ("“十一五”期间累计完成…", "五年累计实施…"). One year's target never takes either.
 */
function sameSpan(task: string, lead: string): boolean {
  OVER_YEARS.lastIndex = 0;
  const overYears = OVER_YEARS.test(task) || /[两二三四五六七八九十]年(?:累计|共|间|内)|五年间|期间|时期/.test(task);
  OVER_YEARS.lastIndex = 0;
  if (!overYears) return false;
  if (AVERAGE_RATE.test(task)) return AVERAGE_RATE.test(lead);
  return RUNNING_TOTAL.test(task) && RUNNING_TOTAL.test(lead) && !AVERAGE_RATE.test(lead);
}

/**
 * Round ag: a level reached at the end of a span ("五年来，规上工业企业由33户增加到61户", "装机规模达到638兆瓦") is the level
 * standing now, whatever span heads it: it answers a task that asks a level be reached by a date ("到2025年…达到60户"), not
 * a running total nor a yearly rate over the span (累计, 年均), which the span's words still keep from a year's task.
 */
const REACHED_BEFORE = /(?:(?:由|从)[^，。；,;]{1,20}?(?:增加|增长|提高|提升|扩大|上升|发展|减少|下降|降低|压减)?(?:到|至)|达到|增至|增加到|提高到|提升到|突破|(?:率|比例|占比)达)$/;
function levelReachedBy(before: string, task: string): boolean {
  return REACHED_BEFORE.test(before) && /(?:到|至)20\d\d年/.test(task) && /达到|突破|超过|增至|增加到|提高到|提升到/.test(task) && !/年均|累计|平均/.test(task);
}

/**
 * Round ah: "经过去年以来的提升，审批时间已压缩到70个工作日以内": where the since-phrase names the effort (…以来的提升, 以来的
 * 改革), a level the words say has been brought to (压缩到, 降至, 提高到, 达到) is where it stands now; a level headed by the span
 * itself ("2023年以来，森林覆盖率达到45.6%") and sums or averages over it (累计, 年均, 平均) are still of the span.
 */
function stateReached(a: Actual, lead: string): boolean {
  if (a.kind !== "level" || a.explicitRatio !== undefined || !/以来的/.test(lead) || /累计|年均|平均|均值|历年|期间|[两二三四五六七八九十]年(?:来|以来|累计)/.test(`${lead}${a.metric}`)) return false;
  return /(?:压缩|压减|缩短|缩减|降低|下降|降|提高|提升|增加)(?:到|至)(?:了)?$|达到$|降至$/.test(a.phrase.slice(0, Math.max(0, a.phrase.indexOf(String(a.value)))));
}

function multiYear(lead: string, year: number): boolean {
  // Every form names a year (年), a plan period (十四五), a term (本届), a founding (…以来) or a running total (累计): most figures have none.
  if (!/年|累计|十[一二三四五六]五|本届|以来|基期/.test(lead)) return false;
  let last = -1;
  OVER_YEARS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = OVER_YEARS.exec(lead)); ) last = m.index + m[0].length;
  // "2021-2024年累计新增…", "2022年至2024年…": a span of years that starts before the year judged (round 3).
  YEAR_SPAN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YEAR_SPAN.exec(lead)); ) if (Number(m[1]) < year && Number(m[2]) > Number(m[1])) last = Math.max(last, m.index + m[0].length);
  SINCE_YEAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SINCE_YEAR.exec(lead)); ) {
    const since = Number(m[1] ?? m[2]);
    // 2023年以来 in 2024 runs over two years; 较2023年 in 2024 is the year's own change, 较2020年 is not.
    if (m[1] ? since < year : since < year - 1) last = Math.max(last, m.index + m[0].length);
  }
  if (last >= 0 && !THIS_YEAR_LATER.test(lead.slice(last))) return true;
  return RATE_RUNNING.test(lead.replace(/[\d.]+$/, "")) && !/\d{1,2}月|季度|上半年|今年|以来|截[至止]/.test(lead);
}

/** A rate or a level (增长6.5%, 为5.1%, 余额510亿元), not a running count: the figure of an older period is not the latest. */
function isRate(a: Actual): boolean {
  return a.explicitRatio === undefined && (a.kind === "growth" || a.kind === "pp" || (a.kind === "level" && (a.unit === "%" || /率|占比|比例|比重|余额|总量|浓度/.test(a.metric))));
}

/** The month a figure's own period ends in (上半年 → 6, 1-8月 → 8, 截至9月底 → 9); null when it names none. */
export function figureEndMonth(a: Actual): number | null {
  return endMonth(a, null);
}

/**
 * The month a figure's period ends in (一季度 → 3, 1-3月 → 3, 截至3月底 → 3, 上半年 → 6), from its period or a note in
 * brackets right after it ("下降3%（1-3月）"); null when it names none or one that runs to the present (今年以来, 目前).
 */
function endMonth(a: Actual, p: Place | null): number | null {
  const named = a.period ?? (p ? /^[（(]([^）)]{2,10})[）)]/.exec(p.after)?.[1] ?? null : null);
  if (!named) return null;
  const bare = foldText(named).replace(/^(?:截[至止]到?|到|至)/, "").replace(/(?:底|末)$/, "").replace(/份$/, "");
  const month = periodEndMonth(bare) ?? periodEndMonth(bare.replace(/^(?:前|第)/, ""));
  if (month) return month;
  const m = /(\d{1,2})月(?:\d{1,2}日)?$/.exec(bare);
  return m ? Number(m[1]) : null;
}

/**
 * "一季度增长3.1%，上半年增长6.5%": a rate of the same metric given for two periods is judged on the later one; the
 * earlier is left out, whichever way it points.
 */
function withoutSuperseded(actuals: Actual[], s: string): Actual[] {
  const rates = actuals.filter(isRate);
  if (rates.length < 2) return actuals;
  const months = new Map(rates.map((a) => [a, endMonth(a, placeOf(a, s))]));
  return actuals.filter((a) => {
    const m = months.get(a);
    if (m === undefined || m === null) return true;
    const name = canonicalMetric(a.metric);
    return !rates.some((b) => b !== a && b.kind === a.kind && canonicalMetric(b.metric) === name && (months.get(b) ?? 0) > m);
  });
}

/**
 * "9月当月增长9%，1-9月累计增长5%": where a rate of one month or quarter and a rate of the year so far are given for the same
 * metric, the year-to-date one is the one to judge a year's target by; the single period's is left out.
 */
function withoutOnePeriodRates(actuals: Actual[]): Actual[] {
  const toDate = actuals.filter((a) => isRate(a) && a.period && TO_DATE.test(a.period));
  if (!toDate.length) return actuals;
  return actuals.filter(
    (a) => !(isRate(a) && a.period && ONE_PERIOD.test(a.period) && toDate.some((b) => b.kind === a.kind && canonicalMetric(b.metric) === canonicalMetric(a.metric))),
  );
}

/** After a figure, words that say a later period went another way: "，二季度有所回落", "，5月以来增速放缓". */
const LATER_CHANGE = /(?:此后|之后|随后|近期|目前|[一二三四1-4]季度|下半年|\d{1,2}月(?:份)?(?:以来)?)[^，,。；;]{0,16}?(?:回落|放缓|下滑|走低|收窄|回升|反弹|转负|下降|降低|上升|升高|波动)/;

/**
 * The first LATER_CHANGE after a figure that is not the base of a comparison: "增速比一季度回升14.1个百分点", "较一季度和1-5月
 * 分别提高", "降幅比一季度收窄" measure the figure against an earlier period, so the change is already in the figure.
 */
function laterChange(after: string): string | null {
  const pattern = new RegExp(LATER_CHANGE.source, "g");
  for (let m = pattern.exec(after); m; m = pattern.exec(after)) if (!COMPARISON_BASE.test(after.slice(0, m.index))) return m[0];
  return null;
}

/** Words that make the period after them the base of a comparison: 比一季度, 较1-5月, 与上半年相比, 同一季度比. */
const COMPARISON_BASE = /(?:比|较|与|同|相对于?)(?:\d{1,2}[-—–~至])?$/;

/** Whether a rate's period ended long before the date judged (staleness.ts: 4 months, 3 for monthly statistics), or the report says it changed since. */
function staleRate(a: Actual, p: Place, asOf: IsoDate, targetMetric: string): string | null {
  const month = endMonth(a, p);
  if (month === null) return null;
  const later = laterChange(p.after);
  if (later) return `此后「${later}」`;
  // Four months for a statistic published each quarter, three for one published each month (./staleness.ts).
  return staleReading(month, asOf, [a.metric, targetMetric]) ? `是截至${month}月的数，研判日期为${asOf}，此后情况未写明` : null;
}


/** Whether a sentence counts the task's own list by its total ("122个…", "53个…项目"): a number and classifier of the task. */
function namesOwnList(sentence: string, taskText: string): boolean {
  const task = foldText(taskText);
  const re = /(\d+)(个|项|家|所|处|座|条|批)/g;
  for (let m: RegExpExecArray | null; (m = re.exec(task)); ) if (new RegExp(`(?:^|[^\\d.])${m[1]}${m[2]}`).test(sentence)) return true;
  return false;
}

/**
 * A count or amount that holds earlier years' work: "（含以前年度结转）", "含上年结转项目", or a part said to be this year's
 * ("完成投资15亿元，其中本年新增投资9亿元": the 15 holds earlier years'; 其中本年新开工项目 is a kind of project, not this).
 */
const CARRIED_OVER = /(?:含|包括|包含|含有)(?:了)?(?:以前|往|上|历|前)?(?:年度?|年份)?[^，,。；;]{0,8}?(?:结转|续建)|其中(?:本年度?|今年|当年)(?:新增|完成)(?:投资|的)?\d|其中\d+[^，,。；;\d]{0,4}?(?:为|是|系|属)(?:(?:以前|往|上|历|前|去)(?:年度?|年份)?|20\d\d年度?)[^，,。；;]{0,4}?结转/;


/** A capacity on paper: 设计产能, 规划规模, 设计装机容量 … */
const DESIGNED_CAPACITY = /(?:设计|规划|拟建|批复|备案)(?:年)?(?:产能|生产能力|处理能力|处理规模|建设规模|规模|装机容量|总装机|装机|容量)/;

/**
 * What follows a name and 中 that picks out a part of it: "中税收收入", "中的工业投资" (not 中心, 中小学, 中央 …, nor an act
 * of the name's own things: "重点项目中已开复工53个" counts those projects).
 */
const PART_WITHIN = /^中(?:的)?((?![心小医央型学等级部国华已有共累完开新建])(?![\u4e00-\u9fff]*(?:开工|复工|完成|建成|竣工|完工|新增))[\u4e00-\u9fff]{2,12})$/;

/**
 * Where the part begins in a name "X中Y" whose X is the target's metric, as written or under another name of the same
 * thing (canonicalMetric); -1 when the name does not open with the target's whole.
 */
function wholeBeforeWithin(name: string, targetMetric: string): number {
  const folded = foldText(targetMetric);
  if (foldText(name).startsWith(folded)) return folded.length;
  const at = name.indexOf("中");
  return at >= 2 && canonicalMetric(name.slice(0, at)) === canonicalMetric(targetMetric) ? at : -1;
}

/** A tier of standing named before things: 国家级, 省级, 市级以上 (not 国家 alone, part of names such as 国家高新技术企业). */
const TIER = /(?:国家|省|市|县|区)级(?:及?以上)?/;

/** A period word a 累计 needs to be this year's: 今年, 1-6月, 截至, 以来, 上半年 … */
const PERIOD_WORD = /今年|本年|年初|以来|\d{1,2}(?:-\d{1,2})?月|截[至止]|至\d{1,2}月|上半年|下半年|季度|全年|当年|20\d\d年/;

/** Words that state a ceiling rather than a reading: 不超过, 不高于, 控制在…以内/以下. */
const CEILING_WORDS = /不超过|不高于|不大于|控制在|以内|以下/;
/** Whether a target's own words name the single month or quarter a figure is of ("7月PM2.5浓度…" for a figure of 7月). */
function ownPeriodAsked(targetPhrase: string, period: string): boolean {
  const own = period.replace(/份$/, "");
  const at = foldText(targetPhrase).indexOf(own);
  // "7月" inside "17月" or "1-7月" is not July alone.
  return at >= 0 && !/[\d-]$/.test(foldText(targetPhrase).slice(0, at));
}
/** Acts that bring a time or an amount down to a ceiling: said once with 已, they report every member of their list. */
const CUT_ACT = /(?:压缩|压减|缩短|降低|减少|下降|降)(?:到|至)/;
/**
 * Round aj: "企业开办全流程时间已压缩到1.5个工作日，工程建设项目全流程审批时限压缩到120个工作日以内": a 已 said of the first
 * member of a list of one act reports the later members too; the ceiling written there is where the time stands, not the
 * target restated. Only when the figure's own phrase has the same act and no word of a plan (计划, 要, 力争, 确保).
 */
function reportedAlongList(sentence: string, phrase: string): boolean {
  const at = sentence.indexOf(phrase);
  const act = CUT_ACT.exec(phrase);
  if (at <= 0 || !act || /计划|要|力争|确保|争取|目标/.test(phrase)) return false;
  // Hunt 15: "已将A压缩到…、B压缩到…" — 已将 with the first member's noun between, and 、 between members.
  return new RegExp(`(?:已经?|均已)(?:将[^，,、。；;]{1,30}?)?${act[0]}[^。；;]*[，,、]$`).test(sentence.slice(0, at));
}

/** The act after 并 in a target's name ("设计并开工建设学校" → 开工, after 设计), when one is a verb of building or doing. */
const LATER_ACT = /^(.{1,12}?)并(?:且)?((?:同步)?(开工|建成|建设|实施|投用|投产|运营|竣工|验收|推广|落地|完成).*)$/;

function laterAct(metric: string): { first: string; rest: string; verb: string } | null {
  const m = LATER_ACT.exec(metric);
  if (!m || m[1].includes(m[3])) return null;
  return { first: m[1], rest: m[2], verb: m[3] };
}

function refuse(j: Judgement, code: WeakCode, why: string): Judgement {
  const reason = `无法研判：${why}（${j.detail ?? j.reason}）`;
  return { ...j, status: "unknown", label: STATUS_LABELS.unknown, rag: "yellow", ragLabel: RAG_LABELS.yellow, met: false, reason, detail: why, code };
}

/**
 * Greens that rest on weak evidence become 无法研判, with the reason and a code; other judgements are left as they are:
 * - a count or amount written 累计 with no period ("累计建成5G基站1200个"): since when is not said, so it may hold other
 *   years' results. Were it under 序时进度 it would lag whatever its start, so only a green is refused;
 * - a completion rate of a part of the work named after the metric ("…工作方案完成率100%");
 * - a figure whose name shares less than 0.6 of the target's (青年人口调查失业率 for 城镇调查失业率).
 */
export function refuseWeakGreens(judgements: Judgement[], text: string, asOf?: IsoDate, taskText = ""): Judgement[] {
  if (!judgements.some((j) => j.actual)) return judgements;
  const s = prepareText(text ?? "");
  return mapPacked(judgements, (j) => {
    // A figure another rule found weak whatever the date (markedWeak) is left as that rule said it.
    if (!j.actual || j.weakEvidence) return j;
    // Whether the figure may not be the target's own result is asked whatever the date (Judgement.weakEvidence): the
    // rules are read as if it were green — as 已完成 when it meets the target (it is at the deadline), else on schedule —
    // since at another date it may be, and a share done read from it would then be refused.
    const green = j.status === "done" || j.status === "on-track";
    const asDone = j.met === true && j.status !== "done";
    const dated = green ? refusedGreen(j, s, text, asOf, taskText, false) : j;
    const read: Judgement = asDone ? { ...j, status: "done" } : j;
    // Read the same way, the rules of the figure alone hold of it only where all the rules do.
    const again = !green || asDone || (dated !== j && NOT_OF_FIGURE.has(dated.code ?? ""));
    const free = again ? refusedGreen(read, s, text, undefined, taskText, true) : dated;
    const weak = free !== (again ? read : j) ? { code: free.code ?? "", reason: free.detail ?? "" } : null;
    if (!weak) return dated;
    if (dated !== j) {
      // The refusal's reason keeps the judgement's words but not the share done it read from the figure.
      const words = j.detail ?? j.reason;
      const at = dated.reason.lastIndexOf(words);
      const reason = at < 0 ? dated.reason : `${dated.reason.slice(0, at)}${withoutShare(words)}${dated.reason.slice(at + words.length)}`;
      return { ...dated, reason, weakEvidence: weak };
    }
    // Not green: kept as it is (a lagging figure may still be said to lag), without a share done in its words.
    const reason = withoutShare(j.reason);
    return { ...j, reason: reason === j.reason ? reason : `${reason}（${weak.reason}，不计完成比例）`, ...(j.detail === undefined ? {} : { detail: withoutShare(j.detail) }), weakEvidence: weak };
  });
}

/**
 * Rules of the date or of the work's state, not of whose figure it is: a rate of an older period, a finish in a later
 * month, the report saying it lags. They refuse a green but leave the figure's share done to be read.
 */
const NOT_OF_FIGURE = new Set(["WEAK_STALE_PERIOD", "WEAK_NOT_RESULT", "WEAK_SAID_BEHIND"]);

/**
 * A judgement whose figure a rule of the judge outside this file (formsM, formsO, formsP, judgeTask) finds may not be
 * the target's own result — decided whatever the date, where that rule refuses a green on it — marked with
 * Judgement.weakEvidence and without the share done in its words. refuseWeakGreens then leaves it as marked.
 */
export function markedWeak(j: Judgement, code: string, reason: string): Judgement {
  return { ...j, reason: withoutShare(j.reason), ...(j.detail === undefined ? {} : { detail: withoutShare(j.detail) }), weakEvidence: { code, reason } };
}

/** The reason of a judgement without the share done it read from a figure: "，完成125%（序时进度49.7%）", "，为目标的80%". */
function withoutShare(text: string): string {
  return text.replace(/[，,](?:完成(?:年度目标的)?|为目标的)-?[\d.]+%(?:（序时进度[\d.]+%）)?/g, "");
}

/**
 * The judgement refused (无法研判, with its WEAK_* code) by the first weak-evidence rule that holds of its figure, read as
 * a green; else the judgement itself. `figureOnly`: only the rules of whose figure it is (no date: `asOf` undefined).
 */
function refusedGreen(j: Judgement, s: string, text: string, asOf: IsoDate | undefined, taskText: string, figureOnly: boolean): Judgement {
  // The rules in their order, each returning the judgement refused (a block: their lines as they stood in the map above).
  {
    const a = j.actual;
    if (!a) return j;
    // Where the figure stands in the text, read once for every rule below.
    const p = placeOf(a, s);
    const asked = `${j.target.metric}${j.target.phrase}`;
    // "单位GDP能耗同比下降3%（1-3月）" at 30 September: a rate of an older period is not where the metric stands now.
    // Hunt 16: unless the task asks for that very period ("一季度实现规上工业增加值增长8%"): its result is the figure.
    if (asOf && !isCumulative(j.target) && isRate(a) && !(a.period && foldText(taskText).includes(a.period.replace(/份$/, "")))) {
      const stale = p ? staleRate(a, p, asOf, j.target.metric) : null;
      if (stale) return refuse(j, "WEAK_STALE_PERIOD", `进展数字「${a.phrase}」${stale}，不能确认当前仍达到目标`);
    }
    // Hunt 17: "一季度新增城镇就业2000人" at 30 September for the year's 8000: a count on pace at the end of an older period
    // says nothing of the pace now. A count of the year only grows: one already at today's pace ("1-6月…2600户" of 3000 at
    // 30 September) keeps it, and one that has met the year's target stays done.
    const behindToday = j.ratio !== null && asOf && j.ratio < expectedShare(asOf);
    if (asOf && behindToday && j.status === "on-track" && isCumulative(j.target) && !isRate(a) && a.explicitRatio === undefined && a.period && !foldText(taskText).includes(a.period.replace(/份$/, ""))) {
      const stale = p ? staleRate(a, p, asOf, j.target.metric) : null;
      if (stale) return refuse(j, "WEAK_STALE_PERIOD", `进展数字「${a.phrase}」${stale}，不能确认当前仍按序时推进`);
    }
    // "新增高新技术企业20家（含以前年度结转）", "完成率100%（含以前年度结转）": earlier years' work counted in, so not
    // this year's. (Works finished this year that were started in earlier ones — "基本建成7298套（含历年结转）" — are
    // this year's finishes: a finishing stage is left alone.)
    if (isCumulative(j.target) || a.explicitRatio !== undefined) {
      const carried = p ? CARRIED_OVER.exec(p.sentence) : null;
      if (carried && !FINISHED_WORKS.test(a.phrase)) return refuse(j, "WEAK_CARRY_OVER", `进展写明「${carried[0]}」，含以前年度结转，不能确认本年完成数`);
    }
    // A target that is itself a running total (高标准农田累计建成400万亩) is answered by one: only a target of the year is not.
    // On schedule too (round 2), unless the sentence counts the task's own list ("122个计划新开工项目已累计开工114个"):
    // then the running total is of this year's things.
    if (a.explicitRatio === undefined && (j.target.kind === "count" || j.target.kind === "level") && /累计/.test(a.phrase) && !a.period && !/累计/.test(asked)) {
      if (p && !PERIOD_WORD.test(p.sentence) && (j.status === "done" || (isCumulative(j.target) && !namesOwnList(p.sentence, taskText))))
        return refuse(j, "WEAK_CUMULATIVE_NO_PERIOD", `进展写明「${a.phrase}」，累计数未注明起算时间，不能确认是本年完成数`);
    }
    // Hunt 12: a share named for a part, a step or some of the things beside the target's own words ("农村公路路基工程完成率
    // 100%", "老旧小区改造方案编制完成100%", "3条主干道改造均已完成100%" for 5条) is that part's share, whatever the part is.
    // An unnamed share takes its name from its own words ("1-9月工业投资完成年度计划的110%").
    const part = a.explicitRatio !== undefined && a.unit === "%" ? shareOfAPart(a.metric || a.phrase, `${asked}${taskText}`) : null;
    if (part) return refuse(j, "WEAK_PART_RATIO", `进展写明「${a.phrase}」，是「${part}」的完成比例，不是该指标的完成情况`);
    // "高新技术企业达到20家" for 新增…20家: a total reached, not the new ones of the year.
    // Hunt 17: a net addition (净增) likewise ("规模以上工业企业达到61户" for 净增8户).
    if (j.target.kind === "count" && a.explicitRatio === undefined && /新增|净增|新建|新培育|新认定|新引进/.test(asked) && !/新增|净增|新建|新培育|新认定|新引进|新开工/.test(a.phrase) && /达到|总数|共有|拥有|总量|存量|有效期内|现有|保有|在库|在册|达$/.test(a.phrase.replace(/\d.*$/, "")))
      return refuse(j, "WEAK_STOCK", `进展写明「${a.phrase}」，是总数，不是本年新增数`);
    // "重新认定高新技术企业25家", "复审通过…", "（含续签）" for 新增…: things renewed were there before (round 3).
    const renewed = j.target.kind === "count" && a.explicitRatio === undefined ? ownClauseWord(RENEWED, a, p, asked) : null;
    if (renewed) return refuse(j, "WEAK_STOCK", `进展数字「${a.phrase}」写明「${renewed}」，是原有的数，不是本年新增数`);
    // "城镇调查失业率不超过5.5%" for a target of 控制在5.5%以内: the ceiling said again in ceiling words, with no period,
    // is the target restated, not where the metric stands.
    if ((j.target.cmp === "<=" || j.target.cmp === "<") && !a.period && a.explicitRatio === undefined && a.value === j.target.value && CEILING_WORDS.test(a.phrase)) {
      if (p && !PERIOD_WORD.test(p.sentence) && !reportedAlongList(p.sentence, a.phrase)) return refuse(j, "WEAK_RESTATED_CEILING", `进展写明「${a.phrase}」，是重述的目标上限，没有写明实际数值`);
    }
    // "完成设计并开工建设学校3所" answered by "已完成设计3所": the task asks for two acts joined by 并, and the figure's
    // own clause names only the first; the later act's verb must be said of the figure.
    const later = a.explicitRatio === undefined ? laterAct(j.target.metric) : null;
    if (later) {
      if (p && !`${p.before}${a.phrase}`.includes(later.verb)) return refuse(j, "WEAK_FIRST_ACT", `进展数字「${a.phrase}」只说了「${later.first}」，目标还要求「${later.rest}」`);
    }
    // "9月当月增长9%", "二季度增长7%", "环比增长8%" for a growth target of the year: one month's or quarter's rate, or one
    // against the month before, is not the year so far. Where the year-to-date rate is given too, weakFigures kept that one.
    if ((j.target.kind === "growth" || j.target.kind === "pp") && isRate(a) && ((a.period && ONE_PERIOD.test(a.period) && !foldText(j.target.phrase ?? "").includes(a.period.replace(/份$/, ""))) || /环比/.test(a.phrase)))
      return refuse(j, "WEAK_NOT_YEAR_RATE", `进展数字「${a.phrase}」是${/环比/.test(a.phrase) ? "环比" : HOLIDAY.test(a.period ?? "") ? `${a.period}` : `${a.period}单月（单季）`}的增速，不是今年以来的累计增速`);
    // "失业率平均5.3%，9月末为5.8%" for 控制在5.5%以内: another reading of the same level in the text breaks the bound.
    const conflicting = j.target.kind === "level" && a.explicitRatio === undefined ? breakingReading(a, p, s, text ?? "", j.target) : null;
    if (conflicting) return refuse(j, "WEAK_CONFLICTING", `进展另有同一指标的读数「${conflicting.phrase}」不符合目标`);
    // "PM2.5平均浓度同比下降3微克/立方米" for 控制在35微克/立方米以内: the figure is how much the level moved, not the level.
    if (j.target.kind === "level" && (a.kind === "level" || a.kind === "count") && CHANGE_BY.test(a.phrase))
      return refuse(j, "WEAK_CHANGE_NOT_LEVEL", `进展数字「${a.phrase}」是变化量，不是指标达到的水平`);
    // "同比下降3.5%，但未完成序时进度": the report itself says the metric is behind; no figure of it makes it green.
    const behind = p && !figureOnly ? BEHIND_SAID.exec(p.sentence)?.[0] : null;
    if (behind) return refuse(j, "WEAK_SAID_BEHIND", `进展写明「${behind}」`);
    // "储备规上工业企业30家", "申报高新技术企业30家", "20个项目已具备开工条件", "达成签约意向30个": the figure counts things
    // on the way to the target's state (in a pool, applied for, ready, intended), not things in it.
    const pending = a.explicitRatio === undefined ? ownClauseWord(PENDING, a, p, asked) : null;
    if (pending) return refuse(j, "WEAK_PENDING", `进展数字「${a.phrase}」写明「${pending}」，是尚在途中的数，不是已达到目标状态的数`);
    // Round ah: "1-9月前期亿元以上产业项目100个" for 新开工…项目100个: 前期 heading a name of projects counts projects still in
    // preparation, not begun (项目前期, the preparations of a project, is another word).
    const preparing = a.explicitRatio === undefined && j.target.kind === "count" ? ownClauseWord(PREPARING_PROJECTS, a, p, asked) : null;
    if (preparing) return refuse(j, "WEAK_PENDING", `进展数字「${a.phrase}」写明「${preparing}」，是前期项目的数，不是已达到目标状态的数`);
    // "1-9月高新技术企业同比增加25家" for 新增…20家: how much more than a year ago, not how many this year (round 3; a
    // target that is itself such a change is answered by it).
    if (isCumulative(j.target) && a.explicitRatio === undefined && a.unit !== "%" && p && CHANGE_FROM_YEAR_AGO.test(p.before) && !/同比|比上年|较上年|比去年|较去年/.test(asked))
      return refuse(j, "WEAK_CHANGE_NOT_COUNT", `进展数字「${a.phrase}」是与上年的差额，不是本年完成数`);
    // "走访高新技术企业25家", "开展就业培训9000人" for 新增…: a service done to things, not things made (round 3).
    // Hunt 7: a count or a level in things too ("培训…覆盖800个"), not a rate.
    const served = a.explicitRatio === undefined && (isCumulative(j.target) || ((j.target.kind === "count" || j.target.kind === "level") && a.unit !== "%")) ? ownClauseWord(SERVICE, a, p, asked) : null;
    if (served) return refuse(j, "WEAK_OTHER_ACT", `进展数字「${a.phrase}」是「${served}」的数，不是目标要求的完成数`);
    // "地区生产总值现价增长6.5%", "名义增长": a growth at current prices, where a target of growth is at comparable prices.
    const nominal = (j.target.kind === "growth" || j.target.kind === "pp") && p ? /现价|名义/.exec(`${p.before}${a.phrase}${/^[（(][^）)]{0,8}[）)]/.exec(p.after)?.[0] ?? ""}`)?.[0] : null;
    if (nominal && !asked.includes(nominal)) return refuse(j, "WEAK_SUBSET", `进展数字「${a.phrase}」是按${nominal}计算的增速，目标按可比价计算`);
    // "3个乡镇已达到省级卫生乡镇创建标准", "30家企业已达到规上入库条件": meeting the criteria is before the state (round 3).
    const ready = a.kind === "count" && a.explicitRatio === undefined && !/天|%|百分点/.test(a.unit) && !/标准|条件|达标/.test(asked) ? ownClauseWord(READY, a, p, asked) : null;
    if (ready) return refuse(j, "WEAK_PENDING", `进展数字「${a.phrase}」写明「${ready}」，是达到条件的数，不是已达到目标状态的数`);
    // "新增高新技术企业和科技型中小企业25家" for 新增高新技术企业20家: a sum of the target's things and others (round 3).
    const wider = isCumulative(j.target) && a.explicitRatio === undefined ? widerGroup(a.metric, j.target.metric) : null;
    if (wider) return refuse(j, "WEAK_WIDER", `进展数字「${a.phrase}」是「${wider}」的合计数，不只是「${j.target.metric}」`);
    // Hunt 15: "解决了412个村民小组的通达问题" for 解决…村民小组通畅: the figure names the things (村民小组) and the target a state
    // of them (通畅) written nowhere in the figure's sentence; the count of the things says nothing of that state.
    const stateUnsaid = isCumulative(j.target) && a.explicitRatio === undefined && p ? unsaidTail(j.target.metric, a.metric, p.sentence) : null;
    if (stateUnsaid) return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」只写了「${a.metric}」，未写明目标要求的「${stateUnsaid}」`);
    // "棚户区改造已签约1200户" for 完成棚户区改造1200户: the figure's own clause names an early step of the work (签约, 征收,
    // 摸排 …) the target does not ask for; the count of that step is not the count of the work done.
    const found = a.explicitRatio === undefined && isCumulative(j.target) ? ownClauseWord(EARLY_STEP, a, p, asked) : null;
    // Works under construction have started: 进场施工 answers a target to start them (76个项目年内全部开工).
    const step = (found && /施工|进场/.test(found) && /开工|动工|开建/.test(asked)) || (found && p && stepOfTheAct(a.phrase.includes(found) ? a.phrase : p.before, found, j.target.metric, asked)) ? null : found;
    if (step) return refuse(j, "WEAK_EARLY_STEP", `进展数字「${a.phrase}」是「${step.replace(/^[^施进下拨资]+(?=施工)/, "")}」的数，目标要求的是完成该项工作`);
    // Hunt 13: "治理企业清单已确定，共22家": the things put on a list (清单, 名单, 名录) are the work to do, not the work done
    // — unless the figure's own clause says them done ("列入名单的22家企业已全部完成治理").
    const listDone = p ? /已|完成|建成|实现/.test(p.after.split(/[，,。；;]/)[0]) : false;
    const listed = a.explicitRatio === undefined && isCumulative(j.target) && !listDone ? LISTED.exec(`${a.metric}${p?.before ?? ""}`)?.[0] : null;
    if (listed && !asked.includes(listed)) return refuse(j, "WEAK_NOT_RESULT", `进展数字「${a.phrase}」是列入「${listed}」的数，不是完成数`);
    // "3所公办幼儿园年底前投入使用", "…将于9月开学" (at 30 June): the things are finished later, not yet (round 3).
    const finishing = a.explicitRatio === undefined && (isCumulative(j.target) || ((j.target.kind === "count" || j.target.kind === "level") && a.unit !== "%")) && p && (asOf || figureOnly) ? finishLater(afterOwnFigure(a, s), asOf) : null;
    if (finishing) return refuse(j, "WEAK_NOT_RESULT", `进展数字「${a.phrase}」之后写明「${finishing}」，尚未建成或投用`);
    // Round ah: "90户企业已完成股改，拟于明年完成": the things counted made a step, and the finish is planned in the next clause.
    const stepThenPlan = a.explicitRatio === undefined && (j.target.kind === "count" || j.target.kind === "level") && a.unit !== "%" && p ? STEP_THEN_PLAN.exec(afterOwnFigure(a, s)) : null;
    if (stepThenPlan && !asksFor(asked, stepThenPlan[1])) return refuse(j, "WEAK_NOT_RESULT", `进展数字「${a.phrase}」之后写明「${stepThenPlan[0].replace(/^[^已]*/, "")}」，只完成了「${stepThenPlan[1]}」，其余是计划`);
    // Round w: "5所扩容高中目前处于竣工验收阶段": the things counted are at a stage of the work, not yet done.
    const atStage = a.explicitRatio === undefined && isCumulative(j.target) && p ? AT_STAGE_AFTER.exec(afterOwnFigure(a, s)) : null;
    if (atStage) return refuse(j, "WEAK_NOT_RESULT", `进展数字「${a.phrase}」之后写明「${atStage[1]}」，尚未完成`);
    // "高标准农田建设面积2.5万亩，完成工程量的60%": the sentence gives the figure's own share done, under the whole (round 3).
    const share = a.explicitRatio === undefined && j.status === "done" && isCumulative(j.target) && p ? SHARE_AFTER.exec(p.after) : null;
    if (share && Number(share[1]) < 100) return refuse(j, "WEAK_STEP_ONLY", `进展数字「${a.phrase}」之后写明「${share[0]}」，该数是工作总量，不是完成数`);
    // "改造老旧小区30个，开工率100%": the figure restates the task and the sentence gives the share of an earlier stage.
    // Only a figure with no period nor a word of its own result (已, 累计, 完成 …): "1-9月完成…1200户，签约率100%" reports both.
    const restated = a.explicitRatio === undefined && isCumulative(j.target) && p && !a.period && !REPORTED.test(p.before) && !/完成|建成|竣工|完工|投用/.test(`${p.before}${a.phrase}`);
    const stageRate = restated && p ? STAGE_RATE_AFTER.exec(p.after) : null;
    if (stageRate && !asked.includes(stageRate[1]) && !asked.includes(`${stageRate[1][0]}复${stageRate[1][1]}`)) return refuse(j, "WEAK_STEP_ONLY", `进展数字「${a.phrase}」之后写明「${stageRate[1]}率」，只完成了「${stageRate[1]}」，该数是工作总量`);
    // "限上社会消费品零售总额增长7.2%" or "…增长7.2%（限上单位）" for 社会消费品零售总额, "居民人均可支配收入" for 城镇居民…: a
    // rate of a part (firms above a size, town or country residents) or of the whole when the target asks for a part.
    const subset = isRate(a) ? otherSubset(a, p, asked) : null;
    if (subset) return refuse(j, "WEAK_SUBSET", `进展数字「${a.phrase}」${subset}，与目标的统计范围不同`);
    // "已建成…不到3所", "新增城镇就业近8000人" for a target of 3 or 8000: the actual is under the figure written (round 3).
    const under = j.status === "done" && p && a.base.value <= j.target.base.value && j.target.cmp !== "<=" && j.target.cmp !== "<" ? UNDER.exec(p.before)?.[0] : null;
    if (under) return refuse(j, "WEAK_BELOW", `进展数字「${a.phrase}」写明「${under}」，实际少于该数，未达到目标`);
    // Hunt 13: "失业率4%以上", "重污染天数超过5天" for a ceiling, "优良天数比例低于85%" for a floor of a level: the figure is a
    // bound on the wrong side of the target's — the level is beyond it — so it tells no level that keeps the target.
    const beyond = p && a.explicitRatio === undefined ? wrongSideBound(j.target, p) : null;
    if (beyond) return refuse(j, "WEAK_BELOW", `进展数字「${a.phrase}」写明「${beyond}」，实际数在该数之外，不能确认达到目标`);
    // "9月份PM2.5平均浓度30微克/立方米" for the year's average: one month's reading is not the year's (round 3).
    // Round aj: a target of that month itself ("7月PM2.5浓度不高于20微克/立方米") is answered by the month's reading.
    if (j.target.kind === "level" && a.period && ONE_PERIOD.test(a.period) && /浓度|均值|平均|优良|比例/.test(`${a.metric}${j.target.metric}`) && !ownPeriodAsked(j.target.phrase ?? "", a.period))
      return refuse(j, "WEAK_NOT_YEAR_RATE", `进展数字「${a.phrase}」是${a.period}${HOLIDAY.test(a.period) ? "" : "单月（单季）"}的数，不是今年以来的数`);
    // Round 4 (branch judge-hunt4): "3所公办幼儿园已部分建成": only part of the things is in the state asked for.
    const partly = a.explicitRatio === undefined && isCumulative(j.target) ? ownClauseWord(PART_ACT, a, p, asked) ?? partLater(a, p, asked) : null;
    if (partly) return refuse(j, "WEAK_STEP_ONLY", `进展数字「${a.phrase}」写明「${partly}」，只是其中一部分达到目标状态`);
    // "完成投资85亿元，其中入统30亿元", "新增…25家，目前已认定12家": a part right after the figure that is the statistic or
    // the confirmed count; when it is under the target, the figure is not the result to judge.
    const confirmed = a.explicitRatio === undefined && j.status === "done" && isCumulative(j.target) && p ? CONFIRMED_PART.exec(p.after) : null;
    // "，其中12亿元已入统": the same part with its number first.
    const first = !confirmed && a.explicitRatio === undefined && j.status === "done" && isCumulative(j.target) && p ? CONFIRMED_FIRST.exec(p.after) : null;
    if (first && first[2].startsWith(a.unit) && !asked.includes(first[3]) && Number(first[1]) < j.target.value && Number(first[1]) < a.value)
      return refuse(j, "WEAK_STEP_ONLY", `进展数字「${a.phrase}」之后写明「${first[0].replace(/^[^，,]*[，,]/, "")}」，按${first[3]}口径未达到目标`);
    if (confirmed && confirmed[3].startsWith(a.unit) && !asked.includes(confirmed[1]) && Number(confirmed[2]) < j.target.value && Number(confirmed[2]) < a.value)
      return refuse(j, "WEAK_STEP_ONLY", `进展数字「${a.phrase}」之后写明「${confirmed[0].replace(/^[，,]/, "")}」，按${confirmed[1]}口径未达到目标`);
    // "养老服务中心床位500张", "水厂一期日供水能力5万吨" for 新增…: a count with no act nor period in its sentence is what
    // stands, not what was added this year.
    if (j.target.kind === "count" && a.explicitRatio === undefined && !a.period && p && /\d/.test(a.phrase) && NEW_ASKED.test(asked) && !ACT_WORD.test(`${p.lead}${a.phrase}${p.after.split(/[，,]/)[0]}`) && !PERIOD_WORD.test(p.sentence))
      return refuse(j, "WEAK_NO_ACT", `进展数字「${a.phrase}」没有写明新增、建成等行为，也没有写明时段，可能是现有总量`);
    // Hunt 5: "改造充电桩600个" for 新建充电桩500个, "老旧小区新建35个" for 改造老旧小区: building new, renovating and upkeep
    // count different things, in whichever order the act and the thing are written.
    const act = a.explicitRatio === undefined && a.unit !== "%" && p ? otherActKind(asked, `${p.before}${a.phrase}${p.after.split(/[，,。；;！!？?]/)[0]}`) : null;
    if (act) return refuse(j, "WEAK_OTHER_ACT", `进展数字「${a.phrase}」是「${act}」的数，目标要求的是「${actKindOf(asked) ?? MAKING.exec(asked)?.[0] ?? "建设"}」`);
    // "已安排消费券500万元" for 发放消费券500万元, "参加招商活动25场" for 举办招商活动20场, "提供就业岗位2500个" for 新增就业岗位:
    // money set aside is not money paid out, attending is not hosting, vacancies offered are not jobs created.
    const role = a.explicitRatio === undefined && p ? otherRole(asked, `${p.before}${a.phrase}`) : null;
    if (role) return refuse(j, "WEAK_OTHER_ACT", `进展数字「${a.phrase}」是「${role[0]}」的数，目标要求的是「${role[1]}」`);
    // "完成造林1万亩（含补植补造3000亩）", "建成农贸市场15个（含改扩建2个）" for 新增/新建…: a note that the figure holds work of
    // another kind (renovated, replanted, continued) says not all of it is new.
    const mixed = a.explicitRatio === undefined && p && NEW_ASKED.test(asked) ? MIXED_KIND.exec(p.after.slice(0, 24)) : null;
    if (mixed && !asked.includes(mixed[1])) return refuse(j, "WEAK_OTHER_ACT", `进展数字「${a.phrase}」写明含「${mixed[1]}」，不全是目标要求的新增数`);
    // "乡镇老旧小区改造35个" for 改造城区老旧小区: the town's and the country's things are not the city's.
    const side = a.explicitRatio === undefined && p ? otherSide(asked, `${p.before}${a.phrase}`, foldText(taskText)) : null;
    if (side) return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」是「${side}」的数，与目标「${j.target.metric}」的范围不同`);
    // Hunt 5: "固定资产投资增速完成目标的100%" for an amount: the share is of the growth rate's target, not the amount's.
    if (a.explicitRatio !== undefined && j.target.kind !== "growth" && j.target.kind !== "pp" && p && /增速|增幅/.test(`${p.before}${a.phrase}`) && !/增速|增幅|增长/.test(asked))
      return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」是增速目标的完成比例，不是「${j.target.metric || "该指标"}」的完成情况`);
    // "聚焦新增高新技术企业20家", "明确…20家": the target's own figure after a word of aiming is the target restated.
    const aimed = a.explicitRatio === undefined && p && a.base.value === j.target.base.value ? AIMED.exec(p.before)?.[0] : null;
    if (aimed) return refuse(j, "WEAK_NOT_RESULT", `进展写明「${aimed}」目标数「${a.phrase}」，是重述的目标，不是完成数`);
    // "新增…约20家", "20家左右", "保持在45%左右" for 20家, 45%: about the target's figure may be under it.
    const about = a.explicitRatio === undefined && p && j.target.cmp !== "~" && a.base.value === j.target.base.value ? (/(?:约|大约|约为)$/.exec(p.before)?.[0] ?? /^左右/.exec(p.after)?.[0]) : null;
    if (about) return refuse(j, "WEAK_BELOW", `进展数字「${a.phrase}」写明「${about}」，不能确认达到目标`);
    // "新开工项目35个" for 新开工亿元以上项目, "引进人才150名" for 引进高层次人才100名, "新建公路60公里" for 新建农村公路: the
    // figure leaves out a word that narrows the target's things (one list, QUALIFIERS), so it may count a wider group; it
    // may still show the target missed.
    // Hunt 12: "锂电池正极材料项目设计产能5万吨" for 形成…产能5万吨: a capacity designed or planned is the project's size on
    // paper, not a capacity formed (a target that asks for the designed size keeps it).
    const designed = a.explicitRatio === undefined && p ? DESIGNED_CAPACITY.exec(`${p.before}${a.phrase}`)?.[0] : null;
    if (designed && !DESIGNED_CAPACITY.test(asked)) return refuse(j, "WEAK_NOT_RESULT", `进展数字「${a.phrase}」是「${designed}」，是设计或规划的规模，不是已形成的产能`);
    // Hunt 12: "一般公共预算收入中税收收入完成21亿元" for 一般公共预算收入: a name "X中Y" is the part Y of X.
    // The whole may be written in another name of the same thing (一般公共预算收入中… for 地方财政收入).
    const whole = a.metric && j.target.metric ? wholeBeforeWithin(a.metric, j.target.metric) : -1;
    const within = whole >= 0 ? PART_WITHIN.exec(a.metric.slice(whole)) : null;
    if (within) return refuse(j, "WEAK_SUBSET", `进展数字「${a.phrase}」是「${within[1]}」，只是「${j.target.metric}」的一部分`);
    // Hunt 12: "新增省级专精特新企业16家" for 新增专精特新企业15家, "创建国家级文明村12个" for 省级以上: the figure counts one tier of
    // the target's things (or things of another standing: a 省级高新技术企业 is no 高新技术企业), at most a lower bound of
    // them, and whether it holds them all cannot be told.
    const tier = a.explicitRatio === undefined && j.target.kind === "count" && !/元$/.test(a.unit) ? ownClauseWord(TIER, a, p, asked) : null;
    if (tier) return refuse(j, "WEAK_NARROWER", `进展数字「${a.phrase}」只是「${tier}」一级的数，至多是目标「${j.target.metric || j.target.phrase}」的一部分，不能确认达到目标`);
    // Hunt 17: "新增就业9000人，其中城镇新增就业5000人" for 新增城镇就业: the figure is the whole of the part after 其中, and
    // only that part carries the target's name.
    const namedPart = p && a.metric && j.target.metric ? partNamedAsTarget(j.target.metric, a.metric, p.after) : null;
    if (namedPart) return refuse(j, "WEAK_WIDER", `进展数字「${a.phrase}」之后写明其中「${namedPart}」，该数的统计范围大于目标「${j.target.metric}」`);
    const unsaid = a.explicitRatio === undefined ? droppedQualifier(j, a, p, s) : null;
    if (unsaid) return refuse(j, "WEAK_WIDER", `进展数字「${a.phrase}」没有写明「${unsaid}」，统计范围可能大于目标「${j.target.metric || j.target.phrase}」`);
    // Round aw: "接待游客544.41万人次" for 接待过夜游客: all visitors, of whom the overnight ones are a part.
    const classOut = a.explicitRatio === undefined && p ? classLeftOut(asked, `${p.before}${a.phrase}${p.after.split(/[，,。；;]/)[0]}`) : null;
    if (classOut) return refuse(j, "WEAK_WIDER", `进展数字「${a.phrase}」没有写明「${classOut}」，统计范围可能大于目标「${j.target.metric || j.target.phrase}」`);
    // "筹集保障性住房1200套", "分配…" for 新建…: raising or allocating homes is not building them.
    const raised = a.explicitRatio === undefined && p && /新建|建设|建成|修建/.test(asked) ? ownClauseWord(RAISED, a, p, asked) : null;
    if (raised && !/新建|建设|建成|修建|竣工|完工/.test(`${p?.before}${a.phrase}`)) return refuse(j, "WEAK_OTHER_ACT", `进展数字「${a.phrase}」是「${raised}」的数，目标要求的是建设`);
    // "棚户区改造项目覆盖1500户" for 完成棚户区改造1200户: the reach of the works, not what was done (a target of coverage keeps it).
    const reach = a.explicitRatio === undefined && isCumulative(j.target) ? ownClauseWord(/覆盖(?!率)|受益/, a, p, asked) : null;
    if (reach) return refuse(j, "WEAK_OTHER_ACT", `进展数字「${a.phrase}」是「${reach}」范围的数，不是目标要求的完成数`);
    // "城镇就业人数9000人" for 新增城镇就业: the number employed, not the new jobs of the year.
    if (j.target.kind === "count" && a.explicitRatio === undefined && NEW_ASKED.test(asked) && /(?:人数|总数|户数)$/.test(a.metric) && !/新增|新建|新培育|新认定|新引进|新开工|净增|增加|引进|培育|认定|吸纳|实现/.test(`${p?.before ?? ""}${a.phrase}`))
      return refuse(j, "WEAK_STOCK", `进展写明「${a.phrase}」，是总数，不是本年新增数`);
    // "失业率最低4.8%", "PM2.5浓度最高…": one extreme reading is not where the level stands.
    const extreme = j.target.kind === "level" && p ? /(?:最低|最高|最好|最小|最大|峰值|谷值)(?:值|时)?(?:为|达到?)?$/.exec(p.before)?.[0] : null;
    if (extreme && !asked.includes(extreme.slice(0, 2))) return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」是「${extreme}」的读数，不是该指标的平均或当前水平`);
    // Hunt 14: "项目审批最短用时2天", "企业开办最快…": the quickest case of a time inside the figure's name is one case, not
    // the time matters take.
    const quickest = j.target.kind === "level" && a.explicitRatio === undefined ? /最短|最快/.exec(a.metric)?.[0] : null;
    if (quickest && !asked.includes(quickest)) return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」是「${quickest}」的一例，不是该指标的平均或当前水平`);
    // Hunt 14: "企业开办承诺时限8小时", "项目审批法定时限15天": the limit promised or set by law is a limit, not the time taken.
    const promised = j.target.kind === "level" && lowerIsBetter(j.target) && a.explicitRatio === undefined ? /(?:承诺|法定)(?:办结|办理|审批)?时限/.exec(a.metric)?.[0] : null;
    if (promised && !asked.includes(promised.slice(0, 2))) return refuse(j, "WEAK_NOT_RESULT", `进展数字「${a.phrase}」是「${promised}」，是规定的时限，不是实际用时`);
    // "出口总额增长12%" for 进出口总额: one side of the trade is not the whole.
    if (/进出口/.test(asked) && /(?:^|[^进])出口|进口/.test(a.metric) && !/进出口/.test(a.metric)) return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」只是进口或出口，不是「${j.target.metric}」`);
    // "剔除留抵退税因素增长7%": a rate with a part taken out, before the figure (otherSubset reads such notes after it).
    // Round of session 15: "剔除房地产后，固定资产投资增长8.5%": the part is taken out in a clause of its own before.
    const takenOut = isRate(a) && p ? (/剔除|扣除|不含|除去/.exec(p.before) ?? /(剔除|扣除|除去)[^。；;，,]{1,16}(?:后|外|因素)[，,][^。；;]*$/.exec(p.lead))?.[0].slice(0, 2) : null;
    if (takenOut && !asked.includes(takenOut)) return refuse(j, "WEAK_SUBSET", `进展数字「${a.phrase}」写明「${takenOut}」部分因素，与目标的统计口径不同`);
    // "人均地区生产总值增长7%" for 地区生产总值增长6%, "居民可支配收入增长7%" for 人均…: per head and in total are two metrics.
    const perHead = a.explicitRatio === undefined ? otherPerHead(asked, `${a.metric}${a.phrase.replace(/\d[\s\S]*$/, "")}`) : null;
    if (perHead) return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」${perHead}，与目标「${j.target.metric}」不是同一指标`);
    const rateWord = a.explicitRatio === undefined ? otherRateWord(j.target.metric, a.metric) : null;
    if (rateWord) return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」是「${rateWord}」，与目标「${j.target.metric}」不是同一指标`);
    // Hunt 13: a ceiling on a level likewise ("不动产抵押登记办理时限" for 不动产登记办理时限): one kind's time under it says
    // nothing of the whole's. (A floor is left: "城乡居民参保人…报销限额" for 城乡居民…报销限额 names the same people.)
    const grownPart = a.metric && j.target.metric && (j.target.kind === "growth" || (j.target.kind === "level" && lowerIsBetter(j.target))) && a.explicitRatio === undefined ? partGrowth(j.target.metric, a.metric) : null;
    // "不动产登记办理时限一般登记压缩至3个工作日": the same for a kind named after the whole's name.
    const kindAfter = !grownPart && a.metric && j.target.metric && j.target.kind === "level" && lowerIsBetter(j.target) && a.explicitRatio === undefined ? kindAfterName(j.target.metric, a.metric) : null;
    if (kindAfter) return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」是其中「${kindAfter}」的数，不是「${j.target.metric}」整体的数`);
    // Hunt 14: "企业职工基本养老保险参保率97%", "脱贫人口家庭医生签约服务覆盖率100%" for the whole's rate: a rate of one group
    // of people is no bound on the whole's (unlike a count of a part), so it answers nothing.
    const group = !grownPart && a.metric && j.target.metric && j.target.kind === "level" && a.explicitRatio === undefined ? groupRate(j.target.metric, a.metric) : null;
    if (group) return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」是「${group}」这一部分人群的比率，不是「${j.target.metric}」整体的比率`);
    if (grownPart) return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」是其中「${grownPart}」部分的${j.target.kind === "growth" ? "增速" : "数"}，不是「${j.target.metric}」整体的${j.target.kind === "growth" ? "增速" : "数"}`);
    // Hunt 13: "城镇失业人员再就业8200人" for 新增城镇就业: the classes of employment counted each on its own never answer
    // each other.
    const [askedJob, ownJob] = [employmentClass(asked), employmentClass(`${p?.before ?? ""}${a.metric}`)];
    if (askedJob && ownJob && askedJob !== ownJob) return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」是「${ownJob}」的数，目标要求的是「${askedJob}」`);
    const other = a.metric && j.target.metric && a.explicitRatio === undefined ? otherQualifier(j.target.metric, a.metric) : null;
    if (other) return refuse(j, "WEAK_NAME", `进展数字「${a.phrase}」是「${other}」，与目标「${j.target.metric}」的限定词不同，不能确认是同一指标`);
    return j;
  }
}

/**
 * Acts that never answer each other though they count the same things: paying money or vouchers out and setting them
 * aside (a budget's acts, before any is paid); hosting an event and attending one; jobs created and vacancies offered (only
 * where 岗位 are counted). [the target's act, the figure's act, where].
 */
const OTHER_ROLES: readonly [RegExp, RegExp, RegExp][] = [
  // (支出 too, hunt 19: "安排衔接资金2.1亿元" spends nothing of 完成衔接资金支出1.8亿元.)
  [/发放|兑付|兑现|拨付|支付|支出|补贴到户|使用/, /安排|下达|筹措|筹集|预算|争取/, /./],
  // Hunt 19: money that arrived or was shared out among projects (到位, 分配) is not yet spent: "到位财政专项资金6000万元"
  // answers no 完成…资金支出.
  [/支出|支付|兑付|发放/, /到位|分配/, /资金|经费|补助|补贴/],
  [/举办|组织|承办|主办/, /参加|参与|出席|参会/, /./],
  [/新增|创造|带动|吸纳|开发/, /提供|发布|征集|推送|推荐/, /岗位/],
  // Homes raised (筹集: built, converted, bought or taken in) are not homes whose building started or ended.
  [/开工|建成|竣工|交付/, /筹集|筹措|收购|盘活|纳入/, /住房|房源|公寓|宿舍/],
];

/** The figure's act and the target's, when the figure's is of another role (OTHER_ROLES) and it names not the target's; else null. */
function otherRole(asked: string, said: string): [string, string] | null {
  for (const [own, other, where] of OTHER_ROLES) {
    const o = own.exec(asked);
    const x = other.exec(said);
    if (o && x && where.test(asked) && !own.test(said) && !other.test(asked)) return [x[0], o[0]];
  }
  return null;
}

/** A note right after a figure that it holds work of another kind than new: （含补植补造3000亩）, （含改扩建2个）. */
const MIXED_KIND = /^[（(]?(?:其中)?含[^）)，,。；;]{0,12}?(补植补造|补植|补造|改扩建|改建|扩建|改造|提升|维修|续建|提标)/;

/**
 * Kinds of acts on things that count different things (hunt 5): building new ones, renovating or extending old ones,
 * keeping them up. 建设, 建成, 完成 say none of them.
 */
const ACT_KINDS: readonly [string, RegExp][] = [
  ["新建", /新建|新增|新修|新设|新装|新铺|新栽|加装|增设|增装/],
  // (改建 is not among them: a home 改建 may be a new one on the old site, huntRound4.test.ts.)
  ["改造", /改造|改扩建|扩建|翻新|维修(?![中站点基资])|修缮|大修|加固|提质/],
  // (养护院, 管护站, 维护中心 are places, not acts.)
  ["养护", /(?:养护|管护|维护|保养|巡检|检修|保洁|清淤|疏浚)(?![院中站所机型员人费资车])/],
];
/** Acts of making a thing, when the target names no kind of act above (建设农村公路, 建成污水管网). */
const MAKING = /建设|建成|修建|铺设|新改建|改建/;
/** Keeping or repairing a thing that stands: the 养护 kind above and the repairs of the 改造 kind. */
const UPKEEP = /(?:养护|管护|维护|保养|巡检|检修|保洁|清淤|疏浚)(?![院中站所机型员人费资车])|维修(?![中站点基资])|修缮|大修/;

/** The one kind of act the target names, or null when it names none or several (新建、改扩建学校3所). */
function actKindOf(asked: string): string | null {
  const kinds = ACT_KINDS.filter(([, re]) => re.test(asked));
  return kinds.length === 1 ? kinds[0][0] : null;
}

/** The act of another kind said of the figure, when the figure names none of the target's: its word, or null. */
function otherActKind(asked: string, clause: string): string | null {
  const own = actKindOf(asked);
  const kinds = ACT_KINDS.filter(([, re]) => re.test(clause));
  // Keeping a thing that stands (养护, 巡检, 清淤) never makes one: "完成农村公路养护50公里" does not answer 建设农村公路.
  // So does a repair (维修, 修缮, 大修); not when the clause says it also made the thing ("新建和养护…").
  if (!own) return MAKING.test(asked) && !kinds.some(([k]) => k === "新建") && !MAKING.test(clause) ? (UPKEEP.exec(clause)?.[0] ?? null) : null;
  if (!kinds.length || kinds.some(([k]) => k === own)) return null;
  return kinds[0][1].exec(clause)?.[0] ?? null;
}

/**
 * Round v: the stages a programme's projects are counted by (续建, 新建, 新开工, 竣工, 储备, 前期), each with the words a
 * figure of that stage's projects carries: "续建项目完成年度投资253.7亿元" is not answered by the whole programme's "市重点项目
 * 累计完成投资325.7亿元", whatever else the text says of 续建 projects.
 */
const PROJECT_STAGES: readonly [RegExp, RegExp][] = [
  [/续建(?:重点)?(?:建设)?项目/, /续建|在建|复工/],
  [/新建(?:重点)?(?:建设)?项目/, /新建|新开工|新项目|新上|开工|动工|进场/],
  [/(?:计划)?新?开工(?:重点)?(?:建设)?项目/, /开工|动工|进场/],
  [/(?:竣工|投产)(?:重点)?(?:建设)?项目/, /竣工|投产|建成|完工/],
  [/(?:储备|预备)(?:重点)?(?:建设)?项目/, /储备|预备/],
  [/前期(?:重点)?(?:建设)?项目/, /前期/],
];

/** Acts of raising or handing out things, not of building them (筹集 homes may be bought or leased). */
const RAISED = /筹集|筹措|分配|配租|配售|收购|租赁/;

/** Words of aiming that put the target's own figure after them (hunt 5). */
const AIMED = /聚焦|明确|锚定|紧盯|瞄准|紧扣|对标|对照|围绕|确定|提出|下达|分解|部署/;

/**
 * Per head, per household, per mu or per area, per unit of output (单位GDP, 亿元GDP, 万元工业增加值) or per so many people:
 * a figure of that kind and one in total are two metrics ("死亡人数" for 亿元GDP生产安全事故死亡率, "能耗" for 单位GDP能耗).
 */
const PER_HEAD = /人均|户均|亩均|地均|单产|亩产|单位(?:GDP|国内生产总值|地区生产总值|工业增加值|增加值)|(?:亿元|万元)(?:GDP|国内生产总值|地区生产总值|工业增加值)|每(?:十万|万|千|百)(?:人|户|常住人口)|每平方公里/;

/** Why the figure's name and the target's differ in being per head (hunt 5), or null. */
function otherPerHead(asked: string, figure: string): string | null {
  const [t, f] = [PER_HEAD.exec(asked)?.[0], PER_HEAD.exec(figure)?.[0]];
  if (!t === !f) return null;
  return f ? `是「${f}」的数` : `不是「${t}」的数`;
}

/** The two sides of a place that count different things: the city's and the town's or the country's. */
const URBAN_SIDE = /城区|城市|县城|市区|主城|中心城/;
const RURAL_SIDE = /农村|乡村|乡镇|村级|镇村/;

/**
 * The other side named before the figure when the target names one side only: its word, or null. Hunt 11: a target that
 * names neither takes the side its task names, when the task names one only ("推进农村厕所革命，新建户厕500户" is the
 * country's; "城区新建户厕520户" is not of it).
 */
function otherSide(asked: string, before: string, task = ""): string | null {
  const named = URBAN_SIDE.test(asked) || RURAL_SIDE.test(asked) ? asked : task;
  const [u, r] = [URBAN_SIDE.test(named), RURAL_SIDE.test(named)];
  if (u === r) return null;
  const [mine, theirs] = u ? [URBAN_SIDE, RURAL_SIDE] : [RURAL_SIDE, URBAN_SIDE];
  return mine.test(before) ? null : theirs.exec(before)?.[0] ?? null;
}

/**
 * Words that put counted things before the state a target asks for: a reserve pool (储备, 后备, 培育库), an application
 * or a proposal (申报, 拟…), something awaiting a decision (待认定, 待验收…), readiness (具备开工条件), preparatory
 * formalities, an intention or talks (意向, 洽谈, 在谈), a contract or an agreement (合同利用外资 is not 实际利用外资).
 * 拟定/拟订 (drawn up) and 待遇 are not among them.
 */
/** A list of the things to work on: its count is of the work to do. */
const LISTED = /清单|名单|名录/;

const PENDING = /储备|后备|谋划|策划|培育库|培育企业|培育对象|培育入库|入库培育|申报|拟(?![定订])|待(?:认定|审核|审批|审定|评审|验收|确认|核实|核定|批复|入库|纳统|统计|公示|备案|开工|竣工|投产|落地|签约|改造|建设|种植|实施|安装|治理|整治|打通)|具备[^，,。；;]{0,6}条件|前期手续|前期工作|意向|洽谈|在谈|合同|协议/;

/** Right after a figure: a step done, then the finish planned in the next clause ("企业已完成股改，拟于明年完成"). */
const STEP_THEN_PLAN = /^[^，,。；;\d]{0,10}?已完成([^，,。；;\d]{1,8})[，,](?:拟|计划)(?:于)?[^，,。；;\d]{0,6}?完成(?=$|[，,。；;])/;

/** 前期 heading a name of projects (前期项目, 前期亿元以上产业项目): projects still in preparation. */
const PREPARING_PROJECTS = /前期(?=[^，,。；;\d]{0,10}项目)/;

/** Part of the things done, not all: 部分建成, 部分投用, 部分完工 (round 4). */
const PART_ACT = /部分(?:已经?)?(?:建成|完工|竣工|投用|投入使用|投产|交付|通过|完成|开工|运营|开业|认定)/;
/** The same act said of a part in the clause right after the figure ("，已部分竣工"). */
const PART_LATER = new RegExp(`^[^，,。；;]{0,4}[，,](?:目前|现)?(?:已经?)?(${PART_ACT.source})`);
/**
 * "新建公办幼儿园3所，已部分竣工": the next clause says part of them is done, and the figure's own clause says no act of
 * its own done (已, 建成, 全部 …): the figure is the things to do. "已建成…3所，部分已开园" keeps its own act.
 */
function partLater(a: Actual, p: Place | null, asked: string): string | null {
  if (!p || /已|建成|完工|竣工|全部|均/.test(`${p.before}${a.phrase}`)) return null;
  const m = PART_LATER.exec(p.after);
  return m && !asked.includes(m[1]) ? m[1] : null;
}
/** Right after a figure, its part that is the statistic or the confirmed count: "，其中入统30", "，目前已认定12" (round 4). */
const CONFIRMS = "(?:入统|纳统|纳入统计|入库|认定|备案|验收|核定|确认|登记|公示|(?:统计|入统)口径)+";
const CONFIRMED_PART = new RegExp(`^[^，,。；;]{0,4}[，,（(](?:但|但是)?(?:其中|目前|现|截至目前|实际)?(?:已经?|仅|只|实际)?(?:按)?(?:完成|通过)?(${CONFIRMS})[^\\d，,。；;]{0,6}?(\\d+(?:\\.\\d+)?)([^\\d，,。；;]{0,3})`);
const CONFIRMED_FIRST = new RegExp(`^[^，,。；;]{0,4}[，,](?:但|但是)?(?:其中|目前|现)(\\d+(?:\\.\\d+)?)([^\\d，,。；;]{0,3}?)(?:已经?|仅|只)(?:完成|通过)?(${CONFIRMS})`);
/** A target of new things (新增, 新建 …) and the words of an act or a period that make a count this year's (round 4). */
const NEW_ASKED = /新增|新建|新培育|新认定|新引进|新开工/;
const ACT_WORD = /新增|新建|建(?!有)|增加|净增|增设|建成|建设|完成|实现|累计|引进|招引|培育|认定|开工|投用|投产|投入|落地|竣工|完工|提供|设置|打造|改造|创建|签约|发放|达到|突破|吸纳|安置|转移|提升|扩大|新开|开设|开办|注册|登记|入库|纳统|通过|增长|上升|引育|发展|推出|布设|安装|铺设|种植|栽植|造林|治理|整治|修复|新(?:培育|认定|引进|开|签|改建|扩建)|已/;
const ACT_WORDS = new RegExp(ACT_WORD.source, "g");
/** Words before a figure that put the actual under it: 不到, 不足, 近, 接近, 将近. */
const UNDER = /(?:不到|不足|未到|未满|不满|接近|将近|逼近|近)$/;

/** Words saying a level is above the figure written (超过5天, 4%以上) or below it (低于85%, 不足3%). */
const ABOVE_BEFORE = /(?:^|[^不])(?:超过|超出|超|高于|多于|大于|突破|逾)$/;
const ABOVE_AFTER = /^(?:以上|之上|多)/;
const BELOW_BEFORE = /(?:(?:^|[^不])(?:低于|少于|小于)|不足|不到|未达到?|未满|不满)$/;
const BELOW_AFTER = /^(?:以下|之下)/;

/**
 * Hunt 13: the word that puts the level beyond the figure on the side the target forbids — above it for a ceiling
 * (控制在…以内, 压缩至…以内), below it for the floor of a level (达到85%) — or null. A running count under a floor may still
 * keep to schedule ("不足8000人" in September), so floors are read for levels only.
 */
function wrongSideBound(target: Judgement["target"], p: Place): string | null {
  // A decline (下降3%, a negative rate) is met by more of it: "下降超过3%" is on the target's side.
  if (lowerIsBetter(target)) return target.value < 0 ? null : ABOVE_BEFORE.exec(p.before)?.[0].replace(/^[^超高多大突逾]/, "") ?? ABOVE_AFTER.exec(p.after)?.[0] ?? null;
  if (target.kind === "level" && target.cmp !== "<" && target.cmp !== "<=") return BELOW_BEFORE.exec(p.before)?.[0].replace(/^[^低少小不未]/, "") ?? BELOW_AFTER.exec(p.after)?.[0] ?? null;
  return null;
}

/**
 * Two rates of one subject whose rate words share no character ("5G网络通达率" for 5G网络覆盖率): two metrics. 处理率 and
 * 治理率 share one and are left to the matcher.
 */
function otherRateWord(targetName: string, actualName: string): string | null {
  const rate = (x: string) => /([\u4e00-\u9fa5]{2})率$/.exec(canonicalMetric(x ?? ""))?.[1];
  const [t, f] = [rate(targetName), rate(actualName)];
  if (!t || !f || t === f || SAME_RATE.some((g) => g.includes(t) && g.includes(f))) return null;
  // Hunt 20: what can be done (网上可办率: the share of matters open online) is not what was done (网上办件率: the share of
  // cases handled online), though the words share 办.
  if (t.startsWith("可") !== f.startsWith("可")) return actualName;
  return [...f].some((c) => t.includes(c)) ? null : actualName;
}

/** Rate words that say the same: 完成率 and 办结率 of a list of matters, 覆盖率 and 普及率. */
const SAME_RATE: string[][] = ["完成办结落实执行兑现办理整改达成", "覆盖普及"].map((g) => g.match(/../g) ?? []);

/** A finish named right after a figure: 投用, 开学, 竣工, 并网 … (group 1: the words between). */
const FINISH_AFTER = /^[，,]?([^，,。；;]{0,16}?)(?:投用|投入使用|开学|竣工|建成|完工|交付|运营|开园|开放|招生|并网|通车|通水)/;

/**
 * The words of the figure's sentence after its own number and unit: a phrase may run on past them ("3所公办幼儿园将于9月
 * 开学投用"), where placeOf takes the last number as the figure's.
 */
function afterOwnFigure(a: Actual, s: string): string {
  const at = s.indexOf(a.phrase);
  const own = new RegExp(`\\d+(?:\\.\\d+)?\\s*${a.unit.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`).exec(a.phrase);
  if (at < 0 || !own) return "";
  const from = at + own.index + own[0].length;
  const stop = /[。；;！!？?]/.exec(s.slice(from));
  return foldText(s.slice(from, stop ? from + stop.index : s.length));
}

/**
 * Session 14: in the figure's own clause (no stop between), a time to come and then any act of completing: "300个停车位将于
 * 四季度完成", "3家机构年底前完成". A clause after a comma ("…，年底前完成全年目标") speaks of the rest, not of the figure;
 * a plan with no time ("25个计划新建项目中…") names a list, which roundQ's rule reads.
 */
const OWN_FINISH_LATER = /^[^，,。；;]{0,12}?(?:将|拟|计划|预计|力争|争取)?(?:于|在)?(?:年底前|年底|年末|年内|底前|下半年|[一二三四]季度|明年)[^，,。；;\d]{0,4}?(?:完成|新增|新建|实现|办结|建成|投用|落地|改造)/;

/** The words of a finish still to come after a figure ("年底前投入使用", "将于9月开学", "10月投用" at 30 June), or null. */
function finishLater(after: string, asOf: IsoDate | undefined): string | null {
  const own = OWN_FINISH_LATER.exec(after);
  if (own && !/已/.test(own[0])) return own[0];
  const m = FINISH_AFTER.exec(after);
  if (!m) return null;
  // In the next clause, a finish followed by a figure of its own ("，将开业运营2处") speaks of that figure.
  if (/^[，,]/.test(after) && /\d/.test(after.slice(m[0].length).split(/[，,。；;]/)[0])) return null;
  if (/已|均已|全部已/.test(m[1])) return null;
  if (/将|拟|计划|预计|可|目标|力争|争取|确保|年底|年内|下半年|底前|月前/.test(m[1])) return m[0];
  // A month after the date judged at is a matter of that date: without one, not said.
  const month = asOf ? /(\d{1,2})月/.exec(m[1]) : null;
  return month && asOf && Number(month[1]) > Number(asOf.slice(5, 7)) ? m[0] : null;
}

/** In the figure's own clause, the stage its things are at: "…目前处于竣工验收阶段", "正处于主体施工阶段". */
const AT_STAGE_AFTER = /^[^，,。；;\d]{0,12}?((?:目前|现)?(?:正|仍|尚)?处于[^，,。；;\d]{1,10}?阶段)/;

/** Right after a figure, in its sentence, its own share done: "，完成工程量的60%", "，已完成60%". */
const SHARE_AFTER = /^[^。；;\d]{0,6}?[，,](?:目前|现)?(?:分别|均|各)?(?:已经?)?(?:分别|均|各)?完成(?:了)?(?:[^，,。；;\d%]{0,8}?的)?(\d+(?:\.\d+)?)%/;
/** Right after a figure, in its sentence, the rate of an earlier stage of the work: "，开工率100%", "，签约率达90%". */
const STAGE_RATE_AFTER = /^[^。；;\d]{0,6}?[，,][^，,。；;\d]{0,8}?(开工|动工|签约|招标|招投标|设计|立项|拆迁|征收|征迁|进场|前期)(?:工作)?(?:完成)?率(?:达到?|为)?\d/;

/** Things renewed, not new: 重新认定, 复审, 复核, 续期, 换证, 续签. */
const RENEWED = /重新认定|复审|复核|续期|换证|续签|延续认定/;

/** Acts done to things, not the things made: 走访, 辅导, 服务, 遴选, 培训 … (服务业, 培训机构 are names; 推荐申报 is the application itself). */
// Round ab: 中心幼儿园, 中心小学, 中心校, 中心卫生院 are things of their own: 培训 before them is the act, not a 培训中心.
const SERVICE = /帮助|带动|促进|辅导|走访|遴选|帮扶|对接|调研|摸底|筛选|组织|动员|指导|服务(?![业中站机设体点型对])|培训(?!机构|基地|中心(?!幼儿园|小学|中学|学校|校|卫生院|医院))/;

/** Criteria met, not yet the state: 达到…标准, 符合…条件, 满足…要求. */
const READY = /(?:达到|符合|满足)[^，,。；;\d]{0,12}?(?:标准|条件|要求)/;

/**
 * The end of the target's name that the figure's name stops short of and its sentence never writes (村民小组 for
 * 村民小组通畅, the sentence saying 通达), or null. Act and stage words are no state ("已改造农村户厕" names 农村户厕 and the
 * act stands apart), nor are words that only restate a whole (工程, 项目, 任务 …) or name the measure (天数, …率, …量: "空气质量
 * 达到二级（良）及以上的天数" counts the 优良天数 in its own words).
 */
function unsaidTail(targetName: string, actualName: string, sentence: string): string | null {
  const x = canonicalMetric(targetName ?? "").replace(/\s+/g, "");
  const y = canonicalMetric(actualName ?? "").replace(/\s+/g, "");
  let head = 0;
  while (head < x.length && x[head] === y[head]) head++;
  // The figure's name is the things alone, or the things and a state it reached ("村民小组实现通达"); two characters are
  // as often the act alone ("组织25场" for 组织招聘会20场: the object elided, not a state left out).
  if (head < 3 || (head < y.length && !/^(?:实现|达到)/.test(y.slice(head)))) return null;
  const tail = x.slice(head);
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(tail) || ACT_WORD.test(tail) || /工程|项目|任务|数|率|量|面积|规模|建设|工作|行动/.test(tail)) return null;
  // The state said after 实现/达到 in the figure's own name, under the name's canonical form ("实现营业收入" is 实现营收).
  if (y.slice(head).replace(/^(?:实现|达到)/, "").startsWith(tail)) return null;
  return foldText(sentence).includes(tail) ? null : tail;
}

/** The target's name joined to another by 和, 及, 与, 、 in the figure's name: the figure counts both. */
function widerGroup(actualName: string, targetName: string): string | null {
  // Joiners inside words (和美, 普及, 参与) join nothing: hidden while the names are compared (../text/joiners.ts).
  const x = hideBoundJoiners(foldText(actualName ?? ""));
  const t = hideBoundJoiners(foldText(targetName ?? ""));
  if (t.length < 2 || x === t || !x.includes(t) || /和|及|与|、/.test(t)) return null;
  const rest = x.replace(t, "|");
  return /\|(?:和|及|与|、|以及)[\u4e00-\u9fa5\ue010-\ue012]{2,}|[\u4e00-\u9fa5\ue010-\ue012]{2,}(?:和|及|与|、|以及)\|/.test(rest) ? showBoundJoiners(x) : null;
}

/**
 * Another reading of the same level (same name, kind and unit, not a change, of the same period or a later or unstated
 * one) in the text that a ceiling or a floor would not allow: with two readings that disagree on the bound, the green
 * one cannot be taken alone.
 */
/** A place heading a run of figures: 防城区, 东兴市, 城关镇. */
const RUN_PLACE = /^([\u4e00-\u9fa5]{2,6}?(?:市|县|区|旗|镇|乡|街道))(?=[\u4e00-\u9fa5])/;
function otherPlaceRun(a: Actual, b: Actual): boolean {
  const x = RUN_PLACE.exec(a.phrase ?? "")?.[1];
  const y = RUN_PLACE.exec(b.phrase ?? "")?.[1];
  return !!x && !!y && x !== y;
}

function breakingReading(a: Actual, p: Place | null, s: string, raw: string, target: Judgement["target"]): Actual | null {
  if (target.cmp !== "<=" && target.cmp !== "<" && target.cmp !== ">=" && target.cmp !== ">") return null;
  const name = canonicalMetric(a.metric);
  const own = endMonth(a, p);
  // The raw text: the judge parsed it already, so its figures come from the memo.
  for (const b of parseActuals(raw).actuals) {
    if (b === a || b.phrase === a.phrase || b.kind !== a.kind || b.unit !== a.unit || b.explicitRatio !== undefined || CHANGE_BY.test(b.phrase)) continue;
    // An earlier period's reading ("一季度…6.2%" before "上半年…5.1%") is superseded, not in conflict.
    const theirs = endMonth(b, placeOf(b, s));
    if (own !== null && theirs !== null && theirs < own) continue;
    // "…5.2%，9月份5.8%": a name that is only a period is no other metric's (round 3).
    const bName = /^(?:\d{1,2}(?:-\d{1,2})?月(?:份|末|底)?|[一二三四]季度(?:末)?|上半年)$/.test(b.metric) ? "" : b.metric;
    if ((canonicalMetric(bName) !== name && bName) || b.base.unit !== target.base.unit) continue;
    // Round ah: a reading in another place's run of figures ("乙水区受理700件、办结690件、提速71.2%" beside 甲山县's) is that
    // place's, not another reading of this one's.
    if (otherPlaceRun(a, b)) continue;
    const [v, bound] = [b.base.value, target.base.value];
    const breaks = target.cmp === "<=" ? v > bound : target.cmp === "<" ? v >= bound : target.cmp === ">=" ? v < bound : v <= bound;
    if (breaks) return b;
  }
  return null;
}

/** A change verb right before the figure (下降3, 同比减少2.1): an amount moved by, not a level reached at (下降到30, 降至30). */
const CHANGE_BY = /(?:下降|减少|降低|增加|提高|上升|增长|回落|回升|减排|压减|削减|压缩|缩短|缩减|压降)了?(?:\d|[一二三四五六七八九十两]+(?:个|点))/;

/**
 * The report saying, in the figure's sentence, that the metric is behind schedule. "尚未完成年度目标" is not among them:
 * before the year ends that is true of work on schedule too.
 */
const BEHIND_SAID = /(?:预警|预警等级|预警级别)(?:为|是|达到)?(?:红色|橙色|一级|二级)|(?:红色|橙色)预警|(?:未|没有|尚未)(?:能)?(?:完成|达到|达)(?:时间|序时)(?:进度)?|(?:低于|滞后于?|落后于?|慢于)(?:时间|序时)(?:进度)?|进度(?:滞后|缓慢|偏慢)/;

/**
 * Early steps of works and programmes, each counted in the same units as the work (户, 个, 所 …), and the stages of
 * building works measured in the work's own units (路基 50公里 of a 50公里 road, 桩基 of 10万平方米 of workshops, 管材
 * 采购 for 30公里 of pipes): the length or area a stage reached is not the length or area built. 登记 is not one:
 * 新登记市场主体 are the new market entities; nor is 基础 alone (基础设施).
 */
// Round az: 征收 of dues (企业养老保险费, 社保费, 税) is the work itself, not the 征收 of land or houses before a work.
const EARLY_STEP = /(?:下达|下发|印发|发出|送达|发放)[^，,。；;\d]{0,8}?通知|签约|征收(?![^，,。；;\d]{0,8}?(?:保险费|社保费|保费|税))|鉴定|拆除|拆迁|选址|立项|招标|设计|批复|备案|评审|摸排|摸底|排查|入户调查|测量|测绘|公示|准备|筹备|筹建|意愿征集|征集|征询|方案|(?:下达|拨付)资金|资金(?:下达|拨付)|整地|地块|采购|进场施工|(?:已经?|均已|全部)进场|(?:^|[^完成竣])施工(?!完成|完毕|结束)|路基|桩基|土方|开挖|沟槽|基础(?:施工|工程|浇筑)|场地平整|清表|备料|封顶|水稳|底基层|垫层|主体(?:工程|结构|施工)?(?!完工后)|土建/;

/**
 * A word of `words` said of the figure — in its own clause, before it, in its phrase or right after it up to the next
 * stop — that the target does not use itself ("储备…30家" for 新增…, "已签约1200户" for 完成改造…).
 */
/**
 * Session 20: a physical step written straight before the target's own act, as one verb of two ("开挖疏浚干支渠41公里" for
 * 疏浚干支渠40公里, "拆除重建危房200户" for 重建危房): the first says how the act was done, the count is of the act. Not when
 * the act is itself a step, words stand between ("开挖干支渠41公里，疏浚20公里", "开挖后待疏浚"), or the step is of papers.
 */
function stepOfTheAct(words: string, step: string, metric: string, asked: string): boolean {
  const at = words.lastIndexOf(step);
  if (at < 0) return false;
  const act = words.slice(at + step.length, at + step.length + 2);
  // The act is the verb the target's name opens with (疏浚干支渠, 重建危房), not a word of its object: "筹建保障性住房" for
  // 开工建设保障性住房 shares the object only.
  // Only a physical step of the same works (digging, pulling down) is one verb with the act; a step of papers or money
  // before it (招标改造, 批复疏浚, 立项新建) is the step done for the act, not the act.
  return /^(?:开挖|拆除)$/.test(step) && WORK_ACT.test(act) && foldText(metric).startsWith(act) && !EARLY_STEP.test(act) && !asksFor(asked, step);
}

/** Verbs of the work done on a thing, which a step word may open as one verb of two (开挖疏浚, 拆除重建); never a noun (光伏, 保障). */
const WORK_ACT = /^(?:疏浚|清淤|重建|新建|改建|扩建|改造|整治|治理|加固|修缮|维修|硬化|铺设|安置|清理|修复|复垦)$/;

function ownClauseWord(words: RegExp, a: Actual, p: Place | null, target: string): string | null {
  if (!p) return null;
  const ownAfter = p.after.split(/[，,。；;！!？?]/)[0];
  const m = words.exec(`${p.before}${a.phrase}${ownAfter}`);
  return m && !asksFor(target, m[0]) ? m[0] : null;
}

/**
 * Whether a target asks for the words found: written as found, or every two-character word of them in any order
 * ("拨付民生工程资金23.6亿元" asks for 拨付资金, "资金拨付" too).
 */
function asksFor(target: string, found: string): boolean {
  if (target.includes(found)) return true;
  if (!/^[\u4e00-\u9fa5]{4}$/.test(found)) return false;
  return target.includes(found.slice(0, 2)) && target.includes(found.slice(2));
}

/** Words that make a statistic one of a part: firms above a size, towns or the countryside (groups of people: groupRate). */
const SUBSET_MARK = /规模以上|规上|限额以上|限上|城镇|农村|工业|户籍/g;
const SAME_MARK: Record<string, string> = { 规模以上: "规上", 限额以上: "限上" };
const marksOf = (text: string) => new Set([...text.matchAll(SUBSET_MARK)].map((m) => SAME_MARK[m[0]] ?? m[0]));

/**
 * A rate whose scope differs from the target's: the figure's name or a note right after it names a part the target does
 * not (限上, 城镇 …), or the target names a part of residents (城镇, 农村) the figure leaves out. 规上 for a target
 * without it is left alone: a county's 工业增加值 is measured on 规上 firms.
 */
function otherSubset(a: Actual, p: Place | null, target: string): string | null {
  const note = p ? (/^[（(]([^）)]{1,12})[）)]/.exec(p.after)?.[1] ?? "") : "";
  // "增长12%（剔除房地产开发投资）": a note that takes a part out.
  // The target that takes the same part out asks for that rate.
  if (/剔除|不含|不包括|扣除|除去/.test(note) && !target.includes(note.replace(/^(?:不含|不包括|剔除|扣除|除去)/, ""))) return `注明「${note}」`;
  const own = marksOf(`${a.metric}${note}`);
  const asked = marksOf(target);
  for (const m of own) if (m !== "规上" && !asked.has(m)) return `是「${m}」的数字`;
  // 城市 and 乡村 are not marks: "13个城市平均…" counts cities. A figure that names them (or 农民) still answers 城镇, 农村.
  for (const m of asked) if ((m === "城镇" || m === "农村") && !own.has(m) && !(m === "城镇" ? /城市/ : /乡村|农民/).test(a.metric)) return `没有写明「${m}」`;
  // Hunt 17: "社会消费品零售总额增长9%" for 限额以上单位消费品零售额: the whole's rate says nothing of the part above the quota.
  // (规上 is left: a county's 工业增加值 is measured on 规上 firms, so a 工业增加值 figure may well be theirs.)
  if (asked.has("限上") && !own.has("限上")) return "没有写明「限额以上」";
  return null;
}

/** A part named after 其中 in the figure's own sentence, up to its figure or its rate word. */
const PART_AFTER_WHOLE = /^[^。；;]{0,12}?其中[：:]?([\u4e00-\u9fa5]{2,16}?)(?=\d|增长|下降|达到|为|占)/;

/**
 * The part after 其中 that carries every character of the target's name where the figure's own name lacks some, and that
 * holds the figure's name too (so it is a part of that whole): "城镇新增就业" after "新增就业9000人" for 城镇就业. Null else.
 */
function partNamedAsTarget(target: string, own: string, after: string): string | null {
  const part = PART_AFTER_WHOLE.exec(after)?.[1];
  if (!part) return null;
  const holds = (name: string, chars: string) => [...chars].every((c) => name.includes(c));
  return holds(part, target) && !holds(own, target) && holds(part, own) ? part : null;
}

/** Acts at the front of a name: they say how the things came about, not which things (新培育, 引进, 建成 …). */
const ACT_FRONT = /^(?:新增|新建|新培育|培育|新引进|引进|招引|新认定|认定|建成|建设|完成|实现|打造|创建|新开工|开工|累计|新改建|改扩建)+/;
/** A period at the front of a name: "十一五"期间, 到2026年, 当年 — when, not which things. */
const PERIOD_FRONT = /^(?:(?:到|至)?(?:十[一二三四五六]五期间|十[一二三四五六]五|[一二三两四五六七八九十]年|年|期间|当年|今年|全年|年内))+/;

/** Classes of firms, each certified or listed by its own scheme. */
/**
 * The class of employment a name counts: 新增就业 (new jobs in towns), 再就业 (the unemployed placed again), 困难人员就业
 * (people hard to place), 转移就业 (rural labour moved out) — four counts a labour bureau reports side by side.
 */
function employmentClass(name: string): string | null {
  if (/再就业/.test(name)) return "再就业";
  if (/就业困难人员|困难人员(?:实现)?就业/.test(name)) return "困难人员就业";
  if (/转移就业|转移输出|劳动力转移/.test(name)) return "转移就业";
  if (/新增(?:城镇)?就业|(?:城镇)?新增就业/.test(name)) return "新增就业";
  return null;
}

/** Classes of land a rate of soil is of: 耕地 (farmland), and 地块 or 建设用地 (plots to build on). */
const LAND_CLASS = /耕地|地块|建设用地/;

/** Pollutants by their names and formulas, each written one way (PM2.5 and 细颗粒物 are one). */
const POLLUTANTS: readonly [string, RegExp][] = [
  ["PM2.5", /PM2\.?5|细颗粒物/i], ["PM10", /PM10|可吸入颗粒物/i], ["SO2", /二氧化硫|SO2/i], ["NOx", /氮氧化物|NOx/i],
  ["NO2", /二氧化氮|NO2/i], ["COD", /化学需氧量|COD/i], ["NH3", /氨氮/], ["TP", /总磷/], ["TN", /总氮/], ["O3", /臭氧|O3/i],
  ["CO", /一氧化碳/], ["VOCs", /挥发性有机物|VOCs?/i],
];

/** The pollutants a name speaks of, or null when it names none. */
function pollutantsOf(name: string): string | null {
  const found = POLLUTANTS.filter(([, re]) => re.test(name ?? "")).map(([key]) => key);
  return found.length ? found.join("+") : null;
}

/**
 * The grades of polluted days a name counts (轻 中 重 严), or null when it counts none: 重污染 is 重度 and 严重 together,
 * "中度及以上" every grade from 中度, 污染天数 or 超标天数 every grade.
 */
function pollutedGrades(name: string): string | null {
  const n = name ?? "";
  if (!/天数|天气|天$/.test(n)) return null;
  const up = /(轻|中|重)度(?:及以上|以上)/.exec(n);
  if (up) return "轻中重严".slice("轻中重".indexOf(up[1]));
  if (/严重污染/.test(n)) return "严";
  if (/重度污染/.test(n)) return "重";
  if (/重污染/.test(n)) return "重严";
  if (/中度污染/.test(n)) return "中";
  if (/轻度污染/.test(n)) return "轻";
  if (/(?:污染|超标)天数/.test(n) && !/优良|达标/.test(n)) return "轻中重严";
  return null;
}

const FIRM_CLASS = /高新技术企业|科技型中小企业|专精特新|小巨人|瞪羚企业|独角兽企业|上市(?:公司|企业)|规上(?:工业)?企业|龙头企业/;

/**
 * Two names of one head with qualifiers that share nothing ("青年人口调查失业率" and "城镇调查失业率", "农村居民人均可支配
 * 收入" and "城镇居民人均可支配收入"): two metrics, whatever their similarity. An abbreviation (婴幼儿成长驿站 for
 * 婴幼儿照护服务成长驿站) shares its qualifier and is not one. Returns the figure's name when they differ so.
 */
/** Words before a name that qualify nothing: periods, report words, places of the report itself. */
const NOT_QUALIFIER = /[^\u4e00-\u9fa5]+|(?:截[至止]|至)?\d{0,2}月[底末]?|已经?|累计|实际|完成|新增|新建|实现|全区|全市|年内|年度|全年|今年|以来/g;

// refusedGreen reads a figure twice (at the date, then as if green whatever the date), asking this each time of the same
// two names: a function of them alone, its last answer is kept (issue 17).
let qualifierNames: [string, string] | null = null;
let qualifierAnswer: string | null = null;
function otherQualifier(targetName: string, actualName: string): string | null {
  if (qualifierNames && qualifierNames[0] === targetName && qualifierNames[1] === actualName) return qualifierAnswer;
  qualifierAnswer = namesOtherQualifier(targetName, actualName);
  qualifierNames = [targetName, actualName];
  return qualifierAnswer;
}

function namesOtherQualifier(targetName: string, actualName: string): string | null {
  // "集体经济收入5万元以上村" for …10万元以上村: two thresholds of one class (canonical names drop the digits).
  const [tx, ty] = [threshold(targetName), threshold(actualName)];
  if (tx !== null && ty !== null && tx !== ty) return actualName;
  const x = bareName(targetName);
  const y = bareName(actualName);
  // Two classes of firms each certified by its own scheme never count each other, however alike their words
  // (高新技术企业 and 科技型中小企业 share 技).
  const [cx, cy] = [FIRM_CLASS.exec(x)?.[0], FIRM_CLASS.exec(y)?.[0]];
  if (cx && cy && cx !== cy) return actualName;
  // Hunt 13: two pollutants never answer each other, however alike their words (二氧化硫 and 氮氧化物 share 氧化), nor two
  // grades of polluted days (重度污染 is a part of 重污染, which is 重度 and 严重 together).
  const [px0, py0] = [pollutantsOf(targetName), pollutantsOf(actualName)];
  if (px0 && py0 && px0 !== py0) return actualName;
  const [gx, gy] = [pollutedGrades(targetName), pollutedGrades(actualName)];
  if (gx && gy && gx !== gy) return actualName;
  // Two sectors of the economy, or a sector and a part of another's ("生产性服务业增加值" for 第三产业增加值): never each other.
  const [sx, sy] = [sectorOf(x), sectorOf(y)];
  if (sx && sy && sx !== sy) return actualName;
  // Farmland and plots of building land are two classes of land, each with its own safe-use rate.
  const [lx, ly] = [LAND_CLASS.exec(targetName)?.[0], LAND_CLASS.exec(actualName)?.[0]];
  if (lx && ly && (lx === "耕地") !== (ly === "耕地")) return actualName;
  // Hunt 14: care given in an institution, in the community or at home (家庭养老床位 are beds set up in the old people's own
  // homes) are three settings counted apart.
  const [cx2, cy2] = [careSettingOf(targetName), careSettingOf(actualName)];
  if (cx2 && cy2 && cx2 !== cy2) return actualName;
  // Hunt 14: sections of water watched by the state, the province, the city or the county are different lists of sections.
  const [wx, wy] = [SECTION_GRADE.exec(targetName)?.[1], SECTION_GRADE.exec(actualName)?.[1]];
  if (wx && wy && wx !== wy) return actualName;
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  if (n < 2) return null;
  let px = x.slice(0, x.length - n).replace(NOT_QUALIFIER, "").replace(PERIOD_FRONT, "");
  let py = y.slice(0, y.length - n).replace(NOT_QUALIFIER, "").replace(PERIOD_FRONT, "");
  // "城镇居民人均工资性收入" for 城镇居民人均可支配收入 (round 3): the words both start with say nothing of the difference.
  let k = 0;
  while (k < px.length && k < py.length && px[k] === py[k]) k++;
  // Only short words after a long shared start: 可支配 and 工资性 (空气质量优良 and 空气质量达到二级标准的 say the same at length).
  if (k >= 4 && px.length - k <= 3 && py.length - k <= 3) [px, py] = [px.slice(k), py.slice(k)];
  // Hunt 14: after a shared head word (粮食, 农村, 每千人口), two words that share no two characters in a row and hold
  // neither the other ("播种" and "生产功能区", "生活污水" and "黑臭水体", "医疗卫生机构" and "养老") are two things.
  else if (k >= 2 && otherWords(px.slice(k), py.slice(k))) return actualName;
  if (px.length < 2 || py.length < 2) return null;
  // "林木覆盖率" for 森林覆盖率 (round 4): two two-character words sharing one character in another place (森林, 林木) are
  // two words, not one written two ways (城镇 and 城市 share theirs in the same place and are left to the matcher).
  if (px.length === 2 && py.length === 2 && px !== py) {
    const shared = [...px].filter((c) => py.includes(c));
    // The figure's word starting with it is another compound; ending with it, a kind of the target's thing (夏粮 of 粮食).
    if (shared.length === 1 && px.indexOf(shared[0]) === 1 && py.indexOf(shared[0]) === 0) return actualName;
  }
  for (const c of px) if (py.includes(c)) return null;
  return actualName;
}

/** Names of care for the old or the young, and the settings it is given in. */
const CARE = /养老|托育|照护|托位/;
const CARE_SETTING = /机构|家庭|居家|社区/;
/**
 * The setting of a name of care, the one nearest its noun ("社区嵌入式养老机构床位" is an institution's bed, placed in a
 * community); 居家 and 家庭 are one setting (the home). Null for a name of no care or no setting.
 */
function careSettingOf(name: string): string | null {
  if (!CARE.test(name)) return null;
  const all = name.match(new RegExp(CARE_SETTING.source, "g"));
  const last = all ? all[all.length - 1] : null;
  return last === "居家" ? "家庭" : last;
}

/** The level of government that watches a water section: 国控, 省控 (or 省考), 市控, 县控. */
const SECTION_GRADE = /([国省市县区])(?:控|考)(?:断面|站|点位)?/;

/**
 * Two qualifying words of two to six characters each that hold neither the other nor any two characters of it in a row.
 * A phrase that describes ("达到二级（良）及以上的" for 优良) says the same thing at length and is no other word.
 */
function otherWords(rx: string, ry: string): boolean {
  if (rx.length < 2 || ry.length < 2 || rx.length > 6 || ry.length > 6 || rx.includes(ry) || ry.includes(rx)) return false;
  if (/的|以上|以下|达到|及/.test(rx + ry)) return false;
  for (let i = 0; i + 2 <= rx.length; i++) if (ry.includes(rx.slice(i, i + 2))) return false;
  return true;
}

/**
 * Session 19: "工业技改投资增长12%" for 工业投资增长10%, "农村居民人均经营净收入" for 农村居民人均净收入: the figure's name is the
 * target's with one run of two or more characters put inside it — a part of the target's things, whose growth says nothing
 * of the whole's.
 * Growth only: a count of a part is at least part of the whole, and names of amounts and levels are written with
 * words put in that change nothing (种养面积 and 新增种养面积).
 */
function partGrowth(targetName: string, actualName: string): string | null {
  const x = sameTimeWord(bareName(targetName));
  const y = sameTimeWord(bareName(actualName));
  if (x.length < 2 || y.length < x.length + 2) return null;
  let head = 0;
  while (head < x.length && x[head] === y[head]) head++;
  const tail = x.length - head;
  // Put inside the name only: words before it are the reporter's subject or scope as often as a part (全体居民, 招商引资…).
  if (head < 2 || tail < 2 || y.slice(y.length - tail) !== x.slice(head)) return null;
  // Hunt 13: words that say the whole of a process or an average (全流程, 整体, 平均) name no part of it.
  const put = y.slice(head, y.length - tail).replace(NOT_QUALIFIER, "").replace(PERIOD_FRONT, "").replace(/全流程|全过程|全链条|整体|总体|平均/g, "");
  return put.length >= 2 ? put : null;
}

/** Words that end a name of a group of people: 职工, 居民, 人群, 脱贫人口, 困难群众, 老年人, 学生 … */
const PEOPLE_GROUP = /(?:人口|人群|人员|群众|职工|居民|老年人|老人|儿童|青少年|学生|农民工?|妇女|孕产妇|产妇|婴幼儿|新生儿|残疾人|患者|对象|群体|家庭|户)$/;
/** The same words opening a rate's name ("学生体质健康达标率"): a word put before them narrows the people (初中学生). */
const PEOPLE_HEAD = /^(?:人口|人群|人员|群众|职工|居民|老年人|老人|儿童|青少年|学生|农民工?|妇女|孕产妇|产妇|婴幼儿|新生儿|残疾人|患者)/;
/** Words that make a group the whole population a rate is of (常住人口, 全体居民, 在校学生), not a part of it. */
const WHOLE_POPULATION = /^(?:常住|全体|全部|全|辖区|户籍|在校|适龄)/;

/**
 * Hunt 14: the group of people a rate's figure is of when the target's rate is of all the people or of another group
 * ("企业职工" of 企业职工基本养老保险参保率 for 基本养老保险参保率, "脱贫人口" of 脱贫人口家庭医生签约率 for 重点人群…, "初中学生"
 * of 初中学生体质健康达标率 for 学生体质健康达标率), or null: a rate (率, 比例, 占比) of one group says nothing of the whole's
 * rate nor of another group's, unlike a count of a part.
 */
function groupRate(targetName: string, actualName: string): string | null {
  const x = bareName(targetName);
  const y = bareName(actualName);
  if (!/(?:率|比例|占比)$/.test(x)) return null;
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  if (n < 3 || n === y.length) return null;
  const shared = x.slice(x.length - n);
  const clean = (w: string) => w.replace(NOT_QUALIFIER, "").replace(PERIOD_FRONT, "");
  const [own, asked] = [clean(y.slice(0, y.length - n)), clean(x.slice(0, x.length - n))];
  if (own.length < 2 || own === asked || WHOLE_POPULATION.test(own)) return null;
  const head = PEOPLE_HEAD.exec(shared)?.[0];
  if (head && !asked) return `${own}${head}`;
  return PEOPLE_GROUP.test(own) && (!asked || PEOPLE_GROUP.test(asked)) ? own : null;
}

/**
 * Hunt 15: a procedure's 时间, 时限 and 办理时限 are one measure as reports write it ("抵押登记时限缩短至3个工作日" for
 * 登记办理时限), so a kind or a part put inside one name is found against the other.
 */
function sameTimeWord(name: string): string {
  return name.replace(/时间/g, "时限").replace(/办理时限/g, "时限");
}

/**
 * Hunt 13: the words after the whole name of a ceiling's measure that name a kind of it ("…办理时限一般登记", "…时限
 * 抵押登记"), or null: words of the report (为, 同比, 平均, 全年 …) are none.
 */
function kindAfterName(targetName: string, actualName: string): string | null {
  const x = sameTimeWord(bareName(targetName));
  const y = sameTimeWord(bareName(actualName));
  if (x.length < 2 || !y.startsWith(x)) return null;
  const rest = y.slice(x.length).replace(NOT_QUALIFIER, "").replace(/全流程|全过程|整体|总体|平均|同比|均|分别|为|是|已|达到|控制在|保持在|稳定在|下降|压缩|缩短|降至|降到|以内|以下|左右|低于|不超过|不高于|不到|不足|超过|高于|以上/g, "");
  return /^[\u4e00-\u9fa5]{2,}$/.test(rest) ? rest : null;
}

/**
 * Words that put things in a narrower class than the same noun alone — one list for every rule on a dropped qualifier
 * (hunt 7 joins hunt 5's classes and the dropped-qualifier words): a size or a level (亿元以上, 规上, 限上, 国家级, 省级,
 * 高标准, a grade in letters such as 5G), a rank or a quality (重点, 高层次, 专精特新 …), an owner (公办, 国有 …), a public
 * or inclusive class (公共, 普惠), the countryside or the community (农村, 社区). Names such as 城市书房 or 民生工程 are not
 * narrower classes, only names. `written`: the ways reports write it; `name`: how it stands in a canonical name (规模以上
 * is 规上, 亿元以上 is 亿; null: not in names, digits are dropped there); `sentence`: a class of size or level, which a
 * count's or an amount's own sentence must say (a report names such classes where it gives the figure).
 */
interface Qualifier { written: RegExp; name: RegExp | null; sentence: boolean }
const qualifier = (written: RegExp, sentence = false, name: RegExp | null = written): Qualifier => ({ written, name: name && new RegExp(name.source, "g"), sentence });
/**
 * A clause of what is only planned ("拟于明年上市", "计划新建…"), applied for or awaiting a decision ("正在申报示范", "待评定为
 * 公办", "争创…", session 14): a narrowing word said there is not said of a result.
 */
const PLANNED_CLAUSE = /(?:拟|计划|预计|力争|争取|有望|将(?!近)|准备|正在申报|申报|申请|争创|待(?:评定|认定|命名|审批|验收|批复))[^，,。；;]*/g;
const QUALIFIERS: readonly Qualifier[] = [
  qualifier(/(?:亿元|千万元|万元|亿|千万)及?以上(?=[\u4e00-\u9fa5])|过亿|超亿|亿元(?=项目)/, true, /千万|亿/),
  qualifier(/规上|规模以上|入规|升规|上规|进规|纳统/, true), qualifier(/限上|限额以上|入限/, true), qualifier(/国家级|国家(?=高新技术企业)/, true, /国家级/), qualifier(/省级/, true), qualifier(/高标准/, true),
  // A generation or a grade written in letters (5G, 4A级): the same token must be said (4G is no 5G).
  qualifier(/\d+[A-Za-z]+/, true, null),
  // A type named by 型 (护理型床位, 科技型企业, 外向型): a class of the things, as the listed words are.
  qualifier(/[\u4e00-\u9fa5]{2}型/),
  ...["市级", "县级", "区级", "大中型", "高层次", "高新技术", "高水平", "高端", "重点", "重大", "龙头", "骨干", "专精特新", "公办", "民办", "国有", "民营", "农村", "乡村", "普惠", "公共", "示范", "智慧", "困难", "城区", "老旧", "适老化", "无障碍", "发明", "绿色", "标准化", "农贸", "社区", "省属", "市属", "县属", "区属", "旗属", "上市", "挂牌", "及时", "按时", "设施"]
    .map((w) => qualifier(new RegExp(w))),
];

/** A threshold a name counts things above or below ("10万元以上村" → 100000), in its base unit; null when it has none. */
const THRESHOLD = /(\d+(?:\.\d+)?)(千|万|亿)?(?:元|亩|平方米|吨|人|户|千瓦)?(?:及)?(?:以上|以下)/;
function threshold(name: string): number | null {
  const m = THRESHOLD.exec(foldText(name));
  if (!m) return null;
  const scale = m[2] === "亿" ? 1e8 : m[2] === "万" ? 1e4 : m[2] === "千" ? 1e3 : 1;
  return Math.round(Number(m[1]) * scale * 100) / 100;
}

/** A name without its act in front, in canonical form: where two names are set side by side for a dropped qualifier. */
const bareName = (metric: string) => canonicalMetric(metric).replace(/\s+/g, "").replace(ACT_FRONT, "");

/**
 * The word narrowing the target's things that the figure leaves out, or null. Two ways, one list: a class of size or level
 * of a count or an amount target ("新开工项目35个" for 新开工亿元以上项目) not said in the figure's own sentence; and any
 * word of the list that the figure's name lacks where it is otherwise the target's name ("人才" for 高层次人才, "5亿元以上
 * 项目" for 5亿元以上重大项目) and that the report never says ("在7所公办幼儿园开设托班，新增托额140个" keeps it).
 */
function droppedQualifier(j: Judgement, a: Actual, p: Place | null, s: string): string | null {
  const asked = `${j.target.metric}${j.target.phrase}`;
  const clause = p && (j.target.kind === "count" || isCumulative(j.target)) ? `${p.lead}${a.phrase}${p.after.split(/[，,。；;]/)[0]}` : null;
  const x = j.target.metric && a.metric ? bareName(j.target.metric) : "";
  const y = x ? bareName(a.metric) : "";
  // "已完成改造30个" in the row of 老旧小区改造: a figure naming only the act leaves the thing to the task, so it drops no word.
  const named = y.length >= 2 && x !== y && y.replace(ACT_WORDS, "") !== "";
  let said: string | null = null;
  // A word said only in what is planned ("…，拟于明年上市") is not said of a result; hunt 11: nor one said of other things.
  const unsaid = (w: string) => !saidOfThem(w, (said ??= foldText(s).replace(PLANNED_CLAUSE, "")), a, p, y, x);
  // Round v: a stage of a programme's projects (续建项目, 新开工项目 …) the figure's clause does not name.
  if (clause !== null)
    for (const [stage, words] of PROJECT_STAGES) {
      const m = stage.exec(asked);
      if (m && !words.test(clause)) return m[0];
    }
  // Hunt 11: "改造户厕" for 农村户厕改造: the act may stand after the noun in one name and before it in the other.
  const acts = (n: string) => n.replace(ACT_BACK, "").replace(ACT_LEAD, "");
  const [xe, ye] = x.endsWith(y) ? [x, y] : [acts(x), acts(y)];
  const ends = ye.length >= 2 && xe !== ye && xe.endsWith(ye);
  // "示范村24个" for 农村改厕示范村: villages are the countryside's, so a name of villages says 农村 (not 城中村, the city's).
  const rural = /村/.test(y.replace(/城中村|农村|乡村/g, ""));
  for (const q of QUALIFIERS) {
    if (rural && /^(?:农村|乡村)$/.test(q.written.source)) continue;
    if (q.sentence && clause !== null) {
      const m = q.written.exec(asked);
      if (m && (q.name ? !q.written.test(clause) : !clause.toUpperCase().includes(m[0].toUpperCase()))) return m[0];
    }
    if (!named || !q.name) continue;
    if (ends) {
      for (const m of xe.slice(0, xe.length - ye.length).matchAll(q.name)) if (!ye.includes(m[0]) && unsaid(m[0])) return m[0];
      continue;
    }
    // The word left out inside the name (hunt 6): "5亿元以上项目" for 5亿元以上重大项目, "公办托育机构" for 公办普惠托育机构.
    for (const m of x.matchAll(q.name)) if (m.index > 0 && `${x.slice(0, m.index)}${x.slice(m.index + m[0].length)}` === y && unsaid(m[0])) return m[0];
  }
  // Session 16: any word the figure's name leaves out of the target's, in front or inside ("公园" for 口袋公园, "城市道路" for
  // 城市主干道路, "农村供水工程" for 农村集中供水工程), names a wider group, whether or not the list knows the word; a scope
  // word reports of the same statistic drop (城市, 全区 …) and filler (的, 项目, 工程) do not narrow.
  // Only a count's plain noun word: names of amounts and rates carry subjects and periods a sentence says elsewhere.
  const inner = named && j.target.kind === "count" ? leftOut(x, y) : null;
  // A head left out is another thing whatever else the report says (新增绿地面积 beside 新建公园3处), unless it names the
  // target's thing in full.
  const head = named && !inner && j.target.kind === "count" ? headLeftOut(x, y) : null;
  const gap = inner ?? (head && !foldText(s).includes(`${y}${head}`) ? head : null);
  if (rural && gap && /^(?:农村|乡村)$/.test(gap)) return null;
  // Only a name ending in a thing ("公园" for 口袋公园): one ending in an act ("评级授信" for 贫困农户评级授信, "村整治" for 村人居
  // 环境整治) leaves the thing to the task, as a figure naming only its act does.
  // "50个项目中38个…" for 村道项目: a bare 项目 or 工程 points back to the task's own.
  return gap && THING_END.test(y) && !/^(?:项目|工程)$/.test(y.replace(ACT_WORDS, "")) && /^[\u4e00-\u9fff]{2,4}$/.test(gap) && !ACT_WORD.test(gap) && !/[年月]/.test(gap) && !SCOPE_OR_FILLER.test(gap) && (gap === head || unsaid(gap)) ? gap : null;
}

/** Acts that may close a name after its noun ("户厕改造", "公路提质改造"): set aside where two names are compared. */
const ACT_BACK = /(?:新建|新改建|改扩建|改造|提质|提升|建设|建成|整治|治理|修缮|维修|完成)+$/;
const ACT_LEAD = new RegExp(`^${ACT_BACK.source.slice(0, -1)}`);

/**
 * Hunt 11: whether a narrowing word is said of the figure's things — in the figure's own clause (with the clauses after it
 * that speak of the same things: "…4所，均为公办"), or in a clause whose words from it on share a character with the
 * figure's noun or the rest of the target's ("农村改厕扎实推进，新建户厕520户", "已完成农村劳动力摸底调查，新增转移就业…").
 * Said of other things ("农村公路改造30公里，新建户厕520户") or not at all, it does not narrow the figure. A figure naming no
 * thing of its own (投资) keeps the sentence's subject. `said`: the report, folded, plans left out.
 */
function saidOfThem(w: string, said: string, a: Actual, p: Place | null, figureName: string, targetName: string): boolean {
  if (!canonicalMetric(said).includes(w)) return false;
  const noun = figureName.replace(ACT_WORDS, "").replace(/项目|工程/g, "");
  // A figure whose clause names no thing of its own ("…，完成投资53亿元") is said of the sentence's subject, wherever it is.
  if (!p || !noun || !THING_END.test(noun)) return true;
  const [rest, ...next] = p.after.split(/\d/)[0].split(/[，,]/);
  // Clauses that go on about the figure's things (均, 全部, 分别 …); not a 其中 clause, which names a part of them: "新增学位1500个，
  // 其中公办学位900个" says 公办 of the 900, not of the 1500.
  const referring = next.filter((c, i) => next.slice(0, i + 1).every((d) => /^(?:均|全部|都|皆|且|并|分别)/.test(d)));
  if (canonicalMetric(foldText(`${p.before}${a.phrase}${rest.split(/[。；;]/)[0]}${referring.join("")}`)).includes(w)) return true;
  const theirs = `${noun}${targetName.replace(w, "").replace(ACT_WORDS, "")}`;
  return said.split(/[，,。；;：:！!？?]/).some((raw) => {
    // A part named after 其中 or in a bracketed 含… is not the figure's whole.
    const c = canonicalMetric(raw.replace(/[（(](?:含|其中|包括)[^）)]*[）)]/g, "").replace(/^其中.*$/, ""));
    const at = c.indexOf(w);
    return at >= 0 && [...c.slice(at)].some((ch) => /[\u4e00-\u9fff]/.test(ch) && theirs.includes(ch));
  });
}

/** The last character of a name of things built or counted (园, 路, 校 …), not of an act done to them. */
const THING_END = /[园路校站所院场馆厂房桩点区村厕池网线道桥田林楼店室堂心家业目舍厅仓库程位]$/;

/** Scope words and filler a name may drop without widening what it counts. */
const SCOPE_OR_FILLER = /^(?:(?:城市|城镇|城乡|国际|全区|全市|全县|全省|全镇|全乡|全旗|我区|我县|我市|本区|本县|本市|区域|年度|全年|今年|当年|本年|民生)|的|项目|工程|工作|建设|任务|服务|个|项|处|类|等|各类|各项|新|总)+$/;

/**
 * The end of the target's name after the figure's, when the figure's name sits inside it ("公园" in 城市公园绿地): what the
 * target counts is named by that end (绿地), not by the figure's. A measure word (面积, 数量 …) at the end names no other thing.
 */
function headLeftOut(x: string, y: string): string | null {
  const at = y.length >= 2 ? x.indexOf(y) : -1;
  if (at < 0 || at + y.length === x.length) return null;
  const tail = x.slice(at + y.length);
  return /^(?:面积|数量|规模|总量|长度|里程|个数|户数|人数|容量|产能|产量|数|量|率|建设|项目|工程)$/.test(tail) ? null : tail;
}

/** The one run of the target's name the figure's leaves out (x = front + gap + back, y = front + back), or null. */
function leftOut(x: string, y: string): string | null {
  if (y.length < 2 || y.length >= x.length) return null;
  let front = 0;
  while (front < y.length && x[front] === y[front]) front++;
  let back = 0;
  while (back < y.length - front && x[x.length - 1 - back] === y[y.length - 1 - back]) back++;
  if (front + back !== y.length || back < 2) return null;
  const gap = x.slice(front, x.length - back);
  return gap.length >= 2 ? gap : null;
}

/**
 * A share of a part or a step of the task, not of the task (round 2): "一期工程完成率100%", "子项目完成率100%", "招标工作
 * 完成率100%" for 完成河道综合整治工程. Such shares are left out of the task's own shares, unless the task names that part.
 */
const PART_SHARE = /[一二三四五六七八九十\d]期|首批|第[一二三四五六七八九十\d]+(?:批|阶段|期|标段)|批次|子项|点位|阶段|节点|试点|方案|手续|前期|设计|招标|招投标|立项|资金|拨付/;

export function withoutPartShares(actuals: Actual[], taskText: string): Actual[] {
  if (!actuals.some((a) => a.explicitRatio !== undefined)) return actuals;
  const task = foldText(taskText ?? "");
  return actuals.filter((a) => {
    if (a.explicitRatio === undefined) return true;
    const part = PART_SHARE.exec(foldText(a.metric));
    if (part && !task.includes(part[0])) return false;
    // Hunt 12: whatever else the share's name names beside the task's own words is a part ("主体工程完成率100%" for 建成…).
    return !shareOfAPart(a.metric, task);
  });
}

/**
 * Words that say only part of the work is done, against a typed 已完成 (round 2): 基本完成, 部分完成, 剩余, 扫尾, a share
 * under 100% ("已完成80%", "完成年度任务的60%"). The words, or null.
 */
const PARTLY_DONE = /基本完成|部分完成|大部分|剩余|扫尾|收尾|尚余|余下|(?:已经?|累计)?完成(?:了)?(?:[^，,。；;\d%]{0,10}?的)?(\d+(?:\.\d+)?)%/;
/** A finish still planned: "计划10月底完成", "预计年底竣工". */
const PLANNED_DONE = /(?:计划|预计|拟|将|力争|争取|确保|有望)(?:于|在)?[^，,。；;]{0,10}?(?:完成|完工|竣工|建成|投用|办结)/;
/** Only a step or a start reported: "已完成立项和招标", "项目已开工建设". */
const STEP_ONLY = /已经?(?:全部)?(?:完成|办理)(?:了)?(?:项目)?(?:立项|招标|招投标|施工图|设计|可研|批复|选址|签约|前期|手续|方案|规划|征地|拆迁|评审)|已(?:经)?(?:开工|动工|进场)|开工建设|进场施工/;

export function partlyDone(text: string): string | null {
  const t = foldText(text ?? "");
  const m = PARTLY_DONE.exec(t);
  if (m && (m[1] === undefined || Number(m[1]) < 100)) return m[0];
  // A plan or a step is no finish, unless the text also says the works are finished.
  if (/(?:已经?|均已|全部|全面)(?:竣工|完工|建成|投用|投入使用|交付|验收)/.test(t)) return null;
  return PLANNED_DONE.exec(t)?.[0] ?? STEP_ONLY.exec(t)?.[0] ?? null;
}

/**
 * A typed 序时推进 with the text's own share of the year's task below 序时进度 ("已完成年度任务的30%" at 30 June): the
 * share says how far the work is. The words, or null.
 */
export function typedShareLags(ratios: readonly number[], expected: number, yellow: number): string | null {
  if (!ratios.length) return null;
  const low = Math.min(...ratios);
  return low < expected * yellow ? `完成${Math.round(low * 1000) / 10}%` : null;
}
