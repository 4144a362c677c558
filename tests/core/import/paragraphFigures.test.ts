/**
 * A small indicator table copied one cell a paragraph with no 序号 (import-units2, the cause of train layout 166's
 * pending progress): a name column first, then figure columns (targets, results, a 完成进度 in percent). Each run of one
 * name and its figures is a row; the paragraphs around the table stay prose.
 */
import { importText } from "../../../src/core/import";

const table = (rows: string[][]) => rows.flatMap((r) => r.flatMap((c) => [c, ""]));

describe("an indicator table one cell a paragraph, no 序号", () => {
  test("rows of a name and its figures, with the 完成进度 as progress", () => {
    const r = importText(
      [
        "某县2022年民生实事完成情况公示",
        "",
        "现将本局牵头的民生实事完成情况公示如下，公示期5天。",
        "",
        ...table([
          ["指标名称", "全年任务目标(个)", "实际完成(个)", "完成进度"],
          ["改造农村公路", "12", "12", "100%"],
          ["新建村级养老站", "5", "4", "80%"],
        ]),
        "某县交通运输局",
        "",
        "2022年12月20日",
      ].join("\n"),
    );
    expect(r.kind).toBe("table");
    expect(r.tasks.map((t) => [t.text, t.progress?.text ?? ""])).toEqual([
      ["改造农村公路", "完成率 100%"],
      ["新建村级养老站", "完成率 80%"],
    ]);
  });

  test("short prose paragraphs that name no figures are no such table", () => {
    const text = ["工作任务", "", "完成进度", "", "责任单位", "", "推进老旧小区改造", "", "按计划推进", "", "区住建局", "", "下一步加强调度。"].join("\n");
    expect(importText(text).kind).not.toBe("table");
  });

  test("a name followed by words, not figures, ends the table before it", () => {
    const r = importText(
      [
        "说明如下。",
        "",
        ...table([
          ["指标名称", "全年目标", "完成进度"],
          ["新建公园", "3", "67%"],
          ["新建学校", "正在施工", "过半"],
        ]),
      ].join("\n"),
    );
    expect(r.tasks.map((t) => t.text)).toEqual(["新建公园"]);
  });
});
