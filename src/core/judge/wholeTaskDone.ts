import { foldText } from "../text/normalize";
import { capacitiesNamed, withoutCapacityFigures } from "../metrics/qualifiers";
import { shareOfAPart } from "./partShares";
import { listsThings, splitAtJoiners } from "../text/joiners";
import { withoutOtherWorksParts } from "./formsAX";
import { subjectsPutToUse } from "../metrics/formsBB";

/**
 * Conservative reading of 已完成 from a progress text (issue 12): only words that say the WHOLE task is done count
 * ("已全部完成", "已完成年度目标任务", "圆满完成"), never one step of several ("已完成试生产评审", "已完成验收"), and
 * never when the text also says work goes on (等待批复, 正在, 下一步, 待…签字) or the words are a plan or a promise
 * ("确保10月底前全部完成", "力争全部完成"). A wrong 已完成 is worse than none.
 */
const WHOLE_DONE =
  /(?:已|均已|现已|目前已|已经)?(?:提前)?(?:全部|全面|圆满|超额)完成|已(?:提前)?完成(?:全年|年度|今年|本年度|全部)(?:的)?(?:目标)?(?:任务)?|(?:全年|年度)(?:目标)?任务已(?:全部)?完成|任务已完成|已全部(?:建成|竣工|落实|办结)|均已(?:提前)?(?:完成|办结)|(?:已|均已)于(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日|底|初|上旬|中旬|下旬)?(?:前)?(?:全部|全面)(?:完成|完工|竣工|建成)|已办结/g;

/** Before the words: a plan, a promise, a negation or a time still to come ("未能按期全部完成" too). */
const NOT_YET_BEFORE = /(?:未|没有|没|尚|不能|无法|难以|确保|力争|争取|计划|预计|拟|将|要|需|须|底前|月前|日前|年内|以前|之前|有望|可望|能够|可以|后)(?:能|够|可)?(?:按期|按时|如期|及时|提前)?$/;

/**
 * A part or a stage of the task before the done words, or in their object (round 2): "一期工程已全面完成", "部分点位已完成",
 * "第一批次已全部完成", "阶段性目标任务已全部完成", "已完成年度任务的阶段目标". What is done is that part, not the task —
 * unless the task itself names it.
 */
const PART_OF_TASK = /[一二三四五六七八九十\d]期|[半单左右]幅|主线|[春夏秋冬]季|首批|第[一二三四五六七八九十\d]+(?:批|阶段|期|标段)|批次|部分|片区|子项|点位|阶段|节点|局部|试点|[^手]段|[东西南北左右两]岸|干流|支流|主河道/;
/** Another year heading the done words: "去年…已全面完成", "上年度…任务已全部完成". */
const PAST_HEAD = /去年|上年|前年|上一年|往年/;

/**
 * Whether done words at `at` (with `object` after them) speak of a part or a stage of the task, or of another year.
 * The subject is the clause before them; the year is looked for in the sentence before them.
 */
function notTheWhole(text: string, at: number, object: string, task: string, year?: number): boolean {
  const clause = text.slice(boundary(text, at, /[，,。；;！!]/), at);
  const part = PART_OF_TASK.exec(`${clause}|${object}`) ?? OBJECT_PART.exec(object);
  if (part && !task.includes(part[0])) return true;
  // Round v: "A、B2项已完成年度目标任务", "其中5件已全部完成": the done words speak of the items counted before them, not of
  // the task (a list that names the task is read by listedItems.ts namedDone).
  if (COUNTED_ITEMS.test(clause) && !theTasksOwnCount(clause, task)) return true;
  // Round 3: "已完成年度清淤任务", "已完成年度投资计划" for 完成河道综合整治工程: the year's task of one kind of work the task does not name.
  if (task && otherWork(object.replace(/^(?:的)?(?:全年|年度|今年|本年度?)/, "").replace(/(?:的)?(?:目标任务|目标|任务|计划)$/, ""), task)) return true;
  const sentence = text.slice(boundary(text, at, /[。；;！!]/), at);
  const past = PAST_HEAD.exec(sentence) ?? (year ? otherYear(sentence, year) : null);
  return !!past && !/今年|本年|当年/.test(sentence.slice(past.index));
}

/**
 * Round af: "省市级民生实事107项已全部完成" for 完成省市级民生实事107项: the count closing the subject is the task's own count
 * of the same things, and the words before it name the task's thing, so the items counted are the task's, all of them. A
 * count the task does not write ("其中5件已全部完成" for 办好10件实事), a subject that names nothing of the task ("107项已全部完成"
 * alone, "222项中107项…") or one picked out of a larger group (中, 其中) is still a part.
 */
function theTasksOwnCount(clause: string, task: string): boolean {
  const m = /(\d+)(项|个|件)(?:工作|任务|事项)?(?:均|全部)?$/.exec(clause);
  if (!m || !task || /中/.test(clause)) return false;
  if (!new RegExp(`(?:^|[^\\d.])${m[1]}${m[2]}`).test(task)) return false;
  const subject = clause.slice(0, m.index).replace(/^(?:目前|截至目前|现)/, "");
  return subject.length >= 3 && sharesName(subject, task);
}

/** A count of items closing the clause before done words: "…2项", "其中5件均", "8个全部". */
const COUNTED_ITEMS = /(?:\d+|[两二三四五六七八九十])(?:项|个|件)(?:工作|任务|事项)?(?:均|全部)?$/;

/** Words of a subject or object that name no particular work: 项目, 工程, 建设, 各项 … */
const GENERIC_WORDS = /目前|现在?|截[至止]目前|已经?|均|该|本|此|各项|所有|全部|整体|总体|既定|重点|项目|工程|任务|工作|建设|目标|年度|全年|今年|本年|的|[\d.]+月(?:底|末)?|年底|年末/g;

/** A subject or object that names a work sharing no two characters with the task ("启动仪式", "清淤" for 完成河道综合整治工程). */
function otherWork(words: string, task: string): boolean {
  const w = words.replace(GENERIC_WORDS, "").replace(/[^\u4e00-\u9fa5]/g, "");
  if (w.length < 2 || !task) return false;
  for (let i = 0; i + 2 <= w.length; i++) if (task.includes(w.slice(i, i + 2))) return false;
  return true;
}

/** The ends of names of measures a report says were met: rates, totals, earnings, balances, investment. */
const MEASURE_END = /(?:率|总额|总量|利润|收入|营收|产值|增加值|余额|投资|税收|税费|指数)$/;

/**
 * Round av: "利润总额和净资产收益率均超额完成" for 集团净利润增长10%: a subject that is nothing but names of measures says those
 * measures met their targets. It answers a task that names one of them, never a task of another measure (净利润, 资产负债率),
 * though the names share characters (利润, 资产).
 */
function otherMeasures(subject: string, task: string): boolean {
  if (!task) return false;
  const names = subject
    .replace(/(?:均|都|全部|已经?|分别|也)+$/, "")
    .split(/[、和及与]/)
    .map((n) => n.replace(GENERIC_WORDS, ""))
    .filter(Boolean);
  if (!names.length || !names.every((n) => n.length >= 2 && MEASURE_END.test(n))) return false;
  return !names.some((n) => task.includes(n));
}

/**
 * Hunt 12: a subject that names, beside the words of a task of one thing, one of its parts: "区域医疗中心门诊楼" for 建成区域
 * 医疗中心, "城北污水处理厂配套管网" (./partShares.ts reads what is left once the task's words are taken out).
 */
function namesAPart(subject: string, task: string): boolean {
  if (!subject || !oneThing(task) || /[、和及与等]/.test(subject)) return false;
  // The part follows the thing's name: the words before it say which thing ("城北农贸市场" is the task's 1个农贸市场).
  const words = subject.replace(SUBJECT_HEAD, "").replace(/^(?:该|这|此|本)/, "");
  let shared = "";
  for (let len = Math.min(words.length, 12); len >= 2 && !shared; len--)
    for (let i = 0; i + len <= words.length && !shared; i++) if (task.includes(words.slice(i, i + len))) shared = words.slice(i, i + len);
  if (!shared) return false;
  const after = words.slice(words.indexOf(shared) + shared.length);
  return !!after && !/\d/.test(after) && !!shareOfAPart(after, task);
}

/** The year's object of a stage of it: "已完成上半年目标任务", "…一季度节点任务" (the clause may say 上半年 of a whole done). */
const OBJECT_PART = /半年|季度|月度|月份/;

/** A year other than `year` heading the words ("2023年…任务已全部完成"), not a comparison (较2023年). */
function otherYear(sentence: string, year: number): RegExpExecArray | null {
  const re = /(20\d\d)年/g;
  for (let m: RegExpExecArray | null; (m = re.exec(sentence)); ) if (Number(m[1]) !== year && !/[较比与同]$/.test(sentence.slice(0, m.index))) return m;
  return null;
}

/** Words anywhere in the text that say work is still under way. */
const STILL_UNDER_WAY =
  /正在|推进中|进行中|实施中|建设中|施工中|办理中|审批中|尚未|仍未|还未|还没有?|没有(?:开工|动工|启动|开展|实施|完成|建成|竣工|完工)|未(?:开工|动工|启动|开展|实施)|未完成|等待|待[^，。；,;]{0,8}(?:签字|批复|审批|验收|审核|确认|完成|投产|开工)|下一步|后续|计划(?:于|在|将|年底|年内|月底|\d)|按计划|预计|拟于|拟将|将于|争取|力争|加快推进|积极推进|持续推进|有序推进|稳步推进|正加快|在建|有序开展|(?:尚有|仍有|还有)[^，。；,;]{0,8}未|未通过|明年|来年|下一年度/;

/** An exception before the done words: 除…外, 其余, 其他…均. */
const EXCEPT = /除[^。]{1,40}外|其余|其他[^。]{0,10}均/;

interface DoneWording {
  done: boolean;
  /** The words that said so, or that stopped it ("等待批复"). */
  words: string | null;
  /** Hunt 12: the capacity the task names ("年产10万吨") that words of the whole done left unsaid (then `done` is false). */
  capacityUnsaid?: string;
}

/**
 * Round am: "投入9.83亿元，办完了年初确定的17件为民办实事": a year's summary says the year's list, as fixed at its start, is
 * finished: done words, then 年初/年度 确定(部署, 承诺…)的, the list's count and its name, closing the clause. It answers
 * the task that writes that same count of things of that name; a part of the list ("…中的12件"), another count, or the
 * words of a promise ("确保完成年初确定的…") does not.
 */
const YEAR_LIST_DONE = /(?:已经?|均已)?(?:全面|全部|圆满)?(?:完成|办完|办结|兑现)了?(?:年初|年度|全年|今年|本年度)(?:确定|部署|承诺|计划|安排|明确)的(\d+)(件|项|个)([^，。；,;！!\d]{2,14})(?=$|[，。；,;！!）)])/g;
/** What every match of YEAR_LIST_DONE and YEAR_LIST_SUBJECT_DONE holds. */
const YEAR_LIST_COUNT = /(?:确定|部署|承诺|计划|安排|明确)的\d/;
/** Hunt 15: the same list as the subject, said finished after it: "年初确定的17件为民办实事全部办结" (全部/全面/圆满 required). */
const YEAR_LIST_SUBJECT_DONE = /(?:年初|年度|全年|今年|本年度)(?:确定|部署|承诺|计划|安排|明确)的(\d+)(件|项|个)([^，。；,;！!\d]{2,14}?)(?:已经?|均已)?(?:全面|全部|圆满)(?:完成|办完|办结|兑现)(?=$|[，。；,;！!）)])/g;

/** "已完成关闭退出任务": 已完成 the task's own words and 任务, closing the clause (checked against the task text). */
const NAMED_TASK_DONE = /已(?:提前)?完成([^，。；,;！!]{2,12}?)(?:的)?任务(?=$|[，。；,;！!）)])/g;

/**
 * "已超额完成年度建设任务", "提前完成年度计划开工目标", "较计划时限提前一个半月完成新开工目标任务": done words (已, 提前, 超额,
 * 全部) before 完成 and the year's target or task as its whole object, closing the clause.
 */
const ANNUAL_DONE =
  /(?:已经?|均已|现已|提前(?:[\d一二三四五六七八九十半个多]+(?:月|天|周|年))?|超额|全部|全面|圆满)完成(?:了)?((?:全年|年度|今年|本年度?)[^，。；,;！!]{0,8}?(?:目标任务|目标|任务|计划)|[^，。；,;！!]{0,8}?目标任务)(?=$|[，。；,;！!）)])/g;

/** A task that ends with its act and object: "…6月底前完成物探、地探及地面附属物清理" (group 1 the act, 2 the object). */
const TASK_ACT = /(完成|建成)([^，。；,;！!\d]{4,30})$/;
/** The same act reported done with its object, closing the clause. */
const OBJECT_DONE = /(?:已经?|均已|现已)(?:全部|提前)?(完成|建成)(?:了)?([^，。；,;！!\d]{4,30})(?=$|[，。；,;！!])/g;

/** A task that is only to draw up a document: the act, then the document's name ending with what it is. */
const DRAW_UP_TASK = /^(?:研究|抓紧|尽快|年内|上半年)?(制定|出台|编制|印发)([^，。；,;！!\d]{4,40}(?:方案|办法|规划|意见|细则|计划|清单|规定))$/;

/** The words of issuing a document. */
const ISSUED = "制定出台|制定印发|研究出台|出台|印发|发布|颁布";

/**
 * "已制定《关于推进…先行区建设的实施方案》" for "制定推进…先行区建设实施方案": the task is only to draw up that
 * document (no 并实施, no figure), and the report says the same act done on a title whose words hold the task's
 * document name (关于, 的 and the title marks aside). The words reported, or null.
 */
function documentDrawnUp(text: string, task: string): string | null {
  const own = DRAW_UP_TASK.exec(task);
  if (!own) return null;
  const bare = (w: string) => w.replace(/[《》“”"]|关于|的/g, "");
  // Issuing is one act under several words (出台, 印发, 发布 …), and a document issued has been drawn up: a task to issue one
  // is done by any of them, a task to draw one up (制定, 编制) by its own act too.
  const acts = /出台|印发/.test(own[1]) ? ISSUED : `${own[1]}|${ISSUED}`;
  const done = new RegExp(`(?:已经?|均已|现已)(?:正式)?(?:${acts})(?:了)?(《[^》]{4,60}》)`).exec(text);
  if (!done || NOT_YET_BEFORE.test(text.slice(Math.max(0, done.index - 6), done.index))) return null;
  // A draft is not the document: 征求意见稿, 草案, 初稿, 送审稿 in the title or right after it.
  if (/征求意见稿|草案|初稿|送审稿|讨论稿/.test(text.slice(done.index, done.index + done[0].length + 12))) return null;
  return bare(done[1]).includes(bare(own[2])) ? done[0] : null;
}

/**
 * Round ag: in a list of things done ("绵泸高铁内自泸段、内江绕城高速公路已建成通车"), a part named in another item (段 of the
 * railway) is that item's, not a part of the task's thing: the text with every item but the one naming the task blanked
 * (same length, so positions hold). A list where no single item names the task is left whole.
 */
function ownItemOnly(text: string, start: number, subject: string, task: string): string {
  const items = subject.split("、");
  if (items.length < 2) return text;
  const mine = items.filter((x) => sharesName(x, task));
  if (mine.length !== 1) return text;
  let at = start;
  let out = text.slice(0, start);
  for (const item of items) {
    out += item === mine[0] ? item : " ".repeat(item.length);
    out += text.slice(at + item.length, at + item.length + 1);
    at += item.length + 1;
  }
  return out + text.slice(at);
}

/** A list's words read alike whatever joins them (和, 及, 与, 以及, 、). */
function joinWords(list: string): string {
  return list.replace(/以及|和|及|与|、/g, "、");
}

/** Where the clause (or sentence) holding position `at` starts: just after the last mark of `marks` before it. */
function boundary(text: string, at: number, marks: RegExp): number {
  for (let i = at - 1; i >= 0; i--) if (marks.test(text[i])) return i + 1;
  return 0;
}

/** A count of things with its classifier: "24个", "97项". */
const COUNT = "\\d+\\s*(?:个|项|件|所|处|家|条|座|套|户)";
/** A part of a counted whole before the done words: "45个事项中24个", "100项中97项". */
const PART_COUNT = new RegExp(`(?:中|其中)[^，。；]*?${COUNT}|${COUNT}[^，。；]*?${COUNT}`);

/** A count of things in a clause: "9个项目", "3所", "12公里". */
const COUNTED = new RegExp(`${COUNT}|\\d+\\s*(?:公里|米)`);

/** "骏达环保、智慧园区等项目已提前完成": 已(提前)完成/建成/竣工 closing the clause, its subject named in the task. */
// "城北农贸市场已建成并投入使用": built and opened is built (投入使用 adds the opening, not another step).
// "城南大桥已建成通车", "…已全面完工并投产": opening to traffic or production after the building is the building done.
// Hunt 16: the day it was done between 已 and the act ("河道清淤工作已于6月中旬完成", "市场已于7月完工交付使用"), and a
// market or a shop opened for business (开业运营) — a unit that says when it finished has reported it finished.
const DONE_ON = "(?:于(?:20\\d\\d年)?\\d{1,2}月(?:\\d{1,2}日|份|底|末|初|上旬|中旬|下旬)?)?";
const SUBJECT_DONE = new RegExp(
  `(?:已经?|均已|现已)${DONE_ON}(?:提前)?(?:全部|全面)?(?:完成|建成|竣工|完工)(?:了)?(?:并?(?:已)?(?:正式)?(?:投入使用|投入运营|投入运行|交付使用|通车|投产|开通|开业运营|开业|运营|运行|投运|投用))?(?=$|[，。；,;！!])`,
  "g",
);

/**
 * The finished works accepted, the whole report: "已完工并通过验收", "已竣工验收", "新院区已通过竣工验收并交付使用"; hunt 15: a
 * month before 已 ("9月已通过交工验收") and the road opened as reports vary it (开放通车, 正式通车运行).
 */
const ACCEPTED =
  /^(?:目前|现)?([^已，。；,;\d]{0,12}?)(?:\d{1,2}月(?:份|底|末)?)?(?:已经?|现已)(?:全部|全面)?(?:(?:完成|完工|建成|竣工)(?:了)?(?:并|且)?(?:已)?(?:顺利)?通过(?:了)?(?:竣工|交工)?验收|(?:顺利)?(?:通过|完成)?(?:了)?(?:竣工|交工)验收)(?:并|且)?(?:已)?(?:正式|开放|全线)?(?:投入使用|交付使用|通车)?(?:运行|运营)?$/;

/** Round ag: a task that asks the road opened (建成通车) is done only when the report says it opened, not only handed over. */
const asksOpening = (task: string, text: string) => /通车/.test(task) && !/通车/.test(text);

/**
 * Hunt 11: the finished works put to use, the whole report: "已完工并投入使用", "已完工，投入使用", "该中心已建成并交付使用".
 * Put to use, the works are finished and handed over, as an acceptance passed says; a use still to come (即将, 待, 计划 …)
 * breaks the words.
 */
const IN_USE =
  /^(?:目前|现)?([^已，。；,;\d]{0,12}?)(?:已经?|现已)(?:全部|全面)?(?:完成|完工|建成|竣工)(?:了)?(?:并|且)?(?:已)?(?:正式)?(?:投入使用|交付使用|投入运营|投入运行|投运|运行|运营|投用|启用)$/;

/**
 * A count of more than one thing in a task text (2个, 12所, 两座, 500户, 1.2万户, 200张); not a percentage, a year or an
 * amount. Hunt 11: households, beds, vehicles and lamps are things counted too (完成户厕改造500户 is 500 things).
 */
/** A count in a subject: the number and its classifier. */
const SUBJECT_COUNT = /(\d+)\s*(个|所|座|处|家|条|项|栋|幢|间|台|套|户|张|辆|件)/;
const SEVERAL = /(?:^|[^\d.])(?:[2-9]|[1-9]\d+|\d+(?:\.\d+)?万)(?:个|所|座|处|家|条|项|栋|幢|间|台|套|户|张|辆|盏|眼|口|宗)|[两二三四五六七八九十](?:个|所|座|处|家|条|项|栋|幢|户)/;

/** A subject that is one step of a task, not the task: 前期手续, 施工图设计, 主体结构 … */
// Hunt 12: and the steps before a thing is recognised or built (申报, 摸底, 调查 …).
const STEP_WORDS = /手续|前期|设计|招标|立项|评审|规划|方案|清表|土建|主体|基础|验收|签约|征地|拆迁|选址|可研|环评|备案|审批|图纸|采购|筹备|准备|宣传|动员|申报|申请|摸底|摸排|排查|调查|勘察|勘测|测绘|公示|征集|对接|谋划|储备|入库/;

/** Whether a subject shares a telling name (3+ characters, not a generic word) with the task. */
export function sharesName(subject: string, task: string): boolean {
  const s = subject.replace(/等?(?:项目|工程|任务|工作)$/, "");
  for (let len = Math.min(8, s.length); len >= 3; len--)
    for (let i = 0; i + len <= s.length; i++) {
      const w = s.slice(i, i + len);
      if (!/^(?:重点项目|建设项目|项目建设|民生实事|重点工程)$/.test(w) && task.includes(w)) return true;
    }
  return false;
}

/**
 * "大沙河、花园河两条内河治理工程已经建成" for 建成大沙河、花园河城市内河治理工程: the subject lists as many things as the
 * task's list (its first clause with 、), each named in the task, so it speaks of all of them.
 */
function namesEvery(subject: string, task: string): boolean {
  const list = task.split(/[，,。；;]/).find((c) => c.includes("、"));
  if (!list) return false;
  const wanted = splitAtJoiners(list).filter((x) => x.length >= 2).length;
  const named = splitAtJoiners(subject).filter((x) => x.length >= 2);
  return wanted >= 2 && named.length >= wanted && named.every((x) => task.includes(x) || sharesName(x, task));
}

/**
 * "配套资金100%落实" for 配套资金全部落实 (round y): 100% before the task's own act closing the clause says 全部 of it, only
 * when the task asks for all of it in that act (全部/全面/足额 + the act) and the clause names nothing the task does not
 * (a period or 已 before it aside): "省级配套资金100%落实" is one level's money, "确保…100%落实" a promise.
 */
const FULL_ACT = /100%(落实|到位|办结|兑现|拨付)(?=$|[，。；,;！!])/g;
const CLAUSE_HEAD = /^(?:截[至止](?:目前|[\d一二三四五六七八九十]+月(?:底|末|\d+日)?)|目前|今年以来|[\d一二三四五六七八九十]+月(?:底|末))?/;

function fullAct(text: string, task: string): string | null {
  FULL_ACT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FULL_ACT.exec(text)); ) {
    if (!new RegExp(`(?:全部|全面|足额)${m[1]}`).test(task)) continue;
    const subject = text.slice(boundary(text, m.index, /[，,。；;！!]/), m.index).replace(CLAUSE_HEAD, "").replace(/(?:已经?|均已)$/, "");
    if (subject.length >= 3 && task.includes(subject)) return `${subject}${m[0]}`;
  }
  return null;
}

/**
 * Hunt 10: a task that is one act on one thing, with no figure ("出台促进民营经济发展若干措施", "建设智慧停车平台",
 * "启动地铁2号线建设"): the act (group 1) and its object (group 2). Each kind has the words that report the act done.
 */
const SINGLE_ACTS: { task: RegExp; done: string; bare?: boolean; plant?: boolean; every?: boolean; inFull?: boolean }[] = [
  // A document issued: 印发, 出台, 发布, 颁布 (实施 after it) — not drafted (起草), nor sent for comment.
  { task: /^(?:研究)?(?:出台|印发|制定出台|制定印发|发布)([^，。；,;！!\d、和及与]{2,30}(?:措施|方案|办法|意见|规划|细则|政策|计划|规定|条例|清单|指引))$/, done: "(?:正式)?(?:印发|出台|发布|颁布)(?:并)?(?:实施|施行)?" },
  // A platform or a system built: in operation (上线运行, 投入使用), not on trial (试运行).
  { task: /^(?:建设|建成|搭建|上线)([^，。；,;！!\d、和及与]{2,20}(?:平台|系统))$/, done: "(?:建成(?:并)?)?(?:正式)?(?:上线运行|上线|投入运行|投入使用|运行)|建成投用" },
  // Work started: 启动X建设 or 开工建设X answered by 开工 or 动工.
  // Hunt 15: 动工建设, 开建 are the same act as 开工建设.
  // Hunt 16: a time word before the act ("上半年开工建设物流园冷链仓储项目") is the deadline, not the thing.
  // Hunt 19: the time in any form the deadline reader takes ("于三季度内", "9月内", "第三季度末前").
  { task: /^(?:[于在])?(?:年内|年底前|上半年|下半年|第?[一二三四]季度(?:末|内)?(?:前|以前)?|\d{1,2}月(?:(?:底|末)?(?:前|以前)|内))?(?:启动|开工建设|动工建设|开建)([^，。；,;！!、和及与]{2,20}?)(?:建设)?$/, done: "(?:正式|全面)?(?:开工|动工|开建)(?:建设)?" },
  // Hunt 16: a road or a bridge to be built and opened ("沿江特大桥年内建成通车"), answered by its opening ("…已于8月28日
  // 正式通车"): opened, it is built. Not on trial (试通车), nor a part (一期, 半幅 …: notTheWhole).
  { task: /^(?:年内|年底前)?([^，。；,;！!\d、和及与]{2,20}?)(?:年内|年底前|年底)?建成(?:并)?通车$/, done: "(?:建成)?(?:并)?(?:正式|全线)?通车(?:运行)?" },
  // Hunt 16: things named first and all to start by a date ("重点项目上半年全部开工"), answered by all started ("…已全部开工").
  // 均已开工 says all as 全部 does; the subject must be the task's own things (not "市级重点项目", not "18个重点项目").
  { task: /^([^，。；,;！!\d、和及与]{2,20}?)(?:[于在])?(?:年内|年底前|上半年|下半年|第?[一二三四]季度(?:末|内)?(?:前|以前)?|\d{1,2}月(?:(?:底|末)?(?:前|以前)|内))?全部(?:开工|动工|开复工)(?:建设)?$/, done: "(?:全部)?(?:开工|动工|开复工)(?:建设)?", every: true },
  // Round ad: a stage of one building asked for itself ("人才公寓一期主体年内封顶"), answered by that stage reached
  // ("人才公寓一期主体封顶"): in a list of results the act needs no 已.
  { task: /^(?:年内|年底前)?([^，。；,;！!\d、和及与]{2,20}?)主体(?:工程|结构)?(?:年内|年底前)?(?:全面)?封顶$/, done: "主体(?:工程|结构)?(?:已经?)?(?:全面)?封顶", bare: true },
  // A plant to be built and put into production ("…车灯项目年内建成投产"): in production it is built. Not on trial (试投产,
  // 试生产), nor a part (一期, 部分); the capacity in its name is part of the name.
  { task: /^(?:年内|年底前)?([^，。；,;！!、和及与]{2,30}?(?:项目|工程|生产线|工厂|基地))(?:年内|年底前|年底)?(?:建成)?(?:并)?(?:正式)?投产(?:达效|运营)?$/, done: "(?:建成|竣工)?(?:并)?(?:正式|全面)?投产(?:运营|达效)?", plant: true },
  // Round ar: a power plant to be connected to the grid ("30万千瓦风电工程年内并网发电"), answered by its connection ("…已并网
  // 发电"). Named in full: "风电工程和光伏工程已并网发电" answers each of the two, while "莫旗风电基地项目" is another plant
  // that shares only the word 风电 with them.
  { task: /^(?:年内|年底前)?([^，。；,;！!、和及与]{2,30}?(?:项目|工程|电站|风电场|基地))(?:年内|年底前|年底)?(?:建成)?(?:并)?(?:全容量)?并网(?:发电|运行)?$/, done: "(?:建成)?(?:并)?(?:全容量)?并网(?:发电|运行)?", plant: true, inFull: true },
];

/** A time at the head of a clause, before its subject: 截至目前, 目前, 今年以来, 6月. */
const SUBJECT_HEAD = /^(?:截[至止]目前|截[至止]\d{1,2}月(?:底|末)?|目前|今年以来|\d{1,2}月(?:份)?(?:底|末)?)/;

/**
 * "《若干措施》已于6月印发实施" for 出台…若干措施, "平台已建成上线运行" for 建设智慧停车平台: the task's one act reported done
 * of its one object, closing the clause. The subject must be the object: a title whose words the task holds, a name
 * shared with it (3+ characters), or its last word (平台, 措施). Not a part (一期, 部分), a draft, or another document.
 */
function singleActDone(text: string, task: string, year?: number): string | null {
  if (!oneThing(task)) return null;
  for (const act of SINGLE_ACTS) {
    const own = act.task.exec(task);
    if (!own) continue;
    const re = new RegExp(`(?:已经?|均已|现已)${act.bare ? "?" : ""}(?:于[^，。；,;！!]{1,12}?)?(?:${act.done})(?=$|[，。；,;！!])`, "g");
    for (let d: RegExpExecArray | null; (d = re.exec(text)); ) {
      const subject = text.slice(boundary(text, d.index, /[，,。；;！!]/), d.index).replace(SUBJECT_HEAD, "").replace(/^(?:该|这|此)/, "");
      if (!subject || /稿|草案|部分|配套/.test(subject) || NOT_YET_BEFORE.test(subject) || notTheWhole(text, d.index, "", task, year)) continue;
      // "沿江特大桥半幅已通车", "已于8月实现半幅通车", "一期已开工": a part of the thing, unless the task itself names that part.
      const part = PART_OF_TASK.exec(`${subject}${d[0]}`);
      if (part && !task.includes(part[0])) continue;
      // Without 已 the act may be what is planned ("计划人才公寓主体封顶"): a bare act is a result only with no such word.
      if (act.bare && !/^(?:已|均已|现已)/.test(d[0]) && /计划|拟|将|预计|力争|争取|确保|要|需|应/.test(subject)) continue;
      // A stage is of one building: its subject is the task's object itself ("职教中心宿舍楼" shares a name with
      // 职教中心实训楼 and is another building).
      if (act.bare && !subject.includes(own[1]) && !own[1].includes(subject)) continue;
      if (act.every) {
        const whole = subject.replace(/^(?:年内|今年|上半年|下半年|[一二三四]季度)/, "");
        // The task's own things, or them without the place heading the task ("重点投资项目" for 惠民县重点投资项目).
        if (!/全部|^均已/.test(d[0]) || whole.length < 2 || !own[1].endsWith(whole)) continue;
      }
      // "前期工程已开工", "基础设施已上线": a step of the work is not the work (unless the task names that step).
      const step = STEP_WORDS.exec(subject);
      if (step && !task.includes(step[0])) continue;
      const bare = subject.replace(/[《》“”"]|关于|的/g, "");
      const object = own[1];
      const named = (/^《[^》]+》$/.test(subject) && bare.length >= 2 && task.includes(bare)) || sharesName(subject, task) || (bare.length >= 2 && object.endsWith(bare));
      // The thing written in full as one of the things the clause names ("A和B已并网发电").
      if (act.inFull && !subject.split(/和|、|及|与/).some((one) => one.endsWith(object))) continue;
      if (named && (!act.plant || samePlant(subject, object))) return `${subject}${d[0]}`;
    }
  }
  return null;
}

/**
 * Hunt 16: a task that is itself one step of the works ("一季度完成城区道路改造项目招标", "完成…方案编制"), answered by that
 * step done ("已于3月完成招标", "已完成方案编制并报县政府审定"): the step named by the end of the task's object, with no other
 * subject before it. A step of a task that is the works ("完成污水处理厂建设") is not this: the object must be the step.
 */
function ownStepDone(text: string, task: string): string | null {
  const own = TASK_ACT.exec(task);
  if (!own || !STEP_WORDS.test(own[2])) return null;
  const done = new RegExp(`(?:已经?|现已)${DONE_ON}(?:全部|全面)?完成(?:了)?([\u4e00-\u9fa5]{2,6}?)(?=$|[，。；,;！!]|并)`, "g");
  for (let d: RegExpExecArray | null; (d = done.exec(text)); ) {
    const object = d[1];
    if (!own[2].endsWith(object) || !STEP_WORDS.test(object)) continue;
    // The subject, if any, is the task's own object or a part of its name ("城区道路改造项目"), not a place in it ("城南片区道路").
    const subject = text.slice(boundary(text, d.index, /[，,。；;！!]/), d.index).replace(SUBJECT_HEAD, "");
    const bare = subject.replace(/^(?:该|这|此|本)/, "").replace(/\d{1,2}月(?:份|底|末|初|上旬|中旬|下旬)?$/, "");
    if (bare && !/^(?:项目|工程)$/.test(bare) && !own[2].includes(bare)) continue;
    if (NOT_YET_BEFORE.test(text.slice(Math.max(0, d.index - 6), d.index))) continue;
    return `${subject}${d[0]}`;
  }
  return null;
}

/** "该中心", "中心" for 建成区域养老服务中心: the task's own thing named by its last word (2+ characters), after 该/这/此. */
function taskThing(subject: string, task: string): boolean {
  const bare = subject.replace(/^(?:该|这|此|本)/, "");
  return bare.length >= 2 && !PART_OF_TASK.test(bare) && task.endsWith(bare);
}

/**
 * Whether a plant reported is the task's: what it makes is named alike once the kind of plant (项目, 生产线 …), the act
 * (新建) and the capacity are set aside ("水泵生产线" is not "电机生产线"), and a capacity both write is the same.
 */
function samePlant(subject: string, object: string): boolean {
  const own = capacitiesNamed(object);
  const said = capacitiesNamed(subject);
  if (own.length && said.length && !said.some((c) => own.includes(c))) return false;
  const core = (x: string) => withoutCapacityFigures(x).replace(/(?:年|日|月)(?:产|处理|加工|生产|出栏|屠宰)(?:能力)?(?:万|亿|千)?[^\u4e00-\u9fa5]?[套台辆件吨头只羽个片张条块]?/g, "").replace(/新建|新上|建设|扩建|改扩建|项目|工程|生产线|工厂|基地/g, "");
  const a = core(subject);
  const b = core(object);
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/** A task counting several things or listing several: one thing done is not all of them. */
// "年产5000台电机生产线": the capacity in the name counts no things.
// A function of the task text alone, asked several times a task: the last answer is kept (issue 17).
let oneThingTask: string | null = null;
let oneThingAnswer = false;
const oneThing = (task: string): boolean => {
  if (task === oneThingTask) return oneThingAnswer;
  oneThingAnswer = !!task && !listsThings(task) && !SEVERAL.test(withoutCapacityFigures(task));
  oneThingTask = task;
  return oneThingAnswer;
};

/**
 * Hunt 12: a task that names the capacity of what it builds ("建成年产10万吨再生铝项目", "建成装机容量5万千瓦的分散式风电项目")
 * asks for that capacity: "再生铝项目已建成投产" says the plant runs, not at what size, and "…，年产能5万吨" says another. Words of
 * the whole done count only where the report writes the task's capacity figure (its number and unit) too.
 */
function unsaidCapacity(text: string, task: string): string | null {
  // A capacity the task asks for as its target ("新增风电装机容量50万千瓦", "形成产能5万吨") as well as one in a plant's name.
  const own = [...capacitiesNamed(task), ...[...task.matchAll(CAPACITY_TARGET)].map((m) => m[1])];
  if (!own.length) return null;
  const figure = (c: string) => /\d+(?:\.\d+)?(?:万|亿|千)?[^\d]*$/.exec(c)?.[0] ?? c;
  return own.some((c) => text.includes(figure(c))) ? null : own[0];
}

/** A capacity written as a task's target: the capacity word, then its figure and unit (group 1). */
const CAPACITY_TARGET = /(?:装机容量|装机规模|总装机|装机|产能|生产能力|处理能力|处理规模|供水能力|发电能力|储能规模|容量|库容)(?:达到?|突破|超过|为|新增)?(\d+(?:\.\d+)?(?:万|亿|千)?(?:千瓦时|千瓦|兆瓦|吉瓦时|吉瓦|吨|立方米|标准箱))/g;

/** `year`, when given, is the year judged: done words headed by another year are not this year's (round 2). */
export function wholeTaskDone(raw: string, taskText = "", year?: number): DoneWording {
  const wording = doneWording(raw, taskText, year);
  if (!wording.done) return wording;
  const unsaid = unsaidCapacity(foldText(raw ?? ""), foldText(taskText ?? ""));
  if (unsaid) return { done: false, words: wording.words, capacityUnsaid: unsaid };
  // Hunt 13: not done for a level whose measure the report never names; the task's metric then speaks (未反映该指标).
  return unsaidLevel(foldText(raw ?? ""), foldText(taskText ?? "")) ? { done: false, words: wording.words } : wording;
}

/**
 * A level a task asks a measure to reach or keep (审批时限压缩至60个工作日以内, 优良天数比例达到85%, 失业率控制在4%以内):
 * group 1 the measure's word. A measure is read, not done; the words that say a work done are of the work.
 */
const LEVEL_ASKED = /(时限|时间|用时|周期|天数|比例|比重|浓度|[\u4e00-\u9fa5]率)(?:控制在|控制到|压缩至|压缩到|压减至|压减到|缩短至|缩短到|降至|降到|下降到|下降至|达到|提高到|提高至|提升到|提升至|保持在|稳定在|不低于|不超过|不高于)\d+(?:\.\d+)?[^\d，。；,;]{0,8}/;

/**
 * Hunt 13: "工程建设项目审批制度改革任务已全面完成" for 审批时限压缩至60个工作日以内: done words whose report never names the
 * measure the task's level is of (时限) say a work done (the reform), not the level kept. A report that is nothing but
 * the done words ("已全面完成") speaks of the task itself and is left to say so.
 */
function unsaidLevel(text: string, task: string): string | null {
  const m = LEVEL_ASKED.exec(task);
  if (!m || text.includes(m[1])) return null;
  if (/^(?:目前|现)?(?:已经?|均已|现已)?(?:提前|全面|全部|圆满)*(?:完成|完工|办结)(?:了)?(?:全年|年度)?(?:目标)?(?:任务)?$/.test(text.replace(/[\s，。；,;！!]/g, ""))) return null;
  return m[0];
}

function doneWording(raw: string, taskText: string, year?: number): DoneWording {
  const text = foldText(raw ?? "");
  if (!text) return { done: false, words: null };
  const task = foldText(taskText ?? "");
  // Round ax (./formsAX.ts): words of work under way in a part about other works do not speak of the task's works.
  const ongoing = STILL_UNDER_WAY.exec(withoutOtherWorksParts(text, task, sharesName));
  // The text without its punctuation, made once for the two checks below.
  const whole = text.replace(/[\s，。；,;！!]/g, "");
  // A report that is nothing but the done words ("已完工。", "已全部完成") speaks of the task itself.
  if (/^(?:目前|现)?(?:已经?|均已|现已)(?:提前)?(?:全部)?(?:完成|完工|建成|竣工|办结)(?:了)?$/.test(whole)) return { done: true, words: text.trim() };
  // Hunt 10: "已完工并通过验收" — the same words with the acceptance passed — for a task that is one thing (not a count).
  // Session 17: "新院区已竣工验收", "项目已通过竣工验收" — the acceptance of the finished works, its subject the task's thing.
  // Hunt 11: "已完工并投入使用", "已完工，投入使用" — the finished works in use — likewise.
  if (oneThing(task) && !ongoing) {
    const accepted = ACCEPTED.exec(whole) ?? IN_USE.exec(whole);
    const part = accepted?.[1] ? PART_OF_TASK.exec(accepted[1]) : null;
    if (accepted && !asksOpening(task, whole) && (!part || task.includes(part[0])) && !namesAPart(accepted[1] ?? "", task) && (!accepted[1] || (!/\d/.test(accepted[1]) && !STEP_WORDS.test(accepted[1]) && (/^(?:项目|工程)$/.test(accepted[1]) || sharesName(accepted[1], task) || taskThing(accepted[1], task))))) return { done: true, words: text.trim() };
  }
  // Round bb (../metrics/formsBB.ts): "菜市园区已于9月1日正式投入使用" for "菜市园区秋季开学前投入使用": the one thing the task
  // names, put to the use the task asks (a day it was done may be said). A part of it, a step, or another thing is not.
  if (oneThing(task) && !ongoing) {
    for (const subject of subjectsPutToUse(text, task)) {
      const s = subject.replace(/^(?:目前|现|该|这|此)/, "");
      if (!PART_OF_TASK.test(s) && !STEP_WORDS.test(s) && !/\d/.test(s) && !namesAPart(s, task) && (sharesName(s, task) || taskThing(s, task))) return { done: true, words: text.trim() };
    }
  }
  if (!ongoing) {
    ANNUAL_DONE.lastIndex = 0;
    for (let a: RegExpExecArray | null; (a = ANNUAL_DONE.exec(text)); ) {
      const before = text.slice(Math.max(0, a.index - 6), a.index);
      const sentence = text.slice(boundary(text, a.index, /[。；;！!]/), a.index);
      // "45个事项中24个已提前完成全年任务": a count of items done is not the whole task.
      const clause = text.slice(boundary(text, a.index, /[，,。；;！!]/), a.index);
      if (!NOT_YET_BEFORE.test(before) && !EXCEPT.test(sentence) && !/未|没有|尚/.test(sentence.slice(-4)) && !PART_COUNT.test(clause) && !otherMeasures(clause, task) && !notTheWhole(text, a.index, a[1], task, year)) return { done: true, words: a[0] };
    }
    // Not for a task that lists several things, unless the subject covers them (等, 均, 全部, or it names as many of
    // them as the task lists): one of them done is not all.
    if (task) {
      // Nor for a task counting several of a thing ("新建2个农贸市场", "中心幼儿园2所"): one named one built is one of them.
      const covered = oneThing(task) || /等|均|全部/.test(text);
      SUBJECT_DONE.lastIndex = 0;
      for (let d: RegExpExecArray | null; (d = SUBJECT_DONE.exec(text)); ) {
        const start = boundary(text, d.index, /[，,。；;！!]/);
        const subject = text.slice(start, d.index);
        if (!covered && !namesEvery(subject, task)) continue;
        // A count ("48项…中2项已完成", "257个项目已完工") says how many, not that the whole is done.
        // Hunt 12: "区域医疗中心门诊楼已建成投用", "污水处理厂配套管网已全部建成" for the whole: the subject names, beside the
        // task's thing, one of its parts (a list of the task's things is read by namesEvery).
        if (subject && !namesAPart(subject, task) && !/\d/.test(withoutCapacityFigures(subject)) && !STEP_WORDS.test(subject) && !EXCEPT.test(subject) && !NOT_YET_BEFORE.test(subject) && !notTheWhole(ownItemOnly(text, start, subject, task), d.index, "", task, year) && sharesName(subject.replace(/[、和及与]/g, "|"), task))
          return { done: true, words: `${subject}${d[0]}` };
      }
    }
  }
  // "已完成物探、地探和地面附属物清理" for "6月底前完成物探、地探及地面附属物清理": the task's own act and its whole
  // object, reported done (和/及/与 and 、 read alike).
  if (task && !ongoing) {
    const own = TASK_ACT.exec(task);
    if (own) {
      const wanted = joinWords(own[2]);
      OBJECT_DONE.lastIndex = 0;
      for (let d: RegExpExecArray | null; (d = OBJECT_DONE.exec(text)); ) {
        const before = text.slice(Math.max(0, d.index - 6), d.index);
        if (d[1] === own[1] && joinWords(d[2]) === wanted && !NOT_YET_BEFORE.test(before) && !EXCEPT.test(text.slice(boundary(text, d.index, /[。；;！!]/), d.index)) && !notTheWhole(text, d.index, "", task, year))
          return { done: true, words: d[0] };
      }
    }
  }
  if (task && !ongoing && oneThing(task)) {
    const step = ownStepDone(text, task);
    if (step) return { done: true, words: step };
  }
  if (task && !ongoing) {
    const full = fullAct(text, task);
    if (full) return { done: true, words: full };
  }
  if (task && !ongoing) {
    const single = singleActDone(text, task, year);
    if (single) return { done: true, words: single };
  }
  if (task && !ongoing) {
    const drawn = documentDrawnUp(text, task);
    if (drawn) return { done: true, words: drawn };
  }
  // Both year lists hold "…确定的17件" (a list word, 的, its count): without it neither is scanned for (issue 17).
  if (task && !ongoing && YEAR_LIST_COUNT.test(text)) {
    const yearLists = [YEAR_LIST_DONE, YEAR_LIST_SUBJECT_DONE].flatMap((re) => [...text.matchAll(re)]);
    for (const y of yearLists) {
      const before = text.slice(Math.max(0, y.index - 6), y.index);
      const name = y[3].replace(/^为(?=民)/, "");
      if (NOT_YET_BEFORE.test(before) || /中|其中/.test(y[3]) || !new RegExp(`(?:^|[^\\d.])${y[1]}${y[2]}`).test(task)) continue;
      if (task.includes(name) || sharesName(name, task)) return { done: true, words: y[0] };
    }
  }
  if (task && !ongoing) {
    NAMED_TASK_DONE.lastIndex = 0;
    let n: RegExpExecArray | null;
    while ((n = NAMED_TASK_DONE.exec(text))) {
      const before = text.slice(Math.max(0, n.index - 6), n.index);
      const sentence = text.slice(boundary(text, n.index, /[。；;！!]/), n.index);
      if (!NOT_YET_BEFORE.test(before) && !EXCEPT.test(sentence) && task.includes(n[1]) && !notTheWhole(text, n.index, n[1], task, year)) return { done: true, words: n[0] };
    }
  }
  WHOLE_DONE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WHOLE_DONE.exec(text))) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (NOT_YET_BEFORE.test(before)) continue;
    // "除…外，其余项目均已完成": the exception may be this very task.
    if (EXCEPT.test(text.slice(boundary(text, m.index, /[。；;！!]/), m.index))) continue;
    // "45个事项中24个已提前完成全年任务": those items are done, not the task.
    const subject = text.slice(boundary(text, m.index, /[，,。；;！!]/), m.index);
    if (PART_COUNT.test(subject)) continue;
    // "9个项目已于6月20日全部完工": those nine are done, which may be some of the task's (the dated form names no whole).
    if (/^均?已于/.test(m[0]) && COUNTED.test(subject)) continue;
    // Hunt 15: "3个项目均已完成", "3个项目已全部完成" for 改造城区主干道5条: the things counted are done, and a count other
    // than the task's own says they are not all of the task's ("5条…均已完成" may be the whole; a task that counts nothing,
    // "全面完成…年度整改任务", may be "7项年度整改任务全面完成").
    const subjectCount = SUBJECT_COUNT.exec(subject);
    if (subjectCount && SUBJECT_COUNT.test(task) && !new RegExp(`(?:^|[^\\d.])${subjectCount[1]}\\s*${subjectCount[2]}`).test(task)) continue;
    // Round ae: "1—8月应竣工的33个项目已全部竣工" for 中盛家具项目年内竣工: a group of several done says nothing of one named
    // thing that may or may not be among them; a subject that names the task's thing ("一号楼等3栋已全部竣工") still answers.
    if (oneThing(task) && SEVERAL.test(subject) && !sharesName(subject, task)) continue;
    // Hunt 12: "污水处理厂配套管网已全部建成" for the plant: a part of the task's one thing.
    if (namesAPart(subject, task)) continue;
    // "房屋拆迁已全部完成": one step of the works done entirely, not the task (unless that step is the task).
    const step = STEP_WORDS.exec(subject);
    if (step && !task.includes(step[0])) continue;
    // "启动仪式已圆满完成" for 开展全民健身活动: the subject names another work than the task's (round 3).
    if (otherWork(subject, task)) continue;
    if (otherMeasures(subject, task)) continue;
    if (notTheWhole(text, m.index, "", task, year)) continue;
    // The words must close their clause: "已全部完成验收" finishes one step (验收), not the task.
    const after = text.slice(m.index + m[0].length);
    // An object that names the whole is fine: "圆满完成第五次经济普查各项工作", "全部完成年度任务".
    const clause = /^[^，。；,;！!]*/.exec(after)?.[0] ?? "";
    const closes = /^(?:了|的)?(?:$|[，。；,;！!）)\s、])/.test(after);
    // "已全部完成改造" for 完成全区学校食堂改造: the object is the task's own last act, so the whole of it.
    const ownAct = /^[\u4e00-\u9fa5]{2,4}$/.test(clause) && task.endsWith(clause) && !STEP_WORDS.test(clause);
    const whole = ownAct || /^(?:了|的)?(?:全年|年度)?(?:目标)?任务$/.test(clause) || /(?:各项|全部|所有)(?:工作|任务)(?:目标)?$/.test(clause);
    if (!closes && !whole) continue;
    if (ongoing) return { done: false, words: ongoingWords(text, ongoing) };
    return { done: true, words: m[0] };
  }
  return { done: false, words: ongoing ? ongoingWords(text, ongoing) : null };
}

/**
 * The words quoted for work still going on: a plan's date is quoted whole ("计划10月开工", not the "计划1" that
 * STILL_UNDER_WAY stops at), up to the end of its clause and at most eight characters more.
 */
function ongoingWords(text: string, ongoing: RegExpExecArray): string {
  if (!/\d$/.test(ongoing[0])) return ongoing[0];
  const rest = /^[^，。；,;！!]{0,8}/.exec(text.slice(ongoing.index + ongoing[0].length))?.[0] ?? "";
  return `${ongoing[0]}${rest}`;
}
