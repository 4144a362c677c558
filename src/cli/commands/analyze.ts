import { analyzeWorkbook, Analysis, bulletinLines, bulletinPatch, countBySeverity, rollupPatch, validationPatch } from "../../core/engine";
import { WorkbookPatch } from "../../core/output";
import { SEVERITY_LABEL } from "../../core/findings";
import { formatPercent } from "../../core/text/format";
import { DIMENSION_LABEL } from "../../core/rollup/rollUp";
import { writePatchedCopyFast } from "../../hosts/xlsx/copyWorkbook";
import { parseArgs } from "../args";
import { CliIO, EXIT_FINDINGS, EXIT_OK } from "../io";
import { UserError } from "../errors";
import { openBookForCopy, readBook, parseAsOf, progressReporter, requireOne, today } from "./common";
import path from "node:path";

export type AnalysisCommand = "validate" | "rollup" | "bulletin";

const SHOWN_FINDINGS = 40;

export function findingsJson(a: Analysis) {
  return a.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, sheet: f.sheet, cell: f.address, taskId: f.taskId ?? null, unit: f.unit ?? null, period: f.period ?? null }));
}

export function rollupJson(a: Analysis) {
  return { lines: a.rollup.lines, reporting: a.rollup.reporting, tasks: [...a.states.values()].map((s) => ({ id: s.task.id, category: s.category, reported: s.reported, source: s.source, deadline: s.deadline })) };
}

function printFindings(io: CliIO, a: Analysis) {
  const c = countBySeverity(a.findings);
  io.out(`校验完成（截至 ${a.settings.asOf}）：任务 ${a.tasks.length} 项，进展 ${a.progress.length} 行；错误 ${c.error} 条，警告 ${c.warning} 条，提示 ${c.info} 条。\n`);
  for (const f of a.findings.slice(0, SHOWN_FINDINGS)) {
    const where = f.address ? `${f.sheet}!${f.address}` : f.sheet;
    io.out(`  [${SEVERITY_LABEL[f.severity]}] ${where} ${f.message} (${f.code})\n`);
  }
  if (a.findings.length > SHOWN_FINDINGS) io.out(`  …… 另有 ${a.findings.length - SHOWN_FINDINGS} 条，见输出工作簿的「校验结果」表或使用 --json。\n`);
}

function printRollup(io: CliIO, a: Analysis) {
  io.out(`完成情况汇总（截至 ${a.settings.asOf}）：\n`);
  let dimension = "";
  for (const l of a.rollup.lines) {
    if (l.dimension !== dimension) {
      dimension = l.dimension;
      io.out(`${DIMENSION_LABEL[l.dimension]}\t任务数\t已完成\t序时\t滞后\t逾期\t未报\t完成率\t序时率\n`);
    }
    io.out(`  ${l.name}\t${l.assigned}\t${l.done}\t${l.onTrack}\t${l.lagging}\t${l.overdue}\t${l.notReported}\t${formatPercent(l.completionRatio)}\t${formatPercent(l.onScheduleRatio)}\n`);
  }
}

/** validate and rollup share everything but what they print and write. */
export async function runAnalysisCommand(kind: AnalysisCommand, args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs(args, { output: { type: "string", short: "o" }, "as-of": { type: "string" }, json: { type: "boolean" } });
  const input = requireOne(positionals, "工作簿 BOOK.xlsx");
  const output = values.output as string | undefined;
  if (output && path.resolve(output) === path.resolve(input)) {
    throw new UserError("FILE_SAME_AS_INPUT", `输出文件不能与输入文件相同（${output}）：督办助手从不改写原文件。`, "output must differ from input");
  }
  const step = progressReporter(io, output ? 3 : 2);
  const asOf = parseAsOf(values["as-of"] as string | undefined);
  // The cells are streamed. The copy written with -o is made at the zip level (the input's parts copied
  // unchanged, ours added); only a workbook that path cannot handle is loaded whole into exceljs, within
  // limits checked first (see docs/benchmarks.md for what each costs at scale).
  // The cells are not kept past the analysis: the copy is made from the file, and at 10⁵ rows the cells
  // are a good part of the peak memory.
  const analysis = analyzeWorkbook(await readBook(input).finally(() => step("读取 read")), { asOf, today: today() });
  step("校验 analyse");
  // The patch is only built when it is written: at 10⁵ rows it is ~0.1 s of work and memory.
  const patches: WorkbookPatch[] = output ? [kind === "validate" ? validationPatch(analysis) : kind === "rollup" ? rollupPatch(analysis) : bulletinPatch(analysis)] : [];
  if (output) {
    if (!(await writePatchedCopyFast(input, patches, output))) {
      // The exceljs copy, loaded only here: requiring exceljs alone costs ~0.4 s.
      const { renderPatch } = await import("../../hosts/xlsx/renderPatch");
      const { saveAtomically } = await import("../../hosts/xlsx/writeWorkbook");
      const { wb } = await openBookForCopy(input);
      for (const p of patches) renderPatch(wb, p);
      await saveAtomically(wb, output);
    }
    step("写入 write");
  }
  const summary = output ? patches.flatMap((p) => p.summary) : [];
  if (values.json) {
    const common = { file: input, asOf: analysis.settings.asOf, output: output ?? null, changes: summary };
    const body =
      kind === "validate"
        ? { ...common, counts: countBySeverity(analysis.findings), findings: findingsJson(analysis) }
        : kind === "rollup"
          ? { ...common, ...rollupJson(analysis) }
          : { ...common, lines: bulletinLines(analysis) };
    io.out(JSON.stringify(body) + "\n");
  } else {
    if (kind === "validate") printFindings(io, analysis);
    else if (kind === "rollup") printRollup(io, analysis);
    else io.out(bulletinLines(analysis).join("\n") + "\n");
    if (output) io.out(`已写入 ${output}：\n${summary.map((s) => `  - ${s}\n`).join("")}`);
  }
  if (kind === "validate") return countBySeverity(analysis.findings).error > 0 ? EXIT_FINDINGS : EXIT_OK;
  return EXIT_OK;
}
