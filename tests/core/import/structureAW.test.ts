/**
 * Round av of issue 13 (layouts 409–417): progress tables — how each task's progress is written. A 督查通报 naming each task
 * by its number with the unit and what it reports after a colon, a yes/no column answering its header's question, a rate
 * column in percent, a problem column naming the items when the units column has no name, and a cell of a merged column
 * wrapped onto a row of its own. Each rule on texts of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");
const row = (...cells: string[]) => cells.join("\t");

describe("a 督查通报 naming each task by its number: 第N项，the task。the unit：what it reports", () => {
  const text = doc(
    "关于全乡重点工作推进情况的通报",
    "各村、乡直各单位：",
    "现将重点工作推进情况通报如下。",
    "一、总体情况",
    "全乡确定重点工作3项，已完成1项。",
    "二、各项工作推进情况",
    "第1项，改造农村公路12公里。乡交通站：已完成路面硬化8公里，其余路段正在铺筑。",
    "第2项，新建村级卫生室2个。乡卫生院：1个已投入使用，1个主体完工。",
    "第3项，完成小型水库除险加固。乡水利站：已完成招标，尚未开工。",
    "三、工作要求",
    "各单位要加快推进，确保年底前全部完成。",
  );
  const r = importText(text);

  test("each item is a task led by the unit before the colon, what follows it the progress", () => {
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits, t.progress?.text])).toEqual([
      ["1", "改造农村公路12公里", ["乡交通站"], "已完成路面硬化8公里，其余路段正在铺筑。"],
      ["2", "新建村级卫生室2个", ["乡卫生院"], "1个已投入使用，1个主体完工。"],
      ["3", "完成小型水库除险加固", ["乡水利站"], "已完成招标，尚未开工。"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a word before the colon that is no unit (a topic, a label) leaves the item's text whole", () => {
    const t = importText(doc("关于重点工作推进情况的通报", "第1项，改造农村公路12公里。乡交通站：已完成8公里。", "第2项，新建村级卫生室2个。乡卫生院：1个已投入使用。", "第3项，完成小型水库除险加固。主要做法：先易后难，分段推进。")).tasks;
    expect(t.map((x) => [x.id, x.leadUnits])).toEqual([["1", ["乡交通站"]], ["2", ["乡卫生院"]], ["3", []]]);
    expect(t.find((x) => x.id === "3")?.text ?? "").toContain("主要做法");
  });

  test("outside a progress notice the same line is no account", () => {
    const t = importText(doc("乡2024年重点工作安排", "第1项，改造农村公路12公里。乡交通站：负责组织实施。", "第2项，新建村级卫生室2个。乡卫生院：负责选址建设。")).tasks;
    expect(t.every((x) => !x.progress?.text)).toBe(true);
  });
});

describe("a yes/no column answers its header's question", () => {
  test("是否完成 是/否 reads 已完成/未完成; 是否达到序时进度 否 reads 未达到序时进度", () => {
    const r = importText(doc(row("序号", "工作任务", "责任单位", "推进情况", "是否完成", "是否达到序时进度"), row("1", "新建污水管网5公里。", "县住建局", "已建成3公里。", "否", "是"), row("2", "改造老旧小区4个。", "县住建局", "4个全部完工。", "是", "是")));
    expect(r.tasks.map((t) => t.progress?.text)).toEqual(["已建成3公里。；状态：未完成", "4个全部完工。；状态：已完成"]);
  });

  test("any other answer is kept as written", () => {
    const r = importText(doc(row("序号", "工作任务", "责任单位", "推进情况", "是否完成"), row("1", "新建污水管网5公里。", "县住建局", "已建成3公里。", "基本完成")));
    expect(r.tasks[0].progress?.text).toBe("已建成3公里。；状态：基本完成");
  });
});

describe("a rate column in percent", () => {
  test("a bare figure under 完成进度（%） keeps its unit; a figure already marked or a word stays as written", () => {
    const r = importText(doc(row("序号", "工作任务", "责任单位", "整改进展", "完成进度（%）"), row("1", "清理违建。", "县城管局", "已拆除3处。", "60"), row("2", "整治河道。", "县水利局", "完成清淤。", "100%"), row("3", "建设公厕。", "县城管局", "正在选址。", "未启动")));
    expect(r.tasks.map((t) => t.progress?.text)).toEqual(["已拆除3处。；完成率 60%", "完成清淤。；完成率 100%", "正在选址。；完成率 未启动"]);
  });
});

describe("a problem column names the items when the units column has no name", () => {
  test("反馈问题 first after 序号, before the account, with the units header blank or in an unknown word", () => {
    for (const unitsHeader of ["", "承接部门"]) {
      const r = importText(doc("整改推进情况表", row("序号", "反馈问题", unitsHeader, "整改进展", "是否完成"), row("1", "饮用水源保护区内有养殖场", "县农业农村局、县环保局", "已关停养殖场2家。", "是"), row("2", "污水处理厂出水超标", "县住建局", "正在提标改造。", "否")));
      expect(r.kind).toBe("table");
      expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits, t.coUnits])).toEqual([
        ["1", "饮用水源保护区内有养殖场", ["县农业农村局"], ["县环保局"]],
        ["2", "污水处理厂出水超标", ["县住建局"], []],
      ]);
    }
  });

  test("a problem column after the account is what holds the work back, not the item", () => {
    const r = importText(doc(row("序号", "工作任务", "责任单位", "推进情况", "存在问题"), row("1", "新建学校1所。", "县教育局", "主体完工。", "资金缺口较大")));
    expect(r.tasks[0].text).toBe("新建学校1所。");
    expect(r.tasks[0].progress?.problems).toBe("资金缺口较大");
  });
});

describe("a cell of a merged column wrapped onto a row of its own", () => {
  const text = doc(
    row("序号", "工作举措", "具体内容", "责任单位", "进展情况"),
    row("1", "未巡先改，", "对共性问题通报整改", "区委巡察办", "已通报6项"),
    row("", "巡后用好成果", "", "", ""),
    row("", "", "对照问题清单立行立改", "各乡镇", "已整改21个"),
    row("2", "提格反馈，", "分管领导参加反馈会", "区委巡察办", "均已参加"),
    row("", "传导压力", "", "", ""),
  );
  const r = importText(text);

  test("the lone piece under a cell left open (…，) is the rest of that cell, never a section", () => {
    expect(r.sections.map((s) => s.name)).toEqual([""]);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits, t.progress?.text])).toEqual([
      ["1-1", "对共性问题通报整改", ["区委巡察办"], "已通报6项"],
      ["1-2", "对照问题清单立行立改", ["各乡镇"], "已整改21个"],
      ["2", "分管领导参加反馈会", ["区委巡察办"], "均已参加"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a lone cell under a closed cell still names a section", () => {
    const s = importText(doc(row("序号", "工作举措", "具体内容", "责任单位", "进展情况"), row("", "产业发展", "", "", ""), row("1", "招商引资。", "新签约项目5个", "县商务局", "已签约3个"), row("", "民生保障", "", "", ""), row("2", "就业帮扶。", "新增就业500人", "县人社局", "已新增320人")));
    expect(s.tasks.map((t) => [t.id, t.section])).toEqual([
      ["1", "产业发展"],
      ["2", "民生保障"],
    ]);
  });
});

describe("several units under one task, each with its own account", () => {
  test("a row of its own with a whole unit and an account: each account kept under its unit's name", () => {
    const r = importText(doc(row("序号", "整改任务", "责任单位", "推进情况"), row("1", "压实整改主体责任", "区委巡察办", "已听取整改汇报6轮"), row("", "", "区纪委监委", "督促制定整改方案"), row("", "", "区委组织部", "整改情况纳入班子考核"), row("2", "集中督办促整改", "区纪委监委", "逐项核实35家")));
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits, t.progress?.text])).toEqual([
      ["1", ["区委巡察办"], ["区纪委监委", "区委组织部"], "区委巡察办：已听取整改汇报6轮；区纪委监委：督促制定整改方案；区委组织部：整改情况纳入班子考核"],
      ["2", ["区纪委监委"], [], "逐项核实35家"],
    ]);
  });

  test("lookalikes: a list cut at 、, a group (各街道) and an account left open (…，) go on unlabelled", () => {
    const cut = importText(doc(row("序号", "整改任务", "责任单位", "推进情况"), row("1", "整治河道", "县水利局、", "已清淤3公里。"), row("", "", "县环保局", "水质监测达标。")));
    expect(cut.tasks[0].progress?.text).toBe("已清淤3公里。水质监测达标。");
    const open = importText(doc(row("序号", "整改任务", "责任单位", "推进情况"), row("1", "整治河道", "县水利局", "已清淤3公里，"), row("", "", "县环保局", "水质监测达标。")));
    expect(open.tasks[0].progress?.text).toBe("已清淤3公里，水质监测达标。");
  });
});

describe("progress tables copied out of PDFs, cells side by side", () => {
  test("a progress column per period: the latest filled is the progress, its period the column's", () => {
    const r = importText(doc("重点工作推进情况表", "序号 工作任务 责任单位 一季度进展 二季度进展", "1 新建污水管网5公里 县住建局 完成管网设计 已建成3公里", "2 改造老旧小区4个 县住建局 完成招标 2个小区完工", "3 新增城镇就业1200人 县人社局 新增就业310人 累计新增就业720人"));
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.progress?.period, t.progress?.text])).toEqual([
      ["1", ["县住建局"], "二季度", "已建成3公里"],
      ["2", ["县住建局"], "二季度", "2个小区完工"],
      ["3", ["县人社局"], "二季度", "累计新增就业720人"],
    ]);
  });

  test("完成情况 存在问题 下步打算 as three columns: each in its field", () => {
    const r = importText(doc("整改落实情况表", "序号 反馈问题 责任单位 完成情况 存在问题 下步打算", "1 学习贯彻不够深入 县文旅局 已召开专题学习会2次 成果转化不够 开展专题调研", "2 公共文化服务短板 县文旅局 新建城市书房2家 山区覆盖偏低 再建城市书房1家", "3 财务报销审核不严 县财政局 追缴资金7.1万元 无 长期坚持"));
    expect(r.tasks.map((t) => [t.id, t.progress?.text, t.progress?.problems, t.progress?.nextSteps])).toEqual([
      ["1", "已召开专题学习会2次", "成果转化不够", "开展专题调研"],
      ["2", "新建城市书房2家", "山区覆盖偏低", "再建城市书房1家"],
      ["3", "追缴资金7.1万元", "无", "长期坚持"],
    ]);
  });

  test("a rate in percent and a yes/no beside the account join it as in a pasted table", () => {
    const r = importText(doc("整改推进情况表", "序号 反馈问题 责任单位 整改进展 完成进度（%） 是否完成", "1 饮用水源保护区内有养殖场 县农业农村局、县环保局 已关停养殖场2家 100 是", "2 污水处理厂出水超标 县住建局 正在提标改造 60 否", "3 垃圾填埋场渗滤液未收集 县城管局 新建收集池1座 100 是"));
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits, t.progress?.text])).toEqual([
      ["1", ["县农业农村局"], ["县环保局"], "已关停养殖场2家；完成率 100%；状态：已完成"],
      ["2", ["县住建局"], [], "正在提标改造；完成率 60%；状态：未完成"],
      ["3", ["县城管局"], [], "新建收集池1座；完成率 100%；状态：已完成"],
    ]);
  });
});
