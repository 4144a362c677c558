/**
 * Round ax (交通, 住建 and 城市管理 reports): a report that names several works, sentence part by sentence part, says of
 * each its own state — "凤鸣街等市政道路工程已全面开工，计划11月底前竣工；青山幸福公园等工程已建成投用". Words of work under way
 * (计划…竣工, 正在施工) in a part about other works say nothing of the task's works finished in another part.
 */

/** Where a part's subject ends: its first verb of state or plan, or its first comma. */
const SUBJECT_END = /已|正在|计划|预计|将|拟|力争|争取|目前|[，,：:]/;

/**
 * The text with every sentence part (between 。；！) blanked (same length, so positions hold) whose subject, and every
 * word, names no telling name of the task, when another part's subject does: those parts speak of other works. A text where no part
 * names the task, or a part without a subject of its own (4+ characters before its verb), is left as it is.
 */
export function withoutOtherWorksParts(text: string, task: string, sharesName: (subject: string, task: string) => boolean): string {
  if (!task) return text;
  const parts: { start: number; end: number; subject: string }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || /[。；;！!\n]/.test(text[i])) {
      const part = text.slice(start, i);
      const cut = SUBJECT_END.exec(part);
      parts.push({ start, end: i, subject: (cut ? part.slice(0, cut.index) : part).trim() });
      start = i + 1;
    }
  }
  const own = parts.filter((p) => p.subject.length >= 4 && sharesName(p.subject.replace(/[、和及与]/g, "|"), task));
  if (!own.length) return text;
  // A part whose subject is other works but whose words name the task's anywhere ("…，东湖公园配套道路尚未完工") still speaks of them.
  let out = text;
  for (const p of parts)
    if (p.subject.length >= 4 && !own.includes(p) && !sharesName(text.slice(p.start, p.end).replace(/[、和及与，,]/g, "|"), task))
      out = out.slice(0, p.start) + " ".repeat(p.end - p.start) + out.slice(p.end);
  return out;
}
