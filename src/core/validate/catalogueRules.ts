import { Finding } from "../findings";
import { Task } from "../model";
import { makeFinding } from "./makeFinding";
import { MESSAGES } from "./messages";
import { ValidationContext } from "./context";
import { unexpandedGroups } from "../catalogue/groupUnits";

const col = (task: Task, field: keyof Task["columns"]): number => task.columns[field] ?? task.source.col;

/** Duplicate 序号, tasks without a lead unit, declared section counts, unknown units, unreadable deadlines. */
export function checkCatalogue(ctx: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  const firstRow = new Map<string, number>();
  for (const task of ctx.tasks) {
    const place = { sheet: task.source.sheet, row: task.source.row, col: task.source.col };
    if (task.id) {
      const first = firstRow.get(task.id);
      if (first !== undefined) findings.push(makeFinding("CAT_DUPLICATE_ID", MESSAGES.CAT_DUPLICATE_ID({ id: task.id, first: first + 1 }), place, { taskId: task.id }));
      else firstRow.set(task.id, task.source.row);
    }
    const unitCol = col(task, task.columns.leadUnits !== undefined ? "leadUnits" : "units");
    if (task.leadUnits.length === 0 && task.coUnits.length > 0) {
      // Shared out without a lead ("A、B按职责分工负责"): each unit answers for it, counted as a co-led task is.
      findings.push(makeFinding("CAT_SHARED_NO_LEAD", MESSAGES.CAT_SHARED_NO_LEAD({ id: task.id, units: task.coUnits }), { ...place, col: unitCol }, { taskId: task.id }));
    } else if (task.leadUnits.length === 0) {
      findings.push(makeFinding("CAT_NO_LEAD_UNIT", MESSAGES.CAT_NO_LEAD_UNIT({ id: task.id }), { ...place, col: unitCol }, { taskId: task.id }));
    }
    if (ctx.hasRegistry) {
      for (const unit of [...task.leadUnits, ...task.coUnits]) {
        if (!ctx.registry.isKnown(unit) && !ctx.registry.isGroupWord(unit)) {
          findings.push(makeFinding("CAT_UNKNOWN_UNIT", MESSAGES.CAT_UNKNOWN_UNIT({ id: task.id, unit }), { ...place, col: unitCol }, { taskId: task.id, unit }));
        }
      }
    }
    if (task.deadlineText && !task.deadline) {
      findings.push(makeFinding("CAT_BAD_DEADLINE", MESSAGES.CAT_BAD_DEADLINE({ id: task.id, text: task.deadlineText }), { ...place, col: col(task, "deadline") }, { taskId: task.id }));
    }
    // 春节前, 汛期前, 秋季学期: no date of their own; the one chosen is said, so the office can write another.
    if (task.deadline && task.deadlineNote) {
      findings.push(makeFinding("CAT_DEADLINE_CUSTOMARY", MESSAGES.CAT_DEADLINE_CUSTOMARY({ id: task.id, text: task.deadlineText, date: task.deadline, note: task.deadlineNote }), { ...place, col: col(task, task.deadlineText ? "deadline" : "text") }, { taskId: task.id }));
    }
  }
  // Group phrases (要素保障相关单位, 各镇街 …) the registry cannot expand: one finding per phrase, with its tasks,
  // whether or not the book has a 单位 sheet.
  for (const use of unexpandedGroups(ctx.tasks, ctx.registry)) {
    const first = use.tasks[0];
    const place = { sheet: first.source.sheet, row: first.source.row, col: col(first, first.columns.leadUnits !== undefined ? "leadUnits" : "units") };
    const ids = use.tasks.map((t) => t.id || `第${t.source.row + 1}行`);
    findings.push(makeFinding("CAT_GROUP_UNIT", MESSAGES.CAT_GROUP_UNIT({ unit: use.word, ids }), place, { taskId: first.id, unit: use.word }));
  }
  findings.push(...guessedCategories(ctx));
  findings.push(...checkSectionCounts(ctx.tasks));
  return findings;
}

function checkSectionCounts(tasks: Task[]): Finding[] {
  const bySection = new Map<string, Task[]>();
  for (const task of tasks) {
    if (task.declaredSectionCount === null) continue;
    const list = bySection.get(task.section) ?? [];
    list.push(task);
    bySection.set(task.section, list);
  }
  const findings: Finding[] = [];
  for (const [section, list] of bySection) {
    const declared = list[0].declaredSectionCount as number;
    if (declared !== list.length) {
      const first = list[0];
      findings.push(
        makeFinding("CAT_SECTION_COUNT", MESSAGES.CAT_SECTION_COUNT({ section, declared, found: list.length }), { sheet: first.source.sheet, row: first.source.row, col: first.columns.section ?? first.source.col }),
      );
    }
  }
  return findings;
}

/**
 * A 单位 sheet without 类别: a group (各镇街) expands to the units whose names suggest its category. Said once per group
 * phrase, with the units, the category and why, so the office sees the guess and can write 类别.
 */
function guessedCategories(ctx: ValidationContext): Finding[] {
  if (!ctx.hasRegistry || !ctx.registry.entries.some((e) => e.categoryGuess)) return [];
  const byGroup = new Map<string, Task[]>();
  for (const task of ctx.tasks) {
    for (const name of [...task.leadUnits, ...task.coUnits]) {
      if (!ctx.registry.isGroupWord(name) || !(ctx.registry.expandGroup(name) ?? []).some((u) => ctx.registry.categoryGuessOf(u))) continue;
      const list = byGroup.get(name) ?? [];
      if (!list.includes(task)) list.push(task);
      byGroup.set(name, list);
    }
  }
  return [...byGroup].map(([group, tasks]) => {
    const units = (ctx.registry.expandGroup(group) ?? [])
      .filter((u) => ctx.registry.categoryGuessOf(u))
      .map((name) => ({ name, category: ctx.registry.entries.find((e) => e.name === name)?.category ?? "", why: ctx.registry.categoryGuessOf(name) }));
    const first = tasks[0];
    const place = { sheet: first.source.sheet, row: first.source.row, col: col(first, first.columns.leadUnits !== undefined ? "leadUnits" : "units") };
    return makeFinding("UNIT_CATEGORY_GUESSED", MESSAGES.UNIT_CATEGORY_GUESSED({ group, units, ids: tasks.map((t) => t.id || `第${t.source.row + 1}行`) }), place, { taskId: first.id, unit: group });
  });
}
