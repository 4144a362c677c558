import { UnitEntry } from "../model";
import { splitUnits } from "../units/splitUnits";
import { guessCategory } from "../units/registry";

/**
 * The leaders' division of work (领导分工): "石可清同志负责…" paragraphs followed by
 * "分管区政府办公室、区发展改革局、…。" lines. Every unit a leader 分管 becomes a registry entry
 * with that leader, so roll-ups per leader work where a catalogue names none.
 * Returns the entries and the 1-based lines that were read.
 */
export function parseLeaderDivision(lines: readonly string[]): { entries: UnitEntry[]; lines: number[] } {
  const entries: UnitEntry[] = [];
  const used: number[] = [];
  let leader = "";
  let pending: { text: string; start: number } | null = null;
  const flush = (end: number) => {
    if (!pending || !leader) return;
    for (let n = pending.start; n <= end; n++) used.push(n);
    const list = pending.text.replace(/^分管/, "").replace(/[。.]\s*$/, "");
    for (const name of splitUnits(list)) {
      // "自然资源局" in a list of 区… names is the district's bureau.
      const full = /^[区市县省济]/.test(name) || /(镇|街道|中心|学院|分局|分中心)$/.test(name) ? name : "区" + name;
      if (entries.some((e) => e.name === full)) continue;
      entries.push({ name: full, aliases: full !== name ? [name] : [], category: guessCategory(full), leader });
    }
    pending = null;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const n = i + 1;
    const who = /^([\u4e00-\u9fa5]{2,4})(（[^）]*）)?同志(负责|主持|协助)/.exec(line);
    if (who) {
      flush(n - 1);
      leader = who[1];
      used.push(n);
      return;
    }
    if (pending) {
      if (!line) return;
      // A 分管 list wrapped over a page: continue until it ends with 。
      if (!/^(联系|根据|协助|履行)/.test(line)) {
        pending.text += line;
        if (/。$/.test(line)) flush(n);
        return;
      }
      flush(n - 1);
    }
    if (leader && /^分管/.test(line)) {
      pending = { text: line, start: n };
      if (/。$/.test(line)) flush(n);
    }
  });
  flush(lines.length);
  return { entries, lines: used };
}
