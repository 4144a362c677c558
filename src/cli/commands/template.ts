import path from "node:path";
import { createNewXlsxFilePort } from "../../hosts/xlsx/newFilePort";
import { parseArgs } from "../args";
import { DubanError } from "../../core";
import { CliIO, EXIT_OK } from "../io";
import { createXlsxFilePort } from "../../hosts/xlsx/xlsxPort";
import { blankForm, catalogueForm, unitForms, unitsOfBook } from "../../app/templates";
import { today } from "./common";

const SELF_CHECK_NOTE = "「进展填报」首行为自查行：打开即按公式统计并标出待改之处，无需加载项。";


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
  // The forms are new files: none may replace the book or the units file they are made from.
  const newFile = (file: string) => createNewXlsxFilePort(file, [...positionals, ...(values.units ? [values.units as string] : [])]);
  const extraUnits = values.units ? await unitsOfBook(await createXlsxFilePort(values.units as string, null)) : [];
  const year = values.year ? Number(values.year) : Number(today().slice(0, 4));
  if (!Number.isInteger(year) || year < 1900 || year > 3000) throw new DubanError("CLI_BAD_ARGS", { kind: "bad-year", value: String(values.year) });

  if (!positionals.length) {
    if (values["per-unit"]) throw new DubanError("CLI_BAD_ARGS", { kind: "per-unit-needs-book" });
    await blankForm(newFile, out, extraUnits, year);
    io.out(`已生成空白填报工作簿 ${out}（任务清单、进展填报、单位、设置）。${SELF_CHECK_NOTE}\n`);
    return EXIT_OK;
  }
  const port = await createXlsxFilePort(positionals[0], null);
  const request = { today: today(), extraUnits, keep: () => null };
  if (values["per-unit"]) {
    const { forms, groups } = await unitForms(port, request, (fileName) => newFile(path.join(out, fileName)));
    io.out(`已在 ${out} 生成 ${forms.length} 个单位的填报工作簿：\n${forms.map((p) => `  - ${p.fileName}（${p.tasks} 项任务）\n`).join("")}${SELF_CHECK_NOTE}\n`);
    // A group phrase names nobody to send a form to: said with its tasks, not written as a unit's workbook.
    if (groups.length) io.out(`未生成填报工作簿的单位统称 ${groups.length} 个：\n${groups.map((g) => `  - [${g.code}] ${g.message}\n`).join("")}`);
    return EXIT_OK;
  }
  const { summary } = await catalogueForm(port, request, newFile, out);
  io.out(`已生成填报工作簿 ${out}：${summary.join("，")}。${SELF_CHECK_NOTE}\n`);
  return EXIT_OK;
}
