/**
 * Round w (branch judge-w): rules made on train w's misses, each tried in other words of our own, with the lookalikes it
 * must not turn green (tests/fixtures/metrics/corpus README, docs/metrics.md "Round w").
 */
import { judgeTask } from "../../../src/core/judge";
import { parseActuals } from "../../../src/core/metrics";

const verdict = (targetText: string, text: string, asOf: string) => judgeTask({ targetText, progress: { text }, asOf }).verdict.status;
const GREEN = ["done", "on-track"];
const values = (text: string) => parseActuals(text).actuals.map((a) => a.value);

describe("a total, a bracketed note, then how many of it reached a stage", () => {
  it("the count after the note is the part done, not the total before it", () => {
    expect(verdict("承担的30个重点项目5月底前全部开工", "区直部门承担的30个重点项目（分两批实施）目前仅开工19个", "2024-05-26")).toBe("behind");
    expect(verdict("承担的30个重点项目年内全部开工", "区直部门承担的30个重点项目（分两批实施）目前仅开工19个", "2024-05-26")).toBe("on-track");
    expect(values("全县12所学校（分两期建设）已完工5所")).toEqual([5]);
  });
  it("lookalikes: a note with a figure, or a count after the note that is not of the total, keeps its reading", () => {
    // A figure inside the note is not read through: the judge stays as cautious as before.
    expect(GREEN).not.toContain(verdict("承担的30个重点项目5月底前全部开工", "区直部门承担的30个重点项目（含3个续建项目）目前仅开工19个", "2024-05-26"));
    // Another unit after the note: two reports, not a total and its part.
    expect(values("全区完成投资（不含农户）16亿元，实施项目20个")).toEqual([16, 20]);
  });
});

describe("a total, then how many of it there are (有) that reached a stage", () => {
  it("the part after 目前有 is judged against the total", () => {
    expect(verdict("48个新开工项目年内全部开工", "48个新开工项目目前有17个已开工建设", "2024-04-20")).toBe("on-track");
    expect(verdict("48个新开工项目6月底前全部开工", "48个新开工项目目前有17个已开工建设", "2024-06-20")).toBe("behind");
  });
  it("lookalikes: without a stage after the part, nothing is read as done", () => {
    expect(GREEN).not.toContain(verdict("48个新开工项目6月底前全部开工", "48个新开工项目目前有17个正在办理施工许可", "2024-06-20"));
  });
});

describe("a total, then how many of it are still under way or not yet started", () => {
  it("not yet started: the total is not a count done", () => {
    expect(GREEN).not.toContain(verdict("48个新开工项目年内全部开工", "48个新开工项目目前有17个尚未开工", "2024-06-20"));
  });
  it("still under way: the total is not a count done", () => {
    expect(GREEN).not.toContain(verdict("30个重点项目年内全部建成", "30个重点项目（含省级统筹项目）目前在建19个", "2024-06-20"));
    expect(GREEN).not.toContain(verdict("30个重点项目年内全部建成", "30个重点项目目前仍在建19个", "2024-06-20"));
  });
  it("controls: all of the total started, with a part still being built, is still read", () => {
    expect(verdict("30个重点项目年内全部开工", "30个重点项目已全部开工，其中在建19个", "2024-06-20")).toBe("done");
  });
});

describe("a note of what a name includes or leaves out, between the name and its change", () => {
  it("the name is the words before the note", () => {
    expect(parseActuals("1-8月规上工业总产值（不含电力）同比增长1.2%").actuals.map((a) => a.metric)).toEqual(["规上工业总产值"]);
    expect(verdict("规上工业总产值增长6%", "1-8月规上工业总产值（不含电力）同比增长1.2%", "2025-09-15")).toBe("behind");
  });
  it("lookalikes: a note with a figure, or one that is not about scope, is left as it was", () => {
    expect(parseActuals("增速比全省（5.2%）高0.6个百分点").actuals).toEqual([]);
    expect(GREEN).not.toContain(verdict("规上工业总产值增长6%", "1-8月规上工业总产值（不含电力）同比增长1.2%，电力行业增长9.5%", "2025-09-15"));
  });
});

describe("a period compared with is not the period of the figure after it", () => {
  it("比一季度 before a later clause's figure gives it no period", () => {
    const rows = parseActuals("上半年规上建筑业产值增长2.1%、比一季度回落0.4个百分点，规上制造业增长9.3%").actuals;
    expect(rows.map((a) => [a.metric, a.period])).toEqual([["规上建筑业产值", "上半年"], ["规上制造业", "上半年"]]);
    expect(verdict("规上制造业增加值增长8%", "规上采矿业增长2.5%、较一季度回升0.3个百分点，规上制造业增长9.3%、较一季度提高0.2个百分点", "2025-07-31")).toBe("on-track");
  });
  it("lookalikes: a period that opens the figure's clause is still its period", () => {
    expect(parseActuals("一季度规上制造业增长9.3%").actuals.map((a) => a.period)).toEqual(["一季度"]);
    expect(GREEN).not.toContain(verdict("规上制造业增加值增长8%", "一季度规上制造业增长9.3%", "2025-10-15"));
  });
});

describe("a clause that is only a place carries the metric of the clauses before it", () => {
  const text = "上半年全县地区生产总值31.2亿元，同比增长7.4%，增速比全市平均水平高0.6个百分点，两年平均增长4.1%，居全市第六";
  it("back over clauses that only restate or compare the rate", () => {
    expect(verdict("地区生产总值增速进入全市前三位", text, "2024-07-25")).toBe("behind");
    expect(verdict("地区生产总值增速保持全市前八位", text, "2024-07-25")).toBe("on-track");
  });
  it("lookalikes: never past a clause naming another metric, nor across a sentence", () => {
    expect(GREEN).not.toContain(verdict("地区生产总值增速保持全市前八位", "上半年全县地区生产总值增长7.4%，规上工业增加值增长9.8%，居全市第六", "2024-07-25"));
    expect(GREEN).not.toContain(verdict("地区生产总值增速保持全市前八位", "上半年全县地区生产总值增长7.4%。居全市第六", "2024-07-25"));
    expect(GREEN).not.toContain(verdict("固定资产投资增速保持全市前八位", text, "2024-07-25"));
  });
});

describe("things counted at a stage of the work are not done", () => {
  it("处于…阶段 in the figure's clause", () => {
    expect(GREEN).not.toContain(verdict("4座污水处理站年内建成", "4座污水处理站目前处于设备调试阶段", "2025-07-10"));
    expect(GREEN).not.toContain(verdict("改造农贸市场6个", "6个农贸市场正处于主体施工阶段", "2025-07-10"));
  });
  it("controls: a finish said of the figure is still read", () => {
    expect(verdict("4座污水处理站年内建成", "4座污水处理站已全部建成投用", "2025-07-10")).toBe("done");
  });
});

describe("items listed, then their count built (项目已建成)", () => {
  it("a task that opens with its verb is found in the list", () => {
    expect(verdict("建成残疾人康复服务中心", "老年助餐点、残疾人康复服务中心2项已完成", "2025-07-10")).toBe("done");
  });
  it("works listed with 项目 and 建成 after their count", () => {
    expect(verdict("确保残疾人康复服务中心年内建成", "今年民生实事总体顺利，残疾人康复服务中心、城西公交首末站2个项目已建成投入使用", "2025-07-10")).toBe("done");
  });
  it("lookalikes: a start, a step, a plan, or the item not in the list gives no green", () => {
    expect(GREEN).not.toContain(verdict("建成残疾人康复服务中心", "残疾人康复服务中心、城西公交首末站2个项目已开工建设", "2025-07-10"));
    expect(GREEN).not.toContain(verdict("建成残疾人康复服务中心", "残疾人康复服务中心、城西公交首末站2个项目已完成选址", "2025-07-10"));
    expect(GREEN).not.toContain(verdict("建成残疾人康复服务中心", "计划残疾人康复服务中心、城西公交首末站2个项目年底建成", "2025-07-10"));
    expect(GREEN).not.toContain(verdict("建成残疾人康复服务中心", "城西公交首末站、老年助餐点2个项目已建成投入使用，残疾人康复服务中心正在装修", "2025-07-10"));
  });
});

describe("a task to start all its works, with works not started in its last days", () => {
  it("还有N个…未开工 before the deadline is behind", () => {
    expect(verdict("全区60个重点项目5月底前全部开复工", "截至5月27日，全区还有9个重点项目未开工", "2024-05-27")).toBe("behind");
  });
  it("lookalikes: early in the period, or works left that are not about starting, say nothing of it", () => {
    expect(verdict("全区60个重点项目年内全部开复工", "截至5月27日，全区还有9个重点项目未开工", "2024-05-27")).not.toBe("behind");
    expect(verdict("全区60个重点项目5月底前全部开复工", "截至5月27日，全区重点项目已全部开复工，还有9个项目未完成月度投资计划", "2024-05-27")).not.toBe("behind");
  });
});

describe("a list of names, then 分别 and the act each did", () => {
  const text = "上半年鸡、鸭、肉兔、奶牛分别出栏12.5万只、3.1万只、8600只、420头";
  it("each name takes the act after 分别", () => {
    expect(parseActuals(text).actuals.map((a) => a.metric)).toEqual(["鸡出栏", "鸭出栏", "肉兔出栏", "奶牛出栏"]);
    expect(verdict("全年鸭出栏8万只", text, "2024-07-20")).toBe("behind");
  });
  it("lookalikes: 城镇、农村 and a shared change keep their reading; another animal's figure answers nothing", () => {
    expect(parseActuals("城镇、农村居民人均可支配收入分别增长6%、8%").actuals.map((a) => a.metric)).toEqual(["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
    expect(GREEN).not.toContain(verdict("全年羊出栏3万只", text, "2024-07-20"));
  });
});
