/**
 * Round w (branch judge-w): rules made on train w's misses, each tried in other words of our own, with the lookalikes it
 * must not turn green (tests/fixtures/metrics/corpus README, docs/metrics.md "Round w").
 */
import { judgeTask } from "../../../src/core/judge";
import { parseActuals } from "../../../src/core/metrics";

const verdict = (targetText: string, text: string, asOf: string) => judgeTask({ targetText, progress: { text }, asOf }).verdict.status;
const GREEN = ["done", "on-track"];
const values = (text: string) => parseActuals(text).actuals.map((a) => a.value);

describe("a total, a bracketed note, then how many of it reached a stage", () => {
  it("the count after the note is the part done, not the total before it", () => {
    expect(verdict("承担的30个重点项目5月底前全部开工", "区直部门承担的30个重点项目（含省级统筹项目）目前仅开工19个", "2024-05-26")).toBe("behind");
    expect(verdict("承担的30个重点项目年内全部开工", "区直部门承担的30个重点项目（含省级统筹项目）目前仅开工19个", "2024-05-26")).toBe("on-track");
    expect(values("全县12所学校（含村小）已完工5所")).toEqual([5]);
  });
  it("lookalikes: a note with a figure, or a count after the note that is not of the total, keeps its reading", () => {
    // A figure inside the note is not read through: the judge stays as cautious as before.
    expect(GREEN).not.toContain(verdict("承担的30个重点项目5月底前全部开工", "区直部门承担的30个重点项目（含3个续建项目）目前仅开工19个", "2024-05-26"));
    // Another unit after the note: two reports, not a total and its part.
    expect(values("全区完成投资（不含农户）16亿元，实施项目20个")).toEqual([16, 20]);
  });
});

describe("a total, then how many of it there are (有) that reached a stage", () => {
  it("the part after 目前有 is judged against the total", () => {
    expect(verdict("48个新开工项目年内全部开工", "48个新开工项目目前有17个已开工建设", "2024-04-20")).toBe("on-track");
    expect(verdict("48个新开工项目6月底前全部开工", "48个新开工项目目前有17个已开工建设", "2024-06-20")).toBe("behind");
  });
  it("lookalikes: without a stage after the part, nothing is read as done", () => {
    expect(GREEN).not.toContain(verdict("48个新开工项目6月底前全部开工", "48个新开工项目目前有17个正在办理施工许可", "2024-06-20"));
  });
});

describe("a total, then how many of it are still under way or not yet started", () => {
  it("not yet started: the total is not a count done", () => {
    expect(GREEN).not.toContain(verdict("48个新开工项目年内全部开工", "48个新开工项目目前有17个尚未开工", "2024-06-20"));
  });
  it("still under way: the total is not a count done", () => {
    expect(GREEN).not.toContain(verdict("30个重点项目年内全部建成", "30个重点项目（含省级统筹项目）目前在建19个", "2024-06-20"));
    expect(GREEN).not.toContain(verdict("30个重点项目年内全部建成", "30个重点项目目前仍在建19个", "2024-06-20"));
  });
  it("controls: all of the total started, with a part still being built, is still read", () => {
    expect(verdict("30个重点项目年内全部开工", "30个重点项目已全部开工，其中在建19个", "2024-06-20")).toBe("done");
  });
});
