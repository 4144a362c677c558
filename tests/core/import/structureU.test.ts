/**
 * Round u of issue 13's structure finding: web tables copied with a merged cell left out at the left of a row (the 序号 and
 * unit of sub-items, or a category over two items), and ten 实事 named after their count in one sentence. Each rule on a
 * text of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const pipes = (rows: string[][]) => rows.map((r) => r.join(" | ") + " |").join("\n");

describe("a web-table row that left out a merged cell at its left", () => {
  test("sub-items under a merged 序号 and unit: each its own item (2-1, 2-2) with the unit above, its progress in place", () => {
    const text = pipes([
      ["序号", "项目内容", "进展情况", "责任单位"],
      ["1", "新建幼儿园3所。", "已建成2所。", "教育局"],
      ["2", "新建养老服务中心4家。", "已建成3家。", "民政局"],
      ["新增养老床位200张。", "新增床位180张。", "", ""],
    ]);
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits.join("、"), t.progress?.text])).toEqual([
      ["1", "新建幼儿园3所。", "教育局", "已建成2所。"],
      ["2-1", "新建养老服务中心4家。", "民政局", "已建成3家。"],
      ["2-2", "新增养老床位200张。", "民政局", "新增床位180张。"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a category merged over two items: the second row's cells move right, the category carries on", () => {
    const text = pipes([
      ["序号", "项目分类", "实事内容", "完成情况"],
      ["1", "教育提质", "新建幼儿园3所。", "已建成2所。"],
      ["2", "改造薄弱学校5所。", "已完成4所。", ""],
      ["3", "养老服务", "新增养老床位200张。", "新增180张。"],
    ]);
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.section, t.text, t.progress?.completion || t.progress?.text])).toEqual([
      ["1", "教育提质", "新建幼儿园3所。", "已建成2所。"],
      ["2", "教育提质", "改造薄弱学校5所。", "已完成4所。"],
      ["3", "养老服务", "新增养老床位200张。", "新增180张。"],
    ]);
  });

  test("lookalikes stay as written: a filled last column, a lone sentence row, a short category, an id in the 序号 cell", () => {
    const filledLast = importText(
      pipes([
        ["序号", "项目分类", "实事内容", "完成情况"],
        ["1", "教育提质", "新建幼儿园3所。", "已建成2所。"],
        ["2", "改造薄弱学校5所。", "已完成4所。", "已验收。"],
      ]),
    );
    expect(filledLast.tasks[1].text).toBe("已完成4所。");
    const shortCategory = importText(
      pipes([
        ["序号", "项目分类", "实事内容", "完成情况"],
        ["1", "教育提质", "新建幼儿园3所。", "已建成2所。"],
        ["2", "养老服务", "新增养老床位200张。", ""],
      ]),
    );
    expect(shortCategory.tasks.map((t) => [t.section, t.text])).toEqual([
      ["教育提质", "新建幼儿园3所。"],
      ["养老服务", "新增养老床位200张。"],
    ]);
    const lone = importText(
      pipes([
        ["序号", "项目内容", "进展情况", "责任单位"],
        ["1", "新建幼儿园3所。", "已建成2所。", "教育局"],
        ["推进民生服务提质增效。", "", "", ""],
        ["2", "新建养老服务中心4家。", "已建成3家。", "民政局"],
      ]),
    );
    expect(lone.tasks.map((t) => t.id)).toEqual(["1", "2"]);
    expect(lone.tasks.every((t) => !/推进民生服务/.test(t.text))).toBe(true);
  });
});

describe("实事 named after their count in one sentence", () => {
  test("确定了五件为民实事，分别为A、B、C、D、E。 gives five drafts", () => {
    const r = importText("今年县里确定了五件为民实事，分别为爱心助学工程、城乡道路畅通工程、城区居民安居工程、城乡供水一体化工程、水库建设工程。这五件实事计划投资3亿元。");
    expect(r.tasks.map((t) => t.text)).toEqual(["爱心助学工程", "城乡道路畅通工程", "城区居民安居工程", "城乡供水一体化工程", "水库建设工程"]);
  });

  test("a count that does not match the names, or no count, gives no list", () => {
    const fewer = importText("今年县里确定了十件为民实事，分别为爱心助学工程、城乡道路畅通工程、城区居民安居工程。这十件实事计划投资3亿元。");
    expect(fewer.tasks.map((t) => t.text)).not.toContain("城乡道路畅通工程");
    const uncounted = importText("今年的重点工作分别为爱心助学工程、城乡道路畅通工程、城区居民安居工程。计划投资3亿元。");
    expect(uncounted.tasks.map((t) => t.text)).not.toContain("城乡道路畅通工程");
  });
});
