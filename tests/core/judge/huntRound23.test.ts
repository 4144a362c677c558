/**
 * Hunt 23 (docs/metrics.md "Hunt 23 (lookalikes of session 24's rules)"): the rows of huntRound23.cases.ts, labelled and
 * committed before the judge ran on them. Train rows are answered as labelled but those in KNOWN_OPEN (which may only
 * shrink); held-out rows (every third) are scored only with DUBAN_HELDOUT=1, totals printed only.
 */
import { labelledHunt, meets, verdict, GREEN } from "./hunt";
import { parseActuals } from "../../../src/core/metrics";
import { ROWS, heldOut } from "./huntRound23.cases";

const TRAIN = ROWS.filter((r, i) => !heldOut(r, i));

/** Train rows still answered otherwise than labelled, each with its reason (docs/metrics.md "Hunt 23"). */
export const KNOWN_OPEN = new Set<string>([
  // Safe side or 未反映 (none green): an index on a base of 100 ("居民消费价格指数为102.1") is not read as a rise of 2.1% — the
  // base (上年同期, 上月 or a fixed year) is often unwritten, and a fixed-base index read as a rise would be a wrong colour.
  // The index's name does not match 涨幅, so the target is 未反映 where 无法研判 is labelled.
  "居民消费价格涨幅控制在3%以内 ⟵ 1-9月居民消费价格指数为102.1",
  "居民消费价格涨幅控制在3%以内 ⟵ 9月居民消费价格指数（上年同月=100）为101.6",
  // "测算值为0.37": a word between the name and the decimal, and 测算 (an estimate) sets the figure aside: 无法研判.
  "基尼系数控制在0.4以下 ⟵ 上半年居民收入基尼系数测算值为0.37",
  // Wrong green left as it is, on purpose: air quality is measured at the urban stations and reported for the whole place
  // (weakEvidence URBAN_AREA/AIR_QUALITY, an older deliberate rule), so 主城区PM2.5 answers the place's PM2.5 target.
  "PM2.5平均浓度控制在35微克/立方米以内 ⟵ 主城区PM2.5平均浓度32微克/立方米",
  // Pass 2, safe side: 全市 heading the figure with no office level set is JUDGE_WIDER_AREA (无法研判), as before.
  "空气质量综合指数控制在4.0以内 ⟵ 全市空气质量综合指数3.85，其中城区3.6",
  // "改厕工作…已完成改造1250户": the figure's name (改造) does not name 农村户厕, so the target is 未反映 (not green).
  "完成农村户厕改造1200户 ⟵ 今年改厕工作开展以来已完成改造1250户",
]);

labelledHunt("hunt 23: lookalikes of session 24's rules and classic harms in new forms, labelled before the judge ran", TRAIN, KNOWN_OPEN);

describe("hunt 23 held-out", () => {
  (process.env.DUBAN_HELDOUT ? it : it.skip)("held-out totals (printed only)", () => {
    const held = ROWS.filter((r, i) => heldOut(r, i));
    const got = held.map((r) => verdict(r[1], r[2], r[4] ?? "2024-09-30", null, r[5]).status);
    const met = held.filter((r, i) => meets(r[3], got[i])).length;
    const wrongGreen = held.filter((r, i) => r[3] !== "not-done" && !meets(r[3], got[i]) && GREEN.has(got[i])).length;
    const wrongDone = held.filter((r, i) => r[3] === "not-done" && got[i] === "done").length;
    console.log(`hunt 23 held-out: ${met}/${held.length} met, wrong greens ${wrongGreen}, wrong 已完成 ${wrongDone}`);
    expect(held.length).toBeGreaterThan(0);
  });
});

const status = (task: string, progress: string, asOf = "2024-09-30", year?: number) => verdict(task, progress, asOf, null, year).status;
const periods = (text: string) => parseActuals(text).actuals.map((a) => a.period);

describe("hunt 23 rules, with lookalikes", () => {
  it("a bare month opening a clause is the figure's period (parseActuals CLAUSE_MONTH)", () => {
    expect(periods("8月城区道路机扫率达到82%")).toEqual(["8月"]);
    expect(periods("今年8月城区道路机扫率达到82%")).toEqual(["8月"]);
    expect(status("城区道路机扫率达到80%", "8月城区道路机扫率达到82%，还有5条主干道尚未实施机扫", "2025-01-10", 2024)).not.toBe("done");
    expect(status("城区道路机扫率达到80%", "8月城区道路机扫率达到82%", "2025-01-10", 2024)).toBe("unknown");
  });
  it("not a month's part or limit, nor a span's end, nor another year's month", () => {
    expect(periods("8月中旬城区道路机扫率达到82%")).not.toEqual(["8月"]);
    expect(periods("1-8月城区新增就业1200人")).toEqual(["1-8月"]);
    expect(periods("2023年8月城区道路机扫率达到82%")).not.toEqual(["8月"]);
    expect(status("城区道路机扫率达到80%", "全年城区道路机扫率达到82%", "2025-01-10", 2024)).toBe("done");
    expect(status("城区道路机扫率达到80%", "截至12月底城区道路机扫率达到82%", "2025-01-10", 2024)).toBe("done");
  });
  it("an index is the index of its subject (matchActuals otherIndex)", () => {
    expect(GREEN.has(status("空气质量综合指数控制在4.0以内", "地表水水质综合指数为3.2"))).toBe(false);
    expect(GREEN.has(status("空气质量综合指数控制在4.0以内", "水环境质量综合指数3.2"))).toBe(false);
    expect(status("空气质量综合指数控制在4.0以内", "环境空气质量综合指数3.85")).toBe("on-track");
    expect(status("空气质量综合指数控制在4.0以内", "空气质量指数3.85")).toBe("on-track");
  });
  it("a total since a programme was started or created is not the year's (weakEvidence SINCE_WORKS_BEGAN)", () => {
    expect(status("创建示范村20个", "创建工作开展以来共建成示范村45个")).toBe("unknown");
    expect(status("新增市场主体3000户", "专项行动开展以来新增市场主体3200户")).toBe("unknown");
    expect(status("创建示范村20个", "2021年创建以来累计建成示范村45个")).toBe("unknown");
    expect(status("创建示范村20个", "今年创建工作开展以来建成示范村22个")).toBe("done");
    expect(status("新增市场主体3000户", "自3月专项行动开展以来，新增市场主体3200户")).toBe("done");
    expect(status("创建示范村20个", "创建示范村22个")).toBe("done");
  });
});
