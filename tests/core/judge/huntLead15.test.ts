/**
 * Lead's hand probes, session 15: pairs of our own written as a new user would try them. Each family has controls.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { isGreen, verdict } from "./hunt";

describe("a holiday or a single month is a few days of the year, not the year so far", () => {
  it.each([
    ["旅游收入增长15%", "国庆期间旅游收入增长20%"],
    ["旅游收入增长15%", "国庆假期全区实现旅游收入2.3亿元，同比增长20%"],
    ["旅游收入增长15%", "“五一”假期旅游收入同比增长31%"],
    ["规上工业增加值增长7%", "单月规上工业增加值增长9%"],
    ["接待游客500万人次", "暑期接待游客410万人次"],
    ["接待游客500万人次", "春节黄金周接待游客120万人次"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text)).toBe(false);
  });

  it("says the figure is the holiday's", () => {
    const j = judgeTask({ targetText: "旅游收入增长15%", progress: { text: "国庆期间旅游收入增长20%" }, asOf: "2025-10-10" }).judgements[0];
    expect(j.reason).toContain("国庆期间的增速");
    expect(j.reason).not.toContain("单月");
  });

  it.each([
    // The year so far is given beside the holiday: it answers.
    ["接待游客500万人次", "国庆假期接待游客120万人次，1-9月累计接待游客410万人次"],
    ["旅游收入增长15%", "1-9月旅游收入增长18%"],
  ])("%s | %s stays green", (target, text) => {
    expect(isGreen(target, text)).toBe(true);
  });
});

describe("a rate named by an earlier act is that act's share, whatever the things are called", () => {
  it.each([
    ["完成3个片区棚户区改造", "3个片区棚户区改造签约率达95%"],
    ["完成征迁500户", "征迁工作签约率98%"],
    ["改造老旧小区30个", "老旧小区改造开工率100%"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text)).toBe(false);
  });

  it.each([
    // The rate of the target's own act.
    ["新开工项目50个", "签约项目开工率90%"],
    ["开工建设保障性住房1000套", "保障性住房开工率80%"],
    ["签约项目50个", "项目签约率达到90%"],
  ])("%s | %s stays green", (target, text) => {
    expect(isGreen(target, text)).toBe(true);
  });
});

describe("a figure after the plan that names only the act of building answers the plan's things", () => {
  it.each([
    ["新建污水管网50公里", "计划年内铺设污水管网50公里，目前已铺设38公里"],
    ["新建污水管网50公里", "年度计划铺设污水管网50公里，已铺设38公里"],
  ])("%s | %s is on track (38 of 50 by 30 September)", (target, text) => {
    expect(verdict(target, text).status).toBe("on-track");
  });

  it.each([
    // Other pipes, named.
    ["新建污水管网50公里", "年度计划铺设污水管网50公里，已铺设燃气管网38公里"],
    // Behind: 20 of 50.
    ["新建污水管网50公里", "年度计划铺设污水管网50公里，已铺设20公里"],
    // Started is not built.
    ["新建口袋公园10个", "计划新建口袋公园10个，目前已开工8个"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text)).toBe(false);
  });
});

describe("a part taken out in a clause of its own before the rate", () => {
  it.each([
    ["固定资产投资增长8%", "剔除房地产后，固定资产投资增长8.5%"],
    ["固定资产投资增长8%", "扣除土地款因素后，固定资产投资增长9%"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text)).toBe(false);
  });

  it("the whole rate said first still answers", () => {
    expect(isGreen("固定资产投资增长8%", "固定资产投资增长8.5%，剔除房地产后增长12%")).toBe(true);
  });
});

describe("a share of the target with the target's amount written before 的", () => {
  it("完成…任务4000人的103% is the whole target done", () => {
    expect(verdict("新增城镇就业4000人", "完成城镇新增就业任务4000人的103%").status).toBe("done");
  });

  it("完成…任务4000人的63% is behind by 30 September", () => {
    expect(verdict("新增城镇就业4000人", "完成城镇新增就业任务4000人的63%").status).toBe("behind");
  });
});

describe("the whole task said done in the task's own words", () => {
  const status = (target: string, text: string) => judgeTask({ targetText: target, progress: { text }, asOf: "2025-12-31" }).verdict.status;

  it.each([
    ["完成全区学校食堂改造", "已全部完成改造"],
    ["完成城南大桥建设", "城南大桥已建成通车"],
    ["建成城南污水厂", "城南污水厂已全面完工并投产"],
  ])("%s | %s is done", (target, text) => {
    expect(status(target, text)).toBe("done");
  });

  it.each([
    ["完成全区学校食堂改造", "已全部完成改造方案"],
    ["完成全区学校食堂改造", "已全部完成验收"],
    ["完成全区学校食堂改造", "一期已全部完成改造"],
    ["完成全区学校食堂改造", "力争年底前全部完成改造"],
    ["完成全区学校食堂改造和操场建设", "已全部完成改造"],
    ["完成城南大桥建设", "城南大桥主体已建成通车"],
    ["建成区人民医院新院区", "主体工程已完工，正在进行内部装修"],
  ])("%s | %s is not done", (target, text) => {
    expect(status(target, text)).not.toBe("done");
  });
});

describe("个 never counts households", () => {
  it("30个老旧小区 is not answered by 3000户", () => {
    expect(isGreen("完成老旧小区改造30个", "完成老旧小区改造3000户")).toBe(false);
  });

  it.each([
    ["完成老旧小区改造3000户", "完成老旧小区改造3200户"],
    ["完成老旧小区改造30个", "完成老旧小区改造32个"],
  ])("%s | %s stays green", (target, text) => {
    expect(isGreen(target, text)).toBe(true);
  });
});

describe("a metric named only in a plan: 未反映该指标 names the plan's figure", () => {
  const first = (target: string, text: string) => judgeTask({ targetText: target, progress: { text }, asOf: "2025-09-30" }).judgements[0];

  it("计划完成造林1.6万亩 is named, not called no figure", () => {
    const j = first("完成造林1.5万亩", "计划完成造林1.6万亩");
    expect(j.status).toBe("not-mentioned");
    expect(j.reason).toContain("只有计划、预计或目标数「计划完成造林1.6万亩」");
    expect(j.reason).not.toContain("没有该指标的数字");
  });

  it("a plan of another metric is not named", () => {
    const j = first("完成造林1.5万亩", "计划新建口袋公园10个");
    expect(j.reason).toContain("进展中没有该指标的数字");
  });
});

describe("其中我区 after a wider figure is the unit's own part of it", () => {
  it("全市…120家，其中我区20家 answers 25家 on 30 September (80%)", () => {
    expect(verdict("新增规上工业企业25家", "全市新增规上工业企业120家，其中我区20家", "2025-09-30").status).toBe("on-track");
  });

  it.each([
    ["新增规上工业企业25家", "全市新增规上工业企业120家，其中我区10家"],
    ["新增规上工业企业25家", "全市新增规上工业企业120家"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text, "2025-09-30")).toBe(false);
  });
});
