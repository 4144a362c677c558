/**
 * A one-character hedge or adverb cut off a name's head only where it is not the first character of the name's own word
 * (session 23, the lead's probes): 共享单车 is not 享单车, 共同富裕 not 同富裕, 约谈 not 谈; 共计, 约, 对 (for) and 均 still go.
 */
import { parseActuals, parseTargets } from "../../../src/core/metrics";

const targetNames = (text: string) => parseTargets(text).targets.map((t) => t.metric);
const actualNames = (text: string) => parseActuals(text).actuals.map((a) => a.metric);

describe("words that begin with a hedge's character keep it", () => {
  test.each([
    ["共享单车投放5000辆", "共享单车投放"],
    ["建设共同富裕示范村5个", "共同富裕示范村"],
    ["打造共富工坊20家", "共富工坊"],
    ["为民办实事10件", "为民办实事"],
    ["约谈企业20家", "约谈企业"],
    ["对标企业达到10家", "对标企业"],
    ["将军路改造1公里", "将军路改造"],
    ["近零碳社区3个", "近零碳社区"],
    ["均衡发展示范县1个", "均衡发展示范县"],
    ["新增共享停车位1000个", "共享停车位"],
    ["新增建设用地控制在500亩以内", "建设用地"],
    ["办理时限压缩到3个工作日", "办理时限"],
    ["组织化程度达到60%", "组织化程度"],
    ["要求：9月内完成老旧小区改造20个", "老旧小区改造"],
    ["三季度内完成老旧小区改造20个", "老旧小区改造"],
  ])("%s names %s", (text, name) => expect(targetNames(text)).toEqual([name]));
  test("a report's 对接 keeps its act", () => {
    expect(actualNames("市直部门外出招商191次，对接企业442家")).toContain("对接企业");
  });
});

describe("the hedges themselves still go", () => {
  test.each([
    ["共计新增企业20家", "企业"],
    ["约50家企业完成改造", "企业完成改造"],
    ["对300户家庭开展适老化改造", "家庭适老化改造"],
    ["建设书房2处", "书房"],
    ["组织培训100场", "培训"],
  ])("%s names %s", (text, name) => expect(targetNames(text)).toEqual([name]));
  test("已 before a stripped act at a name's end goes with it (民生实事项目已完成8件)", () => {
    expect(actualNames("民生实事项目已完成8件")).toEqual(["民生实事项目"]);
    expect(actualNames("义务教育大班额已减少1022个")).toEqual(["义务教育大班额"]);
  });
  test("共 before an act (共建成) is the tally, not 共建", () => {
    expect(actualNames("全年共建成减排工程816项")).toEqual(["减排工程"]);
  });
});
