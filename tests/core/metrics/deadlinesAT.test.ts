/**
 * Round at (branch judge-at): deadline forms met in set at's train documents (docs/metrics.md, "Round at (deadlines)"),
 * each rule with the lookalikes it must leave alone. The phrasings are ours.
 */
import { explainDeadline, parseDeadline } from "../../../src/core/metrics";

describe("a chain of nodes that runs into the next year", () => {
  it("keeps a month written after a month of 明年 in that next year", () => {
    expect(parseDeadline("明年2月底完成清淤验收，4月底前完成护坡验收", 2023)).toBe("2024-04-30");
    expect(parseDeadline("10月底前完成清表，12月底前完成主体，次年1月底完成初验，3月底前完成竣工验收", 2022)).toBe("2023-03-31");
  });
  it("leaves months written before the next year's month, or earlier in the calendar, alone", () => {
    expect(parseDeadline("11月底前完成土方，明年1月底前完成验收", 2023)).toBe("2024-01-31");
    // A month earlier than the next-year month is not read as a step on from it.
    expect(parseDeadline("明年6月底前全部完工，其中3月底前的部分先行验收", 2023)).toBe("2024-06-30");
    expect(parseDeadline("3月底前完成设计，6月底前开工", 2023)).toBe("2023-06-30");
  });
});

describe("本月 is the month of the date written before it", () => {
  it("reads 本月底 from the date of the meeting or notice", () => {
    expect(parseDeadline("9月18日调度会明确：各街道本月底前完成摸排", 2024)).toBe("2024-09-30");
    expect(explainDeadline("9月18日调度会明确：各街道本月底前完成摸排", 2024)?.note).toContain("9月");
  });
  it("guesses no month when no date is written before 本月", () => {
    expect(parseDeadline("各街道本月底前完成摸排", 2024)).toBeNull();
    expect(parseDeadline("本月起每周报送进度", 2024)).toBeNull();
  });
});

describe("a template's blank year is the plan's year", () => {
  it("reads xx年 and 20XX年 as the year of the catalogue", () => {
    expect(parseDeadline("xx年完成5个村生活污水治理", 2023)).toBe("2023-12-31");
    expect(parseDeadline("20XX年底前建成乡镇综合文化站", 2021)).toBe("2021-12-31");
    expect(explainDeadline("xx年完成5个村生活污水治理", 2023)?.note).toContain("2023");
  });
  it("leaves letters that are not a blank year alone", () => {
    expect(parseDeadline("XX村完成道路硬化", 2023)).toBeNull();
    expect(parseDeadline("新建5G基站200个", 2023)).toBeNull();
  });
});

describe("a span that runs to a day", () => {
  it("ends on the day written after 至 or 到", () => {
    expect(parseDeadline("即日起至5月20日开展燃气安全大排查", 2024)).toBe("2024-05-20");
    expect(parseDeadline("自通知印发之日起到2024年3月15日征集意见", 2023)).toBe("2024-03-15");
  });
  it("leaves the time of a report alone", () => {
    expect(parseDeadline("截至9月30日，已完成排查2300户", 2024)).toBeNull();
    expect(parseDeadline("1月1日至6月30日，全县已办结投诉412件", 2024)).toBeNull();
    expect(parseDeadline("至8月31日累计完成投资3.2亿元", 2024)).toBeNull();
  });
});

describe("a stage dated by one month", () => {
  it("ends with the month in brackets after the stage's name", () => {
    expect(parseDeadline("宣传发动阶段（3月）：各乡镇制定方案", 2022)).toBe("2022-03-31");
    expect(parseDeadline("验收阶段(12月份)：县里组织验收", 2022)).toBe("2022-12-31");
  });
  it("leaves a bracketed month that is not a stage's time alone", () => {
    expect(parseDeadline("完成投资（3月）占年计划的21%", 2022)).toBeNull();
  });
});

describe("年内 naming the year's plan, 每年 naming each year", () => {
  it("does not take 年内 as the deadline when it names a column or a class of items", () => {
    expect(parseDeadline("上报项目名称、年内进度目标和责任单位", 2022)).toBeNull();
    expect(parseDeadline("年内计划开工的30个项目中，12个项目6月底前开工", 2022)).toBe("2022-06-30");
  });
  it("still reads 年内 as the year's end when it says when", () => {
    expect(parseDeadline("年内完成12个老旧小区改造", 2022)).toBe("2022-12-31");
    expect(parseDeadline("年内计划完成投资5亿元", 2022)).toBe("2022-12-31");
  });
  it("does not take the year words of a yearly round as this year's end", () => {
    expect(parseDeadline("每年制定工作计划，明确年度目标", 2022)).toBeNull();
    expect(parseDeadline("制定工作计划，明确年度目标", 2022)).toBe("2022-12-31");
  });
});

describe("a season that names the campaign", () => {
  it("takes the work's own month when 今冬明春 heads the campaign's name", () => {
    expect(parseDeadline("今冬明春水利建设：12月底前完成土方任务", 2023)).toBe("2023-12-31");
  });
  it("still reads the season when no month is written, or when it is the time itself", () => {
    expect(parseDeadline("今冬明春完成塘坝整治40座", 2023)).toBe("2024-05-31");
    expect(parseDeadline("今冬明春水利建设：完成塘坝整治40座", 2023)).toBe("2024-05-31");
  });
});

describe("a month followed by 已 is when something was done", () => {
  it("reads no deadline from a report of what was done by a month's end", () => {
    expect(parseDeadline("经督办，于10月底已拨付补助资金420万元", 2024)).toBeNull();
    expect(parseDeadline("6月底已完成改造任务的70%，12月底前全部完成", 2024)).toBe("2024-12-31");
  });
  it("keeps the month when 已 only picks the items a target is set on", () => {
    expect(parseDeadline("9月末已开工项目投资完成率达到60%", 2024)).toBe("2024-09-30");
    expect(parseDeadline("11月底前完成，已完工的部分先行移交", 2024)).toBe("2024-11-30");
  });
});
