/**
 * Hunt 8: a project's total investment (总投资) is what the project will cost, not what was invested: "总投资35亿元的XX项目
 * 已开工" and "XX项目总投资35亿元，正在建设" describe the project. The parser sets such a figure aside; a target of investment
 * done that no other figure answers then says so plainly (JUDGE_TOTAL_INVESTMENT), instead of "进展中没有该指标的数字" or
 * "进展提到该指标，但没有可与目标比较的数字", which read as if the unit had left the figure out.
 */
import { Judgement, RAG_LABELS, STATUS_LABELS, parseActuals } from "../metrics";
import { foldText } from "../text/normalize";
import { RULES } from "../validate/ruleCatalog";

/** A target of investment done ("完成投资20亿元", "固定资产投资完成…"), not of investment won or signed, nor a total itself. */
const DONE_INVESTMENT = /投资/;
const NOT_DONE_INVESTMENT = /总投资|协议|签约|招引|引进|招商|争取|计划投资|到位/;

/** Right before a set-aside figure: its project's total (计划总投资, 总投资额约), or 投资 heading a figure that qualifies a project (投资35亿元的…). */
const TOTAL_BEFORE = /(?:计划)?总投资(?:额|规模)?(?:约|达|为|近|超|逾|共)?$/;
const QUALIFIER_BEFORE = /投资(?:约|达|近|超|逾)?$/;

/** The project's total a set-aside figure of the progress states, as it is written ("35亿元"), or null. */
function totalInvestmentFigure(text: string): string | null {
  const parse = parseActuals(text);
  for (const k of parse.skipped ?? []) {
    if (!/元$/.test(k.figure)) continue;
    const phrase = foldText(k.phrase);
    const figure = foldText(k.figure);
    const at = phrase.indexOf(figure);
    if (at < 0) continue;
    const before = phrase.slice(0, at);
    if (TOTAL_BEFORE.test(before) || (QUALIFIER_BEFORE.test(before) && /^的/.test(phrase.slice(at + figure.length)))) return k.figure;
  }
  return null;
}

/**
 * Judgements of investment done that no figure answered, said again when the progress gives only the project's total
 * investment: 无法研判 (已逾期 kept after the deadline), the figure named as the total, never a share done.
 */
export function totalInvestmentOnly(judgements: Judgement[], progressText: string): Judgement[] {
  if (!/投资/.test(progressText)) return judgements;
  let figure: string | null | undefined;
  return judgements.map((j) => {
    const t = j.target;
    if (j.actual || j.code || !(j.status === "unknown" || j.status === "not-mentioned" || j.status === "overdue")) return j;
    if (!/元$/.test(t.unit) || !DONE_INVESTMENT.test(t.metric) || NOT_DONE_INVESTMENT.test(`${t.metric}${t.phrase}`)) return j;
    if (figure === undefined) figure = totalInvestmentFigure(progressText);
    if (!figure) return j;
    const status = j.status === "overdue" ? "overdue" : "unknown";
    const late = status === "overdue" ? /，已过完成时限 [\d-]+/.exec(j.reason)?.[0] ?? "" : "";
    const what = /（「[^」]*」目标[^）]*）$/.exec(j.reason)?.[0] ?? "";
    const detail = `进展中的「${figure}」是项目总投资（项目规模），不是已完成的投资额${late}`;
    return {
      ...j, status, label: STATUS_LABELS[status], rag: status === "overdue" ? j.rag : "yellow", ragLabel: RAG_LABELS[status === "overdue" ? j.rag : "yellow"], met: false,
      reason: `${STATUS_LABELS[status]}：${detail}${what}`, detail, code: RULES.JUDGE_TOTAL_INVESTMENT.code,
    };
  });
}
