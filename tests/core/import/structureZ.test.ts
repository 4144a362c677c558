/**
 * Round z of issue 13's structure finding: a plan of two numbered items under its purpose sentence, and a summary report
 * whose parts name what was done on a line of their own with the account under them. Each rule on a text of our own and
 * against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const plan = (purpose: string, second: string) =>
  [
    "县人民政府办公室关于印发2024年营商环境提升推进方案的通知",
    "各乡镇人民政府，县政府各部门：",
    "2024年营商环境提升推进方案",
    purpose,
    "一、优化政务服务",
    "（一）推进一网通办。整合部门审批系统，年底前县级政务服务事项网上可办率达到95%。",
    second,
  ].join("\n");

describe("a plan that says what it is for, then two numbered items", () => {
  test("is read as its list: the part, two items, no drafts (traditional characters too)", () => {
    for (const purpose of ["为持续优化营商环境，特制定2024年营商环境提升推进方案。", "為持續優化營商環境，特制定本方案。"]) {
      const text = plan(purpose, "（二）压减审批时限。一般企业投资项目审批时限压减至40个工作日以内。");
      const r = importText(text);
      expect(r.kind).toBe("notice");
      expect(r.sections.map((s) => [s.name, s.foundCount])).toEqual([["一、优化政务服务", 2]]);
      expect(r.tasks.map((t) => t.text.slice(0, 6))).toEqual(["推进一网通办", "压减审批时限"]);
      expect(unaccountedLines(text, r)).toEqual([]);
    }
  });
  test("lookalikes: without a purpose sentence, or with prose beside the items, two items stay a report's", () => {
    // No purpose sentence: a report that happens to number two paragraphs.
    const noPurpose = plan("今年以来，全县上下围绕营商环境提升开展了大量工作，取得明显成效。", "（二）压减审批时限。一般企业投资项目审批时限压减至40个工作日以内。");
    expect(importText(noPurpose).kind).toBe("report");
    // A purpose sentence that is no plan's ("为加快项目建设，县政府召开了…") does not count.
    const meeting = plan("为加快项目建设，县政府召开了专题会议，研究部署重点工作。", "（二）压减审批时限。一般企业投资项目审批时限压减至40个工作日以内。");
    expect(importText(meeting).kind).toBe("report");
  });
});

const REPORTING = ["关于2023年度农村公路建设总结评估报告", "今年以来，我局对照年度目标任务，扎实推进农村公路建设，现将总结评估情况报告如下："];
const summary = (part: string, [title, intro] = REPORTING) =>
  [
    title,
    "县交通运输局",
    intro,
    part,
    "（一）统筹谋划，扎实开展项目前期工作",
    "我们对照年度计划，完成12个项目的立项审批，组织乡镇开展路线踏勘，薄弱环节得到改善。",
    "（二）措施有力，稳步推进项目建设",
    "一是加快项目建设。新改建农村公路86公里，完成投资1.2亿元。二是抓住质量安全。开展质量抽检3轮，整改问题27个。",
  ].join("\n");

describe("a summary report's parts named on a line of their own, the account under them", () => {
  test("under a part headed …开展情况, each is an item with the paragraph under it as what was done (一是…二是… kept whole)", () => {
    const text = summary("一、工作开展情况");
    const r = importText(text);
    expect(r.sections.map((s) => [s.name, s.foundCount])).toEqual([["一、工作开展情况", 2]]);
    expect(r.tasks.map((t) => [t.text, t.progress?.text.slice(0, 8)])).toEqual([
      ["统筹谋划，扎实开展项目前期工作", "我们对照年度计划"],
      ["措施有力，稳步推进项目建设", "一是加快项目建设"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });
  test("lookalikes: under a part of work to do, or in a document that reports nothing, no paragraph becomes progress", () => {
    const plan = ["关于2024年度农村公路建设的实施意见", "为加快农村公路建设，结合实际，提出如下意见："];
    for (const text of [summary("一、下一步工作安排"), summary("一、工作开展情况", plan)]) {
      const r = importText(text);
      // The part names carry no account: no item named by them has the paragraph under it as its progress.
      expect(r.tasks.filter((t) => /^(统筹谋划|措施有力)/.test(t.text) && t.progress?.text).map((t) => t.text)).toEqual([]);
      expect(r.tasks.some((t) => t.progress?.text.startsWith("我们对照年度计划"))).toBe(false);
    }
  });
});
