/**
 * Every path by which the one judge makes a task green (已完成 / 序时推进), each with the positive evidence it needs and
 * a case of weak evidence that must not pass (branch judge-forms' audit; docs/metrics.md lists the paths):
 * 1. figures: an actual of the target's own metric and of this year, reported done (not a stock, not last year's, not
 *    a forecast, not a start for a task to build);
 * 2. the 完成状态 a unit typed (已完成, 序时推进), never over a lagging figure;
 * 3. words that the whole task is done (not one step of it);
 * 4. a share of the whole task, or of the metrics it lists (not a share of one project);
 * 5. the works' own progress (工程进度) for a count of works: on schedule at most, done only at 100%;
 * 6. words that the work keeps to schedule (按序时推进) for a task without figures;
 * 7. started works with a finish planned in time (序时推进 only, never 已完成).
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";

const verdict = (targetText: string, text: string, asOf = "2024-06-30", status?: string) => judgeTask({ targetText, progress: { text, status }, asOf }).verdict.status;
const GREEN = ["done", "on-track"];

describe("1. figures", () => {
  it("takes a report of new things done this year", () => {
    expect(verdict("新增高新技术企业20家", "今年新增高新技术企业12家")).toBe("on-track");
  });
  it("does not take a stock for new things", () => {
    expect(GREEN).not.toContain(verdict("新增高新技术企业20家", "全区已有高新技术企业120家"));
  });
  it("does not take last year's figure (去年, 上年 heading it), but does take 比上年", () => {
    expect(GREEN).not.toContain(verdict("地区生产总值增长6%", "去年全区地区生产总值增长6.5%"));
    expect(verdict("地区生产总值增长6%", "地区生产总值比上年增长6.5%")).toBe("on-track");
    expect(verdict("地区生产总值增长6%", "去年地区生产总值增长5.1%，今年上半年增长6.5%")).toBe("on-track");
  });
  it("does not take a forecast, a plan, a rank or another metric", () => {
    expect(GREEN).not.toContain(verdict("地区生产总值增长6%", "预计全年地区生产总值增长6.5%", "2024-09-30"));
    expect(GREEN).not.toContain(verdict("完成造林1万亩", "计划完成造林1万亩，目前已完成整地"));
    expect(GREEN).not.toContain(verdict("规上工业增加值增长7%", "规上工业增加值增速居全市第2位，高于全市平均1.2个百分点"));
    expect(GREEN).not.toContain(verdict("城镇居民人均可支配收入增长6%", "农村居民人均可支配收入增长8%"));
  });
  it("does not take a count of works started for a task to build them", () => {
    expect(GREEN).not.toContain(verdict("新建学校3所", "新建学校3所，已全部开工", "2024-09-30"));
  });
});

describe("2. the status a unit typed", () => {
  it("is green only while no figure lags", () => {
    expect(verdict("新增高新技术企业20家", "今年以来新增高新技术企业5家", "2024-09-30", "已完成")).not.toBe("done");
  });
});

describe("3. whole-task words", () => {
  it("takes the whole task done, not one step", () => {
    expect(verdict("建成区妇幼保健院新院", "区妇幼保健院新院建设任务已全部完成")).toBe("done");
    expect(GREEN).not.toContain(verdict("建成区妇幼保健院新院", "妇幼保健院新院项目已完成立项和可研批复"));
  });
});

describe("4. shares", () => {
  it("takes the task's own share, not one project's", () => {
    expect(verdict("完成年度投资计划", "年度计划投资94亿元，完成投资56.7亿元", "2024-09-30")).toBe("behind");
    expect(verdict("完成年度投资计划", "宏学南路口袋公园已完工，完成进度100%", "2024-09-30")).not.toBe("done");
  });
});

describe("5. works' own progress", () => {
  it("is on schedule at most before 100%", () => {
    expect(verdict("改造老旧小区6个", "6个老旧小区改造正在施工中，工程进度90%", "2024-09-30")).toBe("on-track");
  });
});

describe("7. started works with a planned finish", () => {
  it("is 序时推进 at most, and only with two stages and the plan in time", () => {
    expect(verdict("新建学校3所，年内开工，11月竣工", "新建学校3所，已全部开工，计划11月竣工", "2024-07-31")).toBe("on-track");
    expect(verdict("新建学校3所，年内开工，11月竣工", "新建学校3所，已全部开工", "2024-07-31")).toBe("unknown");
  });
});
