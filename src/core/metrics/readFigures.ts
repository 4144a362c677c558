import { Comparator, Quantity, TargetKind } from "./types";
import { MAGNITUDES, baseOf } from "./units";
import { actOnlyName, cleanMetric, comparisonOnly, looseMetric, metricSimilarity, splitMetricList, withListedAct } from "./metricName";
import { cumulativeOf, kindOf, stretchOf } from "./figureKind";
import { classifierNoun, countOfAct, measuresNoun, qualifierReason, redLineOf, unitStartsWord } from "./qualifiers";
import { plannedThingAtStage } from "./worksStages";
import { buildTypeComposition, totalBeforePart } from "./formsF3";
import { EXPLICIT, NOT_ACTUAL_WHY, RATIO_NAME, isStock, notActualReason, plannedAfter, remainingAfter, restatedAfter, statusTallyAfter, headForecastReader, forecastNoteReader, rateBaseAfter, listSizeAfter, groupSizeBeforeInvestment, checkedMark } from "./notActual";
import { Qty, TextBounds, findQuantities, inSpans, maskedSpans } from "./scan";

/** After a count and its noun: the year's plan or target of those things, with no figure of its own ("…完成年度投资计划"). */
/** A share whose base the list left out: it matches the empty string, with no name of its own. */
const ELIDED_BASE = /^()()$/;
/**
 * A stage verb right before the part ("32个项目开复工28个") or opening the next clause ("…60个，已开工57个"). Hunt 8: handing
 * over (交付, 交房) and putting in use (投用) finish works as 竣工 does: "新建学校15所，已交付6所" reports 6 of 15.
 */
const STAGE_THEN = /(?:开工|开复工|完工|竣工|建成|办结|交付|交房|投用)(?:建设)?$/;
/** Stages that hand finished works over or put them in use (hunt 8), and the acts that make a total a result of its own. */
const HANDED_OVER = /交付|交房|投用/;
const OWN_RESULT = /新增|实现|引进|培育|累计|完成|建成|竣工|完工/;
/** Names that are only a time (今年降低3%): no name at all. */
/** The words of a clause up to `to`, from the last comma after `from` (a bounded look back: a cell may hold thousands of figures). */
function clauseWindow(s: string, from: number, to: number): string {
  const w = s.slice(from, to);
  return w.slice(Math.max(w.lastIndexOf("，"), w.lastIndexOf(",")) + 1);
}
const TIME_ONLY_NAME = /^(今年|全年|当年|年内|本年|明年|年度)$/;
/**
 * Fields pass 3: a date heading the loose words of an unnamed figure ("截至4月底累计完成", "截至10月30日已改造", "截至三季度末已达")
 * is the figure's period (read apart), never its name: with nothing left after it, the plan before names the figure.
 */
const TIME_HEAD_NAME = /^(?:截[至止]到?|到|至)?(?:20\d\d年)?(?:\d{1,2}月(?:\d{1,2}日|底|末|初|[上中下]旬)?|第?[一二三四]季度末?|上半年|前三季度|年底|年末)(?:已经?|累计|共|均)*/;
/** Words that say only when or that a thing is so, naming nothing: "现已", "目前已", "均已". */
const ADVERB_ONLY_NAME = /^(?:现|目前|当前|截至目前)?(?:已经?|均已|都已)?$/;
const CHANGE_VERB = /降低|下降|减少|增长|提高|提升|完成|达到|控制在|保持/;
const STAGE_REPORT = /^(?:截[至止](?:目前|\d{1,2}月(?:底|末|\d{1,2}日)?)|\d{1,2}[-至]\d{1,2}月份?|上半年|前三季度|今年以来)?(?:目前|现)?(?:已经?|累计)(?:新)?(?:开工|开复工|完工|竣工|建成|办结|交付|交房|投用)(?:建设)?(?:项目)?$/;
/** A stage word before a count: the count is already a report of that stage ("已开工项目12个"), or a plan. */
const STAGE_WORD = /开工|开复工|完工|竣工|建成|完成|办结|投用|交付|交房|计划/;
const SCOPE_OF_PLAN = /^[^，,。；;、\d]{1,20}?(?:全年|年度|年内|今年)?(?:均|全部|全面)?(?:完成|实现)[^，,。；;\d]{0,6}?(?:年度|全年|今年)(?:投资)?(?:计划|目标|任务)(?:投资)?$/;

/** The rest of the clause after `from` when it ends within `max` characters (a bounded look, never the whole text), else "". */
function clauseAfter(s: string, from: number, max: number): string {
  const piece = s.slice(from, from + max + 1);
  const clause = (/^[^，,。；;]*/.exec(piece) as RegExpExecArray)[0];
  return clause.length === piece.length && from + piece.length < s.length ? "" : clause;
}

/** Longer clauses than any a document has (a 、-list of thousands of figures) show a window around the figure. */
const PHRASE_MAX = 200;
const PHRASE_BEFORE = 60;
const PHRASE_AFTER = 40;

/**
 * The clause a skipped figure is shown in: the whole clause, or, in a clause longer than PHRASE_MAX, the words around
 * the figure marked with "…" where cut, so that a list of n figures under one heading (预计…、…、…) gives n short
 * phrases rather than n copies of the list (and a reason of n² characters).
 */
function skippedPhrase(s: string, from: number, to: number, q: Qty): string {
  if (to - from <= PHRASE_MAX) return s.slice(from, to);
  const a = Math.max(from, q.start - PHRASE_BEFORE);
  const b = Math.min(to, q.after + PHRASE_AFTER);
  return (a > from ? "…" : "") + s.slice(a, b) + (b < to ? "…" : "");
}

/**
 * The words of a clause before `at`, as far back as CLAUSE_LOOK characters: no document has a clause that long (the
 * corpus's longest is 150), and in a 、-list of thousands of figures the words 200 characters back do not govern a
 * figure; reading the whole clause again for every figure made such a cell quadratic. A cut clause starts with "…", so
 * a rule anchored at the clause's start does not fire on the cut.
 */
const CLAUSE_LOOK = 200;
function clauseTail(s: string, from: number, at: number): string {
  return at - from <= CLAUSE_LOOK ? s.slice(from, at) : "…" + s.slice(at - CLAUSE_LOOK, at);
}

/** One figure understood in a text, before it becomes a Target or an Actual. */
interface Figure {
  metric: string;
  kind: TargetKind;
  cmp: Comparator;
  value: number;
  unit: string;
  base: Quantity;
  phrase: string;
  approx: boolean;
  cumulative: boolean;
  start: number;
  explicitRatio?: number;
  /** A total that exists (共统计, 现有, 全区已建成 …), not what was added this year. */
  stock?: boolean;
  /** The sentence up to the end of the figure's clause: where its own time words are ("5月底前建成2所"). */
  context: string;
  /** Where the figure's sentence starts in the prepared text. */
  sentenceStart: number;
  /** A stretch goal (力争…) of the same metric as the figure before it. */
  stretch?: boolean;
  /** The high end of a range target ("增长6%-6.5%": value 6, high 6.5). */
  high?: number;
}

export interface Skipped {
  phrase: string;
  /** The figure itself as written ("500万元以上"). */
  figure: string;
  why: string;
}

type ReadMode = "target" | "progress";

interface Work {
  q: Qty;
  metric: string;
  kind: TargetKind;
  /** Comparator from the words, before a 下降 turns the figure negative. */
  cmp: Comparator | null;
  flip: boolean;
  region: string;
  clause: number;
  sentence: number;
  explicitRatio?: number;
  stock?: boolean;
  stretch?: boolean;
  /** Named (or left unnamed) as a part of a set-aside total ("48项具体工作中…24项已开工"). */
  partOf?: boolean;
  /** For a later member of a 、-list, the words before the list's first figure ("稳定在426万亩、183万吨"). */
  listHead?: string;
}

function flipCmp(c: Comparator): Comparator {
  return c === ">=" ? "<=" : c === ">" ? "<" : c === "<=" ? ">=" : c === "<" ? ">" : c;
}

/** Every figure of a prepared text that states a target (mode "target") or a reported value (mode "progress"). */
export function readFigures(s: string, mode: ReadMode): { figures: Figure[]; skipped: Skipped[] } {
  const qs = findQuantities(s);
  const spans = maskedSpans(s, mode === "target");
  const bounds = new TextBounds(s);
  const underHeadForecast = headForecastReader(s);
  const forecastNote = forecastNoteReader(s);
  // Fields pass 3 (./formsF3.ts): a plan's list of projects by type of build (其中新建N个、续建M个) and its head.
  const buildParts = mode === "progress" ? buildTypeComposition(s) : [];
  const skipped: Skipped[] = [];
  const works: Work[] = [];
  let regionFloor = 0;
  let floorClause = -1;
  let floorSentence = -1;
  /** The metric of a baseline (由3.4亿度…), for the figure it rises to. */
  let stash = "";
  /** Whether the last figure read was a baseline, and where it ended: a figure right after it belongs to the same base. */
  let baseline = false;
  let baselineAfter = -1;
  /** The name of the last figure skipped in this sentence as a plan or restated target, and where it was. */
  let skippedName = "";
  let skippedAt = -1;
  /** The last count of this sentence set aside (a list's size, a scope, a restated total): what later parts are of. */
  let setAside = null as { q: Qty; clause: number } | null;
  for (let qi = 0; qi < qs.length; qi++) {
    let q = qs[qi];
    const cs = bounds.clauseStart(q.start);
    const ss = bounds.sentenceStart(q.start);
    const ce = bounds.clauseEnd(q.after);
    const skip = (why: string) => {
      skipped.push({ phrase: skippedPhrase(s, cs, ce, q) || s.slice(q.start, q.after), figure: s.slice(q.start, q.after), why });
      // The largest such count stands (the parts after it are of the whole, not of another part set aside).
      if (q.cls === "classifier" && (!setAside || setAside.q.unit !== q.unit || setAside.q.value < q.value)) setAside = { q, clause: cs };
    };
    if (floorClause !== cs) {
      regionFloor = cs;
      floorClause = cs;
    }
    if (floorSentence !== ss) {
      stash = "";
      skippedName = "";
      skippedAt = -1;
      setAside = null as { q: Qty; clause: number } | null;
      floorSentence = ss;
    }
    if (inSpans(q.start, spans)) {
      skip(mode === "target" ? "引号或括号内的名称、说明" : "引号内的名称");
      continue;
    }
    if (q.range) {
      const widened = mode === "target" ? rangeLowEnd(s, q) : null;
      if (!widened) {
        if (s[q.start - 1] === "-" || mode === "progress") skip("数值区间，暂不识别");
        continue;
      }
      q = widened;
    }
    if (unitStartsWord(s, q)) continue;
    const region = s.slice(regionFloor, q.start);
    // The base a change starts from: "由3.4亿度", "从“十五”末的12.8亿元增至…", "由上年末的…" (a time of the base may stand
    // between 由/从 and its figure), and a second figure of the same base right after the first ("由13677户49479人减少到…").
    // The base may also be an average or the value before a reform ("由平均16.1个工作日缩短到…", "由优化前的235个工作日
    // 压缩到…"): still the old value, never the one reached.
    const baseAt = /(由|从)(?:[“"]?[^，,。；;、\d“”"]{1,6}[”"]?(?:年末|年底|年初|末|底|初)的?|(?:改革|优化|整改|实施|改造)前的?)?(平均|每人每月|每人每年|每人|每月|每户|每年)?$/;
    const secondBase = baseline && q.start === baselineAfter && /^[^，,。；;、]*?(?:减少|下降|降|增加|增长|增|提高|提升|扩大|缩小|上升|缩短|压缩|压减|精简)(?:到|至|为)/.test(s.slice(q.after));
    baseline = false;
    if (baseAt.test(region) || secondBase) {
      skip("基数（由…提升至…），不是目标");
      if (!secondBase) stash = cleanMetric(region.replace(baseAt, ""));
      regionFloor = q.after;
      baseline = true;
      baselineAfter = q.after;
      continue;
    }
    const redLine = /^[级的]/.test(s.slice(q.after)) ? null : redLineOf(s, q);
    if (redLine) {
      works.push({ q: { ...q, suffixCmp: ">=" }, metric: redLine, kind: "level", cmp: ">=", flip: false, region, clause: cs, sentence: ss });
      regionFloor = q.after;
      continue;
    }
    const qualifier = qualifierReason(s, q, region, mode === "progress");
    // (In progress texts a length before a noun stays a description: "开工建设140公里骨干管网".)
    if (qualifier) {
      skip(qualifier);
      continue;
    }
    // "城镇居民人均可支配收入比上年增加1530元，达到21200元": the increase over last year, followed by the level it
    // reaches in the same unit, restates that level; the level is the target.
    const reached = qs[qi + 1];
    const increase = /(?:(?:比|较)(?:上年|去年)(?:同期)?)?(?:增加|提高|增长|增收)$/;
    if (mode === "target" && q.cls !== "percent" && q.cls !== "pp" && reached && reached.written === q.written && increase.test(region) &&
      /^[，,、]?(?:达到|达|为|增至|增加到|提高到|提高至)$/.test(s.slice(q.after, reached.start))) {
      skip("比上年的增加额，目标是其后达到的水平");
      // The level reached takes the name written before the increase.
      stash = cleanMetric(region.replace(increase, ""));
      regionFloor = q.after;
      continue;
    }
    let follow = "";
    if (mode === "target" && q.cls === "physical" && measuresNoun(s, q)) follow = readNoun(s, q);
    if (q.cls === "classifier") {
      const noun = classifierNoun(s, q);
      if ("skip" in noun) {
        skip(noun.skip);
        continue;
      }
      follow = noun.noun;
      // "370个自治区重点项目全年完成投资2690亿元": in a target too, the count names whose investment is the target.
      // A size written right after the count ("71个1000万元以上重点项目…") qualifies its noun: the figure after it counts.
      const after = qs[qi + 1] && qs[qi + 1].start === q.after ? qs[qi + 2] : qs[qi + 1];
      if (mode === "target" && after && after.cls !== "classifier" && after.cls !== "bare" && bounds.clauseStart(after.start) === cs &&
        /^[^，,。；;、]{1,16}?(?:(?:全年|年度|年内|今年)?(?:累计)?(?:完成|实现)(?:年度|全年)?(?:投资|营业收入|营收|产值|销售收入|税收)(?:计划|目标|任务)?|(?:全年|年度|今年)?计划(?:完成)?投资)$/.test(s.slice(q.after, after.start))) {
        skip("主体的数量（如“37个项目完成投资…”），不是目标");
        continue;
      }
      // "农业基础设施重点项目9项，年度计划投资9亿元": a count closing its clause, then the year's planned investment of
      // those things in the next: the count says whose plan, the amount is the target.
      // Not a count at a stage ("开复工项目66项，年度计划投资131亿元"): that count is a target of its own.
      if (mode === "target" && after && after.cls !== "classifier" && after.cls !== "bare" && after.start - q.after <= 16 && !/开工|开复工|竣工|完工|建成|投产|签约/.test(s.slice(cs, q.start)) &&
        /^[^，,。；;、\d]{0,6}[，,](?:年度|年内|全年|今年)(?:计划)?(?:完成)?投资(?:计划)?(?:为|达|额)?$/.test(s.slice(q.after, after.start))) {
        skip("主体的数量（如“项目9项，年度计划投资9亿元”），不是目标");
        continue;
      }
      // "43宗县重点建设项目完成年度投资计划": the count says whose plan; the target is the plan itself, a share of it.
      if (mode === "target" && SCOPE_OF_PLAN.test(clauseAfter(s, q.after, 40))) {
        skip("主体的数量（如“43个项目完成年度投资计划”），不是目标");
        continue;
      }
      // "县重点项目55宗，年度投资计划67.9亿元，完成投资7.7亿元", "重点项目104个，总投资…": in a report too, a count of a
      // programme's projects closing its clause, then the programme's investment, names whose figures follow; it counts
      // nothing done. A count at a stage ("签约项目79个，总投资…", "已开工项目33个") stays a report of its own.
      if (mode === "progress" && after && /元$/.test(after.unit) && after.start - q.after <= 20 && /(?:项目|工程)$/.test(follow || s.slice(cs, q.start)) && !/开工|开复工|竣工|完工|建成|投产|签约|引进|落地|完成|已|新建|新增|谋划|推进|实施|储备|上报|争取|招引|开展/.test(s.slice(cs, q.start)) &&
        /^[^，,。；;、\d]{0,6}[，,、](?:其中)?(?:共|累计)?(?:总投资|(?:年度|年内|全年|今年|年)?(?:计划)?(?:完成)?投资(?:计划)?)(?:为|达|额|约)?$/.test(s.slice(q.after, after.start))) {
        skip("主体的数量（如“重点项目55宗，年度投资计划…”），不是完成量");
        continue;
      }
      if (mode === "progress") {
        // "37个项目累计完成投资68.39亿元": the count names who did it; the amount after it is the report.
        const next = after;
        // "为102名大学生落实补贴68.3万元": people helped are reported, not a subject.
        // Session 24 (lead): a count right after its act and glued to an amount ("新增小额信贷756户3136.72万元", "发放贷款
        // 320笔1.2亿元", "完成改造1200户4.5万平方米") is the act's count, and the amount the act's amount: both are reports.
        const actsCount = next && next.start === q.after && countOfAct(s, q);
        if (next && !actsCount && next.cls !== "classifier" && next.cls !== "bare" && bounds.clauseStart(next.start) === cs && !/[、和及与]/.test(s.slice(q.after, next.start)) && !/(为|向|对|给|帮助|帮扶|资助|救助|惠及)$/.test(region)) {
          skip("主体的数量（如“37个项目完成投资…”），不是完成量");
          continue;
        }
      }
    }
    // "新建充电桩200个，目前已完成选址": the task's figure written bare (no report word), then only a step of the work
    // reported done in the next clause: the figure restates the plan.
    if (mode === "progress") {
      const rest = clauseAfter(s, q.after, 30);
      const next = s.slice(q.after + rest.length + 1, q.after + rest.length + 32);
      if (/^[，,]/.test(s.slice(q.after + rest.length, q.after + rest.length + 1)) && !/已|累计|实际|达到|截[至止]|目前|以来|月|季度|半年|共/.test(s.slice(cs, q.start) + rest) && STEP_ONLY_NEXT.test(next)) {
        skip(NOT_ACTUAL_WHY.restated);
        continue;
      }
      // "8个农贸市场改造提升方案已编制完成", "完成20个行政村污水治理的设计": what is counted is a step of the work
      // (its plan, design, procedures), not the work.
      if (q.cls === "classifier" && STEP_COUNTED.test(rest)) {
        skip("计数的是工作的一个环节（方案、设计、手续…），不是完成量");
        continue;
      }
    }
    let explicitRatio: number | undefined;
    let explicitMetric = "";
    if (mode === "progress") {
      const clauseBefore = clauseTail(s, cs, q.start);
      // "分别完成目标的123.4%和125.9%": the later members of a list of shares are shares too.
      const listed = clauseBefore.replace(/(?:\d+(?:\.\d+)?%[和、及与])+$/, "");
      // "…占年计划72%；…累计完成101.97亿元，占52.42%": a bare 占 after an amount, once the text has named the plan its
      // shares are of, is a share of the same plan (the list leaves the base out after its first member).
      const elided = q.unit === "%" && /^占$/.test(listed) && works.some((w) => w.explicitRatio !== undefined) ? ELIDED_BASE.exec("") : null;
      // "省重点项目8项完成投资12.88亿元（52.99%）": a bare share in brackets right after an amount reported done (完成…) is
      // that amount's share of its plan; not after 其中 or 占, where a bracket gives a part's share of the whole.
      const last = works.length ? works[works.length - 1] : null;
      const bracketed =
        q.unit === "%" && s[q.start - 1] === "(" && s[q.after] === ")" && last && last.sentence === ss && last.q.after === q.start - 1 && last.q.cls !== "percent" && last.q.cls !== "pp" &&
        last.explicitRatio === undefined && /完成/.test(clauseTail(s, last.clause, last.q.start)) && !/(其中|占|比重)/.test(clauseTail(s, last.clause, last.q.start))
          ? ELIDED_BASE.exec("")
          : null;
      // "占年度计划投资19223.3万元的72.46%", "完成就业任务4000人的103%": the plan's own amount, written before 的, is left out of
      // the base's words.
      // "为预算（含本级预算和上级专项）的69.5%": a bracketed note on what the plan covers is no part of the base's words.
      const baseWords = q.unit === "%" ? listed.replace(/\([^()]*\)的$/, "的").replace(/(\D)\d+(?:\.\d+)?[万亿]?元的$/, "$1的").replace(/(目标|任务|计划)\d+(?:\.\d+)?[万亿]?(?:人次|平方米|公里|[人户家个套亩项所座吨件])的$/, "$1的") : listed;
      // Round ao: "投资完成率是否达到40%" is the mark a check is against, no share done (notActualReason says why).
      const checked = checkedMark(clauseBefore, s.slice(Math.max(ss, q.start - 200), q.start));
      const ex = q.unit === "%" && !checked ? EXPLICIT.exec(baseWords) ?? elided ?? bracketed : null;
      // "计划完成50%，实际完成率为60.87%": a planned share is a plan.
      const planned = q.unit === "%" && !ex && notActualReason(s.slice(Math.max(ss, q.start - 200), q.start), clauseBefore, q.unit) === NOT_ACTUAL_WHY.forecast;
      // "甲、乙、丙依次完成工程量的99%、87%、82%": a later member of a list of shares takes the rate word before the list.
      const rn = q.unit === "%" && !ex && !planned && !checked ? RATIO_NAME.exec(clauseBefore) ?? (listed !== clauseBefore ? RATIO_NAME.exec(listed) : null) : null;
      const em = ex ?? rn;
      if (em) {
        explicitRatio = q.value / 100;
        // "完成率40%" names its own base (of the 65 listed, or of the 73 under way): it stands alone, named, and
        // answers only a target of that name. "完成全年目标的50.2%" is a share of the target itself.
        // "手续办结率、开复工率均达到100%": a list before the rate word stays a list, to be shared out below.
        const head = ex ? "" : clauseBefore.slice(0, em.index);
        explicitMetric = ex ? (PLAN_WORDS_ONLY.test(ex[1] ?? ex[2] ?? "") ? "" : cleanMetric(ex[1] ?? ex[2] ?? "")) : cleanMetric(head) + (/[、和及与]$/.test(head) && cleanMetric(head) ? "、" : "") + (rn as RegExpExecArray)[1];
        // The ratio belongs to the amount before it in the sentence ("完成投资33.15亿元，同比增长14.67%，完成全年目标的50.2%").
        let owner: Work | null = null;
        for (let k = works.length - 1; k >= 0 && works[k].sentence === ss; k--)
          if (works[k].q.cls !== "percent" && works[k].q.cls !== "pp") {
            owner = works[k];
            break;
          }
        // "A 4934人、B 2519人，分别完成目标的123.4%和125.9%": in order, to the amounts of the sentence still without one.
        if (ex && /分别|依次/.test(listed)) {
          const open = works.filter((w) => w.sentence === ss && w.q.cls !== "percent" && w.q.cls !== "pp" && w.explicitRatio === undefined);
          const amounts = works.filter((w) => w.sentence === ss && w.q.cls !== "percent" && w.q.cls !== "pp").length;
          const listedShares = (clauseBefore.slice(listed.length).match(/%/g) ?? []).length + 1;
          if (open.length && amounts >= listedShares) owner = open[0];
        }
        // "预计全年600亿元，完成年计划的97%": the share of a forecast is a forecast too.
        if (ex && skippedAt > (owner ? owner.q.start : -1) && skippedAt >= ss) {
          skip(NOT_ACTUAL_WHY.forecast);
          regionFloor = q.after;
          continue;
        }
        if (ex && owner && owner.explicitRatio === undefined && q.value <= 1000) {
          owner.explicitRatio = explicitRatio;
          regionFloor = q.after;
          continue;
        }
        // "保障农村饮水安全完成计划的111.4%，城乡福利机构建设完成计划的128%": a share standing alone, with no amount before
        // it in its sentence and no name inside its base, is the share of the subject written before 完成 in its own
        // clause. Named so, it answers only that subject (without a name it answered any task of the report).
        if (ex && !owner && !explicitMetric) explicitMetric = shareSubject(baseWords.slice(0, ex.index));
        // "培育小企业、培养小老板、创造新岗位三项分别完成年度任务的220%、414%和205%": with no amounts to take them, a list of
        // names then 分别 gives each share the name in its place, when the names and the shares are as many.
        if (ex && !owner && !explicitMetric && /分别|依次/.test(listed)) {
          const names = baseWords.slice(0, ex.index).replace(/(?:[一二三四五六七八九十两\d]+(?:项|个|类|件))?(?:均)?(?:分别|依次)$/, "").split(/[、和及与]/);
          const at = (clauseBefore.slice(listed.length).match(/%/g) ?? []).length;
          const shares = (s.slice(cs, bounds.clauseEnd(q.after)).match(/\d(?:\.\d+)?%/g) ?? []).length;
          if (names.length >= 2 && names.length === shares && names.every((n) => n.length >= 2 && !/\d|分别|依次/.test(n))) explicitMetric = cleanMetric(names[at] ?? "");
        }
      } else {
        // "15项中9项提前完成，占60%": a bare 占 (or 占总数的) right after a count of items is that part's share of the
        // items listed, not an actual of any metric (a plan's share names its plan: 占年计划的…, read above).
        const prevCount = works.length ? works[works.length - 1] : null;
        if (
          q.unit === "%" && prevCount && prevCount.sentence === ss && prevCount.explicitRatio === undefined && /^(?:个|项|件|家|宗|所|处|条|批)$/.test(prevCount.q.unit) &&
          /^(?:分别|依次)?占(?:[^，,。；;\d%]{0,6}(?:总数|总量))?(?:的)?(?:比重|比例)?(?:为|达)?$/.test(clauseBefore) && bounds.clauseStart(prevCount.q.start) !== cs
        ) {
          skip(NOT_ACTUAL_WHY.share);
          regionFloor = q.after;
          continue;
        }
        // "累计完成投资8592万元，占总投资的48.96%", "为总投资的47.8%", "占全县实测面积的96.5%": a share of a whole project or
        // area (all years together) is no actual, nor the year's completion ratio.
        if (q.unit === "%" && SHARE_OF_WHOLE.test(baseWords)) {
          skip(NOT_ACTUAL_WHY.share);
          regionFloor = q.after;
          continue;
        }
        // A forecast word reaches at most a long sentence back (200 characters).
        const why =
          restDoneOr(notActualReason(s.slice(Math.max(ss, q.start - 200), q.start), clauseBefore, q.unit), clauseBefore, s.slice(q.after, q.after + 12)) ??
          // "除3件按计划跨年度建设外": the part set aside from a report is what is not done.
          (q.cls === "classifier" && SET_ASIDE_BEFORE.test(clauseBefore) && SET_ASIDE_AFTER.test(s.slice(q.after, q.after + 16)) ? NOT_ACTUAL_WHY.remaining : null) ??
          // "预计全年…；规上工业增加值1200亿元，增长13%；…": a heading 预计 reaches the whole sentence, across "；".
          (underHeadForecast(q.start) ? NOT_ACTUAL_WHY.forecast : null) ??
          // "增长7%（预计，下同），…增长23%": a bracketed forecast note after the figure, reaching on with 下同.
          (forecastNote(q.start, q.after, clauseBefore) ? NOT_ACTUAL_WHY.forecast : null) ??
          (restatedAfter(s.slice(q.after, q.after + 4)) ? NOT_ACTUAL_WHY.restated : null) ??
          (q.cls === "classifier" && buildParts.length && buildParts.includes(q.start) ? NOT_ACTUAL_WHY.restated : null) ??
          // Fields pass 3 (./formsF3.ts): "县级34项完成31项": the category's total before its part done.
          (q.cls === "classifier" && totalBeforePart(s.slice(q.after, q.after + 16), clauseBefore, q.value, q.unit) ? NOT_ACTUAL_WHY.restated : null) ??
          (q.cls === "classifier" && remainingAfter(s.slice(q.after, q.after + 16)) ? NOT_ACTUAL_WHY.remaining : null) ??
          (q.cls === "classifier" && plannedAfter(s.slice(q.after, q.after + 8)) ? NOT_ACTUAL_WHY.forecast : null) ??
          // "区管项目37个，开工率100%": the count the rate after it is of.
          (q.cls === "classifier" && rateBaseAfter(s.slice(q.after, q.after + 8), clauseBefore) ? NOT_ACTUAL_WHY.rateBase : null) ??
          // "重大项目共32项，总投资111.39亿元": the size of a list, told with its investment.
          (q.cls === "classifier" && listSizeAfter(s.slice(q.after, q.after + 10), clauseBefore) ? NOT_ACTUAL_WHY.restated : null) ??
          // "新开工项目258个，1—8月累计完成投资280.57亿元，占年计划的68.42%": the group the money is of.
          (q.cls === "classifier" && groupSizeBeforeInvestment(s.slice(q.after, q.after + 40), clauseBefore) ? NOT_ACTUAL_WHY.restated : null) ??
          // "10件实事大多数已经完成", "65件民生实事中大部分已开工": the count is the whole list, what was done a portion of it.
          (q.cls === "classifier" && PORTION_AFTER.test(s.slice(q.after, q.after + 20)) ? NOT_ACTUAL_WHY.restated : null) ??
          // "100件实事均已落实，其中97件已办结": a whole list put in hand, then the part finished: the list restated.
          (q.cls === "classifier" && LIST_IN_HAND_AFTER.test(s.slice(q.after, q.after + 60)) ? NOT_ACTUAL_WHY.restated : null) ??
          comparisonAcrossBracket(s, q.start, cs) ??
          (q.unit === "个百分点" && rateComparison(s.slice(Math.max(ss, cs - 48), cs), clauseBefore) ? NOT_ACTUAL_WHY.comparison : null);
        if (why) {
          skip(why);
          // "年计划地区生产总值617亿元以上，1-9月完成428.3亿元": the plan names what the report after it measures.
          // A difference from an earlier period names no plan ("比上年同期的73.79亿元多1.54亿元"): the figures after it
          // keep the metric of the amount before it.
          if (why !== NOT_ACTUAL_WHY.earlier) {
            const named = cleanMetric(s.slice(regionFloor, q.start));
            if (named) skippedName = named;
            skippedAt = q.start;
          }
          regionFloor = q.after;
          continue;
        }
      }
    }
    const prev = works.length && works[works.length - 1].sentence === ss ? works[works.length - 1] : null;
    let metric = explicitRatio !== undefined ? explicitMetric : follow ? withListedAct(region, follow, cleanMetric(follow)) : cleanMetric(region);
    // "完成投资90.5亿元，比上年同期增长16%": the change belongs to the amount before it.
    if (metric && comparisonOnly(metric)) metric = prev ? prev.metric : "";
    if (!metric && follow && explicitRatio === undefined) metric = cleanMetric(region);
    // Round ar: "任务8个，现已完成10个": an adverb of time left alone (现已) names nothing; the figure takes its name as an
    // unnamed one does (from the restated task or the figure before).
    if (metric && ADVERB_ONLY_NAME.test(metric)) metric = "";
    // "地方财政收入从2600万元增至5300万元": the verb of change alone names nothing; the figure is the base's metric.
    // Likewise the verbs that shorten a time or cut a list ("由347项精简到185项", "由16.1个工作日缩短到12.4个工作日"), and
    // 发展到 (hunt 15: "规上工业企业由33户发展到61户" is 增加到 in other words).
    if (stash && /^(?:减少|下降|降低|降|增加|增长|增|提高|提升|扩大|上升|发展|达到|缩短|压缩|压减|缩减|精简)(?:到|至|为)?$/.test(region)) metric = stash;
    // "全市新增规上工业企业120家，其中我区20家": the reporting unit's own part of the figure before names the same thing.
    const part = /^[|｜]?其中/.test(s.slice(cs, cs + 3));
    if (part && prev && /^(?:我|本)(?:区|县|市|镇|乡|街道|旗)$/.test(metric) && prev.q.unit === q.unit) metric = prev.metric;
    const kc = { q, region, metric, follow, prev, explicitRatio: explicitRatio !== undefined, progress: mode === "progress", part, clause: mode === "progress" && prev && prev.kind === "level" && region.charCodeAt(0) === 0x3001 ? clauseWindow(s, Math.max(ss, q.start - 160), q.start) : undefined };
    const { kind, flip } = kindOf(kc);
    const stretch = mode === "target" && stretchOf(kc) && /力争|争取|奋斗/.test(region);
    // An explicit share names its metric or takes the one before it; it never falls back to the verbs ("完成年度").
    // "48项具体工作中2项已完成，24项已开工…", "任务共1018项，已完成985项": a count left without a name, after a set-aside
    // total of the same counting word, is the part of that total that reached the stage its own words say (具体工作开工).
    // Without such a stage word ("22项正在推进") it stays unnamed, and takes no other part's name: a bare 具体工作 would
    // read as the whole done, 具体工作开工 as started.
    const partOf = !metric && mode === "progress" && setAside !== null && setAside.q.unit === q.unit && setAside.q.value > q.value && (!prev || (prev.q.start > setAside.q.start && (prev.partOf || !prev.metric)));
    if (partOf && setAside) metric = partOfTotal(s, setAside, cs, q);
    else if (!metric) {
      const fromPrev = prev && !(skippedName && skippedAt > prev.q.start && skippedAt >= ss) ? prev.metric : "";
      let loose = explicitRatio !== undefined ? "" : looseMetric(region);
      // A date alone (with 已/累计) names nothing; a date before a bare act keeps the words as they were (a bare act must not
      // become a name that answers any task of that act: roundAI, "截至9月30日已改造1020户").
      // Session 24: 年内 is kept whole with its act, as 今年以来 is ("年内完成改造50个" was named 内完成改造).
      loose = loose.replace(TIME_HEAD_NAME, "") === "" ? "" : loose.replace(/^[\d.]*(月份?|季度|年(?!内))?/, "");
      // A verb that says what was done ("已引进13人") names the figure better than the plan before it; 完成 does not.
      // Round ar: nor does an adverb of time alone ("任务8个，现已完成10个" leaves 现已): the restated task names the figure.
      if (skippedName && (loose.length < 2 || /^(完成|实现|达到|累计|共|为)/.test(loose) || ADVERB_ONLY_NAME.test(loose))) loose = "";
      // "单位地区生产总值能耗降低完成考核目标，今年降低3%左右": a time word is no name; the clause before says what falls.
      const timeOnly = TIME_ONLY_NAME.test(loose);
      if (timeOnly) loose = "";
      const ownAct = actOnlyName(loose);
      metric = stash || (ownAct && !fromPrev.includes(ownAct) ? loose : fromPrev) || loose || (explicitRatio !== undefined ? "" : skippedName);
      // "义务教育阶段免除学杂费，任务数19800人": the clause before names what the figure counts.
      if ((!metric || /^(任务数|任务量|目标数)$/.test(metric)) && !prev && cs > ss) {
        const before = s.slice(bounds.clauseStart(cs - 1), cs - 1);
        // Its subject, before the verb of change (降低完成…目标 is what it does, not what it is).
        const subject = timeOnly ? before.split(CHANGE_VERB)[0] : before;
        if (!/\d/.test(before)) metric = cleanMetric(subject) || metric;
      }
    }
    // "48项具体工作中2项已完成，24项已开工…", "任务共1018项，已完成985项": a count left without a name, after a set-aside
    // total of the same counting word, is the part of that total that reached the stage its own words say (具体工作开工).
    // Without such a stage word ("22项正在推进") it stays unnamed: a bare 具体工作 would read as the whole done.
    // "交通项目年初安排29项、计划投资387亿元，已开复工28项，完成投资351亿元": a figure named by its act alone, in a sentence
    // that opens with the things a plan lists, is of those things (交通项目开复工), not of any works.
    if (mode === "progress" && metric && ACT_ONLY_NAME.test(metric)) {
      const subject = PLAN_SUBJECT.exec(s.slice(ss, q.start));
      if (subject) metric = subject[1] + metric.replace(/^(?:已经?|目前|现已|均已)/, "");
    }
    // Round ax: a stage alone after a plan of one thing restated, in this sentence or the one before (./worksStages.ts).
    if (mode === "progress" && metric) metric = plannedThingAtStage(metric, s.slice(0, q.start), q.written) ?? metric;
    // "城镇居民人均可支配收入32000元…；农村居民18000元": a parallel subject says only which people; what is measured is the
    // name before it, in the same unit.
    // The figure before in the same unit, among the last three (its change may stand between: "…32000元，增长6.2%；农村居民18000元").
    let last: Work | null = null;
    for (let k = works.length - 1; k >= Math.max(0, works.length - 3) && !last; k--) if (works[k].q.unit === q.unit && works[k].q.cls === q.cls) last = works[k];
    if (last && metric && explicitRatio === undefined && q.cls !== "classifier" && q.cls !== "bare") metric = parallelName(metric, last.metric) ?? metric;
    stash = "";
    const stock = mode === "progress" && isStock(s.slice(Math.max(ss, q.start - 40), q.start), clauseTail(s, cs, q.start));
    // Optional keys set one by one (a spread per figure is a slow copy).
    const work: Work = { q, metric, kind, cmp: q.suffixCmp ?? q.prefixCmp, flip, region, clause: cs, sentence: ss, explicitRatio };
    if (stock) work.stock = stock;
    if (partOf) work.partOf = true;
    if (stretch) work.stretch = stretch;
    works.push(work);
    regionFloor = q.after;
  }
  if (mode === "progress") {
    restatedTotals(s, works, skipped);
    // "12项中6项提前完成；4项进展较快；2项进度偏慢": a tally of items by how far they have got counts no metric. Set aside
    // after the totals are read, so the whole it breaks down stays a total (and a bare 占N% after it stays its share).
    for (let i = works.length - 1; i >= 0; i--) {
      const w = works[i];
      if (w.q.cls !== "classifier" || !statusTallyAfter(s.slice(w.q.after, w.q.after + 40))) continue;
      skipped.push({ phrase: clauseTail(s, w.clause, w.q.after), figure: s.slice(w.q.start, w.q.after), why: NOT_ACTUAL_WHY.tally });
      works.splice(i, 1);
    }
  }
  distributeLists(s, works);
  if (mode === "progress") sinceYearStart(s, works);
  const figures: Figure[] = [];
  for (const w of works) {
    let cmp: Comparator = w.cmp ?? "=";
    let value = w.q.value;
    if (w.flip) {
      value = -value;
      cmp = flipCmp(cmp);
      // A decline target is met only by a decline at least as large: "能耗下降2.5%" is growth <= -2.5.
      if (mode === "target" && cmp === "=") cmp = "<=";
    }
    const fig: Figure = {
      metric: w.metric, kind: w.kind, cmp, value, unit: w.q.written, base: baseOf(value, w.q.written), phrase: s.slice(w.clause, bounds.clauseEnd(w.q.after)), approx: w.q.approx,
      cumulative: cumulativeOf(w.kind, w.q, w.metric, (w.listHead ?? "") + w.region, cmp), start: w.q.start, context: s.slice(w.sentence, bounds.clauseEnd(w.q.after)), sentenceStart: w.sentence,
    };
    if (w.explicitRatio !== undefined) fig.explicitRatio = w.explicitRatio;
    if (w.q.high !== undefined && w.q.high !== w.q.value) fig.high = w.flip ? -w.q.high : w.q.high;
    if (w.stock) fig.stock = true;
    if (w.stretch) fig.stretch = true;
    // One figure for several names: "开工率、纳统率均达到100%", "示范街、示范路各3条", and a rate or change of a list
    // ("二氧化硫、氮氧化物排放量下降3%", "调查失业率和登记失业率稳定在4.3%左右") holds for each of them.
    // A 都 or 均 the name holds is a word's last character (宜都, 人均), not the adverb that shares one figure.
    // The last such word is the one before the figure's verb ("成都市、江都区均完成3个": 均, not 江都's 都).
    const sharer = /^(.*)(均|都|各)[^、，,]{0,4}$/.exec(w.region);
    const at = sharer ? sharer[1].length : -1;
    const shared = (!!sharer && !(sharer[2] !== "各" && at > 0 && w.metric.includes(w.region.slice(at - 1, at + 1)))) || ((w.q.cls === "percent" || w.q.cls === "pp") && !w.listHead && sharesFigure(w.metric));
    const lists = shared ? splitMetricList(w.metric).filter((m) => m.length >= 2) : [w.metric];
    if (!lists.length) lists.push(w.metric);
    // Nearly always one name, the figure's own: the figure itself, not a copy.
    if (lists.length === 1 && lists[0] === fig.metric) figures.push(fig);
    else {
      const ratioNamed = lists.some((m) => OWN_RATIO_NAME.test(m));
      for (const metric of lists) {
        const each: Figure = { ...fig, metric };
        // "手续办结率和开复工率均达到100%": the share of a plan's projects (开复工率) is a completion ratio; a rate of
        // another kind named with it (手续办结率) is a level of its own.
        if (each.explicitRatio !== undefined && ratioNamed && !OWN_RATIO_NAME.test(metric)) delete each.explicitRatio;
        figures.push(each);
      }
    }
  }
  return { figures, skipped };
}

/** A name that is an act alone: what was done, not to what. */
const ACT_ONLY_NAME = /^(?:已经?|目前|现已|均已)?(?:开复工|开工|复工|竣工|完工|建成|投产|开工建设|投资|完成投资)$/;
/** A sentence opening with the things a plan lists: "水利项目年初安排8项", "能源工程全年计划投资…" (group 1 the things). */
const PLAN_SUBJECT = /^([^，,。；;、\d]{2,16}?(?:项目|工程))(?:年初|年度|全年|今年|本年)?(?:共|累计)?(?:安排|计划)/;

/**
 * The subject of a share written before its 完成 ("保障农村饮水安全完成计划的"), or "" when the words there are no subject of
 * their own: a place, a time, a list (分别, 、), a figure, a generic word (项目, 工程, 任务) or fewer than three characters.
 */
function shareSubject(head: string): string {
  if (!head || /\d|[、，,]|分别|依次|其中/.test(head)) return "";
  const name = cleanMetric(head.replace(/(?:已经?|累计|共|均|全部|全面|提前|超额)+$/, ""));
  if (name.length < 3 || /^(?:全|本)?(?:省|市|区|县|旗|镇|乡)/.test(name) || /^(?:重点|建设|在建|新建)?(?:项目|工程|任务|工作)(?:建设)?$/.test(name)) return "";
  return name;
}

/** Names that are themselves a completion ratio: 开复工率, 完成率, 投资进度, 工程量 … */
const OWN_RATIO_NAME = /(?:完成|完工|开复工|复工|开工|竣工|建成|投产|签约|到位|兑现|执行)率$|进度$|工程量$/;

const DONE_VERB = /(完成|完工|开工|建成|竣工|投用|投运|启动|开业|达到|超过|签约|落地|实施|投入运营)/;
/** A next clause that reports only a step of the work done (选址, 设计, 招标 …), with no figure of its own. */
const STEP_ONLY_NEXT = /^(?:目前|现|截至目前)?(?:已经?|均已|现已)(?:完成|开展|启动|进行|办理|开始|落实)?[^，,。；;\d]{0,6}?(?:选址|设计|招标|立项|可研|环评|征地|拆迁|前期|手续|方案|规划|清表|备案|审批|勘察|评审|测绘|用地|土地挂牌|挂牌|摘牌)[^，,。；;\d]{0,6}(?:$|[，,。；;])/;
/** After a count, its noun is a step of the work: "…改造提升方案已编制完成", "…污水治理的设计" (not a count of things
 * at that step: "27个仍在办理前期手续"). */
const STEP_COUNTED = /^(?:(?!在|办理|正|仍|开展|进行)[^，,。；;\d]){0,16}?(?:的)?(?:实施方案|方案|施工图设计|设计|规划|前期手续|手续|可研报告|可研|图纸|招标文件|勘察)(?:已|均已|全部|已经)?(?:编制|制定|完成|通过|获批|批复|审查|审定|$)/;
/** "占总投资的", "为总投资的", "占全县实测面积的": the base of a share is a whole (the project's total, an area), not a plan of the year. */
/**
 * Round aq: a plan's base named only by its period and its kind of work ("完成“十二五”减排任务的87.5%", "完成年度节能任务的…")
 * names no thing: the subject before 完成 (or the list before 分别) names the share. Round av: so does a base named only by
 * the kind of plan ("营业收入、利润总额分别完成年度预算目标的59.4%、66%", "完成年度经营目标的…", "…考核目标的…").
 */
const PLAN_WORDS_ONLY = /^(?:[“"]?十[一二三四五]五[”"]?|年度|全年|今年|本年|省下达|市下达|下达)*(?:的)?(?:减排|节能|降耗|节能降耗|减排降耗|预算|经营|考核|经营预算|经营考核)$/;
const SHARE_OF_WHOLE = /^(?:分别)?(?:占|为)(?:项目|工程)?(?:总投资|[^，,。；;\d%]{0,6}(?:总面积|面积))的$/;

/** A clause that only compares ("高于全市", "比去年同期提高", "同比快", "分别比全国、全市高4.2和"), with no name of its own. */
const COMPARE_ONLY = /^(?:分别)?(?:同比|环比|比|较|高于|低于|快于|慢于|高出|低出|领先|落后于?)[^，,。；;]{0,30}$/;
/**
 * The clause before ends with a rate of change or a share of a plan ("增长6%", "开工率98.8%", "完成年计划的105.9%"), or
 * the one before it, with only words between ("增长7.2%，增速全市首位，分别比全国…高…").
 */
const RATE_BEFORE = /(?:增长|增速|增幅|涨幅|下降|回落|降幅|(?:完成|开工|开复工|复工|竣工|完工|建成|投产|签约|到位)率|的)(?:为|达到?|是)?-?\d+(?:\.\d+)?%[，,](?:[^，,。；;\d%]{1,12}[，,])?$/;

/**
 * "同比增长47.3%，同比快4.5个百分点", "开工率98.8%，比去年提高13.8个百分点", "增速比上年提高1.2个百分点": percentage points
 * by which a rate of change or a share of a plan differs from another place's or year's is a comparison, not a change of
 * the metric. A level rate's change stays its own figure ("优良天数比例为79.3%，比上年提高1.3个百分点").
 */
function rateComparison(sentenceBeforeClause: string, clauseBefore: string): boolean {
  if (/(?:增速|增幅|涨幅)(?:同比|比|较)/.test(clauseBefore)) return true;
  return COMPARE_ONLY.test(clauseBefore) && RATE_BEFORE.test(sentenceBeforeClause);
}

/** Right after a part that follows 其中: it reached a stage ("其中9所已完成", "其中12个已建成投用"). */
const PART_STAGE_AFTER = /^(?:已经?|均已|已全部|现已)(?:完成|完工|建成|竣工|开工|投用|交付|办结)/;
/** A portion word right after a count and its noun: "10件实事大多数已经完成", "20个项目绝大部分已开工" (with 中, restatedTotals reads the parts). */
const PORTION_AFTER = /^[^，,。；;\d中]{0,12}?(?:的)?(?:绝大多数|大多数|绝大部分|大部分|多数|少数|个别)(?:项目|事项|工程)?(?:已经?|均已|已基本|基本|还)?/;
/**
 * Round ap: "其余97件已办结", "剩余5项均已完成": the rest, said to be finished, is a report of things done, not what is left;
 * "其余3个正在施工", "剩余5项尚未启动" stay the remainder.
 */
const REST_BEFORE = /(?:其余|剩余|其他)[^，,。；;\d]{0,4}$/;
const REST_DONE_AFTER = /^[^，,。；;\d]{0,6}?(?:均已|已全部|已经|已)(?:完成|办结|建成|竣工|完工|投用|投入使用)(?:年度任务|全年任务|任务)?(?:[，,。；;]|$)/;
function restDoneOr(why: string | null, clauseBefore: string, after: string): string | null {
  return why === NOT_ACTUAL_WHY.remaining && REST_BEFORE.test(clauseBefore) && REST_DONE_AFTER.test(after) ? null : why;
}
/** Round ap: a count between 除 and 外 in its clause ("除3件跨年度实施外", "除2个项目外"): the part left out of what follows. */
const SET_ASIDE_BEFORE = /除(?:了)?[^，,。；;\d]{0,12}$/;
const SET_ASIDE_AFTER = /^[^，,。；;\d]{0,12}?外/;

/**
 * Round ap: a whole list said to be put in hand (均已落实, 已全部启动, 全部开工) and then, in the same sentence, a part of it
 * finished ("100件实事均已落实，其中97件已办结，另3件跨年度建设"): the first count is the list restated, the part is what was
 * done — as the corpus reads "3698个项目已全部开工，其中2358个已完工" (a10-p01). On the safe side: a task of 开工 then reads the
 * finished part, short of green. A list said to be finished ("100件实事已全部完成，其中97件超额完成") keeps its count, and so
 * does a list put in hand with no finished part after it.
 */
const LIST_IN_HAND_AFTER =
  /^[^，,。；;\d]{0,8}?(?:均已|已全部|已经全部|全部|均)(?:落实|启动|实施|推进|开工|交办)[，,](?:其中|除|另)(?=[^。；;]{0,40}?(?:办结|完成|建成|竣工|完工))/;

/** A total's noun, a bracketed note with no figure, and what follows up to the part: "重点项目（含厅局实施项目）目前只开工". */
const ASIDE_BETWEEN = /^[^，,。；;\d（()）]{1,12}[（(][^）)\d，,。；;]{1,16}[）)][^，,。；;\d（()）]{0,12}$/;
/** Between a total and its part in one clause: "15个…任务已完成8个", "1739个子项中已开工1457个", "20项民生工程中已有9项". */
const PART_OF = /(中|里|当中|之中)|(已|已经|共|累计)(有)?/;
/** A later clause that reports on the figure before it: "新增4000张床位 | 完成4385", "计划打造82家，实际投入运营118家". */
const REPORT_START = /^(截[至止](?:目前|\d{1,2}月(?:底|末|\d{1,2}日)?)|\d{1,2}-\d{1,2}月份?|上半年|前三季度|今年以来|目前)?(已经|已|累计|实际|共)?(完成|实际)/;

function unitsFit(a: Qty, b: Qty): boolean {
  if (b.cls === "bare" && !b.mag) return true;
  if (a.cls !== b.cls) return false;
  return a.unit === b.unit || (a.cls === "classifier" && (a.unit === "个" || b.unit === "个" || a.unit === "项" || b.unit === "项"));
}

/**
 * Restated targets and totals before what was done: "15个老旧小区改造任务已完成8个" reports 8 (of 15), "9个计划新开工项目中
 * 5个已开工" reports 5, "1739个子项中已开工1457个", "新增4000张养老床位 | 完成4385" reports 4385. The total is set aside with
 * its reason and the report takes its name, with the verb that tells what was done (完成, 开工 …).
 */
/** The name of a part of a set-aside total: the total's noun and the stage the part's own words name; "" without either. */
/**
 * A short name that shares its head with the start of the name before ("农村居民" after "城镇居民人均可支配收入", "服务业企业" after
 * "工业企业营业收入") and says only another kind of it takes the rest of that name ("农村居民人均可支配收入"). The kinds differ, the
 * head is two characters or more, and what is taken names a measure (收入, 投资, 增加值 …) and no rate or change (增长率 is a
 * figure's own measure, not its subject's). Amounts, rates and physical quantities only: a count names its things.
 */
function parallelName(name: string, before: string): string | null {
  if (name.length < 3 || name.length > 6 || before.length <= name.length || COMPLETE_NAME.test(name) || /^[占为比较]/.test(name)) return null;
  for (let c = name.length - 1; c >= 2; c--) {
    const head = name.slice(name.length - c);
    const kind = name.slice(0, name.length - c);
    const at = before.indexOf(head);
    if (at < 1 || at > 4 || kind.length > 4) continue;
    const rest = before.slice(at + c);
    if (rest.length < 2 || before.slice(0, at) === kind || PARALLEL_NOT_TAKEN.test(rest) || !COMPLETE_NAME.test(rest)) continue;
    return name + rest;
  }
  return null;
}

/** What a parallel name never takes from the name before: a rate, a share or a change is the figure's own measure. */
// Nor an act other than 完成 ("竣工项目" after "新开工项目…开工" is not 竣工项目开工), nor a clause's leftovers (中有, 超过, 发展到).
const PARALLEL_NOT_TAKEN = /率|比重|占比|比例|增长|增速|增幅|下降|降幅|提高|减少|[、和及与]|开工|竣工|建成|签约|引进|投产|发展|中有|超过|达到|认定|培育|新增|新建|改造/;
/**
 * A name that already ends in what it measures ("垦地合作面积", "工业投资") needs nothing from the name before. Round av: a
 * balance-sheet or earnings item is its own measure ("资产总额766.6亿元，净资产385亿元" is 净资产, not 净资产总额).
 */
const COMPLETE_NAME = /(?:面积|投资|产值|收入|支出|总额|总量|金额|规模|产量|人数|户数|数量|增加值|资产|负债|利润|权益|额|量|数)$/;

function partOfTotal(s: string, total: { q: Qty; clause: number }, cs: number, q: Qty): string {
  const end = /[，,。；;]/.exec(s.slice(q.after, q.after + 30));
  const own = `${s.slice(cs, q.start)}|${s.slice(q.after, end ? q.after + end.index : q.after + 30)}`;
  const stage = PART_STAGE.exec(own);
  // 未完成 is what is left, not a stage reached.
  if (!stage || (stage.index > 0 && /[未没]/.test(own[stage.index - 1]))) return "";
  // The noun after the total ("48项具体工作中"), else the words before it in its clause ("重点工作任务共1018项").
  const after = /^([\u4e00-\u9fa5]{1,16}?)(?:中|当中|之中|[，,。；;|]|$)/.exec(s.slice(total.q.after, total.q.after + 20));
  const noun = after ? cleanMetric(after[1]) : cleanMetric(s.slice(total.clause, total.q.start).replace(/(?:共计|共有|共分为|共)$/, ""));
  return noun.length >= 2 ? noun + stage[1] : "";
}
const PART_STAGE = /(完成|完工|开工|建成|竣工|投用|投运|开业|签约|落地|办结|交付|通过验收)/;

function restatedTotals(s: string, works: Work[], skipped: Skipped[]): void {
  for (let i = 0; i + 1 < works.length; i++) {
    const a = works[i];
    const n = works[i + 1];
    if (n.sentence !== a.sentence || !unitsFit(a.q, n.q)) continue;
    const rawBetween = s.slice(a.q.after, n.q.start);
    const afterN = s.slice(n.q.after, n.q.after + 8);
    // Round w: "26个重点项目（含厅局实施项目）目前只开工16个": a bracketed note after the total's noun breaks the clause in
    // progress texts, yet the count after it is still a part of the total; the note (no figure, no stop) is read through.
    const aside = n.clause !== a.clause && ASIDE_BETWEEN.test(rawBetween);
    const between = aside ? rawBetween.replace(/[（(][^）)]*[）)]/, "") : rawBetween;
    const sameClause = n.clause === a.clause || aside;
    // "48项具体工作中2项已完成，24项已开工…": every later figure of the sentence is a part of the total.
    // "117项重点工作中，112项达到要求，5项未达到": the same when the parts start the next clause.
    const ofAll = n.q.value <= a.q.value && (sameClause ? /(中|里|当中|之中)(已有|已经|已|有|共)?$/ : /(中|当中|之中)[，,](已有|已经|已|有|共)?$/).test(between);
    // "新改扩建学校21所，其中9所已完成": a count closing its clause, then how many of it reached a stage.
    // Not when the total is itself a report ("进度超过70%的有120家，其中34家已完成"; round aa: "今年以来签订合同19个，其中已开工
    // 14个", contracts signed, then how many of them started: two reports).
    const partThen = !sameClause && n.q.value < a.q.value && (/^[，,]其中$/.test(between) ? PART_STAGE_AFTER.test(afterN) : /^[，,]其中(?:已经?|均已|现已)(?:完成|完工|建成|竣工|开工|投用|交付|办结)$/.test(between)) &&
      !/已|有|达到|超过|完成|进度|开工|竣工|完工|建成|投用|签订|签约|今年以来|累计/.test(s.slice(a.clause, a.q.start));
    const inClause = sameClause && n.q.value <= a.q.value && PART_OF.test(between) && DONE_VERB.test(between + afterN);
    // Round w: "66个新开工项目目前有28个已开工建设": how many of the total there are (有), then that they reached a stage.
    const hasThen = sameClause && n.q.value < a.q.value && /(?:目前|现在|当前|现)有$/.test(between) && PART_STAGE_AFTER.test(afterN);
    // "市本级32个项目开复工28个", "政府投资项目60个，已开工57个": a plain count of listed things, then how many of them
    // reached a stage (not a count already at a stage: "已开工项目12个，已完工8个" are two reports).
    const plain = !STAGE_WORD.test(clauseTail(s, a.clause, a.q.start)) && n.q.value <= a.q.value;
    // Hunt 8: handing over or use after a total with an act of its own result (新增, 引进, 累计 …) is a later stage of things
    // already counted done ("新增…小区500个，已交付200个"); after the programme's word 新建 it is the part finished.
    // The head read back across brackets, which break clauses ("完成新（改、扩）建中小学校5家").
    const ownResult = HANDED_OVER.test(between) && OWN_RESULT.test(s.slice(Math.max(a.sentence, a.q.start - CLAUSE_LOOK), a.q.start).split(/[，,；;]/).pop() as string);
    const staged = plain && !ownResult && ((sameClause && STAGE_THEN.test(between) && !/[、\d]/.test(between)) || (!sameClause && /^[，,][^，,。；;]*$/.test(between) && STAGE_REPORT.test(between.slice(1))));
    const nGeneric = !n.metric || n.metric.length < 2 || /^(完成|实际|已|累计)/.test(n.metric) || DONE_VERB.test(n.metric.slice(0, 4)) || metricSimilarity(a.metric, n.metric) >= 0.5;
    // Round aa: "合同金额42500万元，实际到位资金13456万元": 实际 before a name of its own, after a figure that is no plan or
    // task, reports another metric (what arrived of what was signed), not the figure before.
    const ownName = /^实际/.test(n.metric ?? "") && n.metric.length >= 4 && metricSimilarity(a.metric, n.metric.slice(2)) < 0.5 &&
      !/计划|目标|任务|新增|新建|建设|打造|改造|实施|安排|下达|年初/.test(s.slice(a.clause, a.q.after));
    const laterReport =
      !sameClause && nGeneric && !ownName && n.q.value >= a.q.value * 0.3 && n.q.value <= a.q.value * 3 && REPORT_START.test(s.slice(n.clause, n.q.start).replace(/^[|｜]/, ""));
    // "3224户重建户中，就近就地重建的1187户已有1128户竣工": a count heading a sentence with 中 is the whole the later
    // clauses break down; the parts keep their own names.
    const headOfAll = !sameClause && n.q.value <= a.q.value && /^[^，,。；;\d]{1,20}(?:中|当中|之中)[，,]/.test(between);
    if (headOfAll && !ofAll) {
      skipped.push({ phrase: clauseTail(s, a.clause, a.q.after), figure: s.slice(a.q.start, a.q.after), why: "复述的目标或总数，完成数在后（如“15个任务已完成8个”）" });
      works.splice(i, 1);
      i--;
      continue;
    }
    // Round w: "26个重点项目（含厅局实施项目）目前在建16个": how many of the total are still under way; the total is not a
    // count done, and the part is not one either (it keeps its own reading: work under way).
    if (sameClause && n.q.value < a.q.value && /(?:目前|现在|现)?(?:仍|还)?(?:在建|正在建设|正在施工)$/.test(between)) {
      skipped.push({ phrase: clauseTail(s, a.clause, a.q.after), figure: s.slice(a.q.start, a.q.after), why: "复述的目标或总数，完成数在后（如“15个任务已完成8个”）" });
      works.splice(i, 1);
      i--;
      continue;
    }
    if (!ofAll && !inClause && !laterReport && !staged && !partThen && !hasThen) continue;
    const parts = ofAll ? works.slice(i + 1).filter((w) => w.sentence === a.sentence && unitsFit(a.q, w.q) && w.q.value <= a.q.value) : [n];
    for (const w of parts) {
      const own = w === n ? between.slice(-12) + afterN : clauseTail(s, w.clause, w.q.start) + s.slice(w.q.after, w.q.after + 8);
      const generic = !w.metric || w.metric.length < 2 || /^(完成|实际|已|累计)/.test(w.metric) || w.metric === a.metric;
      if (ofAll || inClause || staged || partThen || hasThen || generic) {
        const verb = DONE_VERB.exec(own);
        w.metric = a.metric + (verb && !a.metric.endsWith(verb[1]) ? verb[1] : "");
      }
      w.kind = a.kind;
    }
    skipped.push({ phrase: clauseTail(s, a.clause, a.q.after), figure: s.slice(a.q.start, a.q.after), why: "复述的目标或总数，完成数在后（如“15个任务已完成8个”）" });
    works.splice(i, 1);
    i--;
  }
}

/**
 * Whether a list of names before one rate names several metrics that each have it: short names joined by 、
 * ("二氧化硫、氮氧化物排放量") or whole names joined by 和 ("调查失业率和登记失业率"), not a clause that ran on.
 */
function sharesFigure(metric: string): boolean {
  if (/等|[，,]/.test(metric) || !/[、和]/.test(metric)) return false;
  const parts = metric.split(/[、和]/);
  if (parts.length > 4 || parts.some((p) => p.length < 1)) return false;
  if (parts.every((p) => /(率|比重|占比|比例|指数|浓度|排放量|收入|产量)$/.test(p))) return true;
  return !/和/.test(metric) && parts.slice(0, -1).every((p) => p.length <= 6 && !/(完成|实现|清零|达到|建成|开展)/.test(p));
}

/** What a comparison is made with, right before a bracket: "比全国（5.0%）高0.8个百分点". */
const BASE_BEFORE_BRACKET = /(全国|全省|全市|全区|全县|全州|平均|平均水平|上年|去年|同期|目标)\($/;

/**
 * In progress texts brackets break clauses, which hides a comparison's base: the figure inside "比全国（5.0%）" is the
 * other place's, and "高0.8个百分点" right after the bracket is the difference.
 */
function comparisonAcrossBracket(s: string, at: number, cs: number): string | null {
  if (BASE_BEFORE_BRACKET.test(s.slice(Math.max(0, cs - 8), cs))) return NOT_ACTUAL_WHY.comparison;
  if (s[cs - 1] === ")" && /^(高|低|快|慢|多|少)/.test(s.slice(cs, at))) {
    const open = s.lastIndexOf("(", cs - 1);
    if (open >= 0 && /(比|较|高于|低于)?(全国|全省|全市|全区|全县|平均|上年|去年|同期)$/.test(s.slice(Math.max(0, open - 8), open))) return NOT_ACTUAL_WHY.comparison;
  }
  return null;
}

/** The noun a length or area measures ("223千米堤防的水毁修复" → 堤防的水毁修复 cut at its verb). */
function readNoun(s: string, q: Qty): string {
  const noun = classifierNoun(s, { ...q, cls: "classifier" });
  return "noun" in noun ? noun.noun : "";
}

const RANGE_LOW = /(\d+(?:\.\d+)?)(万亿|千万|百万|万|亿|千)?[^\d，,。；;、\-]{0,4}$/;

/** "培育2—3个特色产业" reads as at least the low end; the figure then spans the whole range. */
function rangeLowEnd(s: string, q: Qty): Qty | null {
  if (s[q.start - 1] !== "-") return null;
  // Read in the 64 characters before the dash, not the whole text before it (a cell of thousands of ranges stays
  // linear); a match touching the window's start may be the tail of a longer number, so that one is read in full.
  const end = q.start - 1;
  const from = Math.max(0, end - 64);
  let low = RANGE_LOW.exec(s.slice(from, end));
  if (low && low.index <= 1 && from > 0) low = RANGE_LOW.exec(s.slice(0, end));
  if (!low) return null;
  const value = (Number(low[1]) * (MAGNITUDES[low[2] ?? q.mag] ?? 1)) / (MAGNITUDES[q.mag] ?? 1);
  const start = q.start - 1 - low[0].length;
  const pm = /(不低于|不少于|至少|超过|突破)$/.exec(s.slice(Math.max(0, start - 8), start).replace(/(分别|依次|均|都|为)+$/, ""));
  return { ...q, start, value, high: q.value, prefixCmp: null, prefixWord: pm ? pm[1] : "", suffixCmp: q.suffixCmp ?? ">=" };
}

/** "研发投入、强度分别突破18亿元、3.3%", "播种面积和产量稳定在426万亩、183万吨以上": one metric and comparator per figure. */
/**
 * "存款余额1439.8亿元，…，比年初新增125.5亿元": the increase since the year began is this year's addition to the balance,
 * named by the balance ("存款比年初新增") and counted, so that it answers "新增存款…" and the balance does not.
 */
const STOCK = /余额|存量|总数|总量/;
function sinceYearStart(s: string, works: Work[]): void {
  for (let i = 0; i < works.length; i++) {
    const w = works[i];
    // Round ab: last year's end is where this year began ("较上年末净增", "比去年底新增"); a stock may be a total (总数, 总量).
    if (w.q.unit === "%" || !/^(?:比|较)(?:年初|上年末|上年底|去年末|去年底)(?:净)?(?:新增|增加|净增)/.test(s.slice(w.clause, w.q.start))) continue;
    let stock = STOCK.test(w.metric) ? w.metric : "";
    for (let k = i - 1; !stock && k >= 0 && works[k].sentence === w.sentence; k--) if (STOCK.test(works[k].metric)) stock = works[k].metric;
    if (!stock) continue;
    w.metric = `${stock.replace(STOCK, "")}比年初新增`;
    w.kind = "count";
  }
}

function distributeLists(s: string, works: Work[]): void {
  let i = 0;
  while (i < works.length) {
    let j = i;
    while (j + 1 < works.length && works[j + 1].clause === works[i].clause && /^[、和及与]$/.test(s.slice(works[j].q.after, works[j + 1].q.start))) j++;
    if (j > i) {
      const run = works.slice(i, j + 1);
      const parts = splitMetricList(run[0].metric);
      if (parts.length === run.length) run.forEach((w, k) => (w.metric = parts[k]));
      const firstCmp = run[0].q.prefixCmp;
      const lastCmp = run[run.length - 1].q.suffixCmp;
      for (const w of run) if (!w.cmp) w.cmp = lastCmp ?? firstCmp;
      for (const w of run.slice(1)) w.listHead = run[0].region;
      for (let k = 1; k < run.length; k++) if (!run[k].q.prefixCmp && !run[k].q.suffixCmp && firstCmp && !lastCmp) run[k].cmp = firstCmp;
    }
    i = j + 1;
  }
}
