/**
 * Places in a ranking (位次, issue 12): a target to stay among the first N of a scope ("科技创新指数稳定在全省前八",
 * "保持全市第一") and a report of the place reached ("科技创新指数居全省第7、全市第1"). A place is compared only within
 * the same scope (全省 with 全省) and for the subject the task names; anything else is left to the other rules.
 */
import { foldText } from "../text/normalize";
import { parseChineseNumeral } from "../metrics/chineseNumerals";
import { sharesName } from "./wholeTaskDone";

const SCOPE = "(全国|全省|全区|全市|全州|全盟|全县)";
const PLACE = "(\\d{1,3}|[一二三四五六七八九十百]{1,4})";

/** "全省前八", "全市前10名", "全省第一", "前十强": the worst place the target allows. */
const GOAL = new RegExp(`${SCOPE}(?:前${PLACE}(?:位|名|强)?|第${PLACE}(?:位|名)?)(?:以内|之内)?`);
/** "居全省第7", "位列全市第3位", "排名全省第12": the place reached. */
const REPORT = new RegExp(`(?:居|位居|位列|列|排名|排|名列|位于)(?:第)?${SCOPE}第?${PLACE}(?:位|名)?`, "g");

function number(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : parseChineseNumeral(word);
}

/** A clause that names only the rate or size of what the clause before it reported: "增速", "总量". */
const BARE_RATE = /^(?:其|该项)?(?:增速|增幅|总量|规模)$/;

/** Words that make a place last year's or a hope: 去年, 上年, 预计, 力争, 争取, 有望, 目标. */
const NOT_THIS_YEAR = /去年|上年|前年|上一年|预计|预期|力争|争取|有望|计划|目标|确保/;

interface RankJudgement {
  met: boolean;
  goal: string;
  report: string;
}

/** "全国百强县县域经济基本竞争力进入前5位": a scope, the ranking's words, then the worst place allowed. */
const NAMED_GOAL = new RegExp(`${SCOPE}([^，。；;、\\d]{2,24}?)(?:进入|跻身|保持|稳定在|稳居|位居|位列|居)前${PLACE}(?:位|名|强)?`);
/** "位居全国百强县投资潜力第3、…、县域经济基本竞争力第5": a scope, then a list of subjects each with its place. */
const NAMED_REPORT = new RegExp(`(?:居|位居|位列|列|排名|名列|位于)${SCOPE}([^，。；;]{2,80})`, "g");

/**
 * A place in a named ranking (round u, second pass): the item of the report's list whose subject is the ranking the task
 * names. The words the list and the task share at the start (百强县) name the list, not the subject: what is left must
 * name the task's subject (县域经济基本竞争力, not 投资潜力); a subject that is only the list's name answers nothing.
 */
function namedRank(task: string, text: string): RankJudgement | null {
  const goal = NAMED_GOAL.exec(task);
  if (!goal) return null;
  const best = number(goal[3]);
  if (best === null || best <= 0) return null;
  const ranked = goal[2];
  NAMED_REPORT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NAMED_REPORT.exec(text)); ) {
    if (m[1] !== goal[1]) continue;
    const clauseStart = Math.max(text.lastIndexOf("，", m.index), text.lastIndexOf(",", m.index), text.lastIndexOf("。", m.index), text.lastIndexOf("；", m.index)) + 1;
    if (NOT_THIS_YEAR.test(text.slice(clauseStart, m.index))) continue;
    for (const item of m[2].split("、")) {
      const at = new RegExp(`^(.+?)第?${PLACE}(?:位|名)?$`).exec(item);
      if (!at || !/第/.test(item)) continue;
      const place = number(at[2]);
      if (place === null || place <= 0) continue;
      const subject = at[1].replace(/第$/, "");
      let common = 0;
      while (common < subject.length && common < ranked.length && subject[common] === ranked[common]) common++;
      const rest = subject.slice(common);
      if (rest ? !sharesName(rest, ranked.slice(common)) : subject !== ranked) continue;
      return { met: place <= best, goal: goal[0], report: `${m[0].slice(0, m[0].length - m[2].length)}${item}` };
    }
  }
  return null;
}

/** Clauses that only compare or restate the rate of the clause before them: "增速比全市高0.3个百分点", "两年平均增长1.7%". */
const CARRIED = /^(?:其)?(?:增速|增幅|同比|增长|下降|两年平均|三年平均|比|较|高于|低于|快于|慢于|分别)/;

/** Where the clause naming the metric starts, from a clause that is only a place (`from`), or `from` when there is none. */
function carriedSubjectStart(text: string, from: number): number {
  let end = from - 1;
  for (let hops = 0; hops < 4 && end > 0 && /[，,]/.test(text[end]); hops++) {
    const start = Math.max(text.lastIndexOf("，", end - 1), text.lastIndexOf(",", end - 1), text.lastIndexOf("。", end - 1), text.lastIndexOf("；", end - 1), text.lastIndexOf(";", end - 1)) + 1;
    if (!CARRIED.test(text.slice(start, end))) return start;
    end = start - 1;
  }
  return from;
}

/** The task's rank goal and the report's place for it in the same scope and subject, or null. */
export function rankJudgement(taskText: string, progressText: string): RankJudgement | null {
  const task = foldText(taskText ?? "");
  const goal = GOAL.exec(task);
  if (!goal) return namedRank(task, foldText(progressText ?? ""));
  const best = number(goal[2] ?? goal[3] ?? "");
  if (best === null || best <= 0) return null;
  const text = foldText(progressText ?? "");
  REPORT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = REPORT.exec(text)); ) {
    if (m[1] !== goal[1]) continue;
    const place = number(m[2]);
    if (place === null || place <= 0) continue;
    // The subject of the place: the words of its clause before it, which must name what the task ranks.
    let clauseStart = Math.max(text.lastIndexOf("，", m.index), text.lastIndexOf(",", m.index), text.lastIndexOf("。", m.index), text.lastIndexOf("；", m.index)) + 1;
    // Round v: "社会消费品零售总额下降8.5%，增速居全市第8位": a bare 增速 is the rate of the clause before, in the same sentence.
    if (BARE_RATE.test(text.slice(clauseStart, m.index)) && clauseStart > 0 && /[，,]/.test(text[clauseStart - 1]))
      clauseStart = Math.max(text.lastIndexOf("，", clauseStart - 2), text.lastIndexOf(",", clauseStart - 2), text.lastIndexOf("。", clauseStart - 2), text.lastIndexOf("；", clauseStart - 2), text.lastIndexOf(";", clauseStart - 2)) + 1;
    // Round w: "生产总值…增长12.3%，增速比全市平均水平高0.3个百分点，两年平均增长1.7%，居全市第七": a clause that is only
    // the place carries the metric of the clauses before it, back over clauses that only compare or restate its rate, to the
    // clause that names it (never past a clause naming another metric, nor across a sentence).
    if (clauseStart > 0 && clauseStart === m.index) clauseStart = carriedSubjectStart(text, clauseStart);
    const subject = text.slice(clauseStart, m.index).replace(/^(?:我|全|本)(?:区|县|市|省)/, "");
    if (!subject || !sharesName(subject, task)) continue;
    // "去年…居全市第3位", "预计居全市第2位", "力争进入…": last year's place or a hoped one is not this year's (round 2).
    if (NOT_THIS_YEAR.test(text.slice(clauseStart, m.index))) continue;
    return { met: place <= best, goal: goal[0], report: m[0] };
  }
  return null;
}
