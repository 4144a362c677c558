import { wholeTaskDone } from "../../../src/core/judge";

describe("wholeTaskDone: 已完成 from wording only when the whole task is done", () => {
  it.each([
    "该项任务已全部完成。",
    "截至6月底，已完成年度目标任务。",
    "全年任务已完成",
    "已圆满完成第五次经济普查各项工作",
    "6处口袋公园已全部建成",
    "该事项已办结",
  ])("done: %s", (text) => expect(wholeTaskDone(text).done).toBe(true));

  it.each([
    // one step of several, or a step that waits on someone else (sample-yicheng tasks 9, 31, 49, 78)
    "密塔有机香料技改项目已完成试生产评审，等待批复中",
    "腾顺化工一期项目已完成验收，待专家组长签字可正式投产",
    "目前某投资发展有限公司已完成AA信用等级认证，不断优化国有企业布局",
    "峄三路已完工；丁桥中路已完成水泥混凝土施工",
    "单位清查和普查登记阶段工作已完成；全区共清查法人单位10087家",
    // a step finished in full is still a step
    "1#车间已全部完成验收",
    // plans, promises, negations and shares
    "确保10月底前全部完成",
    "力争年底全部完成",
    "预计9月底全面完成",
    "尚未全部完成",
    "已完成全年目标任务的60%",
    // done words next to work still going on
    "主体工程已全部完成，正在进行设备调试",
    "已全部完成，下一步将做好后续管护",
  ])("not done: %s", (text) => expect(wholeTaskDone(text).done).toBe(false));

  it("says which words stopped it", () => {
    expect(wholeTaskDone("已完成试生产评审，等待批复中").words).toBe("等待");
    // A plan's date is quoted whole: "计划1" alone read as a figure in the pane's reason.
    expect(wholeTaskDone("项目已完成立项、用地预审，计划10月开工").words).toBe("计划10月开工");
    expect(wholeTaskDone("已完成主体工程，计划11月底前完成验收，确保年底投用").words).toBe("计划11月底前完成验收");
  });
});

describe("wholeTaskDone: ahead of time, the task's own words, exceptions", () => {
  it("reads 已提前完成全年目标任务 as the whole task done", () => {
    expect(wholeTaskDone("34项为民办实事项目目前均已提前完成全年目标任务。").done).toBe(true);
  });
  it("reads 已完成<the task's own words>任务 as done only when the task names them", () => {
    expect(wholeTaskDone("9月28日已完成关闭退出任务。", "10月底之前完成腾云气体有限公司关闭退出。").done).toBe(true);
    expect(wholeTaskDone("9月28日已完成摸底排查任务。", "10月底之前完成腾云气体有限公司关闭退出。").done).toBe(false);
  });
  it("never reads done past an exception (除…外，其余…)", () => {
    expect(wholeTaskDone("除“小学生爱心暑托班”受疫情影响暂停外，其余项目均已提前完成年度目标任务。").done).toBe(false);
  });
});
