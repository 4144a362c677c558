/**
 * Round ax (交通, 住建 and 城市管理 reports): the stages one work goes through — 开工, 完工, 竣工, 基本建成, 建成, 投用 — are
 * written after the thing's name ("老旧小区整治改造开工88.3万平方米", "节能保暖改造项目完工657万平方米"). These helpers read a
 * name as its thing and its stage, so that a stage of another thing is not taken for the task's thing at the stage it asks.
 */

/** Stage words closing or opening a works name (longest first, so 基本建成 is not read as 建成, 新开工 not as 开工). */
const STAGE = /(?:基本建成|新开工|开复工|开工建设|开工|复工|完工|竣工|建成|投产|投用|投入使用|交付使用)/;
const STAGE_G = new RegExp(STAGE.source, "g");
/** Words around a stage that name nothing of the thing: 已, 全部, 累计, 项目 standing alone, a place of the whole office. */
const FILLER = /^(?:全国|全省|全市|全县|全区|全州|全旗|我市|我县|我区)?(?:已经?|均已|累计|全部|目前已?|现已)*/;

interface WorksName {
  /** The thing the works name names, its stage words removed ("老旧小区整治改造"). */
  thing: string;
  /** The stage the name says (开工, 完工 …), "" when it says none; 新开工/开工建设 read as 开工. */
  stage: string;
}

/** A works name read as its thing and its stage: "老旧小区整治改造开工" → 老旧小区整治改造 at 开工. */
export function worksName(metric: string): WorksName {
  const m = (metric ?? "").replace(FILLER, "");
  const found = m.match(STAGE_G);
  // Only a stage opening or closing the name is the works' stage: 开工率, 竣工验收合格率 are measures, not stages.
  const head = new RegExp(`^${STAGE.source}`).exec(m);
  const tail = new RegExp(`${STAGE.source}$`).exec(m);
  const at = head ?? tail;
  if (!found || found.length !== 1 || !at) return { thing: m, stage: "" };
  const stage = at[0] === "新开工" || at[0] === "开工建设" ? "开工" : at[0];
  return { thing: (head ? m.slice(at[0].length) : m.slice(0, at.index)).replace(FILLER, ""), stage };
}

/** Whether two things are one: the same words, or one containing the other when the shorter still names something (3+ characters). */
function sameThing(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.includes(short);
}

/**
 * "老旧小区整治改造完工100万平方米" against a report of "节能保暖改造项目完工657万平方米；…老旧小区整治改造开工88.3万平方米": the
 * report names the task's own thing at another stage (开工), so its figure at the asked stage (完工) is of another thing, however
 * alike the names read. Returns the indexes (into `actuals`) of figures that may not answer the target: those of other things,
 * when some figure names the target's thing at a stage other than the target's. Empty when the target names no stage or its
 * thing is nowhere reported at another stage.
 */
export function otherThingsAtAskedStage(targetMetric: string, actualMetrics: readonly string[]): Set<number> {
  const refused = new Set<number>();
  const t = worksName(targetMetric);
  if (!t.stage || t.thing.length < 3) return refused;
  let ownElsewhere = false;
  for (const m of actualMetrics) {
    const a = worksName(m);
    if (a.stage && a.stage !== t.stage && sameThing(a.thing, t.thing)) ownElsewhere = true;
  }
  if (!ownElsewhere) return refused;
  // A figure named by its stage alone ("基本建成9720套") names no other thing: it is not refused.
  actualMetrics.forEach((m, i) => {
    const a = worksName(m);
    if (a.thing.length >= 2 && !sameThing(a.thing, t.thing)) refused.add(i);
  });
  return refused;
}

/** A place or a time heading a plan's subject: 今年, 全年, 全国, 全市, 我县, 2020年 … */
const HEAD_WORDS = /^(?:(?:19|20)\d\d年)?(?:今年|全年|年度|本年|当年)?(?:全国|全省|全市|全县|全区|全州|全旗|我省|我市|我县|我区)?(?:今年|全年|年度|本年)?/;
/** "今年全国计划新开工城镇保障性安居工程630万套": the plan's act, then its thing, then the figure (group 1 the thing). */
const PLAN_ACT_THING = /(?:计划|安排)(?:新开工|开工建设|开工|改造|建设|新建|完成|实施|筹集)?([^，,。；;、：:\d]{2,16}?)(?=\d)/g;
/** "今年全市老旧小区改造计划440个": the thing, then 计划 or 任务, then the figure (group 1 the thing with its head words). */
const THING_PLAN = /([^，,。；;、：:\d]{2,20}?)(?:年度|全年)?(?:计划|任务)(?:为|是|数为?)?(?=\d)/g;
/** A figure named by its stage alone, maybe after a place and 已, maybe with a counted noun after (已开工小区129个). */
const STAGE_ONLY = /^(?:全国|全省|全市|全县|全区|全州|全旗|我市|我县|我区)?(?:已经?|均已|累计|其中已?|目前已?|现已)*(基本建成|新开工|开复工|开工|完工|竣工|建成)([\u4e00-\u9fa5]{0,2})$/;

/** Where the n-th sentence back from the end of `text` begins (sentences end at 。！？ or a line break; "；" goes on). */
function sentencesBack(text: string, n: number): number {
  let ends = 0;
  for (let i = text.length - 1; i >= 0; i--) if (/[。！？\n]/.test(text[i]) && ++ends === n) return i + 1;
  return 0;
}

/**
 * "今年全市老旧小区改造计划440个。到6月底，…已开工小区129个，…其中已完工39个" and "今年全国计划新开工城镇保障性安居工程630万套、
 * 基本建成470万套。截至6月底，全国已开工440万套、基本建成236万套": a report that restates the plan of one thing in one sentence, then
 * counts in the next in the plan's unit figures named by a stage alone: the stages are that thing's
 * (老旧小区改造开工, 城镇保障性安居工程基本建成). `textBefore` is the text up to the figure (the plan is looked for in the
 * sentence before the figure's own); `unit` the figure's unit as written. Returns the new name, or null when the name
 * is not a stage alone or no plan of that unit names a thing. A counted noun after the stage must be a word of the thing (小区 of 老旧小区改造).
 */
export function plannedThingAtStage(metric: string, textBefore: string, unit: string): string | null {
  const own = STAGE_ONLY.exec(metric ?? "");
  if (!own || !unit) return null;
  // The plan in the sentence before only: a plan in the figure's own sentence is read where the sentence is read
  // (readFigures PLAN_SUBJECT, the elided subjects of the judge), and a later one is no plan of these figures.
  const ownStart = sentencesBack(textBefore, 1);
  if (ownStart === 0) return null;
  const before = textBefore.slice(sentencesBack(textBefore.slice(0, ownStart - 1), 1), ownStart);
  let thing = "";
  let at = -1;
  const consider = (raw: string, index: number, figureAt: number) => {
    if (!before.startsWith(unit, figureAt + (/^[\d.]+/.exec(before.slice(figureAt)) ?? [""])[0].length)) return;
    const words = raw.replace(HEAD_WORDS, "").replace(/^(?:的|将|要)/, "");
    if (words.length < 3 || STAGE.test(words) || /计划|任务|目标/.test(words)) return;
    if (index > at) {
      at = index;
      thing = words;
    }
  };
  // exec loops, not matchAll: WPS runs ES2017.
  for (const re of [PLAN_ACT_THING, THING_PLAN]) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) consider(m[1], m.index, m.index + m[0].length);
  }
  if (!thing) return null;
  if (own[2] && !thing.includes(own[2])) return null;
  const stage = own[1] === "新开工" ? "开工" : own[1];
  return `${thing}${stage}`;
}
