/**
 * Round t of issue 13's structure finding: a progress table copied one cell a paragraph whose progress comes twice, as an
 * account (进展情况) and as a percent (形象进度(%)), the percent column last, after the leader column named over two
 * paragraphs ("牵头" / "市领导"), which the reader already joined.
 * Each rule on a table of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { matchHeaderRow } from "../../../src/core/import/tableColumns";
import { unaccountedLines } from "./helpers";

const cells = (rows: string[][]) => rows.flat().join("\n\n");

describe("a one-cell-a-paragraph table with its leader column named over two paragraphs and a 形象进度(%) column last", () => {
  const header = ["序号", "目标任务", "牵头", "市领导", "责任单位", "进展情况", "形象进度(%)"];
  const text = cells([
    header,
    ["1", "新建城市书房6家", "周  明", "市文广旅体局", "已建成4家，2家在装修。", "70%"],
    ["2", "改造农贸市场3个", "李华", "市商务局", "2个已完工。", "66%"],
  ]);

  test("the percent column is read as a column (not a heading row): the text, leader, unit and progress land in their own fields", () => {
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leader, t.leadUnits, t.progress?.text])).toEqual([
      // The rate joins the account as the reader writes any rate column.
      ["1", "新建城市书房6家", "周明", ["市文广旅体局"], "已建成4家，2家在装修。；完成率 70%"],
      ["2", "改造农贸市场3个", "李华", ["市商务局"], "2个已完工。；完成率 66%"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: a full column name (牵头单位) before 市领导 stays a column of its own", () => {
    const r = importText(cells([["序号", "目标任务", "牵头单位", "市领导", "进展情况"], ["1", "新建城市书房6家", "市文广旅体局", "周明", "已建成4家。"], ["2", "改造农贸市场3个", "市商务局", "李华", "2个已完工。"]]));
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.leader, t.progress?.text])).toEqual([
      ["1", ["市文广旅体局"], "周明", "已建成4家。"],
      ["2", ["市商务局"], "李华", "2个已完工。"],
    ]);
  });
});

describe("a progress word measured in percent", () => {
  test("形象进度(%) beside 进展情况 is the rate, the account stays the progress", () => {
    expect(matchHeaderRow(["序号", "目标任务", "责任单位", "进展情况", "形象进度(%)"])).toMatchObject({ progress: 3, rate: 4 });
    expect(matchHeaderRow(["序号", "目标任务", "责任单位", "进展情况", "形象进度（%）"])).toMatchObject({ progress: 3, rate: 4 });
  });

  test("lookalikes: 形象进度 with no percent, or alone, is the progress", () => {
    expect(matchHeaderRow(["序号", "目标任务", "责任单位", "形象进度"])).toMatchObject({ progress: 3 });
    expect(matchHeaderRow(["序号", "目标任务", "责任单位", "形象进度"])?.rate).toBeUndefined();
    expect(matchHeaderRow(["序号", "目标任务", "责任单位", "备注（%）"])?.rate).toBeUndefined();
  });
});
