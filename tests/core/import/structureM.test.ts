/**
 * Round m of issue 13's structure finding, each rule on a shape of its own and against what it must leave alone:
 * progress per period in columns of its own (一季度进展 | 二季度进展 | 三季度进展), a category column known by its
 * blocks of rows whatever its name (行动计划, 专项), a category cell declaring its count (基层党建（28项）), a heading's
 * bracket that counts and says how many the document lists (（共8宗，本通报列出2宗）), 存在问题： / 下一步计划： lines
 * under a reported item, a 责任清单 written unit first with the unit merged over its duties (工作职责), and a plan's
 * target per year in columns of their own (2018年 | 2019年 | 2020年).
 */
import { importText } from "../../../src/core/import";
import { countNote, declaredCount, parseSectionHeading } from "../../../src/core/import/sections";
import { matchHeaderRow, periodProgressColumns } from "../../../src/core/import/tableColumns";
import { unaccountedLines } from "./helpers";

const row = (...cells: string[]) => cells.join("\t");

describe("progress per period in columns of its own", () => {
  test("the latest period a row fills is its progress, with that period", () => {
    const text = [
      row("序号", "项目名称", "责任单位", "二季度推进情况", "三季度推进情况", "四季度推进情况"),
      row("1", "城东学校新建工程", "县教育局", "完成地基。", "主体封顶。", "已交付使用。"),
      row("2", "滨河路改造", "县住建局", "完成招标。", "完成路面改造2公里。", ""),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.progress?.text, t.progress?.period])).toEqual([
      ["1", "已交付使用。", "四季度"],
      ["2", "完成路面改造2公里。", "三季度"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("months work as quarters do (7月份进展 | 8月份进展)", () => {
    expect(periodProgressColumns(["序号", "工作任务", "7月份进展", "8月份进展", "责任单位"])).toEqual([2, 3]);
    const text = [row("序号", "工作任务", "7月份进展", "8月份进展", "责任单位"), row("1", "完成河道清淤10公里。", "清淤3公里。", "清淤6.5公里。", "县水利局")].join("\n");
    expect(importText(text).tasks[0].progress?.text).toBe("清淤6.5公里。");
  });

  test("one period column is a progress column like any other; columns that plan are no period progress", () => {
    expect(periodProgressColumns(["序号", "工作任务", "一季度推进情况", "责任单位"])).toEqual([]);
    expect(periodProgressColumns(["序号", "工作任务", "一季度计划", "二季度计划", "责任单位"])).toEqual([]);
    const text = [row("序号", "实事项目", "具体事项", "责任单位", "一季度推进情况"), row("1", "关爱老年人", "建设老年活动室10个", "区民政局", "已完成选址。")].join("\n");
    expect(importText(text).tasks.map((t) => [t.progress?.text, t.progress?.period])).toEqual([["已完成选址。", "一季度"]]);
  });
});

describe("a category column known by its blocks of rows", () => {
  test("a column of no known name, given on the first row of its block, is the category (专项)", () => {
    const text = [
      row("序号", "专项", "工作任务", "牵头单位"),
      row("1", "蓝天保卫战", "淘汰燃煤小锅炉20台。", "市生态环境局"),
      row("2", "", "完成加油站油气回收改造。", "市商务局"),
      row("3", "碧水保卫战", "完成黑臭水体整治5条。", "市水务局"),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.section])).toEqual([["1", "蓝天保卫战"], ["2", "蓝天保卫战"], ["3", "碧水保卫战"]]);
    expect(r.sections.map((s) => [s.name, s.foundCount])).toEqual([["蓝天保卫战", 2], ["碧水保卫战", 1]]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("repeated over its rows, as a spreadsheet repeats a merged value, it is the category too (行业)", () => {
    const text = [
      row("序号", "行业", "项目名称", "责任单位"),
      row("1", "工业", "年产5万吨铝材项目", "县工信局"),
      row("2", "工业", "电子元件产业园", "县开发区管委会"),
      row("3", "农业", "高标准农田建设", "县农业农村局"),
    ].join("\n");
    expect(importText(text).tasks.map((t) => t.section)).toEqual(["工业", "工业", "农业"]);
  });

  test("left alone: codes in every row, sentences, one block only, and a column right of the task", () => {
    const codes = [row("序号", "项目编号", "项目名称", "责任单位"), row("1", "XM01", "城区管网改造", "县住建局"), row("2", "XM02", "乡村道路硬化", "县交通局")].join("\n");
    expect(importText(codes).tasks.map((t) => t.section)).toEqual(["", ""]);
    const oneBlock = [row("序号", "专项", "工作任务", "牵头单位"), row("1", "蓝天保卫战", "淘汰燃煤小锅炉20台。", "市生态环境局"), row("2", "", "完成油气回收改造。", "市商务局")].join("\n");
    expect(importText(oneBlock).tasks.map((t) => t.section)).toEqual(["", ""]);
    const sentences = [row("序号", "说明", "工作任务", "牵头单位"), row("1", "按省里要求，年内完成。", "淘汰小锅炉。", "市生态环境局"), row("2", "", "油气回收。", "市商务局"), row("3", "结合实际，分步实施。", "整治河道。", "市水务局")].join("\n");
    expect(importText(sentences).tasks.map((t) => t.section)).toEqual(["", "", ""]);
    const right = [row("序号", "工作任务", "牵头单位", "专项"), row("1", "淘汰小锅炉。", "市生态环境局", "蓝天"), row("2", "油气回收。", "市商务局", ""), row("3", "整治河道。", "市水务局", "碧水")].join("\n");
    expect(importText(right).tasks.map((t) => t.section)).toEqual(["", "", ""]);
  });
});

describe("a category cell declaring its count", () => {
  test("类别 \"民生保障（共3项）\" is the section 民生保障, declaring 3", () => {
    const text = [
      row("序号", "类别", "工作任务", "责任单位"),
      row("1", "民生保障（共3项）", "新增城镇就业3000人。", "县人社局"),
      row("2", "", "改造农村危房200户。", "县住建局"),
      row("3", "", "新建村卫生室5个。", "县卫健委"),
      row("4", "生态环境（1项）", "完成植树造林2万亩。", "县林业局"),
    ].join("\n");
    const r = importText(text);
    expect(r.sections.map((s) => [s.name, s.declaredCount, s.foundCount])).toEqual([["民生保障", 3, 3], ["生态环境", 1, 1]]);
    expect(r.notes.filter((n) => n.code === "IMPORT_SECTION_COUNT")).toEqual([]);
  });

  test("a count that does not match is said; a category without a count stays as written", () => {
    const text = [row("序号", "类别", "工作任务", "责任单位"), row("1", "民生保障（共3项）", "新增城镇就业3000人。", "县人社局"), row("2", "生态环境", "完成植树造林2万亩。", "县林业局")].join("\n");
    const r = importText(text);
    expect(r.sections.map((s) => [s.name, s.declaredCount])).toEqual([["民生保障", 3], ["生态环境", null]]);
    expect(r.notes.map((n) => n.code)).toContain("IMPORT_SECTION_COUNT");
  });
});

describe("a heading's bracket that counts what the document lists", () => {
  test("（共8宗，本通报列出2宗） is no part of the name and declares nothing; （共6宗） declares 6", () => {
    expect(countNote("（一）市委交办工作（共8宗，本通报列出2宗）")).toBe("（一）市委交办工作".length);
    expect(parseSectionHeading("（一）市委交办工作（共8宗，本通报列出2宗）")).toEqual({ name: "（一）市委交办工作", declaredCount: null });
    expect(parseSectionHeading("二、重点项目（其中选列3项）")).toEqual({ name: "二、重点项目", declaredCount: null });
    expect(declaredCount("二、重点项目（共6宗）")?.count).toBe(6);
  });

  test("left alone: a bracket with anything but counts, and one without a number", () => {
    expect(countNote("一、项目建设（完成投资5亿元，列入省重点3项）")).toBeNull();
    expect(countNote("一、项目建设（牵头单位：县发改局，列出3项）")).toBeNull();
    expect(countNote("一、项目建设（本通报列出部分）")).toBeNull();
    expect(parseSectionHeading("一、项目建设（完成投资5亿元，列入省重点3项）")?.name).toBe("一、项目建设（完成投资5亿元，列入省重点3项）");
  });
});

describe("what holds an item back and what comes next, under a reported item", () => {
  test("存在困难： / 下步措施： lines after the assignment and progress join the item's progress", () => {
    const text = [
      "关于重点项目推进情况的通报",
      "一、交通项目",
      "1.城北互通立交工程",
      "牵头单位：县交通运输局",
      "工作进展：完成桩基施工120根。",
      "存在困难：征地拆迁尚有3户未签约。",
      "下步措施：10月底前完成签约，年底主线通车。",
      "2.客运中心迁建",
      "牵头单位：县住建局",
      "工作进展：完成主体结构。",
    ].join("\n");
    const r = importText(text);
    const [a, b] = r.tasks;
    expect([a.id, a.leadUnits, a.progress?.text, a.progress?.problems, a.progress?.nextSteps]).toEqual([
      "1",
      ["县交通运输局"],
      "完成桩基施工120根",
      "征地拆迁尚有3户未签约",
      "10月底前完成签约，年底主线通车",
    ]);
    expect([b.id, b.progress?.problems, b.progress?.nextSteps]).toEqual(["2", "", ""]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("left alone: such a line under an item not yet assigned or reported on is the item's own wording", () => {
    const text = ["一、安全生产", "1.开展隐患排查整治。", "存在问题：整改不到位的，一律挂牌督办。", "牵头单位：县应急局", "2.推进企业安全生产标准化建设。", "牵头单位：县应急局"].join("\n");
    const r = importText(text);
    expect(r.tasks[0].progress).toBeUndefined();
    expect(r.tasks[0].text).toContain("挂牌督办");
    expect(r.tasks[0].leadUnits).toEqual(["县应急局"]);
  });
});

describe("a 责任清单 written unit first", () => {
  test("the unit cell merged over its duties (left empty below) is the lead of each; 主要职责 is the task column", () => {
    expect(matchHeaderRow(["序号", "责任部门", "主要职责", "配合部门"])?.text).toBe(2);
    const text = [
      row("序号", "责任部门", "主要职责", "配合部门"),
      row("1", "县市场监管局", "负责食品生产经营许可。", ""),
      row("2", "", "负责特种设备安全监察。", "县应急局"),
      row("3", "县卫健委", "负责食品安全风险监测。", ""),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([
      ["1", ["县市场监管局"], []],
      ["2", ["县市场监管局"], ["县应急局"]],
      ["3", ["县卫健委"], []],
    ]);
  });

  test("left alone: a units column after the task, left empty, gives no lead; a heading row ends the merge", () => {
    const after = [row("序号", "主要职责", "责任部门"), row("1", "负责食品生产经营许可。", "县市场监管局"), row("2", "负责特种设备安全监察。", "")].join("\n");
    expect(importText(after).tasks.map((t) => t.leadUnits)).toEqual([["县市场监管局"], []]);
    const heading = [row("序号", "责任部门", "主要职责"), row("1", "县市场监管局", "负责食品生产经营许可。"), "二、其他职责", row("2", "", "负责特种设备安全监察。")].join("\n");
    expect(importText(heading).tasks.map((t) => t.leadUnits)).toEqual([["县市场监管局"], []]);
  });
});

describe("a plan's target per year in columns of their own", () => {
  test("2021年 | 2022年 | 2023年 give the work target year by year; the units after them stay units", () => {
    const text = [
      row("序号", "重点任务", "2021年", "2022年", "2023年", "牵头单位"),
      row("1", "建设智慧停车系统", "新增智慧泊位2000个", "新增智慧泊位3000个", "实现城区全覆盖", "市城管局"),
    ].join("\n");
    const [t] = importText(text).tasks;
    expect([t.text, t.leadUnits, t.workTarget]).toEqual(["建设智慧停车系统", ["市城管局"], "2021年：新增智慧泊位2000个；2022年：新增智慧泊位3000个；2023年：实现城区全覆盖"]);
  });

  test("in a table one cell a paragraph, a year paragraph is a column of its own, never joined to the name after it", () => {
    const text = ["序号", "重点任务", "2021年", "2022年", "牵头单位", "1", "建设智慧停车系统", "新增泊位2000个", "实现城区全覆盖", "市城管局", "2", "推广电子发票", "覆盖50%的企业", "全面推广", "市税务局"].join("\n\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.workTarget])).toEqual([
      ["1", ["市城管局"], "2021年：新增泊位2000个；2022年：实现城区全覆盖"],
      ["2", ["市税务局"], "2021年：覆盖50%的企业；2022年：全面推广"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("left alone: one year column is no target per year", () => {
    const text = [row("序号", "重点任务", "2023年", "牵头单位"), row("1", "建设智慧停车系统", "新增泊位2000个", "市城管局")].join("\n");
    expect(importText(text).tasks[0].workTarget).toBe("");
  });
});

describe("the state ticked in one of several state columns", () => {
  test("a second header row 已完成 | 正在推进 | 未启动 under a merged 推进情况: the ticked one is where the row stands", () => {
    const text = [
      row("序号", "项目名称", "责任单位", "推进情况", "", "", "备注"),
      row("", "", "", "已完成", "正在推进", "未启动", ""),
      row("1", "城区公厕改造", "县城管局", "√", "", "", ""),
      row("2", "农村客运站建设", "县交通运输局", "", "√", "", "完成主体"),
      row("3", "体育公园建设", "县文体局", "", "", "√", ""),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits, t.progress?.text])).toEqual([
      ["1", "城区公厕改造", ["县城管局"], "状态：已完成"],
      ["2", "农村客运站建设", ["县交通运输局"], "状态：正在推进；备注：完成主体"],
      ["3", "体育公园建设", ["县文体局"], "状态：未启动"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("state columns in the header itself (序时推进 | 滞后) read the same", () => {
    const text = [row("序号", "工作任务", "责任单位", "序时推进", "滞后"), row("1", "新增城镇就业3000人。", "县人社局", "", "✓")].join("\n");
    expect(importText(text).tasks[0].progress?.text).toBe("状态：滞后");
  });

  test("left alone: one state column, and a second row that is not all states", () => {
    const one = [row("序号", "工作任务", "责任单位", "已完成"), row("1", "新增城镇就业3000人。", "县人社局", "√")].join("\n");
    expect(importText(one).tasks[0].progress?.text ?? "").not.toContain("状态");
    const mixed = [row("序号", "工作任务", "责任单位", "推进情况", ""), row("", "", "", "已完成", "说明"), row("1", "新增城镇就业3000人。", "县人社局", "√", "")].join("\n");
    expect(importText(mixed).tasks.some((t) => (t.progress?.text ?? "").includes("状态"))).toBe(false);
  });
});

describe("headings that are a unit's name", () => {
  test("（一）区发展和改革局（共2项） gives its items that name no unit that lead; a unit an item names wins", () => {
    const text = ["（一）县发展和改革局（共2项）", "1.地区生产总值增长6%。", "2.固定资产投资增长8%。（牵头单位：县统计局）", "（二）县商务局（共1项）", "3.社会消费品零售总额增长7%。"].join("\n\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.section, t.leadUnits])).toEqual([
      ["1", "（一）县发展和改革局", ["县发展和改革局"]],
      ["2", "（一）县发展和改革局", ["县统计局"]],
      ["3", "（二）县商务局", ["县商务局"]],
    ]);
  });

  test("left alone: topic headings, a zone without a body, several units, and a title's （按责任单位）", () => {
    const topics = ["一、发展现代服务业", "1.新增限上企业20家。", "二、工业园区", "2.园区新增工业用地500亩。", "三、县财政局、县税务局", "3.一般公共预算收入增长5%。"].join("\n\n");
    expect(importText(topics).tasks.map((t) => t.leadUnits)).toEqual([[], [], []]);
    const titled = ["目标任务分解（按责任单位）", "（一）县商务局（共2项）", "1.社会消费品零售总额增长7%。", "2.新增限上企业20家。", "（二）县人社局（共1项）", "3.城镇新增就业3000人。"].join("\n\n");
    const r = importText(titled);
    expect(r.tasks.map((t) => [t.id, t.leadUnits])).toEqual([["1", ["县商务局"]], ["2", ["县商务局"]], ["3", ["县人社局"]]]);
    expect(r.tasks.some((t) => t.leadUnits.includes("按责任单位"))).toBe(false);
  });
});

describe("a units cell labelled inside", () => {
  test("牵头：X；配合：A、B in one 责任单位 cell (also a line break for ；, 牵头单位：, 协办：)", () => {
    const text = [
      row("序号", "重点任务", "责任单位"),
      row("1", "建成城市书房5个。", "牵头：市文旅局；配合：市财政局、各街道"),
      row("2", "新建停车位2000个。", "\"牵头单位：市住建局\n协办：市城管局\""),
      row("3", "完成老旧小区改造12个。", "市住建局、市财政局"),
    ].join("\n");
    expect(importText(text).tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([
      ["1", ["市文旅局"], ["市财政局", "各街道"]],
      ["2", ["市住建局"], ["市城管局"]],
      ["3", ["市住建局"], ["市财政局"]],
    ]);
  });

  test("left alone: a cell whose words merely contain 牵头 (区住建局牵头、区财政局配合) keeps the reading it had", () => {
    const text = [row("序号", "重点任务", "责任单位"), row("1", "建成城市书房5个。", "区住建局（牵头）、区财政局")].join("\n");
    expect(importText(text).tasks.map((t) => [t.leadUnits, t.coUnits])).toEqual([[["区住建局"], ["区财政局"]]]);
  });
});

describe("a leader's post in brackets after the name", () => {
  test("马强（常务副州长）、吉克（副州长） are 马强、吉克, in a table and in a list's 牵头领导： line", () => {
    const text = [row("序号", "重点任务", "牵头州领导", "牵头单位"), row("1", "完成安置点配套建设。", "马强（常务副州长）、吉克（副州长）", "州发展改革委")].join("\n");
    expect(importText(text).tasks[0].leader).toBe("马强、吉克");
    const list = ["一、项目建设", "1.完成安置点配套建设。", "牵头领导：马强（常务副县长）", "牵头单位：县发改局"].join("\n");
    expect(importText(list).tasks[0].leader).toBe("马强");
  });

  test("left alone: a bracket that is no post (a unit, a note) stays", () => {
    const text = [row("序号", "重点任务", "牵头领导", "牵头单位"), row("1", "完成安置点配套建设。", "马强（联系）", "州发展改革委")].join("\n");
    expect(importText(text).tasks[0].leader).toBe("马强（联系）");
  });
});
