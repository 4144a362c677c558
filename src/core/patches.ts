import type { Analysis, ProgressLayout } from "./analysis";
import { AppendedColumn, CellLink, OutputSheet, RowValues, WorkbookPatch } from "./output";
import { CellValue } from "./sheet/cellValue";
import { Finding, SEVERITY_LABEL, Severity } from "./findings";
import { RULES, RuleCode } from "./validate/ruleCatalog";
import { SHEET } from "./layout/sheetNames";
import { quoteSheetName } from "./sheet/address";
import { describeActual, describeTarget, MetricRow } from "./validate/trackMetrics";
import { CATEGORY_LABEL } from "./rollup/taskStates";
import { SOURCE_LABELS } from "./judge";
import { formatNumber } from "./text/format";
import { DIMENSION_LABEL } from "./rollup/rollUp";
import { roundRows } from "./rollup/roundRows";
import { shownRatio } from "./metrics/judgeTarget";

const SEVERITY_FILLS = [
  { equals: "错误", fill: "red" as const },
  { equals: "警告", fill: "yellow" as const },
  { equals: "提示", fill: "blue" as const },
  { equals: "通过", fill: "green" as const },
];
const STATUS_FILLS = [
  { equals: "已完成", fill: "green" as const },
  { equals: "序时推进", fill: "green" as const },
  { equals: "进展滞后", fill: "yellow" as const },
  { equals: "已逾期", fill: "red" as const },
  { equals: "未报送", fill: "red" as const },
  { equals: "未反映该指标", fill: "yellow" as const },
  { equals: "无法研判", fill: "yellow" as const },
];
const RAG_FILLS = [
  { equals: "红", fill: "red" as const },
  { equals: "黄", fill: "yellow" as const },
  { equals: "绿", fill: "green" as const },
  { equals: "蓝", fill: "blue" as const },
];

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** Excel keeps at most 65,530 hyperlinks a sheet; past that the cell still names its address as text. */
const MAX_LINKS = 65000;

function findingsSheet(findings: readonly Finding[], asOf: string): OutputSheet {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const links: CellLink[] = [];
  const rows: CellValue[][] = findings.map((f, i) => {
    if (f.address && i < MAX_LINKS) links.push({ row: i, col: 5, sheet: f.sheet, address: f.address });
    return [i + 1, SEVERITY_LABEL[f.severity], f.code, RULES[f.code as RuleCode]?.name ?? f.code, f.sheet, f.address ? `${quoteSheetName(f.sheet)}!${f.address}` : "", f.taskId ?? "", f.unit ?? "", f.period ?? "", f.message];
  });
  return {
    name: SHEET.findings,
    titleRows: [`校验结果（截至 ${asOf}）：错误 ${counts.error} 条，警告 ${counts.warning} 条，提示 ${counts.info} 条`],
    columns: [
      { header: "序号", width: 6 },
      { header: "级别", width: 6, conditionalFills: SEVERITY_FILLS },
      { header: "规则代码", width: 26 },
      { header: "规则", width: 24 },
      { header: "工作表", width: 10 },
      { header: "单元格", width: 16 },
      { header: "任务序号", width: 8 },
      { header: "单位", width: 18 },
      { header: "报告期", width: 8 },
      { header: "说明", width: 70, wrap: true },
    ],
    rows,
    links,
    freezeHeader: true,
    autoFilter: true,
  };
}

function statusColumns(layout: ProgressLayout | null, findings: readonly Finding[], sheetRows: ArrayLike<number>): AppendedColumn[] {
  if (!layout) return [];
  // By sheet row, in arrays: at 10⁶ progress rows Maps here cost ~150 MB to build. The worst severity is a byte a
  // row (0 none, then SEVERITY_RANK); a row's rule names are one string until a second distinct one comes (a list
  // for every row with a finding was ~40 MB more while the patch is built).
  let last = -1;
  for (const f of findings) if (f.sheet === layout.sheet && f.row !== null && f.row > layout.headerRow && f.row > last) last = f.row;
  const worst = new Uint8Array(last + 1);
  const names: (string | string[] | undefined)[] = new Array(last + 1);
  for (const f of findings) {
    if (f.sheet !== layout.sheet || f.row === null || f.row <= layout.headerRow) continue;
    const rank = SEVERITY_RANK[f.severity];
    if (rank > worst[f.row]) worst[f.row] = rank;
    const name = RULES[f.code as RuleCode]?.name ?? f.code;
    const list = names[f.row];
    if (list === undefined) names[f.row] = name;
    else if (typeof list === "string") {
      if (list !== name) names[f.row] = [list, name];
    } else if (!list.includes(name)) list.push(name);
  }
  const status = new RowValues();
  const detail = new RowValues();
  for (let i = 0; i < sheetRows.length; i++) {
    const sheetRow = sheetRows[i];
    const rank = sheetRow <= last ? worst[sheetRow] : 0;
    status.set(sheetRow, rank <= SEVERITY_RANK.info ? "通过" : rank === SEVERITY_RANK.warning ? SEVERITY_LABEL.warning : SEVERITY_LABEL.error);
    const list = sheetRow <= last ? names[sheetRow] : undefined;
    detail.set(sheetRow, list === undefined ? "" : typeof list === "string" ? list : list.join("；"));
  }
  return [
    { sheet: layout.sheet, headerRow: layout.headerRow, col: layout.resultCol, spec: { header: "校验状态", width: 10, conditionalFills: SEVERITY_FILLS }, values: status },
    { sheet: layout.sheet, headerRow: layout.headerRow, col: layout.resultCol + 1, spec: { header: "校验说明", width: 40, wrap: true }, values: detail },
  ];
}

function metricsSheet(metrics: readonly MetricRow[], asOf: string): OutputSheet {
  const rows: CellValue[][] = metrics.map((m) => {
    const j = m.judgement;
    // 完成率 is a share of an amount; a rate of change (增长, 个百分点) is judged by its gap, in 个百分点.
    const rate = j.target.kind === "growth" || j.target.kind === "pp";
    const gap = j.gap !== undefined && j.gap !== null ? `${j.gap > 0 ? "+" : ""}${formatNumber(j.gap)}${j.gapUnit ?? ""}` : "";
    return [
      m.task.id, m.task.section, m.task.leadUnits.join("、"), j.target.metric, j.target.phrase, describeTarget(j), describeActual(j.actual, j), m.row?.period ?? "",
      rate && j.actual?.explicitRatio === undefined ? null : shownRatio(j), j.expected, gap, j.label, j.ragLabel, j.dueSoon ? "临近时限" : "", j.reason,
    ];
  });
  return {
    name: SHEET.metrics,
    titleRows: [`指标跟踪（截至 ${asOf}）：共 ${metrics.length} 项指标`],
    columns: [
      { header: "序号", width: 6 },
      { header: "板块", width: 16 },
      { header: "牵头单位", width: 16 },
      { header: "指标", width: 20 },
      { header: "目标原文", width: 30, wrap: true },
      { header: "目标", width: 12 },
      { header: "实际", width: 12 },
      { header: "报告期", width: 8 },
      { header: "完成率", width: 9, numberFormat: "0.0%" },
      { header: "序时进度", width: 9, numberFormat: "0.0%" },
      { header: "与目标差距", width: 12 },
      { header: "状态", width: 12, conditionalFills: STATUS_FILLS },
      { header: "预警", width: 6, conditionalFills: RAG_FILLS },
      { header: "临近时限", width: 9 },
      { header: "研判说明", width: 50, wrap: true },
    ],
    rows,
    freezeHeader: true,
    autoFilter: true,
  };
}

/** The 指标跟踪 sheet alone (the task pane writes it with the roll-up). */

/**
 * What `validate`'s patch is made from, taken out of the analysis: the findings, the metrics and where the
 * progress rows are. The rest of the analysis (the progress rows themselves, ~150 MB at 10⁶ rows with their
 * texts, the tasks, the states) is not needed to build it.
 */
interface ValidationInput {
  asOf: string;
  findings: readonly Finding[];
  metrics: readonly MetricRow[];
  layout: ProgressLayout | null;
  /** Each progress row's zero-based sheet row, in the rows' order. */
  sheetRows: Int32Array;
}

/**
 * What `validate` writes, made later: takes from the analysis only what the patch is built from, so that a
 * caller can let the analysis go before the patch is built (at 10⁶ rows both together were ~400 MB of heap).
 */
export function deferValidationPatch(a: Analysis): () => WorkbookPatch {
  const sheetRows = new Int32Array(a.progress.length);
  for (let i = 0; i < a.progress.length; i++) sheetRows[i] = a.progress[i].sheetRow;
  return later({ asOf: a.settings.asOf, findings: a.findings, metrics: a.metrics, layout: a.progressLayout, sheetRows });
}

/** In a function of its own: the closure holds the input, never the analysis it came from. */
function later(input: ValidationInput): () => WorkbookPatch {
  return () => validationPatchOf(input);
}

/** What `validate` writes: 校验结果, 指标跟踪 and two columns beside the progress rows. */
function validationPatchOf(input: ValidationInput): WorkbookPatch {
  const { asOf, findings, metrics } = input;
  const sheets = [findingsSheet(findings, asOf), metricsSheet(metrics, asOf)];
  const columns = statusColumns(input.layout, findings, input.sheetRows);
  const summary = [`写入工作表「${SHEET.findings}」（${findings.length} 条）`, `写入工作表「${SHEET.metrics}」（${metrics.length} 项指标）`];
  if (columns.length) summary.push(`在「${columns[0].sheet}」第 ${columns[0].col + 1} 列起追加「校验状态」「校验说明」两列（${input.sheetRows.length} 行）；原有单元格未改动`);
  return { sheets, columns, summary };
}

const RATIO = { width: 9, numberFormat: "0.0%" };

function rollupSheet(a: Analysis): OutputSheet {
  const lines = a.rollup.lines;
  const weighted = a.rollup.hasWeights;
  const rows: CellValue[][] = lines.map((l) => {
    const base: CellValue[] = [DIMENSION_LABEL[l.dimension], l.name, l.assigned, l.reported, l.done, l.onTrack, l.lagging, l.overdue, l.unjudged, l.notReported, l.completionRatio, l.onScheduleRatio];
    return weighted ? [...base, l.weightedCompletion, l.weightedOnSchedule] : base;
  });
  const columns = [
    { header: "维度", width: 12 },
    { header: "名称", width: 24 },
    { header: "任务数", width: 8 },
    { header: "已报送", width: 8 },
    { header: "已完成", width: 8 },
    { header: "序时推进", width: 9 },
    { header: "进展滞后", width: 9 },
    { header: "已逾期", width: 8 },
    { header: "待研判", width: 8 },
    { header: "未报送", width: 8 },
    { header: "完成率", ...RATIO },
    { header: "序时率", ...RATIO },
  ];
  if (weighted) columns.push({ header: "加权完成率", ...RATIO }, { header: "加权序时率", ...RATIO });
  // With several rounds in the book: the last round against this one, and the year-end projection.
  rows.push(...roundRows(a, columns.length));
  const leadRows = lines.filter((l) => l.dimension === "unitLead").length;
  return {
    name: SHEET.rollup,
    titleRows: [`完成情况汇总（截至 ${a.settings.asOf}）：完成率 = 已完成 ÷ 任务数；序时率 = (已完成 + 序时推进) ÷ (任务数 − 待研判)；待研判 = 已报送但进展未反映目标或无可比数据`],
    columns,
    rows,
    freezeHeader: true,
    autoFilter: true,
    dataBarColumns: [10],
    chart: leadRows ? { title: "各牵头单位完成率", categoryColumn: 1, valueColumn: 10, rows: leadRows } : undefined,
  };
}

function reportingSheet(a: Analysis): OutputSheet {
  return {
    name: SHEET.reporting,
    titleRows: [`各单位报送情况（截至 ${a.settings.asOf}）：应报 = 已报 + 未报；已报 = 按时 + 迟报`],
    columns: [
      { header: "单位", width: 24 },
      { header: "报告期", width: 8 },
      { header: "报送截止", width: 12 },
      { header: "应报", width: 6 },
      { header: "已报", width: 6 },
      { header: "按时", width: 6 },
      { header: "迟报", width: 6 },
      { header: "未报", width: 6 },
    ],
    rows: a.rollup.reporting.map((r) => [r.unit, r.period, r.due, r.expected, r.submitted, r.onTime, r.late, r.missing]),
    freezeHeader: true,
    autoFilter: true,
  };
}


function taskStatusSheet(a: Analysis): OutputSheet {
  return {
    name: SHEET.taskStates,
    titleRows: [`任务状态（截至 ${a.settings.asOf}）`],
    columns: [
      { header: "序号", width: 6 },
      { header: "板块", width: 16 },
      { header: "任务内容", width: 50, wrap: true },
      { header: "牵头单位", width: 18 },
      { header: "协办单位", width: 18 },
      { header: "完成时限", width: 11 },
      { header: "最新报告期", width: 10 },
      { header: "状态", width: 10, conditionalFills: STATUS_FILLS },
      { header: "状态来源", width: 10 },
      { header: "研判说明", width: 50, wrap: true },
    ],
    rows: [...a.states.values()].map((s) => [
      s.task.id, s.task.section, s.task.text, s.task.leadUnits.join("、"), s.task.coUnits.join("、"), s.deadline, s.latest?.period ?? "", CATEGORY_LABEL[s.category],
      SOURCE_LABELS[s.source], s.verdict.reason,
    ]),
    freezeHeader: true,
    autoFilter: true,
  };
}

/** What `rollup` writes: 汇总 (per unit, section, leader), 报送情况 (per unit and period) and 任务状态. */
/** What `rollup` writes, from the command line and from the panes alike: 汇总, 报送情况, 任务状态 and 指标跟踪. */
export function rollupPatch(a: Analysis): WorkbookPatch {
  const sheets = [rollupSheet(a), reportingSheet(a), taskStatusSheet(a), metricsSheet(a.metrics, a.settings.asOf)];
  return { sheets, columns: [], summary: sheets.map((s) => `写入工作表「${s.name}」（${s.rows.length} 行）`) };
}
