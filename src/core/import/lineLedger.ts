/**
 * Keeps account of every source line so that nothing is dropped silently: each non-blank line ends up
 * in a task, a progress row, a section heading, a skipped structure line (with its reason) or the
 * 未识别 list.
 */
type LineUse = "task" | "progress" | "section" | "skip";

interface LedgerResult {
  unrecognized: { line: number; text: string }[];
  skipped: { line: number; text: string; reason: string }[];
}

export class LineLedger {
  private readonly uses = new Map<number, { use: LineUse; reason: string }>();

  /** `lines[0]` is line 1. */
  constructor(readonly lines: readonly string[]) {}

  /** Marks lines from..to (1-based, inclusive); a line already marked keeps its first use. */
  mark(from: number, to: number, use: LineUse, reason = ""): void {
    for (let n = from; n <= to; n++) if (!this.uses.has(n)) this.uses.set(n, { use, reason });
  }

  /** Marks lines even if they were marked before (a later, better reading wins). */
  remark(from: number, to: number, use: LineUse, reason = ""): void {
    for (let n = from; n <= to; n++) this.uses.set(n, { use, reason });
  }

  useOf(line: number): LineUse | null {
    return this.uses.get(line)?.use ?? null;
  }

  finish(): LedgerResult {
    const unrecognized: LedgerResult["unrecognized"] = [];
    const skipped: LedgerResult["skipped"] = [];
    this.lines.forEach((text, i) => {
      if (!text.trim()) return;
      const use = this.uses.get(i + 1);
      if (!use) unrecognized.push({ line: i + 1, text: text.trim() });
      else if (use.use === "skip") skipped.push({ line: i + 1, text: text.trim(), reason: use.reason });
    });
    return { unrecognized, skipped };
  }
}

/** Splits text into lines the way editors count them (CRLF, CR and LF). */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}

/**
 * Residue a forum or a mirror site strews into copied text to spoil copying (round ac): a run of five or more short
 * ASCII pieces apart by spaces ("c2 V% u. P+ ]6 s"), two of them with a symbol and letters among them, at the end of a
 * line of Chinese text. It is cut off so the line reads as written ("…（三水街道牵头）"); a line that is only such residue
 * stays as it is (nothing reads it as a task, so it ends in 跳过 or 未识别). Figures and codes written into a sentence
 * ("PM2.5", "GB 3838-2002") are no such run: too few pieces, or no symbol, or not at the line's end.
 */
const RESIDUE_TAIL = /(?:[ \t\u3000]*[!-~]{1,3}){5,}[ \t\u3000]*$/;
export function withoutCopyResidue(line: string): string {
  const m = RESIDUE_TAIL.exec(line);
  if (!m || m.index === 0) return line;
  const before = line.slice(0, m.index);
  if (!/[\u3400-\u9fff（）。；，、”]\s*$/.test(before)) return line;
  const pieces = m[0].trim().split(/[ \t\u3000]+/);
  const symbols = pieces.filter((p) => /[^A-Za-z0-9]/.test(p) && /[A-Za-z0-9]/.test(p)).length;
  const letters = pieces.filter((p) => /[A-Za-z]/.test(p)).length;
  if (pieces.length < 5 || symbols < 2 || letters < 2) return line;
  return before.replace(/[ \t\u3000]+$/, "");
}

/**
 * The last word on "nothing is dropped silently": a non-blank line that no task's lines, no section heading, no
 * skipped structure and no 未识别 entry holds — a line an importer read, then let go of when a task was dropped or
 * merged — goes to 未识别, so the preview shows it. Every importer's result passes through here.
 */
export function accountForEveryLine<R extends { tasks: { lines: [number, number] }[]; sections: { name: string }[]; skipped: { line: number }[]; unrecognized: { line: number; text: string }[] }>(result: R, lines: readonly string[]): R {
  const covered = new Set<number>();
  for (const t of result.tasks) for (let n = t.lines[0]; n <= t.lines[1]; n++) covered.add(n);
  for (const s of result.skipped) covered.add(s.line);
  for (const u of result.unrecognized) covered.add(u.line);
  const fold = (s: string) => s.replace(/\s+/g, "");
  const bare = (s: string) => s.replace(/[、.．]/g, "");
  const headings = result.sections.map((s) => fold(s.name)).filter(Boolean);
  const loose: { line: number; text: string }[] = [];
  lines.forEach((text, i) => {
    const folded = fold(text);
    if (!folded || covered.has(i + 1)) return;
    // A section's heading line, as written (a count or a lead in brackets after its name, its number in a cell of its own).
    if (headings.some((h) => folded.startsWith(h) || h.startsWith(folded) || folded.includes(h) || bare(folded).startsWith(bare(h)))) return;
    // The rest of a heading cut at the line's width: the line above and this one, joined, end a heading (round aa).
    const above = fold(lines[i - 1] ?? "");
    if (above && headings.some((h) => h.endsWith(folded) && h.includes(above + folded))) return;
    loose.push({ line: i + 1, text: text.trim() });
  });
  if (!loose.length) return result;
  const unrecognized = [...result.unrecognized, ...loose].sort((a, b) => a.line - b.line);
  return { ...result, unrecognized };
}
