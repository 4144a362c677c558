import { analyze, book, catalogueSheet, progressSheet, settingsSheet, unitsSheet } from "../../support/books";
import { bulletinLines } from "../../../src/core/engine";
import { bulletinCounts, bulletinDocument } from "../../../src/core/bulletin/bulletinDocument";
import { compareRounds } from "../../../src/core/bulletin/previousRound";
import { taskName } from "../../../src/core/bulletin/wording";
import { chaseList, unitNotices, noticesDocument } from "../../../src/core/notices/notices";
import { documentLines } from "../../../src/core/bulletin/document";

describe("bulletin of one period", () => {
  const a = analyze(
    book(
      catalogueSheet([
        { id: "1", lead: "区发改局" },
        { id: "2", lead: "区财政局", deadline: "2024-05-31", text: "完成老旧小区改造82个。" },
        { id: "3", lead: "区民政局" },
        { id: "4", lead: "" },
      ]),
      progressSheet([{ id: "1", status: "已完成", text: "已完成。" }, { id: "2", unit: "区财政局", date: "2024-07-03" }]),
      unitsSheet([["区发改局", "", "", "石可清"], ["区财政局", "", "", "张传驰"], ["区民政局", "", "", "张传驰"]]),
      settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30"]]),
    ),
  );
  const lines = bulletinLines(a);

  it("opens with the period and counts that add up to the tasks, as in 汇总", () => {
    expect(lines[0]).toBe("关于2024年二季度《政府工作报告》重点任务落实情况的通报");
    expect(lines).toContain("截至2024年7月10日，4项重点任务中，已完成1项，序时推进0项，进展滞后0项，已逾期1项，未报送2项（其中1项未明确牵头单位）；完成率25%，序时率25%。");
    const sections = a.rollup.lines.filter((l) => l.dimension === "section");
    const counts = bulletinCounts(a);
    expect(counts.byCategory.notReported).toBe(sections.reduce((s, l) => s + l.notReported, 0));
    expect(counts.byCategory.overdue).toBe(sections.reduce((s, l) => s + l.overdue, 0));
  });

  it("names overdue tasks with their deadline, by unit and by leader, and has no block for a missing leader", () => {
    expect(lines).toContain("区财政局（1项）：第2项“完成老旧小区改造82个”（已逾期），完成时限为2024年5月31日，最新报送状态为“序时推进”，逾期未完成。");
    expect(lines).toContain("张传驰同志牵头的任务中，逾期未完成1项（第2项）。");
    expect(lines.join("\n")).not.toContain("未明确）");
  });

  it("states the reporting record in 项次, equal to 报送情况, with 按时 only from dates", () => {
    const record = a.rollup.reporting.filter((r) => r.period === "二季度");
    const sum = (k: "expected" | "submitted" | "missing") => record.reduce((s, r) => s + r[k], 0);
    expect(lines).toContain(`二季度进展应于2024年6月30日前报送，3个单位应报${sum("expected")}项次，已报${sum("submitted")}项次，未报${sum("missing")}项次；已报的2项次中，按时报送1项次，迟报1项次。`);
    expect(lines).toContain("未报送单位（1个）：区民政局（1项）。");
    expect(lines).toContain("另有1项任务未明确牵头单位，没有应报单位，请尽快明确责任单位。");
  });

  it("leaves units that reported nothing out of the ranking", () => {
    const ranking = lines.filter((l) => l.startsWith("第") && l.includes("名"));
    expect(ranking.join("\n")).toContain("区发改局");
    expect(ranking.join("\n")).not.toContain("区民政局");
    expect(lines.some((l) => l.includes("1个单位本期未报送任何进展，未参与排名"))).toBe(true);
  });

  it("says it cannot tell 按时 when no report has a date", () => {
    const undated = analyze(
      book(catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1", date: "" }]), settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30"]])),
    );
    const text = bulletinLines(undated).join("\n");
    expect(text).toContain("进展填报未填写报送日期，无法判断是否按时报送");
    expect(text).not.toContain("按时报送1");
  });
});

describe("bulletin by leader", () => {
  it("names a task under each of its joint leaders, as the per-leader roll-up counts it", () => {
    const a = analyze(
      book(
        catalogueSheet([
          { id: "1", lead: "区财政局", leader: "石可清、孙恒民", deadline: "2024-05-31" },
          { id: "2", lead: "区民政局", leader: "孙恒民", deadline: "2024-05-31" },
        ]),
        progressSheet([{ id: "1", unit: "区财政局", date: "2024-07-03" }, { id: "2", unit: "区民政局", date: "2024-07-03" }]),
        settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30"]]),
      ),
    );
    const lines = bulletinLines(a);
    expect(lines).toContain("石可清同志牵头的任务中，逾期未完成1项（第1项）。");
    expect(lines).toContain("孙恒民同志牵头的任务中，逾期未完成2项（第1、2项）。");
    expect(lines.join("\n")).not.toContain("石可清、孙恒民同志");
    const leaderLines = a.rollup.lines.filter((l) => l.dimension === "leader");
    expect(leaderLines.find((l) => l.name === "孙恒民")?.assigned).toBe(2);
  });
});

describe("taskName", () => {
  it("cuts only after a clause, never inside a word", () => {
    const task = { text: "坚持“抓大扶中育小”并举，开展企业“四上”行动，完善“一企一策”帮促机制，全年新增规上工业企业25家以上。" } as never;
    expect(taskName(task)).toBe("坚持“抓大扶中育小”并举，开展企业“四上”行动");
    expect(taskName({ text: "这是一个没有任何标点而且非常非常非常非常非常非常非常非常长的任务内容的句子" } as never)).toBe("这是一个没有任何标点而且非常非常非常非常非常非常非常非常长的任务内容的句子");
  });
});

/** Two quarters reported: what changed between them, where a count is heading, and the notices. */
describe("compared with the last round, and the notices", () => {
  const a = analyze(
    book(
      catalogueSheet([
        { id: "1", lead: "区工信局", leader: "王明", text: "全年新增规上工业企业20家以上。" },
        { id: "2", lead: "区发改局" },
        { id: "3", lead: "区财政局" },
        { id: "4", lead: "区民政局" },
        { id: "5", lead: "区财政局", deadline: "2024-07-20" },
        { id: "6", lead: "区住建局", deadline: "2024-05-31" },
      ]),
      progressSheet([
        { id: "1", unit: "区工信局", period: "一季度", text: "一季度新增规上工业企业6家。", status: "", date: "2024-04-02" },
        { id: "2", period: "一季度", status: "进展滞后", problems: "资金未到位", next: "加快协调", date: "2024-04-02" },
        { id: "3", unit: "区财政局", period: "一季度", date: "2024-04-02" },
        { id: "4", unit: "区民政局", period: "一季度", date: "2024-04-02" },
        { id: "5", unit: "区财政局", period: "一季度", date: "2024-04-02" },
        { id: "6", unit: "区住建局", period: "一季度", date: "2024-04-02" },
        { id: "1", unit: "区工信局", period: "二季度", text: "上半年新增规上工业企业7家。", status: "", date: "2024-07-03" },
        { id: "2", period: "二季度", date: "2024-07-03" },
        { id: "3", unit: "区财政局", period: "二季度", status: "已完成", text: "已全部完成。", date: "2024-07-08" },
        { id: "5", unit: "区财政局", period: "二季度", date: "2024-07-03" },
        { id: "6", unit: "区住建局", period: "二季度", date: "2024-07-03" },
      ]),
      settingsSheet([["年度", 2024], ["报告期", "一季度", "2024-03-31", "2024-04-05"], ["报告期", "二季度", "2024-06-30", "2024-07-05"]]),
    ),
  );
  const c = compareRounds(a);
  const lines = bulletinLines(a);

  it("finds the last round and what fell behind, caught up and was finished", () => {
    expect(c.previous?.period.name).toBe("一季度");
    expect(c.finished.map((x) => x.state.task.id)).toEqual(["3"]);
    expect(c.caughtUp.map((x) => x.state.task.id)).toEqual(["2"]);
    expect(c.fellBehind.map((x) => x.state.task.id).sort()).toEqual(["1", "6"]);
    expect(lines).toContain("本期新完成：1项，第3项（推进第3项工作）。");
    expect(lines.some((l) => l.startsWith("与一季度相比，已完成任务由0项变为1项"))).toBe(true);
    expect(c.slipped.map((u) => u.unit)).toContain("区住建局");
  });

  it("projects a count from the pace since the last round", () => {
    const p = c.projections.find((x) => x.taskId === "1")!;
    expect(p.basis).toBe("since");
    // 6 by 31 March, 7 by 30 June: one more in a quarter of the year's days, about 9 by the year end.
    expect(Math.round(p.projected)).toBe(9);
    expect(lines).toContain("第1项“全年新增规上工业企业20家以上”：上半年完成7家，按一季度以来的进度测算，预计全年完成约9家，低于目标20家，约为目标的45%。");
  });

  it("writes one notice per unit by colour, and the 催办 list of the report not sent", () => {
    const notices = unitNotices(a);
    const colour = Object.fromEntries(notices.map((n) => [n.unit, n.colour]));
    expect(colour).toEqual({ 区住建局: "red", 区工信局: "yellow", 区财政局: "blue" });
    expect(notices.map((n) => n.code)).toEqual(["督办〔2024〕1号", "督办〔2024〕2号", "督办〔2024〕3号"]);
    expect(notices[0].replyBy).toBe("2024-07-17");
    const text = documentLines(noticesDocument(notices, a)).join("\n");
    expect(text).toContain("完成时限为2024年7月20日，距完成时限还有10天");
    expect(text).toContain("低于序时进度");
    expect(chaseList(a).map((x) => [x.unit, x.taskId, x.period, x.daysLate])).toEqual([["区民政局", "4", "二季度", 5]]);
  });

  it("is a document with a title, headings and an annex table", () => {
    const doc = bulletinDocument(a);
    expect(doc.blocks[0].kind).toBe("title");
    expect(doc.blocks.filter((b) => b.kind === "heading" && b.level === 1).map((b) => (b as { text: string }).text)).toEqual([
      "一、总体情况",
      "二、与一季度相比",
      "三、取得的成效",
      "四、存在的问题",
      "五、各牵头单位落实情况",
      "六、报送情况",
      "七、下步要求",
    ]);
    expect(doc.blocks.some((b) => b.kind === "table")).toBe(true);
  });
});

/** A projection only where it can be trusted: a cumulative target, a figure of this round, the year's end, time enough. */
describe("year-end projection, said only when it can be", () => {
  const periods = settingsSheet([["年度", 2024], ["报告期", "一季度", "2024-03-31", "2024-04-05"], ["报告期", "二季度", "2024-06-30", "2024-07-05"]]);
  const tasks = catalogueSheet([
    { id: "1", lead: "区工信局", text: "全年新增规上工业企业20家以上。" },
    { id: "2", lead: "区自然资源局", text: "新增建设用地控制在500亩以内。" },
    { id: "3", lead: "区住建局", text: "新建充电桩100个。", deadline: "2024-09-30" },
    { id: "4", lead: "区人社局", text: "全年新增城镇就业3400人以上。" },
    { id: "5", lead: "区统计局", text: "地区生产总值增长6%左右。" },
  ]);
  const a = analyze(
    book(
      tasks,
      progressSheet([
        { id: "1", unit: "区工信局", period: "一季度", text: "一季度新增规上工业企业6家。", status: "", date: "2024-04-02" },
        { id: "2", unit: "区自然资源局", period: "二季度", text: "上半年新增建设用地300亩。", status: "", date: "2024-07-02" },
        { id: "3", unit: "区住建局", period: "二季度", text: "上半年新建充电桩30个。", status: "", date: "2024-07-02" },
        { id: "4", unit: "区人社局", period: "二季度", text: "上半年新增城镇就业1000人。", status: "", date: "2024-07-02" },
        { id: "5", unit: "区统计局", period: "二季度", text: "上半年地区生产总值增长5.1%。", status: "", date: "2024-07-02" },
      ]),
      periods,
    ),
  );
  const c = compareRounds(a);

  it("projects a count of this round at the year's average pace, and nothing else", () => {
    // 1: its only figure is the first quarter's; 2: a ceiling; 3: due on 30 September; 5: a rate.
    expect(c.projections.map((p) => p.taskId)).toEqual(["4"]);
    expect(c.projections[0].basis).toBe("year");
    // 1000 people by 30 June (182 of 366 days): about 2011 by the year's end.
    expect(Math.round(c.projections[0].projected)).toBe(2011);
    const lines = bulletinLines(a);
    expect(lines).toContain("按当前进度测算，本期报送了数字的1项年度累计性指标中，1项预计难以完成全年目标。");
    expect(lines.filter((l) => l.startsWith("第4项“"))).toEqual(["第4项“全年新增城镇就业3400人以上”：上半年完成1000人，按年初以来的平均进度测算，预计全年完成约2011人，低于目标3400人，约为目标的59%。"]);
  });

  it("says nothing of the year's end after a first quarter", () => {
    const early = analyze(
      book(tasks, progressSheet([{ id: "4", unit: "区人社局", period: "一季度", text: "一季度新增城镇就业800人。", status: "", date: "2024-04-02" }]), periods),
      "2024-04-10",
    );
    expect(compareRounds(early).projections).toEqual([]);
    expect(bulletinLines(early).join("\n")).not.toMatch(/预计|年底/);
  });
});
