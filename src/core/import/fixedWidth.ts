/**
 * Prose copied out of a PDF (issue 13, round as): the copy keeps the page's line breaks, so every line of a paragraph is
 * cut at the page's width (a 公文 page holds 28 characters a line, GB/T 9704; a two-column bulletin about 16), and the page
 * number and running header of each page stand between two lines of one sentence. The readers take a line for a unit of the
 * text in several places (a numbered heading alone on its line, a lead and its account, a paragraph), so such text is given
 * to them with the cut lines joined back and the page furniture taken out; every line of the source still ends somewhere
 * (the joined lines in what their line became, the furniture as skipped).
 */
import { ImportResult } from "./types";
import { visualWidth } from "./columnText";

/** A page number as PDF copies carry it: "— 2 —", "— — — 3 —", "-2-", "2", "第2页", "第2页共4页", "共4页第2页", "2/4". */
const PAGE_FURNITURE = /^(?:[-—–－―~～\s\u3000]*\d{1,3}[-—–－―~～\s\u3000]*|[-—–－―]?[\s\u3000]*第[\s\u3000]*\d{1,3}[\s\u3000]*页(?:[\s\u3000，,]*共[\s\u3000]*\d{1,3}[\s\u3000]*页)?[\s\u3000]*[-—–－―]?|共[\s\u3000]*\d{1,3}[\s\u3000]*页[\s\u3000，,]*第[\s\u3000]*\d{1,3}[\s\u3000]*页|\d{1,3}[\s\u3000]*\/[\s\u3000]*\d{1,3})$/;

/** A line that closes its sentence: 。！？；： or …, maybe followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？!?；;：:…][”’」』）)】]*$/;
/** A line that may close its paragraph: as a sentence's end, but not ；, which parts clauses inside a paragraph. */
const PARAGRAPH_END = /[。！？!?：:…][”’」』）)】]*$/;

/**
 * What opens a numbered item or a heading: never the rest of the line above, even when that line fills the width
 * ("一、", "（二）", "3." or "3、" not followed by a figure, "⑵", "②", "二是", "第三，"). "2.5亿元" at a line's start is a figure.
 */
const ITEM_OPENING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|[⑴-⒇①-⑳]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、,])/;

/**
 * A line holding cells apart by a tab, a run of spaces or a space between two Chinese words: a table's row, which this
 * reading leaves alone (a PDF copy of prose puts spaces only around figures and Latin words: "针对 10 月 9 日").
 */
const CELLS = /\t|\S[ \u3000]{2,}\S|[^\x00-\x7f][ \u3000]+[^\x00-\x7f]/;

/** A label opening a line ("责任单位：", "完成情况："): what it opens is no rest of the line above. */
const LABEL_OPENING = /^[\u4e00-\u9fa5]{2,6}[：:](?=\S)/;

/** The words a heading ends on, naming its matter or part ("…落实", "…情况", "…项目", "…工作"): a line cut at the width rarely does. */
const HEADING_END = /(?:落实|情况|工作|任务|项目|工程|建设|问题|措施|做法|成效|计划|打算|举措|要求|目标|进展|概况|管理|改革|服务|保障)$/;

/**
 * A paragraph that closes an item's assignment note (round ba): "…（牵头单位：A；责任单位：B、C）" — the bracket opened by a
 * unit or leader label and closed at the line's end. The note ends the item as a sentence's end would, even when its line
 * fills the width: the line below is the next paragraph. A bracket that names no label ("推进城区（含背街小巷）") is no note.
 */
const NOTE_CLOSED = /[（(][\u4e00-\u9fa5]{0,4}(?:单位|部门|领导|责任人)[：:][^（）()]*[）)]$/;

/** The narrowest width a page's text is taken to be cut at (a bulletin's column). */
const MIN_WIDTH = 12;

interface RejoinedText {
  /** The text's lines with each paragraph's cut lines joined and the page furniture taken out. */
  lines: string[];
  /** For each of those lines, the first and last source line (1-based) it was made of. */
  origin: [number, number][];
  /** Source lines taken out as page furniture, with why. */
  furniture: { line: number; text: string; reason: string }[];
}

/**
 * The width the text was cut at, or 0: the width most lines have that stop mid-sentence with more text below — when at
 * least three such lines and three in five of them are within one character of it, and nine lines in twenty of the whole
 * text fill it. Text that holds cells apart by tabs or runs of spaces (a table, however it was copied) is no prose cut at
 * a width.
 */
export function cutWidth(lines: readonly string[]): number {
  const trimmed = lines.map((l) => l.trim());
  const content = trimmed.filter((l) => l && !PAGE_FURNITURE.test(l));
  if (content.filter((l) => CELLS.test(l)).length * 10 > content.length) return 0;
  // A line cut at the width stops mid-sentence and its sentence goes on in the next line: right under it, or after a page's
  // furniture — never after a blank line alone, and never in a line that opens an item or a label ("责任单位：").
  const midSentence: number[] = [];
  trimmed.forEach((l, i) => {
    const w = visualWidth(l);
    if (!l || PAGE_FURNITURE.test(l) || w < MIN_WIDTH || SENTENCE_END.test(l)) return;
    let k = i + 1;
    let page = false;
    while (k < trimmed.length && (!trimmed[k] || PAGE_FURNITURE.test(trimmed[k]))) {
      if (trimmed[k]) page = true;
      k++;
    }
    const next = trimmed[k];
    if (!next || (k > i + 1 && !page) || ITEM_OPENING.test(next) || LABEL_OPENING.test(next)) return;
    midSentence.push(w);
  });
  if (midSentence.length < 3) return 0;
  const counts = new Map<number, number>();
  for (const w of midSentence) counts.set(Math.ceil(w), (counts.get(Math.ceil(w)) ?? 0) + 1);
  // The mode; of two equally common widths, the wider (a line one short of the width is a pulled punctuation mark).
  const [width] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  const near = midSentence.filter((w) => Math.abs(w - width) <= 1).length;
  // Prose cut at a width fills it on most lines (all but a paragraph's last, a heading, a title); a table copied one cell a
  // line, whose long cells wrap at their column's width, fills it on few (its short cells, 序号 and units, stand between).
  const long = content.filter((l) => visualWidth(l) >= width / 2);
  const filling = long.filter((l) => Math.abs(visualWidth(l) - width) <= 1).length;
  return near >= 3 && near * 5 >= midSentence.length * 3 && filling * 2 >= long.length ? width : 0;
}

/**
 * The text with its cut lines joined back, or null when it is not prose cut at a fixed width. A line that fills the width
 * (within one character: a punctuation mark is never put at a line's start, so it hangs or is pulled back) and does not end
 * its sentence goes on in the next line, across a page's furniture, unless that line opens a numbered item; so a numbered
 * heading cut at the width ("一、加大环境整治力度，绿化美化社" / "区") is whole again, and a line that ends short or with 。 ends
 * its paragraph. Page numbers between pages, and a running header (a line repeated after them), are taken out.
 */
export function rejoinFixedWidth(source: readonly string[]): RejoinedText | null {
  const width = cutWidth(source);
  if (!width) return null;
  const trimmed = source.map((l) => l.trim());
  const furniture: RejoinedText["furniture"] = [];
  const isFurniture = new Set<number>();
  trimmed.forEach((l, i) => {
    if (l && PAGE_FURNITURE.test(l)) {
      isFurniture.add(i);
      furniture.push({ line: i + 1, text: l, reason: "页码" });
    }
  });
  // A running header: the first line after a page number, when the same line stands after another page number or opens
  // the text (the title repeated at each page's top).
  const afterPage = (i: number) => {
    let k = i - 1;
    while (k >= 0 && !trimmed[k]) k--;
    return k >= 0 && isFurniture.has(k);
  };
  const firstContent = trimmed.findIndex((l) => l);
  const candidates = trimmed.map((l, i) => (l && !isFurniture.has(i) && afterPage(i) ? l : "")).filter(Boolean);
  trimmed.forEach((l, i) => {
    if (!l || isFurniture.has(i) || !afterPage(i)) return;
    if (candidates.filter((c) => c === l).length >= 2 || trimmed[firstContent] === l) {
      isFurniture.add(i);
      furniture.push({ line: i + 1, text: l, reason: "页眉" });
    }
  });
  const fills = (l: string) => Math.abs(visualWidth(l) - width) <= 1;
  const lines: string[] = [];
  const origin: [number, number][] = [];
  let open = false;
  trimmed.forEach((l, i) => {
    if (isFurniture.has(i)) return;
    if (!l) {
      if (!open) {
        lines.push(source[i]);
        origin.push([i + 1, i + 1]);
      }
      return;
    }
    // A numbered heading of words alone (no punctuation or figure after its number, ending on a heading's noun) that fills
    // the width goes on only in a short rest: a full line under it is the paragraph below a heading as long as the width
    // ("二、关于通村公路硬化任务落实"). An item whose first line holds a clause ("（一）兰花花金街环境卫生脏乱差，各类杂物…施工围")
    // or stops on a figure ("…便道向北30") is a sentence going on.
    const last = lines[lines.length - 1] ?? "";
    const heading = ITEM_OPENING.test(last) && !/[，,、。！？!?；;：:\d]/.test(last.replace(ITEM_OPENING, "")) && HEADING_END.test(last);
    if (open && !ITEM_OPENING.test(l) && !LABEL_OPENING.test(l) && !(heading && fills(l))) {
      lines[lines.length - 1] += l;
      origin[origin.length - 1][1] = i + 1;
    } else {
      lines.push(l);
      origin.push([i + 1, i + 1]);
    }
    open = fills(l) && !PARAGRAPH_END.test(l) && !NOTE_CLOSED.test(lines[lines.length - 1]);
  });
  return { lines, origin, furniture: furniture.sort((a, b) => a.line - b.line) };
}

/** An import of rejoined lines told in the source's lines: each task, skipped and unrecognized line where it was written. */
export function inSourceLines(result: ImportResult, text: RejoinedText, source: readonly string[]): ImportResult {
  const from = (n: number) => text.origin[n - 1]?.[0] ?? n;
  const to = (n: number) => text.origin[n - 1]?.[1] ?? n;
  const furniture = new Set(text.furniture.map((f) => f.line));
  const spread = <T extends { line: number }>(entries: T[]): T[] =>
    entries.flatMap((e) => {
      const out: T[] = [];
      for (let n = from(e.line); n <= to(e.line); n++) if (source[n - 1]?.trim() && !furniture.has(n)) out.push({ ...e, line: n, text: source[n - 1].trim() });
      return out;
    });
  return {
    ...result,
    tasks: result.tasks.map((t) => ({ ...t, lines: [from(t.lines[0]), to(t.lines[1])] })),
    skipped: [...spread(result.skipped), ...text.furniture].sort((a, b) => a.line - b.line),
    unrecognized: spread(result.unrecognized),
  };
}
