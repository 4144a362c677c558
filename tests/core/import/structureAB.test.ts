/**
 * Round ab of issue 13's structure finding: an item card, one 实事 a page — its sentence, "牵头单位：" with the units on
 * the line below, an empty "协办单位：", a plan part by quarter and its progress under "1-5月落实情况：". The rule on a text
 * of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const card = (units: string, progressHead: string) =>
  [
    "某区2024年民生实事：学有优教（1项）",
    "新建公办中小学校2所，新增学位3600个。",
    "牵头单位：",
    units,
    "协办单位：",
    "进度安排",
    "第一季度：1.东城学校：完成主体施工。2.西湖学校：完成土方开挖。",
    "第二季度：1.东城学校：完成装修。2.西湖学校：主体封顶。",
    "落实情况",
    progressHead,
    "1.东城学校：主体结构已完工，正在装修。",
    "2.西湖学校：土方开挖完成80%。",
  ].join("\n");

describe("an item card (one 实事 a page)", () => {
  test("its sentence is the task, the units below 牵头单位： lead it, the plan is its own, the numbered lines under 落实情况 are its progress", () => {
    const text = card("区教育局、区建筑工务署", "1-4月落实情况：");
    const r = importText(text);
    expect(r.kindReason).toContain("事项卡片");
    expect(r.tasks.map((t) => [t.text, t.leadUnits, t.coUnits])).toEqual([["新建公办中小学校2所，新增学位3600个。", ["区教育局", "区建筑工务署"], []]]);
    expect(r.tasks[0].progress?.text).toContain("主体结构已完工");
    expect(r.tasks[0].progress?.text).toContain("土方开挖完成80%");
    expect(r.tasks[0].progress?.text).not.toContain("完成主体施工");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a progress heading without its period reads the same", () => {
    const r = importText(card("区教育局", "落实情况："));
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([["区教育局"]]);
    expect(r.tasks[0].progress?.text).toContain("土方开挖完成80%");
  });

  test("lookalike: a label line whose next line is prose, not units, is no card (the part's name is no co-unit either)", () => {
    const r = importText(card("各单位要加强协调，按时完成任务。", "1-4月落实情况："));
    expect(r.kindReason).not.toContain("事项卡片");
    expect(r.tasks.some((t) => t.coUnits.includes("进度安排") || t.leadUnits.includes("进度安排"))).toBe(false);
  });

  test("lookalike: under 协办单位： with units one a line, the units are read, not taken for a part's name", () => {
    const text = ["新建公办中小学校2所。", "牵头单位：", "区教育局", "协办单位：", "区财政局", "各街道", "进度安排", "第一季度：完成选址。"].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.leadUnits, t.coUnits])).toEqual([[["区教育局"], ["区财政局", "各街道"]]]);
  });
});
