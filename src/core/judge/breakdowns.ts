/**
 * Counts a progress text states as a part of a whole (issue 12): "48项具体工作中2项已完成", "开工任务15个中8个项目已开工",
 * "1739个子项已开工1457个", "3698个项目全部开工，其中2358个已完工", "14个重大项目已全部开工", "已完成985项，未完成33项".
 * Each is read as {total, part, verb}: how many of the listed things have reached which stage. The judge uses a part
 * only when its stage is the one the task asks for (开工 answers 开工, never 完工), so a start is never taken for a
 * finish and work "基本完工" or "正在收尾" is not counted as finished.
 */
import { foldText } from "../text/normalize";
import { Memo } from "../metrics/cache";
import { withoutCapacityFigures } from "../metrics/qualifiers";

type Stage = "start" | "finish" | "schedule";

export interface Breakdown {
  /** How many things the sentence lists (the 48 of "48项…中"), or null when it names no total. */
  total: number | null;
  /** How many of them reached the stage. */
  part: number;
  stage: Stage;
  /** The words it was read from. */
  words: string;
  /**
   * Reached only nearly (基本完工, 主体完工, 正在收尾): not a finish, but at most that many are finished, so a share
   * below 序时进度 even counting them all still says the work lags. Only that bound may be used.
   */
  nearly?: boolean;
}

/** Words of a stage short of the finish: at most this many are finished. */
const NEARLY = /基本(?:完工|建成|竣工)|主体(?:完工|竣工|封顶)|正在收尾|收尾/;

/**
 * Hunt 14: 个 before 月, 工作日, 小时 … counts time, not things: "3个月内完工", "30个工作日内办结" say how long, never how
 * many were finished.
 */
const CLS = "(?:个(?!月|多月|半月|工作日|小时|钟头|星期|礼拜|季度|年度)|项|所|处|家|件|条|座|套|户|台|批|宗|栋)";
const NUM = "(\\d+(?:\\.\\d+)?)";
const NOT_CLAUSE = "[^，。；;,！!：:\\d]";

/**
 * The stage words name: 开工/开复工 start; 完成/完工/竣工/建成/投用/办结 finish (never 基本完工, 主体完工, 完成基础…,
 * 未完成); 达到或超过序时 and 达到计划进度 keep schedule.
 */
export function stageOf(words: string): Stage | null {
  const w = words.replace(/\s+/g, "");
  if (/(?:达到|超过|快于|超|按)(?:或超过)?(?:序时|时序)/.test(w)) return "schedule";
  // Round aa: a bulletin's "达到和基本达到计划进度的18个" (the plan's own schedule; 基本达到 counted with it by the bulletin).
  if (/(?:^|[^未没不])达到(?:[和或及]基本达到)?计划进度/.test(w)) return "schedule";
  if (/基本(?:完工|完成|建成|竣工)|主体(?:完工|完成|竣工|封顶)|正在|收尾/.test(w)) return null;
  if (/(?:^|[^未没不尚])(?:完成|完工|竣工|建成|投用|办结)(?!基础|主体|前期|设计|招标|立项|评审|施工图|土建)/.test(w)) return "finish";
  if (/(?:^|[^未没不尚])(?:开工|开复工|复工|动工|进场施工)/.test(w)) return "start";
  return null;
}

/** The stage a task asks for, from its own words: "年内开工" start, "全部完工"/"建成"/"完成" finish, "按序时推进" schedule. */
export function taskStage(taskText: string): Stage | null {
  // The judge asks for the same task's stage several times in a row.
  const text = taskText ?? "";
  if (text === lastTask) return lastStage;
  lastStage = stageAsked(text);
  lastTask = text;
  return lastStage;
}

/** The last task text taskStage read, and its stage. */
let lastTask: string | undefined;
let lastStage: Stage | null = null;

function stageAsked(taskText: string): Stage | null {
  const t = foldText(taskText);
  const start = /开工|开复工|复工|动工/.test(t);
  // "完成年度投资任务" at the end asks for an amount, not a stage; "…全部完成", "全面完成" ask for all of it finished.
  const all = /(?:全部|全面|均已|均)完成$/.test(t);
  const finish = /完工|竣工|建成|完成|投用|办结|改造|实施/.test(all ? t : t.replace(/完成(?:年度)?(?:投资|任务)?$/, ""));
  if (start && !/完工|竣工|建成|投用/.test(t)) return "start";
  if (finish) return "finish";
  if (/序时|达到计划进度/.test(t)) return "schedule";
  return null;
}

/** A date a report is made at: 截至9月14日, 截止8月底, 截至目前 (a day, a month's end, or now). */
const AS_OF = "截[至止](?:目前|\\d{1,2}月(?:\\d{1,2}日|份?底|末)?)[,，]?";

/** One reading per text: the judge asks up to three times per task, and reports repeat their wording. */
const memo = new Memo<readonly Breakdown[]>(20000);

/** Every part-of-a-whole count the text states, in order. Shared through the memo: callers must not change it. */
export function readBreakdowns(text: string): readonly Breakdown[] {
  return allBreakdowns(text).filter((b) => !b.nearly);
}

/** With the parts reached only nearly (see Breakdown.nearly), for the one use they allow: a bound that shows a lag. */
export function nearlyBreakdowns(text: string): readonly Breakdown[] {
  return allBreakdowns(text).filter((b) => b.nearly);
}

function allBreakdowns(text: string): readonly Breakdown[] {
  const key = text ?? "";
  return memo.get(key) ?? memo.set(key, readAll(key));
}

function readAll(text: string): Breakdown[] {
  // "年产5000台电机生产线已建成": a capacity in a name counts nothing built.
  const s = withoutCapacityFigures(foldText(text));
  const out: Breakdown[] = [];
  const push = (total: number | null, part: number, words: string, after: string) => {
    const stage = stageOf(after);
    if (stage && Number.isFinite(part)) out.push({ total, part, stage, words });
    else if (!stage && total !== null && NEARLY.test(after) && !/未|没/.test(after) && Number.isFinite(part)) out.push({ total, part, stage: "finish", words, nearly: true });
  };
  // "48项具体工作中2项已完成", "开工任务15个中8个项目已开工", "100项民生实事项目中97个达到或超过序时进度"
  const among = new RegExp(`${NUM}${CLS}(${NOT_CLAUSE}{0,20}?)(?:当中|之中|中)[，,]?(?:已经?有?|现有|共有|有|共)?${NUM}${CLS}?(${NOT_CLAUSE.replace("\\d", "")}{0,20})`, "g");
  for (let m: RegExpExecArray | null; (m = among.exec(s)); ) {
    push(Number(m[1]), Number(m[3]), m[0], m[4]);
    // "45个事项中24个已提前完成全年任务，9个超序时进度，11个按序时推进": the parts that are done or on schedule, summed.
    const next = new RegExp(`[，、,]${NUM}${CLS}?(${NOT_CLAUSE.replace("\\d", "")}{0,16})`, "y");
    const following: { n: number; words: string }[] = [];
    next.lastIndex = m.index + m[0].length;
    let at = next.lastIndex;
    for (let x: RegExpExecArray | null; (x = next.exec(s)); at = next.lastIndex) following.push({ n: Number(x[1]), words: x[2] });
    const first = stageOf(m[4]);
    if (following.length && (first === "finish" || first === "schedule") && following.every((f) => ["finish", "schedule"].includes(stageOf(f.words) ?? ""))) {
      const sum = Number(m[3]) + following.reduce((a, f) => a + f.n, 0);
      out.push({ total: Number(m[1]), part: sum, stage: "schedule", words: s.slice(m.index, at) });
    }
  }
  // "34个计划新开工项目中，已有甲、乙、丙等30个开工建设": the part counted after the names of some of them.
  const amongNamed = new RegExp(`${NUM}${CLS}(${NOT_CLAUSE}{0,20}?)(?:当中|之中|中)[，,](?:已经?有?|现有|共有|有)?[^，。；;,！!：:]{2,40}?等${NUM}${CLS}(${NOT_CLAUSE.replace("\\d", "")}{0,20})`, "g");
  for (let m: RegExpExecArray | null; (m = amongNamed.exec(s)); ) push(Number(m[1]), Number(m[3]), m[0], m[4]);
  // "40个项目中已完成或达到时序进度的25个": the stage first, then how many reached it.
  const amongThen = new RegExp(`${NUM}${CLS}(${NOT_CLAUSE}{0,20}?)(?:当中|之中|中)[，,]?(${NOT_CLAUSE}{2,16}?)的${NUM}${CLS}`, "g");
  for (let m: RegExpExecArray | null; (m = amongThen.exec(s)); ) push(Number(m[1]), Number(m[4]), m[0], m[3]);
  // "共有项目23项，其中2项未达序时进度", "项目57项，均达到序时进度": a bulletin's count of items off or on schedule.
  const offSchedule = new RegExp(`${NUM}${CLS}[，,]其中${NUM}${CLS}?(?:项目)?未达到?(?:序时|时序)?进度(?:要求)?`, "g");
  for (let m: RegExpExecArray | null; (m = offSchedule.exec(s)); )
    if (Number(m[2]) <= Number(m[1])) push(Number(m[1]), Number(m[1]) - Number(m[2]), m[0], "达到序时");
  // "117项重点工作中，112项达到要求，5项未达到进度要求": the count off schedule may come later in the sentence, after
  // the ones on it.
  const offAmong = new RegExp(`${NUM}${CLS}(${NOT_CLAUSE}{0,16}?)(?:当中|之中|中)[，,]([^。；;]{0,40}?[，,])?${NUM}${CLS}(?:项目|事项|任务|工作)?(?:未能?达到?|没有达到)(?:序时|时序)?进度(?:要求)?`, "g");
  for (let m: RegExpExecArray | null; (m = offAmong.exec(s)); )
    if (Number(m[4]) <= Number(m[1])) push(Number(m[1]), Number(m[1]) - Number(m[4]), m[0], "达到序时");
  const allOnSchedule = new RegExp(`${NUM}${CLS}[，,](?:均|全部)(?:已)?达到(?:或超过)?(?:序时|时序)进度`, "g");
  for (let m: RegExpExecArray | null; (m = allOnSchedule.exec(s)); ) push(Number(m[1]), Number(m[1]), m[0], "达到序时");
  // "1739个子项已开工1457个", "市本级32个项目开复工28个" (the verb between two counts of one classifier, 已 or not)
  const verbFirst = new RegExp(`${NUM}${CLS}(${NOT_CLAUSE}{0,12}?)(已经?|均已|累计)?((?:新)?(?:开工|开复工|复工|完工|竣工|建成|完成|办结))${NUM}${CLS}`, "g");
  for (let m: RegExpExecArray | null; (m = verbFirst.exec(s)); ) push(Number(m[1]), Number(m[5]), m[0], m[4]);
  // "14个重大项目已全部开工", "80个重点项目实现新开工建设", "3698个项目全部开工，其中2358个已完工". No figure after the
  // stage: "20个…项目已完工15个" is 15 of 20 (verbFirst above), never all 20.
  const all = new RegExp(`${NUM}${CLS}(${NOT_CLAUSE}{0,20}?)(?:已经?|均已|现已)?(?:全部|全面|均)?(?:实现|完成)?(?:新)?((?:开工|开复工|完工|竣工|建成|投用|办结)[^，。；;,\\d]{0,6})(?=$|[，。；;,])`, "g");
  for (let m: RegExpExecArray | null; (m = all.exec(s)); ) {
    // "50项计划竣工项目中，已有18个竣工": the stage names the things the plan lists, which the sentence then divides —
    // planned (计划, 拟, 预计) or a list taken apart (…项目中) is no stage reached, nor one denied ("10个项目均未开工").
    if (/中$|当中$|之中$/.test(m[2]) || /基本|主体|正在|未|没有|没/.test(m[2]) || /(?:计划|拟|预计|将|要)$/.test(m[2]) || /(?:当中|之中|中)$/.test(m[3])) continue;
    push(Number(m[1]), Number(m[1]), m[0], m[3]);
    const rest = s.slice(m.index + m[0].length);
    const part = new RegExp(`^[，,]其中${NUM}${CLS}?(${NOT_CLAUSE.replace("\\d", "")}{0,12})`).exec(rest);
    if (part) push(Number(m[1]), Number(part[1]), m[0] + part[0], part[2]);
  }
  // "已完成985项，未完成33项", "已开工项目33个，未开工项目17个": those at a stage and those not yet make the whole.
  const doneLeft = new RegExp(`已(?:经)?(完成|开工|完工|竣工|建成)(?:项目)?${NUM}${CLS}[，,]\\s*(?:尚)?未(完成|开工|完工|竣工|建成)(?:项目)?${NUM}${CLS}`, "g");
  for (let m: RegExpExecArray | null; (m = doneLeft.exec(s)); ) if (m[1] === m[3]) push(Number(m[2]) + Number(m[4]), Number(m[2]), m[0], m[1]);
  // "已开工48个，开工率89%，尚有6个项目未开工": those at a stage, then (after a rate) those still short of it.
  const doneThenLeft = new RegExp(`已(?:经)?(开工|开复工|完工|竣工|建成)(?:项目)?${NUM}(${CLS})[，,](?:[^，。；;,]{0,12}?[，,])?(?:尚有|还有|仍有|另有)${NUM}(${CLS})(?:项目)?(?:尚|仍|还)?未(开工|开复工|完工|竣工|建成)`, "g");
  for (let m: RegExpExecArray | null; (m = doneThenLeft.exec(s)); ) if (m[1] === m[6] && m[3] === m[5]) push(Number(m[2]) + Number(m[4]), Number(m[2]), m[0], m[1]);
  // "城市建设重点项目23个，已开工14个", "计划新开工项目270项，实际已开工129项": the things counted, then how many of
  // them reached the stage, in the same classifier.
  // A date of report before the stage ("…22件，截至9月14日办结6件") reports as 已 does.
  const thenPart = new RegExp(`([^，。；;,！!：:\\d]{2,20}?)${NUM}(${CLS})[，,](?:${AS_OF}(?:已经?|累计)?|(?:目前|截至目前|现)?(?:实际)?(?:已经?|累计))((?:新)?(?:开工|开复工|复工|完工|竣工|建成|完成|办结)(?:建设)?)${NUM}(${CLS})`, "g");
  for (let m: RegExpExecArray | null; (m = thenPart.exec(s)); )
    if (m[3] === m[6] && Number(m[5]) <= Number(m[2])) push(Number(m[2]), Number(m[5]), m[0], m[4]);
  // "已建成重点项目9个，预计年底前还有42个项目可竣工": those at the stage, then a forecast of the rest (round u, second
  // pass): the two make the list's total; only the first is a part reached (the forecast is not).
  const doneThenForecast = new RegExp(`已(?:经)?(建成|完工|竣工|开工|投产|投用)${NOT_CLAUSE}{0,12}?${NUM}(${CLS})[，,](?:预计|计划|力争|有望|可望)[^，。；;,！!：:]{0,12}?(?:还有|另有|尚有|剩余|其余)${NUM}(${CLS})`, "g");
  for (let m: RegExpExecArray | null; (m = doneThenForecast.exec(s)); ) if (m[3] === m[5]) push(Number(m[2]) + Number(m[4]), Number(m[2]), m[0], m[1]);
  out.push(...stageSplit(s));
  return out;
}

/** A clause that is only a count and what stage those things are at: "5家施工中", "其中5家完成建设", "4个已投用". */
const STAGE_ITEM = new RegExp(`^(?:其中)?(?:已有|有)?${NUM}${CLS}(${NOT_CLAUSE}{1,10})$`);
/** Words of a stage short of the finish, for the items of a split: 施工中, 在建, 正在…, 完成设计, 基本建成. */
const SHORT_OF_FINISH = /施工|在建|建设中|正在|推进|前期|设计|招标|基本|主体|未/;

/**
 * "确定改造提升照料中心10个，已完成设计方案，5家施工中，5家完成建设": the clauses after a count, in the same sentence, that
 * are each only a count and a stage, and together make up the count exactly, divide it by stage; those finished are the
 * part done (5 of 10). Not when any item names no stage ("5个在城区，5个在乡镇") or the items do not add up to the count.
 */
function stageSplit(s: string): Breakdown[] {
  const out: Breakdown[] = [];
  // A total and two items are three figures at least: most reports have fewer, and are not split.
  if ((s.match(/\d+/g) ?? []).length < 3) return out;
  for (const sentence of s.split(/[。；;！!]/)) {
    const clauses = sentence.split(/[，,]/);
    if (clauses.length < 3) continue;
    for (let i = 0; i < clauses.length - 2; i++) {
      const counts = clauses[i].match(new RegExp(`${NUM}${CLS}`, "g"));
      if (!counts || counts.length !== 1 || STAGE_ITEM.test(clauses[i])) continue;
      const total = parseFloat(counts[0]);
      const items = clauses.slice(i + 1).map((c) => STAGE_ITEM.exec(c)).filter((m): m is RegExpExecArray => !!m);
      if (items.length < 2 || items.some((m) => !stageOf(m[2]) && !SHORT_OF_FINISH.test(m[2]))) continue;
      if (items.reduce((a, m) => a + Number(m[1]), 0) !== total) continue;
      const done = items.filter((m) => stageOf(m[2]) === "finish").reduce((a, m) => a + Number(m[1]), 0);
      out.push({ total, part: done, stage: "finish", words: clauses.slice(i).join("，") });
      break;
    }
  }
  return out;
}
