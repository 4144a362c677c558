import { CellValue, SheetData, WorkbookData } from "../../src/core/sheet/cellValue";

/**
 * A second round for a sample book whose rows are its 上半年 round (峄城): a 前三季度 period due on 10
 * October and the as-of date then; of the sample's rows, every fourth from the first is reported again as
 * 已完成 (`done`), every fourth from the second is not reported again (`silent`), the rest are reported
 * again with the same words, dated 8 October.
 */
export function withThirdQuarter(seed: WorkbookData): { book: WorkbookData; done: Set<string>; silent: Set<string> } {
  const done = new Set<string>();
  const silent = new Set<string>();
  const sheets: SheetData[] = seed.sheets.map((sheet) => {
    if (sheet.name === "设置") {
      const rows = sheet.rows.map((r) => (r[0] === "截至日期" ? [r[0], "2024-10-10", ...r.slice(2)] : r));
      return { name: sheet.name, rows: [...rows, ["报告期", "前三季度", "2024-09-30", "2024-10-10", "报告期：名称、期末日期、报送截止日期"]] };
    }
    if (sheet.name !== "进展填报") return { name: sheet.name, rows: sheet.rows.map((r) => [...r]) };
    const [header, ...rows] = sheet.rows;
    const col = (name: string) => header.indexOf(name);
    const added: CellValue[][] = [];
    rows.forEach((r, i) => {
      if (!r.some((v) => v !== null && v !== "")) return;
      const id = String(r[col("序号")]);
      if (i % 4 === 1) {
        silent.add(id);
        return;
      }
      const row = [...r];
      row[col("报告期")] = "前三季度";
      row[col("填报日期")] = "2024-10-08";
      if (i % 4 === 0) {
        done.add(id);
        row[col("完成状态")] = "已完成";
        row[col("进展情况")] = "各项工作已全部完成。";
      }
      added.push(row);
    });
    return { name: sheet.name, rows: [header, ...rows, ...added] };
  });
  return { book: { sheets }, done, silent };
}

