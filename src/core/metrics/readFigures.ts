import { Comparator, Quantity, TargetKind } from "./types";
import { MAGNITUDES, baseOf } from "./units";
import { cleanMetric, growthVerb, looseMetric, splitMetricList } from "./metricName";
import { Qty, clauseStart, findQuantities, inSpans, isClauseEnd, maskedSpans, sentenceStart } from "./scan";

/** One figure understood in a text, before it becomes a Target or an Actual. */
export interface Figure {
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
}

export interface Skipped {
  phrase: string;
  /** The figure itself as written ("500万元以上"). */
  figure: string;
  why: string;
}

export type ReadMode = "target" | "progress";

interface Work {
  q: Qty;
  metric: string;
  kind: TargetKind;
  /** Comparator from the words, before a 下降 turns the figure negative. */
  cmp: Comparator | null;
  flip: boolean;
  region: string;
  raw: string;
  clause: number;
  sentence: number;
  explicitRatio?: number;
  stock?: boolean;
}

const NEW_WORDS = /新增|新建|新改建|新开通|新开工|新设|新签|新培育|新引进|新认定|新办理|新纳入|新上|新铺设/;
const LEVEL_PREFIX = /^(突破|超过|达到|达|稳定在|保持在|控制在|过|逾|超|提升至|提高到)$/;
const LEVEL_WORDS = /发展到|稳定在|保持在|保持|总量|在库|余额|达到|控制在|提升至|提高到|提升到|提高至|增至|增加到/;
const LEVEL_METRIC = /率|占比|比例|比重|面积|产量|总产|总量|余额|规模|保有量|总额|总值|收入|营收|产值|投资|交易额|进出口|零售额|贷款|资金|外资|税收|利润|人数|浓度|能力|周转量|处理量/;
const STOCK = /率|占比|比例|比重|余额|总量|在库|覆盖|保有量|浓度|人数|能力|指数|单价|均价/;
const ABSTRACT_NOUN = /^(方面|关键|环节|领域|阶段|机制|原则|体系|要求|步|目标|任务|层次|维度|路径|举措|措施|办法|方式|梯度)/;
/** A count right before a rate names the units the rate is over ("9个断面优良水体比例达到100%"). */
const QUALIFIES_NEXT = /(达到|达|突破|保持|稳定在|控制在|提高|增长|均|为)$/;
const DESCRIPTIVE = /(依托|围绕|依靠|现有|拥有)(全区|全市|全县)?$/;
const FOLLOW_CUT = /(已|分别|开工建设|落地建设|加快建设|落地|建成|竣工|投产|签约|实施|加快|顺利|全部|达效|开工|投入使用|正式|提标改造|协同办理)/;
/** After a classifier, a verb means the figure ends its noun phrase ("校车51辆正常运行"). */
const FOLLOW_VERB = /^(正常|已|正在|全部|均|成功|顺利|参加|参与|进行|实现|完成|投入|开工|建成|获批|入选|通过|达到)/;
/** 支持, 项目 …: a unit character that starts a word is no unit ("10 支持…" is a row number before a task). */
const NOT_UNIT = /^(支持|项目|处理|台湾|批准|期间|条件|名单|场所|部门|所有|所在|部署|座谈|件事|次要|个人|户籍|期限)/;
const EARLIER_PERIOD = /(较|比)(一季度|二季度|三季度|上季度|上月|上个月|年初|前期|去年底|\d{1,2}-\d{1,2}月|\d{1,2}月)[^，。；]{0,6}$/;
const REMAINING = /(其余|剩余|尚有|还有|仍有|未完成)[^，。；]{0,4}$/;
/** Words that make a reported figure a standing total rather than this year's addition. */
const STOCK_WORDS = /(共统计|现有|总数|总量|在库|保有量|(?:全区|全市|全县|全镇)(?:已建成|共有|共))/;
const NEW_THIS_YEAR = /(新增|新建|新开|新签|今年|本年|年内)/;
const COMPARISON = /(高于|低于|快于|慢于|高出|低出|领先|超出|超过|比全[市省国区县]|较全[市省国区县])[^，。；]{0,8}$/;
const FORECAST = /(预计|预期|有望|计划|拟|将于|将在|将要|将(?=开业|建成|完成|新增|实现|投产|开工|达到)|届时|力争|目标为|规划)/g;
const RESET = /(目前|截至|截止|已经|已|现有|实际|今年以来|上半年|\d+-\d+月)/g;
const EXPLICIT = /完成(?:了)?(?:全年|年度|今年|本年)?(.{0,12}?)(?:目标|任务|计划)(?:任务)?(?:的|进度的)?$/;

function lastIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let idx = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) idx = m.index + m[0].length;
  return idx;
}

function clauseEndAt(s: string, pos: number): number {
  let i = pos;
  while (i < s.length && !isClauseEnd(s[i])) i++;
  return i;
}

function flipCmp(c: Comparator): Comparator {
  return c === ">=" ? "<=" : c === ">" ? "<" : c === "<=" ? ">=" : c === "<" ? ">" : c;
}

/** Every figure of a prepared text that states a target (mode "target") or a reported value (mode "progress"). */
export function readFigures(s: string, mode: ReadMode): { figures: Figure[]; skipped: Skipped[] } {
  const qs = findQuantities(s);
  const spans = maskedSpans(s, mode === "target");
  const skipped: Skipped[] = [];
  const works: Work[] = [];
  let regionFloor = 0;
  let floorClause = -1;
  let stash = "";
  for (let q of qs) {
    const cs = clauseStart(s, q.start);
    const ss = sentenceStart(s, q.start);
    const phrase = s.slice(cs, clauseEndAt(s, q.after));
    const skip = (why: string) => skipped.push({ phrase: phrase || s.slice(q.start, q.after), figure: s.slice(q.start, q.after), why });
    if (floorClause !== cs) {
      regionFloor = cs;
      floorClause = cs;
    }
    if (ss === cs && works.length && works[works.length - 1].sentence !== ss) stash = "";
    if (inSpans(q.start, spans)) {
      skip(mode === "target" ? "引号或括号内的名称、说明" : "引号内的名称");
      continue;
    }
    if (q.range) {
      // "培育2—3个特色产业": a target of at least the low end; in progress texts a range qualifies (10-50亿元项目).
      const low = mode === "target" && s[q.start - 1] === "-" ? /(\d+(?:\.\d+)?)(万亿|千万|百万|万|亿|千)?[^\d，,。；;、\-]{0,4}$/.exec(s.slice(0, q.start - 1)) : null;
      if (!low) {
        if (s[q.start - 1] === "-" || mode === "progress") skip("数值区间，暂不识别");
        continue;
      }
      const lowMag = low[2] ?? q.mag;
      const value = (Number(low[1]) * (MAGNITUDES[lowMag] ?? 1)) / (MAGNITUDES[q.mag] ?? 1);
      q = { ...q, start: q.start - 1 - low[0].length, value, prefixCmp: null, prefixWord: "", suffixCmp: q.suffixCmp ?? ">=" };
      const head = s.slice(Math.max(0, q.start - 8), q.start).replace(/(分别|均|都|为)+$/, "");
      if (/(不低于|不少于|至少|超过|突破)$/.test(head)) q = { ...q, prefixWord: (/(不低于|不少于|至少|超过|突破)$/.exec(head) as RegExpExecArray)[1] };
    }
    if (NOT_UNIT.test(s.slice(q.end - q.unit.length, q.end + 1)) && !q.mag) continue;
    const region = s.slice(regionFloor, q.start);
    const tail = s.slice(q.after, q.after + 6);
    if (/(由|从)$/.test(region)) {
      skip("基数（由…提升至…），不是目标");
      stash = cleanMetric(region.replace(/(由|从)$/, ""));
      regionFloor = q.after;
      continue;
    }
    if (/^级/.test(tail)) {
      skip("“…级”是规模描述");
      continue;
    }
    if (/^的/.test(tail) && !/^的(目标|任务|水平)/.test(tail)) {
      skip("修饰后面的事物（…的…），不是目标");
      continue;
    }
    const redLine = q.cls === "physical" ? /^([\u4e00-\u9fa5]{1,4})(红线|底线)/.exec(tail) : null;
    if (redLine) {
      works.push({ q: { ...q, suffixCmp: ">=" }, metric: redLine[1], kind: "level", cmp: ">=", flip: false, region, raw: region, clause: cs, sentence: ss });
      regionFloor = q.after;
      continue;
    }
    if (q.cls !== "classifier" && q.cls !== "pp" && tail && !/^([，,。；;、:：()和及与”"]|的(目标|任务|水平)|已|正在|均已|全部)/.test(tail)) {
      skip("限定后面的事物（如“500万元以上项目”“过亿元企业”），不是目标");
      continue;
    }
    const rawRegion = region.replace(/^[、和及与]+/, "");
    if (q.cls === "money" && /(总投资|投资)约?$/.test(region) && !/(完成|实现|固定资产|技改|工业|到位)/.test(region)) {
      skip("项目投资额是说明，不是目标");
      continue;
    }
    if (DESCRIPTIVE.test(region)) {
      skip("现有规模的描述，不是目标");
      continue;
    }
    let follow = "";
    if (q.cls === "classifier") {
      if (/^\d/.test(s.slice(q.after))) {
        skip("限定后面的数字，不是目标");
        continue;
      }
      follow = readFollow(s, q.after);
      if (follow && QUALIFIES_NEXT.test(follow) && /^\d/.test(s.slice(q.after + follow.length))) {
        skip("限定后面的指标（如“9个断面…比例达到100%”），不是目标");
        continue;
      }
      if (follow && ABSTRACT_NOUN.test(follow)) {
        skip("计数的是抽象事项（方面、机制…），不是可度量目标");
        continue;
      }
      follow = follow.replace(/[和及与]$/, "");
      if (FOLLOW_VERB.test(follow)) follow = "";
      const cut = FOLLOW_CUT.exec(follow.slice(1));
      if (cut) follow = follow.slice(0, cut.index + 1);
    }
    let explicitRatio: number | undefined;
    if (mode === "progress") {
      const sentenceBefore = s.slice(ss, q.start);
      const clauseBefore = s.slice(cs, q.start);
      const em = q.unit === "%" ? EXPLICIT.exec(clauseBefore) : null;
      if (em) {
        explicitRatio = q.value / 100;
        const prev = works[works.length - 1];
        if (prev && prev.sentence === ss && !prev.explicitRatio && q.value <= 1000) {
          prev.explicitRatio = explicitRatio;
          regionFloor = q.after;
          continue;
        }
      } else {
        if (EARLIER_PERIOD.test(clauseBefore)) {
          skip("与前一时期的比较，不是本期实际值");
          continue;
        }
        if (REMAINING.test(clauseBefore)) {
          skip("剩余、未完成的数量，不是完成值");
          continue;
        }
        if (COMPARISON.test(clauseBefore)) {
          skip("与其他地区的比较，不是本指标的实际值");
          continue;
        }
        if (lastIndex(FORECAST, sentenceBefore) > lastIndex(RESET, sentenceBefore)) {
          skip("预计、计划的数字，不是实际完成值");
          continue;
        }
        if (/(任务|目标)/.test(clauseBefore) && !/完成/.test(clauseBefore)) {
          skip("复述的目标值，不是实际完成值");
          continue;
        }
      }
    }
    let metric = explicitRatio !== undefined ? cleanMetric((EXPLICIT.exec(s.slice(cs, q.start)) as RegExpExecArray)[1]) : "";
    if (!metric && follow) metric = cleanMetric(follow);
    if (!metric && explicitRatio === undefined) metric = cleanMetric(region);
    const prev = works.length && works[works.length - 1].sentence === ss ? works[works.length - 1] : null;
    const bare = rawRegion === "" || /^(分别|均|都)*$/.test(rawRegion);
    const verbRegion = q.prefixWord ? region.slice(0, region.length - q.prefixWord.length) : region;
    let kind: TargetKind;
    let flip = false;
    if (q.cls === "pp") {
      kind = "pp";
      flip = growthVerb(verbRegion).negative && !q.negative;
    } else if (q.cls === "percent") {
      const gv = growthVerb(verbRegion);
      if (gv.growth || q.negative) {
        kind = "growth";
        flip = gv.negative && !q.negative;
      } else if (bare && prev && !follow) {
        kind = prev.kind;
        flip = prev.flip;
      } else kind = "level";
      if (explicitRatio !== undefined) kind = "level";
    } else if (bare && prev && !follow && !q.prefixWord) {
      kind = prev.kind === "growth" || prev.kind === "pp" ? "level" : prev.kind;
    } else if (NEW_WORDS.test(region)) kind = "count";
    else if ((q.prefixWord && LEVEL_PREFIX.test(q.prefixWord)) || LEVEL_WORDS.test(region)) kind = "level";
    else if (q.cls !== "classifier" && LEVEL_METRIC.test(metric)) kind = "level";
    else if (q.cls === "classifier" || q.cls === "physical") kind = "count";
    else kind = "level";
    if (!metric) {
      if (stash) metric = stash;
      else if (prev) metric = prev.metric;
      else metric = looseMetric(region);
    }
    stash = "";
    const stock = mode === "progress" && STOCK_WORDS.test(s.slice(Math.max(ss, q.start - 40), q.start)) && !NEW_THIS_YEAR.test(s.slice(cs, q.start));
    works.push({ q, metric, kind, cmp: q.suffixCmp ?? q.prefixCmp, flip, region, raw: rawRegion, clause: cs, sentence: ss, explicitRatio, ...(stock ? { stock } : {}) });
    regionFloor = q.after;
  }
  distributeLists(s, works);
  const figures: Figure[] = [];
  for (const w of works) {
    let cmp: Comparator = w.cmp ?? "=";
    let value = w.q.value;
    if (w.flip) {
      value = -value;
      cmp = flipCmp(cmp);
    }
    const base = baseOf(value, w.q.written);
    const cumulative =
      w.kind === "count" ||
      (w.kind === "level" && w.q.cls !== "percent" && w.q.cls !== "classifier" && !STOCK.test(w.metric) && !/稳定在|保持|控制在|守住|守牢|坚守/.test(w.region));
    const fig: Figure = {
      metric: w.metric, kind: w.kind, cmp, value, unit: w.q.written, base, phrase: phraseOf(s, w), approx: w.q.approx, cumulative, start: w.q.start,
      context: s.slice(w.sentence, clauseEndAt(s, w.q.after)),
    };
    if (w.explicitRatio !== undefined) fig.explicitRatio = w.explicitRatio;
    if (w.stock) fig.stock = true;
    const lists = /(均|都)[^、，,]{0,4}$/.test(w.region) ? splitMetricList(w.metric) : [w.metric];
    for (const metric of lists) figures.push({ ...fig, metric });
  }
  return { figures, skipped };
}

/** The noun a classifier counts: up to the next separator, over 、-lists that carry no figure of their own. */
function readFollow(s: string, from: number): string {
  const head = /^[^，,。；;、:：()\d等的]*/;
  let follow = (head.exec(s.slice(from)) as RegExpExecArray)[0];
  let at = from + follow.length;
  while (follow && s[at] === "、" && follow.length <= 16) {
    const seg = /^[^，,。；;:：()等的]*/.exec(s.slice(at + 1)) as RegExpExecArray;
    const piece = seg[0].split("、")[0];
    if (!piece || /\d/.test(piece)) break;
    follow += "、" + piece;
    at += 1 + piece.length;
  }
  return follow;
}

function phraseOf(s: string, w: Work): string {
  return s.slice(w.clause, clauseEndAt(s, w.q.after));
}

/** "研发投入、强度分别突破18亿元、3.3%", "播种面积和产量稳定在426万亩、183万吨以上": one metric and comparator per figure. */
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
      for (let k = 1; k < run.length; k++) if (!run[k].q.prefixCmp && !run[k].q.suffixCmp && firstCmp && !lastCmp) run[k].cmp = firstCmp;
    }
    i = j + 1;
  }
}
