import { UnitEntry } from "../model";
import { parseChineseNumeral } from "../metrics/chineseNumerals";
import { endsCell, tidySpaces } from "./columnText";
import { LineLedger } from "./lineLedger";
import { BODY_END } from "../units/bodyNames";
import { countSections, SectionHeading } from "./sections";
import { headingLeader } from "./leaderTitles";
import { readHelpersPart, readUnitsPhrase, UnitsPhrase } from "./assignmentPhrase";
import { splitUnits } from "../units/splitUnits";
import { ImportedTask, ImportResult, importedTask } from "./types";

const CN = "一二三四五六七八九十";
const MAJOR = new RegExp(`^[${CN}]+、`);
const MINOR = new RegExp(`^[（(][${CN}]+[）)]`);
/** An item numbered in Arabic figures: "1、", "2.", "3．" (not a figure such as "2.5亿元"). */
const ARABIC_ITEM = /^\d{1,2}\s*[、.．](?!\d)/;
const PAGE_NUMBER = /^[—－-]\s*\d+\s*[—－-]$/;
/** Sections looking back at last year: their sentences report, they do not promise. */
const REVIEW = /回顾|过去一年|过去的一年|\d{4}\s*年工作(回顾|总结)/;
const RHETORIC = /^(各位代表|我们将|让我们|今年是|当前|刚刚|\d{4}\s*年是|一年来|回顾|同时|总之|实践证明)/;
const MEASURE_WORD = /(增长|提高|提升|下降|降低|突破|达到|超过|以上|以内|左右|新增|新建|完成|实施|培育|引进|建成|改造|争取|累计|控制在|不低于|不超过|力争|确保)/;
const ACTION_WORD =
  /(推进|实施|加快|建设|打造|开展|启动|完成|新建|改造|争创|创建|培育|引进|举办|落实|深化|提升|完善|实现|新增|推动|加强|强化|支持|力争|确保|健全|扩大|优化|做好|抓好|办好|保障|促进|构建|建立|整治|治理|保护|引导|争取|推广|盘活|提高|守牢|守住|防范|化解|坚持|发扬|树牢|用好|践行|压降|守好|严控|严格|巩固|拓展|用足|激活|聚焦|挖掘|守护|绘制|研究制定|突破|擦亮|对接|加大|弘扬)/;

/** A title naming a period gone by or a report on it ("前三季度…", "1-7月实施情况", "经济运行情况", "成绩单"). */
const PROGRESS_TITLE = /前三季度|上半年|下半年|[一二三四]季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|元至[一二三四五六七八九十]+月|截至|实施情况|运行情况|成绩单/;

/** Words an indicator's name ends in ("地区生产总值", "规模以上工业增加值", "社会消费品零售总额", "一般公共预算收入"). */
const INDICATOR = /(生产总值|增加值|固定资产投资|工业投资|零售总额|预算收入|财政收入|财政总收入|税收收入|可支配收入|进出口总额|出口总额|利用外资)/g;
/** What opens a clause before an indicator's name: the period, the place, the verb ("1至8月，全县累计完成"). */
const INDICATOR_LEAD = /^(?:元至[一二三四五六七八九十]+月|\d{1,2}\s*[-—–至]\s*\d{1,2}月份?|全县|全市|全区|全镇|全省|累计|已|完成|实现|预计)+/;
/** What opens the account of an item in a progress report ("完成率达145%", "已建成1处", "完成阶段目标任务的100%"). */
const REACHED = /^(?:完成率|已(?:建成|完成|开工|开始|竣工|全面完工|启动|投用|通车)|完成|开工建设|累计|建成|竣工)/;
/**
 * Words a name never opens or ends with: a period ("上半年已"), an adverb ("各项目基本"), a share of the works ("部分工作超额"
 * before 完成 says how many, not which: round ah); nor holds: a demand ("书记强调各项工作
 * 要确保按时" before 完成 is what is asked, round ad).
 */
const NOT_A_NAME = /^(?:上半年|下半年|前三季度|截至|今年|目前|全年|部分|少数|少數|个别|個別|多数|多數|大部分|大多数|绝大部分|絕大部分|各项|各項)|(?:已|正|正在|基本|全面|均|共|都)$|确保|务必|務必|力争|强调|強調|要求/;
/**
 * What can only be a result, never the target itself: 已… or a rate ("已建成1处", "完成率达145%"). Under a heading, where a
 * sentence that is no report stays the target's draft, only these open an item: "农村危房改造完成1000户" may be the target.
 */
const PAST = /^(?:已|完成率)/;
/** An item's name before its account: words and quotes only, no figure, list or clause inside. */
const ITEM_NAME = /^[\u4e00-\u9fa5“”"]{4,20}$/;

/** "其中：" opening the parts of a total ("其中：在建项目185项，…；计划新开工项目157项，…"). */
const LIST_OPENER = /^其中[：:，,]?/;
/** What only a result says: done, a rate of the plan, a cumulative figure ("已完成投资", "为年计划的72%", "累计完成投资1亿元"). */
const RESULT = /已|累计完成|完成率|[为占](?:年度?|全年)?计划(?:投资)?的|\d{1,2}\s*[-—–至]\s*\d{1,2}\s*月份?(?:累计)?完成/;
/** A kind of project and its count, as a report's part opens with it: "在建项目185项", "省重大项目4个". */
const NAME_COUNT = /^([\u4e00-\u9fa5“”]{2,16}?(?:项目|項目|工程|事项|事項))(\d+)\s*[个個项項]$/;
/** The count first: "4个农业水利设施项目完成投资15190万元", "137个项目为结转续建项目". */
const COUNT_NAME = /^(\d+)\s*[个個项項](?:项目为|項目為)?([\u4e00-\u9fa5“”]{2,16}?(?:项目|項目|工程|事项|事項))(?=完成|已|，|,|$)/;

/**
 * Kinds of project reported with their count (round q), else none: a report's part that opens with a kind and its count
 * and goes on with what it reached ("在建项目185项，总投资…，1-6月累计完成投资235.8亿元，为年计划投资的72%",
 * "4个农业水利设施项目完成投资15190万元，为年计划的60.76%", "137个项目为结转续建项目，…已完成投资82.13亿元").
 * A sentence's start opens such an item; its other ；-parts only after a "其中" (parts of a total), so "新建项目12个，已开工3个"
 * after a level's figures stays that level's account. A part that says no result (`RESULT`) opens nothing: "在建项目185项，
 * 年度计划投资327.53亿元" is the plan.
 */
function countedItems(body: string): { name: string; progress: string }[] {
  const out: { name: string; progress: string }[] = [];
  const open = (part: string, account = part): boolean => {
    // "1.农业项目3个，年计划投资5.4亿元，已完成投资3.4亿元" (round al): the kind numbered as a list numbers it.
    const text = part.trim().replace(LIST_OPENER, "").replace(ARABIC_ITEM, "").trim();
    if (!RESULT.test(account)) return false;
    const first = text.split(/[，,]/)[0];
    const counted = NAME_COUNT.exec(first);
    if (counted) {
      out.push({ name: first, progress: text.slice(first.length).replace(/^[，,]/, "").trim() });
      return true;
    }
    const countFirst = COUNT_NAME.exec(text);
    if (countFirst) {
      const name = /项目为|項目為/.test(countFirst[0]) ? `${countFirst[2]}（${countFirst[1]}个）` : countFirst[0];
      out.push({ name, progress: text.slice(countFirst[0].length).replace(/^[，,]/, "").trim() });
      return true;
    }
    return false;
  };
  for (const sentence of body.split(/[。！？]/).map((x) => x.trim()).filter(Boolean)) {
    // The parts of a total: from the first 其中 on, each ；-part may open an item, and when two or more do, the total before
    // them is their sum. One part after 其中 is a detail of what the sentence's start reports ("省重大项目4个，其中实施项目3个").
    const at = sentence.search(/(?:^|[，,：:])其中/);
    const before = out.length;
    if (at >= 0) for (const part of sentence.slice(at).replace(/^[，,：:]/, "").split(/[；;]/)) open(part);
    if (out.length - before >= 2 || (out.length > before && at === 0)) continue;
    out.length = before;
    // Else the sentence's start, with the whole sentence after it as its account.
    open(sentence.split(/[；;]/)[0], sentence);
    const last = out[out.length - 1];
    if (out.length > before && last) last.progress = sentence.slice(sentence.indexOf(last.name) + last.name.length).replace(/^[，,]/, "").trim();
  }
  return out;
}

/** The state a list of named projects is reported in ("已基本完成", "正在实施", "滞后", "完成年计划70%以上", "已開工"). */
const LIST_STATE = /^(?:还|還|均|都)?(?:部分[\u4e00-\u9fa5]{1,4}?(?=完工|竣工|建成|投用|开工|開工|完成))?(?:已|正在|处于|處於|完成|完工|竣工|建成|投用|滞后|滯後|(?:稳步|穩步|有序|顺利|順利)?(?:推进|推進)|进展|進展|尚未|未|基本|全面|提前|超额|超額)/;
/** A state that can only be a result, never a plan's target ("已开工", "正在实施", "滞后"): what a list needs outside a progress report. */
const PAST_STATE = /^(?:还|還|均|都)?(?:已|正在|处于|處於|滞后|滯後|尚未|提前(?:或超额)?完成|超额完成|完成了)/;
/**
 * A list's tail before its state: "等13个省市重点项目", "等项目", "等12個子項目", and (round ac) "等5项工作", "等事项" — 工作, 事项 or
 * 任务 right after 等 or its count, with no words between ("等5个单位工作推进有力" lists units, not work). A template's count
 * written as x ("等xx个农业项目", as 范文 leave their figures) is a count (272).
 */
const LIST_TAIL = /等(?:(?:[\d一二两兩三四五六七八九十百]+|[xX×]+)[个個项項件])?(?:[\u4e00-\u9fa5]{0,10}?(?:项目|項目|工程)|工作|事项|事項|任务|任務)?/;

/** How a place's or an office's name ends ("城关街道", "市住建局"): such a name before 等N个项目 is whose projects they are. */
const PLACE_OR_BODY_END = /(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|街道|村|社区|社區|局|委|办|辦)$/;

const CN_COUNT: Record<string, number> = { 两: 2, 兩: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** How a project's name ends, so a piece that does not ("马白镇木都底六" before "七组产业道路项目") goes on in the next. */
const PROJECT_END = /(项目|項目|工程|建设|建設|改造|整治|提升|修复|修復|道路|公路)$/;

/**
 * Projects named in a list closed by their count and a state, with no 等 ("A、B、C3个项目已在1个月内完成", round q): the
 * names, when after joining the pieces that end no project's name they are exactly as many as the count; else null. A
 * name may hold a 、 itself ("六、七组产业道路项目"); the count is what tells the names apart.
 */
function countedList(segment: string, state: RegExp): { name: string; progress: string }[] | null {
  const m = /^(.+、.+?)(\d+|[两兩二三四五六七八九十])\s*[个個项項](?:项目|項目|工程)?(.+)$/.exec(segment);
  if (!m || !state.test(m[3])) return null;
  const count = /\d/.test(m[2]) ? Number(m[2]) : CN_COUNT[m[2]];
  const names = m[1].split("、").map((x) => x.trim());
  for (let k = 0; k < names.length - 1 && names.length > count; ) {
    if (PROJECT_END.test(names[k])) k++;
    else names.splice(k, 2, `${names[k]}、${names[k + 1]}`);
  }
  if (names.length !== count || names.some((x) => !PROJECT_END.test(x))) return null;
  return names.map((name) => ({ name, progress: m[3].trim() }));
}

/**
 * Projects named after their count and kind, then said to be in one state together (round ag): "今年新增的4个市重点建设项目
 * A、B、C、D均已开工" — each name an item with the state (已开工). Only when the names are exactly as many as the count and
 * the state is one only a result says (均已…/都已…/全部已…): "4个项目A、B、C、D均计划年内开工" is a plan, and a count the
 * names do not match ("10个项目A、B等") is no such list.
 */
function countThenNames(segment: string): { name: string; progress: string }[] | null {
  const m = /(\d+|[两兩二三四五六七八九十])\s*[个個项項件][^、，,。]{0,12}?(?:项目|項目|工程|实事|實事|事项|事項)(.+、.+?)(?:均|都|全部)(已[^，,。；;]+)$/.exec(segment);
  if (!m) return null;
  const count = /\d/.test(m[1]) ? Number(m[1]) : CN_COUNT[m[1]];
  const names = m[2].split("、").map((x) => x.trim());
  if (names.length !== count || names.some((x) => x.length < 4 || /[：:\d]/.test(x))) return null;
  return names.map((name) => ({ name, progress: m[3].trim() }));
}

/**
 * Projects named in a list under the state they are in (round q), else none: "A、B、C等13个省市重点项目完成年计划70%以上",
 * "…中，A、B等26个项目滞后", "A、B等项目正在实施" (two or more names apart by 、 before 等), and "两个子项目已完工，分别是A和B".
 * Each named project is an item with the state as its progress. Names with no 等 after them (units that did well) are
 * no such list, nor a list whose words after 等 say no state.
 */
function listedStateItems(body: string, strict = false): { name: string; progress: string }[] {
  const out: { name: string; progress: string }[] = [];
  const state = strict ? PAST_STATE : LIST_STATE;
  for (const clause of body.split(/[。；;！？]/).map((x) => x.trim()).filter(Boolean)) {
    const namedAfter = /([^，,]*?)((?:已|正在)[^，,]{1,8})[，,]\s*分[别別]是(.+)$/.exec(clause);
    if (namedAfter && /[个個项項]/.test(namedAfter[1]) && state.test(namedAfter[2])) {
      for (const name of namedAfter[3].split(/和|、|及/).map((x) => x.trim()).filter((x) => x.length >= 4)) out.push({ name, progress: namedAfter[2] });
      continue;
    }
    // The list just read: a clause after it opening with one of its names and a state of its own ("其中A主体已完工") says
    // where that one stands, narrower than the list's shared state (272).
    let listed: { name: string; progress: string }[] = [];
    for (const raw of clause.split(/[，,]/)) {
      const segment = raw.trim().replace(LIST_OPENER, "");
      const named = listed.find((item) => segment.startsWith(item.name) && PAST_STATE.test(segment.slice(item.name.length).replace(/^(?:主体|主體)(?:工程)?/, "")));
      if (named) {
        named.progress = segment.slice(named.name.length);
        continue;
      }
      const namedAfterCount = countThenNames(segment);
      if (namedAfterCount) {
        out.push(...namedAfterCount);
        continue;
      }
      const counted = countedList(segment, state);
      if (counted) {
        out.push(...counted);
        continue;
      }
      const tail = LIST_TAIL.exec(segment);
      if (!tail) continue;
      const said = segment.slice(tail.index + tail[0].length).trim();
      if (!state.test(said)) continue;
      const before = segment.slice(0, tail.index);
      // One project named for its kind ("自贡5G创新应用产业园等3个项目已开工", "A等项目进展较快", round ai): the state said of
      // all of them is said of it. Only in a progress report, with 项目 or 工程 after 等 (a list of units, "A等5个单位", is
      // none) and a name that reads as a project's (no figure or count opening it, no colon).
      if (!before.includes("、")) {
        if (!strict && /项目|項目|工程/.test(tail[0]) && before.trim().length >= 4 && !/^\d|^[（(]|[：:，,]/.test(before.trim()) && !PLACE_OR_BODY_END.test(before.trim()) && !NOT_A_NAME.test(before.trim()))
          out.push({ name: before.trim(), progress: said });
        continue;
      }
      const names = before.split("、").map((x) => x.trim());
      if (names.length < 2 || names.some((x) => x.length < 2 || /[：:]/.test(x))) continue;
      const first = out.length;
      for (const name of names) out.push({ name, progress: said });
      listed = out.slice(first);
    }
  }
  return out;
}

/**
 * The items of a progress report's paragraph and what each reached (round o), else none:
 * - "一是高速公路建设。京津塘二线…完成98%…": the item in a sentence of its own after 一是, the rest its account;
 * - indicator results, two or more to a paragraph that names the period they cover ("元至九月，全县完成生产总值56.7亿，增长
 *   7.5%；地方公共财政预算收入4.47亿元…"): each indicator with the figures after its name;
 * - a clause opening with an item's name and what it reached ("农村安全饮水工程已建成1处，开工建设3处", "农村黑臭水体治理
 *   完成率50%"): the item, and the clauses after it up to the next item its account. A name listing several items
 *   (、), holding a figure, or followed by words that reach nothing ("总体顺利") opens no item.
 */
/**
 * A purpose clause opening an account: "为保障项目建设可持续，" (为 and what for, up to the first comma); not 为民办实事 (a
 * name), 为期 (a span) or 为此 (a connective).
 */
const PURPOSE_CLAUSE = /^(为(?!民|期|此|主)[^，,。；;]{2,30})[，,]/;

/**
 * "一是A。…；二是B。…。三是C。…" in one paragraph (round ao): the parts in their order, each opening with the next 是 after a stop.
 * A "二是" out of order (a quote, "一是…二是…" inside a clause) cuts nothing.
 */
function countedParts(body: string): string[] {
  if (!/^一是/.test(body)) return [body];
  const parts: string[] = [];
  let from = 0;
  let next = 2;
  const stops = /[。；;]/g;
  let m: RegExpExecArray | null;
  while ((m = stops.exec(body))) {
    const word = `${CN[next - 1] ?? ""}是`;
    if (next <= CN.length && body.startsWith(word, m.index + 1)) {
      parts.push(body.slice(from, m.index + 1));
      from = m.index + 1;
      next++;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

function reportedItems(body: string): { name: string; progress: string; aim?: string }[] {
  const parts = countedParts(body);
  if (parts.length > 1) {
    const items = parts.map((part) => reportedItems(part.replace(/[；;]$/, "。")));
    if (items.every((found) => found.length === 1)) return items.flat();
  }
  // Round aq: the lead may be two short clauses ("一是高位谋划，强化组织领导。成立…领导小组").
  const lead = /^[一二三四五六七八九十]+是([^。，；！？]{2,20}|[^。，,；！？]{2,10}[，,][^。，,；！？]{2,10})。(.+)$/.exec(body);
  if (lead) {
    // "为完善县域水网、提升防洪减灾能力，持续推进…，截至…累计完成…" (271): the purpose clause opening the account is what the
    // work is for, its target, not where it stands.
    const aim = PURPOSE_CLAUSE.exec(lead[2].trim());
    return [aim ? { name: lead[1].trim(), progress: lead[2].trim().slice(aim[0].length), aim: aim[1] } : { name: lead[1].trim(), progress: lead[2].trim() }];
  }
  const clauses = body.split(/[。；;]/).map((c) => c.trim()).filter(Boolean);
  if (/元至[一二三四五六七八九十]+月|\d{1,2}\s*[-—–至]\s*\d{1,2}\s*月|上半年|前三季度|截至/.test(body)) {
    const indicators = clauses.flatMap((clause) => {
      const found = [...clause.matchAll(INDICATOR)].filter((m) => /^(?:同比)?(?:完成|实现|达到|分别达到)?\s*(?:\d|增长|下降)/.test(clause.slice(m.index! + m[0].length)));
      const m = found[found.length - 1];
      if (!m) return [];
      const end = m.index! + m[0].length;
      const start = Math.max(clause.lastIndexOf("，", m.index!), clause.lastIndexOf(",", m.index!)) + 1;
      const name = clause.slice(start, end).replace(INDICATOR_LEAD, "");
      const progress = clause.slice(end).replace(/^(?:完成|实现)/, "").trim();
      return ITEM_NAME.test(name) ? [{ name, progress }] : [];
    });
    if (indicators.length >= 2) return indicators;
  }
  return [];
}

/**
 * The items a sentence of a progress report opens with what each reached (see `reportedItems`), else none; `strict`
 * (under a heading) takes only accounts that can be nothing but a result (`PAST`).
 */
function clauseItems(sentence: string, strict = false): { name: string; progress: string }[] {
  const out: { name: string; progress: string }[] = [];
  for (const part of sentence.split(/[。；;]/).map((c) => c.trim()).filter(Boolean)) {
    let current: { name: string; progress: string } | null = null;
    for (const clause of part.split(/[，,]/).map((c) => c.trim().replace(LIST_OPENER, "")).filter(Boolean)) {
      let opened = false;
      for (let p = 2; p < clause.length && p <= 20; p++) {
        const name = clause.slice(0, p);
        const rest = clause.slice(p);
        if (ITEM_NAME.test(name) && !NOT_A_NAME.test(name) && REACHED.test(rest) && /^已|\d|完工|竣工|投用|通车|完成/.test(rest) && !/^完成情[况況]/.test(rest) && (!strict || PAST.test(rest))) {
          current = { name, progress: rest };
          out.push(current);
          opened = true;
          break;
        }
      }
      if (!opened && current) current.progress += `，${clause}`;
    }
  }
  return out;
}

/**
 * What round q's readers find in a paragraph, sentence by sentence (kinds of project with their count, in a progress report
 * only; projects named in a list under a state, anywhere but outside a progress report only with a state that can be
 * nothing but a result), and the paragraph without the sentences they were found in: the rest reads as before, so nothing
 * found before is lost.
 */
function freshItems(body: string, progressDoc: boolean): { items: { name: string; progress: string }[]; rest: string } {
  const items: { name: string; progress: string }[] = [];
  let rest = "";
  for (const sentence of body.match(/[^。！？]+[。！？]?/g) ?? []) {
    const projects = progressDoc ? projectStateClauses(sentence) : null;
    const found = projects ?? [...(progressDoc ? [...countedItems(sentence), ...quotedStateItems(sentence)] : []), ...listedStateItems(sentence, !progressDoc)];
    if (found.length) items.push(...found);
    else rest += sentence;
  }
  return { items, rest: rest.trim() };
}

/** A project's name opening a clause: words only, closed by 项目/工程 or a phase ("市东风污水处理厂二期"). */
const PROJECT_NAME = /^([\u4e00-\u9fa5“”"]{4,30}?(?:项目|項目|工程|[一二三四]期))(.+)$/;
/** What a project has reached, within the first words after its name ("安装完成2条生产线", "8月份地板生产线正式上线", "主体封闭"). */
const PROJECT_STATE = /进行|完成|建成|开工|投产|主体|安装|上线|竣工|完工|启动|进场|施工|签订|批复|投用|运营|封顶|封闭/;

/**
 * Projects listed one a clause with the state each is in (round w): "其中：A项目安装完成2条生产线；B项目正在进行设备安装；
 * C项目8月份…正式上线；…" — three or more clauses separated by ；, each opening with a project's name (closed by 项目/工程 or
 * a phase) right before what it reached, make one item a clause; a clause listing several projects (、…等项目) is read as
 * round q's lists are. Null when fewer than three clauses have that shape, or when what follows a name is a count
 * ("计划新开工项目157项") or names no state (a plan's "A项目计划投资5亿元").
 */
function projectStateClauses(sentence: string): { name: string; progress: string }[] | null {
  const clauses = sentence.replace(/[。！？]$/, "").split(/[；;]/).map((c) => c.trim().replace(LIST_OPENER, "").trim()).filter(Boolean);
  if (clauses.length < 3) return null;
  const read = clauses.map((clause) => {
    const m = PROJECT_NAME.exec(clause);
    if (!m || NOT_A_NAME.test(m[1]) || /^\d+\s*[项个件宗]/.test(m[2]) || !PROJECT_STATE.test(m[2].slice(0, 14))) return null;
    return { name: m[1], progress: m[2].replace(/^[，,：:]/, "").trim() };
  });
  if (read.filter(Boolean).length < 3) return null;
  return clauses.flatMap((clause, k) => read[k] ?? listedStateItems(clause));
}

/**
 * A project or target named in quotes right before the state it is in (round v): "“提高城乡低保…标准”项目已完成全年任务" —
 * the quoted name is the item, the clause from the state on its progress. Only a state that can be nothing but a result
 * (`PAST_STATE`) right after the quote (or after 项目/工程 closing it): "“放管服”改革持续深化" names no item.
 */
function quotedStateItems(sentence: string): { name: string; progress: string }[] {
  const out: { name: string; progress: string }[] = [];
  // Round ax: a task quoted as the report wrote it, then a colon and what became of it ("“坚决打好三大攻坚战”的任务：三大攻坚
  // 战取得决定性成果…"): the quote is the task, the sentence after the colon its account.
  const answered = QUOTED_TASK_ANSWERED.exec(sentence.trim());
  if (answered && !PLANNED.test(answered[2].trim())) return [{ name: answered[1].trim(), progress: answered[2].trim() }];
  for (const m of sentence.matchAll(/“([^“”]{4,40})”(?:项目|項目|工程)?([^，,；;。！？]*)/g)) {
    if (PAST_STATE.test(m[2])) out.push({ name: m[1].trim(), progress: m[2].trim() });
  }
  return out;
}

/** "“…”的任务：…" / "“…”目标：…": a task quoted at the sentence's opening, answered after the colon. */
const QUOTED_TASK_ANSWERED = /^“([^“”]{4,40})”(?:的)?(?:任务|任務|目标|目標|工作|事项|事項|要求|承诺|承諾)?[：:](.{4,})$/;

/** What a plan or forecast says, never where a project stands now: its clause and those after it are no progress. */
const PLANNED = /^(?:预计|預計|计划|計劃|拟|擬|将|將|力争|力爭|争取|爭取|确保|確保|年内|年底前|下一步)/;
/** A clause opening with a project's name closed by 项目/工程/a phase ("张桥港原位控藻工程河底护底施工中"); brackets and · may stand in it. */
const CLOSED_NAME = /^([\u4e00-\u9fa5“”"·（）()\-—]{4,40}?(?:项目|項目|工程|[一二三四]期))(.+)$/;
/** A clause opening with a name and then the word that says where it stands now ("华盛苑二期安置房正进行基础施工", "X系统正在深化方案"). */
const NAME_THEN_NOW = /^([\u4e00-\u9fa5“”"·（）()\-—]{4,30}?)(正在|正进行|正進行|已经|已經|已)(.+)$/;
/** A name, then how it goes on, then in the next clause what it has done ("小溪港流域水生态修复按序推进，已完成南区绿化施工"). */
const NAME_GOES_ON = /^([\u4e00-\u9fa5“”"·（）()\-—]{4,30}?)(?:按序|有序|稳步|穩步|加快|顺利|順利|积极|積極|全面)推进$/;
/** A result figure right after a name ("资助473人次", "完成20%"), as opposed to a plan's money or size ("总投资5亿元", "占地30亩"). */
const RESULT_FIGURE = /^(?!总投资|總投資|投资|投資|计划|計劃|年度|占地|佔地|面积|面積|规模|規模|预计|預計|拟|擬)[\u4e00-\u9fa5]{0,4}\d+(?:\.\d+)?\s*(?:%|％|[人户戶家个個次处處套所座条條台吨噸亩畝名间間]|万|萬|亿|億|公里|千米|米|平方)/;

/** A stage of a project's works written as 工程 ("土方工程", "主体工程"): a state said of the project, not the end of its name. */
const WORKS_STAGE = /(?:土方|主体|主體|基础|基礎|桩基|樁基|装修|裝修|装饰|裝飾|绿化|綠化|附属|附屬|土建|安装|安裝)工程$/;

/** The clauses of an account from its first on, up to the first that plans or forecasts ("预计年内完工"). */
function untilPlanned(clauses: string[]): string {
  const end = clauses.findIndex((c) => PLANNED.test(c.trim()));
  return clauses.slice(0, end < 0 ? clauses.length : end).map((c) => c.trim()).filter(Boolean).join("，");
}

/**
 * A progress report's paragraph that tells its projects one a sentence (or a ；-clause), each opening with the project's
 * name and where it stands (round ag): "生态环境项目优先推进。张桥港原位控藻工程河底护底施工中；小溪港流域水生态修复按序推进，
 * 已完成南区绿化施工。…华盛苑二期安置房正进行基础施工…" — each such clause an item, its clauses up to a planned one its progress.
 * A sentence naming a kind of project and how it goes ("生态环境项目优先推进", "交通出行项目进展顺利") says no state and opens
 * none: it heads the projects after it. Taken when three or more clauses are items, or when the paragraph is one project's
 * sentence ("大气精准治理项目于1月顺利完工并投入使用。"); else null, and the paragraph reads as before. A clause whose first words plan
 * ("A项目预计年底完工", "B工程计划投资5亿元") is no item.
 */
function projectAccounts(body: string): { name: string; progress: string }[] | null {
  const items: { name: string; progress: string }[] = [];
  // A report's title on a line of its own ("武进区重大项目1-3月推进情况") names the report, not a project.
  if (REPORT_TITLE.test(body.trim())) return null;
  const pieces = body.split(/[。；;！？]/).map((c) => c.trim().replace(LIST_OPENER, "").trim()).filter(Boolean);
  let read = 0;
  for (const piece of pieces) {
    const clauses = piece.split(/[，,]/);
    const first = clauses[0].trim();
    let item: { name: string; progress: string } | null = null;
    const now = NAME_THEN_NOW.exec(first);
    const closed = CLOSED_NAME.exec(first);
    const goesOn = NAME_GOES_ON.exec(first);
    if (now && !NOT_A_NAME.test(now[1]) && !/[、]/.test(now[1])) {
      item = { name: now[1], progress: untilPlanned([now[2] + now[3], ...clauses.slice(1)]) };
    } else if (closed && !NOT_A_NAME.test(closed[1]) && !PLANNED.test(closed[2]) && (PROJECT_STATE.test(closed[2].slice(0, 14)) || RESULT_FIGURE.test(closed[2]))) {
      item = { name: closed[1], progress: untilPlanned([closed[2], ...clauses.slice(1)]) };
    } else if (goesOn && !NOT_A_NAME.test(goesOn[1]) && clauses.length > 1 && /^(?:已|正在)/.test(clauses[1].trim())) {
      item = { name: goesOn[1], progress: untilPlanned(clauses.slice(1)) };
    }
    // A stage of the works closing the name ("…支路土方工程完成20%", "…中心主体工程已封顶") is where the project stands, not its name.
    const stage = item ? WORKS_STAGE.exec(item.name) : null;
    if (item && stage && stage.index >= 4) item = { name: item.name.slice(0, stage.index), progress: stage[0] + item.progress };
    // "现将…项目完成情况公示如下" announces the report; "A项目完成情况" names a report's part: neither is a project's state.
    if (item && (/^(?:现将|現將|将|將)/.test(item.name) || /^(?:完成|进展|進展|推进|推進|落实|落實)?情[况況]/.test(item.progress))) item = null;
    if (item && item.progress && !/^\d+\s*[项个件宗]/.test(item.progress)) {
      items.push(item);
      read++;
    }
  }
  // Three or more, as round w asks of a list of clauses (two clauses are too few to tell a list), or a paragraph that is one
  // project's sentence (under "（一）1个项目提前完成年度目标任务。").
  return items.length >= 3 || (pieces.length === 1 && read === 1) ? items : null;
}

/**
 * A report's part named by the kind of account it gives, not by a work (260): "一、重点在建项目投资完成情况", "二、重点前期项目
 * 工作进展情况", "三、存在问题", "四、下步工作计划". Such a heading is a section of the report; the tasks are the projects its
 * paragraphs name.
 */
const ACCOUNT_PART = /(?:完成|进展|進展|推进|推進|落实|落實|实施|實施)情[况況]$|^(?:存在(?:的)?(?:主要)?问题|存在(?:的)?(?:主要)?問題|主要问题|困难和问题|问题和不足|下[一]?步(?:工作)?(?:计划|打算|安排|計劃))$/;
/** A part that tells what goes wrong: the projects it names as examples are tasks, the problem their state. */
const PROBLEM_PART = /问题|問題|不足|困难|困難/;

/** A major heading's words without its number and closing mark ("三、存在问题。" → "存在问题"). */
function majorWords(text: string): string | null {
  if (!MAJOR.test(text)) return null;
  const words = text.replace(MAJOR, "").trim().replace(/[。：:]$/, "");
  return /[。；;，,]/.test(words) ? null : words;
}

/**
 * Projects a report's problem names as its examples (260): "如A、B、C等工程进展相对偏慢" — each name a task, what is said after
 * 等… its problem; "部分项目…工程进度受到影响，如A等项目" — said before 如, the problem is the clause(s) before it (the
 * "部分项目" that the examples stand for left off). 如 opens the examples only at a sentence's or clause's start ("未如期开工等"
 * names none), and a plan said of them ("如A等项目将于年底开工") is no problem and opens none.
 */
function problemExamples(text: string): { name: string; problem: string }[] {
  const out: { name: string; problem: string }[] = [];
  for (const sentence of text.replace(MINOR, "").split(/[。！？]/).map((x) => x.trim()).filter(Boolean)) {
    const m = /^(?:(.*?)[，,：:]\s*)?(?:例如|比如|如)[：:]?([^，,；;。]+?)等(?:[\u4e00-\u9fa5]{0,6}?(?:项目|項目|工程|单位|單位|事项|事項))?(.*)$/.exec(sentence);
    if (!m) continue;
    const names = m[2].split("、").map((x) => x.trim());
    if (names.some((x) => x.length < 3 || x.length > 40 || /\d{3}|[：:]/.test(x))) continue;
    const after = m[3].replace(/^[，,]/, "").trim();
    const problem = after || (m[1] ?? "").replace(/^(?:部分|个别|個別|一些)(?:项目|項目|工程|单位|單位)?/, "").replace(/[，,]$/, "").trim();
    if (!problem || PLANNED.test(problem)) continue;
    for (const name of names) out.push({ name, problem });
  }
  return out;
}

/**
 * A progress report whose parts are named by their account (260): a heading naming an account ("…完成情况", "…进展情况",
 * "存在问题") over paragraphs that name projects — told one a clause with where each stands (`projectAccounts`), or named
 * as a problem's examples. Such a report reads as report prose, its headings sections; a list whose headings are works
 * with their account ("一、X公园建设项目完成情况" over that project's own paragraph) names no projects under them and stays
 * a list, as does a plan whose parts are 工作目标 / 重点任务.
 */
export function accountPartsReport(lines: readonly string[]): boolean {
  const text = lines.map((l) => l.trim()).filter(Boolean);
  let inAccount = false;
  let problemPart = false;
  let accountHeadings = 0;
  let named = 0;
  for (const line of text) {
    const words = majorWords(line);
    if (words !== null) {
      inAccount = ACCOUNT_PART.test(words);
      problemPart = inAccount && PROBLEM_PART.test(words);
      if (inAccount) accountHeadings++;
      continue;
    }
    if (!inAccount) continue;
    if (problemPart) named += problemExamples(line).length;
    else named += projectAccounts(line.replace(MINOR, ""))?.length ?? 0;
  }
  return accountHeadings >= 2 && named >= 3;
}

/** A numbered item of a report: a short name closed by 。 and its account ("1、环洞庭湖土地综合整治（一期）。…目前…"). */
const NUMBERED_NAMED = /^(\d{1,2})\s*[、.．]\s*([^。，,；;：:\d]{2,24})。(.+)$/;
/** Where an item stands now: a clause opening with 目前/当前/现已 and saying a state. */
const NOW_CLAUSE = /^(?:截至)?(?:目前|当前|當前|现已|現已)[，,]?(.*)$/;

/**
 * A report's numbered item named in a sentence of its own, whose account says where it stands now (round ag): "1、环洞庭湖
 * 土地综合整治（一期）。…该项目分三期实施，目前我市一期工程已全面启动，主要涉及…" — the name the item, numbered as written,
 * and the 目前 clause with those after it, up to a planned one, its progress ("目前主体工程正在施工，预计年内完工" →
 * 主体工程正在施工). A clause after 目前 that says no state (目前计划…, 目前拟…) is none, and an item without one is read as before.
 */
function numberedNow(body: string): { id: string; name: string; progress: string } | null {
  const m = NUMBERED_NAMED.exec(body);
  if (!m) return null;
  for (const sentence of m[3].split(/[。；;！？]/)) {
    const clauses = sentence.split(/[，,]/).map((c) => c.trim());
    const at = clauses.findIndex((c) => NOW_CLAUSE.test(c));
    if (at < 0) continue;
    const said = NOW_CLAUSE.exec(clauses[at])![1];
    const rest = said ? [said, ...clauses.slice(at + 1)] : clauses.slice(at + 1);
    if (!rest.length || PLANNED.test(rest[0]) || !/已|正在|正|尚未|仍在|仍/.test(rest[0])) continue;
    const progress = untilPlanned(rest);
    if (progress) return { id: m[1], name: m[2].trim(), progress };
  }
  return null;
}

/** A lead sentence: a short name closed by 。 (after a number 1、/（一） if any), with no clause or figure inside. */
const LEAD_SENTENCE = /^(?:\d{1,2}\s*[、.．]\s*|[（(][一二三四五六七八九十]+[）)]\s*)?([^。，,；;：:！？\d]{2,20})。(.+)$/;
/** An account that reports what was done: a result word, or a state now (目前, 截至…). */
const ACCOUNT_DONE = /已|累计|累計|截至|截止|目前|完成|建成|竣工|完工|投产|投產|开工|開工|签约|簽約|滞后|滯後|缓慢|緩慢|尚未|(?:上半年|前三季度|[一二三四]季度|\d{1,2}\s*[-—–至]\s*\d{1,2}\s*月)[^。；;]{0,16}?(?:增长|增長|下降|实现|實現|达到|達到)|(?:新增|新建|发放|發放|培训|培訓|帮扶|幫扶|接待|办结|辦結|受理)[^，,。；;]{0,10}?\d/;
/** A part of a report that plans (下半年工作计划, 下一步工作打算, 下半年工作设想): its items are plans, never progress. */
const PLAN_PART = /下半年|下一步|下步|明年|[计計]划|打算|设想|設想|思路|安排/;
/** A paragraph after an item's account saying what comes next, or what holds it back. */
const NEXT_STEPS = /^下[一]?步(?:工作)?(?:措施|打算|计划|計劃|安排|举措|舉措)?[：:]\s*/;
const PROBLEMS = /^(?:存在(?:的)?(?:主要)?(?:问题|問題|困难|困難)(?:是|為|为)?|主要(?:问题|問題))[：:]\s*/;
/** The same written as a sentence (round ao): "下一步，我局将…", "但工作中还存在资金缺口大等问题…". */
const NEXT_STEPS_SENTENCE = /^下[一]?步(?:工作中)?[，,]/;
const PROBLEMS_SENTENCE = /^(?:同时|但|但是)?[，,]?(?:工作中|目前|当前)?[，,]?(?:还|仍|也)?存在(?:的)?(?:着)?/;

/**
 * A lead sentence over what was done (round al): "（一）三大产业凸显特色。加大招商引资力度，…到位资金6630万元；…",
 * "2.工业项目。区新材料产业园标准厂房项目主体已完工…", "x公路。截至目前共完成路基土石方37万立方米…" — in a progress account the
 * lead is the item and the rest of the paragraph what it reached. An account that reports nothing done (只说要做的), a lead
 * that is a time or a share (上半年。/ 部分工作。) or a planned account (预计…, 计划…) gives none.
 */
/** A works' name: what is built or rebuilt ("x公路", "高速公路连接线", "城区防洪堤", "城南片区改造"). */
const WORKS_NAME = /(?:项目|項目|工程|公路|道路|连接线|連接線|大桥|大橋|桥梁|橋樑|隧道|堤|水库|水庫|学校|學校|医院|醫院|幼儿园|幼兒園|场馆|場館|小区|小區|片区|片區)(?:改造|建设|建設)?$/;
const ESTIMATE = /^(?:预计|預計)(?:上半年|前三季度|[一二三四]季度|\d{1,2}\s*[-—–至]\s*\d{1,2}\s*月)/;
/** A numbered lead of two to four short clauses closed by 。, no figure inside ("1、精诚担当，砥砺奋进，稳步推进项目建设。"). */
const CLAUSED_LEAD = /^(?:\d{1,2}\s*[、.．]\s*|[（(][一二三四五六七八九十]+[）)]\s*)((?:[^。，,；;：:！？\d]{2,10}[，,]){1,3}[^。，,；;：:！？\d]{2,16})。(.+)$/;
const YEAR_ESTIMATE = /^(?:全年)?(?:预计|預計)(?:全年)?/;
/** A part heading naming the account of one year in a 总结 that also plans ("一、2023年工作总结", "一、2014年度工作总结"). */
const YEAR_ACCOUNT_HEADING = /\d{4}\s*年度?工作(?:总结|總結)$/;
/** Whether a part is the account of a year gone by in a 总结 that also plans (not a 政府工作报告's 回顾). */
export function yearAccountPart(title: string, heading: string): boolean {
  return SUMMARY_TITLE.test(title) && !/政府工作报告|政府工作報告/.test(title) && YEAR_ACCOUNT_HEADING.test(heading.replace(/[。：:]$/, "").trim());
}
export function leadOverAccount(body: string, next = "", yearGone = false): { name: string; progress: string } | null {
  // In a year's account a numbered lead often runs to two or three short clauses ("1、担当实干，稳步推进项目建设。").
  const m = LEAD_SENTENCE.exec(body.trim()) ?? (yearGone ? CLAUSED_LEAD.exec(body.trim()) : null);
  if (!m) return null;
  const name = m[1].trim();
  const account = m[2].trim();
  // "街道民生实事项目方面。" names a kind of work (round ac reads it), "一是…。" is round o's.
  // "预计上半年…累计完成…" estimates what a period gone by reached: an account, not a plan; so does "全年预计完成…" in the
  // account of a year gone by (一、2014年工作总结), written before its last figures were in.
  const estimate = ESTIMATE.test(account) || (yearGone && YEAR_ESTIMATE.test(account));
  const opening = account.replace(/^(?:截至|截止)?目前[，,]?/, "");
  if (NOT_A_NAME.test(name) || /方面$/.test(name) || /^[一二三四五六七八九十]+是/.test(name) || (PLANNED.test(opening) && !estimate)) return null;
  // What was done is said outside planned clauses: "为2022年中央投资项目，预计2024年竣工" reports nothing done.
  const said = account.split(/[，,；;。]/).filter((c) => !PLANNED.test(c.trim()) || ESTIMATE.test(c.trim()) || (yearGone && YEAR_ESTIMATE.test(c.trim()))).join("，");
  // An account that says nothing done is still the item's when its problems or next steps follow it ("存在问题是：…").
  if (!ACCOUNT_DONE.test(said) && !PROBLEMS.test(next.trim()) && !NEXT_STEPS.test(next.trim())) return null;
  // Projects listed under a shared state ("A、B等2个项目已完工") are round q's items, each with its state — unless the account
  // goes by kinds of work ("市政道路方面，建成A、B等8个项目…；民生工程方面，…"): the names are then its account, counted by kind.
  // Works the account lists as its items (listedWorks) are read from the lead by its caller.
  if (listedStateItems(account).length && (account.match(/方面[，,]/g) ?? []).length < 2 && !listedWorks(account).length) return null;
  // Not numbered, only a works' name leads its account ("城区防洪堤。征地…已基本完成"): an unnumbered short sentence opening
  // a paragraph is as often its topic ("培育梯次强企方阵。"), with the sentences after it read as before.
  // Round ap: nor does a sentence saying how a field of work went, its subject then a predicate of result ("农业生产稳中有进。",
  // "项目建设取得新进展。", "现代农业进入新阶段。") — a report's lead over its account, where a topic or a plan ("培育梯次强企方阵。",
  // "加快推进项目建设。") opens with its verb.
  if (!/^(?:\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十]+[）)])/.test(body.trim()) && !WORKS_NAME.test(name) && !RESULT_LEAD.test(name)) return null;
  return { name, progress: account };
}

/** A subject (two or more characters) then a predicate saying how it went: what a review's unnumbered lead sentence is. */
const RESULT_LEAD = /^[\u4e00-\u9fa5]{2,10}?(?:(?:实现|取得|迈上|迈出|开创|呈现|进入|跨上|踏上|展现)新[\u4e00-\u9fa5]{1,3}|稳中有进|稳中向好|稳中有升|稳步(?:推进|提升|增长|发展|提高)|持续(?:向好|改善|提升|增强|优化)|成效(?:明显|显著|初显)|明显(?:改善|提升|增强)|(?:较快|快速|平稳)(?:增长|发展|运行)|形势(?:喜人|良好|向好)|进展顺利|有力(?:提升|推进))$/;

/** Where a works' state clause opens with the time it speaks of ("上半年，…"). */
const OPENING_TIME = /^(?:上半年|今年以来|今年|年初以来|[一二三四]季度|前三季度|\d{1,2}\s*[-—–至]\s*\d{1,2}\s*月)[，,]\s*/;
/** Works named (…项目/…工程, several joined by 、) then where they stand ("均已基本完工", "主体已建设完毕", "有序推进，已签约…"). */
const WORKS_STATE = /^((?:[^，,；;。、]{2,30}?(?:项目|工程)(?:主体(?:工程)?)?、)*[^，,；;。、]{2,30}?(?:项目|項目|工程))[，,]?((?:均|都|现|目前)?(?:主体)?(?:已|正在|即将|基本)[^；;。]*|(?:顺利|有序|加快|稳步)推进[，,](?:现|目前)?已[^；;。]*)$/;

/**
 * Named works a lead's account lists as its items (round ap): "项目建设取得新进展。坚持以项目为中心推动建设。上半年，A工程主体、
 * B工程均已基本完工；C项目已建成投用；D项目已完成招标，即将开工。E项目有序推进，已签约…" — each work with its state, when
 * every sentence of the account is such a list or a lead-in with no figure and nothing done, and two works or more are named.
 * An account that counts (农业项目3个，已完成投资…) or tells what was done in its own words keeps its works inside it.
 */
function listedWorks(account: string): { name: string; progress: string }[] {
  const works: { name: string; progress: string }[] = [];
  for (const sentence of account.split("。").map((x) => x.trim()).filter(Boolean)) {
    const clauses = sentence.replace(OPENING_TIME, "").split(/[；;]/).map((c) => c.trim()).filter(Boolean);
    const read = clauses.map((c) => WORKS_STATE.exec(c));
    if (read.every(Boolean)) {
      for (const m of read) for (const name of m![1].split("、")) works.push({ name: name.replace(/主体(?:工程)?$/, "").trim(), progress: m![2].trim() });
      continue;
    }
    // A lead-in ("坚持以项目为中心推动建设") says how, not what: anything else makes the account the lead's own.
    if (/\d|已|完成|建成|竣工|完工/.test(sentence)) return [];
  }
  return works.length >= 2 ? works : [];
}

/**
 * A part heading, not a work: what the part is (工作开展情况, 总体进展概述, 工作开展方面, 五年工作总结, 下一步工作打算, 存在问题).
 * A work's heading names the work and, often, how it went ("粮食生产形势喜人", "重点城建项目进展顺利", "经济建设").
 */
const PART_HEADING = /(?:情况|情況|概述|方面|总结|總結|回顾|回顧|成效|成绩|成績|亮点|亮點|问题|問題|不足|困难|困難|打算|计划|計劃|安排|设想|設想|思路|措施|建议|建議|要求|目标|目標)$/;
/** A verb of doing with 了: what a review says was done ("加强了乡村道路和水利工程建设", "完成了全镇公路硬化项目"). */
const DONE_WITH_LE = /(?:加强|加強|加大|开展|開展|实施|實施|推进|推進|建立|完善|组织|組織|召开|召開|举办|舉辦|出台|制定|完成|建成|新建|改造|修建|引进|引進|培育|落实|落實)了/;
/** A figure reached, with its unit ("总产4.95万吨", "新增高效农业面积1.86万亩"): said outside planned clauses, what was done. */
const REACHED_FIGURE = /\d+(?:\.\d+)?\s*(?:%|％|万|萬|亿|億|公里|千米|吨|噸|亩|畝|平方米|人次|人|户|戶|家|个|個|次|座|所|处|處|元)/;
/**
 * A special report on one work (round aq): "某镇关于脱贫攻坚工作的报告", "关于全县安全生产工作情况的报告" — a government's account
 * to its congress of how that work went, read as a progress account. A 政府工作报告 is none.
 */
const SPECIAL_REPORT_TITLE = /^[^。，,；;]{0,20}关于[^。，,；;]{2,30}工作(?:情况|情況)?的(?:报告|報告)$/;
/**
 * A background part (round aq): "一、基本情况" / "一、乡基本情况" / "一、总体情况" / "一、总体进展概况" — what the place or the works
 * are, counted; its unnumbered paragraphs name no task.
 */
const BACKGROUND_PART = /^[\u4e00-\u9fa5]{0,6}?(?:基本情况|基本情況|基本概况|基本概況|概况|概況|总体情况|總體情況|总体概况|總體概況|总体进展(?:情况|概况|概述)?|工作背景|背景情况|基本现状|现状分析)$/;
/**
 * An account part that names no work of its own (round aq): "一、工作进展情况：", "一、主要工作完成情况" — its unnumbered
 * paragraphs are the account as a whole (公益广告200余处…), naming no task, unless they lead items or name works.
 */
const GENERIC_ACCOUNT_PART = /^(?:\d{4}\s*年度?|上半年|下半年|[一二三四]季度|前三季度|今年|本年度?|近期)?(?:的)?(?:主要|重点|各项|总体|整体)?(?:工作|任务|工作任务|目标任务)?(?:的)?(?:完成|进展|進展|落实|落實|推进|推進|开展|開展)(?:情况|情況)$/;
/** A document that accounts for work done: a progress notice, a title saying 总结/汇报, or a review with no plan part. */
const SUMMARY_TITLE = /总结|總結|汇报|匯報|情况的报告|情況的報告/;
const REVIEW_LEAD = /过去一年|过去的一年|過去一年|一年来|一年來|半年来|半年來|今年以来|今年以來|[两三四五兩]年来|[两三四五兩]年來/;

/**
 * The matter a heading of a report on assigned matters names (round aq): "一、关于百节苎麻良种园的落实情况" / "二、关于通村公路硬化
 * 任务落实" — what follows 关于 up to 的落实情况 (…完成情况, …办理情况, …任务落实) is the work itself, not a part of the report.
 */
const MATTER_HEADING = /^关于(.{2,30}?)(?:的)?(?:落实|落實|完成|办理|辦理|推进|推進|整改|实施|實施)(?:情况|情況)?$/;
function headingMatter(words: string): string {
  const m = MATTER_HEADING.exec(words);
  return m ? m[1].trim() : words;
}

/**
 * A numbered heading alone on its line over the paragraphs that account for it (round ao): "一、粮食生产形势喜人。" /
 * "（一）重点城建项目进展顺利。" / "二、社会建设" on a line of its own, then one or more unnumbered paragraphs saying what was
 * done — the heading is the work and the paragraphs its account. Only the lowest heading: one whose paragraphs run to a
 * heading of its own level or higher (or the end), never to its own sub-items; a part heading (…情况, …方面, 下一步…) is no
 * work; and the paragraphs must say something done outside planned clauses, unless the part above names itself the account
 * (一、五年工作总结, 一、工作开展情况), where every lowest heading is a work of the account.
 */
function headingAccount(paras: readonly Para[], index: number, heading: string, underAccount: boolean, runIn = ""): Para[] | null {
  const level = (text: string) => (MAJOR.test(text) ? 1 : MINOR.test(text) ? 2 : ARABIC_ITEM.test(text) ? 3 : /^[一二三四五六七八九十]+是/.test(text) ? 4 : 0);
  const own = level(paras[index].text);
  const words = headingMatter(heading.replace(MAJOR, "").replace(MINOR, "").replace(ARABIC_ITEM, "").trim().replace(/[：:]$/, ""));
  // A unit's name ("一、县住建局") heads that unit's items: no work.
  if (!own || own === 4 || words.length < 2 || PART_HEADING.test(words) || PLAN_PART.test(words) || NOT_A_NAME.test(words) || unitOfHeading(words)) return null;
  const account: Para[] = [];
  let k = index + 1;
  while (k < paras.length && !level(paras[k].text)) account.push(paras[k++]);
  if (!account.length && !runIn) return null;
  if (k < paras.length && level(paras[k].text) > own) return null;
  // Paragraphs that name works of their own with their states (一是…, "A项目已开工…；B项目…", a lead item, "…（第三项）")
  // make the heading a group over those works, read as before.
  const namesWorks = (t: string) =>
    /[一二三四五六七八九十]是|[（(]第[一二三四五六七八九十百\d]+项[）)]/.test(t) || !!leadOverAccount(t) || reportedItems(t).length > 0 || !!projectAccounts(t) || freshItems(t, true).items.length > 0 || sentences(t).some((x) => clauseItems(x, true).length > 0);
  if ((runIn && namesWorks(runIn)) || account.some((p) => namesWorks(p.text))) return null;
  // Its next steps and problems, written as sentences, go with it but say nothing done.
  const text = runIn + account.filter((p) => !NEXT_STEPS_SENTENCE.test(p.text) && !PROBLEMS_SENTENCE.test(p.text)).map((p) => p.text).join("");
  if (NEXT_STEPS.test(text) || PROBLEMS.test(text)) return null;
  const said = text.split(/[，,；;。]/).filter((c) => !PLANNED.test(c.trim()) || ESTIMATE.test(c.trim())).join("，");
  if (!underAccount && !ACCOUNT_DONE.test(said) && !DONE_WITH_LE.test(said) && !REACHED_FIGURE.test(said)) return null;
  return account;
}

/** The work as a whole, no work in particular: 各项工作, 各项任务, 全年目标任务, 年度任务. */
const WHOLE_WORK_CLAUSE = /^(?:继续|全力|努力|切实|持续|进一步)?(?:推进|抓好|做好|完成|落实|确保|推动|抓实)?(?:好)?(?:各项工作|各项任务|各项目标任务|全年(?:各项)?(?:目标)?任务|年度(?:各项)?(?:目标)?任务)(?:按期|如期|圆满|全面)?(?:完成|落实|推进)?$/;

/**
 * A sentence whose work is all the work ("继续推进各项工作", "确保各项任务按期完成"), with no figure and no other clause of
 * work before it: a promise that closes a part, not a task.
 */
function wholeWorkPromise(text: string): boolean {
  const t = text.trim().replace(/[。！]$/, "");
  if (/\d/.test(t) || t.length > 50) return false;
  const clauses = t.split(/[，,]/).map((c) => c.trim()).filter(Boolean);
  return clauses.length > 0 && WHOLE_WORK_CLAUSE.test(clauses[clauses.length - 1]);
}

/** A paragraph speaking of every item above at once ("以上项目均已…", "上述各项工作均…"): the report's close. */
const CLOSING_ON_ALL = /^(?:以上|上述)(?:各项|项目|工作|事项|任务|各项工作|几项工作)?[^，,。；;]{0,4}(?:均|都|全部)/;

/** A numbered paragraph opening with a target in quotes ("3.“税收超亿元工业企业突破X家”未达进度。目前…"). */
const NUMBERED_QUOTED = /^(\d{1,2})\s*[.．、]\s*“([^“”]{2,40})”(.*)$/;
/** What a report says of a target that lags or is done ("未达进度", "未如期完成", "低于预期", "还没有达到", "已完成"). */
const LAG_OR_DONE = /未达|未如期|未按|未完成|未启动|尚未|滞后|低于预期|没有达到|没有完成|未达成|已完成|已建成|提前完成|超额完成/;

/** A theme line on its own: words and quotes only, no sentence, figure or list inside ("城乡排水防洪设施建设", "实施农村公路"). */
const THEME_LINE = /^[\u4e00-\u9fa5“”"]{2,20}$/;

/**
 * A paragraph that opens with a theme line (or a theme broken over two or three lines: "城镇老旧小区改造" / "和社区服务提升")
 * over the account of what it reached (round q): the theme and the account, else null. Only taken where two or more
 * paragraphs of a progress report have this shape, so a sentence wrapped after a short line is not cut into a theme.
 */
function themeOverAccount(para: Para): { name: string; progress: string } | null {
  let k = 0;
  while (k < para.parts.length - 1 && k < 3 && THEME_LINE.test(para.parts[k])) k++;
  if (k === 0 || k === para.parts.length) return null;
  const name = para.parts.slice(0, k).join("");
  if (name.length < 4 || name.length > 30) return null;
  return { name, progress: para.parts.slice(k).join("") };
}

/** A numbered theme as a list writes it: "之一：“亮点工程”——…", "之十：…". */
const THEME_NUMBER = /^之([一二三四五六七八九十]+)[：:]\s*(.+)$/;

/**
 * 实事 named in one sentence of a catalogue (round q): "确定了A、B、C等十件实事153个项目" — each name a draft task, none
 * when fewer than three names stand before 等 or the words after it name no 实事 with a count.
 */
function namedCatalogue(body: string): string[] {
  const m = /(?:确定了?|安排了?|实施)((?:[\u4e00-\u9fa5“”]{2,16}、){2,}[\u4e00-\u9fa5“”]{2,16})等[\d一二两三四五六七八九十百]+[件项個个](?:民生)?实事/.exec(body);
  if (m) return m[1].split("、");
  // The count first and the names after it (round u): "确定了十件为民实事，分别为A、B、…、J。" — only when the names are
  // exactly as many as the count says, so a list that goes on elsewhere or names only some gives nothing.
  const listed = /([\d一二两三四五六七八九十]+)[件项个](?:为民|民生|惠民|重点)?实事[，,]?\s*(?:分别为|分别是|即)[：:]?((?:[\u4e00-\u9fa5“”（）()]{2,24}、){2,}[\u4e00-\u9fa5“”（）()]{2,24})[。；;]/.exec(body);
  // The names in quotes and the count after them (round aa): "围绕“A、B、…、J”十件惠民实事" — again only when the quote
  // holds exactly as many names as the count says.
  const quoted = listed ? null : /“((?:[^“”、。；;]{2,30}、){2,}[^“”、。；;]{2,30})”([\d一二两三四五六七八九十]+)[件项个](?:为民|民生|惠民|重点)?实事/.exec(body);
  const [written, list] = listed ? [listed[1], listed[2]] : quoted ? [quoted[2], quoted[1]] : ["", ""];
  if (!list) return [];
  const count = /^\d+$/.test(written) ? Number(written) : parseChineseNumeral(written);
  const names = list.split("、");
  return count === names.length ? names : [];
}

/** A document's title line: short, no sentence inside, naming what it is ("…进展情况", "…通报", "…成绩单"). */
const REPORT_TITLE = /^[^。，,；;]{4,40}(?:情况|通报|报告|成绩单|进展|公示|汇报|总结|情況|通報|報告|進展|匯報|總結)[”」》]?$/;

interface Para {
  text: string;
  from: number;
  to: number;
  /** The source lines joined into the paragraph, as written (a theme line over its account stays apart). */
  parts: string[];
}

/** Paragraphs of report prose: wrapped lines join until a sentence ends; short numbered lines are headings. */
function reportParagraphs(lines: readonly string[], ledger: LineLedger): Para[] {
  const out: Para[] = [];
  let open: Para | null = null;
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (!line) return;
    if (PAGE_NUMBER.test(line)) return ledger.mark(n, n, "skip", "页码");
    // "1、" / "2." opens an item of its own as 一、 and （一） do (round al): a report's numbered items are never one
    // paragraph, whatever the line before them ends with ("2.5亿元" is a figure, not a number).
    const numbered = MAJOR.test(line) || MINOR.test(line) || ARABIC_ITEM.test(line);
    const para = open as Para | null;
    // "二是…" opens an item of its own (round o), and a title on the first line is no start of the paragraph below it.
    const listed = /^[一二三四五六七八九十]+是/.test(line);
    const title = para !== null && out.length === 1 && para.from === para.to && REPORT_TITLE.test(para.text);
    if (para && !numbered && !listed && !title && !endsCell(para.text) && !/[：:！!]$/.test(para.text)) {
      para.text += line;
      para.to = n;
      para.parts.push(line);
    } else {
      open = { text: line, from: n, to: n, parts: [line] };
      out.push(open);
    }
    // A short numbered line without a sentence in it is a heading on its own.
    if (numbered && !/[。]/.test(line) && line.length <= 30) open = null;
  });
  return out;
}

/** Sentences of a paragraph, split at 。！？； outside quotes and brackets. */
function sentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if ("“（(《【".includes(ch)) depth++;
    if ("”）)》】".includes(ch)) depth = Math.max(0, depth - 1);
    cur += ch;
    if (depth === 0 && /[。！？；]/.test(ch)) {
      out.push(cur);
      cur = "";
    }
  }
  if (cur.trim()) out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s);
}

/** "measurable" for a figure with a target word, "action" for a clear action, null otherwise. */
function promiseKind(sentence: string): "measurable" | "action" | null {
  const s = sentence.replace(/[。；！？]$/, "");
  if (s.length < 8 || RHETORIC.test(s) || /总体要求|各位代表/.test(s)) return null;
  if (/^[一二三四五六七八九十]+是.{0,14}$/.test(s)) return null;
  if (/\d/.test(s) && MEASURE_WORD.test(s)) return "measurable";
  if (ACTION_WORD.test(s)) return "action";
  return null;
}

/** "目标任务分别为：", "重点任务如下：": a list of targets opens after it (round ad). */
const TARGETS_OPENER = /(?:任[务務]|目[标標]|工作|事[项項])[^，,。；;：:]{0,6}?(?:分[别別][为為是]|如下|主要有|包括)[：:]/;
/** A topic sentence opening a target's paragraph: a short name of the work closed by 。 ("统筹推进乡村振兴战略。"). */
const TOPIC_SENTENCE = /^([^，,；;：:。\d]{4,16})。/;

/**
 * Targets listed a paragraph each after an opener (round ad): "…目标任务分别为：统筹推进乡村振兴战略。制定…" then
 * "督导推进观摩重点。对…" — the first right after the opener, each later one a paragraph of its own, each opening with a
 * topic sentence (no comma, figure or colon; 4 to 16 characters) followed by its work. The topic is the item, the rest
 * its work target, by paragraph index. Two or more in a row or none: an opener followed by a sentence that is no topic
 * ("职责是：以全面推进…为目标，…") lists nothing.
 */
function topicListing(paras: readonly Para[]): Map<number, { name: string; work: string }[]> {
  const found = new Map<number, { name: string; work: string }[]>();
  for (let k = 0; k < paras.length; k++) {
    const opener = TARGETS_OPENER.exec(paras[k].text);
    if (!opener) continue;
    const items: [number, string, string][] = [];
    const after = paras[k].text.slice(opener.index + opener[0].length).trim();
    const first = TOPIC_SENTENCE.exec(after);
    if (!first || first[0].length === after.length) continue;
    items.push([k, first[1], after.slice(first[0].length)]);
    let j = k + 1;
    for (; j < paras.length; j++) {
      const topic = TOPIC_SENTENCE.exec(paras[j].text);
      if (!topic || topic[0].length === paras[j].text.length || MAJOR.test(paras[j].text) || MINOR.test(paras[j].text)) break;
      items.push([j, topic[1], paras[j].text.slice(topic[0].length)]);
    }
    if (items.length >= 2) for (const [at, name, work] of items) found.set(at, [...(found.get(at) ?? []), { name: name.trim(), work: work.trim() }]);
    k = j - 1;
  }
  return found;
}

/** A verb of handling work at a meeting or in a report: what is reported, dispatched, deployed or checked. */
const HANDLED = /(?:通[报報]|调度|調度|部署|安排|督[办辦]|交[办辦]|听取|聽取|研究)(?:了|并|並)?/;
/**
 * Works an inspection looked at (269): "先后实地查看了A项目、B工作、C建设等项目落实情况" — two or more names apart by 、 right
 * after a verb of inspecting (查看, 察看, 视察, 检查, 走访) and closed by 等 and a word for works or their 情况. Each is an item
 * with no progress: the text says what was seen, not where it stands. "通过实地查看、查阅资料等方式" lists ways, not works.
 */
const INSPECTED = /(?:查看|察看|視察|视察|检查|檢查|走访|走訪)了?((?:[^，,。；;、：:\d]{2,40}、)+[^，,。；;、：:\d]{2,40})等(?:[\d一二两兩三四五六七八九十]+[个個项項处處])?(?:重点|重點)?(?:项目|項目|工程|点位|點位|工作|事项|事項|(?:落实|落實|建设|建設|实施|實施|推进|推進|进展|進展)情[况況])/;
/**
 * Works a meeting or a report names together as its matters (round ad): "通报调度了A、B、C等重点工作", "部署了A、B等3项工作" —
 * two or more names apart by 、 right after a verb of handling and closed by 等 and a word for work (工作, 任务, 事项, with a
 * count or 重点 before it); and "汇报了X的进展情况" — a work whose progress was reported. Each is an item with no progress:
 * the text says what was handled, not where it stands. Names holding a clause or a figure are none.
 */
function handledWorks(sentence: string): string[] {
  const out: string[] = [];
  const listed = new RegExp(`(?:${HANDLED.source})+((?:[^，,。；;、：:\\d]{2,16}、)+[^，,。；;、：:\\d]{2,16})等(?:[\\d一二两三四五六七八九十]+[项項个個件])?(?:重点|重要|中心)?(?:工作|任[务務]|事[项項])`).exec(sentence);
  if (listed) out.push(...listed[1].split("、").map((x) => x.trim()));
  for (const m of sentence.matchAll(/(?:汇报|匯報|通报|通報)了?([^，,。；;、：:\d]{4,20}?)的?(?:进展|進展|推进|推進|建设|建設)情[况況]/g)) out.push(m[1].trim());
  const inspected = INSPECTED.exec(sentence);
  if (inspected) out.push(...inspected[1].split("、").map((x) => x.trim()));
  return out.filter((x) => x.length >= 2 && !/^(?:近期|当前|目前|有关|相关|各项)/.test(x));
}

/** An office's own target, as a 公示 of its 实事 states it: "我局承办的目标任务是完善2个…中心设施建设". */
const OWN_TARGET = /(?:我|本)(?:局|委|办|辦|单位|單位|中心|院|所|站)(?:承[办辦]|负责|負責|牵头|牽頭)的(?:目[标標])?任[务務](?:是|为|為)[：:]?([^。；;]+)/;
/** Where the office's target stands now: a sentence opening with 目前 or 截至. */
const NOW_SENTENCE = /(?:^|[。；;])\s*((?:目前|截至|截止)[^。；;]*[。；;]?(?:[^。；;]*完成[^。；;]*[。；;]?)?)/;

/** A paragraph's opening sentence naming the kind of work it is about: "街道民生实事项目方面。" (no figure, no clause). */
const TOPIC_ASPECT = /^[^，,；;、\d]{2,24}方面[。：:]$/;
/** A paragraph that is one quotation and nothing else: “…。” */
const WHOLE_QUOTE = /^[“"「]([^“”"「」]+)[”"」]$/;
/**
 * Works quoted a line each, two or more in a row ("“建成提灌站1座，改建管网2公里。”" / "“新建、改建城镇公厕10座。”"), as news
 * lists a 成绩单 (round ac): each quote that reads as a promise or an act (the drafts' own test) is an item, by paragraph index.
 * A quote with words around it (who said it) is no such line, nor a lone quote, nor a run where a quote reads as neither
 * (what a delegate said).
 */
function quotedListing(paras: readonly Para[]): Map<number, { text: string; kind: "measurable" | "action" }> {
  const found = new Map<number, { text: string; kind: "measurable" | "action" }>();
  let run: { index: number; text: string; kind: "measurable" | "action" | null }[] = [];
  const close = () => {
    if (run.length >= 2 && run.every((q) => q.kind)) for (const q of run) found.set(q.index, { text: q.text, kind: q.kind! });
    run = [];
  };
  paras.forEach((p, index) => {
    const m = WHOLE_QUOTE.exec(p.text.trim());
    if (!m || m[1].length > 80) return close();
    const text = m[1].trim().replace(/[。；]$/, "");
    run.push({ index, text, kind: promiseKind(text) });
  });
  close();
  return found;
}

/**
 * Report prose (政府工作报告): a draft catalogue of the sentences that carry a measurable promise or a
 * clear action, under their section headings, for the office to review. The look back at last year
 * (工作回顾) is skipped; the 主要预期目标 sentence is split into its indicators.
 */
/** A unit of the place opening a sentence and saying what it set up or did: "市水利局开展“插旗比武竞赛”，…". */
const UNIT_DID = /^((?:市|县|縣|区|區|镇|鎮|乡|鄉|州|旗)[\u4e00-\u9fa5（）()]{1,16}?)(成立|组建|組建|建立|开展|開展|推行|实行|實行|出台|制定|印发|印發|启动|啟動|召开|召開|建成)了?(.+)$/;
/**
 * Units' accounts in a progress report (265): a paragraph where two or more sentences each open with a unit ("市城市管理局",
 * named as bodies end, `BODY_END`) and what it set up or did ("成立…专班", "开展…竞赛", "建立…制度") tells each unit's work:
 * the work (what the verb set up) is an item, the unit leads it, and the sentence from the verb on is where it stands. One
 * such sentence alone, a sentence opening with a class of units ("各单位…") and a plan's sentences are none.
 */
function unitAccounts(body: string): { name: string; progress: string; unit: string }[] | null {
  const out: { name: string; progress: string; unit: string }[] = [];
  for (const sentence of sentences(body)) {
    const m = UNIT_DID.exec(sentence.replace(/[。；;]$/, ""));
    if (!m || !BODY_END.test(m[1])) continue;
    const name = m[3].split(/[，,；;]/)[0].trim();
    if (name.length < 2 || PLANNED.test(m[3])) continue;
    out.push({ name, progress: `${m[2]}${m[3]}`.trim(), unit: m[1] });
  }
  return out.length >= 2 ? out : null;
}

/** The work the sentence assigns, named after the verb that closes it: "全力推进此次永久基本农田划定工作" → 永久基本农田划定工作. */
const ASSIGNED_WORK = /(?:推进|推進|完成|做好|抓好|落实|落實|开展|開展)了?(?:此次|本次|这次|這次|该项|該項|全县|全縣|全市|全区|全區)?([\u4e00-\u9fa5“”"]{2,24}?(?:工作|任务|任務))/g;
/** A clause naming who leads that may name a leader rather than a unit: "由分管副县长王明牵头", "由有关县领导牵头". */
const LEADER_LEADS = /^由?([^，,。；;、：:]{2,24}?)(?:牵头|牽頭)$/;
/** Leaders as a class, naming no one: "有关县领导", "相关市领导". */
const CLASS_OF_LEADERS = /^(?:有关|有關|相关|相關)?[省市县縣区區]?(?:领导|領導)$/;
/** A clause naming who leads and, right after, the work: "由县交通运输局牵头推进重点交通水毁工程的恢复重建工作". */
const LEADS_THEN_WORK = /^((?:由)?[^，,。；;、：:]{2,24}?(?:牵头|牽頭|负责|負責))((?:推进|推進|完成|做好|抓好|落实|落實|开展|開展).+(?:工作|任务|任務))$/;
/** A unit as such a clause names it: a body's name (局, 委, 中心 …), no person or post ("有关县领导" leads as a class, not a unit). */
function assignableUnit(name: string): boolean {
  return name.length <= 20 && BODY_END.test(name) && !/领导|領導|同志|的|各/.test(name);
}
/**
 * A work assigned in a sentence of news or a report (284, 286): "X牵头，Y、Z等部门密切配合，…全力推进此次…工作" and "由有关县领导
 * 牵头，X负责，Y、Z等其他有关单位加强配合协调，…完成…工作" — the run of clauses the units reader (`readUnitsPhrase`, the one
 * every importer uses) reads as who leads and who joins, then the work the sentence closes on. A leader (a post, 有关县领导, or
 * a post and a name, "分管副县长王明") answers for the work and is no unit. A sentence with no unit leading, or naming no work
 * after its verb, gives none; "…等县级有关部门负责人说明了…" assigns nothing.
 */
export function assignedWork(sentence: string): { name: string; lead: string[]; co: string[]; leader: string } | null {
  // "由县交通运输局牵头推进…工作": who leads and the work in one clause reads as the two clauses it joins.
  const clauses = sentence.replace(/[。；;！]$/, "").split(/[，,]/).flatMap((c) => {
    const joined = LEADS_THEN_WORK.exec(c.trim());
    return joined ? [joined[1], joined[2]] : [c.trim()];
  });
  for (let start = 0; start < clauses.length; start++) {
    const read = unitsRun(clauses, start);
    if (!read) continue;
    const lead = splitUnits(read.phrase.lead);
    if (!lead.length || !lead.every(assignableUnit)) continue;
    const works = [...clauses.slice(read.end + 1).join("，").matchAll(ASSIGNED_WORK)];
    if (!works.length) return null;
    const co = splitUnits(read.phrase.co).filter(assignableUnit);
    return { name: works[works.length - 1][1], lead, co, leader: read.leader };
  }
  return null;
}

/**
 * The longest run of clauses from `start` that reads as one units phrase, opening with who leads (a unit or a leader):
 * leaders named with a post and a name ("由分管副县长王明牵头") or as a class ("由有关县领导牵头") answer for the work,
 * so the run is read without them and the named leader is kept.
 */
function unitsRun(clauses: readonly string[], start: number): { phrase: UnitsPhrase; end: number; leader: string } | null {
  const leaderLead = LEADER_LEADS.exec(clauses[start]);
  const leader = leaderLead ? headingLeader(leaderLead[1]) : "";
  const from = leaderLead && (leader || CLASS_OF_LEADERS.test(leaderLead[1])) ? start + 1 : start;
  let found: { phrase: UnitsPhrase; end: number; leader: string } | null = null;
  for (let end = from; end < clauses.length; end++) {
    const phrase = readUnitsPhrase(clauses.slice(from, end + 1).join("，"));
    if (!phrase) break;
    found = { phrase, end, leader };
  }
  return found;
}

/**
 * A clause opening with a unit (or its leading members) and 要, as a leader's demands give a named unit its duty: "县发改局要
 * 加强项目调度", "四是县政府督查室要加强督查", "县自然资源局全体班子成员要带领股室…". An enumerator (三是) before it is left out.
 */
const DUTY_CLAUSE = /^(?:[一二三四五六七八九十]+是)?([\u4e00-\u9fa5（）()]{2,20}?)(?:全体班子成员|全體班子成員|班子成员|班子成員|主要负责同志|主要負責同志|主要负责人|主要負責人|负责同志|負責同志|负责人|負責人)?(?:要(?!求|点|點)|必须|必須|务必|務必)(.{2,})$/;
/** Who a demand names but that is no one unit: a government as a whole, a class (有关/相关/所在/涉及…), bodies named together. */
const NOT_ONE_UNIT = /政府$|有关|有關|相关|相關|所在|涉及|等|、|(?:局|委|办|辦|室|中心)(?:和|及|与|與)|部门$|部門$|单位$|單位$/;
/**
 * Units given a duty each in a sentence (289, 292, 293): "县财政局要做好项目投资评审工作，及时拨付项目资金，县自然资源和规划局要
 * 及时跟进已上报项目，尽快争取立项批复" — each clause opening with one unit and 要 starts that unit's duty, the clauses after it (up
 * to the next such clause) go on with it. Clauses before the first unit, a class of units ("各乡镇和相关单位要", "涉及的单位要")
 * and a government as a whole ("县政府要") give none.
 */
function unitDuties(sentence: string): { unit: string; work: string }[] {
  const out: { unit: string; work: string }[] = [];
  for (const clause of sentence.replace(/[。；;！]$/, "").split(/[，,]/).map((c) => c.trim())) {
    const duty = DUTY_CLAUSE.exec(clause);
    if (duty && assignableUnit(duty[1]) && !NOT_ONE_UNIT.test(duty[1])) out.push({ unit: duty[1], work: duty[2] });
    else if (out.length && clause) out[out.length - 1].work += `，${clause}`;
  }
  return out;
}

/** Several works, then the units that lead them in the same order: "农村公路养护、农村饮水安全巩固提升工作分别由县交通运输局、县水利局负责". */
const RESPECTIVELY = /([^，,。；;、：:]{2,24}(?:、[^，,。；;、：:]{2,24})+?)(?:等)?(?:[\d一二三四五六七八九十]+[项項])?(?:工作|任务|任務)?分[别別]由([^，,。；;、：:]{2,20}(?:、[^，,。；;、：:]{2,20})+?)(?:牵头|牽頭|负责|負責|承担|承擔|承办|承辦)$/;
/** A work, then who answers for it: "城区公共停车场建设工作由县住建局负责", "该项工作由县住建局负责" (the work named before). */
const WORK_THEN_LEAD = /^(?:[一二三四五六七八九十]+是)?([^，,。；;、：:]{2,30}?(?:工作|任务|任務|项目|項目|工程))由([^，,。；;、：:]{2,20}?)(?:牵头|牽頭|具体负责|具體負責|负责|負責|承担|承擔|承办|承辦)$/;
/** Words that refer back to the work just named, ending what stands before 由: 该项工作, 此项工作, 这项工作, 上述工作. */
const BACK_REFERENCE = /(?:该项|該項|此项|此項|这项|這項|该|該|上述|以上)(?:工作|任务|任務|项目|項目|工程)$/;
/** The work a clause names after its verb: "加快推进城区公共停车场建设" → 城区公共停车场建设. */
const CLAUSE_WORK = /(?:加快推进|加快推進|推进|推進|做好|抓好|完成|开展|開展|落实|落實|实施|實施)([\u4e00-\u9fa5“”"]{2,24})$/;
/**
 * Works assigned with the work named first (the forms round aj left unread): several works led in order by several units
 * ("A、B工作分别由X、Y负责"), a work and who answers for it ("…工作由X负责", the clause after naming who joins: "X配合"), and a
 * work referred back to ("加快推进城区公共停车场建设，该项工作由县住建局负责": the work the clause before names after its verb).
 * Lists of unequal length, a class of units and a reference with nothing named before it give none.
 */
function namedWorkAssignments(sentence: string): { name: string; lead: string[]; co: string[] }[] {
  const clauses = sentence.replace(/[。；;！]$/, "").split(/[，,]/).map((c) => c.trim());
  const out: { name: string; lead: string[]; co: string[] }[] = [];
  clauses.forEach((clause, k) => {
    const several = RESPECTIVELY.exec(clause);
    if (several) {
      const works = several[1].split("、").map((x) => x.trim());
      const units = several[2].split("、").map((x) => x.trim());
      if (works.length === units.length && units.every((u) => assignableUnit(u) && !NOT_ONE_UNIT.test(u))) works.forEach((name, i) => out.push({ name, lead: [units[i]], co: [] }));
      return;
    }
    const one = WORK_THEN_LEAD.exec(clause);
    if (!one || !assignableUnit(one[2]) || NOT_ONE_UNIT.test(one[2])) return;
    const named = BACK_REFERENCE.test(one[1]) ? (k > 0 ? CLAUSE_WORK.exec(clauses[k - 1])?.[1] ?? "" : "") : one[1];
    if (!named) return;
    const co = splitUnits(readHelpersPart(clauses[k + 1] ?? "") ?? "");
    out.push({ name: named, lead: [one[2]], co: co.every(assignableUnit) ? co : [] });
  });
  return out;
}

/**
 * One department's account (287): a title opening with the department's name and saying the account is of its year's or
 * period's work ("汨罗市公路建设和养护中心2020年政府任务完成情况") makes the department the lead of what follows; a government
 * (…人民政府) is no department of its own, and a title naming no body gives none.
 */
const OWN_ACCOUNT_TITLE = /^([\u4e00-\u9fa5（）()]{3,30}?)(?:关于|關於)?(?:\d{4}\s*年|上半年|前三季度|[一二三四]季度|今年)[^。，,；;]{0,20}?(?:工作|任务|任務)[^。，,；;]{0,6}?(?:完成|进展|落实|推进|進展|落實|推進)情[况況]$/;
function accountOwner(title: string): string {
  const m = OWN_ACCOUNT_TITLE.exec(title.trim());
  return m && BODY_END.test(m[1]) && !/政府$/.test(m[1]) ? m[1] : "";
}

/**
 * A heading that is a unit's name and nothing else ("一、县住建局", "（二）区发展和改革局（3项）"): a report divided by unit, so
 * the unit leads every item under it that names none. A department or body of a level only, never a topic ("二、工业园区",
 * "一、扩大有效投资") nor a government as a whole.
 */
const UNIT_ONLY_HEADING = /^[区县市省州旗镇乡區縣鎮鄉][\u4e00-\u9fa5（）()]{1,20}(?:局|委|委员会|委員會|办|辦|办公室|辦公室|中心|管委会|管委會|办事处|辦事處)$/;
function unitOfHeading(heading: string): string {
  const words = heading.trim().replace(/^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*/, "").replace(/[（(][^）)]*[项項][）)]$/, "").replace(/[。：:]$/, "").trim();
  return UNIT_ONLY_HEADING.test(words) ? words : "";
}

export function importReport(lines: readonly string[], units: UnitEntry[], reason: string): ImportResult {
  void units;
  const ledger = new LineLedger(lines);
  const tasks: ImportedTask[] = [];
  const headings: SectionHeading[] = [];
  let major = "";
  let section = "";
  let review = false;
  let problemPart = false;
  let planPart = false;
  // The item a lead sentence opened (round al): unnumbered paragraphs after it go on with its account.
  let openItem: ImportedTask | null = null;
  let counter = 0;
  // A progress notice written as prose names each item's catalogue number: "一是实施…工程（第三项）正在编制
  //招标文件" — the item, then what has been done.
  const progressDoc = lines.slice(0, 8).some((l) => /进展|进度|落实情况|完成情况|推进情况|督查|通报|進展|進度|落實情況|完成情況|推進情況|通報/.test(l)) || PROGRESS_TITLE.test(lines.find((l) => l.trim()) ?? "") || SPECIAL_REPORT_TITLE.test((lines.find((l) => l.trim()) ?? "").trim());
  const add = (text: string, kind: "measurable" | "action", para: Para) => {
    // "下半年，街道将…继续推进各项工作。" (round ax): a promise on all the work at once names no task of its own.
    if (wholeWorkPromise(text)) {
      ledger.mark(para.from, para.to, "skip", "泛指各项工作的表态（不是任务）");
      return;
    }
    counter++;
    const numbered = progressDoc ? /^(?:[^：:]{0,8}[：:])?(?:[一二三四五六七八九十]+是)?(.+?)[（(]第([一二三四五六七八九十百\d]+)项[）)](.+)$/.exec(text) : null;
    if (numbered) {
      tasks.push(importedTask({
        section,
        id: `草${counter}`,
        text: tidySpaces(numbered[1]),
        draft: kind,
        progress: { period: "", text: tidySpaces(numbered[3]).replace(/^[，,、]/, ""), completion: "", problems: "", nextSteps: "" },
        lines: [para.from, para.to],
      }));
      return;
    }
    tasks.push(importedTask({
      section,
      id: `草${counter}`,
      text: tidySpaces(text),
      draft: kind,
      lines: [para.from, para.to],
    }));
  };
  const pushReported = (item: { name: string; progress: string; aim?: string }, para: Para, written = "") => {
    counter++;
    tasks.push(importedTask({
      section,
      id: written || `草${counter}`,
      text: item.name,
      ...(item.aim ? { workTarget: item.aim } : {}),
      draft: /\d/.test(item.progress) ? "measurable" : "action",
      progress: { period: "", text: item.progress, completion: "", problems: "", nextSteps: "" },
      lines: [para.from, para.to],
    }));
  };
  const paras = reportParagraphs(lines, ledger);
  // Round ao: an account of work done — a progress notice, a 工作总结/汇报, or a review (过去一年…, 一年来…) with no part that plans.
  const firstHeading = paras.findIndex((p) => MAJOR.test(p.text) || MINOR.test(p.text));
  const planHeading = paras.some((p) => (MAJOR.test(p.text) || MINOR.test(p.text)) && (PLAN_PART.test(p.text.split("。")[0]) || /\d{4}\s*年|今年/.test(p.text.split("。")[0])));
  const title = lines.find((l) => l.trim()) ?? "";
  // Round ap: a 总结 that also plans ("…2023年工作总结及2024年工作计划", "…上半年工作总结及打算"), not a 政府工作报告: its account
  // part ("一、2023年工作总结") is what the office follows up, read as a progress account's; its plan part stays plans.
  const summaryDoc = SUMMARY_TITLE.test(title) && !/政府工作报告|政府工作報告/.test(title);
  let yearAccount = false;
  const accountDoc = progressDoc || SUMMARY_TITLE.test(title) || (!planHeading && paras.slice(0, Math.max(firstHeading, 0)).some((p) => REVIEW_LEAD.test(p.text)));
  let accountPart = false;
  // The current 一、 part plans (一、下一步工作安排), whatever kind of document this is.
  let majorPlans = false;
  let backgroundPart = false;
  const owner = accountOwner(lines.find((l) => l.trim()) ?? "");
  const anyMajor = paras.some((p) => MAJOR.test(p.text));
  // The opening of a major section that has （一）（二）… parts sets the scene (situation, general
  // requirements); only its figures (the 主要预期目标) are drafts.
  const introOf = new Set<number>();
  paras.forEach((p, k) => {
    if (!MAJOR.test(p.text)) return;
    let end = k + 1;
    while (end < paras.length && !MAJOR.test(paras[end].text) && !MINOR.test(paras[end].text)) end++;
    if (end < paras.length && MINOR.test(paras[end].text)) for (let j = k; j < end; j++) introOf.add(j);
  });
  const listedQuotes = quotedListing(paras);
  const listedTopics = topicListing(paras);
  const named = new Set<string>();
  const themed = progressDoc ? paras.map(themeOverAccount) : [];
  const themedDoc = themed.filter(Boolean).length >= 2;
  for (const [index, para] of paras.entries()) {
    let body = para.text;
    const theme = themedDoc && !review ? themed[index] : null;
    if (theme) {
      pushReported(theme, para);
      ledger.mark(para.from, para.to, "task");
      continue;
    }
    // A problem part's paragraphs naming projects as examples (260): each project a task with the problem as its state; a
    // project the report named before (under 二、…进展情况) gets the problem added to its own.
    const examples = problemPart && !MAJOR.test(body) ? problemExamples(body) : [];
    if (examples.length) {
      const start = tasks.length;
      for (const { name, problem } of examples) {
        const before = tasks.slice(0, start).find((t) => t.progress && t.text.startsWith(name));
        if (before?.progress) before.progress.problems = before.progress.problems ? `${before.progress.problems}；${problem}` : problem;
        else {
          counter++;
          tasks.push(importedTask({ section, id: `草${counter}`, text: name, draft: "action", progress: { period: "", text: "", completion: "", problems: problem, nextSteps: "" }, lines: [para.from, para.to] }));
        }
      }
      // Every project it names was told before: the paragraph is their problem, now in their own progress.
      if (tasks.length > start) ledger.mark(para.from, para.to, "task");
      else ledger.mark(para.from, para.to, "skip", "存在问题所举项目已见于前文，问题已并入该项进展");
      continue;
    }
    // A department's account (287): its 一、 items written as one sentence each, an act, are its works, not headings.
    if (owner && !review && MAJOR.test(body) && sentences(body).length === 1 && /[，,]/.test(body)) {
      const work = tidySpaces(body.replace(MAJOR, "")).replace(/[。；;]$/, "");
      pushReported({ name: work, progress: work }, para, String(parseChineseNumeral(/^[一二三四五六七八九十]+/.exec(body)![0]) ?? ""));
      ledger.mark(para.from, para.to, "task");
      continue;
    }
    // A report whose highest parts are numbered （一）（二） (no 一、 anywhere) reads them as its major parts (272).
    const isMajor = MAJOR.test(body) || (!anyMajor && MINOR.test(body));
    if (isMajor) {
      const words = (majorWords(body.split("。")[0]) ?? "").replace(/[：:]$/, "");
      backgroundPart = BACKGROUND_PART.test(words) || GENERIC_ACCOUNT_PART.test(words);
    }
    // Only the paragraphs before the part's first numbered item: under "1.农业农村工作" they are that item's account.
    if (!isMajor && (MINOR.test(body) || ARABIC_ITEM.test(body) || /^[一二三四五六七八九十]+是/.test(body))) backgroundPart = false;
    // Round aq: under a background part ("一、基本情况"), an unnumbered paragraph says what the place or the works are —
    // unless it names works of their own with their states ("A、B等16个项目已开工建设": round q's items).
    if (backgroundPart && !isMajor && !MINOR.test(body) && !ARABIC_ITEM.test(body) && !/^[一二三四五六七八九十]+是/.test(body) && !listedStateItems(body).length && !freshItems(body, progressDoc).items.length && !leadOverAccount(body, paras[index + 1]?.text)) {
      ledger.mark(para.from, para.to, "skip", "基本情况或进展概述（不是任务）");
      continue;
    }
    // Round aq: the opening of an account part, between its heading and its first numbered item ("一、2014年工作总结" /
    // "2014年是…的重要一年。我镇…保持了良好的发展势头。" / "1.经济发展平稳。…"), says how the part went, no task — unless
    // it leads an item, names works, or counts what was reached.
    const opening = accountDoc && !review && index > 0 && MAJOR.test(paras[index - 1].text) && /^[^。]+。?$/.test(paras[index - 1].text.trim()) && !isMajor && !MINOR.test(body) && !ARABIC_ITEM.test(body) && !/^[一二三四五六七八九十]+是/.test(body);
    const nextNumbered = paras[index + 1] !== undefined && (MINOR.test(paras[index + 1].text) || ARABIC_ITEM.test(paras[index + 1].text) || /^[一二三四五六七八九十]+是/.test(paras[index + 1].text));
    if (opening && nextNumbered && !REACHED_FIGURE.test(body) && !leadOverAccount(body, paras[index + 1].text, yearAccount) && !listedStateItems(body).length && !freshItems(body, progressDoc).items.length && !namedCatalogue(body).length) {
      ledger.mark(para.from, para.to, "skip", "部分开头（不是任务）");
      continue;
    }
    // Round aq: what a part of problems ("二、存在的问题") says, 一是… or not, is a problem of the work, not a task (its
    // paragraphs naming projects as examples are read above).
    if (problemPart && !isMajor && !MINOR.test(body) && !ARABIC_ITEM.test(body)) {
      ledger.mark(para.from, para.to, "skip", "存在的问题（不是任务）");
      continue;
    }
    if (isMajor) {
      planPart = (progressDoc || summaryDoc) && PLAN_PART.test(body.split("。")[0]);
      const words = majorWords(body.split("。")[0]);
      problemPart = progressDoc && words !== null && ACCOUNT_PART.test(words) && PROBLEM_PART.test(words);
    }
    // Round al: in a progress account, paragraphs after a lead item's first go on with its account (its 下一步措施：… its
    // next steps, its 存在问题是：… its problems) until the next numbered paragraph, heading or lead item.
    const numberedPara = isMajor || MINOR.test(body) || ARABIC_ITEM.test(body) || /^[一二三四五六七八九十]+是/.test(body);
    // Round aq: a closing paragraph on all the items above ("以上项目均已按要求编制立项报告…") is no one item's account.
    if (openItem && !numberedPara && CLOSING_ON_ALL.test(body)) {
      openItem = null;
      ledger.mark(para.from, para.to, "skip", "结尾（说明以上各项，不是某一项的进展）");
      continue;
    }
    if (openItem && !numberedPara && !leadOverAccount(body, paras[index + 1]?.text)) {
      const progress = openItem.progress!;
      const next = NEXT_STEPS.exec(body);
      const problem = PROBLEMS.exec(body);
      if (next) progress.nextSteps = [progress.nextSteps, body.slice(next[0].length)].filter(Boolean).join("");
      else if (problem) progress.problems = [progress.problems, body.slice(problem[0].length)].filter(Boolean).join("");
      else if (NEXT_STEPS_SENTENCE.test(body)) progress.nextSteps = [progress.nextSteps, body].filter(Boolean).join("");
      else if (PROBLEMS_SENTENCE.test(body) && /问题|問題|困难|困難|不足|短板|差距/.test(body)) progress.problems = [progress.problems, body].filter(Boolean).join("");
      else progress.text = `${progress.text}${body}`;
      openItem.lines = [openItem.lines[0], para.to];
      ledger.mark(para.from, para.to, "task");
      continue;
    }
    openItem = null;
    // Round al: a lead sentence over what was done, in a progress account's part that is no plan — numbered 1、 or
    // （一） under a 一、 heading, or not numbered at all — is an item and its account.
    // Round ag's numbered item with a 目前 clause keeps its narrower account.
    const leadsRead = progressDoc || (summaryDoc && yearAccount);
    // A report with no numbered heading at all (a half-year report's review: 上半年工作回顾 then lead sentences) reads its
    // unnumbered leads too; its numbered paragraphs are read as before (round v's quoted targets).
    const lead = leadsRead && !review && !planPart && (major || (firstHeading < 0 && !ARABIC_ITEM.test(body))) && !isMajor && !numberedNow(body) ? leadOverAccount(body, paras[index + 1]?.text, yearAccount) : null;
    const works = lead ? listedWorks(lead.progress) : [];
    if (works.length) {
      for (const work of works) pushReported(work, para);
      ledger.mark(para.from, para.to, "task");
      continue;
    }
    if (lead) {
      const written = /^(\d{1,2})\s*[、.．]/.exec(body);
      pushReported(lead, para, written ? written[1] : "");
      openItem = tasks[tasks.length - 1];
      ledger.mark(para.from, para.to, "task");
      continue;
    }
    // In a plan part (二、下半年工作计划) the same lead sentence is a plan: one draft item, what it will do its target.
    // Round aq: so is "一是X。…" there ("一是继续推进“城乡环卫一体化”工作。…明年将…"): X the plan, without its ordinal.
    const plannedPart = (progressDoc || summaryDoc) && !review && planPart && major && !isMajor ? /^[一二三四五六七八九十]+是([^。；;！？]{2,30})。(.+)$/.exec(body) : null;
    const planned = (progressDoc || summaryDoc) && !review && planPart && major && !isMajor ? plannedPart ?? LEAD_SENTENCE.exec(body) : null;
    if (planned && !/^[一二三四五六七八九十]+是/.test(planned[1])) {
      counter++;
      tasks.push(importedTask({ section, id: `草${counter}`, text: planned[1].trim(), workTarget: tidySpaces(planned[2]), draft: "action", lines: [para.from, para.to] }));
      ledger.mark(para.from, para.to, "task");
      continue;
    }
    // Round ao: a heading alone on its line over the paragraphs that account for it is a work and its account.
    // So is a （一） heading run in with its account ("（一）经济态势发展良好，各项指标圆满完成。五年来…") when it is the lowest.
    const alone = (isMajor || MINOR.test(body) || ARABIC_ITEM.test(body)) && /^[^。]+。?$/.test(body.trim()) && (!ARABIC_ITEM.test(body) || !/[，,；;：:]/.test(body));
    const runIn = !alone && !isMajor && major ? /^([（(][一二三四五六七八九十]+[）)][^。；;：:！？\d]{2,30})。(.+)$/.exec(body.trim()) : null;
    const headingText = alone ? body.trim().replace(/。$/, "") : runIn ? runIn[1] : "";
    const accountParas = accountDoc && !review && !planPart && !problemPart && !(majorPlans && !isMajor) && headingText ? headingAccount(paras, index, headingText, accountPart, runIn ? runIn[2] : "") : null;
    if (accountParas) {
      const name = headingMatter(headingText.replace(MAJOR, "").replace(MINOR, "").replace(ARABIC_ITEM, "").trim());
      // A 一、 work stays the section its heading names, as before; a （一） work sits in the part above it.
      if (isMajor) {
        major = headingText;
        section = headingText;
        headings.push({ name: section, declaredCount: null });
        majorPlans = false;
        accountPart = false;
      } else if (MINOR.test(body)) section = major;
      const written = /^(\d{1,2})\s*[、.．]/.exec(headingText);
      pushReported({ name, progress: runIn ? tidySpaces(runIn[2]) : "" }, para, written ? written[1] : "");
      openItem = tasks[tasks.length - 1];
      ledger.mark(para.from, para.to, "task");
      continue;
    }
    if (isMajor || MINOR.test(body)) {
      const cut = body.indexOf("。");
      const heading = (cut >= 0 ? body.slice(0, cut) : body).trim();
      body = cut >= 0 ? body.slice(cut + 1) : "";
      if (isMajor) majorPlans = PLAN_PART.test(heading);
      if (isMajor) accountPart = /总结|總結|完成情况|完成情況|开展情况|開展情況|工作情况|工作情況|进展情况|進展情況|工作回顾|工作回顧/.test(heading) && !PLAN_PART.test(heading);
      if (isMajor) {
        major = heading;
        yearAccount = yearAccountPart(title, heading);
        review = REVIEW.test(heading) && !yearAccount;
        section = heading;
      } else {
        // "（一）" recurs under 三、加强政府自身建设: name such sections with their major heading.
        const num = /^[（(][一二三四五六七八九十]+[）)]/.exec(heading)![0];
        const clash = headings.some((h) => h.name.startsWith(num) || h.name.includes("／" + num));
        section = clash ? `${major}／${heading}` : heading;
      }
      if (!review) headings.push({ name: section, declaredCount: null });
      if (!body) {
        ledger.mark(para.from, para.to, review ? "skip" : "section", review ? "工作回顾（不是任务）" : "");
        continue;
      }
    }
    // A progress report's own paragraphs (round o): an item and what it reached, read as such wherever they stand.
    // Before the first heading only what such a reader finds is taken; under a heading a sentence it finds nothing in
    // reads as before.
    const start = tasks.length;
    // Round v: a numbered paragraph of a report opening with a target in quotes and saying, in its first sentence, that it
    // lags or is done ("3.“税收超亿元工业企业突破X家”未达进度。去年…目前…"): the quoted target is the item, numbered as
    // written, and the rest of the paragraph what it reached. A quote the first sentence says nothing of opens none.
    const quotedItem = !review ? NUMBERED_QUOTED.exec(body) : null;
    if (quotedItem && LAG_OR_DONE.test(quotedItem[3].split(/[。！？]/)[0])) {
      pushReported({ name: quotedItem[2].trim(), progress: tidySpaces(quotedItem[3]).replace(/^[，,：:]/, "") }, para, quotedItem[1]);
      ledger.mark(para.from, para.to, "task");
      continue;
    }
    // Round ag: a numbered item named in a sentence of its own whose account says where it stands now.
    const numberedItem = progressDoc && !review ? numberedNow(body) : null;
    if (numberedItem) {
      pushReported({ name: numberedItem.name, progress: numberedItem.progress }, para, numberedItem.id);
      ledger.mark(para.from, para.to, "task");
      continue;
    }
    // Before the first heading (round ad): targets listed a paragraph each after an opener, works a meeting handled, and an
    // office's own target with where it stands now.
    if (!review && !major) {
      const before = tasks.length;
      for (const topic of listedTopics.get(index) ?? []) {
        counter++;
        tasks.push(importedTask({ section, id: `草${counter}`, text: topic.name, workTarget: tidySpaces(topic.work), draft: "action", lines: [para.from, para.to] }));
      }
      for (const assigned of sentences(body).map(assignedWork)) {
        if (!assigned || named.has(assigned.name)) continue;
        named.add(assigned.name);
        add(assigned.name, "action", para);
        Object.assign(tasks[tasks.length - 1], { leadUnits: assigned.lead, coUnits: assigned.co, leader: assigned.leader });
      }
      for (const assigned of sentences(body).flatMap(namedWorkAssignments)) {
        if (named.has(assigned.name)) continue;
        named.add(assigned.name);
        add(assigned.name, "action", para);
        Object.assign(tasks[tasks.length - 1], { leadUnits: assigned.lead, coUnits: assigned.co });
      }
      for (const duty of sentences(body).flatMap(unitDuties)) {
        if (named.has(duty.work)) continue;
        named.add(duty.work);
        add(duty.work, /\d/.test(duty.work) ? "measurable" : "action", para);
        tasks[tasks.length - 1].leadUnits = [duty.unit];
      }
      for (const name of sentences(body).flatMap(handledWorks)) {
        if (named.has(name)) continue;
        named.add(name);
        add(name, "action", para);
      }
      const own = OWN_TARGET.exec(body);
      if (own) {
        const name = own[1].split(/[，,](?:分[别別][为為是]|即|包括)/)[0].trim();
        const now = NOW_SENTENCE.exec(body.slice(own.index + own[0].length));
        const progress = now ? tidySpaces(now[1]).replace(/^(?:目前|截至目前)[，,]?/, "") : "";
        if (progress) pushReported({ name, progress }, para);
        else add(name, /\d/.test(name) ? "measurable" : "action", para);
      }
      if (tasks.length > before) {
        ledger.mark(para.from, para.to, "task");
        continue;
      }
    }
    // Round q: kinds of project with their count and projects named in a list under a state, taken sentence by sentence;
    // the rest of the paragraph reads as before.
    if (!review) {
      const accounted = progressDoc ? unitAccounts(body) : null;
      if (accounted) {
        for (const item of accounted) {
          pushReported(item, para);
          tasks[tasks.length - 1].leadUnits = [item.unit];
        }
        ledger.mark(para.from, para.to, "task");
        continue;
      }
      const fresh = freshItems(body, progressDoc);
      // Round ag: where round q's readers find nothing, a paragraph telling its projects one a sentence with their state.
      const accounts = progressDoc && !fresh.items.length ? projectAccounts(body) : null;
      if (accounts) {
        for (const item of accounts) pushReported(item, para);
        ledger.mark(para.from, para.to, "task");
        continue;
      }
      for (const item of fresh.items) pushReported(item, para);
      if (fresh.items.length) body = fresh.rest;
      if (!body) {
        ledger.mark(para.from, para.to, "task");
        continue;
      }
    }
    const reported = progressDoc && !review ? reportedItems(body) : [];
    const headless = progressDoc && !review && !major && !reported.length ? sentences(body).flatMap((s) => clauseItems(s)) : [];
    if (reported.length || headless.length) {
      for (const item of [...reported, ...headless]) pushReported(item, para);
      ledger.mark(para.from, para.to, "task");
      continue;
    }
    // Before the first heading (round ac): works quoted a line each, as a 成绩单 lists them, are items.
    const listed = !review && !major ? listedQuotes.get(index) : undefined;
    if (listed) {
      add(listed.text, listed.kind, para);
      ledger.mark(para.from, para.to, "task");
      continue;
    }
    // Before the first heading, where nothing was read before (round q): a theme numbered 之一：, and 实事 named in one sentence.
    const numberedTheme = !review && !major ? THEME_NUMBER.exec(body) : null;
    if (numberedTheme) add(numberedTheme[2], /\d/.test(numberedTheme[2]) ? "measurable" : "action", para);
    if (!review && !major && !numberedTheme) for (const name of namedCatalogue(body)) add(name, "action", para);
    if (review || !major) {
      if (tasks.length > start) ledger.mark(para.from, para.to, "task");
      else ledger.mark(para.from, para.to, "skip", review ? "工作回顾（不是任务）" : "报告开头（标题、称谓）");
      continue;
    }
    // The 主要预期目标 list runs over several "；" until its "。": each item is an indicator.
    let inTargets = false;
    const list = sentences(body);
    for (const [k, sentence] of list.entries()) {
      // "培育梯次强企方阵。" opening a paragraph names its topic; the sentences after it carry the actions. So does
      // "街道重点工作专班推进事项方面。" (round ac): the kind of work a 督查 report's paragraph is about.
      if (k === 0 && ((list.length > 1 && sentence.length <= 12 && !/\d/.test(sentence)) || TOPIC_ASPECT.test(sentence))) continue;
      if (/[：:]$/.test(sentence)) continue;
      const targets = /主要预期目标(为|是)?[:：](.*)$/.exec(sentence);
      if (targets || inTargets) {
        const items = targets ? targets[2] : sentence;
        for (const item of items.split(/[，；。]/).map((x) => x.trim()).filter((x) => x.length >= 4)) {
          add(item, /\d/.test(item) ? "measurable" : "action", para);
        }
        inTargets = !/。$/.test(sentence);
        continue;
      }
      // Under a heading too, a sentence assigning works names them and who leads them (round ak).
      const leadWork = assignedWork(sentence);
      const assigned = [...namedWorkAssignments(sentence), ...(leadWork ? [leadWork] : [])];
      if (assigned.length) {
        for (const work of assigned) {
          add(work.name, "action", para);
          Object.assign(tasks[tasks.length - 1], { leadUnits: work.lead, coUnits: work.co, ...("leader" in work ? { leader: work.leader } : {}) });
        }
        continue;
      }
      const items = progressDoc ? clauseItems(sentence, true) : [];
      if (items.length) {
        for (const item of items) pushReported(item, para);
        continue;
      }
      const kind = promiseKind(sentence);
      if (kind === "action" && introOf.has(index)) continue;
      if (kind) add(sentence.replace(/^[一二三四五六七八九十]+是/, "").replace(/；$/, ""), kind, para);
    }
    if (tasks.length > start) ledger.mark(para.from, para.to, "task");
    else ledger.mark(para.from, para.to, "skip", "报告正文（无承诺或举措句）");
  }
  if (owner) for (const task of tasks) if (!task.leadUnits.length) task.leadUnits = [owner];
  for (const task of tasks) {
    const unit = task.leadUnits.length || task.coUnits.length ? "" : unitOfHeading(task.section.split("／").pop() ?? "");
    if (unit) task.leadUnits = [unit];
  }
  const sections = countSections(tasks, headings).filter((s) => s.foundCount > 0);
  const { unrecognized, skipped } = ledger.finish();
  const measurable = tasks.filter((t) => t.draft === "measurable").length;
  return {
    kind: "report",
    kindReason: reason,
    tasks,
    sections,
    units: [],
    unrecognized,
    skipped,
    notes: [
      {
        code: "IMPORT_REPORT_DRAFT",
        message: `从报告正文生成 ${tasks.length} 条草稿任务（含量化指标 ${measurable} 条），尚无责任单位，请逐条审核、合并后再分解。(draft from report prose: review before use)`,
      },
    ],
  };
}
