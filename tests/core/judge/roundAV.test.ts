/**
 * Round av (branch judge-av): rules made general from the train misses of set av of the corpus
 * (tests/fixtures/metrics/corpus/pairs-av.jsonl and friends: 金融 and 国资国企 progress). Each rule is tried in other words
 * than the corpus's, with the lookalikes that must stay as they are. Such reports give balances (余额, 资产总额, 净资产)
 * beside what was added, growth since 年初 beside growth over a year ago, shares of a year's 预算目标 by a list of
 * measures, measures kept under a 控制线, and say of some measures that they were 超额完成.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";
import { parseTargets } from "../../../src/core/metrics/parseTargets";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year, level: "市" }).verdict.status;
const GREEN = /^(?:done|on-track)$/;

describe("a balance-sheet item stands at a date", () => {
  it("reads 资产总额, 净资产 and 负债总额 targets as levels, not against 序时进度", () => {
    expect(parseTargets("国有企业净资产年末达到500亿元").targets.map((t) => [t.metric, t.cumulative])).toEqual([["国有企业净资产", false]]);
    expect(parseTargets("市属企业资产总额达到3000亿元").targets[0].cumulative).toBe(false);
    expect(status("国有企业资产总额年末达到3000亿元", "上半年国有企业资产总额2710亿元，为年度目标的90.3%", "2023-06-30")).not.toMatch(GREEN);
    expect(status("国有企业净资产年底达到500亿元", "截至6月底，国有企业资产总额980亿元，净资产470亿元", "2023-06-30")).toBe("behind");
  });

  it("still reads flows against 序时进度 and a reached level as on schedule", () => {
    expect(parseTargets("市属企业全年营业收入达到150亿元").targets[0].cumulative).toBe(true);
    expect(status("国有企业净资产年底达到500亿元", "截至6月底，国有企业资产总额980亿元，净资产512亿元", "2023-06-30")).toBe("on-track");
    expect(status("全年新增贷款300亿元", "9月末各项贷款余额2100亿元，比年初增加250亿元", "2023-09-30")).toBe("on-track");
  });
});

describe("a balance-sheet or earnings item is its own name", () => {
  const names = (text: string) => parseActuals(text).actuals.map((a) => a.metric);
  it("does not lend 总额 to 净资产 or 利润 to 净利润", () => {
    expect(names("市属企业资产总额766亿元，净资产385亿元")).toEqual(["市属企业资产总额", "净资产"]);
  });
});

describe("a year's end closing a target's name is its date", () => {
  it("leaves 年末/年底 out of the name, and 比上年末 whole", () => {
    expect(parseTargets("各项存款余额年末达到1500亿元").targets[0].metric).toBe("各项存款余额");
    expect(parseTargets("城镇登记失业率年底控制在4%以内").targets[0].metric).toBe("城镇登记失业率");
    expect(parseTargets("贷款余额比上年末增长12%").targets[0].metric).toBe("贷款余额");
  });
});

describe("a share of a year's 预算目标 by a list of measures", () => {
  it("gives each measure its share", () => {
    expect(status("国有企业全年营业收入200亿元", "上半年国有企业营业收入、利润总额分别完成年度预算目标的56%、38%", "2023-06-30")).toBe("on-track");
    expect(status("国有企业全年利润总额8亿元", "上半年国有企业营业收入、利润总额分别完成年度预算目标的56%、38%", "2023-06-30")).toBe("behind");
    expect(status("国有企业全年利润总额8亿元", "上半年国有企业营业收入完成年度经营目标的56%", "2023-06-30")).not.toMatch(GREEN);
  });
});

describe("growth since 年初 and growth over a year ago are two measures", () => {
  it("reads a balance's growth since 年初 on the balance's name", () => {
    expect(status("普惠小微贷款余额比年初增长15%", "6月末普惠小微贷款余额420亿元，比年初增长17.2%", "2023-06-30")).toBe("on-track");
  });

  it("never answers one base with the other", () => {
    expect(status("普惠小微贷款余额比年初增长15%", "6月末普惠小微贷款余额420亿元，同比增长21.5%", "2023-06-30")).not.toMatch(GREEN);
    expect(status("涉农贷款余额同比增长12%", "6月末涉农贷款余额880亿元，比年初增长9.8%", "2023-06-30")).not.toMatch(GREEN);
    expect(status("各项贷款余额增长12%", "6月末各项贷款余额2100亿元，同比增长13.1%", "2023-06-30")).toBe("on-track");
  });
});

describe("a measure kept under a 控制线 or 警戒线", () => {
  it("is answered by that measure's line", () => {
    expect(status("资产负债率不超过控制线", "经审计，资产负债率比控制线低3.5个百分点，营业收入增长8%", "2024-03-31", 2023)).toBe("done");
    expect(status("资产负债率不超过控制线", "上半年资产负债率低于警戒线", "2023-06-30")).toBe("on-track");
    expect(status("资产负债率不超过控制线", "资产负债率比控制线高1.2个百分点", "2024-03-31", 2023)).toBe("overdue");
  });

  it("is not answered by another measure's line or by targets passed", () => {
    expect(status("资产负债率不超过控制线", "带息负债比率低于控制线，营业收入超过目标值", "2024-03-31", 2023)).not.toMatch(GREEN);
    expect(status("资产负债率不超过控制线", "营业收入和利润总额均超过目标值", "2023-06-30")).not.toMatch(GREEN);
  });
});

describe("done words of some measures are not done words of the task", () => {
  it("answers a task of one of the measures named", () => {
    expect(status("利润总额完成年度考核目标", "经审计，利润总额和净资产收益率均超额完成", "2024-03-31", 2023)).toBe("done");
  });

  it("never makes another measure's task green", () => {
    expect(status("净利润增长10%", "经审计，利润总额和净资产收益率均超额完成", "2024-03-31", 2023)).not.toMatch(GREEN);
    expect(status("资产负债率控制在65%以内", "营业收入、净资产收益率均超额完成", "2024-03-31", 2023)).not.toMatch(GREEN);
  });

  it("keeps done words of the task itself", () => {
    expect(status("完成年度国企改革任务", "年度国企改革任务已全面完成", "2024-01-31", 2023)).toBe("done");
  });
});
