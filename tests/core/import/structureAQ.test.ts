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

describe("an unnumbered lead sentence saying how a field of work went, over its account", () => {
  test("农业生产稳中有进。已完成…: the lead is the item, the rest of the paragraph what was done (a report with no numbered heading)", () => {
    const text = doc(
      "镇上半年工作报告",
      "上半年工作回顾",
      "今年以来，我镇坚持稳中求进，各项工作有序推进。",
      "农业生产稳中有进。已完成早稻种植2.1万亩，新建高标准农田3000亩。",
      "社会事业持续改善。新改建村级卫生室4所，已全部投入使用。",
    );
    const r = importText(text);
    expect(progressOf(r, "农业生产稳中有进")?.text).toContain("2.1万亩");
    expect(progressOf(r, "社会事业持续改善")?.text).toContain("已全部投入使用");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalikes: a topic or a plan opening with its verb (培育…。/加快推进…。) leads nothing; an account that only plans gives none", () => {
    const r = importText(doc(
      "镇上半年工作进展情况",
      "一、工业经济",
      "培育梯次强企方阵。新增规上企业3家，已完成入库。",
      "二、项目建设",
      "加快产业升级。已开工技改项目12个。",
      "三、社会事业",
      "教育事业稳步发展。计划年底前建成中心小学。",
    ));
    expect(r.tasks.some((t) => t.text === "培育梯次强企方阵")).toBe(false);
    expect(r.tasks.some((t) => t.text === "加快产业升级")).toBe(false);
    expect(r.tasks.find((t) => t.text === "教育事业稳步发展")?.progress?.text ?? "").not.toContain("建成");
  });
});

describe("named works a lead's account lists as its items", () => {
  test("A工程主体、B工程均已基本完工；C项目已建成投用；… — each work an item with its state, the lead-in dropped", () => {
    const text = doc(
      "镇上半年工作报告",
      "上半年工作回顾",
      "今年上半年，我镇各项工作有序推进。",
      "项目建设取得新进展。坚持以项目为中心抓建设。上半年，东港排涝泵站工程主体、北河堤防加固工程均已基本完工；镇污水处理厂提标项目已建成投用；中心幼儿园项目正在进行主体施工。物流园征迁项目有序推进，已签约86户。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => t.text)).toEqual(["东港排涝泵站工程", "北河堤防加固工程", "镇污水处理厂提标项目", "中心幼儿园项目", "物流园征迁项目"]);
    expect(progressOf(r, "镇污水处理厂提标项目")?.text).toBe("已建成投用");
    expect(progressOf(r, "物流园征迁项目")?.text).toContain("已签约86户");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalikes: an account that counts its works or tells what was done in its own words keeps them inside the lead", () => {
    const r = importText(doc(
      "镇上半年工作报告",
      "上半年工作回顾",
      "项目建设取得新进展。全镇实施重点项目8个，完成投资3.2亿元，其中东港排涝泵站工程已基本完工；镇污水处理厂提标项目已建成投用。",
    ));
    expect(r.tasks.some((t) => t.text.startsWith("东港排涝泵站工程"))).toBe(false);
    expect(r.tasks.some((t) => t.text.startsWith("镇污水处理厂提标项目"))).toBe(false);
  });
});
