/**
 * Hunt 21: what a department types beside its progress text — 完成状态 and 完成值 — is taken only where the text bears it
 * out. A typed 已完成 over a text that reports a stage of the work is not a finish; a typed 完成值 that the text writes as a
 * plan, a total since another year, a stock, another year's figure, a share (N%) or in another unit is not the task's figure.
 */
import { foldText } from "../text/normalize";
import { clauseAround } from "../text/stops";

/**
 * A stage of works, reported where the whole was asked: 主体完工/封顶, 土建完工, 基本完工, 一期 (of a building), 试运行,
 * 设备安装/调试, 准备工作, 招标中. A typed 已完成 over such a text says the stage, not the task, is done.
 */
const WORKS_STAGE =
  /主体(?:工程|结构)?(?:已|全部|均已)?(?:完工|封顶|施工|建设)|封顶|土建(?:工程)?(?:已|全部|均已)?完工|基本(?:完工|建成)|试运行|试运营|(?:^|[^第])[一二三首]期[^，,。；;]{0,12}(?:已|正在|完工|建成|投入使用|投用)|招标中|准备工作|设备安装|调试/;
/**
 * A stage of a document (初稿, 起草, 征求意见, 提请审议, 待批): a stage only of a task that asks for the document issued or
 * approved (出台, 印发, 发布, 报批); "完成…方案" asks for the draft itself.
 */
const DOCUMENT_STAGE = /初稿|起草|征求[^，,。；;]{0,8}意见|提请[^，,。；;]{0,12}审议|待[^，,。；;]{0,8}(?:批|审)/;
const ISSUE_ASKED = /出台|印发|发布|颁布|报批|批复|审定|施行/;

/** A finish still to come: "预计10月中旬投入使用", "计划12月竣工". */
const FINISH_PLANNED = /(?:计划|预计|力争|争取|拟|将于|有望)[^，,。；;]{0,12}?(?:竣工|完工|建成|投用|投入使用|投运|交付|通车|印发|出台)/;
/** The whole finished: "已竣工验收", "均已建成投运", "已于6月正式印发实施", "已获省政府批复". */
const FINISH_STATED = /(?:已经?|均已|全部|全面|正式|已于[^，,。；;]{0,8}?)(?:竣工|完工|建成|投用|投入使用|投运|交付|印发|出台|发布|批复)|获[^，,。；;]{0,8}?批复/;
/** A finish said of all the parts ("一期、二期均已竣工"), which a phase named in the same clause does not make a stage. */
const FINISH_OF_ALL = /(?:均已|全部|全面)(?:竣工|完工|建成|投用|投入使用|投运|交付)/;
const PLAN_WORD = /计划|预计|力争|争取|拟|将于|有望/;

/**
 * The stage words a text reports against a typed 已完成, or null. The text's last clause that speaks of a stage or of the
 * finish decides: "主体工程于5月完工，9月已竣工验收并投入使用" ends finished, "门诊楼已建成，住院楼主体完工" ends at a stage.
 */
export function stageAgainstTypedDone(text: string, taskText: string): string | null {
  const issueAsked = ISSUE_ASKED.test(foldText(taskText ?? ""));
  let last: string | null = null;
  for (const clause of foldText(text ?? "").split(/[，,。；;]/)) {
    const stage = WORKS_STAGE.exec(clause)?.[0] ?? (issueAsked ? DOCUMENT_STAGE.exec(clause)?.[0] : undefined) ?? FINISH_PLANNED.exec(clause)?.[0];
    const finished = FINISH_STATED.test(clause) && !PLAN_WORD.test(clause);
    if (stage && !(finished && FINISH_OF_ALL.test(clause))) last = stage;
    else if (finished) last = null;
  }
  return last;
}

/** Words that make a figure a plan, a forecast, a stock or a total since another year, not the period's result. */
const NOT_THE_RESULT = /计划|预计|力争|争取|拟|目标|下达|明年|以来|累计(?:达到|达)|总数|总量|共有|实有|现有|存量|保有|总投资/;

/**
 * Whether a typed 完成值 is the task's figure as the text tells it. A value the text does not write stands (the department's
 * own figure, as before), unless the text's own figure for the target is more favourable; a value the text writes stands only where one
 * of its places is followed by the target's unit and its clause names no plan, stock, other year or share.
 */
export function typedValueStands(value: number, text: string, unit: string, year: number, proseValue: number | null, lowerIsBetter: boolean): boolean {
  const t = foldText(text ?? "").replace(/(\d),(?=\d{3})/g, "$1");
  const places: number[] = [];
  const number = /\d+(?:\.\d+)?/g;
  // A date ("3月", "1-9月", "2024年") is no place of the figure.
  const isDate = (end: number) => /^(?:[-—–~至到]\d+)?(?:年|月|日|号|季)/.test(t.slice(end));
  for (let m = number.exec(t); m; m = number.exec(t)) if (Number(m[0]) === value && !isDate(m.index + m[0].length)) places.push(m.index + m[0].length);
  // Not written: the department's own figure, unless the text's figure for the target says less — then the less favourable of
  // the two decides, as a wrong green is worse than a missed one.
  if (!places.length) return proseValue === null || proseValue === value || (lowerIsBetter ? value > proseValue : value < proseValue);
  return places.some((end) => {
    const after = t.slice(end);
    if (unit && !after.startsWith(unit)) return false;
    if (!unit && /^[%％万亿千]/.test(after)) return false;
    const clause = clauseAround(t, end, end);
    if (NOT_THE_RESULT.test(clause)) return false;
    const years = clause.match(/(?:19|20)\d{2}(?=年)/g) ?? [];
    return !years.some((y) => Number(y) !== year);
  });
}
