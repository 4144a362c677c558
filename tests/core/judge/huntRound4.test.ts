/**
 * Wrong-green hunt, round 4 (docs/metrics.md "Wrong-green hunt, round 4"): the families round 3 left open, written by
 * hand. Every lookalike was green before this round's rules (checked at d898608) and must not be; the controls beside
 * each family are the same figures said as results and must stay green.
 */
import { isGreen, verdict } from "./hunt";

const HTE = "新增高新技术企业20家";
const FAI = "完成固定资产投资80亿元";
const KG = "建成公办幼儿园3所";
const JOBS = "新增城镇就业8000人";
const BEDS = "新增养老床位500张";
const FOREST = "森林覆盖率达到45%";

/** [family, target, text, the code the refusal carries (null: not green, no code of its own)] */
const LOOKALIKES: [string, string, string, string | null][] = [
  // Only part of the things in the state asked for.
  ["partly", KG, "3所公办幼儿园已部分建成", "WEAK_STEP_ONLY"],
  ["partly", KG, "公办幼儿园3所，部分投入使用", "WEAK_STEP_ONLY"],
  ["partly", "新建公办幼儿园3所", "新建公办幼儿园3所，已部分竣工", "WEAK_STEP_ONLY"],
  ["partly", HTE, "1-9月新增高新技术企业25家，部分通过认定", "WEAK_STEP_ONLY"],
  // The statistic or the confirmed count is a part under the target.
  ["confirmedPart", FAI, "1-9月完成固定资产投资85亿元，其中入统30亿元", "WEAK_STEP_ONLY"],
  ["confirmedPart", FAI, "1-9月完成固定资产投资85亿元，其中纳统30亿元", "WEAK_STEP_ONLY"],
  ["confirmedPart", FAI, "1-9月完成固定资产投资85亿元，其中已入库62亿元", "WEAK_STEP_ONLY"],
  ["confirmedPart", "新增规上工业企业25家", "1-9月新增规上工业企业30家，目前已入库纳统10家", "WEAK_STEP_ONLY"],
  ["confirmedPart", HTE, "今年新增高新技术企业25家，目前已认定12家", "WEAK_STEP_ONLY"],
  ["confirmedPart", HTE, "1-9月新增高新技术企业25家，其中认定12家", "WEAK_STEP_ONLY"],
  ["confirmedPart", HTE, "1-9月新增高新技术企业25家，其中已公示12家", "WEAK_STEP_ONLY"],
  ["confirmedPart", HTE, "1-9月新增高新技术企业25家，目前完成认定12家", "WEAK_STEP_ONLY"],
  ["confirmedPart", FAI, "1-9月完成固定资产投资85亿元，其中入统项目投资30亿元", "WEAK_STEP_ONLY"],
  ["confirmedPart", FAI, "1-9月完成固定资产投资85亿元，纳入统计30亿元", "WEAK_STEP_ONLY"],
  ["confirmedPart", HTE, "1-9月新增高新技术企业25家，其中12家已认定", "WEAK_STEP_ONLY"],
  ["confirmedPart", FAI, "1-9月完成固定资产投资85亿元，其中12亿元已入统", "WEAK_STEP_ONLY"],
  ["pendingPart", HTE, "1-9月新增高新技术企业25家，其中12家待认定", "WEAK_NEGATED"],
  // A count that stands, written with no act and no period, for a target of new ones.
  ["noAct", BEDS, "养老服务中心床位500张", "WEAK_NO_ACT"],
  ["noAct", BEDS, "床位500张", "WEAK_NO_ACT"],
  ["noAct", BEDS, "全区养老床位600张", "WEAK_NO_ACT"],
  ["noAct", BEDS, "养老机构床位600张，入住率60%", "WEAK_NO_ACT"],
  ["noAct", "新增公共停车位2000个", "公共停车位2500个", "WEAK_NO_ACT"],
  ["noAct", "新增5G基站300个", "5G基站350个", "WEAK_NO_ACT"],
  ["noAct", BEDS, "建有养老床位500张", "WEAK_NO_ACT"],
  ["noAct", BEDS, "设有养老床位500张", "WEAK_NO_ACT"],
  ["noAct", "新增日供水能力5万吨", "水厂一期日供水能力5万吨", "WEAK_NO_ACT"],
  // Helping people into jobs is a service, not the count of new urban jobs.
  ["helped", JOBS, "帮助9000人实现就业", "WEAK_OTHER_ACT"],
  ["helped", JOBS, "1-9月帮助9000人实现就业", "WEAK_OTHER_ACT"],
  ["helped", JOBS, "1-9月促进9000人就业", "WEAK_OTHER_ACT"],
  ["helped", JOBS, "项目建设带动9000人就业", "WEAK_OTHER_ACT"],
  // Another statistic with a name one character away.
  ["otherWord", FOREST, "林木覆盖率达到46%", "WEAK_NAME"],
  ["otherWord", FOREST, "全县林木覆盖率达到46%", "WEAK_NAME"],
];

/** Completion rates said to be of the schedule to date: on schedule (序时推进), never 已完成. */
const SCHEDULE: [string, string][] = [
  [HTE, "完成率100%（按序时）"],
  [HTE, "完成率105%（按序时进度）"],
  [FAI, "完成率100%（按序时进度）"],
  ["完成河道综合整治工程", "完成率100%（按序时）"],
];

/** [family, target, text]: green before and after. */
const CONTROLS: [string, string, string][] = [
  ["partly", KG, "1-9月已建成公办幼儿园3所，部分已开园"],
  ["partly", KG, "1-9月已建成公办幼儿园3所，其中部分为改扩建"],
  ["partly", KG, "1-9月已建成公办幼儿园3所"],
  // A first batch or phase that is itself the count meets the target.
  ["firstBatch", KG, "首批3所公办幼儿园已建成"],
  ["firstBatch", KG, "一期3所公办幼儿园已建成"],
  ["firstBatch", HTE, "首批认定高新技术企业25家"],
  ["firstBatch", "新增日供水能力5万吨", "水厂一期建成投用，新增日供水能力5万吨"],
  ["confirmedPart", FAI, "1-9月完成固定资产投资85亿元"],
  ["confirmedPart", FAI, "1-9月完成固定资产投资85亿元，其中入统82亿元"],
  ["confirmedPart", FAI, "1-9月完成固定资产投资85亿元，其中工业投资30亿元"],
  ["confirmedPart", "新增规上工业企业25家", "1-9月新增规上工业企业30家，已全部入库"],
  ["confirmedPart", HTE, "1-9月新增高新技术企业25家，已认定25家"],
  ["confirmedPart", FAI, "1-9月完成固定资产投资85亿元，其中入统项目5个"],
  ["confirmedPart", HTE, "1-9月新增高新技术企业25家，其中22家已认定"],
  ["pendingPart", HTE, "1-9月新增高新技术企业25家，另有12家待认定"],
  // Counted gross, as a 新增 target asks: what came in from elsewhere or left is beside it.
  ["inOut", "新增规上工业企业25家", "1-9月新增规上工业企业30家，其中外地迁入12家"],
  ["inOut", "新增市场主体2000户", "1-9月新增市场主体2500户，注销1800户"],
  ["inOut", "新增规上工业企业25家", "1-9月新增规上工业企业30家，同期退出12家"],
  // 城镇新增就业 counts flexible employment: the note says what the statistic is.
  ["flexible", JOBS, "1-9月新增城镇就业9000人（含灵活就业）"],
  ["noAct", BEDS, "1-9月新增养老床位500张"],
  ["noAct", "新增公共停车位2000个", "今年新建公共停车位2500个"],
  ["noAct", "新增公共停车位2000个", "公共停车位2500个已建成"],
  ["noAct", "新增5G基站300个", "建成5G基站350个"],
  ["noAct", "新建1所中心敬老院", "改建县中心敬老院，护理型床位159张"],
  ["helped", JOBS, "1-9月城镇新增就业9000人"],
  ["helped", JOBS, "1-9月新增城镇就业9000人，帮助困难人员就业300人"],
  ["otherWord", FOREST, "森林覆盖率达到46%"],
  ["otherWord", FOREST, "1-9月森林覆盖率稳定在46%"],
  ["schedule", HTE, "1-9月新增高新技术企业25家，完成率125%"],
  ["schedule", "完成河道综合整治工程", "工程完成率100%，已全部完成"],
];

describe("wrong-green hunt, round 4", () => {
  it.each(LOOKALIKES)("%s: %s ⟵ %s is not green", (_family, target, text, code) => {
    const v = verdict(target, text);
    expect([text, v.status === "done" || v.status === "on-track"]).toEqual([text, false]);
    if (code) expect([text, v.code]).toEqual([text, code]);
  });
  it.each(SCHEDULE)("schedule: %s ⟵ %s is 序时推进, not 已完成", (target, text) => {
    expect([text, verdict(target, text).status]).toEqual([text, "on-track"]);
  });
  it.each(CONTROLS)("%s: %s ⟵ %s stays green", (_family, target, text) => {
    expect([text, isGreen(target, text)]).toEqual([text, true]);
  });
  it("says why in words", () => {
    expect(verdict(FAI, "1-9月完成固定资产投资85亿元，其中入统30亿元").reason).toContain("其中入统30亿元");
    expect(verdict(BEDS, "床位500张").reason).toContain("没有写明新增");
    expect(verdict(HTE, "完成率100%（按序时）").reason).toContain("序时");
  });
});
