import path from "node:path";
import { CliIO, EXIT_OK } from "../io";
import { DubanError } from "../../core";
import { ALL_NOTICES_FILE_NAME, CHASE_LIST_FILE_NAME, noticeFileName } from "../../core";
import { analyseBook, documentArgs, writeFileAtomically } from "./documents";

/**
 * `duban notices BOOK -o DIR`: one 督办单 per unit with red, yellow or blue tasks (督办单_01_单位.docx …),
 * all of them in one document a unit a page (督办单_全部.docx), and the 催办 list of reports missing
 * after their due date (催办清单.docx).
 */
export async function runNotices(args: string[], io: CliIO): Promise<number> {
  const opts = documentArgs(args);
  if (!opts.output) throw new DubanError("CLI_BAD_ARGS", { kind: "no-output", command: "notices" });
  const a = await analyseBook(opts.input, opts.asOf);
  const n = await import("../../core");
  const { writeDocx } = await import("../../hosts/docx/writeDocx");
  const options = { office: opts.office, replyDays: opts.replyDays, firstNumber: opts.firstNumber };
  const notices = n.unitNotices(a, options);
  const chase = n.chaseList(a);
  const written: string[] = [];
  const write = async (name: string, doc: Parameters<typeof writeDocx>[0]) => {
    const file = path.join(opts.output!, name);
    writeFileAtomically(file, await writeDocx(doc));
    written.push(file);
  };
  const largest = Math.max(0, ...notices.map((x) => x.number));
  for (const notice of notices) await write(noticeFileName(notice.number, largest, notice.unit), n.noticeDocument(notice, a, options));
  await write(ALL_NOTICES_FILE_NAME, n.noticesDocument(notices, a, options));
  await write(CHASE_LIST_FILE_NAME, n.chaseDocument(chase, a, options));
  if (opts.json) {
    io.out(
      JSON.stringify({
        file: opts.input,
        asOf: a.settings.asOf,
        output: opts.output,
        notices: notices.map((x) => ({ code: x.code, unit: x.unit, colour: x.colour, replyBy: x.replyBy, items: x.items.map((i) => ({ taskId: i.task.id, colour: i.colour, finding: i.finding })) })),
        chase: chase.map((c) => ({ unit: c.unit, taskId: c.taskId, period: c.period, due: c.due, daysLate: c.daysLate })),
        files: written,
      }) + "\n",
    );
    return EXIT_OK;
  }
  const count = (c: string) => notices.filter((x) => x.colour === c).length;
  io.out(`督办单 ${notices.length} 份（红色 ${count("red")}、黄色 ${count("yellow")}、蓝色 ${count("blue")}），催办 ${chase.length} 项（${new Set(chase.map((c) => c.unit)).size} 个单位），截至 ${a.settings.asOf}：\n`);
  for (const x of notices) io.out(`  ${x.code} ${x.unit}：${x.items.length} 项，${x.colour === "red" ? "红色" : x.colour === "yellow" ? "黄色" : "蓝色"}，${x.replyBy} 前反馈\n`);
  io.out(`已写入 ${opts.output}：\n${written.map((f) => `  - ${path.basename(f)}\n`).join("")}`);
  return EXIT_OK;
}
