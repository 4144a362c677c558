/**
 * Round ar of issue 13 (layouts 360–368): the lead unit in tables copied out of PDFs and Word — a unit with its role mark
 * ("（主办）", "（协办）", "（会办）"), a unit's name broken at its cell's width among a row's cells, a units cell that says in
 * words who leads ("A牵头，B、C配合", "A牵头，B落实"), and a table with figure and owner columns read by the place of its
 * cells. Each rule on texts of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { readUnitsPhrase } from "../../../src/core/import/assignmentPhrase";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");
const units = (r: ReturnType<typeof importText>, id: string) => {
  const t = r.tasks.find((x) => x.id === id);
  return t ? { lead: t.leadUnits, co: t.coUnits } : null;
};

describe("a unit with its role mark", () => {
  test("（主办）/（协办）/（会办） after names in one 承办单位 cell say who leads, whatever the order", () => {
    const text = doc(
      "建议办理情况表",
      "",
      "序号 建议题目 承办单位 办理情况",
      "1 关于改造城区排水管网的建议 县住建局（主办） 已列入年度计划，代表",
      "县水利局（会办） 满意。",
      "2 关于规范校外培训机构的建议 县市场监管局（协办） 已答复，代表满意。",
      "县教体局（主办）",
    );
    const r = importText(text);
    expect(r.kind).toBe("pdf-table");
    expect(units(r, "1")).toEqual({ lead: ["县住建局"], co: ["县水利局"] });
    expect(units(r, "2")).toEqual({ lead: ["县教体局"], co: ["县市场监管局"] });
    expect(r.tasks.find((t) => t.id === "1")?.progress?.text).toBe("已列入年度计划，代表满意。");
    expect(unaccountedLines(text, r)).toEqual([]);
  });
});

describe("a unit's name broken at its cell's width among a row's cells", () => {
  test("the head beside the task, the tail opening the row's next line: one name (县城市管理综合执 / 法局)", () => {
    const text = doc(
      "序号 项目名称 责任领导 责任单位 推进情况",
      "1 城区公共停车场建设项目 副县长 县城市管理综合执 已完成选址，正在办",
      "法局 理用地手续。",
      "县自然资源局",
      "2 城北农贸市场改造项目 副县长 县商务局 已完工。",
    );
    const r = importText(text);
    expect(units(r, "1")).toEqual({ lead: ["县城市管理综合执法局"], co: ["县自然资源局"] });
    const t = r.tasks.find((x) => x.id === "1")!;
    expect(t.text).toBe("城区公共停车场建设项目");
    expect(t.leader).toBe("副县长");
    expect(t.progress?.text).toBe("已完成选址，正在办理用地手续。");
  });

  test("a role-marked unit run on with the next name's head (县公安局（主办）县住 / 建局（协办）): two units", () => {
    const text = doc(
      "序号 建议题目 承办单位 办理情况",
      "1 关于规范城区停车秩序的建议 县公安局（主办）县住 正在办理。",
      "建局（协办）",
      "2 关于增设城区公交线路的建议 县交通运输局（主办） 已答复，代表满意。",
    );
    const r = importText(text);
    expect(units(r, "1")).toEqual({ lead: ["县公安局"], co: ["县住建局"] });
  });

  test("a next line opening with a whole unit of its own level (县水利局) is no tail of the cell before", () => {
    const text = doc(
      "序号 工作任务 责任领导 责任单位 推进情况",
      "1 推进河道清淤工程 副县长 加快推进 县水利局 正在施工。",
      "2 新建农村公路20公里 副县长 县交通运输局 已完成。",
    );
    const r = importText(text);
    expect(units(r, "1")?.lead).toEqual(["县水利局"]);
  });
});

describe("a units cell that says in words who leads", () => {
  test("a Word table one cell a paragraph: A牵头，B、C配合 / A（牵头）、B / A牵头，各镇落实", () => {
    const text = doc(
      "序号",
      "",
      "存在问题",
      "",
      "责任单位",
      "",
      "整改进展",
      "",
      "1",
      "",
      "部分农村生活垃圾收运不及时",
      "",
      "县城管局牵头，县财政局、县生态环境分局配合",
      "",
      "已完成整改。",
      "",
      "2",
      "",
      "部分村庄污水处理设施运行不正常",
      "",
      "县生态环境分局（牵头）、县住建局",
      "",
      "正在整改。",
      "",
      "3",
      "",
      "部分河段存在违规采砂",
      "",
      "县水利局牵头，各乡镇落实",
      "",
      "已完成整改。",
    );
    const r = importText(text);
    expect(units(r, "1")).toEqual({ lead: ["县城管局"], co: ["县财政局", "县生态环境分局"] });
    expect(units(r, "2")).toEqual({ lead: ["县生态环境分局"], co: ["县住建局"] });
    expect(units(r, "3")).toEqual({ lead: ["县水利局"], co: ["各乡镇"] });
    expect(r.tasks.find((t) => t.id === "1")?.progress?.text).toBe("已完成整改。");
  });

  test("X牵头，Y落实 names Y a helper; X负责落实 and Y落实 alone name none", () => {
    expect(readUnitsPhrase("省农业农村厅牵头，各市州人民政府落实")).toEqual({ lead: "省农业农村厅", co: "各市州人民政府" });
    expect(readUnitsPhrase("县住建局负责落实")).toBeNull();
    expect(readUnitsPhrase("各乡镇落实")).toBeNull();
  });

  test("a tab table's column of such cells is a units column even under a word no list knows", () => {
    const text = doc(
      "序号\t签约项目\t服务专班\t推进情况",
      "1\t食品加工项目\t县工信局牵头，城关镇配合\t已开工",
      "2\t物流园项目\t县商务局牵头，县交通局、县自然资源局配合\t正在办理用地手续",
      "3\t光伏发电项目\t县发改局\t已签约",
    );
    const r = importText(text);
    expect(units(r, "2")).toEqual({ lead: ["县商务局"], co: ["县交通局", "县自然资源局"] });
    expect(units(r, "3")).toEqual({ lead: ["县发改局"], co: [] });
  });
});

describe("a PDF table with figure and owner columns read by the place of its cells", () => {
  const header = "序号 项目名称 总投资 年度计划投资 项目业主 牵头协调部门 联系县领导";
  test("the lead is the 牵头协调部门 cell, never the owner company; the owner's wrapped name is left aside", () => {
    const text = doc(
      "全县重点推进项目情况表",
      "单位：万元",
      header,
      "1 县城污水处理厂提标改造项目 12000 3000 县水务投资有限公司 县住建局 李明",
      "2 工业园区标准化厂房二期工程项 45000 8000 县产业发展投资集 县工信局 王强",
      "目 团有限公司",
    );
    const r = importText(text);
    expect(r.kind).toBe("pdf-table");
    expect(units(r, "1")).toEqual({ lead: ["县住建局"], co: [] });
    expect(units(r, "2")).toEqual({ lead: ["县工信局"], co: [] });
    expect(r.tasks.find((t) => t.id === "2")?.text).toBe("工业园区标准化厂房二期工程项目");
    expect(r.tasks.find((t) => t.id === "1")?.leader).toBe("李明");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a row that does not give every column a cell is read by the look of its cells, as before", () => {
    const text = doc(header, "1 县城污水处理厂提标改造项目 县住建局 正在施工。", "2 城区供水管网改造项目 县水务局 已完工。");
    const r = importText(text);
    expect(units(r, "1")?.lead).toEqual(["县住建局"]);
  });
});

describe("a leader named, not posted, in a PDF table's leader column", () => {
  test("the name standing right before the units' cell on the 序号 line is the row's leader (包联领导 before 责任单位)", () => {
    const text = doc(
      "序号 项目名称 包联领导 责任单位 推进情况",
      "1 城南安置小区建设项目 张伟 县住建局 主体已封顶，正在进行",
      "县自然资源局 室内装修。",
      "2 城北污水管网改造项目 李红 县水务局 已完工。",
    );
    const r = importText(text);
    const t = r.tasks.find((x) => x.id === "1")!;
    expect(t.leader).toBe("张伟");
    expect(units(r, "1")).toEqual({ lead: ["县住建局"], co: ["县自然资源局"] });
    expect(t.text).toBe("城南安置小区建设项目");
    expect(r.tasks.find((x) => x.id === "2")?.leader).toBe("李红");
  });

  test("with no leader column before the units a short cell there is no leader (a place: 李庄)", () => {
    const text = doc(
      "序号 项目名称 实施地点 责任单位 推进情况",
      "1 村级道路硬化项目 李庄 县交通运输局 已完工。",
      "2 村级文化广场项目 王集 县文旅局 正在施工。",
    );
    const r = importText(text);
    expect(r.tasks.find((x) => x.id === "1")?.leader ?? "").toBe("");
    expect(units(r, "1")?.lead).toEqual(["县交通运输局"]);
  });
});
