/**
 * "Every source line ends in a task, a progress row or the 未识别 list" holds by construction: whatever an importer
 * read and then let go of (a task dropped or merged, a row it passed over) is listed as 未识别 at the end, so the
 * preview shows it. Held-out layouts had source lines that ended nowhere (docs/import.md); this is the net under them.
 */
import { accountForEveryLine } from "../../../src/core/import/lineLedger";
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const result = (over: Partial<Parameters<typeof accountForEveryLine>[0]> = {}) => ({ tasks: [], sections: [], skipped: [], unrecognized: [], ...over });

describe("accountForEveryLine", () => {
  const lines = ["一、经济发展（共2项）", "1. 新增规上工业企业10家。区工信局", "", "这一行被读过又丢下了", "2. 固定资产投资增长8%。区发改局", "第1页"];

  it("lists a line no task, heading, skipped or 未识别 entry holds as 未识别, in line order", () => {
    const got = accountForEveryLine(result({ tasks: [{ lines: [2, 2] }, { lines: [5, 5] }], sections: [{ name: "一、经济发展" }], skipped: [{ line: 6 }], unrecognized: [] }), lines);
    expect(got.unrecognized).toEqual([{ line: 4, text: "这一行被读过又丢下了" }]);
  });

  it("leaves a result that accounts for every line as it is (the same object)", () => {
    const r = result({ tasks: [{ lines: [2, 5] }], sections: [{ name: "一、经济发展" }], skipped: [{ line: 6 }] });
    expect(accountForEveryLine(r, lines)).toBe(r);
  });

  it("keeps earlier 未识别 entries and sorts the new ones in among them", () => {
    const got = accountForEveryLine(result({ tasks: [{ lines: [5, 5] }], sections: [{ name: "一、经济发展" }], unrecognized: [{ line: 6, text: "第1页" }] }), lines);
    expect(got.unrecognized.map((u) => u.line)).toEqual([2, 4, 6]);
  });
});

describe("importText", () => {
  it("leaves no non-blank line unaccounted, whatever the document", () => {
    const docs = [
      "关于印发重点任务分解方案的通知\n一、经济发展\n1. 新增规上工业企业10家。（牵头单位：区工信局）\n附：联系人 张三\n\n散落的一句话，不属于任何任务",
      "序号\t工作任务\t牵头单位\n1\t新建城市书房3处\t区文旅局\n备注：以上任务年底前完成\n随手写的一行",
      "今年以来，我区扎实推进各项工作。\n新增城镇就业3200人。\n下一步，我们将继续努力。",
    ];
    for (const text of docs) expect(unaccountedLines(text, importText(text))).toEqual([]);
  });
});
