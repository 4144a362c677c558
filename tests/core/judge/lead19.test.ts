/**
 * Lead's probes, session 19: a target of things built and put to use is answered by the count put to use.
 */
import { isGreen, verdict } from "./hunt";

describe("建成投用 is answered by the count put to use, not the count built", () => {
  it.each([
    ["建成投用社区食堂20个", "已建成社区食堂20个，其中投入运营12个"],
    ["建成并投入使用社区食堂20个", "社区食堂已建成20个，投入使用12个"],
    ["建成投用充电桩500个", "已建成充电桩520个，已投用300个"],
    ["新建并投运污水处理站8座", "已建成污水处理站8座，投运5座"],
  ])("%s | %s is not green", (target, progress) => {
    expect(isGreen(target, progress, "2024-09-30")).toBe(false);
  });

  it("judges the count put to use against 序时进度", () => {
    expect(verdict("建成投用社区食堂20个", "已建成社区食堂20个，其中投入运营12个", "2024-09-30").reason).toContain("实际12个");
    // 380 of 500 is ahead of 序时进度 (74.9%) at 30 September: green on the count put to use.
    expect(isGreen("建成投用充电桩500个", "已建成充电桩520个，已投用380个", "2024-09-30")).toBe(true);
  });

  it.each([
    // A target that asks only for the building keeps the built count; a report of the built count alone is read as before.
    ["建成充电桩500个", "已建成充电桩520个，已投用380个"],
    ["建成投用社区食堂20个", "已建成社区食堂20个"],
  ])("%s | %s stays green", (target, progress) => {
    expect(isGreen(target, progress, "2024-09-30")).toBe(true);
  });
});

describe("a 其中 clause names a part: its qualifier is not the whole figure's", () => {
  it("新增学位1500个，其中公办学位900个 does not make 新建公办幼儿园学位1200个 done", () => {
    expect(isGreen("新建公办幼儿园学位1200个", "新增学位1500个，其中公办学位900个", "2024-09-30")).toBe(false);
    expect(verdict("新建公办学校3所", "新建学校3所，其中公办2所", "2024-09-30").status).not.toBe("done");
  });

  it("a figure that names the qualifier itself still answers", () => {
    expect(isGreen("新建公办幼儿园学位1200个", "新增公办幼儿园学位1500个", "2024-09-30")).toBe(true);
  });
});

describe("未反映该指标 only when the report holds no figure that could be the metric's", () => {
  it.each([
    ["完成500户农村危房改造", "已开工改造420户，竣工310户"],
    ["实施城市更新项目12个", "12个项目已全部启动，完成投资2.3亿元"],
  ])("%s | %s is 无法研判, not 未反映", (target, progress) => {
    expect(verdict(target, progress, "2024-09-30").status).toBe("unknown");
  });

  it.each([
    // A figure in the unit that names another thing leaves the metric unmentioned.
    ["新建建筑垃圾中转站8个", "已建成建筑垃圾分类池17个"],
    ["年内新建行政村4G基站68个", "新建自然村通光纤350个"],
  ])("%s | %s stays 未反映", (target, progress) => {
    expect(verdict(target, progress, "2024-09-30").status).toBe("not-mentioned");
  });
});

describe("preparatory steps: a listing's steps are steps; building written with a figure is work", () => {
  it("股改, 报会 and 过会 are steps before a listing, not listings", () => {
    const v = verdict("新增上市企业2家", "2家企业已过会", "2024-09-30");
    expect(GREEN_OR_DONE(v.status)).toBe(false);
    expect(v.reason).toContain("前期工作（过会）");
  });

  it("改建户厕900座 beside a survey is work reported, not preparation only", () => {
    expect(verdict("新改建农村户厕2000座", "已完成摸底排查2000座，改建户厕900座", "2024-09-30").reason).not.toContain("尚无完成量");
  });
});

function GREEN_OR_DONE(status: string): boolean {
  return status === "done" || status === "on-track";
}

describe("a part's growth is not the whole's", () => {
  it.each([
    ["工业投资增长10%", "工业技改投资增长12%"],
    ["社会消费品零售总额增长7%", "社会消费品网上零售总额增长9%"],
  ])("%s | %s is not green", (target, progress) => {
    expect(isGreen(target, progress, "2024-09-30")).toBe(false);
  });

  it.each([
    // Words before the name are the reporter's scope or subject: 全体居民 is the whole, 全区 the office's own.
    ["居民人均可支配收入增长7%", "1-9月全体居民人均可支配收入增长7.5%"],
    ["固定资产投资增长10%", "全区固定资产投资增长12%"],
  ])("%s | %s stays green", (target, progress) => {
    expect(isGreen(target, progress, "2024-09-30")).toBe(true);
  });
});
