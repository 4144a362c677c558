/**
 * Hunt 19 (docs/metrics.md "Hunt 19 (招商引资 stages, 乡村振兴 levels, bare ceilings, late levels, deadlines)"): wrong greens
 * in forms the judge was not built on — the stages of an investment project (签约, 落地, 开工, 投产) and the money (协议投资额
 * against 实际到位资金), 亿元以上 as a qualifier, counts against money; 乡村振兴's levels (监测对象, 务工规模) and 衔接资金's steps
 * (下达, 拨付, 支出); ceilings with no unit (亿元GDP死亡率 0.06, 万车死亡率 1.8); a level read just after a mid-year deadline;
 * an increase written right after the measure; deadlines "要求：9月内", "于三季度内", "年内" passed without 完成. Phrasing
 * learned from public 招商引资 通报, 安全生产 指标 reports and 乡村振兴 work notes of places the corpus has not used, written in
 * our own words. Every verdict was written down and committed before the judge ran on the row; labels as in hunt.ts. The
 * as-of date is 30 September 2024 unless a row gives one (the year's pace then 74.6%); a sixth element is the catalogue's year.
 */
import { labelledHunt, Row } from "./hunt";
import { parseDeadline } from "../../../src/core/metrics";

const START_BIG = "新开工亿元以上招商项目50个";
const PRODUCE_BIG = "新投产亿元以上项目30个";
const LANDED = "招商引资项目落地40个";
const SIGNED_BIG = "新签约亿元以上项目60个";
const START_BIG2 = "新开工亿元以上项目40个";
const TEN_BIG = "引进10亿元以上项目8个";
const ARRIVED = "招商引资实际到位资金150亿元";
const OUT_PROVINCE = "引进省外到位资金80亿元";
const BIG_COUNT = "引进亿元以上项目30个";
const FDI = "实际使用外资5000万美元";
const RISK_CLEARED = "防返贫监测对象风险消除率达到60%以上";
const MONITOR_CEILING = "监测对象控制在2000户以内";
const PAIRED = "结对帮扶脱贫户3000户";
const CONSUMPTION_AID = "消费帮扶销售农产品1.2亿元";
const WORKING_FLOOR = "脱贫人口务工规模稳定在3.5万人以上";
const WORKING_UP = "脱贫劳动力务工就业规模比上年增加1000人";
const WORKSHOP = "帮扶车间吸纳脱贫人口就业800人";
const FUND_PACE = "衔接资金支出进度达到85%";
const FUND_SPENT = "完成衔接资金支出1.8亿元";
const FUND_INDUSTRY = "衔接资金用于产业发展比重达到60%以上";
const MICROCREDIT = "脱贫人口小额信贷新增发放1.5亿元";
const GDP_DEATHS = "亿元GDP生产安全事故死亡率控制在0.06以内";
const CAR_DEATHS = "道路交通万车死亡率不超过1.8";
const WORKER_DEATHS = "工矿商贸十万从业人员生产安全事故死亡率控制在1.2以下";
const FIRE_DEATHS = "火灾十万人口死亡率不超过0.2";
const SEWAGE_JUNE = "6月底前农村生活污水治理覆盖率达到40%";
const TOILETS_JUNE = "6月底前完成农村户厕改造1200户";
const ONLINE_AUG = "8月底前政务服务事项网上可办率达到95%";
const TIME_DOWN = "审批时限较去年同期减少5天";
const WORKDAYS_DOWN = "工程建设项目审批时间较上年压减10个工作日";
const OPEN_FIRM = "企业开办时间较上年缩短2天";
const UNEMPLOYED_DOWN = "城镇登记失业率较上年下降0.2个百分点";
const SMOG_DOWN = "重污染天数较上年减少3天";
const OLD_ESTATES_SEPT = "要求：9月内完成老旧小区改造12个";
const ROADS_Q3 = "于三季度内完成农村公路改造50公里";
const PARKS_YEAR = "年内建成口袋公园8个";
const INSPECT_SEPT = "要求：9月内完成燃气安全隐患排查整治";
const PLANT_Q3 = "于三季度内开工建设污水处理厂";

export const ROWS: Row[] = [
  // 招商引资, the stage counted: 签约 is no start, 开工 no production, 在谈/计划 nothing yet; the task's own stage answers.
  ["zs-stage", START_BIG, "新签约亿元以上项目62个，协议投资额310亿元", "not-green"],
  ["zs-stage", START_BIG, "新签约亿元以上项目62个，其中已开工28个", "not-green"],
  ["zs-stage", START_BIG, "亿元以上招商项目新开工41个", "green"],
  ["zs-stage", START_BIG, "落地亿元以上项目45个", "not-green"],
  ["zs-stage", START_BIG, "计划三季度集中开工亿元以上项目45个", "not-green"],
  ["zs-stage", PRODUCE_BIG, "新开工亿元以上项目42个，新投产18个", "not-green"],
  ["zs-stage", PRODUCE_BIG, "新开工亿元以上项目42个", "not-green"],
  ["zs-stage", PRODUCE_BIG, "新投产亿元以上项目26个，投产项目总投资85亿元", "green"],
  ["zs-stage", PRODUCE_BIG, "竣工投产亿元以上项目25个", "green"],
  ["zs-stage", PRODUCE_BIG, "计划年内投产亿元以上项目32个", "not-green"],
  ["zs-stage", PRODUCE_BIG, "新签约亿元以上项目35个", "not-green"],
  ["zs-stage", LANDED, "签约招商引资项目55个，履约率85%", "not-green"],
  ["zs-stage", LANDED, "签约项目55个，其中落地项目36个", "green"],
  ["zs-stage", LANDED, "在谈项目48个，签约项目30个", "not-green"],
  ["zs-stage", LANDED, "签约招商引资项目52个", "not-green"],
  ["zs-stage", SIGNED_BIG, "新签约亿元以上项目38个", "not-green"],
  ["zs-stage", SIGNED_BIG, "新签约亿元以上项目50个，签约总额260亿元", "green"],
  ["zs-stage", SIGNED_BIG, "洽谈对接亿元以上项目75个", "not-green"],
  ["zs-stage", SIGNED_BIG, "新开工亿元以上项目52个", "not-green"],
  // 亿元以上 as a qualifier: all projects, smaller ones or a wider class do not answer it; a larger class inside it does for its part.
  ["zs-qualifier", SIGNED_BIG, "新签约项目70个，其中亿元以上项目38个", "not-green"],
  ["zs-qualifier", SIGNED_BIG, "新签约项目70个", "not-green"],
  ["zs-qualifier", "新签约项目60个", "新签约亿元以上项目50个", "not-red"],
  ["zs-qualifier", START_BIG2, "新开工项目55个，其中5亿元以上项目12个", "not-green"],
  ["zs-qualifier", START_BIG2, "新开工5000万元以上项目48个", "not-green"],
  ["zs-qualifier", START_BIG2, "新开工项目48个，总投资96亿元", "not-green"],
  ["zs-qualifier", START_BIG2, "新开工亿元以上项目33个，总投资112亿元", "green"],
  ["zs-qualifier", TEN_BIG, "引进亿元以上项目15个", "not-green"],
  ["zs-qualifier", TEN_BIG, "引进亿元以上项目15个，其中10亿元以上项目7个", "green"],
  ["zs-qualifier", TEN_BIG, "引进亿元以上项目15个，其中10亿元以上项目3个", "not-green"],
  // 协议投资额 / 签约金额 / 计划投资 are the size of what was signed, not money arrived.
  ["zs-funds", ARRIVED, "签约项目48个，协议投资额236亿元", "not-green"],
  ["zs-funds", ARRIVED, "协议引资额236亿元", "not-green"],
  ["zs-funds", ARRIVED, "签约金额236亿元，同比增长30%", "not-green"],
  ["zs-funds", ARRIVED, "引进项目计划投资额200亿元", "not-green"],
  ["zs-funds", ARRIVED, "预计全年实际到位资金可达160亿元", "not-green"],
  ["zs-funds", ARRIVED, "新签约项目总投资180亿元，已到位资金60亿元", "not-green"],
  ["zs-funds", ARRIVED, "实际到位资金86亿元", "not-green"],
  ["zs-funds", ARRIVED, "实际到位资金118亿元，同比增长12%", "green"],
  ["zs-funds", ARRIVED, "到位资金118亿元，完成年度任务的78.7%", "green"],
  ["zs-funds", ARRIVED, "协议投资额236亿元，实际到位资金118亿元", "green"],
  ["zs-funds", OUT_PROVINCE, "引进省外到位资金64亿元，完成目标任务的80%", "green"],
  ["zs-funds", OUT_PROVINCE, "引进市外到位资金64亿元", "not-green"],
  ["zs-funds", OUT_PROVINCE, "引进到位资金95亿元，其中省外到位资金48亿元", "not-green"],
  ["zs-funds", OUT_PROVINCE, "省外项目签约资金120亿元", "not-green"],
  ["zs-funds", FDI, "新批合同外资8000万美元", "not-green"],
  ["zs-funds", FDI, "实际使用外资4100万美元，同比增长6%", "green"],
  ["zs-funds", FDI, "新设外资企业12家，合同外资8000万美元", "not-green"],
  // Counts against money and money against counts.
  ["zs-count-funds", ARRIVED, "引进项目120个", "not-green"],
  ["zs-count-funds", ARRIVED, "引进招商引资项目128个，其中亿元以上项目45个", "not-green"],
  ["zs-count-funds", BIG_COUNT, "引进亿元以上项目到位资金42亿元", "not-green"],
  ["zs-count-funds", BIG_COUNT, "亿元以上项目实际到位资金占比62%", "not-green"],
  ["zs-count-funds", BIG_COUNT, "引进亿元以上项目26个，到位资金42亿元", "green"],
  ["zs-count-funds", BIG_COUNT, "引进亿元以上项目到位资金42亿元，占全部到位资金的62%", "not-green"],

  // 乡村振兴: the roll of 监测对象 is a level, its risk cleared a rate; a count of households is no rate.
  ["rv-monitor", RISK_CLEARED, "累计纳入监测对象2300户8200人", "not-green"],
  ["rv-monitor", RISK_CLEARED, "已消除风险1480户，风险消除率64.3%", "green"],
  ["rv-monitor", RISK_CLEARED, "监测对象中已消除风险1380户", "not-green"],
  ["rv-monitor", RISK_CLEARED, "2024年监测对象风险消除率为52%", "not-green", "2025-01-15", 2024],
  ["rv-monitor", MONITOR_CEILING, "全县监测对象2300户", "not-green"],
  ["rv-monitor", MONITOR_CEILING, "新纳入监测对象320户", "not-green"],
  ["rv-monitor", MONITOR_CEILING, "现有监测对象1850户", "not-red"],
  ["rv-monitor", MONITOR_CEILING, "累计识别监测对象2150户，其中已消除风险1200户", "not-green"],
  // 帮扶 counts: the helpers are not the helped; a flow of aid of its own amount answers.
  ["rv-aid", PAIRED, "结对帮扶干部1200人", "not-green"],
  ["rv-aid", PAIRED, "已结对帮扶脱贫户2600户", "green"],
  ["rv-aid", PAIRED, "结对帮扶脱贫户1800户", "not-green"],
  ["rv-aid", CONSUMPTION_AID, "消费帮扶销售农产品9500万元", "green"],
  ["rv-aid", CONSUMPTION_AID, "消费帮扶销售农产品6800万元", "not-green"],
  ["rv-aid", CONSUMPTION_AID, "消费帮扶专柜120个，入驻农产品380种", "not-green"],
  ["rv-aid", WORKSHOP, "帮扶车间吸纳脱贫人口就业650人", "green"],
  ["rv-aid", WORKSHOP, "帮扶车间42个，吸纳就业1100人", "not-green"],
  ["rv-aid", WORKSHOP, "新建帮扶车间12个", "not-green"],
  ["rv-aid", "公益性岗位安置脱贫劳动力1500人", "开发乡村公益性岗位1800个", "not-green"],
  // 务工规模 is a level kept: a flow, an increase, a wider group or a smaller level do not keep it.
  ["rv-work", WORKING_FLOOR, "脱贫人口务工就业3.62万人", "green"],
  ["rv-work", WORKING_FLOOR, "新增脱贫人口务工就业4200人", "not-green"],
  ["rv-work", WORKING_FLOOR, "脱贫人口外出务工3.1万人", "not-green"],
  ["rv-work", WORKING_FLOOR, "脱贫劳动力务工就业3.4万人，较上年增加1200人", "not-green"],
  ["rv-work", WORKING_FLOOR, "脱贫人口务工规模较上年增加3000人", "not-green"],
  ["rv-work", WORKING_FLOOR, "全县农村劳动力转移就业12万人", "not-green"],
  ["rv-work", "脱贫劳动力务工规模不低于2.8万人", "脱贫劳动力务工就业2.95万人，完成目标任务的105%", "green"],
  ["rv-work", WORKING_UP, "脱贫劳动力务工就业2.95万人", "not-green"],
  ["rv-work", WORKING_UP, "脱贫劳动力务工就业2.95万人，较上年减少600人", "not-green"],
  ["rv-work", WORKING_UP, "脱贫劳动力务工就业2.95万人，较上年增加1300人", "green"],
  // 衔接资金: 下达 and 分配 are steps before spending; only spent (支出, 支付) answers a spending target. 拨付 is read either way.
  ["rv-fund", FUND_PACE, "衔接资金已全部下达到县", "not-green"],
  ["rv-fund", FUND_PACE, "下达衔接资金2.3亿元，下达率100%", "not-green"],
  ["rv-fund", FUND_PACE, "衔接资金下达进度达到95%", "not-green"],
  ["rv-fund", FUND_PACE, "衔接资金支出进度88%", "green"],
  ["rv-fund", FUND_PACE, "衔接资金已支出1.1亿元，支出进度45%", "not-green"],
  ["rv-fund", FUND_PACE, "中央衔接资金2.3亿元已全部分配到项目", "not-green"],
  ["rv-fund", FUND_PACE, "衔接资金项目开工率100%", "not-green"],
  ["rv-fund", FUND_PACE, "衔接资金拨付进度达到90%", "not-red"],
  ["rv-fund", FUND_SPENT, "下达衔接资金2.1亿元", "not-green"],
  ["rv-fund", FUND_SPENT, "衔接资金已支付1.5亿元", "green"],
  ["rv-fund", FUND_SPENT, "安排衔接资金2.1亿元，实施项目86个", "not-green"],
  ["rv-fund", FUND_SPENT, "下达衔接资金2.1亿元，已拨付1.9亿元", "not-red"],
  ["rv-fund", FUND_SPENT, "下达衔接资金2.1亿元，已支出0.9亿元", "not-green"],
  ["rv-fund", FUND_INDUSTRY, "衔接资金用于产业发展的资金1.2亿元", "not-green"],
  ["rv-fund", FUND_INDUSTRY, "衔接资金用于产业发展比重达62%", "green"],
  ["rv-fund", FUND_INDUSTRY, "2024年衔接资金用于产业发展比重为48%", "not-green", "2025-01-15", 2024],
  ["rv-fund", MICROCREDIT, "脱贫人口小额信贷余额2.8亿元", "not-green"],
  ["rv-fund", MICROCREDIT, "新增发放脱贫人口小额信贷1.2亿元", "green"],
  ["rv-income", "脱贫人口人均纯收入增长10%", "监测对象人均纯收入增长14%", "not-green"],
  ["rv-income", "脱贫人口人均纯收入增长10%", "农村居民人均可支配收入增长12%", "not-green"],
  ["rv-income", "脱贫人口人均纯收入增长10%", "脱贫人口人均纯收入增长11.5%", "green"],

  // Ceilings of a rate with no unit: an actual above is never green, in any wording of the same measure.
  ["ceiling-bare", GDP_DEATHS, "亿元GDP生产安全事故死亡率为0.072", "not-green"],
  ["ceiling-bare", GDP_DEATHS, "亿元GDP生产安全事故死亡率0.045", "not-red"],
  ["ceiling-bare", GDP_DEATHS, "亿元GDP生产安全事故死亡率同比下降15%", "not-green"],
  ["ceiling-bare", GDP_DEATHS, "亿元GDP生产安全事故死亡人数为0.08", "not-green"],
  ["ceiling-bare", GDP_DEATHS, "亿元GDP生产安全事故死亡率由0.09降至0.07", "not-green"],
  ["ceiling-bare", GDP_DEATHS, "亿元地区生产总值生产安全事故死亡率0.068", "not-green"],
  ["ceiling-bare", GDP_DEATHS, "生产安全事故死亡6人，同比下降25%", "not-green"],
  ["ceiling-bare", GDP_DEATHS, "亿元GDP生产安全事故死亡率0.072，高于控制目标", "not-green"],
  ["ceiling-bare", GDP_DEATHS, "2024年全县亿元GDP生产安全事故死亡率为0.071", "not-green", "2025-01-20", 2024],
  ["ceiling-bare", "亿元GDP生产安全事故死亡率下降到0.05以下", "亿元GDP生产安全事故死亡率为0.055", "not-green"],
  ["ceiling-bare", CAR_DEATHS, "道路交通万车死亡率为2.1", "not-green"],
  ["ceiling-bare", CAR_DEATHS, "道路交通万车死亡率1.56", "not-red"],
  ["ceiling-bare", CAR_DEATHS, "道路交通万车死亡率2.1，同比下降0.3", "not-green"],
  ["ceiling-bare", CAR_DEATHS, "道路交通事故万车死亡人数为2.05", "not-green"],
  ["ceiling-bare", CAR_DEATHS, "道路交通万车死亡率较上年下降12%", "not-green"],
  ["ceiling-bare", CAR_DEATHS, "道路交通事故死亡15人", "not-green"],
  ["ceiling-bare", CAR_DEATHS, "道路交通万车死亡率由2.4降至1.9", "not-green"],
  ["ceiling-bare", WORKER_DEATHS, "工矿商贸十万从业人员生产安全事故死亡率1.35", "not-green"],
  ["ceiling-bare", WORKER_DEATHS, "工矿商贸十万从业人员事故死亡率0.98", "not-red"],
  ["ceiling-bare", "煤矿百万吨死亡率控制在0.1以下", "煤矿百万吨死亡率0.12", "not-green"],
  ["ceiling-bare", FIRE_DEATHS, "火灾十万人口死亡率为0.25", "not-green"],
  ["ceiling-bare", FIRE_DEATHS, "火灾十万人口死亡率0.15", "not-red"],

  // A level read just after a mid-year deadline: an older reading under the bar is late or unknown, never green.
  ["late-level", SEWAGE_JUNE, "截至5月底，农村生活污水治理覆盖率为35%", "not-green", "2024-07-03"],
  ["late-level", SEWAGE_JUNE, "截至6月底，农村生活污水治理覆盖率达到41%", "green", "2024-07-03"],
  ["late-level", SEWAGE_JUNE, "截至5月底，农村生活污水治理覆盖率达到42%", "green", "2024-07-03"],
  ["late-level", SEWAGE_JUNE, "截至5月底，农村生活污水治理覆盖率为35%，预计6月底可达40%", "not-green", "2024-07-03"],
  ["late-level", SEWAGE_JUNE, "农村生活污水治理覆盖率为35%", "not-green", "2024-07-03"],
  ["late-level", "上半年城市生活垃圾分类覆盖率达到80%", "截至5月底，生活垃圾分类覆盖率为72%", "not-green", "2024-07-05"],
  ["late-level", TOILETS_JUNE, "截至5月底已完成农村户厕改造1000户", "not-green", "2024-07-03"],
  ["late-level", TOILETS_JUNE, "1-5月完成农村户厕改造1000户", "not-green", "2024-07-03"],
  ["late-level", "6月底前义务教育学校智慧课堂覆盖率达到50%", "今年以来，智慧课堂覆盖率由38%提高到45%", "not-green", "2024-07-10"],
  ["late-level", ONLINE_AUG, "截至7月底，政务服务事项网上可办率为91%", "not-green", "2024-09-05"],
  ["late-level", ONLINE_AUG, "政务服务事项网上可办率达到96%", "green", "2024-09-05"],
  ["late-level", "三季度末社保卡持卡率达到98%", "截至8月底社保卡持卡率为96.5%", "not-green", "2024-10-08"],

  // An increase or a cut right after the measure, read the right way round.
  ["after-measure", TIME_DOWN, "审批时限较去年同期减少7天", "green"],
  ["after-measure", TIME_DOWN, "审批时限较上年增加3天", "not-green"],
  ["after-measure", TIME_DOWN, "审批时限较去年同期增加7天", "not-green"],
  ["after-measure", WORKDAYS_DOWN, "工程建设项目审批时间较上年增加2个工作日", "not-green"],
  ["after-measure", WORKDAYS_DOWN, "工程建设项目审批时间较上年压减12个工作日", "green"],
  ["after-measure", WORKDAYS_DOWN, "工程建设项目审批环节较上年压减12个", "not-green"],
  ["after-measure", OPEN_FIRM, "企业开办时间较上年延长1天", "not-green"],
  ["after-measure", OPEN_FIRM, "企业开办时间较上年缩短2.5天", "green"],
  ["after-measure", "不动产登记办理时限较上年减少3个工作日", "不动产登记办理时限较上年增加3个工作日", "not-green"],
  ["after-measure", "林地面积较上年增加500亩", "林地面积较上年减少500亩", "not-green"],
  ["after-measure", UNEMPLOYED_DOWN, "城镇登记失业率较上年上升0.2个百分点", "not-green"],
  ["after-measure", UNEMPLOYED_DOWN, "城镇登记失业率较上年下降0.3个百分点", "green"],
  ["after-measure", SMOG_DOWN, "重污染天数较上年增加3天", "not-green"],
  ["after-measure", SMOG_DOWN, "重污染天数同比减少4天", "green"],
  ["after-measure", "空气质量优良天数比上年增加5天", "空气质量优良天数比上年同期少3天", "not-green"],

  // Deadlines passed without 完成: never green; the work's own 完成 after the deadline is.
  ["deadline-passed", OLD_ESTATES_SEPT, "已开工老旧小区改造12个，正在加紧施工", "not-green", "2024-10-08"],
  ["deadline-passed", OLD_ESTATES_SEPT, "老旧小区改造12个已全部完工", "green", "2024-10-08"],
  ["deadline-passed", ROADS_Q3, "已完成农村公路改造42公里", "not-green", "2024-10-10"],
  ["deadline-passed", ROADS_Q3, "农村公路改造50公里已全面完工", "green", "2024-10-10"],
  ["deadline-passed", ROADS_Q3, "农村公路改造工程正在抓紧推进", "not-green", "2024-10-10"],
  ["deadline-passed", PARKS_YEAR, "口袋公园8个均已开工", "not-green", "2025-01-10", 2024],
  ["deadline-passed", PARKS_YEAR, "已建成口袋公园6个，另2个正在施工", "not-green", "2025-01-10", 2024],
  ["deadline-passed", PARKS_YEAR, "8个口袋公园已全部建成开放", "green", "2025-01-10", 2024],
  ["deadline-passed", INSPECT_SEPT, "正在开展排查整治，已排查企业320家", "not-green", "2024-10-08"],
  ["deadline-passed", INSPECT_SEPT, "排查整治工作有序推进", "not-green", "2024-10-08"],
  ["deadline-passed", INSPECT_SEPT, "已排查燃气用户1.2万户，发现隐患320处，已整改290处", "not-green", "2024-10-08"],
  ["deadline-passed", "于三季度内完成老旧管网改造", "老旧管网改造工程进展顺利，已完成总工程量的90%", "not-green", "2024-10-10"],
  ["deadline-passed", "要求：9月内完成农贸市场提升改造", "农贸市场提升改造已全部完成", "green", "2024-10-08"],
  ["deadline-passed", "年内完成城区雨污分流改造", "城区雨污分流改造已完成主体工程，正在进行路面恢复", "not-green", "2025-01-10", 2024],
  ["deadline-passed", PLANT_Q3, "污水处理厂项目已于8月20日开工建设", "green", "2024-10-10"],
  ["deadline-passed", PLANT_Q3, "污水处理厂项目正在办理施工许可", "not-green", "2024-10-10"],
  ["deadline-passed", PLANT_Q3, "污水处理厂项目计划10月底开工", "not-green", "2024-10-10"],

  // Second pass (written after the first run, before the judge ran on these): lookalikes of the two wrong greens the first
  // pass found — a flow under a stock's ceiling, money set aside or arrived for money spent — and more of each family.
  ["p2-stock-ceiling", "政府债务余额控制在50亿元以内", "新增政府债务8亿元", "not-green"],
  ["p2-stock-ceiling", "能源消费总量控制在300万吨标准煤以内", "新增能源消费量12万吨标准煤", "not-green"],
  ["p2-stock-ceiling", "全县监测对象控制在1500户以内", "今年新识别监测对象210户", "not-green"],
  ["p2-stock-ceiling", "全县监测对象控制在1500户以内", "新认定监测对象210户，累计监测对象1620户", "not-green"],
  ["p2-stock-ceiling", "新增建设用地控制在3000亩以内", "新增建设用地2100亩", "not-red"],
  ["p2-stock-ceiling", "较大以上生产安全事故控制在2起以内", "发生较大生产安全事故1起", "not-red"],
  ["p2-stock-ceiling", "全县监测对象控制在1500户以内", "全县监测对象1420户，其中新纳入210户", "not-red"],
  ["p2-money-act", FUND_SPENT, "筹措衔接资金2.5亿元", "not-green"],
  ["p2-money-act", FUND_SPENT, "争取上级衔接资金2.3亿元", "not-green"],
  ["p2-money-act", FUND_SPENT, "衔接资金预算2.1亿元", "not-green"],
  ["p2-money-act", FUND_SPENT, "衔接资金已分配到项目2.0亿元", "not-green"],
  ["p2-money-act", FUND_SPENT, "衔接资金到位2.2亿元", "not-green"],
  ["p2-money-act", FUND_SPENT, "累计支出衔接资金1.5亿元", "green"],
  ["p2-money-act", FUND_SPENT, "衔接资金已拨付到项目1.9亿元", "not-red"],
  ["p2-money-act", "完成财政专项资金支出5000万元", "到位财政专项资金6000万元", "not-green"],
  ["p2-money-act", "民生支出占一般公共预算支出比重达到80%", "民生支出占一般公共预算支出比重82%", "green"],
  ["p2-money-act", FUND_PACE, "衔接资金分配进度100%", "not-green"],
  ["p2-money-act", FUND_PACE, "衔接资金到位率100%", "not-green"],
  ["p2-money-act", FUND_PACE, "衔接资金项目完工率88%", "not-green"],
  ["p2-zs", ARRIVED, "招商引资到位资金计划160亿元", "not-green"],
  ["p2-zs", ARRIVED, "招商引资合同资金150亿元", "not-green"],
  ["p2-zs", ARRIVED, "新签约项目投资总额180亿元", "not-green"],
  ["p2-zs", ARRIVED, "招商引资项目完成投资120亿元", "not-green"],
  ["p2-zs", START_BIG2, "新开工项目48个，其中亿元以上项目24个", "not-green"],
  ["p2-zs", START_BIG2, "亿元以上项目开工率达到85%", "not-green"],
  ["p2-zs", LANDED, "注册落地项目36个", "green"],
  ["p2-late", "上半年农村自来水普及率达到92%", "一季度末农村自来水普及率为90%", "not-green", "2024-07-05"],
  ["p2-after", OPEN_FIRM, "企业开办时间为1.5天", "not-green"],
  ["p2-ceiling", CAR_DEATHS, "道路交通万车死亡率1.92，低于全省平均水平", "not-green"],
  ["p2-ceiling", CAR_DEATHS, "全省道路交通万车死亡率1.6，我县为2.2", "not-green"],
  ["p2-ceiling", GDP_DEATHS, "亿元GDP生产安全事故死亡率0.058，同比上升20%", "not-red"],
];

/** Rows still answered otherwise than labelled after this hunt, each with its reason (docs/metrics.md "Hunt 19"). */
export const KNOWN_OPEN = new Set<string>([
  // Safe side (无法研判 where green is labelled):
  // 竣工投产 for 新投产: the two acts are read as one stage's words and another's, and the count is not compared.
  "新投产亿元以上项目30个 ⟵ 竣工投产亿元以上项目25个",
  // A level reached a month before the deadline ("截至5月底…42%" for 6月底前…40%), read after it: what stood at the
  // deadline is not told (JUDGE_FIGURES_BEFORE_DEADLINE) — a level may fall again, so 无法研判 is defensible.
  "6月底前农村生活污水治理覆盖率达到40% ⟵ 截至5月底，农村生活污水治理覆盖率达到42% @2024-07-03",
  // Round aq's increase rule reads an increase said right after the measure as a change, not a level, and then finds no
  // level: the open rows of hunt 18 ("优良天数较去年同期增加7天") in other measures.
  "审批时限较去年同期减少5天 ⟵ 审批时限较去年同期减少7天",
  "重污染天数较上年减少3天 ⟵ 重污染天数同比减少4天",
  // A running total with no start (累计支出) is not taken as this year's spending (WEAK_CUMULATIVE_NO_PERIOD).
  "完成衔接资金支出1.8亿元 ⟵ 累计支出衔接资金1.5亿元",
  // Wrong reds (已逾期 / 未反映该指标 where green or 无法研判 is labelled):
  // 务工规模 and 务工就业 are one measure of people at work, but the names are parted (未反映该指标).
  "脱贫人口务工规模稳定在3.5万人以上 ⟵ 脱贫人口务工就业3.62万人",
  // A level with no date read after a deadline inside the year: the judge asks for the deadline's own figure (已逾期).
  "8月底前政务服务事项网上可办率达到95% ⟵ 政务服务事项网上可办率达到96% @2024-09-05",
  // 拨付到项目 is not matched to 支出 (未反映该指标); labelled either way (拨付 may be spending).
  "完成衔接资金支出1.8亿元 ⟵ 衔接资金已拨付到项目1.9亿元",
  // The label is disputable: 开工率 of the same projects is read, by the corpus's convention, as the share of the task done
  // (85% of 40 on pace: 序时推进); the label took the rate's base as unknown. Left as labelled, not relabelled after the run.
  "新开工亿元以上项目40个 ⟵ 亿元以上项目开工率达到85%",
]);

labelledHunt("hunt 19: 招商引资 stages, 乡村振兴 levels, bare ceilings, late levels and deadlines, labelled before the judge ran", ROWS, KNOWN_OPEN);

/** The deadlines these forms give, as a careful reader writes them (null: no deadline). */
const DEADLINES: [string, number, string | null][] = [
  ["要求：9月内完成燃气安全隐患排查整治", 2024, "2024-09-30"],
  ["于三季度内完成农村公路改造50公里", 2024, "2024-09-30"],
  ["第三季度内完成招标", 2024, "2024-09-30"],
  ["力争于三季度内开工", 2024, "2024-09-30"],
  ["年内建成口袋公园8个", 2024, "2024-12-31"],
  ["要求：年内完成城区雨污分流改造", 2024, "2024-12-31"],
  ["于9月内完成验收", 2024, "2024-09-30"],
  ["三季度末前完成", 2024, "2024-09-30"],
  ["6月底前农村生活污水治理覆盖率达到40%", 2024, "2024-06-30"],
  ["上半年城市生活垃圾分类覆盖率达到80%", 2024, "2024-06-30"],
  ["三季度末社保卡持卡率达到98%", 2024, "2024-09-30"],
];

/** Deadline rows read otherwise than labelled. */
const DEADLINES_OPEN = new Set<string>([]);

describe("hunt 19: deadlines of these forms, labelled before the reader ran", () => {
  it.each(DEADLINES.filter(([text]) => !DEADLINES_OPEN.has(text)))("%s (%i) → %s", (text, year, expected) => {
    expect(parseDeadline(text, year)).toBe(expected);
  });
  const open = DEADLINES.filter(([text]) => DEADLINES_OPEN.has(text));
  if (open.length)
    it.each(open)("known open: %s (%i) should be %s, and is not yet", (text, year, expected) => {
      expect(parseDeadline(text, year)).not.toBe(expected);
    });
});
