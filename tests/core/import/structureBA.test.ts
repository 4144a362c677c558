/**
 * Round az of issue 13 (layouts 445–453): catalogues and progress tables as offices keep them. A 督查通报 grouping tasks by
 * where they stand, each "任务（X牵头，Y配合）：进展"; a proposals notice naming each by the body that handles it
 * ("X承办的“…”（第N号）") with "办理情况：" under it; periods in a second header row under a merged progress name; a 序号
 * restarting under a heading row; a heading counting projects by 个. Each rule on texts of our own and against the
 * lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");

describe("a task, who leads it in a bracket with role words, then its progress after a colon", () => {
  test("in a 通报 grouped by state: the name is the task, the bracket its units, the rest its progress", () => {
    const text = doc(
      "重点工作推进情况通报",
      "一、已完成的工作（1项）",
      "1.建成社区食堂（区民政局牵头，区财政局、各街道配合）：食堂已建成投用。",
      "二、进展滞后的工作（1项）",
      "1.城区停车场改造（各街道牵头）：尚未开工。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.section, t.leadUnits, t.coUnits, t.progress?.text])).toEqual([
      ["一-1", "建成社区食堂", "一、已完成的工作", ["区民政局"], ["区财政局", "各街道"], "食堂已建成投用。"],
      ["二-1", "城区停车场改造", "二、进展滞后的工作", ["各街道"], [], "尚未开工。"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a full stop after the bracket instead of a colon; in a plan the words after it stay the item's", () => {
    const r = importText(doc("重点任务落实情况通报", "（一）已完成的任务（2项）", "1.清理拖欠账款（区财政局牵头，区工信局配合）。已全部清偿。", "2.推进开门红行动（区发改局牵头）：指标全部正增长。"));
    expect(r.tasks.map((t) => [t.text, t.leadUnits, t.coUnits, t.progress?.text])).toEqual([
      ["清理拖欠账款", ["区财政局"], ["区工信局"], "已全部清偿。"],
      ["推进开门红行动", ["区发改局"], [], "指标全部正增长。"],
    ]);
    const plan = importText(doc("工作计划", "一、城市建设", "1.推进城区改造（区住建局牵头）。确保年底前完成。", "2.建设公园（区园林局牵头，区财政局配合）"));
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.progress?.text])).toEqual([
      ["推进城区改造。确保年底前完成。", ["区住建局"], undefined],
      ["建设公园", ["区园林局"], undefined],
    ]);
  });

  test("lookalike: a task's words run into the bracket are never a unit (an unclosed bracket names none)", () => {
    const r = importText(doc("工作计划", "一、企业服务", "1.清理拖欠账款（区财政局牵头，区工信局配合", "2.推进企业包保服务"));
    for (const t of r.tasks) for (const u of [...t.leadUnits, ...t.coUnits]) expect(u).not.toMatch(/[（(]/);
  });

  test("lookalike: a bracket that assigns nothing (含…, a count) before a colon leaves the item whole", () => {
    const r = importText(doc("工作计划", "一、城市建设", "1.推进城区老旧小区改造（含背街小巷）：完成改造8个。", "2.新建公园（2处）：建成城市公园2处。"));
    for (const t of r.tasks) {
      expect(t.leadUnits).toEqual([]);
      expect(t.progress).toBeUndefined();
    }
    expect(r.tasks.map((t) => t.text).join("|")).toContain("含背街小巷");
  });
});

describe("a proposal named by the body that handles it: X承办的“…”", () => {
  test("the body leads the proposal; 办理情况： under it is its progress; numbering restarts under each （一）", () => {
    const text = doc(
      "建议提案办理情况督查通报",
      "二、办理情况",
      "（一）人大代表建议",
      "1.区水务局承办的“关于改造城区供水管网的建议”（第3号）",
      "办理情况：已办结。管网改造已完工。",
      "（二）政协委员提案",
      "1.区教育局承办的“关于增设课后服务的提案”（第5号）",
      "办理情况：正在办理。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.subsection, t.leadUnits, t.progress?.text])).toEqual([
      ["1", "（一）人大代表建议", ["区水务局"], "已办结。管网改造已完工"],
      ["1", "（二）政协委员提案", ["区教育局"], "正在办理"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: 承办 a work or an event with no quoted title names no lead", () => {
    const r = importText(doc("工作通报", "（一）代表建议", "1.区财政局承办全区运动会筹备工作", "2.区教育局承办的会议已召开。"));
    for (const t of r.tasks) expect(t.leadUnits).toEqual([]);
  });
});

describe("periods in a second header row under a merged progress name", () => {
  test("每季度 a column, the latest filled is the progress; the periods row is no task", () => {
    const text = doc(
      "重点工作任务进展情况表",
      "序号\t重点工作任务\t牵头单位\t推进情况\t\t",
      "\t\t\t一季度\t二季度\t三季度",
      "1\t新建学校2所\t县教育局\t完成选址\t主体封顶\t",
      "2\t新增就业2000人\t县人社局\t新增600人\t累计1100人\t",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.progress?.text])).toEqual([
      ["1", "新建学校2所", "主体封顶"],
      ["2", "新增就业2000人", "累计1100人"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("periods named with their progress word (一季度进展情况) under a merged 工作进展 read the same", () => {
    const r = importText(doc("重点工作进展情况表", "序号\t重点工作任务\t牵头单位\t责任单位\t工作进展\t", "\t\t\t\t一季度进展情况\t二季度进展情况", "1\t新建学校2所\t县教育局\t县住建局\t完成选址\t主体封顶"));
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits, t.progress?.text])).toEqual([["1", ["县教育局"], ["县住建局"], "主体封顶"]]);
  });

  test("lookalike: the same periods under a merged 时间节点 are each row's nodes (its deadline), never progress", () => {
    const r = importText(doc("序号\t重点工作任务\t牵头单位\t时间节点\t\t", "\t\t\t一季度\t二季度\t三季度", "1\t新建学校2所\t县教育局\t完成选址\t主体封顶\t竣工"));
    expect(r.tasks.map((t) => t.id)).toEqual(["1"]);
    expect(r.tasks[0].progress?.text ?? "").not.toContain("主体封顶");
  });
});

describe("a 序号 restarting under a heading row is the part's own first task", () => {
  test("\"1\" under 二、 after \"1\" under 一、 keeps its number and its cells", () => {
    const r = importText(doc("序号\t项目名称\t牵头单位\t推进情况", "一、人大议案", "1\t建设水源工程\t县水务局\t已完成90%", "二、民生实事", "1\t改造老旧小区\t县住建局\t已开工6个", "2\t新建照料中心\t县民政局\t主体完工"));
    expect(r.tasks.map((t) => [t.id, t.section, t.leadUnits])).toEqual([
      ["1", "一、人大议案", ["县水务局"]],
      ["1", "二、民生实事", ["县住建局"]],
      ["2", "二、民生实事", ["县民政局"]],
    ]);
  });

  test("lookalike: a merged 序号 repeated on the next row with no heading between still continues its task", () => {
    const r = importText(doc("序号\t工作任务\t牵头单位\t完成时限", "1\t新建中小学3所\t区教育局\t8月底", "1\t\t区住建局\t", "2\t新增就业5000人\t区人社局\t12月底"));
    expect(r.tasks.map((t) => t.id)).toEqual(["1", "2"]);
  });
});

describe("a heading counting projects by 个", () => {
  test("三、重点项目（2个） declares 2", () => {
    const r = importText(doc("序号\t项目名称\t牵头单位", "三、重点项目（2个）", "1\t建设复合板项目\t县工信局", "2\t改造轮毂车间\t县工信局"));
    expect(r.sections.map((s) => [s.name, s.declaredCount, s.foundCount])).toEqual([["三、重点项目", 2, 2]]);
  });

  test("lookalike: （3个方面） counts parts, not items", () => {
    const r = importText(doc("序号\t工作任务\t牵头单位", "一、深化改革（3个方面）", "1\t推进国企改革\t区国资局"));
    expect(r.sections[0]?.declaredCount ?? null).toBeNull();
  });
});
