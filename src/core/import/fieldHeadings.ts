import { foldHeader, headerNamesOf, matchHeaderRow } from "./tableColumns";
import { TextRow } from "./textToRows";

/** A numbered heading line: "一、项目名称", "（二）任务目标", "3.完成情况", the value after a colon or on the lines below. */
const FIELD_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d))\s*([\u4e00-\u9fa5]{2,12})\s*(?:[：:]\s*(.*))?$/;
/** Where a 公示's or a form's last value ends: the closing formula and the date under the signature. */
const CLOSING = /^(?:特此(?:公示|公告|通知|报告|通报)|此页无正文|如有异议|对公示内容有)|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/**
 * A form written as numbered headings that are field names (round ad): a 公示 or a report on one item laid out as
 * "一、项目名称" / its value / "二、任务目标" / its value / "三、完成情况" / its value. Every numbered heading of the text names
 * a column offices give such a table (a task, a target, a unit, a leader, the progress), at least one the task's; the
 * values (on the lines below a heading, or after its colon) make one row under them. Null when any numbered heading is
 * no field name (a notice's parts), when fewer than two fields are read, or when a field has no value.
 */
export function fieldHeadingRows(lines: readonly string[]): TextRow[] | null {
  const headings = lines.map((l, i) => ({ m: FIELD_HEADING.exec(l), i })).filter((h) => h.m);
  const anyNumbered = lines.filter((l) => /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d))/.test(l)).length;
  if (headings.length < 2 || headings.length !== anyNumbered) return null;
  const names = headings.map((h) => h.m![1]);
  const columns = matchHeaderRow(names);
  if (!columns) return null;
  const claimed = new Set(Object.values(columns));
  if (names.some((n, k) => !claimed.has(k) || !foldHeader(n))) return null;
  // The item's own field must be named as offices name a task column ("项目名称", "任务目标", "工作任务"), not read into
  // one by a fallback ("分类情况" is a part of a report, not a 类别 column).
  const taskField = (["name", "text", "workTarget"] as const).some((f) => columns[f] !== undefined && headerNamesOf(f).includes(foldHeader(names[columns[f]!])));
  if (!taskField) return null;
  const values: string[] = [];
  let last = headings[0].i;
  headings.forEach((h, k) => {
    const end = k + 1 < headings.length ? headings[k + 1].i : lines.length;
    const parts = h.m![2]?.trim() ? [h.m![2].trim()] : [];
    let at = h.i + 1;
    for (; at < end; at++) {
      const line = lines[at].trim();
      if (k + 1 === headings.length && CLOSING.test(line)) break;
      if (line) parts.push(line);
    }
    values.push(parts.join("\n"));
    last = Math.max(last, at - 1);
  });
  if (values.some((v) => !v)) return null;
  const first = headings[0].i + 1;
  const rows: TextRow[] = [];
  lines.forEach((l, i) => {
    if ((i < headings[0].i || i > last) && l.trim()) rows.push({ cells: [l.trim()], from: i + 1, to: i + 1, loose: true });
  });
  rows.push({ cells: names, from: first, to: first });
  rows.push({ cells: values, from: Math.min(first + 1, last + 1), to: last + 1 });
  return rows.sort((a, b) => a.from - b.from);
}
