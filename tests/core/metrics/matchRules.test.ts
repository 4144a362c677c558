/**
 * Matching rules of issue 12: work under way does not answer a count of things done, and a figure that names no
 * metric answers the one target left unanswered whose unit it shares.
 */
import { matchActuals, metricMentioned, parseActuals, parseTargets } from "../../../src/core/metrics";

function match(task: string, progress: string) {
  const targets = parseTargets(task, { year: 2024 }).targets;
  return matchActuals(targets, parseActuals(progress).actuals);
}

describe("under-way work is not a count done", () => {
  it("does not take 在建 or 推进 figures as the count a task asks to build", () => {
    expect(match("新建成保障性住房1700套", "在建保障性住房2处合计1721套，计划12月底前完成")[0]).toBeNull();
    expect(match("建设示范性社区老年助餐点5个", "推进5个示范性社区老年助餐点建设")[0]).toBeNull();
    expect(match("建设示范性社区老年助餐点5个", "已建成示范性社区老年助餐点3个")[0]?.value).toBe(3);
  });

  it("takes a start (开工) only as the answer to a target about starting", () => {
    expect(match("新建、改扩建公办幼儿园150所", "全省开工新建、改扩建公办幼儿园195所")[0]).toBeNull();
    expect(match("新开工重点项目20个", "新开工重点项目12个")[0]?.value).toBe(12);
  });
});

describe("a figure that names no metric", () => {
  it("answers the one unanswered target of its unit", () => {
    expect(match("义务教育阶段免除学杂费，任务数19800人", "1-6月完成20876人，下拨资金579.413万元")[0]?.value).toBe(20876);
    expect(match("2020年计划完成新建、改扩建中小学及幼儿园170所", "2020年计划完成170所，实际完成195所")[0]?.value).toBe(195);
  });

  it("answers nothing when two targets of its unit are unanswered, or it is a breakdown", () => {
    const two = match("新建幼儿园5所，改扩建小学3所", "完成4所");
    expect(two).toEqual([null, null]);
    expect(match("新增就业岗位1000人", "其中完成300人")[0]).toBeNull();
  });
});

describe("metricMentioned by the head noun", () => {
  it("hears a metric named by its telling head noun, never by a generic one", () => {
    expect(metricMentioned("义务教育公办学校学位", "校舍全部开工，投用后预计新增学位10.74万个")).toBe(true);
    expect(metricMentioned("传统商圈改造", "召开商圈建设协调会")).toBe(true);
    expect(metricMentioned("特困人员供养服务设施适老化改造提升工程", "道路工程已开工")).toBe(false);
    expect(metricMentioned("义务教育公办学校学位", "招商引资工作有序开展")).toBe(false);
  });
});

describe("a total the clause breaks down", () => {
  it("does not answer a target: 100项…中97个 is not 100 done", () => {
    expect(match("100项民生实事项目年底前完成", "1-7月份，100项民生实事项目中97个达到或超过序时进度")[0]).toBeNull();
    expect(match("建设中心敬老院3家", "建成中心敬老院2家")[0]?.value).toBe(2);
  });
});

describe("metricMentioned: a head noun two targets share tells nothing", () => {
  it("does not hear 养护床位 in a report of 养老床位 when both are targets of the task", () => {
    const text = "新增4000张养老床位，完成4385张";
    expect(metricMentioned("困难重度残疾人养护床位", text, ["养老床位", "困难重度残疾人养护床位"])).toBe(false);
    expect(metricMentioned("困难重度残疾人养护床位", text)).toBe(true);
  });
});
