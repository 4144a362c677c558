/**
 * Round al of issue 13 (layouts 303–311): progress written in prose — a lead sentence (（一）/1、/unnumbered) over what was
 * done, its account going on over the paragraphs after it (下一步措施：/存在问题是： its next steps and problems), plan parts
 * (二、下半年工作计划) read as plans, not progress. Each rule on texts of our own and against the lookalikes it must leave alone.
 * (structureAL holds round ak's rules.)
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");
const progressOf = (r: ReturnType<typeof importText>, name: string) => r.tasks.find((t) => t.text === name)?.progress;

describe("a lead sentence over what was done, in a progress account", () => {
  test("（一）X。 run in under 一、完成情况: the lead is the item, the rest of the paragraph what it reached", () => {
    const text = doc(
      "某镇上半年工作总结",
      "上半年全镇完成财政收入820万元，实现时间过半任务过半。",
      "一、完成情况",
      "（一）农业生产稳中有进。落实水稻种植2.3万亩，已完成早稻收割；新建高标准农田1200亩。",
      "（二）项目建设加快推进。镇卫生院综合楼主体已封顶，农贸市场改造已完工。",
    );
    const r = importText(text);
    // A title ending 工作总结 is the document's title, not the start of the paragraph under it; the lead-in's figures stay
    // what the reader of indicators makes of them.
    expect(r.tasks.map((t) => t.text).filter((n) => !/财政收入/.test(n))).toEqual(["农业生产稳中有进", "项目建设加快推进"]);
    expect(progressOf(r, "农业生产稳中有进")?.text).toBe("落实水稻种植2.3万亩，已完成早稻收割；新建高标准农田1200亩。");
    expect(progressOf(r, "项目建设加快推进")?.text).toContain("主体已封顶");
    // The run-in （一） is no section of its own: the item stays in 一、完成情况.
    expect(r.tasks.find((t) => t.text === "农业生产稳中有进")?.section).toBe("一、完成情况");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("1、X。 and an unnumbered X。 (a project named before its account) are items too; 1./2. lines open paragraphs of their own", () => {
    const text = doc(
      "县水利局上半年工作总结",
      "一、工程建设",
      "1、灌区续建配套工程。截至目前完成渠道衬砌12公里，完成投资860万元。",
      "2、病险水库除险加固。已完成3座水库主体工程。",
      "城区防洪堤。征地工作已基本完成，目前正在进行堤身填筑。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text])).toEqual([
      ["1", "灌区续建配套工程"],
      ["2", "病险水库除险加固"],
      [expect.stringMatching(/^草/), "城区防洪堤"],
    ]);
    expect(progressOf(r, "城区防洪堤")?.text).toBe("征地工作已基本完成，目前正在进行堤身填筑。");
  });

  test("the paragraphs after an item's account go on with it: more account, 存在问题是：… its problems, 下一步措施：… its next steps", () => {
    const text = doc(
      "重点项目进展情况汇报",
      "一、存在问题项目",
      "（一）实施城东污水处理厂扩建工程。项目用地调规用时较长，进展缓慢。",
      "设备采购已完成招标。",
      "存在问题是：管网配套资金尚未落实。",
      "下一步措施：9月底前落实配套资金，10月开工管网建设。",
      "（二）实施老城区雨污分流改造。老城区街巷狭窄。",
      "存在问题是：施工期间交通组织难度大。",
    );
    const r = importText(text);
    const first = progressOf(r, "实施城东污水处理厂扩建工程")!;
    expect(first.text).toBe("项目用地调规用时较长，进展缓慢。设备采购已完成招标。");
    expect(first.problems).toBe("管网配套资金尚未落实。");
    expect(first.nextSteps).toBe("9月底前落实配套资金，10月开工管网建设。");
    // An account that says nothing done is still the item's when its problems follow it.
    expect(progressOf(r, "实施老城区雨污分流改造")?.problems).toBe("施工期间交通组织难度大。");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("预计上半年… estimates what the half year reached: an account; 预计年底… is a plan and opens none", () => {
    const reached = importText(doc("县发改局上半年工作总结", "一、上半年工作", "1、经济运行总体平稳。预计上半年全县GDP增长6.1%。", "2、项目建设有序推进。已开工项目38个。"));
    expect(progressOf(reached, "经济运行总体平稳")?.text).toBe("预计上半年全县GDP增长6.1%。");
    const planned = importText(doc("县发改局上半年工作总结", "一、上半年工作", "1、城区停车场建设。预计年底前建成投用。", "2、项目建设有序推进。已开工项目38个。"));
    expect(planned.tasks.some((t) => t.text === "城区停车场建设" && t.progress)).toBe(false);
  });
});

describe("lookalikes the lead-sentence rule leaves alone", () => {
  test("a plan (no progress title): （一）X。 stays a heading over its drafts", () => {
    const text = doc("2024年政府工作报告", "一、2024年主要工作", "（一）推动产业升级。新建标准厂房10万平方米，培育规上企业20家。");
    const r = importText(text);
    expect(r.tasks.some((t) => t.text === "推动产业升级")).toBe(false);
    expect(r.tasks.every((t) => !t.progress)).toBe(true);
  });

  test("an account that reports nothing done, a lead that is a kind of work (…方面) or a share, and 一是 (round o's) open no lead item", () => {
    const r = importText(doc(
      "街道上半年工作进展情况",
      "一、工作情况",
      "（一）加强组织领导。街道成立工作专班，明确专人负责。",
      "民生实事项目方面。卫生服务站改造已完工。",
      "一是道路提升改造。已完成路面铺设2公里。",
    ));
    expect(r.tasks.some((t) => t.text === "加强组织领导")).toBe(false);
    expect(r.tasks.some((t) => t.text === "民生实事项目方面")).toBe(false);
    expect(r.tasks.find((t) => t.text === "道路提升改造")?.progress?.text).toBe("已完成路面铺设2公里。");
  });

  test("a result word only in a planned clause (预计2024年竣工), and projects listed under a shared state, open no lead item", () => {
    const planned = importText(doc("县重点项目进展情况", "一、项目进展", "城北学校。为今年新建项目，预计2026年竣工。"));
    expect(planned.tasks.some((t) => t.text === "城北学校" && t.progress)).toBe(false);
    // "A、B等2个项目已完工" under a lead: each project with its state, as round q reads such lists.
    const listed = importText(doc("某县重点工作落实情况", "一、经济发展", "（一）项目建设。县人民医院门诊楼、县第三中学等2个项目已完工。"));
    expect(listed.tasks.find((t) => t.text === "县第三中学")?.progress?.text).toBe("已完工");
  });

  test("a figure opening a line (2.5亿元…) continues the paragraph: no 2. item", () => {
    const r = importText(doc("县重点项目推进情况", "一、项目进展", "城南片区改造。累计完成投资", "2.5亿元，安置房主体已封顶。"));
    expect(r.tasks.map((t) => [t.text, t.progress?.text])).toEqual([["城南片区改造", "累计完成投资2.5亿元，安置房主体已封顶。"]]);
  });
});

describe("plan parts of a half-year account", () => {
  test("二、下半年工作计划: its lead sentences are plans, one draft each with what it will do, no progress", () => {
    const text = doc(
      "2025年上半年工作总结及下半年工作计划",
      "一、上半年工作总结",
      "1、招商引资成效明显。新签约项目6个，已开工4个。",
      "2、民生实事有序推进。已完成老旧小区改造3个。",
      "二、下半年工作计划",
      "1、抓好项目落地。督促签约项目尽快开工。",
      "2、优化营商环境。推进“一件事一次办”。",
    );
    const r = importText(text);
    expect(r.kind).toBe("report");
    expect(r.tasks.map((t) => [t.text, t.section, t.progress?.text ?? "", t.workTarget ?? ""])).toEqual([
      ["招商引资成效明显", "一、上半年工作总结", "新签约项目6个，已开工4个。", ""],
      ["民生实事有序推进", "一、上半年工作总结", "已完成老旧小区改造3个。", ""],
      ["抓好项目落地", "二、下半年工作计划", "", "督促签约项目尽快开工。"],
      ["优化营商环境", "二、下半年工作计划", "", "推进“一件事一次办”。"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });
});

describe("a kind of project with its count, numbered as a list", () => {
  test("1.农业项目3个，年计划投资…，已完成投资…: the kind is the item, what it reached its progress", () => {
    const r = importText(doc("区重大项目推进情况汇报", "一、项目推进情况", "1.工业项目5个，年计划投资8.2亿元，已完成投资4.6亿元。", "2.社会事业项目2个，年计划投资1.5亿元，已完成投资0.9亿元。"));
    expect(r.tasks.map((t) => [t.text, t.progress?.text])).toEqual([
      ["工业项目5个", "年计划投资8.2亿元，已完成投资4.6亿元"],
      ["社会事业项目2个", "年计划投资1.5亿元，已完成投资0.9亿元"],
    ]);
  });
});

describe("which importer reads numbered lead accounts", () => {
  test("a progress account's numbered lead sentences with no unit assigned read as report prose", () => {
    const r = importText(doc("2025年上半年工作总结", "一、上半年工作", "1、就业形势稳定。城镇新增就业2100人。", "2、社会保障有力。已发放救助资金320万元。", "3、教育事业发展。新建幼儿园2所已投用。"));
    expect(r.kind).toBe("report");
    expect(r.tasks.map((t) => t.progress?.text)).toEqual(["城镇新增就业2100人。", "已发放救助资金320万元。", "新建幼儿园2所已投用。"]);
  });

  test("the same items with their units assigned (…负责 / 牵头单位：) or grouped by state stay a list", () => {
    const assigned = importText(doc("2025年上半年工作总结", "一、上半年工作", "1、就业形势稳定。城镇新增就业2100人。县人社局负责。", "2、社会保障有力。已发放救助资金320万元。县民政局负责。", "3、教育事业发展。新建幼儿园2所已投用。县教育局负责。"));
    expect(assigned.kind).toBe("notice");
    const grouped = importText(doc("卫生项目建设情况汇报", "一、项目完成情况", "（一）已竣工项目", "1、县中医院建设项目。2014年竣工，完成投资1.9亿元。", "2、县急救中心建设项目。2012年竣工，完成投资260万元。", "（二）在建项目", "3、县疾控中心建设项目。主体已完工。"));
    expect(grouped.kind).toBe("notice");
  });
});
