/**
 * Round at of issue 13 (layouts 384–392): which unit leads in table rows whose cells stand side by side on one line (PDF or
 * Word tables copied as text). A row's cells are read in the header's column order, its later lines' pieces go to the
 * columns still open by their look, a cell left empty is found by the looks of the others, and the lead follows the columns
 * (a 牵头/主办 column, else the first unit of the units columns in order). Each rule on texts of our own and against the
 * lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");
const task = (r: ReturnType<typeof importText>, id: string) => r.tasks.find((x) => x.id === id);
const units = (r: ReturnType<typeof importText>, id: string) => {
  const t = task(r, id);
  return t ? { lead: t.leadUnits, co: t.coUnits } : null;
};

describe("a row's cells read in the header's column order", () => {
  test("leader, units, deadline and account by their columns; a unit's tail and a post's rest on the next line", () => {
    const text = doc(
      "某县重点项目问题台账",
      "",
      "序号 项目名称 存在问题 分包县领导 责任单位 解决时限 进展情况",
      "1 城东污水处理厂项目 管网接入点位尚未确 县委常委、 东城街道办事处、县 9月底前 已完成选址论证，正在",
      "定 副县长 住建局 办理规划手续。",
      "2 物流园配套道路项目 征地补偿未落实 副县长 县交通运输局、县财政局 10月底前 补偿资金已到位。",
    );
    const r = importText(text);
    expect(r.kind).toBe("pdf-table");
    expect(task(r, "1")).toMatchObject({ text: "城东污水处理厂项目", leader: "县委常委、副县长", deadline: "9月底前" });
    expect(units(r, "1")).toEqual({ lead: ["东城街道办事处"], co: ["县住建局"] });
    expect(task(r, "1")?.progress?.text).toBe("已完成选址论证，正在办理规划手续。");
    expect(task(r, "1")?.progress?.problems).toBe("管网接入点位尚未确定");
    expect(units(r, "2")).toEqual({ lead: ["县交通运输局"], co: ["县财政局"] });
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a 主办 column leads and the 协办 column helps; a whole unit alone on the next line goes on in the later units column", () => {
    const text = doc(
      "序号 工作任务 牵头领导 主办单位 协办单位 完成时限",
      "1 建立重点企业包联服务制度，每月走访 副局长 综合处 办公室、法规处 2024年6月",
      "一次 人事处",
      "2 完善内部审计制度 纪检组长 审计处 监察室 2024年8月",
    );
    const r = importText(text);
    expect(task(r, "1")).toMatchObject({ text: "建立重点企业包联服务制度，每月走访一次", leader: "副局长", deadline: "2024年6月" });
    expect(units(r, "1")).toEqual({ lead: ["综合处"], co: ["办公室", "法规处", "人事处"] });
    expect(task(r, "2")?.leader).toBe("纪检组长");
    expect(units(r, "2")).toEqual({ lead: ["审计处"], co: ["监察室"] });
  });

  test("two unit columns neither marked as leading (责任乡镇, 责任部门): one list in order, its first unit leads; a figure column read as none", () => {
    const text = doc(
      "序号 项目名称 签约额（亿元） 包联县级领导 责任乡镇 责任部门",
      "1 光伏发电项目 6.5 副县长 北河镇人民政 县发改局",
      "府 县自然资源局",
      "2 中药材加工项目 2 副县长 南山乡人民政府 县农业农村局",
    );
    const r = importText(text);
    expect(units(r, "1")).toEqual({ lead: ["北河镇人民政府"], co: ["县发改局", "县自然资源局"] });
    expect(task(r, "1")).toMatchObject({ text: "光伏发电项目", leader: "副县长" });
    expect(units(r, "2")).toEqual({ lead: ["南山乡人民政府"], co: ["县农业农村局"] });
  });

  test("a rectification table's problem is its item, the audit it came from its subsection; a 类别 column a subsection", () => {
    const audit = importText(
      doc(
        "序号 审计项目 问题摘要 整改责任单位 整改类型 整改情况",
        "1 部门预算执行审计 会议费超标准列支 区机关事务中心 立行立改 已清退超支部分",
        "2 专项资金审计 项目资金闲置未用 区农业农村局 持续整改 已调整用于续建项目",
      ),
    );
    expect(task(audit, "1")).toMatchObject({ text: "会议费超标准列支", subsection: "部门预算执行审计" });
    expect(units(audit, "1")).toEqual({ lead: ["区机关事务中心"], co: [] });
    const handling = importText(
      doc(
        "序号 建议（提案）题目 类别 承办单位 办理情况",
        "1 关于增设城区公交线路的建议 人大建议 县交通运输局 已答复，代表满意。",
        "2 关于加强农村电商培训的提案 政协提案 县商务局 正在办理。",
      ),
    );
    expect(task(handling, "1")).toMatchObject({ text: "关于增设城区公交线路的建议", subsection: "人大建议" });
    expect(units(handling, "2")).toEqual({ lead: ["县商务局"], co: [] });
  });

  test("a cell left empty (no co-unit): the other cells go to the columns their looks fit", () => {
    const text = doc(
      "序号 建议题目 主办单位 协办单位 办理时限 办理情况",
      "1 关于规范城区夜市管理的建议 县城管局 县市场监管局 6月底前 已答复，代表满意。",
      "2 关于增加社区养老床位的建议 县民政局 7月底前 正在办理。",
    );
    const r = importText(text);
    expect(units(r, "2")).toEqual({ lead: ["县民政局"], co: [] });
    expect(task(r, "2")).toMatchObject({ text: "关于增加社区养老床位的建议", deadline: "7月底前" });
    expect(task(r, "2")?.progress?.text).toBe("正在办理。");
  });
});

describe("pieces of a later line by their look", () => {
  test("joint leaders cut at 、 and a date cut at the cell's width go on in their columns", () => {
    const text = doc(
      "序号 项目名称 责任领导 牵头单位 配合单位 完成时限",
      "1 城区供热管网改造项目 张伟、 县住建局 县财政局、县 2024年10月",
      "李明 自然资源局 底前",
      "2 农贸市场提升项目 王强 县商务局 县市场监管局 2024年6月",
    );
    const r = importText(text);
    expect(task(r, "1")).toMatchObject({ leader: "张伟、李明", deadline: "2024年10月底前" });
    expect(units(r, "1")).toEqual({ lead: ["县住建局"], co: ["县财政局", "县自然资源局"] });
    expect(task(r, "2")?.leader).toBe("王强");
    expect(unaccountedLines(text, r)).toEqual([]);
  });
});

describe("lookalikes left to the readers of before", () => {
  test("a three-column table (task, units, account) is read by the cells' looks, its rows column after column", () => {
    const text = doc(
      "序号 年度任务目标 责任单位 进展情况",
      "",
      "1 新建城市公园2个。",
      "区住建局",
      "区城管局",
      "一个公园已完工，另一个正在绿化。",
      "2 改造老旧小区5个。",
      "区住建局",
      "已开工3个。",
    );
    const r = importText(text);
    expect(units(r, "1")).toEqual({ lead: ["区住建局"], co: ["区城管局"] });
    expect(task(r, "1")?.progress?.text).toBe("一个公园已完工，另一个正在绿化。");
  });

  test("a 序号 line whose units cell reads as no unit keeps the shape reading (a person's name under 责任单位 is no unit)", () => {
    const text = doc(
      "序号 工作任务 责任领导 责任单位 完成时限 进展情况",
      "1 推进老旧小区改造 副县长 张伟 6月底前 已开工。",
    );
    const r = importText(text);
    expect(task(r, "1")?.leadUnits ?? []).not.toContain("张伟");
  });
});
