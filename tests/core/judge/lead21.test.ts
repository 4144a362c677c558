/**
 * Lead's probes, session 21: a count of things lagging or held up ("18个项目开工滞后", "开工滞后项目18个") counts the
 * laggards, never things done, whatever stage word stands beside the lag.
 */
import { parseActuals } from "../../../src/core/metrics";
import { verdict } from "./hunt";

const green = (status: string) => status === "done" || status === "on-track";

describe("a count of things lagging is no actual of the work (lead, session 21)", () => {
  it.each([
    ["新开工项目20个", "18个项目开工滞后"],
    ["新开工项目20个", "开工滞后项目18个"],
    ["竣工项目20个", "18个项目竣工滞后"],
    ["新开工项目20个", "全市18个项目开工受阻"],
    ["新开工项目20个", "对18个进度滞后项目进行督办"],
    ["新开工项目20个", "18个项目延期开工"],
    ["新增规上企业20家", "18家企业入规进度偏慢"],
    ["建成项目20个", "建设滞后的项目有18个"],
  ])("%s | %s is never green", (target, progress) => {
    expect(green(verdict(target, progress, "2024-09-30").status)).toBe(false);
    expect(parseActuals(progress).actuals.filter((a) => a.value === 18)).toEqual([]);
  });

  it("the same counts without a lag word are the work done", () => {
    expect(verdict("新开工项目20个", "18个项目已开工", "2024-09-30").status).toBe("on-track");
    expect(verdict("竣工项目20个", "已竣工项目18个", "2024-09-30").status).toBe("on-track");
  });

  it("落后 of a thing made obsolete is no delay: 淘汰落后产能企业18家 is the work done", () => {
    expect(parseActuals("淘汰落后产能企业18家").actuals.map((a) => a.value)).toEqual([18]);
    expect(verdict("淘汰落后产能企业20家", "淘汰落后产能企业18家", "2024-09-30").status).toBe("on-track");
  });

  it("a lag word with an act done after it leaves the figure of that act", () => {
    expect(parseActuals("在前期进度滞后的情况下完成新开工项目18个").actuals.map((a) => a.value)).toEqual([18]);
  });
});

describe("a balance answers no money paid out (lead, session 21)", () => {
  it.each([
    ["发放贷款1亿元", "贷款余额1.2亿元"],
    ["发放创业担保贷款1亿元", "创业担保贷款余额1.2亿元"],
    ["拨付补助资金5000万元", "补助资金余额6000万元"],
  ])("%s | %s is never green", (target, progress) => {
    expect(green(verdict(target, progress, "2024-09-30").status)).toBe(false);
  });

  it("the money paid out itself, and a balance for a balance, still answer", () => {
    expect(verdict("发放创业担保贷款1亿元", "今年已发放创业担保贷款1.2亿元", "2024-09-30").status).toBe("done");
    expect(verdict("贷款余额达到1200亿元", "各项贷款余额1250亿元", "2024-09-30").status).toBe("on-track");
  });
});

describe("a network's whole length or what a place has is a stock (lead, session 21)", () => {
  it.each([
    ["建成农村公路100公里", "农村公路总里程达到1000公里"],
    ["新建5G基站500个", "全县拥有5G基站3000个"],
  ])("%s | %s is never green", (target, progress) => {
    expect(green(verdict(target, progress, "2024-09-30").status)).toBe(false);
  });
  it("this year's new length, written with 总里程, is the year's", () => {
    expect(verdict("建成农村公路100公里", "今年新建农村公路总里程120公里", "2024-09-30").status).toBe("done");
  });
});

describe("the measure of what is counted names no part (lead, session 21)", () => {
  it("城镇新增就业人数完成年度任务的84% is the task's own share", () => {
    expect(verdict("城镇新增就业5000人", "城镇新增就业人数完成年度任务的84%", "2024-09-30").status).toBe("on-track");
    expect(verdict("城镇新增就业5000人", "城镇新增就业人数完成年度任务的54%", "2024-09-30").status).toBe("behind");
  });
  it("a group of the people counted is still a part", () => {
    expect(verdict("新增就业5000人", "高校毕业生就业人数完成年度任务的84%", "2024-09-30").status).toBe("unknown");
  });
});

describe("a rate kept for a group of people is not the rate over everyone (lead, session 21)", () => {
  it.each([
    ["家庭医生签约率达到75%", "重点人群家庭医生签约率达到80%"],
    ["基本养老保险参保率达到95%", "脱贫人口基本养老保险参保率100%"],
    ["健康管理率达到70%", "老年人健康管理率达到72%"],
  ])("%s | %s is never green", (target, progress) => {
    expect(green(verdict(target, progress, "2024-09-30").status)).toBe(false);
  });
  it("the rate over everyone, or the group's rate for the group's target, answers", () => {
    expect(verdict("家庭医生签约率达到75%", "家庭医生签约率达到80%，其中重点人群签约率90%", "2024-09-30").status).toBe("on-track");
    expect(verdict("重点人群家庭医生签约率达到75%", "重点人群家庭医生签约率达到80%", "2024-09-30").status).toBe("on-track");
  });
});

describe("upkeep answers no rebuilding, and a plan not named the year's is no year done (lead, session 21)", () => {
  it("完成农村公路养护100公里 does not answer 新改建农村公路100公里, and says which act it asks", () => {
    const v = verdict("新改建农村公路100公里", "完成农村公路养护100公里", "2024-09-30");
    expect(green(v.status)).toBe(false);
    expect(v.reason).toContain("目标要求的是「新改建」");
    expect(verdict("建设农村公路100公里", "完成农村公路养护100公里", "2024-09-30").reason).not.toContain("null");
    expect(verdict("新改建农村公路100公里", "新改建农村公路120公里", "2024-09-30").status).toBe("done");
  });
  it("完成计划的105% before the deadline is on schedule; 完成年度计划的105% is done", () => {
    expect(verdict("新增城镇就业8000人", "城镇新增就业完成计划的105%", "2024-09-30").status).toBe("on-track");
    expect(verdict("新增城镇就业8000人", "城镇新增就业完成年度计划的105%", "2024-09-30").status).toBe("done");
    expect(verdict("新增城镇就业8000人", "城镇新增就业完成计划的105%", "2024-12-31").status).toBe("done");
  });
  it("the whole written in another name of the same thing: 一般公共预算收入中税收收入 is a part of 地方财政收入", () => {
    expect(green(verdict("地方财政收入增长6%", "一般公共预算收入中税收收入增长8%", "2024-09-30").status)).toBe(false);
    expect(verdict("地方财政收入增长6%", "一般公共预算收入增长8%", "2024-09-30").status).toBe("on-track");
  });
});

describe("a state said in the figure's own name under another form (lead, session 21, after hunt 15)", () => {
  it("工业园区实现营业收入45.25亿元 answers 工业园区营业收入突破80亿元 (营业收入 is 营收)", () => {
    expect(verdict("工业园区营业收入突破80亿元", "工业园区实现营业收入45.25亿元", "2024-06-30").status).toBe("on-track");
  });
  it("a state the figure's sentence never says still refuses the green (hunt 15)", () => {
    expect(green(verdict("解决400个村民小组通畅", "解决了412个村民小组的通达问题", "2024-09-30").status)).toBe(false);
  });
});
