/**
 * Metamorphic test over every train layout that imports as a notice or a numbered list (issue 13): each is written
 * again as another office would write the same notice — items numbered 1、 for 1., headings （一） for 一、 or 第一部分,
 * items 一是、二是, the 共N项 counts left out or written in, the 牵头单位：/配合单位： lines on one line, in a trailing
 * bracket or the label words changed, lines broken inside a task, blank lines between paragraphs — and the import's
 * essence (sections as named after their numbering, with their counts, and each task's text, section, lead units,
 * co-units, leader, person and progress) must not change. Held-out layouts are never opened here.
 * `VARIANT_TABLE=1` prints the count and the variants lost; `VARIANT_DIAG=1` the first task that differs.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { importText, ImportResult } from "../../../src/core/import";
import { LAYOUTS } from "./layouts";

const DIR = path.join(__dirname, "../../fixtures/import/layouts");
const fold = (s: string) => s.replace(/[\s\u3000]+/g, "");
const CN = "一二三四五六七八九十";
/** A heading's or a sub-heading's name without its numbering: "一、", "（一）", "第一部分", "1." are how, not what. */
const NUMBERING = new RegExp(`^(?:第[${CN}]+(?:部分|章|节|方面)?[、，,.．:：]?|[${CN}]+[、.．]|[（(][${CN}\\d]+[）)]|\\d{1,2}[、.．](?!\\d)|[${CN}]+是[，,：:]?)`);
const unnumbered = (s: string) => fold(s).replace(NUMBERING, "");

interface Essence {
  sections: [string, number | null, number][];
  tasks: Record<string, unknown>[];
}

function essence(r: ImportResult): Essence {
  return {
    sections: r.sections.map((s) => [unnumbered(s.name), s.declaredCount, s.foundCount]),
    tasks: r.tasks.map((t) => ({
      text: unnumbered(t.text),
      section: unnumbered(t.section),
      subsection: unnumbered(t.subsection ?? ""),
      lead: t.leadUnits,
      co: t.coUnits,
      leader: t.leader,
      person: t.person,
      // Sub-points inside a progress text keep the numbering the variant gave the items ("1." / "1、"): how, not what.
      progress: t.progress ? [t.progress.text, t.progress.completion, t.progress.problems, t.progress.nextSteps].map((p) => fold(p).replace(/(\d)[.．、](?!\d)/g, "$1.")).filter(Boolean) : [],
    })),
  };
}

/** A line that opens an item: "1.", "1．", "1、" (not "1.5%"). */
const ITEM = /^(\s*)(\d{1,2})([.．、])(?!\d)/;
/** A line that opens a heading: "一、", "（一）". */
const HEADING = new RegExp(`^(\\s*)([${CN}]{1,3})、`);
const SUB_HEADING = new RegExp(`^(\\s*)[（(]([${CN}]{1,3})[）)]`);
/** A count a heading declares: "（共14项）", "（14项）". */
const COUNT = /[（(]\s*共?\s*\d+\s*项\s*[）)]/;
/** A line that is a label and its value: "牵头单位：区发改局". */
const LABEL_LINE = /^\s*(牵头单位|牵头部门|主办单位|责任单位|承办单位|配合单位|协办单位|配合部门|牵头领导|责任领导|分管领导|责任人|完成时限)[:：]/;

type Variant = { name: string; make: (lines: string[], r: ImportResult) => string[] | null; expect?: (e: Essence) => Essence };

const mapLines = (lines: string[], f: (l: string, k: number) => string): string[] | null => {
  const out = lines.map(f);
  return out.some((l, k) => l !== lines[k]) ? out : null;
};

/** The line a section's heading stands on (its name as written, with or without a count after it). */
function headingLine(lines: string[], name: string): number {
  const k = lines.findIndex((l) => fold(l.replace(COUNT, "")) === fold(name) || fold(l).startsWith(fold(name)) && COUNT.test(l) && fold(l.replace(COUNT, "")).length <= fold(name).length + 2);
  if (k >= 0) return k;
  // A heading cut at the line's width (PDF text, round aa): its last line, where a count is written.
  const cut = lines.findIndex((l, j) => j + 1 < lines.length && fold(l) !== "" && fold(`${l}${lines[j + 1]}`.replace(COUNT, "")) === fold(name));
  return cut >= 0 ? cut + 1 : -1;
}

/** "牵头单位：A" then "配合单位：B、C" on the next line, joined as "责任单位：A<mark>、B、C"; null when no pair is found. */
function leadAndCoJoined(lines: string[], mark: string): string[] | null {
  const out: string[] = [];
  let joined = false;
  for (const l of lines) {
    const prev = out[out.length - 1];
    const lead = prev === undefined ? null : /^(\s*)牵头单位[:：]\s*([^、，,；;。\s（(]+)\s*$/.exec(prev);
    const co = /^\s*配合单位[:：]\s*([^；;。]+?)\s*$/.exec(l);
    if (lead && co) {
      out[out.length - 1] = `${lead[1]}责任单位：${lead[2]}${mark}、${co[1]}`;
      joined = true;
    } else out.push(l);
  }
  return joined ? out : null;
}

const VARIANTS: Variant[] = [
  {
    name: "items numbered 1、 for 1. (and 1. for 1、)",
    make: (lines) => {
      const dots = lines.filter((l) => ITEM.test(l) && /[.．]/.test(ITEM.exec(l)![3])).length;
      const commas = lines.filter((l) => ITEM.test(l) && ITEM.exec(l)![3] === "、").length;
      if (dots && commas) return null;
      return mapLines(lines, (l) => l.replace(ITEM, (_a, sp: string, n: string) => `${sp}${n}${dots ? "、" : "."}`));
    },
  },
  {
    name: "headings numbered （一） for 一、",
    make: (lines) => (lines.some((l) => SUB_HEADING.test(l)) ? null : mapLines(lines, (l) => l.replace(HEADING, (_a, sp: string, n: string) => `${sp}（${n}）`))),
  },
  {
    name: "headings numbered 第一部分 for 一、",
    make: (lines) => mapLines(lines, (l) => l.replace(HEADING, (_a, sp: string, n: string) => `${sp}第${n}部分　`)),
  },
  {
    name: "headings numbered 一、 for （一）",
    make: (lines) => (lines.some((l) => HEADING.test(l)) ? null : mapLines(lines, (l) => l.replace(SUB_HEADING, (_a, sp: string, n: string) => `${sp}${n}、`))),
  },
  {
    // "一是…", "二是…" open the parts as 一、 does; items under them keep their numbers.
    name: "headings numbered 一是 for 一、",
    make: (lines) => mapLines(lines, (l) => l.replace(HEADING, (_a, sp: string, n: string) => `${sp}${n}是`)),
  },
  {
    name: "counts left out of the headings",
    make: (lines, r) => {
      const counted = r.sections.filter((s) => s.declaredCount !== null).map((s) => headingLine(lines, s.name)).filter((k) => k >= 0);
      if (!counted.length) return null;
      return lines.map((l, k) => (counted.includes(k) ? l.replace(COUNT, "") : l));
    },
    expect: (e) => ({ ...e, sections: e.sections.map(([n, , f]) => [n, null, f] as [string, number | null, number]) }),
  },
  {
    name: "counts written in the headings (共N项)",
    make: (lines, r) => {
      const heads = new Map<number, number>();
      for (const s of r.sections) {
        if (s.declaredCount !== null || !s.name.trim() || s.foundCount === 0) continue;
        const k = headingLine(lines, s.name);
        if (k >= 0) heads.set(k, s.foundCount);
      }
      if (!heads.size) return null;
      return lines.map((l, k) => (heads.has(k) ? `${l.replace(/[\s\u3000]+$/, "")}（共${heads.get(k)}项）` : l));
    },
    expect: (e) => ({ ...e, sections: e.sections.map(([n, d, f]) => [n, d ?? (n && f ? f : null), f] as [string, number | null, number]) }),
  },
  {
    name: "label lines joined on one line by ；",
    make: (lines) => {
      const out: string[] = [];
      let joined = false;
      for (const l of lines) {
        const prev = out[out.length - 1];
        if (prev !== undefined && LABEL_LINE.test(prev) && LABEL_LINE.test(l) && !/[；;。]$/.test(prev.trim())) {
          out[out.length - 1] = `${prev.trim()}；${l.trim()}`;
          joined = true;
        } else out.push(l);
      }
      return joined ? out : null;
    },
  },
  {
    name: "label words written otherwise (牵头部门, 协办单位, 承办单位)",
    make: (lines) => {
      const words: Record<string, string> = { 牵头单位: "牵头部门", 配合单位: "协办单位", 责任单位: "承办单位" };
      // A label word alone, not the end of a longer one ("牵头责任单位：", "主要责任单位：" stay).
      return mapLines(lines, (l) => l.replace(/(^|[^\u4e00-\u9fa5])(牵头单位|配合单位|责任单位)(?=[:：])/g, (_a, before: string, w: string) => `${before}${words[w]}`));
    },
  },
  {
    name: "labels with a half-width colon",
    make: (lines) => mapLines(lines, (l) => l.replace(/(牵头单位|牵头部门|配合单位|责任单位|承办单位|牵头领导|责任领导|完成时限)：/g, "$1:")),
  },
  {
    name: "units separated by ，",
    // Only between names: a 、 inside brackets ("各区（县、市）政府") stays.
    make: (lines) => mapLines(lines, (l) => (LABEL_LINE.test(l) ? l.replace(/、(?![^（(]*[）)])/g, "，") : l)),
  },
  {
    // Round z: "牵头单位：A" and "配合单位：B、C" written as one 责任单位 label, the lead marked after it ("A（牵头）、B、C"),
    // only where the lead is one unit and the two labels stand on consecutive lines of their own.
    name: "lead and co labels as one 责任单位 label, the lead marked （牵头）",
    make: (lines) => leadAndCoJoined(lines, "（牵头）"),
  },
  {
    // The same, the lead told by a ★ after it and a note line at the top ("注：标★的为牵头单位。").
    name: "lead and co labels as one 责任单位 label, the lead marked ★",
    make: (lines) => {
      const out = leadAndCoJoined(lines, "★");
      return out ? ["注：标★的为牵头单位。", ...out] : null;
    },
  },
  {
    name: "line breaks inside a task",
    make: (lines) => {
      const out: string[] = [];
      let wrapped = false;
      for (const l of lines) {
        if (ITEM.test(l) && l.trim().length > 36) {
          const t = l.trim();
          for (let i = 0; i < t.length; i += 30) out.push(t.slice(i, i + 30));
          wrapped = true;
        } else out.push(l);
      }
      return wrapped ? out : null;
    },
  },
  {
    name: "a blank line between paragraphs",
    make: (lines) => (lines.some((l) => !l.trim()) ? null : lines.flatMap((l) => [l, ""])),
  },
  {
    name: "blank lines left out",
    make: (lines) => (lines.some((l) => !l.trim()) ? lines.filter((l) => l.trim()) : null),
  },
];

interface Outcome {
  layout: string;
  variant: string;
  kept: boolean;
}

const outcomes: Outcome[] = [];
for (const layout of LAYOUTS.filter((l) => l.split === "train" && l.file.endsWith(".txt"))) {
  const text = readFileSync(path.join(DIR, layout.file), "utf8");
  const result = importText(text);
  if (result.kind !== "notice" || result.tasks.length === 0) continue;
  const lines = text.split(/\r\n|\r|\n/);
  const original = essence(result);
  for (const v of VARIANTS) {
    const variant = v.make(lines, result);
    if (variant === null || variant.join("\n") === text) continue;
    const want = v.expect ? v.expect(original) : original;
    const got = essence(importText(variant.join("\n")));
    const kept = JSON.stringify(got) === JSON.stringify(want);
    if (!kept && process.env.VARIANT_DIAG) {
      const i = got.tasks.findIndex((x, k) => JSON.stringify(x) !== JSON.stringify(want.tasks[k]));
      console.log(layout.id, v.name, got.tasks.length, want.tasks.length, JSON.stringify(got.sections) === JSON.stringify(want.sections) ? "" : `${JSON.stringify(got.sections)} WANT ${JSON.stringify(want.sections)}`, JSON.stringify(got.tasks[i]), "WAS", JSON.stringify(want.tasks[i]));
    }
    outcomes.push({ layout: layout.id, variant: v.name, kept });
  }
}

/**
 * Layout × variant pairs that do not keep their essence yet (6 since round ae, 4 of 396 since round ad; 8 of 382 in round ac; 61 on the importers
 * before the rules they asked for, issue 13):
 * - "line breaks inside a task" (2): the item's lines cut every 30 characters. A cut inside "按职责分工" / "负责" (48) splits the
 *   assignment, and one that cuts two items written on one line apart (70) leaves the second inside the first. Since round ad
 *   the width the text was cut at is learnt from the document (the length most lines cut mid-sentence share), so a cut right
 *   before a trailing bracket (24) or right after a sentence end (51, 182, 187, 233) goes on with the item.
 * - 05 "counts written" is kept since round ac: a short unnumbered heading line takes a count after it as a numbered one does.
 * - 73, 146 "（一） for 一、": with no 1. items under them, （一） lines are items, not headings (a different document).
 * - Round ae (at its rules): 245 "line breaks inside a task" — the run-on sub-items "(1)…(2)…" are split only where a numbered
 *   line holds them; cut at 30 characters, "(2)" stands inside a continuation line and the sub-items stay one text. 242 "一、
 *   for （一）" — the projects numbered 一、 under a part counted 一是 stand at the part's own level, so they read as parts.
 * - Round ai (at its rules): 277 "line breaks inside a task" — the layout is PDF text already cut at its own width; cut again at
 *   30 characters its items' lines have two widths, and the short rest of an original line ("…重点实验室建") reads as the end of
 *   the item, so the line after it ("设（牵头单位：市科技局）。") stands alone. A document is cut at one width, not two.
 * - Round ak (at its fixtures, before any rule): 290 "一、 for （一）" — three safeguards written （一）加强组织领导：sentence… with no
 *   items under them are a numbered list; numbered 一、 with sentences after the colon they read as a report's parts with prose
 *   under them (a different document), as 73 and 146 do the other way round.
 * - Round as (at its rules): 371 "一、 for （一）", 373 and 377 "第一部分 for 一、" — the layouts are prose copied out of a PDF,
 *   cut at 28 characters a line; renumbering the first line of an item makes it shorter or longer than the width without
 *   cutting the paragraph again, so that line no longer fills the width and reads as the end of its paragraph. A renumbered
 *   document is cut anew (as 277: a document is cut at one width, not two).
 */
const LOST = new Set<string>([
  "48 line breaks inside a task",
  "70 line breaks inside a task",
  "73 headings numbered （一） for 一、",
  "146 headings numbered （一） for 一、",
  "242 headings numbered 一、 for （一）",
  "245 line breaks inside a task",
  "277 line breaks inside a task",
  "371 headings numbered 一、 for （一）",
  "373 headings numbered 第一部分 for 一、",
  "377 headings numbered 第一部分 for 一、",
  "290 headings numbered 一、 for （一）",
]);

if (process.env.VARIANT_TABLE) {
  const kept = outcomes.filter((o) => o.kept).length;
  console.log(`${kept}/${outcomes.length} kept over ${new Set(outcomes.map((o) => o.layout)).size} layouts\n` + outcomes.filter((o) => !o.kept).map((o) => `${o.layout} ${o.variant}`).join("\n"));
}

describe("the rules the notice variants asked for, and their lookalikes", () => {
  const tasks = (...lines: string[]) => importText(lines.join("\n")).tasks.map((t) => [t.section, t.text, t.leadUnits, t.leader]);

  test("parts numbered 第一部分 are sections, and one that names a leader gives the leader", () => {
    expect(tasks("第一部分　扩大有效投资（共1项）", "1.实施重点项目60个。", "牵头单位：区发改局", "第二部分　李明副区长分管工作", "1.新建学校3所。", "牵头单位：区教体局")).toEqual([
      ["第一部分扩大有效投资", "实施重点项目60个。", ["区发改局"], ""],
      ["第二部分李明副区长分管工作", "新建学校3所。", ["区教体局"], "李明"],
    ]);
  });

  test("a ★ after a unit in a label makes it the lead; a label without one leads with its first unit", () => {
    const units = (label: string) => importText(["一、民生事业", "1.★新建学校3所。", label, "2.新建公园2个。", "责任单位：区城管局、区财政局"].join("\n")).tasks.map((t) => [t.text, t.leadUnits, t.coUnits]);
    expect(units("责任单位：区住建局、区教体局★")).toEqual([
      ["★新建学校3所。", ["区教体局"], ["区住建局"]],
      ["新建公园2个。", ["区城管局"], ["区财政局"]],
    ]);
    expect(units("责任单位：区住建局、区教体局")[0]).toEqual(["★新建学校3所。", ["区住建局"], ["区教体局"]]);
  });

  test("an item's bracket left open at the end of its line is closed by the next line, a label's or not", () => {
    expect(tasks("一、扩大有效投资", "1.全年新开工亿元以上项目一批，重点项目完成年度投资计划。（", "牵头单位：区发改局；配合单位：区招商中心、各镇人民政府）", "2.新建学校3所。", "牵头单位：区教体局")[0]).toEqual([
      "一、扩大有效投资",
      "全年新开工亿元以上项目一批，重点项目完成年度投资计划。",
      ["区发改局"],
      "",
    ]);
    // A bracket closed on its line: the label line under it is the item's label, as before.
    expect(tasks("一、扩大有效投资", "1.全年新开工亿元以上项目一批（含续建项目）", "牵头单位：区发改局", "2.新建学校3所。", "牵头单位：区教体局")[0]).toEqual(["一、扩大有效投资", "全年新开工亿元以上项目一批（含续建项目）", ["区发改局"], ""]);
  });

  test("an item's line cut mid-sentence goes on; a sentence end, a blank line or a heading level does not", () => {
    const second = ["2.新建学校3所。", "牵头单位：区教体局"];
    expect(tasks("一、扩大有效投资", "1.全年实施区级重点项目60个，完成固定资产投资", "150亿元以上。", "牵头单位：区发改局", ...second)[0]).toEqual(["一、扩大有效投资", "全年实施区级重点项目60个，完成固定资产投资150亿元以上。", ["区发改局"], ""]);
    const ended = importText(["一、扩大有效投资", "1.全年实施区级重点项目60个，完成固定资产投资150亿元。", "新开工项目20个，竣工项目15个。", "牵头单位：区发改局", ...second].join("\n"));
    expect(ended.tasks.map((t) => t.text)).not.toContain("全年实施区级重点项目60个，完成固定资产投资150亿元。新开工项目20个，竣工项目15个。");
    const blank = importText(["一、扩大有效投资", "1.全年实施区级重点项目60个，完成固定资产投资", "", "150亿元以上。", "牵头单位：区发改局", ...second].join("\n"));
    expect(blank.tasks.map((t) => t.text)).not.toContain("全年实施区级重点项目60个，完成固定资产投资150亿元以上。");
  });
});

describe("train notice layouts rewritten as another office would write them", () => {
  test("variants are generated for many layouts", () => {
    expect(new Set(outcomes.map((o) => o.layout)).size).toBeGreaterThanOrEqual(30);
  });
  test.each(outcomes.map((o) => [o.layout, o.variant, o]))("%s %s keeps its essence", (_l, _v, o) => {
    const { layout, variant, kept } = o as Outcome;
    expect(kept).toBe(!LOST.has(`${layout} ${variant}`));
  });
});
