/**
 * Round bb (branch judge-bb): rules made general from the train misses of set bb of the corpus
 * (tests/fixtures/metrics/corpus/pairs-bb.jsonl and friends: 公共服务 — 教育, 卫生健康, 文化体育). Each rule is tried in other
 * words than the corpus's, with the lookalikes that must stay as they are.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";
import { parseTargets } from "../../../src/core/metrics/parseTargets";
import { parseDeadline } from "../../../src/core/metrics/parseDeadline";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year, level: "县" }).verdict.status;
const GREEN = /^(?:done|on-track)$/;
const read = (text: string) => parseActuals(text).actuals.map((a) => `${a.metric}:${a.kind}:${a.value}`);

describe("a figure per head is a level", () => {
  it("reads 每千人/每万人/人均 figures as levels in targets and reports", () => {
    expect(parseTargets("每万人拥有公共图书馆藏书1.2万册", { year: 2024 }).targets.map((t) => `${t.kind}:${t.cumulative}`)).toEqual(["level:false"]);
    expect(read("全县每千常住人口拥有执业（助理）医师2.9人").map((x) => x.split(":").slice(1).join(":"))).toEqual(["level:2.9"]);
    expect(status("每千人口拥有注册护士3.5人", "截至6月底，每千人口拥有注册护士3.1人", "2024-06-30")).toBe("behind");
    expect(status("每千人口拥有注册护士3人", "截至6月底，每千人口拥有注册护士3.1人", "2024-06-30")).toBe("on-track");
  });
  it("leaves counts of new things alone", () => {
    expect(parseTargets("新增社会体育指导员500名", { year: 2024 }).targets.map((t) => t.kind)).toEqual(["count"]);
    expect(parseTargets("新培养每千人口执业医师队伍骨干50名", { year: 2024 }).targets.every((t) => t.kind === "count")).toBe(true);
  });
});

describe("a share named only by its whole takes the count's name", () => {
  it("reads 占总班数的N% after a count as that count's 比例", () => {
    expect(read("全省大班额1200个，占总班数的3.1%；超大班额40个，占总班数的0.1%")).toEqual([
      "大班额:count:1200", "大班额比例:level:3.1", "超大班额:count:40", "超大班额比例:level:0.1"]);
    expect(status("超大班额比例控制在0.5%以内", "全省大班额1200个，占总班数的3.1%；超大班额40个，占总班数的0.1%", "2024-12-31", 2024)).toBe("done");
  });
  it("never reads 大班额's share for 超大班额", () => {
    expect(status("超大班额比例控制在0.5%以内", "全省大班额1200个，占总班数的3.1%", "2024-12-31", 2024)).not.toMatch(GREEN);
    expect(status("超大班额比例控制在5%以内", "全省大班额1200个，占总班数的3.1%", "2024-12-31", 2024)).not.toMatch(GREEN);
  });
});

describe("a task to do away with something is not met by a ratio of a count reduced", () => {
  it("does not read 完成率 of a reduction as none left", () => {
    expect(status("消除义务教育大班额", "全年计划减少大班额60个，实际减少72个，完成率为120%", "2024-12-31", 2024)).not.toMatch(GREEN);
    expect(status("城镇学校大班额全部清零", "年度任务减少大班额30个，已完成105%", "2024-10-31", 2024)).not.toMatch(GREEN);
  });
  it("still reads a plan's own ratio for a task without a figure", () => {
    expect(status("完成一季度计划投资", "一季度完成投资3.2亿元，为一季度计划的158.78%", "2024-04-15", 2024)).toBe("done");
  });
});

describe("a task over a named plan period is answered by a figure over the same period", () => {
  it("reads the plan period's own figure", () => {
    expect(status("“十四五”期间新增普惠性学位2万个", "“十四五”期间，全县新增普惠性学位2.4万个", "2025-12-31", 2025)).toBe("done");
    expect(status("“十三五”期间新建乡镇卫生院8所", "五年来，全县新建乡镇卫生院9所", "2021-02-10", 2020)).toBe("done");
  });
  it("not another span, nor a task with no period", () => {
    expect(status("“十四五”期间新增普惠性学位2万个", "三年来，全县新增普惠性学位2.4万个", "2025-12-31", 2025)).not.toMatch(GREEN);
    expect(status("“十四五”期间新增普惠性学位2万个", "“十三五”期间，全县新增普惠性学位2.4万个", "2025-12-31", 2025)).not.toMatch(GREEN);
    expect(status("新增普惠性学位2万个", "“十四五”期间，全县新增普惠性学位2.4万个", "2025-12-31", 2025)).not.toMatch(GREEN);
  });
  it("reads a rate 达 at the span's end as the level reached by a dated target", () => {
    expect(status("到2025年义务教育巩固率达到97%以上", "“十四五”期间，义务教育巩固率达98.2%", "2025-12-31", 2025)).toBe("done");
    expect(status("义务教育巩固率年均提高1个百分点", "“十四五”期间，义务教育巩固率达98.2%", "2025-12-31", 2025)).not.toMatch(GREEN);
  });
});

describe("a thing put to the use the task asks", () => {
  it("is done when the report says it was put to use", () => {
    expect(status("城南幼儿园秋季开学前投入使用", "城南幼儿园已于9月1日正式投入使用", "2024-10-31", 2024)).toBe("done");
    expect(status("县中医院门诊综合楼年底前投用", "县中医院门诊综合楼已投用", "2024-11-30", 2024)).toBe("done");
  });
  it("not a plan, a part, another thing, or a task that asks another act", () => {
    expect(status("城南幼儿园秋季开学前投入使用", "城南幼儿园主体已完工，计划10月投入使用", "2024-09-30", 2024)).not.toMatch(GREEN);
    expect(status("县中医院新院区年底前投入使用", "县中医院新院区门诊楼已投入使用", "2024-11-30", 2024)).not.toMatch(GREEN);
    expect(status("城南小学改扩建并投入使用", "城南小学食堂已投入使用，教学楼正在装修", "2024-11-30", 2024)).not.toMatch(GREEN);
    expect(status("新建幼儿园3所秋季开学前投入使用", "城南幼儿园已投入使用", "2024-10-31", 2024)).not.toMatch(GREEN);
  });
});

describe("a level at the end of the year read, for a target due later", () => {
  it("is the latest reading", () => {
    expect(status("到2025年每千人口拥有3岁以下婴幼儿托位4.5个", "截至2024年底，每千人口拥有3岁以下婴幼儿托位4.6个", "2024-12-31", 2025)).toBe("on-track");
    expect(status("到2025年每千人口拥有3岁以下婴幼儿托位4.5个", "截至2024年底，每千人口拥有3岁以下婴幼儿托位3.6个", "2024-12-31", 2025)).toBe("behind");
  });
  it("not an older year's level, nor that year's count for a count over the span", () => {
    expect(status("到2025年每千人口拥有3岁以下婴幼儿托位4.5个", "截至2023年底，每千人口拥有3岁以下婴幼儿托位4.6个", "2024-12-31", 2025)).not.toMatch(GREEN);
    expect(status("到2025年新增托位1000个", "2024年新增托位1200个", "2024-12-31", 2025)).not.toBe("done");
  });
});

describe("deadlines of customary times with a year, spans ending in a part of a year, 明年", () => {
  it("reads them", () => {
    expect(parseDeadline("新校区在2026年秋季学期前交付使用", 2025)).toBe("2026-08-31");
    expect(parseDeadline("2024年至2025年上半年完成农村学校塑胶运动场改造", 2024)).toBe("2025-06-30");
    expect(parseDeadline("明年完成全部乡镇文化站提档升级", 2024)).toBe("2025-12-31");
  });
  it("leaves the lookalikes", () => {
    expect(parseDeadline("明年起实行学生营养餐新标准", 2024)).toBeNull();
    expect(parseDeadline("到2026年建成区域医疗中心", 2024)).toBe("2026-12-31");
    expect(parseDeadline("2024—2025年完成", 2024)).toBe("2025-12-31");
    expect(parseDeadline("明年春节前发放慰问金", 2024)).not.toBe("2025-12-31");
    expect(parseDeadline("明年中秋前完成", 2024)).not.toBe("2025-12-31");
  });
});
