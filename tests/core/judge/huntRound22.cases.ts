/**
 * Hunt 22 (docs/metrics.md "Hunt 22 (typed columns in real books)"): what departments type in the columns beside the
 * progress text, in the column sets of public 进展情况表 templates — 完成进度（%）, 完成比例, 是否完成（是/否）, 完成情况（选择：已完成/
 * 序时推进/滞后/未启动）, 进展类别, 年度计划投资 beside 累计完成投资, 预计完成时间 / 计划完成日期, 计量单位, 三季度目标, 计划完成数 beside
 * 完成值, 备注 with 已完成 in it, statuses typed in English or as ticks, the departments' dropdown words, 下步计划 with future
 * figures. Each case is one progress row of one task under a column set; the label says what a careful supervisor reads,
 * and `read` what the row's cells must be read as. Written in our own words and committed before the engine ran on them.
 * Every third case (3, 6, 9, …) is held out: scored once at the end, totals only (DUBAN_HELDOUT=1).
 */
import { CellValue } from "../../../src/core/sheet/cellValue";

export type Label = "not-done" | "not-green" | "done" | "green";
/** What the row must be read as (only the fields named). */
export interface Read {
  text?: string;
  status?: string;
  date?: string;
  unit?: string;
  period?: string;
  value?: number;
}
export interface Case {
  n: number;
  family: string;
  headers: string[];
  task: string;
  cells: Record<string, CellValue>;
  label: Label;
  read?: Read;
}

export const HOSP = "年内建成县人民医院新院区并投入使用。";
export const JOBS = "城镇新增就业1.2万人。";
export const INVEST = "完成固定资产投资50亿元。";
export const FIRMS = "新增规上工业企业20家。";
export const POLICY = "出台促进民营经济高质量发展若干措施。";
export const ESTATES = "年内完成老旧小区改造30个。";
export const ROADS = "完成农村公路改造200公里。";
export const TOILETS = "完成农村户厕改造1200户。";
export const PROJECT = "县人民医院新院区项目年内完成投资3亿元。";

const BASE = ["序号", "填报单位", "报告期"];
export const LAYOUTS: Record<string, string[]> = {
  STD: [...BASE, "进展情况", "完成状态", "完成值", "存在问题", "下步打算", "填报日期"],
  PCT: [...BASE, "进展情况", "完成进度（%）", "存在问题", "下步计划", "填报日期"],
  PCT_FIRST: [...BASE, "完成进度（%）", "完成状态", "进展情况", "填报日期"],
  RATIO: [...BASE, "进展情况", "完成比例", "是否完成（是/否）", "备注", "填报日期"],
  YESNO: [...BASE, "进展情况", "是否完成", "填报日期"],
  DROP_FIRST: [...BASE, "完成情况（选择：已完成/序时推进/滞后/未启动）", "进展情况", "备注", "填报日期"],
  DROP_AFTER: [...BASE, "进展情况", "完成情况（已完成/序时推进/滞后/未启动）", "备注", "填报日期"],
  CLASS_FIRST: [...BASE, "进展类别", "进展情况", "存在问题", "填报日期"],
  INVEST: [...BASE, "年度计划投资（万元）", "累计完成投资（万元）", "进展情况", "预计完成时间", "填报日期"],
  PLANDATE: ["序号", "责任单位", "报告期", "进展情况", "计划完成日期", "填报日期"],
  MEASURE: ["序号", "计量单位", "报告期", "进展情况", "完成值", "责任单位", "填报日期"],
  QTARGET: ["序号", "填报单位", "三季度目标", "报告期", "进展情况", "完成状态", "填报日期"],
  PLANVAL: [...BASE, "进展情况", "计划完成数", "完成值", "填报日期"],
  REMARK: [...BASE, "进展情况", "完成状态", "备注", "填报日期"],
  NEXT: [...BASE, "进展情况", "完成状态", "存在问题", "下步计划", "填报日期"],
  DONE_TEXT: [...BASE, "完成情况", "完成状态", "填报日期"],
  SHORT: ["序号", "单位", "报告期", "工作进展", "状态", "日期"],
  PCT_WORDS: [...BASE, "进展情况", "完成进度", "填报日期"],
};

type Row = [string, string, string, Record<string, CellValue>, Label, Read?];
const T = "进展情况";
const ROWS: Row[] = [
  // 完成进度（%）: a share typed by the department where a status is read today.
  ["pct", "PCT", HOSP, { [T]: "主体工程已封顶，正在进行内部装修", "完成进度（%）": 100 }, "not-done"],
  ["pct", "PCT", HOSP, { [T]: "主体工程已封顶，正在进行内部装修", "完成进度（%）": "100%" }, "not-done"],
  ["pct", "PCT", HOSP, { [T]: "主体工程完工，正在进行内部装修", "完成进度（%）": 1 }, "not-done"],
  ["pct", "PCT", JOBS, { [T]: "1-9月城镇新增就业0.6万人", "完成进度（%）": 60 }, "not-green"],
  ["pct", "PCT", JOBS, { [T]: "1-9月城镇新增就业0.6万人", "完成进度（%）": 0.6 }, "not-green"],
  ["pct", "PCT", INVEST, { [T]: "1-9月完成固定资产投资28亿元", "完成进度（%）": "56%" }, "not-green"],
  ["pct", "PCT", ESTATES, { [T]: "30个小区已全部开工，完工12个", "完成进度（%）": 100 }, "not-done"],
  ["pct", "PCT", POLICY, { [T]: "已形成初稿，正在征求有关部门意见", "完成进度（%）": 90 }, "not-done"],
  ["pct", "PCT", ESTATES, { [T]: "已完成改造30个，全部通过验收", "完成进度（%）": 100 }, "done"],
  ["pct", "PCT", JOBS, { [T]: "1-9月城镇新增就业0.95万人", "完成进度（%）": 79 }, "green"],
  ["pct", "PCT", FIRMS, { [T]: "1-9月新增规上工业企业22家", "完成进度（%）": "110%" }, "done"],
  ["pct", "PCT", HOSP, { [T]: "项目正在施工", "完成进度（%）": 120 }, "not-done"],
  ["pct", "PCT", ESTATES, { [T]: "已完成改造18个", "完成进度（%）": 150 }, "not-done"],
  ["pct", "PCT", TOILETS, { [T]: "已完成农村户厕改造600户", "完成进度（%）": 100 }, "not-green"],
  ["pct", "PCT", ROADS, { [T]: "完成农村公路改造120公里，其余路段正在施工", "完成进度（%）": "100" }, "not-done"],
  // 完成进度（%） before 完成状态: the status column must still be read as the status.
  ["pct-first", "PCT_FIRST", JOBS, { "完成进度（%）": 60, 完成状态: "进展滞后", [T]: "1-9月城镇新增就业0.6万人" }, "not-green", { status: "进展滞后" }],
  ["pct-first", "PCT_FIRST", HOSP, { "完成进度（%）": 80, 完成状态: "序时推进", [T]: "主体工程施工中" }, "not-done", { status: "序时推进" }],
  ["pct-first", "PCT_FIRST", ESTATES, { "完成进度（%）": 100, 完成状态: "已完成", [T]: "已完成改造30个，全部通过验收" }, "done", { status: "已完成" }],
  ["pct-first", "PCT_FIRST", POLICY, { "完成进度（%）": 50, 完成状态: "未启动", [T]: "起草工作尚未启动" }, "not-green", { status: "未启动" }],
  ["pct-first", "PCT_FIRST", INVEST, { "完成进度（%）": "80%", 完成状态: "序时推进", [T]: "1-9月完成固定资产投资40亿元" }, "green", { status: "序时推进" }],
  ["pct-first", "PCT_FIRST", HOSP, { "完成进度（%）": 100, 完成状态: "已完成", [T]: "新院区已竣工验收，9月1日正式投入使用" }, "done", { status: "已完成" }],
  // 完成比例 and 是否完成（是/否） and 备注.
  ["ratio", "RATIO", HOSP, { [T]: "主体工程施工中", 完成比例: "100%", "是否完成（是/否）": "是" }, "not-done"],
  ["ratio", "RATIO", ESTATES, { [T]: "30个小区已全部开工，完工12个", 完成比例: 40, "是否完成（是/否）": "是" }, "not-done"],
  ["ratio", "RATIO", JOBS, { [T]: "1-9月城镇新增就业0.6万人", 完成比例: 50, "是否完成（是/否）": "否" }, "not-green"],
  ["ratio", "RATIO", FIRMS, { [T]: "1-9月新增规上工业企业22家", 完成比例: 110, "是否完成（是/否）": "是" }, "done"],
  ["ratio", "RATIO", HOSP, { [T]: "新院区已竣工并投入使用", 完成比例: 100, "是否完成（是/否）": "是" }, "done"],
  ["ratio", "RATIO", POLICY, { [T]: "已提请市政府常务会议审议", 完成比例: 100, "是否完成（是/否）": "是", 备注: "已完成" }, "not-done"],
  ["ratio", "RATIO", TOILETS, { [T]: "已完成农村户厕改造1200户，全部通过验收", 完成比例: 100, "是否完成（是/否）": "是" }, "done"],
  ["ratio", "RATIO", ROADS, { [T]: "已完成路基施工180公里", 完成比例: 90, "是否完成（是/否）": "否" }, "not-done"],
  // 是否完成 alone.
  ["yesno", "YESNO", HOSP, { [T]: "正在进行设备安装", 是否完成: "是" }, "not-done"],
  ["yesno", "YESNO", HOSP, { [T]: "新院区已竣工，并已投入使用", 是否完成: "是" }, "done"],
  ["yesno", "YESNO", JOBS, { [T]: "1-9月城镇新增就业0.5万人", 是否完成: "是" }, "not-green"],
  ["yesno", "YESNO", ESTATES, { [T]: "已完成改造30个，全部完工", 是否完成: "否" }, "not-done"],
  ["yesno", "YESNO", FIRMS, { [T]: "1-9月新增规上工业企业22家", 是否完成: "是" }, "done"],
  // 完成情况（选择…） before 进展情况: the text is the 进展情况 column, the choice is the status.
  ["drop-first", "DROP_FIRST", HOSP, { "完成情况（选择：已完成/序时推进/滞后/未启动）": "已完成", [T]: "主体工程已封顶，正在进行内部装修" }, "not-done", { text: "主体工程已封顶，正在进行内部装修" }],
  ["drop-first", "DROP_FIRST", JOBS, { "完成情况（选择：已完成/序时推进/滞后/未启动）": "序时推进", [T]: "1-9月城镇新增就业0.6万人" }, "not-green", { text: "1-9月城镇新增就业0.6万人" }],
  ["drop-first", "DROP_FIRST", ESTATES, { "完成情况（选择：已完成/序时推进/滞后/未启动）": "已完成", [T]: "已完成改造30个，全部通过验收" }, "done", { text: "已完成改造30个，全部通过验收" }],
  ["drop-first", "DROP_FIRST", POLICY, { "完成情况（选择：已完成/序时推进/滞后/未启动）": "滞后", [T]: "起草工作正在推进" }, "not-green"],
  ["drop-first", "DROP_FIRST", FIRMS, { "完成情况（选择：已完成/序时推进/滞后/未启动）": "序时推进", [T]: "1-9月新增规上工业企业16家" }, "green", { text: "1-9月新增规上工业企业16家" }],
  ["drop-first", "DROP_FIRST", HOSP, { "完成情况（选择：已完成/序时推进/滞后/未启动）": "未启动", [T]: "前期手续正在办理" }, "not-green"],
  ["drop-first", "DROP_FIRST", INVEST, { "完成情况（选择：已完成/序时推进/滞后/未启动）": "已完成", [T]: "1-9月完成固定资产投资40亿元" }, "not-done"],
  // 完成情况（…） after 进展情况: the choice is read as the status.
  ["drop-after", "DROP_AFTER", HOSP, { [T]: "已召开专题会议研究推进", "完成情况（已完成/序时推进/滞后/未启动）": "滞后" }, "not-green", { status: "滞后" }],
  ["drop-after", "DROP_AFTER", JOBS, { [T]: "1-9月城镇新增就业0.95万人", "完成情况（已完成/序时推进/滞后/未启动）": "序时推进" }, "green"],
  ["drop-after", "DROP_AFTER", HOSP, { [T]: "主体工程已封顶，正在进行内部装修", "完成情况（已完成/序时推进/滞后/未启动）": "已完成" }, "not-done"],
  ["drop-after", "DROP_AFTER", POLICY, { [T]: "已完成前期调研", "完成情况（已完成/序时推进/滞后/未启动）": "未启动" }, "not-green", { status: "未启动" }],
  ["drop-after", "DROP_AFTER", ESTATES, { [T]: "已完成改造30个，全部通过验收", "完成情况（已完成/序时推进/滞后/未启动）": "已完成" }, "done"],
  ["drop-after", "DROP_AFTER", FIRMS, { [T]: "有序推进企业培育工作", "完成情况（已完成/序时推进/滞后/未启动）": "滞后" }, "not-green", { status: "滞后" }],
  // 进展类别 before 进展情况.
  ["class-first", "CLASS_FIRST", HOSP, { 进展类别: "已完成", [T]: "主体工程施工中，计划12月竣工" }, "not-done", { text: "主体工程施工中，计划12月竣工" }],
  ["class-first", "CLASS_FIRST", JOBS, { 进展类别: "正常推进", [T]: "1-9月城镇新增就业0.6万人" }, "not-green", { text: "1-9月城镇新增就业0.6万人" }],
  ["class-first", "CLASS_FIRST", ESTATES, { 进展类别: "已完成", [T]: "30个小区已全部完成改造并通过验收" }, "done", { text: "30个小区已全部完成改造并通过验收" }],
  ["class-first", "CLASS_FIRST", POLICY, { 进展类别: "进展滞后", [T]: "起草工作正在推进" }, "not-green"],
  ["class-first", "CLASS_FIRST", FIRMS, { 进展类别: "持续推进", [T]: "1-9月新增规上工业企业22家" }, "done", { text: "1-9月新增规上工业企业22家" }],
  // 年度计划投资 beside 累计完成投资, 预计完成时间.
  ["invest", "INVEST", PROJECT, { "年度计划投资（万元）": 30000, "累计完成投资（万元）": 18000, [T]: "项目主体施工中" }, "not-green"],
  ["invest", "INVEST", PROJECT, { "年度计划投资（万元）": 30000, "累计完成投资（万元）": 30000, [T]: "项目主体已封顶，正在进行内部装修", 预计完成时间: "2024年12月" }, "not-done"],
  ["invest", "INVEST", PROJECT, { "年度计划投资（万元）": 30000, "累计完成投资（万元）": 24000, [T]: "1-9月完成投资2.4亿元" }, "green"],
  ["invest", "INVEST", INVEST, { "年度计划投资（万元）": 500000, "累计完成投资（万元）": 520000, [T]: "全年计划投资50亿元，正在加快推进" }, "not-done"],
  ["invest", "INVEST", PROJECT, { "年度计划投资（万元）": 30000, "累计完成投资（万元）": 12000, [T]: "完成投资1.2亿元" }, "not-green"],
  ["invest", "INVEST", HOSP, { "年度计划投资（万元）": 30000, "累计完成投资（万元）": 30000, [T]: "年度投资已完成，新院区主体施工中", 预计完成时间: "2025年6月" }, "not-done"],
  // 计划完成日期 before 填报日期.
  ["plandate", "PLANDATE", HOSP, { [T]: "主体工程施工中", 计划完成日期: "2024-12-31", 填报日期: "2024-09-28" }, "not-done", { date: "2024-09-28" }],
  ["plandate", "PLANDATE", POLICY, { [T]: "《若干措施》已于7月正式印发实施", 计划完成日期: "2024-06-30", 填报日期: "2024-09-27" }, "done", { date: "2024-09-27" }],
  ["plandate", "PLANDATE", JOBS, { [T]: "1-9月城镇新增就业0.95万人", 计划完成日期: "2024-12-31", 填报日期: "2024-09-29" }, "green", { date: "2024-09-29" }],
  // 计量单位 before 责任单位.
  ["measure", "MEASURE", JOBS, { 计量单位: "万人", 完成值: 0.95, [T]: "1-9月城镇新增就业0.95万人", 责任单位: "区人社局" }, "green", { unit: "区人社局" }],
  ["measure", "MEASURE", INVEST, { 计量单位: "亿元", 完成值: 28, [T]: "1-9月完成固定资产投资28亿元", 责任单位: "区发改局" }, "not-green", { unit: "区发改局" }],
  ["measure", "MEASURE", FIRMS, { 计量单位: "家", 完成值: 22, [T]: "1-9月新增规上工业企业22家", 责任单位: "区工信局" }, "done", { unit: "区工信局" }],
  // 三季度目标 before 报告期.
  ["qtarget", "QTARGET", JOBS, { 三季度目标: "0.9万人", 报告期: "三季度", [T]: "1-9月城镇新增就业0.95万人", 完成状态: "序时推进" }, "green", { period: "三季度" }],
  ["qtarget", "QTARGET", FIRMS, { 三季度目标: 15, 报告期: "三季度", [T]: "1-9月新增规上工业企业10家", 完成状态: "序时推进" }, "not-green", { period: "三季度" }],
  ["qtarget", "QTARGET", ESTATES, { 三季度目标: "完工20个", 报告期: "三季度", [T]: "已完工25个，其余正在施工", 完成状态: "序时推进" }, "green", { period: "三季度" }],
  // 计划完成数 before 完成值.
  ["planval", "PLANVAL", FIRMS, { [T]: "1-9月新增规上工业企业12家", 计划完成数: 20, 完成值: 12 }, "not-green", { value: 12 }],
  ["planval", "PLANVAL", JOBS, { [T]: "新增就业工作稳步推进", 计划完成数: 1.2, 完成值: 0.6 }, "not-green", { value: 0.6 }],
  ["planval", "PLANVAL", ESTATES, { [T]: "已完成改造18个，其余正在施工", 计划完成数: 30, 完成值: 18 }, "not-green", { value: 18 }],
  ["planval", "PLANVAL", FIRMS, { [T]: "1-9月新增规上工业企业22家", 计划完成数: 20, 完成值: 22 }, "done", { value: 22 }],
  // 备注 with 已完成 in it.
  ["remark", "REMARK", HOSP, { [T]: "主体工程施工中", 完成状态: "序时推进", 备注: "年度投资任务已完成" }, "not-done"],
  ["remark", "REMARK", ESTATES, { [T]: "30个小区已全部开工，完工12个", 完成状态: "", 备注: "已完成" }, "not-done"],
  ["remark", "REMARK", POLICY, { [T]: "已形成初稿", 完成状态: "", 备注: "已完成起草" }, "not-done"],
  ["remark", "REMARK", JOBS, { [T]: "1-9月城镇新增就业0.95万人", 完成状态: "序时推进", 备注: "已完成全年任务的79%" }, "green"],
  // A status typed in English or as a tick.
  ["icon", "STD", HOSP, { [T]: "主体工程施工中", 完成状态: "Done" }, "not-done"],
  ["icon", "STD", HOSP, { [T]: "主体工程已封顶，正在进行内部装修", 完成状态: "✓" }, "not-done"],
  ["icon", "STD", HOSP, { [T]: "正在进行设备安装调试", 完成状态: "√" }, "not-done"],
  ["icon", "STD", JOBS, { [T]: "1-9月城镇新增就业0.6万人", 完成状态: "×" }, "not-green"],
  ["icon", "STD", ESTATES, { [T]: "30个小区已全部完成改造并通过验收", 完成状态: "√" }, "done"],
  ["icon", "STD", JOBS, { [T]: "1-9月城镇新增就业0.6万人", 完成状态: "On track" }, "not-green"],
  ["icon", "STD", FIRMS, { [T]: "1-9月新增规上工业企业12家", 完成状态: "Completed" }, "not-green"],
  ["icon", "STD", ESTATES, { [T]: "30个小区已全部开工，完工12个", 完成状态: "☑" }, "not-done"],
  // The departments' dropdown words.
  ["word", "STD", HOSP, { [T]: "因资金未落实，项目暂缓实施", 完成状态: "正常推进" }, "not-green"],
  ["word", "STD", HOSP, { [T]: "主体工程施工中", 完成状态: "持续推进" }, "not-done"],
  ["word", "STD", HOSP, { [T]: "主体工程已完工，正在进行内部装修", 完成状态: "基本完成" }, "not-done"],
  ["word", "STD", POLICY, { [T]: "已形成初稿，正在征求意见", 完成状态: "已办结" }, "not-done"],
  ["word", "STD", POLICY, { [T]: "《若干措施》已于7月正式印发实施", 完成状态: "已办结" }, "done"],
  ["word", "STD", HOSP, { [T]: "主体工程施工中", 完成状态: "长期坚持" }, "not-done"],
  ["word", "STD", ESTATES, { [T]: "30个小区已全部开工，完工18个", 完成状态: "已完成阶段性任务" }, "not-done"],
  ["word", "STD", ESTATES, { [T]: "已完工20个，其余10个正在施工", 完成状态: "办结" }, "not-done"],
  ["word", "STD", JOBS, { [T]: "1-9月城镇新增就业0.8万人", 完成状态: "全面完成" }, "not-done"],
  ["word", "STD", FIRMS, { [T]: "1-9月新增规上工业企业22家", 完成状态: "已完成" }, "done"],
  ["word", "STD", POLICY, { [T]: "起草工作正在推进", 完成状态: "完成" }, "not-done"],
  ["word", "STD", JOBS, { [T]: "1-9月城镇新增就业0.95万人", 完成状态: "正常推进" }, "green"],
  // 下步计划 with future figures, 存在问题.
  ["next", "NEXT", JOBS, { [T]: "1-9月城镇新增就业0.8万人", 完成状态: "序时推进", 下步计划: "四季度再新增0.5万人，全年达到1.3万人" }, "not-done"],
  ["next", "NEXT", ESTATES, { [T]: "已完工18个", 完成状态: "", 下步计划: "12月底前完成剩余12个，全年完成改造30个" }, "not-done"],
  ["next", "NEXT", INVEST, { [T]: "1-9月完成固定资产投资30亿元", 完成状态: "", 下步计划: "四季度完成投资25亿元，全年完成55亿元" }, "not-green"],
  ["next", "NEXT", HOSP, { [T]: "新院区已竣工验收并投入使用", 完成状态: "已完成", 下步计划: "做好运营管理" }, "done"],
  ["next", "NEXT", FIRMS, { [T]: "1-9月新增规上工业企业16家", 完成状态: "序时推进", 存在问题: "部分企业营收未达标", 下步计划: "力争全年新增22家" }, "green"],
  ["next", "NEXT", ESTATES, { [T]: "30个小区已全部开工", 完成状态: "", 下步计划: "确保年底前全部完工，完成改造30个" }, "not-done"],
  // A share typed in the 完成值 column.
  ["pct-value", "STD", JOBS, { [T]: "1-9月城镇新增就业0.6万人", 完成状态: "", 完成值: "100%" }, "not-done"],
  ["pct-value", "STD", ESTATES, { [T]: "30个小区已全部开工，完工12个", 完成状态: "", 完成值: "100%" }, "not-done"],
  ["pct-value", "STD", FIRMS, { [T]: "1-9月新增规上工业企业12家", 完成状态: "", 完成值: 100 }, "not-done"],
  ["pct-value", "STD", HOSP, { [T]: "主体工程施工中", 完成状态: "序时推进", 完成值: "80%" }, "not-done"],
  // Lookalikes: column names that are what they seem.
  ["plain", "DONE_TEXT", ESTATES, { 完成情况: "已完成改造30个，全部通过验收", 完成状态: "已完成" }, "done", { text: "已完成改造30个，全部通过验收", status: "已完成" }],
  ["plain", "SHORT", JOBS, { 工作进展: "1-9月城镇新增就业0.95万人", 状态: "序时推进", 日期: "2024-09-29" }, "green", { date: "2024-09-29", status: "序时推进" }],
  ["plain", "PCT_WORDS", JOBS, { [T]: "1-9月城镇新增就业0.6万人", 完成进度: "进展滞后" }, "not-green", { status: "进展滞后" }],
  ["plain", "PCT_WORDS", ESTATES, { [T]: "已完成改造30个，全部通过验收", 完成进度: "已完成" }, "done", { status: "已完成" }],
];

export const CASES: Case[] = ROWS.map(([family, layout, task, cells, label, read], i) => ({ n: i + 1, family, headers: LAYOUTS[layout], task, cells, label, read }));
/** Every third case is held out. */
export const heldOut = (c: Case) => c.n % 3 === 0;
