/**
 * Hunt 16 (docs/metrics.md "Hunt 16 (wrong reds)"): the other harmful direction. Earlier hunts looked for wrong greens; this one
 * looks for 进展滞后 / 已逾期 / 未报送 / 未反映该指标 where a careful supervisor would say 已完成, 序时推进 or at worst 无法研判 — a
 * unit accused of not reporting what it reported, or on-schedule work called lagging. Families: a deadline read too early, a
 * figure in another unit or magnitude, a ceiling met, a decline met by a larger decline, done in other words, a share of the
 * plan over 100%, a target restated and then met, the metric under a synonym, a quarter's task reported after its quarter.
 * Each family also has lookalikes that are truly red ("not-green"), so that no rule closing a wrong red opens a wrong green.
 * Every verdict was written down before the judge ran on the row. "not-red" is 已完成, 序时推进 or 无法研判; the other labels
 * are as in hunt.ts. The as-of date is 30 September 2024 unless a row gives one.
 */
import { labelledHunt, Row } from "./hunt";

const MAY = "2024-05-31";

const PLANT = "建成城北污水处理厂";
const PLANT_YEAR = "城北污水处理厂年底前建成投用";
const PLANT_2025 = "2025年底前建成城北污水处理厂";
const MARKET = "城南农贸市场年内完工";
const BRIDGE = "沿江特大桥年内建成通车";
const POLICY = "出台促进民营经济发展实施意见";
const HOUSES = "完成农村危房改造10.5万户";
const EVENTS = "举办招商活动20场";
const KEY_INVEST = "重点项目完成投资100亿元";
const KEY_PLAN = "重点项目完成年度投资计划";
const JOBS = "新增城镇就业8000人";
const REVENUE = "一般公共预算收入完成20亿元";
const FOREST = "完成造林1万亩";
const GREEN_SPACE = "新增城市绿地20万平方米";
const WORKSHOPS = "建设标准厂房1万平方米";
const LOANS = "发放创业担保贷款1亿元";
const ROADS = "新建农村公路60公里";
const FARMLAND = "建成高标准农田2万亩";
const UNEMPLOYMENT = "城镇登记失业率控制在4%以内";
const HEAVY_DAYS = "重污染天数控制在5天以内";
const APPROVAL = "工程建设项目审批时限压缩至60个工作日以内";
const CPI = "居民消费价格涨幅控制在3%左右";
const PM25_LEVEL = "PM2.5平均浓度控制在35微克/立方米以下";
const PM25_DROP = "PM2.5平均浓度下降5%";
const DEATHS = "安全生产事故死亡人数下降10%";
const SO2 = "二氧化硫排放总量下降2%";
const ENERGY = "单位地区生产总值能耗下降3%";
const STARTS = "新开工重点项目100个";
const TOILETS = "完成农村户厕改造4.1万座";
const RETAIL = "社会消费品零售总额增长6%";
const FIXED = "固定资产投资增长8%";
const INDUSTRY = "规模以上工业增加值增长7%";
const ONLINE = "网络零售额增长15%";
const GDP = "地区生产总值增长6%";
const TRADE = "外贸进出口总额增长5%";
const FOREIGN = "实际利用外资1亿美元";
const RND = "研发经费投入强度达到2.5%";
const FIRMS = "规模以上工业企业达到60户";
const FARMER_INCOME = "农村居民人均可支配收入增长7%";
const URBAN_RATE = "常住人口城镇化率提高1个百分点";
const FOREST_COVER = "森林覆盖率达到40%";
const TENDER_Q1 = "一季度完成城区道路改造项目招标";
const COLD_STORE_H1 = "上半年开工建设物流园冷链仓储项目";
const DREDGE_JUNE = "6月底前完成全县河道清淤";
const STARTS_Q2 = "二季度新开工项目20个";
const HALF_YEAR_STARTS = "重点项目上半年全部开工";
const AUGUST_TASK = "8月底前完成老旧小区改造方案编制";
const OCTOBER_TASK = "10月底前完成城区雨污分流改造";
const Q4_TASK = "四季度完成全县农村饮水工程提质改造";

export const ROWS: Row[] = [
  // A deadline read too early: the task is due at the year's end (or later), the figure is of 9月底 and on pace.
  ["early", PLANT_YEAR, "截至9月底，主体工程已完成80%", "not-red"],
  ["early", PLANT_YEAR, "城北污水处理厂主体结构已封顶，正在进行设备安装", "not-red"],
  ["early", PLANT_2025, "城北污水处理厂完成投资60%，主体工程正在施工", "not-red"],
  ["early", PLANT_2025, "已完成土建工程的45%", "not-red"],
  ["early", MARKET, "城南农贸市场主体已完工，正在进行内部装修", "not-red"],
  ["early", BRIDGE, "沿江特大桥主桥已合龙，正在进行桥面铺装", "not-red"],
  ["early", JOBS, "1-9月新增城镇就业6200人", "green"],
  ["early", JOBS, "截至9月底，全县新增城镇就业6300人，完成年度目标的78.8%", "green"],
  ["early", REVENUE, "1-9月一般公共预算收入完成15.2亿元", "green"],
  ["early", KEY_INVEST, "前三季度重点项目完成投资80亿元", "green"],
  ["early", KEY_INVEST, "截至9月底，重点项目累计完成投资78亿元", "green"],
  ["early", OCTOBER_TASK, "雨污分流改造已完成80%，正在加紧推进", "not-red"],
  ["early", Q4_TASK, "已完成项目前期工作，正在开展施工招标", "not-red"],
  ["early", Q4_TASK, "正在推进", "not-red"],
  ["early", "到2025年规上工业企业达到60户", "全县规上工业企业达到55户", "not-red"],
  ["early", "2026年建成城市快速路", "城市快速路一期工程已开工建设", "not-red"],
  ["early", "年底前完成城区主干道改造", "城区主干道改造工程正在按计划施工，已完成工程量的75%", "not-red"],
  ["early", "年底前完成城区主干道改造", "正在按序时推进", "green"],
  // Lookalikes of the deadline family that are truly red.
  ["early-red", JOBS, "1-9月新增城镇就业3000人", "not-green"],
  ["early-red", KEY_INVEST, "前三季度重点项目完成投资40亿元", "not-green"],
  ["early-red", OCTOBER_TASK, "雨污分流改造尚未启动", "not-green"],
  ["early-red", "8月底前完成城区主干道改造", "城区主干道改造工程正在施工", "not-green"],

  // A figure in another unit or magnitude.
  ["unit", KEY_INVEST, "重点项目完成投资1050000万元", "done"],
  ["unit", KEY_INVEST, "重点项目已完成投资102.6亿元", "done"],
  ["unit", REVENUE, "一般公共预算收入完成205000万元", "done"],
  ["unit", FOREST, "完成造林700公顷", "not-red"],
  ["unit", FOREST, "今年已完成造林0.7万公顷", "not-red"],
  ["unit", GREEN_SPACE, "新增城市绿地21公顷", "not-red"],
  ["unit", WORKSHOPS, "建成标准厂房1.2万㎡", "done"],
  ["unit", WORKSHOPS, "建设标准厂房12000平方米", "done"],
  ["unit", LOANS, "发放创业担保贷款12000万元", "done"],
  ["unit", LOANS, "累计发放创业担保贷款1.15亿元", "done"],
  ["unit", JOBS, "新增城镇就业0.85万人", "done"],
  ["unit", ROADS, "新建农村公路62.5千米", "done"],
  ["unit", FARMLAND, "建成高标准农田1400公顷", "not-red"],
  ["unit", FARMLAND, "建成高标准农田2.1万亩", "done"],
  // Lookalikes: the other unit makes it short.
  ["unit-red", KEY_INVEST, "重点项目完成投资500000万元", "not-green"],
  ["unit-red", FOREST, "完成造林300公顷", "not-green"],
  ["unit-red", JOBS, "新增城镇就业0.3万人", "not-green"],
  ["unit-red", ROADS, "新建农村公路20千米", "not-green"],

  // A ceiling met.
  ["ceiling", UNEMPLOYMENT, "城镇登记失业率3.2%", "green"],
  ["ceiling", UNEMPLOYMENT, "城镇登记失业率控制在3.5%", "green"],
  ["ceiling", UNEMPLOYMENT, "9月末城镇登记失业率为3.1%，控制在目标以内", "green"],
  ["ceiling", HEAVY_DAYS, "1-9月重污染天数2天", "not-red"],
  ["ceiling", HEAVY_DAYS, "今年以来未发生重污染天气", "not-red"],
  ["ceiling", APPROVAL, "工程建设项目审批时限压缩至45个工作日", "done"],
  ["ceiling", APPROVAL, "工程建设项目审批时限已压缩到50个工作日以内", "done"],
  ["ceiling", CPI, "居民消费价格上涨1.8%", "green"],
  ["ceiling", CPI, "1-9月居民消费价格指数同比上涨0.6%", "green"],
  ["ceiling", PM25_LEVEL, "PM2.5平均浓度为29微克/立方米", "green"],
  ["ceiling", PM25_LEVEL, "1-9月PM2.5平均浓度31微克/立方米，同比下降6%", "green"],
  ["ceiling", "不动产登记办理时限压缩至5个工作日以内", "不动产登记办理时限压缩至3个工作日", "done"],
  ["ceiling", "企业开办时间压缩至1个工作日以内", "企业开办时间压缩至0.5个工作日", "done"],
  // Lookalikes: the ceiling passed.
  ["ceiling-red", UNEMPLOYMENT, "城镇登记失业率4.6%", "not-green"],
  ["ceiling-red", HEAVY_DAYS, "1-9月重污染天数8天", "not-green"],
  ["ceiling-red", APPROVAL, "工程建设项目审批时限压缩至80个工作日", "not-green"],
  ["ceiling-red", PM25_LEVEL, "PM2.5平均浓度为41微克/立方米", "not-green"],

  // A decline met by a larger decline.
  ["decline", PM25_DROP, "PM2.5平均浓度同比下降8.2%", "green"],
  ["decline", PM25_DROP, "PM2.5平均浓度较上年下降6%", "green"],
  ["decline", DEATHS, "安全生产事故死亡人数同比下降25%", "green"],
  ["decline", DEATHS, "1-9月安全生产事故死亡人数比上年同期下降18.5%", "green"],
  ["decline", SO2, "二氧化硫排放总量减少3.5%", "green"],
  ["decline", SO2, "二氧化硫排放总量同比下降4%", "green"],
  ["decline", ENERGY, "单位地区生产总值能耗下降4.1%", "green"],
  ["decline", ENERGY, "单位GDP能耗下降3.6%", "not-red"],
  ["decline", "万元地区生产总值能耗下降2.5%", "万元GDP能耗同比下降3%", "not-red"],
  ["decline", "化学需氧量排放量减少2%", "化学需氧量排放量下降2.8%", "green"],
  // Lookalikes: a smaller decline or a rise.
  ["decline-red", PM25_DROP, "PM2.5平均浓度同比上升3%", "not-green"],
  ["decline-red", PM25_DROP, "PM2.5平均浓度同比下降1.2%", "not-green"],
  ["decline-red", DEATHS, "安全生产事故死亡人数同比上升10%", "not-green"],
  ["decline-red", SO2, "二氧化硫排放总量同比增长1%", "not-green"],

  // Done in other words.
  ["doneWords", PLANT, "城北污水处理厂已全面建成并投入使用", "done"],
  ["doneWords", PLANT, "城北污水处理厂顺利通过竣工验收，已投入运营", "done"],
  ["doneWords", PLANT, "城北污水处理厂已建成投运", "done"],
  ["doneWords", PLANT, "城北污水处理厂于8月竣工并正式投入运行", "done"],
  ["doneWords", PLANT, "城北污水处理厂建设任务已圆满完成", "done"],
  ["doneWords", PLANT, "城北污水处理厂已竣工投产", "done"],
  ["doneWords", MARKET, "城南农贸市场已竣工并开业运营", "done"],
  ["doneWords", MARKET, "城南农贸市场已于7月完工交付使用", "done"],
  ["doneWords", BRIDGE, "沿江特大桥已于8月28日正式通车", "done"],
  ["doneWords", BRIDGE, "沿江特大桥建成通车", "done"],
  ["doneWords", POLICY, "实施意见已经县委常委会审议通过并正式印发", "done"],
  ["doneWords", POLICY, "《关于促进民营经济发展的实施意见》已出台", "done"],
  ["doneWords", HOUSES, "农村危房改造任务全面完成，共改造10.6万户", "done"],
  ["doneWords", HOUSES, "已完成农村危房改造10.5万户，完成全年任务", "done"],
  ["doneWords", EVENTS, "已举办招商活动22场，超额完成年度任务", "done"],
  ["doneWords", EVENTS, "今年以来共举办各类招商推介活动21场", "done"],
  ["doneWords", "推进政务服务“一网通办”", "已圆满完成年度任务", "not-red"],
  ["doneWords", "开展农村人居环境整治", "年度整治任务已全面完成", "not-red"],
  ["doneWords", "实施城区供水管网改造工程", "工程已全部完工并通过验收", "done"],
  ["doneWords", "完成县人民医院门诊楼建设", "门诊楼已建成并投入使用", "done"],
  ["doneWords", "完成县人民医院门诊楼建设", "县人民医院门诊楼已于6月启用", "not-red"],
  ["doneWords", "建成智慧城市指挥中心", "智慧城市指挥中心已上线运行", "not-red"],
  ["doneWords", "完成第五次全国经济普查工作", "经济普查各项工作已顺利完成", "done"],
  ["doneWords", "完成第五次全国经济普查工作", "已顺利通过省级验收", "not-red"],
  // Lookalikes: not done.
  ["doneWords-red", PLANT, "城北污水处理厂主体工程已完工，设备正在调试", "not-done"],
  ["doneWords-red", PLANT, "城北污水处理厂尚未完成竣工验收", "not-done"],
  ["doneWords-red", POLICY, "实施意见已完成初稿，正在征求意见", "not-done"],
  ["doneWords-red", BRIDGE, "沿江特大桥计划于年底建成通车", "not-done"],

  // A share of the year's plan over 100%.
  ["share", KEY_INVEST, "重点项目完成投资占年度计划的106%", "done"],
  ["share", KEY_INVEST, "重点项目完成年度计划的112.5%", "done"],
  ["share", KEY_PLAN, "重点项目完成年度投资计划的103%", "done"],
  ["share", KEY_PLAN, "重点项目投资完成率为108%", "done"],
  ["share", JOBS, "城镇新增就业完成年度目标的103%", "done"],
  ["share", JOBS, "新增城镇就业完成全年任务的110%", "done"],
  ["share", REVENUE, "一般公共预算收入完成预算的101.2%", "done"],
  ["share", FOREST, "造林完成年度任务的105%", "done"],
  ["share", TOILETS, "农村户厕改造完成年度任务的101%", "done"],
  ["share", STARTS, "新开工重点项目完成年度目标的102%", "done"],
  // Lookalikes: under the year's plan well below pace.
  ["share-red", KEY_INVEST, "重点项目完成年度计划的48%", "not-green"],
  ["share-red", JOBS, "城镇新增就业完成年度目标的52%", "not-green"],
  ["share-red", REVENUE, "一般公共预算收入完成预算的51%", "not-green"],

  // A target restated and then met.
  ["restated", JOBS, "全年目标新增城镇就业8000人，1-9月已新增8320人", "done"],
  ["restated", JOBS, "年度计划新增城镇就业8000人，实际新增8300人", "done"],
  ["restated", FOREST, "年度造林任务1万亩，已完成1.05万亩", "done"],
  ["restated", FOREST, "全年计划造林1万亩，截至目前已造林10200亩", "done"],
  ["restated", STARTS, "计划新开工重点项目100个，截至9月底已开工102个", "done"],
  ["restated", STARTS, "全年计划新开工重点项目100个，已开工105个，开工率105%", "done"],
  ["restated", TOILETS, "省下达我县任务4.1万座，已完成4.15万座", "done"],
  ["restated", TOILETS, "年度任务为4.1万座，目前已完成农村户厕改造42000座", "done"],
  ["restated", KEY_INVEST, "年度计划投资100亿元，已完成投资103亿元", "done"],
  ["restated", EVENTS, "计划举办招商活动20场，已举办23场", "done"],
  ["restated", REVENUE, "年初预算20亿元，1-9月已完成20.3亿元", "done"],
  // Lookalikes: the plan restated and not met.
  ["restated-red", JOBS, "全年目标新增城镇就业8000人，1-9月已新增3200人", "not-green"],
  ["restated-red", FOREST, "年度造林任务1万亩，已完成3000亩", "not-green"],
  ["restated-red", STARTS, "计划新开工重点项目100个，截至9月底已开工40个", "not-green"],

  // The metric under a synonym or short form.
  ["synonym", RETAIL, "1-9月社零额增长6.5%", "green"],
  ["synonym", RETAIL, "社零总额同比增长6.8%", "green"],
  ["synonym", RETAIL, "全县实现社会消费品零售额86亿元，增长7%", "green"],
  ["synonym", RETAIL, "社消零总额增长6.2%", "not-red"],
  ["synonym", FIXED, "固投增长9.1%", "green"],
  ["synonym", FIXED, "1-9月全社会固定资产投资同比增长8.5%", "green"],
  ["synonym", FIXED, "固定资产投资完成额增长10%", "green"],
  ["synonym", INDUSTRY, "规上工业增加值增长8.3%", "green"],
  ["synonym", INDUSTRY, "规模工业增加值同比增长7.6%", "green"],
  ["synonym", INDUSTRY, "全县规上工业增加值同比增长7.9%", "green"],
  ["synonym", ONLINE, "网零额增长18%", "green"],
  ["synonym", ONLINE, "网上零售额同比增长16.5%", "green"],
  ["synonym", ONLINE, "电商网络零售额增长20%", "not-red"],
  ["synonym", GDP, "GDP增长6.4%", "green"],
  ["synonym", GDP, "1-9月全县生产总值同比增长6.3%", "green"],
  ["synonym", GDP, "实现地区生产总值320亿元，增长6.5%", "green"],
  ["synonym", TRADE, "外贸进出口增长7%", "green"],
  ["synonym", TRADE, "进出口总额同比增长8.2%", "green"],
  ["synonym", FOREIGN, "实际使用外资1.2亿美元", "done"],
  ["synonym", FOREIGN, "实际利用外商直接投资1.1亿美元", "not-red"],
  ["synonym", RND, "R&D经费投入强度2.6%", "not-red"],
  ["synonym", RND, "全社会研发投入强度达到2.6%", "not-red"],
  ["synonym", FIRMS, "规上工业企业达62户", "done"],
  ["synonym", FIRMS, "规模以上工业企业总数达到61家", "done"],
  ["synonym", JOBS, "城镇新增就业8200人", "done"],
  ["synonym", JOBS, "城镇新增就业人数8500人", "done"],
  ["synonym", FARMER_INCOME, "农民人均可支配收入增长7.5%", "not-red"],
  ["synonym", FARMER_INCOME, "农村常住居民人均可支配收入同比增长7.8%", "green"],
  ["synonym", URBAN_RATE, "常住人口城镇化率提高1.2个百分点", "green"],
  ["synonym", URBAN_RATE, "城镇化率较上年末提高1.1个百分点", "not-red"],
  ["synonym", FOREST_COVER, "森林覆盖率40.5%", "done"],
  ["synonym", FOREST_COVER, "全县森林覆盖率提高到41%", "done"],
  ["synonym", CPI, "CPI上涨1.5%", "not-red"],
  // Lookalikes: the synonym's figure falls short.
  ["synonym-red", RETAIL, "社零额增长3.2%", "not-green"],
  ["synonym-red", FIXED, "固投下降4.5%", "not-green"],
  ["synonym-red", INDUSTRY, "规上工业增加值增长2.1%", "not-green"],
  ["synonym-red", GDP, "GDP增长3.5%", "not-green"],

  // A quarter's (or month's) task reported after its period, with its result.
  ["quarter", TENDER_Q1, "已于3月完成招标", "done"],
  ["quarter", TENDER_Q1, "城区道路改造项目3月中旬完成招标，已进场施工", "done"],
  ["quarter", COLD_STORE_H1, "物流园冷链仓储项目已于5月开工建设", "done"],
  ["quarter", COLD_STORE_H1, "项目4月动工，目前主体施工中", "not-red"],
  ["quarter", DREDGE_JUNE, "6月底已全面完成河道清淤", "done"],
  ["quarter", DREDGE_JUNE, "全县河道清淤工作已于6月中旬完成", "done"],
  ["quarter", STARTS_Q2, "二季度新开工项目22个", "done"],
  ["quarter", STARTS_Q2, "4-6月共新开工项目21个", "done"],
  ["quarter", HALF_YEAR_STARTS, "上半年重点项目已全部开工", "done"],
  ["quarter", HALF_YEAR_STARTS, "截至6月底，重点项目均已开工建设", "done"],
  ["quarter", AUGUST_TASK, "改造方案已于8月20日编制完成", "done"],
  ["quarter", AUGUST_TASK, "已完成方案编制并报县政府审定", "done"],
  ["quarter", "一季度实现规上工业增加值增长8%", "一季度规上工业增加值增长9.2%", "done"],
  ["quarter", TENDER_Q1, "已于3月完成招标", "done", MAY],
  ["quarter", DREDGE_JUNE, "河道清淤已完成70%", "not-red", MAY],
  // Lookalikes: the period passed and the work is not done.
  ["quarter-red", TENDER_Q1, "正在编制招标文件", "not-green"],
  ["quarter-red", DREDGE_JUNE, "河道清淤已完成70%", "not-green"],
  ["quarter-red", STARTS_Q2, "二季度新开工项目12个", "not-green"],
  ["quarter-red", AUGUST_TASK, "方案正在起草中", "not-green"],

  // Ahead of time: the whole year's task done before the year ends.
  ["ahead", JOBS, "已提前完成全年新增城镇就业目标", "done"],
  ["ahead", KEY_INVEST, "重点项目投资提前一个季度完成全年任务", "not-red"],
  ["ahead", FOREST, "造林任务已提前超额完成", "not-red"],
  ["ahead", TOILETS, "农村户厕改造年度任务已于8月底全面完成", "done"],
  ["ahead", EVENTS, "招商活动年度目标已提前完成", "done"],

  // Written after the first run, labelled before the judge ran on them: wrong-green lookalikes of this hunt's widenings — a
  // part opened or started, a quarter's rate for a half-year's target, another step than the task's, a graver kind of event.
  ["h16-lookalike", BRIDGE, "沿江特大桥半幅已通车", "not-done"],
  ["h16-lookalike", BRIDGE, "沿江特大桥已于8月实现半幅通车", "not-done"],
  ["h16-lookalike", "城北快速路年内建成通车", "城北快速路一期已通车", "not-done"],
  ["h16-lookalike", "城北快速路年内建成通车", "城北快速路主线已于8月通车", "not-done"],
  ["h16-lookalike", "城北快速路年内建成通车", "城北快速路已于8月底建成通车", "done"],
  ["h16-lookalike", COLD_STORE_H1, "物流园冷链仓储项目一期已于5月开工", "not-done"],
  ["h16-lookalike", HALF_YEAR_STARTS, "上半年重点项目已开工18个", "not-done"],
  ["h16-lookalike", "上半年规上工业增加值增长8%", "二季度规上工业增加值增长9%", "not-green"],
  ["h16-lookalike", "上半年规上工业增加值增长8%", "4-6月规上工业增加值增长9%", "not-green"],
  ["h16-lookalike", "6月底前新开工项目20个", "二季度新开工项目22个", "done"],
  ["h16-lookalike", "6月底前新开工项目20个", "二季度新开工项目12个", "not-green"],
  ["h16-lookalike", STARTS_Q2, "一季度新开工项目22个", "not-green"],
  ["h16-lookalike", TENDER_Q1, "已完成设计", "not-done"],
  ["h16-lookalike", TENDER_Q1, "已完成招标文件编制", "not-done"],
  ["h16-lookalike", TENDER_Q1, "城南片区道路已于3月完成招标", "not-done"],
  ["h16-lookalike", "一季度完成城区道路改造", "已于3月完成招标", "not-done"],
  ["h16-lookalike", DREDGE_JUNE, "城区段河道清淤已于6月中旬完成", "not-done"],
  ["h16-lookalike", HEAVY_DAYS, "今年以来未发生重大污染事故", "not-green"],
  ["h16-lookalike", "安全生产事故起数控制在10起以内", "今年以来未发生重大安全生产事故", "not-green"],
  ["h16-lookalike", "安全生产事故起数控制在10起以内", "今年以来未发生安全生产事故", "green"],
  ["h16-lookalike", HEAVY_DAYS, "今年以来未发生重污染天气", "unknown", "2025-01-15"],
  ["h16-lookalike", FOREIGN, "合同外资1.5亿美元", "not-done"],
  ["h16-lookalike", INDUSTRY, "规模工业企业数达到120家", "not-green"],
  // Written after the second widening (均已 of things named first), labelled before the judge ran on them.
  ["h16-lookalike", HALF_YEAR_STARTS, "截至6月底，重点项目已开工建设", "not-done"],
  ["h16-lookalike", HALF_YEAR_STARTS, "18个重点项目均已开工", "not-done"],
  ["h16-lookalike", HALF_YEAR_STARTS, "市级重点项目均已开工", "not-done"],
];

/** Rows still answered otherwise than labelled after this hunt, each with its reason (docs/metrics.md "Hunt 16"). */
export const KNOWN_OPEN = new Set<string>([
  // Still red (6 wrong reds of the 18 found; none of them would be closed without a rule that risks a wrong green):
  // The pace of a deadline inside the year runs from 1 January (80% at 30 September is under 89.8% for 10月底): work that
  // started later is not known to the judge. Arguable — the label may be too kind.
  "10月底前完成城区雨污分流改造 ⟵ 雨污分流改造已完成80%，正在加紧推进",
  "6月底前完成全县河道清淤 ⟵ 河道清淤已完成70% @2024-05-31",
  // The text never names the thing (户厕): the nameless figure beside the restated quota is not taken.
  "完成农村户厕改造4.1万座 ⟵ 省下达我县任务4.1万座，已完成4.15万座",
  // Done words with no 已 before them ("3月中旬完成招标", "4月动工") and the act after its object ("已于8月20日编制完成"): a
  // passed deadline with a bare act is still read as not done.
  "一季度完成城区道路改造项目招标 ⟵ 城区道路改造项目3月中旬完成招标，已进场施工",
  "上半年开工建设物流园冷链仓储项目 ⟵ 项目4月动工，目前主体施工中",
  "8月底前完成老旧小区改造方案编制 ⟵ 改造方案已于8月20日编制完成",
  // Safe side (无法研判 or 序时推进 where 已完成 is labelled): no wrong red, no wrong green.
  "发放创业担保贷款1亿元 ⟵ 累计发放创业担保贷款1.15亿元",
  "建成城北污水处理厂 ⟵ 城北污水处理厂顺利通过竣工验收，已投入运营",
  "建成城北污水处理厂 ⟵ 城北污水处理厂于8月竣工并正式投入运行",
  "沿江特大桥年内建成通车 ⟵ 沿江特大桥建成通车",
  "出台促进民营经济发展实施意见 ⟵ 实施意见已经县委常委会审议通过并正式印发",
  "完成第五次全国经济普查工作 ⟵ 经济普查各项工作已顺利完成",
  "重点项目完成投资100亿元 ⟵ 重点项目完成投资占年度计划的106%",
  "重点项目完成投资100亿元 ⟵ 年度计划投资100亿元，已完成投资103亿元",
  "一般公共预算收入完成20亿元 ⟵ 年初预算20亿元，1-9月已完成20.3亿元",
  // A level or a stock reached before the year's end is kept 序时推进 by design (it may fall again).
  "规模以上工业企业达到60户 ⟵ 规上工业企业达62户",
  "规模以上工业企业达到60户 ⟵ 规模以上工业企业总数达到61家",
  "森林覆盖率达到40% ⟵ 森林覆盖率40.5%",
  "森林覆盖率达到40% ⟵ 全县森林覆盖率提高到41%",
  // 农村常住居民 is read as a part (常住) of 农村居民: the label takes them as one.
  "农村居民人均可支配收入增长7% ⟵ 农村常住居民人均可支配收入同比增长7.8%",
  // (Round aq closed "安全生产事故起数控制在10起以内 ⟵ 今年以来未发生安全生产事故": 起 is a count unit, so the ceiling is read.)
  // The label was wrong: read on 15 January 2025 the task is the new year's, and none so far in it is on schedule.
  "重污染天数控制在5天以内 ⟵ 今年以来未发生重污染天气 @2025-01-15",
]);

labelledHunt("hunt 16: wrong reds — verdicts of 滞后/逾期/未报送/未反映 where the work is on time, labelled before the judge ran", ROWS, KNOWN_OPEN);
