/**
 * Lead's hand probes, session 16: pairs of our own written as a new user would try them. Each family has controls.
 */
import { isGreen, verdict } from "./hunt";

describe("a figure naming only its act answers the task it is reported under, when the act is the target's own", () => {
  it.each([
    ["改造老旧小区30个", "完成改造32个", "done"],
    ["新建农村公路60公里", "新建65公里", "done"],
    ["引进高层次人才100名", "引进150名", "done"],
    ["完成老旧小区改造30个", "已完成改造30个，全部通过验收", "done"],
    // The act after another act's figure keeps its own name: 3 of 15 built, the 5 renovated answer nothing.
    ["新建学校15所", "新建3所，改造5所", "behind"],
    // Two targets that count alike, each answered by the figure of its own act: 32 renovated, 8 of 10 parks built.
    ["改造老旧小区30个，新建口袋公园10个", "完成改造32个，新建8个", "on-track"],
    ["举办招商推介会3场", "已成功举办3场", "done"],
    ["组织招聘会20场", "组织25场", "done"],
  ])("%s | %s is %s", (target, text, status) => {
    expect(verdict(target, text, "2025-09-30").status).toBe(status);
  });

  it.each([
    // Another act: renovating is not building new ones.
    ["新建充电桩500个", "改造600个"],
    // 开工 is not 新开工 (it counts resumed works too).
    ["全年新开工项目100项", "1-10月计划开工60项，实际开工70项"],
    // A plan, a forecast, a span of years, a stock.
    ["引进高层次人才100名", "计划引进150名"],
    ["组织招聘会20场", "计划组织25场"],
    ["举办招商推介会3场", "召开3场"],
    ["新建农村公路60公里", "预计新建65公里"],
    ["新建农村公路60公里", "2022年以来新建65公里"],
    ["新建5G基站500个", "累计建成1200个"],
    // A class of size or level the sentence never says is still unsaid.
    ["新开工亿元以上项目30个", "新开工35个"],
    ["创建省级文明村20个", "创建25个"],
    // A name given without the qualifier is still a wider group.
    ["引进高层次人才100名", "引进人才150名"],
    ["新建农村公路60公里", "新建公路65公里"],
    // Two targets that count the same way: a nameless figure answers neither.
    ["新建农村公路60公里，改造农村公路40公里", "新建65公里"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text, "2025-09-30")).toBe(false);
  });
});

describe("a count's name that leaves a word of the target's out names a wider group", () => {
  it.each([
    ["新建城市主干道路5条", "新建城市道路5条"],
    ["新建农村集中供水工程10处", "新建农村供水工程12处"],
    ["新建口袋公园10个", "新建公园12个"],
    // The figure's name inside the target's, the target's head left out: another thing, whatever else the report says.
    ["新建城市公园绿地3处", "新建公园3处"],
    ["新建城市公园绿地3处", "新建公园3处，新增绿地面积5万平方米"],
    ["建成美丽乡村示范村10个", "建成美丽乡村10个"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text, "2025-09-30")).toBe(false);
  });

  it("names the word left out", () => {
    expect(verdict("新建口袋公园10个", "新建公园12个", "2025-09-30").reason).toContain("没有写明「口袋」");
  });

  it.each([
    // A scope word reports of the same statistic drop, filler, or the word said elsewhere in the report.
    ["新建城市主干道路5条", "新建主干道路5条"],
    ["新建婴幼儿照护服务托位500个", "新增婴幼儿照护托位600个"],
    ["建设民生工程通村公路100公里", "已完成通村公路136.9公里"],
    ["新建口袋公园10个", "今年建设口袋公园，新建公园12个"],
    // Before an act, the thing is the task's: "评级授信" leaves 贫困农户 to the task.
    ["完成贫困农户评级授信16170户", "上半年完成评级授信16170户"],
    // A measure word or filler at the end names no other thing.
    ["建设标准化厂房面积10万平方米", "建设标准化厂房12万平方米"],
    ["新建学校项目5个", "新建学校5个"],
    ["新建城市公园绿地3处", "新建城市公园绿地3处"],
  ])("%s | %s stays green", (target, text) => {
    expect(isGreen(target, text, "2025-09-30")).toBe(true);
  });
});

describe("a figure followed by the part that is this year's holds earlier years' work", () => {
  it.each([
    ["完成投资20亿元", "完成投资15亿元，其中本年新增投资9亿元"],
    ["完成投资20亿元", "累计完成投资19亿元，其中今年完成8亿元"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text, "2025-09-30")).toBe(false);
  });

  it.each([
    // A kind of project that is new this year is a breakdown, not the year's part.
    ["完成投资20亿元", "今年完成投资15亿元，其中本年新开工项目完成投资9亿元"],
    ["完成投资20亿元", "完成投资15亿元，其中工业投资9亿元"],
  ])("%s | %s stays green", (target, text) => {
    expect(isGreen(target, text, "2025-09-30")).toBe(true);
  });
});
