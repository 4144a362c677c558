import { analyze, book, catalogueSheet, codes, findingsOf, progressSheet, settingsSheet, unitsSheet } from "../../support/books";
import { RULES } from "../../../src/core/validate/ruleCatalog";
import { DEFAULT_THRESHOLDS } from "../../../src/core/metrics/thresholds";
import type { SheetData } from "../../../src/core";

/** One reporting period only, so tests are not crowded by the first quarter's missing reports. */
const q2Only = settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30", "2024-06-30"]]);

describe("validation rules", () => {
  it("finds nothing wrong in a clean catalogue and row", () => {
    const a = analyze(book(catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1" }]), q2Only));
    expect(a.findings).toEqual([]);
  });

  it("flags a 序号 that is not in the catalogue (ROW_UNKNOWN_TASK)", () => {
    const a = analyze(book(catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1" }, { id: "99" }]), q2Only));
    const f = findingsOf(a, "ROW_UNKNOWN_TASK");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: "进展填报", address: "A3", severity: "error", taskId: "99" });
    expect(f[0].message).toBe("序号「99」不在任务清单中。");
  });

  it("flags a unit that is not responsible for the task, and accepts co-units and aliases", () => {
    const a = analyze(
      book(
        catalogueSheet([{ id: "1", lead: "区发展和改革局", co: "区财政局" }]),
        progressSheet([{ id: "1", unit: "区发改局" }, { id: "1", unit: "区财政局" }, { id: "1", unit: "区教体局" }]),
        q2Only,
      ),
    );
    const f = findingsOf(a, "ROW_UNIT_NOT_RESPONSIBLE");
    expect(f.map((x) => x.address)).toEqual(["B4"]);
    expect(f[0].message).toContain("「区教体局」不是任务 1 的责任单位");
  });

  it("flags units missing from the 单位 registry only when the workbook has one (ROW_UNKNOWN_UNIT, CAT_UNKNOWN_UNIT)", () => {
    const withRegistry = analyze(book(catalogueSheet([{ id: "1", lead: "区发改局" }]), progressSheet([{ id: "1", unit: "区某某局" }]), unitsSheet([["区发改局", "区发展和改革局"]]), q2Only));
    expect(codes(withRegistry)).toContain("ROW_UNKNOWN_UNIT");
    const catalogueUnknown = analyze(book(catalogueSheet([{ id: "1", lead: "区无名局" }]), unitsSheet([["区发改局"]]), q2Only));
    expect(codes(catalogueUnknown)).toContain("CAT_UNKNOWN_UNIT");
    const without = analyze(book(catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1", unit: "区发改局" }]), q2Only));
    expect(codes(without)).not.toContain("ROW_UNKNOWN_UNIT");
  });

  it("expands group words through the registry (各镇街 admits every 镇街 unit)", () => {
    const a = analyze(
      book(
        catalogueSheet([{ id: "1", lead: "区农业农村局", co: "各镇街" }]),
        progressSheet([{ id: "1", unit: "区农业农村局" }, { id: "1", unit: "阴平镇" }, { id: "1", unit: "区商务局" }]),
        unitsSheet([["区农业农村局"], ["阴平镇", "", "镇街"], ["峨山镇", "", "镇街"], ["区商务局"]]),
        q2Only,
      ),
    );
    expect(findingsOf(a, "ROW_UNIT_NOT_RESPONSIBLE").map((f) => f.unit)).toEqual(["区商务局"]);
  });

  it("flags two rows for the same task, unit and period (ROW_DUPLICATE)", () => {
    const a = analyze(book(catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1" }, { id: "1", text: "另一段文字。" }]), q2Only));
    const f = findingsOf(a, "ROW_DUPLICATE");
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("第 2 行");
  });

  it("says what differs between two rows of the same task, unit and period, and 相同 only when nothing does (ROW_DUPLICATE)", () => {
    const rows = [
      { id: "1", value: "7.2%" },
      { id: "1", value: "7.5%" },
      { id: "2", date: "2024-06-20" },
      { id: "2", date: "2024-06-28" },
      { id: "3" },
      { id: "3" },
    ];
    const a = analyze(book(catalogueSheet([{ id: "1" }, { id: "2" }, { id: "3" }]), progressSheet(rows), q2Only));
    const messages = findingsOf(a, "ROW_DUPLICATE").map((f) => f.message);
    expect(messages).toEqual([
      "任务 1、区发改局、二季度 重复填报：第 2 行已报过，两行内容不同——完成值「7.5%」（第 2 行为「7.2%」）。请确认以哪一行为准。",
      "任务 2、区发改局、二季度 重复填报，与第 4 行内容相同，仅填报日期「2024-06-28」（第 4 行为「2024-06-20」）不同。",
      "任务 3、区发改局、二季度 重复填报，与第 6 行相同。",
    ]);
  });

  it("flags an empty 进展情况 (ROW_EMPTY_PROGRESS)", () => {
    const a = analyze(book(catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1", text: "   " }]), q2Only));
    expect(findingsOf(a, "ROW_EMPTY_PROGRESS")[0]).toMatchObject({ address: "D2", severity: "error" });
  });

  it("flags texts over the limit of the 设置 sheet (ROW_TEXT_TOO_LONG)", () => {
    const settings = settingsSheet([["年度", 2024], ["字数上限", 10], ["报告期", "二季度", "2024-06-30"]]);
    const a = analyze(book(catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1", text: "一二三四五六七八九十一", problems: "短" }]), settings));
    const f = findingsOf(a, "ROW_TEXT_TOO_LONG");
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe("进展情况共 11 字，超过 10 字上限。");
  });

  it("flags a 完成状态 that is not an allowed value and accepts the synonyms (ROW_BAD_STATUS)", () => {
    const a = analyze(book(catalogueSheet([{ id: "1" }, { id: "2" }]), progressSheet([{ id: "1", status: "差不多了" }, { id: "2", status: "正常推进" }]), q2Only));
    expect(findingsOf(a, "ROW_BAD_STATUS").map((f) => f.taskId)).toEqual(["1"]);
  });

  it("flags 已完成 while the text says the work is under way (ROW_DONE_BUT_ONGOING)", () => {
    const a = analyze(book(catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1", status: "已完成", text: "项目正在进行主体施工。" }]), q2Only));
    expect(findingsOf(a, "ROW_DONE_BUT_ONGOING")[0].message).toContain("正在");
  });

  it("flags 滞后 without 存在问题 or 下步打算 (ROW_LAGGING_NO_PLAN)", () => {
    const a = analyze(
      book(catalogueSheet([{ id: "1" }, { id: "2" }]), progressSheet([{ id: "1", status: "进展滞后", problems: "资金未到位" }, { id: "2", status: "进展滞后", problems: "资金", next: "协调" }]), q2Only),
    );
    const f = findingsOf(a, "ROW_LAGGING_NO_PLAN");
    expect(f.map((x) => x.taskId)).toEqual(["1"]);
    expect(f[0].message).toContain("下步打算");
  });

  it("flags a 完成值 that is not a number but accepts full-width digits and separators (ROW_VALUE_NOT_NUMBER)", () => {
    const a = analyze(book(catalogueSheet([{ id: "1" }, { id: "2" }]), progressSheet([{ id: "1", value: "约三千" }, { id: "2", value: "１,２００.５" }]), q2Only));
    expect(findingsOf(a, "ROW_VALUE_NOT_NUMBER").map((f) => f.taskId)).toEqual(["1"]);
    expect(a.progress[1].valueNumber).toBe(1200.5);
  });

  it("flags a 报告期 it cannot recognise and accepts 2024年第二季度, 上半年 and 1-6月 (ROW_BAD_PERIOD)", () => {
    const a = analyze(
      book(catalogueSheet([{ id: "1" }, { id: "2" }, { id: "3" }, { id: "4" }]), progressSheet([{ id: "1", period: "2024年第二季度" }, { id: "2", period: "上半年" }, { id: "3", period: "1-6月" }, { id: "4", period: "某期" }]), q2Only),
    );
    expect(findingsOf(a, "ROW_BAD_PERIOD").map((f) => f.taskId)).toEqual(["4"]);
  });

  it("flags a 报告期 cell naming several periods rather than picking the last (ROW_BAD_PERIOD)", () => {
    const q1q2 = settingsSheet([["年度", 2024], ["报告期", "一季度", "2024-03-31", "2024-04-05"], ["报告期", "二季度", "2024-06-30", "2024-07-05"]]);
    const a = analyze(book(catalogueSheet([{ id: "1" }, { id: "2" }, { id: "3" }]), progressSheet([{ id: "1", period: "一季度、二季度" }, { id: "2", period: "1-6月" }, { id: "3", period: "二季度、二季度" }]), q1q2));
    const f = findingsOf(a, "ROW_BAD_PERIOD");
    expect(f.map((x) => x.taskId)).toEqual(["1"]);
    expect(f[0].message).toBe("报告期「一季度、二季度」写了 一季度、二季度 多个报告期，无法判断本行报的是哪一期，请每行只填一个报告期（分期各填一行）。");
    expect(a.progress[0].reportPeriod).toBeNull();
  });

  it("reads dates as offices type them: 二〇二四年六月二十八日, with a time, with the weekday (ROW_BAD_DATE)", () => {
    const rows = [{ id: "1", date: "二〇二四年六月二十八日" }, { id: "2", date: "2024/06/28 10:30:00" }, { id: "3", date: "2024年06月28日星期五" }, { id: "4", date: "2024年06月28日星期一" }];
    const a = analyze(book(catalogueSheet([{ id: "1" }, { id: "2" }, { id: "3" }, { id: "4" }]), progressSheet(rows), q2Only));
    expect(findingsOf(a, "ROW_BAD_DATE").map((f) => f.taskId)).toEqual(["4"]);
    expect(a.progress.map((r) => r.date)).toEqual(["2024-06-28", "2024-06-28", "2024-06-28", null]);
  });

  it("names a second progress sheet it does not read (BOOK_EXTRA_PROGRESS_SHEET)", () => {
    const second = { ...progressSheet([{ id: "1", period: "一季度" }]), name: "进展填报（续）" };
    const a = analyze(book(catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1" }]), second, q2Only));
    const f = findingsOf(a, "BOOK_EXTRA_PROGRESS_SHEET");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: "进展填报（续）", severity: "warning" });
    expect(f[0].message).toContain("「进展填报（续）」中的行未校验");
    const one = analyze(book(catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1" }]), q2Only));
    expect(codes(one)).not.toContain("BOOK_EXTRA_PROGRESS_SHEET");
  });

  it("flags 填报日期 after the as-of date and unreadable dates (ROW_DATE_AFTER_AS_OF, ROW_BAD_DATE)", () => {
    const a = analyze(book(catalogueSheet([{ id: "1" }, { id: "2" }]), progressSheet([{ id: "1", date: "2024-08-01" }, { id: "2", date: "六月底" }]), q2Only));
    expect(findingsOf(a, "ROW_DATE_AFTER_AS_OF").map((f) => f.taskId)).toEqual(["1"]);
    expect(findingsOf(a, "ROW_BAD_DATE").map((f) => f.taskId)).toEqual(["2"]);
  });

  it("flags a report submitted after its period's due date (ROW_LATE_REPORT), dates as serials too", () => {
    const a = analyze(book(catalogueSheet([{ id: "1" }, { id: "2" }]), progressSheet([{ id: "1", date: "2024-07-05" }, { id: "2", date: 45471 }]), q2Only));
    expect(findingsOf(a, "ROW_LATE_REPORT").map((f) => f.taskId)).toEqual(["1"]);
  });

  it("flags a missing report after the due date (REPORT_MISSING), but not before it", () => {
    const book2 = book(catalogueSheet([{ id: "1" }, { id: "2", lead: "区财政局" }]), progressSheet([{ id: "1" }]), q2Only);
    expect(findingsOf(analyze(book2), "REPORT_MISSING").map((f) => [f.taskId, f.unit, f.period])).toEqual([["2", "区财政局", "二季度"]]);
    expect(findingsOf(analyze(book2, "2024-06-30"), "REPORT_MISSING")).toEqual([]);
  });

  it("requires co-units to report only when 报送范围 is 全部责任单位", () => {
    const rows = progressSheet([{ id: "1" }]);
    const lead = analyze(book(catalogueSheet([{ id: "1", co: "区财政局" }]), rows, q2Only));
    expect(findingsOf(lead, "REPORT_MISSING")).toEqual([]);
    const all = settingsSheet([["年度", 2024], ["报送范围", "全部责任单位"], ["报告期", "二季度", "2024-06-30"]]);
    expect(findingsOf(analyze(book(catalogueSheet([{ id: "1", co: "区财政局" }]), rows, all)), "REPORT_MISSING").map((f) => f.unit)).toEqual(["区财政局"]);
  });

  it("flags a task past its deadline and not done (TASK_OVERDUE), not one reported done", () => {
    const a = analyze(book(catalogueSheet([{ id: "1", deadline: "2024-05-31" }, { id: "2", deadline: "2024年5月底前" }]), progressSheet([{ id: "1" }, { id: "2", status: "已完成", text: "已全部完成。" }]), q2Only));
    expect(findingsOf(a, "TASK_OVERDUE").map((f) => [f.taskId, f.address])).toEqual([["1", "H2"]]);
  });

  it("says which date a customary 完成时限 is read as (CAT_DEADLINE_CUSTOMARY), in findings and in 指标跟踪's 研判说明", () => {
    const a = analyze(
      book(
        catalogueSheet([
          { id: "1", deadline: "汛期到来前", text: "加固病险堤段8公里。" },
          { id: "2", deadline: "2024-09-30", text: "加固病险堤段8公里。" },
          { id: "3", text: "春节前完成全年帮扶走访任务，走访困难家庭500户。" },
        ]),
        progressSheet([{ id: "1", text: "已加固3公里。" }, { id: "2", text: "已加固3公里。" }, { id: "3", text: "已走访困难家庭120户。" }]),
        q2Only,
      ),
    );
    const f = findingsOf(a, "CAT_DEADLINE_CUSTOMARY");
    expect(f.map((x) => x.taskId)).toEqual(["1", "3"]);
    expect(f[0]).toMatchObject({ severity: "info", address: "H2" });
    expect(f[0].message).toBe("任务 1 的完成时限「汛期到来前」是习惯说法，按 2024-05-31 计（汛期前按5月31日计（多数地区6月1日入汛））；如不同，请在完成时限中写明日期。");
    // The Spring Festival that closes the year's task is the next one (2025: 29 January, eve the 28th).
    expect(f[1].message).toContain("任务 3 的任务内容中的时限是习惯说法，按 2025-01-28 计");
    expect(f[1].message).toContain("2025年春节（1月29日）前一日1月28日");
    const reasons = (id: string) => a.metrics.filter((m) => m.task.id === id).map((m) => m.judgement.reason);
    expect(reasons("1").every((r) => r.includes("（完成时限：汛期前按5月31日计"))).toBe(true);
    expect(reasons("2").some((r) => r.includes("完成时限："))).toBe(false);
  });

  it("flags a deadline within the due-soon window (TASK_DUE_SOON)", () => {
    const a = analyze(book(catalogueSheet([{ id: "1", deadline: "2024-07-20" }]), progressSheet([{ id: "1" }]), q2Only));
    expect(findingsOf(a, "TASK_DUE_SOON")[0].message).toContain("还剩 10 天");
  });

  it("flags 进展情况 copied unchanged from the unit's previous period (ROW_COPIED_PREVIOUS)", () => {
    const a = analyze(book(catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1", period: "一季度", date: "2024-03-30" }, { id: "1", period: "二季度" }])));
    const f = findingsOf(a, "ROW_COPIED_PREVIOUS");
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("一季度");
  });

  it("checks the catalogue: duplicate 序号, no lead unit, declared section counts", () => {
    const catalogue = {
      name: "任务清单",
      rows: [
        ["序号", "任务内容", "牵头单位"],
        ["（一）坚定不移抓产业（共3项）", null, null],
        [1, "任务一", "区发改局"],
        [2, "任务二", ""],
        [2, "任务三", "区财政局"],
        ["（二）民生（共1项）", null, null],
        [3, "任务四", "区民政局"],
      ],
    };
    const a = analyze(book(catalogue, q2Only));
    expect(findingsOf(a, "CAT_DUPLICATE_ID").map((f) => f.address)).toEqual(["A5"]);
    expect(findingsOf(a, "CAT_NO_LEAD_UNIT").map((f) => f.taskId)).toEqual(["2"]);
    expect(findingsOf(a, "CAT_SECTION_COUNT")).toEqual([]);
    const short = { ...catalogue, rows: catalogue.rows.slice(0, 4) };
    expect(findingsOf(analyze(book(short, q2Only)), "CAT_SECTION_COUNT")[0].message).toBe("板块「（一）坚定不移抓产业」声明共 3 项，实际列出 2 项。");
  });

  it("reports a setting it cannot read and uses the default (SETTINGS_BAD_VALUE)", () => {
    const a = analyze(book(catalogueSheet([{ id: "1" }]), settingsSheet([["年度", 2024], ["字数上限", "很多"]])));
    expect(findingsOf(a, "SETTINGS_BAD_VALUE")).toHaveLength(1);
    expect(a.settings.textLimit).toBe(200);
  });

  it("holds each setting to its range (zod, core/settings/settingValues): out of range is SETTINGS_BAD_VALUE on its own cell, never a crash", () => {
    const settings: SheetData = {
      name: "设置",
      rows: [["说明：本表由督办室维护"], ["项目", "", "值"], ["年度", "", 1800], ["红色预警线", "", "500%"], ["临近时限天数", "", -3], ["字数上限", "", 0], ["黄色预警线", "", "70%"]],
    };
    const a = analyze(book(catalogueSheet([{ id: "1" }]), settings));
    const bad = findingsOf(a, "SETTINGS_BAD_VALUE");
    expect(bad.map((f) => [f.row, f.col, f.address]).sort((x, y) => Number(x[0]) - Number(y[0]))).toEqual([[2, 2, "C3"], [3, 2, "C4"], [4, 2, "C5"], [5, 2, "C6"]]);
    expect(bad.find((f) => f.row === 2)!.message).toBe("设置「年度」的值「1800」无法识别（应为四位年份（1901–2999）），已使用默认值。");
    expect(a.settings.year).toBe(2024);
    expect(a.settings.thresholds).toEqual({ yellow: 0.7, red: DEFAULT_THRESHOLDS.red, dueSoonDays: DEFAULT_THRESHOLDS.dueSoonDays });
    expect(a.settings.textLimit).toBe(200);
  });

  it("gives every finding a code from the rule catalogue and a Chinese message", () => {
    const a = analyze(book(catalogueSheet([{ id: "1", deadline: "2024-01-31" }]), progressSheet([{ id: "9", status: "乱写", text: "" }])));
    expect(a.findings.length).toBeGreaterThan(3);
    for (const f of a.findings) {
      expect(Object.keys(RULES)).toContain(f.code);
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("metric rules", () => {
  const q2 = settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30"]]);

  it("flags a figure behind 序时进度 (METRIC_BEHIND) and lists every target in 指标跟踪", () => {
    const a = analyze(
      book(
        catalogueSheet([{ id: "1", text: "全年新增规上工业企业25家以上。" }, { id: "2", text: "地区生产总值增长6%左右。" }]),
        progressSheet([{ id: "1", text: "上半年新增规上工业企业7家。" }, { id: "2", text: "上半年，地区生产总值增长6.1%。" }]),
        q2,
      ),
    );
    const behind = findingsOf(a, "METRIC_BEHIND");
    expect(behind.map((f) => [f.taskId, f.address])).toEqual([["1", "D2"]]);
    expect(behind[0].message).toContain("完成28%（序时进度49.7%）");
    expect(a.metrics.map((m) => [m.task.id, m.judgement.status])).toEqual([["1", "behind"], ["2", "on-track"]]);
  });

  it("flags 已完成 while the figures miss the target (ROW_DONE_TARGET_MISSED)", () => {
    const a = analyze(book(catalogueSheet([{ id: "1", text: "改造老旧小区82个。" }]), progressSheet([{ id: "1", status: "已完成", text: "已改造老旧小区60个。" }]), q2));
    const f = findingsOf(a, "ROW_DONE_TARGET_MISSED");
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("82个");
  });

  it("takes the number in 完成值 as the figure of a single target", () => {
    const a = analyze(book(catalogueSheet([{ id: "1", text: "新增规上工业企业25家以上。" }]), progressSheet([{ id: "1", status: "已完成", text: "超额完成。", value: 26 }]), q2));
    expect(findingsOf(a, "ROW_DONE_TARGET_MISSED")).toEqual([]);
    expect(a.metrics[0].judgement.actual?.value).toBe(26);
    expect(a.states.get("1")?.category).toBe("done");
  });

  it("infers an empty 完成状态 from the judged figures", () => {
    const a = analyze(book(catalogueSheet([{ id: "1", text: "新增规上工业企业25家以上。" }]), progressSheet([{ id: "1", status: "", text: "新增规上工业企业7家。" }]), q2));
    expect(a.states.get("1")).toMatchObject({ category: "lagging", source: "metrics" });
  });
});
