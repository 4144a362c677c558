/**
 * Lead's probes, session 20: a figure that counts a preparatory step is named so in the reason, whatever the status.
 */
import { verdict } from "./hunt";

describe("a count of things at a preparatory step is not named the actual", () => {
  it.each([
    ["新增上市企业2家", "1家企业已报会", "2024-09-30"],
    ["新增上市企业3家", "2家企业已完成股改", "2024-11-30"],
    ["新增上市企业2家", "1家企业已报会", "2025-01-30"],
  ])("%s | %s (%s)", (target, progress, asOf) => {
    const v = verdict(target, progress, asOf);
    expect(v.status === "done" || v.status === "on-track").toBe(false);
    expect(v.reason).toContain("是完成前期工作的个数");
    expect(v.reason).not.toMatch(/实际\d|是目标数/);
    if (asOf === "2024-09-30") expect(v.rag).toBe(verdict(target, progress.replace("已报会", "已上市"), asOf).rag);
  });

  it("a figure equal to the target's, at a step, is still the target restated", () => {
    expect(verdict("新增上市企业2家", "2家企业已报会", "2024-09-30").reason).toContain("是目标数");
  });

  it("a count of the work itself keeps its figure", () => {
    expect(verdict("新增上市企业2家", "已有1家企业上市", "2024-09-30").reason).toContain("实际1家");
  });
});

describe("a parallel subject takes the measure of the name before (lead, session 20)", () => {
  const rural = "农村居民人均可支配收入增长7%";
  it("城镇居民人均可支配收入…；农村居民18000元，增长7.4% answers 农村居民人均可支配收入", () => {
    expect(verdict(rural, "前三季度城镇居民人均可支配收入32000元，增长6.2%；农村居民18000元，增长7.4%").status).toBe("on-track");
    expect(verdict(rural, "前三季度城镇居民人均可支配收入32000元，增长6.2%；农村居民18000元，增长5.4%").status).toBe("behind");
  });
  it("the town's figure never answers the countryside's", () => {
    expect(verdict(rural, "前三季度城镇居民人均可支配收入32000元，增长7.4%").status === "on-track").toBe(false);
  });
  it("第二产业增长… after 第一产业投资… is 第二产业投资, and neither is 工业投资", () => {
    expect(verdict("第二产业增加值增长8%", "前三季度地区生产总值增长7.4%，其中第一产业增加值增长7.2%，第二产业增长9.5%").status).toBe("on-track");
    expect(verdict("工业投资增长10%", "第一产业投资下降18.3%，第二产业增长12%").status).toBe("unknown");
  });
});

describe("sectors of the economy (lead, session 20)", () => {
  it.each([
    ["服务业增加值增长7%", "第三产业增加值增长7.5%"],
    ["第一产业增加值增长3%", "农林牧渔业增加值增长3.5%"],
    ["三产增加值增长7%", "服务业增加值增长7.5%"],
  ])("%s is answered by %s (the same sector)", (target, progress) => {
    expect(verdict(target, progress).status).toBe("on-track");
  });
  it.each([
    ["第三产业增加值增长7%", "生产性服务业增加值增长9%"],
    ["服务业增加值增长7%", "现代服务业增加值增长9%"],
    ["工业投资增长10%", "第一产业投资增长12%"],
    ["工业投资增长10%", "第二产业投资增长12%"],
    ["第一产业增加值增长3%", "农业增加值增长3.5%"],
  ])("%s is not answered by %s (another sector, or a part of one)", (target, progress) => {
    const status = verdict(target, progress).status;
    expect(status === "on-track" || status === "done").toBe(false);
  });
});

describe("done words of issuing a document and of works in operation (lead, session 20)", () => {
  it.each([
    ["出台优化营商环境实施方案", "已印发《优化营商环境实施方案》"],
    ["制定优化营商环境实施方案", "已正式印发《关于优化营商环境的实施方案》"],
    ["建成智慧城市运营中心", "智慧城市运营中心已建成并投入运行"],
    ["建成智慧城市运营中心", "智慧城市运营中心已建成运行"],
  ])("%s ⟵ %s is done", (task, progress) => {
    expect(verdict(task, progress).status).toBe("done");
  });
  it.each([
    ["出台优化营商环境实施方案", "已印发《优化营商环境实施方案（征求意见稿）》"],
    ["出台优化营商环境实施方案", "已制定《优化营商环境实施方案》"],
    ["出台优化营商环境实施方案", "计划近期印发《优化营商环境实施方案》"],
    ["建成智慧城市运营中心", "智慧城市运营中心一期已建成运行"],
    ["建成智慧城市运营中心", "智慧城市运营中心已建成试运行"],
  ])("%s ⟵ %s is not done", (task, progress) => {
    expect(verdict(task, progress).status).not.toBe("done");
  });
});

describe("a cutting verb before its noun sets a ceiling (lead, session 20)", () => {
  const task = "压缩企业开办时间至1个工作日";
  it("is never done by a longer time", () => {
    expect(verdict(task, "企业开办时间为3个工作日").status).toBe("behind");
    expect(verdict("缩短工程建设项目审批时间至60个工作日", "工程建设项目审批时间为75个工作日").status).toBe("behind");
  });
  it("is met by a shorter one", () => {
    expect(verdict(task, "企业开办时间已压缩至0.5个工作日").status).toBe("on-track");
    expect(verdict(task, "已压缩企业开办时间至0.8个工作日").status).toBe("on-track");
  });
});

describe("a year's total under a cap is judged at its pace (lead, session 20)", () => {
  it.each([
    ["农业用水量控制在1.2亿立方米以内", "1-9月农业用水量1.1亿立方米"],
    ["能源消费总量控制在500万吨标准煤以内", "1-9月能源消费总量420万吨标准煤"],
    ["生产安全事故死亡人数控制在10人以内", "上半年生产安全事故死亡人数6人"],
  ])("%s ⟵ %s is behind, with the year's projection", (target, progress) => {
    const v = verdict(target, progress);
    expect(v.status).toBe("behind");
    expect(v.reason).toMatch(/进度测算全年约|进展滞后/);
  });
  it.each([
    ["农业用水量控制在1.2亿立方米以内", "1-9月农业用水量0.8亿立方米"],
    // Not a total: a concentration stands as it is.
    ["PM2.5浓度控制在35微克/立方米以下", "1-9月PM2.5平均浓度34微克/立方米"],
  ])("%s ⟵ %s stays on schedule", (target, progress) => {
    expect(verdict(target, progress).status).toBe("on-track");
  });
});

describe("two counts of different things never answer each other (lead, session 20)", () => {
  it("事故起数 is not 死亡人数", () => {
    expect(verdict("安全生产事故死亡人数下降10%", "1-9月生产安全事故起数同比下降15%").status === "on-track").toBe(false);
    expect(verdict("安全生产事故死亡人数下降10%", "1-9月生产安全事故死亡人数同比下降15%").status).toBe("on-track");
  });
});

describe("money set aside and a preliminary review are not the work done (lead, session 20)", () => {
  it.each([
    ["发放消费券500万元", "已安排消费券500万元"],
    ["拨付补助资金300万元", "上级下达补助资金300万元"],
    ["新增高新技术企业20家", "20家企业通过高新技术企业认定初审"],
  ])("%s ⟵ %s is not green", (target, progress) => {
    const status = verdict(target, progress).status;
    expect(status === "done" || status === "on-track").toBe(false);
  });
  it.each([
    ["发放消费券500万元", "已发放消费券500万元，核销率80%", "done"],
    ["安排专项资金2000万元", "已安排专项资金2000万元", "done"],
    ["拨付补助资金300万元", "上级下达补助资金300万元，已拨付260万元", "on-track"],
  ])("%s ⟵ %s is %s", (target, progress, status) => {
    expect(verdict(target, progress).status).toBe(status);
  });
});

describe("attending is not hosting; vacancies offered are not jobs created (lead, session 20)", () => {
  it.each([
    ["新增就业岗位2000个", "提供就业岗位2500个"],
    ["举办招商活动20场", "参加招商活动25场"],
  ])("%s ⟵ %s is not green", (target, progress) => {
    const status = verdict(target, progress).status;
    expect(status === "done" || status === "on-track").toBe(false);
  });
  it.each([
    ["新增就业岗位2000个", "新增就业岗位2300个"],
    ["举办招商活动20场", "举办招商活动22场，参加外地活动5场"],
    ["组织企业参加展会10场", "组织企业参加展会12场"],
  ])("%s ⟵ %s is done", (target, progress) => {
    expect(verdict(target, progress).status).toBe("done");
  });
});

describe("homes raised are not homes started; 棚改 is 棚户区改造 (lead, session 20)", () => {
  it("筹集 does not answer 新开工", () => {
    expect(verdict("新开工保障性租赁住房800套", "保障性租赁住房已筹集800套").status).not.toBe("done");
    expect(verdict("新开工保障性租赁住房800套", "保障性租赁住房新开工820套").status).toBe("done");
    expect(verdict("筹集保障性租赁住房800套", "已筹集保障性租赁住房820套").status).toBe("done");
  });
  it("棚改 names 棚户区改造", () => {
    expect(verdict("完成棚户区改造1000套", "棚改签约1000套").status).toBe("unknown");
  });
});

describe("a figure noted to hold work of another kind is not all new (lead, session 20)", () => {
  it("含补植补造 does not make 新增造林 done", () => {
    expect(verdict("新增造林面积1万亩", "完成造林任务1万亩（含补植补造3000亩）").status).not.toBe("done");
  });
  it("a target that asks no new things is answered as before", () => {
    expect(verdict("完成造林1万亩", "完成造林1万亩（含补植补造3000亩）").status).toBe("done");
    expect(verdict("新建农贸市场15个", "建成农贸市场16个").status).toBe("done");
  });
});
