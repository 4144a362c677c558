import { explainDeadline, parseDeadline, parseTargets } from "../../../src/core/metrics";

describe("parseDeadline", () => {
  it.each([
    ["上半年完成主体工程", "2024-06-30"],
    ["一季度开工建设", "2024-03-31"],
    ["第三季度完成验收", "2024-09-30"],
    ["5月底前完成", "2024-05-31"],
    ["9月底前建成投用", "2024-09-30"],
    ["年内建成", "2024-12-31"],
    ["全年新增规上工业企业25家以上", "2024-12-31"],
    ["2024年5月底前完成4所幼儿园建设", "2024-05-31"],
    ["2025年底前全面完成", "2025-12-31"],
    ["6月30日前报送", "2024-06-30"],
    ["十月底前完成", "2024-10-31"],
  ])("reads %s", (text, date) => {
    expect(parseDeadline(text, 2024)).toBe(date);
  });

  it("takes the last milestone when a task names several", () => {
    expect(parseDeadline("上半年开工建设，年底前建成", 2024)).toBe("2024-12-31");
  });

  it("does not take a reporting period such as 1-5月 for a deadline", () => {
    expect(parseDeadline("1-5月份营收2892万元", 2024)).toBeNull();
  });

  it("gives null when the text names no time", () => {
    expect(parseDeadline("加快化工产业园扩区调整", 2024)).toBeNull();
    expect(parseDeadline("", 2024)).toBeNull();
  });

  it("follows the year it is given", () => {
    expect(parseDeadline("上半年", 2025)).toBe("2025-06-30");
    expect(parseDeadline("二季度", 2023)).toBe("2023-06-30");
  });
});

describe("parseDeadline: issue 12 forms", () => {
  it.each([
    ["10月底完成年度任务", "2024-10-31"],
    ["今年8月底完成改造", "2024-08-31"],
    ["7月中旬完成验收", "2024-07-20"],
    ["7月上旬开工", "2024-07-10"],
    ["拟于7月下旬开工", "2024-07-31"],
    ["到2025年建成", "2025-12-31"],
    ["所有项目要在明年3月底前全面完成", "2025-03-31"],
    ["2024—2025年完成改造", "2025-12-31"],
    ["10月10日启动试运行", "2024-10-10"],
    ["全年新增企业25家", "2024-12-31"],
  ])("reads %s", (text, date) => {
    expect(parseDeadline(text, 2024)).toBe(date);
  });

  it("does not read a frequency as a deadline", () => {
    expect(parseDeadline("实行一季度一督办一通报", 2024)).toBeNull();
  });

  it("dates customary times and says which date was chosen", () => {
    expect(explainDeadline("汛期前完成水毁修复", 2024)).toEqual({ date: "2024-05-31", note: expect.stringContaining("5月31日") });
    expect(explainDeadline("秋季学期投入使用", 2024)?.date).toBe("2024-08-31");
    expect(explainDeadline("秋季开学前完成", 2024)?.date).toBe("2024-08-31");
    expect(explainDeadline("2026年秋季学期投入使用", 2024)?.date).toBe("2026-08-31");
    expect(explainDeadline("春节前发放到位", 2025)?.date).toBe("2025-01-28");
    expect(explainDeadline("5月底前完成", 2024)).toEqual({ date: "2024-05-31" });
    expect(parseTargets("汛期前完成堤防加固10公里", { year: 2024 }).deadlineNote).toContain("汛期前");
  });
  it.each([
    ["2025年9月", "2025-09-30"],
    ["2025年9月至2026年6月", "2026-06-30"],
    ["安装调试至次年6月", "2025-06-30"],
    ["12月", "2024-12-31"],
    ["6月30日", "2024-06-30"],
    ["2025.6", "2025-06-30"],
    ["2025/06/30", "2025-06-30"],
    ["2025-06-30前", "2025-06-30"],
    ["二〇二五年底前", "2025-12-31"],
    ["2024年—2025年", "2025-12-31"],
    ["7月中下旬", "2024-07-31"],
    ["6—8月集中整治", "2024-08-31"],
    ["年度计划下达后，5月上旬前完成资金分解", "2024-05-10"],
  ])("reads the catalogue form %s", (text, date) => {
    expect(parseDeadline(text, 2024)).toBe(date);
  });

  it.each([
    "长期坚持",
    "持续推进",
    "按序时推进",
    "每学期开展一次教研",
    "春季学期结束前完成排查",
    "两年内完成全部改造",
    "截至3月底，已完成80%",
    "1-5月完成投资2024.5万元",
    "3月26日已公布政策",
  ])("names no deadline in %s", (text) => {
    expect(parseDeadline(text, 2024)).toBeNull();
  });

  it("states the date chosen for the new school year and the Spring Festival after 元旦", () => {
    expect(explainDeadline("新学年开学前招生", 2024)).toEqual({ date: "2024-08-31", note: expect.stringContaining("8月31日") });
    expect(explainDeadline("9月开学前完成食堂改造", 2025)?.date).toBe("2025-08-31");
    expect(explainDeadline("元旦、春节前完成工资清欠", 2024)).toEqual({ date: "2025-01-28", note: expect.stringContaining("次年除夕") });
    expect(explainDeadline("明年春节前交付", 2024)?.date).toBe("2025-01-28");
  });

  it("takes the Spring Festival that closes the year when the year's whole task is due before it, and says its date", () => {
    // The year's task cannot be finished in the year's first weeks: the festival meant is the one after the year.
    expect(explainDeadline("春节前完成全年植树任务", 2022)).toEqual({ date: "2023-01-21", note: expect.stringContaining("2023年春节（1月22日）前一日1月21日") });
    expect(explainDeadline("新建村级服务站40个，年度任务春节前全部完成", 2026)?.date).toBe("2027-02-05");
    // Without the year's task, the festival of the plan's year, with its date stated.
    expect(explainDeadline("春节前走访慰问困难党员", 2026)).toEqual({ date: "2026-02-16", note: expect.stringContaining("2026年春节（2月17日）前一日2月16日") });
  });

  it("reads 秋冬季 as the air-quality season that ends on 31 March of the next year", () => {
    expect(explainDeadline("2023—2024年秋冬季重污染天数同比减少10%", 2024)).toEqual({ date: "2024-03-31", note: expect.stringContaining("次年3月31日") });
    expect(explainDeadline("2021-2022年秋冬季细颗粒物浓度下降3%", 2021)?.date).toBe("2022-03-31");
    expect(parseDeadline("今年秋冬季散煤清零", 2025)).toBe("2026-03-31");
    // A plain span of years is still its last year's end.
    expect(parseDeadline("2023—2025年完成改造", 2024)).toBe("2025-12-31");
  });
});

describe("parseDeadline: lead's probes, session 15", () => {
  it.each([
    // A cell holding a whole date with its year.
    ["2025年6月30日", "2025-06-30"],
    ["2025年06月30日", "2025-06-30"],
    ["2023年12月31日", "2023-12-31"],
    // Month and day written with a point, then 前.
    ["6.30前", "2024-06-30"],
    ["9.30前完成验收", "2024-09-30"],
    // A range of months with 月 on both ends, the whole year as 1-12月, a year and month with a dash.
    ["2024年3月-12月", "2024-12-31"],
    ["3月至12月", "2024-12-31"],
    ["2024年1-12月", "2024-12-31"],
    ["2024-12", "2024-12-31"],
  ])("reads %s", (text, date) => {
    expect(parseDeadline(text, 2024)).toBe(date);
  });

  it.each([
    ["“五一”前完成", "2024-04-30", "4月30日"],
    ["劳动节前投用", "2024-04-30", "4月30日"],
    ["雨季前完成清淤", "2024-05-31", "5月31日"],
  ])("dates %s and says the date chosen", (text, date, said) => {
    const r = explainDeadline(text, 2024);
    expect(r?.date).toBe(date);
    expect(r?.note).toContain(said);
  });

  it.each(["增长3.5%", "完成投资1.5亿元前期工作", "9.30%", "2.30前", "1-9月", "2024-2026"])("finds no date in %s", (text) => {
    expect(parseDeadline(text, 2024)).toBeNull();
  });
});

describe("parseDeadline: deadline round dz", () => {
  it.each([
    // Years without 年 after a time label: the end of the last.
    ["建设起止年限：2022", "2022-12-31"],
    ["完成时限：2024-2025", "2025-12-31"],
    ["建设时间2023至2025", "2025-12-31"],
    ["时限：2025年", "2025-12-31"],
    // A year written with 年度 is that year, not this one; 号 for 日; a quarter written Q3.
    ["2025年度完成", "2025-12-31"],
    ["2026年度内建成投用", "2026-12-31"],
    ["2025年度", "2025-12-31"],
    ["2023年度结转项目年内完成", "2024-12-31"],
    ["10月15号前完成", "2024-10-15"],
    ["2025年Q3", "2025-09-30"],
    ["Q2完成招标", "2024-06-30"],
    // A span of days ends on its last day.
    ["9月15日-25日开展全面督查", "2024-09-25"],
    ["公示时间：2019年12月13日至2019年12月19日，共7天", "2019-12-19"],
    ["于3月5日至4月18日集中整治", "2024-04-18"],
    // A year's end after 至 without a report word is still the deadline.
    ["至2025年底完成改造", "2025-12-31"],
    ["到2025年底累计建成100个", "2025-12-31"],
    // A quarter as the deadline is kept.
    ["第一季度完成招标", "2024-03-31"],
  ])("reads %s", (text, date) => {
    expect(parseDeadline(text, 2024)).toBe(date);
  });

  it.each([
    // A quarter that only says where something starts, then a frequency.
    "从2023年第一季度开始，每季度最后一个月的30日前报送进展",
    "自二季度开始按月调度",
    // The time of a report: a year's end before 累计/已.
    "至2021年底累计完成投资1800万元",
    "截至2023年底，已建成站点40个",
    "截止2022年末累计发放贷款3.2亿元",
    // Figures next to a time label that are not years.
    "建设时间：2022万元",
    "工期2023.5万元",
    "完成时限：20245",
    // A span already reported, amounts and rates.
    "1月1日至9月30日，已完成投资5.2亿元",
    "投资2022万元，增长20.25%",
    "开复工率达73.3%，增幅达115%",
    "1-20号整改任务",
    "中期（1-2年）完成整改",
    "长期（3-5年）整改到位",
    "每季度报送一次工作进展",
    "长期坚持，持续推进",
    "2023年度下达的资金",
    "5月3号楼改造",
    "采用Q235钢材",
  ])("finds no date in %s", (text) => {
    expect(parseDeadline(text, 2024)).toBeNull();
  });
});

describe("parseDeadline: hunt 9 forms (lunar festivals, two-digit years, 十一前, 前两季度, 上半年内)", () => {
  it.each([
    ["中秋节前完成慰问", 2025, "2025-10-05", "2025年中秋（10月6日）前一日10月5日"],
    ["中秋前完成", 2024, "2024-09-16", "2024年中秋（9月17日）"],
    ["端午前完成龙舟赛道整治", 2025, "2025-05-30", "2025年端午（5月31日）前一日5月30日"],
    ["端午节之前完成", 2026, "2026-06-18", "2026年端午（6月19日）"],
    ["重阳节前完成敬老慰问", 2025, "2025-10-28", "2025年重阳（10月29日）前一日10月28日"],
    ["重阳前发放到位", 2033, "2033-09-30", "2033年重阳（10月1日）前一日9月30日"],
    ["明年中秋前交付", 2024, "2025-10-05", "2025年中秋"],
    ["“十一”之前完成主体", 2025, "2025-09-30", "9月30日"],
    ["十一前完成道路刷黑", 2025, "2025-09-30", "9月30日"],
  ])("dates %s (%d) and states the date chosen", (text, year, date, note) => {
    expect(explainDeadline(text, year)).toEqual({ date, note: expect.stringContaining(note) });
  });

  it.each([
    ["24年底前完成", 2024, "2024-12-31"],
    ["25年6月底完成", 2024, "2025-06-30"],
    ["25年年底建成", 2024, "2025-12-31"],
    ["26年上半年投用", 2025, "2026-06-30"],
    ["6-8月份集中整治", 2025, "2025-08-31"],
    ["前两季度完成招标", 2025, "2025-06-30"],
    ["前二季度完成", 2025, "2025-06-30"],
    ["上半年内完成", 2025, "2025-06-30"],
    ["年中完成验收", 2025, "2025-06-30"],
    ["年中前完成", 2025, "2025-06-30"],
    ["十一月底前完成", 2025, "2025-11-30"],
    ["春节前完成", 2033, "2033-01-30"],
    ["2026年中完成", 2025, "2026-06-30"],
  ])("reads %s (%d)", (text, year, date) => {
    expect(parseDeadline(text, year)).toBe(date);
  });

  it.each([
    // Spans, plans and names that carry the same characters.
    "10年内完成",
    "“十一五”期间建成",
    "第十一届运动会场馆",
    "中秋国庆期间加强值守",
    "端午节期间开展龙舟赛",
    "1-5月份营收2892万元",
    "半年内完成整改",
  ])("finds no date in %s", (text) => {
    expect(parseDeadline(text, 2025)).toBeNull();
  });

  it.each(["2019年中秋前完成", "2025年中央预算内投资项目", "今年中小学食堂改造"])("does not read 年中 (30 June) in %s", (text) => {
    expect(parseDeadline(text, 2025)).not.toBe("2025-06-30");
    expect(parseDeadline(text, 2025)).not.toBe("2019-06-30");
  });

  it("gives no festival date outside the table (2020–2035)", () => {
    expect(parseDeadline("端午前完成", 2036)).toBeNull();
    expect(parseDeadline("中秋前完成", 2019)).toBeNull();
  });
});

describe("parseDeadline: 秋冬季 of planting (hunt 9)", () => {
  it.each(["秋冬季完成造林1万亩", "完成植树造林1.2万亩，其中秋冬季完成8000亩"])("reads %s as the year's end, with the note", (text) => {
    expect(explainDeadline(text, 2025)).toEqual({ date: "2025-12-31", note: expect.stringContaining("秋冬季造林（植树）按当年12月31日计") });
  });

  it("keeps the air-quality 秋冬季 for other work", () => {
    expect(parseDeadline("今年秋冬季散煤清零", 2025)).toBe("2026-03-31");
  });
});

describe("parseDeadline: last year's end as a baseline, five-year plans (session 19)", () => {
  it.each([
    // 上年底/去年末 is what a figure is compared with, never this year's 年底.
    ["6月底前贷款余额较上年底增长5%", "2024-06-30"],
    ["到6月底，存款余额比去年末增加20亿元", "2024-06-30"],
    ["年底前完成，较上年底增长5%", "2024-12-31"],
  ])("reads %s", (text, date) => {
    expect(parseDeadline(text, 2024)).toBe(date);
  });

  it.each(["较上年底增长5%", "比去年底增加20家", "去年年底前已完成", "十四五规划确定的目标", "“十三五”期间累计完成投资30亿元"])("finds no date in %s", (text) => {
    expect(parseDeadline(text, 2024)).toBeNull();
  });

  it.each([
    ["力争“十四五”末达到100家", "2025-12-31", "“十四五”末按2025年12月31日计"],
    ["十四五期间建成3所", "2025-12-31", "“十四五”期间按2025年12月31日计"],
    ["到“十五五”期末实现全覆盖", "2030-12-31", "“十五五”末按2030年12月31日计"],
  ])("dates %s at the plan's last year-end and says so", (text, date, said) => {
    const r = explainDeadline(text, 2024);
    expect(r?.date).toBe(date);
    expect(r?.note).toContain(said);
  });
});
