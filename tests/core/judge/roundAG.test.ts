/**
 * Round ag (branch judge-ag): rules made general from the train misses of set ag of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ag.jsonl and friends: a county's projects to April, a city's key projects and
 * special funds to September, a city's key projects by stage to May, a city's weekly bulletin by district, year-end
 * reviews of cities and districts). Each rule is tried in other words than the corpus's, with the lookalikes that must not
 * turn green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { PlaceLevel } from "../../../src/core/model";
import { parseActuals, parseDeadline, parseTargets } from "../../../src/core/metrics";

const status = (task: string, progress: string, asOf: string, year?: number, level?: PlaceLevel) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year, level }).verdict.status;

describe("a level's list of key projects is answered by that list's figure, not all the place's key projects", () => {
  const text = "1-6月，全市重点项目完成投资300亿元；其中列入省重点的项目完成投资40亿元";

  it("the provincial list's own figure answers the provincial task", () => {
    expect(status("省重点项目全年完成投资100亿元", text, "2023-07-05", undefined, "市")).toBe("behind");
    expect(status("省重点项目全年完成投资70亿元", text, "2023-07-05", undefined, "市")).toBe("on-track");
  });

  it("all the place's key projects still answer a task about them", () => {
    expect(status("全市重点项目全年完成投资500亿元", text, "2023-07-05", undefined, "市")).toBe("on-track");
  });

  it("the office's own report of 重点项目 alone still answers its level's task", () => {
    expect(status("省重点项目全年完成投资500亿元", "1-6月重点项目累计完成投资300亿元，完成年计划的60%", "2023-07-05", undefined, "省")).toBe("on-track");
  });

  it("another level's list never answers", () => {
    expect(status("省重点项目全年完成投资100亿元", "1-6月，市级重点项目完成投资90亿元", "2023-07-05", undefined, "市")).not.toMatch(/done|on-track/);
  });
});

describe("a list of things done: the task's own item carries its name whole, other items their own parts", () => {
  it("a phase in the task's own name, a year in another item's brackets, do not stop the list", () => {
    expect(status("城南污水厂（二期）年内完工", "老城管网改造（2019年度）、城南污水厂（二期）、滨河公园等4个项目已经完工", "2021-06-10", 2021)).toBe("done");
  });

  it("a part named in another item of the list is that item's", () => {
    expect(status("环城快速路年内建成通车", "滨江大道北段、环城快速路已建成通车，东环高架加快建设", "2022-01-10", 2021)).toBe("done");
  });

  it.each([
    // The task's own item is a part of it.
    ["环城快速路年内建成通车", "滨江大道、环城快速路一期已建成通车"],
    // The task is the railway whose section is done.
    ["滨江大道年内建成通车", "滨江大道北段、环城快速路已建成通车"],
    // The item in the list is the task's thing with a phase the task does not name.
    ["城南污水厂年内完工", "老城管网改造、城南污水厂（二期）、滨河公园等4个项目已经完工"],
    // A year written outside brackets is another year's list.
    ["城南污水厂（二期）年内完工", "2019年老城管网改造、城南污水厂（二期）、滨河公园等4个项目已经完工"],
  ])("%s — %s is not done", (task, progress) => {
    expect(status(task, progress, "2022-01-10", 2021)).not.toBe("done");
  });
});

describe("a road handed over (交工验收) and opened is built and opened", () => {
  it("交工验收 then 通车 answers 建成通车", () => {
    expect(status("城东大道年内建成通车", "城东大道已经通过交工验收，正式通车", "2022-11-10")).toBe("done");
  });

  it.each([
    // Handed over, not yet said to be open.
    ["城东大道年内建成通车", "城东大道已经通过交工验收"],
    // A phase handed over.
    ["城东大道年内建成通车", "城东大道一期已经通过交工验收，正式通车"],
    // The opening still to come.
    ["城东大道年内建成通车", "城东大道已经通过交工验收，计划年底通车"],
  ])("%s — %s is not done", (task, progress) => {
    expect(status(task, progress, "2022-11-10")).not.toBe("done");
  });
});

describe("a task with no figure takes the share of the plan written for its own projects, named as bulletins vary them", () => {
  it("技改类项目 is 技改项目; 续建重点项目 is the bulletin's 续建项目", () => {
    expect(status("市级技改项目完成年度计划投资", "1-6月市级技改类项目完成投资8.2亿元，为年度计划的56%", "2021-07-05")).toBe("on-track");
    expect(status("新开工重点项目完成年度计划投资", "1-6月新开工项目完成投资8.2亿元，为年度计划投资的31%", "2021-07-05")).toBe("behind");
  });

  it("已 inside a name of an act is the act", () => {
    expect(status("年内完成专项资金拨付任务", "截至9月底，专项资金已拨付2.1亿元，为年度拨付任务的60%", "2021-10-20")).toBe("behind");
  });

  it.each([
    // All the key projects' share is not one class's.
    ["续建项目完成年度计划投资", "1-6月重点项目完成投资80亿元，为年度计划的56%"],
    // Another class.
    ["市级技改项目完成年度计划投资", "1-6月市级基建类项目完成投资8.2亿元，为年度计划的56%"],
  ])("%s — %s gives no share", (task, progress) => {
    expect(status(task, progress, "2021-07-05")).toBe("unknown");
  });

  it("a share of the money spent does not answer a task to start projects whose name holds 投资", () => {
    expect(status("重点投资项目年内全部开工", "1-6月重点投资项目完成投资47.7亿元，为年度计划的66.1%", "2021-07-05")).not.toMatch(/done|on-track/);
  });
});

describe("a share of the plan written for a period is judged at that period's end", () => {
  const text = (share: number) => `1-5月，续建项目完成投资109亿元，为年计划投资的${share}%`;

  it("43.7% by May is on schedule when read in July", () => {
    expect(status("续建项目完成年度计划投资", text(43.7), "2016-07-04")).toBe("on-track");
  });

  it("38% by May is behind", () => {
    expect(status("续建项目完成年度计划投资", text(38), "2016-07-04")).toBe("behind");
  });

  it("a share with no period is judged at the as-of date", () => {
    expect(status("续建项目完成年度计划投资", "续建项目完成投资109亿元，为年计划投资的43.7%", "2016-07-04")).toBe("behind");
  });
});

describe("a level reached at the end of a span answers a task to reach a level by a date", () => {
  const text = "五年来，全区充电桩由120个增加到530个，规上企业产值年均增长7%";

  it("the level now stands above the target: done", () => {
    expect(status("到2025年全区充电桩达到500个", text, "2026-02-10", 2025)).toBe("done");
  });

  it("below the target after the date: overdue, not green", () => {
    expect(status("到2025年全区充电桩达到600个", text, "2026-02-10", 2025)).toBe("overdue");
  });

  it("a year's own count is not answered by the span's level", () => {
    expect(status("2025年新增充电桩500个", text, "2026-02-10", 2025)).not.toBe("done");
  });
});

describe("figures of a period that ended before a passed deadline do not show it missed", () => {
  const task = "新建重点项目上半年全部开工";

  it("May's figures read in July for a June deadline: cannot tell", () => {
    expect(status(task, "1—5月，新建重点项目开工46项，开工率92%", "2016-07-04", 2016)).toBe("unknown");
  });

  it.each([
    // Figures of the deadline's own month.
    ["截至6月底，新建重点项目开工46项，开工率92%"],
    // Left undone said in words.
    ["1—5月，新建重点项目开工46项，开工率92%，尚有4个项目未开工"],
  ])("%s is overdue", (progress) => {
    expect(status(task, progress, "2016-07-04", 2016)).toBe("overdue");
  });

  it("a deadline at the year's end is left to the year's review: June's figure read in February decides nothing", () => {
    expect(status("新建重点项目年内全部开工", "1—6月，新建重点项目开工46项，开工率92%", "2017-02-10", 2016)).toBe("overdue");
  });
});

describe("a plan named as a document that exists forecasts nothing; tasks pushed on are not tasks done", () => {
  const text = "城乡融合发展规划纲要得到落实，86项年度重点任务有序推进，120项政务服务事项实现跨省通办";

  it("a count reported after 规划纲要得到落实 is a result", () => {
    expect(status("年内实现120项政务服务事项跨省通办", text, "2022-01-15", 2021)).toBe("done");
  });

  it("规划 still forecasts where it plans", () => {
    expect(status("年内实现120项政务服务事项跨省通办", "按照规划，120项政务服务事项实现跨省通办", "2022-01-15", 2021)).not.toBe("done");
  });

  it("86 tasks pushed on do not meet a task to carry out 86 tasks", () => {
    expect(status("推进城乡融合发展86项年度重点任务", text, "2022-01-15", 2021)).not.toMatch(/done|on-track/);
  });

  it("projects under way still answer a task to have them under way", () => {
    expect(status("推进亿元以上产业项目90个", "1-6月，亿元以上产业项目在建92个", "2021-07-10")).toBe("done");
  });
});

describe("deadlines of a five-year plan's period and of 双过半", () => {
  it.each([
    ["“十四五”期间累计完成投资450亿元", "2025-12-31"],
    ["到十四五末规上企业达到60户", "2025-12-31"],
    ["十五五期间建成综合枢纽", "2030-12-31"],
    ["重点项目建设确保实现“双过半”", "2021-06-30"],
  ])("%s → %s", (text, date) => {
    expect(parseDeadline(text, 2021)).toBe(date);
  });

  it.each([["较“十三五”末增长20%"], ["比十三五时期增加3万人"], ["十一五时期年均增长13%"]])("%s names no deadline (a comparison, a plan over)", (text) => {
    expect(parseDeadline(text, 2021)).toBeNull();
  });
});

describe("再 before 生, 制造 or 利用 is part of a name, not 'again'", () => {
  it.each([
    ["规上企业达到60户，再生资源回收利用产值达到50亿元", "再生资源回收利用产值"],
    ["再制造产业产值达到20亿元", "再制造产业产值"],
  ])("%s names %s", (text, metric) => {
    expect(parseTargets(text, { year: 2021 }).targets.map((t) => t.metric)).toContain(metric);
  });
});

describe("an amount named by the act alone after a clause that counts a class of projects is that class's", () => {
  const names = (text: string) => parseActuals(text).actuals.map((a) => a.metric);

  it("the class names the amount", () => {
    expect(names("河西区：重点项目30个，其中工业类12个，年度实际完成投资30亿元，为年度计划的60%")).toContain("工业类项目完成投资");
  });

  it.each([
    // The count's clause says more than the class and its count.
    ["河西区：工业类项目12个已开工，完成投资30亿元"],
    // The amount's clause names its own subject.
    ["河西区：工业类项目12个，技改投资完成30亿元"],
  ])("%s keeps its own name", (text) => {
    expect(names(text)).not.toContain("工业类项目完成投资");
  });

  it("a district's class of projects is judged on its own share", () => {
    const text = "河西区：省市县重点固定资产投资类32个，年度实际完成投资65.86亿元，为年度计划的68.1%；市级技改类3个，年度实际完成投资2.13亿元，为年度计划的23.9%";
    expect(status("河西区市级技改项目完成年度投资计划", text, "2020-07-06")).toBe("behind");
    expect(status("河西区省市县重点固定资产投资项目年内完成投资100亿元", text, "2020-07-06", undefined, "县")).toBe("on-track");
  });
});

describe("a class of a level's key projects is the bulletin's class, shares of parallel classes of one period", () => {
  const text = "分类看，工业类项目1-9月完成投资80亿元，为年度计划投资的90%；交通类项目完成40亿元，为年度计划投资的76%";

  it("the class's share, of the period written for the first class, answers the class of the provincial list", () => {
    expect(status("交通类省重点项目完成年度计划投资", text, "2024-10-26")).toBe("on-track");
  });

  it("another level's list of the same class is not answered", () => {
    expect(status("交通类市级重点项目完成年度计划投资", "交通类省重点项目1-9月完成投资40亿元，为年度计划投资的76%", "2024-10-26")).toBe("unknown");
  });
});
