/**
 * Ratios to one (城乡居民收入比缩小到2.6:1以内): read as a level in their own unit (prepared as 2.6比1), a ceiling when the
 * ratio narrows; never a time, a scale or one term of several.
 */
import { parseActuals } from "../../../src/core/metrics/parseActuals";
import { parseTargets } from "../../../src/core/metrics/parseTargets";
import { verdict } from "./hunt";

describe("a ratio to one", () => {
  it.each([
    ["城乡居民收入比缩小到2.6:1以内", 2.6],
    ["城乡居民收入比缩小到2.3：1", 2.3],
    ["城乡居民收入比控制在2.5:1以内", 2.5],
  ])("%s is a ceiling of %s", (text, value) => {
    const [t] = parseTargets(text).targets;
    expect([t?.metric, t?.cmp, t?.value, t?.unit, t?.cumulative]).toEqual(["城乡居民收入比", "<=", value, "比1", false]);
  });

  it("the base a ratio narrows from is not the actual", () => {
    expect(parseActuals("城乡居民收入比由2.7:1缩小到2.62:1").actuals.map((a) => [a.metric, a.value])).toEqual([["城乡居民收入比", 2.62]]);
  });

  it.each(["上午8:10召开调度会", "完成1:10000地形图测绘", "三次产业结构调整为17:31:52", "9:1前报送"])("%s gives no ratio", (text) => {
    expect(parseActuals(text).actuals.filter((a) => a.unit === "比1")).toEqual([]);
  });

  it.each([
    ["城乡居民收入比缩小到2.6:1以内", "城乡居民收入增速连续五年高于全市平均，收入比缩小到2.57:1", "done"],
    ["城乡居民收入比缩小到2.3:1", "城乡居民收入比由2.45:1缩小到2.28:1", "done"],
  ])("%s | %s is %s", (target, text, status) => {
    expect(verdict(target, text, "2024-12-31").status).toBe(status);
  });

  it("a ratio above its ceiling is not green, its gap a plain number", () => {
    const v = verdict("城乡居民收入比缩小到2.3:1", "城乡居民收入比为2.41:1", "2024-12-31");
    expect(v.rag).not.toBe("green");
    expect(v.reason).toContain("高于上限0.11");
  });
});
