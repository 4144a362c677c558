import { Qty } from "./scan";
import { LEADING_JOINER } from "../text/joiners";

/** A joiner opening the words after a figure: the next item starts there (not 和美…, 及时…: ../text/joiners.ts). */
const NEXT_ITEM = new RegExp(`^${LEADING_JOINER}`);

const ABSTRACT_NOUN = /^(方面|关键|环节|领域|阶段|机制|原则|体系|要求|步|目标|任务|层次|维度|路径|举措|措施|办法|方式|梯度|大项|子项|分项|小项)/;
/** A list of the year's programme ("确定民生实事项目40项", "安排为民办实事34项"): how many items the plan has, not a target. */
const PROGRAMME = /(民生实事|民心工程|民生工程|为民办实事|办实事|实事项目|重点工作任务|重点工作)[^，,。；;]{0,6}$/;
/**
 * Round ap: the count of a list's sub-items right after the list's own count, both governed by a verb of finishing ("完成20项民心工程"
 * before "48项具体工作"): the sub-items are the task's measure, not a plan's list size.
 */
const SUB_COUNT_OF_DONE_LIST = /(?:完成|办好|办结|落实|建成)\d+(?:项|件|个)[^，,。；;\d]{1,10}$/;
/** The count of sub-items right after a list's noun: "48项具体工作", "65个具体项目" (子项 is read as an abstract noun). */
const SUB_ITEMS_NEXT = /^\d+(?:项|件|个)具体(?:工作|项目|任务|事项)/;
/** Verbs that list a programme rather than promise or report its items: 确定/安排/票决/列入/涉及/细化为 N项. */
const LISTING = /(确定|安排|票决出?|列入|涉及|细化为|涵盖|覆盖|包括|实施|共)[^，,。；;\d]{0,3}$/;
const PROGRAMME_NOUN = /^(民生实事|实事|民心工程|民生工程|重点工作|具体工作|为民办实事)/;
/** A count right before a rate names the units the rate is over ("9个断面优良水体比例达到100%"). */
const QUALIFIES_NEXT = /(达到|达|突破|保持|稳定在|控制在|提高|增长|均|为)$/;
const DESCRIPTIVE = /(依托|围绕|依靠|现有|拥有)(全区|全市|全县)?$/;
/** "全市20个区县均…", "全区8个镇街": the places a statement covers, not a count of something done. */
const SCOPE = /(全[市区县省州旗盟镇]|所辖|辖区)$/;
const PLACES = /^(区县|县区|县市区|县（市、区）|县市|市县|乡镇|镇街|镇（街道）|街道|镇|乡|村|社区|行政村|村居|部门|单位|区|县|市|州|旗)/;
/** The act done for those counted ("为300户…实施适老化改造"): what comes after names the figure. */
const BENEFIT_ACT = /(实施|开展|进行|免费做|免费提供|提供|发放|做)/;
/**
 * Where the noun a classifier counts ends: at the verb that follows it ("80个重点项目开工建设"); not at a stage word that
 * names a kind of project ("63个新开工重点项目年内全部开工", "10个计划投产项目"), its sector between (hunt 8: "6个省重点新开工工业项目").
 */
const FOLLOW_CUT = /(已|截至|截止|目前(?![期置])|分别|年内|年底前|年底|今年|当年|年前|上半年|下半年|开工建设|落地建设|加快建设|落地|建成|竣工|投产|签约|实施|加快|顺利|全部|达效|开工|投入使用|正式|提标改造|协同办理)(?!(?:的)?(?:重点|产业|建设|工业|制造业|服务业|农业|交通|水利|能源|民生|社会事业|基础设施|城建|文旅|商贸|科技)?(?:项目|工程|企业))/;
/** After a classifier, a verb means the figure ends its noun phrase ("校车51辆正常运行", "新建书房5处并开放"). */
const FOLLOW_VERB = /^(正常|已|正在|全部|均|成功|顺利|参加|参与|进行|实现|完成|投入|开工|建成|获批|入选|通过|达到|并|且|开放|启用|投用|交付)/;
/** What may follow an amount that is itself the figure, not a qualifier of the noun after it. */
// Round aj: "迈过200亿元关口", "突破百亿大关", "迈上千亿台阶": a milestone the figure passed, not a qualifier of a noun.
const AMOUNT_END = /^([，,。；;、:：()和及与”"|｜]|的(目标|任务|水平)|已|正在|均已|全部|大?关口|大关|新?台阶)/;

/** A count of projects, then their 投资总额 (计划投资总额): "项目104项，投资总额", "签约项目66个、计划投资总额". */
const LIST_THEN_TOTAL = /(?:项目|工程)[^，,。；;\d]{0,4}\d+(?:\.\d+)?(?:个|项|宗|件)[，,、](?:计划)?投资总额(?:为|约|达|近|超过|超|逾|共)?$/;

/**
 * Why a figure only describes or qualifies something else and states no target or actual ("500万元以上技改项目",
 * "投资84.3亿元的电站", "千亿级", "依托全区68家合作社"), or null when it may be one.
 */
export function qualifierReason(s: string, q: Qty, region: string, progress = false): string | null {
  const tail = s.slice(q.after, q.after + 6);
  if (/^级/.test(tail)) return "“…级”是规模描述";
  // "完成249万人的易地扶贫搬迁任务", "约9000户农户的…治理": people or homes, then what is done for them (classifierNoun).
  const peopleOf = q.cls === "classifier" && /^(户|人|名)$/.test(q.unit) && /^的[\u4e00-\u9fa5]{3,16}(?=$|[，,。；;])/.test(s.slice(q.after, q.after + 20));
  if (/^的/.test(tail) && !/^的(目标|任务|水平)/.test(tail) && !peopleOf) return "修饰后面的事物（…的…），不是目标";
  if (q.cls !== "pp" && q.cls !== "percent" && CAPACITY_BEFORE.test(region) && PLANT_AFTER.test(s.slice(q.after))) return "产能、规模是后面项目名称的一部分（如“年产100万套…项目”“日处理500吨…厂”），不是完成数";
  if (q.cls !== "classifier" && q.cls !== "pp" && tail && !AMOUNT_END.test(tail) && (progress || !measuresNoun(s, q))) return "限定后面的事物（如“500万元以上项目”“过亿元企业”），不是目标";
  // "火车站广场总占地2万平方米": the size of the site, not something to build or report.
  if (q.cls === "physical" && /占地(面积)?(约|达|为|近|超过)?$/.test(region)) return "占地规模是说明，不是目标";
  // Projects to be won ("招引项目50个，总投资100亿元", "签约项目30个，协议总投资…"): the investment they bring is what is
  // promised, not a description of projects that exist. (In a progress text the labels read it as a description.)
  const won = !progress && /(招引|签约|引进|招商|落地)[^。；;]{0,20}总投资(约|达|超过|超|逾|近)?$/.test(s.slice(Math.max(0, q.start - 30), q.start));
  if (q.cls === "money" && /总投资(约|达|超过|超|逾|近)?$/.test(region) && !/(完成|实现|固定资产|技改|工业|到位|累计)/.test(region) && !won) return "项目投资额是说明，不是目标";
  // Round ar: "实施招商引资项目104项，投资总额653.5亿元": right after a count of projects, 投资总额 is their size as 总投资 is,
  // not investment made in the period (a 固定资产投资总额 names no projects before it).
  if (progress && q.cls === "money" && LIST_THEN_TOTAL.test(s.slice(Math.max(0, q.start - 24), q.start))) return "项目投资额是说明，不是目标";
  // "按照每人每年2元、每户每年2元的标准": the rate a scheme is computed at, not a target or a report.
  if (/按(照)?[^，,。；;]{0,12}$/.test(region) && /^[^，,。；;]{0,16}的标准/.test(s.slice(q.after))) return "计算标准（按照…的标准），不是目标";
  if (DESCRIPTIVE.test(region) || (progress && /(惠及|涉及)[^，,。；;]*$/.test(region))) return "现有规模、受益范围的描述，不是目标";
  // Hunt 10: "项目共62个，包括道路12个…": in a report, a list's own size, then what it holds, is the catalogue, not a count
  // done — unless the words before it say what was done (已, 新开工, 建成 …: "新开工项目共62个，其中…" is a count done).
  if (progress && q.cls === "classifier" && CATALOGUE_HEAD.test(region) && !DONE_WORDS.test(region) && CATALOGUE_NEXT.test(s.slice(q.after, q.after + 4))) return "清单的总数（共N个，包括…），不是完成数";
  if (q.cls === "classifier" && SCOPE.test(region) && PLACES.test(s.slice(q.after, q.after + 5))) return "范围（全市N个区县），不是目标或完成数";
  // A task "在17个乡镇硬化道路10万平方米": the places where the work is to be done, when what is done is counted by a
  // figure of its own in the same clause. (In a report, "已在46个小区建成…" still says how many places have the works.)
  if (!progress && q.cls === "classifier" && /在$/.test(region) && IN_PLACES.test(s.slice(q.after, q.after + 5)) && /^[^，,。；;]*?\d/.test(s.slice(q.after))) return "范围（在N个村、小区…），不是目标或完成数";
  return null;
}

/**
 * A capacity written before a project's or plant's noun ("年产100万套汽车零部件项目", "日处理500吨污水处理厂", "装机容量
 * 20万千瓦光伏电站", "总库容1200万立方米水库工程") names which project it is: the project's size, not a count produced or
 * done. The capacity word may carry its product ("年出栏生猪10万头养殖场"); a figure with no plant noun after it in its
 * clause ("年产粮食50万吨", "全年生产汽车零部件100万套") is the output itself.
 */
const CAPACITY_WORD = "(?:年|日|月|小时)(?:产|处理|加工|吞吐|出栏|屠宰|存栏|生产|产能|供水|发电|储存|转运|回收|综合利用|处置|拆解|冷藏|仓储|接待)(?:能力|规模|量)?(?:达|为|约|超|近)?[\\u4e00-\\u9fa5]{0,6}?|(?:设计|新增|形成)?(?:产能|生产能力|处理能力|处理规模|装机容量|装机规模|总装机|装机|总库容|库容|总容量|容量|储量)(?:达|为|约|超|近)?";
const CAPACITY_BEFORE = new RegExp(`(?:${CAPACITY_WORD})$`);
/**
 * The text with the figures of capacities in projects' names taken out ("年产100万套汽车零部件项目已建成" →
 * "年产万套汽车零部件项目已建成"): the name's, not a count of projects or things built. Output with no plant noun after it
 * ("全年生产机床500台") keeps its figure.
 */
const CAPACITY_FIGURE = new RegExp(`(${CAPACITY_WORD})\\d+(?:\\.\\d+)?`, "g");
export function withoutCapacityFigures(text: string): string {
  if (!/\d/.test(text)) return text;
  return text.replace(CAPACITY_FIGURE, (m: string, word: string, at: number) => (PLANT_AFTER.test(text.slice(at + m.length)) ? word : m));
}

const CAPACITY_UNIT = /^(?:万|亿|千)?(?:千瓦时|千瓦|兆瓦|立方米|平方米|吨|套|台|辆|件|头|只|羽|个|片|张|米|公里|人次|箱|条|块|株|盒|双)?/;
/** The capacities written in projects' names in a text ("年产100万套"), each as written, with their unit. */
export function capacitiesNamed(text: string): string[] {
  const out: string[] = [];
  CAPACITY_FIGURE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CAPACITY_FIGURE.exec(text)); ) {
    const unit = (CAPACITY_UNIT.exec(text.slice(m.index + m[0].length)) as RegExpExecArray)[0];
    if (PLANT_AFTER.test(text.slice(m.index + m[0].length))) out.push(m[0].slice(m[1].length) + unit);
  }
  return out;
}
/** A project or plant noun after the figure in its clause: what the capacity describes. */
const PLANT_AFTER = /^(?:以上|及以上|左右)?[^，,。；;:：、\d（(]{0,18}?(?:项目|工程|生产线|产线|基地|工厂|厂房|(?:电|水|气|污水处理|垃圾处理|焚烧|加工|屠宰|饲料|肥)厂|电站|光伏|风电|储能|车间|装置|码头|泊位|水库|仓库|冷库|粮库|中心|养殖场|(?:处理|处置)设施)/;

/** A total before a breakdown: "项目共62个", "清单共计30项", "任务共有12项". */
const CATALOGUE_HEAD = /共(?:计|有)?$/;
const CATALOGUE_NEXT = /^[，,：:]?(?:包括|包含|涵盖|分别为|分别是|分为|含)/;
/** Words of a report that what is counted was done or reached a stage. */
const DONE_WORDS = /已|完成|实现|新增|新建|建成|开工|开复工|竣工|完工|投产|签约|引进|办结|落地|改造|整治|治理|培育|认定|累计|今年|本年|以来/;

/** "X万亩耕地红线": a physical figure before a 红线/底线 is a floor for the noun between them. */
export function redLineOf(s: string, q: Qty): string | null {
  if (q.cls !== "physical") return null;
  const m = /^([\u4e00-\u9fa5]{1,4})(红线|底线)/.exec(s.slice(q.after, q.after + 6));
  return m ? m[1] : null;
}

/** An act of work done before a count (新增…, 发放…, 完成…改造): the count is the act's own, not a qualifier. */
const ACT_THEN_COUNT = /(?:新增|新发放|发放|投放|完成|改造|新建|建成|实施|办理|落实|兑现|拨付)[^，,。；;\d]{0,8}$/;
/** An amount in money, area or length right after a count, not a size class (…元以上, …元及以上). */
const AMOUNT_NEXT = /^\d+(?:\.\d+)?(?:万|亿)?(?:元|平方米|亩|公里|千米|米|吨)(?!以上|及以上|以下)/;
/**
 * Session 24: a count right after its act, glued to an amount ("新增小额信贷756户3136.72万元", "发放贷款320笔1.2亿元"): the act's
 * count, neither a qualifier of the amount nor whose amount follows.
 */
export function countOfAct(s: string, q: Qty): boolean {
  return ACT_THEN_COUNT.test(s.slice(Math.max(0, q.start - 12), q.start)) && AMOUNT_NEXT.test(s.slice(q.after, q.after + 16));
}

/** Places a work is done in ("在39个村…"). */
const IN_PLACES = /^(?:[(（][^)）]{0,6}[)）])?(?:乡镇|镇街|街道|镇|乡|行政村|村|社区|小区|县区|区县|县市区|设区市|市县)/;

/** The noun a classifier counts ("新建3处零工驿站" → 零工驿站), or why the count qualifies something else. */
export function classifierNoun(s: string, q: Qty): { noun: string } | { skip: string } {
  // "实现1147户5500人脱贫", "搬迁230户860人": households, then the people in them; both count what follows.
  const people = q.unit === "户" ? /^\d+(?:\.\d+)?(万)?(人|名)(?!次)/.exec(s.slice(q.after)) : null;
  if (people) return classifierNoun(s, { ...q, start: q.after, end: q.after + people[0].length, after: q.after + people[0].length, unit: people[2] });
  // "50个5000万元以上项目开工建设": a size before the noun counted qualifies that noun; the count counts it.
  const sized = /^\d+(?:\.\d+)?(?:万|亿|千万)?元(?:及以上|以上)(?=[\u4e00-\u9fa5])/.exec(s.slice(q.after, q.after + 16));
  // Session 24 (lead): a count right after its act, glued to an amount ("新增小额信贷756户3136.72万元", "完成改造1200户4.5万
  // 平方米"), is the act's count, not a qualifier of the amount.
  if (/^\d/.test(s.slice(q.after)) && !sized && !countOfAct(s, q)) return { skip: "限定后面的数字，不是目标" };
  const before = s.slice(Math.max(0, q.start - 16), q.start);
  if (
    /^(项|件|个)$/.test(q.unit) &&
    (PROGRAMME.test(before) || (LISTING.test(before) && PROGRAMME_NOUN.test(s.slice(q.after)))) &&
    !/(完成|已|开工|建成|办好|办实|落实)[^，,。；;]{0,3}$/.test(before) &&
    !SUB_COUNT_OF_DONE_LIST.test(before)
  )
    return { skip: "计划清单的项数（安排民生实事N项），不是可度量目标" };
  // "前5个月", "连续5个月", "11个月一期竣工": a length of time, not a count of something done.
  if (q.unit === "个" && /^(月|工作日|季度|年度|小时|星期)/.test(s.slice(q.after, q.after + 3)) && !/^工作日/.test(s.slice(q.after))) return { skip: "时间长度或期间（前5个月、连续5个月），不是指标" };
  if (/(连续|持续)$/.test(s.slice(Math.max(0, q.start - 2), q.start))) return { skip: "连续次数（连续5年），不是指标" };
  let follow = sized ? sized[0] + readFollow(s, q.after + sized[0].length) : readFollow(s, q.after);
  if (follow && QUALIFIES_NEXT.test(follow) && /^\d/.test(s.slice(q.after + follow.length))) return { skip: "限定后面的指标（如“9个断面…比例达到100%”），不是目标" };
  if (follow && ABSTRACT_NOUN.test(follow)) return { skip: "计数的是抽象事项（方面、机制…），不是可度量目标" };
  // "20项民心工程涉及的48项具体工作": the first count describes where the second comes from.
  if (follow && /^的[^，,。；;]{0,12}?\d/.test(s.slice(q.after + follow.length))) return { skip: "限定后面的数量（…的N项），不是目标" };
  // Round ap: "完成20项民心工程48项具体工作", "18项重点民生工程65个具体项目": a list's count right before the count of its
  // sub-items, with nothing between, says which list; the sub-items are what is done and counted.
  if (follow && /^(项|件|个)$/.test(q.unit) && SUB_ITEMS_NEXT.test(s.slice(q.after + follow.length))) return { skip: "限定后面的数量（N项…M项具体工作），不是目标" };
  // "托班托额2000个和社区托育托额3200个": after 和 comes the next item, not this figure's noun.
  if (NEXT_ITEM.test(follow)) return { noun: "" };
  follow = follow.replace(/[和及与]$/, "");
  if (FOLLOW_VERB.test(follow)) return { noun: "" };
  // "为300户老年人家庭实施居家环境适老化改造", "对2000户困难家庭开展…": the people or homes served are counted,
  // but what is done for them names the figure.
  const served = /(?:^|[^\u4e00-\u9fa5])?(为|对|给|帮助)$/.test(s.slice(Math.max(0, q.start - 1), q.start) || "") ? BENEFIT_ACT.exec(follow) : null;
  // "170个规模养殖场的粪污处理设施建设", "30个小区的雨污分流改造": the places counted, then the works done at each; both
  // halves name the figure, as a task names it ("完成规模养殖场粪污处理设施建设200个").
  const worksAt = /^(个|处|座|所|家)$/.test(q.unit) && !served ? /^的([\u4e00-\u9fa5]{2,14}(?:建设|改造|治理|整治|提升))(?=$|[，,。；;])/.exec(s.slice(q.after + follow.length)) : null;
  if (worksAt && follow.length >= 2 && follow.length + worksAt[1].length <= 20) return { noun: follow + worksAt[1] };
  // "约9000户农户的农村生活污水治理": households or people, then what is done for them.
  const ofAct = /^(户|人|名)$/.test(q.unit) ? /^的([\u4e00-\u9fa5]{3,16})(?=$|[，,。；;])/.exec(s.slice(q.after + follow.length)) : null;
  if (ofAct && !served) {
    // "为300名…的儿童提供支持服务": the act after the people served.
    const act = BENEFIT_ACT.exec(ofAct[1]);
    return { noun: act && act.index > 0 && ofAct[1].length - act.index - act[1].length >= 2 ? ofAct[1].slice(act.index + act[1].length) : ofAct[1] };
  }
  if (served && served.index > 0 && follow.length - served.index - served[1].length >= 3) {
    // Both halves when short ("非直供小区供电改造"), else the act alone.
    const whom = follow.slice(0, served.index);
    const act = follow.slice(served.index + served[1].length);
    return { noun: whom.length + act.length <= 14 ? whom + act : act };
  }
  const cut = FOLLOW_CUT.exec(follow.slice(1));
  return { noun: cut ? follow.slice(0, cut.index + 1) : follow };
}

/** Up to the next separator, over 、-lists that carry no figure of their own. */
function readFollow(s: string, from: number): string {
  let follow = (/^[^，,。；;、:：()|｜\d等的]*/.exec(s.slice(from)) as RegExpExecArray)[0];
  let at = from + follow.length;
  while (follow && s[at] === "、" && follow.length <= 16) {
    const seg = /^[^，,。；;:：()等的]*/.exec(s.slice(at + 1)) as RegExpExecArray;
    const piece = seg[0].split("、")[0];
    if (!piece || /\d/.test(piece)) break;
    follow += "、" + piece;
    at += 1 + piece.length;
  }
  return follow;
}

/** 支持, 项目 …: a unit character that starts a word is no unit ("10 支持…" is a row number before a task). */
const NOT_UNIT = /^(片区|片长|本级|本地|本年|本月|本次|本届|本市|本区|本县|本镇|本村|本部|支持|项目|处理|台湾|批准|期间|条件|名单|场所|部门|所有|所在|部署|座谈|件事|次要|个人|户籍|期限|组织|组建|组成|班子|类型|根据|根本|架构|宗旨|册子|列入|列为|列出)/;

export function unitStartsWord(s: string, q: Qty): boolean {
  return !q.mag && NOT_UNIT.test(s.slice(q.end - q.unit.length, q.end + 1));
}

/** Lengths and areas that measure the noun after them ("223千米堤防", "3公里河道", "300公顷造林"). */
const LENGTH_AREA = /^(公里|千米|km|米|亩|公顷|平方米|平方公里|平米)$/;

/**
 * Whether a length or area right before a noun is the figure of that noun rather than a description: nothing else
 * in the clause is a figure, no 以上/级/的 ties it to what follows ("500亩以上基地" stays a qualifier).
 */
export function measuresNoun(s: string, q: Qty): boolean {
  if (q.cls !== "physical" || !LENGTH_AREA.test(q.unit) || q.suffixCmp) return false;
  const rest = /^[^，,。；;:：|]*/.exec(s.slice(q.after)) as RegExpExecArray;
  return /^[\u4e00-\u9fa5]/.test(rest[0]) && !/^[的级]/.test(rest[0]) && !/\d/.test(rest[0]) && !/(项目|工程|基地|园区|企业|中心|产业)/.test(rest[0]);
}
