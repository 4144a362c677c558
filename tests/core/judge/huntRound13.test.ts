/**
 * Hunt 13 (docs/metrics.md "Hunt 13"): lookalikes in our own words of the genres that gave the last held-out wrong greens —
 * plan-execution reports, air quality (PM2.5/PM10 concentrations, 优良天数比例, 重污染天数), approval times, budgets,
 * key projects' investment, 民生实事 with forecasts — each with the verdict a careful supervisor gives, written down before
 * the judge ran on it. "not-green" is any answer but 已完成/序时推进; "not-done" any answer but 已完成; "green" 已完成 or
 * 序时推进; a status names that status. The as-of date is 30 September 2024 unless a row gives one.
 */
import { labelledHunt, Row, verdict } from "./hunt";


/** [family, target, progress text, the supervisor's verdict, as-of date]. */

const YEAR_END = "2024-12-31";

const PM25_CAP = "PM2.5平均浓度控制在32微克/立方米以内";
const PM25_DROP = "PM2.5平均浓度下降5%";
const PM10_CAP = "PM10平均浓度控制在55微克/立方米以内";
const GOOD_DAYS = "空气质量优良天数比例达到85%";
const HEAVY_DAYS = "重污染天数控制在5天以内";
const APPROVAL = "工程建设项目审批时限压缩至60个工作日以内";
const START_UP = "企业开办时间压缩至1个工作日以内";
const REGISTRY = "不动产登记办理时限压缩至5个工作日以内";
const REVENUE_GROWTH = "一般公共预算收入增长5%";
const REVENUE = "一般公共预算收入完成20亿元";
const THREE_PUBLIC = "“三公”经费下降5%";
const KEY_INVEST = "重点项目完成投资100亿元";
const KEY_PLAN = "重点项目完成年度投资计划";
const KEY_START = "重点项目开工率达到90%";
const HOMES = "建成农村幸福院15个";
const LIVELIHOOD = "办好十件民生实事";
const GDP = "地区生产总值增长6%";
const INCOME = "居民人均可支配收入增长6.5%";
const JOBS = "新增城镇就业8000人";
const COD = "化学需氧量排放量下降3%";
const SO2 = "二氧化硫排放总量下降2%";
const SEWAGE = "城市生活污水集中收集率达到70%";
const FOREST = "森林覆盖率达到45%";
const WATER = "地表水国控断面水质优良比例达到90%";
const BOILERS = "淘汰燃煤锅炉30台";
const STATIONS = "建成空气质量自动监测站8个";
const UNEMPLOYMENT = "城镇登记失业率控制在4%以内";
const CPI = "居民消费价格涨幅控制在3%左右";
const ENERGY = "单位地区生产总值能耗下降3%";

export const ROWS: Row[] = [
  // 1. pm: a PM2.5 target answered by another pollutant, another place, a month, last year, a station, a rank, a
  // decline for a level or a level for a decline.
  ["pm", PM25_CAP, "1-9月PM10平均浓度为30微克/立方米", "not-green"],
  ["pm", PM25_CAP, "1-9月臭氧平均浓度为30微克/立方米", "not-green"],
  ["pm", PM25_CAP, "9月份PM2.5平均浓度为18微克/立方米", "not-green"],
  ["pm", PM25_CAP, "9月当月细颗粒物平均浓度20微克/立方米，同比下降10%", "not-green"],
  ["pm", PM25_CAP, "2023年PM2.5平均浓度为30微克/立方米", "not-green"],
  ["pm", PM25_CAP, "去年全年PM2.5平均浓度31微克/立方米", "not-green"],
  ["pm", PM25_CAP, "1-9月PM2.5平均浓度同比下降8%", "not-green"],
  ["pm", PM25_CAP, "1-9月城东监测站PM2.5平均浓度28微克/立方米", "not-green"],
  ["pm", PM25_CAP, "1-9月PM2.5平均浓度在全市排第3位", "not-green"],
  ["pm", PM25_CAP, "1-9月PM2.5浓度超标天数为30天", "not-green"],
  ["pm", PM25_CAP, "1-9月PM2.5平均浓度较全省平均低4微克/立方米", "not-green"],
  ["pm", PM25_DROP, "1-9月PM2.5平均浓度为30微克/立方米", "not-green"],
  ["pm", PM25_DROP, "1-9月PM10平均浓度同比下降7%", "not-green"],
  ["pm", PM25_DROP, "1-9月PM2.5平均浓度下降3微克/立方米", "not-green"],
  ["pm", PM25_DROP, "1-9月PM2.5超标天数同比下降20%", "not-green"],
  ["pm", PM25_DROP, "9月份PM2.5平均浓度同比下降15%", "not-green"],
  ["pm", PM25_DROP, "1-9月PM2.5平均浓度较2020年下降12%", "not-green"],
  ["pm", PM25_DROP, "“十四五”以来PM2.5平均浓度累计下降18%", "not-green"],
  ["pm", PM25_DROP, "1-9月重污染天数同比下降20%", "not-green"],
  ["pm", PM25_DROP, "1-9月PM2.5平均浓度同比上升6%", "not-green"],
  ["pm", PM10_CAP, "1-9月PM2.5平均浓度为40微克/立方米", "not-green"],
  ["pm", PM10_CAP, "PM10和PM2.5平均浓度分别为58和29微克/立方米", "not-green"],
  ["pm", PM10_CAP, "1-9月可吸入颗粒物平均浓度上升至58微克/立方米", "not-green"],
  // Controls.
  ["pm", PM25_CAP, "1-9月PM2.5平均浓度29微克/立方米，同比下降6%", "green"],
  ["pm", PM25_CAP, "1-9月细颗粒物（PM2.5）平均浓度为30微克/立方米", "green"],
  ["pm", PM25_DROP, "1-9月PM2.5平均浓度同比下降6.2%", "green"],
  ["pm", PM10_CAP, "1-9月PM10和PM2.5平均浓度分别为50和29微克/立方米", "green"],

  // 2. days: the share of good days, and heavy days, answered by a count, a change, a month, a part of the class.
  ["days", GOOD_DAYS, "1-9月空气质量优良天数250天", "not-green"],
  ["days", GOOD_DAYS, "1-9月优良天数比例同比提高3个百分点", "not-green"],
  ["days", GOOD_DAYS, "2023年空气质量优良天数比例为88%", "not-green"],
  ["days", GOOD_DAYS, "9月份空气质量优良天数比例为96.7%", "not-green"],
  ["days", GOOD_DAYS, "三季度空气质量优良天数比例92%", "not-green"],
  ["days", GOOD_DAYS, "1-9月空气质量优良天数比例在全市排第2位", "not-green"],
  ["days", GOOD_DAYS, "1-9月优良天数比例高于全省平均5个百分点", "not-green"],
  ["days", GOOD_DAYS, "1-9月石门镇空气质量优良天数比例92%", "not-green"],
  ["days", GOOD_DAYS, "1-9月空气质量优良天数比例为84.5%", "not-green"],
  ["days", GOOD_DAYS, "1-9月PM2.5达标天数比例为95%", "not-green"],
  ["days", GOOD_DAYS, "预计全年空气质量优良天数比例可达86%", "not-green"],
  ["days", GOOD_DAYS, "省下达我县空气质量优良天数比例目标为85%", "not-green"],
  ["days", HEAVY_DAYS, "1-9月重度污染天数3天", "not-green"],
  ["days", HEAVY_DAYS, "1-9月严重污染天数为0天", "not-green"],
  ["days", HEAVY_DAYS, "1-9月重污染天数同比减少4天", "not-green"],
  ["days", HEAVY_DAYS, "1-9月重污染天数比例1.2%", "not-green"],
  ["days", HEAVY_DAYS, "1-9月中度及以上污染天数4天", "not-green"],
  ["days", HEAVY_DAYS, "9月份未出现重污染天气", "not-green"],
  ["days", HEAVY_DAYS, "1-9月重污染天数8天", "not-green"],
  // Controls.
  ["days", GOOD_DAYS, "1-9月空气质量优良天数比例为88.3%，同比提高2个百分点", "green"],
  ["days", GOOD_DAYS, "1-9月优良天数245天，占有效监测天数的89.4%", "green"],
  ["days", HEAVY_DAYS, "1-9月重污染天数3天，同比减少2天", "green"],

  // 3. approval: a time limit answered by a saving, a share of the legal time, a class of projects, one step, another
  // procedure, a plan or an aim.
  ["approval", APPROVAL, "工程建设项目审批时限压缩至80个工作日以内", "not-green"],
  ["approval", APPROVAL, "工程建设项目审批时限压缩了60个工作日", "not-green"],
  ["approval", APPROVAL, "工程建设项目审批时限压缩60%", "not-green"],
  ["approval", APPROVAL, "工程建设项目审批时限平均压缩至法定时限的40%", "not-green"],
  ["approval", APPROVAL, "社会投资小型低风险项目审批时限压缩至15个工作日", "not-green"],
  ["approval", APPROVAL, "施工许可环节办理时限压缩至5个工作日", "not-green"],
  ["approval", APPROVAL, "企业开办时间压缩至1个工作日", "not-green"],
  ["approval", APPROVAL, "力争年底前工程建设项目审批时限压缩至50个工作日以内", "not-green"],
  ["approval", APPROVAL, "《工程建设项目审批时限压缩至60个工作日以内的实施方案》已印发", "not-green"],
  ["approval", APPROVAL, "工程建设项目审批时限为65个工作日", "not-green"],
  ["approval", APPROVAL, "工程建设项目审批时限较全省平均少20个工作日", "not-green"],
  ["approval", APPROVAL, "工程建设项目审批流程再造已完成", "not-done"],
  ["approval", START_UP, "企业开办时间平均压缩至1.5个工作日", "not-green"],
  ["approval", START_UP, "企业设立登记环节压缩至0.5个工作日", "not-green"],
  ["approval", START_UP, "企业开办时间较去年压缩1个工作日", "not-green"],
  ["approval", START_UP, "企业开办“一网通办”率达到100%", "not-green"],
  ["approval", REGISTRY, "不动产登记平均办理时间压缩了5个工作日", "not-green"],
  ["approval", REGISTRY, "不动产抵押登记办理时限压缩至3个工作日", "not-green"],
  ["approval", REGISTRY, "不动产登记办理时限压缩至7个工作日", "not-green"],
  ["approval", REGISTRY, "政务服务事项承诺时限压缩至法定时限的40%", "not-green"],
  // Controls.
  ["approval", APPROVAL, "工程建设项目全流程审批时限压缩至55个工作日以内", "green"],
  ["approval", START_UP, "企业开办全流程压缩至0.5个工作日", "green"],
  ["approval", REGISTRY, "不动产登记办理时限已压缩至3个工作日", "green"],

  // 4. budget: a budget's share for a growth, a part of the revenue, a wider or other revenue, a forecast, a budget
  // figure for a result.
  ["budget", REVENUE_GROWTH, "1-9月一般公共预算收入完成年初预算的82%", "not-green"],
  ["budget", REVENUE_GROWTH, "全年一般公共预算收入完成预算的105%", "not-green", YEAR_END],
  ["budget", REVENUE_GROWTH, "1-9月税收收入增长8%", "not-green"],
  ["budget", REVENUE_GROWTH, "1-9月全口径财政收入增长6%", "not-green"],
  ["budget", REVENUE_GROWTH, "1-9月一般公共预算支出增长8%", "not-green"],
  ["budget", REVENUE_GROWTH, "预计全年一般公共预算收入增长5.2%", "not-green"],
  ["budget", REVENUE_GROWTH, "一般公共预算收入预计完成21亿元，增长5.5%", "not-green"],
  ["budget", REVENUE_GROWTH, "1-9月上级补助收入增长10%", "not-green"],
  ["budget", REVENUE_GROWTH, "1-9月一般公共预算收入增幅较上年同期提高2个百分点", "not-green"],
  ["budget", REVENUE_GROWTH, "1-9月一般公共预算收入增速高于全市平均2个百分点", "not-green"],
  ["budget", REVENUE_GROWTH, "近三年一般公共预算收入年均增长6%", "not-green"],
  ["budget", REVENUE_GROWTH, "1-9月一般公共预算收入下降3%，完成预算的72%", "not-green"],
  ["budget", REVENUE_GROWTH, "2025年一般公共预算收入预期增长5.5%", "not-green", YEAR_END],
  ["budget", REVENUE_GROWTH, "1-9月非税收入增长12%", "not-green"],
  ["budget", REVENUE, "1-9月一般公共预算收入完成预算的102%", "not-done"],
  ["budget", REVENUE, "全年一般公共预算收入预算安排21亿元", "not-green", YEAR_END],
  ["budget", REVENUE, "1-9月一般公共预算收入中税收收入完成16亿元", "not-green"],
  ["budget", REVENUE, "1-9月全口径财政收入完成22亿元", "not-green"],
  ["budget", THREE_PUBLIC, "年初预算安排“三公”经费同比下降5%", "not-green"],
  ["budget", THREE_PUBLIC, "1-9月一般性支出压减8%", "not-green"],
  ["budget", "一般公共预算支出增长5%", "1-9月一般公共预算支出完成调整预算的78%", "not-green"],
  ["budget", "民生支出占一般公共预算支出比重达到80%", "1-9月民生支出完成预算的82%", "not-green"],
  // Controls.
  ["budget", REVENUE_GROWTH, "1-9月一般公共预算收入15.8亿元，同比增长5.6%", "green"],
  ["budget", REVENUE, "全年一般公共预算收入完成20.6亿元，完成预算的103%", "done", YEAR_END],
  ["budget", THREE_PUBLIC, "1-9月“三公”经费支出同比下降8%", "green"],
  ["budget", "民生支出占一般公共预算支出比重达到80%", "1-9月民生支出占一般公共预算支出比重为82%", "green"],

  // 5. invest: key projects' investment answered by a plan, a total, a part of the projects, a share of a period's plan, a
  // growth, a rank, a share of another base.
  ["invest", KEY_INVEST, "重点项目年度计划投资105亿元，1-9月完成投资60亿元", "not-green"],
  ["invest", KEY_INVEST, "今年安排重点项目45个，年度计划投资105亿元", "not-green"],
  ["invest", KEY_INVEST, "45个重点项目总投资320亿元", "not-green"],
  ["invest", KEY_INVEST, "重点项目累计完成投资260亿元", "not-green", YEAR_END],
  ["invest", KEY_INVEST, "1-9月续建重点项目完成投资102亿元", "not-green"],
  ["invest", KEY_INVEST, "1-9月重点项目完成投资同比增长15%", "not-green"],
  ["invest", KEY_INVEST, "1-9月重点项目开工率100%", "not-green"],
  ["invest", KEY_INVEST, "全年重点项目完成投资85亿元，占年度计划的110%", "not-green", YEAR_END],
  ["invest", KEY_INVEST, "预计全年重点项目完成投资105亿元", "not-green", YEAR_END],
  ["invest", KEY_INVEST, "1-9月重点项目完成投资占全县固定资产投资的60%", "not-green"],
  ["invest", KEY_PLAN, "1-9月省级重点项目投资完成率105%", "not-done"],
  ["invest", KEY_PLAN, "1-9月新开工重点项目完成投资占年度计划的110%", "not-done"],
  ["invest", KEY_PLAN, "1-9月重点项目完成序时计划的105%", "not-done"],
  ["invest", KEY_PLAN, "1-9月重点项目完成前三季度计划投资的103%", "not-done"],
  ["invest", KEY_PLAN, "三季度重点项目完成季度计划投资的120%", "not-done"],
  ["invest", KEY_PLAN, "1-9月重点项目投资完成率居全市第2位", "not-green"],
  ["invest", KEY_PLAN, "1-9月重点项目完成投资同比增长25%", "not-green"],
  ["invest", KEY_PLAN, "重点项目年度投资计划已下达", "not-green"],
  ["invest", KEY_PLAN, "1-9月竣工投产项目完成投资占年度计划的105%", "not-done"],
  ["invest", KEY_PLAN, "1-9月重点项目完成投资占年度计划的52%", "not-green"],
  ["invest", KEY_START, "1-9月计划开工项目已全部开工，开工率100%", "not-done"],
  ["invest", KEY_START, "1-9月重点项目完成1-9月计划开工的95%", "not-done"],
  ["invest", KEY_START, "1-9月省级重点项目开工率100%", "not-done"],
  ["invest", KEY_START, "1-9月重点项目投资完成率95%", "not-green"],
  ["invest", KEY_START, "1-9月重点项目开复工率95%", "not-done"],
  // Controls.
  ["invest", KEY_INVEST, "1-9月重点项目完成投资78亿元，占年度计划的78%", "green"],
  ["invest", KEY_PLAN, "1-9月重点项目完成投资占年度计划的78%，超序时进度3个百分点", "green"],
  ["invest", KEY_PLAN, "全年重点项目完成投资112亿元，占年度计划的106.7%", "done", YEAR_END],

  // 6. livelihood: 民生实事 with a forecast of the finish, a share of the items, the money, a start rate, works' progress.
  ["livelihood", HOMES, "已完成8个（53%），预计10月底前全部完成", "not-green"],
  ["livelihood", HOMES, "15个农村幸福院预计11月底前全部完成", "not-green"],
  ["livelihood", HOMES, "15个农村幸福院已全部开工，开工率100%", "not-done"],
  ["livelihood", HOMES, "农村幸福院建设预计完成率100%", "not-green"],
  ["livelihood", HOMES, "农村幸福院建设资金拨付完成率100%", "not-done"],
  ["livelihood", HOMES, "15个农村幸福院正在施工中（完成工程量的90%）", "not-done"],
  ["livelihood", HOMES, "农村幸福院建设已完成选址15个", "not-green"],
  ["livelihood", HOMES, "已建成农村幸福院8个，其余7个预计年底前建成", "not-green"],
  ["livelihood", LIVELIHOOD, "十件民生实事已全部开工，开工率100%", "not-done"],
  ["livelihood", LIVELIHOOD, "十件民生实事已全面启动", "not-done"],
  ["livelihood", LIVELIHOOD, "十件民生实事中6件已提前完成全年任务", "not-done"],
  ["livelihood", LIVELIHOOD, "民生实事已完成投资11.5亿元，完成年度总投资的88.8%", "not-done"],
  ["livelihood", LIVELIHOOD, "民生实事项目已全部完成招标", "not-done"],
  ["livelihood", LIVELIHOOD, "十件民生实事均已完成年度任务的80%以上", "not-done"],
  ["livelihood", LIVELIHOOD, "十件民生实事预计年底前全部完成", "not-done"],
  ["livelihood", "为适龄女生接种HPV疫苗9300人", "已完成4769人（51.2%），预计11月底前全部完成", "not-green"],
  ["livelihood", "新增托位540个", "新增托位200个，预计年底前完成540个", "not-green"],
  ["livelihood", "改造老旧小区6个", "6个老旧小区改造正在施工中（90%）", "not-done"],
  ["livelihood", "新建城市书房10个", "城市书房建设完成率100%（含在建）", "not-done"],
  ["livelihood", "新建城市书房10个", "已完成城市书房选址10处，完成率100%", "not-green"],
  ["livelihood", "新建嵌入式养老机构2个", "已完成1个（50%），另1个预计10月底前完成", "not-green"],
  // Controls.
  ["livelihood", "治理农村黑臭水体126条", "已完成治理120条（95%）", "green"],
  ["livelihood", "开展送戏进万村263场", "已送230场（87%）", "green"],
  ["livelihood", LIVELIHOOD, "十件民生实事已全部完成", "done"],
  ["livelihood", HOMES, "15个农村幸福院已全部建成投用", "done"],

  // 7. planExec: plan-execution reports — forecasts of the year, the next year's plan, a sub-group's income, a share of
  // another base, a count of indicators met.
  ["planExec", GDP, "预计全年地区生产总值增长6.2%左右", "not-green", YEAR_END],
  ["planExec", GDP, "全年地区生产总值预计完成320亿元，增长6.1%", "not-green", YEAR_END],
  ["planExec", GDP, "2025年主要预期目标：地区生产总值增长6%左右", "not-green", YEAR_END],
  ["planExec", GDP, "初步测算，2025年地区生产总值可增长6.5%", "not-green", YEAR_END],
  ["planExec", GDP, "13项主要指标中11项完成或超额完成年度计划", "not-green", YEAR_END],
  ["planExec", GDP, "地区生产总值增速在全市排第3位", "not-green", YEAR_END],
  ["planExec", GDP, "地区生产总值增速高于全省平均0.8个百分点", "not-green", YEAR_END],
  ["planExec", GDP, "第三产业增加值增长7.2%", "not-green", YEAR_END],
  ["planExec", GDP, "全年计划执行情况良好，地区生产总值增长目标基本实现", "not-done", YEAR_END],
  ["planExec", INCOME, "全年城镇居民人均可支配收入增长7%", "not-green", YEAR_END],
  ["planExec", INCOME, "全年农村居民人均可支配收入增长8%", "not-green", YEAR_END],
  ["planExec", INCOME, "居民人均可支配收入预计增长6.8%", "not-green", YEAR_END],
  ["planExec", INCOME, "居民人均消费支出增长7%", "not-green", YEAR_END],
  ["planExec", JOBS, "1-9月城镇新增就业完成省下达任务的105%", "not-done"],
  ["planExec", JOBS, "全年城镇新增就业计划8500人", "not-green", YEAR_END],
  ["planExec", JOBS, "1-9月城镇失业人员再就业8200人", "not-green"],
  ["planExec", FOREST, "全年完成造林4.5万亩，森林覆盖率预计达到45.2%", "not-green", YEAR_END],
  ["planExec", UNEMPLOYMENT, "1-9月城镇调查失业率3.8%", "not-green"],
  ["planExec", UNEMPLOYMENT, "1-9月城镇登记失业率4.3%", "not-green"],
  ["planExec", CPI, "1-9月居民消费价格上涨3.5%", "not-green"],
  ["planExec", CPI, "1-9月工业生产者出厂价格上涨2.1%", "not-green"],
  ["planExec", ENERGY, "1-9月单位地区生产总值能耗上升1.2%", "not-green"],
  ["planExec", ENERGY, "1-9月规上工业单位增加值能耗下降4%", "not-green"],
  ["planExec", ENERGY, "“十四五”以来单位地区生产总值能耗累计下降12%", "not-green"],
  ["planExec", ENERGY, "1-9月单位地区生产总值电耗下降4%", "not-green"],
  // Controls.
  ["planExec", GDP, "全年地区生产总值增长6.1%，高于预期目标0.1个百分点", "done", YEAR_END],
  ["planExec", INCOME, "全年居民人均可支配收入增长6.8%，其中城镇居民增长6%", "done", YEAR_END],
  ["planExec", JOBS, "1-9月城镇新增就业8200人，完成省下达任务的105%", "green"],
  ["planExec", UNEMPLOYMENT, "1-9月城镇登记失业率3.6%", "green"],

  // 8. otherRate: an environmental rate of something else, a concentration for an emission, a ratio of another water.
  ["otherRate", COD, "1-9月化学需氧量平均浓度同比下降5%", "not-green"],
  ["otherRate", COD, "1-9月氨氮排放量下降4%", "not-green"],
  ["otherRate", SO2, "1-9月二氧化硫平均浓度同比下降10%", "not-green"],
  ["otherRate", SO2, "1-9月氮氧化物排放总量下降3%", "not-green"],
  ["otherRate", SEWAGE, "1-9月城市生活污水处理率达到97%", "not-green"],
  ["otherRate", SEWAGE, "1-9月城市污水处理厂负荷率达到85%", "not-green"],
  ["otherRate", "生活垃圾无害化处理率达到100%", "1-9月生活垃圾分类覆盖率达到100%", "not-green"],
  ["otherRate", "生活垃圾无害化处理率达到100%", "1-9月生活垃圾收运率达到100%", "not-green"],
  ["otherRate", FOREST, "全县林木绿化率达到46%", "not-green"],
  ["otherRate", FOREST, "城区绿化覆盖率达到46%", "not-green"],
  ["otherRate", WATER, "1-9月地表水国控断面水质达标率100%", "not-green"],
  ["otherRate", WATER, "1-9月集中式饮用水水源地水质达标率100%", "not-green"],
  ["otherRate", WATER, "1-9月地表水省控断面水质优良比例为95%", "not-green"],
  ["otherRate", "受污染耕地安全利用率达到93%", "1-9月污染地块安全利用率100%", "not-green"],
  ["otherRate", "农村生活污水治理率达到40%", "1-9月农村卫生厕所普及率达到95%", "not-green"],
  // Controls.
  ["otherRate", COD, "1-9月化学需氧量排放量同比下降3.5%", "green"],
  ["otherRate", SEWAGE, "1-9月城市生活污水集中收集率达到72%", "green"],
  ["otherRate", WATER, "1-9月地表水国控断面水质优良比例为92%", "green"],

  // 9. stage: an environmental or approval work at a step before the one the target names, or a done word of a step.
  ["stage", BOILERS, "30台燃煤锅炉已完成摸底登记", "not-green"],
  ["stage", BOILERS, "已向30台燃煤锅炉使用单位下达淘汰通知", "not-green"],
  ["stage", BOILERS, "燃煤锅炉淘汰方案已编制完成，涉及锅炉32台", "not-green"],
  ["stage", BOILERS, "燃煤锅炉淘汰工作已全面启动", "not-green"],
  ["stage", STATIONS, "8个空气质量自动监测站已完成选址", "not-green"],
  ["stage", STATIONS, "8个空气质量自动监测站已完成设备采购", "not-green"],
  ["stage", STATIONS, "空气质量自动监测站项目已完成招标，共8个", "not-green"],
  ["stage", "完成挥发性有机物治理企业20家", "20家企业已编制挥发性有机物治理方案", "not-green"],
  ["stage", "完成挥发性有机物治理企业20家", "已对22家涉挥发性有机物企业开展排查", "not-green"],
  ["stage", "完成挥发性有机物治理企业20家", "挥发性有机物治理企业清单已确定，共22家", "not-green"],
  ["stage", "建成城北污水处理厂提标改造工程", "城北污水处理厂提标改造工程环评已获批复", "not-done"],
  ["stage", "建成城北污水处理厂提标改造工程", "城北污水处理厂提标改造工程设备安装已全部完成", "not-done"],
  // Controls.
  ["stage", BOILERS, "已淘汰燃煤锅炉32台", "done"],
  ["stage", STATIONS, "8个空气质量自动监测站已建成并联网运行", "done"],

  // 10. restated: the target handed down, set, or agreed, read as the result.
  ["restated", PM25_CAP, "省下达我区2024年PM2.5平均浓度控制目标为32微克/立方米", "not-green"],
  ["restated", PM25_CAP, "按照考核要求，PM2.5平均浓度须控制在32微克/立方米以内", "not-green"],
  ["restated", GOOD_DAYS, "2024年目标为优良天数比例达到85%以上", "not-green"],
  ["restated", APPROVAL, "省要求工程建设项目审批时限压缩至60个工作日以内", "not-green"],
  ["restated", REVENUE_GROWTH, "年初人代会确定一般公共预算收入增长5%", "not-green"],
  ["restated", KEY_INVEST, "市下达我县重点项目年度投资任务100亿元", "not-green"],
  ["restated", HOMES, "省民生实事下达我县农村幸福院建设任务15个", "not-green"],
  ["restated", JOBS, "年度目标任务为新增城镇就业8000人", "not-green"],
  ["restated", HEAVY_DAYS, "目标责任书明确重污染天数控制在5天以内", "not-green"],
  ["restated", COD, "“十四五”下达我县化学需氧量减排目标为3%", "not-green"],

  // 11. period: a quarter, a half year or a month for the year, or the figure of another year.
  ["period", PM25_CAP, "上半年PM2.5平均浓度为36微克/立方米", "not-green"],
  ["period", PM25_CAP, "三季度PM2.5平均浓度为22微克/立方米", "not-green"],
  ["period", REVENUE_GROWTH, "9月份一般公共预算收入增长12%", "not-green"],
  ["period", REVENUE_GROWTH, "三季度一般公共预算收入同比增长9%", "not-green"],
  ["period", KEY_PLAN, "9月份重点项目完成投资12亿元，占年度计划的12%", "not-green"],
  ["period", GOOD_DAYS, "二季度空气质量优良天数比例为91%", "not-green"],
  ["period", GDP, "三季度地区生产总值增长6.5%", "not-green"],
  ["period", JOBS, "9月份新增城镇就业1200人", "not-green"],
  ["period", GDP, "2023年地区生产总值增长6.3%", "not-green", YEAR_END],
  ["period", HEAVY_DAYS, "2023年重污染天数4天", "not-green", YEAR_END],
  // Controls.
  ["period", GDP, "前三季度地区生产总值增长6.5%", "green"],
  ["period", PM25_CAP, "前三季度PM2.5平均浓度为30微克/立方米", "green"],

  // 12. bound: a ceiling read as a floor, a rise read as a fall, a figure beyond the bound.
  ["bound", PM25_CAP, "1-9月PM2.5平均浓度达到35微克/立方米", "not-green"],
  ["bound", PM25_CAP, "1-9月PM2.5平均浓度控制在35微克/立方米以内", "not-green"],
  ["bound", PM25_DROP, "1-9月PM2.5平均浓度同比上升5%", "not-green"],
  ["bound", HEAVY_DAYS, "1-9月重污染天数同比增加10%", "not-green"],
  ["bound", HEAVY_DAYS, "1-9月重污染天数超过5天", "not-green"],
  ["bound", APPROVAL, "工程建设项目审批时限超过60个工作日", "not-green"],
  ["bound", GOOD_DAYS, "1-9月空气质量优良天数比例低于85%", "not-green"],
  ["bound", UNEMPLOYMENT, "1-9月城镇登记失业率4%以上", "not-green"],
  ["bound", CPI, "1-9月居民消费价格涨幅超过3%", "not-green"],
  ["bound", ENERGY, "1-9月单位地区生产总值能耗下降不足3%", "not-green"],
  ["bound", "城镇登记失业率控制在4.5%以内", "1-9月城镇登记失业率高于4.5%", "not-green"],
  // Controls.
  ["bound", HEAVY_DAYS, "1-9月重污染天数控制在3天以内", "green"],
  ["bound", UNEMPLOYMENT, "1-9月城镇登记失业率控制在3.8%", "green"],

  // 13. subPlace: a town, a park or the urban core for the whole place.
  ["subPlace", PM25_CAP, "1-9月经开区PM2.5平均浓度28微克/立方米", "not-green"],
  ["subPlace", GOOD_DAYS, "1-9月城关镇空气质量优良天数比例90%", "not-green"],
  ["subPlace", REVENUE_GROWTH, "1-9月县本级一般公共预算收入增长8%", "not-green"],
  ["subPlace", KEY_INVEST, "1-9月高新区重点项目完成投资102亿元", "not-green"],
  ["subPlace", JOBS, "1-9月工业园区新增就业8200人", "not-green"],
  ["subPlace", HOMES, "城关镇已建成农村幸福院15个", "not-green"],

  // 14. share: a share whose base differs from the target's.
  ["share", REVENUE_GROWTH, "1-9月一般公共预算收入占年度预算的80%", "not-green"],
  ["share", "税收收入占一般公共预算收入比重达到75%", "1-9月税收收入完成预算的80%", "not-green"],
  ["share", "税收收入占一般公共预算收入比重达到75%", "1-9月税收收入增长8%", "not-green"],
  ["share", KEY_PLAN, "1-9月重点项目完成投资占全市重点项目的30%", "not-done"],
  ["share", "民营经济增加值占地区生产总值比重达到55%", "1-9月民营经济增加值增长7%", "not-green"],
  ["share", "研发经费投入强度达到2.5%", "1-9月研发经费投入增长25%", "not-green"],
  ["share", "研发经费投入强度达到2.5%", "规上工业企业研发投入占营业收入比重为2.8%", "not-green"],
  ["share", "数字经济核心产业增加值占地区生产总值比重达到10%", "1-9月数字经济核心产业增加值占全省的10%", "not-green"],
  ["share", "民生支出占一般公共预算支出比重达到80%", "1-9月民生支出占全年预算的82%", "not-green"],
  // Controls.
  ["share", "税收收入占一般公共预算收入比重达到75%", "1-9月税收收入占一般公共预算收入比重为78%", "green"],
  ["share", "研发经费投入强度达到2.5%", "全社会研发经费投入强度达到2.6%", "done", YEAR_END],

  // 15. cumulative: several years' running totals against a year's target.
  ["cumulative", PM25_DROP, "与2020年相比，PM2.5平均浓度累计下降20%", "not-green"],
  ["cumulative", HEAVY_DAYS, "2021年以来重污染天数累计4天", "not-green"],
  ["cumulative", KEY_INVEST, "“十四五”以来重点项目累计完成投资420亿元", "not-green"],
  ["cumulative", REVENUE, "2022年以来一般公共预算收入累计完成62亿元", "not-green"],
  ["cumulative", COD, "“十四五”以来化学需氧量排放量累计下降9%", "not-green"],
  ["cumulative", SO2, "较2020年二氧化硫排放总量累计下降8%", "not-green"],
  ["cumulative", BOILERS, "近三年累计淘汰燃煤锅炉120台", "not-green"],
  ["cumulative", APPROVAL, "改革以来工程建设项目审批时限累计压缩60个工作日", "not-green"],
  // Controls.
  ["cumulative", KEY_INVEST, "1-9月重点项目累计完成投资80亿元", "green"],
  ["cumulative", BOILERS, "今年以来累计淘汰燃煤锅炉32台", "done"],

  // 16. stepDone: done words of a step of an approval, budget or environment task.
  ["stepDone", APPROVAL, "工程建设项目审批制度改革任务已全面完成", "not-done"],
  ["stepDone", APPROVAL, "工程建设项目审批管理系统已上线运行", "not-done"],
  ["stepDone", START_UP, "企业开办“一窗通办”专区已建成", "not-done"],
  ["stepDone", PM25_CAP, "秋冬季大气污染防治攻坚方案已印发实施", "not-green"],
  ["stepDone", PM25_CAP, "大气污染防治各项重点任务已全部完成", "not-done"],
  ["stepDone", GOOD_DAYS, "蓝天保卫战年度任务已完成", "not-done"],
  ["stepDone", REVENUE_GROWTH, "年度预算编制工作已完成", "not-green"],
  ["stepDone", KEY_PLAN, "重点项目年度投资计划编制已完成", "not-green"],
  ["stepDone", KEY_PLAN, "重点项目年度入库任务已全部完成", "not-green"],
  ["stepDone", HOMES, "农村幸福院建设方案已全部完成审批", "not-green"],

  // Second pass (labelled before the judge ran on them): the edges of this round's rules, and more lookalikes.
  ["edge2", APPROVAL, "工程建设项目审批时限由120个工作日压缩至55个工作日", "green"],
  ["edge2", APPROVAL, "工程建设项目审批时限压缩至58个工作日，较去年压缩了20个工作日", "green"],
  ["edge2", APPROVAL, "工程建设项目审批时限平均压缩了40%，缩短至70个工作日", "not-green"],
  ["edge2", REGISTRY, "不动产登记办理时限一般登记压缩至3个工作日、抵押登记压缩至1个工作日", "not-green"],
  ["edge2", ENERGY, "1-9月单位地区生产总值能耗下降超过3%", "green"],
  ["edge2", UNEMPLOYMENT, "1-9月城镇登记失业率低于4%", "green"],
  ["edge2", GOOD_DAYS, "1-9月空气质量优良天数比例达到85%以上", "green"],
  ["edge2", GOOD_DAYS, "1-9月空气质量优良天数比例高于85%", "green"],
  ["edge2", HEAVY_DAYS, "1-9月重污染天数不超过5天", "green"],
  ["edge2", HEAVY_DAYS, "1-9月重污染天数多于5天", "not-green"],
  ["edge2", PM25_CAP, "1-9月国控监测站PM2.5平均浓度为30微克/立方米", "green"],
  ["edge2", PM25_CAP, "1-9月城西监测站点PM2.5平均浓度为30微克/立方米", "not-green"],
  ["edge2", PM25_CAP, "1-9月细颗粒物平均浓度30微克/立方米，可吸入颗粒物平均浓度50微克/立方米", "green"],
  ["edge2", PM25_CAP, "1-9月二氧化氮平均浓度为25微克/立方米", "not-green"],
  ["edge2", SO2, "1-9月二氧化硫排放总量同比下降2.5%", "green"],
  ["edge2", SO2, "1-9月二氧化氮排放总量下降4%", "not-green"],
  ["edge2", COD, "1-9月总磷排放量下降5%", "not-green"],
  ["edge2", "氨氮排放量下降3%", "1-9月化学需氧量和氨氮排放量分别下降3.5%和3.2%", "green"],
  ["edge2", HEAVY_DAYS, "1-9月重度及以上污染天数3天", "green"],
  ["edge2", HEAVY_DAYS, "1-9月重度污染天数2天、严重污染天数1天", "not-green"],
  ["edge2", "重度及以上污染天数比例控制在1%以内", "1-9月重污染天数比例0.7%", "green"],
  ["edge2", JOBS, "1-9月城镇新增就业8200人，失业人员再就业1500人", "green"],
  ["edge2", JOBS, "1-9月新增转移就业8300人", "not-green"],
  ["edge2", JOBS, "1-9月就业困难人员实现就业8100人", "not-green"],
  ["edge2", "失业人员再就业1500人", "1-9月失业人员再就业1600人", "green"],
  ["edge2", REVENUE_GROWTH, "1-9月区本级一般公共预算收入增长9%", "not-green"],
  ["edge2", REVENUE_GROWTH, "1-9月市本级一般公共预算收入增长9%", "not-green"],
  ["edge2", BOILERS, "已下达淘汰通知30台，完成淘汰12台", "not-green"],
  ["edge2", BOILERS, "已印发通知，完成淘汰燃煤锅炉31台", "done"],
  ["edge2", "完成挥发性有机物治理企业20家", "列入治理名单的22家企业已全部完成治理", "done"],
  ["edge2", "完成挥发性有机物治理企业20家", "列入治理名单的企业22家", "not-green"],
  ["edge2", KEY_PLAN, "1-9月重点项目完成上半年计划投资的110%", "not-done"],
  ["edge2", KEY_PLAN, "1-9月重点项目完成年度计划投资的80%", "green"],
  ["edge2", APPROVAL, "工程建设项目审批时限压缩任务已完成", "green"],
  ["edge2", APPROVAL, "工程建设项目审批时限已压缩至60个工作日以内，改革任务全面完成", "done"],
  ["edge2", GOOD_DAYS, "大气污染防治年度任务已全面完成", "not-done"],
  ["edge2", UNEMPLOYMENT, "就业工作各项任务已全面完成", "not-done"],
  ["edge2", "城市生活垃圾回收利用率达到35%", "生活垃圾分类工作年度任务已完成", "not-done"],
  ["edge2", "工业用水重复利用率达到90%", "节水型企业创建任务已完成", "not-done"],
  ["edge2", START_UP, "企业开办压缩至1个工作日以内的目标已实现", "green"],

  // Third pass (labelled before the judge ran on them): forecasts as plan-execution reports word them, notes that take a
  // part out, approval and project forms.
  ["forecast3", GDP, "全年地区生产总值有望增长6.2%", "not-green", YEAR_END],
  ["forecast3", GDP, "据初步预测，全年地区生产总值增长6.2%", "not-green", YEAR_END],
  ["forecast3", GDP, "全年地区生产总值增长6.1%（预计数）", "not-green", YEAR_END],
  ["forecast3", GDP, "地区生产总值增长6.1%（预计）", "not-green", YEAR_END],
  ["forecast3", REVENUE_GROWTH, "一般公共预算收入全年可望增长5.5%", "not-green", YEAR_END],
  ["forecast3", KEY_INVEST, "重点项目全年可完成投资105亿元", "not-green", YEAR_END],
  ["forecast3", GOOD_DAYS, "按目前趋势，全年优良天数比例可达87%", "not-green", YEAR_END],
  ["forecast3", HOMES, "15个农村幸福院年底前可全部建成", "not-green"],
  ["note3", PM25_DROP, "1-9月PM2.5平均浓度同比下降6%（扣除沙尘影响）", "not-green"],
  ["note3", GOOD_DAYS, "1-9月空气质量优良天数比例88%（剔除沙尘天气）", "not-green"],
  ["note3", REVENUE_GROWTH, "1-9月一般公共预算收入剔除留抵退税因素后增长6%", "not-green"],
  ["approval3", APPROVAL, "工程建设项目60个工作日以内办结率达到95%", "not-green"],
  ["approval3", APPROVAL, "工程建设项目审批承诺时限压缩至60个工作日以内", "not-green"],
  ["approval3", START_UP, "企业开办时间压缩至1个工作日以内的企业占比达到90%", "not-green"],
  ["approval3", REGISTRY, "不动产登记80%的业务实现5个工作日以内办结", "not-green"],
  ["project3", KEY_INVEST, "1-9月重点项目完成投资105亿元（含前期项目）", "not-green"],
  ["project3", KEY_INVEST, "1-9月重点项目完成投资105亿元，其中入统投资62亿元", "not-done"],
  ["project3", KEY_START, "1-9月新开工项目45个，开工率达90%（以实际开工计）", "green"],
  ["project3", KEY_START, "1-9月重点项目开工率90%（含复工项目）", "not-done"],
  ["livelihood3", LIVELIHOOD, "十件民生实事中已完成8件，其余2件预计年底前完成", "not-done"],
  ["livelihood3", LIVELIHOOD, "十件民生实事已完成9件，完成率90%", "not-done"],
  ["livelihood3", HOMES, "建成农村幸福院15个（含2个改扩建）", "not-done"],

  // Fourth pass (labelled before the judge ran on them): more plan-execution, air and water forms.
  ["exec4", GDP, "地区生产总值增长6.1%，完成年度计划的101.7%", "done", YEAR_END],
  ["exec4", GDP, "地区生产总值完成年度计划的101.7%", "not-green", YEAR_END],
  ["exec4", GDP, "地区生产总值增速比年初计划低0.5个百分点", "not-green", YEAR_END],
  ["exec4", JOBS, "城镇新增就业人数完成计划的105%", "not-done"],
  ["exec4", INCOME, "居民人均可支配收入增速跑赢经济增速", "not-green", YEAR_END],
  ["exec4", "社会消费品零售总额增长7%", "1-9月限额以上单位消费品零售额增长9%", "not-green"],
  ["exec4", "社会消费品零售总额增长7%", "1-9月网上零售额增长15%", "not-green"],
  ["exec4", "进出口总额增长5%", "1-9月出口总额增长12%", "not-green"],
  ["exec4", "实际使用外资1亿美元", "1-9月合同外资1.2亿美元", "not-green"],
  ["exec4", "实际使用外资1亿美元", "1-9月新设外资企业12家，实际使用外资8000万美元", "green"],
  ["air4", PM25_CAP, "1-9月PM2.5平均浓度32微克/立方米，与去年同期持平", "green"],
  ["air4", PM25_CAP, "1-9月PM2.5小时浓度最高值为28微克/立方米", "not-green"],
  ["air4", PM25_CAP, "1-9月PM2.5日均浓度达标率为95%", "not-green"],
  ["air4", GOOD_DAYS, "1-9月空气质量综合指数3.8，优良天数同比增加12天", "not-green"],
  ["air4", GOOD_DAYS, "1-9月优良天数比例较目标高3个百分点", "not-green"],
  ["air4", HEAVY_DAYS, "1-9月重污染天数同比减少2天，为3天", "green"],
  ["air4", "降尘量控制在6吨/平方公里·月以内", "1-9月降尘量平均为5.2吨/平方公里·月", "green"],
  ["air4", "降尘量控制在6吨/平方公里·月以内", "9月份降尘量为4.1吨/平方公里·月", "not-green"],
  ["water4", WATER, "1-9月国控断面水质优良比例为88.9%，较目标低1.1个百分点", "not-green"],
  ["water4", WATER, "1-9月8个国控断面中有8个水质达到Ⅲ类以上", "green"],
  ["water4", WATER, "1-9月国控断面水质全部达标", "not-done"],
  ["water4", "县级以上集中式饮用水水源地水质达标率100%", "1-9月乡镇集中式饮用水水源地水质达标率100%", "not-green"],
  ["water4", "城市黑臭水体消除比例达到100%", "已完成城市黑臭水体整治方案编制，消除比例目标100%", "not-green"],
  ["budget4", REVENUE_GROWTH, "1-9月一般公共预算收入同比增长5.6%，增幅较上半年回落1.2个百分点", "green"],
  ["budget4", REVENUE_GROWTH, "1-9月一般公共预算收入增收1.2亿元", "not-green"],
  ["budget4", REVENUE, "1-9月一般公共预算收入完成15.3亿元，为年度预算的76.5%", "green"],
  ["budget4", REVENUE, "年度预算一般公共预算收入20亿元，1-9月入库13亿元", "not-green"],
];

/**
 * Rows still answered otherwise than labelled after this round, each with its reason (docs/metrics.md "Hunt 13"). Four
 * lookalikes are still green; the ten controls are all answered on the safe side (无法研判 or 未反映).
 */
export const KNOWN_OPEN = new Set<string>([
  // Still green. A share of the budget for an amount target: most reports' 预算 is the task's own figure, and round ai made
  // the amount decide where both are given; refusing every 完成预算的N% would refuse the common right reading.
  "一般公共预算收入完成20亿元 ⟵ 1-9月一般公共预算收入完成预算的102%",
  // A park's amount that meets the whole's target is a lower bound of the whole when the park is inside the place (hunt 11
  // kept a place-narrower figure meeting a wider target as met); whether a 高新区 is inside the county is not in the text.
  "重点项目完成投资100亿元 ⟵ 1-9月高新区重点项目完成投资102亿元",
  // A note that the key projects' amount takes in projects still in preparation: those are key projects too in many lists;
  // labelled strictly, left open.
  "重点项目完成投资100亿元 ⟵ 1-9月重点项目完成投资105亿元（含前期项目）",
  // A note that 2 of the 15 were renovated: 建成 names no kind of act (新建 or 改扩建), so the target may take both.
  "建成农村幸福院15个 ⟵ 建成农村幸福院15个（含2个改扩建）",
  // Controls answered on the safe side. The days' share of the valid monitoring days (not of the year's days).
  "空气质量优良天数比例达到85% ⟵ 1-9月优良天数245天，占有效监测天数的89.4%",
  // 企业开办全流程 and 企业开办…的目标 read as other names than 企业开办时间.
  "企业开办时间压缩至1个工作日以内 ⟵ 企业开办全流程压缩至0.5个工作日",
  "企业开办时间压缩至1个工作日以内 ⟵ 企业开办压缩至1个工作日以内的目标已实现",
  // A share of the year's plan with 超序时进度 after it, for a task with no figure: the share is not taken.
  "重点项目完成年度投资计划 ⟵ 1-9月重点项目完成投资占年度计划的78%，超序时进度3个百分点",
  // A count whose subject is only in the target (已完成治理120条, 已送230场): the elided subject is not supplied.
  "治理农村黑臭水体126条 ⟵ 已完成治理120条（95%）",
  "开展送戏进万村263场 ⟵ 已送230场（87%）",
  // 已压缩至60个工作日以内 restates the ceiling (WEAK_RESTATED_CEILING, an earlier round's rule).
  "工程建设项目审批时限压缩至60个工作日以内 ⟵ 工程建设项目审批时限已压缩至60个工作日以内，改革任务全面完成",
  // Fourth pass. A level after its change in one phrase ("同比减少2天，为3天") is read as the change (CHANGE_BY on the phrase).
  "重污染天数控制在5天以内 ⟵ 1-9月重污染天数同比减少2天，为3天",
  // The unit 吨/平方公里·月 is not read.
  "降尘量控制在6吨/平方公里·月以内 ⟵ 1-9月降尘量平均为5.2吨/平方公里·月",
  // "8个中有8个…达到Ⅲ类以上" is a share the parser does not compute.
  "地表水国控断面水质优良比例达到90% ⟵ 1-9月8个国控断面中有8个水质达到Ⅲ类以上",
]);

labelledHunt("hunt 13: lookalikes and controls, labelled before the judge ran", ROWS, KNOWN_OPEN);

describe("hunt 13: the reasons given", () => {
  it("done words that never name the level's measure are not the level kept", () => {
    const v = verdict(APPROVAL, "工程建设项目审批制度改革任务已全面完成");
    expect(v.status).toBe("not-mentioned");
    expect(v.reason).toContain("工程建设项目审批时限");
    // The bare done words speak of the task itself, and a report naming the measure is read as before.
    expect(verdict(APPROVAL, "已全面完成").status).toBe("done");
    expect(verdict(APPROVAL, "工程建设项目审批时限压缩任务已完成").status).toBe("done");
  });
  it("a bound on the wrong side and a change by N say so", () => {
    const over = verdict(HEAVY_DAYS, "1-9月重污染天数超过5天");
    expect([over.status, over.worst?.code]).toEqual(["unknown", "WEAK_BELOW"]);
    expect(over.reason).toContain("「超过」");
    const by = verdict(APPROVAL, "工程建设项目审批时限压缩了60个工作日");
    expect([by.status, by.worst?.code]).toEqual(["unknown", "WEAK_CHANGE_NOT_LEVEL"]);
  });
});
