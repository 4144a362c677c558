/**
 * Periods and scopes (branch judge-periods, session 18; docs/metrics.md "Periods and scopes (judge-periods)"): a figure
 * running since a period of this year (一季度以来, 上半年以来) is read to the report date; one since a later point
 * (三季度以来, 5月以来) or a span of later months (7-9月) is a part of the year; a running total since works began is this
 * year's only when the start is dated this year; 乡村 and 农村 are one scope, 城乡 a wider one. Texts of our own; each family
 * has cases that change and controls that must stay.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";
import { isGreen, verdict } from "./hunt";

const codes = (target: string, text: string, asOf = "2024-09-30") => JSON.stringify(judgeTask({ targetText: target, progress: { text }, asOf }).judgements.map((j) => j.code));

describe("a figure since a period that starts the year runs to the report date", () => {
  it.each([
    ["上半年以来新增城镇就业4800人", "城镇就业", "上半年以来"],
    ["一季度以来，全县新建农村户厕420户", "农村户厕", "一季度以来"],
    ["规模以上工业增加值一季度以来累计增长6.5%", "规模以上工业增加值", "一季度以来"],
    ["规上工业增加值三季度以来增长7%", "规上工业增加值", "三季度以来"],
    ["5月份以来新增城镇就业1300人", "城镇就业", "5月份以来"],
  ])("%s: metric %s, period %s", (text, metric, period) => {
    const [a] = parseActuals(text).actuals;
    expect(a.metric).toBe(metric);
    expect(a.period).toBe(period);
  });

  it.each([
    // Read at 30 June these met the half-year's share; by 30 September they are below 序时进度 (75%).
    ["新增城镇就业5000人", "上半年以来新增城镇就业2800人"],
    ["完成固定资产投资100亿元", "上半年以来完成固定资产投资60亿元"],
    ["新建农村户厕500户", "一季度以来，全县新建农村户厕280户"],
  ])("%s | %s at 30 September is behind, not judged as of June", (target, text) => {
    expect(verdict(target, text, "2024-09-30").status).toBe("behind");
  });

  it.each([
    ["规模以上工业增加值增长6%", "规模以上工业增加值一季度以来累计增长6.5%", "on-track"],
    ["规模以上工业增加值增长6%", "一季度以来，规模以上工业增加值累计增长5.2%", "behind"],
    ["新增城镇就业5000人", "一季度以来新增城镇就业3900人", "on-track"],
    ["新增城镇就业5000人", "上半年以来新增城镇就业4800人", "on-track"],
  ])("%s | %s is %s (the year so far)", (target, text, status) => {
    expect(verdict(target, text, "2024-09-30").status).toBe(status);
  });

  it.each([
    // Controls: the half year itself is still judged at its own end; 今年以来 and 1-9月 as before.
    // Hunt 17: on schedule at June's end, under the pace of 30 September and three months old: 无法研判, not behind.
    ["新增城镇就业5000人", "上半年新增城镇就业2600人", "unknown"],
    ["新增城镇就业5000人", "上半年新增城镇就业2000人", "behind"],
    ["新增城镇就业5000人", "今年以来新增城镇就业3900人", "on-track"],
    ["新增城镇就业5000人", "今年以来新增城镇就业2000人", "behind"],
    ["完成造林1万亩", "1-9月累计完成造林8000亩", "on-track"],
    ["完成造林1万亩", "1-9月累计完成造林5000亩", "behind"],
  ])("control: %s | %s stays %s", (target, text, status) => {
    expect(verdict(target, text, "2024-09-30").status).toBe(status);
  });
});

describe("a figure since a later point, or of later months only, is a part of the year", () => {
  it.each([
    ["新增城镇就业5000人", "三季度以来新增城镇就业1300人"],
    ["新增城镇就业5000人", "下半年以来新增城镇就业1800人"],
    ["新增城镇就业5000人", "今年5月以来新增城镇就业2600人"],
    ["完成造林1万亩", "7-9月累计完成造林5000亩"],
    ["完成固定资产投资100亿元", "4-6月完成固定资产投资40亿元"],
  ])("%s | %s is 无法研判 (JUDGE_ONE_PERIOD), neither behind nor green", (target, text) => {
    for (const asOf of ["2024-09-30", "2024-10-15"]) {
      expect(verdict(target, text, asOf).status).toBe("unknown");
      expect(codes(target, text, asOf)).toContain("JUDGE_ONE_PERIOD");
    }
  });

  it.each([
    ["规模以上工业增加值增长6%", "三季度以来，规模以上工业增加值增长6.5%"],
    ["规模以上工业增加值增长6%", "规上工业增加值下半年以来增长7%"],
  ])("%s | %s is not the year's rate", (target, text) => {
    expect(isGreen(target, text)).toBe(false);
    expect(codes(target, text)).toContain("WEAK_NOT_YEAR_RATE");
  });

  it.each([
    // Controls: a part that alone reaches the target still does; the year so far written beside the part is judged.
    ["完成造林1万亩", "7-9月累计完成造林11000亩", "done"],
    ["新增城镇就业5000人", "三季度以来新增城镇就业5200人", "done"],
    ["新增城镇就业5000人", "三季度以来新增城镇就业1300人，截至9月底累计新增城镇就业4100人", "on-track"],
    ["新增城镇就业5000人", "前三季度以来新增城镇就业4100人", "on-track"],
  ])("control: %s | %s is %s", (target, text, status) => {
    expect(verdict(target, text).status).toBe(status);
  });
});

describe("one month or one quarter is never the year so far for a cumulative target", () => {
  const parts = ["8月份", "8月", "9月当月", "三季度", "二季度", "7-9月", "三季度以来"];
  const shares = [0.3, 0.5, 0.7, 0.8, 0.95];
  it.each(parts)("%s: below the target the part is neither green nor behind", (part) => {
    for (const share of shares)
      for (const asOf of ["2024-09-30", "2024-10-15"]) {
        const text = `${part}新增城镇就业${Math.round(5000 * share)}人`;
        const status = verdict("新增城镇就业5000人", text, asOf).status;
        expect([part, text, asOf, status]).toEqual([part, text, asOf, "unknown"]);
      }
  });
});

describe("a month written bare before its act is that month alone", () => {
  it.each([
    ["新增城镇就业5000人", "8月新增城镇就业2500人"],
    ["新增城镇就业5000人", "8月新增城镇就业4000人"],
    ["完成固定资产投资100亿元", "今年8月完成固定资产投资60亿元"],
  ])("%s | %s is 无法研判 (JUDGE_ONE_PERIOD)", (target, text) => {
    expect(verdict(target, text).status).toBe("unknown");
    expect(codes(target, text)).toContain("JUDGE_ONE_PERIOD");
  });

  it.each([
    // Controls: a span from January, 截至 a month, and the month alone meeting the target.
    ["新增城镇就业5000人", "1-8月新增城镇就业2500人", "behind"],
    ["新增城镇就业5000人", "截至8月新增城镇就业2500人", "behind"],
    ["新增城镇就业5000人", "8月新增城镇就业5500人", "done"],
  ])("control: %s | %s is %s", (target, text, status) => {
    expect(verdict(target, text).status).toBe(status);
  });
});

describe("a running total since works began this year is this year's; an earlier or undated start is not", () => {
  it.each([
    ["完成投资5亿元", "自今年3月开工以来累计完成投资8亿元"],
    ["完成投资5亿元", "项目自2024年4月开工以来累计完成投资6亿元"],
    ["完成投资5亿元", "自3月开工建设以来已完成投资5.5亿元"],
  ])("%s | %s stays green", (target, text) => {
    expect(isGreen(target, text)).toBe(true);
  });

  it.each([
    ["完成投资5亿元", "自2023年开工以来累计完成投资8亿元"],
    ["完成投资5亿元", "自2023年3月开工以来累计完成投资8亿元"],
    ["完成投资5亿元", "去年10月开工以来累计完成投资8亿元"],
    ["完成投资5亿元", "项目自上年开工以来累计完成投资8亿元"],
    ["完成投资5亿元", "开工以来累计完成投资8亿元"],
    ["完成投资5亿元", "自开工建设以来累计完成投资8亿元"],
  ])("%s | %s is WEAK_CARRY_OVER", (target, text) => {
    expect(isGreen(target, text)).toBe(false);
    expect(codes(target, text)).toContain("WEAK_CARRY_OVER");
  });
});

describe("乡村 and 农村 are one scope; 城乡 is wider", () => {
  it.each([
    ["新建乡村户厕500户", "新建农村户厕520户"],
    ["新建农村户厕500户", "截至9月底，新建乡村户厕520户"],
    ["新建农村户厕500户", "乡村改厕扎实推进，新建户厕520户"],
    ["改造乡村公路60公里", "改造农村公路62公里"],
  ])("%s | %s is green", (target, text) => {
    expect(isGreen(target, text)).toBe(true);
  });

  it.each([
    ["新建乡村户厕500户", "新建城乡户厕520户"],
    ["新建农村户厕500户", "新建城乡户厕520户"],
    ["新建乡村公路60公里", "新建城乡公路62公里"],
    ["新建农村户厕500户", "城乡新建户厕520户"],
    ["新建乡村户厕500户", "新建户厕520户"],
    ["新建乡村户厕500户", "乡村公路改造30公里，新建户厕520户"],
    ["推进乡村厕所革命，新建户厕500户", "城区新建户厕520户"],
  ])("%s | %s is not green", (target, text) => {
    for (const asOf of ["2024-09-30", "2024-12-31"]) expect(isGreen(target, text, asOf)).toBe(false);
  });
});
