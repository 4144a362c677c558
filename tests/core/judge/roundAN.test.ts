/**
 * Round an (branch judge-an): rules made general from the train misses of set an of the corpus
 * (tests/fixtures/metrics/corpus/pairs-an.jsonl and friends: development zones, 营商环境 time limits, 城市建设 works).
 * Each rule is tried in other words than the corpus's, with the lookalikes that must stay as they are. Ceilings on time,
 * per-mu densities and area units are where a judge can go backwards: the direction is checked both ways.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict.status;
const GREEN = /^(?:done|on-track)$/;

describe("the base of a change is the old value, also when it is an average or the value before a reform", () => {
  const p = "到2024年底，政务服务事项由412项精简到236项，平均办理时间由平均9.8个工作日缩短到6.5个工作日";
  it("由平均N / 由改革前的N are not read as the value reached", () => {
    const names = parseActuals(p).actuals.map((a) => a.metric);
    expect(names.some((n) => /9\.8|412/.test(n))).toBe(false);
    expect(parseActuals("审批时限由改革前的120个工作日压缩到45个工作日").actuals.map((a) => a.value)).toEqual([45]);
  });

  it("a ceiling on time is met by the new value, and missed by it when lower is asked (direction both ways)", () => {
    expect(status("平均办理时间压缩至8个工作日以内", p, "2025-01-20", 2024)).toBe("done");
    expect(status("平均办理时间压缩至5个工作日以内", p, "2025-01-20", 2024)).toBe("overdue");
    expect(status("政务服务事项精简至250项以内", p, "2025-01-20", 2024)).toBe("done");
    expect(status("政务服务事项精简至200项以内", p, "2025-01-20", 2024)).not.toMatch(GREEN);
  });

  it("a plain rise from a base is read as before (由…提高到)", () => {
    expect(parseActuals("全县森林覆盖率由58.2%提高到60.1%").actuals.map((a) => a.value)).toEqual([60.1]);
  });
});

describe("land and floor area are one dimension (公顷, 亩, 平方米, 平方公里)", () => {
  it("公顷 answers 万平方米 and 亩 answers 平方米, each way round", () => {
    const p = "2024年全区新增公园绿地34.2公顷";
    expect(status("新增公园绿地30万平方米", p, "2025-01-20", 2024)).toBe("done");
    expect(status("新增公园绿地40万平方米", p, "2025-01-20", 2024)).toBe("overdue");
    const q = "全年供应工业用地26.8万平方米";
    expect(status("供应工业用地400亩", q, "2025-01-20", 2024)).toBe("done");
    expect(status("供应工业用地450亩", q, "2025-01-20", 2024)).toBe("overdue");
  });

  it("a per-mu density stays a density: never compared with an area or a plain amount", () => {
    expect(status("亩均税收达到20万元", "园区亩均税收18.5万元/亩", "2025-01-20", 2024)).not.toMatch(GREEN);
    expect(status("亩均税收达到15万元/亩", "园区亩均税收18.5万元/亩", "2025-01-20", 2024)).toBe("done");
    expect(status("亩均税收达到20万元/亩", "园区亩均税收18.5万元/亩", "2025-01-20", 2024)).toBe("overdue");
  });
});

describe("a target that names a part is answered by the part's figure, not the whole's", () => {
  const p = "1-6月全区规上工业增加值增长9.2%，分园区看，城北园区增长14.1%、临港园区增长1.3%、高新园区增长10.6%";
  it("the part's low growth is not hidden by the whole's", () => {
    expect(status("临港园区工业增加值增长6%", p, "2024-07-20", 2024)).toBe("behind");
    expect(status("城北园区工业增加值增长10%", p, "2024-07-20", 2024)).toBe("on-track");
  });

  it("the whole still answers the whole; a scope word is no part", () => {
    expect(status("规上工业增加值增长8%", p, "2024-07-20", 2024)).toBe("on-track");
    expect(status("全区规上工业增加值增长10%", p, "2024-07-20", 2024)).toBe("behind");
  });
});

describe("a share of another, larger restated target is not the task's share", () => {
  const p = "截至4月底，建成标准厂房1.2万平方米，占县下达5万平方米任务的24%";
  it("the amount against the task's own target decides", () => {
    expect(status("建设标准厂房2万平方米", p, "2024-05-10", 2024)).toBe("on-track");
  });

  it("a share that agrees with the amount stays, and a share above it is still refused (hunt 5)", () => {
    expect(status("建设标准厂房5万平方米", p, "2024-05-10", 2024)).toBe("behind");
    expect(status("建设标准厂房8万平方米", "截至4月底，建成标准厂房1.2万平方米，完成年度任务的40%", "2024-05-10", 2024)).toBe("behind");
  });
});

describe("a time limit or a list cut by a reform is done once the new limit stands", () => {
  it("压缩至/精简至 met in June is done", () => {
    const p = "经流程再造，工业项目审批全流程时间由80个工作日压缩到38个工作日，审批环节由9个精简为5个";
    expect(status("工业项目审批全流程时间压缩至40个工作日以内", p, "2024-06-20", 2024)).toBe("done");
    expect(status("审批环节精简至6个以内", p, "2024-06-20", 2024)).toBe("done");
    expect(status("工业项目审批全流程时间压缩至30个工作日以内", p, "2024-06-20", 2024)).not.toMatch(GREEN);
  });

  it("a kept ceiling and a falling rate stay on-track until the year ends", () => {
    expect(status("PM2.5平均浓度下降到35微克/立方米以下", "1-5月PM2.5平均浓度为31微克/立方米", "2024-06-20", 2024)).not.toBe("done");
    expect(status("单位工业增加值能耗控制在0.6吨标准煤以内", "上半年单位工业增加值能耗0.52吨标准煤", "2024-07-20", 2024)).not.toBe("done");
  });
});

describe("an earlier act is read from the figure's own list member", () => {
  it("完成投资N亿元、开复工项目M个: the 开复工 of the next member is not the investment's act", () => {
    const p = "全年市政基础设施项目完成投资86亿元、开复工项目212个，分别为年计划的107%和103%";
    expect(status("市政基础设施项目完成投资80亿元", p, "2025-01-20", 2024)).toBe("done");
    expect(status("开复工市政基础设施项目200个", p, "2025-01-20", 2024)).toBe("done");
  });

  it("a figure whose own act is an earlier one still does not answer the later act", () => {
    expect(status("竣工市政项目30个", "全年开工市政项目35个", "2025-01-20", 2024)).not.toMatch(GREEN);
  });
});
