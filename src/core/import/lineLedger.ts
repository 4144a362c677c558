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
