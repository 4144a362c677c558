/**
 * Forms docs/metrics.md listed as not understood, made understood or answered honestly (branch judge-forms2, train
 * set m): each rule is a small function over the judgements judgeTask has made, so that it can be read, tested and
 * merged apart. Every judgement these rules change carries a stable code of the catalogue (JUDGE_*, ruleCatalog.ts)
 * and a reason in Chinese.
 *
 * - a target due at the end of a later year (到2027年, 2025年前, 三年内 …) whose share for this year the text does not
 *   state: never judged on a partial figure (multiYearLevel, multiYearEnd);
 * - 夏粮, 秋粮, 早稻 … against the year's 粮食: a part of the year's harvest is not the year's total (partOfHarvest);
 * - a figure of another place (全市 for a 全区 target) or another stage (新签约 for 新开工): not this target's figure
 *   (otherScope, otherStage);
 * - a restated target with only preparatory work done (方案设计, 招标 …): not done, and behind late in the period
 *   (preparatoryOnly);
 * - relative targets (与经济增长同步, 高于全省平均水平, 不低于上年): judged against the reference when the progress
 *   gives it, else 无法研判 (relativeJudgements);
 * Deadlines counted from an event (批复后3个月内, 签约后半年内) are read by ../metrics/eventDeadline.ts.
 * Pure: no I/O, no clock.
 */
import { mapPacked } from "../arrays";
import { clauseStart } from "../text/stops";
import { IsoDate } from "../text/dates";
import { foldText } from "../text/normalize";
import { prepareText } from "../metrics/scan";
import { Memo } from "../metrics/cache";
import { Actual, Judgement, MetricStatus, Rag, RAG_LABELS, STATUS_LABELS, Target, isCumulative, judgeTarget, parseActuals } from "../metrics";
import { metricSimilarity } from "../metrics";
import { RULES } from "../validate/ruleCatalog";
import { markedWeak } from "./weakEvidence";
import { listsThings } from "../text/joiners";

type FormsMCode = "JUDGE_MULTI_YEAR" | "JUDGE_PART_OF_HARVEST" | "JUDGE_OTHER_SCOPE" | "JUDGE_OTHER_STAGE" | "JUDGE_PREPARATORY_ONLY" | "JUDGE_RELATIVE_TARGET" | "JUDGE_EVENT_DEADLINE";

interface Context {
  taskText: string;
  progressText: string;
  asOf: IsoDate;
  year: number;
  /** The task's deadline (the year's end when none is stated). */
  deadline: IsoDate;
  /** 序时进度 at the as-of date (share of the period elapsed). */
  expected: number;
}

const RAG_OF: Record<MetricStatus, Rag> = { done: "green", "on-track": "green", behind: "yellow", overdue: "red", unknown: "yellow", "not-mentioned": "yellow", "no-data": "yellow" };

/** A judgement restated with a new status and reason, and the code of the rule that restated it. */
function restated(j: Judgement, status: MetricStatus, reason: string, code: FormsMCode, keepActual = true): Judgement {
  const rag = RAG_OF[status];
  const out: Judgement = {
    ...j, status, label: STATUS_LABELS[status], rag, ragLabel: RAG_LABELS[rag], met: status === "done" || status === "on-track" ? j.met : false,
    reason: `${STATUS_LABELS[status]}：${reason}`, detail: reason, code: RULES[code].code,
  };
  if (!keepActual) {
    out.actual = null;
    out.ratio = null;
    out.gap = null;
  }
  return out;
}

/** The sentence of `text` up to the end of `phrase` (where the phrase is found), folded. */
function sentenceBefore(text: string, phrase: string): string | null {
  const s = foldText(text);
  const p = foldText(phrase);
  const at = s.indexOf(p);
  if (at < 0) return null;
  const from = Math.max(s.lastIndexOf("。", at), s.lastIndexOf("；", at), s.lastIndexOf(";", at)) + 1;
  return s.slice(from, at + p.length);
}

/** The clause of `text` around a figure's phrase: from the last clause break before it to the next after it. */
function clauseAround(text: string, phrase: string): { before: string; after: string } | null {
  const s = prepareText(text);
  const at = s.indexOf(phrase);
  if (at < 0) return null;
  const from = clauseStart(s, at);
  const rest = s.slice(at + phrase.length);
  const stop = /[，,。；;！!？?]/.exec(rest);
  return { before: foldText(s.slice(from, at)), after: foldText(stop ? rest.slice(0, stop.index) : rest) };
}

// ---------------------------------------------------------------------------------------------------------------
// A target due at the end of a later year.

/** The end year a target's sentence names: 到2027年, 至2026年底, 2025年前, 2027年底前 (the last such before the figure). */
const END_YEAR = /(?:到|至|于|在)(20\d\d)年(?:底|末)?|(20\d\d)年(?:底|末)?(?:前|之前|以前)/g;
/** Words that put the figure in this year after that: 今年, 年内, 本年, 全年, 当年 (the share due this year is stated). */
const THIS_YEAR = /今年|年内|本年|全年|当年|年度|其中/;
/** N年内, 三年行动 …: the multi-year forms judgeTask already reads (its MULTI_YEAR), whose levels are judged here too. */
const SEVERAL_YEARS = /[两二三四五]年(?:内|实施|累计|共|行动|攻坚|计划)|20\d\d\s*[-—~至到]\s*(?:20)?\d\d年|十[三四五六]五”?(?:期间|时期|末)/;

/** The later year a target is due in, when its own sentence says so and names no share for this year; else null. */
function laterEndYear(target: Target, taskText: string, year: number): number | null {
  const before = sentenceBefore(taskText, target.phrase) ?? "";
  let last: RegExpExecArray | null = null;
  END_YEAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = END_YEAR.exec(before)); ) last = m;
  if (!last) return null;
  const y = Number(last[1] ?? last[2]);
  if (!(y > year)) return null;
  if (THIS_YEAR.test(before.slice(last.index + last[0].length))) return null;
  return y;
}

/**
 * "到2027年新增城镇就业3万人" answered by "1-6月新增城镇就业6000人": the target is due at the end of 2027 and the text does
 * not say how much of it falls in this year, so 6000 of 30000 is neither on schedule nor behind: 无法研判 with the reason.
 * A figure that already reaches the whole target is left as judged (done or on track). Levels and ceilings due in a later
 * year ("到2027年森林覆盖率达到45%", "三年内…达到45%") are not behind for being short now: 无法研判 too, unless met.
 */
export function multiYearEnd(input: Judgement[], ctx: Context): Judgement[] {
  const several = SEVERAL_YEARS.test(foldText(ctx.taskText));
  const judgements = withYearShare(input, ctx);
  return mapPacked(judgements, (j) => {
    if (!j.actual || j.status === "done" || j.met === true || j.status === "not-mentioned" || j.status === "no-data") return j;
    if (j.target.kind === "growth" || j.target.kind === "pp") return j;
    const end = laterEndYear(j.target, ctx.taskText, ctx.year);
    if (end === null && !several) return j;
    if (end === null && isCumulative(j.target)) return j; // judgeTask's own multi-year rule answers these
    if (j.status === "unknown" && j.code) return j;
    const when = end !== null ? `目标到${end}年底完成` : "目标跨多个年度";
    // "到2027年新增城镇就业3万人，今年完成1万人": this year's share is stated as a target of its own, which decides.
    const share = judgements.find((k) => k !== j && k.actual && k.target.base.unit === j.target.base.unit && k.target.unit === j.target.unit && metricSimilarity(k.target.metric, j.target.metric) >= 0.9 && laterEndYear(k.target, ctx.taskText, ctx.year) === null && THIS_YEAR.test(k.target.phrase));
    if (share) return { ...restated(j, share.status, `${when}，今年的份额已写明（${share.target.phrase}），按今年份额判断`, "JUDGE_MULTI_YEAR"), met: share.met, ratio: share.ratio, expected: share.expected };
    return restated(j, "unknown", `${when}，文件未写明今年应完成多少，不能按本年序时进度判断（${j.target.metric}：目标${j.target.value}${j.target.unit}，当前${j.actual.value}${j.actual.unit}）`, "JUDGE_MULTI_YEAR");
  });
}

/**
 * "到2027年新增城镇就业3万人，今年完成1万人" answered by "1-6月新增城镇就业6000人": the matcher gives the figure to the first
 * target (the years' total); this year's share, a target of the same metric due this year, is the one to judge it with.
 */
function withYearShare(judgements: Judgement[], ctx: Context): Judgement[] {
  const out = [...judgements];
  judgements.forEach((j, i) => {
    if (!j.actual || laterEndYear(j.target, ctx.taskText, ctx.year) === null) return;
    const k = judgements.findIndex((u) => u !== j && !u.actual && u.target.base.unit === j.target.base.unit && metricSimilarity(u.target.metric, j.target.metric) >= 0.9 && THIS_YEAR.test(u.target.phrase) && laterEndYear(u.target, ctx.taskText, ctx.year) === null);
    if (k < 0) return;
    const u = judgements[k];
    out[k] = judgeTarget(u.target, j.actual, { asOf: ctx.asOf, deadline: u.target.deadline ?? ctx.deadline, reported: true });
    out[i] = j;
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// A part of the year's harvest.

const SEASON = /夏粮|秋粮|早稻|中稻|晚稻|春粮|夏收|秋收|小春|大春|冬小麦|夏播|秋播/;

/**
 * "夏粮总产量21万吨" for 粮食总产量50万吨: the summer harvest is a part of the year's grain, not its total. 无法研判, unless
 * the part alone already reaches a floor of the year's total (52万吨 of 夏粮 for 50万吨以上: the year cannot end below it),
 * which keeps to the target (序时推进), not done before the year's harvest is in.
 */
export function partOfHarvest(judgements: Judgement[]): Judgement[] {
  return mapPacked(judgements, (j) => {
    const a = j.actual;
    if (!a || !/粮/.test(j.target.metric) || SEASON.test(j.target.metric)) return j;
    const season = SEASON.exec(`${a.metric}${a.phrase}`);
    if (!season) return j;
    const part = `进展中的「${season[0]}」是全年粮食的一部分，不是全年的${j.target.metric}`;
    const floor = (j.target.cmp === ">=" || j.target.cmp === ">" || j.target.cmp === "=") && j.target.kind !== "growth" && j.target.kind !== "pp" && a.kind !== "growth" && a.kind !== "pp";
    if (floor && a.base.unit === j.target.base.unit && a.base.value >= j.target.base.value)
      return restated(j, "on-track", `${part}；${season[0]}${a.value}${a.unit}已不低于全年目标${j.target.value}${j.target.unit}，全年收获后再作已完成`, "JUDGE_PART_OF_HARVEST");
    return restated(j, "unknown", part, "JUDGE_PART_OF_HARVEST", false);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Another place, another stage.

/** 全区, 全县, 本市, 我县, 市本级 …: the place a figure belongs to, by its level (区, 县, 市 …). */
const SCOPE = /(?:全|本|我)(区|县|市|省|镇|乡|旗|州|盟|国)|(区|县|市)本级/g;

/** A place named as a title, a rank or a comparison (全国文明城区, 全省示范, 居全市第2, 占全市的25%), not whose figure it is. */
const SCOPE_NOT_OWNER = /^(?:第|前列|前[\d一二三四五六七八九十]|排名|排位|位次|平均|示范|先进|文明|卫生|百强|十强|同类|之首|领先|考核|总量|比重|的)/;
const SCOPE_COMPARED = /(?:占|居|列|于|比|较|超|在|为|创|建|争创|创建|评为)$/;

function lastScope(words: string): string | null {
  let last: string | null = null;
  SCOPE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SCOPE.exec(words)); ) {
    if (SCOPE_NOT_OWNER.test(words.slice(m.index + m[0].length)) || SCOPE_COMPARED.test(words.slice(Math.max(0, m.index - 2), m.index))) continue;
    last = (m[1] ?? m[2]) + (m[2] ? "本级" : "");
  }
  return last;
}

/** The clause of a task text that holds a target's phrase, up to the phrase's end (the place is written right before it). */
function clauseBefore(text: string, phrase: string): string {
  const before = sentenceBefore(text, phrase) ?? "";
  return before.slice(Math.max(before.lastIndexOf("，"), before.lastIndexOf(","), before.lastIndexOf("：")) + 1);
}

const SCOPE_WORD: Record<string, string> = { 区: "全区", 县: "全县", 市: "全市", 省: "全省", 镇: "全镇", 乡: "全乡", 旗: "全旗", 州: "全州", 盟: "全盟", 国: "全国" };
const scopeWord = (s: string) => SCOPE_WORD[s] ?? s;

/**
 * "全区新增市场主体5000户" answered by "全市新增市场主体12000户": the city's figure is not the district's. Both places must
 * be written (a figure with no place is the unit's own); the judgement becomes 无法研判, saying whose figure it is.
 */
export function otherScope(judgements: Judgement[], ctx: Context): Judgement[] {
  return mapPacked(judgements, (j) => {
    const a = j.actual;
    if (!a) return j;
    const own = lastScope(clauseBefore(ctx.taskText, j.target.phrase));
    const around = clauseAround(ctx.progressText, a.phrase);
    const theirs = around ? lastScope(`${around.before}${foldText(a.phrase)}`) : null;
    if (!own || !theirs || own === theirs) return j;
    const why = `进展中的数字是${scopeWord(theirs)}的（${a.phrase}），目标是${scopeWord(own)}的，不能相互比较`;
    // Another place's figure is no share done of this place's target, whatever the date (Judgement.weakEvidence). A
    // judgement already 无法研判 (a target over two years keeps its figure) keeps its words but shows no share either.
    return markedWeak(j.status === "unknown" ? j : restated(j, "unknown", why, "JUDGE_OTHER_SCOPE", false), RULES.JUDGE_OTHER_SCOPE.code, why);
  });
}

/** Stages that tell two counts of projects or firms apart: a figure of one stage does not answer a target of another. */
const STAGES: [string, RegExp][] = [
  ["签约", /签约|签订/],
  ["开工", /开工|动工|开建/],
  ["竣工", /竣工|完工|建成/],
  ["投产", /投产|达产|投运/],
  ["落地", /落地|落户|入驻/],
  ["入库", /入库|纳统|入统/],
  ["谋划", /谋划|储备/],
];

/** The order of the stages of works: a later one (竣工, 投产) implies an earlier one (开工) was passed, at some time. */
const WORKS_ORDER = ["签约", "开工", "竣工", "投产"];

function laterStage(want: Set<string>, got: Set<string>): boolean {
  const rank = (xs: Set<string>) => Math.max(...[...xs].map((x) => WORKS_ORDER.indexOf(x)));
  const w = rank(want);
  return w >= 1 && [...got].every((g) => WORKS_ORDER.indexOf(g) > w);
}

function stagesOf(words: string): Set<string> {
  const out = new Set<string>();
  for (const [name, re] of STAGES) if (re.test(words)) out.add(name);
  return out;
}

/**
 * "新开工亿元以上项目30个" answered by "新签约亿元以上项目32个": the stage word tells two metrics apart, so a figure named by
 * another stage only (签约 for 开工, 落地 for 签约) is not this target's: 未反映该指标, saying which stage was reported.
 * Only when both names carry a stage word, and none in common.
 */
export function otherStage(judgements: Judgement[], ctx: Context): Judgement[] {
  return mapPacked(judgements, (j) => {
    const a = j.actual;
    if (!a && j.status === "unknown" && !j.code) return unmatchedStage(j, ctx);
    if (!a) return j;
    // The target's own phrase too: "签约招商项目40个" is read with the name 招商项目.
    const want = stagesOf(`${j.target.metric}${j.target.phrase}`);
    const got = stagesOf(`${a.metric}${a.phrase}`);
    if (!want.size || !got.size || [...want].some((w) => got.has(w))) return j;
    const said = [...got].join("、");
    const wanted = [...want].join("、");
    // Works reported at a later stage than the target asks (建成 for 开工建设): started, surely, but perhaps last year.
    const later = laterStage(want, got);
    const why = later ? `进展报的是${said}（${a.phrase}），目标是${wanted}：${said}的可能是往年开工的，不能当作今年的${wanted}数` : `进展报的是${said}（${a.phrase}），目标是${wanted}（${j.target.metric}）：${said}不是${wanted}`;
    // Another stage's figure (a count, or a rate such as 签约率 for 新开工) is no share done of this stage, whatever the
    // date (Judgement.weakEvidence).
    return markedWeak(restated(j, later ? "unknown" : "not-mentioned", why, "JUDGE_OTHER_STAGE", false), RULES.JUDGE_OTHER_STAGE.code, why);
  });
}

/**
 * Acts before the one a target asks for, each with the acts of the target it does not answer (hunt 7): planning, pooling,
 * signing, surveying answer no act of doing the work; starting it (开工, 启动) answers none that finishes it. A figure
 * whose own clause names such an act, which the target does not name, is another act's count; so it is for a target that
 * names no act at all (城区绿化面积28万平方米: the things themselves).
 */
const UNDERTAKEN = /实施(?!完成|完毕|完工|竣工|建成)/;
const EARLIER_ACTS: [RegExp, RegExp][] = [
  [/谋划|储备|规划(?!面积|用地|局|馆|区)|签约|签订|摸排|摸底/, /开工|动工|开建|启动|竣工|完工|建成|投用|投产|投运|交付|完成|改造|新建|建设|引进|落地|覆盖|实施|培育|创建|打造|新增/],
  [/开工|复工|动工|开建|启动/, /竣工|完工|建成|投用|投产|投运|交付|完成|改造|覆盖/],
  // Round au: "实施项目60个" counts the works undertaken this year, begun or not, finished or not; it answers none that
  // finishes them ("项目年内全部竣工"). 实施完成/实施完毕 is finishing.
  [UNDERTAKEN, /竣工|完工|建成|投用|投产|投运|交付/],
];
/** Any act a target may ask for: a target with none asks for the things themselves. */
const ANY_ACT = new RegExp(`${EARLIER_ACTS[0][0].source}|${EARLIER_ACTS[0][1].source}|新|建|改|修|种植|栽植|治理|整治|安装|加装|铺设|培训|认定|招引|发放|办理|达到`);

/**
 * "开工老旧小区面积466万平方米" for 改造老旧小区面积…, "规划书房3家" for 建成书房3家, "重点项目开工投资…" for 完成投资…: the
 * figure is of an act before the target's, whatever the target's kind (otherStage above needs a stage word in both names):
 * a green on it becomes: 未反映该指标, saying which act was reported, and no share done (Judgement.weakEvidence).
 */
export function earlierActs(judgements: Judgement[], progressText: string): Judgement[] {
  return mapPacked(judgements, (j) => headAct(earlierAct(j, progressText)));
}

/** An act or early step heading a figure's own name, after its period: 1-9月签约…, 开工…, 启动…, 摸排…, 培训…. */
const HEAD_ACT = /^(?:\d{1,2}(?:-\d{1,2})?月(?:份|底|末)?|[一二三四]季度|上半年|前三季度|今年以来)?(签约|开工|启动|摸排|谋划|储备|培训|申报)/;

/**
 * Round ah: "1-9月签约新能源装机容量330万千瓦", "1-9月启动设施蔬菜种植面积1000亩" for a target of the things themselves: an act or
 * step heading the figure's own name that the target does not ask for counts that act, not the things. Run after the earlier
 * acts above, which say it in their own words where they know the act and the target's (JUDGE_OTHER_STAGE); a green left
 * over is 无法研判.
 */
function headAct(j: Judgement): Judgement {
  const a = j.actual;
  if (!a || j.code || j.weakEvidence || (j.status !== "done" && j.status !== "on-track") || (j.target.kind !== "count" && j.target.kind !== "level") || a.unit === "%" || a.explicitRatio !== undefined) return j;
  const act = HEAD_ACT.exec(a.phrase ?? "")?.[1];
  if (!act || `${j.target.metric}${j.target.phrase}`.includes(act)) return j;
  const why = `进展数字「${a.phrase}」是「${act}」的数，不是目标要求的完成数`;
  return markedWeak({ ...j, status: "unknown", label: STATUS_LABELS.unknown, rag: "yellow", ragLabel: RAG_LABELS.yellow, ratio: null, met: false, reason: `${STATUS_LABELS.unknown}：${why}（${j.detail ?? j.reason}）`, detail: why, code: "WEAK_OTHER_ACT" }, "WEAK_OTHER_ACT", why);
}

function earlierAct(j: Judgement, progressText: string): Judgement {
  // Neither a green nor a lag: fewer signed or started says nothing sure of what is finished (things begun in earlier
  // years finish too). A judgement another rule made (its code) keeps its words. Run after the weak-evidence rules,
  // which name early steps of cumulative targets in their own words (WEAK_EARLY_STEP …).
  const a = j.actual;
  if (!a || j.code || j.weakEvidence || (j.status !== "done" && j.status !== "on-track" && j.status !== "behind")) return j;
  // Round aa: 建设项目 before a noun of its own is a noun (the funds of construction projects: "重大建设项目前期工作经费"), no
  // act the target asks for; a name that ends in 建设项目 ("A类重点建设项目95项…开复工") may still ask for building them.
  const asked = `${j.target.metric}${j.target.phrase}`.replace(/建设项目(?=[\u4e00-\u9fa5])/g, "项目");
  // The figure's own clause up to its number: "3698个项目全部开工，其中2358个已完工" speaks of 2358 as 完工, "新签约…355个、
  // 到位资金349.2亿元" of money arrived.
  // Round an: cut at the figure's own number, not the phrase's last ("完成投资152亿元、开复工项目354个" for the 152: the 开复工
  // after the 、 is the next member's act).
  const folded = foldText(a.phrase);
  const ownAt = folded.indexOf(String(a.value));
  const head = `${clauseAround(progressText, a.phrase)?.before ?? ""}${ownAt > 0 ? folded.slice(0, ownAt) : folded.replace(/\d[\d.]*[^\d]*$/, "")}`;
  const own = head.slice(Math.max(...["，", ",", "；", ";", "。", "、"].map((c) => head.lastIndexOf(c))) + 1).replace(/建设项目(?=[\u4e00-\u9fa5])/g, "项目");
  const bare = !ANY_ACT.test(asked);
  for (const [early, answers] of EARLIER_ACTS) {
    const said = early.exec(own)?.[0];
    // A target that names no act asks for the things; works 实施 this year are such things, so only the earlier rows refuse it.
    const refusesBare = bare && early !== UNDERTAKEN;
    const wanted = said && !early.test(asked) ? (answers.exec(asked)?.[0] ?? (refusesBare ? "" : undefined)) : undefined;
    // The figure names the target's act too ("开工改造", "签约落地", "签约项目开工率90%"): of that act, begun or done. Not
    // when the early act heads a noun phrase that ends in the target's act (hunt 8: "启动地下车库移动通信网络覆盖800个" is
    // coverage started, for 覆盖800个): the early act governs the whole phrase. Nor for a rate named by the earlier act
    // ("棚户区改造签约率95%"), which is of that act, whatever the things are called.
    const rateOfEarly = new RegExp(`(?:${early.source})率`).test(own);
    if (!said || wanted === undefined || (wanted && !rateOfEarly && own.replace(new RegExp(early.source, "g"), "").includes(wanted) && !headsPhrase(own, said, wanted))) continue;
    const name = j.target.metric || j.target.phrase;
    const why = wanted
      ? `进展报的是${said}（${a.phrase}），目标要求的是${wanted}（${name}）：${said}的数不是${wanted}的数`
      : `进展报的是${said}（${a.phrase}），目标要求的是「${name}」本身：${said}的数不是已有的数`;
    return markedWeak(restated(j, "not-mentioned", why, "JUDGE_OTHER_STAGE", false), RULES.JUDGE_OTHER_STAGE.code, why);
  }
  return j;
}

/** The early act, then a noun of at least four characters, then the target's act closing the name: "启动…网络覆盖". */
function headsPhrase(own: string, said: string, wanted: string): boolean {
  const at = own.lastIndexOf(said);
  const rest = own.slice(at + said.length);
  return at >= 0 && rest.endsWith(wanted) && rest.length - wanted.length >= 4 && !listsThings(rest) && !new RegExp(EARLIER_ACTS[0][1].source).test(rest.slice(0, rest.length - wanted.length));
}

const STAGE_WORDS = new RegExp(`新|${STAGES.map(([, re]) => re.source).join("|")}`, "g");

/**
 * "新开工产业项目25个" and "1-6月新签约产业项目27个": the matcher already refused the figure, and the judge called the metric
 * mentioned (无法研判). The progress names the same things at another stage only: 未反映该指标, saying which stage.
 */
function unmatchedStage(j: Judgement, ctx: Context): Judgement {
  const want = stagesOf(`${j.target.metric}${j.target.phrase}`);
  if (!want.size) return j;
  const bare = (m: string) => m.replace(STAGE_WORDS, "");
  const other = parseActuals(ctx.progressText).actuals.find((a) => {
    const got = stagesOf(`${a.metric}${a.phrase}`);
    return got.size && ![...want].some((w) => got.has(w)) && a.unit === j.target.unit && metricSimilarity(bare(a.metric), bare(j.target.metric)) >= 0.9;
  });
  if (!other) return j;
  const said = [...stagesOf(`${other.metric}${other.phrase}`)].join("、");
  return restated(j, "not-mentioned", `进展报的是${said}（${other.phrase}），目标是${[...want].join("、")}（${j.target.metric}）：${said}不是${[...want].join("、")}`, "JUDGE_OTHER_STAGE", false);
}

// ---------------------------------------------------------------------------------------------------------------
// Preparatory work only.

/** Steps before the work itself: design, siting, approval, tendering, surveys; and a listing's steps (辅导备案, 股改, 报会, 过会). */
const PREP = /方案设计|初步设计|施工图设计|规划设计|设计方案|方案编制|编制方案|实施方案|选址|立项|可研|可行性研究|前期工作|前期手续|招投标|招标|摸底|调查|勘察|勘测|测量|评审|初审|预审|初评|报批|批复|审批|征地|清表|上市辅导|辅导备案|辅导期|股改|股份制改造|报会|过会/;
/** The work itself reported: started, under way, finished, put to use; an act of installing or laying done for someone or somewhere (已为…安装, 已在…铺设), not of a plan's, design's or tender's object. */
const WORK_DONE = /开工|动工|施工|在建|建成|竣工|完工|投用|投入使用|交付|进场|改造完成|已改造|完成改造(?!的|项目的)|已完成建设|(?:新建|改建|扩建|改扩建)[^，。；;,、的]{0,10}?\d|主体完工|已实施|已建|已(?:为|在|对|向|给)[^，。；;,]{1,12}?(?:安装|加装|铺设|架设|敷设|种植|栽植|疏浚)(?![^，。；;,]*?(?:的|方案|设计|计划|招标|批复))/;

/** Every preparatory step of a text (match and replace start from the beginning whatever lastIndex is). */
const PREP_ALL = new RegExp(PREP.source, "g");
/** preparatoryWords by progress text: reports repeat their wording, and the answer depends on the text alone. */
const prepWords = new Memo<string | false>(20000);

/** The preparatory steps a progress text reports, when it reports nothing of the work itself; else null. */
function preparatoryWords(progress: string): string | null {
  const known = prepWords.get(progress);
  if (known !== undefined) return known === false ? null : known;
  const words = preparatoryWordsOf(progress);
  prepWords.set(progress, words ?? false);
  return words;
}

function preparatoryWordsOf(progress: string): string | null {
  const s = foldText(progress);
  if (!/已|完成|正在|开展|启动/.test(s)) return null;
  const steps = s.match(PREP_ALL);
  if (!steps || WORK_DONE.test(s.replace(PREP_ALL, ""))) return null;
  return [...new Set(steps)].join("、");
}

/**
 * "完成3个老旧小区改造" answered by "已完成3个老旧小区改造的方案设计和招标": the 3 restates the target and only the steps
 * before the work are done. Never done nor on schedule: 已逾期 after the deadline; 进展滞后 once two thirds of the period
 * have passed (序时进度 ≥ 2/3) with nothing but preparation; before that 无法研判 (preparation early in the year may be on
 * time), saying which steps are done.
 */
export function preparatoryOnly(judgements: Judgement[], ctx: Context): Judgement[] {
  // A task that asks for a preparatory step itself ("完成3个项目的可研编制") is answered by it.
  if (PREP.test(foldText(ctx.taskText))) return judgements;
  const steps = preparatoryWords(ctx.progressText);
  // A figure that counts a preparatory step is no share done of the work, whatever the date (Judgement.weakEvidence).
  const weak = (j: Judgement, out: Judgement) => {
    const why = prepStep(j, ctx);
    return why ? markedWeak(out, RULES.JUDGE_PREPARATORY_ONLY.code, why) : out;
  };
  if (!steps) return mapPacked(judgements, (j) => weak(j, prepFigure(j, ctx)));
  return mapPacked(judgements, (j) => weak(j, restatedOnly(j, ctx, steps)));
}

/** A task to obtain something from others (funds, approvals, projects listed above), and the others' approval steps. */
const SOUGHT = /争取|申报|申请/;
const APPROVAL = /^(?:审批|批复|报批|评审)$/;

/** A restated target answered only by preparatory steps (the steps of the whole text): never done nor on schedule. */
function restatedOnly(j: Judgement, ctx: Context, steps: string): Judgement {
  if (j.target.kind !== "count" && !(j.target.kind === "level" && isCumulative(j.target))) return j;
  if (j.status === "no-data") return j;
  if (j.actual && j.actual.explicitRatio !== undefined) return j;
  // "1家企业已报会" for 新增上市企业2家: behind on the figure already, but the figure counts a step, not the work, so the
  // reason says that instead of naming it the actual (实际1家).
  if (j.status === "behind" || j.status === "overdue") {
    const step = prepStep(j, ctx);
    // Its colour stays the figure's (a lag far behind is red).
    return step ? { ...restated(j, j.status, `进展只写了前期工作（${steps}），尚无完成量；${step}`, "JUDGE_PREPARATORY_ONLY", true), rag: j.rag, ragLabel: j.ragLabel, ratio: null, met: false } : j;
  }
  // A figure of its own beside a survey ("已完成摸底调查，新增就业2600人") is work done; only a restated target, or a
  // figure of the steps themselves, is set aside.
  if (j.actual && j.actual.base.value !== j.target.base.value && prepFigure(j, ctx) === j) return j;
  const late = ctx.asOf > (j.target.deadline ?? ctx.deadline);
  // Hunt 10: "争取上级资金4.2亿元，正在审批" for 争取上级资金…: what the task obtains waits on another's approval, which is
  // not a step the unit is late with before the deadline; the amount applied for is no amount obtained either way: 无法研判.
  if (!late && SOUGHT.test(foldText(ctx.taskText)) && steps.split("、").every((w) => APPROVAL.test(w)))
    return restated(j, "unknown", `进展写明所争取事项尚在${steps}，尚无到位数`, "JUDGE_PREPARATORY_ONLY", false);
  // A figure other than the target's is a count of the steps ("1家企业已报会" for 2家), not the target restated.
  const step = j.actual && j.actual.base.value !== j.target.base.value ? prepStep(j, ctx) : null;
  const why = `进展只写了前期工作（${steps}），尚无完成量${step ? `；${step}` : j.actual ? `；「${j.actual.phrase}」是目标数，不是完成数` : ""}`;
  // Kept with the figure it restates (ratio cleared), so that the lag counts as a figure's and no wording turns it green.
  const lag = (status: MetricStatus, reason: string) => ({ ...restated(j, status, reason, "JUDGE_PREPARATORY_ONLY", !!j.actual), ratio: null, met: false });
  if (late) return lag("overdue", `${why}，已过完成时限 ${j.target.deadline ?? ctx.deadline}`);
  if (ctx.expected >= 2 / 3) return lag("behind", `${why}，序时进度已过${Math.round(ctx.expected * 1000) / 10}%`);
  return restated(j, "unknown", why, "JUDGE_PREPARATORY_ONLY", false);
}

/**
 * "已完成3个公园的招标，其中2个已开工建设": the 3 counts parks whose tendering is done, not parks built; taken as the
 * target's figure it made the task 已完成. The figure followed by 的 and a preparatory step is not an actual of the work:
 * 无法研判 (the rest of the text reports other work, which the other rules read).
 */
function prepFigure(j: Judgement, ctx: Context): Judgement {
  if (j.status !== "done" && j.status !== "on-track") return j;
  const why = prepStep(j, ctx);
  return why ? restated(j, "unknown", why, "JUDGE_PREPARATORY_ONLY", false) : j;
}

/** A preparatory step right after a figure ("…的招标"), and one that ends a phrase. */
const PREP_AFTER = new RegExp(`^(?:项目|工程)?的?(?:${PREP.source})`);
const PREP_AT_END = new RegExp(`(?:${PREP.source})$`);

/** The last characters of PREP's words (each a plain word): a phrase ending otherwise cannot end in one. */
const PREP_LAST = new Set(PREP.source.split("|").map((w) => w[w.length - 1]));
/** PREP_AT_END, tried only where the last character can end a step: the pattern is tried at every position otherwise. */
function prepAtEnd(text: string): boolean {
  return text.length > 0 && PREP_LAST.has(text[text.length - 1]) && PREP_AT_END.test(text);
}

/** Why the judgement's figure counts things a preparatory step is done for ("已完成3个公园的招标"), whatever its status; else null. */
function prepStep(j: Judgement, ctx: Context): string | null {
  const a = j.actual;
  if (!a || a.explicitRatio !== undefined) return null;
  const around = clauseAround(ctx.progressText, a.phrase);
  const after = around?.after ?? "";
  const step = PREP_AFTER.exec(after) ?? (prepAtEnd(foldText(a.phrase)) ? [a.phrase] : null);
  return step ? `「${a.phrase}${after}」是完成前期工作的个数，不是完成数` : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Relative targets.

type Reference = { kind: "economy" } | { kind: "scope"; scope: string } | { kind: "lastYear" };

interface RelativeTarget {
  metric: string;
  /** ">=": not below (同步, 不低于); ">": above (高于, 快于). */
  cmp: ">=" | ">";
  ref: Reference;
  words: string;
}

const RELATION = "(与|和|同)|(高于|快于|超过|好于|领先于?|不低于|不慢于)";
const ECONOMY = "(?:经济增长|经济增速|经济发展|GDP增长|GDP增速|地区生产总值增长|地区生产总值增速)";
const PLACE = "(全国|全省|全市|全区|全县|全州|全盟)";
const RELATIVE = new RegExp(
  `([^，,。；;、：:]{2,24}?)(?:的)?(?:增长|增速|增幅)?(?:${RELATION})(?:${ECONOMY}(?:基本)?(同步)?|${PLACE}(?:平均水平|平均增速|平均|增速|水平)?|(上年|去年|上一年)(?:水平|增速)?)`,
  "g",
);

/** What every match of RELATIVE contains: a relation word, then its reference. */
const RELATION_THEN_REFERENCE = new RegExp(`(?:${RELATION})(?:${ECONOMY}|${PLACE}|上年|去年|上一年)`);

/** The metric a sentence named last before a clause that only says 增速 ("规上工业增加值增长7%，增速…"). */
function metricBefore(before: string): string | null {
  const sentence = before.slice(Math.max(before.lastIndexOf("。"), before.lastIndexOf("；")) + 1);
  const m = /([^，,。；;、：:\d]{2,20}?)(?:增长|增速|增幅|同比增长)(?:为|达到?)?-?\d+(?:\.\d+)?%[^，,。；;]*[，,]$/.exec(sentence);
  return m ? m[1].replace(/^(?:确保|力争|全年|实现|其中)+/, "") : null;
}

/** The relative targets a task text states ("城乡居民收入增长与经济增长同步", "规上工业增加值增速高于全省平均水平"). */
function readRelativeTargets(taskText: string): RelativeTarget[] {
  const s = foldText(taskText);
  const out: RelativeTarget[] = [];
  // Every match has a relation word right before its reference: without one, RELATIVE's lazy name would be tried at
  // every character for nothing.
  if (!RELATION_THEN_REFERENCE.test(s)) return out;
  RELATIVE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = RELATIVE.exec(s)); ) {
    const [words, rawName, withWord, above, same, place, lastYear] = m;
    // 与…同步 needs 同步; 与 alone ("与全省平均持平") is not read.
    if (withWord && !same) continue;
    if (!withWord && !above) continue;
    if (withWord && !new RegExp(ECONOMY).test(words)) continue;
    let metric = rawName.replace(/^(?:确保|力争|努力|推动|实现|保持|促进|争取|其中|且|并)+/, "").replace(/(?:的)?(?:增长|增速|增幅)$/, "");
    // "规上工业增加值增长7%，增速高于全省平均水平": the metric is the one named before, in the same sentence.
    if (metric.length < 2 || /^(?:增速|增幅|增长|总量|速度)$/.test(metric)) metric = metricBefore(s.slice(0, m.index)) ?? "";
    if (metric.length < 2 || /\d/.test(metric)) continue;
    const cmp: ">=" | ">" = withWord || /不低于|不慢于/.test(above ?? "") ? ">=" : ">";
    const ref: Reference = place ? { kind: "scope", scope: place } : lastYear ? { kind: "lastYear" } : { kind: "economy" };
    if (!place && !lastYear && !new RegExp(ECONOMY).test(words)) continue;
    out.push({ metric, cmp, ref, words });
  }
  return out;
}

/** A number of a match group, signed by the words that say lower or slower. */
const num = (s: string) => Number(s);

interface Reading {
  own: Actual | null;
  /** The difference actual − reference in percentage points, when the text gives it or both figures. */
  diff: number | null;
  refWords: string | null;
}

function readAgainst(rel: RelativeTarget, progress: string): Reading {
  const s = foldText(progress);
  const actuals = parseActuals(progress).actuals.filter((a) => a.kind === "growth" && a.explicitRatio === undefined);
  const own = actuals.filter((a) => metricSimilarity(a.metric, rel.metric) >= 0.5).sort((x, y) => metricSimilarity(y.metric, rel.metric) - metricSimilarity(x.metric, rel.metric))[0] ?? null;
  if (rel.ref.kind === "economy") {
    const gdp = actuals.find((a) => a !== own && /地区生产总值|GDP|经济增长|经济增速/.test(a.metric));
    return { own, diff: own && gdp ? round2(own.value - gdp.value) : null, refWords: gdp ? `${gdp.metric}增长${gdp.value}%` : null };
  }
  const who = rel.ref.kind === "scope" ? rel.ref.scope : "(?:上年|去年|上一年)(?:同期)?";
  // "高于全省1.3个百分点", "比全省平均快0.8个百分点", "低于全省平均水平0.4个百分点": the difference written out.
  // "高于全国0.4、全省0.1个百分点" (a list of places), "高于全省(5.9%)1.3个百分点" (the reference in brackets).
  const direct = new RegExp(`(高于|快于|超过|超出|低于|慢于|落后)(?:[^，,。；;]{0,14}?、)?${who}(?:平均水平|平均增速|平均|增速|水平)?(?:[（(]-?\\d+(?:\\.\\d+)?%[）)])?(\\d+(?:\\.\\d+)?)个百分点|(?:比|较)${who}(?:平均水平|平均增速|平均|增速|水平)?(高|快|低|慢|提高|加快|回落|放缓|下降)(\\d+(?:\\.\\d+)?)个百分点`).exec(s);
  if (direct && own && nearOwn(s, own, direct)) {
    const lower = /低|慢|落后|回落|放缓|下降/.test(direct[1] ?? direct[3]);
    return { own, diff: (lower ? -1 : 1) * num(direct[2] ?? direct[4]), refWords: direct[0] };
  }
  // "全省平均增长5.9%", "全省增速为5.9%", "上年增长5.2%": the reference's own figure.
  const figure = new RegExp(`${who}(?:平均水平|平均)?(?:增长|增速为?|增幅为?)(-?\\d+(?:\\.\\d+)?)%`).exec(s);
  if (figure && own) return { own, diff: round2(own.value - num(figure[1])), refWords: figure[0] };
  return { own, diff: null, refWords: null };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Whether a written difference follows the metric's own figure in the same sentence (not another metric's comparison). */
function nearOwn(s: string, own: Actual, found: RegExpExecArray): boolean {
  const at = s.indexOf(foldText(own.phrase));
  if (at < 0 || found.index < at) return false;
  const between = s.slice(at, found.index);
  return !/[。；;]/.test(between) && !/增长-?\d|下降\d/.test(between.slice(foldText(own.phrase).length));
}

function refName(ref: Reference): string {
  return ref.kind === "economy" ? "经济增长（地区生产总值增速）" : ref.kind === "scope" ? `${ref.scope}平均水平` : "上年增速";
}

/**
 * "规上工业增加值增速高于全市平均水平1个百分点以上" (read by the parser as 1个百分点 of a metric named with the relation)
 * answered by "…增长7.3%，高于全市0.6个百分点": the written difference is the figure to judge with (0.6 < 1: 进展滞后).
 * Without the difference or the reference: 无法研判, saying which reference is missing.
 */
export function relativeGaps(judgements: Judgement[], ctx: Context): Judgement[] {
  return mapPacked(judgements, (j) => {
    if (j.target.kind !== "pp" || (j.actual && j.status !== "unknown") || j.code) return j;
    const rel = readRelativeTargets(j.target.phrase)[0] ?? readRelativeTargets(j.target.metric)[0];
    if (!rel) return j;
    const r = readAgainst({ ...rel, metric: rel.metric.replace(/(?:增速|增幅)$/, "") }, ctx.progressText);
    const rule = `目标「${j.target.phrase}」是与${refName(rel.ref)}的差距`;
    if (!r.own) return j;
    if (r.diff === null) return restated(j, "unknown", `「${rel.metric}」增长${r.own.value}%，但进展未写明${refName(rel.ref)}，无法比较；${rule}`, "JUDGE_RELATIVE_TARGET");
    const want = j.target.value;
    const met = j.target.cmp === ">" ? r.diff > want : r.diff >= want;
    const status: MetricStatus = met ? (ctx.asOf >= ctx.deadline ? "done" : "on-track") : ctx.asOf > ctx.deadline ? "overdue" : "behind";
    const gap = `${r.diff >= 0 ? "高于" : "低于"}${refName(rel.ref)}${Math.abs(r.diff)}个百分点`;
    return { ...restated(j, status, `「${rel.metric}」增长${r.own.value}%，${gap}（${r.refWords}），目标高出${want}个百分点${j.target.cmp === ">=" ? "以上" : ""}`, "JUDGE_RELATIVE_TARGET"), met, gap: round2(r.diff - want), gapUnit: "个百分点" };
  });
}

/**
 * Judgements for the relative targets of a task: the metric's growth against the reference the progress states (the
 * region's GDP growth for 与经济增长同步; 全省平均 for 高于全省平均; last year's for 不低于上年). Met: 序时推进 before the
 * deadline, 已完成 at it; not met: 进展滞后 (已逾期 past the deadline). Without the metric: 未反映该指标; without the
 * reference: 无法研判, saying which reference is missing. Targets the parser already read as figures are not repeated.
 */
export function relativeJudgements(ctx: Context, targets: readonly Target[], reported: boolean): Judgement[] {
  const rels = readRelativeTargets(ctx.taskText).filter((r) => !targets.some((t) => metricSimilarity(t.metric, r.metric) >= 0.9 && foldText(t.phrase).includes(r.words.slice(-4))));
  return rels.map((rel) => {
    // A growth compared with a reference: the figure 0 only stands for "the reference" (describeTarget shows the relation).
    const target: Target = { metric: rel.metric, kind: "growth", cmp: rel.cmp, value: 0, unit: "%", base: { value: 0, unit: "%" }, phrase: rel.words, cumulative: false };
    const base: Judgement = { status: "unknown", label: "", rag: "yellow", ragLabel: "", ratio: null, expected: null, dueSoon: false, target, actual: null, reason: "" };
    const rule = `目标「${rel.words}」是相对目标，要与${refName(rel.ref)}比较`;
    if (!reported) return { ...restated(base, "no-data", `单位未报送进展；${rule}`, "JUDGE_RELATIVE_TARGET"), met: undefined };
    const r = readAgainst(rel, ctx.progressText);
    if (!r.own) {
      const said = metricSimilarity(foldText(ctx.progressText), rel.metric) > 0 && foldText(ctx.progressText).includes(rel.metric.slice(0, 4));
      return restated(base, said ? "unknown" : "not-mentioned", `进展中没有「${rel.metric}」的增速；${rule}`, "JUDGE_RELATIVE_TARGET");
    }
    const own = `「${rel.metric}」${r.own.period ?? ""}增长${r.own.value}%`;
    if (r.diff === null) return { ...restated(base, "unknown", `${own}，但进展未写明${refName(rel.ref)}，无法比较；${rule}`, "JUDGE_RELATIVE_TARGET"), actual: r.own };
    const met = rel.cmp === ">=" ? r.diff >= 0 : r.diff > 0;
    const passed = ctx.asOf > ctx.deadline;
    const atEnd = ctx.asOf >= ctx.deadline;
    const gap = r.diff === 0 ? `与${refName(rel.ref)}持平` : `${r.diff > 0 ? "高于" : "低于"}${refName(rel.ref)}${Math.abs(r.diff)}个百分点`;
    const status: MetricStatus = met ? (atEnd ? "done" : "on-track") : passed ? "overdue" : "behind";
    const j = restated(base, status, `${own}，${gap}（${r.refWords}）；${rule}`, "JUDGE_RELATIVE_TARGET");
    return { ...j, actual: r.own, met, gap: r.diff, gapUnit: "个百分点" };
  });
}
