/**
 * The lookalike probe (docs/metrics.md "Hunt 6"): from the TRAIN targets of the judging corpus (the cumulative count
 * and amount targets of targets-*.jsonl, each said as "名称+数值+单位"), texts that meet the target's figure but are
 * not evidence of it, made by general perturbations, run through the one judge at 30 September and 31 December.
 * Deterministic and fast: every fourth distinct target (about 170), about 35 texts each. A sub-period (二季度, 9月当月) is
 * not probed: a part of the year that meets a cumulative target is evidence that the year does.
 * Each family's greens are what huntRound6.test.ts asserts on.
 */
import * as fs from "fs";
import * as path from "path";
import { isGreen } from "./hunt";

const DIR = path.join(__dirname, "../../fixtures/metrics/corpus");
const AS_OF = ["2024-09-30", "2024-12-31"];

interface Target { metric: string; kind: string; value: number; unit: string; cumulative: boolean }
export interface Probe { family: string; target: string; text: string; asOf: string }

function rows(prefix: string): Record<string, unknown>[] {
  return fs.readdirSync(DIR).filter((f) => f.startsWith(prefix) && f.endsWith(".jsonl")).sort()
    .flatMap((f) => fs.readFileSync(path.join(DIR, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>))
    .filter((r) => r.split === "train");
}

/**
 * Words that open a metric name with the act: swapped for another act, or stripped to leave the noun. Session 22: 新签约 and 签约
 * too — without them set ar's "新签约亿元以上项目120个" kept its act in the laterStage family's restated total, which is the
 * keepOwnAct control's form (a result said with its own act), not a lookalike.
 */
const ACT = /^(?:全年|年内)?(?:新增|新建|建成|完成|新引进|引进|新签约|签约|实施|改造|培育|打造|建设|创建|实现|开展|累计)/;
const OTHER_ACTS = ["开工", "签约", "谋划", "启动", "摸排", "培训"];
const MODIFIER = /示范性|示范|城区|中心城区|农村|城镇|城市|社区|公共|公办|民办|普惠性|普惠|重点|重大|省级|市级|区级|县级|国家级|高标准|高品质|规上|规模以上|困难|老旧|智慧|标准化|特色|精品|星级|[\d.]+亿元以上|[\d.]+万元以上|新型|绿色|数字|专精特新|高新技术|科技型|适老化|无障碍|标准|国际|跨境|农贸/g;
const DONE_ACT = /竣工|完工|建成|投用|投运|改造|新建|创建|打造|完成/;

/** A base result text for one target clause and its perturbations, each [family, text]. */
function perturb(metric: string, kind: string, figure: string, smaller: string): [string, string][] {
  const noun = metric.replace(ACT, "");
  const out: [string, string][] = [];
  // A word that narrows the noun (城区, 示范性, 公办, 亿元以上 …) left out: the figure counts a wider group.
  for (const m of metric.match(MODIFIER) ?? []) {
    const wider = metric.replace(m, "");
    if (wider.length >= 2) out.push(["dropModifier", `1-9月${wider}${figure}`]);
  }
  // The target's own act (竣工, 建成, 改造 …) swapped for an earlier step or a service; or one put before a counted noun
  // (not before an amount: "启动社会消费品零售总额" is no report's wording).
  const done = DONE_ACT.exec(metric);
  if (done || kind === "count") for (const act of OTHER_ACTS.filter((w) => !metric.includes(w))) out.push(["otherAct", done ? `1-9月${metric.replace(done[0], act)}${figure}` : `1-9月${act}${noun}${figure}`]);
  // （含续建） is left out: a count of things finished that were begun in earlier years is still a count of things finished.
  for (const note of ["（预计）", "（含在建）", "（自测数）", "（去年数）", "（初步统计，待核实）"]) out.push(["bracketNote", `1-9月${metric}${figure}${note}`]);
  for (const place of ["全市", "全省", "甲镇", "市本级", "全国"]) out.push(["otherPlace", `1-9月${place}${metric}${figure}`]);
  for (const plan of ["计划", "预计", "力争", "拟", "预计全年", "全年计划"]) out.push(["plan", `1-9月${plan}${metric}${figure}`]);
  for (const span of ["三年累计", "2022年以来累计", "近三年", "“十四五”以来", "2021-2024年"]) out.push(["multiYear", `${span}${metric}${figure}`]);
  out.push(["otherBase", `1-9月${metric}完成投资计划的${figure}`]);
  out.push(["otherBase", `1-9月${metric}占全市的${figure}`]);
  for (const base of ["去年同期", "上年", "2023年"]) out.push(["baseline", `${base}${metric}${figure}`]);
  // Session 14: a figure of an earlier period, said as a stock or a year's total before this one.
  for (const earlier of ["截至2023年底", "2023年全年", "截至上年末", "去年全年", "2023年度", "上一年度"]) out.push(["earlierPeriod", `${earlier}${metric}${figure}`]);
  out.push(["baseline", `1-9月${metric}比去年同期增加${figure}`]);
  out.push(["negated", `1-9月${metric}${figure}，尚未完成`]);
  out.push(["negated", `1-9月未完成${metric}${figure}`]);
  out.push(["pending", `1-9月${metric}${figure}（待验收）`]);
  out.push(["pending", `1-9月${metric}${figure}，正在施工`]);
  out.push(["stock", `${metric}总数${figure}`]);
  out.push(["stock", `截至目前累计${metric}${figure}`]);
  out.push(["restateSmaller", `年度目标${metric}${figure}，已完成${smaller}`]);
  out.push(["restateSmaller", `${metric}${figure}，已完成${smaller}`]);
  out.push(["restateSmaller", `计划${metric}${figure}，截至目前完成${smaller}`]);
  out.push(["restateSmaller", `${metric}目标${figure}，1-9月完成${smaller}`]);
  return out;
}

/**
 * Session 14 (docs/metrics.md "Probe families, session 14"): the lead's hand lookalikes made general. A restated total
 * (the name without its act) followed by a smaller count of a later stage or a sub-step ("棚户区改造800套，已交付520套",
 * "河道治理10条，完成清淤4条"); things that only made a preparatory step, the target's act or class said in a plan
 * ("2家企业已完成股改，拟于明年上市"); the stages of projects not yet won or begun (签约, 储备 … 总投资); a restated
 * total broken down by status after 其中. Families named "keep…" are controls: the result said with its own act, a
 * total said all done, a breakdown by size class after 其中 — they must stay green.
 */
const LATER_VERBS = ["已交付", "已交房", "已验收", "已通过验收", "已移交", "已投用", "已入住", "已挂牌", "已开业", "已运营", "目前已交付", "现已验收", "已备案", "已通车", "已认定"];
/** Later stages that are not a confirmation of the count (验收, 认定 and 备案 make the part the confirmed count, round 4). */
const KEEP_VERBS = ["已交付", "已交房", "已移交", "已投用", "已入住", "已开业"];
const STEP_NOUNS = ["清淤", "主体", "基础", "招标", "设计", "拆迁", "征收", "立项", "选址", "验收", "土方", "备案"];
const PREP_STEPS = ["立项", "选址", "前期手续", "方案设计", "招标", "备案", "申报"];
const FIRM_STEPS = ["股改", "上市辅导", "挂牌辅导", "规范化改制", "申报"];
/** Classes a thing may be planned into: "…，计划转为公办", "拟于明年上市". */
const PLANNED_CLASS = /公办|普惠性|普惠|示范性|示范|省级|市级|国家级|星级|标准化|智慧|专精特新|高新技术|科技型|规上|规模以上|上市|挂牌|精品|特色/g;
const PROJECT_STAGE_WORDS = ["签约", "在谈", "储备", "谋划", "拟开工", "前期", "意向"];
const STATUS_PARTS = ["已竣工", "已完工", "已建成", "已交付", "已验收", "已投用", "已开工"];
const HEAD = /(项目|企业|学校|幼儿园|机构|中心|站|点|场所|公园|小区|道路|公路|线路|管网|床位|学位|车位|停车位|房|村|社区)$/;
/** Words that say the named things are finished or begun: a name holding one ("…竣工150部") is not a bare restated total. */
const STATE_IN_NAME = /建成|竣工|完工|交付|投用|投产|完成|开工|实现|新增|新建|拆除/;
const WHOLE_UNIT = /^(?:个|家|所|处|座|条|户|人|套|张|部|台|辆|栋|项|批次|名|间|例|场|次|宗|艘|架|根)$/;

function session14(metric: string, kind: string, value: number, unit: string): [string, string][] {
  const out: [string, string][] = [];
  const figure = `${fmt(value)}${unit}`;
  const partValue = WHOLE_UNIT.test(unit) ? Math.floor(value * 0.4) : value * 0.4;
  if (partValue <= 0) return out;
  const part = `${fmt(partValue)}${unit}`;
  // Round ab: a name with two acts before its noun ("新建改造道路") loses both: the family restates the total without an act.
  const noun = metric.replace(ACT, "").replace(ACT, "");
  const own = ACT.exec(metric)?.[0];
  const head = HEAD.exec(noun)?.[1];
  if (kind === "count" && noun.length >= 2 && !STATE_IN_NAME.test(noun)) {
    for (const v of LATER_VERBS) out.push(["laterStage", `${noun}${figure}，${v}${part}`]);
    for (const step of STEP_NOUNS) out.push(["laterStage", `${noun}${figure}，完成${step}${part}`]);
    for (const v of ["交付", "验收", "投用", "入住", "挂牌"]) out.push(["laterStage", `${noun}${figure}，${part}已${v}`]);
    // The part's period or a running total before it, the total said with 共 or 总, a step's noun of several characters.
    for (const lead of ["累计", "截至9月底已", "1-9月", "今年以来已", "其中已", "现已累计"]) out.push(["laterStage", `${noun}${figure}，${lead}交付${part}`]);
    for (const total of ["共", "总数", "总量"]) out.push(["laterStage", `${noun}${total}${figure}，已交付${part}`]);
    for (const step of ["主体工程", "主体结构施工", "清淤工程", "竣工验收", "项目验收"]) out.push(["laterStage", `${noun}${figure}，已完成${step}${part}`]);
    for (const v of STATUS_PARTS) out.push(["statusBreakdown", `${noun}${figure}，其中${v}${part}`]);
    out.push(["statusBreakdown", `${noun}${figure}，其中${part}已完工，其余在建`]);
    out.push(["statusBreakdown", `${noun}${figure}，其中在建${part}`]);
    out.push(["statusBreakdown", `${noun}${figure}，其中完成${part}，其余正在推进`]);
    // Controls: the total said with an act of a result (its own, or 完成), then a later stage; the total said all done; a
    // size class after 其中.
    // Hunt 8: 新建 is the programme's word, not a result: "新建学校15所，已交付6所" reads 6 of 15 (hunt8.test.ts), so a
    // 新建 total's control says it done (完成新建…).
    const said = /^(?:新增|建成|完成|实现|引进|培育|累计)/.test(metric) ? metric : /^新建/.test(metric) ? `完成${metric}` : `完成${noun}`;
    for (const v of KEEP_VERBS) out.push(["keepOwnAct", `${said}${figure}，${v}${part}`]);
    // A target of new things keeps its 新增 in the restated total: "学位N个，均已完成" says nothing of new ones.
    // A net gain bounds the new ones from below: meeting the target, it answers it (JUDGE_NET_GAIN).
    if (own?.includes("新增")) out.push(["keepNetGain", `1-9月${noun}净增${figure}`]);
    // The figure a result, the rest planned in a clause of its own: the plan speaks of the rest.
    for (const rest of ["年底前完成全部任务", "剩余部分计划年底前完成", "将于四季度全面完成"]) out.push(["keepRestPlanned", `1-9月${metric}${figure}，${rest}`]);
    for (const done of ["已全部完成", "均已完成"]) out.push(["keepAllDone", `${own?.includes("新") ? metric : noun}${figure}，${done}`]);
    if (head === "项目" || head === "企业") for (const cls of ["10亿元以上", "5000万元以上"]) out.push(["keepSizeClass", `1-9月${metric}${figure}，其中${cls}${head}${part}`]);
  }
  // Things under a generic head that made a preparatory step, the target's act or class said only in a plan.
  if (kind === "count" && head) {
    const steps = head === "企业" ? FIRM_STEPS : PREP_STEPS;
    for (const step of steps) {
      out.push(["plannedAct", `${figure}${head}已完成${step}，拟于明年${own ?? "完成"}`]);
      out.push(["plannedAct", `${figure}${head}已完成${step}，计划年底前${own ?? "完成"}`]);
    }
    for (const later of ["正在办理前期手续", "年底前", "将于四季度", "待验收后"]) out.push(["plannedAct", `${figure}${head}${later}${own ?? "完成"}`]);
    for (const m of metric.match(PLANNED_CLASS) ?? []) {
      for (const said of ["正在申报", "待评定为", "争创", "将纳入"]) if (metric.replace(m, "").length >= 2) out.push(["plannedQualifier", `1-9月${metric.replace(m, "")}${figure}，${said}${m}`]);
      const wider = metric.replace(m, "");
      if (wider.length < 2) continue;
      out.push(["plannedQualifier", `1-9月${wider}${figure}，计划转为${m}`]);
      out.push(["plannedQualifier", `1-9月${wider}${figure}，拟申报${m}`]);
      out.push(["plannedQualifier", `${figure}${head}已完成${steps[0]}，拟于明年${/上市|挂牌/.test(m) ? m : `纳入${m}`}`]);
    }
  }
  // The stages of projects not yet won or begun: their total investment, or their count for a target of begun or
  // finished projects.
  if (/投资/.test(metric) && /亿元|万元/.test(unit)) {
    for (const stage of [...PROJECT_STAGE_WORDS, "招引"]) out.push(["projectStage", `1-9月${stage}项目总投资${figure}`]);
    out.push(["projectStage", `1-9月招引项目12个，总投资${figure}`]);
    out.push(["projectStage", `1-9月签约项目12个，协议总投资${figure}`]);
    out.push(["projectStage", `1-9月新签约项目总投资${figure}`]);
    out.push(["projectStage", `项目总投资${figure}，已完成投资${fmt(value * 0.4)}${unit}`]);
    out.push(["projectStage", `1-9月项目计划总投资${figure}`]);
  }
  const stated = /(?:新开工|开工|竣工|建成|投产|完工|续建)/.exec(metric);
  if (kind === "count" && stated && /项目$/.test(metric.replace(stated[0], ""))) {
    const bare = metric.replace(stated[0], "").replace(ACT, "");
    for (const stage of PROJECT_STAGE_WORDS) out.push(["projectStage", `1-9月${stage}${bare}${figure}`]);
    out.push(["projectStage", `1-9月${figure}${bare.replace(/^.*?(项目)$/, "$1")}已完成签约`]);
    out.push(["projectStage", `1-9月${bare}${figure}，已完成前期手续`]);
  }
  return out;
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** Every probe text over the train targets whose plain result text is green (the control). */
export function probes(): { controls: Probe[]; lookalikes: Probe[] } {
  const controls: Probe[] = [];
  const lookalikes: Probe[] = [];
  const seen = new Set<string>();
  let n = 0;
  for (const r of rows("targets-")) {
    for (const t of r.targets as Target[]) {
      if (!t.cumulative || t.unit === "%" || !(t.kind === "count" || t.kind === "level")) continue;
      const target = `${t.metric}${fmt(t.value)}${t.unit}`;
      if (seen.has(target)) continue;
      seen.add(target);
      if (n++ % 4) continue;
      const figure = `${fmt(t.value)}${t.unit}`;
      const smaller = `${fmt(t.value * 0.4)}${t.unit}`;
      for (const asOf of AS_OF) {
        const control = `1-9月${t.metric}${figure}`;
        if (!isGreen(target, control, asOf)) continue;
        controls.push({ family: "control", target, text: control, asOf });
        for (const [family, p] of [...perturb(t.metric, t.kind, figure, smaller), ...session14(t.metric, t.kind, t.value, t.unit)]) lookalikes.push({ family, target, text: p, asOf });
      }
    }
  }
  return { controls, lookalikes };
}

/** Each probe judged once: the lookalikes green per family, and the controls of the "keep…" families that are not. */
let judged: { greens: Map<string, Probe[]>; lost: Map<string, Probe[]> } | null = null;
function judgeAll(): { greens: Map<string, Probe[]>; lost: Map<string, Probe[]> } {
  if (judged) return judged;
  const greens = new Map<string, Probe[]>();
  const lost = new Map<string, Probe[]>();
  for (const p of probes().lookalikes) {
    const keep = p.family.startsWith("keep");
    const into = keep ? lost : greens;
    if (!into.has(p.family)) into.set(p.family, []);
    if (isGreen(p.target, p.text, p.asOf) !== keep) into.get(p.family)!.push(p);
  }
  return (judged = { greens, lost });
}

/** The greens per family, in order (the "keep…" controls left out). */
export function probeGreens(): Map<string, Probe[]> {
  return judgeAll().greens;
}

/** The controls of the "keep…" families that are not green, per family (session 14). */
export function probeLostControls(): Map<string, Probe[]> {
  return judgeAll().lost;
}
