import { importText, ImportResult, ImportedTask } from "../../../src/core/import";
import { seedText, wrapAtWidth } from "./helpers";

/** Unit names one a line, long ones broken before their "（…）" or at the column width. */
function unitLines(units: string[], width: number): string[] {
  return units.flatMap((u) => {
    const paren = u.indexOf("（");
    if (paren > 0) return [u.slice(0, paren), u.slice(paren)];
    return wrapAtWidth(u, width);
  });
}

/**
 * Renders tasks the way the PDF extraction of 000 comes out, with other column widths and page
 * lengths: per page, the row's task text lines, then its unit lines, then its progress lines; at a
 * page break a page number and the header, and the rest of each column again in that order.
 */
export function renderPdf(result: ImportResult, widths: { text: number; units: number; progress: number }, pageLines: number): string {
  const out: string[] = ["《政府工作报告》2024年上半年任务落实情况表"];
  let used = 0;
  let page = 1;
  let section = "";
  const header = "序号 年度任务目标 责任单位 进展情况";
  const breakPage = () => {
    page++;
    out.push("", `—${page}—`, "", header, "");
    used = 0;
  };
  const declared = new Map(result.sections.map((s) => [s.name, s.declaredCount]));
  result.tasks.forEach((t: ImportedTask) => {
    if (t.section !== section) {
      section = t.section;
      const count = declared.get(section);
      if (!section.includes("标题缺失")) out.push("", count !== null && count !== undefined ? `${section}（共 ${count}项）` : section);
      out.push("", header, "");
      used += 2;
    }
    const cols = [wrapAtWidth(t.text, widths.text), unitLines([...t.leadUnits, ...t.coUnits], widths.units), wrapAtWidth(t.progress!.text, widths.progress)];
    let first = true;
    while (cols.some((c) => c.length)) {
      if (used >= pageLines) breakPage();
      const room = Math.max(1, pageLines - used);
      if (first) out.push(t.id);
      for (const col of cols) out.push(...col.splice(0, room).flatMap((l) => [l, ""]));
      used += room;
      first = false;
    }
  });
  return out.join("\n");
}

function essence(result: ImportResult) {
  return result.tasks.map((t) => ({ id: t.id, text: t.text, lead: t.leadUnits, co: t.coUnits, progress: t.progress?.text }));
}

describe("000 re-extracted with other column widths and page lengths", () => {
  const original = importText(seedText("000_"));

  test.each([
    [{ text: 15, units: 9, progress: 22 }, 40],
    [{ text: 20, units: 8, progress: 18 }, 25],
    [{ text: 17, units: 10, progress: 20 }, 13],
    [{ text: 16, units: 7, progress: 24 }, 30],
    [{ text: 18, units: 12, progress: 19 }, 17],
  ])("widths %o, %i lines a page", (widths, pageLines) => {
    const text = renderPdf(original, widths, pageLines);
    const variant = importText(text);
    expect(variant.kind).toBe("pdf-table");
    expect(variant.tasks).toHaveLength(82);
    expect(essence(variant)).toEqual(essence(original));
    expect(variant.unrecognized).toEqual([]);
    expect(variant.sections.map((s) => s.foundCount)).toEqual([6, 17, 10, 13, 11, 14, 8, 3]);
  });
});
