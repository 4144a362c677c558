/**
 * Round au of issue 13 (layouts 400–405): tables copied out of PDFs whose header is spaced out inside its names ("序 号",
 * "牵 头 单 位") or wrapped over two or three lines at the cells' width ("牵头" / "单位", "序" / "号"), rows with a prose cell
 * spaced inside (one cell more than the header has columns), names cut at the cell's width and the header again after a page
 * number. Each rule on texts of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { headerNames, pdfHeaders } from "../../../src/core/import/pdfHeaders";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");
const task = (r: ReturnType<typeof importText>, id: string) => r.tasks.find((x) => x.id === id);
const units = (r: ReturnType<typeof importText>, id: string) => {
  const t = task(r, id);
  return t ? { lead: t.leadUnits, co: t.coUnits } : null;
};

describe("a header read back whole", () => {
  test("names spaced out are joined and cut again after each whole name", () => {
    expect(headerNames("序 号 反 馈 问 题 整 改 措 施 责任领导 牵 头 单 位 责 任 单 位 整改时限")).toEqual([
      "序号", "反馈问题", "整改措施", "责任领导", "牵头单位", "责任单位", "整改时限",
    ]);
    // Names written whole stay as written.
    expect(headerNames("序号 工作任务 牵头单位 完成时限")).toEqual(["序号", "工作任务", "牵头单位", "完成时限"]);
  });

  test("a header wrapped over lines completes, in order, the names not yet whole; 序 over 号 is a 序号", () => {
    const headers = pdfHeaders(["序 存在问题 整改措施 县级 牵头 配合单位 完成", "号 责任 单位 时限", "领导", "1 某问题 某措施 副县长 县水利局 各乡镇 8月底前"]);
    expect([...headers.entries()]).toEqual([[0, { text: "序号 存在问题 整改措施 县级责任领导 牵头单位 配合单位 完成时限", through: 2 }]]);
  });

  test("a section heading or a row after a header of whole names is no part of it", () => {
    const headers = pdfHeaders(["序号 项目名称 责任单位 推进情况", "（一）", "1 某项目 县发改局 已开工。"]);
    expect([...headers.values()]).toEqual([{ text: "序号 项目名称 责任单位 推进情况", through: 0 }]);
  });

  test("a wrapped header is read as a table's, and again after a page number", () => {
    const text = doc(
      "某区重点项目分包推进表",
      "",
      "序号 项目名称 分包区 牵头 配合 推进情况",
      "领导 单位 单位",
      "1 城西物流园项目 副区长 区发改局 区交通局 一期已开工。",
      "",
      "－ 2 －",
      "",
      "序号 项目名称 分包区 牵头 配合 推进情况",
      "领导 单位 单位",
      "2 老城供热改造项目 副区长 区住建局 区财政局 管网已铺设。",
    );
    const r = importText(text);
    expect(r.kind).toBe("pdf-table");
    expect(task(r, "1")).toMatchObject({ text: "城西物流园项目", leader: "副区长" });
    expect(units(r, "1")).toEqual({ lead: ["区发改局"], co: ["区交通局"] });
    expect(units(r, "2")).toEqual({ lead: ["区住建局"], co: ["区财政局"] });
    expect(task(r, "2")?.progress?.text).toBe("管网已铺设。");
    expect(unaccountedLines(text, r)).toEqual([]);
  });
});

describe("cells a PDF copy cut or spaced", () => {
  test("a prose cell with a space inside is joined back when only one way fits; a term stays the deadline", () => {
    const text = doc(
      "序号 审计发现的问题 整改责任单位 整改时限 整改结果",
      "1 专项资金未及时拨付 县财政局 9月底前 已整改 资金已拨付",
      "2 食堂账务不规范 县教育局 立行立改 已整改 已建立专账",
    );
    const r = importText(text);
    expect(units(r, "1")).toEqual({ lead: ["县财政局"], co: [] });
    expect(task(r, "1")?.progress?.text).toContain("资金已拨付");
    expect(task(r, "2")).toMatchObject({ text: "食堂账务不规范", deadline: "立行立改" });
    expect(task(r, "2")?.progress?.text).toContain("已建立专账");
  });

  test("a whole unit is never joined into a prose cell: such a line is left to the shape reader", () => {
    const text = doc(
      "序号 工作任务 责任领导 责任单位 推进情况",
      "1 推进河道清淤工程 副县长 加快推进 县水利局 正在施工。",
      "2 新建农村公路 副县长 县交通运输局 已完成。",
    );
    expect(units(importText(text), "1")?.lead).toEqual(["县水利局"]);
  });

  // The measures cell fuller than the item's: the rest goes to it (two equally full prose cells still give it to the first).
  test("the measures column takes its wrapped rest; a cut name is completed before a whole one grows", () => {
    const text = doc(
      "序号 存在问题 整改措施 责任领导 牵头单位 配合单位 完成时限",
      "1 档案填写不规范 组织逐户核对，补 副县长 县扶贫办 各乡镇（街道） 8月底前",
      "齐缺项",
      "2 饮水安全保障不到位 落实供水措施 副县长 县水利局 县卫健委、县农业农 2018年12月底",
      "村局 前",
    );
    const r = importText(text);
    expect(units(r, "1")).toEqual({ lead: ["县扶贫办"], co: ["各乡镇（街道）"] });
    expect(task(r, "1")?.text).toBe("档案填写不规范");
    expect(units(r, "2")).toEqual({ lead: ["县水利局"], co: ["县卫健委", "县农业农村局"] });
    expect(task(r, "2")?.deadline).toBe("2018年12月底前");
  });
});
