/**
 * Round y of issue 13's structure finding: a table pasted one cell a line whose first rows sit under a part heading
 * closed by the part's assignment ("一、…等工作目标（牵头领导：…）"), longer than a column name or a short heading. Each
 * rule on a text of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { parseSectionHeading } from "../../../src/core/import/sections";
import { unaccountedLines } from "./helpers";

const cells = (heading: string) =>
  [
    "2024年县政府工作目标任务落实责任分解表",
    "序号",
    "目标任务",
    "牵头单位",
    "责任单位",
    heading,
    "1",
    "城镇新增就业人数达到3200人。",
    "县人社局",
    "各乡镇",
    "2",
    "新改建农村公路120公里。",
    "县交通运输局",
    "县财政局、各乡镇",
    "二、民生事业（牵头领导：赵刚）",
    "3",
    "新建城区幼儿园2所。",
    "县教育局",
    "县住建局",
  ].join("\n");

describe("a part heading closed by its assignment between a table's header and its first row", () => {
  test("of any length, it ends the header and heads its rows; the bracket is the part's, not its name", () => {
    const text = cells("一、稳就业、保民生、促增收、强基础、补短板、惠民生、优服务等方面的年度重点工作目标（牵头领导：李明、王强、张伟、刘洋、陈静）");
    const r = importText(text);
    expect(r.sections.map((s) => [s.name, s.foundCount])).toEqual([
      ["一、稳就业、保民生、促增收、强基础、补短板、惠民生、优服务等方面的年度重点工作目标", 2],
      ["二、民生事业", 1],
    ]);
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([
      ["1", ["县人社局"], ["各乡镇"]],
      ["2", ["县交通运输局"], ["县财政局", "各乡镇"]],
      ["3", ["县教育局"], ["县住建局"]],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a long 一、 paragraph with no closing assignment is not taken for that heading (the header is not found through it)", () => {
    const r = importText(cells("一、稳就业、保民生、促增收、强基础、补短板、惠民生、优服务等方面的年度重点工作目标和各项保障措施"));
    expect(r.sections.some((s) => s.name.startsWith("一、稳就业"))).toBe(false);
  });

  test("a long heading line is measured without its closing assignment; a sentence closed so is an item", () => {
    const long = "一、稳就业、保民生、促增收、强基础、补短板、惠民生、优服务等方面的年度重点工作目标";
    const led = `${long}（牵头领导：李明、王强、张伟、刘洋、陈静）`;
    expect(led.length).toBeGreaterThan(60);
    expect(parseSectionHeading(led)).toMatchObject({ name: long, coordinator: "李明、王强、张伟、刘洋、陈静" });
    expect(parseSectionHeading(`${long}和各项保障措施及其分工落实要求以及督查考核办法的具体安排`)).toBeNull();
    const item = "（一）加快推进城乡融合发展，完善县域交通、供水、供气等基础设施，提升教育医疗公共服务水平，推动人口向县城和中心镇集聚。（牵头单位：县发改局）";
    expect(item.length).toBeGreaterThan(60);
    expect(parseSectionHeading(item)).toBeNull();
  });
});
