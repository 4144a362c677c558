import { IsoDate } from "../text/dates";
import { Thresholds } from "../model";

/** growth: a rate (增长6%); level: an amount or level reached (突破80亿元); count: new things (新增25家); pp: percentage points. */
export type TargetKind = "growth" | "level" | "count" | "pp";
/** at least, more than, at most, less than, about, reach */
export type Comparator = ">=" | ">" | "<=" | "<" | "~" | "=";

export interface Quantity {
  value: number;
  /** The unit as written in the text: %, 亿元, 万亩, 家, 个百分点 … */
  unit: string;
}

/** A measurable promise found in a task text. */
export interface Target extends Quantity {
  metric: string;
  kind: TargetKind;
  cmp: Comparator;
  /** value and unit in the base unit of their dimension (元, 亩, 吨, …) so 45.25亿 and 80亿元 compare. */
  base: Quantity;
  /** The phrase the target was read from. */
  phrase: string;
  /**
   * Whether the figure accumulates over the year (counts, amounts such as 营收 or 投资) and is judged
   * against 序时进度; rates, shares and stock levels (稳定在, 率, 在库) are compared as they stand.
   * Computed by parseTargets; judgeTarget infers it when absent.
   */
  cumulative?: boolean;
  /** The figure was written as approximate (约, 余, 多). */
  approx?: boolean;
  /**
   * The target's own deadline when its sentence names an earlier or other time than the task as a whole
   * ("全年新增企业25家，5月底前建成2所幼儿园": 2024-05-31 for the kindergartens). Only with a year.
   */
  deadline?: IsoDate;
  /** A stretch goal (力争…) of the same metric as the target before it ("增长5%以上、力争6%"); the same report answers both. */
  stretch?: boolean;
  /**
   * The high end of a range ("增长6%-6.5%": cmp >=, value 6, high 6.5), in the unit of `value`; the low end is what
   * must be reached. For a declining range ("下降2%-3%") value -2 and high -3.
   */
  high?: number;
  /**
   * A binding (约束性) target: energy and carbon intensity, emissions, air and water quality, farmland and other red
   * lines, or a text that says 约束性. A miss on it is never green.
   */
  binding?: boolean;
}

/** A figure that was seen but not taken, and why (a qualifier, a baseline, a forecast …). */
interface SkippedFigure {
  phrase: string;
  /** The figure itself as written ("500万元以上"). */
  figure: string;
  why: string;
}

/** Shared through parseTargets' memo with every caller that reads the same text: readonly, nobody may change it. */
export interface TargetParse {
  readonly targets: readonly Readonly<Target>[];
  readonly deadline: IsoDate | null;
  /** How a customary deadline was dated ("汛期前按5月31日计"): present only when one was. */
  deadlineNote?: string;
  /** Why no target was found (qualitative task, unreadable figure …); absent when targets were found. */
  reason?: string;
  /** Figures that were read as qualifiers, baselines or names rather than targets. */
  skipped?: SkippedFigure[];
}

/** A reported figure found in a progress text. */
export interface Actual extends Quantity {
  metric: string;
  kind: TargetKind;
  base: Quantity;
  /** 上半年, 1-5月, 截至目前 … or null when the text names none. */
  period: string | null;
  phrase: string;
  /** An explicit share of the target ("完成全年目标的56.56%"), when the text states one. */
  explicitRatio?: number;
  /** The figure was written as approximate (约, 余, 多). */
  approx?: boolean;
  /** A standing total (共统计, 现有, 全区已建成 …) rather than this year's addition: it does not report on a count target. */
  stock?: boolean;
  /** Words of work under way head the list the figure is in ("在建保障性住房3处：A地块828套…"): not work done. */
  underWay?: boolean;
  /**
   * Round ao: the subject that heads the figure's run when the figure names only its measure ("省百大项目开工率100%，投资完成率
   * 23.33%；市百大项目开工率88%，投资完成率63.53%": 投资完成率 23.33% is 省百大项目's). Absent when the figure names its own.
   */
  runHead?: string;
}

/** Shared through parseActuals' memo, as TargetParse: readonly. */
export interface ActualParse {
  readonly actuals: readonly Readonly<Actual>[];
  readonly reason?: string;
  /** Figures that were not taken as actuals (forecasts, comparisons, restated targets …) and why. */
  skipped?: SkippedFigure[];
}

/**
 * no-data (未报送): the unit sent no report at all; not-mentioned (未反映该指标): a report came but says nothing
 * of this metric; unknown (无法研判): a figure was found but cannot be compared with the target (another unit).
 */
export type MetricStatus = "done" | "on-track" | "behind" | "overdue" | "no-data" | "not-mentioned" | "unknown";
export type Rag = "red" | "yellow" | "green" | "blue";

export interface JudgeOptions {
  asOf: IsoDate;
  /** Start of the target's period; defaults to 1 January of the as-of year. */
  start?: IsoDate;
  /** The target's deadline; when absent or null, the target's own deadline, else 31 December of the as-of year. */
  deadline?: IsoDate | null;
  thresholds?: Partial<Thresholds>;
  /** For "about" (左右, 约) targets, the relative shortfall still counted as met (default 0.05: 5.7 meets 6左右). */
  aboutTolerance?: number;
  /**
   * Whether a report (a progress text) was given at all. Without an actual, false gives 未报送 (no-data), anything
   * else 未反映该指标 (not-mentioned): a report that does not mention a metric does not accuse the unit of not reporting.
   */
  reported?: boolean;
  /**
   * Whether the report speaks of the metric at all (in words, or with a figure that does not answer the target).
   * Without an actual, true gives 无法研判 (unknown) rather than 未反映该指标.
   */
  mentioned?: boolean;
  /**
   * A figure of the metric the report gives that is not a result (a plan, a forecast, the target restated), when no
   * figure answers: 未反映该指标 then names it rather than saying the report has no figure of the metric.
   */
  notResult?: string;
}

export interface Judgement {
  status: MetricStatus;
  /** 已完成, 序时推进, 进展滞后, 已逾期, 未报送 */
  label: string;
  rag: Rag;
  /** 红, 黄, 绿, 蓝 */
  ragLabel: string;
  /** actual ÷ target (for "at most" targets, how well the ceiling is kept), or null without data. */
  ratio: number | null;
  /** 序时进度: the share of the period elapsed at the as-of date (1 for growth rates and levels). */
  expected: number | null;
  dueSoon: boolean;
  /** Whether the target value itself is reached (a growth rate at 6.1% against 6%, PM2.5 at 38 under 45). */
  met?: boolean;
  /** Days from the as-of date to the deadline (negative when passed). */
  daysLeft?: number;
  target: Target;
  actual: Actual | null;
  /** A short Chinese explanation of the judgement. */
  reason: string;
  /**
   * For rates and levels compared directly: actual − target in the target's unit (个百分点 for % rates), signed so
   * that a negative gap is a shortfall (for declines and ceilings the sign is turned). Null without a figure.
   */
  gap?: number | null;
  /** The unit of `gap`: 个百分点 for rates in %, else the target's unit. */
  gapUnit?: string;
  /** Whether the target is binding (约束性): a miss is never green. */
  binding?: boolean;
  /** The reason without its leading label: 「地区生产总值」目标增长6%左右，实际上半年增长3.6%，增速低于目标2.4个百分点. */
  detail?: string;
  /** A stable code of the judge's named rule that made this judgement or refused its green (JUDGE_MULTI_YEAR …, src/core/judge/formsM.ts; WEAK_CUMULATIVE_NO_PERIOD …, src/core/judge/weakEvidence.ts). */
  code?: string;
  /**
   * Set when the figure may not be the target's own result (a baseline, a wider group, a change, another act …): the
   * WEAK_* rule of src/core/judge/weakEvidence.ts that refuses a green on it, or one of the judge's other rules that does
   * (JUDGE_PREPARATORY_ONLY, JUDGE_OTHER_LEVEL, JUDGE_LIST_COMPOSITION, JUDGE_WIDER_AREA, JUDGE_OTHER_SCOPE, JUDGE_OTHER_STAGE, started works: markedWeak), whatever the date judged at. No share done
   * is read from such a figure: `shownRatio` is null, RATIO is an error, 指标跟踪's 完成 column is empty.
   */
  weakEvidence?: { code: string; reason: string };
}
