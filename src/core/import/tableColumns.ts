import { foldText } from "../text/normalize";
import { labelKind, simplifiedHeaderForm } from "./assignmentLabels";

/** Fields a column of an imported table can feed. */
export type ColumnField =
  | "id" | "section" | "subsection" | "coordinator" | "name" | "text" | "units" | "leadUnits" | "coUnits" | "leader" | "person" | "deadline"
  | "stretchTarget" | "workTarget" | "progress" | "completion" | "problems" | "nextSteps" | "rate" | "remark"
  /** An indicator's figure in a column of its own (指标 | 目标值: "地区生产总值增长" | "6%"): part of the task's target text. */
  | "targetValue"
  /** The growth an indicator table's plan column asks (增长% under 2022年计划), with targetValue its amount. */
  | "targetGrowth"
  /** Where a decision or task stands (办理状态: 已办结 / 正在办理): joins the progress text. */
  | "status"
  /** An indicator's unit of measure (单位 beside 目标值: %, 万人, 亿元): never a responsible unit. */
  | "measure"
  /** What was reached in an earlier year than the table's ("2021年完成" beside "2022年目标"): never this year's progress. */
  | "pastResult"
  /** What a period reached, named by the period ("截至9月底完成", "1-8月完成投资（亿元）"): joins the progress with its name. */
  | "reached";

/** Header names per field, most specific first; offices vary them freely. */
const IMPORT_HEADERS: [ColumnField, string[]][] = [
  ["id", ["序号", "编号", "任务编号", "任务序号", "序"]],
  // The part's coordinator (as duban writes it): claimed before 牵头单位 so it is never read as the task's lead.
  ["coordinator", ["总牵头单位", "总牵头部门", "总牵头"]],
  ["measure", ["计量单位", "指标单位"]],
  // The stretch target under the words offices pair with the expected one ("预期目标 | 力争目标"): 力争/争取 is the stretch.
  ["stretchTarget", ["年度奋斗目标", "奋斗目标", "年度力争目标", "力争目标", "争取目标"]],
  ["targetValue", ["目标值", "年度目标值", "预期目标值", "计划目标值", "目标数"]],
  // A target's breakdown ("分解情况": the indicator, its figure and the places' shares, round ad) is the target in parts,
  // never the progress its 情况 would make it.
  ["workTarget", ["年度工作目标", "工作目标", "攻坚目标任务", "攻坚目标", "分解情况", "任务分解", "目标分解", "目标任务分解"]],
  ["completion", ["完成情况", "年度完成情况", "目标完成情况", "落实情况"]],
  ["progress", ["进展情况", "工作进展", "推进情况", "进展", "工作推进情况",
    // Where the work stands, in the words of a ledger or a project table (round l).
    "当前进度", "目前进度", "形象进度", "工作进度", "进度情况", "推进进度", "实施进度", "建设进度", "项目进度"]],
  ["rate", ["完成率", "实际完成率", "完成比例", "完成进度", "占年度计划", "占年计划", "占年度目标", "占年度任务", "占全年目标"]],
  ["remark", ["备注", "说明"]],
  ["status", ["办理状态", "完成状态", "推进状态", "进展状态", "是否办结", "是否完成", "状态"]],
  ["problems", ["存在问题", "存在的问题", "问题", "困难问题"]],
  ["nextSteps", ["下步打算", "下一步打算", "下步计划", "下一步工作", "下步工作", "下步工作打算", "下一步工作打算"]],
  ["leadUnits", ["主办单位", "牵头单位", "牵头部门", "主责单位", "牵头责任单位", "牵头组织实施单位", "主要责任单位"]],
  ["coUnits", ["协办单位", "配合单位", "协同单位", "参与单位", "协办部门", "配合部门", "其他责任单位", "协同配合单位"]],
  ["units", ["责任单位", "承办单位", "责任部门", "实施单位", "责任科室", "责任股室", "单位"]],
  ["leader", ["牵头领导", "责任领导", "分管领导", "牵头区领导", "区级领导", "分管县领导", "分管区领导", "分管市领导", "牵头县领导", "牵头市领导", "县级领导", "主管领导", "包保领导", "分线领导", "分管领"]],
  ["person", ["责任人", "具体责任人", "联系人", "牵头责任人", "分管负责人"]],
  ["deadline", ["完成时限", "完成时间", "时限", "时间节点", "完成期限"]],
  ["name", ["项目名称", "实事名称", "民生事项名称", "事项名称", "责任事项", "民生实事项目", "实事项目", "工作项目", "重点项目", "名称"]],
  ["subsection", ["子板块", "子类别", "二级板块", "小类"]],
  ["section", ["事项", "板块", "类别", "分类", "领域", "所属板块", "主题"]],
  ["text", ["目标任务", "年度任务目标", "重点工作", "民生实事", "目标与任务", "主要工作任务", "任务目标", "重点工作任务", "工作任务", "主要任务", "重点任务", "任务内容", "项目主要内容", "主要内容", "具体任务", "工作内容", "任务", "内容", "指标名称", "主要指标", "指标",
    // A meeting's or a leader's decisions to be carried out ("确定事项" is no 事项 category).
    "确定事项", "议定事项", "交办事项", "督办事项", "会议确定事项",
    // A 责任清单's duties (round m): what a unit answers for, the task of its row.
    "工作职责", "主要职责", "职责任务", "职责内容", "职责事项", "职责"]],
];

export function foldHeader(text: string): string {
  // "责任(牵头)部门": a note inside the name, as at its end, is dropped.
  return foldText(text).replace(/[（(][^）)]*[）)]$/, "").replace(/^(.{2,})[（(](?:牵头|主办|主责)[）)](.{2,})$/, "$1$2").replace(/[*：:※]/g, "");
}

/** A column naming the items of a rectification or a handling table: the problem found or the proposal made. */
const PROBLEM_ITEM = /^(?:(?:交办|反馈|督查|督察|发现|整改|审计|存在)?问题(?:描述|内容|清单|表现)?|(?:代表)?(?:建议|提案|意见)(?:题目|内容|名称|事项))$/;

/** A header that plans the work ("工作进度安排", "项目进度计划"): never the progress, whatever progress word it holds. */
const PLANNED = /安排|计划|要求/;

/** Headers of what is planned, asked, held back or only described: never the progress a built name would make them. */
const NOT_DONE = /问题|建议|计划|安排|打算|目标|要求|说明|备注|标准|原因|措施|基本情况|项目情况|概况|简介|预期|分解/;

/** A responsible column's header built as offices write it ("负责部门", "承担单位", "责任主体", "实施主体", "部门"). */
const BUILT_UNITS = /^(?:(?:责任|负责|承担|承办|实施|落实|执行|主体责任|具体责任)(?:单位|部门|科室|股室|处室|站所|主体)|部门|科室|股室|处室)$/;

/** Members of the leading group who take a task on: "包挂班子成员", "联系县级班子成员", "挂点领导班子成员". */
const LEADING_MEMBERS = /^(?:包[保抓联挂]|挂点|联系|分管|牵头|责任)(?:县级|市级|区级|镇|县|市|区)?(?:领导)?班子成员$/;
/** The person doing the work under the name offices give them: "具体负责同志", "负责同志", "具体负责人", "负责人". */
const PERSON_BUILT = /^(?:具体)?负责(?:同志|人)$/;

/** A header that opens with a period and says what it reached: "截至9月底完成", "1-8月完成投资", "一季度实际完成". */
const PERIOD_RESULT = /^(?:截至|截止到?|至)?(?:\d{1,2}月?[-－—~～至]\d{1,2}月份?|\d{1,2}月(?:底|末|份)?|上半年|下半年|前三季度|第?[一二三四]季度)(?:底|末)?(?:累计)?(?:已|实际)?(?:完成|实现|到位)/;

/** A progress column named by its period ("一季度进展", "二季度推进情况", "7月份进展", "1-9月完成情况"). */
const PERIOD_PROGRESS = /^(?:第?[一二三四]季度|上半年|下半年|前三季度|全年|\d{1,2}月份?|1[-－—~～至]\d{1,2}月份?)(?:工作)?(?:进展情况|进展|推进情况|完成情况|落实情况|工作进展|进度|情况)$/;

/**
 * Progress written per period in columns of its own (round m): "一季度进展 | 二季度进展 | 三季度进展", left to right
 * as the periods run. The indexes of two or more such columns, else none (one period column is a progress column
 * like any other).
 */
export function periodProgressColumns(cells: readonly string[]): number[] {
  const cols = cells.map((h, c) => (PERIOD_PROGRESS.test(foldHeader(h ?? "")) ? c : -1)).filter((c) => c >= 0);
  return cols.length >= 2 ? cols : [];
}

/** Units of measure an indicator table gives in its 单位 column. */
export const MEASURE = /^(%|％|‰|个百分点|百分点|[万亿千百]?(元|人|人次|户|亩|吨|千瓦|平方米|立方米|公里|千米|米|家|个|项|件|所|座|张|套|辆|次|台|kg|km|t)|年|天|小时|万|亿)$/;

/**
 * A header naming the progress and other parts of a report together ("进展情况、存在问题及下一步打算", "工作进展及下步打算"):
 * every part, split at 、 及 和 与 ， or "以及", is a progress, problems or next-steps name, the first one a progress name.
 */
function isJointReportHeader(header: string): boolean {
  const parts = header.split(/以及|[、及和与，,]/).filter(Boolean);
  const names = (f: ColumnField) => IMPORT_HEADERS.find(([field]) => field === f)![1];
  const report = [...names("progress"), ...names("problems"), ...names("nextSteps"), "下一步打算", "下步措施", "下一步措施"];
  return parts.length >= 2 && names("progress").includes(parts[0]) && parts.every((p) => report.includes(p));
}

/** The header names offices give a field's column, as listed (folded). */
export function headerNamesOf(field: ColumnField): readonly string[] {
  return IMPORT_HEADERS.find(([f]) => f === field)?.[1] ?? [];
}

/** Whether a folded cell is a header name: one of the lists' words or a name built as round v reads them. */
export function isHeaderName(folded: string): boolean {
  if (IMPORT_HEADERS.some(([, names]) => names.includes(folded))) return true;
  if (BUILT_UNITS.test(folded) || labelKind(folded) === "lead" || labelKind(folded) === "co" || labelKind(folded) === "leader") return true;
  return folded.length <= 12 && (/(?:进展|成效|情况)$/.test(folded) || folded === "进度") && !NOT_DONE.test(folded);
}

/**
 * Header cells written in traditional characters, as mirror sites render a table ("序號 | 工作任務 | 責任單位 | 進展情況",
 * round w): a line of tab- or |-separated cells that reads as a header row once its short cells (twenty characters or
 * fewer) are turned back is read so; a cell alone on its line (a table one cell a line, "\t序號" or "序號 |") when it is a
 * header name. Every
 * other line, and every longer cell, stays as written.
 */
export function simplifyHeaderCells(line: string): string {
  const sep = line.includes("\t") ? "\t" : line.includes("|") ? "|" : null;
  if (!sep || line.split(sep).filter((c) => c.trim()).length < 2) {
    const t = line.trim();
    const s = t.length <= 20 ? simplifiedHeaderForm(t) : t;
    // "責任單位/責任人", "責任單位及責任人": two header names in one cell (issue 13) read as the cell's names do.
    const names = s.split(/[/／及]/);
    const header = isHeaderName(foldHeader(s)) || (names.length > 1 && names.every((n) => n.trim() && isHeaderName(foldHeader(n))));
    return s !== t && header ? line.replace(t, s) : line;
  }
  const cells = line.split(sep);
  const turned = cells.map((cell) => (cell.trim().length <= 20 ? simplifiedHeaderForm(cell) : cell));
  if (turned.every((c, i) => c === cells[i])) return line;
  return matchHeaderRow(turned.map((c) => c.trim())) ? turned.join(sep) : line;
}

/** Column index per field for a header row, or null when fewer than two columns are recognised. */
export function matchHeaderRow(cells: string[]): Partial<Record<ColumnField, number>> | null {
  const columns: Partial<Record<ColumnField, number>> = {};
  const folded = cells.map(foldHeader);
  // A result column of a year before the latest year the header names ("2021年完成", "2023年完成情况" beside
  // "2024年上半年进展"): set aside first, so it is never claimed as progress or completion.
  const yearOf = (h: string) => Number(/^((?:19|20)\d{2})年/.exec(h)?.[1] ?? 0);
  const latest = Math.max(0, ...folded.map(yearOf));
  const past = folded.findIndex((h) => yearOf(h) > 0 && yearOf(h) < latest && /完成|实际|实绩|执行|落实|进展/.test(h) && !/目标|计划|预期/.test(h));
  if (past >= 0) columns.pastResult = past;
  // Exact names first, then a name inside a longer header ("牵头单位（部门）名称"). A bare "单位" is claimed last:
  // beside a 责任部门 column it is the indicators' unit of measure.
  const claim = (exact: boolean) => {
    for (const [field, names] of IMPORT_HEADERS) {
      if (columns[field] !== undefined) continue;
      const col = folded.findIndex(
        (h, c) =>
          h &&
          h !== "单位" &&
          !Object.values(columns).includes(c) &&
          (exact ? names.includes(h) : h.length <= 12 && names.some((s) => s.length >= 2 && h.includes(s)) && !(field === "progress" && PLANNED.test(h))),
      );
      if (col >= 0) columns[field] = col;
    }
  };
  // A progress word measured in percent ("形象进度(%)", "工作进度（%）", round t) is the rate beside the account, not the account.
  const percent = cells.findIndex((h, c) => /[（(]\s*[%％]\s*[）)]\s*$/.test(h ?? "") && !Object.values(columns).includes(c) && IMPORT_HEADERS.find(([f]) => f === "progress")![1].includes(folded[c]));
  if (percent >= 0) columns.rate = percent;
  claim(true);
  // Units labels built as offices coin them ("牵头负责单位", "协同责任单位", "协作部门"), as in a list's label lines: before
  // names inside longer headers, where "单位" alone would claim them as plain units.
  for (const [field, kind] of [["leadUnits", "lead"], ["coUnits", "co"]] as const) {
    if (columns[field] !== undefined) continue;
    const col = folded.findIndex((h, c) => !Object.values(columns).includes(c) && labelKind(h) === kind);
    if (col >= 0) columns[field] = col;
  }
  // A responsible column named by what it does and what it is (round v): "负责部门", "承担单位", "责任主体", "实施主体",
  // "牵头处室" (lead and co above), or a body word alone ("部门", "科室"). A bare "单位" is left to the measure rule below.
  if (columns.units === undefined) {
    const col = folded.findIndex((h, c) => !Object.values(columns).includes(c) && BUILT_UNITS.test(h));
    if (col >= 0) columns.units = col;
  }
  claim(false);
  const free = (c: number) => !Object.values(columns).includes(c);
  // One column for the whole report on an item, its parts named together ("进展情况、存在问题及下一步打算", round o): the
  // progress column, what holds the item back and what comes next written inside its cells under labels of their own.
  if (columns.progress === undefined) {
    const col = folded.findIndex((h, c) => free(c) && isJointReportHeader(h));
    if (col >= 0) columns.progress = col;
  }
  // Two progress words (round v): a degree ("形象进度", "工作进度", exact) beside an account whose name holds 进展 or 情况
  // inside a longer name ("当前工作进展", "目前推进情况"). The account is the progress; the degree, its rate.
  if (columns.progress !== undefined && columns.rate === undefined && /进度/.test(folded[columns.progress]) && !/进展|情况/.test(folded[columns.progress])) {
    const account = folded.findIndex((h, c) => free(c) && h.length <= 12 && /进展|推进情况|完成情况|落实情况/.test(h) && !PLANNED.test(h));
    if (account >= 0) {
      columns.rate = columns.progress;
      columns.progress = account;
    }
  }
  // What was done, under a name of its own (round v): a header ending in 进展, 成效 or 情况 ("建设进展", "工作成效", "执行情况",
  // "截至6月底情况"), or "进度" alone, when no progress, completion or period column was found. Names of what is planned, asked
  // or held back ("存在问题", "下步计划", "基本情况") are no progress.
  if (columns.progress === undefined && columns.completion === undefined && columns.reached === undefined) {
    const col = folded.findIndex((h, c) => free(c) && h.length <= 12 && (/(?:进展|成效|情况)$/.test(h) || h === "进度") && !NOT_DONE.test(h));
    if (col >= 0) columns.progress = col;
  }
  // The task under a name of its own (round v) when no task column was found: "项目", "具体工作", "民生项目", "工作事项"; else a
  // 事项/类别 column, which names the rows' matter when there is nothing finer beside it. Not beside target columns (奋斗目标,
  // 工作目标, 目标值): there the targets are the text and 事项 their category.
  // Beside target columns a built task name still names the task ("具体工作 | 奋斗目标 | 工作目标", round ay) when it stands
  // before them, as the task column does; only the 事项 fallback is left out there.
  const targets = [columns.workTarget, columns.stretchTarget, columns.targetValue].filter((c): c is number => c !== undefined);
  if (columns.text === undefined && columns.name === undefined) {
    const col = folded.findIndex((h, c) => free(c) && h.length <= 8 && /(?:工作|任务|事项|项目|内容|指标)$/.test(h) && !PLANNED.test(h) && !NOT_DONE.test(h) && targets.every((t) => c < t));
    if (col >= 0) columns.text = col;
    else if (columns.section !== undefined && !targets.length) {
      columns.text = columns.section;
      delete columns.section;
    }
  }
  // A table of problems to put right or of proposals to answer (整改情况表, 办理情况表) names its items by what they are: a
  // problem or proposal column standing before the units ("问题描述", "交办问题", "反馈问题", "建议题目") is the task column.
  // A 存在问题 column after the account stays what holds the work back.
  const unitsColumn = columns.units ?? columns.leadUnits;
  // With no units column named (its header cell left blank, or a word no list knows: "承接部门"), a problem column standing first
  // after 序号, before the account of what was done, still names the items (round av); the cells then tell the units column.
  const account = columns.progress ?? columns.completion ?? columns.reached;
  const firstAfterId = folded.findIndex((h, c) => c !== columns.id && h !== "");
  const placed = (c: number) => (unitsColumn !== undefined ? c < unitsColumn : c === firstAfterId && account !== undefined && c < account);
  const itemColumn = folded.findIndex((h, c) => (free(c) || c === columns.problems) && PROBLEM_ITEM.test(h) && placed(c));
  if (columns.text === undefined && columns.name === undefined && columns.workTarget === undefined && itemColumn >= 0) {
    columns.text = itemColumn;
    if (columns.problems === itemColumn) delete columns.problems;
  }
  // A leader named by the office's own word for the role ("包抓领导", "联系县领导", "挂点领导"): any short name ending in 领导;
  // or the members of the leading group who take a task on (round x: "包挂班子成员", "联系县级班子成员").
  if (columns.leader === undefined) {
    const col = folded.findIndex((h, c) => free(c) && (/^[\u4e00-\u9fa5]{1,5}领导$/.test(h) || LEADING_MEMBERS.test(h)));
    if (col >= 0) columns.leader = col;
  }
  // The person who does the work, named as offices call them (round x: "具体负责同志", "负责同志", "具体负责人").
  if (columns.person === undefined) {
    const col = folded.findIndex((h, c) => free(c) && PERSON_BUILT.test(h));
    if (col >= 0) columns.person = col;
  }
  // A column named by a period and what it reached ("截至9月底完成", "1-8月完成投资（亿元）", "上半年累计完成"): progress
  // of that period, joined with its name; one that plans ("1-8月计划完成") is not.
  if (columns.reached === undefined) {
    const col = folded.findIndex((h, c) => free(c) && PERIOD_RESULT.test(h));
    if (col >= 0) columns.reached = col;
  }
  if (columns.units === undefined && columns.leadUnits === undefined) {
    const col = folded.findIndex((h, c) => h === "单位" && !Object.values(columns).includes(c));
    if (col >= 0) columns.units = col;
  }
  // A bare "单位" left over beside the units column is the indicators' unit of measure.
  if (columns.measure === undefined && (columns.units !== undefined || columns.leadUnits !== undefined)) {
    const col = folded.findIndex((h, c) => h === "单位" && !Object.values(columns).includes(c));
    if (col >= 0) columns.measure = col;
  }
  // Two task columns ("民生实事" | "内容"): the first names the item, the second is its text.
  if (columns.name === undefined && columns.text !== undefined) {
    const taskNames = IMPORT_HEADERS.find(([f]) => f === "text")![1];
    const second = folded.findIndex((h, c) => c > columns.text! && !Object.values(columns).includes(c) && taskNames.includes(h));
    if (second >= 0) {
      columns.name = columns.text;
      columns.text = second;
    }
  }
  const found = Object.keys(columns).length;
  const useful = ["text", "name", "units", "leadUnits", "workTarget", "stretchTarget"].some(
    (f) => columns[f as ColumnField] !== undefined,
  );
  return found >= 2 && useful ? columns : null;
}

/**
 * A yes/no column answers the question its header asks ("是否完成" 是 → 已完成, "是否达到序时进度" 否 → 未达到序时进度, round av):
 * a bare 是 or 否 says nothing alone, and read as the header's words it never says more than the office did.
 */
export function yesNoAnswer(header: string, value: string): string {
  const asked = /^是否(.{2,12})$/.exec(foldHeader(header).replace(/[（(][^）)]*[）)]$/, ""));
  const answer = value.trim();
  if (!asked || !/^[是否]$/.test(answer)) return value;
  return `${answer === "是" ? "已" : "未"}${asked[1]}`;
}

/** A bare figure under a header in percent ("完成进度（%）" 60) keeps its unit: 60%; anything else stays as written. */
export function rateWithUnit(header: string, value: string): string {
  return /[%％]/.test(header) && /^\d+(?:\.\d+)?$/.test(value.trim()) ? `${value.trim()}%` : value;
}
