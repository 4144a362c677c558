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

/** Words that open a metric name with the act: swapped for another act, or stripped to leave the noun. */
const ACT = /^(?:全年|年内)?(?:新增|新建|建成|完成|新引进|引进|实施|改造|培育|打造|建设|创建|实现|开展|累计)/;
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
        for (const [family, p] of perturb(t.metric, t.kind, figure, smaller)) lookalikes.push({ family, target, text: p, asOf });
      }
    }
  }
  return { controls, lookalikes };
}

/** The greens per family, in order. */
export function probeGreens(): Map<string, Probe[]> {
  const greens = new Map<string, Probe[]>();
  for (const p of probes().lookalikes) {
    if (!greens.has(p.family)) greens.set(p.family, []);
    if (isGreen(p.target, p.text, p.asOf)) greens.get(p.family)!.push(p);
  }
  return greens;
}
