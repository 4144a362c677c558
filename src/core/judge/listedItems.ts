/**
 * Lists in bulletins (round n, restored with a wrong-green hunt: tests/core/judge/listRules.test.ts). A task with no
 * figure of its own is answered by a list that names it:
 *
 * - namedInList: "提前竣工4项，为忻州老城开发保护建设项目、运城至灵宝高速公路运宝黄河大桥等" for "忻州老城开发保护建设项目年内
 *   竣工" — a list of the items at a stage (竣工/建成…, or 开工) answers a task naming one of them at that stage: 已完成
 *   when the items are reported at it, 进展滞后 when they are listed as not at it on time (未按期竣工…);
 * - listedShare: "11个市完成率依次为长治124.9%、…、晋中47.5%" for "晋中市重点工程完成年度投资计划", "A、B和C分别完成今年计划
 *   工程量的63%、70%和95%" for "C年内全部完成" — a list of shares of the plan, one per place or item, gives the named one
 *   its own share.
 *
 * Both can turn a task green, so both are strict: the item must be one of the list's own items, whole (not part of a
 * longer name, not another place's item of the same name); the list must be a report of this year (not a plan, a hope,
 * last year's, a part or stage of the works, under a heading of lag); and a text that says the item is not done
 * anywhere else (…，X尚未竣工) answers nothing. Pure: no I/O, no clock.
 */
import { foldText } from "../text/normalize";
import { MetricStatus } from "../metrics";
import { splitAtJoiners } from "../text/joiners";

const PLACE = /^([\u4e00-\u9fff]{1,4}?[省市县区州旗])(?=[\u4e00-\u9fff]{4})/;

/** The thing a task without figures names: the words before its time and stage ("忻州老城开发保护建设项目年内竣工"). */
function subjectOf(taskText: string): string {
  // Round w: a task that opens with its verb ("建成心理援助热线中心"; round ae: "开工建设…迁建项目") names its subject after it.
  const t = foldText(taskText).replace(/^(?:确保|力争|全力|加快|推进|推动)+/, "").replace(/^(?:建成|新建|完成|开工建设|开工|实施)(?=[\u4e00-\u9fa5]{4})/, "");
  const cut = /(?:年内|年底|今年|全年|\d|上半年|下半年|[一二三四]季度|(?:全面|全部|如期|按期|顺利)?(?:竣工|完工|建成|开工|开复工|投用|投产|完成|实现|启动)|[，,。；;])/.exec(t);
  return (cut ? t.slice(0, cut.index) : t).replace(/的$/, "");
}

/** A name as a list gives it: its place before it (XX市, XX县), if any, and its core without the kind after it (项目, 工程). */
function partsOf(name: string): { place: string; core: string } {
  const p = PLACE.exec(name);
  const rest = p ? name.slice(p[1].length) : name;
  return { place: p ? p[1] : "", core: rest.replace(/(?:建设)?(?:项目|工程)$/, "") };
}

/** Whether a list's item is the task's subject: the same core, and the same place when both name one (else a core of
 * at least `shortest` characters). */
function sameItem(item: string, subject: string, shortest = 5): boolean {
  const a = partsOf(item);
  const b = partsOf(subject);
  if (a.core !== b.core) return false;
  // Both name a place: the same one. One names none: the core alone must be a name, not a kind (供热管网).
  return a.place && b.place ? a.place === b.place : a.core.length >= shortest;
}

/**
 * A list after a count at a stage: "提前竣工4项，为…、…等", "未按期竣工的项目有3个，为…", "已建成5个项目：…". The list must be
 * introduced (为/是/包括/即/：); the stage word must follow a word of report (已, 提前, 如期 …) or of failure (未按期, 尚未).
 */
const STATUS_LIST = /(提前|已经?|已全部|实际|顺利|如期|按期|未能?按期|尚未|仍未|未)(竣工|完工|建成|投产|投用|开工|开复工|动工|开建)(?:的)?(?:项目|工程)?(?:有|共)?(\d+)(?:个|项|处|座|家)(?:项目|工程)?(?:[，,]?(?:分别|具体)?(?:为|是|包括|即)[：:]?|[，,](?:如|例如|比如|诸如)[：:]?|[：:])([^。；;]{4,200})/g;

/**
 * Round ae: the same list with its count first and 如 among the words that introduce it: "有11个项目已提前开工，如A、B、C等",
 * "有18个应开未开，如A、B等" (应开未开: due to start and not started, a failure to start).
 */
const COUNT_FIRST_LIST = /(\d+)(?:个|项|处|座|家)(?:项目|工程)?(提前|已经?|已全部|已提前|均已|顺利|如期|按期|未能?按期|尚未|仍未|应开未开)(竣工|完工|建成|投产|投用|开工|开复工|动工|开建)?(?:建设)?[，,：:](?:如|例如|比如|诸如|包括|分别为|分别是|为|即|主要有|主要是)[：:]?([^。；;]{4,200})/g;

/**
 * Hunt 12: the stage as a modifier of the counted things, the list after 中有: "已开工的168个项目中有A、B、C等" (the started
 * projects include A, B and C).
 */
const AMONG_LIST = /(提前|已经?|已全部|均已|顺利|如期|按期|未能?按期|尚未|仍未|未)(竣工|完工|建成|投产|投用|开工|开复工|动工|开建)(?:建设)?的(\d+)(?:个|项|处|座|家)(?:项目|工程)?(?:中|当中)(?:有|包括|主要有|主要是)[：:]?([^。；;]{4,200})/g;

/** Hunt 15: works begun, as reports write it (开工, 开复工, 动工, 开建). */
const START_WORDS = /开工|开复工|动工|开建/;

/** One list at a stage, whichever way it is written: the word of report or failure, the stage, and the list's text. */
interface StageList { index: number; whole: string; status: string; stage: string; list: string }

function stageLists(s: string): StageList[] {
  const found: StageList[] = [];
  STATUS_LIST.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = STATUS_LIST.exec(s)); ) found.push({ index: m.index, whole: m[0], status: m[1], stage: m[2], list: m[4] });
  COUNT_FIRST_LIST.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = COUNT_FIRST_LIST.exec(s)); ) {
    const stage = m[3] ?? (m[2] === "应开未开" ? "开工" : "");
    if (stage) found.push({ index: m.index, whole: m[0], status: m[2], stage, list: m[4] });
  }
  AMONG_LIST.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = AMONG_LIST.exec(s)); ) found.push({ index: m.index, whole: m[0], status: m[1], stage: m[2], list: m[4] });
  return found.sort((a, b) => a.index - b.index);
}

/** Words before a list in its sentence that make it no report of this item done: a plan, a hope, the past, a part, lag. */
const NOT_REPORT = /计划|拟|预计|将|力争|争取|目标|有望|确保|去年|上年|前年|往年|以前年度|历年|同期|主体|基本|部分|一期|二期|三期|首期|分期|阶段|节点|标段|子项|滞后|缓慢|未|尚未|没有|不能|无法|难以|推迟|延期|暂停|停工|问题|困难/;

/** Words of a clause that says an item is not done, not at the stage, or left out. */
const NOT_DONE = /未|尚未|仍未|没有|不含|不包括|除|滞后|缓慢|推迟|延期|暂停|停工|暂缓|搁置|取消|仍在|正在|在建|施工中|扫尾|待验收/;

/** A year written in a text (2023年), other than the year judged, marks words of another year. */
function otherYear(words: string, year: number): boolean {
  return [...words.matchAll(/(20\d\d)年/g)].some((m) => Number(m[1]) !== year);
}

/**
 * "提前竣工4项，为忻州老城开发保护建设项目、运城至灵宝高速公路运宝黄河大桥等" for "忻州老城开发保护建设项目年内竣工": a
 * bulletin that lists the items at a stage answers a task naming one of them at that stage: 已完成 when the list is of
 * items done (竣工 answers 竣工 or 建成; 开工 answers 开工), 进展滞后 when it is of items not done on time. Null unless one of
 * the list's own items (it ends at its first comma or 等) is the task's subject; a list under 计划/拟/预计, of another year,
 * of a part of the works or under words of lag is none, and a text that says elsewhere the item is not done answers
 * nothing.
 */
export function namedInList(taskText: string, progressText: string, year: number): { status: MetricStatus; reason: string } | null {
  const s = foldText(progressText);
  if (!stageLists(s).length) return null;
  const subject = subjectOf(taskText);
  const { place, core } = partsOf(subject);
  if (core.length < (place ? 3 : 5)) return null;
  const task = foldText(taskText);
  const wantFinish = /竣工|完工|建成|投用|投产/.test(task);
  const wantStart = START_WORDS.test(task) && !wantFinish;
  if (!wantStart && !wantFinish) return null;
  let found: { status: MetricStatus; reason: string } | null = null;
  const used: [number, number][] = [];
  for (const m of stageLists(s)) {
    const head = s.slice(Math.max(0, s.lastIndexOf("。", m.index) + 1, s.lastIndexOf("；", m.index) + 1), m.index);
    // The list ends at its first comma or 等: "…等，城北污水处理厂尚未竣工" is another clause.
    const list = m.list.split(/[，,]|等/)[0];
    const items = splitAtJoiners(list).filter(Boolean);
    if (!items.some((item) => sameItem(item, subject))) continue;
    const not = /未/.test(m.status);
    // A list of items not done is a lag, whatever its heading; one of items done must be a plain report of this year.
    if (!not && (NOT_REPORT.test(head) || otherYear(head, year))) return null;
    const start = START_WORDS.test(m.stage);
    if (start !== wantStart) return null;
    const shown = m.whole.length - m.list.length + list.length;
    used.push([m.index, m.index + shown]);
    const words = shown > 60 ? `${m.whole.slice(0, 30)}…${core}…` : m.whole.slice(0, shown);
    found = not
      ? { status: "behind", reason: `进展滞后：进展写明「${words}」，本项在未按期之列` }
      : { status: "done", reason: `已完成：进展写明「${words}」，本项在其列` };
    if (not) return found;
  }
  if (!found) return null;
  // Anywhere else, the item said not done (…，X尚未竣工; X未列入; 除X外): nothing is told.
  const rest = used.reduce((t, [a, b]) => t.slice(0, a) + " ".repeat(b - a) + t.slice(b), s);
  for (const clause of rest.split(/[，,。；;]/)) if (clause.includes(core) && NOT_DONE.test(clause)) return null;
  return found;
}

/**
 * Round v: items named, then their count and that they are done: "99项重点工作任务中，全域公园建设、创建省级和美乡村2项已完成年度
 * 目标任务" answers "全域公园建设年内完成" and "创建省级和美乡村": 已完成. The list runs from its clause's start to the count, has at
 * least two items split by 、, no more items than the count (等 may stand before it), and the count is followed at once by
 * 已/均已 and 完成/办结. Never under words of plan, hope, another year or lag, and not when the item is said not done elsewhere.
 */
// Round w: works too, listed and then built ("A、B2个项目已建成投入使用").
const DONE_AFTER_LIST = /([^，,。；;：:]{4,120}?)(等)?(\d+|[两二三四五六七八九十])(?:项|个|件)(?:工作|任务|事项|项目|工程)?(?:均已|已全部|已经|已)(?:提前)?(?:完成|办结|建成|竣工|完工)/g;
const SMALL: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** Objects of 完成 that are a stage or a step, not the task: 上半年目标, 季度任务, 招标, 前期工作 … */
const DONE_PART = /半年|季度|月度|月份|阶段|节点|[一二三四\d]期|首期|部分|前期|立项|招标|招投标|设计|方案|手续|签约|开工|主体|基础|选址|征地|拆迁/;

export function namedDone(taskText: string, progressText: string, year: number): { status: MetricStatus; reason: string } | null {
  const s = foldText(progressText);
  if (!/完成|办结|建成|竣工|完工/.test(s) || !/、/.test(s)) return null;
  const task = foldText(taskText);
  // A task to start works is not answered by items finished.
  if (/开工|开复工/.test(task) && !/竣工|完工|建成|完成/.test(task)) return null;
  const subject = subjectOf(taskText);
  const { place, core } = partsOf(subject);
  if (core.length < (place ? 3 : 5)) return null;
  DONE_AFTER_LIST.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DONE_AFTER_LIST.exec(s)); ) {
    const items = m[1].split("、").map((x) => x.replace(/^(?:其中|包括|即|为|有)/, ""));
    const count = /\d/.test(m[3]) ? Number(m[3]) : SMALL[m[3]];
    if (items.length < 2 || items.length > count || (!m[2] && items.length !== count)) continue;
    if (!items.some((item) => sameItem(item, subject))) continue;
    // What is done must be the year's task or the items themselves: not a stage ("…已完成上半年目标", "…已完成招标").
    const object = s.slice(m.index + m[0].length).split(/[，,。；;]/)[0];
    if (DONE_PART.test(object)) return null;
    const head = s.slice(Math.max(0, s.lastIndexOf("。", m.index) + 1, s.lastIndexOf("；", m.index) + 1), m.index);
    // Round ag: the task's own name ("巴州沟防洪工程(三期)") and what other items' names carry in brackets ("整村推进(2011年度)")
    // are names, not a part of the works or another year's report.
    const words = `${head}${m[1]}`.split(subject).join("|").replace(/\([^()]{1,12}\)/g, "");
    if (NOT_REPORT.test(words) || otherYear(words, year)) return null;
    const rest = `${s.slice(0, m.index)} ${s.slice(m.index + m[0].length)}`;
    for (const clause of rest.split(/[，,。；;]/)) if (clause.includes(core) && NOT_DONE.test(clause)) return null;
    return { status: "done", reason: `已完成：进展写明「${m[0].length > 60 ? `${core}…${m[0].slice(-16)}` : m[0]}」，本项在其列` };
  }
  return null;
}

/** Words that make a list's rates shares of the year's plan: 完成率, 完成今年计划工程量的, 占年计划的, 年度计划的. */
const PLAN_SHARE = /完成率|完成(?:今年|年度|全年|本年)?(?:投资)?计划(?:工程量|任务)?的|占(?:年|年度|全年)(?:投资)?计划的|完成(?:年度|全年)(?:目标)?任务的|投资进度/;

/** The words of a task about a place's key projects as a whole, which a list of places' completion rates speaks of. */
const GENERIC = /^(?:省级|市级|县级)?(?:重点工程|重点项目|重点建设项目|重点工程建设项目|固定资产投资)?$/;

/** Words before a list of rates that make them no report of this year's shares. */
const NOT_THIS_YEAR = /计划|预计|力争|争取|目标|有望|去年|上年|前年|往年|同期|历年|较|比/;

/**
 * "11个市完成率由高到低依次为长治124.9%、…、晋中47.5%" for "晋中市重点工程完成年度投资计划", and "里巷道路改造、供热补建和
 * 旧楼区综合整修…分别完成今年计划工程量的63%、70%和95%" for "旧楼区综合整修年内全部完成": the rate the list gives the
 * thing the task names is that thing's share of its plan. Only for a task with no figure of its own that asks for its plan
 * or for the whole work; a list of at least two names with as many rates, after words that make them shares of the plan;
 * the name is the task's place (its key projects as a whole, or what the words before the list name) or the task's
 * whole subject.
 */
export function listedShare(taskText: string, progressText: string, year: number): number | null {
  const s = foldText(progressText);
  if (!PLAN_SHARE.test(s)) return null;
  const task = foldText(taskText);
  if (/\d/.test(task.replace(/20\d\d年/g, ""))) return null;
  if (!/完成(?:年度|全年|今年)?(?:投资)?(?:计划|任务|目标)|全部完成|全面完成|完成年度计划工程量/.test(task)) return null;
  const subject = subjectOf(taskText);
  for (const sentence of s.split(/[。；;]/)) {
    const share = PLAN_SHARE.exec(sentence);
    if (!share) continue;
    const head = sentence.slice(0, share.index);
    const after = sentence.slice(share.index + share[0].length);
    // The words up to the first rate: no plan, hope or other year ("完成率与去年同期相比依次为…").
    const lead = `${head}${after.slice(0, Math.max(0, after.search(/\d/)))}`;
    if (NOT_THIS_YEAR.test(lead) || otherYear(sentence, year)) continue;
    // "A p1%、B p2%…": a name right before each rate, after the words of share.
    const pairs = [...after.matchAll(/([\u4e00-\u9fff]{2,16})(\d+(?:\.\d+)?)%(?=[、，,和及]|$)/g)].map((p) => [p[1].replace(/^.*(?:为|是|：|:|依次|分别|即|[、和及])/, ""), p[2]] as const);
    const own = pairs.filter(([n]) => samePlace(n, subject, head));
    if (pairs.length >= 2 && own.length === 1) return Number(own[0][1]) / 100;
    // "A、B和C…分别完成…的p1%、p2%和p3%": names listed, then as many rates in order.
    const split = /^(?:[^，,]*[，,])?([^，,]{4,60}?)(?:进展顺利[，,])?分别(完成|达到|为)([^，,\d]{0,16}?)((?:\d+(?:\.\d+)?%[、和及]?){2,})/.exec(sentence);
    if (split && PLAN_SHARE.test(`${split[2]}${split[3]}`)) {
      const names = split[1].replace(/(?:进展顺利|工作|任务)$/, "").split(/[、和及]/).filter(Boolean);
      const rates = [...split[4].matchAll(/(\d+(?:\.\d+)?)%/g)].map((r) => Number(r[1]) / 100);
      if (names.length === rates.length) {
        const hit = names.map((n, i) => [n, i] as const).filter(([n]) => n.length >= 3 && sameItem(n, subject, 3));
        if (hit.length === 1) return rates[hit[0][1]];
      }
    }
  }
  return null;
}

/**
 * Whether a list's name (长治, 河口区) is the task's place, and the task speaks of what the list does: the place's key
 * projects as a whole (晋中市重点工程), or the words before the list (各县区重点项目投资完成率 for 河口区重点项目).
 */
function samePlace(name: string, subject: string, head: string): boolean {
  if (name.length < 2 || name.length > 8 || /率|的|计划|任务|目标/.test(name)) return false;
  const place = /[省市县区州旗]$/.test(name) ? name : null;
  let rest: string | null = null;
  if (place && subject.startsWith(place)) rest = subject.slice(place.length);
  else if (!place && subject.startsWith(name) && /^[省市县区州旗]/.test(subject.slice(name.length))) rest = subject.slice(name.length + 1);
  if (rest === null) return false;
  // What the words before the list name (各县区重点项目投资完成率): the task's own subject, or none and the task is
  // about the place's key projects as a whole.
  const said = head.replace(/^.*?(?:\d+个|各)(?:县市区|县区|市县|市州|盟市|单位|省|市|县|区)/, "").replace(/^(?:由高到低|由低到高)/, "");
  if (!said || (GENERIC.test(said.replace(/(?:投资|建设)+$/, "")) && GENERIC.test(rest))) return GENERIC.test(rest);
  return rest.length >= 2 && (said.includes(rest) || rest.includes(said));
}
