import { parseDeadline } from "../../../src/core/metrics";

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
