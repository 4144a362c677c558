/**
 * Round w of issue 13's structure finding: an assignment closing an item in tortoise-shell or full-width square brackets
 * (〔牵头单位：…，责任单位：…〕), and projects listed one a clause with the state each is in (其中：A项目…；B项目…；…). Each
 * rule on a text of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

describe("an assignment in 〔〕 or ［］ brackets", () => {
  test("〔牵头单位：…，责任单位：…〕 closing an item gives its lead and co-units, as （…） does", () => {
    const text = [
      "一、深化审批制度改革",
      "1.承接落实上级下放的行政权力事项，确保接得住、管得好。〔牵头单位：区政府办公室，责任单位：区司法局，各街道〕",
      "2.公布区级行政备案事项清单。［牵头单位：区行政审批服务局；责任单位：区市场监管局］",
      "3.开展行政许可案卷评查。(牵头单位：区司法局；责任单位：区政府有关部门)",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits.join("、"), t.coUnits.join("、")])).toEqual([
      ["1", "承接落实上级下放的行政权力事项，确保接得住、管得好。", "区政府办公室", "区司法局、各街道"],
      ["2", "公布区级行政备案事项清单。", "区行政审批服务局", "区市场监管局"],
      ["3", "开展行政许可案卷评查。", "区司法局", "区政府有关部门"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a document number in 〔〕 (济政办发〔2021〕4号) is no assignment and stays in the item's text", () => {
    const text = [
      "一、深化审批制度改革",
      "1.按照济政办发〔2021〕4号要求梳理审批事项。(牵头单位：区行政审批服务局)",
      "2.落实〔2020〕12号文件确定的备案事项。(牵头单位：区司法局)",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits.join("、")])).toEqual([
      ["1", "按照济政办发〔2021〕4号要求梳理审批事项。", "区行政审批服务局"],
      ["2", "落实〔2020〕12号文件确定的备案事项。", "区司法局"],
    ]);
  });
});

describe("projects listed one a clause with their state", () => {
  const report = (sentence: string) =>
    ["重大项目专班7月份工作进展情况汇报", "一、目前工作进展", "（一）存量项目加快推进", "截至7月末，开复工项目44个，开复工率67.6%。", sentence].join("\n");

  test("其中：A项目…；B项目…；C工程…；D厂二期… gives one item a clause, the words after the name its progress", () => {
    const text = report("其中：东城食品加工项目安装完成2条生产线；西区仓储物流项目正在进行设备安装；南湖水系连通工程8月份主体工程完工；市第二水厂二期开工建设。");
    const r = importText(text);
    expect(r.tasks.filter((t) => t.progress?.text).map((t) => [t.text, t.progress!.text])).toEqual([
      ["东城食品加工项目", "安装完成2条生产线"],
      ["西区仓储物流项目", "正在进行设备安装"],
      ["南湖水系连通工程", "8月份主体工程完工"],
      ["市第二水厂二期", "开工建设"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a clause listing several projects (、…等项目) is read as a list under its state, the others one a clause", () => {
    const r = importText(report("其中：东城食品加工项目建成厂房2栋；西区仓储物流项目主体封顶；北苑、南苑等项目完成投资1.2亿元；市第二水厂二期开工建设。"));
    expect(r.tasks.filter((t) => t.progress?.text).map((t) => t.text)).toEqual(["东城食品加工项目", "西区仓储物流项目", "北苑", "南苑", "市第二水厂二期"]);
  });

  test("a plan's clauses, counts of projects and fewer than three clauses open no item", () => {
    const plan = importText(report("其中：东城食品加工项目计划投资5亿元；西区仓储物流项目计划投资3亿元；南湖水系连通工程计划投资2亿元。"));
    expect(plan.tasks.filter((t) => /东城|西区|南湖/.test(t.text) && t.text.length <= 12)).toEqual([]);
    const counts = importText(report("其中：在建续建项目185项，完成投资30亿元；计划新开工项目157项，完成投资12亿元；计划竣工项目40项，完成投资5亿元。"));
    expect(counts.tasks.map((t) => t.text)).not.toContain("计划新开工项目");
    const two = importText(report("其中：东城食品加工项目安装完成2条生产线；西区仓储物流项目正在进行设备安装。"));
    expect(two.tasks.map((t) => t.text)).not.toContain("西区仓储物流项目");
  });
});

describe("a named item over its account in a progress report", () => {
  const account = [
    "（一）新农村建设（含危房改造）：今年任务数为210栋，总投资1420万元。目前已制定工作方案，任务已分解到各村。",
    "但上级下达的33个指标，现只落实了7户，有待沟通解决。",
    "存在的问题：补助资金少，群众积极性不高。",
    "下一步工作计划：进一步动员群众，保证如期完成。",
    "（二）农业产业化建设：今年任务是蔬菜种植200亩，共需资金210万元。目前蔬菜种植任务已完成。",
  ];

  test("（一）name：account — the name is the item, the account, the paragraphs under it, 存在的问题 and 下一步 its progress", () => {
    const text = ["某乡项目建设情况汇报", "一、十大工程", ...account].join("\n");
    const r = importText(text);
    expect(r.sections.map((s) => [s.name, s.foundCount])).toEqual([["一、十大工程", 2]]);
    expect(r.tasks.map((t) => [t.text, /只落实了7户/.test(t.progress?.text ?? ""), t.progress?.problems ?? "", t.progress?.nextSteps ?? ""])).toEqual([
      ["新农村建设（含危房改造）", true, "补助资金少，群众积极性不高", "进一步动员群众，保证如期完成"],
      ["农业产业化建设", false, "", ""],
    ]);
    expect(r.tasks[1].progress?.text).toContain("目前蔬菜种植任务已完成");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("the same in traditional characters, as mirror sites render a page (情況匯報, 存在的問題：, 下一步工作計劃：)", () => {
    const text = ["某鄉項目建設情況匯報", "一、十大工程", "（一）新農村建設：今年任務數為210棟。目前鄉政府已制定工作方案，任務已分解到各村。", "存在的問題：補助資金少。", "下一步工作計劃：進一步動員群眾。", "（二）農業產業化建設：今年任務是蔬菜種植200畝。目前蔬菜種植任務已完成。"].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.progress?.problems ?? "", t.progress?.nextSteps ?? ""])).toEqual([
      ["新農村建設", "補助資金少", "進一步動員群眾"],
      ["農業產業化建設", "", ""],
    ]);
  });

  test("in a plan, with a short value, or with an account that reaches nothing, the line stays the item's text", () => {
    const plan = importText(["某乡2024年项目建设计划", "一、十大工程", ...account.filter((l) => /^（/.test(l))].join("\n"));
    expect(plan.tasks.some((t) => t.text === "新农村建设（含危房改造）")).toBe(false);
    const short = importText(["某县上半年主要指标完成情况", "一、主要指标", "1.地区生产总值：增长6%左右，全年目标。", "2.固定资产投资：增长8%左右，全年目标。"].join("\n"));
    expect(short.tasks.some((t) => t.text === "地区生产总值")).toBe(false);
    const none = importText(["某乡项目建设情况汇报", "一、十大工程", "（一）农村公路建设：计划新建农村公路50公里，改造危桥10座，年底前全部完工。", "（二）饮水工程建设：计划新建集中供水工程3处，惠及群众5000人。"].join("\n"));
    expect(none.tasks.some((t) => t.text === "农村公路建设")).toBe(false);
  });
});

describe("a table's header in traditional characters", () => {
  test("序號 | 工作任務 | 責任單位 | 進展情況 is read as its header; the task cells under it stay as written (unit names are matched as before)", () => {
    const text = ["序號 | 工作任務 | 責任單位 | 進展情況 |", "1 | 新建學校3所 | 區教體局 | 已完成2所 |", "2 | 改造管網5公里 | 區住建局 | 完成3公里 |"].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits.join("、"), t.progress?.text ?? ""])).toEqual([
      ["1", "新建學校3所", "区教体局", "已完成2所"],
      ["2", "改造管網5公里", "区住建局", "完成3公里"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a row of short cells in traditional characters that is no header stays as written", () => {
    const text = ["序号 | 工作任务 | 责任单位 |", "1 | 進度 | 區教體局 |", "2 | 項目 | 區住建局 |"].join("\n");
    expect(importText(text).tasks.map((t) => [t.text, t.leadUnits.join("、")])).toEqual([
      ["進度", "区教体局"],
      ["項目", "区住建局"],
    ]);
  });
});
