/**
 * Round bc (branch deadlines-bc): deadline forms met in set bc's train documents (docs/metrics.md, "Round bc (deadlines)"),
 * each rule with the lookalikes it must leave alone. The phrasings are ours.
 */
import { explainDeadline, parseDeadline } from "../../../src/core/metrics";
import { LUNAR_NEW_YEAR } from "../../../src/core/metrics/lunarDeadline";

describe("lunar dates by the Spring Festival (腊月, 正月)", () => {
  it("reads a day of 腊月 before the plan year's festival, and says which", () => {
    // 乙巳年腊月初一 = 19 January 2026; 腊月二十 = 7 February.
    expect(parseDeadline("农历腊月二十前完成坝体土方", 2026)).toBe("2026-02-07");
    expect(parseDeadline("腊月廿三前发放到位", 2026)).toBe("2026-02-10");
    expect(explainDeadline("农历腊月二十前完成坝体土方", 2026)?.note).toContain("2月7日");
    // 腊月底 is the eve: 2025's 腊月 has 29 days (31 Dec 2024 – 28 Jan 2025).
    expect(parseDeadline("腊月底前结清农民工工资", 2025)).toBe("2025-01-28");
  });
  it("reads a day of 正月 from the festival", () => {
    expect(parseDeadline("正月十五前全面复工", 2026)).toBe("2026-03-03");
    expect(parseDeadline("农历正月初八开工", 2024)).toBe("2024-02-17");
    expect(parseDeadline("明年正月初十前完成验收", 2023)).toBe("2024-02-19");
  });
  it("takes the next festival's 腊月 when the year's whole task is due, as 春节前 does", () => {
    expect(parseDeadline("腊月二十前完成年度任务", 2024)).toBe("2025-01-19");
  });
  it("reads no Gregorian month from a lunar one, and no lunar date without a time word", () => {
    expect(parseDeadline("农历三月初三前完成祭典场地整治", 2024)).toBeNull();
    expect(parseDeadline("农历三月底前完成", 2024)).toBeNull();
    expect(parseDeadline("农历十二月20日前发放", 2024)).toBe("2024-01-30");
    expect(parseDeadline("腊月里开展送温暖走访", 2024)).toBeNull();
    expect(parseDeadline("正月十五举办元宵灯会", 2024)).toBeNull();
    // Gregorian months stay as they were.
    expect(parseDeadline("12月20日前发放", 2024)).toBe("2024-12-20");
    expect(parseDeadline("三月底前完成", 2024)).toBe("2024-03-31");
  });
  it("keeps its festival table in step with the 春节 table of parseDeadline", () => {
    for (const [y, [start, festival]] of Object.entries(LUNAR_NEW_YEAR)) {
      expect(Number(festival.slice(0, 4))).toBe(Number(y));
      const days = (Date.parse(festival) - Date.parse(start)) / 86400000;
      expect(days === 29 || days === 30).toBe(true);
      // 春节前 is the eve: the day before the festival of this table.
      const eve = new Date(Date.parse(festival) - 86400000).toISOString().slice(0, 10);
      expect(parseDeadline("春节前完成", Number(y))).toBe(eve);
    }
  });
});

describe("the year named as the span of a continuing work", () => {
  it("gives no year-end date to 全年持续推进, 常态化", () => {
    expect(parseDeadline("招引投资10亿元以上项目，全年持续推进", 2024)).toBeNull();
    expect(parseDeadline("年度考核问题整改常态化开展", 2024)).toBeNull();
  });
  it("keeps the year's end where a completion is set", () => {
    expect(parseDeadline("全年持续推进并完成投资10亿元", 2024)).toBe("2024-12-31");
    expect(parseDeadline("持续推进项目建设，全年完成投资10亿元", 2024)).toBe("2024-12-31");
    expect(parseDeadline("全年持续推进，年度目标任务确保完成", 2024)).toBe("2024-12-31");
    expect(parseDeadline("全年新增市场主体2000户以上", 2024)).toBe("2024-12-31");
  });
});

describe("元宵节前 is the eve of the Lantern Festival", () => {
  it("reads 正月十四 of the plan year's festival", () => {
    // 2024: 春节 10 February, 元宵 24 February, the eve 23 February.
    expect(parseDeadline("元宵节前全面复工复产", 2024)).toBe("2024-02-23");
    expect(explainDeadline("元宵节前全面复工复产", 2024)?.note).toContain("2月23日");
  });
  it("leaves 元宵节期间, 元宵节后 alone", () => {
    expect(parseDeadline("元宵节期间加强安全巡查", 2024)).toBeNull();
    expect(parseDeadline("元宵节后陆续复工", 2024)).toBeNull();
  });
});

describe("截至/截止 with 前 is a deadline, a report's time without it", () => {
  it("reads 截止…前完成 as the deadline", () => {
    expect(parseDeadline("截止6月底前完成清表", 2024)).toBe("2024-06-30");
    expect(parseDeadline("截至2024年底前完成改造", 2023)).toBe("2024-12-31");
  });
  it("keeps the report's time where no 前 follows, or what follows was already done", () => {
    expect(parseDeadline("截至6月底，已完成投资80%", 2024)).toBeNull();
    expect(parseDeadline("截至6月底前已完成投资的60%", 2024)).toBeNull();
    expect(parseDeadline("截至2023年底累计完成改造1200户", 2024)).toBeNull();
    expect(parseDeadline("截至9月底", 2024)).toBeNull();
  });
});
