/**
 * Hunt 14 (docs/metrics.md "Hunt 14"): lookalikes in our own words of genres earlier hunts did little with — agriculture
 * and rural work (粮食播种面积/产量, 高标准农田, 农村人居环境, 土地流转), health and education (床位, 执业医师, 家庭医生签约,
 * 学位, 义务教育巩固率), ecology (森林覆盖率, 断面水质, 土壤安全利用率, 碳排放强度), social security (参保率, 养老床位,
 * 低保) and durations written in 个月 / 天 / 小时 / 个工作日 (a period is not a count of things; a time limit is a
 * ceiling) — each with the verdict a careful supervisor gives, written down before the judge ran on it. "not-green" is
 * any answer but 已完成/序时推进; "not-done" any answer but 已完成; "green" 已完成 or 序时推进; a status names that status.
 * The as-of date is 30 September 2024 unless a row gives one.
 */
import { labelledHunt, Row, verdict } from "./hunt";

const YEAR_END = "2024-12-31";

const GRAIN_AREA = "粮食播种面积稳定在85万亩以上";
const GRAIN_OUTPUT = "粮食总产量达到35万吨";
const FARMLAND = "新建高标准农田5万亩";
const MECHANISED = "农作物耕种收综合机械化率达到85%";
const TOILETS = "完成农村户厕改造3000户";
const RURAL_SEWAGE = "农村生活污水治理率达到40%";
const LAND_TRANSFER = "土地流转面积达到20万亩";
const FARM_ENTITIES = "培育新型农业经营主体50家";
const HOSPITAL_BEDS = "每千人口医疗卫生机构床位数达到6.5张";
const DOCTORS = "每千人口执业（助理）医师数达到3.2人";
const FAMILY_DOCTOR = "家庭医生签约服务覆盖率达到75%";
const DEGREES = "新增公办学位3000个";
const RETENTION = "九年义务教育巩固率保持在97%以上";
const PRESCHOOL = "学前教育毛入园率达到92%";
const NURSERY = "每千人口拥有3岁以下婴幼儿托位数达到3.5个";
const FOREST = "森林覆盖率达到45%";
const WATER = "地表水国控断面水质优良比例达到90%";
const SOIL = "受污染耕地安全利用率达到93%";
const CARBON = "单位地区生产总值二氧化碳排放降低4%";
const PENSION_RATE = "基本养老保险参保率达到95%";
const MEDICAL_RATE = "基本医疗保险参保率稳定在95%以上";
const CARE_BEDS = "新增养老机构床位500张";
const RURAL_DIBAO = "农村低保标准提高到每人每年7200元";
const DIBAO_GROWTH = "城乡低保标准提高5%";
const APPROVAL_DAYS = "项目审批时限压缩至15天以内";
const START_UP_HOURS = "企业开办时间压缩至8小时以内";
const CYCLE_MONTHS = "项目审批周期缩短至3个月以内";
const OLD_ESTATES = "改造老旧小区3个";
const POCKET_PARKS = "建成口袋公园5个";
const FAMILY_FARMS = "培育家庭农场10个";
const RECTIFY = "完成问题整改30个";
const SERVICE_STATIONS = "建成村级便民服务站20个";
const CHARGERS = "建成公共充电站12个";
const PROJECTS = "实施重点项目18个";
const GOOD_DAYS_COUNT = "空气质量优良天数达到300天";
const RESIDENT_PENSION = "城乡居民基本养老保险参保率达到95%";
const KEY_GROUP_DOCTOR = "重点人群家庭医生签约率达到80%";
const FITNESS = "学生体质健康达标率达到92%";
const GARBAGE = "城市生活垃圾无害化处理率达到100%";
const RURAL_GARBAGE = "农村生活垃圾收运处置体系覆盖率达到100%";
const PROVINCE_WATER = "省考断面水质优良比例达到90%";
const PROMISED = "政务服务事项承诺时限平均压缩至8个工作日";
const HAZARDS = "完成隐患整改15个";
const DEMO_VILLAGES = "建成乡村振兴示范村8个";
const APPROVALS = "完成项目审批25个";
const PUBLIC_TOILETS = "新建公厕10座";
const FARMER_TRAINING = "培训高素质农民500人";
const VOLUNTEERING = "开展志愿服务活动200场";
const RURAL_ROADS = "新建农村公路50公里";
const DILAPIDATED = "完成农村危房改造200户";
const DRAGON_HEADS = "培育市级以上农业产业化龙头企业5家";
const HOTLINE = "12345热线工单办结时限压缩至3天以内";
const SAFETY_TRAINING = "开展安全生产培训100场";
const VILLAGE_CLEANUP = "完成农村人居环境整治村庄60个";
const RESIDENT_MEDICAL = "城乡居民医保参保率达到95%";
const RIVER_PATROL = "开展巡河200次";
const FREE_CLINICS = "开展义诊活动30场";
const ELDER_HEALTH = "老年人健康管理率达到70%";
const SCREENING = "农村适龄妇女两癌筛查率达到90%";
const MATERNAL = "孕产妇系统管理率达到95%";
const NEW_PARKS = "新建口袋公园5个";

/** [family, target, progress text, the supervisor's verdict, as-of date]. */
export const ROWS: Row[] = [
  // 1. grain: the area and the output answered by a plan, a task handed down, another crop, a season, a per-mu yield,
  // last year, a change.
  ["grain", GRAIN_AREA, "下达各乡镇粮食播种面积任务86万亩", "not-green"],
  ["grain", GRAIN_AREA, "全县粮食播种面积计划86万亩", "not-green"],
  ["grain", GRAIN_AREA, "粮食作物种植意向面积86万亩", "not-green"],
  ["grain", GRAIN_AREA, "大豆播种面积86万亩", "not-green"],
  ["grain", GRAIN_AREA, "预计秋粮播种面积86万亩", "not-green"],
  ["grain", GRAIN_AREA, "粮食播种面积同比增加1.2万亩", "not-green"],
  ["grain", GRAIN_AREA, "2023年粮食播种面积86.3万亩", "not-green"],
  ["grain", GRAIN_AREA, "粮食生产功能区面积86万亩", "not-green"],
  ["grain", GRAIN_AREA, "粮食播种面积84.2万亩", "not-green"],
  ["grain", GRAIN_AREA, "粮食播种面积任务86万亩已分解落实到村", "not-green"],
  ["grain", GRAIN_AREA, "蔬菜播种面积86万亩", "not-green"],
  ["grain", GRAIN_AREA, "粮食播种面积不足85万亩", "not-green"],
  ["grain", GRAIN_OUTPUT, "预计全年粮食总产量36万吨", "not-green"],
  ["grain", GRAIN_OUTPUT, "粮食亩产达到450公斤", "not-green"],
  ["grain", GRAIN_OUTPUT, "夏粮产量12万吨，同比增长3%", "not-green"],
  ["grain", GRAIN_OUTPUT, "2023年粮食总产量35.6万吨", "not-green"],
  ["grain", GRAIN_OUTPUT, "粮食总产量同比增加1.1万吨", "not-green"],
  ["grain", GRAIN_OUTPUT, "粮食收购量36万吨", "not-green"],
  ["grain", GRAIN_OUTPUT, "粮食产能稳定在35万吨以上", "not-green"],
  ["grain", GRAIN_OUTPUT, "油料总产量36万吨", "not-green"],
  ["grain", GRAIN_OUTPUT, "力争全年粮食总产量达到35.5万吨", "not-green"],
  ["grain", GRAIN_OUTPUT, "粮食总产量35万吨的目标已下达到各乡镇", "not-green"],
  // Controls.
  ["grain", GRAIN_AREA, "粮食播种面积86.2万亩，同比增加0.4万亩", "green"],
  ["grain", GRAIN_OUTPUT, "全年粮食总产量35.8万吨，同比增长2%", "done", YEAR_END],

  // 2. farmland: new high-standard farmland answered by a task placed, a design, a start, a tender, a stock, money, a
  // kind of works.
  ["farmland", FARMLAND, "高标准农田建设任务5万亩已全部落实到地块", "not-green"],
  ["farmland", FARMLAND, "完成高标准农田建设项目初步设计5万亩", "not-green"],
  ["farmland", FARMLAND, "高标准农田建设项目已完成招标5万亩", "not-done"],
  ["farmland", FARMLAND, "高标准农田建设已开工5.2万亩", "not-done"],
  ["farmland", FARMLAND, "累计建成高标准农田52万亩", "not-green"],
  ["farmland", FARMLAND, "高效节水灌溉面积5.1万亩", "not-green"],
  ["farmland", FARMLAND, "高标准农田5万亩田间工程已完工，待验收", "not-done"],
  ["farmland", FARMLAND, "高标准农田建设已完成投资1.2亿元，占年度计划的102%", "not-done"],
  ["farmland", FARMLAND, "省下达我县高标准农田建设任务5万亩", "not-green"],
  ["farmland", FARMLAND, "高标准农田建设项目5万亩已立项", "not-green"],
  ["farmland", FARMLAND, "高标准农田改造提升5.3万亩", "not-green"],
  ["farmland", FARMLAND, "2023年度高标准农田建设项目5万亩已通过验收", "not-green"],
  ["farmland", FARMLAND, "拟新建高标准农田5万亩", "not-green"],
  ["farmland", FARMLAND, "新建高标准农田5万亩，主体工程完成70%", "not-done"],
  // Controls.
  ["farmland", FARMLAND, "新建高标准农田5.1万亩，已全部通过验收", "done"],
  ["farmland", FARMLAND, "已建成高标准农田5万亩，其中高效节水灌溉1万亩", "done"],

  // 3. rural: toilets, sewage, mechanisation, land transfer, new farm entities answered by a survey, a start, another
  // measure, a crop, a count for a share, a service that is not a transfer, an application.
  ["rural", TOILETS, "摸排农村户厕改造需求3200户", "not-green"],
  ["rural", TOILETS, "农村户厕改造已开工3100户", "not-done"],
  ["rural", TOILETS, "农村卫生厕所普及率达到92%", "not-green"],
  ["rural", TOILETS, "改造农村公厕30座", "not-green"],
  ["rural", TOILETS, "农村户厕问题摸排整改3000户", "not-done"],
  ["rural", TOILETS, "已下达农村户厕改造任务3000户", "not-green"],
  ["rural", TOILETS, "农村户厕改造3000户，已完成1200户", "not-green"],
  ["rural", TOILETS, "农村户厕改造奖补资金300万元已拨付", "not-green"],
  ["rural", TOILETS, "计划年底前完成农村户厕改造3000户", "not-green"],
  ["rural", RURAL_SEWAGE, "农村生活污水治理行政村42个", "not-green"],
  ["rural", RURAL_SEWAGE, "农村黑臭水体治理率达到45%", "not-green"],
  ["rural", RURAL_SEWAGE, "农村生活垃圾分类行政村覆盖率45%", "not-green"],
  ["rural", RURAL_SEWAGE, "城市生活污水集中收集率达到72%", "not-green"],
  ["rural", RURAL_SEWAGE, "农村生活污水治理率较上年提高5个百分点", "not-green"],
  ["rural", RURAL_SEWAGE, "农村生活污水治理率36%", "not-green"],
  ["rural", RURAL_SEWAGE, "农村生活污水处理设施正常运行率达到90%", "not-green"],
  ["rural", MECHANISED, "小麦耕种收综合机械化率98%", "not-green"],
  ["rural", MECHANISED, "农作物机耕率90%", "not-green"],
  ["rural", MECHANISED, "农作物耕种收综合机械化率同比提高1个百分点", "not-green"],
  ["rural", MECHANISED, "农机购置补贴资金兑付率100%", "not-green"],
  ["rural", MECHANISED, "农作物耕种收综合机械化率83.5%", "not-green"],
  ["rural", LAND_TRANSFER, "土地流转率达到60%", "not-green"],
  ["rural", LAND_TRANSFER, "新增土地流转面积2.1万亩", "not-green"],
  ["rural", LAND_TRANSFER, "土地托管服务面积21万亩", "not-green"],
  ["rural", LAND_TRANSFER, "土地流转合同签订率95%", "not-green"],
  ["rural", LAND_TRANSFER, "农村土地承包经营权确权面积21万亩", "not-green"],
  ["rural", LAND_TRANSFER, "土地流转意向面积21万亩", "not-green"],
  ["rural", LAND_TRANSFER, "2023年末土地流转面积20.6万亩", "not-green"],
  ["rural", LAND_TRANSFER, "土地流转面积18.5万亩", "not-green"],
  ["rural", FARM_ENTITIES, "申报新型农业经营主体52家", "not-green"],
  ["rural", FARM_ENTITIES, "家庭农场名录系统录入52家", "not-green"],
  ["rural", FARM_ENTITIES, "新型农业经营主体总数达到860家", "not-green"],
  ["rural", FARM_ENTITIES, "拟培育新型农业经营主体55家", "not-green"],
  ["rural", FARM_ENTITIES, "新型农业经营主体带头人培训52人", "not-green"],
  ["rural", FARM_ENTITIES, "新型农业经营主体贷款52笔", "not-green"],
  // Controls.
  ["rural", TOILETS, "完成农村户厕改造3050户", "done"],
  ["rural", RURAL_SEWAGE, "农村生活污水治理率达到42%", "green"],
  ["rural", MECHANISED, "农作物耕种收综合机械化率达到86%", "green"],
  ["rural", LAND_TRANSFER, "全县土地流转面积20.8万亩", "green"],
  ["rural", FARM_ENTITIES, "新培育新型农业经营主体53家，其中家庭农场30家", "done"],

  // 4. health: beds and doctors per thousand people answered by a total, another kind of bed or worker, another base
  // (per ten thousand), last year, a change; family doctors by a part of the people, a count, a team, a 履约 rate.
  ["health", HOSPITAL_BEDS, "医疗卫生机构床位总数3200张", "not-green"],
  ["health", HOSPITAL_BEDS, "每千人口养老床位数7张", "not-green"],
  ["health", HOSPITAL_BEDS, "2023年末每千人口医疗卫生机构床位数6.8张", "not-green"],
  ["health", HOSPITAL_BEDS, "新增医疗卫生机构床位650张", "not-green"],
  ["health", HOSPITAL_BEDS, "每千人口执业医师3.4人", "not-green"],
  ["health", HOSPITAL_BEDS, "每千人口医疗卫生机构床位数6.2张", "not-green"],
  ["health", HOSPITAL_BEDS, "每千名老年人养老床位数38张", "not-green"],
  ["health", HOSPITAL_BEDS, "每千人口医疗卫生机构床位数较上年增加0.3张", "not-green"],
  ["health", HOSPITAL_BEDS, "县人民医院新增床位6.5张", "not-green"],
  ["health", DOCTORS, "每千人口注册护士3.5人", "not-green"],
  ["health", DOCTORS, "每万人口全科医生3.3人", "not-green"],
  ["health", DOCTORS, "执业（助理）医师总数1650人", "not-green"],
  ["health", DOCTORS, "每千人口执业（助理）医师数较上年增加0.2人", "not-green"],
  ["health", DOCTORS, "每千人口执业（助理）医师数3.0人", "not-green"],
  ["health", DOCTORS, "每千人口药师0.6人", "not-green"],
  ["health", DOCTORS, "招聘执业医师32人", "not-green"],
  ["health", FAMILY_DOCTOR, "重点人群家庭医生签约率85%", "not-green"],
  ["health", FAMILY_DOCTOR, "家庭医生签约人数32万人", "not-green"],
  ["health", FAMILY_DOCTOR, "组建家庭医生签约服务团队186个", "not-green"],
  ["health", FAMILY_DOCTOR, "家庭医生签约服务覆盖率同比提高5个百分点", "not-green"],
  ["health", FAMILY_DOCTOR, "65岁以上老年人家庭医生签约率78%", "not-green"],
  ["health", FAMILY_DOCTOR, "家庭医生履约率80%", "not-green"],
  ["health", FAMILY_DOCTOR, "脱贫人口家庭医生签约服务覆盖率100%", "not-green"],
  ["health", FAMILY_DOCTOR, "家庭医生签约服务覆盖率70%", "not-green"],
  ["health", FAMILY_DOCTOR, "家庭医生签约居民满意度95%", "not-green"],
  ["health", NURSERY, "每千人口托位数3.2个", "not-green"],
  ["health", NURSERY, "婴幼儿托位总数3600个", "not-green"],
  ["health", NURSERY, "新增婴幼儿托位360个", "not-green"],
  ["health", NURSERY, "托育机构备案36家", "not-green"],
  // Controls.
  ["health", HOSPITAL_BEDS, "每千人口医疗卫生机构床位数6.6张", "green"],
  ["health", DOCTORS, "每千人口执业（助理）医师数3.3人", "green"],
  ["health", FAMILY_DOCTOR, "常住人口家庭医生签约服务覆盖率76%", "green"],
  ["health", FAMILY_DOCTOR, "家庭医生签约服务覆盖率达到76.5%，其中重点人群签约率88%", "green"],
  ["health", NURSERY, "每千人口拥有3岁以下婴幼儿托位数3.6个", "green"],

  // 5. school: new public places answered by all places, private ones, a plan, a capacity after building; retention and
  // enrolment by another rate.
  ["school", DEGREES, "新增民办学位3200个", "not-green"],
  ["school", DEGREES, "规划新增公办学位3500个", "not-green"],
  ["school", DEGREES, "在建学校建成后可新增公办学位3600个", "not-green"],
  ["school", DEGREES, "公办学位总数5.2万个", "not-green"],
  ["school", DEGREES, "新增公办学位3000个的项目已全部开工", "not-green"],
  ["school", DEGREES, "2023年新增公办学位3100个", "not-green"],
  ["school", DEGREES, "预计秋季学期新增公办学位3200个", "not-green"],
  ["school", DEGREES, "新增公办学位3000个，已建成1800个", "not-green"],
  ["school", DEGREES, "新建学校3所，设计学位3300个", "not-green"],
  ["school", RETENTION, "初中毛入学率102%", "not-green"],
  ["school", RETENTION, "小学适龄儿童入学率100%", "not-green"],
  ["school", RETENTION, "九年义务教育巩固率96.5%", "not-green"],
  ["school", RETENTION, "高中阶段毛入学率98%", "not-green"],
  ["school", RETENTION, "学前三年毛入园率98%", "not-green"],
  ["school", RETENTION, "义务教育阶段残疾儿童入学率97.5%", "not-green"],
  ["school", RETENTION, "九年义务教育巩固率保持在97%以上的目标已下达", "not-green"],
  ["school", RETENTION, "2023年九年义务教育巩固率98.1%", "not-green"],
  ["school", PRESCHOOL, "普惠性幼儿园覆盖率92%", "not-green"],
  ["school", PRESCHOOL, "公办园在园幼儿占比55%", "not-green"],
  ["school", PRESCHOOL, "学前教育毛入园率90.5%", "not-green"],
  ["school", PRESCHOOL, "城区学前教育毛入园率95%", "not-green"],
  // Controls.
  ["school", DEGREES, "新增公办学位3200个", "done"],
  ["school", DEGREES, "新建改扩建中小学5所，新增公办学位3150个", "done"],
  ["school", RETENTION, "九年义务教育巩固率97.6%", "green"],
  ["school", PRESCHOOL, "学前教育毛入园率达到93.2%", "green"],

  // 6. eco: the forest, the water's sections, the soil, carbon answered by a measure of another thing, another grade of
  // section, another class of land, energy for carbon, a total for an intensity, a multi-year change.
  ["eco", FOREST, "森林蓄积量45万立方米", "not-green"],
  ["eco", FOREST, "林木绿化率46%", "not-green"],
  ["eco", FOREST, "建成区绿化覆盖率45.5%", "not-green"],
  ["eco", FOREST, "完成造林面积4.5万亩", "not-green"],
  ["eco", FOREST, "森林覆盖率提高0.5个百分点", "not-green"],
  ["eco", FOREST, "草原综合植被盖度46%", "not-green"],
  ["eco", FOREST, "湿地保护率46%", "not-green"],
  ["eco", FOREST, "建成区绿地率45%", "not-green"],
  ["eco", FOREST, "森林覆盖率44.2%", "not-green"],
  ["eco", FOREST, "城区森林覆盖率48%", "not-green"],
  ["eco", FOREST, "2023年森林覆盖率45.3%", "not-green"],
  ["eco", WATER, "地表水省控断面水质优良比例92%", "not-green"],
  ["eco", WATER, "集中式饮用水水源地水质达标率100%", "not-green"],
  ["eco", WATER, "地表水国控断面水质优良比例同比提高5个百分点", "not-green"],
  ["eco", WATER, "劣Ⅴ类水体比例为0", "not-green"],
  ["eco", WATER, "地表水市控断面达标率95%", "not-green"],
  ["eco", WATER, "城市黑臭水体消除比例100%", "not-green"],
  ["eco", WATER, "近岸海域水质优良比例92%", "not-green"],
  ["eco", WATER, "地表水国控断面水质优良比例85.7%", "not-green"],
  ["eco", WATER, "9月份地表水国控断面水质优良比例100%", "not-green"],
  ["eco", WATER, "重点河流断面水质达标率93%", "not-green"],
  ["eco", SOIL, "重点建设用地安全利用率100%", "not-green"],
  ["eco", SOIL, "耕地土壤环境质量类别划分完成率100%", "not-green"],
  ["eco", SOIL, "受污染耕地安全利用面积1.2万亩", "not-green"],
  ["eco", SOIL, "土壤污染详查完成率100%", "not-green"],
  ["eco", SOIL, "农用地安全利用率95%", "not-green"],
  ["eco", SOIL, "受污染耕地安全利用率91%", "not-green"],
  ["eco", SOIL, "严格管控类耕地风险管控率100%", "not-green"],
  ["eco", CARBON, "单位地区生产总值能耗下降4.2%", "not-green"],
  ["eco", CARBON, "二氧化碳排放总量下降4.5%", "not-green"],
  ["eco", CARBON, "单位工业增加值能耗下降5%", "not-green"],
  ["eco", CARBON, "单位地区生产总值二氧化碳排放较2020年下降18%", "not-green"],
  ["eco", CARBON, "规上工业单位增加值二氧化碳排放下降6%", "not-green"],
  ["eco", CARBON, "单位地区生产总值二氧化碳排放下降3.1%", "not-green"],
  ["eco", CARBON, "单位地区生产总值用水量下降5%", "not-green"],
  ["eco", CARBON, "预计全年单位地区生产总值二氧化碳排放降低4.2%", "not-green"],
  // Controls.
  ["eco", FOREST, "森林覆盖率达到45.2%", "green"],
  ["eco", WATER, "地表水国控断面水质优良比例为91.7%", "green"],
  ["eco", SOIL, "受污染耕地安全利用率达到95%", "green"],
  ["eco", CARBON, "单位地区生产总值二氧化碳排放下降4.3%", "green"],

  // 7. social: insurance rates answered by a count, another insurance, a part of the insured, a collection rate; care
  // beds by a stock, family beds, nursing beds, a per-elder ratio; 低保 by the town's standard, 特困, the money, a plan.
  ["social", PENSION_RATE, "城乡居民基本养老保险参保人数52万人", "not-green"],
  ["social", PENSION_RATE, "基本医疗保险参保率96%", "not-green"],
  ["social", PENSION_RATE, "企业职工基本养老保险参保率97%", "not-green"],
  ["social", PENSION_RATE, "城乡居民基本养老保险参保率96%", "not-green"],
  ["social", PENSION_RATE, "基本养老保险费征缴率98%", "not-green"],
  ["social", PENSION_RATE, "养老保险待遇按时足额发放率100%", "not-green"],
  ["social", PENSION_RATE, "失业保险参保率96%", "not-green"],
  ["social", PENSION_RATE, "基本养老保险参保率93.5%", "not-green"],
  ["social", PENSION_RATE, "基本养老保险参保率同比提高1个百分点", "not-green"],
  ["social", MEDICAL_RATE, "基本医疗保险参保人数45万人", "not-green"],
  ["social", MEDICAL_RATE, "城乡居民医保参保率96.5%", "not-green"],
  ["social", MEDICAL_RATE, "困难群众基本医疗保险参保率100%", "not-green"],
  ["social", MEDICAL_RATE, "基本医疗保险参保率较去年提高1个百分点", "not-green"],
  ["social", MEDICAL_RATE, "基本医疗保险参保率94.1%", "not-green"],
  ["social", MEDICAL_RATE, "工伤保险参保率96%", "not-green"],
  ["social", MEDICAL_RATE, "基本医疗保险基金支付率96%", "not-green"],
  ["social", CARE_BEDS, "养老机构床位总数2600张", "not-green"],
  ["social", CARE_BEDS, "新增家庭养老床位520张", "not-green"],
  ["social", CARE_BEDS, "新增护理型床位520张", "not-green"],
  ["social", CARE_BEDS, "养老机构护理型床位占比60%", "not-green"],
  ["social", CARE_BEDS, "每千名老年人养老床位数35张", "not-green"],
  ["social", CARE_BEDS, "新增社区养老服务设施床位520张", "not-green"],
  ["social", CARE_BEDS, "新增医疗卫生机构床位520张", "not-green"],
  ["social", CARE_BEDS, "在建养老机构设计床位520张", "not-green"],
  ["social", CARE_BEDS, "新增养老机构床位500张，已投入使用200张", "not-green"],
  ["social", CARE_BEDS, "养老机构入住老人520人", "not-green"],
  ["social", RURAL_DIBAO, "城市低保标准提高到每人每年9000元", "not-green"],
  ["social", RURAL_DIBAO, "农村低保对象1.2万人", "not-green"],
  ["social", RURAL_DIBAO, "发放农村低保金7300万元", "not-green"],
  ["social", RURAL_DIBAO, "农村特困人员基本生活标准提高到每人每年9400元", "not-green"],
  ["social", RURAL_DIBAO, "2023年农村低保标准为每人每年7200元", "not-green"],
  ["social", RURAL_DIBAO, "拟将农村低保标准提高到每人每年7500元", "not-green"],
  ["social", RURAL_DIBAO, "农村低保月人均补助水平达到600元", "not-green"],
  ["social", RURAL_DIBAO, "农村低保标准提高到每人每年6900元", "not-green"],
  ["social", DIBAO_GROWTH, "城乡低保标准提高到每人每月800元", "not-green"],
  ["social", DIBAO_GROWTH, "低保金发放增长6%", "not-green"],
  ["social", DIBAO_GROWTH, "城乡低保保障人数减少5%", "not-green"],
  ["social", DIBAO_GROWTH, "城市低保标准提高6%", "not-green"],
  ["social", DIBAO_GROWTH, "特困人员供养标准提高6%", "not-green"],
  ["social", DIBAO_GROWTH, "城乡低保标准提高3%", "not-green"],
  // Controls.
  ["social", PENSION_RATE, "基本养老保险参保率96.2%", "green"],
  ["social", MEDICAL_RATE, "基本医疗保险参保率稳定在96.1%", "green"],
  ["social", CARE_BEDS, "新增养老机构床位520张", "done"],
  ["social", CARE_BEDS, "新建养老机构3家，新增养老机构床位520张", "done"],
  ["social", RURAL_DIBAO, "农村低保标准已提高到每人每年7320元", "done"],
  ["social", DIBAO_GROWTH, "城乡低保标准提高5.5%", "done"],

  // 8. ceiling: a time limit in 天, 小时 or 个月 answered by a larger average, the fastest case, the promised limit, the
  // legal limit, a share done within the limit, a count of matters, a saving, a workday for hours.
  ["ceiling", APPROVAL_DAYS, "项目平均审批用时18天", "not-green"],
  ["ceiling", APPROVAL_DAYS, "项目审批最快3天办结", "not-green"],
  ["ceiling", APPROVAL_DAYS, "项目审批承诺时限15天", "not-green"],
  ["ceiling", APPROVAL_DAYS, "项目审批法定时限15天", "not-green"],
  ["ceiling", APPROVAL_DAYS, "项目审批15天内办结率98%", "not-green"],
  ["ceiling", APPROVAL_DAYS, "审批时限压缩至12天的事项有30项", "not-green"],
  ["ceiling", APPROVAL_DAYS, "项目审批时间缩短了15天", "not-green"],
  ["ceiling", APPROVAL_DAYS, "项目审批提前15天完成", "not-green"],
  ["ceiling", APPROVAL_DAYS, "项目审批时限由30天压缩至20天", "not-green"],
  ["ceiling", APPROVAL_DAYS, "项目审批最短用时2天", "not-green"],
  ["ceiling", APPROVAL_DAYS, "力争项目审批时限压缩至12天", "not-green"],
  ["ceiling", APPROVAL_DAYS, "项目审批时限压缩至15天以内的方案已出台", "not-green"],
  ["ceiling", APPROVAL_DAYS, "施工图审查时限压缩至10天", "not-green"],
  ["ceiling", START_UP_HOURS, "企业开办最快2小时办结", "not-green"],
  ["ceiling", START_UP_HOURS, "企业开办承诺时限8小时", "not-green"],
  ["ceiling", START_UP_HOURS, "企业开办时间压缩了8小时", "not-green"],
  ["ceiling", START_UP_HOURS, "企业开办8小时内办结率99%", "not-green"],
  ["ceiling", START_UP_HOURS, "企业开办平均用时1.5个工作日", "not-green"],
  ["ceiling", START_UP_HOURS, "企业开办平均用时10小时", "not-green"],
  ["ceiling", START_UP_HOURS, "企业设立登记2小时办结", "not-green"],
  ["ceiling", START_UP_HOURS, "企业开办最短1小时", "not-green"],
  ["ceiling", CYCLE_MONTHS, "已有3个项目3个月内完成审批", "not-green"],
  ["ceiling", CYCLE_MONTHS, "项目审批周期缩短了3个月", "not-green"],
  ["ceiling", CYCLE_MONTHS, "项目审批周期平均4.5个月", "not-green"],
  ["ceiling", CYCLE_MONTHS, "最快的项目2个月完成审批", "not-green"],
  ["ceiling", CYCLE_MONTHS, "项目审批周期由6个月缩短至4个月", "not-green"],
  // Controls.
  ["ceiling", APPROVAL_DAYS, "项目审批时限由30天压缩至12天", "green"],
  ["ceiling", APPROVAL_DAYS, "项目平均审批用时12天", "green"],
  ["ceiling", START_UP_HOURS, "企业开办时间压缩至6小时", "green"],
  ["ceiling", START_UP_HOURS, "企业开办平均用时6小时", "green"],
  ["ceiling", CYCLE_MONTHS, "项目审批周期平均2.5个月", "green"],

  // 9. duration: a period in 个月, 天, 小时 or 个工作日 is no count of things: "用时3个月" for 3个 estates, "周期12个月" for
  // 12 stations, "30个工作日" for 30 problems.
  ["duration", OLD_ESTATES, "老旧小区改造工程用时3个月", "not-green"],
  ["duration", OLD_ESTATES, "老旧小区改造已施工3个月", "not-green"],
  ["duration", OLD_ESTATES, "改造老旧小区工作开展3个月以来进展顺利", "not-green"],
  ["duration", OLD_ESTATES, "用时3个月完成老旧小区改造", "not-done"],
  ["duration", OLD_ESTATES, "老旧小区改造预计工期3个月", "not-green"],
  ["duration", OLD_ESTATES, "老旧小区改造3个月内完工", "not-green"],
  ["duration", POCKET_PARKS, "口袋公园建设周期5个月", "not-green"],
  ["duration", POCKET_PARKS, "用时5个月建成口袋公园", "not-done"],
  ["duration", POCKET_PARKS, "口袋公园已开工5个月", "not-green"],
  ["duration", POCKET_PARKS, "口袋公园项目工期5个月", "not-green"],
  ["duration", POCKET_PARKS, "建成口袋公园历时5个月", "not-done"],
  ["duration", FAMILY_FARMS, "家庭农场培育工作开展10个月", "not-green"],
  ["duration", FAMILY_FARMS, "家庭农场培育已持续10个月", "not-green"],
  ["duration", FAMILY_FARMS, "家庭农场主培训为期10天", "not-green"],
  ["duration", RECTIFY, "问题整改时限压缩至30个工作日", "not-green"],
  ["duration", RECTIFY, "问题整改平均用时30天", "not-green"],
  ["duration", RECTIFY, "问题整改期限30个工作日", "not-green"],
  ["duration", RECTIFY, "整改问题在30个工作日内办结", "not-green"],
  ["duration", RECTIFY, "问题整改限期30天", "not-green"],
  ["duration", SERVICE_STATIONS, "村级便民服务站建设用时20个工作日", "not-green"],
  ["duration", SERVICE_STATIONS, "村级便民服务站每周开放20个小时", "not-green"],
  ["duration", SERVICE_STATIONS, "村级便民服务站建设工期20个月", "not-green"],
  ["duration", SERVICE_STATIONS, "村级便民服务站办件平均20个工作日办结", "not-green"],
  ["duration", CHARGERS, "公共充电站建设周期12个月", "not-green"],
  ["duration", CHARGERS, "公共充电站项目已施工12个月", "not-green"],
  ["duration", CHARGERS, "公共充电站平均充电时长12个小时", "not-green"],
  ["duration", CHARGERS, "公共充电站建设已推进12个月", "not-green"],
  ["duration", PROJECTS, "重点项目平均建设周期18个月", "not-green"],
  ["duration", PROJECTS, "重点项目审批平均用时18个工作日", "not-green"],
  ["duration", PROJECTS, "重点项目前期工作平均缩短18个工作日", "not-green"],
  ["duration", PROJECTS, "重点项目从签约到开工用时18个月", "not-green"],
  ["duration", PROJECTS, "实施重点项目攻坚行动18个月", "not-green"],
  ["duration", GOOD_DAYS_COUNT, "空气质量优良天数比例达到85%", "not-green"],
  ["duration", GOOD_DAYS_COUNT, "优良天数同比增加12天", "not-green"],
  ["duration", GOOD_DAYS_COUNT, "连续300天未出现重污染天气", "not-green"],
  ["duration", GOOD_DAYS_COUNT, "2023年空气质量优良天数305天", "not-green"],
  // Controls.
  ["duration", OLD_ESTATES, "改造老旧小区3个，用时3个月", "done"],
  ["duration", POCKET_PARKS, "历时5个月，建成口袋公园5个", "done"],
  ["duration", RECTIFY, "完成问题整改32个，平均用时15天", "done"],
  ["duration", CHARGERS, "建成公共充电站12个，建设周期平均3个月", "done"],
  ["duration", GOOD_DAYS_COUNT, "1-9月空气质量优良天数250天", "green"],

  // Second pass, at the edges of the first pass's rules (labelled before the judge ran on them).
  // durations2: a period beside a count of things, which must still count.
  ["durations2", OLD_ESTATES, "3个老旧小区已完工", "done"],
  ["durations2", OLD_ESTATES, "老旧小区改造3个，均已完工", "done"],
  ["durations2", POCKET_PARKS, "5个口袋公园已全部建成", "done"],
  ["durations2", RECTIFY, "30个问题已全部整改办结", "done"],
  ["durations2", RECTIFY, "问题整改在20个工作日内完成", "not-green"],
  ["durations2", RECTIFY, "限期2个月完成整改", "not-green"],
  ["durations2", SERVICE_STATIONS, "20个村级便民服务站已建成", "done"],
  ["durations2", SERVICE_STATIONS, "村级便民服务站建设2个多月完工", "not-green"],
  ["durations2", CHARGERS, "12个公共充电站已投用", "done"],
  ["durations2", CHARGERS, "公共充电站建设半年内完工", "not-green"],
  ["durations2", HAZARDS, "隐患整改15个工作日内完成", "not-green"],
  ["durations2", HAZARDS, "排查隐患20个，已整改15个", "done"],
  ["durations2", DEMO_VILLAGES, "示范村建设用时8个月已完工", "not-green"],
  ["durations2", DEMO_VILLAGES, "8个示范村建设全部完工", "done"],
  ["durations2", APPROVALS, "25个工作日内完成项目审批", "not-green"],
  ["durations2", PUBLIC_TOILETS, "公厕建设周期10个星期", "not-green"],
  ["durations2", PUBLIC_TOILETS, "10座公厕已建成", "done"],
  // groups2: the whole population's rate said with its whole (全县, 户籍, 常住, 全体), a group's rate for a group's target,
  // another group.
  ["groups2", PENSION_RATE, "全县基本养老保险参保率96%", "green"],
  ["groups2", PENSION_RATE, "户籍人口基本养老保险参保率96%", "green"],
  ["groups2", FAMILY_DOCTOR, "全体居民家庭医生签约服务覆盖率76%", "green"],
  ["groups2", MEDICAL_RATE, "常住人口基本医疗保险参保率96%", "green"],
  ["groups2", RESIDENT_PENSION, "城乡居民基本养老保险参保率96%", "green"],
  ["groups2", RESIDENT_PENSION, "企业职工基本养老保险参保率97%", "not-green"],
  ["groups2", KEY_GROUP_DOCTOR, "重点人群家庭医生签约率85%", "green"],
  ["groups2", KEY_GROUP_DOCTOR, "脱贫人口家庭医生签约率100%", "not-green"],
  ["groups2", FITNESS, "初中学生体质健康达标率95%", "not-green"],
  ["groups2", FITNESS, "学生体质健康达标率93.5%", "green"],
  ["groups2", FAMILY_DOCTOR, "城区家庭医生签约服务覆盖率80%", "not-green"],
  ["groups2", MEDICAL_RATE, "农村低保对象基本医疗保险参保率100%", "not-green"],
  // quickest2: the quickest case and the promised limit beside the time taken, and a target on the promised limit.
  ["quickest2", APPROVAL_DAYS, "项目审批平均用时12天，最短2天", "green"],
  ["quickest2", START_UP_HOURS, "企业开办全流程平均4小时，最快1小时办结", "green"],
  ["quickest2", START_UP_HOURS, "企业开办时间压缩至6小时，承诺时限8小时", "green"],
  ["quickest2", PROMISED, "政务服务事项承诺时限平均压缩至7个工作日", "green"],
  ["quickest2", PROMISED, "政务服务事项最短办理时限压缩至1个工作日", "not-green"],
  ["quickest2", APPROVAL_DAYS, "项目审批最快用时1天", "not-green"],
  // words2: another qualifier after a shared head word, and the same thing said with a word put in.
  ["words2", GRAIN_AREA, "粮食作物播种面积86万亩", "green"],
  ["words2", RURAL_SEWAGE, "农村生活污水有效治理率42%", "green"],
  ["words2", HOSPITAL_BEDS, "每千常住人口医疗卫生机构床位数6.6张", "green"],
  ["words2", GARBAGE, "城市生活污水集中处理率100%", "not-green"],
  ["words2", GARBAGE, "城市生活垃圾无害化处理率达到100%", "green"],
  ["words2", RURAL_GARBAGE, "农村生活垃圾分类覆盖率100%", "not-green"],
  ["words2", RURAL_GARBAGE, "农村生活垃圾收运处置体系覆盖率100%", "green"],
  ["words2", GRAIN_OUTPUT, "粮食储备规模36万吨", "not-green"],
  ["words2", HOSPITAL_BEDS, "每千人口护理型床位数7张", "not-green"],
  ["words2", PROVINCE_WATER, "国控断面水质优良比例95%", "not-green"],
  ["words2", PROVINCE_WATER, "省考断面水质优良比例93%", "green"],
  ["words2", WATER, "国考断面水质优良比例91%", "green"],

  // Third pass, more of the genres (labelled before the judge ran on them).
  ["pass3", FARMER_TRAINING, "高素质农民培训时长500小时", "not-green"],
  ["pass3", FARMER_TRAINING, "培训高素质农民520人次", "not-green"],
  ["pass3", FARMER_TRAINING, "培训高素质农民510人", "done"],
  ["pass3", VOLUNTEERING, "志愿服务时长200小时", "not-green"],
  ["pass3", VOLUNTEERING, "志愿服务活动已持续200天", "not-green"],
  ["pass3", RURAL_ROADS, "农村公路建设工期50天", "not-green"],
  ["pass3", DILAPIDATED, "农村危房改造工期200天", "not-green"],
  ["pass3", DILAPIDATED, "农村危房改造200户已开工", "not-done"],
  ["pass3", DILAPIDATED, "完成农村危房鉴定200户", "not-green"],
  ["pass3", DILAPIDATED, "完成农村危房改造205户", "done"],
  ["pass3", GRAIN_AREA, "粮食播种面积85万亩以上的任务已分解到乡镇", "not-green"],
  ["pass3", DRAGON_HEADS, "申报市级农业产业化龙头企业6家", "not-green"],
  ["pass3", DOCTORS, "2023年底每千人口执业（助理）医师数3.25人", "not-green"],
  ["pass3", DEGREES, "新增公办学位3000个的3所学校主体完工", "not-green"],
  ["pass3", RETENTION, "辍学学生动态清零", "not-green"],
  ["pass3", FOREST, "森林覆盖率稳定在45%以上的目标已明确", "not-green"],
  ["pass3", CARBON, "碳排放强度下降4.3%", "green"],
  ["pass3", CARE_BEDS, "新增居家养老床位520张", "not-green"],
  ["pass3", CARE_BEDS, "新增社区嵌入式养老机构床位520张", "green"],
  ["pass3", RESIDENT_MEDICAL, "城乡居民医保参保人数50万人，参保率96%", "green"],
  ["pass3", RESIDENT_MEDICAL, "职工医保参保率98%", "not-green"],
  ["pass3", HOTLINE, "12345热线工单平均办结时长2.5天", "green"],
  ["pass3", HOTLINE, "12345热线工单3天内办结率96%", "not-green"],
  ["pass3", HOTLINE, "12345热线工单最快当日办结", "not-green"],
  ["pass3", HOTLINE, "12345热线工单最短办结时长0.5天", "not-green"],
  ["pass3", SAFETY_TRAINING, "安全生产培训累计100学时", "not-green"],
  ["pass3", SAFETY_TRAINING, "安全生产培训历时100天", "not-green"],
  ["pass3", VILLAGE_CLEANUP, "农村人居环境整治百日攻坚行动开展60天", "not-green"],
  ["pass3", VILLAGE_CLEANUP, "整治村庄60个，用时60天", "done"],
  // Labelled not-green at first; corrected after the run: 45 of 60 at 30 September is 75% against a pace of 74.9%, on
  // schedule — no lookalike, a mislabel.
  ["pass3", VILLAGE_CLEANUP, "农村人居环境整治60个村庄已完成45个", "green"],

  // Fourth pass (labelled before the judge ran on them).
  ["pass4", NEW_PARKS, "口袋公园5个月内建成", "not-green"],
  ["pass4", NEW_PARKS, "新建口袋公园5个，比计划提前2个月", "done"],
  ["pass4", PROJECTS, "18个月完成重点项目建设", "not-green"],
  ["pass4", APPROVALS, "项目审批25个工作日办结", "not-green"],
  ["pass4", FAMILY_FARMS, "10个家庭农场已通过认定", "done"],
  ["pass4", FAMILY_FARMS, "家庭农场认定周期10个工作日", "not-green"],
  ["pass4", RIVER_PATROL, "巡河时长200小时", "not-green"],
  ["pass4", RIVER_PATROL, "开展巡河210次", "done"],
  ["pass4", FREE_CLINICS, "义诊活动持续30天", "not-green"],
  ["pass4", FREE_CLINICS, "义诊活动开展3个月，共30场", "done"],
  ["pass4", ELDER_HEALTH, "65岁以上老年人健康管理率72%", "green"],
  ["pass4", ELDER_HEALTH, "失能老年人健康管理率75%", "not-green"],
  ["pass4", SCREENING, "城镇妇女两癌筛查率95%", "not-green"],
  ["pass4", SCREENING, "农村适龄妇女两癌筛查率92%", "green"],
  ["pass4", MATERNAL, "高危孕产妇系统管理率100%", "not-green"],
  ["pass4", MATERNAL, "孕产妇系统管理率96%", "green"],
  ["pass4", HOSPITAL_BEDS, "每千人口医疗卫生机构床位数达到6.6张（含民营医院）", "green"],
  ["pass4", PENSION_RATE, "灵活就业人员基本养老保险参保率80%", "not-green"],
  ["pass4", MEDICAL_RATE, "学生基本医疗保险参保率99%", "not-green"],
  ["pass4", FAMILY_DOCTOR, "家庭医生签约服务覆盖率76%，其中脱贫人口100%", "green"],
];

/**
 * Rows still answered otherwise than labelled, keyed "target ⟵ progress", each with why it is left.
 */
export const KNOWN_OPEN = new Set<string>([
  // Still green. A total said with its own act of a result, then a later stage of some of it: session 14's keepOwnAct
  // family keeps "新增…N，已投用M" green (the beds are added when the home is built; 投入使用 follows), so this row, labelled
  // strictly, is left to that decision.
  "新增养老机构床位500张 ⟵ 新增养老机构床位500张，已投入使用200张",
  // Controls answered on the safe side. A standard per head and year (每人每年N元) is not compared.
  "农村低保标准提高到每人每年7200元 ⟵ 农村低保标准已提高到每人每年7320元",
  // A raise of a standard read at 30 September is 序时推进, not 已完成 (green all the same).
  "城乡低保标准提高5% ⟵ 城乡低保标准提高5.5%",
  // 个月 as a unit of a level (审批周期平均2.5个月) is not read.
  "项目审批周期缩短至3个月以内 ⟵ 项目审批周期平均2.5个月",
  // 户籍人口 is read as a subset (an earlier round's WEAK_SUBSET).
  "基本养老保险参保率达到95% ⟵ 户籍人口基本养老保险参保率96%",
  // 企业开办全流程平均 is read as another name than 企业开办时间 (as hunt 13's 企业开办全流程 control was).
  "企业开办时间压缩至8小时以内 ⟵ 企业开办全流程平均4小时，最快1小时办结",
  // Third pass. 碳排放强度 is not known as 单位地区生产总值二氧化碳排放.
  "单位地区生产总值二氧化碳排放降低4% ⟵ 碳排放强度下降4.3%",
]);

labelledHunt("hunt 14: lookalikes and controls, labelled before the judge ran", ROWS, KNOWN_OPEN);

describe("hunt 14: the reasons given", () => {
  it("a period in 个月 or 个工作日 counts no things", () => {
    expect(verdict(OLD_ESTATES, "老旧小区改造力争3个月内完工").status).not.toBe("done");
    expect(verdict(RECTIFY, "整改问题在30个工作日内办结").status).not.toBe("done");
    expect(verdict(OLD_ESTATES, "3个老旧小区已完工").status).toBe("done");
  });
  it("a group's rate, the quickest case, the promised limit and another word say so", () => {
    const group = verdict(PENSION_RATE, "企业职工基本养老保险参保率97%");
    expect([group.status, group.worst?.code]).toEqual(["unknown", "WEAK_NAME"]);
    expect(group.reason).toContain("企业职工");
    expect(verdict(FITNESS, "初中学生体质健康达标率95%").reason).toContain("初中学生");
    expect(verdict(APPROVAL_DAYS, "项目审批最短用时2天").reason).toContain("最短");
    expect(verdict(START_UP_HOURS, "企业开办承诺时限8小时").worst?.code).toBe("WEAK_NOT_RESULT");
    expect(verdict(HOSPITAL_BEDS, "每千人口养老床位数7张").worst?.code).toBe("WEAK_NAME");
    expect(verdict(CARE_BEDS, "新增家庭养老床位520张").worst?.code).toBe("WEAK_NAME");
  });
});
