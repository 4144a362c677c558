/**
 * Responsible, leader and person columns told by their cells when the header words are unseen (import-cols): tables in
 * our own words, each under header words no list knows, with controls where no column may be taken.
 */
import { importText, ImportResult } from "../../../src/core/import";
import { UnitEntry } from "../../../src/core/model";
import { unaccountedLines } from "./helpers";

const source = (rows: string[][]) => rows.map((r) => r.join("\t")).join("\n");
const table = (rows: string[][]) => {
  const r = importText(source(rows));
  // Every source line ends in a task, a skipped line or the 未识别 list, whichever column a rule took.
  expect(unaccountedLines(source(rows), r)).toEqual([]);
  return r;
};
const assignments = (r: ImportResult) => r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits, t.leader, t.person]);

describe("unit columns under header words no list knows", () => {
  test.each(["主办", "承接部门", "归口部门", "主抓部门", "推进主体", ""])("one column of unit names under %j is the units column, its first name the lead", (word) => {
    const r = table([
      ["序号", "工作任务", word, "完成时限"],
      ["1", "新建幼儿园两所，新增学位540个", "区教育局", "8月底前"],
      ["2", "实施背街小巷改造15条", "区住建局、区城管局", "11月底前"],
      ["3", "建成智慧停车平台", "区大数据中心", "年底前"],
    ]);
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([["区教育局"], ["区住建局"], ["区大数据中心"]]);
  });

  test.each([
    ["主办", "协办"],
    ["主责部门科室", "协同推进部门"],
    ["承接部门", "参与部门"],
    ["归口部门", "其他部门"],
  ])("two columns of unit names (%s | %s): the lead and the co-units", (first, second) => {
    const r = table([
      ["序号", "重点事项", first, second],
      ["1", "推进老旧小区改造20个", "区住建局", "区财政局、各街道办事处"],
      ["2", "新增城镇就业4000人", "区人社局", "\"区商务局\n区工信局\""],
      ["3", "完成高标准农田建设1.2万亩", "区农业农村局", "区自然资源局/区水务局"],
    ]);
    expect(r.tasks.map((t) => [t.leadUnits, t.coUnits])).toEqual([
      [["区住建局"], ["区财政局", "各街道办事处"]],
      [["区人社局"], ["区商务局", "区工信局"]],
      [["区农业农村局"], ["区自然资源局", "区水务局"]],
    ]);
  });

  test("the column whose header says it leads is the lead, wherever it stands", () => {
    const r = table([
      ["序号", "工作任务", "协同", "主抓"],
      ["1", "建设社区养老服务站6个", "区财政局", "区民政局"],
      ["2", "改造农村公路30公里", "各镇人民政府", "区交通运输局"],
    ]);
    expect(r.tasks.map((t) => [t.leadUnits, t.coUnits])).toEqual([
      [["区民政局"], ["区财政局"]],
      [["区交通运输局"], ["各镇人民政府"]],
    ]);
  });

  test("beside a named lead column the column of unit names is the co-units; beside a named co column, the lead", () => {
    const withLead = table([
      ["序号", "工作任务", "牵头单位", "协助"],
      ["1", "开展燃气安全专项整治", "区应急管理局", "区市场监管局、区消防救援大队"],
      ["2", "建成城市书房3个", "区文旅局", "区图书馆"],
    ]);
    expect(withLead.tasks.map((t) => [t.leadUnits, t.coUnits])).toEqual([
      [["区应急管理局"], ["区市场监管局", "区消防救援大队"]],
      [["区文旅局"], ["区图书馆"]],
    ]);
    const withCo = table([
      ["序号", "工作任务", "主体", "配合单位"],
      ["1", "完成河道清淤12公里", "区水务局", "沿河各镇"],
      ["2", "建设农贸市场1个", "城发集团公司", "区商务局"],
    ]);
    expect(withCo.tasks.map((t) => t.leadUnits)).toEqual([["区水务局"], ["城发集团公司"]]);
  });

  test("names the book's 单位 sheet holds count as units though they end in no body word", () => {
    const units: UnitEntry[] = [
      { name: "城投控股", aliases: [], category: "国有企业", leader: "" },
      { name: "交投实业", aliases: [], category: "国有企业", leader: "" },
    ];
    const r = importText(["序号\t工作任务\t实施方\t完成时限", "1\t建设安置房800套\t城投控股\t年底前", "2\t改造城区道路6条\t交投实业\t10月底前"].join("\n"), { units });
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([["城投控股"], ["交投实业"]]);
  });
});

describe("unit columns in tables of several parts", () => {
  test("a class of units (各镇（街道）, 有关部门) is a units cell's part, and a header repeated after a page break no row", () => {
    const r = table([
      ["序号", "工作任务", "主办", "协办"],
      ["1", "完成造林绿化3000亩", "区林业局", "各镇（街道）"],
      ["2", "创建美丽乡村示范村5个", "区农业农村局", "有关部门、各镇人民政府"],
      ["序号", "工作任务", "主办", "协办"],
      ["3", "整治农村人居环境", "区住建局", "各街道"],
    ]);
    expect(r.tasks.map((t) => [t.leadUnits, t.coUnits.length > 0])).toEqual([
      [["区林业局"], true],
      [["区农业农村局"], true],
      [["区住建局"], true],
    ]);
  });

  test("a second header further down under unseen words is a header, its columns told by their cells", () => {
    const r = table([
      ["序号", "指标", "目标值", "牵头单位"],
      ["1", "地区生产总值增长", "6%", "区发改局"],
      ["2", "城镇新增就业", "3000人", "区人社局"],
      ["序号", "目标任务", "承接部门", "协办"],
      ["3", "建成社区食堂8个", "区民政局", "各街道办事处"],
      ["4", "新增停车位2000个", "区城管局", "区公安分局、区住建局"],
    ]);
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([
      ["1", ["区发改局"], []],
      ["2", ["区人社局"], []],
      ["3", ["区民政局"], ["各街道办事处"]],
      ["4", ["区城管局"], ["区公安分局", "区住建局"]],
    ]);
  });

  test("a column of unit names left blank under merged cells is the lead, not a category of blocks", () => {
    const r = table([
      ["序号", "承接部门", "工作职责", "协办"],
      ["1", "区生态环境分局", "统筹生态环境保护工作", "区发改局"],
      ["2", "", "落实督察反馈问题整改", "各镇人民政府"],
      ["3", "区水务局", "负责河湖长制日常工作", "各镇人民政府"],
    ]);
    expect(r.tasks.map((t) => [t.section, t.leadUnits[0]])).toEqual([
      ["", "区生态环境分局"],
      ["", "区生态环境分局"],
      ["", "区水务局"],
    ]);
  });
});

describe("leader and person columns under header words no list knows", () => {
  test.each([
    ["挂帅", ["王强", "李丽", "王强"]],
    ["包抓", ["王强（副区长）", "李丽（常务副区长）", "区委常委"]],
    ["联系县长", ["副县长张明", "县委常委、副县长刘芳", "张明副县长"]],
    ["领衔", ["常务副县长", "副县长", "县政府副秘书长"]],
  ])("cells of names or posts under %j are the leader", (word, cells) => {
    const r = table([
      ["序号", "工作任务", "责任单位", word as string],
      ["1", "新建公办幼儿园2所", "区教育局", (cells as string[])[0]],
      ["2", "完成老旧管网改造8公里", "区住建局", (cells as string[])[1]],
      ["3", "建设口袋公园10个", "区城管局", (cells as string[])[2]],
    ]);
    expect(r.tasks.every((t) => t.leader)).toBe(true);
    expect(r.tasks.every((t) => !t.person)).toBe(true);
    expect(r.tasks.map((t) => t.leadUnits)).toEqual([["区教育局"], ["区住建局"], ["区城管局"]]);
  });

  test("names with a phone number, or a bureau's post, are the persons, never units or the leader", () => {
    const r = table([
      ["序号", "工作任务", "责任单位", "对接", "分管领导"],
      ["1", "新建公办幼儿园2所", "区教育局", "赵敏 13812345678", "王强"],
      ["2", "完成老旧管网改造8公里", "区住建局", "科长 刘洋", "李丽"],
      ["3", "建设口袋公园10个", "区城管局", "孙杰0531-86001234", "王强"],
    ]);
    expect(r.tasks.map((t) => [t.leader, t.person.length > 0, t.leadUnits])).toEqual([
      ["王强", true, ["区教育局"]],
      ["李丽", true, ["区住建局"]],
      ["王强", true, ["区城管局"]],
    ]);
  });

  test("bare names beside a leader column already found, or under a word for staff, are the persons", () => {
    const beside = table([
      ["序号", "工作任务", "责任单位", "包联", "具体经办"],
      ["1", "新建公办幼儿园2所", "区教育局", "副区长王强", "周婷"],
      ["2", "完成老旧管网改造8公里", "区住建局", "副区长李丽", "郑浩"],
    ]);
    expect(beside.tasks.map((t) => [t.leader, t.person])).toEqual([
      ["王强", "周婷"],
      ["李丽", "郑浩"],
    ]);
    const staff = table([
      ["序号", "工作任务", "责任单位", "联络员"],
      ["1", "新建公办幼儿园2所", "区教育局", "周婷"],
      ["2", "完成老旧管网改造8公里", "区住建局", "郑浩"],
    ]);
    expect(staff.tasks.map((t) => [t.leader, t.person])).toEqual([
      ["", "周婷"],
      ["", "郑浩"],
    ]);
  });
});

describe("controls: no column is taken", () => {
  test("a column of prose or figures under an unseen word is no unit, leader or person column", () => {
    const r = table([
      ["序号", "工作任务", "责任单位", "具体举措", "投资额"],
      ["1", "新建公办幼儿园2所", "区教育局", "完成选址并启动建设，年底前主体完工", "3200"],
      ["2", "完成老旧管网改造8公里", "区住建局", "分段施工，同步恢复路面", "5600"],
      ["3", "建设口袋公园10个", "区城管局", "利用边角地建设", "800"],
    ]);
    expect(assignments(r)).toEqual([
      ["1", ["区教育局"], [], "", ""],
      ["2", ["区住建局"], [], "", ""],
      ["3", ["区城管局"], [], "", ""],
    ]);
  });

  test("a column of places, of states or of mixed cells is no responsible column", () => {
    const r = table([
      ["序号", "工作任务", "责任单位", "建设地点", "当前状态", "其他"],
      ["1", "新建公办幼儿园2所", "区教育局", "城东街道", "正常", "区财政局"],
      ["2", "完成老旧管网改造8公里", "区住建局", "城西街道", "滞后", "需协调资金"],
      ["3", "建设口袋公园10个", "区城管局", "开发区", "正常", "王强"],
    ]);
    expect(assignments(r)).toEqual([
      ["1", ["区教育局"], [], "", ""],
      ["2", ["区住建局"], [], "", ""],
      ["3", ["区城管局"], [], "", ""],
    ]);
  });

  test("a column the header names keeps its meaning, and a bare second list beside 责任单位 stays as written", () => {
    const r = table([
      ["序号", "工作任务", "责任单位", "分管领导", "其他"],
      ["1", "新建公办幼儿园2所", "区教育局", "区财政局", "区自然资源局"],
      ["2", "完成老旧管网改造8公里", "区住建局", "区城管局", "区水务局"],
    ]);
    expect(r.tasks.map((t) => [t.leadUnits, t.coUnits])).toEqual([
      [["区教育局"], []],
      [["区住建局"], []],
    ]);
  });

  test("every source line of the tables above still ends in a task or the 未识别 list", () => {
    const r = table([
      ["序号", "重点事项", "主办", "协办", "挂帅", "对接"],
      ["1", "推进老旧小区改造20个", "区住建局", "区财政局", "王强", "赵敏 13812345678"],
      ["2", "新增城镇就业4000人", "区人社局", "区商务局", "李丽", "刘洋 13912345678"],
    ]);
    expect(r.tasks).toHaveLength(2);
    expect(r.tasks.map((t) => [t.leadUnits, t.coUnits, t.leader])).toEqual([
      [["区住建局"], ["区财政局"], "王强"],
      [["区人社局"], ["区商务局"], "李丽"],
    ]);
  });
});
