/**
 * The two list rules of round n, restored (src/core/judge/listedItems.ts), with a wrong-green hunt on the path they open
 * (in the style of adversarial.ts and wrongGreenHunt.test.ts): a bulletin's list of items at a stage answers a task
 * that names one of them (namedInList), and a list of shares of the plan per place or item gives the named one its
 * share (listedShare). Every combination of a task, a family's template and an as-of date is written out; the truth of
 * each lookalike is "not green" (the item is in a list of items not done, of another stage, of a plan, of last year;
 * named only as part of a longer name or as another place's; said not done elsewhere; a list of other places' rates or
 * of rates that are no shares). The controls — the item in a plain report's list — must stay green, so the hunt cannot
 * pass by refusing every list. The words are our own.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";

const GREEN = new Set(["done", "on-track"]);
const AS_OF = ["2024-06-30", "2024-09-30", "2024-11-30"];

/** A task with no figure about one named item at a stage, and names near it. */
interface ListTask {
  task: string;
  /** The item as the task names it. */
  item: string;
  /** The stage the task asks for (竣工, 建成, 完工, 开工). */
  stage: string;
  /** Another stage, before the task's (开工, 完成招标 …). */
  other: string;
  /** A longer name that holds the item's (a part, an annex, a second phase). */
  longer: string;
  /** A shorter name the item's holds. */
  shorter: string;
  /** The same item of another place. */
  elsewhere: string;
}

const LIST_TASKS: ListTask[] = [
  { task: "城北污水处理厂二期工程年内竣工", item: "城北污水处理厂二期工程", stage: "竣工", other: "开工", longer: "城北污水处理厂二期工程配套管网", shorter: "城北污水处理厂", elsewhere: "城南污水处理厂二期工程" },
  { task: "东湖大道快速化改造工程年内建成", item: "东湖大道快速化改造", stage: "建成", other: "开工", longer: "东湖大道快速化改造二标段", shorter: "东湖大道", elsewhere: "西湖大道快速化改造" },
  { task: "平川县人民医院门诊综合楼年底前竣工投用", item: "平川县人民医院门诊综合楼", stage: "竣工", other: "开工", longer: "平川县人民医院门诊综合楼附属用房", shorter: "平川县人民医院", elsewhere: "南岭县人民医院门诊综合楼" },
  { task: "河湾新区供热管网项目年内完工", item: "河湾新区供热管网项目", stage: "完工", other: "开工", longer: "河湾新区供热管网改造提升项目", shorter: "河湾新区供热", elsewhere: "河湾老区供热管网项目" },
  { task: "滨江科创产业园项目三季度开工", item: "滨江科创产业园项目", stage: "开工", other: "签约", longer: "滨江科创产业园配套人才公寓项目", shorter: "滨江科创", elsewhere: "滨海科创产业园项目" },
  { task: "西城区第三中学新校区年内开工建设", item: "西城区第三中学新校区", stage: "开工", other: "完成立项", longer: "西城区第三中学新校区体育馆", shorter: "第三中学", elsewhere: "东城区第三中学新校区" },
];

type Gen = (t: ListTask) => string[];

/** Lookalikes of a list that names the item: none is this item reported at the task's stage this year. */
const LIST_FAMILIES: Record<string, Gen> = {
  // The item in a list of items not done, lagging or not started, or under a heading of lag.
  notDone: (t) => [
    `未按期${t.stage}3项，为文化中心、${t.item}、体育公园`,
    `尚未${t.stage}的项目有2个，为${t.item}、文化中心`,
    `未${t.stage}项目3个：${t.item}、文化中心、体育公园`,
    `${t.item}等3个项目尚未${t.stage}`,
    `以下项目进展缓慢：${t.item}、文化中心、体育公园`,
    `进展滞后的项目有3个：${t.item}、文化中心、体育公园`,
    `未开工项目3个，为${t.item}、文化中心、体育公园`,
    `以下3个项目推进缓慢，仍未${t.stage}：${t.item}、文化中心、体育公园`,
    `滞后项目中已${t.stage}2项，为${t.item}、文化中心`,
    `进展缓慢的5个项目中，提前${t.stage}2项，为${t.item}、文化中心`,
  ],
  // The item in a list of another stage, or of a part or step of the works.
  otherStage: (t) => [
    `已${t.other}3项，为${t.item}、文化中心、体育公园`,
    `已完成招标3项，为${t.item}、文化中心、体育公园`,
    `已完成前期手续3项：${t.item}、文化中心、体育公园`,
    `主体已完工3项，为${t.item}、文化中心、体育公园`,
    `一期已竣工2项，为${t.item}、文化中心`,
    `基本建成3项，为${t.item}、文化中心、体育公园`,
    `部分已${t.stage}2项，为${t.item}、文化中心`,
  ],
  // The item named only as part of a longer name, a shorter name, or the same item of another place.
  longerName: (t) => [
    `已${t.stage}3项，为${t.longer}、文化中心、体育公园`,
    `提前${t.stage}2项，为文化中心、${t.longer}等`,
    `已${t.stage}3项，为${t.shorter}、文化中心、体育公园`,
    `已${t.stage}3项，为${t.elsewhere}、文化中心、体育公园`,
    `已${t.stage}3项，为新${t.item}、文化中心、体育公园`,
    `已${t.stage}2项，为${t.item}（一期）、文化中心`,
  ],
  // A plan, a hope, a forecast: no report.
  plan: (t) => [
    `计划${t.stage}3项，为${t.item}、文化中心、体育公园`,
    `年内计划提前${t.stage}3项，为${t.item}、文化中心等`,
    `预计年底前已${t.stage}3项，为${t.item}、文化中心等`,
    `力争提前${t.stage}3项，为${t.item}、文化中心等`,
    `确保如期${t.stage}3项，为${t.item}、文化中心等`,
    `有望提前${t.stage}2项，为${t.item}、文化中心`,
    `目标是已${t.stage}3项，为${t.item}、文化中心等`,
  ],
  // Another year's list.
  lastYear: (t) => [
    `去年已${t.stage}3项，为${t.item}、文化中心、体育公园`,
    `2023年提前${t.stage}3项，为${t.item}、文化中心等`,
    `上年已${t.stage}2项，为${t.item}、文化中心`,
    `以前年度已${t.stage}2项，为${t.item}、文化中心`,
  ],
  // The item said not done beside a list, or left out of it.
  negated: (t) => [
    `提前${t.stage}3项，为文化中心、体育公园等，${t.item}尚未${t.stage}`,
    `已${t.stage}3项，为文化中心、体育公园、会展中心，${t.item}未能按期${t.stage}`,
    `已${t.stage}3项，不含${t.item}`,
    `除${t.item}外，已${t.stage}3项，为文化中心、体育公园、会展中心`,
    `已${t.stage}3项，为文化中心、${t.item}（未验收）、体育公园`,
    `已${t.stage}3项，为文化中心、体育公园、${t.item}，其中${t.item}因资金问题暂停`,
    `已${t.stage}3项，为文化中心、体育公园和${t.item}，${t.item}推迟至明年`,
    `提前${t.stage}2项，为${t.item}、文化中心；${t.item}仍未${t.stage}`,
    `提前${t.stage}2项，为${t.item}、文化中心。${t.item}仍在施工`,
    `已${t.stage}3项，为文化中心、${t.item}、体育公园，${t.item}正在扫尾`,
  ],
};

/** A task no figure of its own answers, about the whole of a place's key projects or of one work item. */
interface ShareTask {
  task: string;
  /** The place or the item as a list names it. */
  name: string;
  /** Another place or item of the same list. */
  other: string;
  /** A longer name that holds the name. */
  longer: string;
}

const SHARE_TASKS: ShareTask[] = [
  { task: "河口区重点项目完成年度投资计划", name: "河口区", other: "城关区", longer: "河口区新城镇" },
  { task: "晋阳市重点工程完成年度投资计划", name: "晋阳", other: "长宁", longer: "晋阳高新" },
  { task: "背街小巷整治年内全部完成", name: "背街小巷整治", other: "雨污分流改造", longer: "背街小巷整治提升二期" },
  { task: "公厕提升改造完成年度计划", name: "公厕提升改造", other: "农贸市场改造", longer: "旅游公厕提升改造" },
];

/** Lookalikes of a list of rates: other places' or items', rates that are no shares of the plan, a plan, last year's. */
const SHARE_FAMILIES: Record<string, (t: ShareTask) => string[]> = {
  otherRates: (t) => [
    `各县区重点项目投资完成率依次为${t.other}98.2%、新庄县101.5%、北塬县52.3%`,
    `各单位完成率依次为${t.other}105.2%、${t.longer}99.1%、北塬县62.3%`,
    `${t.other}、北塬县和${t.longer}分别完成今年计划工程量的98%、102%和99%`,
    `各县区投资增速依次为${t.name}16.2%、${t.other}11.5%`,
    `${t.name}、${t.other}分别增长98%、76%`,
    `${t.name}投资占全市比重为25.6%、${t.other}18.1%，完成率居前`,
    `去年各县区完成率依次为${t.name}102.1%、${t.other}88.5%`,
    `计划各县区完成率分别达到${t.name}100%、${t.other}100%`,
    `2023年各县区重点项目完成率依次为${t.name}103.4%、${t.other}91.2%`,
    `各县区农村公路建设完成率依次为${t.name}99.2%、${t.other}88.7%`,
    `各县区重点项目投资完成率与去年同期相比依次为${t.name}98.2%、${t.other}96.5%`,
    `各县区完成率较上年依次提高${t.name}12.5%、${t.other}8.1%`,
  ],
};

interface Case { family: string; task: string; text: string; asOf: string }

function huntCases(): Case[] {
  const out: Case[] = [];
  for (const [family, gen] of Object.entries(LIST_FAMILIES))
    for (const t of LIST_TASKS) for (const text of gen(t)) for (const asOf of AS_OF) out.push({ family, task: t.task, text, asOf });
  for (const [family, gen] of Object.entries(SHARE_FAMILIES))
    for (const t of SHARE_TASKS) for (const text of gen(t)) for (const asOf of AS_OF) out.push({ family, task: t.task, text, asOf });
  return out;
}

/** Plain reports that do list the item at its stage, or give its own share: they must stay green. */
function controlCases(): Case[] {
  const out: Case[] = [];
  for (const t of LIST_TASKS) {
    const at = (text: string) => out.push({ family: "control", task: t.task, text, asOf: "2024-11-30" });
    at(`截至11月底，提前${t.stage}3项，为文化中心、${t.item}、体育公园等`);
    at(`今年以来已${t.stage}4个项目：${t.item}、文化中心等`);
    at(`已${t.stage}的项目有2个，分别为文化中心和${t.item}`);
    at(`如期${t.stage}2项，为${t.item}、文化中心；未按期${t.stage}1项，为体育公园`);
  }
  for (const t of SHARE_TASKS) {
    const at = (text: string) => out.push({ family: "control", task: t.task, text, asOf: "2024-09-30" });
    if (/整治|改造/.test(t.name)) at(`${t.other}、北塬县道路改造和${t.name}分别完成今年计划工程量的63%、70%和95%`);
    else {
      at(`各县区重点项目投资完成率依次为${t.other}96.2%、${t.name}98.5%、北塬县52.3%`);
      at(`11个县区完成率由高到低依次为${t.name}104.9%、${t.other}86.3%、北塬县47.5%`);
    }
  }
  return out;
}

const judge = (c: Case) => judgeTask({ targetText: c.task, progress: { text: c.text }, asOf: c.asOf }).verdict;

describe("wrong-green hunt on the list rules", () => {
  const cases = huntCases();
  const families = [...Object.keys(LIST_FAMILIES), ...Object.keys(SHARE_FAMILIES)];

  it("writes every family over every task and as-of date", () => {
    expect(cases.length).toBeGreaterThan(700);
    for (const family of families) expect(cases.filter((c) => c.family === family).length).toBeGreaterThan(20);
  });

  it.each(families)("gives no green in family %s", (family) => {
    const greens = cases.filter((c) => c.family === family).map((c) => ({ c, v: judge(c) })).filter(({ v }) => GREEN.has(v.status));
    expect(greens.slice(0, 5).map(({ c, v }) => `${c.task} ⟶ ${c.text} @${c.asOf}: ${v.label} ${v.reason}`)).toEqual([]);
  });

  it("keeps every control green (without the rules: 无法研判)", () => {
    const lost = controlCases().map((c) => ({ c, v: judge(c) })).filter(({ v }) => !GREEN.has(v.status));
    expect(lost.map(({ c, v }) => `${c.task} ⟶ ${c.text}: ${v.label} ${v.reason}`)).toEqual([]);
  });
});

describe("the list rules say what they read", () => {
  const v = (task: string, text: string, asOf: string) => judgeTask({ targetText: task, progress: { text }, asOf }).verdict;
  it("a list of items done: 已完成, naming the list; of items not done on time: 进展滞后", () => {
    const done = v("城北污水处理厂二期工程年内竣工", "截至11月底，提前竣工3项，为城北污水处理厂二期工程、滨河路改造、第三中学新校区等", "2024-11-30");
    expect(done.status).toBe("done");
    expect(done.reason).toContain("本项在其列");
    const late = v("第二人民医院门诊楼年内竣工", "未能按期竣工2项，为第二人民医院门诊楼、城南棚改安置房", "2024-11-30");
    expect(late.status).toBe("behind");
    expect(late.reason).toContain("本项在未按期之列");
  });
  it("a list of shares: the named one's share against 序时进度", () => {
    const list = "各县区重点项目投资完成率依次为城关区96.2%、河口区71.5%、新庄县52.3%";
    expect(v("河口区重点项目完成年度投资计划", list, "2024-09-30").status).toBe("behind");
    expect(v("城关区重点项目完成年度投资计划", list, "2024-09-30").status).toBe("on-track");
    expect(v("新城区重点项目完成年度投资计划", list, "2024-09-30").status).toBe("unknown");
    const works = "雨污分流改造、背街小巷整治和公厕提升分别完成年度计划工程量的88%、41%和102%";
    expect(v("背街小巷整治年内全部完成", works, "2024-08-31").status).toBe("behind");
    expect(v("公厕提升完成年度计划", works, "2024-08-31").status).toBe("done");
  });
});
