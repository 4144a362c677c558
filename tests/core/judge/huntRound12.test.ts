/**
 * Hunt 12 (docs/metrics.md "Hunt 12"): lookalikes in our own words of forms no earlier hunt read, each with the verdict a
 * careful supervisor gives, written down before the judge ran on it. "not-green" is any answer but 已完成/序时推进;
 * "not-done" any answer but 已完成; "green" 已完成 or 序时推进; a status names that status. The as-of date is 30
 * September 2024 unless a row gives one.
 */
import { labelledHunt, Row } from "./hunt";


/** [family, target, progress text, the supervisor's verdict, as-of date]. */

const PV = "新增光伏装机容量20万千瓦";
const WIND = "新增风电装机容量50万千瓦";
const CATHODE = "形成锂电池正极材料产能5万吨";
const FEED = "建成年产30万吨饲料生产线";
const STEEL = "建成投产年产能20万吨的钢结构项目";
const STORAGE = "新增新型储能装机容量10万千瓦";

const SCALE = "新增规上工业企业25家";
const HTE = "新增高新技术企业20家";

const HALL = "建成市民文化中心";
const PLANT = "完成城北污水处理厂建设";

const HOSPITAL = "建成区域医疗中心";
const PIPES = "新建污水管网30公里";
const ESTATES = "完成老旧小区改造40个";
const JOBS = "新增城镇就业8000人";
const FAI = "完成固定资产投资80亿元";
const GDP = "地区生产总值增长6%";
const FAI_GROWTH = "固定资产投资增长8%";
const FARMLAND = "完成高标准农田建设5万亩";
const ROAD = "新建农村公路60公里";

export const ROWS: Row[] = [
  // 1. A capacity target answered by a plant put into production or connected, with no figure, another figure, another
  // unit, a project's planned size or a step before the capacity exists.
  ["capacity", PV, "1-9月，城东渔光互补光伏电站并网发电", "not-green"],
  ["capacity", PV, "城东渔光互补光伏电站一期8万千瓦已并网发电", "not-green"],
  ["capacity", PV, "光伏电站项目总装机容量25万千瓦，已完成投资60%", "not-green"],
  ["capacity", PV, "1-9月已签约光伏项目装机容量30万千瓦", "not-green"],
  ["capacity", PV, "1-9月备案光伏项目装机容量25万千瓦", "not-green"],
  ["capacity", PV, "1-9月新增并网光伏项目12个", "not-green"],
  ["capacity", WIND, "1-9月，3个风电项目实现全容量并网", "not-green"],
  ["capacity", WIND, "北山风电场项目已建成投运", "not-green"],
  ["capacity", CATHODE, "锂电池正极材料项目一期投产，形成产能2万吨", "not-green"],
  ["capacity", CATHODE, "锂电池正极材料项目已于8月正式投产", "not-green"],
  ["capacity", FEED, "饲料生产线项目已建成投产", "not-green"],
  ["capacity", FEED, "饲料生产线项目一期投产，年产能12万吨", "not-green"],
  ["capacity", STEEL, "钢结构项目于6月正式投产，预计年产值15亿元", "not-green"],
  ["capacity", STORAGE, "共享储能电站已并网运行，容量10万千瓦时", "not-green"],
  ["capacity", STORAGE, "共享储能电站已并网运行", "not-green"],
  // Controls: the capacity said.
  ["capacity", PV, "1-9月新增光伏装机容量22万千瓦", "green"],
  ["capacity", CATHODE, "锂电池正极材料项目建成投产，形成产能5万吨", "green"],
  ["capacity", STORAGE, "1-9月新增新型储能装机容量10.5万千瓦", "green"],

  // 2. A narrower group's count for a wider target: at most a lower bound of it.
  ["narrower", SCALE, "1-9月，其中制造业企业新增12家", "not-green"],
  ["narrower", SCALE, "1-9月新入规高新技术企业8家", "not-green"],
  ["narrower", SCALE, "1-9月新增规上制造业企业26家", "not-green"],
  ["narrower", SCALE, "1-9月新入规高新技术企业26家", "not-green"],
  ["narrower", SCALE, "一季度新入规高新技术企业8家", "not-green", "2024-03-31"],
  ["narrower", HTE, "1-9月新增国家级专精特新“小巨人”企业22家", "not-green"],
  ["narrower", HTE, "1-9月新认定省级高新技术企业22家", "not-green"],
  ["narrower", "招引亿元以上项目30个", "1-9月招引10亿元以上项目12个", "not-green"],
  ["narrower", "新建公办幼儿园5所", "1-9月新建普惠性幼儿园6所", "not-green"],
  // Controls: the wider count itself, with its parts after it.
  ["narrower", SCALE, "1-9月新增规上工业企业26家，其中制造业企业20家", "green"],
  ["narrower", SCALE, "1-9月新入规工业企业26家，其中高新技术企业8家", "green"],
  ["narrower", HTE, "1-9月新增高新技术企业22家", "green"],

  // 3. Parts all done, or the money all spent: not the whole build.
  ["parts", HALL, "文化中心B馆和C馆主体施工均已完成100%", "not-done"],
  ["parts", HALL, "文化中心A馆主体施工完成90%，B馆和C馆主体施工均已完成100%", "not-done"],
  ["parts", HALL, "文化中心项目投资已完成100%", "not-done"],
  ["parts", HALL, "文化中心年度计划投资完成100%", "not-done"],
  ["parts", HALL, "主体工程已完成100%", "not-done"],
  ["parts", HALL, "土建工程完成100%，装修工程完成60%", "not-done"],
  ["parts", HALL, "文化中心主体结构均已封顶", "not-done"],
  ["parts", PLANT, "一期工程已完成100%，二期正在进行设备安装", "not-done"],
  ["parts", PLANT, "厂区土建部分已完成100%", "not-done"],
  ["parts", "改造城区主干道5条", "3条主干道改造均已完成100%", "not-green"],
  ["parts", "改造城区主干道5条", "各条主干道改造均已完成100%的路基工程", "not-done"],
  // Controls: the whole works finished.
  ["parts", HALL, "文化中心已全面建成并投入使用", "done"],
  ["parts", PLANT, "项目已全面完工，通过竣工验收", "done"],
  ["parts", "改造城区主干道5条", "5条主干道改造均已完成", "done"],

  // 5a. A stage word before the works read as the task done.
  ["stage", HOSPITAL, "区域医疗中心项目已完成立项", "not-green"],
  ["stage", HOSPITAL, "区域医疗中心项目已完成可研批复和初步设计", "not-green"],
  ["stage", HOSPITAL, "区域医疗中心项目施工招标已完成", "not-green"],
  ["stage", HOSPITAL, "区域医疗中心项目已完成全部前期手续", "not-green"],
  ["stage", PIPES, "30公里污水管网已完成设计", "not-green"],
  ["stage", PIPES, "污水管网项目已完成招标，中标长度32公里", "not-green"],
  ["stage", PIPES, "已完成32公里污水管网勘察设计", "not-green"],
  ["stage", PIPES, "已完成32公里污水管网施工图审查", "not-green"],
  ["stage", ESTATES, "40个老旧小区改造已完成方案设计", "not-green"],
  ["stage", ESTATES, "40个老旧小区已全部完成立项", "not-green"],
  ["stage", ESTATES, "已完成42个老旧小区改造的招投标", "not-green"],
  ["stage", ESTATES, "完成42个老旧小区改造项目的可研编制", "not-green"],
  // Controls.
  ["stage", PIPES, "已建成污水管网32公里", "green"],
  ["stage", ESTATES, "已完成42个老旧小区改造", "done"],

  // 5b. Running totals over years, against a year's target.
  ["multiYear", JOBS, "“十四五”以来累计新增城镇就业3.2万人", "not-green"],
  ["multiYear", JOBS, "自2022年以来累计新增城镇就业2.5万人", "not-green"],
  ["multiYear", JOBS, "2022年至今累计新增城镇就业2.5万人", "not-green"],
  ["multiYear", JOBS, "近三年累计新增城镇就业2.5万人", "not-green"],
  ["multiYear", "完成造林1万亩", "2021年以来累计完成造林5万亩", "not-green"],
  ["multiYear", FAI, "项目自2022年开工以来累计完成投资85亿元", "not-green"],
  ["multiYear", FAI, "三年来累计完成固定资产投资260亿元", "not-green"],
  // Controls.
  ["multiYear", JOBS, "今年以来累计新增城镇就业8200人", "green"],
  ["multiYear", JOBS, "1-9月累计新增城镇就业8200人", "green"],

  // 5c. Last year's figure for this year's.
  ["lastYear", JOBS, "去年全年新增城镇就业8600人", "not-green"],
  ["lastYear", JOBS, "2023年新增城镇就业8600人", "not-green"],
  ["lastYear", JOBS, "上年新增城镇就业8500人，今年以来新增5000人", "not-green"],
  ["lastYear", FAI, "上年完成固定资产投资86亿元", "not-green"],
  ["lastYear", GDP, "上年地区生产总值增长6.5%", "not-green"],
  ["lastYear", GDP, "去年全县地区生产总值增长6.5%，今年力争增长6%", "not-green"],
  ["lastYear", GDP, "地区生产总值比上年增长6.5%（2023年数据）", "not-green"],
  ["lastYear", JOBS, "上年度新增城镇就业8600人", "not-green"],
  // Controls: 比上年 compares this year's with last year's.
  ["lastYear", GDP, "1-9月地区生产总值比上年同期增长6.5%", "green"],
  ["lastYear", JOBS, "1-9月新增城镇就业8200人，比上年同期多300人", "green"],

  // 5d. A share of the plan for a growth target, and a growth for a share or an amount.
  ["planVsGrowth", FAI_GROWTH, "1-9月固定资产投资完成年度计划的80%", "not-green"],
  ["planVsGrowth", "规上工业增加值增长8%", "1-9月规上工业增加值完成年度目标的80%", "not-green"],
  ["planVsGrowth", "一般公共预算收入增长6%", "1-9月一般公共预算收入完成预算的78%", "not-green"],
  ["planVsGrowth", "社会消费品零售总额增长7%", "1-9月社会消费品零售总额完成全年目标任务的76%", "not-green"],
  ["planVsGrowth", "一般公共预算收入20亿元", "1-9月一般公共预算收入同比增长78%", "not-green"],
  ["planVsGrowth", FAI, "1-9月固定资产投资同比增长78%", "not-green"],
  ["planVsGrowth", FAI_GROWTH, "1-9月固定资产投资完成率80%", "not-green"],
  // Controls.
  ["planVsGrowth", FAI_GROWTH, "1-9月固定资产投资同比增长8.5%", "green"],
  ["planVsGrowth", FAI, "1-9月完成固定资产投资62亿元，完成年度计划的77.5%", "green"],

  // 5e. A completion rate of a sub-item or another act.
  ["subRate", ESTATES, "老旧小区改造项目资金拨付完成率100%", "not-green"],
  ["subRate", ESTATES, "老旧小区屋面防水工程完成率100%", "not-green"],
  ["subRate", ROAD, "农村公路路基工程完成率100%，路面工程完成率45%", "not-green"],
  ["subRate", FARMLAND, "高标准农田建设项目招标完成率100%", "not-green"],
  ["subRate", FARMLAND, "高标准农田建设首批项目完成率100%", "not-green"],
  ["subRate", FARMLAND, "高标准农田建设项目入库完成率100%", "not-green"],
  ["subRate", ESTATES, "老旧小区改造居民意见征求完成率100%", "not-green"],
  // Controls.
  ["subRate", FARMLAND, "高标准农田建设完成率80%", "green"],
  ["subRate", ESTATES, "老旧小区改造完成率85%", "green"],

  // 5f. Other lookalikes: a plan restated as a figure, a share of projects for a share of works.
  ["other", ROAD, "全年计划新建农村公路62公里，目前正在施工", "not-green"],
  ["other", ROAD, "新建农村公路62公里项目已全部开工", "not-done"],
  ["other", ESTATES, "40个老旧小区改造项目开工率100%", "not-done"],
  // A wider count (规上企业 of every trade) for 规上工业企业.
  ["other", SCALE, "1-9月新增规上企业30家", "not-green"],
  ["other", PIPES, "污水管网建设任务32公里已分解下达到各镇街", "not-green"],

  // Second pass, written after the first ran (labels again before the judge ran on these).
  // 5e again: a share of a step, a part or a survey said 完成率100% / 完成100%, for a task of works.
  ["subRate2", ESTATES, "老旧小区改造摸底调查完成率100%", "not-green"],
  ["subRate2", ESTATES, "老旧小区改造方案编制完成100%", "not-green"],
  ["subRate2", ESTATES, "老旧小区改造签约率100%", "not-green"],
  ["subRate2", ESTATES, "老旧小区改造开工率100%，完工率60%", "not-green"],
  ["subRate2", ESTATES, "老旧小区改造年度任务已分解100%", "not-green"],
  ["subRate2", ROAD, "农村公路路基工程已完成100%", "not-green"],
  ["subRate2", FARMLAND, "高标准农田建设规划设计完成率100%", "not-green"],
  ["subRate2", PIPES, "污水管网管材采购完成100%", "not-green"],
  ["subRate2", "新建5G基站300个", "5G基站选址完成率100%", "not-green"],
  ["subRate2", "完成农村户厕改造500户", "农村户厕改造任务摸排完成率100%", "not-green"],
  ["subRate2", HOSPITAL, "区域医疗中心主体工程完成率100%", "not-done"],
  ["subRate2", HOSPITAL, "区域医疗中心项目征地拆迁完成100%", "not-green"],
  ["subRate2", "改造城区主干道5条", "5条主干道改造设计完成100%", "not-green"],
  ["subRate2", "改造城区主干道5条", "2条主干道改造已完成100%，其余3条正在施工", "not-done"],
  ["subRate2", "农村自来水普及率达到95%", "农村自来水工程完成率96%", "not-green"],
  ["subRate2", "义务教育巩固率达到98%", "控辍保学任务完成率100%", "not-green"],
  // Controls: the task's own works 100%.
  ["subRate2", ESTATES, "老旧小区改造完成率100%", "done"],
  ["subRate2", ROAD, "农村公路建设完成率100%", "green"],
  ["subRate2", HOSPITAL, "区域医疗中心建设已完成100%", "green"],
  // 1 again: a plant of a stated capacity built and put into production, the capacity not said.
  ["capacity2", "建成年产10万吨再生铝项目", "再生铝项目已建成投产", "not-green"],
  ["capacity2", "建成年产10万吨再生铝项目", "再生铝项目已建成投产，年产能5万吨", "not-green"],
  ["capacity2", "建成装机容量5万千瓦的分散式风电项目", "分散式风电项目已全容量并网", "not-green"],
  ["capacity2", "建成日处理污水5万吨的污水处理厂", "污水处理厂已建成投运", "not-green"],
  ["capacity2", "新建年产500万平方米的光伏玻璃生产线", "光伏玻璃生产线已点火投产", "not-green"],
  // Controls.
  ["capacity2", "建成年产10万吨再生铝项目", "再生铝项目已建成投产，形成年产10万吨产能", "done"],
  ["capacity2", "建成再生铝项目", "再生铝项目已建成投产", "done"],
  // 2 again: a tier or a part of the target's things.
  ["tier", "创建省级以上文明村10个", "1-9月创建国家级文明村12个", "not-green"],
  ["tier", "新增专精特新企业15家", "1-9月新增省级专精特新企业16家", "not-green"],
  ["tier", "新增专精特新企业15家", "1-9月新增国家级专精特新“小巨人”企业16家", "not-green"],
  ["tier", "创建示范村10个", "1-9月创建市级示范村12个", "not-green"],
  ["part", FAI, "1-9月工业投资完成年度计划的110%", "not-green"],
  ["part", FAI, "1-9月完成重点项目投资85亿元", "not-green"],
  ["part", "一般公共预算收入20亿元", "1-9月税收收入21亿元", "not-green"],
  ["part", "一般公共预算收入20亿元", "1-9月一般公共预算收入中税收收入完成21亿元", "not-green"],
  ["part", GDP, "1-9月第三产业增加值增长6.5%", "not-green"],
  ["part", "社会消费品零售总额增长7%", "1-9月限额以上社会消费品零售额增长8%", "not-green"],
  ["part", "外贸进出口总额增长5%", "1-9月出口总额增长8%", "not-green"],
  ["part", "城乡居民人均可支配收入增长7%", "1-9月农村居民人均可支配收入增长8%", "not-green"],
  ["part", "粮食产量稳定在50万吨", "夏粮产量51万吨，同比增长3%", "not-green"],
  ["part", JOBS, "1-9月帮助就业困难人员实现就业8200人", "not-green"],
  ["part", JOBS, "1-9月高校毕业生就业8200人", "not-green"],
  // Controls.
  ["tier", "新增高新技术企业20家", "1-9月新增国家高新技术企业22家", "green"],
  ["part", "一般公共预算收入20亿元", "1-9月一般公共预算收入16亿元，其中税收收入11亿元", "green"],
  // Stocks, targets restated, steps before the works.
  ["stock2", "新增5G基站300个", "全县累计建成5G基站1200个", "not-green"],
  ["stock2", "新增充电桩500个", "截至9月底，全市充电桩总数达到2600个", "not-green"],
  ["plan2", FAI, "全年固定资产投资目标85亿元，1-9月完成情况待统计部门反馈", "not-green"],
  ["plan2", JOBS, "今年新增城镇就业目标任务8500人，已分解到各乡镇", "not-green"],
  ["stage2", "完成造林1万亩", "已落实造林地块1.2万亩", "not-green"],
  ["stage2", "完成造林1万亩", "已完成造林整地1.2万亩", "not-green"],
  ["stage2", "完成造林1万亩", "已调运苗木120万株，完成造林规划设计1.2万亩", "not-green"],
  ["stage2", FARMLAND, "高标准农田建设项目已批复5.2万亩", "not-green"],
  ["stage2", FARMLAND, "已下达高标准农田建设任务5.2万亩", "not-green"],
  ["stage2", ROAD, "已完成农村公路路基62公里", "not-green"],
  ["stage2", ROAD, "完成农村公路水稳层铺筑62公里", "not-done"],
  ["stage2", ROAD, "农村公路建设已完成投资1.2亿元，占计划的100%", "not-done"],
  ["stage2", ESTATES, "40个老旧小区改造项目已全部完成招标并进场施工", "not-done"],
  ["stage2", "80%的行政村建成污水处理设施", "已完成80%的行政村污水处理设施设计", "not-green"],
  ["planVsGrowth2", FAI_GROWTH, "1-9月固定资产投资完成年度目标的108%", "not-green"],
  ["planVsGrowth2", "研发经费投入强度达到2.5%", "1-9月研发经费投入增长25%", "not-green"],
  ["planVsGrowth2", "森林覆盖率达到45%", "1-9月完成造林计划的46%", "not-green"],

  // Third pass, lookalikes of this round's own rules (labelled before the judge ran on them).
  // The task's own count restated, then a bare act (ae04-j06's rule): the stage must be the task's.
  ["restatedList", "51个县级重点项目年内全部开工建设", "全县确定县级重点项目51个，目前已开工建设20个", "not-green", "2024-07-20"],
  ["restatedList", "51个县级重点项目年内全部开工建设", "全县确定县级重点项目51个，目前已竣工20个", "not-green", "2024-07-20"],
  ["restatedList", "51个县级重点项目年内全部竣工", "全县确定县级重点项目51个，目前已开工建设51个", "not-done", "2024-07-20"],
  ["restatedList", "新建学校5所", "全县计划新建学校5所，已开工5所", "not-done"],
  ["restatedList", "51个县级重点项目年内全部开工建设", "全县确定县级重点项目51个，目前已开工建设45个", "green", "2024-07-20"],
  // Amounts named only 投资, each under the subject opening its sentence part (ae05-j09's rule).
  ["headed", "续建项目完成年度投资计划", "新开工项目47个，1-8月完成投资25亿元，占年计划的90%；续建项目102个，1-8月完成投资60亿元，占年计划的40%", "not-green"],
  ["headed", "新开工项目完成年度投资计划", "续建项目102个，1-8月完成投资260亿元，占年计划的83%；预备新开工项目47个，1-8月完成投资5亿元，占年计划的30%", "not-green"],
  // 已开工的N个项目中有… (ae05-j05's rule): the task's stage, the task's item, a report.
  ["among", "城南污水处理厂年内竣工", "已开工的35个项目中有城南污水处理厂、城北供水厂等", "not-done"],
  ["among", "城南污水处理厂年内开工", "计划开工的35个项目中有城南污水处理厂、城北供水厂等", "not-green"],
  ["among", "城南污水处理厂年内开工", "未开工的5个项目中有城南污水处理厂、城北供水厂等", "not-green"],
  ["among", "城南污水处理厂年内开工", "已开工的35个项目中有城北供水厂、城东水厂等", "not-green"],
  ["among", "城南污水处理厂年内开工", "已开工的35个项目中有城北供水厂、城南污水处理厂等", "done"],
  // Shares named for a part, again; and the task's own shares, which stay.
  ["share3", ESTATES, "老旧小区改造项目完成率85%", "green"],
  ["share3", ESTATES, "全区老旧小区改造完成率85%", "green"],
  ["share3", ESTATES, "城区老旧小区改造完成率100%", "not-green"],
  ["share3", ESTATES, "老旧小区改造外墙保温完成率100%", "not-green"],
  ["share3", ESTATES, "老旧小区改造雨污分流子项完成率100%", "not-green"],
  ["share3", HALL, "文化中心幕墙工程完成100%", "not-done"],
  ["share3", FARMLAND, "高标准农田建设任务完成率90%", "green"],
  ["share3", "新建5G基站300个", "5G基站建设完成率80%", "green"],
  // Plants of a stated capacity, again.
  ["capacity3", "建成日处理污水5万吨的污水处理厂", "污水处理厂已建成投运，日处理能力5万吨", "done"],
  ["capacity3", "建成年产10万吨再生铝项目", "年产10万吨再生铝项目已建成投产", "done"],
  ["capacity3", "建成年产10万吨再生铝项目", "年产5万吨再生铝项目已建成投产", "not-green"],
  ["capacity3", "建成年产10万吨再生铝项目", "再生铝项目已建成投产，产能利用率达到80%", "not-green"],
  // Tiers, again: the target's own tier said is fine; a tier it does not name is not.
  ["tier2", "新增省级以上专精特新企业15家", "1-9月新增省级专精特新企业16家", "green"],
  ["tier2", "新增市级龙头企业10家", "1-9月新增市级以上龙头企业12家", "not-green"],
  ["tier2", "创建文明村10个", "1-9月创建县级以上文明村12个", "not-green"],
  // X中Y, again.
  ["within", "规上工业增加值增长8%", "1-9月规上工业增加值中制造业增加值增长9%", "not-green"],
  ["within", "一般公共预算收入20亿元", "1-9月一般公共预算收入中的非税收入完成21亿元", "not-green"],

  // Found while probing a change of this round (built and 投运 is built), not labelled ahead: a capacity target met by a
  // plant's name. (It was 已完成 with 已建成投产 before the round.)
  ["capacity4", WIND, "风电装机项目已建成投运", "not-green"],
  ["capacity4", WIND, "风电装机项目已建成投产", "not-green"],
  ["capacity4", WIND, "风电装机项目已建成投运，新增装机容量52万千瓦", "done"],
  ["capacity4", "建成城北污水处理厂", "城北污水处理厂已建成投运", "done"],

  // Fourth pass (labelled before the judge ran on them): words of done that are of a step, a part, a season or another
  // plan; forecasts; what remains; another year; person-times for persons; points for rates.
  ["doneWords", FAI, "重点项目年度投资计划已全部完成", "not-green"],
  ["doneWords", HTE, "高新技术企业申报工作已全面完成", "not-green"],
  ["doneWords", "完成造林1万亩", "春季造林任务已全面完成", "not-done"],
  ["doneWords", ROAD, "上半年目标任务已全部完成", "not-done"],
  ["doneWords", HOSPITAL, "区域医疗中心项目年度建设任务已完成", "not-done"],
  ["doneWords", ESTATES, "老旧小区改造已全部完成摸底", "not-green"],
  ["doneWords", HOSPITAL, "区域医疗中心项目主体已全部完工", "not-done"],
  ["doneWords", HOSPITAL, "区域医疗中心项目一期已全部建成", "not-done"],
  ["doneWords", HOSPITAL, "区域医疗中心项目已建成，正在进行竣工验收", "not-done"],
  ["doneWords", HOSPITAL, "区域医疗中心门诊楼已建成投用", "not-done"],
  ["doneWords", HOSPITAL, "区域医疗中心已完成年度投资计划", "not-done"],
  ["doneWords", HOSPITAL, "去年区域医疗中心已建成", "not-green"],
  ["doneWords", PLANT, "城北污水处理厂已建成试运行", "not-done"],
  ["doneWords", PLANT, "城北污水处理厂已具备通水条件", "not-done"],
  ["doneWords", PLANT, "城北污水处理厂设备已全部安装完成", "not-done"],
  ["doneWords", PLANT, "城北污水处理厂配套管网已全部建成", "not-done"],
  ["forecast", JOBS, "预计全年新增城镇就业8500人", "not-green"],
  ["forecast", JOBS, "全年有望新增城镇就业8500人", "not-green"],
  ["forecast", JOBS, "全年可实现新增城镇就业8500人", "not-green"],
  ["forecast", FAI, "全年可完成固定资产投资85亿元", "not-green"],
  ["forecast", FAI, "按目前进度，全年将完成固定资产投资85亿元", "not-green"],
  ["remains", ESTATES, "剩余40个老旧小区改造正在推进", "not-green"],
  ["remains", ESTATES, "尚有40个老旧小区未完成改造", "not-green"],
  ["remains", ESTATES, "已完成改造的小区42个，均为去年结转项目", "not-green"],
  ["remains", JOBS, "距全年新增城镇就业目标还差8000人", "not-green"],
  ["otherYear", JOBS, "截至2023年底，累计新增城镇就业8600人", "not-green"],
  ["otherYear", JOBS, "1-9月新增城镇就业8200人（2023年同期数据）", "not-green"],
  ["units", JOBS, "1-9月帮助8200户家庭实现就业", "not-green"],
  ["units", "培训农民5000人", "1-9月培训农民5200人次", "not-green"],
  ["points", "研发经费投入强度提高0.2个百分点", "1-9月研发经费投入增长20%", "not-green"],
  ["points", "森林覆盖率提高0.5个百分点", "森林覆盖率达到45.5%", "not-green"],
  ["points", "城镇登记失业率控制在4%以内", "1-9月城镇登记失业人员同比下降4%", "not-green"],
  // Controls.
  ["doneWords", "完成农村户厕改造500户", "农村户厕改造年度任务已全面完成", "done"],
  ["units", "培训农民5000人次", "1-9月培训农民5200人次", "green"],

  // Fifth pass (labelled before the judge ran on them).
  ["capacity5", "建成年产10万吨再生铝项目", "年产10万吨再生铝项目主体已完工", "not-done"],
  ["share5", HALL, "文化中心建设完成总工程量的100%", "not-done"],
  ["share5", ESTATES, "老旧小区改造资金完成年度计划的100%", "not-green"],
  ["share5", ESTATES, "老旧小区改造中的加装电梯完成率100%", "not-green"],
  ["share5", ESTATES, "老旧小区改造完成年度计划的100%", "done"],
  ["tier5", "培育国家级专精特新小巨人企业3家", "1-9月新增国家级专精特新小巨人企业3家", "green"],
  ["tier5", "新增省级研发平台10个", "1-9月新增省级以上研发平台12个", "not-green"],
  ["within5", GDP, "1-9月地区生产总值中第三产业增加值增长6.5%", "not-green"],

  // Sixth pass (labelled before the judge ran on them): a part offered for the whole, its whole not given.
  ["narrower6", SCALE, "1-9月新增企业30家，其中规上工业企业12家", "not-green"],
  ["narrower6", SCALE, "今年以来新增规上工业企业，其中制造业企业26家", "not-green"],
  ["narrower6", "新增市场主体5000户", "1-9月新增企业1800户", "not-green"],
  ["narrower6", "新增市场主体5000户", "1-9月新增个体工商户5200户", "not-green"],
  ["narrower6", "引进高层次人才100名", "1-9月引进博士研究生105名", "not-green"],
  ["narrower6", "新增城镇就业8000人", "1-9月城镇新增就业中高校毕业生8200人", "not-green"],
  // Control: 其中 gives the target's own things.
  ["narrower6", HTE, "1-9月新增科技型企业50家，其中高新技术企业22家", "green"],

  // Seventh pass (labelled before the judge ran on them): capacities on the way.
  ["capacity7", PV, "新增光伏项目3个，总装机容量25万千瓦，已开工建设", "not-green"],
  ["capacity7", PV, "新增光伏项目3个，已有2个并网，装机容量12万千瓦", "not-green"],
  ["capacity7", CATHODE, "锂电池正极材料项目设计产能5万吨，已进入设备调试", "not-green"],
  ["capacity7", CATHODE, "锂电池正极材料项目设计产能5万吨，已试生产", "not-green"],
  ["capacity7", "建成年产10万吨再生铝项目", "年产10万吨再生铝项目已开工建设", "not-done"],
  ["capacity7", WIND, "风电项目已完成风机吊装20台，装机容量5万千瓦", "not-green"],
  ["capacity7", STORAGE, "储能电站项目已备案，规模10万千瓦/20万千瓦时", "not-green"],
];

/**
 * Rows still answered otherwise than labelled after this round (docs/metrics.md "Hunt 12"); none is a wrong green of the
 * judge's own making except the harvest, which an earlier rule decided:
 * - 夏粮产量51万吨 for 粮食产量稳定在50万吨 is 序时推进 by round m's JUDGE_PART_OF_HARVEST (a season's harvest already at the
 *   year's level is a lower bound that meets it; 已完成 waits for the year's harvest). Labelled not green here; left to the lead.
 * - Two controls came out 无法研判 (the safe side): "5条主干道改造均已完成" does not say 城区 (WEAK_WIDER; closed by hunt 15's
 *   均已完成 as whole done words, the task's own count before them); "区域医疗中心建设
 *   已完成100%" is a share the task's words do not name whole (建设 beside 建成). (A third, "老旧小区改造项目完成率85%", was
 *   refused by round 2's list of part words, which held 项目; session 20 let shareOfAPart alone decide, and 项目 restates
 *   the whole.)
 */
export const KNOWN_OPEN = new Set<string>([
  // Round 3 decided that the year's construction task done is the building done for a task due this year (huntRound3
  // doneOther, wrongGreenHunt's controls); labelled not done here, left as that round decided.
  "建成区域医疗中心 ⟵ 区域医疗中心项目年度建设任务已完成",
  "粮食产量稳定在50万吨 ⟵ 夏粮产量51万吨，同比增长3%",
  "建成区域医疗中心 ⟵ 区域医疗中心建设已完成100%",
]);

labelledHunt("hunt 12: lookalikes and controls, labelled before the judge ran", ROWS, KNOWN_OPEN);
