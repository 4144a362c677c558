/**
 * Round ak (branch judge-ak): rules made general from the train misses of set ak of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ak.jsonl and friends: 民生实事 mid-year progress, a county's or district's
 * half-year economy). Each rule is tried in other words than the corpus's, with the lookalikes that must not turn green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict.status;
const judged = (task: string, progress: string, asOf: string) => judgeTask({ targetText: task, progress: { text: progress }, asOf }).verdict;

describe("a period after 比/较 is the base of a comparison, not a later change", () => {
  it("a rate compared with an earlier quarter or months is where the metric stands now", () => {
    expect(status("服务业增加值增长6%", "上半年服务业增加值增长7.2%，比一季度回升3.1个百分点", "2021-07-20")).toBe("on-track");
    expect(status("农业增加值增长3%", "1-6月农业增加值增长3.6%，增速较1-5月回落0.4个百分点", "2021-07-20")).toBe("on-track");
    expect(status("工业投资增长12%", "上半年工业投资增长12.8%，降幅与一季度相比收窄", "2021-07-20")).toBe("on-track");
    // Not met stays behind whatever the comparison says.
    expect(status("服务业增加值增长8%", "上半年服务业增加值增长7.2%，比一季度回升3.1个百分点", "2021-07-20")).toBe("behind");
  });

  it("a later period that went another way still refuses the green (WEAK_STALE_PERIOD)", () => {
    const v = judged("服务业增加值增长6%", "上半年服务业增加值增长7.2%，三季度以来增速有所回落", "2021-10-10");
    expect(v.status).toBe("unknown");
    expect(v.code ?? v.worst?.code).toBe("WEAK_STALE_PERIOD");
    expect(status("服务业增加值增长6%", "上半年服务业增加值增长7.2%，二季度增速回落", "2021-07-20")).toBe("unknown");
  });
});

describe("完成基础性改造 is the renovation done, not the foundation works under way", () => {
  it("a count of things whose 基础性 renovation is finished answers the renovation target", () => {
    expect(status("完成老旧小区基础性改造120个", "截至6月底，86个老旧小区完成基础性改造", "2022-07-10")).toBe("on-track");
    expect(status("完成老旧小区基础性改造80个", "截至6月底，86个老旧小区完成基础性改造", "2022-07-10")).toBe("done");
  });

  it("the foundation works (完成基础, 完成主体) stay work under way: no count done", () => {
    expect(status("建成公租房400套", "上半年公租房完成基础施工400套", "2022-07-10")).not.toMatch(/done|on-track/);
    expect(status("建成公租房400套", "上半年已完成基础400套公租房", "2022-07-10")).not.toMatch(/done|on-track/);
  });
});

describe("均按期推进, 正按进度推进 say the work keeps to schedule", () => {
  it("schedule words give 序时推进 before the deadline to a task with no figure, as 按序时推进 already did", () => {
    expect(status("推进社区食堂建设", "社区食堂、城市书房、口袋公园等实事项目均按期推进", "2023-07-15")).toBe("on-track");
    expect(status("实施农村危房改造", "农村危房改造正按进度推进", "2023-07-15")).toBe("on-track");
    // A task with a figure whose metric the text names still asks for the figure (as with 按序时推进).
    expect(status("改造农村危房200户", "农村危房改造正按进度推进", "2023-07-15")).toBe("unknown");
  });

  it("negated or without its adverb, they say nothing green", () => {
    expect(status("推进社区食堂建设", "社区食堂项目未按期推进", "2023-07-15")).not.toMatch(/done|on-track/);
    expect(status("推进社区食堂建设", "社区食堂项目未能按期推进，正在协调用地", "2023-07-15")).not.toMatch(/done|on-track/);
    expect(status("推进社区食堂建设", "社区食堂项目按期推进难度较大", "2023-07-15")).not.toMatch(/done|on-track/);
    // Said of a list that does not name the task: nothing of it.
    expect(status("内河航道整治年内完工", "截至9月底，120项区重点工作中已完成10项，108项正在按进度推进", "2023-10-10")).not.toMatch(/done|on-track/);
    expect(status("推进社区食堂建设", "截至6月底，46项民生实事均按进度推进", "2023-07-15")).not.toMatch(/done|on-track/);
    // A figure says where the work stands: the schedule words do not override it.
    expect(status("新建社区食堂10个", "已建成社区食堂2个，其余均按期推进", "2023-09-15")).toBe("behind");
  });
});
