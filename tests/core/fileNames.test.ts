import { bulletinFileName, noticeFileName, safeFileName, unitFormFileName } from "../../src/core/fileNames";

describe("file names: one rule for the command line and both panes", () => {
  it("keeps Chinese and brackets, turns what Windows refuses and whitespace into _", () => {
    expect(safeFileName("区农业农村局（区乡村振兴局）")).toBe("区农业农村局（区乡村振兴局）");
    expect(safeFileName("区发改局/区能源中心 a:b")).toBe("区发改局_区能源中心_a_b");
    expect(safeFileName("..\\..\\etc")).toBe("etc");
  });

  it("never gives an empty or over-long name", () => {
    expect(safeFileName("???", "单位")).toBe("单位");
    expect(safeFileName("局".repeat(200))).toHaveLength(80);
  });

  it("names a unit's form with the year, as the pane offers it and the CLI writes it", () => {
    expect(unitFormFileName(2024, "区发改局")).toBe("2024年任务进展填报_区发改局.xlsx");
  });

  it("pads 督办单 numbers to the width of the largest number, at least two digits", () => {
    expect(noticeFileName(7, 12, "区发改局")).toBe("督办单_07_区发改局.docx");
    expect(noticeFileName(98, 104, "区财政局")).toBe("督办单_098_区财政局.docx");
  });

  it("names the bulletin by its title", () => {
    expect(bulletinFileName("关于2024年二季度重点任务落实情况的通报")).toBe("关于2024年二季度重点任务落实情况的通报.docx");
  });
});
