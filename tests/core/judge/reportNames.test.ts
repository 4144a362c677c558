/**
 * Names matched as reports write them (issue 12, point 4; branch judge-names): each rule that lets a report's name
 * answer a target comes with lookalikes that must not be answered, and must not turn green.
 */
import { judgeTask } from "../../../src/core/judge";
import { parseTargets, parseActuals, metricSimilarity, matchActuals } from "../../../src/core/metrics";

const GREEN = ["done", "on-track"];

describe("a bare measure keeps the act it measures (改造面积 ≠ 建设面积)", () => {
  it("reads 改造面积 and 建设面积 as two names, not one 面积", () => {
    expect(parseTargets("实施校舍安全改造，改造面积8000平方米").targets.map((t) => t.metric)).toContain("改造面积");
    expect(parseActuals("已审核项目建设面积6000平方米").actuals[0].metric).toMatch(/建设面积$/);
    expect(metricSimilarity("改造面积", "建设面积")).toBe(0);
    expect(metricSimilarity("治理面积", "绿化面积")).toBe(0);
  });

  it("answers 改造面积 by 改造面积 and 面积 of the same act", () => {
    const j = judgeTask({ targetText: "完成老旧厂房改造，改造面积8000平方米", progress: { text: "今年改造面积8600平方米" }, asOf: "2024-09-30" }).judgements;
    expect(j.map((x) => x.actual?.value)).toContain(8600);
  });

  it("never answers a 改造面积 by a 建设面积 (nor turns it green)", () => {
    const v = judgeTask({ targetText: "完成老旧厂房改造，改造面积8000平方米", progress: { text: "新建厂房3栋，建设面积9000平方米" }, asOf: "2024-09-30" });
    expect(v.judgements.some((x) => x.actual?.value === 9000)).toBe(false);
    expect(GREEN).not.toContain(v.verdict.status);
    const w = judgeTask({ targetText: "河道治理面积20平方公里", progress: { text: "河岸绿化面积25平方公里" }, asOf: "2024-09-30" });
    expect(GREEN).not.toContain(w.verdict.status);
  });
});

describe("the thing made, named after the words that qualify it (梯田, 堤防, 路面)", () => {
  const asOf = "2024-09-30";
  const value = (target: string, text: string) => judgeTask({ targetText: target, progress: { text }, asOf }).judgements[0].actual?.value;

  it("answers the thing made when a clause of where or how many comes before it", () => {
    expect(value("新修高标准梯田2万亩", "3个千亩梯田片区共修成梯田1.2万亩")).toBe(1.2);
    expect(value("治理河道堤防8公里", "3条堤防治理工程已完成4公里")).toBe(4);
    expect(value("铺筑乡道路面20公里", "累计铺垫路面6公里")).toBe(6);
    // An inspection answers an inspection.
    expect(value("完成堤防隐患排查12公里", "已完成堤防隐患排查5公里")).toBe(5);
  });

  it("never lets another act, another place or another level answer (nor turn green)", () => {
    const lookalikes: [string, string][] = [
      // another kind of act: 改造 is not 新修
      ["新修梯田4万亩", "4个示范区共改造梯田4.1万亩"],
      ["新修梯田4万亩", "4个示范区共改造坡耕地梯田4.1万亩"],
      // a report of approval, not of the work
      ["新修梯田4万亩", "4个示范区共审批梯田4.1万亩"],
      // an act that is not the work done: 设计, 招标, 开工
      ["治理河道堤防12公里", "2条堤防工程已完成设计13公里"],
      ["治理河道堤防12公里", "2条堤防治理工程已完成招标13公里"],
      // an inspection is not the works: 隐患排查 does not answer 治理 (either order of the words)
      ["治理堤防12公里", "完成隐患排查堤防13公里"],
      ["治理堤防12公里", "完成堤防隐患排查13公里"],
      // another place: 乡村 roads do not answer 城区 roads
      ["铺筑城区道路路面15公里", "乡村道路铺垫路面16公里"],
      // another level
      ["新修省级示范梯田2万亩", "国家级园区新修梯田2.1万亩"],
      // another kind of the same head: 湿地公园 is not 口袋公园
      ["新建口袋公园5个", "3个街道共新建湿地公园6个"],
      // a wide head says nothing: 面积
      ["新建厂房面积5万平方米", "3个园区共新建面积6万平方米"],
    ];
    for (const [target, text] of lookalikes) {
      const r = judgeTask({ targetText: target, progress: { text }, asOf });
      expect([target, text, GREEN.includes(r.verdict.status)]).toEqual([target, text, false]);
      // Not even matched: the guard is the matcher's, not only the judge's check of qualifiers.
      const matched = matchActuals(parseTargets(target).targets, parseActuals(text).actuals);
      expect([target, text, matched[0]?.value ?? null]).toEqual([target, text, null]);
    }
  });
});

describe("a generic noun keeps the act before it (新建项目 ≠ 新签约项目)", () => {
  const matched = (target: string, text: string) => matchActuals(parseTargets(target).targets, parseActuals(text).actuals)[0]?.value ?? null;

  it("does not let a bare 项目 or 企业 be contained in a name of another act", () => {
    expect(metricSimilarity("新建项目", "新签约项目")).toBeLessThan(0.3);
    expect(metricSimilarity("新建企业", "新注册企业")).toBeLessThan(0.3);
    expect(matched("新建项目20个", "5个园区共新签约项目25个")).toBeNull();
  });

  it("still answers the same act and a report that names the act alone", () => {
    expect(matched("新建项目20个", "今年新建项目22个")).toBe(22);
    expect(matched("新建项目20个", "已完成新建项目12个")).toBe(12);
  });
});

describe("a count closing a list of examples keeps the act before the list (…等20户企业入驻)", () => {
  const asOf = "2024-09-30";
  const matched = (target: string, text: string) => matchActuals(parseTargets(target).targets, parseActuals(text).actuals)[0]?.value ?? null;

  it("answers a target of the same act", () => {
    expect(parseActuals("园区成功引进甲公司、乙集团等18户企业入驻").actuals[0].metric).toBe("引进企业入驻");
    expect(matched("园区引进企业15户", "园区成功引进甲公司、乙集团等18户企业入驻")).toBe(18);
    expect(matched("新签约项目5个", "今年签约甲公司、乙公司等6个项目")).toBe(6);
  });

  it("never lets the examples' count answer a target of another act (nor turn green)", () => {
    const lookalikes: [string, string][] = [
      ["新开工项目5个", "今年签约甲公司、乙公司等6个项目"],
      ["新培育企业15户", "园区成功引进甲公司、乙集团等18户企业入驻"],
    ];
    for (const [target, text] of lookalikes) {
      expect([target, matched(target, text)]).toEqual([target, null]);
      const r = judgeTask({ targetText: target, progress: { text }, asOf });
      expect([target, GREEN.includes(r.verdict.status)]).toEqual([target, false]);
    }
    // An item's own word is not the act: "棚户区改造和公租房…等36个项目实现新开工" is 新开工.
    expect(parseActuals("棚户区改造和公租房、高标准农田等36个重点民生项目实现新开工").actuals[0].metric).not.toMatch(/^改造/);
  });
});

describe("a start written after the thing (住房开工) is no other thing; only a start target takes it", () => {
  const asOf = "2024-09-30";
  const matchedAll = (target: string, text: string) => matchActuals(parseTargets(target).targets, parseActuals(text).actuals).map((a) => a?.value ?? null);

  it("answers each house started in a list the start heads", () => {
    expect(matchedAll("开工廉租房800套、棚户区改造住房500套", "廉租房开工820套；棚户区改造开工530套")).toEqual([820, 530]);
  });

  it("never lets a start answer a target to build or finish (nor turn green), and keeps 签约 apart from 开工", () => {
    const lookalikes: [string, string][] = [
      ["建成棚户区改造住房500套", "棚户区改造开工530套"],
      ["产业园区项目10个", "产业园区开工12个"],
      ["产业园区签约项目10个", "产业园区开工项目12个"],
    ];
    for (const [target, text] of lookalikes) {
      expect([target, matchedAll(target, text)[0]]).toEqual([target, null]);
      const r = judgeTask({ targetText: target, progress: { text }, asOf });
      expect([target, GREEN.includes(r.verdict.status)]).toEqual([target, false]);
    }
    expect(metricSimilarity("产业园区签约", "产业园区开工")).toBe(0);
    // Only a start after the thing: 开工项目 before the head still stands against 产业项目.
    expect(metricSimilarity("产业项目", "开工项目")).toBe(0);
  });
});
