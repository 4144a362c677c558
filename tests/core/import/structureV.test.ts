/**
 * Round v of issue 13's structure finding: assignment labels built as offices coin them (牵头负责领导：, 协同责任单位：),
 * a progress account beside a degree column (当前工作进展 | 形象进度), targets in quotes with the state they are in, and lists
 * of projects in a state said as 提前或超额完成. Each rule on a text of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { labelKind } from "../../../src/core/import/assignmentLabels";
import { matchHeaderRow } from "../../../src/core/import/tableColumns";
import { unaccountedLines } from "./helpers";

const pipes = (rows: string[][]) => rows.map((r) => r.join(" | ") + " |").join("\n");

describe("assignment labels built as offices coin them", () => {
  test("牵头负责领导： / 牵头责任单位： / 协同责任单位： lines under numbered items give leader, lead and co-units", () => {
    const text = [
      "一、稳住经济基本盘",
      "1. 地区生产总值增长7%左右。",
      "牵头负责领导：王立。",
      "牵头责任单位：县发展改革委。",
      "协同责任单位：县经信局、县统计局等，各乡镇。",
      "2. 一般公共预算收入增长6%。",
      "牵头负责领导：王立。",
      "牵头负责单位：县财政局。",
      "协作部门：县税务局。",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leader, t.leadUnits.join("、"), t.coUnits.join("、")])).toEqual([
      ["1", "王立", "县发展改革委", "县经信局、县统计局、各乡镇"],
      ["2", "王立", "县财政局", "县税务局"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("the built labels are of their kind; words that only end alike are no label", () => {
    expect(["牵头负责领导", "联系县领导", "包抓领导"].map(labelKind)).toEqual(["leader", "leader", "leader"]);
    expect(["牵头负责单位", "主责部门", "主要实施单位"].map(labelKind)).toEqual(["lead", "lead", "lead"]);
    expect(["协同责任单位", "协作单位", "配合实施部门"].map(labelKind)).toEqual(["co", "co", "co"]);
    expect(["各级领导", "上级单位", "有关部门", "领导", "单位"].map(labelKind)).toEqual([null, null, null, null, null]);
  });

  test("table headers built the same way find their columns", () => {
    expect(matchHeaderRow(["序号", "工作任务", "牵头负责单位", "协同责任单位"])).toMatchObject({ id: 0, text: 1, leadUnits: 2, coUnits: 3 });
  });
});

describe("a progress account beside a degree", () => {
  test("当前工作进展 | 形象进度: the account is the progress, the degree its rate", () => {
    const text = pipes([
      ["工作内容", "当前工作进展", "形象进度"],
      ["完成交通投资20亿元", "完成综合交通投资21.5亿元", "100%"],
      ["改造农村公路30公里", "已完成18公里", "60%"],
    ]);
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.progress?.text.split("；")[0]])).toEqual([
      ["完成交通投资20亿元", "完成综合交通投资21.5亿元"],
      ["改造农村公路30公里", "已完成18公里"],
    ]);
    expect(r.tasks[1].progress?.text).toContain("60%");
  });

  test("lookalikes: a degree alone stays the progress; a planned account (进展安排) is not taken", () => {
    expect(matchHeaderRow(["工作内容", "形象进度"])).toMatchObject({ progress: 1 });
    expect(matchHeaderRow(["工作内容", "进展安排", "形象进度"])).toMatchObject({ progress: 2 });
    expect(matchHeaderRow(["工作内容", "进展情况", "形象进度"])).toMatchObject({ progress: 1 });
  });
});

describe("targets in quotes with the state they are in", () => {
  test("numbered paragraphs of a report, each a quoted target that lags: the target is the item, numbered as written", () => {
    const text = [
      "上半年重点工作落实情况汇报",
      "一、基本情况",
      "现将有关情况汇报如下：",
      "1.“新增规上工业企业20家”未达进度。目前新增9家。",
      "2.“建成乡镇污水处理站5座”未如期完成。目前已建成2座，其余在建。",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.progress?.text])).toEqual([
      ["1", "新增规上工业企业20家", "未达进度。目前新增9家。"],
      ["2", "建成乡镇污水处理站5座", "未如期完成。目前已建成2座，其余在建。"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a quoted project right before its result in a progress report is an item", () => {
    const r = importText("民生工程进展情况\n截至7月底，“改造老旧小区12个”项目已完成全年任务，其余项目按节点推进。");
    expect(r.tasks.map((t) => [t.text, t.progress?.text])).toEqual([["改造老旧小区12个", "已完成全年任务"]]);
  });

  test("lookalikes: a quote the sentence says no state of, a quote followed by other words, a quote outside a progress report", () => {
    const said = importText("上半年工作情况\n1.“放管服”改革持续深化，群众满意度提升。\n2.“一网通办”覆盖面扩大。");
    expect(said.tasks.some((t) => t.text === "放管服" || t.text === "一网通办")).toBe(false);
    const other = importText("民生工程进展情况\n“菜篮子”工程建设稳步推进，供应总体充足。");
    expect(other.tasks.some((t) => t.text === "菜篮子")).toBe(false);
    const plan = importText("2024年工作安排\n一、民生实事\n“改造老旧小区12个”项目已列入计划，年内实施。");
    expect(plan.tasks.some((t) => t.text === "改造老旧小区12个")).toBe(false);
  });
});

describe("projects listed under a state said as 提前或超额完成", () => {
  test("A、B、C等6个项目提前或超额完成了节点任务: each named project with the state", () => {
    const r = importText("重点民生工程进展情况\n到7月底，新建村道120公里、改造危房300户、新增托位500个等6个项目提前或超额完成了节点任务，其余项目稳步推进。");
    expect(r.tasks.map((t) => [t.text, t.progress?.text])).toEqual([
      ["新建村道120公里", "提前或超额完成了节点任务"],
      ["改造危房300户", "提前或超额完成了节点任务"],
      ["新增托位500个", "提前或超额完成了节点任务"],
    ]);
  });

  test("lookalike: a list that asks for completion ahead of time in a plan is the plan, not items", () => {
    const r = importText("2024年工作安排\n一、民生实事\n新建村道120公里、改造危房300户等项目力争提前完成。");
    expect(r.tasks.some((t) => t.text === "新建村道120公里")).toBe(false);
  });
});

describe("columns found by how offices build their names", () => {
  test("units, progress and task columns under names no list holds", () => {
    expect(matchHeaderRow(["序号", "工作任务", "负责部门", "目前进展"])).toMatchObject({ text: 1, units: 2, progress: 3 });
    expect(matchHeaderRow(["序号", "重点工作", "承担单位", "推进成效"])).toMatchObject({ text: 1, units: 2, progress: 3 });
    expect(matchHeaderRow(["序号", "任务", "牵头科室", "配合股室", "执行情况"])).toMatchObject({ leadUnits: 2, coUnits: 3, progress: 4 });
    expect(matchHeaderRow(["序号", "民生项目", "实施主体", "建设进展"])).toMatchObject({ text: 1, units: 2, progress: 3 });
    expect(matchHeaderRow(["序号", "事项", "责任主体", "截至6月底情况"])).toMatchObject({ text: 1, units: 2, progress: 3 });
  });

  test("lookalikes: what is asked, planned or described is no progress; a place is no unit; 事项 beside targets stays the category", () => {
    const held = matchHeaderRow(["序号", "工作任务", "责任单位", "存在问题"]);
    expect(held?.progress).toBeUndefined();
    expect(held?.problems).toBe(3);
    expect(matchHeaderRow(["序号", "工作任务", "责任单位", "基本情况"])?.progress).toBeUndefined();
    expect(matchHeaderRow(["序号", "工作任务", "责任单位", "推进计划"])?.progress).toBeUndefined();
    expect(matchHeaderRow(["序号", "工作任务", "责任单位", "项目情况"])?.progress).toBeUndefined();
    expect(matchHeaderRow(["序号", "工作任务", "实施地点", "责任单位"])).toMatchObject({ units: 3 });
    expect(matchHeaderRow(["序号", "事项", "奋斗目标", "工作目标", "完成情况"])).toMatchObject({ section: 1, stretchTarget: 2, workTarget: 3 });
  });

  test("a units column with a blank header is told by its cells: unit names and nothing else", () => {
    const text = ["序号\t工作任务\t\t完成时限", "1\t新建幼儿园3所。\t县教育局（牵头）、县住建局\t12月底", "2\t改造农村公路40公里。\t县交通运输局\t10月底", "3\t新增城镇就业2000人。\t县人社局、各乡镇\t12月底"].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits.join("、"), t.coUnits.join("、")])).toEqual([
      ["1", "县教育局", "县住建局"],
      ["2", "县交通运输局", ""],
      ["3", "县人社局", "各乡镇"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalikes: places under 实施地点, sentences, and a column only half of unit names are no units column", () => {
    const places = importText(["序号\t工作任务\t实施地点\t完成时限", "1\t新建幼儿园3所。\t城关镇\t12月底", "2\t改造农村公路40公里。\t新华乡\t10月底"].join("\n"));
    expect(places.tasks.every((t) => t.leadUnits.length === 0)).toBe(true);
    const sentences = importText(["序号\t工作任务\t\t完成时限", "1\t新建幼儿园3所。\t已完成选址，正在设计。\t12月底", "2\t改造农村公路40公里。\t已完成12公里。\t10月底"].join("\n"));
    expect(sentences.tasks.every((t) => t.leadUnits.length === 0)).toBe(true);
    const half = importText(["序号\t工作任务\t\t完成时限", "1\t新建幼儿园3所。\t县教育局\t12月底", "2\t改造农村公路40公里。\t年内完成\t10月底"].join("\n"));
    expect(half.tasks.every((t) => t.leadUnits.length === 0)).toBe(true);
  });
});
