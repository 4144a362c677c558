import { foldText } from "../text/normalize";
import { shareOfAPart } from "./partShares";
import { listsThings } from "../text/joiners";

/**
 * Works reported 已基本完工 / 已基本建成 / 已基本竣工 before the time limit of a task to finish them (session 20, train misses):
 * mostly finished with time left is on schedule, never finished (a wrong 已完成 is worse than none). Only for a task of one
 * thing and no count, where the words are said of that thing as a whole, in the past (已), not negated, planned or promised.
 * Returns the words, or null.
 */
export function nearlyFinished(taskText: string, progressText: string): string | null {
  const task = foldText(taskText ?? "");
  const said = foldText(progressText ?? "");
  // The task must ask for the finish itself; a task to finish "basically" (年内基本建成) is met by these words, left to the
  // other rules. A list or a count of things is answered only thing by thing.
  if (!FINISH.test(task) || /基本/.test(task) || listsThings(task) || COUNT.test(task)) return null;
  if (HALTED.test(said)) return null;
  const m = NEARLY.exec(said);
  if (!m) return null;
  const clause = said.slice(0, m.index).split(/[，,。；;]/).pop() ?? "";
  if (NOT_YET.test(clause)) return null;
  // A part, a stage or another year's works ("二期工程", "其中3号楼", "去年…") is not the task's thing.
  const part = PART.exec(clause);
  if (part && !task.includes(part[0])) return null;
  const subject = clause.replace(SUBJECT_HEAD, "").replace(/^(?:该|这|此|本)/, "");
  if (subject && shareOfAPart(subject, task)) return null;
  return m[0];
}

const FINISH = /竣工|完工|建成|投用|投入使用|交付使用/;
const COUNT = /\d+(?:\.\d+)?(?:个|所|座|处|家|条|项|栋|幢|间|套|户|公里|千米|米|亩|平方米|万)|[两二三四五六七八九十]+(?:个|所|座|处|家|条|项|栋|幢|户)/;
const NEARLY = /(?:已经?|现已|目前已|均已)基本(?:完工|建成|竣工)/;
/** Before the words in their clause: a plan, a promise, a negation, a time still to come. */
const NOT_YET = /未|没有|不能|无法|难以|确保|力争|争取|计划|预计|预期|拟|将|有望|可望|年内|年底|底前|月前|之前|以前/;
/** Work stopped or slowed, anywhere in the text: the rest may not come. */
const HALTED = /停工|暂停|搁置|停滞|缓建|滞后|缓慢/;
const PART = /[一二三四五六七八九十\d]期|标段|部分|其中|首批|第[一二三四五六七八九十\d]+(?:批|阶段|期|标段)|主体|附属|配套|去年|上年|前年|往年/;
const SUBJECT_HEAD = /^(?:截[至止]目前|截[至止]\d{1,2}月(?:底|末)?|目前|今年以来|\d{1,2}月(?:份)?(?:底|末)?)/;
