/**
 * Round l of issue 13's structure finding, each rule on a shape of its own and against what it must leave alone:
 * progress columns named by where the work stands (当前进度, 形象进度, 工作进度) or by a period and what it reached
 * (截至9月底完成, 1-8月完成投资), share-of-plan columns (占年度计划), a 工作项目 name column, leader columns named by the
 * office's word for the role (包抓领导), counting brackets of 大领域 and 个项目, header paragraphs that are complete
 * names kept apart, and progress label lines (完成情况：) under a list's items.
 */
import { importText } from "../../../src/core/import";
import { declaredCount } from "../../../src/core/import/sections";
import { matchHeaderRow } from "../../../src/core/import/tableColumns";
import { periodNamed } from "../../../src/core/import/importTable";
import { unaccountedLines } from "./helpers";

const row = (...cells: string[]) => cells.join("\t");
const progressOf = (t: { progress?: { text: string; completion: string } }) => (t.progress ? [t.progress.text, t.progress.completion].filter(Boolean).join("|") : "");

describe("progress columns in an office's own words", () => {
  test.each([
    ["当前进度", "85%（主体完工）"],
    ["形象进度", "主体工程完成70%"],
    ["工作进度", "已完成设计12条"],
    ["目前进度", "完成招标"],
  ])("a column named %s is the progress", (name, value) => {
    const text = [row("序号", "项目名称", name, "责任单位"), row("1", "城区停车场建设", value, "县住建局")].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits, progressOf(t)])).toEqual([["1", ["县住建局"], value]]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a 进度安排 column plans the work: never progress", () => {
    expect(matchHeaderRow(["序号", "工作任务", "责任单位", "进度安排"])!.progress).toBeUndefined();
    expect(matchHeaderRow(["序号", "工作任务", "责任单位", "工作进度安排"])!.progress).toBeUndefined();
    expect(matchHeaderRow(["序号", "工作任务", "责任单位", "项目进度计划"])!.progress).toBeUndefined();
    expect(matchHeaderRow(["序号", "工作任务", "责任单位", "一季度工作进展"])!.progress).toBe(3);
    const text = [row("序号", "工作任务", "责任单位", "进度安排"), row("1", "完成老旧小区改造6个。", "县住建局", "6月底前开工，11月底前完工")].join("\n");
    expect(importText(text).tasks[0].progress).toBeUndefined();
  });

  test.each([
    ["截至9月底完成", "已完成8个"],
    ["1-8月完成投资（亿元）", "9.8"],
    ["一季度实际完成", "完成投资2.1亿元"],
    ["上半年累计完成", "新增学位600个"],
  ])("a column named by a period and what it reached (%s) joins the progress with its name", (name, value) => {
    const cols = matchHeaderRow(["序号", "实事项目", name, "责任单位"])!;
    expect(cols.reached).toBe(2);
    const text = [row("序号", "实事项目", "年度目标", name, "责任单位"), row("1", "农村幸福院建设", "15个", value, "县民政局")].join("\n");
    const [t] = importText(text).tasks;
    // The column's name as the header folds it (full-width brackets written half-width).
    expect(t.progress?.text).toBe(`${name.replace(/（/g, "(").replace(/）/g, ")")}：${value}`);
    expect(t.leadUnits).toEqual(["县民政局"]);
  });

  test("a column that plans for a period (1-8月计划完成, 1-8月计划投资) is no progress", () => {
    expect(matchHeaderRow(["序号", "项目名称", "1-8月计划完成", "责任单位"])!.reached).toBeUndefined();
    const text = [row("序号", "项目名称", "1-8月计划投资", "责任单位"), row("1", "职业技术学院新校区", "3.6", "市教育局")].join("\n");
    expect(importText(text).tasks[0].progress).toBeUndefined();
  });

  test("占年度计划（%） is the share reached: it joins the progress as the completion rate, beside 形象进度", () => {
    const text = [
      row("序号", "项目名称", "年度计划投资（亿元）", "1-8月完成投资（亿元）", "占年度计划（%）", "形象进度", "责任单位"),
      row("1", "城市快速干道二期工程", "8.0", "6.1", "76.3", "路基全线贯通", "市住建局"),
    ].join("\n");
    const [t] = importText(text).tasks;
    // Round av: a bare figure under a header in percent keeps its unit (76.3 under 占年度计划（%） → 76.3%).
    expect(t.progress?.text).toBe("路基全线贯通；1-8月完成投资(亿元)：6.1；完成率 76.3%");
    expect(t.text).toBe("城市快速干道二期工程");
  });
});

describe("names and leaders of a table", () => {
  test("a 工作项目 column names the item; its 工作目标及任务要求 stays the work target", () => {
    const text = [row("序号", "工作项目", "工作目标及任务要求", "责任科室", "完成时限"), row("1", "背街小巷改造", "完成背街小巷改造提升30条。", "市政科", "12月底")].join("\n");
    const [t] = importText(text).tasks;
    expect([t.text, t.workTarget, t.leadUnits, t.deadline]).toEqual(["背街小巷改造", "完成背街小巷改造提升30条。", ["市政科"], "12月底"]);
  });

  test("without 工作项目 the same row's text is its work target, as before", () => {
    const text = [row("序号", "工作目标及任务要求", "责任科室", "完成时限"), row("1", "完成背街小巷改造提升30条。", "市政科", "12月底")].join("\n");
    expect(importText(text).tasks.map((t) => [t.text, t.leadUnits])).toEqual([["完成背街小巷改造提升30条。", ["市政科"]]]);
  });

  test.each(["包抓领导", "联系县领导", "挂点领导", "包联领导"])("a column named %s gives each task its leader", (name) => {
    const text = [row("序号", "项目名称", name, "责任单位"), row("1", "建设多功能运动场3个", "王 凯", "县文旅局"), row("2", "改造农村公路40公里", "李强、陈华", "县交通局")].join("\n");
    expect(importText(text).tasks.map((t) => [t.id, t.leader])).toEqual([["1", "王凯"], ["2", "李强、陈华"]]);
  });

  test("a column whose name only contains 领导 is no leader (领导批示, 领导小组办公室意见)", () => {
    expect(matchHeaderRow(["序号", "工作任务", "领导批示", "责任单位"])!.leader).toBeUndefined();
    expect(matchHeaderRow(["序号", "工作任务", "领导小组办公室意见", "责任单位"])!.leader).toBeUndefined();
  });
});

describe("counting brackets of 大领域 and 个项目", () => {
  test.each([
    ["一、市级民生实事（9大领域16个项目）", 16],
    ["二、县级民生实事（涉及8大领域10个项目）", 10],
    ["三、重点工程（共12个项目）", 12],
    ["四、乡村振兴（3大类20项）", 20],
  ])("%s declares %i", (heading, count) => {
    expect(declaredCount(heading)?.count).toBe(count);
  });

  test.each(["一、重点项目（9大领域）", "二、项目建设（新建项目3个）", "三、社会事业（完成投资5亿元，新建3个项目）"])("%s declares nothing", (heading) => {
    expect(declaredCount(heading)).toBeNull();
  });

  test("a heading row with such a bracket is the section, named without it, its count declared", () => {
    const text = [row("序号", "领域", "项目名称", "包抓领导", "责任单位"), "一、市级民生实事（9大领域16个项目）", row("1", "教育强基", "新建公办幼儿园2所", "王凯", "县教体局")].join("\n");
    const r = importText(text);
    expect(r.sections.map((s) => [s.name, s.declaredCount])).toEqual([["一、市级民生实事", 16]]);
    expect(r.tasks.map((t) => [t.section, t.subsection, t.leader])).toEqual([["一、市级民生实事", "教育强基", "王凯"]]);
  });
});

describe("header names one a paragraph", () => {
  const cells = (rows: string[][]) => rows.flatMap((r) => r.flatMap((c) => [c, ""])).join("\n");

  test("a task column name (项目内容) and a progress name (当前进度) in two paragraphs stay two columns", () => {
    const text = cells([
      ["序号", "项目内容", "当前进度", "牵头单位", "备注"],
      ["1", "建设四好农村路55公里。", "95%", "县交通局", "县民生实事"],
      ["2", "新（改、扩）建公办幼儿园5所。", "80%（一所滞后）", "县教育局", "市民生实事"],
    ]);
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits, t.progress?.text])).toEqual([
      ["1", "建设四好农村路55公里。", ["县交通局"], "95%；备注：县民生实事"],
      ["2", "新（改、扩）建公办幼儿园5所。", ["县教育局"], "80%（一所滞后）；备注：市民生实事"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a name broken over two paragraphs (责任 / 领导) is still joined", () => {
    const text = cells([
      ["序号", "工作任务", "责任", "领导", "责任单位"],
      ["1", "完成老旧小区改造6个。", "王凯", "县住建局"],
    ]);
    expect(importText(text).tasks.map((t) => [t.id, t.leader, t.leadUnits])).toEqual([["1", "王凯", ["县住建局"]]]);
  });
});

describe("progress label lines under a list's items", () => {
  test("完成情况： / 进展情况： / 落实情况： under an item are its progress, beside its 牵头单位： and 配合单位：", () => {
    const text = [
      "关于2020年工作任务三季度落实情况的通报",
      "一、经济指标",
      "1.地区生产总值增长6.5%。",
      "牵头单位：县发改局",
      "完成情况：1-9月同比增长2%。",
      "2.一般公共预算收入完成8.5亿元。",
      "牵头单位：县财政局",
      "进展情况：完成年度预算数的62.6%。",
      "二、民生事业",
      "3.城镇居民人均可支配收入增长7%。",
      "牵头单位：县统计局",
      "配合单位：县人社局",
      "落实情况：同比下降0.7%。",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.section, t.text, t.leadUnits, t.coUnits, t.progress?.text])).toEqual([
      ["1", "一、经济指标", "地区生产总值增长6.5%。", ["县发改局"], [], "1-9月同比增长2%"],
      ["2", "一、经济指标", "一般公共预算收入完成8.5亿元。", ["县财政局"], [], "完成年度预算数的62.6%"],
      ["3", "二、民生事业", "城镇居民人均可支配收入增长7%。", ["县统计局"], ["县人社局"], "同比下降0.7%"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a notice's assignment bracket is cut at its labels as before: 完成情况 there is no label of the bracket", () => {
    const text = [
      "一、稳增长",
      "1.推动工业企业技术改造，完成情况纳入年度考核。（牵头领导：王凯。承办单位：区工信局、区财政局）",
      "2.新增规上工业企业20家。（牵头领导：王凯。承办单位：区工信局）",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leader, t.leadUnits, t.coUnits, t.progress])).toEqual([
      ["1", "王凯", ["区工信局"], ["区财政局"], undefined],
      ["2", "王凯", ["区工信局"], [], undefined],
    ]);
    expect(r.tasks[0].text).toContain("完成情况纳入年度考核");
  });
});

describe("the period of progress written as a date reached", () => {
  test.each([
    ["2022年度市县民生实事未完成项目进度表（截至10月31日）", "1-10月"],
    ["民生实事项目推进情况（截至9月底）", "1-9月"],
    ["重点项目进展情况（截止2023年6月30日）", "1-6月"],
    ["2023年度重点工作完成情况表（截至12月31日）", "全年"],
  ])("%s → %s", (title, period) => {
    expect(periodNamed(title)).toBe(period);
  });

  test("a period named otherwise stays as named; a year-end table without a date stays 全年", () => {
    expect(periodNamed("2023年上半年重点工作落实情况（截至6月底）")).toBe("上半年");
    expect(periodNamed("2023年度重点工作完成情况表")).toBe("全年");
    expect(periodNamed("2024年1-11月完成情况")).toBe("1-11月");
    expect(periodNamed("截至目前推进情况")).toBe("");
  });

  test("a table under such a title gives its progress rows that period, and a reached column names its own", () => {
    const title = [row("序号", "项目内容", "当前进度", "牵头单位"), row("1", "建设四好农村路55公里。", "95%", "县交通局")].join("\n");
    expect(importText(`2022年度民生实事未完成项目进度表（截至10月31日）\n${title}`).tasks[0].progress?.period).toBe("1-10月");
    const reached = [row("序号", "实事项目", "截至9月底完成", "责任单位"), row("1", "农村幸福院建设", "已完成8个", "县民政局")].join("\n");
    expect(importText(`2025年民生实事进展情况表\n${reached}`).tasks[0].progress?.period).toBe("1-9月");
  });
});

describe("progress written under each item of a progress report", () => {
  const shape = (under: string[]) =>
    [
      "2023年重点工作一季度进展情况",
      "一、经济发展",
      "1.地区生产总值增长6%。（牵头单位：区发改委）",
      under[0],
      "2.新建5G基站300个。（区经信委牵头，区住建局配合）",
      under[1],
      "二、民生保障",
      "3.新增城镇就业1.2万人。",
      "牵头单位：区人社局",
      under[2],
      "下一步，各牵头单位要对照序时进度加快推进，确保完成全年目标任务。",
    ].join("\n");

  test.each([
    [["一季度增长5.8%，高于全市平均。", "已建成120个，其余正在选址。", "1-3月新增3100人。"]],
    [["截至3月底，增长5.8%。", "正在选址，尚未开工。", "目前新增3100人。"]],
    [["进展：一季度增长5.8%", "完成情况：已建成120个", "落实情况：1-3月新增3100人"]],
  ])("a paragraph or label line under an item whose assignment has closed is its progress: %j", (under) => {
    const text = shape(under);
    const r = importText(text);
    const plain = (s: string) => s.replace(/^(进展|完成情况|落实情况)：/, "").replace(/。$/, "");
    expect(r.tasks.map((t) => [t.id, t.section, t.leadUnits, t.coUnits, t.progress?.text.replace(/。$/, "")])).toEqual([
      ["1", "一、经济发展", ["区发改委"], [], plain(under[0])],
      ["2", "一、经济发展", ["区经信委"], ["区住建局"], plain(under[1])],
      ["3", "二、民生保障", ["区人社局"], [], plain(under[2])],
    ]);
    expect(r.tasks.every((t) => t.progress?.period === "一季度")).toBe(true);
    // The closing paragraph is no item's progress: it stays with the text around the list.
    expect(r.tasks.some((t) => t.progress?.text.includes("下一步"))).toBe(false);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("in a decomposition (no progress title) the same paragraphs are not progress", () => {
    const text = shape(["已列入区重点项目库。", "已纳入年度计划。", "已完成前期调研。"]).replace("2023年重点工作一季度进展情况", "2023年重点工作任务分解").replace("对照序时进度加快推进", "细化措施");
    const r = importText(text);
    expect(r.tasks.map((t) => t.progress)).toEqual([undefined, undefined, undefined]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a paragraph under an item that has not closed its assignment is no progress (it may be the item's own text)", () => {
    const text = [
      "2023年重点工作一季度进展情况",
      "1.地区生产总值增长6%。",
      "已经连续三年保持增长。（牵头单位：区发改委）",
      "2.新建5G基站300个。",
      "已列入年度计划。（牵头单位：区经信委）",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.progress?.text])).toEqual([
      ["1", ["区发改委"], undefined],
      ["2", ["区经信委"], undefined],
    ]);
  });
});
