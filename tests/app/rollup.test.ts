import { rollUp } from "../../src/app/rollup";
import { writeBulletinSheet } from "../../src/app/bulletin";
import { bulletinLines } from "../../src/core/bulletin/bulletinText";
import { contractBook } from "../hosts/portContract";
import { describeUseCaseContract } from "./useCaseContract";

const TODAY = "2024-07-10";

/** 汇总 with 报送情况, 任务状态 and 指标跟踪 — the same sheets whether the CLI or a pane asked. */
describeUseCaseContract("roll up", {
  book: contractBook,
  run: (port) => rollUp(port, { today: TODAY, keep: (a) => a.rollup.lines.map((l) => [l.dimension, l.name, l.assigned, l.done, l.lagging, l.overdue].join(" ")) }),
  expectReference: (result, cells) => {
    expect(result.kept.length).toBeGreaterThan(2);
    for (const sheet of ["汇总", "报送情况", "任务状态", "指标跟踪"]) expect([sheet, (cells[sheet] ?? []).length > 1]).toEqual([sheet, true]);
    expect(cells["校验结果"]).toBeUndefined();
  },
});

/** The 通报 sheet written into the workbook; the draft's lines kept. */
describeUseCaseContract("bulletin sheet", {
  book: contractBook,
  run: (port) => writeBulletinSheet(port, { today: TODAY, asOf: "2024-06-30", keep: (a) => bulletinLines(a) }),
  expectReference: (result, cells) => {
    expect(result.kept.length).toBeGreaterThan(3);
    expect(result.summary.length).toBeGreaterThan(0);
    expect(cells["通报"].flat().join("\n")).toContain(result.kept.find((l) => l.trim().length > 6)!.trim());
  },
});
