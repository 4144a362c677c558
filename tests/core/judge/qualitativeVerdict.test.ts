/**
 * Hunt 7: a task with no figure (推进…, 完善…) gets one verdict from the one judge (judgeTask's taskVerdict: the wording
 * read by wholeTaskDone, the deadline, nothing to judge by), and `duban judge` says the same as 任务状态 of validate's
 * roll-up. `duban judge` used to answer status null for such a task while 任务状态 gave it 已完成 or 待研判.
 */
import { main } from "../../../src/cli/main";
import { CliIO } from "../../../src/cli/io";
import { rollUp } from "../../../src/app/rollup";
import { createMemoryPort } from "../../../src/hosts/memory/memoryPort";
import { book, catalogueSheet, progressSheet, settingsSheet } from "../../support/books";
import { judgeTask } from "../../../src/core/judge";

const AS_OF = "2024-09-30";

/** [task, progress, the verdict's status]. */
const PAIRS: [string, string, string][] = [
  ["完成城区排水管网改造工程", "截至9月底，已完成年度目标任务。", "done"],
  ["推进老旧街区更新改造", "正在推进设计招标", "unknown"],
  ["完善社区养老服务体系", "已出台实施方案，正在组织实施", "unknown"],
  ["6月底前完成河道清淤工程", "正在推进清淤，已完成60%", "overdue"],
];

async function cli(target: string, progress: string): Promise<{ status: string | null; label: string | null; verdict?: { source: string; reason: string } }> {
  const out: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: () => undefined, readStdin: async () => "", errIsTTY: false };
  expect(await main(["judge", "--target", target, "--progress", progress, "--as-of", AS_OF, "--json"], io)).toBe(0);
  return JSON.parse(out.join(""));
}

describe("a task with no figure: one verdict everywhere", () => {
  let states: Map<string, { status: string; source: string; reason: string }>;
  beforeAll(async () => {
    const port = createMemoryPort(
      book(
        catalogueSheet(PAIRS.map(([t], i) => ({ id: String(i + 1), text: t }))),
        progressSheet(PAIRS.map(([, p], i) => ({ id: String(i + 1), text: p, status: "", period: "三季度", date: AS_OF }))),
        settingsSheet([["年度", 2024], ["报告期", "三季度", AS_OF, "2024-10-10"]]),
      ),
    );
    const outcome = await rollUp(port, { asOf: AS_OF, today: AS_OF, keep: (a) => [...a.states.values()].map((s) => [s.task.id, { status: s.verdict.status, source: s.verdict.source, reason: s.verdict.reason }] as const) });
    states = new Map(outcome.kept);
  });

  it.each(PAIRS.map((p, i) => [i + 1, ...p] as const))("%i: %s / %s → %s", async (n, target, progress, status) => {
    const core = judgeTask({ targetText: target, progress: { text: progress }, asOf: AS_OF }).verdict;
    expect(judgeTask({ targetText: target, progress: { text: progress }, asOf: AS_OF }).judgements).toHaveLength(0);
    expect(core.status).toBe(status);
    const c = await cli(target, progress);
    expect({ status: c.status, label: c.label, source: c.verdict?.source, reason: c.verdict?.reason }).toEqual({ status: core.status, label: core.label, source: core.source, reason: core.reason });
    expect(states.get(String(n))).toEqual({ status: core.status, source: core.source, reason: core.reason });
  });

  it("the text output says the task's verdict too", async () => {
    const out: string[] = [];
    const io: CliIO = { out: (t) => void out.push(t), err: () => undefined, readStdin: async () => "", errIsTTY: false };
    await main(["judge", "--target", PAIRS[0][0], "--progress", PAIRS[0][1], "--as-of", AS_OF], io);
    expect(out.join("")).toMatch(/任务研判：【绿】已完成（依据：文字）/);
  });
});
