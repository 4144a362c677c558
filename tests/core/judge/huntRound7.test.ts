/**
 * Hunt 7 (docs/metrics.md "Hunt 7"): lookalikes in our own words for each rule of the round, every one green (or, for
 * the town's lagging figure, lagging) before it and refused now; the controls are the same figures said as the target's
 * own results and stay green.
 */
import { isGreen, verdict } from "./hunt";

/** [target, text, the code the refusal carries]. */
const LOOKALIKES: [string, string, string][] = [
  // A named town, street or village heading the figure, for a target of the office's own area (formsP townHead).
  ["新建社区食堂10个", "1-9月城关街道新建社区食堂10个", "JUDGE_SUB_AREA"],
  ["完成农村户厕改造500户", "截至9月底，王家村完成农村户厕改造520户", "JUDGE_SUB_AREA"],
  ["固定资产投资85亿元", "1-9月甲镇固定资产投资86亿元", "JUDGE_SUB_AREA"],
  ["新增市场主体5000户", "今年以来，河东乡新增市场主体5200户", "JUDGE_SUB_AREA"],
  ["建成乡村长者照护之家30个", "1-9月柳林镇乡村长者照护之家建成30个", "JUDGE_SUB_AREA"],
  // An act before the target's (formsM earlierActs): 开工 or 启动 for 改造 of an area, 签约 for things themselves, 启动 for 完成.
  ["改造老旧小区面积40万平方米", "1-9月开工老旧小区面积42万平方米", "JUDGE_OTHER_STAGE"],
  ["改造老旧小区面积40万平方米", "1-9月启动老旧小区面积45万平方米", "JUDGE_OTHER_STAGE"],
  ["城区绿化面积28万平方米", "1-9月签约城区绿化面积30万平方米", "JUDGE_OTHER_STAGE"],
  ["重点项目完成投资385亿元", "1-9月重点项目启动投资390亿元", "JUDGE_OTHER_STAGE"],
  // Narrowing words joining the one list (weakEvidence QUALIFIERS): 社区, 标准化, 农贸, 绿色.
  ["新建社区养老服务站10个", "1-9月新建养老服务站12个", "WEAK_WIDER"],
  ["完成社区卫生服务站标准化建设20家", "1-9月完成社区卫生服务站建设20家", "WEAK_WIDER"],
  ["改造提升农贸市场5个", "1-9月改造提升市场5个", "WEAK_WIDER"],
  ["认证绿色食品标志产品40个", "1-9月认证食品标志产品40个", "WEAK_WIDER"],
];

/** The same figures as the target's own results, the whole area said, the town the target's own: green. */
const CONTROLS: [string, string][] = [
  ["新建社区食堂10个", "1-9月新建社区食堂10个"],
  ["新建社区食堂10个", "1-9月全区各镇街新建社区食堂10个"],
  ["城关街道新建社区食堂10个", "1-9月城关街道新建社区食堂10个"],
  ["完成农村户厕改造500户", "截至9月底，完成农村户厕改造520户"],
  ["新建乡镇卫生院3所", "1-9月新建乡镇卫生院3所"],
  // Classes of villages and towns are no named place.
  ["建设中心村3个", "1-9月中心村建设3个"],
  ["新建村级综合服务站20个", "1-9月中心村新建村级综合服务站20个"],
  ["新建农村公厕30座", "1-9月森林村、文明村新建农村公厕30座"],
  ["培育电商村5个", "1-9月电商村培育5个"],
  ["农村公路养护100公里", "1-9月农村公路养护120公里"],
  ["城镇新增就业9000人", "1-9月城镇新增就业9500人"],
  ["建成乡村长者照护之家30个", "1-9月乡村长者照护之家建成30个"],
  ["改造老旧小区面积40万平方米", "1-9月改造老旧小区面积42万平方米"],
  ["建成城市书房3家", "1-9月建成城市书房3家"],
  ["城区绿化面积28万平方米", "1-9月城区绿化面积30万平方米"],
  ["重点项目完成投资385亿元", "1-9月重点项目完成投资390亿元"],
  ["新开工项目30个", "1-9月新开工项目32个"],
  ["新建社区养老服务站10个", "1-9月新建社区养老服务站12个"],
  ["新建社区养老服务站10个", "聚焦社区居家养老，1-9月新建养老服务站12个"],
  ["完成社区卫生服务站标准化建设20家", "1-9月完成社区卫生服务站标准化建设20家"],
  ["改造提升农贸市场5个", "1-9月改造提升农贸市场5个"],
];

describe("hunt 7: lookalikes of this round's rules", () => {
  it.each(LOOKALIKES)("%s ⟵ %s is not green (%s)", (target, text, code) => {
    for (const asOf of ["2024-09-30", "2024-12-31"]) expect(isGreen(target, text, asOf)).toBe(false);
    expect(JSON.stringify(verdict(target, text))).toContain(code);
  });
  it.each(CONTROLS)("%s ⟵ %s stays green", (target, text) => {
    expect(isGreen(target, text)).toBe(true);
  });
});

describe("hunt 7: an earlier act's figure answers neither way", () => {
  it("a lagging 开工 figure is 未反映该指标 for a target to renovate, with no share", () => {
    const v = verdict("改造老旧小区面积40万平方米", "1-9月开工老旧小区面积12万平方米");
    expect(v.status).toBe("not-mentioned");
    expect(v.worst?.weakEvidence?.code).toBe("JUDGE_OTHER_STAGE");
  });
  it("a finish said after the start in its own clause is judged: 其中…已完工 lags", () => {
    expect(verdict("改造城镇老旧小区3698个", "截至8月底，3698个项目全部开工，其中2358个已完工。", "2024-08-31").status).toBe("behind");
  });
});

describe("hunt 7: a town's figure says nothing of the whole", () => {
  it("a lagging town figure is 无法研判, not a lag of the office, and shows no share done", () => {
    const v = verdict("新建社区食堂10个", "1-9月城关街道新建社区食堂3个");
    expect(v.status).toBe("unknown");
    expect(v.reason).toContain("城关街道");
    expect(v.worst?.weakEvidence?.code).toBe("JUDGE_SUB_AREA");
  });
});
