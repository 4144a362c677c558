/**
 * Round q of issue 13's structure finding: progress reports in prose whose items are theme lines over their account
 * (a theme broken over lines), kinds of project reported with their count (在建项目N项 / N个X项目 / N个项目为X项目),
 * projects named in a list under the state they are in, a total's parts after 其中：, reports titled 推进情况 (also in
 * traditional characters), themes numbered 之一： and 实事 named in one sentence of a catalogue. Each rule on shapes of
 * our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const items = (text: string) => importText(text).tasks.map((t) => [t.text, t.progress?.text ?? ""]);

describe("a theme line over the account of what it reached", () => {
  test("each theme (one broken over two lines) is an item, the paragraph under it its account", () => {
    const text = [
      "某区2023年民生实事完成情况",
      "8件民生实事已全部完成。",
      "农贸市场改造",
      "完成投资0.8亿元，改造市场6个。",
      "城区公共停车",
      "设施建设",
      "新增停车泊位1200个，比计划多200个。",
    ].join("\n");
    expect(items(text)).toEqual([
      ["农贸市场改造", "完成投资0.8亿元，改造市场6个。"],
      ["城区公共停车设施建设", "新增停车泊位1200个，比计划多200个。"],
    ]);
    expect(unaccountedLines(text, importText(text))).toEqual([]);
  });

  test("one short line wrapped in a sentence is no theme: the shape must recur, and only in a progress report", () => {
    const once = ["某区2023年民生实事完成情况", "城区公共停车设施建设已经", "新增停车泊位1200个。"].join("\n");
    expect(importText(once).tasks.some((t) => t.text === "城区公共停车设施建设已经")).toBe(false);
    const plan = ["某区2024年民生实事安排", "一、城乡建设", "农贸市场改造", "改造市场6个。", "城区公共停车", "新增停车泊位1200个。"].join("\n");
    expect(importText(plan).tasks.map((t) => t.text)).not.toContain("农贸市场改造");
  });
});

describe("kinds of project reported with their count", () => {
  test("the parts of a total after 其中： and a paragraph a level, each with what it reached", () => {
    const text = [
      "某县重点项目1-9月进展情况",
      "全年重点项目100项，1-9月累计完成投资50亿元，其中：续建项目40项，年度计划投资30亿元，1-9月累计完成投资25亿元；新开工项目60项，年度计划投资40亿元，1-9月累计完成投资25亿元。",
      "市重点项目12个，1-9月累计完成投资8亿元，为年度计划的70%；新建项目5个，已开工4个。",
    ].join("\n");
    expect(items(text)).toEqual([
      ["续建项目40项", "年度计划投资30亿元，1-9月累计完成投资25亿元"],
      ["新开工项目60项", "年度计划投资40亿元，1-9月累计完成投资25亿元"],
      ["市重点项目12个", "1-9月累计完成投资8亿元，为年度计划的70%；新建项目5个，已开工4个"],
    ]);
  });

  test("the count first, and N个项目为X项目", () => {
    const text = [
      "一、完成投资情况",
      "1至6月完成投资5亿元。其中3个水利项目完成投资8000万元，为年计划的40%；5项交通项目完成投资1.2亿元，为年计划的55%。",
      "二、分类情况",
      "其中，20个项目为续建项目，1-6月已完成投资3亿元。",
    ].join("\n");
    const found = importText(`某县重点工程1-6月进展情况\n${text}`).tasks.map((t) => t.text);
    // The sentence they were not found in (the total) reads as before: a draft under its heading.
    expect(found).toEqual(["3个水利项目", "5项交通项目", "1至6月完成投资5亿元。", "续建项目（20个）"]);
  });

  test("one part after 其中 is a detail of the level the sentence opens with, not an item of its own", () => {
    const text = ["某区重大项目1-3月推进情况", "省重大项目4个，其中实施项目3个，已开工2个，1-3月累计完成投资1亿元。"].join("\n");
    expect(items(text)).toEqual([["省重大项目4个", "其中实施项目3个，已开工2个，1-3月累计完成投资1亿元"]]);
  });

  test("a kind and count that reach nothing (the plan) open no item", () => {
    const text = ["某县重点项目计划进展", "其中：续建项目40项，年度计划投资30亿元；新开工项目60项，年度计划投资40亿元。"].join("\n");
    expect(importText(text).tasks.map((t) => t.text)).not.toContain("续建项目40项");
  });
});

describe("projects named in a list under their state", () => {
  test("A、B等N个项目 + state, …中，A、B等项目 + state, and N个子项目已完工，分别是A和B", () => {
    const text = [
      "某市重点项目推进情况",
      "截至目前，两个子项目已完工，分别是城北污水处理厂扩建工程和滨河绿道工程。",
      "体育中心、图书馆新馆等5个项目已开工；20个在建项目中，东环路改造、西山隧道等4个项目滞后。",
    ].join("\n");
    expect(items(text)).toEqual([
      ["城北污水处理厂扩建工程", "已完工"],
      ["滨河绿道工程", "已完工"],
      ["体育中心", "已开工"],
      ["图书馆新馆", "已开工"],
      ["东环路改造", "滞后"],
      ["西山隧道", "滞后"],
    ]);
  });

  test("names with no 等 after them, or a list whose words after 等 say no state, are no such list", () => {
    const text = ["某区重点项目推进情况", "从责任单位看，高新区、开发区、城东街道推进较快。", "体育中心、图书馆新馆等项目计划投资5亿元。"].join("\n");
    const found = importText(text).tasks.map((t) => t.text);
    expect(found).not.toContain("高新区");
    expect(found).not.toContain("体育中心");
  });
});

describe("a report titled 推进情况, and its clauses after 其中：", () => {
  test("推进情况 and 推進情況 mark a progress report; 其中： opening a clause is no part of the item's name", () => {
    expect(items("某市重点项目推進情況\n其中：城东片区改造已完成拆迁200户。")).toEqual([["城东片区改造", "已完成拆迁200户"]]);
    expect(items("某市重点项目推进情况\n城东片区改造已完成拆迁200户。")).toEqual([["城东片区改造", "已完成拆迁200户"]]);
  });
});

describe("themes numbered 之一：", () => {
  test("each 之N： paragraph before any heading is a draft item (under a heading its sentences read as before)", () => {
    const text = ["某镇2024年五大工程", "镇里提出了“五大工程”：", "之一：“畅通工程”——新修村道12公里。", "之二：“安居工程”——改造危房30户。"].join("\n");
    expect(importText(text).tasks.map((t) => t.text)).toEqual(["“畅通工程”——新修村道12公里。", "“安居工程”——改造危房30户。"]);
  });

  test("under a heading a 之N： paragraph's sentences read as before, one draft each", () => {
    const text = ["某镇2024年工作安排", "一、城乡建设", "之一：“畅通工程”——新建村道12公里。完成危房改造30户。"].join("\n");
    expect(importText(text).tasks.map((t) => t.text)).toContain("完成危房改造30户。");
  });

  test("之一 inside a sentence numbers nothing", () => {
    const text = ["某镇2024年工作", "这是全省试点之一：镇里将改造危房30户。"].join("\n");
    expect(importText(text).tasks).toEqual([]);
  });
});

describe("实事 named in one sentence of a catalogue", () => {
  test("确定了A、B、C等N件实事: each name a draft task", () => {
    const text = ["某县民生工程", "今年确定了农村公路、饮水安全、学前教育等十件实事80个项目，计划投资2亿元。"].join("\n");
    expect(importText(text).tasks.map((t) => t.text)).toEqual(["农村公路", "饮水安全", "学前教育"]);
  });

  test("two names, or words after 等 that count no 实事, are no catalogue", () => {
    expect(importText("某县民生工程\n今年确定了农村公路、饮水安全等5件实事。").tasks).toEqual([]);
    expect(importText("某县民生工程\n今年确定了农村公路、饮水安全、学前教育等重点工作。").tasks).toEqual([]);
  });
});

describe("a web table one cell a line whose rows leave a cell out (second batch)", () => {
  const header = ["序号 |", "重点任务 |", "年度目标 |", "分管 领导 |", "牵头 单位 |", "1-9月进展 |", "备注 |"];
  test("a line of pipes alone is as many empty cells; a row written one cell early from the unclaimed column on is put back", () => {
    const text = [
      "某区重点工作推进情况",
      ...header,
      "1 |", "改造背街小巷20条。 |", "王建华 |", "区城管局 |", "已完成12条。 |", "||",
      "2 |", "新建口袋公园8个。 |", "王建华 |", "区住建局 |", "已建成5个。 |", "进度偏慢 |", "|",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leader, t.leadUnits.join("、"), t.progress?.text])).toEqual([
      ["1", "王建华", "区城管局", "已完成12条。"],
      ["2", "王建华", "区住建局", "已建成5个。；备注：进度偏慢"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("rows that fill every cell, or whose leader column holds a name, are left as written", () => {
    const text = [
      "某区重点工作推进情况",
      ...header,
      "1 |", "改造背街小巷20条。 |", "20条 |", "王建华 |", "区城管局 |", "已完成12条。 |", "|",
      "2 |", "新建口袋公园8个。 |", "8个 |", "王建华 |", "区住建局 |", "已建成5个。 |", "进度偏慢 |",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leader, t.leadUnits.join("、")])).toEqual([
      ["1", "王建华", "区城管局"],
      ["2", "王建华", "区住建局"],
    ]);
  });
});

describe("projects named in a list closed by their count, with no 等 (second batch)", () => {
  test("the count tells the names apart when a name holds a 、 itself", () => {
    const text = ["某县民生实事推进", "截至目前，其中城关镇一、二组饮水工程、河口村道路硬化项目2个项目已完工，其余正在推进。"].join("\n");
    expect(items(text)).toEqual([
      ["城关镇一、二组饮水工程", "已完工"],
      ["河口村道路硬化项目", "已完工"],
    ]);
  });

  test("names that do not come out as many as the count are no such list", () => {
    const text = ["某县民生实事推进", "截至目前，城关镇饮水工程、河口村道路硬化项目3个项目已完工。"].join("\n");
    expect(importText(text).tasks.map((t) => t.text)).not.toContain("河口村道路硬化项目");
  });

  test("outside a progress report a list is taken only under a state that can be nothing but a result", () => {
    expect(items("某县民生实事\n今年实施民生实事10件。\n城关镇饮水工程、河口村道路硬化项目2个项目已完工。")).toEqual([
      ["城关镇饮水工程", "已完工"],
      ["河口村道路硬化项目", "已完工"],
    ]);
    // "完成主体工程" in a plan is the target itself.
    const plan = "某县2024年民生实事安排\n一、城乡建设\n城关镇饮水工程、河口村道路硬化项目等项目完成主体工程。";
    expect(importText(plan).tasks.map((t) => t.text)).not.toContain("城关镇饮水工程");
  });

  test("the sentences a list or a counted kind is found in leave the paragraph; the rest reads as before", () => {
    const text = ["某区重点项目推进情况", "城东片区改造已完成拆迁200户。体育中心、图书馆新馆等5个项目已开工。"].join("\n");
    expect(items(text)).toEqual([
      ["体育中心", "已开工"],
      ["图书馆新馆", "已开工"],
      ["城东片区改造", "已完成拆迁200户"],
    ]);
  });
});
