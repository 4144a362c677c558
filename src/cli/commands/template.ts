import path from "node:path";
import { analyzeWorkbook } from "../../core";
import { buildLayoutPatch } from "../../core";
import { layoutOptions, perUnitPatches, taskToLayout } from "../../core";
import { readUnits } from "../../core";
import { findSheets } from "../../core";
import { withSelfCheck } from "../../core";
import { UnitEntry } from "../../core";
import { writePatchToNewFile } from "../../hosts/xlsx/writeWorkbook";
import { readWorkbookFile } from "../../hosts/xlsx/readWorkbook";
import { parseArgs } from "../args";
import { DubanError } from "../../core";
import { CliIO, EXIT_OK } from "../io";
import { unitFormFileName } from "../../core";
import { today } from "./common";

const SELF_CHECK_NOTE = "「进展填报」首行为自查行：打开即按公式统计并标出待改之处，无需加载项。";


async function unitsFrom(file: string): Promise<UnitEntry[]> {
  const data = await readWorkbookFile(file);
  const sheet = findSheets(data.sheets).units ?? data.sheets[0];
  return sheet ? readUnits(sheet) : [];
}

/**
 * duban template [BOOK.xlsx] [--units 单位.xlsx] [--per-unit] [--year Y] -o OUT
 * A blank workbook in the layout, or (with a book) its catalogue ready to fill; --per-unit writes one
 * workbook per unit into the folder OUT.
 */
export async function runTemplate(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs(args, { output: { type: "string", short: "o" }, units: { type: "string" }, "per-unit": { type: "boolean" }, year: { type: "string" } });
  const out = values.output as string | undefined;
  if (!out) throw new DubanError("CLI_BAD_ARGS", { kind: "no-output", command: "template" });
  if (positionals.length > 1) throw new DubanError("CLI_BAD_ARGS", { kind: "one-book-at-most" });
  const extraUnits = values.units ? await unitsFrom(values.units as string) : [];
  const year = values.year ? Number(values.year) : Number(today().slice(0, 4));
  if (!Number.isInteger(year) || year < 1900 || year > 3000) throw new DubanError("CLI_BAD_ARGS", { kind: "bad-year", value: String(values.year) });

  if (!positionals.length) {
    if (values["per-unit"]) throw new DubanError("CLI_BAD_ARGS", { kind: "per-unit-needs-book" });
    const patch = withSelfCheck(buildLayoutPatch({ tasks: [], units: extraUnits, year }));
    await writePatchToNewFile(patch, out);
    io.out(`已生成空白填报工作簿 ${out}（任务清单、进展填报、单位、设置）。${SELF_CHECK_NOTE}\n`);
    return EXIT_OK;
  }
  const analysis = analyzeWorkbook(await readWorkbookFile(positionals[0]), { today: today() });
  if (extraUnits.length) analysis.units.push(...extraUnits.filter((u) => !analysis.units.some((e) => e.name === u.name)));
  if (values["per-unit"]) {
    const patches = perUnitPatches(analysis);
    const fileName = (unit: string) => unitFormFileName(analysis.settings.year, unit);
    for (const { unit, patch } of patches) await writePatchToNewFile(patch, path.join(out, fileName(unit)));
    io.out(`已在 ${out} 生成 ${patches.length} 个单位的填报工作簿：\n${patches.map((p) => `  - ${fileName(p.unit)}（${p.tasks} 项任务）\n`).join("")}${SELF_CHECK_NOTE}\n`);
    return EXIT_OK;
  }
  const patch = withSelfCheck(buildLayoutPatch({ ...layoutOptions(analysis), tasks: analysis.tasks.map(taskToLayout) }));
  await writePatchToNewFile(patch, out);
  io.out(`已生成填报工作簿 ${out}：${patch.summary.join("，")}。${SELF_CHECK_NOTE}\n`);
  return EXIT_OK;
}
