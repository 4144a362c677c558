/**
 * Hunt 18 (docs/metrics.md "Hunt 18 (paraphrases and lookalikes of session 22's rules)"): the rules of rounds aq, ar, as and
 * at, hunt 17 and the lead's pass of session 22, each met with paraphrases it should still handle and lookalikes where it must
 * not turn green — another measure, another period, a plan or forecast, a part, a restated target, a ceiling exceeded. Round
 * ar's held-out part had 3 wrong greens, so its rules were given the most lookalikes. Every verdict was written down and
 * committed before the judge ran on the row; labels as in hunt.ts. The as-of date is 30 September 2024 unless a row gives one
 * (the year's pace then 74.6%); a sixth element is the catalogue's year when it is not the as-of date's.
 */
import { labelledHunt, Row } from "./hunt";
import { parseDeadline } from "../../../src/core/metrics";

const NO_MAJOR = "杜绝重特大生产安全事故";
const NO_LARGER = "杜绝较大以上生产安全事故";
const DEATH_CEILING = "全县生产安全事故死亡人数控制在32人以内";
const ROAD_DEATHS_DOWN = "道路交通事故死亡人数同比下降";
const GOOD_DAYS_UP = "空气质量优良天数比上年增加5天";
const SIGNED = "年内签约招商引资项目80个";
const FUNDS = "招商引资到位资金300亿元";
const INVEST = "完成固定资产投资100亿元";
const PV = "20万千瓦光伏电站并网发电";
const KINDERGARTENS = "新建幼儿园10所";
const INFANT = "婴儿死亡率控制在5‰以下";
const UNDER5 = "5岁以下儿童死亡率控制在4‰以下";
const MATERNAL = "孕产妇死亡率控制在10/10万以下";
const PREK_COVER = "普惠性幼儿园覆盖率达到85%";
const SATISFACTION = "群众满意度达到90%以上";
const KEY_PLAN = "重点项目完成年度计划投资的75%";
const SUBSISTENCE = "农村低保标准达到每人每年6000元";
const MODEL_VILLAGES = "建成乡村振兴示范村10个";
const FIRMS_STOCK = "市场主体总量达到5万户";
const SERVICE_SHARE = "服务业增加值占地区生产总值比重达到45%";
const RURAL = "农村居民人均可支配收入增长7%";
const TIME_CUT = "行政审批办理时限压缩30%";
const EXPORT = "出口总额增长10%";
const JOBS = "新增城镇就业8000人";

export const ROWS: Row[] = [
  // Round aq, no event of a kind: 没有发生 / 零发生 / 未出现 say the same; another field, a milder severity only, a plan, last
  // year or a decline in their number do not.
  ["aq-event", NO_MAJOR, "今年以来，全县没有发生重特大生产安全事故", "green"],
  ["aq-event", NO_MAJOR, "1-9月全县重特大生产安全事故实现零发生", "green"],
  ["aq-event", NO_LARGER, "前三季度未发生较大及以上生产安全事故", "green"],
  ["aq-event", NO_LARGER, "今年以来未发生重特大生产安全事故", "not-green"],
  ["aq-event", NO_MAJOR, "力争全年不发生重特大生产安全事故", "not-green"],
  ["aq-event", NO_MAJOR, "2023年全县未发生重特大生产安全事故", "not-green"],
  ["aq-event", NO_MAJOR, "重特大生产安全事故起数同比下降50%", "not-green"],
  ["aq-event", NO_MAJOR, "今年以来未发生重特大火灾事故", "not-green"],
  ["aq-event", NO_LARGER, "今年以来发生较大生产安全事故1起", "not-green"],
  // Round aq, a ceiling not written out and a ceiling's share used.
  ["aq-ceiling", DEATH_CEILING, "全县死亡人数未超出全年控制指标", "green"],
  ["aq-ceiling", DEATH_CEILING, "死亡10人，占全年控制指标的31.25%", "green"],
  ["aq-ceiling", DEATH_CEILING, "全县死亡人数超出全年控制指标", "not-green"],
  ["aq-ceiling", DEATH_CEILING, "死亡40人，占全年控制指标的125%", "not-green"],
  ["aq-ceiling", DEATH_CEILING, "死亡人数占全年控制指标的31.25%", "not-green"],
  ["aq-ceiling", DEATH_CEILING, "确保全年死亡人数控制在控制指标以内", "not-green"],
  ["aq-ceiling", DEATH_CEILING, "事故起数占全年控制指标的40%", "not-green"],
  // Round aq, a direction only: the same direction in other words answers; another measure, 环比, 持平 or a plan do not.
  ["aq-direction", ROAD_DEATHS_DOWN, "道路交通事故死亡人数较上年同期下降12%", "green"],
  ["aq-direction", ROAD_DEATHS_DOWN, "道路交通事故死亡人数同比下降12.5%，起数同比下降8%", "green"],
  ["aq-direction", ROAD_DEATHS_DOWN, "道路交通事故起数同比下降8%", "not-green"],
  ["aq-direction", ROAD_DEATHS_DOWN, "道路交通事故死亡人数同比上升4%", "not-green"],
  ["aq-direction", ROAD_DEATHS_DOWN, "道路交通事故死亡人数与去年同期持平", "not-green"],
  ["aq-direction", ROAD_DEATHS_DOWN, "力争道路交通事故死亡人数同比下降10%", "not-green"],
  ["aq-direction", ROAD_DEATHS_DOWN, "火灾事故死亡人数同比下降30%", "not-green"],
  // Round aq, an increase over last year: the report's own increase decides, never the level or another measure's increase.
  ["aq-increase", GOOD_DAYS_UP, "空气质量优良天数较去年同期增加7天", "green"],
  ["aq-increase", GOOD_DAYS_UP, "空气质量优良天数比上年同期多6天", "green"],
  ["aq-increase", GOOD_DAYS_UP, "空气质量优良天数280天", "not-green"],
  ["aq-increase", GOOD_DAYS_UP, "空气质量优良天数比例同比提高3个百分点", "not-green"],
  ["aq-increase", GOOD_DAYS_UP, "重污染天数比上年同期减少6天", "not-green"],
  ["aq-increase", GOOD_DAYS_UP, "空气质量优良天数比上年同期减少2天", "not-green"],

  // Round ar, 投资总额 right after a count of projects is their size — also under other words for the size (计划总投资,
  // 协议投资额, 总投资额达到); an amount done with no count before it stays an amount.
  ["ar-size", FUNDS, "新签约招商引资项目56个，计划总投资320亿元", "not-green"],
  ["ar-size", FUNDS, "签约项目32个，协议投资额520亿元", "not-green"],
  ["ar-size", FUNDS, "引进招商项目45个，总投资额达到350亿元", "not-green"],
  ["ar-size", INVEST, "实施项目120个，投资总额260亿元", "not-green"],
  ["ar-size", INVEST, "完成固定资产投资总额82亿元", "green"],
  ["ar-size", INVEST, "全社会固定资产投资总额82亿元，同比增长9%", "green"],
  ["ar-size", FUNDS, "招商引资到位资金245亿元", "green"],
  // Round ar, an adverb of time alone names no figure: 目前/截至目前/现已 before the count done after the task restated.
  ["ar-adverb", "新履约亿元以上项目8个", "上级下达新履约亿元以上项目任务8个，目前已完成9个", "done"],
  ["ar-adverb", "新履约亿元以上项目8个", "全年任务8个，截至目前已完成10个", "done"],
  ["ar-adverb", "新履约亿元以上项目8个", "上级下达新履约亿元以上项目任务8个，现已洽谈12个", "not-green"],
  ["ar-adverb", "新履约亿元以上项目8个", "现已储备亿元以上项目15个", "not-green"],
  // Round ar, 招商项目 names the programme and the act tells the counts apart.
  ["ar-act", SIGNED, "新签约招商项目65个", "green"],
  ["ar-act", SIGNED, "已签约招商引资项目82个", "done"],
  ["ar-act", SIGNED, "已开工招商项目70个", "not-green"],
  ["ar-act", SIGNED, "外出招商洽谈90次", "not-green"],
  ["ar-act", SIGNED, "拟签约项目85个", "not-green"],
  ["ar-act", SIGNED, "在谈招商项目95个", "not-green"],
  ["ar-act", SIGNED, "签约项目65个，其中工业项目40个", "green"],
  // Round ar, the mean size per project.
  ["ar-mean", "新开工亿元以上项目总投资100亿元", "新开工亿元以上项目60个，平均单体投资2.1亿元", "not-green"],
  ["ar-mean", "完成工业投资120亿元", "工业项目平均投资规模3.2亿元", "not-green"],
  ["ar-mean", "完成工业投资120亿元", "每个项目平均投资1.5亿元", "not-green"],
  ["ar-mean", "完成工业投资120亿元", "全县完成工业投资规模95亿元", "green"],
  // Round ar, the task restated and its share giving an amount under another name back.
  ["ar-share", "引进区内外资金30亿元", "区下达的招商任务是引进区内外资金30亿元，截至9月底区外境内到位资金24亿元，完成目标任务的80%", "green"],
  ["ar-share", "引进区内外资金30亿元", "区下达的招商任务是引进区内外资金30亿元，截至9月底区外境内到位资金12亿元，完成目标任务的40%", "not-green"],
  ["ar-share", "引进区内外资金30亿元", "区外境内到位资金24亿元，完成省定任务的80%", "not-green"],
  ["ar-share", "引进区内外资金30亿元", "区下达的招商任务是引进区内外资金30亿元，计划四季度到位资金24亿元", "not-green"],
  // Round ar, a plant 已并网发电: full capacity says the same; a part, another capacity, a start or a plan do not.
  ["ar-grid", PV, "20万千瓦光伏电站已全容量并网发电", "done"],
  ["ar-grid", PV, "引进的20万千瓦光伏电站和10万千瓦风电场均已并网发电", "done"],
  ["ar-grid", PV, "20万千瓦光伏电站首批10万千瓦已并网发电", "not-done"],
  ["ar-grid", PV, "10万千瓦光伏电站已并网发电", "not-green"],
  ["ar-grid", PV, "20万千瓦光伏电站已开工建设", "not-green"],
  ["ar-grid", PV, "20万千瓦光伏电站计划12月底并网发电", "not-green"],
  ["ar-grid", PV, "20万千瓦风电项目已并网发电", "not-green"],

  // Round as, 去年 in a review read early in the next year (catalogue year 2024, read in February 2025).
  ["as-lastYear", KINDERGARTENS, "去年全县新建幼儿园12所，新增学位3600个", "done", "2025-02-20", 2024],
  ["as-lastYear", KINDERGARTENS, "过去一年，全县新建幼儿园12所", "done", "2025-02-20", 2024],
  ["as-lastYear", KINDERGARTENS, "前年全县新建幼儿园12所，去年在建4所", "not-green", "2025-02-20", 2024],
  ["as-lastYear", KINDERGARTENS, "去年全县新建幼儿园12所", "not-green", "2025-02-20", 2025],
  ["as-lastYear", KINDERGARTENS, "今年计划新建幼儿园12所", "not-green", "2025-02-20", 2024],
  ["as-lastYear", KINDERGARTENS, "去年全县新建幼儿园6所", "not-done", "2025-02-20", 2024],
  ["as-lastYear", KINDERGARTENS, "去年全县新建托育机构12所", "not-green", "2025-02-20", 2024],
  // Round as, rates sharing their word over a list, and N/10万.
  ["as-list", INFANT, "婴儿、5岁以下儿童死亡率分别控制在3.1‰和4.2‰", "green"],
  ["as-list", UNDER5, "婴儿、5岁以下儿童死亡率分别控制在3.1‰和4.2‰", "not-green"],
  ["as-list", UNDER5, "婴儿和5岁以下儿童死亡率依次为3.1‰、3.6‰", "green"],
  ["as-list", INFANT, "婴儿死亡人数、孕产妇死亡率分别为3人、8.5/10万", "not-green"],
  ["as-list", MATERNAL, "孕产妇死亡率为8.5/10万，低于全省平均水平", "green"],
  ["as-list", MATERNAL, "孕产妇死亡率为12.3/10万", "not-green"],
  ["as-list", MATERNAL, "全年孕产妇死亡1人", "not-green"],
  ["as-list", MATERNAL, "婴儿死亡率为3.2‰", "not-green"],
  // Round as, 由A升至B, and satisfaction as the share of those asked.
  ["as-rise", PREK_COVER, "普惠性幼儿园覆盖率由75%提升至86%", "green"],
  ["as-rise", PREK_COVER, "学前三年毛入园率由75%升至88%", "not-green"],
  ["as-rise", PREK_COVER, "普惠性幼儿园覆盖率由88%降至83%", "not-green"],
  ["as-rise", PREK_COVER, "公办幼儿园在园幼儿占比由40%升至52%", "not-green"],
  ["as-satisfied", SATISFACTION, "受访群众中表示满意和基本满意的占93%", "green"],
  ["as-satisfied", SATISFACTION, "受访群众中不满意的占8%", "not-green"],
  ["as-satisfied", SATISFACTION, "受访群众中满意的占85%", "not-green"],
  ["as-satisfied", SATISFACTION, "满意度调查覆盖率达到95%", "not-green"],
  ["as-satisfied", SATISFACTION, "群众知晓率达到96%", "not-green"],

  // Lead's pass: the tracked set, a standard raised, villages, 总数/总量, the three-sector ratio, the measure heading its
  // groups, and a time limit cut.
  ["lead-tracked", KEY_PLAN, "纳入监测的重点项目完成投资52亿元，为年度计划的80%", "green"],
  ["lead-tracked", KEY_PLAN, "列入调度的重点项目中，省重点项目完成年度计划的80%", "not-green"],
  ["lead-tracked", KEY_PLAN, "纳入监测的重点项目完成投资52亿元，为年度计划的60%", "not-green"],
  ["lead-standard", SUBSISTENCE, "农村低保标准由每人每年5200元调整为6200元", "done"],
  ["lead-standard", SUBSISTENCE, "农村低保标准提高至每人每年6100元", "done"],
  ["lead-standard", SUBSISTENCE, "按每人每年6200元的标准发放农村低保金", "not-green"],
  ["lead-standard", SUBSISTENCE, "城市低保标准提高到每人每年8000元", "not-green"],
  ["lead-standard", SUBSISTENCE, "农村低保标准提高到每人每年5500元", "not-done"],
  ["lead-village", MODEL_VILLAGES, "建成示范村12个", "done"],
  ["lead-village", MODEL_VILLAGES, "建成美丽乡村示范点12个", "not-green"],
  ["lead-village", "整治农村村庄60个", "改造城中村70个", "not-green"],
  ["lead-village", "整治农村村庄60个", "完成村庄整治65个", "done"],
  ["lead-total", FIRMS_STOCK, "市场主体总数达到5.2万户", "done"],
  ["lead-total", FIRMS_STOCK, "新增市场主体5.2万户", "not-green"],
  ["lead-total", FIRMS_STOCK, "企业总数达到5.2万户", "not-red"],
  ["lead-ratio", SERVICE_SHARE, "三次产业结构调整为10.2:42.1:47.7", "green"],
  ["lead-ratio", SERVICE_SHARE, "三次产业结构为10.2:48.1:41.7", "not-green"],
  ["lead-ratio", SERVICE_SHARE, "三次产业结构由10:42:48调整为11:46:43", "not-green"],
  ["lead-ratio", "工业增加值占地区生产总值比重达到40%", "三次产业结构调整为10.2:42.1:47.7", "not-green"],
  ["lead-ratio", SERVICE_SHARE, "三次产业从业人员比例为30:25:45", "not-green"],
  ["lead-heading", RURAL, "人均可支配收入方面，城镇居民增长5.5%，农村居民增长7.8%", "green"],
  ["lead-heading", RURAL, "人均消费支出方面，城镇居民增长5.5%，农村居民增长7.8%", "not-green"],
  ["lead-heading", RURAL, "人均可支配收入方面，城镇居民增长7.8%，农村居民增长5.5%", "not-green"],
  ["lead-cut", TIME_CUT, "行政审批办理时间压缩35%", "green"],
  ["lead-cut", TIME_CUT, "行政审批办理时限由20个工作日压缩到13个工作日", "green"],
  ["lead-cut", TIME_CUT, "行政审批办理环节压缩40%", "not-green"],
  ["lead-cut", TIME_CUT, "行政审批申报材料精简40%", "not-green"],
  ["lead-cut", TIME_CUT, "行政审批办理时限压缩10%", "not-green"],
  ["lead-cut", TIME_CUT, "企业开办时间压缩至1个工作日", "not-green"],

  // Hunt 17's name rules in other words.
  ["h17-names", EXPORT, "外贸进出口额增长15%", "not-green"],
  ["h17-names", EXPORT, "外贸进出口额增长6%，其中出口额增长12%", "green"],
  ["h17-names", "税收收入增长8%", "非税收入同比增长20%", "not-green"],
  ["h17-names", "规模以上工业企业净增8户", "规上工业企业总数达到65户", "not-green"],
  ["h17-names", JOBS, "全县新增就业1.1万人，其中城镇新增就业5200人", "not-green"],
  ["h17-names", JOBS, "1-5月新增城镇就业4500人", "not-green"],
];

/** Rows still answered otherwise than labelled after this hunt, each with its reason (docs/metrics.md "Hunt 18"). */
export const KNOWN_OPEN = new Set<string>([
  // Two wrong reds left (未反映该指标 where green or 无法研判 is labelled):
  // A target that is itself a share of the plan ("…完成年度计划投资的75%") is read as a level of 75% named 重点项目完成年度
  // 计划投资; the report's share of its plan ("为年度计划的80%") is not matched to it.
  "重点项目完成年度计划投资的75% ⟵ 纳入监测的重点项目完成投资52亿元，为年度计划的80%",
  // 企业 are a part of 市场主体: a part's total is read as the measure not reported, where 无法研判 (or green: the part alone
  // already passes the whole's target) is labelled. Yellow, never green.
  "市场主体总量达到5万户 ⟵ 企业总数达到5.2万户",
  // Safe side (无法研判 where green is labelled):
  // The task writes its ceiling out (32人); the words-only answer "未超出全年控制指标" is read only for a task that does not
  // (round aq's JUDGE_CONTROL_WORDS), since the report's 控制指标 may be another figure.
  "全县生产安全事故死亡人数控制在32人以内 ⟵ 全县死亡人数未超出全年控制指标",
  // The increase written right after the measure with no level before it: the 7天 is set aside as a change, not a level
  // (WEAK_CHANGE_NOT_LEVEL) before round aq's increase rule can read it; only "…N天，比上年多M天" is read.
  "空气质量优良天数比上年增加5天 ⟵ 空气质量优良天数较去年同期增加7天",
  "空气质量优良天数比上年增加5天 ⟵ 空气质量优良天数比上年同期多6天",
  // A count named by no thing ("全年任务8个，…已完成10个"): taking the task's name for it would be a guess.
  "新履约亿元以上项目8个 ⟵ 全年任务8个，截至目前已完成10个",
  // 调整为 may go either way; the raise words (提高到, 达到, 由…提高到) are read, 调整为 not yet, even with a lower base.
  "农村低保标准达到每人每年6000元 ⟵ 农村低保标准由每人每年5200元调整为6200元",
  // 示范村 written without the programme's name: WEAK_WIDER says other programmes' model villages may be counted too (无法研判).
  // Defensible; the label took the village count as the programme's.
  "建成乡村振兴示范村10个 ⟵ 建成示范村12个",
  // Green, not done: a level reached before the year's end is 序时推进 by the corpus's rule (x02-j03, ai04-j06); the labels
  // read a standard raised and a stock reached as the task done.
  "农村低保标准达到每人每年6000元 ⟵ 农村低保标准提高至每人每年6100元",
  "市场主体总量达到5万户 ⟵ 市场主体总数达到5.2万户",
]);

labelledHunt("hunt 18: paraphrases and lookalikes of session 22's rules, labelled before the judge ran", ROWS, KNOWN_OPEN);

/** Round at's deadline forms in other words, each with the date a careful reader writes (null: no deadline). */
const DEADLINES: [string, number, string | null][] = [
  ["次年2月底前完成主体验收，5月底前交付使用", 2023, "2024-05-31"],
  ["12月底前完成清表，明年3月底前完成招标，6月底前开工", 2023, "2024-06-30"],
  ["8月12日专题会议要求：本月内完成问题清单销号", 2024, "2024-08-31"],
  ["本月内完成问题清单销号", 2024, null],
  ["20xx年6月底前完成摸底", 2022, "2022-06-30"],
  ["自本通知印发之日起至2024年11月15日", 2024, "2024-11-15"],
  ["截至11月15日，已完成摸底", 2024, null],
  ["集中整治阶段（6月）", 2024, "2024-06-30"],
  ["每年年初制定年度工作要点", 2024, null],
  ["于10月底已完成验收", 2024, null],
];

/** Deadline rows read otherwise than labelled (none since hunt 19 read "X月内" after 要求： and 于). */
const DEADLINES_OPEN = new Set<string>([]);

describe("hunt 18: round at's deadline forms in other words, labelled before the reader ran", () => {
  it.each(DEADLINES.filter(([text]) => !DEADLINES_OPEN.has(text)))("%s (%i) → %s", (text, year, expected) => {
    expect(parseDeadline(text, year)).toBe(expected);
  });
  const open = DEADLINES.filter(([text]) => DEADLINES_OPEN.has(text));
  if (open.length)
    it.each(open)("known open: %s (%i) should be %s, and is no date yet", (text, year) => {
      expect(parseDeadline(text, year)).toBeNull();
    });
});
