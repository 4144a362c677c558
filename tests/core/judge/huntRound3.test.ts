/**
 * Wrong-green hunt, round 3 (docs/metrics.md "Wrong-green hunt, round 3"): lookalikes written by hand in families no
 * earlier hunt covered. Every lookalike was green (or 已完成 from wording) before this round's rules and must not be;
 * the controls beside each family are the same figures said as results and must stay green.
 */
import { GREEN, isGreen, verdict } from "./hunt";
import { PlaceLevel } from "../../../src/core/model";

const HTE = "新增高新技术企业20家";
const FAI = "完成固定资产投资80亿元";
const KG = "建成公办幼儿园3所";
const JOBS = "新增城镇就业8000人";
const PM = "PM2.5平均浓度控制在35微克/立方米以下";
const RIVER = "完成河道综合整治工程";

/** [family, target, text, the code the refusal carries (null: the wording is no longer 已完成)] */
const LOOKALIKES: [string, string, string, string | null][] = [
  // The same period a year ago heading a figure: a baseline.
  ["baseline", HTE, "去年同期新增高新技术企业25家，今年1-9月新增12家", null],
  ["baseline", FAI, "去年同期完成固定资产投资85亿元", "WEAK_BASELINE"],
  ["baseline", HTE, "上年同期新增高新技术企业25家", "WEAK_BASELINE"],
  // A span of years, a term of office, since a founding.
  ["multiYear", HTE, "2021-2024年累计新增高新技术企业65家", "WEAK_MULTI_YEAR"],
  ["multiYear", HTE, "2022年至2024年新增高新技术企业65家", "WEAK_MULTI_YEAR"],
  ["multiYear", HTE, "本届政府以来新增高新技术企业65家", "WEAK_MULTI_YEAR"],
  ["multiYear", "新建公办幼儿园3所", "建区以来新建公办幼儿园12所", "WEAK_MULTI_YEAR"],
  // A stock, not the new ones of the year.
  ["stock", HTE, "有效期内高新技术企业65家", "WEAK_STOCK"],
  // Since round q (merged with this hunt) a balance no longer answers a target of new ones at all: 无法研判, no code.
  ["stock", HTE, "高新技术企业存量65家", null],
  ["renewed", HTE, "1-9月重新认定高新技术企业25家", "WEAK_STOCK"],
  ["renewed", HTE, "1-9月复审通过高新技术企业25家", "WEAK_STOCK"],
  ["renewed", HTE, "1-9月高新技术企业通过复审25家", "WEAK_STOCK"],
  ["renewed", HTE, "1-9月新增高新技术企业25家（含重新认定15家）", "WEAK_STOCK"],
  ["renewed", "招引亿元以上项目20个", "1-9月招引亿元以上项目25个（含续签）", "WEAK_STOCK"],
  // The target's things summed with others.
  ["wider", HTE, "1-9月新增高新技术企业和科技型中小企业25家", "WEAK_WIDER"],
  ["wider", HTE, "1-9月新增科技型中小企业、高新技术企业25家", "WEAK_WIDER"],
  ["wider", "新建公办幼儿园3所", "1-9月新建公办幼儿园及托育机构5所", "WEAK_WIDER"],
  // Criteria met, not the state.
  ["criteria", "创建省级卫生乡镇3个", "3个乡镇已达到省级卫生乡镇创建标准", "WEAK_PENDING"],
  ["criteria", "新增规上工业企业25家", "25家企业已达到规上标准", "WEAK_PENDING"],
  ["criteria", "新增规上工业企业25家", "30家企业已达到规上工业企业入库条件", "WEAK_PENDING"],
  ["criteria", "新增规上工业企业25家", "1-9月符合规上条件企业30家", "WEAK_PENDING"],
  // How much more than a year ago, not how many.
  ["change", HTE, "1-9月高新技术企业同比增加25家", "WEAK_CHANGE_NOT_COUNT"],
  ["change", "新开工项目20个", "1-9月新开工项目同比增加25个", "WEAK_CHANGE_NOT_COUNT"],
  // A duty or a budget, not a result.
  ["duty", HTE, "今年要新增高新技术企业25家", "WEAK_NOT_RESULT"],
  ["duty", HTE, "今年需新增高新技术企业25家", "WEAK_NOT_RESULT"],
  ["duty", FAI, "今年必须完成固定资产投资85亿元", "WEAK_NOT_RESULT"],
  ["budget", "一般公共预算收入20亿元", "1-9月一般公共预算收入预算20亿元", "WEAK_NOT_RESULT"],
  // The task's total, then a smaller count done of it.
  ["totalThenPart", "完成老旧小区改造40个", "老旧小区改造共40个，完工18个", null],
  // Under the figure written.
  ["below", KG, "已建成公办幼儿园不到3所", "WEAK_BELOW"],
  ["below", JOBS, "1-9月新增城镇就业不到8000人", "WEAK_BELOW"],
  ["below", JOBS, "1-9月新增城镇就业近8000人", "WEAK_BELOW"],
  ["below", JOBS, "1-9月新增城镇就业接近8000人", "WEAK_BELOW"],
  ["below", JOBS, "1-9月新增城镇就业不足8000人", "WEAK_BELOW"],
  // Works not finished.
  ["worksGoing", KG, "3所公办幼儿园已封顶", "WEAK_WORKS_GOING"],
  ["worksGoing", KG, "3所公办幼儿园已进入装修阶段", "WEAK_WORKS_GOING"],
  // An estimate in a note.
  ["estimateNote", "单位GDP能耗下降2.5%", "1-9月单位GDP能耗下降3%（初步测算）", "WEAK_NOTE"],
  // Industry's rate for the economy's.
  ["industryScope", "单位GDP能耗下降2.5%", "1-9月单位工业增加值能耗下降3%", "WEAK_SUBSET"],
  ["industryScope", "单位GDP能耗下降2.5%", "1-9月规上工业单位增加值能耗下降3%", "WEAK_SUBSET"],
  // A rate of a part of the place.
  ["subArea", "农村生活污水治理率达到50%", "示范村农村生活污水治理率达到100%", "WEAK_SUB_AREA"],
  ["subArea", "农村生活污水治理率达到50%", "重点村农村生活污水治理率达到100%", "WEAK_SUB_AREA"],
  ["subArea", "5G网络覆盖率达到95%", "重点区域5G网络覆盖率达到100%", "WEAK_SUB_AREA"],
  ["subArea", "5G网络覆盖率达到95%", "城区5G网络覆盖率达到100%", "WEAK_SUB_AREA"],
  // Another rate of the same subject.
  ["otherRate", "5G网络覆盖率达到95%", "行政村5G网络通达率达到100%", "WEAK_NAME"],
  ["otherRate", "生活垃圾分类覆盖率达到90%", "1-9月生活垃圾无害化处理率达到100%", "WEAK_NAME"],
  // One month's reading of a year's average level; a later reading that breaks the ceiling.
  ["monthLevel", PM, "9月份PM2.5平均浓度30微克/立方米", "WEAK_NOT_YEAR_RATE"],
  ["monthLevel", "空气质量优良天数比例达到85%", "9月份空气质量优良天数比例95%", "WEAK_NOT_YEAR_RATE"],
  ["conflicting", "城镇调查失业率控制在5.5%以内", "1-9月城镇调查失业率5.2%，9月份5.8%", "WEAK_CONFLICTING"],
  // Wording: a part of a linear work, another work as the subject or the year's object.
  ["donePart", RIVER, "东段已全面完成", null],
  ["donePart", RIVER, "城区段整治已全部完成", null],
  ["donePart", RIVER, "左岸工程已全部完成", null],
  ["donePart", RIVER, "主河道已全部完成", null],
  ["doneOther", "开展全民健身活动", "启动仪式已圆满完成", null],
  ["doneOther", RIVER, "已完成年度清淤任务", null],
  ["doneOther", RIVER, "已完成年度投资计划", null],
  // Wording: done words beside works still under construction, a part not accepted, a part next year, a preparation.
  ["doneButGoing", "完成老旧小区改造年度任务", "已完成年度任务，其中竣工18个，在建22个", null],
  ["doneButGoing", "完成老旧小区改造年度任务", "已全部完成，但尚有2个小区未通过验收", null],
  ["doneButGoing", "完成老旧小区改造年度任务", "已全部完成，其中2个小区未通过验收", null],
  ["doneButGoing", "完成老旧小区改造年度任务", "已全部完成，验收工作有序开展", null],
  ["doneButGoing", RIVER, "整治工程已全面完成，绿化工程明年实施", null],
  ["doneButGoing", RIVER, "整治工程已全面完成，绿化待明年春季栽植", null],
  ["doneOther", "开展全民健身活动", "活动筹备工作已全部完成", null],
  // Part of the figure said not done right after it.
  ["partNotDone", HTE, "1-9月新增高新技术企业25家，但其中20家尚未通过认定", "WEAK_NEGATED"],
  // A service done to things, not things made.
  ["serviceAct", HTE, "1-9月辅导高新技术企业25家", "WEAK_OTHER_ACT"],
  ["serviceAct", HTE, "1-9月走访高新技术企业25家", "WEAK_OTHER_ACT"],
  ["serviceAct", HTE, "1-9月服务高新技术企业25家", "WEAK_OTHER_ACT"],
  ["serviceAct", HTE, "1-9月遴选高新技术企业25家", "WEAK_OTHER_ACT"],
  ["serviceAct", HTE, "1-9月组织25家企业参加高新技术企业认定", "WEAK_OTHER_ACT"],
  ["serviceAct", JOBS, "1-9月开展就业培训9000人", "WEAK_OTHER_ACT"],
  // A pool or a plan of projects.
  ["pool", HTE, "1-9月入库高新技术企业培育企业25家", "WEAK_PENDING"],
  ["pool", FAI, "1-9月谋划固定资产投资项目85亿元", "WEAK_PENDING"],
  // A note that the figure is not the statistic.
  ["statNote", FAI, "1-9月完成固定资产投资85亿元（调度数）", "WEAK_NOTE"],
  ["statNote", FAI, "1-9月完成固定资产投资85亿元（未入统）", "WEAK_NOTE"],
  ["statNote", FAI, "1-9月完成固定资产投资85亿元（部门调度数，统计数待发布）", "WEAK_NOTE"],
  ["statNote", FAI, "1-9月完成固定资产投资85亿元（按项目口径）", "WEAK_NOTE"],
  ["statNote", "地区生产总值增长6%", "1-9月地区生产总值增长6.5%（预估）", "WEAK_NOT_RESULT"],
  // Growth at current prices for a target at comparable prices.
  ["nominal", "地区生产总值增长6%", "1-9月地区生产总值名义增长6.5%", "WEAK_SUBSET"],
  ["nominal", "地区生产总值增长6%", "1-9月地区生产总值现价增长6.5%", "WEAK_SUBSET"],
  ["nominal", "地区生产总值增长6%", "1-9月地区生产总值增长6.5%（现价）", "WEAK_SUBSET"],
  ["nominal", "社会消费品零售总额增长7%", "1-9月社会消费品零售总额名义增长7.5%", "WEAK_SUBSET"],
  // A component of the target's total.
  ["component", "城镇居民人均可支配收入增长6%", "1-9月城镇居民人均工资性收入增长6.5%", "WEAK_NAME"],
  // More early steps of works: consultation, money sent down, a plan, land prepared, purchases, works under way.
  ["earlyStep", "改造老旧小区40个", "1-9月老旧小区改造进场施工40个", "WEAK_EARLY_STEP"],
  ["earlyStep", "改造老旧小区40个", "1-9月完成老旧小区改造意愿征集40个", "WEAK_EARLY_STEP"],
  ["earlyStep", "改造老旧小区40个", "1-9月老旧小区改造完成居民意见征询40个", "WEAK_EARLY_STEP"],
  ["earlyStep", "改造老旧小区40个", "1-9月老旧小区改造已下达资金40个", "WEAK_EARLY_STEP"],
  ["earlyStep", "新增城市书房5家", "1-9月完成城市书房建设方案5个", "WEAK_EARLY_STEP"],
  ["earlyStep", "完成造林绿化1万亩", "1-9月完成造林绿化整地1.2万亩", "WEAK_EARLY_STEP"],
  ["earlyStep", "完成造林绿化1万亩", "1-9月落实造林绿化地块1.2万亩", "WEAK_EARLY_STEP"],
  ["earlyStep", "完成造林绿化1万亩", "1-9月造林绿化苗木采购1.2万亩", "WEAK_EARLY_STEP"],
  ["earlyStep", "完成高标准农田建设2万亩", "1-9月高标准农田建设施工2.5万亩", "WEAK_EARLY_STEP"],
  ["earlyStep", "开工建设保障性住房500套", "1-9月筹建保障性住房500套", "WEAK_EARLY_STEP"],
  // The figure's own share done, right after it: the figure is the whole to do.
  ["shareAfter", "完成高标准农田建设2万亩", "1-9月高标准农田建设面积2.5万亩，完成工程量的60%", "WEAK_STEP_ONLY"],
  // Against a base period; a warning colour that says the metric lags; 户籍 for 常住; an old survey.
  ["basePeriod", "单位GDP能耗下降2.5%", "1-9月单位GDP能耗较基期下降3%", "WEAK_MULTI_YEAR"],
  ["warning", "单位GDP能耗下降2.5%", "1-9月单位GDP能耗下降3%，能耗强度降低目标预警为红色", "WEAK_SAID_BEHIND"],
  ["warning", "单位GDP能耗下降2.5%", "1-9月单位GDP能耗下降3%，进度预警等级为一级", "WEAK_SAID_BEHIND"],
  ["registered", "城镇化率提高1个百分点", "户籍人口城镇化率提高1.2个百分点", "WEAK_SUBSET"],
  ["survey", "耕地保有量不低于50万亩", "耕地保有量50万亩（国土三调数据）", "WEAK_NOTE"],
];

const CONTROLS: [string, string, string][] = [
  // Air quality is measured at a place's urban stations: 市区/城区/县城 PM2.5 is the place's own (train r13-j02's form).
  ["urbanAir", "PM2.5平均浓度下降到45微克/立方米", "1-9月市区PM2.5平均浓度为42微克/立方米"],
  ["urbanAir", "空气质量优良天数比例达到80%", "1-9月县城空气质量优良天数比例为83.5%"],
  ["baseline", HTE, "与去年同期相比，1-9月新增高新技术企业25家"],
  ["baseline", HTE, "1-9月新增高新技术企业25家，比去年同期多5家"],
  ["baseline", "地区生产总值增长6%", "1-9月地区生产总值增长6.5%，比上年同期提高0.3个百分点"],
  ["baseline", "重污染天数减少20%", "1-9月重污染天数为9天，去年同期为12天"],
  ["multiYear", HTE, "2024年1-9月新增高新技术企业25家"],
  ["stock", "新增规上工业企业25家", "1-9月新增入库规上工业企业30家"],
  ["renewed", HTE, "1-9月新增高新技术企业25家，另有15家通过复审"],
  ["renewed", "高新技术企业复审通过20家", "1-9月高新技术企业复审通过25家"],
  ["wider", "新增高新技术企业和科技型中小企业20家", "1-9月新增高新技术企业和科技型中小企业25家"],
  ["criteria", "新增规上工业企业25家", "1-9月新增规上工业企业30家，另有8家达到入规标准"],
  ["criteria", "空气质量优良天数达到270天", "1-9月空气质量达到二级标准的天数为250天"],
  ["change", HTE, "1-9月新增高新技术企业25家，同比增加5家"],
  ["change", "实际使用外资5000万美元", "1-9月实际使用外资6000万美元，同比增加1000万美元"],
  ["duty", HTE, "1-9月新增高新技术企业25家，主要集中在电子信息领域"],
  ["budget", "一般公共预算收入20亿元", "1-9月一般公共预算收入完成22亿元，完成预算的110%"],
  ["totalThenPart", "完成老旧小区改造40个", "1-9月完成老旧小区改造40个，其中完工18个"],
  ["below", JOBS, "1-9月新增城镇就业近9000人"],
  ["below", PM, "1-9月PM2.5平均浓度不到30微克/立方米"],
  ["worksGoing", KG, "3所公办幼儿园已建成投用"],
  ["estimateNote", "单位GDP能耗下降2.5%", "1-9月单位GDP能耗下降3%（省下达考核口径）"],
  ["industryScope", "规上工业单位增加值能耗下降3%", "1-9月规上工业单位增加值能耗下降4%"],
  ["industryScope", "工业增加值增长8%", "1-9月规上工业增加值增长8.5%"],
  ["subArea", "城区5G网络覆盖率达到95%", "城区5G网络覆盖率达到100%"],
  ["subArea", "5G网络覆盖率达到95%", "1-9月5G网络覆盖率达到96%"],
  ["otherRate", "重点事项办结率达到90%", "重点事项48项，已完成45项，完成率93.8%"],
  ["monthLevel", PM, "1-9月PM2.5平均浓度30微克/立方米"],
  ["monthLevel", "城镇调查失业率控制在5.5%以内", "9月份城镇调查失业率5.2%"],
  ["conflicting", "城镇调查失业率控制在5.5%以内", "1-9月城镇调查失业率5.2%，9月份5.1%"],
  ["donePart", RIVER, "河道综合整治工程已全面完成"],
  ["donePart", RIVER, "整治工程已全部完成"],
  ["doneOther", "开展全民健身活动", "已圆满完成"],
  ["doneOther", "完成老旧小区改造年度任务", "已完成年度改造任务"],
  ["doneOther", "年底前建成区级综合养老服务中心", "已完成年度建设任务"],
  ["doneButGoing", RIVER, "整治工程已全面完成，已通过验收"],
  ["doneButGoing", "开展全民健身活动", "全民健身活动已全部完成"],
  ["doneButGoing", "完成老旧小区改造年度任务", "已完成年度任务，40个小区全部竣工"],
  ["partNotDone", HTE, "1-9月新增高新技术企业25家，其中3家尚在公示"],
  ["partNotDone", HTE, "1-9月新增高新技术企业25家，其中20家为首次认定"],
  ["serviceAct", HTE, "1-9月新增高新技术企业25家，走访服务企业300家"],
  ["serviceAct", JOBS, "1-9月新增城镇就业9000人，开展就业培训1.2万人次"],
  ["serviceAct", "新增规上服务业企业20家", "1-9月新增规上服务业企业25家"],
  ["serviceAct", "开展技能培训5000人次", "1-9月开展技能培训6000人次"],
  ["serviceAct", "走访企业500家", "1-9月走访企业600家"],
  ["statNote", FAI, "1-9月完成固定资产投资85亿元（快报数）"],
  ["nominal", "地区生产总值增长6%", "1-9月地区生产总值增长6.5%，现价总量突破300亿元"],
  ["component", "城镇居民人均可支配收入增长6%", "1-9月城镇居民人均可支配收入增长6.5%，其中工资性收入增长7%"],
  ["earlyStep", "改造老旧小区40个", "1-9月完成老旧小区改造40个，居民意见征询满意率98%"],
  ["earlyStep", "改造老旧小区40个", "1-9月改造老旧小区40个，完成施工"],
  ["earlyStep", "完成高标准农田建设2万亩", "1-9月高标准农田建设完成施工2.5万亩"],
  ["earlyStep", "新开工项目20个", "1-9月新开工项目25个，均已进场施工"],
  ["earlyStep", "新增城市书房5家", "1-9月新建成城市书房5家"],
  ["shareAfter", "完成高标准农田建设2万亩", "1-9月完成高标准农田建设2.5万亩，完成年度任务的125%"],
  ["shareAfter", "完成造林绿化1万亩", "1-9月完成造林绿化1.2万亩，完成年度任务的120%"],
  ["shareAfter", "新增城市书房5家", "1-9月新增城市书房5家，完成年度目标的100%"],
  ["basePeriod", "单位GDP能耗下降2.5%", "1-9月单位GDP能耗较上年同期下降3%"],
  ["warning", "单位GDP能耗下降2.5%", "1-9月单位GDP能耗下降3%，预警等级为绿色"],
  ["registered", "户籍人口城镇化率提高1个百分点", "户籍人口城镇化率提高1.2个百分点"],
  ["survey", "耕地保有量不低于50万亩", "耕地保有量50万亩（2024年变更调查数据）"],
];

/** At 30 June: a finish named after the figure that is still to come, what works give once finished, a total then its part. */
const JUNE = "2024-06-30";
const NEW_KG = "新建公办幼儿园3所";
const LATER_LOOKALIKES: [string, string, string, string][] = [
  ["finishLater", NEW_KG, "新建公办幼儿园3所，年底前投入使用", "WEAK_NOT_RESULT"],
  ["finishLater", NEW_KG, "3所公办幼儿园年底前投入使用", "WEAK_NOT_RESULT"],
  ["finishLater", NEW_KG, "3所公办幼儿园将于9月开学投用", "WEAK_NOT_RESULT"],
  ["finishLater", NEW_KG, "3所公办幼儿园9月开学投用", "WEAK_NOT_RESULT"],
  ["finishLater", NEW_KG, "3所公办幼儿园9月份可投入使用", "WEAK_NOT_RESULT"],
  ["finishLater", NEW_KG, "3所公办幼儿园计划9月投用", "WEAK_NOT_RESULT"],
  ["finishLater", NEW_KG, "3所公办幼儿园按计划9月投用", "WEAK_NOT_RESULT"],
  ["finishLater", NEW_KG, "3所公办幼儿园目标9月投用", "WEAK_NOT_RESULT"],
  ["finishLater", NEW_KG, "3所公办幼儿园9月投用后可新增学位900个", "WEAK_NOT_RESULT"],
  ["afterFinish", "新增学位900个", "3所公办幼儿园建成后新增学位900个", "WEAK_NOT_RESULT"],
  ["afterFinish", "新增学位900个", "3所公办幼儿园建成可提供学位900个", "WEAK_NOT_RESULT"],
  ["totalThenPart", "新增装机容量10万千瓦", "项目总装机容量10万千瓦，已并网3万千瓦", "WEAK_STEP_ONLY"],
];
const LATER_CONTROLS: [string, string, string, string][] = [
  ["finishLater", NEW_KG, "新建公办幼儿园3所，已全部投入使用", JUNE],
  ["finishLater", NEW_KG, "3所公办幼儿园已于5月投入使用", JUNE],
  ["finishLater", NEW_KG, "3所公办幼儿园已建成，9月开学投用", "2024-09-30"],
  ["finishLater", NEW_KG, "3所公办幼儿园9月开学投用", "2024-09-30"],
  ["afterFinish", "新增学位900个", "1-6月新增学位900个，3所公办幼儿园已建成投用", JUNE],
  ["totalThenPart", "新增装机容量10万千瓦", "1-6月新增装机容量10万千瓦，已全部并网", JUNE],
  // The finish in the next clause is another figure's (sample-yicheng, task 61, in our words).
  ["finishLater", "建设爱心食堂7处", "今年新开业运营爱心食堂4处，将开业运营2处", JUNE],
];

describe("wrong-green hunt, round 3: finishes still to come (30 June)", () => {
  it.each(LATER_LOOKALIKES)("%s: %s ⟵ %s is not green", (_family, target, text, code) => {
    const v = verdict(target, text, JUNE);
    expect([text, GREEN.has(v.status), v.code]).toEqual([text, false, code]);
  });

  it.each(LATER_CONTROLS)("%s: %s ⟵ %s stays green at %s", (_family, target, text, asOf) => {
    expect([text, isGreen(target, text, asOf)]).toEqual([text, true]);
  });
});

/** With the office's level set (单位层级): a part of the place for a rate, a wider area in a note or as all the counties. */
const LEVEL_LOOKALIKES: [string, PlaceLevel, string, string, string][] = [
  ["cityPart", "市", "地区生产总值增长6%", "1-9月市区地区生产总值增长6.5%", "WEAK_SUB_AREA"],
  ["cityPart", "市", "地区生产总值增长6%", "1-9月市本级地区生产总值增长6.5%", "WEAK_SUB_AREA"],
  ["cityPart", "县", "地区生产总值增长6%", "1-9月县城地区生产总值增长6.5%", "WEAK_SUB_AREA"],
  ["widerNote", "县", "地区生产总值增长6%", "1-9月地区生产总值增长6.5%（全市）", "JUDGE_WIDER_AREA"],
  ["allCounties", "县", HTE, "1-9月各县区共新增高新技术企业25家", "JUDGE_WIDER_AREA"],
];
const LEVEL_CONTROLS: [string, PlaceLevel, string, string][] = [
  ["cityPart", "县", "城乡居民人均可支配收入增长6%", "1-9月全县城乡居民人均可支配收入增长6.5%"],
  ["cityPart", "市", "空气质量优良天数比例达到85%", "1-9月全市区域空气质量优良天数比例86%"],
  ["widerNote", "县", "地区生产总值增长6%", "1-9月地区生产总值增长6.5%（全县）"],
  ["allCounties", "市", HTE, "1-9月各县区共新增高新技术企业25家"],
  ["allCounties", "县", HTE, "1-9月全县新增高新技术企业25家"],
];

describe("wrong-green hunt, round 3: the office's level", () => {
  it.each(LEVEL_LOOKALIKES)("%s: at %s level, %s ⟵ %s is not green", (_family, level, target, text, code) => {
    const v = verdict(target, text, "2024-09-30", level);
    expect([text, GREEN.has(v.status), v.code]).toEqual([text, false, code]);
  });

  it.each(LEVEL_CONTROLS)("%s: at %s level, %s ⟵ %s stays green", (_family, level, target, text) => {
    expect([text, isGreen(target, text, "2024-09-30", level)]).toEqual([text, true]);
  });
});

describe("wrong-green hunt, round 3", () => {
  it.each(LOOKALIKES)("%s: %s ⟵ %s is not green", (_family, target, text, code) => {
    const v = verdict(target, text);
    expect([text, GREEN.has(v.status)]).toEqual([text, false]);
    if (code) expect([text, v.code]).toEqual([text, code]);
  });

  it.each(CONTROLS)("%s: %s ⟵ %s stays green", (_family, target, text) => {
    expect([text, isGreen(target, text)]).toEqual([text, true]);
  });

  it("says why in words", () => {
    expect(verdict(HTE, "上年同期新增高新技术企业25家").reason).toContain("上年同期");
    expect(verdict(JOBS, "1-9月新增城镇就业不到8000人").reason).toContain("「不到」");
    expect(verdict(HTE, "1-9月新增高新技术企业和科技型中小企业25家").reason).toContain("合计数");
  });
});

describe("wrong-green hunt, round 3: a month's plan done is not the task done", () => {
  const TASK = "完成老旧小区改造年度任务";
  it.each(["完成9月计划的100%", "完成1-9月计划的100%", "完成本月计划的100%"])("%s is not 已完成", (text) => {
    expect([text, verdict(TASK, text).status]).toEqual([text, "on-track"]);
  });
  it.each(["完成年度计划的100%", "完成全年计划的100%"])("%s stays 已完成", (text) => {
    expect([text, verdict(TASK, text).status]).toEqual([text, "done"]);
  });
});
