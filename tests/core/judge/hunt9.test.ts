/**
 * Hunt 9 (judge-hunt9): the lead's named remains, probed in pairs of our own phrasing, each family with lookalikes.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { isGreen, verdict } from "./hunt";

const first = (target: string, text: string, asOf = "2025-09-30") => judgeTask({ targetText: target, progress: { text }, asOf }).judgements[0];

describe("work finished but its acceptance still to come is not 已完成", () => {
  it.each([
    ["完成5个村人居环境整治", "已完成5个村，正在验收"],
    ["完成5个村人居环境整治", "已完成5个村人居环境整治。目前正在组织验收"],
    ["完成5个村人居环境整治", "已完成5个村人居环境整治，待验收"],
    ["建成污水处理站3座", "3座污水处理站已完工，正在组织验收"],
    ["改造老旧小区12个", "12个老旧小区改造已全部完工，等待竣工验收"],
    ["新建农村公路30公里", "新建农村公路30公里，已申请交工验收"],
  ])("%s | %s is on schedule before the deadline, not done", (target, text) => {
    const j = first(target, text);
    expect(j.status).toBe("on-track");
    expect(j.reason).toContain("验收");
    expect(verdict(target, text, "2025-09-30").status).toBe("on-track");
  });

  it("at the deadline it is not done either", () => {
    expect(verdict("完成5个村人居环境整治", "已完成5个村，正在验收", "2025-12-31").status).not.toBe("done");
  });

  it.each([
    ["完成城南污水厂建设", "已完工，正在组织验收"],
    ["完成城南污水厂建设", "主体完工，待验收"],
    ["完成全区学校食堂改造", "已全部完成改造，待验收"],
  ])("the whole task %s | %s is not done at the year's end", (target, text) => {
    expect(verdict(target, text, "2025-12-31").status).not.toBe("done");
  });

  it.each([
    // Accepted: done.
    ["完成5个村人居环境整治", "已完成5个村，均已通过验收"],
    ["建成污水处理站3座", "3座污水处理站已建成，验收合格"],
    ["完成5个村人居环境整治", "已完成5个村人居环境整治并通过验收"],
    // An inspection from above of a finished task is not the task's own acceptance.
    ["完成5个村人居环境整治", "已完成5个村，正准备迎接省级检查验收"],
    // Acceptance of another thing, in a sentence of its own after another figure.
    ["完成5个村人居环境整治", "已完成5个村；新建公厕3座，正在验收"],
  ])("%s | %s stays done", (target, text) => {
    expect(verdict(target, text, "2025-09-30").status).toBe("done");
  });

  it("a short figure with acceptance pending still lags", () => {
    expect(verdict("完成10个村人居环境整治", "已完成3个村，正在验收", "2025-09-30").status).toBe("behind");
  });
});

describe("户 and 家 count the same market entities and firms, never households for firms", () => {
  it.each([
    ["新增市场主体2800家", "新增市场主体3000户", "done"],
    ["新增市场主体3000户", "新增市场主体2800家", "on-track"],
    ["新增市场主体5000户", "新增市场主体1200家", "behind"],
    ["新增规上工业企业20家", "新增规上工业企业22户", "done"],
    ["新增个体工商户2000户", "新增个体工商户1600个", "on-track"],
  ])("%s | %s is %s at 30 September", (target, text, status) => {
    expect(verdict(target, text, "2025-09-30").status).toBe(status);
  });

  it.each([
    // Households are not firms, whatever the counting word.
    ["新增市场主体3000家", "带动农户3200户"],
    ["引进企业30家", "企业带动农户增收3200户"],
    ["帮扶企业50家", "帮扶困难职工60户"],
    ["培育农业企业30家", "培育脱贫户3200户"],
    // A wider group in 户 than the target's firms.
    ["新增规上工业企业50家", "新增企业3000户"],
    // Households counted by 个 or 家.
    ["完成棚户区改造3000户", "完成棚户区改造3200家"],
    ["新增宽带用户3000户", "新增宽带用户3200个"],
    ["搬迁安置500户", "搬迁安置520个"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text, "2025-09-30")).toBe(false);
  });
});

describe("争取 said of a figure in a report of funds to be won is the amount won; a plan or an effort under way is not", () => {
  it.each([
    ["争取上级资金4亿元", "争取上级资金4.2亿元", "done"],
    ["争取上级资金4亿元", "今年以来共争取上级资金4.2亿元", "done"],
    ["争取上级资金4亿元", "1-9月争取上级资金2.1亿元", "behind"],
    ["争取中央和省级资金3亿元", "争取中央和省级资金3.3亿元，创历史新高", "done"],
    // The task's own amount with a word of a result before it.
    ["争取上级资金4亿元", "截至9月底，争取上级资金4亿元", "done"],
  ])("%s | %s is %s at 30 September", (target, text, status) => {
    expect(verdict(target, text, "2025-09-30").status).toBe(status);
  });

  it.each([
    ["争取上级资金4亿元", "力争争取上级资金4.2亿元"],
    ["争取上级资金4亿元", "计划争取上级资金4.2亿元"],
    ["争取上级资金4亿元", "正在争取上级资金4.2亿元"],
    ["争取上级资金4亿元", "积极争取上级资金4.2亿元"],
    ["争取上级资金4亿元", "全年争取上级资金4.2亿元"],
    ["争取上级资金4亿元", "争取上级资金4.2亿元以上"],
    ["争取上级资金4亿元", "下半年争取上级资金4.2亿元"],
    // The target restated: its own amount and nothing of a result, or a later figure of what arrived.
    ["争取上级资金4亿元", "争取上级资金4亿元"],
    ["争取上级资金4亿元", "争取上级资金4.5亿元，目前已到位2.1亿元"],
    // Steps before the funds are won, in the figure's sentence.
    ["争取上级资金4亿元", "申报争取上级资金4.2亿元"],
    ["争取上级资金4亿元", "争取上级资金4.2亿元，正在审批"],
    ["争取上级资金4亿元", "已谋划争取上级资金项目30个，争取资金4.2亿元"],
    ["争取上级资金4亿元", "积极对接省级部门，争取上级资金4.2亿元"],
    ["争取上级资金4亿元", "争取上级资金4.2亿元（含预计）"],
    // Not a task of funds won: 争取 stays a hope.
    ["上级资金到位4亿元", "争取上级资金4.2亿元"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text, "2025-09-30")).toBe(false);
  });
});

describe("a completion rate of the target's own act on the same noun is the share of the year's task", () => {
  it.each([
    // 安置房 is a noun, not the act 安置 before 房.
    ["新建安置房2000套", "安置房建设完成率80%", "on-track"],
    ["新建安置房2000套", "安置房建设完成率50%", "behind"],
    ["新建回迁房1200套", "回迁房建设任务完成率85%", "on-track"],
  ])("%s | %s is %s at 30 September", (target, text, status) => {
    expect(verdict(target, text, "2025-09-30").status).toBe(status);
  });

  it("names the target 安置房, not 房", () => {
    expect(first("新建安置房2000套", "安置房建设完成率80%").reason).toContain("「安置房」");
  });

  it.each([
    // Money or another act between the noun and the rate: that share, not the things counted.
    ["新建安置房2000套", "安置房建设投资完成率100%"],
    ["新建学校3所", "学校建设投资完成率100%"],
    ["改造老旧小区30个", "老旧小区改造投资完成率100%"],
    ["新建保障房2000套", "保障房分配完成率100%"],
    ["新建安置房2000套", "安置房征收完成率100%"],
    ["新建安置房2000套", "安置房签约率100%"],
    ["新建安置房2000套", "安置房入住率100%"],
    // 安置 of people is an act: 安置群众 is not answered by the housing.
    ["安置群众2000人", "安置房建设完成率100%"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text, "2025-09-30")).toBe(false);
  });
});

describe("planting in the season the task names is not behind a straight-line 序时 before the season ends", () => {
  it("秋冬季完成造林1万亩 with 2000亩 at 30 June: 无法研判, and the reason does not say it lags", () => {
    const j = first("秋冬季完成造林1万亩", "完成造林2000亩", "2025-06-30");
    expect(j.status).toBe("unknown");
    expect(j.reason).toContain("秋冬季");
    expect(j.reason).toContain("实际2000亩");
    expect(j.reason).not.toMatch(/滞后|落后|序时进度\d/);
    expect(j.reason).not.toContain("大气污染防治");
  });

  it.each([
    ["秋冬季完成造林1万亩", "完成造林2000亩", "2025-12-31"],
    ["春季完成植树造林5000亩", "完成植树造林1000亩", "2025-06-30"],
  ])("%s | %s at %s: past the season it lags as any target", (target, text, asOf) => {
    expect(["behind", "overdue"]).toContain(verdict(target, text, asOf).status);
  });

  it.each([
    // No season named; other work named with a season.
    ["完成造林1万亩", "完成造林2000亩"],
    ["秋冬季完成散煤替代1万户", "完成散煤替代2000户"],
  ])("%s | %s at 30 June stays behind", (target, text) => {
    expect(verdict(target, text, "2025-06-30").status).toBe("behind");
  });

  it("is never green on a share below 序时", () => {
    expect(isGreen("秋冬季完成造林1万亩", "完成造林2000亩", "2025-06-30")).toBe(false);
  });
});

describe("形象进度100% is the works' physical progress, not the works finished and accepted", () => {
  it("安置房建设形象进度100% is on schedule before the deadline, not done", () => {
    const j = first("新建安置房2000套", "安置房建设形象进度100%");
    expect(j.status).toBe("on-track");
    expect(j.reason).toContain("形象进度");
  });

  it("at the deadline it is not done either", () => {
    expect(verdict("新建安置房2000套", "安置房建设形象进度100%", "2025-12-31").status).not.toBe("done");
  });

  it.each([
    ["新建安置房2000套", "安置房建设完成率100%"],
    ["新建安置房2000套", "新建安置房2000套，已全部竣工验收"],
  ])("%s | %s stays done", (target, text) => {
    expect(verdict(target, text, "2025-09-30").status).toBe("done");
  });
});
