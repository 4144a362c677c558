import { Analysis, bulletinLines, countBySeverity } from "../../core";
import { Finding, SEVERITY_LABEL, Severity } from "../../core";
import { formatPercent } from "../../core";
import { DIMENSION_LABEL } from "../../core";
import { roundRows, WorkbookPatch } from "../../core";
import { createXlsxFilePort } from "../../hosts/xlsx/xlsxPort";
import { RunStep } from "../../app/analysis";
import { RunOptions } from "../../app/ports";
import { validate } from "../../app/validate";
import { rollUp } from "../../app/rollup";
import { writeBulletinSheet } from "../../app/bulletin";
import { parseArgs } from "../args";
import { CliIO, EXIT_FINDINGS, EXIT_OK } from "../io";
import { boundHeapGrowth, parseAsOf, progressReporter, requireOne, today } from "./common";

type AnalysisCommand = "validate" | "rollup" | "bulletin";

const SHOWN_FINDINGS = 40;

function rollupJson(a: Analysis) {
  return { lines: a.rollup.lines, reporting: a.rollup.reporting, tasks: [...a.states.values()].map((s) => ({ id: s.task.id, category: s.category, reported: s.reported, source: s.source, deadline: s.deadline })) };
}

/** What a run prints, taken from the analysis before the copy is written. */
interface Report {
  /** Writes the report; `summary` lists what the copy changed. */
  print(io: CliIO, summary: string[]): void;
  exitCode: number;
}

function findingLines(a: Analysis): string[] {
  const c = countBySeverity(a.findings);
  const lines = [`校验完成（截至 ${a.settings.asOf}）：任务 ${a.tasks.length} 项，进展 ${a.progress.length} 行；错误 ${c.error} 条，警告 ${c.warning} 条，提示 ${c.info} 条。\n`];
  for (const f of a.findings.slice(0, SHOWN_FINDINGS)) {
    const where = f.address ? `${f.sheet}!${f.address}` : f.sheet;
    lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${where} ${f.message} (${f.code})\n`);
  }
  if (a.findings.length > SHOWN_FINDINGS) lines.push(`  …… 另有 ${a.findings.length - SHOWN_FINDINGS} 条，见输出工作簿的「校验结果」表或使用 --json。\n`);
  return lines;
}

function rollupLines(a: Analysis): string[] {
  const lines = [`完成情况汇总（截至 ${a.settings.asOf}）：\n`];
  let dimension = "";
  for (const l of a.rollup.lines) {
    if (l.dimension !== dimension) {
      dimension = l.dimension;
      lines.push(`${DIMENSION_LABEL[l.dimension]}\t任务数\t已完成\t序时\t滞后\t逾期\t待研判\t未报\t完成率\t序时率\n`);
    }
    lines.push(`  ${l.name}\t${l.assigned}\t${l.done}\t${l.onTrack}\t${l.lagging}\t${l.overdue}\t${l.unjudged}\t${l.notReported}\t${formatPercent(l.completionRatio)}\t${formatPercent(l.onScheduleRatio)}\n`);
  }
  // 汇总's 与上期比较 and 年底预判 rows, their lines of words as they are.
  let heading = "";
  for (const r of roundRows(a, 2)) {
    if (typeof r[2] === "number") continue;
    if (r[0] !== heading) lines.push(`${(heading = String(r[0]))}\n`);
    lines.push(`  ${String(r[1])}\n`);
  }
  return lines;
}

/** Findings per piece of JSON written: the document is never one string (~40 MB at 10⁶ rows). */
const JSON_BATCH = 2000;

/** Characters of JSON encoded into the buffer at a time. */
const JSON_PIECE = 16 * 1024;

/** Bytes of JSON handed to standard output at a time. */
const JSON_BYTES = 1024 * 1024;

/**
 * `JSON.stringify({ ...head, findings }) + "\n"`, written a batch of findings at a time. Where the output
 * takes bytes, each finding's JSON is written as UTF-8 straight into a buffer: joining 150,000 findings'
 * texts and encoding the result cost twice as much.
 */
function writeFindingsJson(io: CliIO, head: object, findings: Finding[]): void {
  const open = JSON.stringify(head);
  const first = `${open.slice(0, -1)},"findings":[`;
  const outBytes = io.outBytes;
  if (!outBytes) {
    io.out(first);
    for (let at = 0; at < findings.length; at += JSON_BATCH) {
      const batch = findings.slice(at, at + JSON_BATCH).map((f) => JSON.stringify(findingJson(f)));
      io.out((at > 0 ? "," : "") + batch.join(","));
    }
    io.out("]}\n");
    return;
  }
  // A buffer handed out is never written again: standard output may still be sending it.
  let buf = Buffer.allocUnsafe(JSON_BYTES);
  let used = 0;
  const put = (text: string) => {
    // At most 3 bytes for each UTF-16 unit; JSON.stringify leaves no lone surrogate to split.
    if (buf.length - used < text.length * 3) {
      if (used > 0) outBytes(buf.subarray(0, used));
      buf = Buffer.allocUnsafe(Math.max(JSON_BYTES, text.length * 3));
      used = 0;
    }
    used += buf.write(text, used);
  };
  // Findings' texts gathered into pieces of ~16k characters, each encoded with one call: a call per finding
  // (two with the comma) cost ~15% more at 150,000 findings.
  let piece = first;
  for (let i = 0; i < findings.length; i++) {
    if (i > 0) piece += ",";
    piece += JSON.stringify(findingJson(findings[i]));
    if (piece.length > JSON_PIECE) {
      put(piece);
      piece = "";
    }
  }
  put(piece + "]}\n");
  outBytes(buf.subarray(0, used));
}

function findingJson(f: Finding) {
  return { code: f.code, severity: f.severity, message: f.message, sheet: f.sheet, cell: f.address, taskId: f.taskId ?? null, unit: f.unit ?? null, period: f.period ?? null };
}

/**
 * The report of a run, holding only what it prints: the analysis (~300 MB at 10⁶ rows) is not kept while
 * the copy is written. Built in a function of its own so that no closure shares a scope with the analysis.
 */
function reportOf(kind: AnalysisCommand, a: Analysis, json: boolean, file: string, output: string | undefined): Report {
  const asOf = a.settings.asOf;
  const exitCode = kind === "validate" && countBySeverity(a.findings).error > 0 ? EXIT_FINDINGS : EXIT_OK;
  if (json) {
    if (kind === "validate") return findingsReport(file, asOf, output, countBySeverity(a.findings), a.findings, exitCode);
    const rest = kind === "rollup" ? rollupJson(a) : { lines: bulletinLines(a) };
    return jsonReport(file, asOf, output, rest, exitCode);
  }
  const lines = kind === "validate" ? findingLines(a) : kind === "rollup" ? rollupLines(a) : [bulletinLines(a).join("\n") + "\n"];
  return textReport(lines, output, exitCode);
}

function findingsReport(file: string, asOf: string, output: string | undefined, counts: Record<Severity, number>, findings: Finding[], exitCode: number): Report {
  return { exitCode, print: (io, summary) => writeFindingsJson(io, { file, asOf, output: output ?? null, changes: summary, counts }, findings) };
}

function jsonReport(file: string, asOf: string, output: string | undefined, rest: object, exitCode: number): Report {
  return { exitCode, print: (io, summary) => io.out(JSON.stringify({ file, asOf, output: output ?? null, changes: summary, ...rest }) + "\n") };
}

function textReport(lines: string[], output: string | undefined, exitCode: number): Report {
  return {
    exitCode,
    print: (io, summary) => {
      for (const line of lines) io.out(line);
      if (output) io.out(`已写入 ${output}：\n${summary.map((s) => `  - ${s}\n`).join("")}`);
    },
  };
}

const USE_CASES = { validate, rollup: rollUp, bulletin: writeBulletinSheet };
const STEP_LABEL: Record<RunStep, string> = { read: "读取 read", analyse: "校验 analyse", write: "写入 write" };

/** validate and rollup share everything but what they print and write. */
export async function runAnalysisCommand(kind: AnalysisCommand, args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs(args, { output: { type: "string", short: "o" }, "as-of": { type: "string" }, json: { type: "boolean" } });
  const input = requireOne(positionals, "工作簿 BOOK.xlsx");
  const requested = values.output as string | undefined;
  // The file port checks once that the output is not the input, and picks the extension the content needs.
  const port = await createXlsxFilePort(input, requested ?? null);
  const output = requested === undefined ? undefined : port.outputPath;
  const step = progressReporter(io, output ? 3 : 2);
  const asOf = parseAsOf(values["as-of"] as string | undefined);
  const collect = boundHeapGrowth(input);
  // The cells are streamed. The copy written with -o is made at the zip level (the input's parts copied
  // unchanged, ours added); only a workbook that path cannot handle is loaded whole into exceljs, within
  // limits checked first, and only when exceljs would lose none of its parts (see docs/benchmarks.md).
  const json = Boolean(values.json);
  // The report keeps only what it prints: the analysis does not outlive the use case while the copy is written.
  // A full collection where a large part of the heap has just died (see boundHeapGrowth): the cells and the
  // analysis (but for what validate's patch is made from: findings, metrics) before the patch is built; the
  // findings once the patch is built, before the copy is written.
  const writer = { ...port, apply: (patch: WorkbookPatch, run?: RunOptions) => (collect(), port.apply(patch, run)) };
  const onStep = (s: RunStep) => {
    step(STEP_LABEL[s]);
    if (s === "analyse" && output !== undefined) collect();
  };
  const outcome = await USE_CASES[kind](writer, { asOf, today: today(), write: output !== undefined, keep: (a) => reportOf(kind, a, json, input, output), releaseCells: true, onStep });
  // Without a copy, the analysis has just died here: collected before the findings are printed as JSON.
  if (output === undefined) collect();
  outcome.kept.print(io, output ? [...outcome.summary, ...port.notes] : []);
  return outcome.kept.exitCode;
}
