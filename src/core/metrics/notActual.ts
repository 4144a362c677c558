import { differenceFromLastYear, measuredAverageStandard } from "./formsAZ";
import { LastIndex, firstMatchEnd } from "./scan";
import { candidatesForRecognition, handedDownAs } from "./formsAY";
import { changeAgainstLastYear } from "./formsBA";
import { arrangedProjects, excessOverPlan, requiredAct } from "./formsF3";

/** Progress texts mix what was done with what is planned, compared or left: these words tell them apart. */

const EARLIER_PERIOD = /(较|比)(一季度|二季度|三季度|上季度|上半年|前三季度|上月|上个月|年初|前期|去年底|上年底|\d{1,2}-\d{1,2}月|\d{1,2}月)[^，。；]{0,6}$/;
/** An increase since the year began: 比年初新增, 较年初净增, 比年初增加, and since last year's end (较上年末净增, 比去年底新增). */
const SINCE_YEAR_START = /(?:较|比)(?:年初|上年末|上年底|去年末|去年底)(?:净)?(?:新增|增加|净增)(?:了)?$/;
const REMAINING = /(其余|剩余|余下|剩下|尚有|还有|仍有|还差|尚差|仍差|还剩|尚缺|未完成|未达到|未达|尚未|未(?:按期)?(?:开工|复工|开复工|竣工|完工|建成|投产)|正在办理)[^，。；]{0,4}$/;
/** A count of households right before a count of people ("992户3925人"): one group counted twice, so the people share its standing. */
const HOUSEHOLDS_BEFORE_PEOPLE = /\d+(?:\.\d+)?万?户$/;
/** Right after a count: the things not yet started or finished ("另有4个未开工", "3项尚未完成"); not a note in brackets about a part ("320个（其中含未完工20个）"). */
// The words between may be the things' own name ("10所学校改造均未完工"); 未能/没有 deny as 未 does.
// Fields pass 3: also things put off or not settled ("2项因政策调整暂不实施", "1项待确定", "3个暂缓实施").
const REMAINING_AFTER = /^(?:[^，,。；;、\d(（]{0,8}?(?:未能|没有|没|未)(?:按期|按时|如期|全部|完全)?(?:开工|复工|开复工|竣工|完工|建成|投产|完成|启动|实施|投用|交付|验收)|[^，,。；;、\d(（]{0,8}?(?:暂不|暂缓|暂停)(?:实施|建设|开工|推进|执行)|待确定|待定(?![点向])|尚未确定)/;
/** What a figure is compared with: another place, an average, the target or 序时进度. */
const COMPARE_BASE = "(?:全[市省国区县州盟旗镇]|全国|全省|平均水平|平均|全年目标|年度目标|目标|序时进度|序时|时序进度|时序|时间进度|均衡进度|计划进度|(?:全年|年度)?(?:投资)?计划|预期)";
const COMPARISON = new RegExp(
  `((?:高于|低于|快于|慢于|高出|低出|领先|超出|超过|超|落后于?|(?:^|[^同环])比|较)${COMPARE_BASE}[^，。；]{0,10}|(?:序时进度?|时序进度?|时间进度|均衡进度)[^，。；]{0,6}|(?:收窄(?![至到])|扩大)[^，。；]{0,2})$`,
);
/** "两年平均增长6.0%", "三年平均增长5%" in a report: a change averaged over years, beside the period's own. */
const SEVERAL_YEAR_AVERAGE = /(?:两|二|三|四|五|[2-5])年(?:平均|年均)(?:增长|增速|增幅|下降|回落)?(?:为|达)?$/;
/** "比2019年同期增长20.13%": a change against a named earlier year is a comparison, not this year's growth. */
const AGAINST_NAMED_YEAR = /((?:^|[^同环])比|较)(?:19|20)\d\d年(?:同期)?[^，。；\d]{0,4}$/;
/**
 * Round ah: "2014年全市万元GDP能耗1.0032吨标准煤，较2013年下降5.55%": against the year just before the figure's own year (named
 * earlier in the sentence) the change is the year's own, as 比上年 is; against any other year it stays a comparison.
 */
function againstYearBefore(sentenceBefore: string, clauseBefore: string): boolean {
  const against = /(?:比|较)((?:19|20)\d\d)年/.exec(clauseBefore);
  if (!against) return false;
  const own = sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length).match(/(?:^|[^比较\d])((?:19|20)\d\d)年(?!同期|以来|底|末)/g);
  const year = own ? Number(/((?:19|20)\d\d)年/.exec(own[own.length - 1])?.[1]) : NaN;
  return year === Number(against[1]) + 1;
}

/**
 * "比上年增产0.94亿斤", "比去年多3家", "比上年同期的73.79亿元多1.54亿元": a change from last year in the unit of the level is a
 * difference, not the level (last year's level may be named between).
 */
const CHANGE_FROM_LAST_YEAR = /((?:^|[^同环])比|较)(上年|去年|上年同期|去年同期)(?:的\d+(?:\.\d+)?[^，。；\d]{1,3})?[^，。；]{0,2}(增产|减产|增加|减少|多|少|增收|减收)$/;
// 可达, 可实现 say what is expected ("新增就业可达5200人"), as 有望 does (可望 is read as a hope by the judge).
// Round ag: 规划 named as a document that exists ("规划纲要得到落实", "规划获批", "规划编制完成") forecasts nothing.
const FORECAST = /(预计|预期|预测|有望|可(?=达|实现|突破|超过)|(?:全年|年度|年)?计划|拟|准备(?=动工|开工|实施|建设|启动)|将于|将在|将要|将(?![近军至其])|届时|力争|目标为|规划(?!纲要|编制|获批|批复|修编|得到|已|通过|印发|出台))/g;
/**
 * 计划 after a count, a share or a report word ("3个计划", "占年度计划", "完成全年计划", "按计划") is no forecast, nor the
 * base of a comparison ("比年度计划高45.3个百分点", "与年度计划持平"). 预计/预期 after a share or comparison word name the
 * plan a figure is measured against ("占年度预计投资的90.54%", "完成全年预期目标的52%"), not a forecast.
 */
const NOT_A_PLAN = /(?:\d(?:个|项|家|所|处|件|条|座)|占|完成|为|超|按|的|比|较|与|同|对照)(?:全年|年度|年)?$/;
/**
 * "计划新开工项目157项累计完成101.97亿元": 计划 before a stage and 项目 names a kind of project when that kind's own count
 * comes first and the figure later; the count itself ("计划新开工项目30个") stays the plan it was.
 */
const PLANNED_KIND = /^(?:新)?(?:开工|竣工|投产|建成|完工|续建)(?:的)?(?:重点|建设)?(?:项目|工程)\d+(?:\.\d+)?[个项宗批][^，,。；;]*\D$/;
/** "年度计划完成率49.83%", "年计划投资完成率58.8%": the plan is the base of a completion rate, not a forecast. */
const RATE_OF_PLAN = /^(?:投资)?完成率/;
/**
 * Round al: "占“三年行动计划”的102%", "为年度计划的96%": a plan written right before 的N% (a closing quote between) is the base
 * of a share, however many words (三年行动) stand between it and 占/为; the figures after it are reports, not the plan's.
 */
const SHARE_BASE_AFTER = /^[”"’』」]?(?:数|任务)?的\d+(?:\.\d+)?%/;
/** "达年度计划的97.7%", "达到全年计划": 达 before the year's own plan names the base of a share (round y); 达计划 alone does not. */
const SHARE_OF_YEAR_PLAN = (word: string, before: string) => /达到?(?:全年|年度|本年|今年|年)$/.test(before + word.replace(/计划$/, ""));
const NOT_A_FORECAST = /(?:占|完成|为|达|比|较|与|对照)(?:全年|年度|本年|今年|年)?$/;

/**
 * Where the last forecast word of `s` ends, -1 when none. A 计划 that NOT_A_PLAN rejects is skipped and the search goes
 * on one character later, as a lookbehind would (written without one, so the pane loads on Chromium older than 62).
 */
function lastForecastEnd(s: string): number {
  FORECAST.lastIndex = 0;
  let idx = -1;
  let m: RegExpExecArray | null;
  while ((m = FORECAST.exec(s))) {
    const before = s.slice(Math.max(0, m.index - 8), m.index);
    // Round ac: a note in brackets right after a figure ("增长7%（预计）") marks that figure alone (forecastNoteAfter);
    // the figures after it are reports unless the note says 下同.
    if (/[（(](?:据)?(?:初步)?$/.test(before) && OWN_NOTE_TAIL.test(s.slice(m.index + m[0].length))) {
      FORECAST.lastIndex = m.index + 1;
      continue;
    }
    // Hunt 15: 已将 is the 将 of 把 ("已将审批时限压缩到120个工作日以内": done), not the future's.
    if (m[0] === "将" && /已经?$|均已$/.test(before)) {
      FORECAST.lastIndex = m.index + 1;
      continue;
    }
    if ((/计划$/.test(m[0]) && (NOT_A_PLAN.test(before) || SHARE_OF_YEAR_PLAN(m[0], before) || PLANNED_KIND.test(s.slice(m.index + m[0].length)) || RATE_OF_PLAN.test(s.slice(m.index + m[0].length)) || SHARE_BASE_AFTER.test(s.slice(m.index + m[0].length)))) || (/^预[计期]$/.test(m[0]) && NOT_A_FORECAST.test(before))) {
      FORECAST.lastIndex = m.index + 1;
      continue;
    }
    idx = m.index + m[0].length;
  }
  return idx;
}
/**
 * Words that end a forecast's reach within a sentence ("计划50名（目前已引进13人）"). 实际 resets only as a verb
 * (实际完成), not inside a name ("预计全年实际使用外资…" stays a forecast); a clause that begins with 完成 or 已 reports
 * ("年度计划投资94亿元，完成投资56.7亿元").
 */
const RESET = /(目前(?![期置])|截至|截止|已经|已|现有|实际(?=完成|达到|为|值)|[，,；;|]实际(?!(?:利用|使用)(?:外资|内资|外商|境外|省外|市外))|今年以来|上半年|\d+-\d+月|[，,；;|](?:累计|共)?完成|中(?=\d))/g;
/**
 * "完成全年营收目标的56.56%": group 1 names the metric. Round aq: "占全年控制指标的31.25%", "占全年较大事故控制起数的25%": the
 * share used of a ceiling (安全生产 死亡人数、较大事故 控制指标) is a share of the year's own figure too. A budget is the plan of revenue and spending: "为年度预算的32.3%",
 * "占年初预算数的56.3%", "占任务数的56.4%" are shares of the year's own plan, as 完成年初预算的… already was (round aj).
 */
const EXPLICIT_STRICT = /完成(?:了)?(?:全年|年度|今年|本年)?(.{0,12}?)(?:目标|任务|计划|预算)(?:任务|开工|竣工|投资|投入|数|工程量)?(?:的|进度的)?$|(?:为|占|达|相当于)(?:全年|年度|今年|本年)?(.{0,6}?)(?:目标|任务|计划|预算|预计投资|计划投资|计划投入|控制指标|控制起数)(?:任务|数)?的$/;
/** The same, where 占 stands close before the end ("占年度计划"): then the closing 的 may be left out. */
const EXPLICIT_NEAR_ZHAN = /完成(?:了)?(?:全年|年度|今年|本年)?(.{0,12}?)(?:目标|任务|计划|预算)(?:任务|开工|竣工|投资|投入|数)?(?:的|进度的)?$|(?:为|占|达)(?:全年|年度|今年|本年)?(.{0,6}?)(?:目标|任务|计划|预算|预计投资|计划投资|计划投入|控制指标|控制起数)(?:任务|数)?(?:的)?$/;
/**
 * "达到年计划102.2%", "达全年目标105%": a share of the year's own plan after 达到/达, the closing 的 left out. Only with a
 * word of the year before the plan (达到目标8% may be a target restated, not a share of one).
 */
const PLAN_REACHED = /达到?(?:全年|年度|今年|本年|年)(?:投资)?(?:计划|目标|任务)(?:投资)?$/;
export const EXPLICIT = {
  exec(clause: string): RegExpExecArray | null {
    return (/占.{0,9}$/.test(clause) ? EXPLICIT_NEAR_ZHAN : EXPLICIT_STRICT).exec(clause) ?? PLAN_REACHED.exec(clause);
  },
};
/** "完成率63.8%", "开工率100%", "投资完成率65.22%", "投资进度52.5%": a completion ratio of the figure before it, not an actual. */
const RATIO_WORDS = "完成率|完工率|开复工率|复工率|开工率|竣工率|建成率|投产率|签约率|到位率|兑现率|执行率|投资进度|完成进度|建设进度|工程进度|序时进度|进度|工程量";
/** Without the lookbehind: a superset, tried first because most clauses match neither. */
const RATIO_ANY = new RegExp(`(${RATIO_WORDS}|完成[^，,。；;\\d%]{0,6})((?:均|已|已经|均已)?(?:达到|达|为|至)|均)?$`);
const RATIO_FIXED = new RegExp(`(${RATIO_WORDS})((?:均|已|已经|均已)?(?:达到|达|为|至)|均)?$`, "y");
/** What 完成… may not end with to name a ratio ("完成投资" is an amount): checked on the text before the split. */
const RATIO_NOT_AFTER = /(增长|增速|下降|提高|降低|比重|占比|率|收入|投资|总额|总值|产值|营收|利润|增加值)$/;
const RATIO_BODY_CHAR = /[^，,。；;\d%]/;
const RATIO_TAILS = ["达到", "达", "为", ""];

/**
 * "完成率63.8%", "开工率100%", "投资完成率65.22%", "投资进度52.5%": a completion ratio of the figure before it, not an
 * actual. Group 1 is the ratio's word, group 2 the verb after it. The leftmost reading wins, as one regular expression
 * with a lookbehind would give it (written out so the pane loads on Chromium older than 62).
 */
export const RATIO_NAME = {
  exec(clause: string): RegExpExecArray | null {
    if (!RATIO_ANY.test(clause)) return null;
    for (let p = 0; p < clause.length; p++) {
      RATIO_FIXED.lastIndex = p;
      const fixed = RATIO_FIXED.exec(clause);
      if (fixed && fixed.index === p) return fixed;
      if (!clause.startsWith("完成", p)) continue;
      const rest = clause.slice(p + 2);
      for (let len = Math.min(6, rest.length); len >= 0; len--) {
        let plain = true;
        for (let k = 0; k < len && plain; k++) plain = RATIO_BODY_CHAR.test(rest[k]);
        if (!plain) continue;
        if (RATIO_NOT_AFTER.test(clause.slice(0, p + 2 + len))) continue;
        const tail = RATIO_TAILS.find((t) => rest.slice(len) === t);
        if (tail === undefined) continue;
        const m = [clause.slice(p), "完成" + rest.slice(0, len), tail || undefined] as unknown as RegExpExecArray;
        m.index = p;
        m.input = clause;
        return m;
      }
    }
    return null;
  },
};
// Round ax: "全市共清理卫生死角3万余处，配置果皮箱3295只" — 共 before a verb of work done tallies the period's work, it is no
// standing total (全市共有, 全市共10个乡镇 still are).
const STOCK_WORDS = /(共统计|现有|拥有|总数|总量|总里程|通车里程|在库|保有量|(?:全区|全市|全县|全镇)(?:已建成|已有|共有|共(?!征收|征缴|收缴|清理|清运|清除|配置|购置|查处|出动|开展|发放|整治|拆除|办理|受理|培训|检查|处理|收集|更换|安装|维修|修复|改造|出新|种植|栽植|补植|摆放|举办|组织|救助|帮扶)))/;
const NEW_THIS_YEAR = /(新增|新建|新开|新签|今年|本年|年内)/;
/** The figure after these is a standard or a price per unit ("每人每月160元"), not an amount done. */
// Round ar: "平均投资规模1.8亿元", "平均单体规模" — the mean size of the projects counted before, per project as 每个 is.
const PER_UNIT = /(每(?:人|户|月|年|亩|天|日|次|吨|平方米|个|家|名|头)|标准为|标准|单价|均价|人均补助|补助标准|平均(?:单体|单个项目|项目)?(?:投资)?规模)[^，。；\d]{0,4}$/;
/**
 * Session 22: a standard said raised to or reaching its new level ("低保标准提高到每人每年6200元", "分散供养标准达到1556元",
 * "基础养老金提高到每人每月160元"): the level the standard now has is the result a task to raise it asks for. A standard a
 * scheme pays at ("按每人每月200元标准", "标准为每人每月160元") is still a rate, not a result.
 */
const RAISED_STANDARD = /(?:标准|养老金|补助|补贴|津贴|生活费|供养金|救助金)(?:已|已经|均)?(?:由[^，。；]{1,16}?)?(?:提高|提升|上调|调增|调整|提标|增加|增至|达到)(?:到|至|为)?(?:每(?:人|户|月|年)){0,2}$/;
/** Counts of indicators in a supervision report ("量化指标任务55项", "达到序时进度44项"): about the report, not a metric. */
const REPORT_COUNT = /(指标|通报|督查|序时进度|目标任务|量化|评价)/;

function lastIndex(re: RegExp, s: string, skipAt = -1): number {
  re.lastIndex = 0;
  let idx = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) if (m.index !== skipAt) idx = m.index + m[0].length;
  return idx;
}

/**
 * "拉动GDP增长2.6个百分点", "对全县经济增长的贡献率为23%": what a part adds to the growth of the whole is its contribution,
 * not the part's own rate nor the whole's.
 */
const CONTRIBUTION = /拉动[^，。；]{0,14}?(?:增长|上升)?$|贡献率(?:分别)?(?:为|达|达到|是)?$/;

/** A sentence that opens with the target's label ("目标任务：", "年度目标：") and reports nothing before the figure. */
const TARGET_HEAD = /^[\s（(【[]*(?:[一二三四五六七八九十\d]+[、.．)）])?(?:年度|全年|今年|本年)?(?:目标任务|工作目标|任务目标|目标|任务)(?:是|为)?[：:][^。；;！!？?]*$/;

/** A clause that is only "去年同期为", "上年同期": what the figure before it was a year ago. */
const LAST_YEAR_ONLY = /^(?:而|比|较)?(?:去年|上年)同期(?:为|是|水平为)?$/;

/** Stable codes for why a figure is not an actual (the corpus's `why`), with the Chinese words shown to users. */
export const NOT_ACTUAL_WHY = {
  comparison: "与其他地区、目标或序时进度的比较，不是本指标的实际值",
  earlier: "与前一时期的比较，不是本期实际值",
  remaining: "剩余、未完成的数量，不是完成值",
  forecast: "预计、计划的数字，不是实际完成值",
  restated: "复述的目标值，不是实际完成值",
  perUnit: "标准、单价（每人、每月…），不是完成量",
  report: "通报中的指标个数，不是某项指标的实际值",
  tally: "按进展情况归类的事项个数（如“3项进展较快”），不是某项指标的实际值",
  share: "一部分（如若干项）占总数的比例，不是某项指标的实际值",
  contribution: "对总体增长的拉动或贡献，不是本指标的实际值",
  rateBase: "其后开工率、竣工率等比率所依据的项目总数，不是完成数",
  candidate: "培育库、储备库中的候选企业，不是完成数",
} as const;

/**
 * "全市生产总值预计增长8%左右，一般公共预算收入增长6.1%": a 预计 written after a metric's name forecasts that metric's
 * clause; a later clause that names a metric of its own and its change reports it. A 预计 heading the clause (预计全年…)
 * keeps its reach.
 */
function ownClauseForecast(sentenceBefore: string, clauseBefore: string, forecastEnd: number): boolean {
  const clauseStart = sentenceBefore.length - clauseBefore.length;
  if (forecastEnd > clauseStart) return false;
  const forecastClause = sentenceBefore.slice(Math.max(sentenceBefore.lastIndexOf("，", forecastEnd - 1), sentenceBefore.lastIndexOf(",", forecastEnd - 1)) + 1, forecastEnd);
  // The word stands after a name of at least two characters in its own clause, and is 预计/预期 (not 计划, 力争 …).
  if (!/[\u4e00-\u9fa5A-Za-z]{2,}(?:预计|预期)$/.test(forecastClause) || /^(?:全年|今年|年内|上半年|下半年|前三季度|\d)/.test(forecastClause)) return false;
  // The figure's clause names its own metric before a verb of change; "分别增长7.5%、8%" names none (分别, 均, 依次 … only
  // say how the figures are shared out: the clause goes on with the forecast's own list).
  const named = /^([\u4e00-\u9fa5A-Za-z]{2,}?)(?:同比)?(?:增长|下降|增速|增幅)$/.exec(clauseBefore);
  return !!named && !/^(?:分别|依次|均|都|各|也|还|则|并|同比)+$/.test(named[1]);
}

/** The rest of a bracketed forecast note that covers its own figure only: "（预计）", "（预计数）", "（初步预计值）". */
const OWN_NOTE_TAIL = /^(?:数|值)?[）)]/;
/** A bracketed forecast note right after a figure (its bound words first): "7%（预计）", "60亿元左右（预计数，下同）". */
const FORECAST_NOTE_AFTER = /^(?:以上|以下|以内|左右)?[（(](?:据)?(?:初步)?(?:预计|预测|预估|估计)(?:数|值)?(?:[，,、](?:下同|后同|以下同))?[）)]/;
/** The same note saying it covers the figures after it too ("（预计，下同）"). */
const FORECAST_NOTE_BELOW = /[（(](?:据)?(?:初步)?(?:预计|预测|预估|估计)(?:数|值)?[，,、](?:下同|后同|以下同)[）)]/;
/** Words of report that a 下同 note does not reach past, in the clause before a figure (截至11月底已完成 …). */
const BELOW_RESET = /截至|截止|目前(?![期置])|实际(?!(?:利用|使用)(?:外资|内资|外商|境外|省外|市外))|已/;

/**
 * Round ac: whether a figure is a forecast by a bracketed note, "全市地区生产总值同比增长7%（预计，下同），…增长23%": the
 * note right after the figure marks it, and with 下同 every later figure of the text, except one whose own clause reports
 * something done (截至, 目前, 实际, 已). A note without 下同 covers its own figure only.
 */
export function forecastNoteReader(s: string): (start: number, after: number, clauseBefore: string) => boolean {
  const below = FORECAST_NOTE_BELOW.exec(s);
  const from = below ? below.index : -1;
  return (start, after, clauseBefore) =>
    FORECAST_NOTE_AFTER.test(s.slice(after, after + 16)) || (from >= 0 && start > from && !BELOW_RESET.test(clauseBefore));
}

/** A plan's list at the year's start: 年初安排, 全年共安排, 计划安排 (then at most the kind of item listed). */
const PLAN_LISTED = /(?:年初|年度|全年|今年|本年|当年|计划)(?:共|累计)?安排(?:了)?(?:实施|建设)?[^，,。；;\d]{0,6}$/;

/**
 * A clause that hands a task down (下达) and reports nothing done in it: "省下达我市新开工11300套、基本建成8600套". Money
 * handed down is money received (上级下达资金1200万元, excluded by unit); a clause that also reports (已, 完成, 累计, 实际, 目前,
 * 截至, 到位, 拨付) or works to the task (按省下达计划新开工1.2万套) or obtains it (争取下达) is a report.
 */
function handedDown(clauseBefore: string): boolean {
  // "交办的12件信访案件全部办结", "下达的12个项目已全部开工": the things handed down, then what became of them, are a report.
  const m = /下达(?!的)[^，,。；;]*$/.exec(clauseBefore);
  if (!m) return false;
  return !/已|完成|累计|实际|目前|截[至止]|到位|拨付|按|根据|对照|依据|争取|获得|收到|资金/.test(clauseBefore);
}

/** 是否 with the word of the mark after it: the figure next is what is checked for ("是否达到40%", "是否低于30%"). */
const CHECKED_MARK = /是否(?:已经?|均|都)?(?:达到|达|超过|完成|低于|高于|不低于|不高于|在)$/;

/** 要/须/应 with the word of the mark: "开工率要达到90%" says what is required, not what was reached. */
const REQUIRED_MARK = /(?:要|需|须|需要|必须|应|应当|务必)(?:确保)?(?:达到|达|超过|完成|控制在|不低于|不高于|低于|高于)$/;
/**
 * A sentence headed by the requirement it follows ("按“四率”要求，6月1日至9月10日开工率要达到90%、投资完成率达到年度计划的
 * 80%"): its figures are the requirement's, while nothing in it reports (已, 实际, 截至, 目前, 累计).
 */
const REQUIREMENT_HEAD = /(?:^|[。；;])(?:按照?|根据|依据)[^。；;，,]{0,40}?要求[，,]([^。；;]*)$/;
const REPORT_IN_SENTENCE = /已|实际|截至|截止|目前|累计|完成了/;

/**
 * Whether a figure is a mark checked or required rather than a result: after 是否 ("…是否达到"), after 要/须/应 ("要达到"),
 * or in a sentence headed by the requirement ("按…要求，…") that reports nothing.
 */
export function checkedMark(clauseBefore: string, sentenceBefore = ""): boolean {
  if (CHECKED_MARK.test(clauseBefore) || REQUIRED_MARK.test(clauseBefore)) return true;
  const head = REQUIREMENT_HEAD.exec(sentenceBefore);
  return !!head && !REPORT_IN_SENTENCE.test(head[1]);
}

/** Why a figure of a progress text is not an actual (a forecast, a comparison, a restated target …), or null. */
export function notActualReason(sentenceBefore: string, clauseBefore: string, unit: string): string | null {
  // "重污染天数为9天，去年同期为12天": last year's figure for the same period is a baseline, not this year's report.
  if (LAST_YEAR_ONLY.test(clauseBefore)) return NOT_ACTUAL_WHY.earlier;
  // "较年初增长11.5%" is the growth itself; "较一季度回升1.3个百分点" compares two periods' rates.
  // "比年初新增125.5亿元", "较年初净增24.4亿元": a stock's increase since the year began is this year's addition.
  if (EARLIER_PERIOD.test(clauseBefore) && unit !== "%" && !SINCE_YEAR_START.test(clauseBefore)) return NOT_ACTUAL_WHY.earlier;
  // Round au: "尚未消除风险9087户27595人": the people are the same households counted by head, and left as they are.
  if (REMAINING.test(clauseBefore) || (/人$/.test(unit) && REMAINING.test(clauseBefore.replace(HOUSEHOLDS_BEFORE_PEOPLE, "")))) return NOT_ACTUAL_WHY.remaining;
  if (LAG_BEFORE.test(clauseBefore)) return NOT_ACTUAL_WHY.tally;
  if (COMPARISON.test(clauseBefore)) return NOT_ACTUAL_WHY.comparison;
  // Round az (./formsAZ.ts): "同比多17万人" is the difference from a year before.
  if (differenceFromLastYear(clauseBefore, unit)) return NOT_ACTUAL_WHY.comparison;
  // Fields pass 3 (./formsF3.ts): "实际改造4559户，超额20%": the excess over the plan.
  if (excessOverPlan(clauseBefore, unit)) return NOT_ACTUAL_WHY.comparison;
  if (AGAINST_NAMED_YEAR.test(clauseBefore) && !againstYearBefore(sentenceBefore, clauseBefore)) return NOT_ACTUAL_WHY.comparison;
  // "同比增长12.8%，两年平均增长6.0%": an average over two years (against a base year) restates the period's change another way.
  if (SEVERAL_YEAR_AVERAGE.test(clauseBefore)) return NOT_ACTUAL_WHY.comparison;
  // "贡献率分别为9.0%、53.5%和37.5%": the later members of the list are contributions too.
  if ((unit === "个百分点" || unit === "%") && CONTRIBUTION.test(clauseBefore.replace(/(?:\d+(?:\.\d+)?(?:%|个百分点)[和、及与])+$/, ""))) return NOT_ACTUAL_WHY.contribution;
  if (unit !== "%" && CHANGE_FROM_LAST_YEAR.test(clauseBefore)) return NOT_ACTUAL_WHY.earlier;
  // Round ba (./formsBA.ts): a part of a change against last year ("…，其中亿元以上项目增加174个"), a plan's pace against last year's.
  if (changeAgainstLastYear(sentenceBefore, clauseBefore, unit)) return NOT_ACTUAL_WHY.comparison;
  // Round az (./formsAZ.ts): an average standard measured (平均标准为每人每月591元) is a level, not a scheme's rate.
  if (/元$/.test(unit) && PER_UNIT.test(clauseBefore) && !RAISED_STANDARD.test(clauseBefore) && !measuredAverageStandard(clauseBefore)) return NOT_ACTUAL_WHY.perUnit;
  // A period right after the forecast word is the period forecast ("预计上半年…增长3.8%"), not a report that ends its reach.
  const forecastEnd = lastForecastEnd(sentenceBefore);
  if (forecastEnd > lastIndex(RESET, sentenceBefore, forecastEnd) && !ownClauseForecast(sentenceBefore, clauseBefore, forecastEnd)) return NOT_ACTUAL_WHY.forecast;
  if (/(任务|目标)/.test(clauseBefore) && !/完成|达到|实现/.test(clauseBefore)) return NOT_ACTUAL_WHY.restated;
  // Round ao: "重点督办已开工项目投资完成率是否达到40%", "开工率要达到90%": a mark checked or required, not a result.
  if (checkedMark(clauseBefore, sentenceBefore)) return NOT_ACTUAL_WHY.restated;
  // Fields pass 3 (./formsF3.ts): "全区须完成农村户厕改造4.1万座": the act required.
  if (requiredAct(clauseBefore)) return NOT_ACTUAL_WHY.restated;
  // Round af: "省政府今年下达我市棚改新开工11300套、基本建成8600套": the figures of a task handed down restate it.
  if (!/元$/.test(unit) && handedDown(clauseBefore)) return NOT_ACTUAL_WHY.restated;
  // "交通项目年初安排29项", "今年共安排重点项目45个": the items a plan lists at its start, not items done.
  if (/^(?:项|个|件|宗|批)$/.test(unit) && PLAN_LISTED.test(clauseBefore)) return NOT_ACTUAL_WHY.restated;
  // Fields pass 3 (./formsF3.ts): "中心城区安排项目189个": the projects a plan arranges.
  if (arrangedProjects(clauseBefore, unit)) return NOT_ACTUAL_WHY.restated;
  // "目标任务：对8所学校实施改造，总面积9720平方米。": a sentence headed by the target's label restates the target.
  if (TARGET_HEAD.test(sentenceBefore)) return NOT_ACTUAL_WHY.restated;
  if (unit === "项" && REPORT_COUNT.test(clauseBefore)) return NOT_ACTUAL_WHY.report;
  // Round ay (./formsAY.ts): firms in a 培育库 or picked out as candidates are a pool, not a result.
  if (candidatesForRecognition(clauseBefore, unit)) return NOT_ACTUAL_WHY.candidate;
  if (!/元$/.test(unit) && handedDownAs(clauseBefore)) return NOT_ACTUAL_WHY.restated;
  return null;
}

/** Right after a count of items: how far they have got ("3项进展较快", "5项进度偏慢", "9件进度正常"), a tally by status. */
const STATUS_AFTER = /^(?:(?:进展|进度)(?:较快|偏慢|缓慢|较慢|正常|滞后|落后)|滞后)/;
/**
 * Words saying things are late or held up (滞后, 受阻, 延期 …): after a count ("18个项目开工滞后", "3家企业入规受阻") or before
 * it ("开工滞后项目18个") the count is of the things lagging, however far they have got, never of things done. 落后 before a
 * thing made obsolete (落后产能, 落后设备) is not a delay.
 */
const LAG_WORD = "(?:滞后|落后(?!产能|工艺|设备|生产|动能|地区)|受阻|缓慢|迟缓|延期|延误|推迟|停滞|偏慢|较慢)";
const LAG_AFTER = new RegExp(`^[^，,。；;:：\\d]{0,6}?${LAG_WORD}`);
/** A lag word, then at most a short name of the things and no act done ("进度滞后的项目有", not "滞后的情况下完成"). */
const LAG_BEFORE = new RegExp(`${LAG_WORD}的?(?:(?!完成|开工|竣工|建成|新增|实现|达到|落地|投产)[^，,。；;、\\d]){0,5}$`);

/**
 * The rest of a count's clause says only that the things are on schedule, with no stage reached: "119项重点工作均按进度推进",
 * "58个重点项目进展顺利", "项目57项，均达到序时进度" (the clause after a bare count).
 */
const ON_SCHEDULE = /^([^，,。；;:：]{0,30}?)(?:均|都|全部|总体|正在|仍在|已)?(?:按(?:序时|时序|计划)?进度推进|按(?:序时|计划)推进|进展顺利|达到序时进度|达到时序进度)[^，,。；;]{0,4}$/;
const STAGE_IN = /完成|建成|竣工|完工|开工|投产|投用|办结|交付|签约|落地/;

/** Whether the words right after a count of items tally them by how far they have got ("3项进展较快", "均按进度推进"). */
export function statusTallyAfter(after: string): boolean {
  if (STATUS_AFTER.test(after) || LAG_AFTER.test(after)) return true;
  const clause = /^[^，,。；;]*/.exec(after)![0];
  // Only a count with its noun ("58个重点项目进展顺利"): a bare part of a total ("45个事项中…11个按序时推进") is one of
  // the parts a breakdown reports.
  const m = ON_SCHEDULE.exec(clause);
  return !!m && m[1].length >= 2 && !STAGE_IN.test(clause);
}

/** Whether the words right after a count say those things are not yet started or finished ("另有4个未开工"). */
export function remainingAfter(after: string): boolean {
  return REMAINING_AFTER.test(after);
}

/** A rate of a list's items started or finished, right after a count ("，开工率100%"). */
const RATE_AFTER = /^[，,、]?(?:其中)?(?:开工率|开复工率|复工率|竣工率|完工率|投产率|建成率|办结率)/;
/** Words of doing before a count: then the count is what was done ("已开复工554个，开工率102.8%"). */
const DONE_IN_CLAUSE = /开工|复工|竣工|完工|建成|投产|投用|完成|办结|签约|落地|引进|新建|新增|改造|实施|累计|已/;

/**
 * Round ac: a bare count of a list's items followed by the list's rate of starts or finishes ("区管项目37个，开工率100%")
 * is the base the rate is of, not items done; a count with a word of doing before it reports.
 */
export function rateBaseAfter(after: string, clauseBefore: string): boolean {
  return RATE_AFTER.test(after) && !DONE_IN_CLAUSE.test(clauseBefore);
}

/** Right after a count of a list's items: the list's total or year's planned investment ("，总投资111.39亿元"). */
const LIST_INVESTMENT_AFTER = /^[，,、]?(?:项目)?(?:计划)?(?:总投资|年度计划投资|年度投资计划)/;

/**
 * Round ac: "统筹推进的重大项目共32项，总投资111.39亿元，已开工6项": a count after 共 (合计, 总计) with no word of doing
 * before it, followed by the list's investment, is the size of the list, not items done; "今年已建成项目共32项，总投资…"
 * reports.
 */
export function listSizeAfter(after: string, clauseBefore: string): boolean {
  if (!/(?:共|合计|总计)(?:有|计)?$/.test(clauseBefore) || DONE_IN_CLAUSE.test(clauseBefore)) return false;
  // Round ao: "票决项目共15项，涉及14家责任单位": a list of tasks or projects counted with the units it spreads over is the
  // list itself (the plan restated), not items done; "今年已完成项目共15项，涉及14家单位" reports (a word of doing before).
  return LIST_INVESTMENT_AFTER.test(after) || (LIST_SPREAD_AFTER.test(after) && TASK_LIST_NOUN.test(clauseBefore));
}

/** Right after a count of a list: the units, places or fields it spreads over ("，涉及14家责任单位", "，覆盖12个乡镇"). */
const LIST_SPREAD_AFTER = /^[，,、]?(?:涉及|覆盖|分布在|分属|由)\d+(?:个|家|类)/;
/** The list's own noun right before 共: things a plan lists (项目, 任务, 实事, 事项, 工程). */
const TASK_LIST_NOUN = /(?:项目|任务|实事|事项|工程|工作)(?:共|合计|总计)(?:有|计)?$/;

/**
 * Right after a count of a group's items: the group's money so far as a share of its year's plan ("，1—8月累计完成投资280.57亿元，
 * 占年计划的68.42%").
 */
const GROUP_INVESTMENT_SHARE_AFTER = /^[，,]\s*(?:[^，,。；;\d]{0,4}|\d{1,2}[—–-]\d{1,2}月)?(?:累计)?完成(?:年度)?投资[\d.]+(?:万|亿)?元[，,]?(?:占|为|达)(?:全年|年度|年)(?:计划|投资计划|目标)/;
/**
 * Words that make the count before the money itself a report: things done, not the group's size ("已开工项目30个，累计完成投资…",
 * "47个重点建设项目开复工44个，完成投资…": the act right before the count).
 */
const COUNT_REPORTED = /已|累计|共完成|建成|实现|达到|新增了|完成了|(?:开工|开复工|复工|竣工|完工|投产|签约|落地|完成)$/;

/**
 * Round ae: a group's count followed by the group's investment as a share of its year's plan ("新开工项目258个，1—8月累计完成投资
 * 280.57亿元，占年计划的68.42%") names the group the money is of: its size, not items started or finished. A class name such as
 * 新开工项目 is not a word of doing; "已开工项目168个，累计完成投资…" still reports.
 */
export function groupSizeBeforeInvestment(after: string, clauseBefore: string): boolean {
  return GROUP_INVESTMENT_SHARE_AFTER.test(after) && !COUNT_REPORTED.test(clauseBefore);
}

/** Right after a count: those things are only about to be started ("另有9处准备动工", "5个拟开工"). */
export function plannedAfter(after: string): boolean {
  return /^[^，,。；;、\d(（]{0,2}?(?:准备|拟|计划)(?:动工|开工|实施|建设|启动)/.test(after);
}

/** Words right after a figure that make it a restated target ("实现三年引资1万亿元的目标"). */
export function restatedAfter(after: string): boolean {
  return /^(的)?(目标|任务|计划)/.test(after);
}

/** Whether a reported figure is a standing total (共统计, 现有, 全区已建成 …) rather than this year's addition. */
export function isStock(nearBefore: string, clauseBefore: string): boolean {
  return STOCK_WORDS.test(nearBefore) && !NEW_THIS_YEAR.test(clauseBefore);
}

/** A sentence that opens with 预计/预测 ("预计全年…；…；…。", "初步预计，…") forecasts every figure in it, across "；". */
const HEAD_FORECAST = /^(?:(?:19|20)\d\d年)?(?:全年|今年|年内)?(?:据)?(?:初步)?(?:预计|预测|预期|(?:共|计划)?安排(?=[^，,。；;\d]{0,16}(?:项目|工程)))/;
/**
 * Round v: a programme's list ("2024年安排市重点项目476个，年度计划投资463.4亿元；其中续建项目269个…") is a plan in every
 * figure, like a heading 预计, until a word of report; for it a word of doing (完成, 累计, 已开工 …) reports too, but not
 * a stage that names a kind of project in the list (新开工项目, 计划竣工项目).
 */
const ARRANGED = /安排$/;
const ARRANGED_RESET = /完成|累计|实现|到位|(?:开工|复工|竣工|建成|投产)(?![^，,。；;\d]{0,4}(?:项目|工程))/;
/** The period forecast, right after the heading ("预计1-6月份，…", "预计上半年…"). */
const HEAD_FORECAST_PERIOD = /^(?:全年|今年|年内|上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}(?:-\d{1,2})?月份?(?:底|末)?)?/;
/**
 * Words that report what is done, or open another period, inside such a sentence ("…，目前已完成…", "…，上半年完成…"); not
 * the 目前 inside 项目前期 or 项目前置 (round aa).
 */
// Round ad: 实际利用外资, 实际使用内资 … are the names of statistics, not the word 实际 that reports what was done.
const HEAD_FORECAST_RESET = /(目前(?![期置])|截至|截止|已经|已|实际(?!(?:利用|使用)(?:外资|内资|外商|境外|省外|市外))|现有|以来|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}(?:-\d{1,2})?月)/;

/**
 * Whether the figure at `at` stands in a sentence (up to "。" or a line break, not "；") that opens with a forecast word
 * and reports nothing done before the figure: the heading 预计 reaches the whole list. A 预计 after a metric's name
 * ("地区生产总值预计增长4%，财政收入增长9.3%") covers that figure only and is left to notActualReason.
 */
function underHeadForecast(s: string, at: number): boolean {
  let start = 0;
  for (let i = at - 1; i >= 0; i--)
    if (s[i] === "。" || s[i] === "\n" || s[i] === "！" || s[i] === "？") {
      start = i + 1;
      break;
    }
  const head = s.slice(start, at).replace(/^[\s（(【[]*(?:[一二三四五六七八九十\d]+[、.．)）])?/, "");
  const m = HEAD_FORECAST.exec(head);
  if (!m) return false;
  const rest = head.slice(m[0].length);
  const after = rest.slice((HEAD_FORECAST_PERIOD.exec(rest) as RegExpExecArray)[0].length);
  return !HEAD_FORECAST_RESET.test(after) && !(ARRANGED.test(m[0]) && ARRANGED_RESET.test(after));
}

const HEAD_STRIP = /^[\s（(【[]*(?:[一二三四五六七八九十\d]+[、.．)）])?/;
const STRIP_RUN = /[\s（(【[]*[一二三四五六七八九十\d]*/y;
const HEAD_FORECAST_Y = new RegExp(HEAD_FORECAST.source.slice(1), "y");
const HEAD_FORECAST_PERIOD_Y = new RegExp(HEAD_FORECAST_PERIOD.source.slice(1), "y");
/** Past the strip run, the heading and its period look at no more than this many characters (12 + 9, with room). */
const HEAD_REACH = 24;

/**
 * `underHeadForecast` for every figure of one text, linear in its length: the sentence stops are found once, and a
 * sentence's heading (预计…, its period, the first word that reports something done) is read once. A figure close
 * to its sentence's start, where the heading's reading could depend on where the figure cuts it, is read as before.
 */
export function headForecastReader(s: string): (at: number) => boolean {
  const n = s.length;
  const stops = new LastIndex(s, "。\n！？");
  /** Per sentence start: from where a figure may use the shared reading, and the first end of a reset word (or -1: no heading). */
  const heads = new Map<number, { reach: number; resetEnd: number }>();
  return (at: number): boolean => {
    if (!(at >= 0 && at <= n)) return underHeadForecast(s, at);
    const start = stops.before(at - 1) + 1;
    let h = heads.get(start);
    if (!h) {
      STRIP_RUN.lastIndex = start;
      const run = (STRIP_RUN.exec(s) as RegExpExecArray)[0].length;
      const strip = (HEAD_STRIP.exec(s.slice(start, start + run + 1)) as RegExpExecArray)[0].length;
      HEAD_FORECAST_Y.lastIndex = start + strip;
      const m = HEAD_FORECAST_Y.exec(s);
      let resetEnd = -1;
      if (m) {
        HEAD_FORECAST_PERIOD_Y.lastIndex = start + strip + m[0].length;
        const p0 = start + strip + m[0].length + (HEAD_FORECAST_PERIOD_Y.exec(s) as RegExpExecArray)[0].length;
        resetEnd = firstMatchEnd(HEAD_FORECAST_RESET, s, p0);
        if (ARRANGED.test(m[0])) {
          const other = firstMatchEnd(ARRANGED_RESET, s, p0);
          if (other < resetEnd) resetEnd = other;
        }
      }
      h = { reach: start + run + HEAD_REACH, resetEnd };
      heads.set(start, h);
    }
    if (at < h.reach) return underHeadForecast(s, at);
    return h.resetEnd >= 0 && !(h.resetEnd <= at);
  };
}
