import { ImportedTask } from "../import/types";
import { PlaceLevel, ReportingScope, Settings, STATUS_VALUES, Thresholds, UnitEntry } from "../model";
import { OutputSheet, WorkbookPatch } from "../output";
import { CellValue } from "../sheet/cellValue";
import { DEFAULT_TEXT_LIMIT, DEFAULT_THRESHOLDS, SETTING_KEYS } from "../settings/readSettings";
import { defaultPeriods } from "../settings/periods";
import { createUnitRegistry, guessCategory } from "../units/registry";
import { SHEET } from "./sheetNames";
import { accountableUnits } from "../catalogue/sharedUnits";

interface LayoutInput {
  tasks: ImportedTask[];
  units: UnitEntry[];
  /** Other forms of units the tasks name (an import's `unitAliases`), written in the 单位 sheet's 别名 column. */
  unitAliases?: Record<string, string[]>;
  year?: number;
  asOf?: string;
  periods?: { name: string; end: string; due: string }[];
  textLimit?: number;
  /** Empty rows of 进展填报 that get drop-downs and length limits, for people to fill. */
  blankRows?: number;
  /** For a unit's own workbook: one row per task already holding 序号, the unit and the period to report. */
  prefill?: { unit: string; period: string };
}

/**
 * The registry written: the units given, then every other unit the tasks name, in order of appearance; each
 * with the other forms the tasks' source wrote it in (`unitAliases`) added to its aliases.
 */
function registryRows(input: LayoutInput): UnitEntry[] {
  const extra = input.unitAliases ?? {};
  const withExtra = (u: UnitEntry): UnitEntry => {
    const more = (extra[u.name] ?? []).filter((a) => a !== u.name && !u.aliases.includes(a));
    return more.length ? { ...u, aliases: [...u.aliases, ...more] } : u;
  };
  const out = input.units.map(withExtra);
  const known = new Set(out.flatMap((u) => [u.name, ...u.aliases]));
  const named: UnitEntry[] = [];
  for (const task of input.tasks) {
    for (const name of [...task.leadUnits, ...task.coUnits]) {
      if (known.has(name) || /^各|相关|等$|各部门$/.test(name)) continue;
      const entry = withExtra({ name, aliases: [], category: guessCategory(name), leader: "" });
      for (const n of [name, ...entry.aliases]) known.add(n);
      named.push(entry);
    }
  }
  return [...out, ...withoutGuessedGroups(named, input.tasks, input.units)];
}

/**
 * The units only the tasks name get a category guessed from their names (镇街, 区直部门 …), except one that a
 * group the tasks name would then stand for: the towns a catalogue happens to name are not known to be all of
 * "各镇街", so written with 镇街 they would make validate expand the group to them. Their category is written
 * "镇街（待核）": the office completes the list and writes 镇街 (CAT_GROUP_UNIT says so); the units given keep theirs.
 */
function withoutGuessedGroups(named: UnitEntry[], tasks: readonly ImportedTask[], given: UnitEntry[]): UnitEntry[] {
  const registry = createUnitRegistry([...given, ...named]);
  const groups = new Set(tasks.flatMap((t) => [...t.leadUnits, ...t.coUnits]).filter((u) => registry.isGroupWord(u)));
  const standFor = new Set([...groups].flatMap((g) => registry.expandGroup(g) ?? []));
  return named.map((u) => (standFor.has(u.name) ? { ...u, category: `${u.category}（待核）` } : u));
}

/**
 * The workbook of the default layout (任务清单, 进展填报, 单位, 设置) holding the given tasks, their progress
 * where the source had it, and drop-downs and text limits for the rows people will fill.
 */
export function buildLayoutPatch(input: LayoutInput): WorkbookPatch {
  const year = input.year ?? Number((input.asOf ?? "2024").slice(0, 4));
  const limit = input.textLimit ?? DEFAULT_TEXT_LIMIT;
  const withTargets = input.tasks.some((t) => t.stretchTarget || t.workTarget);
  // A 子板块 column only when a task has one (a 类别 column under headings, or a lower heading).
  const withSubsections = input.tasks.some((t) => t.subsection);
  // A 总牵头单位 column only when a part names its coordinator ("（总牵头单位：区发改局）" in the heading).
  const withCoordinators = input.tasks.some((t) => t.coordinator);
  const catalogueColumns = [
    { header: "序号", width: 7 },
    { header: "板块", width: 18, wrap: true },
    ...(withSubsections ? [{ header: "子板块", width: 16, wrap: true }] : []),
    ...(withCoordinators ? [{ header: "总牵头单位", width: 16, wrap: true }] : []),
    { header: "任务内容", width: 60, wrap: true },
    { header: "牵头领导", width: 10 },
    { header: "牵头单位", width: 18, wrap: true },
    { header: "协办单位", width: 24, wrap: true },
    { header: "责任人", width: 10 },
    { header: "完成时限", width: 12 },
    ...(withTargets ? [{ header: "年度奋斗目标", width: 30, wrap: true }, { header: "年度工作目标", width: 30, wrap: true }] : []),
  ];
  const catalogue: OutputSheet = {
    name: SHEET.catalogue,
    columns: catalogueColumns,
    rows: input.tasks.map((t) => {
      const row: CellValue[] = [t.id, t.section, ...(withSubsections ? [t.subsection ?? ""] : []), ...(withCoordinators ? [t.coordinator ?? ""] : []), t.text, t.leader, t.leadUnits.join("、"), t.coUnits.join("、"), t.person, t.deadline];
      return withTargets ? [...row, t.stretchTarget, t.workTarget] : row;
    }),
    freezeHeader: true,
    autoFilter: true,
  };
  const units = registryRows(input);
  const prefill = input.prefill;
  const progressRows: CellValue[][] = prefill
    ? input.tasks.map((t) => [t.id, prefill.unit, prefill.period, "", "", "", "", "", ""])
    : input.tasks
        .filter((t) => t.progress)
        .map((t) => {
          const p = t.progress!;
          return [t.id, accountableUnits(t)[0] ?? "", p.period, p.text || p.completion, "", "", p.problems, p.nextSteps, ""];
        });
  const textLimit = { kind: "textLength" as const, max: limit };
  const progress: OutputSheet = {
    name: SHEET.progress,
    columns: [
      { header: "序号", width: 7, validation: { kind: "listRange", sheet: SHEET.catalogue, column: 0, rows: Math.max(1, input.tasks.length) } },
      { header: "填报单位", width: 18, validation: { kind: "listRange", sheet: SHEET.units, column: 0, rows: Math.max(1, units.length) } },
      { header: "报告期", width: 9, validation: { kind: "list", values: (input.periods ?? defaultPeriods(year)).map((p) => p.name) } },
      { header: "进展情况", width: 60, wrap: true, validation: textLimit },
      { header: "完成状态", width: 10, validation: { kind: "list", values: [...STATUS_VALUES] } },
      { header: "完成值", width: 9 },
      { header: "存在问题", width: 30, wrap: true, validation: textLimit },
      { header: "下步打算", width: 30, wrap: true, validation: textLimit },
      { header: "填报日期", width: 12, numberFormat: "yyyy-mm-dd" },
    ],
    rows: progressRows,
    validatedRows: progressRows.length + (input.blankRows ?? 200),
    freezeHeader: true,
    autoFilter: true,
  };
  const unitSheet: OutputSheet = {
    name: SHEET.units,
    columns: [{ header: "单位名称", width: 28 }, { header: "别名", width: 36 }, { header: "类别", width: 10 }, { header: "分管领导", width: 10 }],
    rows: units.map((u) => [u.name, u.aliases.join("、"), u.category, u.leader]),
    freezeHeader: true,
  };
  const settings = settingsSheet({
    year,
    asOf: input.asOf ?? "",
    textLimit: limit,
    thresholds: DEFAULT_THRESHOLDS,
    reportingScope: "lead",
    periods: input.periods ?? defaultPeriods(year).map((p) => ({ name: p.name, end: p.end, due: p.due })),
  });
  return {
    sheets: [catalogue, progress, unitSheet, settings],
    columns: [],
    summary: [`任务清单 ${input.tasks.length} 项`, `进展填报 ${progressRows.length} 行`, `单位 ${units.length} 个`],
  };
}

interface SettingsValues {
  year: number;
  /** "" leaves 截至日期 empty: the day of each run. */
  asOf: string;
  textLimit: number;
  thresholds: Thresholds;
  reportingScope: ReportingScope;
  periods: { name: string; end: string; due: string }[];
  /** 单位层级: written blank in a new form (the office sets it), a pane's settings carry theirs. */
  level?: PlaceLevel;
}

/** What the 单位层级 row does, in the form's 说明 column. */
const LEVEL_NOTE = "本单位层级：省、市或县（区、旗填县）；填写后，进展中全市、全省等上级地域的数字不算本单位完成数（无法研判）；留空则这类数字只不据以判绿";

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** The 设置 sheet: key / value rows, one 报告期 row per period with its end and due date. */
function settingsSheet(v: SettingsValues): OutputSheet {
  return {
    name: SHEET.settings,
    columns: [{ header: "项目", width: 14 }, { header: "值", width: 14 }, { header: "期末日期", width: 12 }, { header: "报送截止", width: 12 }, { header: "说明", width: 50 }],
    rows: [
      [SETTING_KEYS.year, v.year, "", "", "任务所属年度"],
      [SETTING_KEYS.asOf, v.asOf, "", "", "校验与研判的截至日期；留空则为运行当天"],
      [SETTING_KEYS.textLimit, v.textLimit, "", "", "进展情况、存在问题、下步打算每项的字数上限"],
      [SETTING_KEYS.yellow, percent(v.thresholds.yellow), "", "", "实际进度低于序时进度的该比例即黄色预警"],
      [SETTING_KEYS.red, percent(v.thresholds.red), "", "", "实际进度低于序时进度的该比例即红色预警"],
      [SETTING_KEYS.dueSoonDays, v.thresholds.dueSoonDays, "", "", "距完成时限不超过该天数即提示临近时限"],
      [SETTING_KEYS.scope, v.reportingScope === "all" ? "全部责任单位" : "牵头单位", "", "", "牵头单位 或 全部责任单位：谁须按期报送"],
      [SETTING_KEYS.level, v.level ?? "", "", "", LEVEL_NOTE],
      ...v.periods.map((p): CellValue[] => [SETTING_KEYS.period, p.name, p.end, p.due, "报告期：名称、期末日期、报送截止日期"]),
    ],
  };
}

/** The 设置 sheet for settings edited in the task pane, so the workbook carries its own rules. */
export function settingsPatch(settings: Settings): WorkbookPatch {
  const sheet = settingsSheet({ ...settings, periods: settings.periods.map((p) => ({ name: p.name, end: p.end, due: p.due })) });
  return { sheets: [sheet], columns: [], summary: [`写入工作表「${SHEET.settings}」（${sheet.rows.length} 项设置）`] };
}
