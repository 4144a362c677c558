/**
 * Round an (import-an): completion tables copied out of a PDF (落实情况表, 办理情况表, 整改情况表) — cells wrapped over lines and
 * over page breaks, page marks and the header between rows, problem and proposal columns as the items, units run into the
 * account, a leader column's posts. Material written for these tests, in our own words; each rule with the lookalikes it
 * leaves alone.
 */
import { importText } from "../../../src/core/import";
import { PAGE_MARK } from "../../../src/core/import/columnText";
import { matchHeaderRow } from "../../../src/core/import/tableColumns";
import { splitUnits } from "../../../src/core/units/splitUnits";

const cells = (...lines: string[]) => lines.join("\n\n");

describe("page marks between a table's rows", () => {
  test.each(["－ 3 －", "—3—", "- 12 -", "第3页", "第 1 页，共 2 页", "第2页/共5页", "第 4 页 共 9 页"])("%s is a page mark", (line) => {
    expect(PAGE_MARK.test(line)).toBe(true);
  });
  test.each(["3", "第三季度", "第3页显示的数据有误", "－3－5月", "共2页"])("%s is none", (line) => {
    expect(PAGE_MARK.test(line)).toBe(false);
  });
});

describe("a table one cell a line copied out of a PDF: cells wrap over lines and page breaks", () => {
  const pdf = cells(
    "问题整改情况表",
    "一、市容环境（共2项）",
    "序号",
    "问题描述",
    "责任单位",
    "整改情况",
    "1",
    "南门路一小区楼道内堆放杂物，消",
    "防通道被占用。",
    "南门街道",
    "区消防救援大队",
    "已清理；回头看时杂物重新堆放，问",
    "题依然存在。",
    "2",
    "北大街沿线门店占道经营，夜间尤为突",
    "－ 2 －",
    "序号",
    "问题描述",
    "责任单位",
    "整改情况",
    "出。",
    "区城管执法局",
    "北门街道",
    "现场检查仍有门店占道，未整改到",
    "位。",
    "二、交通秩序（共1项）",
    "序号",
    "问题描述",
    "责任单位",
    "整改情况",
    "3",
    "东门路口非机动车乱停乱放。",
    "区交警大队",
    "问题依然存在。",
  );

  test("each cell is read whole, across the page break, under its part", () => {
    const r = importText(pdf);
    expect(r.tasks.map((t) => [t.id, t.section, t.text, t.leadUnits, t.coUnits, t.progress?.text])).toEqual([
      ["1", "一、市容环境", "南门路一小区楼道内堆放杂物，消防通道被占用。", ["南门街道"], ["区消防救援大队"], "已清理；回头看时杂物重新堆放，问题依然存在。"],
      ["2", "一、市容环境", "北大街沿线门店占道经营，夜间尤为突出。", ["区城管执法局"], ["北门街道"], "现场检查仍有门店占道，未整改到位。"],
      ["3", "二、交通秩序", "东门路口非机动车乱停乱放。", ["区交警大队"], [], "问题依然存在。"],
    ]);
    expect(r.sections.map((s) => [s.name, s.declaredCount, s.foundCount])).toEqual([
      ["一、市容环境", 2, 2],
      ["二、交通秩序", 1, 1],
    ]);
    // The page mark and the header again end as skipped lines, nothing as unrecognised.
    expect(r.skipped.filter((s) => s.reason === "页码").map((s) => s.text)).toEqual(["－ 2 －"]);
    expect(r.skipped.filter((s) => s.reason === "重复表头").length).toBe(8);
    expect(r.unrecognized).toEqual([]);
  });

  test("a row cut by the page break before its units: the units after the break are the cell, its first leading", () => {
    const r = importText(pdf);
    expect([r.tasks[1].leadUnits, r.tasks[1].coUnits]).toEqual([["区城管执法局"], ["北门街道"]]);
  });

  test("without a page break (a web table one cell a paragraph) each paragraph stays a cell, two text columns apart", () => {
    const r = importText(cells("序号", "项目名称", "建设内容", "责任单位", "1", "城市书房", "新建城市书房", "区文旅局", "2", "口袋公园", "新建口袋公园", "区住建局"));
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits])).toEqual([
      ["1", "城市书房：新建城市书房", ["区文旅局"]],
      ["2", "口袋公园：新建口袋公园", ["区住建局"]],
    ]);
  });
});

describe("a problem or proposal column standing before the units is the item", () => {
  test.each([["问题描述"], ["交办问题"], ["反馈问题"], ["问题"], ["建议题目"], ["提案内容"]])("%s", (name) => {
    const m = matchHeaderRow(["序号", name, "责任单位", "整改情况"]);
    expect(m?.text).toBe(1);
    expect(m?.problems).toBeUndefined();
  });

  test("a 存在问题 column after the account stays what holds the work back; beside a task column any problem column does", () => {
    expect(matchHeaderRow(["序号", "工作任务", "责任单位", "进展情况", "存在问题"])).toMatchObject({ text: 1, problems: 4 });
    expect(matchHeaderRow(["序号", "工作任务", "问题描述", "责任单位"])).toMatchObject({ text: 1, problems: 2 });
  });
});

describe("a group of places broken from the body it names", () => {
  test("各县（市、区） / 人民政府 is one name", () => {
    expect(splitUnits("市生态环境局\n各县（市、区）\n人民政府")).toEqual(["市生态环境局", "各县（市、区）人民政府"]);
    expect(splitUnits("各乡镇\n党委和政府")).toEqual(["各乡镇党委和政府"]);
  });
  test("a whole unit after a group stays a unit of its own", () => {
    expect(splitUnits("各乡镇\n县民政局")).toEqual(["各乡镇", "县民政局"]);
  });
});

describe("PDF tables with cells side by side", () => {
  const handling = [
    "建议办理情况表",
    "序号 建议题目 主办单位 协办单位 办理情况",
    "1 关于改善农村道路通行条件的建议 县交通运输局 县财政局已答复，代表满意。",
    "2 关于加强中小学校园周边交通安全 县教育局 县公安局 已答复，代表基本满意，",
    "的建议 护学岗已设",
    "第 1 页，共 2 页",
    "序号 建议题目 主办单位 协办单位 办理情况",
    "立。",
    "3 关于发展乡村旅游的提案 县文旅局 县发改局 已答复，委员满意。",
    "县财政局",
    "第 2 页，共 2 页",
  ].join("\n");

  test("a unit run into its account is split; a later line gives the task's next line first; a unit alone after a finished account is the units cell wrapped", () => {
    const r = importText(handling);
    expect(r.kind).toBe("pdf-table");
    expect(r.tasks.map((t) => [t.text, t.leadUnits, t.coUnits, t.progress?.text])).toEqual([
      ["关于改善农村道路通行条件的建议", ["县交通运输局"], ["县财政局"], "已答复，代表满意。"],
      ["关于加强中小学校园周边交通安全的建议", ["县教育局"], ["县公安局"], "已答复，代表基本满意，护学岗已设立。"],
      ["关于发展乡村旅游的提案", ["县文旅局"], ["县发改局", "县财政局"], "已答复，委员满意。"],
    ]);
    expect(r.skipped.filter((s) => s.reason === "页码").length).toBe(2);
  });

  test("a unit followed by what it does is no account (负责 opens none), and an account cut mid-sentence goes on", () => {
    const r = importText(
      [
        "序号 工作任务 责任单位 进展情况",
        "1 建设农贸市场 县商务局负责资金保障 已开工",
        "2 改造老旧小区 县住建局 已移交",
        "县财政局审核",
        "3 新建公厕 县城管局 已完成。",
      ].join("\n"),
    );
    expect(r.tasks[0].leadUnits).toEqual([]);
    expect(r.tasks[1].progress?.text).toBe("已移交县财政局审核");
  });

  test("a leader column's posts are the row's leader, a party post wrapped over two lines joined", () => {
    const r = importText(
      [
        "序号 议定事项 责任领导 承办单位 落实情况",
        "1 加快标准厂房建设。 区委常委、 区工信局 主体工程已完工，正在",
        "副区长 区财政局 进行配套建设。",
        "2 抓好森林防火工作。 副区长 区应急局 已部署。",
        "－ 2 －",
        "序号 议定事项 责任领导 承办单位 落实情况",
        "3 严格控制一般性支出。 常务副区长 区财政局 正在办理。",
      ].join("\n"),
    );
    expect(r.tasks.map((t) => [t.text, t.leader, t.leadUnits, t.coUnits])).toEqual([
      ["加快标准厂房建设。", "区委常委、副区长", ["区工信局"], ["区财政局"]],
      ["抓好森林防火工作。", "副区长", ["区应急局"], []],
      ["严格控制一般性支出。", "常务副区长", ["区财政局"], []],
    ]);
  });

  test("without a leader column a post stays where it stands", () => {
    const r = importText(["序号 工作任务 责任单位 进展情况", "1 副区长 调研标准厂房建设 区工信局 已完成。", "2 新建公厕 区城管局 已完成。"].join("\n"));
    expect(r.tasks[0].leader).toBe("");
  });

  test("the header repeated after a page mark makes a table even when its rows open with a project's name", () => {
    const r = importText(
      [
        "签约项目落实情况表",
        "序号 签约项目 包联领导 责任单位 进展情况",
        "一、合同项目（共2个）",
        "1 陶瓷产业园项目 副区长 区商务局 已完成选址，正在办理用地手续。",
        "2 农业示范园项目 副区长 区农业农村局 计划年内开工。",
        "－ 2 －",
        "序号 签约项目 包联领导 责任单位 进展情况",
        "二、协议项目（共1个）",
        "3 建材生产线项目 副区长 区工信局 正在洽谈。",
      ].join("\n"),
    );
    expect(r.kind).toBe("pdf-table");
    expect(r.tasks.map((t) => [t.section, t.text, t.leadUnits])).toEqual([
      ["一、合同项目", "陶瓷产业园项目", ["区商务局"]],
      ["一、合同项目", "农业示范园项目", ["区农业农村局"]],
      ["二、协议项目", "建材生产线项目", ["区工信局"]],
    ]);
  });
});
