/**
 * Rules of round o (issue 12, corpus set o: bulletins of key projects listed by level, statistics of towns and
 * counties), applied by judgeTask after judging, each small and apart:
 * - otherLevel: a figure of the projects of one level ("市级重点项目完成投资53亿元") does not answer a target of another
 *   level or of the whole place ("全旗重点项目完成投资188.9亿元"): 无法研判 (JUDGE_OTHER_LEVEL);
 * - listComposition: how many projects of a kind a list holds ("296个市重点项目中，亿元以上项目205个") is no count of a
 *   stage ("新开工亿元以上项目220个") when nothing in its sentence names that stage: 无法研判 (JUDGE_LIST_COMPOSITION);
 * - elidedSubject: "80个…项目已全部开工；已完工66所" — a count named only by its act takes its subject from the sentence:
 *   it answers a target of works named there, at the act the target asks for (JUDGE_ELIDED_SUBJECT).
 * Pure: no I/O, no clock.
 */
import { mapPacked } from "../arrays";
import { foldText } from "../text/normalize";
import { Actual, Judgement, MetricStatus, Rag, RAG_LABELS, STATUS_LABELS, judgeTarget } from "../metrics";
import { JudgeOptions } from "../metrics/types";
import { RULES } from "../validate/ruleCatalog";
import { stageOf, taskStage } from "./breakdowns";
import { markedWeak } from "./weakEvidence";
import { gradedThing } from "./formsAY";

type FormsOCode = "JUDGE_OTHER_LEVEL" | "JUDGE_LIST_COMPOSITION" | "JUDGE_ELIDED_SUBJECT";

const RAG_OF: Record<MetricStatus, Rag> = { done: "green", "on-track": "green", behind: "yellow", overdue: "red", unknown: "yellow", "not-mentioned": "yellow", "no-data": "yellow" };

function restated(j: Judgement, status: MetricStatus, reason: string, code: FormsOCode): Judgement {
  const rag = RAG_OF[status];
  return { ...j, status, label: STATUS_LABELS[status], rag, ragLabel: RAG_LABELS[rag], met: false, reason: `${STATUS_LABELS[status]}：${reason}`, detail: reason, code: RULES[code].code };
}

/** The words of a text's sentence up to the end of a figure's phrase (from the last stop: 。；), folded; null when not found. */
function sentenceTo(text: string, phrase: string, stops = /[。；;]/): { before: string; upTo: string } | null {
  const s = foldText(text);
  const p = foldText(phrase);
  const at = s.indexOf(p);
  if (at < 0) return null;
  let from = at;
  while (from > 0 && !stops.test(s[from - 1])) from--;
  return { before: s.slice(from, at), upTo: s.slice(from, at + p.length) };
}

// ---------------------------------------------------------------------------------------------------------------
// Projects of another level.

/**
 * The level a list of projects is kept at: 省级, 市级, 旗级重点项目, 省重点, 市列重点, 国家级. Not a place inside a word
 * (城市重点, 都市, 社区级) nor a pair of levels (县区重点, 市县级).
 */
const LEVEL = /(国家|省|市|县|区|旗|州|盟)(?:级|列|定)?重点|(国家|省|市|县|区|旗|州|盟)级/g;
/** A character before the level word that makes it part of another word; checked by hand (no lookbehind: WPS's Chromium). */
const INSIDE_WORD = /[城都超门县市区乡镇社各]/;
/** The whole place a target is set for: 全旗, 全市, 本县. */
const WHOLE = /(?:全|本)(省|市|县|区|旗|州|盟)/g;

function lastLevel(words: string): string | null {
  let last: string | null = null;
  LEVEL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LEVEL.exec(words)); ) {
    if (m.index > 0 && INSIDE_WORD.test(words[m.index - 1])) LEVEL.lastIndex = m.index + 1;
    else last = m[1] ?? m[2];
  }
  return last;
}

function lastWhole(words: string): string | null {
  let last: string | null = null;
  WHOLE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = WHOLE.exec(words)); ) last = m[1];
  return last;
}

const LEVEL_WORD = (l: string) => (l === "国家" ? "国家级" : `${l}级`);

/**
 * "全旗重点项目年内完成投资188.9亿元" answered by "市级重点项目完成投资53亿元": the projects the city lists are some of the
 * 旗's, so their figure is a part, neither the total done nor behind it. The figure's own sentence must name a level of
 * projects, and the target a level or its whole place, and the two differ; then 无法研判.
 */
function otherLevel(judgements: Judgement[], taskText: string, progressText: string): Judgement[] {
  if (!/级|重点/.test(progressText)) return judgements;
  return mapPacked(judgements, (j) => {
    const a = j.actual;
    // Round ay (./formsAY.ts): 省级专精特新企业 is a grade of firm, not a level's list of projects.
    if (!a || gradedThing(a.metric ?? "")) return j;
    const around = sentenceTo(progressText, a.phrase);
    const theirs = around ? lastLevel(around.upTo) : null;
    if (!theirs) return j;
    const task = sentenceTo(taskText, j.target.phrase)?.upTo ?? foldText(taskText);
    const own = lastLevel(task) ?? lastWhole(task);
    if (!own || own === theirs) return j;
    const whose = lastLevel(task) ? `${LEVEL_WORD(own)}项目` : `全${own}`;
    const why = `进展中的数字只是${LEVEL_WORD(theirs)}项目的（${a.phrase}），目标是${whose}的，不能代表总数`;
    // A part is no share done of the total, whatever the date (Judgement.weakEvidence).
    return markedWeak(j.status === "unknown" ? j : restated(j, "unknown", why, "JUDGE_OTHER_LEVEL"), RULES.JUDGE_OTHER_LEVEL.code, why);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// How many of a kind a list holds.

/** The acts a count of projects or firms is kept by. */
const ACT = /签约|签订|开工|动工|开建|复工|竣工|完工|建成|投产|达产|投运|投用|落地|落户|入驻|入库|纳统|入统|引进|招引|完成/;
/** A part of a listed whole: "296个市重点项目中，", "全市共确定项目296个，…其中". */
const LISTED = /\d+(?:个|项|宗|家)[^，。；,;]{0,20}中[，,]?$|(?:确定|安排|列入|共有|包括|纳入)[^。；;]*其中$/;

/**
 * "新开工亿元以上项目220个" answered by "296个市重点项目中，亿元以上项目205个": a count that only says how many of a listed
 * whole are of a kind (a size, a sector) is no count of works started, finished or signed. When the target names such an
 * act and the figure's sentence names none before it, the figure is the list's make-up: 无法研判.
 */
function listComposition(judgements: Judgement[], progressText: string): Judgement[] {
  return mapPacked(judgements, (j) => {
    const a = j.actual;
    if (!a || a.explicitRatio !== undefined || a.kind !== "count") return j;
    const want = ACT.exec(`${j.target.metric}${j.target.phrase}`);
    if (!want) return j;
    const around = sentenceTo(progressText, a.phrase);
    if (!around || ACT.test(around.upTo) || !LISTED.test(around.before)) return j;
    const why = `「${a.phrase}」只是名单中这一类的个数，没有说已经${want[0]}多少`;
    // No share done of the act is read from it, whatever the date (Judgement.weakEvidence).
    return markedWeak(j.status === "unknown" ? j : restated(j, "unknown", why, "JUDGE_LIST_COMPOSITION"), RULES.JUDGE_LIST_COMPOSITION.code, why);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// A count named only by its act.

/** A name that is only an act: "已完工66所" reads 完工, its subject written earlier in the sentence. */
const BARE_ACT = /^(?:已|累计|共)?(?:全部)?(?:完工|竣工|建成|建成投用|投用|(?:开工|动工)(?:建设)?)$/;

/** Words of a task to build works: asked, without another stage word, for the works finished. */
const BUILD = /新建|改扩建|扩建|改建|建设/;

/** The name's words of two characters or more that a sentence may repeat ("中小学", "幼儿园"). */
function nameWords(metric: string): string[] {
  // Round ai: the stage act a target may be named with ("竣工…项目100个") is the count's own act, not a word of its subject.
  return foldText(metric).split(/[和与及、，,\s]+|(?:新建|改扩建|扩建|改建|建设|建成|完成|竣工|完工|开工|动工)/).filter((w) => w.length >= 2);
}

interface ElidedContext {
  taskText: string;
  progressText: string;
  actuals: readonly Actual[];
  options: Pick<JudgeOptions, "asOf" | "deadline" | "thresholds">;
}

/**
 * "新建、改扩建中小学和幼儿园80所" answered by "80个…中小学幼儿园项目已全部开工，开工率100%；已完工66所": the count "已完工
 * 66所" names only its act; its subject is the sentence's (the schools). A count target no figure answered takes the one
 * such figure whose unit is the target's, whose act is the stage the task asks for (完工 for works to build, 开工 for works
 * to start), and whose sentence names the target's thing; then it is judged as any figure.
 */
function elidedSubject(judgements: Judgement[], ctx: ElidedContext): Judgement[] {
  if (judgements.length !== 1) return judgements;
  const j = judgements[0];
  // Round ai: a plan or duty set aside ("今年安排城市更新项目120个", WEAK_NOT_RESULT) is the list restated, as below.
  if ((j.code && j.code !== "WEAK_NOT_RESULT") || j.target.kind !== "count") return judgements;
  // Works to build (新建, 改扩建) are asked finished.
  const want = taskStage(ctx.taskText) ?? (BUILD.test(foldText(ctx.taskText)) ? "finish" : null);
  if (want !== "finish" && want !== "start") return judgements;
  // Hunt 12: "全县确定县级重点项目51个，…，目前已开工建设43个" for 51个县级重点项目年内全部开工建设: the task's own count, said
  // with no act of the stage asked for, is the list restated; the bare act's count after it is the list's progress.
  const restatedList = !!j.actual && j.actual.explicitRatio === undefined && j.actual.value === j.target.value && stageOf(j.actual.phrase) !== want;
  if ((j.actual && !restatedList) || (!j.actual && j.status !== "unknown" && j.status !== "not-mentioned")) return judgements;
  const words = nameWords(j.target.metric);
  const found = ctx.actuals.filter((a) => {
    if (a.kind !== "count" || a.unit !== j.target.unit || !BARE_ACT.test(foldText(a.metric)) || stageOf(a.phrase) !== want) return false;
    // The whole sentence to its 。: the subject is often in the clause before a "；".
    const around = sentenceTo(ctx.progressText, a.phrase, /[。]/);
    return !!around && words.length > 0 && words.every((w) => around.before.includes(w));
  });
  if (found.length !== 1) return judgements;
  const judged = judgeTarget(j.target, found[0], { ...ctx.options, reported: true, mentioned: false });
  return [{ ...judged, reason: `${judged.reason}（「${found[0].phrase}」的主语是前文的${j.target.metric}）`, code: RULES.JUDGE_ELIDED_SUBJECT.code }];
}

/** What judgeTask hands to the rules of round o (one call site). */
type FormsOContext = ElidedContext;

/** The rules of round o over the judgements, in order: the subject of a bare act, another level, a list's make-up. */
export function formsO(judgements: Judgement[], ctx: FormsOContext): Judgement[] {
  const subject = elidedSubject(judgements, ctx);
  return listComposition(otherLevel(subject, ctx.taskText, ctx.progressText), ctx.progressText);
}
