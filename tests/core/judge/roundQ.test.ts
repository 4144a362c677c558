/**
 * General rules of round q of the judging corpus (issue 12), each tested on phrasings of our own (not corpus rows:
 * other metrics, other numbers, another order), with lookalikes where the rule must not fire:
 * - a list of works planned for a stage ("40项计划竣工项目中，…") is no count of works that reached it, and the part
 *   after it may follow the names of some ("已有甲厂、乙园等12个竣工投产", "中已有20个开工");
 * - the place a figure belongs to is read before the figure's own number: a comparison after it ("增长9.8%、高于全市
 *   4.3个百分点") does not make it the wider area's figure;
 * - a Chinese magnitude right after an Arabic number is that number's ("232.2千公顷", "5千万元"), never a numeral;
 * - a sentence headed by the target's label ("目标任务：…") restates the target, and every member of a list of
 *   contributions (贡献率分别为…、…和…) is a contribution;
 * - 一二三产业…, 第一、二、三产业…, 城乡常住居民… name one metric per member of the list after 分别.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { PlaceLevel } from "../../../src/core/model";
import { parseActuals, parseTargets } from "../../../src/core/metrics";

const judge = (task: string, progress: string, asOf: string, level: PlaceLevel | null = null) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, level }).verdict.status;
const actuals = (text: string) => parseActuals(text).actuals.map((a) => `${a.metric}|${a.value}${a.unit}`);

describe("a list of works planned for a stage is not the works that reached it", () => {
  it("counts the part that reached the stage, not the list", () => {
    // Without the rule: 已完成 (all 40 read as finished) — a wrong green. 12 of 40 is 30% against 序时 66.6%.
    expect(judge("年内竣工投产市重点项目40个", "40项计划竣工项目中，已有甲厂技改、乙园二期等12个竣工投产", "2021-08-31")).toBe("behind");
    // Without the rule: 已完成 (all 25 read as started). 20 of 25 is 80% against 49.7%.
    expect(judge("25个计划新开工项目年内全部开工", "25个计划新开工项目中已有20个开工建设", "2020-06-30")).toBe("on-track");
    // Planned, not listed apart: "拟开工项目" is no start.
    expect(judge("新开工重点项目18个", "18个拟开工项目正在办理施工许可", "2022-05-31")).not.toMatch(/done|on-track/);
  });
  it("leaves works that did reach the stage, and parts below schedule, as they were", () => {
    expect(judge("新开工重大项目14个", "14个重大项目已全部开工", "2022-05-31")).toBe("done");
    expect(judge("25个计划新开工项目年内全部开工", "25个计划新开工项目中已有5个开工建设", "2020-09-30")).toBe("behind");
    expect(judge("年内竣工投产市重点项目40个", "40项计划竣工项目中，已有甲厂、乙园等12个完成前期手续", "2021-08-31")).not.toMatch(/done|on-track/);
  });
});

describe("a comparison after a figure does not make it the wider area's", () => {
  it("takes the county's own rate compared with the city", () => {
    // Without the rule: 无法研判 ("是全市的数字"), the place read from the comparison after the figure.
    expect(judge("固定资产投资增长8%", "固定资产投资增长9.8%、高于全市4.3个百分点，排名全市第1", "2024-12-31", "县")).toBe("done");
    expect(judge("规上工业增加值增长10%", "规上工业增加值增长8.6%、低于全省0.7个百分点", "2023-12-31", "市")).toBe("behind");
  });
  it("still refuses a figure headed by the wider area", () => {
    expect(judge("固定资产投资增长8%", "全市固定资产投资增长9.8%，高于全省1.1个百分点", "2024-12-31", "县")).toBe("unknown");
    expect(judge("规上工业增加值增长6%", "全省规上工业增加值增长7.2%、高于全国0.5个百分点", "2023-09-30", "市")).toBe("unknown");
  });
});

describe("a magnitude after an Arabic number is that number's", () => {
  it("reads 千 before a unit as the magnitude", () => {
    // Without the rule: 232.21000公顷 and 2301000公顷.
    expect(actuals("全县粮食播种面积232.2千公顷")).toEqual(["粮食播种面积|232.2千公顷"]);
    expect(parseTargets("粮食播种面积稳定在180千公顷以上").targets.map((t) => `${t.value}${t.unit}`)).toEqual(["180千公顷"]);
    expect(judge("粮食播种面积稳定在180千公顷以上", "粮食播种面积183.5千公顷", "2022-06-30")).toBe("on-track");
    expect(parseActuals("完成投资5千万元").actuals[0].base).toEqual({ value: 5e7, unit: "元" });
  });
  it("leaves Chinese numerals as numerals", () => {
    expect(actuals("新造林三千公顷")).toEqual(["新造林|3000公顷"]);
    expect(parseActuals("新建公厕十五座").actuals.map((a) => `${a.value}${a.unit}`)).toEqual(["15座"]);
  });
});

describe("a restated target and a list of contributions are not actuals", () => {
  it("drops the figures of a sentence headed by the target's label", () => {
    // Without the rule: 12个 and 3公里 were read as done.
    expect(actuals("目标任务：新建村卫生室12个，改造道路3公里。目前已建成5个")).toEqual(["建成|5个"]);
    expect(judge("新建村卫生室12个", "目标任务：新建村卫生室12个，改造道路3公里。", "2022-06-30")).not.toMatch(/done|on-track/);
  });
  it("keeps a report headed by its own label", () => {
    expect(parseActuals("完成情况：新建村卫生室12个").actuals.map((a) => `${a.value}${a.unit}`)).toEqual(["12个"]);
    expect(actuals("任务完成情况：已建成村卫生室8个")).toHaveLength(1);
  });
  it("drops every member of a list of contributions", () => {
    // Without the rule: 45.1% and 44.7% were actuals of "GDP贡献率".
    expect(actuals("三次产业对经济增长的贡献率分别为10.2%、45.1%和44.7%")).toEqual([]);
    // A list of rates that are no contributions stays.
    expect(actuals("城镇、农村居民人均可支配收入分别增长4.5%和6.8%")).toHaveLength(2);
  });
});

describe("one metric per member of a compressed list", () => {
  it("shares out 一二三产业 and 城乡常住居民", () => {
    // Without the rule: all three rates named 一二三产业增加值, none answering 第二产业增加值.
    expect(actuals("一二三产业增加值分别增长3.1%、6.2%和5.0%")).toEqual(["第一产业增加值|3.1%", "第二产业增加值|6.2%", "第三产业增加值|5%"]);
    expect(judge("第二产业增加值增长7%", "一二三产业增加值分别增长3.1%、6.2%和5.0%", "2022-06-30")).toBe("behind");
    expect(judge("第三产业增加值增长4.5%", "第二、三产业增加值分别增长6.2%和5.0%", "2022-06-30")).toBe("on-track");
    expect(judge("农村常住居民人均可支配收入增长7%", "城乡常住居民人均可支配收入分别增长5.1%、7.2%", "2022-12-31")).toBe("done");
    expect(judge("城镇常住居民人均可支配收入增长6%", "城乡常住居民人均可支配收入分别增长5.1%、7.2%", "2022-12-31")).toBe("behind");
  });
  it("leaves a single sector and a name that only contains 产业 alone", () => {
    expect(actuals("第三产业增加值增长5%")).toEqual(["第三产业增加值|5%"]);
    expect(judge("第一产业增加值增长4%", "三产业增加值增长6%", "2022-12-31")).not.toMatch(/done|on-track/);
  });
});

describe("an addition since the year began is not the balance", () => {
  it("judges a count of new deposits or loans on the increase since the year began", () => {
    // Without the rule: 已完成 on the balance (1439.8 ≥ 1000) — a wrong green; the increase was left out as a comparison.
    expect(judge("金融机构存款余额比年初新增1000亿元", "本外币各项存款余额1439.8亿元，同比增长15.6%，比年初新增125.5亿元", "2013-06-30")).toBe("behind");
    expect(judge("新增贷款200亿元", "各项存款余额1439.8亿元，较年初增加125.5亿元；贷款余额900亿元，较年初增加60亿元", "2013-06-30")).toBe("behind");
    expect(judge("新增存款100亿元", "各项存款余额860亿元，较年初净增72亿元", "2021-06-30")).toBe("on-track");
  });
  it("never answers an addition with the balance, and leaves a balance target to the balance", () => {
    expect(judge("新增贷款100亿元", "各项贷款余额1439.8亿元，同比增长15%", "2013-06-30")).not.toMatch(/done|on-track/);
    expect(judge("金融机构存款余额比年初新增300亿元", "本外币各项存款余额1439.8亿元，同比增长15.6%", "2013-06-30")).not.toMatch(/done|on-track/);
    expect(judge("贷款余额达到1500亿元", "各项贷款余额1439.8亿元，较年初增加125.5亿元", "2013-06-30")).toBe("behind");
    expect(judge("存款余额达到1400亿元", "各项存款余额1439.8亿元，较年初增加125.5亿元", "2013-06-30")).not.toBe("behind");
    // A rate since the year began stays the rate it was.
    expect(actuals("各项贷款余额113.71亿元，比年初增长9.1%")).toEqual(["各项贷款余额|113.71亿元", "各项贷款余额|9.1%"]);
  });
});

describe("the share of the works of the one thing a task builds", () => {
  const report = "城东游园已完工，城北社区文化中心已完成工程量的80%，滨河步道完成工程量的40%";
  it("judges the thing's own share of the works against 序时进度", () => {
    // Without the rule: 无法研判 (a task with no figure, the shares unread).
    expect(judge("建成城北社区文化中心", report, "2022-09-30")).toBe("on-track");
    expect(judge("年内建成滨河步道", report, "2022-09-30")).toBe("behind");
    expect(judge("完成南门桥改造", "南门桥改造已完成总工程量的100%", "2023-10-31")).toBe("done");
  });
  it("leaves a list of parts, a part of the works, a plan and another thing alone", () => {
    expect(judge("建成铁路专用线", "铁路专用线管线迁改、路基、桥梁承台依次完成工程量的99%、87%、82%", "2023-07-31")).not.toMatch(/done|on-track/);
    expect(judge("建成城北社区文化中心", "城北社区文化中心主体工程已完成工程量的90%", "2022-09-30")).not.toMatch(/done|on-track/);
    expect(judge("建成城北社区文化中心", "城南社区文化中心已完成工程量的90%", "2022-09-30")).not.toMatch(/done|on-track/);
    expect(judge("建成城北社区文化中心", "城北社区文化中心计划完成工程量的80%", "2022-09-30")).not.toMatch(/done|on-track/);
    expect(judge("建成城北、城南社区文化中心", report, "2022-09-30")).not.toMatch(/done|on-track/);
  });
});
