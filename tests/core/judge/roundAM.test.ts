/**
 * Round am (branch judge-am): rules made general from the train misses of set am of the corpus
 * (tests/fixtures/metrics/corpus/pairs-am.jsonl and friends: departments' and counties' year and half-year 工作总结, where
 * the year's figures stand beside the plan restated, last year's amounts and next year's targets). Each rule is tried in
 * other words than the corpus's, with the lookalikes that must stay as they are.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict.status;
const named = (text: string) => parseActuals(text).actuals.map((a) => `${a.metric}:${a.value}`);
const GREEN = /^(?:done|on-track)$/;

describe("last year's amount written before a rate is its base, not its name", () => {
  const p = "全年实现旅游综合收入12.6亿元，较去年的10.2亿元增长23.5%；接待游客150万人次";
  it("比上年的/较去年的 N单位 增长M%: the rate is of the amount before it", () => {
    expect(named(p)).toEqual(expect.arrayContaining(["旅游综合收入:23.5"]));
    expect(status("旅游综合收入增长20%", p, "2022-01-20", 2021)).toBe("done");
    expect(status("旅游综合收入增长25%", p, "2022-01-20", 2021)).toBe("overdue");
  });

  it("a rate with a name of its own keeps it; a base in another unit is not joined", () => {
    expect(named("全年农民人均纯收入12578元，人均消费支出比上年增长8%")).toEqual(expect.arrayContaining(["人均消费支出:8"]));
    expect(named("全年粮食产量35万吨，比上年的4.2亿斤增长3%")).not.toContain("粮食产量:3");
  });
});

describe("a part named by whom it counts, under 其中, is the heading's measure of that part", () => {
  const p = "全年全体居民人均可支配收入30120元，增长6.1%，其中城镇居民41200元、增长5.2%，农村居民18300元、增长7.4%";
  it("城镇居民/农村居民 under 居民人均可支配收入 are their own incomes", () => {
    expect(named(p)).toEqual(expect.arrayContaining(["城镇居民人均可支配收入:5.2", "农村居民人均可支配收入:7.4"]));
    // Before this rule the whole's rate answered a part's task (am07: 7.6% of all residents for the country's 9.7%).
    expect(status("城镇居民人均可支配收入增长6%", p, "2022-01-20", 2021)).not.toMatch(GREEN);
    expect(status("农村居民人均可支配收入增长7%", p, "2022-01-20", 2021)).toBe("done");
  });

  it("parts whose names do not end where the heading starts stay as they are", () => {
    expect(named("一般公共预算收入12亿元，其中税收收入8亿元")).toContain("税收收入:8");
    expect(named("工业增加值50亿元，其中规上工业增加值40亿元")).toContain("规上工业增加值:40");
    expect(named("地区生产总值120亿元，其中第一产业增加值20亿元")).toContain("第一产业增加值:20");
  });
});

describe("a clause that opens with its period and names nothing else speaks of the plan before it", () => {
  it("年度计划N，截至9月底已改造M: the done figure answers the task", () => {
    const p = "农村校舍改造，全年计划120所，截至9月底已改造126所，提前完成全年任务";
    expect(status("改造农村校舍120所", p, "2021-10-15", 2021)).toBe("done");
  });

  it("another act after the period answers no task that does not ask it", () => {
    const p = "农村校舍建设，全年计划120所，截至9月底已开工126所";
    expect(status("建成农村校舍120所", p, "2021-10-15", 2021)).not.toMatch(GREEN);
  });
});

describe("the plan's items restated, then 实际分别完成 in order", () => {
  const p = "今年计划新建村卫生室40个、改造乡镇卫生院12个，实际分别完成43个、9个";
  it("each done figure takes the name of the plan's item in its place", () => {
    expect(status("新建村卫生室40个", p, "2022-01-15", 2021)).toBe("done");
    expect(status("改造乡镇卫生院12个", p, "2022-01-15", 2021)).not.toMatch(GREEN);
  });

  it("a list after another act (分别开工) is not the plan's items done", () => {
    const q = "今年计划新建学校3所、幼儿园5所，已分别开工2所、5所";
    expect(status("新建幼儿园5所", q, "2021-08-15", 2021)).not.toMatch(GREEN);
  });

  it("items and figures not as many are left alone", () => {
    const q = "今年计划新建村卫生室40个、改造乡镇卫生院12个、新建养老院3个，实际分别完成43个、9个";
    expect(status("新建养老院3个", q, "2022-01-15", 2021)).not.toMatch(GREEN);
  });
});

describe("the year's list as fixed at its start, said finished, is the task with that count done", () => {
  it("办完了/完成年初确定的N件X answers the task writing N件 of X", () => {
    expect(status("办好12件民生实事", "全年民生支出18.2亿元；完成了年初确定的12件民生实事", "2022-01-20", 2021)).toBe("done");
    expect(status("办好12件民生实事", "投入3.1亿元，办完年度承诺的12件民生实事", "2022-01-20", 2021)).toBe("done");
  });

  it("a part of the list, another count, a promise or work pushed on is not the task done", () => {
    expect(status("办好12件民生实事", "完成年初确定的12件民生实事中的9件", "2022-01-20", 2021)).not.toMatch(GREEN);
    expect(status("办好12件民生实事", "完成年初确定的10件民生实事", "2022-01-20", 2021)).not.toMatch(GREEN);
    expect(status("办好12件民生实事", "确保完成年初确定的12件民生实事", "2021-10-20", 2021)).not.toMatch(GREEN);
    expect(status("办好12件民生实事", "推进年初确定的12件民生实事", "2021-10-20", 2021)).not.toMatch(GREEN);
  });
});
