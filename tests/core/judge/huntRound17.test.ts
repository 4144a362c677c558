/**
 * Hunt 17 (docs/metrics.md "Hunt 17 (the structure of names)"): wrong greens driven by where the group, the part, the measure
 * and the figure stand. Earlier hunts varied domains (13, 14) and wording (15); the held-out wrong greens did not move. This
 * hunt varies structure: the group before the measure ("农村居民人均可支配收入增长8%") or after it ("人均可支配收入：城镇增长5%，
 * 农村增长8%"), a part in brackets, 其中 parts, 分别/依次 lists in both orders, a figure of a larger or smaller whole (全市 vs 本区,
 * 规上 vs 全部, 城镇 vs 全体), the same measure of another period, a rate of change for a level or a share of the plan, the
 * target's own figure restated inside the progress, two figures of which one is the target's measure, and a ceiling or decline
 * target met by a figure in the other direction or of another base. In most families the wrong member meets the target and
 * the right one does not, so a reading of the wrong member is a wrong green. Every verdict was written down before the judge
 * ran on the row; labels as in hunt.ts. The as-of date is 30 September 2024 unless a row gives one (the year's pace then 74.6%).
 */
import { labelledHunt, Row } from "./hunt";

const RURAL = "农村居民人均可支配收入增长7%";
const URBAN = "城镇居民人均可支配收入增长6%";
const ALL_INCOME = "居民人均可支配收入增长7%";
const INDUSTRY = "规模以上工业增加值增长8%";
const ALL_INDUSTRY = "工业增加值增长8%";
const MANUFACTURING = "制造业增加值增长6%";
const HIGH_TECH = "高技术制造业增加值增长12%";
const TERTIARY = "第三产业增加值增长7%";
const PRIMARY = "第一产业增加值增长3.5%";
const GDP = "地区生产总值增长6%";
const GDP_LEVEL = "地区生产总值达到350亿元";
const DISTRICT_GDP = "全区地区生产总值增长6%";
const COUNTY_FIXED = "全县固定资产投资增长8%";
const FIXED = "固定资产投资增长8%";
const INDUSTRIAL_INVEST = "工业投资增长10%";
const PRIVATE_INVEST = "民间投资增长8%";
const INVEST_AMOUNT = "完成固定资产投资100亿元";
const KEY_INVEST = "重点项目完成投资100亿元";
const RETAIL = "社会消费品零售总额增长5%";
const ABOVE_QUOTA_RETAIL = "限额以上单位消费品零售额增长8%";
const ONLINE = "网络零售额增长15%";
const REVENUE = "一般公共预算收入增长5%";
const TAX = "税收收入增长8%";
const TRADE = "外贸进出口总额增长5%";
const EXPORT = "出口总额增长10%";
const IMPORT = "进口总额增长5%";
const FOREIGN = "实际使用外资1.5亿美元";
const JOBS = "新增城镇就业8000人";
const REEMPLOYMENT = "失业人员再就业2000人";
const UNEMPLOYMENT = "城镇登记失业率控制在4%以内";
const SURVEYED = "城镇调查失业率控制在5.5%以内";
const FIRMS = "规模以上工业企业达到60户";
const STARTS = "新开工项目20个";
const COMPLETIONS = "竣工项目15个";
const H1_STARTS = "上半年新开工项目20个";
const Q1_INDUSTRY = "一季度规上工业增加值增长8%";
const ROADS = "新建农村公路60公里";
const COUNTY_ROADS = "新改建县道20公里";
const BASE_STATIONS = "新建5G基站400个";
const GRAIN_AREA = "粮食播种面积稳定在50万亩以上";
const CORN = "玉米播种面积达到35万亩";
const GRAIN_OUTPUT = "粮食产量增长2%";
const COUNTY_GRAIN = "全县粮食产量增长2%";
const FOREST = "森林覆盖率达到40%";
const URBAN_RATE = "常住人口城镇化率提高1个百分点";
const RND = "研发经费投入强度达到2.5%";
const ENERGY = "单位地区生产总值能耗下降3%";
const PM25_DROP = "PM2.5平均浓度下降5%";
const PM25_LEVEL = "PM2.5平均浓度控制在35微克/立方米以下";
const DEATHS = "安全生产事故死亡人数下降10%";
const CPI = "居民消费价格涨幅控制在3%左右";
const SO2 = "二氧化硫排放总量下降2%";
const FARM_WATER = "农业用水量控制在1.2亿立方米以内";
const WATER_INTENSITY = "万元地区生产总值用水量下降3%";

export const ROWS: Row[] = [
  // The group before the measure: the group's own figure answers the group's target, never the whole's or another group's.
  ["groupFirst", RURAL, "1-9月农村居民人均可支配收入增长8%", "green"],
  ["groupFirst", RURAL, "前三季度农村居民人均可支配收入18650元，同比增长8.1%", "green"],
  ["groupFirst", RURAL, "农村居民人均可支配收入增长8%，城镇居民人均可支配收入增长5%", "green"],
  ["groupFirst", RURAL, "城镇居民人均可支配收入增长8%，农村居民人均可支配收入增长5%", "not-green"],
  ["groupFirst", URBAN, "农村居民人均可支配收入增长8%", "not-green"],
  ["groupFirst", ALL_INCOME, "农村居民人均可支配收入增长8%", "not-green"],
  ["groupFirst", ALL_INCOME, "城镇居民人均可支配收入增长7.5%，农村居民人均可支配收入增长8%", "not-green"],
  ["groupFirst", ALL_INCOME, "全体居民人均可支配收入增长7.2%", "green"],
  ["groupFirst", ALL_INCOME, "全县居民人均可支配收入增长7.2%", "green"],
  ["groupFirst", RURAL, "全县居民人均可支配收入增长8%", "not-green"],
  ["groupFirst", INDUSTRY, "规上工业增加值增长9%", "green"],
  ["groupFirst", INDUSTRY, "园区规上工业增加值增长12%", "not-green"],
  ["groupFirst", MANUFACTURING, "规上工业增加值增长9%", "not-green"],
  ["groupFirst", HIGH_TECH, "规上工业增加值增长13%", "not-green"],

  // The measure before the groups: "人均可支配收入：城镇…，农村…" names each figure after the measure.
  ["measureFirst", RURAL, "人均可支配收入：城镇增长5%，农村增长8%", "green"],
  ["measureFirst", URBAN, "人均可支配收入：城镇增长5%，农村增长8%", "not-green"],
  ["measureFirst", ALL_INCOME, "人均可支配收入：城镇增长5%，农村增长8%", "not-green"],
  ["measureFirst", RURAL, "居民人均可支配收入，城镇居民4.2万元、增长5%，农村居民1.9万元、增长8%", "green"],
  ["measureFirst", URBAN, "居民人均可支配收入，城镇居民4.2万元、增长5%，农村居民1.9万元、增长8%", "not-green"],
  ["measureFirst", ALL_INCOME, "居民人均可支配收入，城镇居民4.2万元、增长5%，农村居民1.9万元、增长8%", "not-green"],
  ["measureFirst", URBAN, "人均可支配收入：农村增长5%，城镇增长8%", "green"],
  ["measureFirst", RURAL, "人均可支配收入：农村增长5%，城镇增长8%", "not-green"],
  ["measureFirst", TERTIARY, "增加值增速：农业3%，工业9%，服务业5%", "not-green"],
  ["measureFirst", PRIMARY, "增加值增速：农业3%，工业9%，服务业5%", "not-green"],
  ["measureFirst", ALL_INDUSTRY, "分产业看，第一产业增加值增长3%，第二产业增长9%，第三产业增长5%", "not-green"],
  ["measureFirst", TERTIARY, "分产业看，第一产业增加值增长3%，第二产业增长9%，第三产业增长5%", "not-green"],
  ["measureFirst", TERTIARY, "分产业看，第一产业增加值增长3%，第二产业增长5%，第三产业增长8%", "green"],
  ["measureFirst", GDP, "分产业看，第一产业增加值增长3%，第二产业增长9%，第三产业增长7%", "not-green"],
  ["measureFirst", REEMPLOYMENT, "就业方面：城镇新增就业6500人，失业人员再就业1200人", "not-green"],
  ["measureFirst", JOBS, "就业方面：城镇新增就业6500人，失业人员再就业1200人", "green"],
  ["measureFirst", JOBS, "就业方面：失业人员再就业6500人，城镇新增就业1200人", "not-green"],
  ["measureFirst", TRADE, "外贸：出口增长15%，进口下降3%", "not-green"],
  ["measureFirst", EXPORT, "外贸：出口增长15%，进口下降3%", "green"],
  ["measureFirst", IMPORT, "外贸：出口增长15%，进口下降3%", "not-green"],
  ["measureFirst", IMPORT, "外贸：进口增长15%，出口下降3%", "green"],

  // A part inside brackets: the bracket's figure is the part's, the figure before it the whole's.
  ["bracket", ALL_INCOME, "居民人均可支配收入增长6%（其中农村居民增长8%）", "not-green"],
  ["bracket", RURAL, "居民人均可支配收入增长6%（其中农村居民增长8%）", "green"],
  ["bracket", ALL_INCOME, "居民人均可支配收入增长7.5%（其中农村居民增长6%）", "green"],
  ["bracket", RURAL, "居民人均可支配收入增长7.5%（其中农村居民增长6%）", "not-green"],
  ["bracket", RURAL, "居民人均可支配收入增长8%（农村居民增长6%）", "not-green"],
  ["bracket", ALL_INCOME, "农村居民人均可支配收入增长8%（全体居民增长6%）", "not-green"],
  ["bracket", INDUSTRY, "规上工业增加值增长5%（高技术制造业增长15%）", "not-green"],
  ["bracket", HIGH_TECH, "规上工业增加值增长5%（高技术制造业增长15%）", "green"],
  ["bracket", INDUSTRY, "规上工业增加值增长9%（其中制造业增长4%）", "green"],
  ["bracket", MANUFACTURING, "规上工业增加值增长9%（其中制造业增长4%）", "not-green"],
  ["bracket", ROADS, "新建农村公路65公里（其中县道12公里）", "done"],
  ["bracket", COUNTY_ROADS, "新建农村公路65公里（其中县道12公里）", "not-green"],
  ["bracket", BASE_STATIONS, "新建5G基站520个（其中室内分布站120个）", "done"],
  ["bracket", "新建5G室内分布站200个", "新建5G基站520个（其中室内分布站120个）", "not-green"],
  ["bracket", FIXED, "固定资产投资增长3%（剔除房地产开发投资后增长10%）", "not-green"],
  ["bracket", FIXED, "固定资产投资（不含农户）增长9%", "green"],
  ["bracket", RETAIL, "社会消费品零售总额增长3%（限额以上单位消费品零售额增长9%）", "not-green"],
  ["bracket", ABOVE_QUOTA_RETAIL, "社会消费品零售总额增长3%（限额以上单位消费品零售额增长9%）", "green"],

  // 其中 parts: the figure after 其中 is the part's, the one before it the whole's.
  ["qizhong", FIXED, "固定资产投资增长3%，其中工业投资增长12%", "not-green"],
  ["qizhong", INDUSTRIAL_INVEST, "固定资产投资增长3%，其中工业投资增长12%", "green"],
  ["qizhong", FIXED, "固定资产投资增长9%，其中工业投资增长4%", "green"],
  ["qizhong", INDUSTRIAL_INVEST, "固定资产投资增长12%，其中工业投资增长4%", "not-green"],
  ["qizhong", PRIVATE_INVEST, "固定资产投资增长10%，其中民间投资增长5%", "not-green"],
  ["qizhong", PRIVATE_INVEST, "固定资产投资增长4%，其中民间投资增长9%", "green"],
  ["qizhong", REVENUE, "一般公共预算收入增长2%，其中税收收入增长10%", "not-green"],
  ["qizhong", TAX, "一般公共预算收入增长2%，其中税收收入增长10%", "green"],
  ["qizhong", REVENUE, "一般公共预算收入增长6%，其中税收收入下降3%", "green"],
  ["qizhong", TAX, "一般公共预算收入增长9%，其中税收收入下降3%", "not-green"],
  ["qizhong", JOBS, "新增就业9000人，其中城镇新增就业5000人", "not-green"],
  ["qizhong", REEMPLOYMENT, "城镇新增就业6500人，其中失业人员再就业2100人", "green"],
  ["qizhong", "就业困难人员就业800人", "城镇新增就业6500人，其中就业困难人员就业500人", "not-green"],
  ["qizhong", GRAIN_AREA, "全县粮食播种面积52万亩，其中玉米30万亩", "green"],
  ["qizhong", CORN, "全县粮食播种面积52万亩，其中玉米30万亩", "not-green"],
  ["qizhong", CORN, "全县粮食播种面积36万亩，其中玉米28万亩", "not-green"],
  ["qizhong", TRADE, "进出口总额增长2%，其中出口增长12%", "not-green"],
  ["qizhong", EXPORT, "进出口总额增长2%，其中出口增长12%", "green"],

  // 分别 and 依次 lists, in both orders: the n-th name takes the n-th figure.
  ["fenbie", FIXED, "规上工业增加值、固定资产投资、社会消费品零售总额分别增长9%、3%、6%", "not-green"],
  ["fenbie", RETAIL, "规上工业增加值、固定资产投资、社会消费品零售总额分别增长9%、3%、6%", "green"],
  ["fenbie", INDUSTRY, "规上工业增加值、固定资产投资、社会消费品零售总额分别增长9%、3%、6%", "green"],
  ["fenbie", FIXED, "固定资产投资、规上工业增加值、社会消费品零售总额分别增长3%、9%、6%", "not-green"],
  ["fenbie", INDUSTRY, "固定资产投资、规上工业增加值、社会消费品零售总额分别增长9%、3%、6%", "not-green"],
  ["fenbie", FIXED, "规上工业增加值、固定资产投资依次增长9%、3%", "not-green"],
  ["fenbie", RURAL, "城镇、农村居民人均可支配收入分别增长5%、8%", "green"],
  ["fenbie", URBAN, "城镇、农村居民人均可支配收入分别增长5%、8%", "not-green"],
  ["fenbie", RURAL, "农村、城镇居民人均可支配收入分别增长5%、8%", "not-green"],
  ["fenbie", URBAN, "农村、城镇居民人均可支配收入分别增长5%、8%", "green"],
  ["fenbie", ALL_INCOME, "城镇、农村居民人均可支配收入分别增长6%、8%", "not-green"],
  ["fenbie", RURAL, "城乡居民人均可支配收入分别增长5%和8%", "green"],
  ["fenbie", URBAN, "城乡居民人均可支配收入分别增长5%和8%", "not-green"],
  ["fenbie", ALL_INCOME, "城乡居民人均可支配收入分别增长6.5%和8%", "not-green"],
  ["fenbie", RURAL, "城镇和农村居民人均可支配收入分别为4.2万元和1.9万元，分别增长5%和8%", "green"],
  ["fenbie", URBAN, "城镇和农村居民人均可支配收入分别为4.2万元和1.9万元，分别增长5%和8%", "not-green"],
  ["fenbie", EXPORT, "出口、进口分别增长4%、15%", "not-green"],
  ["fenbie", IMPORT, "出口、进口分别增长4%、15%", "green"],
  ["fenbie", EXPORT, "进口、出口分别增长4%、15%", "green"],
  ["fenbie", IMPORT, "进口、出口分别增长4%、15%", "not-green"],
  ["fenbie", STARTS, "计划新开工项目20个、竣工项目15个，实际分别完成22个、10个", "done"],
  ["fenbie", COMPLETIONS, "计划新开工项目20个、竣工项目15个，实际分别完成22个、10个", "not-green"],
  ["fenbie", COMPLETIONS, "新开工项目和竣工项目分别完成22个和10个", "not-green"],
  ["fenbie", STARTS, "竣工项目和新开工项目分别完成22个和10个", "not-green"],
  ["fenbie", COMPLETIONS, "竣工项目和新开工项目分别完成22个和10个", "done"],
  ["fenbie", STARTS, "新开工项目、竣工项目分别为10个、22个", "not-green"],
  ["fenbie", JOBS, "城镇新增就业、失业人员再就业分别完成4500人、9000人", "not-green"],
  ["fenbie", REEMPLOYMENT, "城镇新增就业、失业人员再就业分别完成9000人、1200人", "not-green"],

  // A figure of a larger or a smaller whole than the target's.
  ["whole", DISTRICT_GDP, "全市地区生产总值增长6.5%，我区增长5%", "not-green"],
  ["whole", DISTRICT_GDP, "我区地区生产总值增长5%，全市增长6.5%", "not-green"],
  ["whole", DISTRICT_GDP, "全市地区生产总值增长5%，我区增长6.8%", "green"],
  ["whole", DISTRICT_GDP, "全市地区生产总值增长6.5%", "not-green"],
  ["whole", COUNTY_FIXED, "全市固定资产投资增长9%，我县增长5%，居全市第8位", "not-green"],
  ["whole", COUNTY_FIXED, "我县固定资产投资增长9%，高于全市4个百分点", "green"],
  ["whole", COUNTY_FIXED, "我县固定资产投资增长5%，低于全市4个百分点", "not-green"],
  ["whole", ALL_INDUSTRY, "规上工业增加值增长9%", "not-green"],
  ["whole", INDUSTRY, "全部工业增加值增长9%", "not-green"],
  ["whole", ALL_INCOME, "城镇居民人均可支配收入增长8%", "not-green"],
  ["whole", URBAN, "全体居民人均可支配收入增长7%", "not-green"],
  ["whole", "全县新增城镇就业8000人", "全市新增城镇就业3.2万人", "not-green"],
  ["whole", "全区规上工业增加值增长8%", "经开区规上工业增加值增长12%，全区增长5%", "not-green"],
  ["whole", "全区规上工业增加值增长8%", "全区规上工业增加值增长9%，其中经开区增长12%", "green"],
  ["whole", "全县一般公共预算收入增长5%", "县本级一般公共预算收入增长9%，全县增长2%", "not-green"],
  ["whole", RETAIL, "限额以上单位消费品零售额增长9%", "not-green"],
  ["whole", ABOVE_QUOTA_RETAIL, "社会消费品零售总额增长9%", "not-green"],
  ["whole", COUNTY_GRAIN, "全市粮食产量增长3%，全县增长1%", "not-green"],
  ["whole", COUNTY_GRAIN, "全县粮食产量增长3%，全市增长1%", "green"],

  // The same measure of another period than the task's.
  ["period", INDUSTRY, "一季度规上工业增加值增长9%", "not-green"],
  ["period", INDUSTRY, "一季度规上工业增加值增长9%，1-9月增长6%", "not-green"],
  ["period", INDUSTRY, "1-9月规上工业增加值增长6%，一季度增长9%", "not-green"],
  ["period", INDUSTRY, "1-9月规上工业增加值增长9%，其中三季度增长4%", "green"],
  ["period", INDUSTRY, "9月当月规上工业增加值增长12%", "not-green"],
  ["period", INDUSTRY, "上年全年规上工业增加值增长9%", "not-green"],
  ["period", INDUSTRY, "上年规上工业增加值增长9%，今年1-9月增长6%", "not-green"],
  ["period", INDUSTRY, "今年1-9月规上工业增加值增长6%，上年同期增长9%", "not-green"],
  ["period", INDUSTRY, "1-9月规上工业增加值增长9%，增速比上半年回落1个百分点", "green"],
  ["period", JOBS, "一季度新增城镇就业2000人", "not-green"],
  ["period", JOBS, "上年新增城镇就业8500人", "not-green"],
  ["period", JOBS, "9月份新增城镇就业900人", "not-green"],
  ["period", JOBS, "9月份新增城镇就业900人，1-9月累计新增6500人", "green"],
  ["period", JOBS, "1-9月累计新增城镇就业6500人，其中9月新增900人", "green"],
  ["period", JOBS, "三季度新增城镇就业3000人", "not-green"],
  ["period", JOBS, "上半年新增城镇就业4200人", "not-done"],
  ["period", Q1_INDUSTRY, "1-9月规上工业增加值增长9%", "not-green"],
  ["period", Q1_INDUSTRY, "一季度规上工业增加值增长9%，1-9月增长6%", "done"],
  ["period", H1_STARTS, "1-9月新开工项目25个", "not-green"],
  ["period", H1_STARTS, "上半年新开工项目22个，1-9月累计新开工30个", "done"],
  ["period", RETAIL, "1-8月社会消费品零售总额增长6%", "not-red"],
  ["period", GDP, "上半年地区生产总值增长6.5%", "not-red"],
  ["period", GDP, "一季度地区生产总值增长6.5%，上半年增长5.2%", "not-green"],

  // A rate of change for a level or an amount, a level for a rate, a share of the plan for either.
  ["changeLevel", GDP, "地区生产总值达到320亿元", "not-green"],
  ["changeLevel", GDP_LEVEL, "地区生产总值增长7%", "not-green"],
  ["changeLevel", GDP_LEVEL, "地区生产总值275亿元，增长7%", "not-red"],
  ["changeLevel", FIXED, "固定资产投资完成年度计划的80%", "not-green"],
  ["changeLevel", INVEST_AMOUNT, "固定资产投资增长12%", "not-green"],
  ["changeLevel", INVEST_AMOUNT, "固定资产投资完成80亿元，增长12%", "green"],
  ["changeLevel", FOREST, "森林覆盖率提高1.2个百分点", "not-green"],
  ["changeLevel", URBAN_RATE, "常住人口城镇化率达到62%", "not-green"],
  ["changeLevel", URBAN_RATE, "常住人口城镇化率达到62%，比上年提高1.1个百分点", "green"],
  ["changeLevel", RND, "研发经费投入增长15%", "not-green"],
  ["changeLevel", RND, "研发经费投入12亿元，占地区生产总值比重2.6%", "green"],
  ["changeLevel", "研发经费投入增长10%", "研发经费投入强度达到2.6%", "not-green"],
  ["changeLevel", REVENUE, "一般公共预算收入完成年度预算的80%", "not-green"],
  ["changeLevel", "一般公共预算收入完成20亿元", "一般公共预算收入增长12%", "not-green"],
  ["changeLevel", RETAIL, "社会消费品零售总额85亿元，完成年度目标的78%", "not-green"],
  ["changeLevel", "社会消费品零售总额达到110亿元", "社会消费品零售总额增长9%", "not-green"],
  ["changeLevel", KEY_INVEST, "重点项目完成投资增长20%", "not-green"],
  ["changeLevel", KEY_INVEST, "重点项目完成投资82亿元", "green"],
  ["changeLevel", FIRMS, "规模以上工业企业净增8户", "not-green"],
  ["changeLevel", "规模以上工业企业净增8户", "规模以上工业企业达到61户", "not-green"],

  // The target's own figure restated inside the progress.
  ["restated", JOBS, "全年新增城镇就业目标8000人，1-9月新增6500人", "green"],
  ["restated", JOBS, "按照新增城镇就业8000人的目标，1-9月新增4000人", "not-green"],
  ["restated", JOBS, "1-9月新增城镇就业4000人（年度目标8000人）", "not-green"],
  ["restated", JOBS, "新增城镇就业4000人，完成年度目标8000人的50%", "not-green"],
  ["restated", JOBS, "新增城镇就业8000人的目标任务正在有序推进", "not-green"],
  ["restated", JOBS, "年度目标新增城镇就业8000人，目前进展顺利", "not-green"],
  ["restated", RURAL, "年度目标增长7%，1-9月农村居民人均可支配收入增长5.5%", "not-green"],
  ["restated", RURAL, "农村居民人均可支配收入增长7.5%，高于年度目标0.5个百分点", "green"],
  ["restated", RURAL, "农村居民人均可支配收入增长5.5%，低于年度目标7%", "not-green"],
  ["restated", UNEMPLOYMENT, "年度控制目标4%以内，目前城镇登记失业率4.3%", "not-green"],
  ["restated", UNEMPLOYMENT, "城镇登记失业率3.2%，控制在4%以内", "green"],
  ["restated", ROADS, "新建农村公路60公里的任务已下达各乡镇，已建成30公里", "not-green"],
  ["restated", ROADS, "新建农村公路60公里，已建成48公里", "green"],
  ["restated", ROADS, "新建农村公路60公里，已建成30公里", "not-green"],
  ["restated", ROADS, "计划新建农村公路60公里，已全部开工", "not-done"],
  ["restated", KEY_INVEST, "重点项目年度计划投资100亿元，已完成50亿元", "not-green"],
  ["restated", KEY_INVEST, "重点项目完成投资100亿元的任务，截至9月底完成50亿元", "not-green"],
  ["restated", PM25_LEVEL, "PM2.5平均浓度控制在35微克/立方米以下的目标，目前为38微克/立方米", "not-green"],
  ["restated", PM25_LEVEL, "PM2.5平均浓度32微克/立方米，低于35微克/立方米的目标", "green"],

  // Two figures of which only one is the target's measure.
  ["twoFigures", INDUSTRY, "规上工业企业达到61家，规上工业增加值增长5%", "not-green"],
  ["twoFigures", FIRMS, "规上工业企业达到61家，规上工业增加值增长5%", "green"],
  ["twoFigures", INDUSTRY, "规上工业增加值增长5%，规上工业企业营业收入增长12%", "not-green"],
  ["twoFigures", INDUSTRY, "规上工业企业营业收入增长12%，利润总额增长9%", "not-green"],
  ["twoFigures", UNEMPLOYMENT, "新增城镇就业6500人，城镇登记失业率3.2%", "green"],
  ["twoFigures", JOBS, "新增城镇就业6500人，城镇登记失业率3.2%", "green"],
  ["twoFigures", SURVEYED, "城镇调查失业率5.8%，城镇登记失业率3.2%", "not-green"],
  ["twoFigures", UNEMPLOYMENT, "城镇登记失业率4.5%，城镇调查失业率3.8%", "not-green"],
  ["twoFigures", SURVEYED, "城镇登记失业率5.8%，城镇调查失业率5.2%", "green"],
  ["twoFigures", RETAIL, "社会消费品零售总额85亿元，增长3%；网络零售额增长18%", "not-green"],
  ["twoFigures", ONLINE, "社会消费品零售总额85亿元，增长3%；网络零售额增长18%", "green"],
  ["twoFigures", ONLINE, "网络零售额增长8%，社会消费品零售总额增长18%", "not-green"],
  ["twoFigures", FOREIGN, "合同外资1.6亿美元，实际使用外资0.6亿美元", "not-green"],
  ["twoFigures", FOREIGN, "实际使用外资0.6亿美元，合同外资1.6亿美元", "not-green"],
  ["twoFigures", FOREIGN, "实际使用外资1.3亿美元，合同外资0.8亿美元", "green"],
  ["twoFigures", TAX, "税收收入12亿元，非税收入增长25%", "not-green"],
  ["twoFigures", REVENUE, "一般公共预算收入增长2%，一般公共预算支出增长9%", "not-green"],
  ["twoFigures", "一般公共预算支出增长5%", "一般公共预算收入增长9%，一般公共预算支出增长2%", "not-green"],
  ["twoFigures", GRAIN_OUTPUT, "粮食播种面积增长3%，粮食产量增长1%", "not-green"],
  ["twoFigures", "粮食播种面积增长2%", "粮食产量增长3%，粮食播种面积增长1%", "not-green"],
  ["twoFigures", ENERGY, "能源消费总量增长2%，单位地区生产总值能耗下降4%", "green"],
  ["twoFigures", ENERGY, "单位地区生产总值能耗上升2%，能源消费总量下降4%", "not-green"],

  // A ceiling or a decline target, the progress in the other direction or of another base or measure.
  ["direction", UNEMPLOYMENT, "城镇登记失业率较上年上升0.3个百分点", "not-green"],
  ["direction", UNEMPLOYMENT, "城镇登记失业率较年初下降0.5个百分点", "not-green"],
  ["direction", UNEMPLOYMENT, "城镇登记失业率4.3%，较上年下降0.2个百分点", "not-green"],
  ["direction", ENERGY, "单位地区生产总值能耗上升1.2%", "not-green"],
  ["direction", ENERGY, "能源消费总量下降3.5%", "not-green"],
  ["direction", ENERGY, "单位地区生产总值能耗较2020年下降12%", "not-green"],
  ["direction", PM25_DROP, "PM2.5平均浓度上升3%", "not-green"],
  ["direction", PM25_DROP, "PM2.5平均浓度32微克/立方米", "not-green"],
  ["direction", PM25_DROP, "PM2.5平均浓度36微克/立方米，同比上升2%，较2020年下降8%", "not-green"],
  ["direction", PM25_DROP, "PM2.5平均浓度较2020年下降15%", "not-green"],
  ["direction", PM25_DROP, "PM2.5平均浓度30微克/立方米，同比下降6%", "green"],
  ["direction", PM25_LEVEL, "PM2.5平均浓度同比下降8%", "not-green"],
  ["direction", PM25_LEVEL, "PM2.5平均浓度下降8%，为38微克/立方米", "not-green"],
  ["direction", DEATHS, "安全生产事故死亡人数同比增加2人", "not-green"],
  ["direction", DEATHS, "安全生产事故起数下降20%", "not-green"],
  ["direction", DEATHS, "安全生产事故起数下降20%，死亡人数上升5%", "not-green"],
  ["direction", DEATHS, "安全生产事故死亡人数下降15%，事故起数上升5%", "green"],
  ["direction", CPI, "居民消费价格同比上涨1.2%", "green"],
  ["direction", CPI, "居民消费价格同比上涨3.8%", "not-green"],
  ["direction", SO2, "二氧化硫排放量较2020年下降12%", "not-green"],
  ["direction", SO2, "化学需氧量排放量下降3%", "not-green"],
  ["direction", SO2, "二氧化硫排放量上升1%，氮氧化物排放量下降5%", "not-green"],
  ["direction", FARM_WATER, "农业用水量同比下降5%", "not-green"],
  ["direction", FARM_WATER, "农业用水量0.8亿立方米，同比上升5%", "green"],
  ["direction", WATER_INTENSITY, "万元工业增加值用水量下降5%", "not-green"],
  ["direction", WATER_INTENSITY, "用水总量下降5%", "not-green"],
  ["direction", "重污染天数控制在5天以内", "重污染天数同比减少2天", "not-green"],
  ["direction", "单位地区生产总值二氧化碳排放下降4%", "碳排放总量下降5%", "not-green"],
  // Written after the first run, labelled before the judge ran on them: lookalikes at the edges of this hunt's rules — a
  // name with 非, the sum of the trade for one side, a count of an older period, 限额以上 and 净增, a part after 其中 named
  // as the target, a period in brackets, the measure first in counts.
  ["h17-edge", TAX, "税收收入增长9%，非税收入下降12%", "green"],
  ["h17-edge", "非税收入增长5%", "税收收入增长9%，非税收入下降12%", "not-green"],
  ["h17-edge", "非税收入增长5%", "非税收入增长9%", "green"],
  ["h17-edge", "非公有制经济增加值增长8%", "公有制经济增加值增长9%", "not-green"],
  ["h17-edge", "新增非物质文化遗产项目5项", "新增非物质文化遗产项目6项", "done"],
  ["h17-edge", "农业增加值增长4%", "非农产业增加值增长8%", "not-green"],
  ["h17-edge", EXPORT, "进出口总额增长12%", "not-green"],
  ["h17-edge", IMPORT, "进出口总额增长8%，其中进口增长3%", "not-green"],
  ["h17-edge", TRADE, "进出口总额增长6%，其中出口增长12%", "green"],
  ["h17-edge", EXPORT, "外贸进出口总额增长4%，出口增长12%", "green"],
  ["h17-edge", JOBS, "一季度新增城镇就业6500人", "green"],
  ["h17-edge", JOBS, "1-6月新增城镇就业5000人", "not-green"],
  ["h17-edge", JOBS, "1-8月新增城镇就业5800人", "green"],
  ["h17-edge", JOBS, "上半年新增城镇就业4200人", "green", "2024-07-20"],
  ["h17-edge", "新增市场主体3000户", "一季度新增市场主体800户", "not-green"],
  ["h17-edge", "新增市场主体3000户", "一季度新增市场主体800户", "green", "2024-04-20"],
  ["h17-edge", KEY_INVEST, "上半年重点项目完成投资52亿元", "not-green"],
  ["h17-edge", KEY_INVEST, "上半年重点项目完成投资52亿元，1-9月累计完成78亿元", "green"],
  ["h17-edge", ABOVE_QUOTA_RETAIL, "限上消费品零售额增长9%", "green"],
  ["h17-edge", ABOVE_QUOTA_RETAIL, "社会消费品零售总额增长9%，其中限额以上单位增长10%", "green"],
  ["h17-edge", ABOVE_QUOTA_RETAIL, "社会消费品零售总额增长9%，其中限额以上单位增长5%", "not-green"],
  ["h17-edge", "限额以上批发业销售额增长10%", "批发业销售额增长12%", "not-green"],
  ["h17-edge", RETAIL, "社会消费品零售总额增长6%", "green"],
  ["h17-edge", "规模以上工业企业净增8户", "规模以上工业企业净增10户", "done"],
  ["h17-edge", "规模以上工业企业净增8户", "规上工业企业由52户增加到61户", "not-red"],
  ["h17-edge", "市场主体净增2000户", "市场主体总数达到5.2万户", "not-green"],
  ["h17-edge", JOBS, "新增就业9000人，其中城镇新增就业7000人", "green"],
  ["h17-edge", JOBS, "城镇新增就业9000人，其中就业困难人员就业500人", "done"],
  ["h17-edge", ROADS, "新建公路80公里，其中农村公路50公里", "not-done"],
  ["h17-edge", ROADS, "新建公路80公里，其中农村公路30公里", "not-green"],
  ["h17-edge", "新增高新技术企业20家", "新增科技型企业45家，其中高新技术企业12家", "not-green"],
  ["h17-edge", INDUSTRIAL_INVEST, "投资增长12%，其中工业投资增长4%", "not-green"],
  ["h17-edge", INDUSTRY, "规上工业增加值1-9月增长9%", "green"],
  ["h17-edge", INDUSTRY, "规上工业增加值增长9%（1-9月）", "green"],
  ["h17-edge", INDUSTRY, "规上工业增加值增长9%（1-3月）", "not-green"],
  ["h17-edge", COMPLETIONS, "项目建设：新开工22个，竣工10个", "not-green"],
  ["h17-edge", STARTS, "项目建设：新开工22个，竣工10个", "done"],
  ["h17-edge", COMPLETIONS, "项目建设：竣工10个，新开工22个", "not-green"],
  // A third pass, labelled before the judge ran on it: the same structures with counts and amounts — a place's figure inside
  // the city's, a part after 其中, the measure first, two works in one unit, the target restated in brackets, last year's
  // and several years' figures — and more ceilings and declines.
  ["count3", "全县新建5G基站300个", "全市新建5G基站1200个，其中我县320个", "done"],
  ["count3", "全县新建5G基站300个", "全市新建5G基站1200个，我县完成180个", "not-green"],
  ["count3", "全县新建5G基站300个", "我县新建5G基站180个，全市1200个", "not-green"],
  ["count3", "全区重点项目完成投资100亿元", "全市重点项目完成投资320亿元，其中我区完成68亿元", "not-green"],
  ["count3", "全区重点项目完成投资100亿元", "我区重点项目完成投资86亿元，占全市的27%", "green"],
  ["count3", "新增企业2000户", "新增市场主体5200户，其中企业1100户", "not-green"],
  ["count3", "新增市场主体5000户", "新增市场主体5200户，其中企业1100户", "done"],
  ["count3", "安全生产事故起数控制在10起以内", "发生安全生产事故8起，其中较大事故1起", "green"],
  ["count3", "较大安全生产事故控制在1起以内", "发生安全生产事故8起，其中较大事故2起", "not-green"],
  ["count3", "完成造林1万亩", "完成森林抚育1.2万亩，造林0.6万亩", "not-green"],
  ["count3", "完成造林1万亩", "造林0.6万亩，森林抚育1.2万亩", "not-green"],
  ["count3", "建成高标准农田2万亩", "建成高标准农田1.2万亩，高效节水灌溉2.1万亩", "not-green"],
  ["count3", ROADS, "年度目标新建农村公路60公里，已完成62公里", "done"],
  ["count3", ROADS, "农村公路：新建62公里，改造30公里", "done"],
  ["count3", "改造农村公路50公里", "农村公路：新建62公里，改造30公里", "not-green"],
  ["count3", ROADS, "新建农村公路40公里（目标60公里）", "not-green"],
  ["count3", ROADS, "去年同期新建农村公路62公里，今年新建40公里", "not-green"],
  ["count3", ROADS, "今年新建农村公路40公里，比去年同期少22公里", "not-green"],
  ["count3", ROADS, "2023年新建农村公路62公里", "not-green"],
  ["count3", ROADS, "三年来累计新建农村公路180公里", "not-green"],
  ["count3", ROADS, "全县新建农村公路65公里，城关镇、河西镇分别完成20公里、15公里", "done"],
  ["count3", STARTS, "竣工、新开工项目依次为10个、22个", "done"],
  ["count3", COMPLETIONS, "竣工、新开工项目依次为10个、22个", "not-green"],
  ["count3", COMPLETIONS, "新开工项目22个，竣工项目10个", "not-green"],
  ["count3", FOREST, "城区森林覆盖率42%", "not-green"],
  ["count3", FOREST, "建成区绿化覆盖率42%", "not-green"],
  ["count3", "城市建成区绿地率达到38%", "城市建成区绿化覆盖率42%，绿地率36%", "not-green"],
  ["count3", "城市建成区绿地率达到38%", "城市建成区绿地率36%，绿化覆盖率42%", "not-green"],
  ["direction3", "耕地保有量不低于50万亩", "耕地面积减少0.3万亩", "not-green"],
  ["direction3", RURAL, "农村居民人均可支配收入增加1200元", "not-green"],
  ["direction3", UNEMPLOYMENT, "城镇登记失业率同比下降0.3个百分点，为3.6%", "green"],
  ["direction3", CPI, "居民消费价格指数为103.8", "not-green"],
  ["direction3", PM25_DROP, "PM2.5平均浓度同比下降6%，但仍高于全省平均水平", "green"],
  ["direction3", DEATHS, "死亡人数同比下降15%", "green"],
  ["direction3", "生产安全事故起数下降10%", "生产安全事故死亡人数下降15%", "not-green"],
  // A fourth pass, labelled before the judge ran on it: names that are a part, the whole, the rest or the sum of the
  // target's (产业 and 工业, 服务业 and 现代服务业, 用电量 by sector, 支出 inside 支出, 进出口 of goods and of services, 内资 and
  // 外资, 收入 and 消费支出, 出口交货值).
  ["name4", "第二产业增加值增长6%", "工业增加值增长8%", "not-green"],
  ["name4", "工业增加值增长6%", "第二产业增加值增长8%", "not-green"],
  ["name4", "服务业增加值增长7%", "现代服务业增加值增长9%", "not-green"],
  ["name4", "规上服务业营业收入增长10%", "服务业增加值增长12%", "not-green"],
  ["name4", "一般公共预算支出增长5%", "民生支出增长8%", "not-green"],
  ["name4", "民生支出占一般公共预算支出比重达到80%", "民生支出增长8%", "not-green"],
  ["name4", "进口总额增长5%", "进出口总额增长12%，其中出口增长15%", "not-green"],
  ["name4", "货物进出口总额增长5%", "服务贸易进出口额增长12%", "not-green"],
  ["name4", "引进省外资金80亿元", "实际使用外资1.6亿美元", "not-green"],
  ["name4", JOBS, "新增农村劳动力转移就业9000人", "not-green"],
  ["name4", "城镇居民人均消费支出增长6%", "城镇居民人均可支配收入增长8%", "not-green"],
  ["name4", "居民人均消费支出增长6%", "居民人均可支配收入增长8%，人均消费支出增长4%", "not-green"],
  ["name4", "工业用电量增长8%", "全社会用电量增长10%，其中工业用电量增长5%", "not-green"],
  ["name4", "全社会用电量增长8%", "工业用电量增长10%", "not-green"],
  ["name4", "非公有制经济增加值占比达到60%", "民营经济增加值占比62%", "not-red"],
  ["name4", "非煤矿山安全事故起数下降10%", "煤矿安全事故起数下降15%", "not-green"],
  ["name4", "税收占一般公共预算收入比重达到70%", "税收收入增长12%", "not-green"],
  ["name4", "税收收入占比达到70%", "非税收入占比28%", "not-red"],
  ["name4", "出口额增长10%", "出口额增长12%（以人民币计）", "green"],
  ["name4", "出口额增长10%", "出口交货值增长12%", "not-green"],
];

/** Rows still answered otherwise than labelled after this hunt, each with its reason (docs/metrics.md "Hunt 17"). */
export const KNOWN_OPEN = new Set<string>([
  // The one wrong green left: a project decision, not an oversight. A county's 工业增加值 is measured on 规上 firms, so a 规上
  // figure answers a 工业增加值 target (weakEvidence.ts otherSubset); the label here is the strict reading.
  "工业增加值增长8% ⟵ 规上工业增加值增长9%",
  // (Round ay closed the wrong red once left here, "研发经费投入12亿元，占地区生产总值比重2.6%": a bare share of GDP now takes
  // the amount of its clause as subject, metrics/formsAY.ts nameSharesOfEconomy.)
  // Safe side (无法研判 where green or 已完成 is labelled):
  // The whole's rate before a part in brackets is taken as the part's (the note names 农村).
  "居民人均可支配收入增长7% ⟵ 居民人均可支配收入增长7.5%（其中农村居民增长6%）",
  // 不含农户 is how 固定资产投资 is defined, read as a part taken out.
  "固定资产投资增长8% ⟵ 固定资产投资（不含农户）增长9%",
  // A 分别 list whose first name is the target's and whose act (完成) follows 分别 is not split.
  "竣工项目15个 ⟵ 竣工项目和新开工项目分别完成22个和10个",
  // The city's figure is refused as another place's before the district's own (我区增长6.8%) is read.
  "全区地区生产总值增长6% ⟵ 全市地区生产总值增长5%，我区增长6.8%",
  // The month's figure before the running total of the year is taken and refused as one month's.
  "新增城镇就业8000人 ⟵ 9月份新增城镇就业900人，1-9月累计新增6500人",
]);

labelledHunt("hunt 17: the structure of names — where the group, part, measure and figure stand, labelled before the judge ran", ROWS, KNOWN_OPEN);
