/**
 * Hunt 20: figures that share a task's words but measure something else — a net item for its gross (净资产 for 资产总额, 净利润
 * for 利润总额), a rate of the works for a rate of the result (项目完工率 for 治理覆盖率), a holiday's few days for a year.
 * Each answers no target of the other (matchActuals.ts matchScore).
 */
import { Actual, Target } from "./types";

/** Items a report gives both gross and net: the net one (净资产, 净利润, 净收入) is a measure of its own. */
const NET_STEMS = ["资产", "利润", "收入"];

/**
 * One name holds 净 before an item and the other names the item without it: "资产总额" and "净资产", "利润总额" and "净利润"
 * are two measures, whatever characters they share ("净资产收益率" against "净资产" is left to measureOfMeasure).
 */
export function netForGross(a: string, b: string): boolean {
  const x = a ?? "";
  const y = b ?? "";
  return NET_STEMS.some((stem) => {
    const net = `净${stem}`;
    const gross = (s: string) => s.split(net).join("").includes(stem);
    return (x.includes(net) && !y.includes(net) && gross(y)) || (y.includes(net) && !x.includes(net) && gross(x));
  });
}

/** A rate of the works that deliver a result: 项目完工率, 工程开工率, 设施运行率, 资金支出率, 任务完成率. */
const RATE_OF_WORKS = /(项目|工程|设施|资金|任务)[\u4e00-\u9fa5]{1,4}率$/;

/**
 * "农村生活污水治理项目完工率100%" says how far the projects went, not how much of the villages the treatment covers
 * (农村生活污水治理覆盖率达到40%): a rate whose name puts the works before its measure answers no target that does not name
 * those works.
 */
export function rateOfTheWorks(target: Target, actual: Actual): boolean {
  const works = RATE_OF_WORKS.exec(actual.metric ?? "");
  if (!works || !/率$/.test(target.metric ?? "") || (target.metric ?? "").includes(works[1])) return false;
  // The same measure of the task's own things is the task's ("民生实事项目完成率" for 民生实事完成率): only another one is not.
  const measure = (name: string) => /([\u4e00-\u9fa5]{2})率$/.exec(name)?.[1];
  return measure(target.metric) !== measure(actual.metric);
}

/**
 * Villages and towns listed by a programme of their own: 乡村振兴示范村, 美丽乡村示范村, 和美乡村, 文明村, 卫生村, 森林乡村 … are
 * each a programme's list, named and checked apart.
 */
const PROGRAMME = /乡村振兴|美丽乡村|和美乡村|美丽宜居|文明村|文明乡镇|卫生村|卫生乡镇|森林乡村|森林村庄|生态村|传统村落|特色小镇|田园综合体/;

/** "和美乡村示范村22个" never answers 乡村振兴示范村达到20个: both names name a programme, and not the same one. */
export function otherProgramme(a: string, b: string): boolean {
  const [x, y] = [PROGRAMME.exec(a ?? "")?.[0], PROGRAMME.exec(b ?? "")?.[0]];
  return !!x && !!y && x !== y;
}

/** A holiday's period as the parser gives it: 国庆假期, 五一小长假, 春节黄金周, 中秋节期间. */
const HOLIDAY_PERIOD = /黄金周|小长假|长假|假期|假日|(?:春节|元旦|清明|五一|劳动节|端午|中秋|国庆)节?期间/;

/**
 * "国庆假期游客人均花费1050元" is what a few days' visitors spent, not the year's (游客人均花费达到1000元); a holiday's count
 * is likewise a few days of a year's. A figure of a holiday answers only a target that names a holiday.
 */
export function holidayFigure(target: Target, actual: Actual): boolean {
  // A holiday's rate of growth is matched and then set aside with its own reason (formsN yearToDate: 国庆期间的增速).
  if (actual.kind === "growth" || actual.kind === "pp") return false;
  return HOLIDAY_PERIOD.test(`${actual.period ?? ""}`) && !HOLIDAY_PERIOD.test(`${target.metric ?? ""}${target.phrase ?? ""}`);
}
