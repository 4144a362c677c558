/**
 * Hunt 10 (judge-hunt10): the lead's named remains, probed in pairs of our own phrasing, each family with lookalikes.
 */
import { parseActuals } from "../../../src/core/metrics/parseActuals";
import { isGreen, verdict } from "./hunt";

describe("a task that is one act on one thing, reported done of that thing, is done", () => {
  it.each([
    ["出台促进民营经济发展若干措施", "《若干措施》已于6月印发实施"],
    ["出台支持中小企业纾困若干政策", "该政策已正式出台"],
    ["印发城市更新三年行动方案", "《城市更新三年行动方案》已印发"],
    ["建设智慧停车平台", "平台已建成上线运行"],
    ["建设区级政务数据共享平台", "区级政务数据共享平台已上线运行"],
    ["启动地铁2号线建设", "地铁2号线已于5月正式开工"],
    ["启动城北污水处理厂建设", "截至目前，城北污水处理厂已开工建设"],
  ])("%s | %s", (target, text) => {
    expect(verdict(target, text, "2024-09-30").status).toBe("done");
  });

  it.each([
    // Another document, a draft, a part, a step, a plan.
    ["出台促进民营经济发展若干措施", "实施方案已印发，配套细则正在制定"],
    ["出台促进民营经济发展若干措施", "实施方案已印发"],
    ["出台促进民营经济发展若干措施", "《若干措施》已起草完成，正在征求意见"],
    ["出台促进民营经济发展若干措施", "若干措施征求意见稿已印发"],
    ["出台促进民营经济发展若干措施", "部分措施已出台"],
    ["出台促进民营经济发展若干措施", "配套措施已出台"],
    ["建设智慧停车平台", "平台一期已上线试运行"],
    ["建设智慧停车平台", "平台已上线试运行"],
    ["建设智慧停车平台", "政务服务平台已上线运行"],
    ["建设智慧停车平台", "智慧停车平台设计方案已上线"],
    ["启动地铁2号线建设", "已完成前期工作，计划年底开工"],
    ["启动地铁2号线建设", "地铁2号线试验段已开工"],
    ["启动地铁2号线建设", "地铁2号线前期工程已开工"],
    ["启动地铁2号线建设", "地铁2号线尚未开工"],
    // A task of several things: one of them is not all.
    ["启动3个安置小区建设", "城东安置小区已开工"],
    ["建设智慧停车平台和城市运行管理平台", "智慧停车平台已上线运行"],
  ])("%s | %s stays not green", (target, text) => {
    expect(isGreen(target, text, "2024-09-30")).toBe(false);
  });
});

describe("a count named shorter in the report, a qualifier in its middle left out, is the same count", () => {
  it.each([
    ["完成5个村人居环境整治", "5个村整治已完成", "done"],
    ["完成5个村人居环境整治", "已完成5个村整治", "done"],
    ["完成10个村人居环境整治", "已完成4个村整治", "behind"],
  ])("%s | %s → %s", (target, text, status) => {
    expect(verdict(target, text, "2024-09-30").status).toBe(status);
  });

  it.each([
    ["完成5个村人居环境整治", "5个村整治方案已完成"],
    ["完成5个村人居环境整治", "已完成5个村道路整治"],
    ["完成5个村人居环境整治", "已完成5个村整治规划"],
    ["完成5个村人居环境整治", "已完成5个村整治验收"],
  ])("%s | %s stays not green", (target, text) => {
    expect(isGreen(target, text, "2024-09-30")).toBe(false);
  });
});

describe("an amount applied for and waiting on approval is not a lag before the deadline", () => {
  it("争取…，正在审批 late in the year is 无法研判", () => {
    const v = verdict("争取上级资金5亿元", "争取上级资金4.2亿元，正在审批", "2024-09-30");
    expect(v.status).toBe("unknown");
    expect(v.reason).toContain("审批");
  });
  it.each([
    // Past the deadline, still not obtained: late.
    ["2024年争取上级资金5亿元", "争取上级资金4.2亿元，正在审批", "2025-01-15", "overdue"],
    // A task of one's own work with only approval done still lags.
    ["新建污水管网20公里", "项目已完成审批", "2024-09-30", "behind"],
  ])("%s | %s at %s → %s", (target, text, asOf, status) => {
    expect(verdict(target, text, asOf).status).toBe(status);
  });
});

describe("finished and accepted, for a task that is one thing, is done", () => {
  it.each([
    ["完成城南污水厂建设", "已完工并通过验收"],
    ["完成全区学校食堂改造", "已完工并通过竣工验收"],
    ["完成城南污水厂建设", "已建成，并已通过验收。"],
  ])("%s | %s", (target, text) => {
    expect(verdict(target, text, "2024-09-30").status).toBe("done");
  });

  it.each([
    ["完成5个村人居环境整治", "已完工并通过验收"],
    ["完成城南污水厂建设", "一期已完工并通过验收"],
    ["完成城南污水厂建设", "部分已完工并通过验收"],
    ["完成城南污水厂建设", "已完工，正在组织验收"],
    ["完成城南污水厂建设", "已完工，待验收"],
    ["完成城南污水厂建设", "已完工，尚未通过验收"],
    ["完成城南污水厂和管网建设", "已完工并通过验收"],
  ])("%s | %s stays not green", (target, text) => {
    expect(isGreen(target, text, "2024-09-30")).toBe(false);
  });
});

describe("a catalogue's own size in a report is not a count done", () => {
  const figures = (text: string) => parseActuals(text).actuals.map((a) => `${a.value}${a.unit}`);
  it.each([
    ["项目共62个，包括交通项目12个、产业项目20个", "62个"],
    ["清单共计30项，包含民生类12项", "30项"],
    ["任务共有12项：分别为…", "12项"],
  ])("%s gives no actual %s", (text, figure) => {
    expect(figures(text)).not.toContain(figure);
  });
  it.each([
    // A count of what was done or started, with a breakdown after it.
    ["新开工重点项目共62个，包括交通项目12个", "62个"],
    ["已完成项目共62个，包括交通项目12个", "62个"],
    ["今年以来共62个项目开工，包括交通项目12个", "62个"],
  ])("%s keeps %s", (text, figure) => {
    expect(figures(text)).toContain(figure);
  });
  it("the catalogue restated is never green", () => {
    expect(isGreen("实施重点项目62个", "项目共62个，包括交通项目12个、产业项目20个")).toBe(false);
    expect(isGreen("实施重点项目62个", "重点项目共62个，包括交通项目12个，已开工45个")).toBe(false);
  });
});

describe("a running total of this year's counted acts is this year's count, not a standing level", () => {
  const kinds = (text: string) => parseActuals(text).actuals.map((a) => `${a.value}${a.unit}:${a.kind}`);
  it.each([
    ["今年累计接待客商30余批次，新签约项目9个", "30批次:count"],
    ["1-9月累计开展联合执法检查30余批次", "30批次:count"],
    ["今年累计举办招聘会15场", "15场:count"],
  ])("%s → %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
  it.each([
    // Since the works or the office began, or a standing total after the tally.
    ["累计开展联合执法检查30余批次", "30批次:level"],
    ["今年累计入住老人72人", "72人:level"],
  ])("%s stays %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});
