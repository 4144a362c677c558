import { CliIO, EXIT_OK } from "../io";
import { parseArgs } from "../args";
import { parseDateCell } from "../../core";
import { Actual, Judgement, Target, parseActuals, parseTargets, shownRatio } from "../../core";
import { judgeTask, placeLevel } from "../../core";
import { DubanError } from "../../core";

const KIND_ZH: Record<string, string> = { growth: "增速", level: "总量/水平", count: "新增数量", pp: "百分点变化" };
const CMP_ZH: Record<string, string> = { ">=": "不低于", ">": "超过", "<=": "不超过", "<": "低于", "~": "约", "=": "达到" };

/** One text per stdin line; a literal "\n" inside a line is a line break of that text (offices paste whole columns). */
async function stdinTexts(io: CliIO): Promise<string[]> {
  const raw = (await io.readStdin()).replace(/^\uFEFF/, "");
  const lines = raw.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => l.replace(/\\n/g, "\n"));
}

function yearOption(value: unknown): number {
  if (value === undefined) return new Date().getFullYear();
  const y = Number(value);
  if (!Number.isInteger(y) || y < 1900 || y > 2999) throw new DubanError("CLI_BAD_YEAR", { value: String(value) });
  return y;
}

function targetJson(t: Target) {
  return {
    metric: t.metric, kind: t.kind, cmp: t.cmp, value: t.value, unit: t.unit, base: t.base, cumulative: t.cumulative, phrase: t.phrase,
    ...(t.deadline ? { deadline: t.deadline } : {}),
  };
}
function actualJson(a: Actual) {
  return {
    metric: a.metric, kind: a.kind, value: a.value, unit: a.unit, period: a.period, base: a.base, phrase: a.phrase,
    ...(a.explicitRatio !== undefined ? { explicitRatio: a.explicitRatio } : {}),
  };
}

function explainTargets(text: string, year: number): string {
  const r = parseTargets(text, { year });
  const lines = [`任务：${text.replace(/\n/g, " ")}`];
  if (!r.targets.length) lines.push(r.skipped?.length ? "  未识别到可度量的目标。" : `  未识别到可度量的目标：${r.reason ?? ""}`);
  else {
    lines.push(`  识别到 ${r.targets.length} 个目标：`);
    r.targets.forEach((t, i) =>
      lines.push(
        `  ${i + 1}. ${t.metric || "（未写指标）"}：${KIND_ZH[t.kind]}，${CMP_ZH[t.cmp]} ${t.value}${t.unit}${t.cumulative ? "（按序时进度考核）" : ""}` +
          `${t.deadline ? `，时限 ${t.deadline}` : ""}　依据「${t.phrase}」`,
      ),
    );
  }
  for (const k of r.skipped ?? []) lines.push(`  未作为目标：「${k.figure}」（${k.phrase}）${k.why}`);
  lines.push(`  完成时限：${r.deadline ?? `未写明（按 ${year} 年底）`}${r.deadline && r.deadlineNote ? `（${r.deadlineNote}）` : ""}`);
  return lines.join("\n") + "\n";
}

function explainActuals(text: string): string {
  const r = parseActuals(text);
  const lines = [`进展：${text.replace(/\n/g, " ")}`];
  if (!r.actuals.length) lines.push(r.skipped?.length ? "  未识别到实际完成值。" : `  未识别到实际完成值：${r.reason ?? ""}`);
  else {
    lines.push(`  识别到 ${r.actuals.length} 个实际值：`);
    r.actuals.forEach((a, i) =>
      lines.push(
        `  ${i + 1}. ${a.metric || "（未写指标）"}：${KIND_ZH[a.kind]} ${a.value}${a.unit}${a.period ? `（${a.period}）` : ""}` +
          `${a.explicitRatio !== undefined ? `，文中写明完成目标的 ${(a.explicitRatio * 100).toFixed(2)}%` : ""}　依据「${a.phrase}」`,
      ),
    );
  }
  for (const k of r.skipped ?? []) lines.push(`  未作为实际值：「${k.figure}」（${k.phrase}）${k.why}`);
  return lines.join("\n") + "\n";
}

/** `duban parse target|progress [--year Y] [--json] [TEXT]` */
export async function runParse(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs(args, { year: { type: "string" }, json: { type: "boolean" } });
  const [what, ...rest] = positionals;
  if (what !== "target" && what !== "progress")
    throw new DubanError("CLI_PARSE_USAGE");
  const json = Boolean(values.json);
  const year = yearOption(values.year);
  const texts = rest.length ? [rest.join(" ")] : await stdinTexts(io);
  for (const text of texts) {
    if (what === "target") {
      const r = parseTargets(text, { year });
      if (json)
        io.out(JSON.stringify({ targets: r.targets.map(targetJson), deadline: r.deadline, ...(r.deadlineNote ? { deadlineNote: r.deadlineNote } : {}), ...(r.reason ? { reason: r.reason } : {}) }) + "\n");
      else io.out(explainTargets(text, year));
    } else {
      const r = parseActuals(text);
      if (json) io.out(JSON.stringify({ actuals: r.actuals.map(actualJson), ...(r.reason ? { reason: r.reason } : {}) }) + "\n");
      else io.out(explainActuals(text));
    }
  }
  return EXIT_OK;
}

function judgementJson(j: Judgement) {
  return {
    metric: j.target.metric, status: j.status, label: j.label, rag: j.rag, ragLabel: j.ragLabel, ratio: shownRatio(j), expected: j.expected,
    dueSoon: j.dueSoon, met: j.met, target: targetJson(j.target), actual: j.actual ? actualJson(j.actual) : null, reason: j.reason,
    gap: j.gap ?? null, gapUnit: j.gapUnit ?? "", binding: j.binding ?? false,
    // Why no share done is read from the figure (ratio is then null), whatever the date: the same as =DUBAN.RATIO's error.
    ...(j.weakEvidence ? { weakEvidence: j.weakEvidence } : {}),
  };
}

/** `duban judge --target T --progress P --as-of DATE [--json]`; without --target/--progress, "目标<TAB>进展" lines on stdin. */
export async function runJudge(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs(args, {
    target: { type: "string" }, progress: { type: "string" }, "as-of": { type: "string" }, level: { type: "string" }, json: { type: "boolean" },
  });
  // 单位层级 (省, 市, 县), as the 设置 sheet gives it to validate: a figure of a wider area is then not the office's own.
  const level = typeof values.level === "string" ? placeLevel(values.level) : null;
  if (typeof values.level === "string" && !level) throw new DubanError("CLI_JUDGE_USAGE", { problem: "level" });
  const asOfText = values["as-of"];
  if (typeof asOfText !== "string")
    throw new DubanError("CLI_JUDGE_USAGE", { problem: "no-as-of" });
  const asOf = parseDateCell(asOfText);
  if (!asOf) throw new DubanError("CLI_BAD_DATE", { value: asOfText });
  if (positionals.length) throw new DubanError("CLI_JUDGE_USAGE", { problem: "positional" });
  let pairs: [string, string][];
  if (typeof values.target === "string" || typeof values.progress === "string") {
    if (typeof values.target !== "string" || typeof values.progress !== "string")
      throw new DubanError("CLI_JUDGE_USAGE", { problem: "pair" });
    pairs = [[values.target, values.progress]];
  } else pairs = (await stdinTexts(io)).map((l) => { const [t, p = ""] = l.split("\t"); return [t, p]; });
  for (const [target, progress] of pairs) {
    // The one judge (src/core/judge), as 指标跟踪, 任务状态 and =DUBAN.STATUS use it.
    // An empty progress is a unit that sent nothing (未报送), as in =DUBAN.STATUS; a text silent on a metric is 未反映该指标.
    const judged = judgeTask({ targetText: target, progress: progress.trim() ? { text: progress } : null, asOf, level });
    const { judgements, verdict, deadline } = judged;
    const worst = judgements.length ? verdict.worst : null;
    // A task with no figure (推进…, 完善…) has the verdict 任务状态 gives it too — from the wording (已全面完成), the
    // deadline passed or nothing to judge by — not none (hunt 7: the one verdict of judgeTask, whatever the task).
    if (values.json) {
      io.out(
        JSON.stringify({
          status: verdict.status, label: verdict.label, rag: verdict.rag, ragLabel: verdict.ragLabel,
          ratio: worst ? shownRatio(worst) : null, expected: worst?.expected ?? null, dueSoon: verdict.dueSoon, deadline,
          ...(judged.deadlineNote ? { deadlineNote: judged.deadlineNote } : {}),
          judgements: judgements.map(judgementJson), verdict: { source: verdict.source, reason: verdict.reason },
          ...(judged.targetReason ? { reason: judged.targetReason } : {}),
        }) + "\n",
      );
      continue;
    }
    const lines = [`目标：${target}`, `进展：${progress}`, `研判日期：${asOf}，完成时限：${deadline ?? `${asOf.slice(0, 4)}-12-31（未写明，按年底）`}${deadline && judged.deadlineNote ? `（${judged.deadlineNote}）` : ""}`];
    if (!judgements.length) lines.push(`指标：${judged.targetReason ?? "目标中没有可度量的指标"}，按进展文字、填报状态和时限研判`);
    for (const j of judgements) lines.push(`【${j.ragLabel}】${j.label}　${j.reason}`);
    lines.push(`任务研判：【${verdict.ragLabel}】${verdict.label}${verdict.sourceLabel ? `（依据：${verdict.sourceLabel}）` : ""}　${verdict.reason}`);
    io.out(lines.join("\n") + "\n");
  }
  return EXIT_OK;
}
