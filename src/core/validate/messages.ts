import { groupCategoryName, isPartialGroup } from "../units/registry";

/** Task ids in a message: the first twelve, then 等 and the count. */
function listIds(ids: readonly string[]): string {
  return `${ids.slice(0, 12).join("、")}${ids.length > 12 ? ` 等 ${ids.length} 项` : ""}`;
}

/** Chinese text of every finding, by rule code: the one place wording lives (tests pin it). */
export const MESSAGES = {
  CAT_DUPLICATE_ID: (p: { id: string; first: number }) => `序号「${p.id}」重复，第 ${p.first} 行已使用。`,
  CAT_NO_LEAD_UNIT: (p: { id: string }) => `任务 ${p.id} 没有牵头单位。`,
  CAT_SECTION_COUNT: (p: { section: string; declared: number; found: number }) =>
    `板块「${p.section}」声明共 ${p.declared} 项，实际列出 ${p.found} 项。`,
  CAT_UNKNOWN_UNIT: (p: { id: string; unit: string }) => `任务 ${p.id} 的单位「${p.unit}」不在「单位」名录中。`,
  CAT_GROUP_UNIT: (p: { unit: string; ids: string[] }) =>
    isPartialGroup(p.unit)
      ? `「${p.unit}」只指该类单位中的一部分，单位名录无法确定是哪些单位（不展开为该类全部单位），涉及任务 ${p.ids.slice(0, 12).join("、")}${p.ids.length > 12 ? " 等" : ""}（共 ${p.ids.length} 项）：请在任务中写明具体单位。`
      : `「${p.unit}」是一类单位的统称，单位名录无法展开为具体单位，涉及任务 ${p.ids.slice(0, 12).join("、")}${p.ids.length > 12 ? " 等" : ""}（共 ${p.ids.length} 项）：请写明具体单位，或在「单位」表中为这些单位填写类别「${groupCategoryName(p.unit)}」。`,
  UNIT_CATEGORY_GUESSED: (p: { group: string; units: { name: string; category: string; why: string }[]; ids: string[] }) =>
    `「单位」表未填类别，「${p.group}」按名称推定的类别展开为：${p.units.slice(0, 20).map((u) => `${u.name}（${u.category}，${u.why}）`).join("、")}${p.units.length > 20 ? ` 等 ${p.units.length} 个单位` : ""}；涉及任务 ${listIds(p.ids)}。推定的单位未报送时只提示、不计为应报未报；请在「单位」表「类别」列填写确认。`,
  CAT_SHARED_NO_LEAD: (p: { id: string; units: string[] }) =>
    `任务 ${p.id} 未明确牵头单位，由 ${p.units.join("、")} 按职责分工共同负责：每个单位都须填报，汇总时计入每个单位（与共同牵头的任务相同）。如有牵头单位，请写入「牵头单位」列。`,
  /** The import preview's note on tasks without a single lead: shared out (no lead) or led jointly (several). */
  CAT_SHARED_NO_LEAD_PREVIEW: (p: { shared: string[]; joint: string[] }) =>
    [
      p.shared.length ? `任务 ${listIds(p.shared)} 未明确牵头单位，由所列单位按职责分工共同负责` : "",
      p.joint.length ? `任务 ${listIds(p.joint)} 有多个牵头单位` : "",
    ]
      .filter(Boolean)
      .join("；") + "：每个单位都须填报，汇总时计入每个单位。",
  CAT_BAD_DEADLINE: (p: { id: string; text: string }) => `任务 ${p.id} 的完成时限「${p.text}」无法识别，请写成日期（如 2024-06-30）或“上半年”“9月底前”。`,
  /** `text` is the 完成时限 cell as written, or "" when the time was read from the task text itself. */
  CAT_DEADLINE_CUSTOMARY: (p: { id: string; text: string; date: string; note: string }) =>
    `任务 ${p.id} 的${p.text ? `完成时限「${p.text}」` : "任务内容中的时限"}是习惯说法，按 ${p.date} 计（${p.note}）；如不同，请在完成时限中写明日期。`,
  ROW_UNKNOWN_TASK: (p: { id: string }) => (p.id ? `序号「${p.id}」不在任务清单中。` : `未填序号。`),
  ROW_UNKNOWN_UNIT: (p: { unit: string }) => `填报单位「${p.unit}」不在「单位」名录中（也不是已登记的别名）。`,
  ROW_UNIT_NOT_RESPONSIBLE: (p: { id: string; unit: string; units: string }) =>
    `「${p.unit}」不是任务 ${p.id} 的责任单位（责任单位：${p.units}）。`,
  ROW_MISSING_UNIT: () => `未填填报单位。`,
  ROW_DUPLICATE: (p: { id: string; unit: string; period: string; first: number }) =>
    `任务 ${p.id}、${p.unit}、${p.period} 重复填报，与第 ${p.first} 行相同。`,
  ROW_DUPLICATE_RESENT: (p: { id: string; unit: string; period: string; first: number; differ: string }) =>
    `任务 ${p.id}、${p.unit}、${p.period} 重复填报，与第 ${p.first} 行内容相同，仅${p.differ}不同。`,
  ROW_DUPLICATE_DIFFERENT: (p: { id: string; unit: string; period: string; first: number; differ: string }) =>
    `任务 ${p.id}、${p.unit}、${p.period} 重复填报：第 ${p.first} 行已报过，两行内容不同——${p.differ}。请确认以哪一行为准。`,
  ROW_EMPTY_PROGRESS: () => `进展情况为空。`,
  ROW_TEXT_TOO_LONG: (p: { field: string; length: number; limit: number }) => `${p.field}共 ${p.length} 字，超过 ${p.limit} 字上限。`,
  ROW_BAD_STATUS: (p: { status: string; allowed: string }) => `完成状态「${p.status}」不规范，应为：${p.allowed}。`,
  ROW_EMPTY_STATUS: () => `未填完成状态，已按进展内容推断。`,
  ROW_DONE_TARGET_MISSED: (p: { metric: string; target: string; actual: string }) =>
    `标为已完成，但「${p.metric}」目标${p.target}，实际${p.actual}，尚未达到。`,
  ROW_DONE_BUT_ONGOING: (p: { word: string }) => `标为已完成，但进展情况写有「${p.word}」，工作似仍在推进。`,
  ROW_LAGGING_NO_PLAN: (p: { missing: string }) => `状态为滞后或未启动，但未填写${p.missing}。`,
  ROW_VALUE_NOT_NUMBER: (p: { value: string }) => `完成值「${p.value}」不是数字，请只填数值（单位写在表头或进展中）。`,
  ROW_BAD_PERIOD: (p: { period: string; allowed: string }) => (p.period ? `报告期「${p.period}」无法识别，应为：${p.allowed}。` : `未填报告期。`),
  ROW_SEVERAL_PERIODS: (p: { period: string; listed: string }) => `报告期「${p.period}」写了 ${p.listed} 多个报告期，无法判断本行报的是哪一期，请每行只填一个报告期（分期各填一行）。`,
  ROW_BAD_DATE: (p: { text: string }) => `填报日期「${p.text}」无法识别。`,
  ROW_DATE_AFTER_AS_OF: (p: { date: string; asOf: string }) => `填报日期 ${p.date} 晚于截至日期 ${p.asOf}。`,
  ROW_LATE_REPORT: (p: { date: string; due: string; period: string }) => `${p.period}应于 ${p.due} 前报送，实际 ${p.date} 报送。`,
  ROW_COPIED_PREVIOUS: (p: { previous: string }) => `进展情况与${p.previous}完全相同，疑似照抄上期。`,
  REPORT_MISSING: (p: { id: string; unit: string; period: string; due: string }) => `${p.unit}未报送任务 ${p.id} 的${p.period}进展（应于 ${p.due} 前报送）。`,
  REPORT_MISSING_GUESSED: (p: { id: string; unit: string; period: string; due: string; group: string; why: string }) =>
    `${p.unit}未报送任务 ${p.id} 的${p.period}进展（应于 ${p.due} 前报送）：该任务写的是「${p.group}」，「单位」表未填类别，${p.unit}是按名称推定（${p.why}）属于其中，未计为应报未报；请在「单位」表填写类别确认后再催报。`,
  TASK_OVERDUE: (p: { id: string; deadline: string; status: string }) => `任务 ${p.id} 完成时限 ${p.deadline} 已过，当前状态：${p.status}。`,
  TASK_DUE_SOON: (p: { id: string; deadline: string; days: number }) => `任务 ${p.id} 将于 ${p.deadline} 到期（还剩 ${p.days} 天），尚未完成。`,
  METRIC_BEHIND: (p: { detail: string; label: string }) => `${p.detail}：${p.label}。`,
  PROGRESS_PAST_YEAR_TITLE: (p: { sheet: string; title: string; past: number; year: number }) =>
    `「${p.sheet}」的标题「${p.title}」写的是 ${p.past} 年，而本表年度为 ${p.year} 年：表中的进展可能是往年的结果，请核对；如该表确为 ${p.past} 年的，请在「设置」中把年度设为 ${p.past}。`,
  BOOK_EXTRA_PROGRESS_SHEET: (p: { sheet: string; read: string }) =>
    `工作表「${p.sheet}」看起来也是进展填报表，但只读取了「${p.read}」，「${p.sheet}」中的行未校验、未汇总。请把各期进展合并到「${p.read}」中（每行注明报告期）。`,
  SETTINGS_BAD_VALUE: (p: { key: string; value: string; expected: string; instead?: string }) => `设置「${p.key}」的值「${p.value}」无法识别（应为${p.expected}），${p.instead ?? "已使用默认值"}。`,
};
