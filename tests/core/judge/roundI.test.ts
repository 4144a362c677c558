/**
 * General rules of round i of the judging corpus (issue 12), each tested on phrasings of our own (not corpus rows),
 * with the case where the rule must not fire:
 * - a count of items off schedule later in the sentence ("N项…中，…，M项未达到进度要求") makes the task lag;
 * - a total that closes its clause, then "其中M…已完成", is the whole: M is what was done;
 * - a step of the works done entirely (拆迁已全部完成) is not the task done, and a negated act (还没有开工) is work not
 *   yet done;
 * - a period before a stage report ("1-6月份已开工174个") keeps the count before it the whole.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { readBreakdowns } from "../../../src/core/judge/breakdowns";
import { wholeTaskDone } from "../../../src/core/judge/wholeTaskDone";
import { parseActuals, parseTargets } from "../../../src/core/metrics";

const judge = (task: string, progress: string, asOf: string) => judgeTask({ targetText: task, progress: { text: progress }, asOf }).verdict;

describe("items off schedule counted later in the sentence", () => {
  it("reads the count not on schedule after those that are", () => {
    const b = readBreakdowns("全区48项民生事项中，40项总体达到要求，8项未达到进度要求");
    expect(b).toContainEqual(expect.objectContaining({ total: 48, part: 40, stage: "schedule" }));
    expect(judge("48项民生事项全部按序时推进", "全区48项民生事项中，40项总体达到要求，8项未达进度", "2024-06-30").status).toBe("behind");
  });

  it("does not fire when none is off schedule, nor take the total for a part done", () => {
    expect(readBreakdowns("全区48项民生事项中，48项均已启动").some((x) => x.stage === "schedule")).toBe(false);
    const a = parseActuals("全区48项民生事项中，30项已完成，18项正在实施").actuals;
    expect(a.map((x) => x.value)).not.toContain(48);
  });
});

describe("a total, then how many of it reached a stage after 其中", () => {
  it("judges the part, not the total", () => {
    const a = parseActuals("全年改造农贸市场12个，其中5个已建成").actuals;
    expect(a.map((x) => x.value)).toEqual([5]);
    expect(judge("改造农贸市场12个", "全年改造农贸市场12个，其中5个已建成", "2024-10-31").status).toBe("behind");
  });

  it("keeps a breakdown by kind after 其中 as figures of their own", () => {
    const a = parseActuals("新建学校6所，其中小学4所").actuals;
    expect(a.map((x) => x.value)).toEqual([6, 4]);
    expect(parseActuals("项目20个全部开工，其中8个已完工").actuals.map((x) => x.value)).not.toContain(undefined);
  });
});

describe("a step done is not the task done; a negated act is not done", () => {
  it("does not read 已全部完成 of a step as the task", () => {
    expect(wholeTaskDone("征地拆迁已全部完成，但主体工程还没有开工", "9月底前开工建设体育馆").done).toBe(false);
    expect(judge("9月底前开工建设体育馆", "地块清表已全部完成，主体尚待进场", "2024-10-10").status).not.toBe("done");
    expect(judge("9月底前开工建设体育馆", "场地平整已全部完成，但还没有开工建设", "2024-10-10").status).toBe("overdue");
  });

  it("still reads the whole task done, and a step that is the task", () => {
    expect(wholeTaskDone("已全部完成", "9月底前开工建设体育馆").done).toBe(true);
    expect(wholeTaskDone("征地拆迁已全部完成", "6月底前完成征地拆迁").done).toBe(true);
  });
});

describe("a period before a stage report", () => {
  it("keeps the count named before it the whole", () => {
    const a = parseActuals("今年确定重点项目60个，1-9月已开工48个").actuals;
    expect(a.map((x) => x.value)).toEqual([48]);
    expect(judge("60个重点项目年内全部开工", "今年确定重点项目60个，1-9月已开工48个", "2024-09-30").status).toBe("on-track");
  });

  it("does not join counts at a stage already", () => {
    expect(parseActuals("已开工项目30个，前三季度已竣工12个").actuals.map((x) => x.value)).toEqual([30, 12]);
  });
});

describe("a count of things, then their planned investment in the next clause", () => {
  it("reads the count as whose plan, the amount as the target", () => {
    const t = parseTargets("水利项目12项，年度计划投资8亿元").targets;
    expect(t.map((x) => x.value)).toEqual([8]);
    expect(judge("水利项目12项，年度计划投资8亿元", "上半年水利项目（12项）完成投资4.4亿元，完成进度55%", "2024-06-30").status).toBe("on-track");
  });

  it("keeps a count at a stage as a target of its own", () => {
    expect(parseTargets("新开工项目12项，年度计划投资8亿元").targets.map((x) => x.value)).toEqual([12, 8]);
  });
});

describe("how a change is reckoned is no name", () => {
  it("gives 按不变价格计算比上年同期 the amount's name", () => {
    const a = parseActuals("一季度全县生产总值20.5亿元，按不变价格计算比上年同期增长-3.2%").actuals;
    expect(a.find((x) => x.value === -3.2)?.metric).toBe("生产总值");
    expect(judge("生产总值增长6%", "一季度全县生产总值20.5亿元，按不变价格计算比上年同期增长-3.2%", "2024-03-31").status).toBe("behind");
  });

  it("keeps a name of its own after the reckoning", () => {
    const a = parseActuals("按不变价格计算，第三产业增加值增长4.1%").actuals;
    expect(a[0]?.metric).toMatch(/第三产业增加值/);
  });
});

describe("a start rate written with 已达, and a task finished ahead of time by half a year", () => {
  it("reads 开工率已达100% as a completion ratio and 提前半年完成全年任务 as done", () => {
    const a = parseActuals("截至5月底，60个改造项目开工率已达100%").actuals;
    expect(a[0]?.explicitRatio).toBe(1);
    expect(judge("60个改造项目年内全部开工", "截至5月底，60个改造项目开工率已达100%，提前半年完成全年开工任务", "2024-06-30").status).toBe("done");
  });

  it("does not read a plan to finish ahead of time as done", () => {
    expect(judge("60个改造项目年内全部开工", "60个改造项目开工率已达80%，力争提前半年完成全年开工任务", "2024-06-30").status).not.toBe("done");
  });
});

describe("the task's own act and object reported done", () => {
  it("is the task done, whatever joins the list", () => {
    expect(wholeTaskDone("已完成管线迁改和场地平整，并进场施工", "8月底前完成管线迁改及场地平整").done).toBe(true);
  });

  it("not when the object is only part of the task's, nor when the report is a plan", () => {
    expect(wholeTaskDone("已完成管线迁改，场地平整待招标", "8月底前完成管线迁改及场地平整").done).toBe(false);
    expect(wholeTaskDone("管线迁改已完成", "8月底前完成管线迁改及场地平整").done).toBe(false);
    expect(wholeTaskDone("计划9月完成管线迁改和场地平整", "8月底前完成管线迁改及场地平整").done).toBe(false);
  });
});

describe("a place in a ranking", () => {
  it("compares the place reached with the places the target allows, in the same scope and subject", () => {
    expect(judge("营商环境评价稳定在全省前十", "今年我市营商环境评价居全省第6、全国第40", "2024-09-30").status).toBe("on-track");
    expect(judge("营商环境评价稳定在全省前十", "今年我市营商环境评价位列全省第12位", "2024-09-30").status).toBe("behind");
    expect(judge("县域经济综合实力保持全市第一", "县域经济综合实力居全市第1", "2024-09-30").status).toBe("on-track");
  });

  it("leaves another scope or another subject alone", () => {
    expect(judge("营商环境评价稳定在全省前十", "营商环境评价居全市第3", "2024-09-30").status).toBe("unknown");
    expect(judge("营商环境评价稳定在全省前十", "地区生产总值增速居全省第3", "2024-09-30").status).toBe("unknown");
  });
});

describe("the plan written bare, then only a step reported", () => {
  it("reads the figure as the plan restated, never as done", () => {
    expect(parseActuals("新建充电桩200个，目前已完成选址").actuals).toEqual([]);
    expect(judge("新建充电桩200个", "新建充电桩200个，目前已完成选址", "2024-10-31").status).not.toBe("done");
  });

  it("keeps a figure the next clause finishes, and a report", () => {
    expect(parseActuals("改造老旧小区12个，已全部完工").actuals.map((a) => a.value)).toEqual([12]);
    expect(parseActuals("已建成充电桩200个，其余点位已完成选址").actuals.map((a) => a.value)).toEqual([200]);
  });
});

describe("a total, then 其中已完成M", () => {
  it("judges the part when the verb comes before it", () => {
    expect(judge("新建学校21所", "新建学校21所，其中已完成9所", "2024-10-31").status).toBe("behind");
  });
});

describe("a count of the work's steps", () => {
  it("is not a count of the work done", () => {
    expect(judge("改造提升农贸市场8个", "8个农贸市场改造提升方案已编制完成", "2024-09-30").status).not.toBe("done");
    expect(judge("完成20个行政村污水治理", "完成20个行政村污水治理的设计，正在招标", "2024-09-30").status).not.toBe("done");
    expect(judge("新建幼儿园5所", "全年新建幼儿园5所，已完成设计招标", "2024-10-31").status).not.toBe("done");
  });

  it("still counts things at a step, and the work itself", () => {
    expect(parseActuals("27个项目仍在办理前期手续").actuals.map((a) => a.value)).toEqual([27]);
    expect(parseActuals("8个农贸市场已完成改造提升").actuals.map((a) => a.value)).toEqual([8]);
  });
});

describe("applications and steps of the work are not results", () => {
  it("does not answer a count of results with applications or a step done", () => {
    expect(judge("新增省级专精特新企业20家", "已推荐申报省级专精特新企业26家，待省里公布", "2024-09-30").status).not.toBe("done");
    expect(judge("发放创业担保贷款2亿元", "已受理创业担保贷款申请2.3亿元，正在审核", "2024-09-30").status).not.toBe("done");
    expect(judge("完成5个乡镇污水管网建设", "5个乡镇污水管网建设项目已全部完成招投标", "2024-09-30").status).not.toBe("done");
    expect(judge("新开工保障性住房1200套", "1200套保障性住房已完成土地挂牌", "2024-10-31").status).not.toBe("done");
    expect(judge("新开工保障性住房1200套", "新开工保障性住房1200套，已落实项目用地", "2024-10-31").status).not.toBe("done");
  });

  it("still answers a task that counts the applications or the step itself", () => {
    expect(judge("申报省级专精特新企业20家", "已推荐申报省级专精特新企业26家", "2024-09-30").status).toBe("done");
    expect(judge("发放创业担保贷款2亿元", "已发放创业担保贷款2.3亿元", "2024-09-30").status).toBe("done");
  });
});
