import { perHeadTargets } from "./formsBB";
import { Target, TargetParse } from "./types";
import { explainDeadline, parseDeadline } from "./parseDeadline";
import { Memo } from "./cache";
import { readFigures, Skipped } from "./readFigures";
import { prepareText } from "./scan";

/** By year, then by text: a key built per call would be a new string to hash on every hit. */
const memos = new Map<number | undefined, Memo<TargetParse>>();

/**
 * Every measurable target of a task text ("地区生产总值增长6%左右" → growth ~ 6%), with the deadline it states
 * when a year is given. Never throws: a text it cannot read gives no target and a reason. Results are readonly
 * and shared through a bounded memo, so warm parsing of repeated cells costs a map lookup.
 */
export function parseTargets(text: string, options: { year?: number } = {}): TargetParse {
  const year = options.year || undefined;
  let memo = memos.get(year);
  if (!memo) memos.set(year, (memo = new Memo<TargetParse>(20000)));
  const hit = memo.get(text);
  if (hit) return hit;
  return memo.set(text, readTargets(text, options.year));
}

/** Empties the memo (for benchmarks measuring cold parsing). */
export function clearTargetCache(): void {
  memos.clear();
}

function readTargets(text: string, year: number | undefined): TargetParse {
  const reading = year ? explainDeadline(text, year) : null;
  const deadline = reading?.date ?? null;
  try {
    if (typeof text !== "string" || !text.trim()) return { targets: [], deadline, reason: "文本为空 (empty text)" };
    const doubling = DOUBLING.test(text) ? readDoubling(prepareText(text)) : null;
    const s = doubling ? doubling.text : prepareText(text);
    const { figures, skipped } = readFigures(s, "target");
    if (doubling) skipped.push(...doubling.skipped);
    // A loop that pushes (a packed array, as mapPacked makes) without a closure made per text.
    const targets: Target[] = [];
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i];
      // The figure's own clause first ("…，5月底前建成2所幼儿园"), then the sentence before it ("上半年，…增长6%").
      // (A text that names no time at all has none in its parts either.)
      const own = year && deadline ? parseDeadline(f.phrase, year) ?? parseDeadline(f.context, year) : null;
      // Every key always, in one order (an absent one undefined): every target then has the one hidden class in V8,
      // and the judge's functions stay optimised for it (docs/benchmarks.md). JSON leaves the undefined keys out.
      targets.push({
        metric: f.metric,
        kind: f.kind,
        cmp: f.cmp,
        value: f.value,
        unit: f.unit,
        base: f.base,
        phrase: f.phrase,
        cumulative: f.cumulative,
        approx: f.approx ? true : undefined,
        stretch: f.stretch ? true : undefined,
        high: f.high,
        binding: isBinding(f.metric, f.context) ? true : undefined,
        deadline: own && own !== deadline ? own : undefined,
      });
    }
    // Round bb (./formsBB.ts): "每千人拥有社会体育指导员2.5名" is a level, not a count of new things.
    if (targets.length) perHeadTargets(targets);
    // Every key always, in the order they always had (an absent one undefined).
    return {
      targets,
      deadline,
      deadlineNote: reading?.note || undefined,
      reason: targets.length ? undefined : noTargetReason(s, skipped),
      skipped: skipped.length ? skipped : undefined,
    };
  } catch (err) {
    return { targets: [], deadline, reason: `无法解析：${(err as Error)?.message ?? String(err)}` };
  }
}

/** 翻番, 翻一番, 翻两番, 增长一倍: a target of doubling (or more), in a text that may say against which year. */
const DOUBLING = /翻[一两三]?番|增长(?:了)?一倍/;
const DOUBLING_G = /(?:实现|力争|确保|争取)?(?:翻([一两三])?番|增长(?:了)?一倍)/g;
/** A base year or a horizon of several years before a doubling: 比2020年, 较“十三五”末, 在2020年基础上, 到2025年, 年均. */
const SEVERAL_YEARS = /(?:比|较|与|在|以)(?:19|20)\d\d年|(?:比|较)?[“"]?十[一二三四五六]五[”"]?末?|到(?:19|20)\d\d年|年均|[两二三四五六七八九十]年(?:内|来|间)|基础上/;

/**
 * 翻番 targets: "外贸进出口总额翻一番" asks this year's figure to be at least double last year's, i.e. growth of at
 * least 100% (翻两番: 300%, 翻三番: 700%); written as such for the reader, so it is judged like any growth target.
 * Against a base year or over several years ("比2020年翻一番", "到2025年…翻两番") the year's growth says nothing about
 * it: no target, and the reason says so (无法研判 rather than a judgement against the wrong base).
 */
function readDoubling(s: string): { text: string; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const text = s.replace(DOUBLING_G, (m: string, times: string | undefined, at: number) => {
    const sentenceStart = Math.max(s.lastIndexOf("。", at), s.lastIndexOf(";", at), s.lastIndexOf("；", at)) + 1;
    const clauseStart = Math.max(sentenceStart, s.lastIndexOf("，", at) + 1, s.lastIndexOf(",", at) + 1);
    const before = s.slice(sentenceStart, at);
    // "两年翻番", "三年内翻一番": years counted right before it.
    if (SEVERAL_YEARS.test(before) || /[一两二三四五六七八九十\d]年(?:内|来|间)?(?:实现|力争)?$/.test(before)) {
      skipped.push({ phrase: s.slice(clauseStart, at + m.length), figure: m, why: "以往年为基数或跨年度的翻番目标，不能按本年增速判断" });
      return m;
    }
    const pct = times === "两" ? 300 : times === "三" ? 700 : 100;
    return `增长${pct}%以上`;
  });
  return { text, skipped };
}

/** 约束性 targets: resource, environment and safety red lines, by name or by the text's own word. */
const BINDING_METRIC = /能耗|能源消费|碳排放|二氧化碳|排放|PM2\.?5|PM10|细颗粒物|可吸入颗粒物|空气质量|优良天数|重污染|臭氧|地表水|水质|断面|用水量|用水总量|耕地|永久基本农田|基本农田|森林覆盖|森林蓄积|草原|湿地|生态保护红线|化学需氧量|氨氮|氮氧化物|二氧化硫|挥发性有机物|黑臭水体|安全生产|死亡|粮食播种|粮食产量/;

function isBinding(metric: string, context: string): boolean {
  return /约束性/.test(context) || BINDING_METRIC.test(metric);
}

export function noTargetReason(s: string, skipped: Skipped[]): string {
  if (skipped.length) return `数字不是目标：${skipped.map((k) => `「${k.figure}」（${k.phrase}）${k.why}`).join("；")}`;
  if (/\d/.test(s)) return "文中数字没有可识别的单位（年份、序号、名称中的数字），未发现可度量的目标";
  return "定性任务，未发现可度量的目标 (qualitative task)";
}
