import { promises as fs } from "node:fs";
import path from "node:path";
import { countBySeverity } from "../../core";
import { RULES, RuleCode } from "../../core";
import { formatPercent } from "../../core";
import { createXlsxFilePort } from "../../hosts/xlsx/xlsxPort";
import { validate } from "../../app/validate";
import { rollUp } from "../../app/rollup";
import { parseArgs } from "../args";
import { CliIO, EXIT_OK } from "../io";
import { today } from "./common";

/** The package's folder: this module runs from lib/cli/commands/ as compiled, or from lib/ in the CLI bundle. */
const PACKAGE_ROOT = path.resolve(__dirname, path.basename(__dirname) === "lib" ? ".." : "../../..");

/**
 * duban demo [--out DIR]: builds the sample workbooks from the seed documents with the importers, then
 * validates and rolls each up into DIR (default out/), printing what a supervisor would look at first.
 */
export async function runDemo(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs(args, { out: { type: "string" } });
  const outDir = path.resolve((values.out as string | undefined) ?? "out");
  const sampleDir = path.join(outDir, "samples");
  // Loaded lazily: the sample builder pulls in every importer.
  const { buildSampleWorkbooks } = await import("../../tools/buildSample");
  await fs.mkdir(sampleDir, { recursive: true });
  await buildSampleWorkbooks(path.join(PACKAGE_ROOT, "seeds"), sampleDir);
  const samples = (await fs.readdir(sampleDir)).filter((f) => f.endsWith(".xlsx")).sort();
  io.out(`督办助手演示：由 seeds/ 中的文件生成 ${samples.length} 个示例工作簿（${sampleDir}），逐个校验并汇总。\n\n`);
  for (const sample of samples) {
    const input = path.join(sampleDir, sample);
    // The same use cases as `duban validate -o` and `duban rollup -o`: the port writes the copy, and the
    // roll-up builds on the validated output. The samples are small, so the analysis is kept whole.
    const output = path.join(outDir, sample.replace(/\.xlsx$/, "-结果.xlsx"));
    await fs.rm(output, { force: true });
    const port = await createXlsxFilePort(input, output);
    const { kept: analysis } = await validate(port, { today: today(), keep: (a) => a });
    await rollUp(port, { today: today(), keep: () => null });
    const c = countBySeverity(analysis.findings);
    io.out(`■ ${sample}（截至 ${analysis.settings.asOf}）：任务 ${analysis.tasks.length} 项，进展 ${analysis.progress.length} 行，指标 ${analysis.metrics.length} 项\n`);
    io.out(`  发现：错误 ${c.error} 条，警告 ${c.warning} 条，提示 ${c.info} 条\n`);
    const byCode = new Map<string, number>();
    for (const f of analysis.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    for (const [code, n] of [...byCode.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6)) {
      io.out(`    ${RULES[code as RuleCode]?.name ?? code}（${code}）：${n} 条\n`);
    }
    const examples = analysis.findings.filter((f) => f.code === "METRIC_BEHIND" || f.code === "TASK_OVERDUE" || f.code === "ROW_DONE_TARGET_MISSED").slice(0, 3);
    for (const f of examples) io.out(`    例：${f.sheet}!${f.address ?? ""} ${f.message}\n`);
    const leads = analysis.rollup.lines.filter((l) => l.dimension === "unitLead");
    const overall = analysis.rollup.lines.filter((l) => l.dimension === "section");
    const assigned = overall.reduce((a, l) => a + l.assigned, 0);
    const done = overall.reduce((a, l) => a + l.done, 0);
    const onSchedule = overall.reduce((a, l) => a + l.done + l.onTrack, 0);
    const judged = assigned - overall.reduce((a, l) => a + l.unjudged, 0);
    io.out(`  汇总：完成率 ${formatPercent(assigned ? done / assigned : null)}，序时率 ${formatPercent(judged ? onSchedule / judged : null)}${assigned > judged ? `（待研判 ${assigned - judged} 项不计）` : ""}；牵头单位 ${leads.length} 个\n`);
    io.out(`  已写入 ${output}\n\n`);
  }
  return EXIT_OK;
}
