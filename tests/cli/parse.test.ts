import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";

function fakeIO(stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: (t) => void err.push(t), readStdin: async () => stdin, errIsTTY: false };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

describe("duban parse target", () => {
  it("prints the targets and the deadline of a text as JSON", async () => {
    const f = fakeIO();
    const code = await main(["parse", "target", "--year", "2024", "--json", "上半年地区生产总值增长6%左右"], f.io);
    expect(code).toBe(0);
    const r = JSON.parse(f.out());
    expect(Object.keys(r).slice(0, 2)).toEqual(["targets", "deadline"]);
    expect(r.deadline).toBe("2024-06-30");
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]).toMatchObject({ metric: "地区生产总值", kind: "growth", cmp: "~", value: 6, unit: "%" });
    expect(Object.keys(r.targets[0]).slice(0, 5)).toEqual(["metric", "kind", "cmp", "value", "unit"]);
  });

  it("states the date chosen for a customary deadline, in the text and in JSON", async () => {
    const f = fakeIO();
    await main(["parse", "target", "--year", "2024", "汛期前完成堤防加固10公里"], f.io);
    expect(f.out()).toContain("完成时限：2024-05-31（汛期前按5月31日计");
    const g = fakeIO();
    await main(["parse", "target", "--year", "2024", "--json", "汛期前完成堤防加固10公里"], g.io);
    expect(JSON.parse(g.out())).toMatchObject({ deadline: "2024-05-31", deadlineNote: expect.stringContaining("汛期前") });
    const h = fakeIO();
    await main(["parse", "target", "--year", "2024", "--json", "5月底前完成堤防加固10公里"], h.io);
    expect(JSON.parse(h.out())).not.toHaveProperty("deadlineNote");
  });

  it("gives no target and a reason for a qualitative task", async () => {
    const f = fakeIO();
    await main(["parse", "target", "--json", "--year", "2024", "加快化工产业园扩区调整，提升运营管理水平"], f.io);
    const r = JSON.parse(f.out());
    expect(r.targets).toEqual([]);
    expect(r.deadline).toBeNull();
    expect(r.reason).toMatch(/定性/);
  });

  it("reads one text per stdin line and prints one JSON line per input line, in order", async () => {
    const f = fakeIO("实施500万元以上技改项目50个以上\n\n办好十件民生实事\\n年内新建两所幼儿园\n");
    expect(await main(["parse", "target", "--year", "2024", "--json"], f.io)).toBe(0);
    const lines = f.out().trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].targets.map((t: { value: number }) => t.value)).toEqual([50]);
    expect(lines[1].targets).toEqual([]);
    expect(lines[2].targets.map((t: { value: number }) => t.value)).toEqual([10, 2]);
  });

  it("accepts a byte-order mark and Windows line ends on stdin", async () => {
    const f = fakeIO("\uFEFF新增城镇就业4000人以上\r\n办好十件民生实事\r\n");
    await main(["parse", "target", "--json"], f.io);
    expect(f.out().trim().split("\n").map((l) => JSON.parse(l).targets[0].value)).toEqual([4000, 10]);
  });

  it("explains in Chinese without --json", async () => {
    const f = fakeIO();
    await main(["parse", "target", "--year", "2024", "力争产值过亿元企业突破30家"], f.io);
    expect(f.out()).toMatch(/识别到 1 个目标/);
    expect(f.out()).toMatch(/超过 30家/);
    const g = fakeIO();
    await main(["parse", "target", "--year", "2024", "实施500万元以上技改项目50个以上"], g.io);
    expect(g.out()).toMatch(/未作为目标：「500万元以上」/);
  });

  it("rejects an unknown subject or a bad year with exit code 2", async () => {
    const a = fakeIO();
    expect(await main(["parse", "budget", "x"], a.io)).toBe(2);
    expect(a.err()).toMatch(/CLI_PARSE_USAGE/);
    const b = fakeIO();
    expect(await main(["parse", "target", "--year", "二〇二四", "x"], b.io)).toBe(2);
    const c = fakeIO();
    expect(await main(["parse", "target", "--bogus"], c.io)).toBe(2);
  });
});

describe("duban parse progress", () => {
  it("prints actuals with period, negative growth included", async () => {
    const f = fakeIO();
    await main(["parse", "progress", "--json", "上半年，规上工业增加值-11.5%"], f.io);
    expect(JSON.parse(f.out())).toMatchObject({ actuals: [{ metric: "规上工业增加值", kind: "growth", value: -11.5, unit: "%", period: "上半年" }] });
  });

  it("keeps a literal \\n inside a stdin line as a line break of the same text", async () => {
    const f = fakeIO("同比下降4.46%\\n预计全年增长15%\n目前新增土地规模化经营面积3900亩\n");
    await main(["parse", "progress", "--json"], f.io);
    const lines = f.out().trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].actuals.map((a: { value: number }) => a.value)).toEqual([-4.46]);
    expect(lines[1].actuals[0]).toMatchObject({ value: 3900, unit: "亩", period: "目前" });
  });
});

describe("duban judge", () => {
  it("prints status, rag, ratio and expected as JSON", async () => {
    const f = fakeIO();
    const code = await main(["judge", "--target", "全年新增规上工业企业 25家以上", "--progress", "新增规上工业企业 7家", "--as-of", "2024-06-30", "--json"], f.io);
    expect(code).toBe(0);
    const r = JSON.parse(f.out());
    expect(r).toMatchObject({ status: "behind", label: "进展滞后", rag: "red", ratio: 0.28 });
    expect(r.expected).toBeCloseTo(0.5, 1);
    expect(r.judgements).toHaveLength(1);
  });

  it("says the date taken for a customary deadline in the deadline line, the reasons and the JSON", async () => {
    const f = fakeIO();
    await main(["judge", "--target", "汛期前完成病险水库除险加固6座", "--progress", "已完成除险加固2座", "--as-of", "2024-04-30"], f.io);
    expect(f.out()).toContain("完成时限：2024-05-31（汛期前按5月31日计");
    expect(f.out()).toMatch(/任务研判：.*（完成时限：汛期前按5月31日计/);
    const g = fakeIO();
    await main(["judge", "--target", "汛期前完成病险水库除险加固6座", "--progress", "已完成除险加固2座", "--as-of", "2024-04-30", "--json"], g.io);
    const r = JSON.parse(g.out());
    expect(r).toMatchObject({ deadline: "2024-05-31", deadlineNote: expect.stringContaining("5月31日") });
    expect(r.verdict.reason).toContain("（完成时限：汛期前按5月31日计");
  });

  it("explains the judgement in Chinese", async () => {
    const f = fakeIO();
    await main(["judge", "--target", "实现全年营收突破80亿元", "--progress", "上半年实现营收45.25亿", "--as-of", "2024-06-30"], f.io);
    expect(f.out()).toMatch(/序时推进/);
  });

  it("reads 目标<TAB>进展 lines from stdin and prints one JSON line each", async () => {
    const f = fakeIO("全年新增规上工业企业 25家以上\t新增规上工业企业 7家\n加快化工产业园扩区调整\t正在推进\n");
    expect(await main(["judge", "--as-of", "2024-06-30", "--json"], f.io)).toBe(0);
    const lines = f.out().trim().split("\n").map((l) => JSON.parse(l));
    // A task with no figure has the verdict 任务状态 gives it (hunt 7): here 无法研判 from its wording (正在推进).
    expect(lines.map((l) => l.status)).toEqual(["behind", "unknown"]);
    expect(lines[1].verdict.source).toBe("none");
    expect(lines[1].reason).toMatch(/定性/);
  });

  it("rejects a date it cannot read", async () => {
    const f = fakeIO();
    expect(await main(["judge", "--target", "a", "--progress", "b", "--as-of", "六月底"], f.io)).toBe(2);
    expect(f.err()).toMatch(/CLI_BAD_DATE/);
  });

  it("takes the office's level (--level, as 设置's 单位层级): a 全市 figure is a 市's own, not a 区's, and unsure without it", async () => {
    const status = async (level: string[]) => {
      const f = fakeIO();
      await main(["judge", "--target", "新增城镇就业5000人", "--progress", "1-6月全市新增城镇就业2600人", "--as-of", "2024-06-30", ...level, "--json"], f.io);
      return JSON.parse(f.out()).status;
    };
    expect(await status(["--level", "市"])).toBe("on-track");
    expect(await status(["--level", "区"])).toBe("unknown");
    expect(await status([])).toBe("unknown");
    const f = fakeIO();
    expect(await main(["judge", "--target", "a", "--progress", "b", "--as-of", "2024-06-30", "--level", "科室"], f.io)).toBe(2);
    expect(f.err()).toMatch(/CLI_JUDGE_USAGE/);
  });

  it("needs --as-of", async () => {
    const f = fakeIO();
    expect(await main(["judge", "--target", "a", "--progress", "b"], f.io)).toBe(2);
    expect(f.err()).toMatch(/CLI_JUDGE_USAGE/);
  });
});
