import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ImportResult } from "../../../src/core/import";
import { visualWidth } from "../../../src/core/import/columnText";

export const SEEDS = path.join(__dirname, "../../../seeds");

export function seedText(prefix: string): string {
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix) && n.endsWith(".txt"));
  if (!name) throw new Error(`seed ${prefix} missing`);
  return readFileSync(path.join(SEEDS, name), "utf8");
}

export function task(result: ImportResult, id: string) {
  const t = result.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`task ${id} not found`);
  return t;
}

/**
 * Every non-blank line is accounted for: inside a task's line range, a skipped structure line, a
 * section heading, or listed as unrecognized.
 */
export function unaccountedLines(text: string, result: ImportResult): number[] {
  const lines = text.split(/\r\n|\r|\n/);
  const covered = new Set<number>();
  for (const t of result.tasks) for (let n = t.lines[0]; n <= t.lines[1]; n++) covered.add(n);
  for (const s of result.skipped) covered.add(s.line);
  for (const u of result.unrecognized) covered.add(u.line);
  const headings = result.sections.map((s) => s.name.replace(/\s+/g, "")).filter((s) => s);
  const out: number[] = [];
  lines.forEach((l, i) => {
    const folded = l.replace(/\s+/g, "");
    if (!folded || covered.has(i + 1)) return;
    if (headings.some((h) => folded.startsWith(h) || h.startsWith(folded) || folded.includes(h))) return;
    // A heading numbered in its own cell ("一" | "科技创新") is named with the 、 the cell leaves out.
    const bare = (s: string) => s.replace(/[、.．]/g, "");
    if (headings.some((h) => bare(folded).startsWith(bare(h)))) return;
    // The rest of a heading cut at the line's width: the line above and this one, joined, end a heading (round aa).
    const above = (lines[i - 1] ?? "").replace(/\s+/g, "");
    if (above && headings.some((h) => h.endsWith(folded) && h.includes(above + folded))) return;
    out.push(i + 1);
  });
  return out;
}

/**
 * Cuts a paragraph at a display width as a PDF copy does: closing punctuation never opens a line, and Latin words and
 * figures are not broken.
 */
export function wrapAtWidth(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const ch of text) {
    const inWord = /[A-Za-z0-9.]/.test(ch) && /[A-Za-z0-9.]$/.test(line);
    if (visualWidth(line + ch) > width && !/[，。、；：！？）》”’%]/.test(ch) && !inWord) {
      out.push(line);
      line = "";
    }
    line += ch;
  }
  if (line) out.push(line);
  return out;
}
