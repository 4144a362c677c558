/**
 * Structure the table importer finds in documents it was not written for (issue 13): headings in every
 * numbering style, declared counts checked, unit notes never taken as sections, 事项 as sub-sections,
 * ①②③ and (1)(2) sub-items, merged 序号 rows, two target columns, units however separated, 牵头
 * marks, artefacts removed — and every source line accounted for.
 */
import { importRows, importText } from "../../../src/core/import";
import { parseTableHeading } from "../../../src/core/import/sections";
import { task, unaccountedLines } from "./helpers";

const row = (...cells: string[]) => cells.join("\t");
const HEADER = row("序号", "目标任务", "责任单位");

describe("headings between table rows", () => {
  test.each([
    ["一、主要经济指标（共2项）", "一、主要经济指标", 2],
    ["（二）产业发展", "（二）产业发展", null],
    ["3. 项目建设", "3. 项目建设", null],
    ["4、城市更新（共1项）", "4、城市更新", 1],
    ["  6、 惠民水平提升（共7项）", "6、 惠民水平提升", 7],
    [" 二、“四新”方向产业发展（共18项）", "二、“四新”方向产业发展", 18],
    ["一是稳增长", "一是稳增长", null],
    ["第七 社会事业", "第七 社会事业", null],
    ["（1）教育", "（1）教育", null],
    ["一、在“扩大开放”方面（分解任务15项）", "一、在“扩大开放”方面", 15],
    ["二、社会民生（8项）", "二、社会民生", 8],
    ["三、城市建设（共10个）", "三、城市建设", 10],
  ])("%s", (line, name, declared) => {
    expect(parseTableHeading(line)).toEqual({ name, declaredCount: declared });
  });

  test("a sentence, a long line or a figure is no heading", () => {
    expect(parseTableHeading("1.新建污水管网5公里。")).toBeNull();
    expect(parseTableHeading("5.5%的增速要保持")).toBeNull();
    expect(parseTableHeading("附件")).toBeNull();
  });

  test("sections with declared counts checked, a （工信） note row skipped, every line accounted for", () => {
    const text = [
      "附件",
      "2023年重点工作完成情况表",
      row("序号", "事项", "年度工作目标", "责任单位", "完成情况"),
      "一、主要经济指标（共2项）",
      row("1", "", "地区生产总值增长6%左右", "区发改局", "增长6.2%。[bookmark: _GoBack]"),
      "二、产业发展（共3项）",
      row("", "（工信）", "", "", ""),
      row("2", "新能源产业", "新增规上工业企业25家以上", "区工信局", "新增27家。"),
      row("3", "", "技改投资增长8%", "区工信局", "增长14.7%。"),
      "3、民生实事",
      row("4", "", "新建供热管网3公里", "区住建局", "已完成。"),
    ].join("\n");
    const r = importText(text);
    expect(r.sections.map((s) => [s.name, s.declaredCount, s.foundCount])).toEqual([
      ["一、主要经济指标", 2, 1],
      ["二、产业发展", 3, 2],
      ["3、民生实事", null, 1],
    ]);
    expect(r.notes.filter((n) => n.code === "IMPORT_SECTION_COUNT")).toHaveLength(2);
    expect(r.sections.some((s) => s.name.includes("工信"))).toBe(false);
    // The 事项 column under a heading is a sub-section, carried over merged (empty) cells.
    expect(task(r, "2")).toMatchObject({ section: "二、产业发展", subsection: "新能源产业" });
    expect(task(r, "3").subsection).toBe("新能源产业");
    expect(task(r, "4").subsection).toBeUndefined();
    expect(task(r, "1").progress?.completion).toBe("增长6.2%。");
    expect(r.skipped.find((s) => s.text === "（工信）")?.reason).toBe("单位注释");
    expect(unaccountedLines(text, r)).toEqual([]);
  });
});

describe("sub-items, merged 序号 rows and units", () => {
  test("①② and (1)(2) in a target column become tasks 8-①, 8-②, 9-(1), 9-(2); two target columns kept apart", () => {
    const text = [
      row("序号", "年度奋斗目标", "年度工作目标", "责任单位", "完成情况"),
      row("8", "①新增企业30家；②技改项目60个", "①新增企业25家；②技改项目50个", "区工信局", "①27家；②51个。"),
      row("9", "", "(1)新建管网3公里；(2)铺设燃气管道4.8公里", "区住建局、各镇街", "(1)已完成；(2)完成4.2公里。"),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => t.id)).toEqual(["8-①", "8-②", "9-(1)", "9-(2)"]);
    expect(task(r, "8-②")).toMatchObject({ stretchTarget: "技改项目60个", workTarget: "技改项目50个", leadUnits: ["区工信局"] });
    expect(task(r, "9-(2)")).toMatchObject({ workTarget: "铺设燃气管道4.8公里", leadUnits: ["区住建局"], coUnits: ["各镇街"] });
    expect(task(r, "9-(2)").progress?.completion).toBe("完成4.2公里。");
  });

  test("a row under a merged 序号: more text continues the task; its own leader or figures make an item 3-2", () => {
    const text = [
      row("序号", "主要内容", "分管领导", "牵头单位", "配合单位"),
      row("3", "完成纪念馆提升工程。", "何海平", "文体旅局", "晋陵公司"),
      row("", "推进老城厢道路整治。", "芮春祥", "住建局", "五星街道"),
      row("4", "提供居家上门服务。", "张菁", "民政局", ""),
      row("", "实施居家适老化改造。", "", "", ""),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => `${t.id} ${t.leader} ${t.leadUnits.join("、")}`)).toEqual(["3-1 何海平 文体旅局", "3-2 芮春祥 住建局", "4 张菁 民政局"]);
    expect(task(r, "4").text).toBe("提供居家上门服务。实施居家适老化改造。");
  });

  test("units one a line or separated by 、，/ and spaces; a （牵头） mark or a 牵头单位 column gives the lead", () => {
    const text = [
      HEADER,
      row("1", "任务甲", "区财政局、区发改局（牵头）"),
      row("2", "任务乙", "区住建局，区城管局/区交运局 区水务局"),
      row("3", "任务丙", '"区农业农村局\n区水务局\n各镇街"'),
    ].join("\n");
    const r = importText(text);
    expect(task(r, "1")).toMatchObject({ leadUnits: ["区发改局"], coUnits: ["区财政局"] });
    expect(task(r, "2")).toMatchObject({ leadUnits: ["区住建局"], coUnits: ["区城管局", "区交运局", "区水务局"] });
    expect(task(r, "3")).toMatchObject({ leadUnits: ["区农业农村局"], coUnits: ["区水务局", "各镇街"], groups: ["各镇街"] });
  });

  test("leaders spaced out to align, and two of them run together, are told apart", () => {
    const text = [row("序号", "目标任务", "分管县领导", "牵头单位"), row("1", "任务甲", "陆 明俞 悦", "县教育局"), row("2", "任务乙", "石可清、孙恒民", "区工信局")].join("\n");
    const r = importText(text);
    expect(task(r, "1").leader).toBe("陆明、俞悦");
    expect(task(r, "2").leader).toBe("石可清、孙恒民");
  });
});

describe("lead marks and the period of the progress", () => {
  test("a ★ before or after a name marks the lead, beside / 、 and spaces; the column names the period", () => {
    const text = [
      row("序号", "重点任务", "责任单位", "三季度完成情况"),
      row("1", "新建安置房500套。", "★县住建局/县自然资源局", "主体完工。"),
      row("2", "新院区投入使用。", "县卫健委★ 县住建局", "装修完成70%。"),
      row("3", "新增城镇就业5000人。", "县人社局、县财政局", "新增4120人。"),
    ].join("\n");
    const r = importText(text);
    expect(task(r, "1")).toMatchObject({ leadUnits: ["县住建局"], coUnits: ["县自然资源局"] });
    expect(task(r, "2")).toMatchObject({ leadUnits: ["县卫健委"], coUnits: ["县住建局"] });
    expect(task(r, "3")).toMatchObject({ leadUnits: ["县人社局"], coUnits: ["县财政局"] });
    expect(r.tasks.map((t) => t.progress?.period)).toEqual(["三季度", "三季度", "三季度"]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a period in the title when the column names none; none when neither does", () => {
    const body = [row("序号", "目标任务", "责任单位", "完成情况"), row("1", "新建学校2所。", "区教体局", "已开工。")];
    expect(importText(["2024年1-11月份重点任务完成情况", ...body].join("\n")).tasks[0].progress?.period).toBe("1-11月");
    expect(importText(["重点任务推进情况", ...body].join("\n")).tasks[0].progress?.period).toBe("");
  });
});

describe("round j: items on one paragraph, leads named by headings, indicator figures, headers further down", () => {
  test("items written on in one paragraph are cut at the next item of their level, each with its bracket", () => {
    const text = [
      "一、城乡建设",
      "1.新建污水管网12公里。（市住建局负责）2.改造农村公路80公里，总投资2.5亿元。（市交通局主办，市财政局、市自然资源局协办）3.建成停车泊位3000个。（市城管局负责）",
      "二、民生保障",
      "4.新增城镇就业1.2万人。（市人社局、市财政局分别负责）",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([
      ["1", ["市住建局"], []],
      ["2", ["市交通局"], ["市财政局", "市自然资源局"]],
      ["3", ["市城管局"], []],
      ["4", [], ["市人社局", "市财政局"]],
    ]);
    expect(task(r, "2").text).toBe("改造农村公路80公里，总投资2.5亿元。");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a heading naming the unit that leads gives it to the items under it that name none; other headings give none", () => {
    const text = [
      "2024年重点工作任务清单",
      "一、市商务局负责事项（2项）",
      "1.新引进外资企业12家。",
      "2.举办消费促进活动20场。",
      "二、扩大有效投资（2项）",
      "3.实施重点项目150个。",
      "4.建成产业园标准厂房10万平方米。（市工信局牵头）",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits])).toEqual([
      ["1", ["市商务局"]],
      ["2", ["市商务局"]],
      ["3", []],
      ["4", ["市工信局"]],
    ]);
    expect(r.sections.map((s) => [s.name, s.declaredCount, s.foundCount])).toEqual([
      ["一、市商务局负责事项", 2, 2],
      ["二、扩大有效投资", 2, 2],
    ]);
  });

  test("指标 | 目标值 columns give the target text, from text and from a sheet's rows", () => {
    const lines = [row("序号", "指标名称", "年度目标值", "责任单位"), row("1", "规模以上工业增加值增长", "7.5%", "县工信局"), row("2", "粮食产量", "稳定在14亿斤以上", "县农业农村局")];
    const r = importText(lines.join("\n"));
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits])).toEqual([
      ["1", "规模以上工业增加值增长7.5%", ["县工信局"]],
      ["2", "粮食产量稳定在14亿斤以上", ["县农业农村局"]],
    ]);
    // The same rows read from a sheet (the reader gives numbers as numbers).
    const sheet = importRows([["序号", "指标名称", "年度目标值", "责任单位"], [1, "规模以上工业增加值增长", "7.5%", "县工信局"]]);
    expect(sheet.tasks.map((t) => t.text)).toEqual(["规模以上工业增加值增长7.5%"]);
    // A figure the indicator already states is not written twice.
    const again = importText([lines[0], row("1", "地区生产总值增长6%", "6%", "县发改局")].join("\n"));
    expect(again.tasks[0].text).toBe("地区生产总值增长6%");
  });

  test("a header further down reads the rows below by its columns; the heading above the first header opens the first part", () => {
    const text = [
      "一、主要指标（共1项）",
      row("序号", "指标", "目标值", "责任单位"),
      row("1", "一般公共预算收入增长", "5%", "区财政局"),
      "二、重点任务（共1项）",
      row("序号", "工作任务", "牵头单位", "配合单位", "办理状态"),
      row("2", "新建学校2所。", "区教育局", "区住建局", "已办结"),
    ].join("\n");
    const r = importText(text);
    expect(r.sections.map((s) => [s.name, s.declaredCount, s.foundCount])).toEqual([
      ["一、主要指标", 1, 1],
      ["二、重点任务", 1, 1],
    ]);
    expect(task(r, "1").text).toBe("一般公共预算收入增长5%");
    expect([task(r, "2").leadUnits, task(r, "2").coUnits, task(r, "2").progress?.text]).toEqual([["区教育局"], ["区住建局"], "状态：已办结"]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("（一） heading rows under an 一、 part are sub-sections of it; a （一） heading with a count stays a section", () => {
    const text = [
      HEADER,
      "一、产业发展",
      "（一）先进制造业",
      row("1", "新增规上工业企业10家。", "县工信局"),
      "（二）现代服务业",
      row("2", "新增限上商贸企业20家。", "县商务局"),
      "二、民生保障",
      "（三）教育（共1项）",
      row("3", "新建幼儿园1所。", "县教体局"),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.section, t.subsection ?? ""])).toEqual([
      ["1", "一、产业发展", "（一）先进制造业"],
      ["2", "一、产业发展", "（二）现代服务业"],
      ["3", "（三）教育", ""],
    ]);
  });
});

describe("indicator tables: the plan year's figures are the target", () => {
  test("2024年目标 alone, or its 绝对值 | 增长% under it, with the unit of measure", () => {
    const single = importText([row("序号", "指标", "单位", "2023年完成", "2024年目标", "责任单位"), row("1", "城镇化率", "%", "61.2", "62.5", "县发改局"), row("2", "粮食产量", "万吨", "—", "-", "县农业农村局")].join("\n"));
    expect(single.tasks.map((t) => t.text)).toEqual(["城镇化率62.5%", "粮食产量"]);
    const text = [
      "指标 | 单位 | 2023年完成 | 2024年计划 | 责任部门 |",
      "绝对值 | 增长% | 绝对值 | 增长% | |",
      "地区生产总值 | 亿元 | 210 | 5.1 | 225 | 6 | 县发改局 |",
      "社会消费品零售总额增长 | % | - | 4.2 | - | 7 | 县商务局 |",
    ].join("\n");
    expect(importText(text).tasks.map((t) => t.text)).toEqual(["地区生产总值225亿元，增长6%", "社会消费品零售总额增长7%"]);
  });
});

describe("headings numbered in the 序号 cell or in a paragraph of their own", () => {
  test("tab rows: （一） or 二 in the 序号 cell with the heading in the task cell is a heading row, not more text", () => {
    const text = [
      row("序号", "重点工作", "牵头单位", "配合单位"),
      row("一", "科技创新（共2项）", "", ""),
      row("（一）", "加强创新平台建设。", "", ""),
      row("1", "建成省级重点实验室2个。", "市科技局", "市财政局"),
      row("2", "新增高新技术企业100家。", "市科技局", ""),
      row("二", "民生保障", "", ""),
      row("3", "新建幼儿园5所。", "市教育局", ""),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.section, t.subsection ?? "", t.text])).toEqual([
      ["1", "一、科技创新", "（一）加强创新平台建设", "建成省级重点实验室2个。"],
      ["2", "一、科技创新", "（一）加强创新平台建设", "新增高新技术企业100家。"],
      ["3", "二、民生保障", "", "新建幼儿园5所。"],
    ]);
    expect(r.sections.map((s) => [s.name, s.declaredCount, s.foundCount])).toEqual([
      ["一、科技创新", 2, 2],
      ["二、民生保障", null, 1],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("one cell a paragraph: 二、 and （三） headings written in one paragraph before a row are heading rows", () => {
    const text = ["序号", "重点工作", "分管领导", "牵头单位", "配合单位", "一、扩大有效投资", "1", "实施重点项目200个。", "王 强", "市发展改革委", "市财政局，各区政府", "二、推动产业升级", "（三）做强制造业。", "2", "规上工业增加值增长6%。", "李 明", "市工业和信息化局", "市统计局"]
      .join("\n\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.section, t.subsection ?? "", t.leader, t.leadUnits, t.coUnits])).toEqual([
      ["1", "一、扩大有效投资", "", "王强", ["市发展改革委"], ["市财政局", "各区政府"]],
      ["2", "二、推动产业升级", "（三）做强制造业", "李明", ["市工业和信息化局"], ["市统计局"]],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });
});

describe("a meeting's decisions", () => {
  test("确定事项 is the task column (no 事项 category), 办理状态 joins the progress", () => {
    const r = importText([row("序号", "确定事项", "责任单位", "办理情况", "是否办结"), row("1", "年底前完成城区雨污分流改造。", "县住建局", "已完成主管网改造8公里。", "否")].join("\n"));
    expect([r.tasks[0].text, r.tasks[0].section, r.tasks[0].leadUnits]).toEqual(["年底前完成城区雨污分流改造。", "", ["县住建局"]]);
    // Round av: the yes/no column answers its header's question (是否办结 否 → 未办结).
    expect(r.tasks[0].progress?.text).toContain("状态：未办结");
  });
});
