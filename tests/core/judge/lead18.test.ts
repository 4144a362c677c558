/**
 * Lead's probes, session 18: a running total to a month's end written without 截至, and a figure dated in another year.
 */
import { parseActuals } from "../../../src/core/metrics/parseActuals";
import { isGreen, verdict } from "./hunt";

describe("N月累计 is the running total to that month's end", () => {
  it.each([
    ["8月累计新增城镇就业4000人", "1-8月"],
    ["8月份累计完成投资12亿元", "1-8月"],
    // Controls: a month before its act alone is that month; 截至 and a range keep their own periods.
    ["8月新增城镇就业500人", "8月"],
    ["截至8月累计新增城镇就业4000人", "截至8月"],
    ["1-8月累计完成投资12亿元", "1-8月"],
  ])("%s has the period %s", (text, period) => {
    expect(parseActuals(text).actuals[0]?.period).toBe(period);
  });

  it("judged against 序时进度 at the month's end, not the report date", () => {
    expect(verdict("新增城镇就业5000人", "8月累计新增城镇就业3000人", "2024-09-30").reason).toContain("序时进度66.7%");
  });
});

describe("a figure dated in another year is not this year's", () => {
  it.each([
    "2023年1-8月累计新增城镇就业4800人",
    "截至2023年8月底累计新增城镇就业4800人",
    "2023年8月累计新增城镇就业4800人",
    "2023年一季度新增城镇就业4800人",
  ])("新增城镇就业5000人 | %s is not green in 2024", (text) => {
    expect(isGreen("新增城镇就业5000人", text, "2024-09-30")).toBe(false);
  });

  it.each([
    // The judged year's own date, a later period after another year's date, and a comparison with another year's date.
    "2024年1-8月累计新增城镇就业4800人",
    "该项目2023年8月开工，今年1-8月新增城镇就业4800人",
    "1-8月新增城镇就业4800人，较2023年8月底增长12%",
  ])("新增城镇就业5000人 | %s stays green", (text) => {
    expect(isGreen("新增城镇就业5000人", text, "2024-09-30")).toBe(true);
  });
});
