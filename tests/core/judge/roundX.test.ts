/**
 * Round x (branch judge-x): rules made on train x's misses, each tried in other words of our own, with the lookalikes it
 * must not turn green (tests/fixtures/metrics/corpus README, docs/metrics.md "Round x").
 */
import { judgeTask } from "../../../src/core/judge";
import { parseActuals, parseDeadline } from "../../../src/core/metrics";

const verdict = (targetText: string, text: string, asOf: string, year?: number) => judgeTask({ targetText, progress: { text }, asOf, year }).verdict.status;
const GREEN = ["done", "on-track"];
const ratios = (text: string) => parseActuals(text).actuals.filter((a) => a.explicitRatio !== undefined).map((a) => [a.metric, a.explicitRatio]);

describe("a share standing alone is the share of the subject written before its 完成", () => {
  const text = "截至10月底，农村安全饮水工程完成计划的112%，敬老院建设完成计划的96%";
  it("the share is named by its subject and answers a task of that subject", () => {
    expect(ratios(text)).toEqual([["农村安全饮水工程", 1.12], ["敬老院建设", 0.96]]);
    expect(verdict("农村安全饮水工程完成年度计划", text, "2011-10-31")).toBe("done");
  });
  it("lookalikes: a task of something else is not answered by either share", () => {
    // Without the name, the first share answered any task of the report (a wrong green).
    expect(GREEN).not.toContain(verdict("新建放心菜店40家", text, "2011-10-31"));
    expect(GREEN).not.toContain(verdict("广播电视村村通年内完成", "扶贫互助资金完成计划的250%，广播电视村村通工程进度推迟", "2011-10-31"));
  });
  it("controls: a share after an amount, or with no subject but time words, stays as it was", () => {
    expect(parseActuals("全区完成投资45亿元，完成年度计划的90%").actuals.map((a) => [a.value, a.explicitRatio])).toEqual([[45, 0.9]]);
    expect(ratios("截至9月底，完成年度目标的80%")).toEqual([["", 0.8]]);
    expect(verdict("全年完成投资50亿元", "截至9月底，完成年度目标的80%", "2011-09-30")).toBe("on-track");
  });
});

describe("a forecast written after a name reaches 分别增长 in the next clause", () => {
  const text = "公共预算收入预计3.1亿元，增长12%；城乡居民人均可支配收入预计分别达到41000元、26000元，分别增长6.5%、7.9%";
  it("分别 names no metric of its own: the rates are forecasts", () => {
    expect(parseActuals(text).actuals).toEqual([]);
  });
  it("lookalikes: a clause naming its own metric after a name's forecast still reports", () => {
    expect(parseActuals("地区生产总值预计增长7%，规上工业增加值增长9.1%").actuals.map((a) => [a.metric, a.value])).toEqual([["规上工业增加值", 9.1]]);
  });
});

describe("a review read after its year that gives only forecasts is no proof of a miss", () => {
  const text = "预计全年地区生产总值86亿元、增长7%；固定资产投资30亿元、增长21%";
  it("无法研判, not 已逾期", () => {
    expect(verdict("地区生产总值增长7.5%", text, "2025-01-08", 2024)).toBe("unknown");
  });
  it("lookalikes: a result beside the forecast, or a forecast read before the year's end, keep their reading", () => {
    expect(verdict("地区生产总值增长7.5%", "全年地区生产总值增长7%；预计固定资产投资增长21%", "2025-01-08", 2024)).toBe("overdue");
    expect(GREEN).not.toContain(verdict("地区生产总值增长7%", text, "2025-01-08", 2024));
    expect(GREEN).not.toContain(verdict("地区生产总值增长7%", text, "2024-11-20"));
  });
});

describe("a target that names the step itself is answered by the step's figure", () => {
  it("拨付…资金 asked, 拨付资金 reported: judged, with 占计划投入的N% as its share", () => {
    expect(parseActuals("截至9月底，民生工程累计拨付资金8.2亿元，占计划投入的76%").actuals.map((a) => [a.value, a.explicitRatio])).toEqual([[8.2, 0.76]]);
    expect(verdict("全年拨付民生工程资金10.8亿元", "截至9月底，民生工程累计拨付资金8.2亿元，占计划投入的76%", "2019-09-30")).toBe("on-track");
  });
  it("lookalikes: funds disbursed still answer no target of works done", () => {
    expect(GREEN).not.toContain(verdict("完成民生工程投资10亿元", "截至9月底，民生工程累计拨付资金9.5亿元", "2019-09-30"));
    expect(GREEN).not.toContain(verdict("建成农村公路200公里", "截至9月底，已拨付资金完成农村公路180公里招标", "2019-09-30"));
  });
});

describe("the items a plan lists at the year's start are no items done", () => {
  const text = "水利项目年初安排12项、计划投资30亿元，目前开复工9项，完成投资20亿元，占年度目标任务的66.7%";
  it("年初安排12项 is the plan; the later figures are the plan's things (水利项目开复工)", () => {
    expect(parseActuals(text).actuals.map((a) => [a.metric, a.value])).toEqual([["水利项目开复工", 9], ["水利项目投资", 20]]);
    // 9 of 12 (75%) against 序时 74.8%: the count, not the investment's 66.7%, answers a target of projects started.
    expect(verdict("12项水利项目年内全部开复工", text, "2015-09-30")).toBe("on-track");
    expect(verdict("12项水利项目年内全部开复工", text.replace("开复工9项", "开复工8项"), "2015-09-30")).toBe("behind");
  });
  it("lookalikes: a count done after 安排 is still a count; another field's projects answer nothing", () => {
    expect(parseActuals("今年已安排实施项目12项").actuals.map((a) => a.value)).toEqual([12]);
    expect(GREEN).not.toContain(verdict("交通项目完成投资25亿元", text, "2015-09-30"));
    expect(GREEN).not.toContain(verdict("交通项目完成投资25亿元", "水利项目年初安排12项、计划投资30亿元，目前开复工9项，完成投资24亿元，占年度目标任务的80%", "2015-09-30"));
  });
  it("controls: a name that is more than an act keeps its words", () => {
    expect(parseActuals("水利项目年初安排12项，其中新开工5项").actuals.map((a) => a.metric)).not.toContain("水利项目新开工");
  });
});

describe("after a plan's 安排, 目前 reports what was done", () => {
  it("目前开复工9项 after 年初安排12项 is a result", () => {
    expect(verdict("12项水利项目年内全部开复工", "水利项目年初安排12项，目前开复工9项", "2015-09-30")).toBe("on-track");
  });
  it("lookalikes: 目前 before a plan or work still going reports nothing done", () => {
    expect(GREEN).not.toContain(verdict("12项水利项目年内全部开复工", "水利项目年初安排12项，目前计划开复工9项", "2015-09-30"));
    expect(GREEN).not.toContain(verdict("12项水利项目年内全部开复工", "水利项目年初安排12项，目前正在办理开工手续9项", "2015-09-30"));
  });
});

describe("schools put to use in autumn are due by the autumn term", () => {
  it("…小学、…校区秋季投入使用 is 8月31日, as 秋季学期 is", () => {
    expect(parseDeadline("确保第二中学新校区、城南小学秋季投入使用", 2021)).toBe("2021-08-31");
    expect(parseDeadline("新建幼儿园2所秋季开园", 2021)).toBe("2021-08-31");
  });
  it("lookalikes: autumn without a school, or a school's autumn harvest or sports meeting, gives no such date", () => {
    expect(parseDeadline("秋季投入使用新建粮库2座", 2021)).toBeNull();
    expect(parseDeadline("学校秋季运动会如期举办", 2021)).toBeNull();
  });
});

describe("names listed, then 分别 and their shares of the year's task, with no amounts", () => {
  const text = "培育小微企业、扶持创业带头人、开发公益岗位三项分别完成年度任务的120%、85%和64%";
  it("each share takes the name in its place", () => {
    expect(ratios(text)).toEqual([["小微企业", 1.2], ["扶持创业带头人", 0.85], ["公益岗位", 0.64]]);
    expect(verdict("培育小微企业，完成年度任务", text, "2011-10-31")).toBe("done");
  });
  it("lookalikes: a task of one name is not answered by another's share; unequal lists name nothing", () => {
    expect(GREEN).not.toContain(verdict("开发公益岗位，完成年度任务", text, "2011-10-31"));
    expect(ratios("培育小微企业、扶持创业带头人两项分别完成年度任务的120%、85%和64%").map(([m]) => m)).toEqual(["", "", ""]);
  });
});

describe("what is still short (还差, 尚差) is no count done", () => {
  it("还差300多例 is what remains", () => {
    expect(parseActuals("复明手术任务3000例，目前还差400多例").actuals).toEqual([]);
    expect(GREEN).not.toContain(verdict("完成复明手术400例", "复明手术任务3000例，目前还差400多例", "2011-10-31"));
  });
  it("lookalikes: a count done beside it is still read", () => {
    expect(parseActuals("已完成复明手术2600例，还差400例").actuals.map((a) => a.value)).toEqual([2600]);
  });
});

describe("projects of one field never answer a target of another's", () => {
  it("水利 for 交通, 能源 for 信息 answer nothing", () => {
    expect(GREEN).not.toContain(verdict("交通基础设施项目完成投资20亿元", "截至9月底，水利基础设施项目完成投资19亿元", "2015-09-30"));
    expect(GREEN).not.toContain(verdict("信息基础设施项目完成投资20亿元", "截至9月底，能源项目完成投资19亿元，占年度目标任务的95%", "2015-09-30"));
  });
});

describe("a review after its year that gives a growth target's metric only as an amount", () => {
  const text = "全年完成固定资产投资52亿元，社会消费品零售总额23.4亿元";
  it("the rate is not told: 无法研判, not 已逾期", () => {
    expect(verdict("社会消费品零售总额增长9%", text, "2023-01-12", 2022)).toBe("unknown");
  });
  it("lookalikes: a rate told, an amount target, or work said to be left stay 已逾期", () => {
    expect(verdict("社会消费品零售总额增长9%", "全年社会消费品零售总额23.4亿元，增长6.2%", "2023-01-12", 2022)).toBe("overdue");
    expect(verdict("社会消费品零售总额达到25亿元", text, "2023-01-12", 2022)).toBe("overdue");
    expect(verdict("社会消费品零售总额增长9%", `${text}，消费市场恢复仍滞后`, "2023-01-12", 2022)).toBe("overdue");
    expect(GREEN).not.toContain(verdict("社会消费品零售总额增长9%", text, "2023-01-12", 2022));
  });
});
