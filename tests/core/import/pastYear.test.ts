/**
 * A column of an earlier year's results ("2021年完成" beside "2022年目标", "2023年完成情况" beside "2024年上半年进展")
 * is no progress of the year the table plans: it never becomes a progress row, and the preview names it with its
 * values (IMPORT_PAST_YEAR) so nothing is dropped without a word.
 */
import { importText, previewModel } from "../../../src/core/import";

describe("results of a past year", () => {
  test("an indicator table's 2021年完成 beside 2022年目标: the target is the plan's, the past figures are noted", () => {
    const r = importText(["序号\t指标\t单位\t2021年完成\t2022年目标\t责任单位", "1\t地区生产总值增长\t%\t8.5\t6.5\t区发改局", "2\t城镇新增就业\t万人\t1.2\t1.3\t区人社局", "3\t新增高新技术企业\t家\t-\t20\t区科技局"].join("\n"));
    expect(r.tasks.map((t) => [t.text, t.progress])).toEqual([
      ["地区生产总值增长6.5%", undefined],
      ["城镇新增就业1.3万人", undefined],
      ["新增高新技术企业20家", undefined],
    ]);
    const notes = previewModel(r).notes.filter((n) => n.code === "IMPORT_PAST_YEAR");
    expect(notes.map((n) => n.message)).toEqual([expect.stringContaining("「2021年完成」列是往年的结果，未作为本年进展导入：任务 1（8.5）、2（1.2）。")]);
  });

  test("a progress table's 2023年完成情况 beside 2024年上半年进展: only this year's column is the progress", () => {
    const r = importText(["序号\t重点任务\t责任单位\t2023年完成情况\t2024年上半年进展", "1\t新建5G基站300个\t区工信局\t2023年建成基站260个\t上半年建成基站120个"].join("\n"));
    expect(r.tasks[0].progress).toEqual({ period: "上半年", text: "上半年建成基站120个", completion: "", problems: "", nextSteps: "" });
    expect(r.notes.map((n) => n.code)).toContain("IMPORT_PAST_YEAR");
    expect(JSON.stringify(r.tasks)).not.toContain("260");
  });

  test("a result column of the table's own year stays its progress", () => {
    const r = importText(["序号\t重点任务\t责任单位\t2024年目标\t2024年完成情况", "1\t新建5G基站300个\t区工信局\t300个\t全年建成基站310个"].join("\n"));
    expect(r.tasks[0].progress?.completion).toBe("全年建成基站310个");
    expect(r.notes.map((n) => n.code)).not.toContain("IMPORT_PAST_YEAR");
  });
});

/**
 * A past year named only in the title ("2023年重点任务完成情况" above a header "完成情况", imported into a 2024 catalogue):
 * the import sets the progress aside and says so (IMPORT_PAST_YEAR_TITLE); validate warns on such a progress sheet
 * (PROGRESS_PAST_YEAR_TITLE). A title naming this year, or a range reaching it, is left alone.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pastYearOfTitles } from "../../../src/core/text/pastYear";
import { withoutPastYearProgress } from "../../../src/core";
import { analyzeWorkbook } from "../../../src/core/engine";
import { readWorkbookFile } from "../../../src/hosts/xlsx/readWorkbook";
import { catalogueSheet, progressSheet, settingsSheet } from "../../support/books";
import { runCli, tempDir, writeXlsx } from "../../support/files";

const table = (title: string, header = "完成情况") =>
  [title, `序号\t重点任务\t责任单位\t${header}`, "1\t新建5G基站300个\t区工信局\t全年建成基站310个", "2\t城镇新增就业1万人\t区人社局\t新增就业1.1万人"].join("\n");
const titleNote = (text: string, year?: number) => previewModel(importText(text), year).notes.filter((n) => n.code === "IMPORT_PAST_YEAR_TITLE");

describe("a past year named only in the title", () => {
  test("the years a title names, read as a whole", () => {
    expect(pastYearOfTitles(["2023年重点任务完成情况"], 2024)).toBe(2023);
    expect(pastYearOfTitles(["关于2022年度重点工作推进情况的通报"], 2024)).toBe(2022);
    expect(pastYearOfTitles(["二〇二三年重点任务完成情况"], 2024)).toBe(2023);
    expect(pastYearOfTitles(["2023年重点任务", "完成情况汇总表"], 2024)).toBe(2023);
    // This year, a later one, or a range reaching this year: not a past year's.
    expect(pastYearOfTitles(["2024年重点任务完成情况"], 2024)).toBeNull();
    expect(pastYearOfTitles(["2023—2025年三年行动计划2024年进展情况"], 2024)).toBeNull();
    expect(pastYearOfTitles(["2023-2025年三年行动计划推进情况"], 2024)).toBeNull();
    expect(pastYearOfTitles(["2022年至2024年攻坚行动完成情况"], 2024)).toBeNull();
    expect(pastYearOfTitles(["2023年工作总结和2024年工作安排"], 2024)).toBeNull();
    // No year with 年 (a document number 〔2023〕5号), or none at all: cannot tell, no alarm.
    expect(pastYearOfTitles(["峄政办发〔2023〕5号 重点任务完成情况"], 2024)).toBeNull();
    expect(pastYearOfTitles(["重点任务完成情况"], 2024)).toBeNull();
  });

  test("import: noted, and the progress is not written as this year's, when the catalogue year is known", () => {
    const r = importText(table("2023年重点任务完成情况"));
    expect(r.tasks[0].progress?.completion ?? r.tasks[0].progress?.text).toContain("310");
    const notes = titleNote(table("2023年重点任务完成情况"), 2024);
    expect(notes.map((n) => n.message)).toEqual([expect.stringContaining("标题「2023年重点任务完成情况」所写是 2023 年的情况，清单年度为 2024 年")]);
    expect(notes[0].message).toContain("任务 1、2");
    const set = withoutPastYearProgress(r, 2024);
    expect(set.tasks.map((t) => t.progress)).toEqual([undefined, undefined]);
    expect(set.notes.map((n) => n.code)).toContain("IMPORT_PAST_YEAR_TITLE");
    expect(withoutPastYearProgress(set, 2024)).toBe(set);
    // Chinese digits; a title over two lines.
    expect(titleNote(table("二〇二三年度重点工作完成情况"), 2024)).toHaveLength(1);
  });

  test.each([
    ["this year", "2024年重点任务完成情况", 2024],
    ["a range reaching this year, this year's progress", "2023—2025年三年行动计划2024年进展情况", 2024],
    ["the title's own year", "2023年重点任务完成情况", 2023],
    ["no year known", "2023年重点任务完成情况", undefined],
    ["no year in the title", "重点任务完成情况", 2024],
  ])("left alone: %s", (_label, title, year) => {
    expect(titleNote(table(title), year)).toEqual([]);
    expect(withoutPastYearProgress(importText(table(title)), year).tasks[0].progress).toBeDefined();
  });

  test("left alone: a header naming the year is the column rule's; a catalogue without progress has nothing to set aside", () => {
    expect(titleNote(table("2023年重点任务", "2024年完成情况"), 2024)).toEqual([]);
    const plain = ["2023年重点任务", "序号\t重点任务\t责任单位", "1\t新建5G基站300个\t区工信局"].join("\n");
    expect(titleNote(plain, 2024)).toEqual([]);
  });

  test("duban import -o --year 2024 writes no progress row from a 2023 table and says why; validate warns on such a sheet", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const src = path.join(dir, "2023.txt");
      writeFileSync(src, table("2023年重点任务完成情况"));
      const out = path.join(dir, "清单.xlsx");
      const r = await runCli(["import", src, "--year", "2024", "-o", out]);
      expect(r.code).toBe(0);
      expect(r.out).toContain("[IMPORT_PAST_YEAR_TITLE]");
      expect(r.err).toContain("2 项任务，0 条进展");
      const a = analyzeWorkbook(await readWorkbookFile(out), { today: "2024-07-10" });
      expect(a.tasks).toHaveLength(2);
      expect(a.progress).toHaveLength(0);
      // The same document imported for 2023 keeps its progress.
      const out23 = path.join(dir, "清单2023.xlsx");
      expect((await runCli(["import", src, "--year", "2023", "-o", out23])).err).toContain("2 项任务，2 条进展");

      // The same table as .xlsx (the title a cell merged over the row, as offices write it).
      const xlsx = path.join(dir, "2023.xlsx");
      const rows = table("2023年重点任务完成情况").split("\n").map((l) => l.split("\t"));
      await writeXlsx(xlsx, [{ name: "Sheet1", rows, merges: ["A1:D1"] }]);
      const fromXlsx = await runCli(["import", xlsx, "--year", "2024"]);
      expect(fromXlsx.out).toContain("[IMPORT_PAST_YEAR_TITLE] 标题「2023年重点任务完成情况」");

      // validate: a progress sheet titled 2023 in a 2024 book.
      const titled = (title: string, header = "进展情况") => {
        const sheet = progressSheet([{ id: "1" }]);
        sheet.rows = [[title], sheet.rows[0].map((h) => (h === "进展情况" ? header : h)), ...sheet.rows.slice(1)];
        return sheet;
      };
      const check = async (name: string, title: string, header?: string) => {
        const file = path.join(dir, `${name}.xlsx`);
        await writeXlsx(file, [catalogueSheet([{ id: "1" }]), titled(title, header), settingsSheet([["年度", 2024], ["截至日期", "2024-07-10"]])]);
        const json = JSON.parse((await runCli(["validate", file, "--json"])).out);
        return json.findings.filter((f: { code: string }) => f.code === "PROGRESS_PAST_YEAR_TITLE");
      };
      const found = await check("past", "2023年重点任务完成情况");
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: "warning", sheet: "进展填报", cell: "A1" });
      expect(found[0].message).toContain("标题「2023年重点任务完成情况」写的是 2023 年，而本表年度为 2024 年");
      expect(await check("this", "2024年重点任务完成情况")).toEqual([]);
      expect(await check("range", "2023—2025年三年行动计划2024年进展情况")).toEqual([]);
      expect(await check("header", "2023年重点任务", "2024年进展情况")).toEqual([]);
    } finally {
      cleanup();
    }
  }, 60000);
});
