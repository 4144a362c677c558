/**
 * Round ap of issue 13 (layouts 339–344): the account part of a 总结 that also plans ("一、2023年工作总结" over numbered leads,
 * "二、2024年工作计划" after it), unnumbered lead sentences with a verb over their account ("经济指标实现新跃升。完成…"), and
 * named works a lead's account lists as its items. Each rule on texts of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");
const progressOf = (r: ReturnType<typeof importText>, name: string) => r.tasks.find((t) => t.text === name)?.progress;

describe("the account part of a 总结 that also plans", () => {
  test("一、2023年工作总结 is the account: its numbered leads are items with what was done; 二、2024年工作计划's are plans", () => {
    const text = doc(
      "县水利局2023年工作总结及2024年工作计划",
      "一、2023年工作总结",
      "1.水利项目建设提速。全年完成水利投资3.2亿元，新建堤防12公里，完成小型水库除险加固2座。",
      "2.河湖长制落实有力。全年累计巡河1.8万人次，清理河道垃圾600吨。",
      "二、2024年工作计划",
      "1.加快项目建设。力争全年完成水利投资3.5亿元。",
    );
    const r = importText(text);
    expect(progressOf(r, "水利项目建设提速")?.text).toContain("3.2亿元");
    expect(progressOf(r, "河湖长制落实有力")?.text).toContain("1.8万人次");
    const plan = r.tasks.find((t) => t.text === "加快项目建设");
    expect(plan?.progress?.text ?? "").toBe("");
    expect(plan?.workTarget).toContain("3.5亿元");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("全年预计完成… in a year's account is what the year reached; a lead of short clauses (1、A，B。) is one item", () => {
    const text = doc(
      "镇2022年工作总结及2023年工作计划",
      "一、2022年工作总结",
      "1.经济运行平稳。全年预计完成地区生产总值8.1亿元，完成固定资产投资2.6亿元。",
      "2、聚焦民生，补齐短板，稳步推进实事建设。学校方面，建成中心幼儿园、村小食堂等3个项目；道路方面，建成环镇路、滨河路等2个项目。",
      "二、2023年工作计划",
      "1.稳住经济运行。预计全年完成地区生产总值8.6亿元。",
    );
    const r = importText(text);
    expect(progressOf(r, "经济运行平稳")?.text).toContain("8.1亿元");
    // The account goes by kinds of work (…方面，): the named schools and roads are its account, not items of their own.
    expect(progressOf(r, "聚焦民生，补齐短板，稳步推进实事建设")?.text).toContain("等3个项目");
    expect(r.tasks.some((t) => t.text === "环镇路")).toBe(false);
    expect(r.tasks.find((t) => t.text === "稳住经济运行")?.progress?.text ?? "").toBe("");
  });

  test("lookalikes: a 政府工作报告's 一、2023年工作回顾 stays a review; a half-year plan's 预计全年 is a plan", () => {
    const report = importText(doc(
      "2024年县政府工作报告",
      "一、2023年工作回顾",
      "1.经济运行平稳。全年完成地区生产总值88亿元。",
      "二、2024年工作安排",
      "（一）扩大有效投资。全年实施重点项目60个。",
    ));
    expect(report.tasks.some((t) => t.text === "经济运行平稳")).toBe(false);
    const half = importText(doc(
      "镇上半年工作总结及下半年工作计划",
      "一、上半年工作情况",
      "1.经济运行。预计全年完成地区生产总值8.6亿元。",
    ));
    expect(half.tasks.find((t) => t.text === "经济运行")?.progress?.text ?? "").toBe("");
  });
});
