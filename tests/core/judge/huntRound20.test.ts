/**
 * Hunt 20 (docs/metrics.md "Hunt 20 (lookalikes of session 23's rules)"): the rules session 23 added turn some texts green
 * or done — a count finished in full read after a deadline inside the year, a figure standing at the deadline's month end,
 * balance-sheet items as levels, a measure kept under its 控制线, 均超额完成 said of a list of measures, a standing total
 * against a target of new things, 场次 as 场, a holiday named as its break, 和/及/与 inside a name, 种植面积/生产面积 as 播种面积.
 * Each is met with lookalikes where it must not turn green — the figure of another year, a plan or forecast, a part or a
 * stage of the work, another measure, a narrower or wider class, a rate of something else, another measure's 控制线, a list
 * without the task's measure, a name whose 和 joins two things, a crop season's area — and with paraphrases it should still
 * read green. Phrasing learned from public 国资委 财务快报, 金融运行 reports, 文旅 假日 summaries, 招商引资 通报 and 农业农村
 * reports of places the corpus has not used, written in our own words. Every verdict was written down and committed before the
 * judge ran on the row; labels as in hunt.ts. The as-of date is 30 September 2024 unless a row gives one (the year's pace
 * then 74.6%); a sixth element is the catalogue's year when it is not the as-of date's.
 */
import { labelledHunt, Row } from "./hunt";
import { parseDeadline } from "../../../src/core/metrics";

const ESTATES_SEPT = "要求：9月内完成老旧小区改造12个";
const ROADS_Q3 = "于三季度内完成农村公路改造50公里";
const TOILETS_JUNE = "6月底前完成农村户厕改造1200户";
const SEWAGE_JUNE = "6月底前农村生活污水治理覆盖率达到40%";
const ONLINE_AUG = "8月底前政务服务事项网上可办率达到95%";
const CARDS_Q3 = "三季度末社保卡持卡率达到98%";
const ASSETS = "市属国有企业资产总额年末达到3000亿元";
const NET_ASSETS = "国有企业净资产年底达到500亿元";
const LOANS = "各项贷款余额年末达到2500亿元";
const SMALL_LOANS = "普惠小微贷款余额达到300亿元";
const FARM_LOANS = "涉农贷款余额年末达到800亿元";
const LOANS_UP = "贷款余额比年初增长12%";
const PROFIT = "利润总额达到20亿元";
const NET_PROFIT = "净利润达到20亿元";
const LINE = "集团资产负债率不超过控制线";
const BARE_LINE = "资产负债率不超过控制线";
const GROUP_PROFIT = "集团利润总额完成年度考核目标";
const GROUP_NET_UP = "集团净利润增长10%";
const NEW_FIRMS = "新增市场主体3000户";
const NEW_SPOTS = "新增A级景区3家";
const NEW_BIG_FIRMS = "新增规上工业企业50家";
const SHOWS = "全年开展送戏下乡300场";
const SAMPLES = "全年食品抽检2000批";
const JOB_FAIRS = "举办招聘会50场";
const PERFORMANCES = "开展文化惠民演出500场";
const VILLAGES = "创建和美乡村示范村20个";
const HOSPITAL_2 = "协和医院（二期）年内建成投用";
const GRAIN = "粮食播种面积稳定在190万亩以上";
const TOURISM_UP = "旅游总收入同比增长10%";
const INBOUND = "接待入境游客20万人次";
const AFTER_YEAR = "2025-01-10";

export const ROWS: Row[] = [
  // A count finished in full read after a deadline inside the year (hunt 19): a stage of the work finished for every
  // thing (主体工程, 招标, 设计, 立项, 摸底), last year's count, a plan or things only started is no count finished.
  ["late-count", ESTATES_SEPT, "老旧小区改造12个已全部完成主体工程", "not-green", "2024-10-08"],
  ["late-count", ESTATES_SEPT, "老旧小区改造12个已全部完成招标", "not-green", "2024-10-08"],
  ["late-count", ESTATES_SEPT, "老旧小区改造12个已全部完成设计方案", "not-green", "2024-10-08"],
  ["late-count", ESTATES_SEPT, "老旧小区改造12个已全部完成立项", "not-green", "2024-10-08"],
  ["late-count", ESTATES_SEPT, "2023年老旧小区改造12个已全部完工", "not-green", "2024-10-08"],
  ["late-count", ESTATES_SEPT, "老旧小区改造12个计划10月底全部完工", "not-green", "2024-10-08"],
  ["late-count", ESTATES_SEPT, "老旧小区改造12个已全部开工，其中8个已完工", "not-green", "2024-10-08"],
  ["late-count", ESTATES_SEPT, "老旧小区改造12个已全部完工验收", "green", "2024-10-08"],
  ["late-count", ESTATES_SEPT, "12个老旧小区改造项目均已竣工", "green", "2024-10-08"],
  ["late-count", ROADS_Q3, "农村公路改造50公里已全面完成路基施工", "not-green", "2024-10-10"],
  ["late-count", ROADS_Q3, "农村公路改造50公里已全面完成勘察设计", "not-green", "2024-10-10"],
  ["late-count", ROADS_Q3, "农村公路改造52公里已全部建成通车", "green", "2024-10-10"],
  ["late-count", TOILETS_JUNE, "农村户厕改造1200户已全部完成选址", "not-green", "2024-07-03"],
  ["late-count", TOILETS_JUNE, "农村户厕改造1200户已全部完成摸底排查", "not-green", "2024-07-03"],
  ["late-count", TOILETS_JUNE, "农村户厕改造1200户所需物资已全部采购完成", "not-green", "2024-07-03"],
  ["late-count", TOILETS_JUNE, "农村户厕改造1250户已全部完工", "green", "2024-07-03"],

  // A figure standing at the deadline's month end (hunt 19): another year's month end, a forecast, another measure, a
  // rate of something else, a part of the place, a target restated, a count of towns, a standing total for a flow.
  ["month-end", SEWAGE_JUNE, "截至2023年6月底，农村生活污水治理覆盖率达到41%", "not-green", "2024-07-03"],
  ["month-end", SEWAGE_JUNE, "预计截至6月底，农村生活污水治理覆盖率可达41%", "not-green", "2024-07-03"],
  ["month-end", SEWAGE_JUNE, "截至6月底，城区生活污水集中收集率达到41%", "not-green", "2024-07-03"],
  ["month-end", SEWAGE_JUNE, "截至6月底，农村生活污水治理项目完工率达到100%", "not-green", "2024-07-03"],
  ["month-end", SEWAGE_JUNE, "截至6月底，农村生活污水治理设施正常运行率达到95%", "not-green", "2024-07-03"],
  ["month-end", SEWAGE_JUNE, "截至6月底，示范片区农村生活污水治理覆盖率达到80%", "not-green", "2024-07-03"],
  ["month-end", SEWAGE_JUNE, "截至6月底，农村生活污水治理覆盖率目标为41%", "not-green", "2024-07-03"],
  ["month-end", SEWAGE_JUNE, "截至6月底，农村生活污水治理覆盖率达到41%的乡镇有8个", "not-green", "2024-07-03"],
  ["month-end", SEWAGE_JUNE, "截至6月底，农村生活污水治理覆盖率达到41%，较上年同期提高3个百分点", "green", "2024-07-03"],
  ["month-end", SEWAGE_JUNE, "截至6月末，农村生活污水治理覆盖率为42%", "green", "2024-07-03"],
  ["month-end", TOILETS_JUNE, "截至6月底，全县累计建成卫生户厕1.2万户", "not-green", "2024-07-03"],
  ["month-end", TOILETS_JUNE, "截至6月底，下达农村户厕改造计划1260户", "not-green", "2024-07-03"],
  ["month-end", TOILETS_JUNE, "截至6月底，农村户厕改造开工1260户", "not-green", "2024-07-03"],
  ["month-end", TOILETS_JUNE, "截至6月底，完成农村户厕改造1260户", "green", "2024-07-03"],
  ["month-end", ONLINE_AUG, "截至8月底，政务服务事项网上可办率达到96%", "green", "2024-09-05"],
  ["month-end", ONLINE_AUG, "截至8月底，政务服务事项网上办件率达到96%", "not-green", "2024-09-05"],
  ["month-end", ONLINE_AUG, "截至2023年8月底，政务服务事项网上可办率达到96%", "not-green", "2024-09-05"],
  ["month-end", CARDS_Q3, "截至9月底社保卡持卡率为98.3%", "green", "2024-10-08"],
  ["month-end", CARDS_Q3, "截至9月底电子社保卡领用率为98.3%", "not-green", "2024-10-08"],
  ["month-end", CARDS_Q3, "截至6月底社保卡持卡率为98.3%", "not-green", "2024-10-08"],

  // Balance-sheet items stand at a date (round av): last year's end, a forecast, another item, a rate, another level of
  // government's firms; balances of another kind (存款, 不良贷款), a wider class, an addition, growth over another base.
  ["balance", ASSETS, "截至9月末，市属国有企业资产总额3120亿元", "green"],
  ["balance", ASSETS, "上年末市属国有企业资产总额3050亿元", "not-green"],
  ["balance", ASSETS, "2023年末，市属国有企业资产总额3050亿元", "not-green"],
  ["balance", ASSETS, "预计年末市属国有企业资产总额可达3100亿元", "not-green"],
  ["balance", ASSETS, "截至9月末，市属国有企业负债总额3120亿元", "not-green"],
  ["balance", ASSETS, "截至9月末，市属国有企业资产总额同比增长12%", "not-green"],
  ["balance", ASSETS, "截至9月末，省属国有企业资产总额3120亿元", "not-green"],
  ["balance", ASSETS, "1-9月市属国有企业实现营业收入3120亿元", "not-green"],
  ["balance", "市属国有企业净资产年末达到1200亿元", "截至9月末，市属国有企业资产总额3120亿元", "not-green"],
  ["balance", NET_ASSETS, "截至9月末，国有企业净资产收益率5.2%", "not-green"],
  ["balance", NET_ASSETS, "国有企业净资产较年初增加60亿元", "not-green"],
  ["balance", NET_ASSETS, "截至9月末，国有企业所有者权益520亿元", "not-red"],
  ["balance", NET_ASSETS, "截至9月末，国有企业净资产520亿元", "green"],
  ["balance", NET_ASSETS, "截至9月末，国有企业资产总额980亿元，净利润52亿元", "not-green"],
  ["balance", LOANS, "9月末各项贷款余额2560亿元", "green"],
  ["balance", LOANS, "9月末不良贷款余额25.6亿元", "not-green"],
  ["balance", LOANS, "上年末各项贷款余额2560亿元", "not-green"],
  ["balance", LOANS, "9月末各项存款余额2560亿元", "not-green"],
  ["balance", LOANS, "9月末各项贷款余额比年初增加256亿元", "not-green"],
  ["balance", SMALL_LOANS, "9月末各项贷款余额2560亿元，同比增长11%", "not-green"],
  ["balance", SMALL_LOANS, "9月末普惠小微贷款余额310亿元", "green"],
  ["balance", FARM_LOANS, "9月末涉农贷款余额820亿元，其中农户贷款余额300亿元", "green"],
  ["balance", LOANS_UP, "9月末贷款余额比上年末增长13%", "not-red"],
  ["balance", LOANS_UP, "9月末贷款余额较去年同期增长13%", "not-green"],
  ["balance", LOANS_UP, "9月末存款余额比年初增长13%", "not-green"],
  ["balance", LOANS_UP, "计划年末贷款余额比年初增长13%", "not-green"],
  ["balance", PROFIT, "1-9月实现营业收入120亿元，净利润22亿元", "not-green"],
  ["balance", NET_PROFIT, "1-9月实现利润总额25亿元，净利润12亿元", "not-green"],
  ["balance", NET_PROFIT, "1-9月实现利润总额25亿元，净利润16亿元", "green"],

  // A measure kept under a 控制线 (round av): another year's line, a forecast or an aim, another measure's line, the line of
  // last year's level or of an average, the subsidiaries' lines, a share of firms under the line.
  ["line", LINE, "2023年集团资产负债率比控制线低3个百分点", "not-green", "2024-06-30"],
  ["line", LINE, "预计年末集团资产负债率比控制线低2个百分点", "not-green", "2024-06-30"],
  ["line", LINE, "力争集团资产负债率低于控制线", "not-green", "2024-06-30"],
  ["line", LINE, "集团带息负债率比控制线低2个百分点", "not-green", "2024-06-30"],
  ["line", LINE, "集团资产负债率比上年末低2个百分点", "not-green", "2024-06-30"],
  ["line", LINE, "集团资产负债率比全国国有企业平均水平低2个百分点", "not-green", "2024-06-30"],
  ["line", LINE, "所属子企业资产负债率均低于控制线", "not-green", "2024-06-30"],
  ["line", LINE, "集团资产负债率高于控制线0.8个百分点", "not-green", "2024-06-30"],
  ["line", LINE, "集团资产负债率比控制线低2.5个百分点", "green", "2024-06-30"],
  ["line", LINE, "集团资产负债率控制在警戒线以内", "green", "2024-06-30"],
  ["line", LINE, "经审计，2024年集团资产负债率比控制线低3个百分点", "green", "2025-03-31", 2024],
  ["line", LINE, "经审计，2023年集团资产负债率比控制线低3个百分点", "not-green", "2025-03-31", 2024],
  ["line", "带息负债比率不超过警戒线", "资产负债率比控制线低3个百分点", "not-green", "2024-06-30"],
  ["line", BARE_LINE, "集团资产负债率较控制线低1.5个百分点", "green", "2024-06-30"],
  ["line", BARE_LINE, "资产负债率超出控制线的企业3户，已制定降杠杆方案", "not-green", "2024-06-30"],
  ["line", BARE_LINE, "资产负债率低于控制线的企业占90%", "not-green", "2024-06-30"],
  ["line", BARE_LINE, "资产负债率比控制线低1个百分点的目标尚未实现", "not-green", "2024-06-30"],

  // 均超额完成 said of a list of measures (round av): a list without the task's measure, another year's list, a part's list,
  // a half year's pace, a forecast, shares under the whole, growth said of the list.
  ["list-done", GROUP_PROFIT, "经审计，利润总额和营业收入均超额完成年度目标", "green", "2024-03-31", 2023],
  ["list-done", GROUP_NET_UP, "经审计，利润总额和营业收入均超额完成年度目标", "not-green", "2024-03-31", 2023],
  ["list-done", GROUP_PROFIT, "经审计，2022年利润总额和营业收入均超额完成", "not-green", "2024-03-31", 2023],
  ["list-done", GROUP_PROFIT, "上半年利润总额和营业收入均超额完成时序进度", "not-green", "2024-03-31", 2023],
  ["list-done", "营业收入完成年度预算目标", "经审计，利润总额和营业收入均超额完成", "green", "2024-03-31", 2023],
  ["list-done", GROUP_PROFIT, "子企业利润总额和营业收入均超额完成", "not-green", "2024-03-31", 2023],
  ["list-done", GROUP_PROFIT, "利润总额和营业收入预计均可超额完成", "not-green", "2024-03-31", 2023],
  ["list-done", GROUP_PROFIT, "利润总额和营业收入均完成年度目标的90%以上", "not-green", "2024-03-31", 2023],
  ["list-done", GROUP_PROFIT, "营业收入、上缴税费均超额完成", "not-green", "2024-03-31", 2023],
  ["list-done", "净资产收益率达到8%", "经审计，利润总额和净资产收益率均超额完成", "not-red", "2024-03-31", 2023],
  ["list-done", GROUP_NET_UP, "利润总额、净利润均未完成年度目标", "not-green", "2024-03-31", 2023],
  ["list-done", "资产负债率控制在65%以内", "经审计，利润总额和营业收入均超额完成", "not-green", "2024-03-31", 2023],
  ["list-done", GROUP_NET_UP, "各项经营指标均超额完成", "not-red", "2024-03-31", 2023],
  ["list-done", GROUP_PROFIT, "利润总额和营业收入均超额完成序时进度", "not-done", "2023-06-30"],
  ["list-done", GROUP_NET_UP, "集团利润总额和营业收入均同比增长10%以上", "not-green", "2024-03-31", 2023],

  // A standing total against a target of new things (round aw): read inside the year, a total says nothing of the new ones;
  // the new ones given beside it decide.
  ["stock-new", NEW_FIRMS, "全县实有市场主体2.6万户", "not-green", "2024-06-30"],
  ["stock-new", NEW_FIRMS, "全县实有市场主体2.6万户，较年初净增2100户", "not-red", "2024-06-30"],
  ["stock-new", NEW_SPOTS, "全市共有A级景区45家", "not-green"],
  ["stock-new", NEW_SPOTS, "全市共有A级景区45家，今年新增1家", "not-green", AFTER_YEAR, 2024],
  ["stock-new", NEW_BIG_FIRMS, "全县规上工业企业达到420家", "not-green", AFTER_YEAR, 2024],
  ["stock-new", NEW_BIG_FIRMS, "全县规上工业企业达到420家，较上年末增加56家", "green", AFTER_YEAR, 2024],
  ["stock-new", "新增高新技术企业30家", "2023年新增高新技术企业35家", "not-green"],
  ["stock-new", "新增民宿50家", "全县民宿总数达到320家，其中今年新增28家", "not-green", AFTER_YEAR, 2024],

  // 场次 and 批次 count what 场 and 批 count (round aw): never another act, another class of samples, people, firms or a
  // wider kind of event; a course (期) is not one session.
  ["sessions", SHOWS, "全年送戏下乡演职人员3200人次", "not-green", AFTER_YEAR, 2024],
  ["sessions", SHOWS, "全年开展送电影下乡320场次", "not-green", AFTER_YEAR, 2024],
  ["sessions", SHOWS, "2023年开展送戏下乡320场次", "not-green", AFTER_YEAR, 2024],
  ["sessions", SHOWS, "计划开展送戏下乡320场次", "not-green", "2024-06-30"],
  ["sessions", SAMPLES, "全年完成食品快检2150批次", "not-green", AFTER_YEAR, 2024],
  ["sessions", SAMPLES, "全年完成药品抽检2150批次", "not-green", AFTER_YEAR, 2024],
  ["sessions", SAMPLES, "全年完成食品抽检2150批次，不合格38批次", "green", AFTER_YEAR, 2024],
  ["sessions", JOB_FAIRS, "举办招聘会52场次，达成就业意向3200人次", "green", AFTER_YEAR, 2024],
  ["sessions", JOB_FAIRS, "招聘会提供岗位5200个", "not-green", AFTER_YEAR, 2024],
  ["sessions", JOB_FAIRS, "参加招聘会企业520家次", "not-green", AFTER_YEAR, 2024],
  ["sessions", PERFORMANCES, "开展文化惠民演出520场次，惠及群众30万人次", "green", AFTER_YEAR, 2024],
  ["sessions", PERFORMANCES, "文化惠民演出观众52万人次", "not-green", AFTER_YEAR, 2024],
  ["sessions", PERFORMANCES, "开展文化惠民活动520场次", "not-green", AFTER_YEAR, 2024],
  ["sessions", "组织技能培训200期", "组织技能培训210场次", "not-green", AFTER_YEAR, 2024],

  // 和, 及, 与 inside names (session 23): 和美乡村 is not 美丽乡村; another phase of 协和医院 or its main works are no building
  // finished; a 和 or 及 that joins two things leaves one of them undone; 及时办结率 is not 办结率.
  ["joiners", "和美乡村示范村达到20个", "建成美丽乡村示范村22个", "not-green"],
  ["joiners", "和美乡村示范村达到20个", "建成省级和美乡村示范村22个", "green"],
  ["joiners", VILLAGES, "2023年创建和美乡村示范村22个", "not-green"],
  ["joiners", VILLAGES, "计划创建和美乡村示范村22个", "not-green"],
  ["joiners", VILLAGES, "申报和美乡村示范村22个", "not-green"],
  ["joiners", HOSPITAL_2, "协和医院（一期）已于9月建成投用", "not-green", "2024-10-16"],
  ["joiners", HOSPITAL_2, "协和医院（二期）主体工程已完工", "not-done", "2024-10-16"],
  ["joiners", HOSPITAL_2, "协和医院（二期）已竣工验收，10月8日正式投入使用", "green", "2024-10-16"],
  ["joiners", "文化馆和图书馆年内建成", "图书馆已建成开放", "not-done", "2024-10-16"],
  ["joiners", "给水与排水管网改造年内完工", "排水管网改造已完工", "not-done", "2024-10-16"],
  ["joiners", "中医院和妇幼保健院门诊楼年内完工", "中医院门诊楼已完工", "not-done", "2024-10-16"],
  ["joiners", "人民医院及配套停车场年内建成", "人民医院已建成投用", "not-done", "2024-10-16"],
  ["joiners", "和谐社区服务中心年内建成", "和谐社区服务中心已建成投用", "green", "2024-10-16"],
  ["joiners", "和平大道改造年内完工", "和平大道一期改造已完工", "not-done", "2024-10-16"],
  ["joiners", "12345热线及时办结率达到95%", "12345热线办结率达到98%", "not-green"],
  ["joiners", "12345热线及时办结率达到95%", "12345热线按时办结率96%", "not-red"],
  ["joiners", "农村自来水普及率达到95%", "农村集中供水率达到96%", "not-green"],
  ["joiners", "涉企行政检查事项减少30%", "涉及企业的行政处罚案件减少35%", "not-green"],

  // 种植面积 / 生产面积 as 播种面积 (session 23): a season's crop, a wider or narrower class of crops, a plan, last year, a
  // functional zone or farmland built, a change for a level.
  ["sown", GRAIN, "粮食种植面积192万亩", "green"],
  ["sown", GRAIN, "粮食种植面积192万亩，其中大豆10万亩", "green"],
  ["sown", GRAIN, "早稻种植面积45万亩", "not-green"],
  ["sown", GRAIN, "夏粮播种面积95万亩", "not-green"],
  ["sown", GRAIN, "秋粮种植面积110万亩", "not-green"],
  ["sown", GRAIN, "晚稻生产面积60万亩", "not-green"],
  ["sown", GRAIN, "农作物种植面积260万亩", "not-green"],
  ["sown", GRAIN, "计划粮食种植面积192万亩", "not-green"],
  ["sown", GRAIN, "2023年粮食播种面积192万亩", "not-green"],
  ["sown", GRAIN, "粮食生产功能区面积192万亩", "not-green"],
  ["sown", GRAIN, "建成高标准农田192万亩", "not-green"],
  ["sown", GRAIN, "粮食播种面积较上年增加2万亩", "not-green"],
  ["sown", "大豆播种面积稳定在10万亩", "大豆玉米带状复合种植面积12万亩", "not-green"],
  ["sown", "农作物播种面积达到260万亩", "经济作物种植面积80万亩", "not-green"],
  ["sown", "蔬菜播种面积稳定在28万亩", "蔬菜种植面积30万亩", "green"],
  ["sown", "设施蔬菜种植面积稳定在8万亩", "蔬菜种植面积30万亩", "not-green"],
  ["sown", "油菜播种面积稳定在10万亩", "油料种植面积12万亩", "not-green"],
  ["sown", "小麦播种面积稳定在60万亩", "小麦意向种植面积62万亩", "not-green"],

  // A year's 同期 heads no figure, a class of visitors left out (round aw): growth over 2019 is no growth over last year; a
  // class of visitors that is not the task's; a holiday's spending is no year's.
  ["aw-base", TOURISM_UP, "上半年旅游总收入较2019年同期增长12%", "not-green", "2024-06-30"],
  ["aw-base", TOURISM_UP, "上半年旅游总收入恢复到2019年同期的112%", "not-green", "2024-06-30"],
  ["aw-base", TOURISM_UP, "上半年旅游总收入同比增长12%", "green", "2024-06-30"],
  ["aw-base", "全年接待过夜游客300万人次", "上半年接待一日游游客210万人次", "not-green", "2024-06-30"],
  ["aw-base", INBOUND, "上半年接待港澳台游客12万人次", "not-green", "2024-06-30"],
  ["aw-base", INBOUND, "上半年接待国内游客860万人次", "not-green", "2024-06-30"],
  ["aw-base", "每万人口高价值发明专利拥有量达到4件", "每万人口发明专利拥有量8.6件，其中高价值发明专利拥有量4.2件", "green"],
  ["aw-base", "游客人均花费达到1000元", "国庆假期游客人均花费1050元", "not-green", "2024-10-08"],

  // Second pass (written after the first run and its rules, before the judge ran on these): lookalikes and controls of the
  // rules the first pass made — a net item for its gross, a rate of the works, a holiday's level, a line stated as an aim or of
  // another year, a count headed by another year, a balance at last year's end, the qualifiers 及时/按时/设施, what can be done
  // against what was done, 和美乡村, a course (期) against sessions, 所有者权益 as 净资产.
  ["p2-net", NET_PROFIT, "1-9月归母净利润16亿元", "not-red"],
  ["p2-net", PROFIT, "1-9月实现利润总额16亿元，净利润12亿元", "green"],
  ["p2-net", ASSETS, "9月末市属国有企业净资产1200亿元，资产总额3100亿元", "green"],
  ["p2-net", "农村居民人均可支配收入增长8%", "农村居民人均可支配收入增长8.5%，其中经营净收入增长6%", "green"],
  ["p2-net", "农村居民人均经营净收入增长10%", "农村居民人均经营收入增长12%", "not-green"],
  ["p2-net", "营业收入达到150亿元", "1-9月营业收入120亿元，净收入20亿元", "green"],
  ["p2-works", "重点项目开工率达到80%", "重点项目开工率85%", "green"],
  ["p2-works", SEWAGE_JUNE, "截至6月底，农村生活污水治理率达到42%", "not-red", "2024-07-03"],
  ["p2-works", "城市生活垃圾无害化处理率达到100%", "生活垃圾处理设施负荷率85%", "not-green"],
  ["p2-works", "民生实事完成率达到95%", "民生实事项目完成率96%", "green", AFTER_YEAR, 2024],
  ["p2-holiday", "游客人均花费达到1000元", "上半年游客人均花费1050元", "green", "2024-06-30"],
  ["p2-holiday", "A级景区游客满意度达到90%", "国庆假期A级景区游客满意度96%", "not-green", "2024-10-08"],
  ["p2-holiday", "接待游客500万人次", "国庆假期接待游客120万人次，1-9月累计接待游客410万人次", "green", "2024-10-08"],
  ["p2-line", BARE_LINE, "资产负债率较控制线低2个百分点，较上年末下降1个百分点", "green", "2024-06-30"],
  ["p2-line", BARE_LINE, "截至6月末资产负债率低于警戒线", "green", "2024-06-30"],
  ["p2-line", BARE_LINE, "2024年上半年资产负债率比控制线低2个百分点", "green", "2024-07-10"],
  ["p2-line", BARE_LINE, "去年资产负债率比控制线低2个百分点", "not-green", "2024-06-30"],
  ["p2-line", BARE_LINE, "资产负债率比控制线低2个百分点，力争年末再降1个百分点", "green", "2024-06-30"],
  ["p2-year", ESTATES_SEPT, "2024年老旧小区改造12个已全部完工", "green", "2024-10-08"],
  ["p2-year", ESTATES_SEPT, "去年老旧小区改造12个已全部完工", "not-green", "2024-10-08"],
  ["p2-year", "2023年续建的15个项目全部开复工", "其中2023年续建的15个项目已全部开复工", "green", "2024-01-10"],
  ["p2-last-end", LOANS, "上年末各项贷款余额2300亿元，9月末2560亿元", "green"],
  ["p2-last-end", LOANS, "9月末各项贷款余额2560亿元，较上年末增加260亿元", "green"],
  ["p2-last-end", "各项存款余额年末达到3000亿元", "截至上年末，各项存款余额3100亿元", "not-green"],
  ["p2-qualifier", "12345热线办结率达到95%", "12345热线及时办结率96%", "green"],
  ["p2-qualifier", "设施农业面积达到5万亩", "设施农业占地面积5.2万亩", "not-red"],
  ["p2-qualifier", "按时办结率达到98%", "办结率99%", "not-green"],
  ["p2-can", ONLINE_AUG, "截至8月底，政务服务事项网上可办率达到96.5%", "green", "2024-09-05"],
  ["p2-can", "政务服务事项可网办率达到95%", "政务服务事项网上可办率96%", "not-red"],
  ["p2-can", "政务服务事项全程网办率达到80%", "政务服务事项网上可办率96%", "not-green"],
  ["p2-village", "建成美丽乡村示范村20个", "建成美丽乡村示范村22个", "green", AFTER_YEAR, 2024],
  ["p2-village", "和美乡村示范村达到20个", "宜居宜业和美乡村示范村22个", "green"],
  ["p2-village", "乡村振兴示范村达到20个", "和美乡村示范村22个", "not-green"],
  ["p2-course", "举办技能培训班30期", "举办技能培训班32期，培训1500人次", "green", AFTER_YEAR, 2024],
  ["p2-course", "开展技能培训1000场", "开展技能培训1050场次", "green", AFTER_YEAR, 2024],
  ["p2-course", "举办培训班30期", "举办培训班32场", "not-green", AFTER_YEAR, 2024],
  ["p2-equity", "国有企业所有者权益年末达到500亿元", "9月末国有企业净资产520亿元", "green"],
  ["p2-equity", "国有资本权益年末达到300亿元", "9月末国有企业所有者权益520亿元", "not-green"],
];

/** Rows still answered otherwise than labelled after this hunt, each with its reason (docs/metrics.md "Hunt 20"). */
export const KNOWN_OPEN = new Set<string>([
  // Safe side (无法研判 where green is labelled):
  // 种植面积 keeps its word since the lead's merge after round aw (only 生产面积 folds to 播种面积: huntRound5's 种植汉麻 and
  // rulesM's 早稻 controls), so a crop's 种植面积 is set aside as another qualifier of 面积 (WEAK_NAME).
  "粮食播种面积稳定在190万亩以上 ⟵ 粮食种植面积192万亩",
  "粮食播种面积稳定在190万亩以上 ⟵ 粮食种植面积192万亩，其中大豆10万亩",
  "蔬菜播种面积稳定在28万亩 ⟵ 蔬菜种植面积30万亩",
  // The standing total (420家) is matched first and set aside as a stock; the increase beside it (较上年末增加56家) is not read.
  "新增规上工业企业50家 ⟵ 全县规上工业企业达到420家，较上年末增加56家 @2025-01-10",
  // "已竣工验收，10月8日正式投入使用": a date between the acceptance and the use is not read as the works finished and in use.
  "协和医院（二期）年内建成投用 ⟵ 协和医院（二期）已竣工验收，10月8日正式投入使用 @2024-10-16",
  // The part after 其中 keeps the whole's per-10,000 words only in the whole's clause: "高价值发明专利拥有量4.2件" is read
  // as a count, not a rate per 10,000 people (WEAK_NAME).
  "每万人口高价值发明专利拥有量达到4件 ⟵ 每万人口发明专利拥有量8.6件，其中高价值发明专利拥有量4.2件",
  // "9月末2560亿元" names nothing after the balance of last year's end: the year's own balance is not matched.
  "各项贷款余额年末达到2500亿元 ⟵ 上年末各项贷款余额2300亿元，9月末2560亿元",
  // Wrong reds (未反映该指标 / 已逾期 where green or 无法研判 is labelled), both so before this hunt:
  // "各项经营指标均超额完成" names no measure, and a year's review with no figure for 净利润 is read 未反映.
  "集团净利润增长10% ⟵ 各项经营指标均超额完成 @2024-03-31",
  // 治理率 and 治理覆盖率 are read as two rate words (otherRateWord), and the deadline passed: 已逾期.
  "6月底前农村生活污水治理覆盖率达到40% ⟵ 截至6月底，农村生活污水治理率达到42% @2024-07-03",
]);

labelledHunt("hunt 20: lookalikes of session 23's rules, labelled before the judge ran", ROWS, KNOWN_OPEN);

/**
 * Holidays named as their breaks (round aw): the break's end or after it is no day before it. Each row: the text, the year,
 * and the day a careful reader writes (null: no deadline) or, as { not }, a day it must not be read as.
 */
const DEADLINES: [string, number, string | null | { not: string }][] = [
  ["五一小长假前完成景区安全隐患排查", 2024, "2024-04-30"],
  ["国庆节假期前完成游客中心改造", 2024, "2024-09-30"],
  ["五一假期后一周内完成整改", 2024, { not: "2024-04-30" }],
  ["国庆假期结束前完成景区设施检修", 2024, { not: "2024-09-30" }],
  ["国庆长假后完成景区提升改造", 2024, { not: "2024-09-30" }],
  ["十一假期后启动冬季旅游宣传", 2024, { not: "2024-09-30" }],
  ["五一假期期间开展文旅市场执法检查", 2024, { not: "2024-04-30" }],
];

/** Deadline rows read otherwise than labelled. */
const DEADLINES_OPEN = new Set<string>([]);

describe("hunt 20: holidays named as breaks, labelled before the reader ran", () => {
  const meets = (got: string | null, expected: string | null | { not: string }) =>
    expected !== null && typeof expected === "object" ? got !== expected.not : got === expected;
  it.each(DEADLINES.filter(([text]) => !DEADLINES_OPEN.has(text)))("%s (%i) → %j", (text, year, expected) => {
    const got = parseDeadline(text, year);
    expect([got, meets(got, expected)]).toEqual([got, true]);
  });
  const open = DEADLINES.filter(([text]) => DEADLINES_OPEN.has(text));
  if (open.length)
    it.each(open)("known open: %s (%i) should be %j, and is not yet", (text, year, expected) => {
      expect(meets(parseDeadline(text, year), expected)).toBe(false);
    });
});
