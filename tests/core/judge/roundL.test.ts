/**
 * General rules of round l of the judging corpus (issue 12), each tested on phrasings of our own (not corpus rows:
 * other metrics, other numbers, another order), with the case where the rule must not fire:
 * - 个 never counts people: "安置点6个" is no report on a target of 人;
 * - "达到年计划102.2%" (a share of the year's plan after 达到, 的 left out) is a completion ratio;
 * - a date of report before the stage ("…22件，截至9月14日办结6件") reads the part of the whole as 已 does;
 * - a task whose only number is its year ("2020年…全部完成"), or that ends with 全部完成, still asks for a stage;
 * - a short note in brackets between a name and its figure ("…园区（基地）20个") glosses the name, it is not the name;
 * - a count target that itself asks for work under way ("推进…项目900个") is answered by a count under way;
 * - a target that is a rate of closing (办结率达到90%) is answered by the text's one bare rate of that family;
 * - a task only to draw up a document (制定…方案) is done when the same act is reported on a title holding its name.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { readBreakdowns, taskStage } from "../../../src/core/judge/breakdowns";
import { wholeTaskDone } from "../../../src/core/judge/wholeTaskDone";
import { parseActuals, parseTargets } from "../../../src/core/metrics";
import { compatibleUnits } from "../../../src/core/metrics/units";

const judge = (task: string, progress: string, asOf: string) => judgeTask({ targetText: task, progress: { text: progress }, asOf }).verdict;

describe("个 is generic for things, never for people", () => {
  it("keeps 个 for other counting words and refuses it for 人 and 人次", () => {
    expect(compatibleUnits("个", "所")).toBe(true);
    expect(compatibleUnits("家", "个")).toBe(true);
    expect(compatibleUnits("个", "人")).toBe(false);
    expect(compatibleUnits("人次", "个")).toBe(false);
  });

  it("does not judge a target of people on a count of places", () => {
    // Without the rule: 12 sites against 3000 people, 进展滞后 on a figure that is not the metric's.
    expect(judge("转移就业农村劳动力3000人", "建成就业帮扶车间12个", "2024-12-31").status).not.toBe("behind");
    expect(judge("培训新型职业农民800人次", "举办职业农民培训班20个", "2024-09-30").status).not.toBe("behind");
  });

  it("still judges people on people, and things on 个", () => {
    expect(judge("转移就业农村劳动力3000人", "转移就业农村劳动力1200人", "2024-12-31").status).toBe("behind");
    expect(judge("新建村级养老服务站20所", "新建村级养老服务站8个", "2024-12-31").status).toBe("behind");
  });
});

describe("a share of the year's plan after 达到", () => {
  it("reads 达到年计划N% as a completion ratio, whatever the amount and the plan word", () => {
    const a = parseActuals("27个市重点项目完成投资65亿元，达到年计划98.5%").actuals;
    expect(a).toEqual([expect.objectContaining({ value: 65, explicitRatio: 0.985 })]);
    expect(parseActuals("交通项目完成投资12亿元，达全年计划的60%").actuals[0].explicitRatio).toBe(0.6);
    expect(parseActuals("完成投资8.2亿元，达到年度目标110%").actuals[0].explicitRatio).toBe(1.1);
  });

  it("judges a task to complete the year's plan of investment on it", () => {
    expect(judge("27个市重点项目完成年度投资计划", "27个市重点项目完成投资65亿元，达到年计划98.5%", "2024-12-31").status).toBe("behind");
    expect(judge("46个在建项目完成年度投资计划", "46个在建项目完成投资92亿元，达到年计划105%", "2024-12-31").status).toBe("done");
  });

  it("leaves a rate that reaches a bare target alone (no word of the year)", () => {
    const a = parseActuals("城镇化率达到目标60%").actuals;
    expect(a.some((x) => x.explicitRatio !== undefined)).toBe(false);
  });
});

describe("a date of report before the stage counts as 已", () => {
  it("reads the whole and the part across 截至…", () => {
    expect(readBreakdowns("交办事项35件，截至10月20日办结21件")).toContainEqual(expect.objectContaining({ total: 35, part: 21, stage: "finish" }));
    expect(readBreakdowns("改造项目18个，截止8月底完工11个")).toContainEqual(expect.objectContaining({ total: 18, part: 11, stage: "finish" }));
    expect(readBreakdowns("重点项目40个，截至目前开工30个")).toContainEqual(expect.objectContaining({ total: 40, part: 30, stage: "start" }));
  });

  it("judges the share against 序时进度", () => {
    expect(judge("交办的35件事项年底前全部办结", "交办事项35件，截至10月20日办结21件", "2024-10-20").status).toBe("behind");
    expect(judge("交办的35件事项年底前全部办结", "交办事项35件，截至10月20日办结33件", "2024-10-20").status).toBe("on-track");
  });

  it("does not read a date that is the total's own (截至…) as the report of a part", () => {
    expect(readBreakdowns("交办事项35件，截至10月20日，另有12件待交办")).toEqual([]);
  });
});

describe("a task with no figure but its year, or ending with 全部完成", () => {
  it("asks for the finish", () => {
    expect(taskStage("县政府确定的重点任务全部完成")).toBe("finish");
    expect(taskStage("2023年民生实事项目全面完成")).toBe("finish");
    expect(taskStage("确保完成年度投资")).toBeNull();
  });

  it("judges the part of the report's own whole at year end", () => {
    expect(judge("2021年县长办公会议交办事项全部完成", "交办事项共214项，截至目前已完成199项，正在办理15项", "2021-12-31").status).toBe("behind");
    expect(judge("2021年县长办公会议交办事项全部完成", "交办事项共214项，截至目前已完成214项", "2021-12-31").status).toBe("done");
  });
});

describe("a note in brackets between a name and its figure", () => {
  it("keeps the name before the note", () => {
    const names = (t: string) => parseTargets(t).targets.map((x) => [x.metric, x.value]);
    expect(names("新建村级综合服务站（点）30个")).toEqual([["村级综合服务站", 30]]);
    expect(names("新增规上工业企业（含转规）25家")).toEqual([["规上工业企业", 25]]);
    expect(names("建设农家书屋（阅览室）15个")[0][0]).toContain("农家书屋");
  });

  it("judges the figure against the same name in the report", () => {
    expect(judge("新建村级综合服务站（点）30个", "全市新建村级综合服务站（点）12个", "2024-06-30").status).toBe("behind");
    expect(judge("新增规上工业企业（含转规）25家", "新增规上工业企业26家", "2024-12-31").status).toBe("done");
  });

  it("leaves a unit in brackets and a bracket with a figure inside alone", () => {
    expect(parseActuals("生产总值比全国（5.0%）高0.8个百分点").actuals.some((x) => x.value === 5)).toBe(false);
    expect(parseTargets("全年完成投资（亿元）12").targets.some((x) => x.metric === "完成投资")).toBe(false);
  });
});

describe("a count target that asks for work under way", () => {
  it("is answered by a count under way", () => {
    expect(judge("推进亿元以上项目120个", "推进亿元以上项目131个", "2024-12-31").status).toBe("done");
    expect(judge("推进老旧小区改造40个", "推进老旧小区改造12个", "2024-06-30").status).toBe("behind");
  });

  it("still refuses work under way for a target to build, finish or start", () => {
    expect(judge("年内建成亿元以上项目60个", "推进亿元以上项目131个", "2024-12-31").status).not.toBe("done");
    expect(judge("新开工亿元以上项目30个", "正在推进亿元以上项目45个", "2024-12-31").status).not.toBe("done");
  });
});

describe("a target that is a rate of closing", () => {
  it("is answered by the text's bare rate of that family, as a rate", () => {
    expect(judge("政务督办件办结率达到95%以上", "督办件240件，已办结233件，办结率97.1%", "2024-12-31").status).toBe("done");
    expect(judge("建议提案办理落实率达到90%", "建议提案126件，已办理109件，完成率86.5%", "2024-12-31").status).toBe("behind");
  });

  it("answers nothing with a rate named for something else, or with two rates", () => {
    expect(judge("政务督办件办结率达到95%以上", "重点项目投资完成率97%", "2024-12-31").status).not.toBe("done");
    expect(judge("政务督办件办结率达到95%以上", "市级督办件完成率97%，县级督办件完成率82%", "2024-12-31").status).not.toBe("done");
  });
});

describe("a task only to draw up a document", () => {
  it("is done when the same act is reported on a title holding the document's name", () => {
    expect(wholeTaskDone("已出台《关于加快城市更新的实施办法》并发至各区执行", "出台加快城市更新实施办法").done).toBe(true);
    expect(wholeTaskDone("市政府已印发《促进民营经济发展若干措施清单》", "印发促进民营经济发展若干措施清单").done).toBe(true);
    expect(judge("制定老旧小区改造三年行动方案", "已制定《老旧小区改造三年行动方案》", "2024-09-30").status).toBe("done");
  });

  it("is not done for a draft, another document, another act, or a task that also asks to carry it out", () => {
    expect(wholeTaskDone("已制定《城市更新实施办法（征求意见稿）》", "出台城市更新实施办法").done).toBe(false);
    expect(wholeTaskDone("已出台《老旧小区改造实施办法》", "出台城市更新实施办法").done).toBe(false);
    expect(wholeTaskDone("已起草《城市更新实施办法》", "出台城市更新实施办法").done).toBe(false);
    expect(wholeTaskDone("已制定《城市更新方案》", "制定并实施城市更新方案").done).toBe(false);
  });
});
