/**
 * Round ao: 督查 offices publish the rules they rate by ("完成序时进度的亮绿灯，低于序时进度10至30个百分点的亮黄灯",
 * "90至100分为优秀"). A clause that ends by naming the colour or grade it earns is a condition of the rule, not a report:
 * its words of lag (低于序时, 未开工) say what would earn the colour, not what happened. The clause is blanked (same length)
 * before the judge reads words of lag or schedule. A report of a colour given ("3个项目低于序时进度，被亮黄灯", "进度滞后的项目
 * 亮红灯") keeps its words: the colour is not introduced by 的 right before it. Pure: no I/O, no clock.
 */
import { foldText } from "../text/normalize";

/** "…的亮黄灯", "…的为红色", "…者挂黄牌": the clause names the colour a condition earns. */
const EARNS_COLOUR = /(?:的|者)(?:亮|挂|发|给予|评为|定为|列为|确定为|为|记为|标注为|标为)?[“"]?[绿黄红蓝橙黑](?:灯|牌|色|码|榜|单)[”"]?(?:预警|警示|提醒)?$/;
/** "…90至100分为优秀", "80分以下为一般", "…的为良好": the clause names the grade a score or a condition earns. */
const EARNS_GRADE = /(?:的|者|分|分以上|分以下|分以内)(?:为|评为|定为|确定为|列为)[“"]?(?:优秀|良好|合格|一般|较好|不合格|较差|差)[”"]?(?:等次|等级|档)?$/;

/** A colour or grade either rule needs: a text without one has no rule to blank (most texts; the judge reads every task's). */
const RATING_WORD = /[绿黄红蓝橙黑](?:灯|牌|色|码|榜|单)|优秀|良好|合格|一般|较好|差/;
const CLAUSE_STOPS = "，,。；;：:";

/** The text with each clause of a rating rule blanked out (foldText'd; positions kept). */
export function withoutRatingConditions(text: string): string {
  const s = foldText(text);
  if (!RATING_WORD.test(s)) return s;
  let out = "";
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !CLAUSE_STOPS.includes(s[i])) continue;
    const clause = s.slice(start, i);
    const bare = clause.replace(/[(（][^()（）]*[)）]$/, "");
    out += EARNS_COLOUR.test(bare) || EARNS_GRADE.test(bare) ? " ".repeat(clause.length) : clause;
    if (i < s.length) out += s[i];
    start = i + 1;
  }
  return out;
}
