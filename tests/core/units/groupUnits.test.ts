/**
 * Group phrases in a book: reported once each as CAT_GROUP_UNIT with the tasks they affect, with or
 * without a 单位 sheet, and expanded (no finding) when the 单位 sheet gives units that category.
 */
import { analyzeWorkbook } from "../../../src/core/engine";
import { catalogueSheet } from "../../support/books";

const tasks = [
  { id: "1", lead: "区发改局", co: "“6+3”产业链牵头部门、区财政局" },
  { id: "2", lead: "区工信局", co: "“6+3”产业链牵头部门" },
  { id: "3", lead: "安全生产重点领域牵头部门", co: "各镇街" },
  { id: "4", lead: "区农业农村局（区乡村振兴局）", co: "" },
];

function analyse(extra: { name: string; rows: string[][] }[] = []) {
  return analyzeWorkbook({ sheets: [catalogueSheet(tasks), ...extra] }, { today: "2024-04-10" });
}

describe("CAT_GROUP_UNIT", () => {
  test("without a 单位 sheet: one finding per phrase, naming its tasks", () => {
    const a = analyse();
    const groups = a.findings.filter((f) => f.code === "CAT_GROUP_UNIT");
    expect(groups.map((f) => f.unit)).toEqual(["“6+3”产业链牵头部门", "安全生产重点领域牵头部门", "各镇街"]);
    expect(groups[0].message).toContain("涉及任务 1、2（共 2 项）");
    expect(groups[0].severity).toBe("warning");
    expect(a.findings.some((f) => f.code === "CAT_UNKNOWN_UNIT")).toBe(false);
  });

  test("a 单位 sheet that gives the phrase's units expands it: no finding, the units report", () => {
    const units = {
      name: "单位",
      rows: [
        ["单位名称", "别名", "类别", "分管领导"],
        ["区发改局", "", "区直部门", ""],
        ["区财政局", "", "区直部门", ""],
        ["区工信局", "", "“6+3”产业链牵头部门", ""],
        ["区商务局", "", "“6+3”产业链牵头部门", ""],
        ["区农业农村局", "", "区直部门", ""],
        ["坛山街道", "", "镇街", ""],
        ["峨山镇", "", "镇街", ""],
      ],
    };
    const a = analyse([units]);
    expect(a.findings.filter((f) => f.code === "CAT_GROUP_UNIT").map((f) => f.unit)).toEqual(["安全生产重点领域牵头部门"]);
    const co = a.rollup.lines.filter((l) => l.dimension === "unitCo").map((l) => l.name);
    expect(co).toEqual(expect.arrayContaining(["区工信局", "区商务局", "坛山街道", "峨山镇"]));
    // 区农业农村局（区乡村振兴局） is the registry's 区农业农村局: known, one line in 汇总.
    expect(a.findings.filter((f) => f.code === "CAT_UNKNOWN_UNIT").map((f) => f.unit)).toEqual([]);
    expect(a.rollup.lines.filter((l) => l.dimension === "unitLead").map((l) => l.name)).toContain("区农业农村局");
  });
});
