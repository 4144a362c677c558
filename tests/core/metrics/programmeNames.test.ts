/**
 * Chinese numerals inside a programme's name stay as written (lead, session 21): "百千万工程" was quoted back to users as
 * "1100万工程". Bare magnitudes out of order (百千, 十百) are no numeral, and bare magnitudes straight before 工程, 行动,
 * 计划 … (nouns a count would need a classifier for) name a programme.
 */
import { replaceChineseNumerals } from "../../../src/core/metrics/chineseNumerals";
import { parseActuals } from "../../../src/core/metrics";

describe("numerals in a programme's name", () => {
  it.each(["实施百千万工程", "百千万人才工程", "深化千万工程", "十百千工程", "百亿工程"])("%s stays as written", (text) => {
    expect(replaceChineseNumerals(text)).toBe(text);
  });
  it.each([
    ["百万亩造林", "100万亩造林"],
    ["二十万吨", "20万吨"],
    ["两百万元", "200万元"],
    ["引进十万人才", "引进10万人才"],
    ["三千亩", "3000亩"],
  ])("%s is still a count: %s", (text, expected) => {
    expect(replaceChineseNumerals(text)).toBe(expected);
  });
  it("a report on the programme reads its own figures, not the name", () => {
    expect(parseActuals("百千万工程完成投资12亿元").actuals.map((a) => [a.metric, a.value])).toEqual([["百千万工程完成投资", 12]]);
  });
});
