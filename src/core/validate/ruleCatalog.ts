import { Severity } from "../findings";

/** Every rule: stable code, default severity, Chinese and English name. The README lists them from here. */
interface RuleInfo {
  code: string;
  severity: Severity;
  name: string;
  english: string;
}

const rule = (code: string, severity: Severity, name: string, english: string): RuleInfo => ({ code, severity, name, english });

export const RULES = {
  CAT_DUPLICATE_ID: rule("CAT_DUPLICATE_ID", "error", "序号重复", "duplicate task number in the catalogue"),
  CAT_NO_LEAD_UNIT: rule("CAT_NO_LEAD_UNIT", "error", "任务无牵头单位", "task without a lead unit"),
  CAT_SECTION_COUNT: rule("CAT_SECTION_COUNT", "warning", "板块任务数与声明不符", "section task count differs from the declared count"),
  CAT_UNKNOWN_UNIT: rule("CAT_UNKNOWN_UNIT", "warning", "任务单位不在单位名录", "catalogue names a unit missing from the unit registry"),
  UNIT_CATEGORY_GUESSED: rule("UNIT_CATEGORY_GUESSED", "info", "单位类别按名称推定", "the 单位 sheet gives no category: a group expands to the units whose name suggests it"),
  CAT_GROUP_UNIT: rule("CAT_GROUP_UNIT", "warning", "单位为统称，无法落实到具体单位", "a group phrase the unit registry cannot expand names no unit in particular"),
  CAT_SHARED_NO_LEAD: rule("CAT_SHARED_NO_LEAD", "warning", "多个单位按职责分工负责，未明确牵头单位", "units share a task out without a lead; each reports and is counted as for a co-led task"),
  CAT_BAD_DEADLINE: rule("CAT_BAD_DEADLINE", "warning", "完成时限无法识别", "deadline not recognised"),
  CAT_DEADLINE_CUSTOMARY: rule("CAT_DEADLINE_CUSTOMARY", "info", "完成时限为习惯说法，已按所述日期计", "customary deadline (春节前, 汛期前, 秋季学期 …) read as the date stated"),
  ROW_UNKNOWN_TASK: rule("ROW_UNKNOWN_TASK", "error", "序号不在任务清单", "unknown task number"),
  ROW_UNKNOWN_UNIT: rule("ROW_UNKNOWN_UNIT", "error", "填报单位不在单位名录", "unknown unit"),
  ROW_UNIT_NOT_RESPONSIBLE: rule("ROW_UNIT_NOT_RESPONSIBLE", "error", "填报单位不是该任务的责任单位", "unit not responsible for the task"),
  ROW_MISSING_UNIT: rule("ROW_MISSING_UNIT", "error", "未填填报单位", "reporting unit empty"),
  ROW_DUPLICATE: rule("ROW_DUPLICATE", "error", "重复填报", "duplicate row for the same task, unit and period"),
  ROW_EMPTY_PROGRESS: rule("ROW_EMPTY_PROGRESS", "error", "进展情况为空", "empty progress text"),
  ROW_TEXT_TOO_LONG: rule("ROW_TEXT_TOO_LONG", "warning", "进展情况超过字数上限", "progress text over the length limit"),
  ROW_BAD_STATUS: rule("ROW_BAD_STATUS", "error", "完成状态不规范", "status not one of the allowed values"),
  ROW_EMPTY_STATUS: rule("ROW_EMPTY_STATUS", "info", "未填完成状态", "status empty"),
  ROW_DONE_TARGET_MISSED: rule("ROW_DONE_TARGET_MISSED", "error", "标为已完成但指标未达到", "marked done while the figures miss the target"),
  ROW_DONE_BUT_ONGOING: rule("ROW_DONE_BUT_ONGOING", "warning", "标为已完成但表述仍在推进", "marked done while the text says the work is under way"),
  ROW_LAGGING_NO_PLAN: rule("ROW_LAGGING_NO_PLAN", "warning", "滞后但未写存在问题或下步打算", "lagging without problems or next steps"),
  ROW_VALUE_NOT_NUMBER: rule("ROW_VALUE_NOT_NUMBER", "error", "完成值不是数字", "completion value is not a number"),
  ROW_BAD_PERIOD: rule("ROW_BAD_PERIOD", "error", "报告期无法识别", "reporting period not recognised"),
  ROW_BAD_DATE: rule("ROW_BAD_DATE", "warning", "填报日期无法识别", "report date not recognised"),
  ROW_DATE_AFTER_AS_OF: rule("ROW_DATE_AFTER_AS_OF", "warning", "填报日期晚于截至日期", "report date after the as-of date"),
  ROW_LATE_REPORT: rule("ROW_LATE_REPORT", "warning", "逾期报送", "report submitted after the due date"),
  ROW_COPIED_PREVIOUS: rule("ROW_COPIED_PREVIOUS", "warning", "进展与上期相同", "progress copied unchanged from the previous period"),
  REPORT_MISSING: rule("REPORT_MISSING", "error", "应报未报", "report missing after the due date"),
  REPORT_MISSING_GUESSED: rule("REPORT_MISSING_GUESSED", "warning", "按推定类别应报未报，待确认", "report missing from a unit a group reaches only through a category guessed from its name"),
  TASK_OVERDUE: rule("TASK_OVERDUE", "error", "任务逾期未完成", "task past its deadline and not done"),
  TASK_DUE_SOON: rule("TASK_DUE_SOON", "info", "临近完成时限", "deadline within the due-soon window"),
  JUDGE_MULTI_YEAR: rule("JUDGE_MULTI_YEAR", "info", "跨年度目标未写明今年应完成多少，无法研判", "a target due in a later year whose share for this year is not stated: not judged on a partial figure"),
  JUDGE_PART_OF_HARVEST: rule("JUDGE_PART_OF_HARVEST", "info", "夏粮、秋粮、早稻是全年粮食的一部分", "a season's harvest is a part of the year's grain, not its total"),
  JUDGE_OTHER_SCOPE: rule("JUDGE_OTHER_SCOPE", "info", "进展数字属于另一地域范围", "the reported figure is of another place (全市 for a 全区 target)"),
  JUDGE_OTHER_STAGE: rule("JUDGE_OTHER_STAGE", "info", "进展数字属于另一环节", "the reported figure is of another stage (签约 for 开工)"),
  JUDGE_PREPARATORY_ONLY: rule("JUDGE_PREPARATORY_ONLY", "info", "只完成前期工作，目标数不是完成数", "only preparatory work reported; the restated figure is the target, not what was done"),
  JUDGE_RELATIVE_TARGET: rule("JUDGE_RELATIVE_TARGET", "info", "相对目标按参照值研判", "a relative target (与经济增长同步, 高于全省平均) judged against its reference when the progress gives it"),
  JUDGE_EVENT_DEADLINE: rule("JUDGE_EVENT_DEADLINE", "info", "时限从某事项起算，未写明其日期", "a deadline counted from an event whose date is not written: no date"),
  JUDGE_ONE_PERIOD: rule("JUDGE_ONE_PERIOD", "info", "进展数字只是一季或一月的数", "one quarter or month is not the year so far"),
  JUDGE_STARTED_BOUND: rule("JUDGE_STARTED_BOUND", "info", "开工数已低于序时进度", "started works below 序时进度: finished ones lag"),
  JUDGE_CATEGORY_PART: rule("JUDGE_CATEGORY_PART", "info", "进展数字只是其中一类", "one category is not the total"),
  JUDGE_OTHER_LEVEL: rule("JUDGE_OTHER_LEVEL", "info", "进展数字只是另一级别的项目", "projects of one level (市级重点项目) are not those of another level or the whole place"),
  JUDGE_LIST_COMPOSITION: rule("JUDGE_LIST_COMPOSITION", "info", "进展数字只是名单中某类的个数", "how many of a list are of a kind is no count of a stage"),
  JUDGE_ELIDED_SUBJECT: rule("JUDGE_ELIDED_SUBJECT", "info", "进展数字的主语在前文", "a count named only by its act (已完工66所) takes its subject from its sentence"),
  JUDGE_WIDER_AREA: rule("JUDGE_WIDER_AREA", "info", "进展数字属于上级地域，不是本单位的", "a figure headed by an area wider than the office's level (全市 for a 区, settings 单位层级)"),
  JUDGE_NET_GAIN: rule("JUDGE_NET_GAIN", "info", "净增数低于新增目标，不能确认新增数", "a net gain (净增, new less closed) short of a target of new ones: the new ones may still meet it (无法研判, not 进展滞后)"),
  JUDGE_CAPACITY_UNSAID: rule("JUDGE_CAPACITY_UNSAID", "info", "任务写明产能或规模，进展只写建成投产，未写明建成的产能", "a task naming the capacity it builds (年产10万吨) answered by a plant put into production without that capacity"),
  JUDGE_SUB_AREA: rule("JUDGE_SUB_AREA", "info", "进展数字属于下辖镇街村，不是本单位全域的", "a figure headed by a named town, street or village (甲镇新建…) for a target of the office's own area"),
  JUDGE_PLAN_TO_DATE: rule("JUDGE_PLAN_TO_DATE", "info", "按进展所列截至当期计划研判", "judged against the plan to date the report writes beside the actual, not the straight-line 序时进度"),
  JUDGE_FIGURES_BEFORE_DEADLINE: rule("JUDGE_FIGURES_BEFORE_DEADLINE", "info", "进展数字截至时限之前，未反映时限时的情况", "figures of a period that ended before a passed deadline inside the year (1—5月 for 上半年全部开工): 无法研判, not 已逾期"),
  JUDGE_MET_BEFORE_END: rule("JUDGE_MET_BEFORE_END", "info", "进展数字在时限之前已达到目标，未写明时限时的数值", "every target met by a figure of part of the period (7月底 机扫率达到80%, 上半年增长7%), read after the deadline: what stood at the deadline is not told, which is no proof it was missed (无法研判, not 已逾期)"),
  JUDGE_NEARLY_FINISHED: rule("JUDGE_NEARLY_FINISHED", "info", "工程已基本完工，未到完成时限，按序时推进，不计为已完成", "works of the one thing a task finishes reported 已基本完工/建成/竣工 before its time limit (not in its last days): on schedule, never 已完成"),
  JUDGE_ACCEPTANCE_PENDING: rule("JUDGE_ACCEPTANCE_PENDING", "info", "已完工但尚待验收，不计为已完成", "works finished whose acceptance is still to come (正在验收, 待验收): on schedule before the deadline, 无法研判 at it, never 已完成"),
  JUDGE_NONE_HAPPENED: rule("JUDGE_NONE_HAPPENED", "info", "进展写明未发生，按0计，在目标上限以内", "a ceiling on a count of events (重污染天数控制在5天以内) answered by none happened (今年以来未发生重污染天气): on schedule, not 未反映该指标"),
  JUDGE_NO_EVENT: rule("JUDGE_NO_EVENT", "info", "任务要求不发生某类事故或事件，进展写明未发生同类同级以上的", "a task that asks that no event of a kind happen (杜绝重特大事故, 较大以上突发环境事件零发生) answered by none of that kind, at that severity or a wider one, in the task's trades: on schedule before the deadline, done after it only where the words cover the whole year"),
  JUDGE_EVENT_HAPPENED: rule("JUDGE_EVENT_HAPPENED", "warning", "任务要求不发生某类事故或事件，进展写明已发生", "a task that asks that no event of a kind happen answered by events of that kind at that severity or above (发生较大事故7起): behind, late after the deadline"),
  JUDGE_CONTROL_WORDS: rule("JUDGE_CONTROL_WORDS", "info", "任务要求控制在未写数字的指标以内，按进展“在指标以内/超过指标”的文字研判", "a ceiling not written out (控制在全年控制目标以内, 资产负债率不超过控制线) answered in words (在省控指标以内, 达到控制目标, 超出进度目标; 资产负债率比控制线低…, of the task's own measure), of the task's own unit"),
  JUDGE_DIRECTION_ONLY: rule("JUDGE_DIRECTION_ONLY", "info", "任务只要求同比下降或增长，按进展中该指标的增减方向研判", "a task asking only for a direction (同比下降, 双下降) answered by the sign of the metric's own change"),
  JUDGE_INCREASE_TARGET: rule("JUDGE_INCREASE_TARGET", "info", "目标是比上年的增加量，按进展写明的增加量研判，不按总量", "a target of an increase over last year in a unit of its own (优良天数比上年增加5天) answered by the report's own increase (比上年同期多2天), never by the level (350天)"),
  JUDGE_BOUND_ONLY: rule("JUDGE_BOUND_ONLY", "info", "进展数字只写明上限，不能判断是否达到目标", "a figure written as a ceiling (已压缩到70个工作日以内) for a ceiling target it does not itself meet (60个工作日以内) may still meet it: 无法研判, not 进展滞后 or 已逾期"),
  JUDGE_SEASONAL: rule("JUDGE_SEASONAL", "info", "季节性造林任务，季节结束前不按序时进度判断", "planting whose task names its season (秋冬季造林), or names none (read as spring, to 31 May): below the straight-line 序时进度 before the season ends is 无法研判, not 进展滞后"),
  JUDGE_TOTAL_INVESTMENT: rule("JUDGE_TOTAL_INVESTMENT", "info", "进展数字是项目总投资，不是已完成的投资额", "a project's total investment (总投资35亿元的…项目) is its size, not the investment done"),
  METRIC_BEHIND: rule("METRIC_BEHIND", "warning", "指标落后于序时进度或目标", "metric behind the expected progress or its target"),
  PROGRESS_PAST_YEAR_TITLE: rule("PROGRESS_PAST_YEAR_TITLE", "warning", "进展表标题为往年", "the progress sheet's title names only a year before the book's"),
  BOOK_EXTRA_PROGRESS_SHEET: rule("BOOK_EXTRA_PROGRESS_SHEET", "warning", "另有进展表未读取", "a further progress sheet, not read"),
  SETTINGS_BAD_VALUE: rule("SETTINGS_BAD_VALUE", "warning", "设置值无法识别", "setting value not recognised"),
} as const;

export type RuleCode = keyof typeof RULES;
