import { DEFAULT_THRESHOLDS, expectedShare, judgeTarget, matchActuals, parseActuals, parseTargets } from "../../../src/core/metrics";

function judge(target: string, progress: string, asOf: string, extra: object = {}) {
  const year = Number(asOf.slice(0, 4));
  const parsed = parseTargets(target, { year });
  const [t] = parsed.targets;
  const [a] = matchActuals([t], parseActuals(progress).actuals);
  return judgeTarget(t, a, { asOf, deadline: parsed.deadline, ...extra });
}

describe("expectedShare", () => {
  it("is about half a year on 30 June", () => {
    expect(expectedShare("2024-06-30")).toBeCloseTo(0.5, 1);
  });
  it("is clamped to 0..1 and follows start and end", () => {
    expect(expectedShare("2023-12-01", "2024-01-01", "2024-12-31")).toBe(0);
    expect(expectedShare("2025-03-01", "2024-01-01", "2024-12-31")).toBe(1);
    expect(expectedShare("2024-03-31", "2024-01-01", "2024-03-31")).toBe(1);
  });
});

describe("judgeTarget", () => {
  it("finds 7 of 25 new firms at 30 June lagging", () => {
    const j = judge("全年新增规上工业企业 25家以上", "新增规上工业企业 7家", "2024-06-30");
    expect(j.ratio).toBeCloseTo(0.28, 4);
    expect(j.expected).toBeCloseTo(0.5, 1);
    expect(j.status).toBe("behind");
    expect(j.label).toBe("进展滞后");
    expect(j.rag).toBe("red");
  });

  it("finds 45.25 of 80亿元 on schedule", () => {
    const j = judge("实现全年营收突破 80亿元的目标", "上半年实现营收 45.25亿", "2024-06-30");
    expect(j.ratio).toBeCloseTo(0.5656, 3);
    expect(j.status).toBe("on-track");
    expect(j.label).toBe("序时推进");
    expect(j.rag).toBe("green");
  });

  it("compares a growth rate directly: 3.6% against 6%左右 lags", () => {
    const j = judge("地区生产总值增长 6%左右", "上半年，地区生产总值增长 3.6%", "2024-06-30");
    expect(j.expected).toBe(1);
    expect(j.status).toBe("behind");
    expect(j.met).toBe(false);
  });

  it("finds 6.1% against 6% met", () => {
    const j = judge("社会消费品零售总额增长 6%", "上半年，社会消费品零售总额增长 6.1%", "2024-06-30");
    expect(j.met).toBe(true);
    expect(j.status).toBe("on-track");
    expect(j.rag).toBe("green");
  });

  it("finds PM2.5 at 38 under a ceiling of 45 met", () => {
    const j = judge("PM2.5平均浓度控制在每立方米45微克以下", "PM2.5平均浓度38微克", "2024-06-30");
    expect(j.met).toBe(true);
    expect(j.rag).toBe("green");
    expect(j.ratio).toBeGreaterThan(1);
  });

  it("finds an at-most target above its ceiling behind", () => {
    const j = judge("不良贷款率控制在0.9%以下", "不良贷款率1.2%", "2024-06-30");
    expect(j.met).toBe(false);
    expect(j.status).toBe("behind");
  });

  it("finds a passed deadline without completion overdue", () => {
    const j = judge("5月底前新增规上工业企业 25家", "新增规上工业企业 7家", "2024-06-30");
    expect(j.status).toBe("overdue");
    expect(j.label).toBe("已逾期");
    expect(j.rag).toBe("red");
  });

  it("uses the target's own deadline when no deadline is passed", () => {
    const parsed = parseTargets("全年新增规上工业企业 25家以上，5月底前建成2所幼儿园", { year: 2024 });
    const [a] = parseActuals("建成幼儿园1所").actuals;
    expect(judgeTarget(parsed.targets[1], a, { asOf: "2024-06-30" }).status).toBe("overdue");
    expect(judgeTarget(parsed.targets[1], a, { asOf: "2024-06-30", deadline: "2024-12-31" }).status).toBe("on-track");
  });

  it("says 未反映该指标 when a report does not mention the metric, and 未报送 only when no report came", () => {
    const j = judge("全年新增规上工业企业 25家以上", "正在积极推进", "2024-06-30");
    expect(j.status).toBe("not-mentioned");
    expect(j.label).toBe("未反映该指标");
    expect(j.rag).toBe("yellow");
    expect(j.ratio).toBeNull();
    const [t] = parseTargets("全年新增规上工业企业 25家以上", { year: 2024 }).targets;
    const none = judgeTarget(t, null, { asOf: "2024-06-30", reported: false });
    expect(none.status).toBe("no-data");
    expect(none.label).toBe("未报送");
    expect(none.reason).toContain("单位未报送进展");
  });

  it("finds a reached count done", () => {
    const j = judge("全年新增规上工业企业 25家以上", "新增规上工业企业 26家", "2024-06-30");
    expect(j.status).toBe("done");
    expect(j.label).toBe("已完成");
    expect(j.rag).toBe("green");
  });

  it("uses the explicit share of the target when the text states one", () => {
    const j = judge("实现全年营收突破 80亿元的目标", "完成全年营收目标的 30%", "2024-06-30");
    expect(j.ratio).toBe(0.3);
    expect(j.status).toBe("behind");
  });

  it("flags a figure on schedule with its deadline within dueSoonDays blue (临近时限); a lagging one keeps its colour", () => {
    const onSchedule = judge("全年新增规上工业企业 25家以上", "新增规上工业企业 20家", "2024-12-20", { thresholds: { yellow: 0.8, red: 0.6 } });
    expect(onSchedule.status).toBe("on-track");
    expect(onSchedule.dueSoon).toBe(true);
    expect(onSchedule.rag).toBe("blue");
    expect(onSchedule.ragLabel).toBe("蓝");
    // 20 of 25 on 20 December: 80% done against 97% elapsed is behind, and blue must not hide it.
    const lagging = judge("全年新增规上工业企业 25家以上", "新增规上工业企业 20家", "2024-12-20");
    expect(lagging.status).toBe("behind");
    expect(lagging.dueSoon).toBe(true);
    expect(lagging.rag).toBe("yellow");
    expect(lagging.reason).toContain("临近时限");
  });

  it("follows the office's thresholds", () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ yellow: 1, red: 0.8, dueSoonDays: 15 });
    // 13 of 25 at 30 June: 52% done against 49.7% elapsed.
    expect(judge("全年新增规上工业企业 25家以上", "新增规上工业企业 13家", "2024-06-30").rag).toBe("green");
    expect(judge("全年新增规上工业企业 25家以上", "新增规上工业企业 13家", "2024-06-30", { thresholds: { yellow: 1.2 } }).rag).toBe("yellow");
    // 11 of 25: 44% against 49.7% → 0.885 of schedule: yellow by default, red when red is 0.9.
    expect(judge("全年新增规上工业企业 25家以上", "新增规上工业企业 11家", "2024-06-30").rag).toBe("yellow");
    expect(judge("全年新增规上工业企业 25家以上", "新增规上工业企业 11家", "2024-06-30", { thresholds: { red: 0.9 } }).rag).toBe("red");
    expect(judge("全年新增规上工业企业 25家以上", "新增规上工业企业 20家", "2024-12-20", { thresholds: { dueSoonDays: 5 } }).dueSoon).toBe(false);
  });

  it("gives a Chinese reason", () => {
    expect(judge("全年新增规上工业企业 25家以上", "新增规上工业企业 7家", "2024-06-30").reason).toMatch(/序时进度/);
  });
});
