import { UnitEntry } from "../model";
import { endsCell, tidySpaces } from "./columnText";
import { LineLedger } from "./lineLedger";
import { countSections, SectionHeading } from "./sections";
import { ImportedTask, ImportResult, importedTask } from "./types";

const CN = "一二三四五六七八九十";
const MAJOR = new RegExp(`^[${CN}]+、`);
const MINOR = new RegExp(`^[（(][${CN}]+[）)]`);
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
/** Words a name never opens or ends with: a period ("上半年已"), an adverb ("各项目基本"). */
const NOT_A_NAME = /^(?:上半年|下半年|前三季度|截至|今年|目前|全年)|(?:已|正|正在|基本|全面|均|共|都)$/;
/**
 * What can only be a result, never the target itself: 已… or a rate ("已建成1处", "完成率达145%"). Under a heading, where a
 * sentence that is no report stays the target's draft, only these open an item: "农村危房改造完成1000户" may be the target.
 */
const PAST = /^(?:已|完成率)/;
/** An item's name before its account: words and quotes only, no figure, list or clause inside. */
const ITEM_NAME = /^[\u4e00-\u9fa5“”"]{4,20}$/;

/**
 * The items of a progress report's paragraph and what each reached (round o), else none:
 * - "一是高速公路建设。京津塘二线…完成98%…": the item in a sentence of its own after 一是, the rest its account;
 * - indicator results, two or more to a paragraph that names the period they cover ("元至九月，全县完成生产总值56.7亿，增长
 *   7.5%；地方公共财政预算收入4.47亿元…"): each indicator with the figures after its name;
 * - a clause opening with an item's name and what it reached ("农村安全饮水工程已建成1处，开工建设3处", "农村黑臭水体治理
 *   完成率50%"): the item, and the clauses after it up to the next item its account. A name listing several items
 *   (、), holding a figure, or followed by words that reach nothing ("总体顺利") opens no item.
 */
function reportedItems(body: string): { name: string; progress: string }[] {
  const lead = /^[一二三四五六七八九十]+是([^。，；！？]{2,20})。(.+)$/.exec(body);
  if (lead) return [{ name: lead[1].trim(), progress: lead[2].trim() }];
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
    for (const clause of part.split(/[，,]/).map((c) => c.trim()).filter(Boolean)) {
      let opened = false;
      for (let p = 2; p < clause.length && p <= 20; p++) {
        const name = clause.slice(0, p);
        const rest = clause.slice(p);
        if (ITEM_NAME.test(name) && !NOT_A_NAME.test(name) && REACHED.test(rest) && /^已|\d|完工|竣工|投用|通车|完成/.test(rest) && (!strict || PAST.test(rest))) {
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

/** A document's title line: short, no sentence inside, naming what it is ("…进展情况", "…通报", "…成绩单"). */
const REPORT_TITLE = /^[^。，,；;]{4,40}(?:情况|通报|报告|成绩单|进展|公示|汇报)[”」》]?$/;

interface Para {
  text: string;
  from: number;
  to: number;
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
    const numbered = MAJOR.test(line) || MINOR.test(line);
    const para = open as Para | null;
    // "二是…" opens an item of its own (round o), and a title on the first line is no start of the paragraph below it.
    const listed = /^[一二三四五六七八九十]+是/.test(line);
    const title = para !== null && out.length === 1 && para.from === para.to && REPORT_TITLE.test(para.text);
    if (para && !numbered && !listed && !title && !endsCell(para.text) && !/[：:！!]$/.test(para.text)) {
      para.text += line;
      para.to = n;
    } else {
      open = { text: line, from: n, to: n };
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

/**
 * Report prose (政府工作报告): a draft catalogue of the sentences that carry a measurable promise or a
 * clear action, under their section headings, for the office to review. The look back at last year
 * (工作回顾) is skipped; the 主要预期目标 sentence is split into its indicators.
 */
export function importReport(lines: readonly string[], units: UnitEntry[], reason: string): ImportResult {
  void units;
  const ledger = new LineLedger(lines);
  const tasks: ImportedTask[] = [];
  const headings: SectionHeading[] = [];
  let major = "";
  let section = "";
  let review = false;
  let counter = 0;
  // A progress notice written as prose names each item's catalogue number: "一是实施…工程（第三项）正在编制
  //招标文件" — the item, then what has been done.
  const progressDoc = lines.slice(0, 8).some((l) => /进展|进度|落实情况|完成情况|督查|通报/.test(l)) || PROGRESS_TITLE.test(lines.find((l) => l.trim()) ?? "");
  const add = (text: string, kind: "measurable" | "action", para: Para) => {
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
  const pushReported = (item: { name: string; progress: string }, para: Para) => {
    counter++;
    tasks.push(importedTask({
      section,
      id: `草${counter}`,
      text: item.name,
      draft: /\d/.test(item.progress) ? "measurable" : "action",
      progress: { period: "", text: item.progress, completion: "", problems: "", nextSteps: "" },
      lines: [para.from, para.to],
    }));
  };
  const paras = reportParagraphs(lines, ledger);
  // The opening of a major section that has （一）（二）… parts sets the scene (situation, general
  // requirements); only its figures (the 主要预期目标) are drafts.
  const introOf = new Set<number>();
  paras.forEach((p, k) => {
    if (!MAJOR.test(p.text)) return;
    let end = k + 1;
    while (end < paras.length && !MAJOR.test(paras[end].text) && !MINOR.test(paras[end].text)) end++;
    if (end < paras.length && MINOR.test(paras[end].text)) for (let j = k; j < end; j++) introOf.add(j);
  });
  for (const [index, para] of paras.entries()) {
    let body = para.text;
    const isMajor = MAJOR.test(body);
    if (isMajor || MINOR.test(body)) {
      const cut = body.indexOf("。");
      const heading = (cut >= 0 ? body.slice(0, cut) : body).trim();
      body = cut >= 0 ? body.slice(cut + 1) : "";
      if (isMajor) {
        major = heading;
        review = REVIEW.test(heading);
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
    const reported = progressDoc && !review ? reportedItems(body) : [];
    const headless = progressDoc && !review && !major && !reported.length ? sentences(body).flatMap((s) => clauseItems(s)) : [];
    if (reported.length || headless.length) {
      for (const item of [...reported, ...headless]) pushReported(item, para);
      ledger.mark(para.from, para.to, "task");
      continue;
    }
    if (review || !major) {
      ledger.mark(para.from, para.to, "skip", review ? "工作回顾（不是任务）" : "报告开头（标题、称谓）");
      continue;
    }
    const before = tasks.length;
    // The 主要预期目标 list runs over several "；" until its "。": each item is an indicator.
    let inTargets = false;
    const list = sentences(body);
    for (const [k, sentence] of list.entries()) {
      // "培育梯次强企方阵。" opening a paragraph names its topic; the sentences after it carry the actions.
      if (k === 0 && list.length > 1 && sentence.length <= 12 && !/\d/.test(sentence)) continue;
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
      const items = progressDoc ? clauseItems(sentence, true) : [];
      if (items.length) {
        for (const item of items) pushReported(item, para);
        continue;
      }
      const kind = promiseKind(sentence);
      if (kind === "action" && introOf.has(index)) continue;
      if (kind) add(sentence.replace(/^[一二三四五六七八九十]+是/, "").replace(/；$/, ""), kind, para);
    }
    if (tasks.length > before) ledger.mark(para.from, para.to, "task");
    else ledger.mark(para.from, para.to, "skip", "报告正文（无承诺或举措句）");
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
