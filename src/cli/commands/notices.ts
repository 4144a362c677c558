import path from "node:path";
import { CliIO, EXIT_OK } from "../io";
import { DubanError } from "../../core";
import { documentArgs, writeFileAtomically } from "./documents";
import { today } from "./common";
import { createXlsxFilePort } from "../../hosts/xlsx/xlsxPort";
import { draftNotices } from "../../app/documents";

/**
 * `duban notices BOOK -o DIR`: one 督办单 per unit with red, yellow or blue tasks (督办单_01_单位.docx …),
 * all of them in one document a unit a page (督办单_全部.docx), and the 催办 list of reports missing
 * after their due date (催办清单.docx).
 */
export async function runNotices(args: string[], io: CliIO): Promise<number> {
  const opts = documentArgs(args);
  if (!opts.output) throw new DubanError("CLI_BAD_ARGS", { kind: "no-output", command: "notices" });
  const { writeDocx } = await import("../../hosts/docx/writeDocx");
  const port = await createXlsxFilePort(opts.input, null);
  const drafted = await draftNotices(port, { today: today(), asOf: opts.asOf, office: opts.office, replyDays: opts.replyDays, firstNumber: opts.firstNumber, writeDocument: writeDocx, keep: (a) => a.settings.asOf });
  const { notices, chase } = drafted;
  const written: string[] = [];
  for (const f of [...drafted.perUnit, drafted.all, drafted.chaseFile]) {
    const file = path.join(opts.output!, f.fileName);
    writeFileAtomically(file, f.bytes);
    written.push(file);
  }
  if (opts.json) {
    io.out(
      JSON.stringify({
        file: opts.input,
        asOf: drafted.kept,
        output: opts.output,
        notices: notices.map((x) => ({ code: x.code, unit: x.unit, colour: x.colour, replyBy: x.replyBy, items: x.items.map((i) => ({ taskId: i.task.id, colour: i.colour, finding: i.finding })) })),
        chase: chase.map((c) => ({ unit: c.unit, taskId: c.taskId, period: c.period, due: c.due, daysLate: c.daysLate })),
        files: written,
      }) + "\n",
    );
    return EXIT_OK;
  }
  const count = (c: string) => notices.filter((x) => x.colour === c).length;
  io.out(`督办单 ${notices.length} 份（红色 ${count("red")}、黄色 ${count("yellow")}、蓝色 ${count("blue")}），催办 ${chase.length} 项（${new Set(chase.map((c) => c.unit)).size} 个单位），截至 ${drafted.kept}：\n`);
  for (const x of notices) io.out(`  ${x.code} ${x.unit}：${x.items.length} 项，${x.colour === "red" ? "红色" : x.colour === "yellow" ? "黄色" : "蓝色"}，${x.replyBy} 前反馈\n`);
  io.out(`已写入 ${opts.output}：\n${written.map((f) => `  - ${path.basename(f)}\n`).join("")}`);
  return EXIT_OK;
}
