/**
 * Round aq: 安全生产 and 生态环境 tasks that carry no figure but still say what must (not) happen, answered in the words
 * reports of those fields use. Three forms, each judged only when the report speaks of the task's own thing:
 *
 * - **No event** ("杜绝重特大生产安全事故", "较大以上突发环境事件零发生", "…行业不发生亡人事故"): answered by "未发生…事故"
 *   of the same kind at the same or a wider severity (未发生较大及以上事故 answers 杜绝重特大事故, not the reverse) and the
 *   same or a wider scope of trades (a list of 行业 must name each of the task's). Before the deadline that is on schedule;
 *   after it, done only where the words cover the whole year. An event of the kind reported ("发生较大事故7起") is a miss.
 * - **Within a control figure not written out** ("…死亡人数控制在全年控制目标以内"): answered by "在…指标之内", "未超…",
 *   "达到全年控制目标" (a ceiling reached is not exceeded) or by "超过/超出…目标". A task of one named unit (越秀区…) is
 *   answered only by words of that unit; a task of each unit (各县市…均) by any unit over; a task of the whole area never
 *   by a unit of it.
 * - **A direction only** ("道路交通事故死亡人数同比下降", "…起数、死亡人数同比双下降"): answered by the sign of the
 *   metric's own change (同比上升7.69% is no decline). Every named metric must be found.
 *
 * Anything else is left to the rest of the judge (null). Pure: no I/O, no clock.
 */
import { foldText } from "../text/normalize";
import { sentenceEnd } from "../text/stops";
import { IsoDate } from "../text/dates";
import { Actual, Judgement, MetricStatus, RAG_LABELS, STATUS_LABELS, metricSimilarity } from "../metrics";
import { cleanMetric } from "../metrics/metricName";
import { RULES } from "../validate/ruleCatalog";
import { splitAtJoiners } from "../text/joiners";

interface EventTaskStatus {
  status: MetricStatus;
  reason: string;
  code: string;
}

const EVENT_NOUN = /(事故|事件|案件|火灾)/;
/** Severity ladder of accidents and incidents: the lowest grade a phrase covers (较大以上 → 2). */
function severityOf(phrase: string): number {
  if (/特别重大|特大(?!型)/.test(phrase) && !/重特大/.test(phrase)) return 4;
  if (/重特大|重大/.test(phrase)) return 3;
  if (/较大/.test(phrase)) return 2;
  return 1;
}
/** Fields an event phrase may be of: an answer must be of the task's field (环境事件 are not 交通事故). */
const FIELDS = /(环境|交通|道路|水上|火灾|消防|煤矿|非煤|矿山|危化|危险化学品|烟花|建筑|施工|燃气|特种设备|食品|药品|渔业|农机|森林|地质|工矿商贸)/g;
const fieldsOf = (s: string) => (s.match(FIELDS) ?? []).filter((f, i, all) => all.indexOf(f) === i);
/** A field a wider phrase covers: 非煤矿山 covers 矿山's words; 危化 and 危险化学品 are one field. */
const sameField = (f: string, text: string) => text.includes(f) || (f === "危化" && text.includes("危险化学品")) || (f === "危险化学品" && text.includes("危化"));

/** Words that say no event happened, with the event after them ("未发生重特大事故") or before them ("事件“零”发生"). */
const NONE_BEFORE = /(?:未发生|没有发生|未出现|无|杜绝了?)([^，,。；;：:]{0,24}?(?:事故|事件|案件|火灾))/g;
const NONE_AFTER = /([^，,。；;：:]{1,24}?(?:事故|事件|案件|火灾))(?:实现)?[“"]?零[”"]?(?:发生)/g;
/** Words that report events of a kind: "发生较大安全事故7起", "较大事故1起". */
const HAPPENED = /(?:发生)?([^，,。；;：:]{0,16}?(?:事故|事件|案件|火灾))(\d+)起/g;

/** The task's event and its scope: "水上交通、非煤矿山…行业不发生亡人事故" → event 亡人事故, scope the trades. */
function noEventTask(task: string): { event: string; scope: string } | null {
  // Both forms end in an event word: without one, neither lazy scan from the start is run (issue 17).
  if (!EVENT_NOUN.test(task)) return null;
  const before = /^(.*?)(?:杜绝|确保不发生|不发生|不出现|避免发生|防止发生)([^，,。；;]{0,20}?(?:事故|事件|案件|火灾))$/.exec(task);
  if (before) return { event: before[2], scope: before[1] };
  const after = /^(.*?)((?:较大|重大|重特大|特大|特别重大)?(?:以上|及以上)?[^，,。；;]{0,16}?(?:事故|事件|案件|火灾))(?:实现)?[“"]?零[”"]?发生$/.exec(task);
  if (after) return { event: after[2], scope: after[1] };
  return null;
}

/** The trades or units a phrase names before its event ("水上交通、非煤矿山、烟花爆竹…行业"), none for a whole area. */
function scopeItems(words: string): string[] {
  const cut = words
    .replace(/(?:\d+月(?:\d+日)?(?:至|-|—|－)\d*月?\d*日?|上半年|下半年|前三季度|一季度|1[-—至]\d+月|全年|今年以来|今年|年内|截至目前|目前|连续多年|多年来|继续|有效|保持|确保|均|都|也|全(?:市|县|区|州|省|镇|旗|盟)|本(?:市|县|区)|我(?:市|县|区))/g, "")
    .replace(/(?:重点)?(?:行业|领域|行业领域)+|等/g, "、");
  return cut.split(/[、，,和及与]/).map((s) => s.trim()).filter((s) => s.length >= 2);
}

function noEvent(taskText: string, progressText: string, asOf: IsoDate, deadline: IsoDate): EventTaskStatus | null {
  const want = noEventTask(taskText);
  if (!want) return null;
  const noun = (EVENT_NOUN.exec(want.event) ?? [""])[0];
  const floor = severityOf(want.event);
  const fields = fieldsOf(`${want.scope}${want.event}`);
  const taskScope = scopeItems(want.scope);
  const passed = deadline < asOf;
  for (const segment of progressText.split(/[。；;]/)) {
    HAPPENED.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = HAPPENED.exec(segment)); ) {
      if (Number(m[2]) === 0 || !m[1].includes(noun) || severityOf(m[1]) < floor) continue;
      if (!fields.every((f) => sameField(f, segment))) continue;
      const words = m[0].replace(/^发生/, "");
      return { status: passed ? "overdue" : "behind", reason: `${passed ? "已逾期" : "进展滞后"}：任务要求不发生「${want.event}」，进展写明发生${words}`, code: RULES.JUDGE_EVENT_HAPPENED.code };
    }
  }
  for (const segment of progressText.split(/[。；;]/)) {
    for (const re of [NONE_BEFORE, NONE_AFTER]) {
      re.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = re.exec(segment)); ) {
        const event = m[1];
        if (!event.includes(noun) || severityOf(event) > floor) continue;
        if (!fields.every((f) => sameField(f, `${segment.slice(0, m.index)}${event}`))) continue;
        // The report's own scope, the words before its "未发生" in the clause: a list of trades answers only a task of those trades.
        const lead = segment.slice(0, m.index).split(/[，,]/).pop() ?? "";
        const theirs = scopeItems(re === NONE_AFTER ? "" : lead);
        if (theirs.length && (!taskScope.length || !taskScope.every((t) => theirs.some((s) => s.includes(t) || t.includes(s))))) continue;
        if (!theirs.length && taskScope.length && !taskScope.every((t) => segment.includes(t))) continue;
        const said = m[0].length > 30 ? `${m[0].slice(0, 28)}…` : m[0];
        if (!passed) return { status: "on-track", reason: `序时推进：任务要求不发生「${want.event}」，进展写明「${said}」`, code: RULES.JUDGE_NO_EVENT.code };
        if (/全年|年内|一年来/.test(segment)) return { status: "done", reason: `已完成：任务要求不发生「${want.event}」，进展写明全年「${said}」`, code: RULES.JUDGE_NO_EVENT.code };
        return { status: "unknown", reason: `无法研判：进展写明「${said}」，但未写明是否涵盖整个考核期`, code: RULES.JUDGE_NO_EVENT.code };
      }
    }
  }
  return null;
}

/**
 * A task held under a control figure it does not write out: "…控制在全年控制目标以内", "…不超过省下达指标". Round av: a
 * measure kept under a line set elsewhere ("资产负债率不超过控制线", "…控制在警戒线以内") is the same form.
 */
const WITHIN_TASK = /(?:控制在|不超过|不超出|不突破|低于)[^，,。；;\d]{0,14}?(?:指标|目标|控制线|警戒线)(?:以内|之内|范围内|以下|内)?$/;
/**
 * Round av: a measure reported under or over its line ("资产负债率比控制线低6.22个百分点", "…低于警戒线", "…高于控制线"):
 * group 1 (under) or 3 (over) the measure, which must be the task's own — a line of another measure says nothing of it.
 */
const LINE_SAID = /([\u4e00-\u9fa5]{2,12}?)(?:(?:比|较)(?:控制线|警戒线)低|(?:低于|未超过|未突破|未超出|在)(?:控制线|警戒线)(?:以内|以下|之内)?)|([\u4e00-\u9fa5]{2,12}?)(?:(?:比|较)(?:控制线|警戒线)高|(?:高于|超过|突破|超出)(?:控制线|警戒线))/;
/** Words that say a control figure was exceeded ("超出进度目标", "超过全年控制目标"); 超额完成 is no excess of a ceiling. */
const EXCEEDED = /(?:超过|超出|突破|超(?=进度|指标|控制))[^，,。；;\d]{0,12}?(?:指标|目标)/;
/** The same words denied ("均未出现超指标", "未超过控制目标"): read as within, and taken out before EXCEEDED is read. */
const NOT_EXCEEDED = /(?:未|没有|均未|无)(?:出现)?(?:超过|超出|突破|超)[^，,。；;\d]{0,12}?(?:指标|目标)/g;
const WITHIN = /(?:在|控制在)[^，,。；;\d]{0,14}?(?:指标|目标)(?:以内|之内|范围内)|(?:未|没有|均未|无)(?:出现)?(?:超过|超出|突破|超)[^，,。；;\d]{0,12}?(?:指标|目标)|达到[^，,。；;\d]{0,8}?控制(?:指标|目标)/;
/** A unit named at the head of a task or a clause: 越秀区, 昭觉县, 黄埔区; never 全市, 各县市. */
const UNIT = /([\u4e00-\u9fa5]{2,4}?)(?:区|县|市|州|镇|旗)(?![\u4e00-\u9fa5]{0,2}(?:中|内|以上))/;

function withinControl(taskText: string, progressText: string, asOf: IsoDate, deadline: IsoDate): EventTaskStatus | null {
  if (!WITHIN_TASK.test(taskText)) return null;
  // A line's task is answered only by that line ("超过目标值" in the same report is a floor passed, not the line).
  const line = /控制线|警戒线/.test(taskText);
  const each = /^(?:各|每个|所有)|均控制/.test(taskText);
  const head = each || /^全/.test(taskText) ? null : UNIT.exec(taskText.slice(0, 8));
  const unit = head && head.index === 0 ? head[1] : null;
  const fields = fieldsOf(taskText);
  const passed = deadline < asOf;
  const segments = progressText.split(/[。；;]/);
  let within: string | null = null;
  for (let i = 0; i < segments.length && !line; i++) {
    const segment = segments[i];
    const context = segments.slice(0, i + 1).join("；");
    if (!fields.every((f) => sameField(f, context) || /各项/.test(segment))) continue;
    const names = segment.replace(/全[市县区州省]|各县市区?|各区县|\d+个县市区?/g, "");
    const namesUnit = /[\u4e00-\u9fa5]{2,3}(?:区|县)(?![\u4e00-\u9fa5]?(?:中|内))|[\u4e00-\u9fa5]{2}、[\u4e00-\u9fa5]{2}/.test(names);
    if (unit ? !segment.includes(unit) : !each && namesUnit) continue;
    const over = EXCEEDED.exec(segment.replace(NOT_EXCEEDED, ""));
    if (over) {
      const said = segment.length > 36 ? `${segment.slice(0, 34)}…` : segment;
      return { status: passed ? "overdue" : "behind", reason: `${passed ? "已逾期" : "进展滞后"}：进展写明「${said}」`, code: RULES.JUDGE_CONTROL_WORDS.code };
    }
    const ok = WITHIN.exec(segment);
    if (ok && within === null) within = ok[0];
  }
  if (line) within = lineSaid(taskText, progressText, Number(deadline.slice(0, 4)));
  if (within === null) return null;
  if (within.startsWith("!")) return { status: passed ? "overdue" : "behind", reason: `${passed ? "已逾期" : "进展滞后"}：进展写明「${within.slice(1)}」`, code: RULES.JUDGE_CONTROL_WORDS.code };
  if (!passed) return { status: "on-track", reason: `序时推进：进展写明「${within}」`, code: RULES.JUDGE_CONTROL_WORDS.code };
  // After the deadline only a figure of the year answers it: within the pace of a part of the year is no year's result.
  if (/进度/.test(within)) return null;
  return { status: "done", reason: `已完成：进展写明「${within}」`, code: RULES.JUDGE_CONTROL_WORDS.code };
}

/**
 * The words of a line kept ("资产负债率比控制线低") for a task of a line, its measure the task's own; "!" before the words
 * when the line was passed. Null when the report names no line of the task's measure.
 */
/** Words that make a clause an aim or a forecast, not a report: 预计, 力争, 计划 … */
const AIM_WORDS = /预计|力争|争取|计划|拟|有望|可望|确保|目标/;
/** Words after the line that make it a qualifier of something else ("…低于控制线的企业占90%") or deny it. */
const LINE_QUALIFIES = /^(?:[\d.]+个?百分点)?(?:以上|以内)?的|尚未|未能|没有|未实现|未达到|未完成/;

/**
 * Hunt 20: a line stated as the clause's own report of the task's year: not an aim or a forecast ("力争…低于控制线", "预计年末
 * …比控制线低2个百分点"), not another year's ("2023年…比控制线低3个百分点" for 2024's task), not a qualifier of firms counted or
 * of a target ("低于控制线的企业占90%", "…低1个百分点的目标尚未实现").
 */
function lineStated(clause: string, m: RegExpExecArray, year: number): boolean {
  if (AIM_WORDS.test(clause)) return false;
  const before = clause.slice(0, m.index + m[0].length);
  const yearAt = /(20\d\d)年/g;
  for (let y: RegExpExecArray | null; (y = yearAt.exec(before)); ) if (Number(y[1]) !== year && !/[较比与同]$/.test(before.slice(0, y.index))) return false;
  if (/(?:^|[^较比与同])(?:去年|上年|前年)(?!同期|末|底)/.test(before)) return false;
  return !LINE_QUALIFIES.test(clause.slice(m.index + m[0].length));
}

function lineSaid(taskText: string, progressText: string, year: number): string | null {
  const asked = WITHIN_TASK.exec(taskText);
  if (!asked || !/控制线|警戒线/.test(asked[0])) return null;
  const own = cleanMetric(taskText.slice(0, asked.index));
  for (const clause of progressText.split(/[，,。；;：:]/)) {
    const m = LINE_SAID.exec(clause);
    const measure = m ? cleanMetric(m[1] ?? m[2]) : "";
    if (!m || measure.length < 2 || !own || !(own.includes(measure) || measure.includes(own))) continue;
    if (!lineStated(clause, m, year)) continue;
    return m[1] ? m[0] : `!${m[0]}`;
  }
  return null;
}

/** A task asking only for a direction: "道路交通事故死亡人数同比下降", "…起数、死亡人数同比双下降". */
const DIRECTION_TASK = /^(.{2,40}?)(?:同比|比上年|较上年|比去年|较去年)(?:实现)?(?:双|均|全部|都)?(下降|减少|降低|上升|增长|提高)$/;

function direction(taskText: string, actuals: readonly Actual[], progressText: string, asOf: IsoDate, deadline: IsoDate): EventTaskStatus | null {
  const want = DIRECTION_TASK.exec(taskText);
  if (!want) return null;
  const down = /下降|减少|降低/.test(want[2]);
  // The period opening the task is its deadline's, not part of the name: "7月PM2.5月均浓度" names PM2.5月均浓度.
  const lead = want[1].replace(/^(?:全年|今年|年内|确保|力争|实现|\d{1,2}月份?|上半年|下半年|前三季度|[一二三四]季度)+/, "");
  // "生产经营性事故起数、死亡人数": the list's later names share its first one's head (事故).
  const names = splitAtJoiners(lead).filter(Boolean);
  const changes = actuals.filter((a) => a.kind === "growth" && a.unit === "%" && a.explicitRatio === undefined);
  if (!names.length || !changes.length) return null;
  const found: Actual[] = [];
  for (const name of names) {
    // Hunt 18: a change of another field's measure is no answer ("火灾事故死亡人数" for 道路交通事故死亡人数): every field the
    // figure's name gives must be one the task's name gives.
    const ownField = (a: Actual) => fieldsOf(a.metric ?? "").every((f) => sameField(f, want[1]));
    const best = changes.filter(ownField).map((a) => ({ a, s: metricSimilarity(name, a.metric ?? "") })).sort((x, y) => y.s - x.s)[0];
    if (!best || best.s < 0.5) return null;
    found.push(best.a);
  }
  const passed = deadline < asOf;
  const wrong = found.find((a) => (down ? a.value >= 0 : a.value <= 0));
  if (wrong) return { status: passed ? "overdue" : "behind", reason: `${passed ? "已逾期" : "进展滞后"}：任务要求${down ? "下降" : "增长"}，进展写明「${wrong.phrase}」`, code: RULES.JUDGE_DIRECTION_ONLY.code };
  if (/持平/.test(progressText) && names.length === 1) return null;
  if (!passed) return { status: "on-track", reason: `序时推进：进展写明「${found.map((a) => a.phrase).filter((p, i, all) => all.indexOf(p) === i).join("；")}」，方向与任务一致`, code: RULES.JUDGE_DIRECTION_ONLY.code };
  return null;
}

/** The status of a task with no figure in one of the three forms above, or null when none applies or the report does not answer it. */
export function eventTaskStatus(taskText: string, progressText: string, actuals: readonly Actual[], asOf: IsoDate, deadline: IsoDate): EventTaskStatus | null {
  const task = withoutEndStops(foldText(taskText));
  const said = foldText(progressText);
  return noEvent(task, said, asOf, deadline) ?? withinControl(task, said, asOf, deadline) ?? direction(task, actuals, said, asOf, deadline);
}

/** The text without the stops it ends with (as `.replace(/[。；;，,]+$/, "")`, which tries that class at every position). */
function withoutEndStops(text: string): string {
  let end = text.length;
  while (end > 0 && "。；;，,".includes(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A target written as an increase over last year in a unit of its own ("优良天数比上年增加5天", "较上年多减少3起"). */
// Hunt 19: a time cut or lengthened by days ("企业开办时间较上年缩短2天", "较上年压减10个工作日") is such a target too: the 1.5天
// the report gives is the time itself, not the days cut.
const INCREASE_TARGET = /(?:比|较|同比)(?:上年|去年|上一年)?(?:同期)?(增加|增长|多|延长|减少|下降|少|缩短|压减|压缩)(\d+(?:\.\d+)?)([^\d%，,。；;]{1,4})/;
/** The same kind of figure in a report: "比上年同期多2天", "较去年减少3起". */
const INCREASE_SAID = new RegExp(INCREASE_TARGET.source, "g");

/**
 * Round aq: "城区空气质量优良天数比上年增加5天" asks for 5 more days than last year, not for 5 days: a level reported (350天)
 * does not answer it, however large. Judged by the report's own increase in the same unit ("比上年同期多2天": behind), else
 * 无法研判 (never green on the level).
 */
export function increaseOverLastYear(judgements: Judgement[], progressText: string, asOf: IsoDate, deadline: IsoDate): Judgement[] {
  const said = foldText(progressText);
  return judgements.map((j) => {
    if (!j.actual || j.target.kind === "growth" || j.target.unit === "%") return j;
    const want = INCREASE_TARGET.exec(foldText(j.target.phrase));
    if (!want || !j.target.unit || !want[3].startsWith(j.target.unit)) return j;
    if (INCREASE_TARGET.test(foldText(j.actual.phrase))) return j;
    const up = /增加|增长|多|延长/.test(want[1]);
    INCREASE_SAID.lastIndex = 0;
    let found: RegExpExecArray | null = null;
    // Session 22: the increase said of the judged figure — the first after it in its sentence ("一本上线2445人，比上年增加231人"),
    // not another measure's before it ("考生比上年少17101人，…").
    const at = said.indexOf(foldText(j.actual.phrase));
    const from = at >= 0 ? at + foldText(j.actual.phrase).length : 0;
    const to = at >= 0 ? sentenceEnd(said, from) : said.length;
    for (let m: RegExpExecArray | null; (m = INCREASE_SAID.exec(said)); ) if (m[3].startsWith(j.target.unit) && m.index >= from && m.index < to) found = found ?? m;
    const code = RULES.JUDGE_INCREASE_TARGET.code;
    if (!found) {
      const detail = `目标「${j.target.phrase}」是比上年的增加量，进展数字「${j.actual.phrase}」是总量，不能据此判断`;
      return { ...j, status: "unknown", label: STATUS_LABELS.unknown, rag: "yellow", ragLabel: RAG_LABELS.yellow, ratio: null, met: false, reason: `${STATUS_LABELS.unknown}：${detail}`, detail, code };
    }
    const sameWay = /增加|增长|多|延长/.test(found[1]) === up;
    const got = sameWay ? Number(found[2]) : -Number(found[2]);
    const met = got >= Number(want[2]);
    const passed = deadline < asOf;
    const status: MetricStatus = met ? (passed ? "done" : "on-track") : passed ? "overdue" : "behind";
    const rag = met ? "green" : passed ? "red" : "yellow";
    const detail = `目标比上年${want[1]}${want[2]}${j.target.unit}，进展写明「${found[0]}」`;
    return { ...j, status, label: STATUS_LABELS[status], rag, ragLabel: RAG_LABELS[rag], ratio: null, met, reason: `${STATUS_LABELS[status]}：${detail}`, detail, code };
  });
}
