/**
 * Round aa of issue 13's structure finding: text cut at a fixed width as PDF extraction keeps it (a heading and a unit
 * list broken at the line's width, page feet between the lines), and a street office's 实事 named in quotes before
 * their count. Each rule on a text of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

/** A plan cut at 28 characters a line: the heading's last words and a unit list's last name fall on the next line. */
const cutPlan = (headingRest: string, coLine: string, coRest: string) =>
  [
    "某区推进社区治理现代化任务分解方案",
    `一、健全社区治理体系，推动社区服务设施提档升级和功能${headingRest ? "完" : "完善"}`,
    ...(headingRest ? [headingRest] : []),
    "1.推进社区综合服务设施达标建设，新建和改造社区服务用",
    "房12处，实现社区综合服务设施全覆盖。",
    "牵头单位：区民政局",
    coLine,
    ...(coRest ? [coRest] : []),
    "— — — 5 —",
    "2.完善社区议事协商机制，每个社区每季度至少开展一次议",
    "事协商活动。",
    "牵头单位：区民政局",
    "协办单位：各街道办事处",
  ].join("\n");

describe("a heading cut at the line's width (PDF text)", () => {
  test("its short rest, right above a numbered item, ends it; the rest is accounted for as the heading's", () => {
    const text = cutPlan("善", "协办单位：区委组织部、区财政局", "");
    const r = importText(text);
    expect(r.sections.map((s) => [s.name, s.foundCount])).toEqual([["一、健全社区治理体系，推动社区服务设施提档升级和功能完善", 2]]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });
  test("lookalikes: a heading short of the width, or a short line above prose, stays as it was", () => {
    // A short heading (not cut at the width): the short line under it is not its rest.
    const short = ["某区任务分解方案", "一、社区治理", "重点任务", "1.推进社区综合服务设施达标建设，新建和改造社区服务用", "房12处，实现全覆盖。", "牵头单位：区民政局", "2.完善社区议事协商机制，每个社区每季度至少开展一次议", "事协商活动。", "牵头单位：区民政局"].join("\n");
    expect(importText(short).sections.map((s) => s.name)).toEqual(["一、社区治理"]);
    // A full heading with a short line under it that prose follows (no number, no label): not the heading's rest.
    const prose = cutPlan("", "协办单位：区委组织部、区财政局", "").replace("一、健全社区治理体系，推动社区服务设施提档升级和功能完善\n", "一、健全社区治理体系，推动社区服务设施提档升级和功能完善\n工作要求\n各单位要按照分工抓好落实，确保各项任务按期完成。\n");
    expect(importText(prose).sections.map((s) => s.name)).toEqual(["一、健全社区治理体系，推动社区服务设施提档升级和功能完善"]);
  });
});

describe("a unit list cut at the line's width (PDF text)", () => {
  test("a name cut short, or a list stopping at 、, is finished by the next line", () => {
    for (const [line, rest] of [
      ["协办单位：区委组织部、区财政局、区住房城乡建设委、园区党工", "委、各街道办事处"],
      ["协办单位：区委组织部、区财政局、区住房城乡建设委、区城管委、", "各街道办事处"],
    ]) {
      const text = cutPlan("善", line, rest);
      const r = importText(text);
      expect(r.tasks[0].coUnits).toContain("各街道办事处");
      expect(r.tasks[0].coUnits.some((u) => /^委|党工$/.test(u))).toBe(false);
      expect(unaccountedLines(text, r)).toEqual([]);
    }
  });
  test("lookalikes: a list that ends on a whole name, or a short label line, takes no line under it", () => {
    // Full width, but the last name is whole and the next line is prose: not the list's.
    const whole = cutPlan("善", "协办单位：区委组织部、区财政局、区住房城乡建设委、区城管委", "各单位要加强协作，形成工作合力。");
    expect(importText(whole).tasks[0].coUnits).toEqual(["区委组织部", "区财政局", "区住房城乡建设委", "区城管委"]);
    // Short of the width: a label line that is whole, whatever follows it.
    const short = cutPlan("善", "协办单位：区委组织部、园区党工", "委");
    expect(importText(short).tasks[0].coUnits).not.toContain("园区党工委");
  });
});

describe("a page's foot in PDF text", () => {
  test("is skipped as a page number, not left as prose", () => {
    const r = importText(cutPlan("善", "协办单位：区委组织部、区财政局", ""));
    expect(r.skipped.filter((s) => s.reason === "页码").map((s) => s.text)).toEqual(["— — — 5 —"]);
  });
});

describe("实事 named in quotes before their count", () => {
  const news = (quoted: string) => ["某街道召开惠民实事通报会", "近日，某街道办事处召开惠民实事通报会，通报了今年的惠民实事项目。", `今年，街道将围绕${quoted}，把服务做精做细。`].join("\n");
  test("as many names as the count says: each a draft", () => {
    const r = importText(news("“改造老旧楼院、增设休闲座椅、开设四点半课堂、建设社区食堂”四件惠民实事"));
    expect(r.tasks.map((t) => t.text)).toEqual(["改造老旧楼院", "增设休闲座椅", "开设四点半课堂", "建设社区食堂"]);
  });
  test("lookalikes: a count that does not match, or a quote naming no 实事 with a count, gives nothing", () => {
    expect(importText(news("“改造老旧楼院、增设休闲座椅、开设四点半课堂”四件惠民实事")).tasks).toEqual([]);
    expect(importText(news("“改造老旧楼院、增设休闲座椅、开设四点半课堂、建设社区食堂”等工作")).tasks).toEqual([]);
  });
});
