import { saveSettings } from "../../src/app/settings";
import { contractBook } from "../hosts/portContract";
import { describeUseCaseContract } from "./useCaseContract";

const TODAY = "2024-07-10";

/** 保存设置: only the changed values are written into 设置, in place; the settings in force are returned. */
describeUseCaseContract("save settings", {
  book: contractBook,
  needs: ["cellEdits"],
  run: (port) =>
    saveSettings(port, new Map<string, string | number>([["红色预警线", "70%"], ["临近时限天数", 10]]), {
      today: TODAY,
      keep: (a) => [a.settings.year, a.settings.thresholds.red, a.settings.thresholds.dueSoonDays],
    }),
  expectReference: (result, cells) => {
    // What was in force when the change was made (the book's year, the default thresholds), and the change now in the sheet.
    expect(result.kept).toEqual([2024, 0.8, 15]);
    expect(result.summary.join("")).toContain("红色预警线");
    const rows = cells["设置"];
    expect(rows.find((r) => r[0] === "红色预警线")?.[1]).toMatch(/^70%$|^0\.7$/);
    expect(rows.find((r) => r[0] === "临近时限天数")?.[1]).toBe("10");
    // The rows already there are untouched.
    expect(rows.find((r) => r[0] === "年度")?.[1]).toBe("2024");
    expect(rows.find((r) => r[0] === "报告期")?.slice(1, 3)).toEqual(["二季度", "2024-06-30"]);
  },
});

describeUseCaseContract("save settings, nothing changed", {
  book: contractBook,
  writes: false,
  run: (port) => saveSettings(port, new Map(), { today: TODAY, keep: (a) => a.settings.year }),
  expectReference: (result, cells) => {
    expect(result).toEqual({ kept: 2024, summary: [] });
    expect(cells["设置"].find((r) => r[0] === "红色预警线")).toBeUndefined();
  },
});
