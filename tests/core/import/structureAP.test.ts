/**
 * Round ao of issue 13 (layouts 330–338): a numbered heading alone on its line ("一、粮食生产形势喜人。", "（一）重点城建项目进展
 * 顺利。", "二、社会建设") over the paragraphs that account for it, in 工作总结, 进展情况的汇报 and a review with no plan part. Each
 * rule on texts of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");
const progressOf = (r: ReturnType<typeof importText>, name: string) => r.tasks.find((t) => t.text === name)?.progress;

describe("a numbered heading alone on its line over the paragraphs that account for it", () => {
  test("一、X。 alone over a paragraph of figures: the heading is the work, the paragraph (and the next) its account", () => {
    const text = doc(
      "县林业局上半年工作总结",
      "今年以来，我局围绕国土绿化和森林防火抓好各项工作。",
      "一、国土绿化稳步推进。",
      "上半年完成人工造林1.2万亩，义务植树38万株。",
      "退化林修复3000亩，已通过县级验收。",
      "二、森林资源管护有力。",
      "全县聘用生态护林员420人，巡护里程12万公里。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => t.text)).toEqual(["国土绿化稳步推进", "森林资源管护有力"]);
    expect(progressOf(r, "国土绿化稳步推进")?.text).toBe("上半年完成人工造林1.2万亩，义务植树38万株。退化林修复3000亩，已通过县级验收。");
    expect(progressOf(r, "森林资源管护有力")?.text).toContain("420人");
    // The 一、 work stays the section its heading names.
    expect(r.tasks.map((t) => t.section)).toEqual(["一、国土绿化稳步推进", "二、森林资源管护有力"]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("（一）X alone under a part heading; a run-in （一）X，Y。 with a comma; the part above is the section", () => {
    const text = doc(
      "乡三年工作总结及下一步工作打算",
      "一、三年工作总结",
      "（一）特色产业做大做强，群众收入稳步增加。三年来新发展茶园2600亩，到2023年底农民人均纯收入达到9800元。",
      "（二）人居环境整治",
      "全乡拆除危旧房120户，新建垃圾中转站2座。",
      "二、下一步工作打算",
      "下一步，我乡将继续扩大茶园规模。",
    );
    const r = importText(text);
    expect(progressOf(r, "特色产业做大做强，群众收入稳步增加")?.text).toContain("9800元");
    expect(progressOf(r, "人居环境整治")?.text).toBe("全乡拆除危旧房120户，新建垃圾中转站2座。");
    expect(r.tasks.find((t) => t.text === "人居环境整治")?.section).toBe("一、三年工作总结");
    // The plan part's sentence is no account.
    expect(r.tasks.filter((t) => t.progress && /扩大茶园/.test(t.progress.text))).toEqual([]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a 镇's review with no plan part (过去一年…): 一、经济建设 alone over its account is a work", () => {
    const text = doc(
      "镇政府工作报告",
      "各位代表：",
      "过去一年，我们团结带领全镇群众，较好完成了各项目标任务。",
      "一、经济建设",
      "全镇完成规上工业产值18亿元，增长7.5%。",
      "二、民生事业",
      "新建村级养老服务站6个，完成了12公里农村公路提档升级。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => t.text)).toEqual(["经济建设", "民生事业"]);
    expect(progressOf(r, "民生事业")?.text).toContain("完成了12公里");
  });

  test("lookalikes: a heading over its own sub-items, a part heading, a plan part, a report with a plan part, and a heading over works named with their states", () => {
    // The heading's paragraphs run to its own 1、 items: a group, not a work.
    const sub = importText(doc("县住建局上半年工作总结", "一、重点工程", "全年安排重点工程8项。", "1、城南污水管网工程，已完成管道铺设3公里。", "2、老旧小区改造，已开工5个小区。"));
    expect(sub.tasks.map((t) => t.text)).not.toContain("重点工程");
    // "一、工作开展情况" names the part, not a work.
    const part = importText(doc("县文旅局上半年工作总结", "一、工作开展情况", "上半年接待游客120万人次，增长15%。"));
    expect(part.tasks.map((t) => t.text)).not.toContain("工作开展情况");
    // Under 二、下半年工作计划 the same shape is a plan.
    const plan = importText(doc("县文旅局上半年工作总结", "一、景区建设提速。", "已完成游客中心主体工程。", "二、下半年工作计划", "（一）全域旅游", "力争接待游客300万人次。"));
    expect(plan.tasks.filter((t) => t.text === "全域旅游" && t.progress?.text)).toEqual([]);
    // A 政府工作报告 with a part for this year (二、2024年工作安排): its 一、 headings are no account.
    const report = importText(doc("政府工作报告", "各位代表：", "一年来，我们攻坚克难。", "一、经济建设", "全县生产总值增长6%。", "二、2024年工作安排", "加快项目建设。"));
    expect(report.tasks.map((t) => t.text)).not.toContain("经济建设");
    // Works named one a clause with their states are the items; the heading groups them.
    const works = importText(doc("县交通局上半年工作总结", "一、项目建设", "（一）在建项目", "城北大道改造工程已完成路基施工；滨江路延伸工程已开工；环城北路工程主体已完工。"));
    expect(works.tasks.map((t) => t.text)).not.toContain("在建项目");
    // A unit's name heads that unit's items; a 一、 part that plans (一、下一步工作安排) does so in any document.
    const unit = importText(doc("全县重点工作推进情况汇报", "一、县住建局", "城南安置小区已完成主体封顶。"));
    expect(unit.tasks.map((t) => t.text)).not.toContain("县住建局");
    const ahead = importText(doc("农村公路建设总结报告", "一、下一步工作安排", "（一）统筹谋划前期工作", "我们将完成12个项目的立项审批。"));
    expect(ahead.tasks.filter((t) => t.progress?.text)).toEqual([]);
  });
});

describe("一是…；二是…。三是… in one paragraph", () => {
  test("each part in its order is an item with its own account", () => {
    const text = doc(
      "县卫健局上半年工作总结",
      "一、重点工作推进",
      "一是家庭医生签约扩面。新增签约居民1.1万人；二是基层能力提升。3个乡镇卫生院完成标准化改造。三是健康宣教深入。开展义诊62场次。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => t.text)).toEqual(["家庭医生签约扩面", "基层能力提升", "健康宣教深入"]);
    expect(progressOf(r, "家庭医生签约扩面")?.text).toBe("新增签约居民1.1万人。");
    expect(progressOf(r, "健康宣教深入")?.text).toBe("开展义诊62场次。");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("an ordinal out of order, or one inside a clause, cuts nothing", () => {
    const r = importText(doc("县卫健局上半年工作总结", "一、重点工作推进", "一是家庭医生签约扩面。新增签约居民1.1万人；三是健康宣教深入。开展义诊62场次。"));
    expect(r.tasks.map((t) => t.text)).toEqual(["家庭医生签约扩面"]);
  });
});

describe("a works' name, then where it stands now, as a list item of a progress report", () => {
  test("under （一）续建工程 the item is the works, its state clause its progress (with the group's state)", () => {
    const text = doc(
      "关于全县重点工程进展情况的汇报",
      "一、重点工程进展情况",
      "（一）续建工程",
      "1、县医院住院楼工程，正在进行内部装修。",
      "2、城西小学教学楼工程，已完成主体封顶。",
      "（二）新建工程",
      "1、城北污水处理厂工程，已开工，正在做土方开挖。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => t.text)).toEqual(["县医院住院楼工程", "城西小学教学楼工程", "城北污水处理厂工程"]);
    expect(progressOf(r, "县医院住院楼工程")?.text).toBe("续建：正在进行内部装修");
    expect(progressOf(r, "城北污水处理厂工程")?.text).toBe("已开工，正在做土方开挖");
  });

  test("lookalikes: a clause that is no works' name, or a plan after it, stays one text", () => {
    const r = importText(doc("关于全县重点工作进展情况的汇报", "一、重点工作进展情况", "1、加快推进城乡供水一体化，正在编制实施方案。", "2、县体育馆工程，计划年底开工。"));
    expect(r.tasks.map((t) => t.text)).not.toContain("加快推进城乡供水一体化");
    expect(r.tasks.map((t) => t.text)).not.toContain("县体育馆工程");
  });
});

describe("a heading work's next steps and problems written as sentences", () => {
  test("1.X alone over what was done, then 存在…问题 and 下一步，… paragraphs: problems and next steps, not progress", () => {
    const text = doc(
      "区农业农村局2024年工作总结",
      "一、工作开展情况",
      "1.农业农村工作",
      "全年粮食播种面积稳定在12.6万亩，建成高标准农田8000亩。",
      "但工作中还存在农田水利设施老化等问题。",
      "下一步，我局将加快灌区改造。",
      "2.乡村建设",
      "完成农村户厕改造1500户。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text])).toEqual([["1", "农业农村工作"], ["2", "乡村建设"]]);
    const p = progressOf(r, "农业农村工作")!;
    expect(p.text).toBe("全年粮食播种面积稳定在12.6万亩，建成高标准农田8000亩。");
    expect(p.problems).toContain("设施老化");
    expect(p.nextSteps).toBe("下一步，我局将加快灌区改造。");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a heading whose paragraphs only plan, outside an account part, is no work with progress", () => {
    const r = importText(doc("县商务局上半年工作总结", "一、消费提振", "下一步，我局将举办汽车促销活动。"));
    expect(r.tasks.filter((t) => t.progress?.text)).toEqual([]);
  });
});
