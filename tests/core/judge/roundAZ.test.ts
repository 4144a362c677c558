/**
 * Round az (branch judge-az): rules made general from the train misses of set az of the corpus
 * (tests/fixtures/metrics/corpus/pairs-az.jsonl and friends: 民生 — 人社 就业 and 社保参保, 医保参保率, 民政 低保 standards and
 * 养老床位). Each rule is tried in other words than the corpus's, with the lookalikes that must stay as they are.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";

const status = (task: string, progress: string, asOf: string, level: "市" | "县" = "县") =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, level }).verdict.status;
const GREEN = /^(?:done|on-track)$/;
const named = (text: string) => parseActuals(text).actuals.map((a) => `${a.metric}:${a.value}`);

describe("an average standard measured is a level; a scheme's own rate stays a standard", () => {
  it("reads 平均标准为每人每月N元 as the standard's level", () => {
    expect(named("目前全县城乡低保平均标准为每人每月520元")).toEqual(["城乡低保平均标准:520"]);
    expect(status("城市低保平均标准提高到每人每月600元以上", "截至9月底，全市城市低保平均标准为每人每月612元", "2023-09-30", "市")).toBe("on-track");
    expect(status("城市低保平均标准提高到每人每月650元以上", "截至9月底，全市城市低保平均标准为每人每月612元", "2023-09-30", "市")).toBe("behind");
  });
  it("keeps a scheme's rate (按…标准, 补助标准为) out of the actuals", () => {
    expect(named("按每人每月200元标准发放高龄津贴")).toEqual([]);
    expect(named("补助标准为每人每月160元")).toEqual([]);
  });
  it("gives each of two rates after 分别 to its own standard", () => {
    const text = "城市低保平均标准为每人每月700元，农村低保平均标准为每人每年6000元，比上年分别增长5%和9%";
    expect(status("农村低保平均标准增长8%以上", text, "2023-06-30", "市")).toBe("on-track");
    expect(status("城市低保平均标准增长8%以上", text, "2023-06-30", "市")).toBe("behind");
  });
});

describe("a standard per month is not one per year", () => {
  it("never answers a monthly standard with a yearly figure", () => {
    expect(status("农村低保平均标准达到每人每月500元", "农村低保平均标准为每人每年5400元", "2023-06-30", "市")).not.toMatch(GREEN);
  });
  it("still compares a yearly standard with a yearly one", () => {
    expect(status("农村低保平均标准达到每人每年5000元", "农村低保平均标准为每人每年5400元", "2023-06-30", "市")).toBe("on-track");
  });
});

describe("dues are collected under several words (征缴, 征收, 收缴)", () => {
  it("answers 征缴 with 征收 of the same dues, 共 notwithstanding", () => {
    expect(status("全年征缴企业职工养老保险费5000万元", "1-6月全县共征收企业职工养老保险费3100万元", "2023-06-30")).toBe("on-track");
    expect(status("全年征缴企业职工养老保险费5000万元", "1-6月全县共收缴企业职工养老保险费1800万元", "2023-06-30")).toBe("behind");
  });
  it("leaves 征收 of land or houses as the early step it is", () => {
    expect(status("完成棚户区改造1200户", "今年已征收棚户区房屋1200户", "2023-09-30")).not.toMatch(GREEN);
    expect(status("全年征缴企业职工养老保险费5000万元", "1-6月全县征收土地1200亩", "2023-06-30")).not.toMatch(GREEN);
  });
});

describe("a bare 总支出 after an account's 总收入 is that account's", () => {
  it("names the expenditure after the account", () => {
    expect(named("1-9月社会保险基金总收入80亿元，增长9%；总支出70亿元，增长12%")).toEqual([
      "社会保险基金总收入:80", "社会保险基金总收入:9", "社会保险基金总支出:70", "社会保险基金总支出:12"]);
    expect(status("社会保险基金支出增幅控制在10%以内", "1-9月社会保险基金总收入80亿元，增长9%；总支出70亿元，增长12%", "2023-09-30")).toBe("behind");
  });
  it("leaves a named 支出 and a side after a full stop alone", () => {
    expect(named("社会保险基金总收入80亿元。财政支出70亿元")).toEqual(["社会保险基金总收入:80", "财政支出:70"]);
    expect(named("社会保险基金总收入80亿元。总支出70亿元")).toEqual(["社会保险基金总收入:80", "总支出:70"]);
  });
});

describe("同比多 N before an amount is the difference from a year before", () => {
  it("reads no actual from 同比多 / 比上年少", () => {
    expect(named("1-6月城镇新增就业752万人，同比多17万人")).toEqual(["城镇新增就业:752"]);
    expect(named("1-6月城镇新增就业700万人，比上年同期少12万人")).toEqual(["城镇新增就业:700"]);
    expect(status("城镇新增就业20万人", "1-6月城镇新增就业8万人，同比多17万人", "2023-06-30")).toBe("behind");
  });
  it("keeps a loan's 同比多增 as it was read", () => {
    expect(named("1-6月新增贷款120亿元，同比多增17亿元")).toContain("同比多增:17");
  });
});
