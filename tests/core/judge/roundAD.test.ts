/**
 * Round ad (branch judge-ad): rules made general from the train misses of set ad of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ad.jsonl and friends: a county's first-quarter task table, a city's weekly bulletin
 * of industrial projects, county reviews of the year and of five years, a town's projects to May). Each rule is tried in
 * other words than the corpus's, with the lookalikes that must not turn green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics";

const judge = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict;
const status = (task: string, progress: string, asOf: string, year?: number) => judge(task, progress, asOf, year).status;
const GREEN = ["done", "on-track"];
const periods = (text: string) => parseActuals(text).actuals.map((a) => [a.value, a.period]);

describe("a year a figure is a multiple or a share of (是2012年的2.5倍) is a comparison, not a head of the figures after it", () => {
  const review = "初步统计，全区财政总收入32亿元，是2012年的2.5倍；社会消费品零售总额88亿元，是2012年的1.9倍；进出口总额6100万美元";

  it("the figures after the comparison are this year's", () => {
    expect(status("社会消费品零售总额达到95亿元", review, "2017-12-20")).toBe("behind");
    expect(status("社会消费品零售总额达到85亿元", review, "2017-12-20")).toBe("done");
    expect(status("进出口总额达到6000万美元", review, "2017-12-20")).toBe("done");
    // A share of that year's figure is the same comparison.
    expect(status("进出口总额达到6000万美元", "财政总收入32亿元，为2012年的180%；进出口总额6100万美元", "2017-12-20")).toBe("done");
  });

  it.each([
    // A year heading the figure itself is still that year's, not this one's.
    ["社会消费品零售总额达到85亿元", "全区财政总收入32亿元；2016年社会消费品零售总额88亿元"],
    ["社会消费品零售总额达到85亿元", "全区财政总收入32亿元，是2012年的2.5倍；2016年社会消费品零售总额88亿元"],
  ])("%s ⟵ %s stays not green", (task, progress) => {
    expect(GREEN).not.toContain(status(task, progress, "2017-12-20"));
  });
});

describe("a week (最近一周, 本周, 上周, 当周) is one period, not the year so far", () => {
  it("a week's count is not compared with the year's target", () => {
    const weekly = "本周新竣工500万元以上项目，各区依次为：东区6个、西区2个、南区0个";
    const j = judge("西区全年竣工500万元以上项目12个", weekly, "2019-07-05");
    expect(j.status).toBe("unknown");
    expect(GREEN).not.toContain(status("东区全年竣工500万元以上项目5个", "上周新竣工项目，东区3个、西区1个", "2019-07-05"));
  });

  it("a week's period inside 其中 stays in its clause: the next clause keeps the running total's period", () => {
    const text = "截至7月3日，全市累计签约招商项目312个，其中最近一周签约19个；累计落地项目146个，其中当周落地7个";
    expect(periods(text)).toEqual([
      [312, "截至7月3日"],
      [19, "最近一周"],
      [146, "截至7月3日"],
      [7, "当周"],
    ]);
    // The running total answers the year's target (146 of 400 behind 序时 at 3 July), the week's 7 does not.
    expect(status("全年落地招商项目400个", text, "2019-07-05")).toBe("behind");
    expect(status("全年落地招商项目250个", text, "2019-07-05")).toBe("on-track");
  });
});

describe("schedule words of the rest (其余…按序时推进) do not speak of the one thing named before them", () => {
  it("a one-thing task named before the rest's clause is not on schedule by those words", () => {
    expect(status("城南污水管网改造年内完工", "城南污水管网改造进入收尾阶段，其他项目均按序时推进", "2021-06-10")).toBe("unknown");
    expect(status("城南污水管网改造年内完工", "城南污水管网改造进入收尾阶段，其余工程达到序时进度", "2021-06-10")).toBe("unknown");
  });

  it("a task of several things is still answered by its rest, and the thing's own words still count", () => {
    expect(status("15件民生实事年内全部完成", "15件民生实事已完成8件，其余按序时推进", "2021-06-10")).toBe("on-track");
    expect(status("城南污水管网改造年内完工", "城南污水管网改造按序时推进", "2021-06-10")).toBe("on-track");
    // Another thing named before the rest: the task is among the rest.
    expect(status("城南污水管网改造年内完工", "城北泵站已完工，其余项目按序时推进", "2021-06-10")).toBe("on-track");
  });
});

describe("实际利用外资, 实际使用外资 are names of statistics, not the word 实际 that ends a forecast's reach", () => {
  const forecast = "预计全市生产总值增长7.2%；进出口总额9.6亿元、增长12%；实际使用外资1.2亿美元、增长30%";

  it("the name inside a 预计 sentence stays a forecast", () => {
    expect(parseActuals(forecast).actuals).toEqual([]);
    expect(status("实际使用外资1亿美元", forecast, "2020-01-08", 2019)).toBe("unknown");
    expect(status("实际利用外资1.5亿美元", "预计全年地区生产总值增长7%；实际利用外资1.2亿美元", "2020-01-08", 2019)).toBe("unknown");
  });

  it("实际 as the verb (实际完成) still reports inside the sentence", () => {
    expect(status("固定资产投资60亿元", "预计全年地区生产总值增长7%；实际完成固定资产投资64亿元", "2020-01-08", 2019)).toBe("done");
  });
});

describe("works said going on in a later clause whose head names another thing speak of that thing, not of the count", () => {
  it("a count followed by another building's stage is the count done", () => {
    expect(status("新建口袋公园4个", "新建滨河、文昌等口袋公园4个，文体中心主体封顶", "2023-12-28")).toBe("done");
  });

  it.each([
    // The count's own works going on: not built yet.
    ["新建口袋公园4个", "新建滨河、文昌等口袋公园4个，主体已完工"],
    ["新建口袋公园4个", "新建口袋公园4个，正在施工"],
    ["新建口袋公园4个", "新建口袋公园4个，公园主体已完工"],
  ])("%s ⟵ %s stays not green", (task, progress) => {
    expect(GREEN).not.toContain(status(task, progress, "2023-12-28"));
  });
});

describe("a task to bring one building's main structure to its top (主体封顶) is done when that building's is reported so", () => {
  it("the stage reached, with or without 已", () => {
    expect(status("职教中心实训楼主体年内封顶", "职教中心实训楼主体封顶，图书馆完成招标", "2022-01-05", 2021)).toBe("done");
    expect(status("职教中心实训楼主体年内封顶", "职教中心实训楼主体已封顶", "2021-11-05")).toBe("done");
  });

  it.each([
    ["职教中心实训楼主体年内封顶", "计划职教中心实训楼主体封顶"],
    ["职教中心实训楼主体年内封顶", "职教中心宿舍楼主体封顶"],
    ["人民医院一期主体年内封顶", "人民医院二期主体封顶"],
    ["职教中心实训楼主体年内封顶", "职教中心实训楼正在进行主体施工，力争年内封顶"],
  ])("%s ⟵ %s stays not green", (task, progress) => {
    expect(GREEN).not.toContain(status(task, progress, "2022-01-05", 2021));
  });
});

describe("全年 heading a sentence before the year is over reaches its later clauses: an estimate, not a result", () => {
  const review = "全年生产茶叶1.2万吨、水果8万吨，出栏肉牛3.1万头";

  it("read in December, the later clause's figure is not taken", () => {
    expect(status("出栏肉牛3.5万头", review, "2018-12-20")).toBe("unknown");
    expect(status("出栏肉牛3万头", review, "2018-12-20")).toBe("unknown");
  });

  it("read after the year, or said so far (累计, 已), it is a result", () => {
    expect(status("出栏肉牛3.5万头", review, "2019-01-12", 2018)).toBe("overdue");
    expect(status("出栏肉牛3.5万头", "全年生产茶叶1.2万吨，累计出栏肉牛3.1万头", "2018-12-20")).toBe("behind");
  });
});
