/**
 * Leaders a part heading names (import-units2): a closing "（牵头领导：…）" in a numbered list's heading, and a post with a
 * name ("三、常务副县长王强分管工作", "（二）副区长李四牵头事项") in any importer's heading, lead the part's tasks that name no
 * leader of their own. The heading keeps its name as written, less a leader bracket.
 */
import { importText, ImportResult } from "../../../src/core/import";
import { headingLeader } from "../../../src/core/import/leaderTitles";

const rows = (r: ImportResult) => r.tasks.map((t) => [t.section, t.subsection ?? "", t.leadUnits.join("、"), t.leader]);
const sections = (r: ImportResult) => r.sections.map((s) => [s.name, s.declaredCount]);

describe("a numbered list's heading closed by （牵头领导：…）", () => {
  test("the bracket leaves the part's name and leads its tasks (inline assignments)", () => {
    const r = importText(
      ["一、产业发展（牵头领导：张三）", "1.新建厂房12万平方米。（牵头单位：区工信局）", "2.引进项目6个。（牵头单位：区商务局；牵头领导：赵六）", "二、民生保障（责任领导：李四、王五）", "3.新增就业2800人。（牵头单位：区人社局）"].join("\n"),
    );
    expect(sections(r)).toEqual([["一、产业发展", null], ["二、民生保障", null]]);
    expect(rows(r)).toEqual([
      ["一、产业发展", "", "区工信局", "张三"],
      ["一、产业发展", "", "区商务局", "赵六"],
      ["二、民生保障", "", "区人社局", "李四、王五"],
    ]);
  });

  test("label lines under the items, a declared count before or after the bracket", () => {
    const r = importText(
      ["一、产业发展（共2项）（牵头领导：张三）", "1.新建厂房12万平方米。", "牵头单位：区工信局", "2.引进项目6个。", "牵头单位：区商务局", "二、民生保障（分管领导：李四）（共1项）", "3.新增就业2800人。", "牵头单位：区人社局"].join("\n"),
    );
    expect(sections(r)).toEqual([["一、产业发展", 2], ["二、民生保障", 1]]);
    expect(rows(r).map((x) => x[3])).toEqual(["张三", "张三", "李四"]);
  });

  test("a unit bracket and a topic bracket stay as they were", () => {
    const r = importText(["一、产业发展（重点）", "1.新建厂房12万平方米。（牵头单位：区工信局）", "二、民生保障", "2.新增就业2800人。（牵头单位：区人社局）"].join("\n"));
    expect(sections(r)).toEqual([["一、产业发展（重点）", null], ["二、民生保障", null]]);
    expect(rows(r).map((x) => x[3])).toEqual(["", ""]);
  });
});

describe("a heading naming a post and a person with what the part holds", () => {
  test.each([
    ["三、常务副县长王强分管工作", "王强"],
    ["（二）副区长李四牵头事项", "李四"],
    ["一、副市长陈晓明主抓的重点工作", "陈晓明"],
    ["二、区长周平负责事项（共5项）", "周平"],
    // Lookalikes: a post with no person, a hotline, a topic.
    ["三、常务副县长分管工作", ""],
    ["二、副区长牵头事项", ""],
    ["一、县长热线办理工作", ""],
    ["四、分管副区长联系事项", ""],
    ["一、稳增长促发展工作", ""],
  ])("headingLeader(%s) = %s", (heading, leader) => {
    expect(headingLeader(heading.replace(/（共\d+项）$/, ""))).toBe(leader);
  });

  test("list: the part's and the sub-part's tasks take the leader; the heading keeps its name", () => {
    const r = importText(
      ["三、常务副县长王强分管工作", "1.新建厂房12万平方米。（牵头单位：县工信局）", "2.引进项目6个。（牵头单位：县商务局；牵头领导：赵六）", "四、副县长李四牵头事项", "3.新增就业2800人。（牵头单位：县人社局）", "五、常务副县长分管工作", "4.新建学校1所。（牵头单位：县教体局）"].join("\n"),
    );
    expect(sections(r)).toEqual([["三、常务副县长王强分管工作", null], ["四、副县长李四牵头事项", null], ["五、常务副县长分管工作", null]]);
    expect(rows(r).map((x) => x[3])).toEqual(["王强", "赵六", "李四", ""]);
  });

  test("list: a （二） sub-part heading names the leader of its own tasks", () => {
    const r = importText(
      ["一、重点工作", "（一）常务副区长王强分管工作", "1.新建厂房12万平方米。（牵头单位：区工信局）", "（二）副区长李四牵头事项", "2.新增就业2800人。（牵头单位：区人社局）"].join("\n"),
    );
    expect(rows(r).map((x) => [x[1], x[3]])).toEqual([
      ["（一）常务副区长王强分管工作", "王强"],
      ["（二）副区长李四牵头事项", "李四"],
    ]);
  });

  test("notice with inline assignments: the heading's leader for the tasks that name none", () => {
    const r = importText(
      ["一、常务副县长王强分管工作", "1.新建厂房12万平方米。（牵头领导：赵六；承办单位：县工信局）", "2.引进项目6个。（承办单位：县商务局）", "二、副县长李四牵头事项", "3.新增就业2800人。（牵头领导：孙七；承办单位：县人社局）", "4.新建学校1所。（承办单位：县教体局）", "三、常务副县长分管工作", "5.新建医院1所。（牵头领导：孙七；承办单位：县卫健局）", "6.新建公园1个。（承办单位：县住建局）"].join("\n"),
    );
    expect(sections(r).map((s) => s[0])).toEqual(["一、常务副县长王强分管工作", "二、副县长李四牵头事项", "三、常务副县长分管工作"]);
    expect(rows(r).map((x) => x[3])).toEqual(["赵六", "王强", "孙七", "李四", "孙七", ""]);
  });

  test("table: a heading row with a post and a person", () => {
    const r = importText(
      ["序号\t工作任务\t责任单位\t完成时限", "三、常务副县长王强分管工作（共2项）", "1\t新建厂房12万平方米。\t县工信局\t年底", "2\t引进项目6个。\t县商务局\t年底", "四、重点项目（共1项）", "3\t新建学校1所。\t县教体局\t年底"].join("\n"),
    );
    expect(rows(r).map((x) => [x[0], x[3]])).toEqual([
      ["三、常务副县长王强分管工作", "王强"],
      ["三、常务副县长王强分管工作", "王强"],
      ["四、重点项目", ""],
    ]);
  });
});
