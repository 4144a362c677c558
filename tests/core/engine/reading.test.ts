import { analyze, book, catalogueSheet, codes, progressSheet, settingsSheet } from "../../support/books";
import { analyzeWorkbook, rollupPatch, validationPatch } from "../../../src/core/engine";
import { DubanError } from "../../../src/core/issues";
import { renderSheetRows } from "../../../src/core/output";

const q2Only = settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30"]]);

describe("reading a workbook tolerantly", () => {
  it("finds the header below title rows, with synonyms, in any column order", () => {
    const catalogue = {
      name: "分解表",
      rows: [
        ["2024年《政府工作报告》重点工作任务分解表"],
        [],
        ["", "", ""],
        ["制表单位：区政府督查室"],
        [],
        [],
        ["责任单位", "目 标 任 务", "序 号", "责任人"],
        ["区发改局、区财政局", "地区生产总值增长5.5%以上。", "1", "张三"],
      ],
    };
    const a = analyze(book(catalogue, q2Only));
    expect(a.tasks).toHaveLength(1);
    expect(a.tasks[0]).toMatchObject({ id: "1", leadUnits: ["区发改局"], coUnits: ["区财政局"], person: "张三" });
    expect(a.tasks[0].source.row).toBe(7);
  });

  it("reads 序号 and units merged over several rows for every row they span", () => {
    const catalogue = {
      name: "任务清单",
      rows: [
        ["序号", "任务内容", "牵头单位"],
        [1, "任务一甲", "区发改局"],
        [null, "任务一乙", null],
      ],
      merges: ["A2:A3", "C2:C3"],
    };
    const progress = {
      name: "进展填报",
      rows: [
        ["序号", "填报单位", "报告期", "进展情况"],
        ["１", "区发改局 ", "二季度", "推进中。"],
      ],
    };
    const a = analyze(book(catalogue, progress, q2Only));
    expect(a.tasks.map((t) => [t.id, t.leadUnits[0]])).toEqual([["1", "区发改局"], ["1", "区发改局"]]);
    expect(a.progress[0]).toMatchObject({ taskId: "1", unit: "区发改局" });
  });

  it("takes the units written in bold as the lead units", () => {
    const catalogue = {
      name: "任务清单",
      rows: [
        ["序号", "任务内容", "责任单位"],
        [7, "突出抓好新医药产业。", { richText: [{ text: "区卫健局、", bold: false }, { text: "区商促局", bold: true }, { text: "、阴平镇", bold: false }] }],
      ],
    };
    const a = analyze(book(catalogue, q2Only));
    expect(a.tasks[0].leadUnits).toEqual(["区商促局"]);
    expect(a.tasks[0].coUnits).toEqual(["区卫健局", "阴平镇"]);
  });

  it("says which required column is missing", () => {
    const catalogue = { name: "任务清单", rows: [["序号", "牵头单位"], [1, "区发改局"]] };
    expect(() => analyze(book(catalogue))).toThrow(DubanError);
    try {
      analyze(book(catalogue));
    } catch (err) {
      expect((err as DubanError).code).toBe("BOOK_MISSING_COLUMN");
      expect((err as DubanError).message).toContain("任务内容");
    }
  });

  it("refuses a workbook without a catalogue with BOOK_NO_CATALOGUE", () => {
    expect(() => analyzeWorkbook({ sheets: [{ name: "Sheet1", rows: [["a", "b"]] }] }, { today: "2024-07-01" })).toThrow(/任务清单/);
  });

  it("skips repeated header rows and blank rows, and never reads its own result sheets", () => {
    const catalogue = { name: "任务清单", rows: [["序号", "任务内容", "牵头单位"], [1, "一", "区发改局"], [], ["序号", "任务内容", "牵头单位"], [2, "二", "区财政局"]] };
    const own = { name: "校验结果", rows: [["序号", "任务内容", "牵头单位"], [3, "三", "区民政局"]] };
    const a = analyze(book(own, catalogue, q2Only));
    expect(a.tasks.map((t) => t.id)).toEqual(["1", "2"]);
  });

  it("falls back to defaults without a 设置 sheet: quarterly periods, 200 characters, the as-of year", () => {
    const a = analyze(book({ name: "任务清单", rows: [["序号", "任务内容", "牵头单位"], [1, "一", "区发改局"]] }), "2025-04-02");
    expect(a.settings.year).toBe(2025);
    expect(a.settings.periods.map((p) => p.due)).toEqual(["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"]);
    expect(a.settings.textLimit).toBe(200);
    expect(codes(a)).toContain("REPORT_MISSING");
  });

  it("reads thresholds and reporting periods from 设置", () => {
    const settings = settingsSheet([["年度", "2024"], ["截至日期", "2024年7月5日"], ["黄色预警线", "90%"], ["红色预警线", 0.6], ["临近时限天数", 30], ["报告期", "上半年", "2024-06-30", "2024-07-05"]]);
    const a = analyzeWorkbook(book({ name: "任务清单", rows: [["序号", "任务内容", "牵头单位"], [1, "一", "区发改局"]] }, settings), { today: "2030-01-01" });
    expect(a.settings).toMatchObject({ year: 2024, asOf: "2024-07-05", thresholds: { yellow: 0.9, red: 0.6, dueSoonDays: 30 } });
    expect(a.settings.periods).toEqual([{ name: "上半年", start: "2024-01-01", end: "2024-06-30", due: "2024-07-05" }]);
  });
});

describe("duban's own columns", () => {
  it("are never read as user fields (校验状态 is not 完成状态)", () => {
    const progress = { name: "进展填报", rows: [["序号", "填报单位", "报告期", "进展情况", "校验状态"], [1, "区发改局", "二季度", "推进中。", "错误"]] };
    const a = analyze(book({ name: "任务清单", rows: [["序号", "任务内容", "牵头单位"], [1, "一", "区发改局"]] }, progress, q2Only));
    expect(a.progress[0].status).toBe("");
    // Not duban's by its header alone: without duban's mark the column is the office's, and ours go after it.
    expect(a.progressLayout?.resultCol).toBe(5);
  });

  it("are duban's where its mark says so, while their headers are still duban's", () => {
    const progress = { name: "进展填报", rows: [["序号", "填报单位", "报告期", "进展情况", "校验状态", "校验说明", "处理意见"], [1, "区发改局", "二季度", "推进中。", "错误", "", "已阅"]] };
    const marked = (ref: string) => ({ ...book({ name: "任务清单", rows: [["序号", "任务内容", "牵头单位"], [1, "一", "区发改局"]] }, progress, q2Only), definedNames: [{ name: "_duban_columns", refersTo: ref }] });
    expect(analyze(marked("'进展填报'!$E$1:$F$1")).progressLayout?.resultCol).toBe(4);
    // The mark no longer fits the headers (a column inserted between, names not updated): ours move to the end.
    expect(analyze(marked("'进展填报'!$F$1:$G$1")).progressLayout?.resultCol).toBe(7);
    expect(analyze(marked("'进展填报'!$E$1:$G$1")).progressLayout?.resultCol).toBe(7);
  });
});

describe("duban's own sheets", () => {
  it("are never read back as the catalogue or the progress sheet, whatever the user's sheets are called", () => {
    // A catalogue whose name matches only a later synonym (分解表), and every sheet validate and rollup write.
    const input = book(catalogueSheet([{ id: "1" }, { id: "2" }], "重点工作分解表"), progressSheet([{ id: "1" }]), q2Only);
    const first = analyze(input);
    const written = [...validationPatch(first).sheets, ...rollupPatch(first).sheets].map((sheet) => ({ name: sheet.name, rows: renderSheetRows(sheet) }));
    expect(written.map((s) => s.name)).toEqual(expect.arrayContaining(["校验结果", "汇总", "报送情况", "任务状态"]));
    const again = analyze(book(...written, ...input.sheets));
    expect(again.tasks.map((t) => t.id)).toEqual(["1", "2"]);
    expect(again.tasks[0].source.sheet).toBe("重点工作分解表");
    expect(again.progress).toHaveLength(1);
  });
});

describe("settingsPatch", () => {
  it("writes a 设置 sheet that reads back as the same settings", async () => {
    const { settingsPatch } = await import("../../../src/core/engine");
    const { createMemoryPort } = await import("../../../src/hosts/memory/memoryPort");
    const base = analyze(book({ name: "任务清单", rows: [["序号", "任务内容", "牵头单位"], [1, "一", "区发改局"]] }), "2024-07-10").settings;
    const edited = { ...base, asOf: "2024-09-30", thresholds: { yellow: 0.9, red: 0.7, dueSoonDays: 20 }, reportingScope: "all" as const };
    const port = createMemoryPort(book({ name: "任务清单", rows: [["序号", "任务内容", "牵头单位"], [1, "一", "区发改局"]] }));
    await port.apply(settingsPatch(edited));
    const again = analyzeWorkbookToday(await port.read());
    expect(again.settings).toEqual(edited);
  });
});

function analyzeWorkbookToday(data: Parameters<typeof analyzeWorkbook>[0]) {
  return analyzeWorkbook(data, { today: "2030-01-01" });
}
