import fc from "fast-check";
import { judgeTarget, matchActuals, parseActuals, parseDeadline, parseTargets } from "../../../src/core/metrics";

/** Pieces of real task and progress texts, shuffled: the parsers must never throw and always return well-formed figures. */
const PIECES = [
  "新增", "实施", "突破", "以上", "以下", "左右", "约", "不低于", "控制在", "分别", "均", "由", "提升至", "增长", "下降", "同比", "预计",
  "高于全市", "完成全年目标的", "上半年", "1-5月", "截至目前", "5月底前", "年内", "万", "亿", "万元", "亿元", "万亩", "亩", "家", "个", "%",
  "个百分点", "人次", "公里", "“", "”", "（", "）", "，", "、", "。", "；", "\n", "-", "—", ".", "0", "3", "12.5", "500", "２５",
  "十", "两", "二十", "百", "千", "第", "的", "企业", "项目", "营收", "地区生产总值", "规上工业增加值", "PM2.5", "5G", "4A级",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(""));
const CMPS = [">=", ">", "<=", "<", "~", "="];
const KINDS = ["growth", "level", "count", "pp"];

describe("parsers on arbitrary text", () => {
  it("parseTargets never throws and gives well-formed targets", () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = parseTargets(t, { year: 2024 });
        for (const x of r.targets) {
          expect(Number.isFinite(x.value)).toBe(true);
          expect(Number.isFinite(x.base.value)).toBe(true);
          expect(CMPS).toContain(x.cmp);
          expect(KINDS).toContain(x.kind);
          expect(typeof x.metric).toBe("string");
        }
        if (!r.targets.length) expect(typeof r.reason).toBe("string");
        expect(r.deadline === null || /^\d{4}-\d{2}-\d{2}$/.test(r.deadline)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("parseActuals, matching and judging never throw", () => {
    fc.assert(
      fc.property(text, text, (t, p) => {
        const targets = parseTargets(t, { year: 2024 }).targets;
        const actuals = parseActuals(p).actuals;
        for (const a of actuals) expect(Number.isFinite(a.value)).toBe(true);
        const matched = matchActuals(targets, actuals);
        expect(matched).toHaveLength(targets.length);
        targets.forEach((x, i) => {
          const j = judgeTarget(x, matched[i], { asOf: "2024-06-30", deadline: parseDeadline(t, 2024) });
          expect(["done", "on-track", "behind", "overdue", "no-data", "not-mentioned", "unknown"]).toContain(j.status);
          expect(["red", "yellow", "green", "blue"]).toContain(j.rag);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("stays linear on a cell with thousands of figures", () => {
    const text = Array.from({ length: 3000 }, (_, i) => `新增企业${i}家`).join("、");
    const t0 = Date.now();
    expect(parseTargets(text).targets).toHaveLength(3000);
    expect(parseActuals(text.replace(/、/g, "，")).actuals).toHaveLength(3000);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  // Linearity, not only a time limit: the time for 4× the figures against the time for 1×, each the fastest of three
  // runs taken in turn so that a busy machine slows both. Linear reading gives about 3-6 here; the quadratic reading
  // this replaced (a look back to the sentence start, the last colon and the last full stop for every figure) gave 12-19.
  it.each([
    ["plain", (n: number) => Array.from({ length: n }, (_, i) => `新增企业${i}家`).join("，"), "actual"],
    ["under a heading forecast (预计全年，…)", (n: number) => `预计全年，${Array.from({ length: n }, (_, i) => `新增企业${i}家`).join("，")}`, "forecast"],
    ["in a list under a colon (在建项目…：…)", (n: number) => `在建项目${n}个：${Array.from({ length: n }, (_, i) => `新增企业${i}家`).join("，")}`, "underWay"],
    // One clause of n figures: every skipped figure used to show the whole clause (n² characters in its phrases and reason).
    ["in a 、-list under a heading forecast (预计全年…、…)", (n: number) => `预计全年${Array.from({ length: n }, (_, i) => `新增企业${i}家`).join("、")}`, "forecast"],
    ["in one 、-list", (n: number) => Array.from({ length: n }, (_, i) => `新增企业${i}家`).join("、"), "actual"],
  ])("parseActuals stays linear, %s: 4× the figures takes less than 10× the time", (_name, cell, what) => {
    // What is counted shows each figure was read as before: an actual, a skipped forecast, an actual under way.
    const read = (s: string) => {
      const r = parseActuals(s);
      return what === "forecast" ? (r.skipped ?? []).length : what === "underWay" ? r.actuals.filter((a) => a.underWay).length : r.actuals.length;
    };
    // Distinct texts every run (a leading 0-2 spaces is trimmed away), so the memo never answers.
    const text = (n: number, run: number) => " ".repeat(run) + cell(n);
    expect(read(text(300, 9))).toBe(300);
    const best = [Infinity, Infinity];
    for (let run = 0; run < 3; run++)
      [1500, 6000].forEach((n, k) => {
        const s = text(n, run);
        const t0 = process.hrtime.bigint();
        const count = read(s);
        best[k] = Math.min(best[k], Number(process.hrtime.bigint() - t0) / 1e6);
        expect(count).toBe(n);
      });
    expect(best[1] / best[0]).toBeLessThan(10);
  });

  // A range reads its low end before the dash ("培育2-3家"): in a bounded window, not the whole text before it
  // (which made 4× the ranges take 22× the time).
  it("parseTargets stays linear on a cell of thousands of ranges: 4× the figures takes less than 10× the time", () => {
    const text = (n: number, run: number) => " ".repeat(run) + Array.from({ length: n }, (_, i) => `培育企业${i}-${i + 2}家`).join("；");
    expect(parseTargets(text(300, 9)).targets[299]).toMatchObject({ value: 299, high: 301 });
    const best = [Infinity, Infinity];
    for (let run = 0; run < 3; run++)
      [1000, 4000].forEach((n, k) => {
        const s = text(n, run);
        const t0 = process.hrtime.bigint();
        expect(parseTargets(s).targets).toHaveLength(n);
        best[k] = Math.min(best[k], Number(process.hrtime.bigint() - t0) / 1e6);
      });
    expect(best[1] / best[0]).toBeLessThan(10);
  });

  it("keeps the memo bounded", () => {
    for (let i = 0; i < 25000; i++) parseTargets(`新增企业${i}家`);
    expect(parseTargets("新增企业1家").targets[0].value).toBe(1);
  });
});
