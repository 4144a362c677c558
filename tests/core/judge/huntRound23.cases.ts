/**
 * Hunt 23's rows (docs/metrics.md "Hunt 23 (lookalikes of session 24's rules)"), written in our own words and labelled
 * before the judge ran on any of them. Families (a): lookalikes and paraphrases of session 24's rules — a target met only
 * by part-period figures read after its deadline (JUDGE_MET_BEFORE_END), a decimal after 率/系数/指数 as a value in no unit,
 * event measures and rate-vs-count as other measures, 降幅收窄至N%, and round ba's forms (unnamed month figures, changes
 * against last year, two-year averages, the tax share). Families (b): the classic harms in new surface forms — forecasts
 * without the usual words, targets restated in a progress text, comparisons with other places, ranks, next year's plans,
 * another place or a part of it, totals since a programme began, parts after 其中.
 *
 * Labels as in hunt.ts (plus "overdue"/"behind" for one status). The as-of date is 30 September 2024 unless a row gives
 * one (the year's pace then 74.6%); a sixth element is the catalogue's year. Every third row (3, 6, 9, … counted from 1)
 * is held out: scored once at the end, totals only (DUBAN_HELDOUT=1).
 */
import { Row } from "./hunt";

const AFTER = "2025-01-10";

export const ROWS: Row[] = [
  // (a1) Met before the end, read after the deadline. A count or an amount met part-way stays done; a level met part-way
  // is 无法研判 (not red, not done); missed stays red; work left keeps 已逾期; another year's or a forecast is no proof.
  ["met-early", "新增规上工业企业20家", "截至8月底，新增规上工业企业22家", "done", AFTER, 2024],
  ["met-early", "完成固定资产投资50亿元", "1-11月完成固定资产投资52.3亿元", "done", AFTER, 2024],
  ["met-early", "完成造林1.5万亩", "春季造林已完成1.6万亩", "done", AFTER, 2024],
  ["met-early", "6月底前完成农村户厕改造1200户", "5月底已完成农村户厕改造1230户", "done", "2024-07-10"],
  ["met-early", "城镇化率达到60%", "前三季度全县城镇化率为61.2%", "not-red", AFTER, 2024],
  ["met-early", "森林覆盖率达到45%", "截至10月底，森林覆盖率达到45.3%", "not-red", AFTER, 2024],
  ["met-early", "规上工业增加值增长8%", "1-11月规上工业增加值同比增长8.6%", "not-red", "2025-01-15", 2024],
  ["met-early", "规上工业增加值增长8%", "1-11月规上工业增加值同比增长6.2%", "not-green", "2025-01-15", 2024],
  ["met-early", "规上工业增加值增长8%", "全年规上工业增加值同比增长8.6%", "done", "2025-01-15", 2024],
  ["met-early", "城区生活垃圾分类覆盖率达到90%", "7月底城区生活垃圾分类覆盖率达到91%，尚有3个小区分类设施未配齐", "not-done", AFTER, 2024],
  ["met-early", "城区道路机扫率达到80%", "8月城区道路机扫率达到82%，还有5条主干道尚未实施机扫", "not-done", AFTER, 2024],
  ["met-early", "城镇化率达到60%", "2023年全县城镇化率达到61%", "not-green", AFTER, 2024],
  ["met-early", "城镇化率达到60%", "预计全年城镇化率可达61%", "not-done", AFTER, 2024],
  ["met-early", "城镇化率达到60%", "上半年城镇化率达到61%", "green", "2024-07-15", 2024],
  ["met-early", "6月底前城区道路机扫率达到80%", "5月底城区道路机扫率达到82%", "not-red", "2024-07-10"],
  ["met-early", "空气质量优良天数比例达到85%", "1-10月空气质量优良天数比例为80.2%", "not-green", AFTER, 2024],
  ["met-early", "新增城镇就业1万人", "1-9月新增城镇就业1.05万人", "done", AFTER, 2024],
  ["met-early", "一般公共预算收入增长5%", "1-11月一般公共预算收入增长6.1%，其中税收收入增长4.2%", "not-red", "2025-01-15", 2024],

  // (a2) A decimal after 率/系数/指数 is that measure's value in no unit — but not a version, a ratio, an index on a base of
  // 100 against a % rise, a change of the measure, another measure's index, another year's or a forecast.
  ["bare-rate", "空气质量综合指数控制在4.0以内", "前三季度空气质量综合指数为3.85", "green"],
  ["bare-rate", "空气质量综合指数控制在4.0以内", "1-9月空气质量综合指数3.85，同比改善5.2%", "green"],
  ["bare-rate", "空气质量综合指数控制在4.0以内", "1-9月空气质量综合指数为4.32", "not-green"],
  ["bare-rate", "空气质量综合指数控制在4.0以内", "2023年空气质量综合指数3.6", "not-green"],
  ["bare-rate", "空气质量综合指数控制在4.0以内", "预计全年空气质量综合指数控制在3.9", "not-done"],
  ["bare-rate", "空气质量综合指数控制在4.0以内", "1-9月空气质量综合指数同比下降0.21", "not-green"],
  ["bare-rate", "空气质量综合指数控制在4.0以内", "地表水水质综合指数为3.2", "not-green"],
  ["bare-rate", "营商环境评价指数达到85", "营商环境评价指数体系已升级至2.0版", "not-green"],
  ["bare-rate", "数字政府发展指数达到80", "数字政府平台升级为3.0版本，发展指数测评工作正在开展", "not-green"],
  ["bare-rate", "居民消费价格涨幅控制在3%以内", "1-9月居民消费价格指数为102.1", "not-red"],
  ["bare-rate", "居民消费价格涨幅控制在3%以内", "9月居民消费价格指数（上年同月=100）为101.6", "not-red"],
  ["bare-rate", "亿元GDP生产安全事故死亡率控制在0.05以内", "1-9月亿元GDP生产安全事故死亡率降至0.041", "green"],
  ["bare-rate", "亿元GDP生产安全事故死亡率控制在0.05以内", "1-9月亿元GDP生产安全事故死亡率同比下降0.012", "not-green"],
  ["bare-rate", "亿元GDP生产安全事故死亡率控制在0.05以内", "1-9月亿元GDP生产安全事故死亡率为0.063", "not-green"],
  ["bare-rate", "基尼系数控制在0.4以下", "基尼系数较上年缩小0.02", "not-green"],
  ["bare-rate", "基尼系数控制在0.4以下", "上半年居民收入基尼系数测算值为0.37", "green"],
  ["bare-rate", "床护比达到1:0.6", "全县床护比为1:0.52", "not-green"],
  ["bare-rate", "医护比达到1:1.2", "全县医护比为1:1.05", "not-green"],
  ["bare-rate", "民生实事完成率达到100%", "民生实事完成率0.95", "not-green"],
  ["bare-rate", "产品质量监督抽查合格率达到98%", "产品质量监督抽查合格率98.5", "not-red"],
  ["bare-rate", "城镇调查失业率控制在5.5%以内", "1-9月城镇调查失业率为5.1", "not-red"],
  ["bare-rate", "恩格尔系数控制在30%以下", "上半年城镇居民恩格尔系数为29.5", "not-red"],
  ["bare-rate", "新供工业用地容积率不低于1.2", "新供工业用地平均容积率1.35", "not-red"],
  ["bare-rate", "空气质量综合指数控制在4.0以内", "空气质量综合指数排名全省第4", "not-green"],
  ["bare-rate", "道路交通万车死亡率控制在1.5以下", "道路交通万车死亡率较上年下降0.3", "not-green"],
  ["bare-rate", "道路交通万车死亡率控制在1.5以下", "1-9月道路交通万车死亡率1.21", "green"],

  // (a3) Measures of one thing are not one measure: events, deaths, injuries, losses; a rate against a count.
  ["measures", "生产安全事故死亡人数同比下降10%", "1-9月生产安全事故起数同比下降15%", "not-green"],
  ["measures", "道路交通事故起数下降8%", "道路交通事故受伤人数同比下降12%", "not-green"],
  ["measures", "火灾直接财产损失下降10%", "1-9月火灾起数同比下降12.6%", "not-green"],
  ["measures", "道路交通万车死亡率控制在1.5以下", "道路交通事故死亡人数同比下降20%", "not-green"],
  ["measures", "城镇登记失业率控制在4%以内", "城镇登记失业人数1.2万人", "not-green"],
  ["measures", "高中阶段毛入学率达到95%", "高中阶段在校生2.3万人", "not-green"],
  ["measures", "基本养老保险参保率达到95%", "基本养老保险参保人数52万人", "not-green"],
  ["measures", "高新技术企业数量达到200家", "高新技术企业占规上工业企业比重达到32%", "not-green"],
  ["measures", "研发经费投入强度达到2.5%", "全社会研发经费投入25亿元，同比增长12%", "not-green"],
  ["measures", "生产安全事故起数同比下降5%", "1-9月全县发生生产安全事故起数同比下降6.1%", "green"],
  ["measures", "生产安全事故起数和死亡人数实现双下降", "生产安全事故起数、死亡人数同比分别下降12%、9%", "not-red"],
  ["measures", "基本养老保险参保人数达到50万人", "基本养老保险参保人数52.3万人", "green"],
  ["measures", "较大以上生产安全事故起数下降10%", "一般生产安全事故起数同比下降12%", "not-green"],
  ["measures", "食品安全抽检合格率达到98%", "完成食品安全抽检2100批次", "not-green"],
  ["measures", "城镇新增就业1万人", "城镇登记失业率控制在3.2%", "not-green"],

  // (a4) A decline narrowed to a rate: growth ≥ −N%. Widened, narrowed by points, another measure, another place, a
  // forecast, or a decline target answered by a narrowed decline must not be read green.
  ["narrowed", "固定资产投资降幅收窄至3%以内", "1-9月固定资产投资同比下降2.4%", "green"],
  ["narrowed", "固定资产投资降幅缩小到5%", "1-9月固定资产投资降幅收窄至4.2%", "green"],
  ["narrowed", "固定资产投资降幅收窄至3%以内", "1-9月固定资产投资降幅收窄至4.5%", "not-green"],
  ["narrowed", "固定资产投资降幅收窄至3%以内", "1-9月固定资产投资降幅较上半年扩大至4.8%", "not-green"],
  ["narrowed", "固定资产投资降幅收窄至3%以内", "1-9月固定资产投资降幅比上半年收窄1.5个百分点", "not-green"],
  ["narrowed", "固定资产投资降幅收窄至3%以内", "1-9月固定资产投资同比增长1.2%", "green"],
  ["narrowed", "房地产开发投资降幅收窄至10%以内", "1-9月商品房销售面积降幅收窄至8.1%", "not-green"],
  ["narrowed", "规上工业增加值增长6%", "1-9月规上工业增加值降幅收窄至1.5%", "not-green"],
  ["narrowed", "单位GDP能耗下降3%", "单位GDP能耗降幅收窄至2%", "not-green"],
  ["narrowed", "外贸进出口总额降幅收窄至10%以内", "1-9月外贸进出口总额下降8.5%，降幅较上半年收窄3.2个百分点", "green"],
  ["narrowed", "固定资产投资降幅收窄至3%以内", "上半年固定资产投资下降4.5%，力争三季度降幅收窄至3%以内", "not-green"],
  ["narrowed", "固定资产投资降幅收窄至3%以内", "全省固定资产投资降幅收窄至2.5%", "not-green"],
  ["narrowed", "固定资产投资降幅收窄至5%以内", "1-9月固定资产投资降幅收窄1.2个百分点至3.1%", "green"],
  ["narrowed", "工业投资降幅收窄至5%", "1-9月工业投资跌幅扩大到7.3%", "not-green"],

  // (a5) Round ba's forms: a month's unnamed figure, a change against last year, a several-year average, the tax share.
  ["ba-forms", "社会消费品零售总额增长8%", "1-8月社会消费品零售总额增长6.1%；8月当月增长9.2%", "not-green"],
  ["ba-forms", "社会消费品零售总额增长8%", "1-8月限额以上消费品零售额增长6.5%；8月当月增长9.2%", "not-green"],
  ["ba-forms", "居民消费价格涨幅控制在3%以内", "居民消费价格环比上涨0.2%", "not-green"],
  ["ba-forms", "工业用电量增长10%", "1-8月全社会用电量增长6.5%，其中工业用电量增长4.1%；8月当月增长12.3%", "not-green"],
  ["ba-forms", "新开工亿元以上项目50个", "新开工项目较上年同期增加30个，其中亿元以上项目增加12个", "not-green"],
  ["ba-forms", "新开工亿元以上项目50个", "新开工项目80个，同比增加15个，其中亿元以上项目52个", "green"],
  ["ba-forms", "签约10亿元以上项目10个", "新签约项目比去年同期多20个，其中10亿元以上项目多6个", "not-green"],
  ["ba-forms", "规上工业增加值三年平均增长7%", "1-9月规上工业增加值同比增长9.5%", "not-green"],
  ["ba-forms", "规上工业增加值增长8%", "1-9月规上工业增加值两年平均增长9.1%", "not-green"],
  ["ba-forms", "税收收入占一般公共预算收入比重达到75%", "1-9月税收占比78.3%", "green"],
  ["ba-forms", "税收收入占一般公共预算收入比重达到75%", "1-9月非税收入占比25.6%", "not-green"],
  ["ba-forms", "税收收入增长8%", "1-9月税收占比提高2.1个百分点", "not-green"],
  ["ba-forms", "城镇化率提高1.2个百分点", "年度目标任务完成进度比去年同期快1.3个百分点", "not-green"],
  ["ba-forms", "居民消费价格涨幅控制在3%以内", "9月当月居民消费价格同比上涨1.6%，环比持平", "not-done"],
  ["ba-forms", "新增市场主体3000户", "新增市场主体比上年同期多出420户", "not-green"],

  // (b1) Forecasts without 预计/力争 alone: 冲刺, 有望, 可望, 预估, 初步测算…可, 按此进度, 照此推算, 确保.
  ["forecast", "地区生产总值增长6%", "全年地区生产总值有望增长6.2%", "not-green"],
  ["forecast", "完成固定资产投资120亿元", "全力冲刺全年完成固定资产投资120亿元", "not-green"],
  ["forecast", "外贸进出口总额达到80亿元", "全年外贸进出口总额可望达到82亿元", "not-green"],
  ["forecast", "新增城镇就业1万人", "预估全年新增城镇就业1.2万人", "not-green"],
  ["forecast", "单位GDP能耗下降3%", "经初步测算，全年单位GDP能耗可下降3.5%", "not-green"],
  ["forecast", "完成老旧小区改造30个", "按此进度，年底前可完成老旧小区改造30个", "not-done"],
  ["forecast", "税收收入增长6%", "照此推算，全年税收收入可增长6.5%", "not-green"],
  ["forecast", "新增规上工业企业30家", "正在培育入规企业，确保年底前新增规上工业企业30家", "not-green"],
  ["forecast", "新增城镇就业1万人", "全年有望超额完成新增城镇就业目标任务", "not-done"],
  ["forecast", "完成造林1.5万亩", "秋冬季造林预期可完成1.6万亩", "not-green"],
  ["forecast", "地区生产总值增长6%", "前三季度地区生产总值增长6.3%，全年有望增长6.5%", "green"],
  ["forecast", "完成老旧小区改造30个", "已完成改造18个，其余12个年底前将全部完工", "not-done"],

  // (b2) The target restated in the progress text with another verb: 计划, 安排, 下达, 分解, 明确, 确定.
  ["restated", "新增城镇就业1万人", "今年我县计划新增城镇就业1.2万人", "not-green"],
  ["restated", "完成老旧小区改造30个", "年度任务为改造老旧小区30个，目前已全部开工", "not-done"],
  ["restated", "完成农村户厕改造1200户", "已向各乡镇下达农村户厕改造任务1200户", "not-green"],
  ["restated", "新增城镇就业1万人", "已将新增城镇就业1.1万人的指标分解到各乡镇", "not-green"],
  ["restated", "新增市场主体3000户", "与各部门签订目标责任书，明确全年新增市场主体3000户", "not-green"],
  ["restated", "争取上级资金5亿元", "争取上级资金5亿元的目标已分解到各部门", "not-green"],
  ["restated", "完成造林1.5万亩", "年初确定的造林1.5万亩任务已落实到地块", "not-green"],
  ["restated", "实施重点项目50个", "全年安排实施重点项目52个", "not-done"],
  ["restated", "新建5G基站800个", "已完成5G基站选址800个", "not-green"],
  ["restated", "完成农村户厕改造1200户", "农村户厕改造1200户的资金已全部拨付到位", "not-green"],

  // (b3) Comparisons with other places and ranks.
  ["compare", "地区生产总值增长6%", "前三季度地区生产总值增速比全省高1.2个百分点", "not-green"],
  ["compare", "社会消费品零售总额增长8%", "社零增速快于全市0.8个百分点，位居全市第2", "not-green"],
  ["compare", "城镇化率提高1个百分点", "城镇化率高于全省平均水平1.5个百分点", "not-green"],
  ["compare", "规上工业增加值增长8%", "规上工业增加值增速位居全省第一", "not-green"],
  ["compare", "城镇调查失业率控制在5.5%以内", "城镇调查失业率比全国平均水平低0.5个百分点", "not-green"],
  ["compare", "地区生产总值增长6%", "前三季度地区生产总值增长6.3%，比全省高1.2个百分点", "green"],
  ["compare", "营商环境评价进入全省前10", "营商环境评价列全省第12位", "not-green"],
  ["compare", "地区生产总值增长6%", "高质量发展综合考核位列全省第8", "not-green"],
  ["compare", "一般公共预算收入增长5%", "一般公共预算收入增速排名较上年前移5位", "not-green"],
  ["compare", "固定资产投资增长10%", "固定资产投资增速较全市平均水平高出4.2个百分点", "not-green"],

  // (b4) Plans for next year, read in the year or after it.
  ["next-year", "新增城镇就业1万人", "明年计划新增城镇就业1.2万人", "not-green"],
  ["next-year", "完成老旧小区改造30个", "2025年将完成改造老旧小区40个", "not-green"],
  ["next-year", "完成造林1.5万亩", "下一年度造林任务2万亩已提前谋划", "not-green"],
  ["next-year", "新增规上工业企业50家", "2025年力争新增规上工业企业60家", "not-green", AFTER, 2024],
  ["next-year", "完成固定资产投资120亿元", "下一步计划完成剩余投资20亿元", "not-done"],
  ["next-year", "新增规上工业企业50家", "全年新增规上工业企业52家；2025年目标新增60家", "done", AFTER, 2024],

  // (b5) Figures of another place or a part of the place.
  ["place", "地区生产总值增长6%", "全省地区生产总值增长6.5%", "not-green"],
  ["place", "规上工业增加值增长8%", "高新区规上工业增加值增长12%", "not-green"],
  ["place", "新增市场主体3000户", "经开区新增市场主体3200户", "not-green"],
  ["place", "生活污水集中收集率达到70%", "主城区生活污水集中收集率达到72%", "not-green"],
  ["place", "PM2.5平均浓度控制在35微克/立方米以内", "主城区PM2.5平均浓度32微克/立方米", "not-green"],
  ["place", "农村生活垃圾分类覆盖率达到60%", "试点镇村生活垃圾分类覆盖率达到100%", "not-green"],
  ["place", "规上工业增加值增长8%", "1-9月全县规上工业增加值增长8.5%", "green"],
  ["place", "城镇化率达到60%", "全市城镇化率达到65%，我县为58.1%", "not-green"],

  // (b6) Totals since a programme began against this year's count.
  ["since", "新增城镇就业1万人", "十四五以来累计新增城镇就业4.5万人", "not-green"],
  ["since", "完成老旧小区改造30个", "2021年以来累计改造老旧小区120个", "not-green"],
  ["since", "完成造林1.5万亩", "国土绿化行动实施以来累计完成造林6万亩", "not-green"],
  ["since", "新增市场主体3000户", "自商事制度改革以来累计新增市场主体1.2万户", "not-green"],
  ["since", "新建5G基站800个", "三年来累计建成5G基站3000个", "not-green"],
  ["since", "创建示范村20个", "创建工作开展以来共建成示范村45个", "not-green"],
  ["since", "新增城镇就业1万人", "今年以来累计新增城镇就业1.05万人", "green"],
  ["since", "完成老旧小区改造30个", "年初以来已累计完成改造老旧小区31个", "green"],

  // (b7) Parts after 其中 and stages of the work.
  ["part", "新增规上工业企业50家", "新增市场主体3200户，其中规上工业企业12家", "not-green"],
  ["part", "新增高新技术企业50家", "新增科技型企业80家，其中申报高新技术企业60家", "not-green"],
  ["part", "完成老旧小区改造30个", "老旧小区改造开工30个，其中已完工12个", "not-done"],
  ["part", "建成投用学校5所", "在建学校8所，其中主体完工5所", "not-green"],
  ["part", "外贸进出口总额达到80亿元", "外贸进出口保持增长，其中出口总额65亿元", "not-green"],
  ["part", "引进亿元以上项目30个", "引进项目45个，其中亿元以上项目18个", "not-green"],
  ["part", "引进亿元以上项目30个", "引进项目45个，其中亿元以上项目28个", "green"],
  ["part", "新建5G基站800个", "新建通信基站1200个，其中5G基站420个", "not-green"],

  // Pass 2, written after the first run (on train rows only) and before the judge ran on these: lookalikes of the first
  // pass's own rules and more forms of the classic harms.
  ["p2-month", "城区道路机扫率达到80%", "10月城区道路机扫率为83%", "not-done", AFTER, 2024],
  ["p2-month", "城区道路机扫率达到80%", "12月城区道路机扫率为83%", "not-red", AFTER, 2024],
  ["p2-month", "城镇调查失业率控制在5.5%以内", "8月城镇调查失业率5.2%", "green"],
  ["p2-month", "新增城镇就业1万人", "8月新增城镇就业1200人", "not-green"],
  ["p2-month", "森林覆盖率达到45%", "今年5月森林资源调查显示森林覆盖率为45.6%", "not-done", AFTER, 2024],
  ["p2-month", "完成固定资产投资50亿元", "9月完成固定资产投资6.2亿元", "not-green"],
  ["p2-index", "空气质量综合指数控制在4.0以内", "城市环境空气质量综合指数为3.91", "green"],
  ["p2-index", "生态环境状况指数达到70", "森林生态系统健康指数为0.82", "not-green"],
  ["p2-index", "营商环境便利度指数达到80", "政务服务满意度指数为92.5", "not-green"],
  ["p2-index", "空气质量综合指数控制在4.0以内", "全市空气质量综合指数3.85，其中城区3.6", "green"],
  ["p2-since", "新增市场主体3000户", "优化营商环境行动开展以来，累计新增市场主体8600户", "not-green"],
  ["p2-since", "创建省级卫生村15个", "爱国卫生运动开展以来共创建省级卫生村62个", "not-green"],
  ["p2-since", "完成农村户厕改造1200户", "改厕工作试点以来累计完成改造5000户", "not-green"],
  ["p2-since", "完成农村户厕改造1200户", "今年改厕工作开展以来已完成改造1250户", "green"],
  ["p2-since", "新建5G基站800个", "自5月建设行动启动以来新建5G基站820个", "green"],
  ["p2-forecast", "地区生产总值增长6%", "全年地区生产总值增速预判在6%左右", "not-green"],
  ["p2-forecast", "完成固定资产投资120亿元", "四季度再发力，全年固定资产投资将突破120亿元", "not-green"],
  ["p2-forecast", "外贸进出口总额达到80亿元", "按目前态势，全年外贸进出口总额能够达到80亿元", "not-green"],
  ["p2-forecast", "新增规上工业企业30家", "拟于年底前新增规上工业企业32家", "not-green"],
  ["p2-forecast", "新增城镇就业1万人", "全年新增城镇就业目标可顺利实现", "not-done"],
  ["p2-restated", "完成老旧小区改造30个", "纳入今年改造计划的老旧小区30个", "not-green"],
  ["p2-restated", "新建5G基站800个", "省通信管理局下达我市5G基站建设任务800个", "not-green"],
  ["p2-restated", "完成造林1.5万亩", "造林任务1.5万亩已全部分解落实", "not-green"],
  ["p2-compare", "城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入增速高于全省0.6个百分点", "not-green"],
  ["p2-compare", "一般公共预算收入增长5%", "一般公共预算收入增幅居全市第3位", "not-green"],
  ["p2-compare", "城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入增长6.4%，增速高于全省0.6个百分点", "green"],
  ["p2-part", "新增规上工业企业50家", "新增入库企业85家，其中规上工业企业31家，限上商贸企业54家", "not-green"],
  ["p2-part", "完成固定资产投资120亿元", "完成固定资产投资92亿元，其中工业投资41亿元", "green"],
  ["p2-part", "完成工业投资50亿元", "完成固定资产投资92亿元，其中工业投资31亿元", "not-green"],
  ["p2-place", "新增城镇就业1万人", "各乡镇新增城镇就业合计0.6万人，县直部门0.5万人", "not-red"],
];

/** Held out: every third row counted from 1 (3, 6, 9, …). */
export const heldOut = (_row: Row, i: number) => (i + 1) % 3 === 0;
