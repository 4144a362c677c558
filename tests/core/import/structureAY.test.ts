/**
 * Round ax of issue 13 (layouts 427–435): progress written as prose and tables copied out of PDFs whose headers wrap. A
 * narrow header cell's name wrapped onto the next line (进展 / 情况), 情况 alone naming no column, a task cell that a cut
 * leaves ending in a body's word, a piece wider than the units column, a cut unit before a whole one, a closing note under
 * a table, an item headed by its keywords, a task quoted and answered after a colon, a promise on all the work. Each rule
 * on texts of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");

describe("a PDF table whose narrow header cells wrap: 责任 / 单位 and 进展 / 情况 on the next line", () => {
  const text = doc(
    "重点项目推进情况表",
    "",
    "序 项目名称 建设内容 责任 进展",
    "号 单位 情况",
    "1 城东污水处理 新建日处理1万吨污水 县住建局 主体已完工，正在",
    "厂 安装设备",
    "2 城西农贸市场 改造农贸市场一处 县商务局 已完成招标",
    "",
    "全县重点项目共2个，上半年完成投资0.8亿元。",
  );
  const r = importText(text);

  test("the header is read whole (进展情况 is the account, 责任单位 the units), the rows by its order", () => {
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.progress?.text])).toEqual([
      ["1", ["县住建局"], "主体已完工，正在安装设备"],
      ["2", ["县商务局"], "已完成招标"],
    ]);
    expect(r.tasks[0].text).toContain("城东污水处理厂；");
  });

  test("a sentence wider than every column after a blank line closes the table, never the last row's rest", () => {
    expect(r.tasks[1].text).not.toContain("全县重点项目");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: a name of four characters on the first line takes no tail when the tails are already placed", () => {
    const t = importText(doc("序 项目名称 责任 进展", "号 单位 情况", "1 城西农贸市场 县商务局 已完成招标", "2 城北公园 县住建局 正在施工")).tasks;
    expect(t.map((x) => [x.text, x.leadUnits, x.progress?.text])).toEqual([
      ["城西农贸市场", ["县商务局"], "已完成招标"],
      ["城北公园", ["县住建局"], "正在施工"],
    ]);
  });
});

describe("a header spaced out: 进 展 情 况 is one name, 情况 alone never a column", () => {
  const table = (header: string) =>
    doc("序号 " + header, "1 推进老旧小区改造 区住建局 区财政局 已完成招标，正在施工", "2 开展矛盾纠纷排查 区委政法委 各街道办事处 已排查纠纷32件");

  test("进 展 情 况 after 牵头 配合 gives the account of each row", () => {
    const r = importText(table("工 作 任 务 牵头单位 配合单位 进 展 情 况"));
    expect(r.tasks.map((t) => [t.text, t.leadUnits, t.coUnits, t.progress?.text])).toEqual([
      ["推进老旧小区改造", ["区住建局"], ["区财政局"], "已完成招标，正在施工"],
      ["开展矛盾纠纷排查", ["区委政法委"], ["各街道办事处"], "已排查纠纷32件"],
    ]);
  });

  test("lookalike: 责 任 单 位 完 成 时 限 stays two names (时限 is a name of its own)", () => {
    const r = importText(doc("序号 工作任务 责 任 单 位 完 成 时 限 进 展 情 况", "1 推进老旧小区改造 区住建局 2023年底前 已完成招标", "2 开展矛盾纠纷排查 区委政法委 长期坚持 已排查纠纷32件"));
    expect(r.tasks.map((t) => [t.leadUnits, t.deadline, t.progress?.text])).toEqual([
      [["区住建局"], "2023年底前", "已完成招标"],
      [["区委政法委"], "长期坚持", "已排查纠纷32件"],
    ]);
  });
});

describe("PDF rows whose cells wrap over many lines", () => {
  const text = doc(
    "重点工作落实情况表",
    "序号 工作任务 牵头 配合 进展情况",
    "单位 单位",
    "1 加快重点项目前期手续办 区发改局 区住建局 续建项目均已复工，新建",
    "理和开工建设 项目正在办理用地和规划",
    "手续",
    "2 推进老旧小区改造和背街 区住建局 各街道办事 老旧小区改造已完成招标，",
    "小巷整治 处 背街小巷整治正在施工",
    "3 梳理全年民生实事并逐项 区政府办公 区属各单位 区长带领分管副区长和区属",
    "推进 室 各单位、各街道办事处、安",
    "邦乡逐项梳理，已形成清单",
  );
  const r = importText(text);

  test("a task cell cut where a body's word ends it (…手续办, …背街) is the task's text, never a unit", () => {
    expect(r.tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ["加快重点项目前期手续办理和开工建设", ["区发改局"]],
      ["推进老旧小区改造和背街小巷整治", ["区住建局"]],
      ["梳理全年民生实事并逐项推进", ["区政府办公室"]],
    ]);
  });

  test("a body's ending on the next line completes the name cut short (各街道办事 / 处), not the whole one before it", () => {
    expect(r.tasks[1].coUnits).toEqual(["各街道办事处"]);
  });

  test("a piece wider than the units column is the account's rest, even when it lists units", () => {
    expect(r.tasks[2].coUnits).toEqual(["区属各单位"]);
    expect(r.tasks[2].progress?.text).toBe("区长带领分管副区长和区属各单位、各街道办事处、安邦乡逐项梳理，已形成清单");
  });

  test("lookalike: a unit named for an office (县扶贫办) is still a unit", () => {
    const t = importText(doc("序号 工作任务 牵头单位 配合单位 进展情况", "1 完善档案资料 县扶贫办 各乡镇 已完成", "2 落实供水措施 县水利局 各乡镇 正在推进")).tasks;
    expect(t.map((x) => x.leadUnits)).toEqual([["县扶贫办"], ["县水利局"]]);
  });
});

describe("an account whose items are headed by their keywords: 1.全过程推进常规防控。what was done", () => {
  const text = doc(
    "某街道2022年上半年工作总结",
    "一、上半年主要工作回顾",
    "1.全过程推进常规防控。上半年累计核查重点人员数据3万人次，设置便民核酸检测点21个。",
    "2.全链条做好精密智控。优化防疫网格，组建战时力量300余人，实现风险零扩散。",
    "3.全方位落实闭环管控。累计投入安保力量600多人次。",
  );

  test("the keywords are the work, what follows them its progress", () => {
    expect(importText(text).tasks.map((t) => [t.text, t.progress?.text])).toEqual([
      ["全过程推进常规防控", "上半年累计核查重点人员数据3万人次，设置便民核酸检测点21个。"],
      ["全链条做好精密智控", "优化防疫网格，组建战时力量300余人，实现风险零扩散。"],
      ["全方位落实闭环管控", "累计投入安保力量600多人次。"],
    ]);
  });

  test("lookalike: in a plan the figure after the keywords is a target, and a deadline says so", () => {
    const t = importText(doc("某县城市更新行动方案", "二、重点任务", "1.推进老旧小区改造。完成老旧小区改造8个，惠及居民1260户。", "2.明确耕地利用优先序。开展永久基本农田核实整改补划，2021年底前完成。")).tasks;
    expect(t.every((x) => !x.progress?.text)).toBe(true);
  });

  test("lookalike: a works' name over its description (…项目。为2019年中央投资项目，…) is left to the works rules", () => {
    const t = importText(doc("某县项目推进情况汇报", "1.城北学校建设项目。为2019年中央投资项目，已建成投入使用。")).tasks;
    expect(t.map((x) => x.progress?.text ?? "")).not.toContain("为2019年中央投资项目，已建成投入使用。");
  });
});

describe("a report answering each task quoted as the report wrote it: “…”的任务：account", () => {
  const text = doc(
    "某区《政府工作报告》目标任务落实情况的报告",
    "现按报告的顺序，将各项目标任务落实情况报告如下：",
    "一、经济发展方面",
    "“地区生产总值稳定增长”的任务：全年实现地区生产总值120亿元，增长6.5%。“城乡居民收入持续增长”的任务：城镇、农村居民人均可支配收入分别增长5.8%、7.1%。",
    "二、民生方面",
    "“新建城区幼儿园”的任务：2所幼儿园均已建成投用。",
  );

  test("each quote is a task, the sentence after its colon the progress, in the part it stands in", () => {
    expect(importText(text).tasks.map((t) => [t.text, t.section, t.progress?.text])).toEqual([
      ["地区生产总值稳定增长", "一、经济发展方面", "全年实现地区生产总值120亿元，增长6.5%。"],
      ["城乡居民收入持续增长", "一、经济发展方面", "城镇、农村居民人均可支配收入分别增长5.8%、7.1%。"],
      ["新建城区幼儿园", "二、民生方面", "2所幼儿园均已建成投用。"],
    ]);
  });

  test("lookalike: an answer that only plans (计划…) is no progress", () => {
    const t = importText(doc("某区《政府工作报告》目标任务落实情况的报告", "一、民生方面", "“新建城区幼儿园”的任务：计划下半年开工建设。")).tasks;
    expect(t.every((x) => !x.progress?.text || !x.progress.text.startsWith("计划下半年"))).toBe(true);
  });
});

describe("a promise on all the work at once names no task", () => {
  const text = doc(
    "某街道上半年工作总结",
    "一、主要工作",
    "（一）扎实推进党建工作。一是推进党代表工作，举办党代表接待日活动2次。二是开展“四认四亮”活动，组织在职党员到社区报到。",
    "二、下半年工作计划",
    "下半年，街道将按照年初确定的目标，继续推进各项工作。",
  );

  test("继续推进各项工作 is no task; the line is skipped with its reason", () => {
    const r = importText(text);
    expect(r.tasks.map((t) => t.text)).not.toContain("下半年，街道将按照年初确定的目标，继续推进各项工作。");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: a plan naming its work (继续推进老旧小区改造) is a task", () => {
    const r = importText(doc("某街道上半年工作总结", "二、下半年工作计划", "下半年，街道将继续推进老旧小区改造，确保年底前完成。"));
    expect(r.tasks.some((t) => t.text.includes("老旧小区改造"))).toBe(true);
  });
});

describe("a progress notice by the catalogue's numbers: 第N项：the task。a sentence opening with where it stands", () => {
  const text = doc(
    "关于2023年《政府工作报告》重点任务上半年落实情况的报告",
    "一、项目建设",
    "第1项：新建城区污水管网10公里。已完成管网铺设6公里，正在开展路面恢复。",
    "第2项：改造老旧小区5个。3个已完工，2个正在施工。",
    "二、民生保障",
    "第3项：新建城区幼儿园2所。尚未开工，正在办理用地手续。",
  );

  test("the task as the catalogue wrote it, then its state as progress", () => {
    expect(importText(text).tasks.map((t) => [t.id, t.text, t.progress?.text])).toEqual([
      ["1", "新建城区污水管网10公里", "已完成管网铺设6公里，正在开展路面恢复。"],
      ["2", "改造老旧小区5个", "3个已完工，2个正在施工。"],
      ["3", "新建城区幼儿园2所", "尚未开工，正在办理用地手续。"],
    ]);
  });

  test("lookalike: outside a progress document the second sentence stays the task's", () => {
    const t = importText(doc("2023年城市建设工作要点", "一、项目建设", "1.新建城区污水管网10公里。已纳入年度计划的管网同步实施雨污分流。", "2.改造老旧小区5个。由县住建局牵头。")).tasks;
    expect(t[0].progress?.text ?? "").toBe("");
  });
});
