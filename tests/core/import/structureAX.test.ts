/**
 * Round aw of issue 13 (layouts 418–426): how catalogues mark who leads. A closing bracket whose labels follow a note of the
 * item's kind ("（预期性指标，牵头单位：…）"), a note run on after a label's units ("以下均需各县市区落实"), an item opening with
 * who leads it and who joins ("由A牵头，会同B、C，推进…"), and a heading closed by labels naming the lead and the leader of
 * every item under it. Each rule on texts of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { headingLabels, isLabelledHeading, notedBracketLabels, openingLeadPhrase, withoutListNote } from "../../../src/core/import/leadForms";
import { readUnitsPhrase } from "../../../src/core/import/assignmentPhrase";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");
const task = (r: ReturnType<typeof importText>, id: string) => r.tasks.find((x) => x.id === id);
const units = (r: ReturnType<typeof importText>, id: string) => {
  const t = task(r, id);
  return t ? { lead: t.leadUnits, co: t.coUnits } : null;
};

describe("a closing bracket whose labels follow a note of the item's kind", () => {
  test("the note stays with the item's words, the labels assign it", () => {
    expect(notedBracketLabels("地区生产总值增长6%。（预期性指标，牵头单位：县发改委；责任单位：县统计局）")).toEqual({
      body: "地区生产总值增长6%（预期性指标）",
      labelled: "牵头单位：县发改委；责任单位：县统计局",
    });
    const text = doc(
      "某县十四五规划纲要任务分工方案",
      "一、主要指标",
      "1.地区生产总值年均增长6%。（预期性指标，牵头单位：县发改委；责任单位：县统计局）",
      "2.单位地区生产总值能耗降低完成市下达任务。（约束性指标，牵头单位：县发改委；责任单位：县工信局、县住建局）",
      "3.城镇调查失业率控制在5.5%以内。（牵头单位：县人社局）",
    );
    const r = importText(text);
    expect(units(r, "1")).toEqual({ lead: ["县发改委"], co: ["县统计局"] });
    expect(task(r, "1")?.text).toContain("（预期性指标）");
    expect(units(r, "2")).toEqual({ lead: ["县发改委"], co: ["县工信局", "县住建局"] });
    expect(units(r, "3")).toEqual({ lead: ["县人社局"], co: [] });
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a bracket opening with a unit or a figure is no note", () => {
    expect(notedBracketLabels("推进老旧小区改造。（县住建局，牵头单位：县住建局）")).toBeNull();
    expect(notedBracketLabels("完成改造20个。（2024年底前，牵头单位：县住建局）")).toBeNull();
    // Alone on its line (the item's words above it), the bracket is still the item's assignment.
    expect(notedBracketLabels("（预期性指标，牵头单位：县发改委）")).toEqual({ body: "（预期性指标）", labelled: "牵头单位：县发改委" });
  });
});

describe("a note run on after a label's units", () => {
  test("from the note on the value names no units", () => {
    expect(withoutListNote("市政府有关部门，各县市区，以下均需各县市区落实，不再逐一列出")).toBe("市政府有关部门，各县市区");
    expect(withoutListNote("市发改委、市财政局，下同")).toBe("市发改委、市财政局");
    // Units alone, or a unit whose name holds such a word, stay.
    expect(withoutListNote("市发改委、市财政局")).toBe("市发改委、市财政局");
    expect(withoutListNote("市以下各级政府")).toBe("市以下各级政府");
  });

  test("an item's label keeps its units and drops the note", () => {
    const text = doc(
      "某市规划纲要任务分工方案",
      "一、主要指标",
      "1.地区生产总值年均增长7%。（牵头单位：市发改委；责任单位：市政府有关部门，各县市区，以下均需各县市区落实，不再逐一列出）",
      "2.常住人口城镇化率达到65%。（牵头单位：市发改委；责任单位：市公安局）",
    );
    const r = importText(text);
    expect(units(r, "1")).toEqual({ lead: ["市发改委"], co: ["市政府有关部门", "各县市区"] });
    expect(units(r, "2")).toEqual({ lead: ["市发改委"], co: ["市公安局"] });
  });
});

describe("an item opening with who leads it and who joins", () => {
  test("会同 names the helpers as 配合 does", () => {
    expect(readUnitsPhrase("由县水利局牵头，会同县发改委、县财政局")).toEqual({ lead: "县水利局", co: "县发改委、县财政局" });
    expect(readUnitsPhrase("县住建局牵头，会同县财政局")).toEqual({ lead: "县住建局", co: "县财政局" });
    // 会同 before words that are no units is no helpers' part.
    expect(readUnitsPhrase("县住建局牵头，会同有关方面研究")).toBeNull();
  });

  test("the opening phrase gives the lead and the helpers; the item's words stay whole", () => {
    const unit = (u: string) => /(?:局|委|办|政府)$/.test(u);
    expect(openingLeadPhrase("由县水利局牵头，会同县发改委、县财政局，推进行蓄洪区安全建设。", unit)).toEqual({ lead: "县水利局", co: "县发改委、县财政局" });
    expect(openingLeadPhrase("县商务局牵头，推进县城商业街区改造。", unit)).toEqual({ lead: "县商务局", co: "" });
    // Not units, or no work after the phrase: nothing.
    expect(openingLeadPhrase("各地牵头，推进县城商业街区改造。", unit)).toBeNull();
    expect(openingLeadPhrase("由县水利局牵头，会同县发改委", unit)).toBeNull();
    // A phrase sharing the task out names no lead.
    expect(openingLeadPhrase("县文旅局、县财政局按职责分工负责，推进景区提升。", unit)).toBeNull();
    const text = doc(
      "某县老区振兴实施方案",
      "一、完善基础设施",
      "1.由县水利局牵头，会同县发改委、县财政局，推进行蓄洪区安全建设，完成保庄圩加固。",
      "2.推进农村公路提档升级。（县交通运输局牵头，县财政局配合）",
      "二、发展红色旅游",
      "3.打造红色旅游精品线路。（县文旅局牵头，各乡镇人民政府配合）",
    );
    const r = importText(text);
    expect(units(r, "1")).toEqual({ lead: ["县水利局"], co: ["县发改委", "县财政局"] });
    expect(task(r, "1")?.text).toContain("推进行蓄洪区安全建设");
    expect(units(r, "2")).toEqual({ lead: ["县交通运输局"], co: ["县财政局"] });
  });
});

describe("a heading closed by labels naming the lead of every item under it", () => {
  test("the name without the labels, the lead units and the leader", () => {
    expect(headingLabels("做强现代能源经济（市政府负责领导：常务副市长；牵头单位：市发改委）")).toEqual({ name: "做强现代能源经济", lead: ["市发改委"], leader: "常务副市长" });
    expect(headingLabels("稳定和扩大就业（牵头单位：市人社局）")).toEqual({ name: "稳定和扩大就业", lead: ["市人社局"], leader: "" });
    // A leader alone, a coordinator, or no bracket: no lead for the items (read as before).
    expect(headingLabels("做强现代能源经济（牵头领导：张伟）")).toBeNull();
    expect(headingLabels("稳住经济大盘（总牵头单位：区发改局）")).toBeNull();
    expect(headingLabels("做强现代能源经济")).toBeNull();
  });

  test("items naming no lead take the heading's, helpers kept; an item's own lead stays", () => {
    const text = doc(
      "某市政府工作报告重点任务分工方案",
      "一、推动高质量发展",
      "（一）做强现代能源经济（市政府负责领导：常务副市长；牵头单位：市发改委）",
      "1.新增新能源装机50万千瓦。（配合单位：市能源局）",
      "2.推进铝产业链延伸。（牵头单位：市工信局；配合单位：市发改委）",
      "（二）稳定和扩大就业（牵头单位：市人社局）",
      "3.城镇新增就业1万人。",
    );
    const r = importText(text);
    expect(units(r, "1")).toEqual({ lead: ["市发改委"], co: ["市能源局"] });
    expect(task(r, "1")?.leader).toBe("常务副市长");
    expect(task(r, "1")?.subsection).toBe("（一）做强现代能源经济");
    expect(units(r, "2")).toEqual({ lead: ["市工信局"], co: ["市发改委"] });
    expect(units(r, "3")).toEqual({ lead: ["市人社局"], co: [] });
    expect(task(r, "3")?.leader ?? "").toBe("");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("headings closed by a leader's label and a lead unit do not make the list a notice of leaders' brackets", () => {
    expect(isLabelledHeading("（一）做强现代能源经济（牵头市领导：常务副市长；牵头单位：市发改委）")).toBe(true);
    // A leader alone, an item's sentence closed by its bracket, or no heading mark: not such a heading.
    expect(isLabelledHeading("（一）做强现代能源经济（牵头市领导：常务副市长）")).toBe(false);
    expect(isLabelledHeading("1.新增装机50万千瓦。（牵头市领导：副市长；牵头单位：市发改委）")).toBe(false);
    expect(isLabelledHeading("（一）新增装机50万千瓦。（牵头单位：市发改委）")).toBe(false);
    const text = doc(
      "某市政府工作报告重点任务分工方案",
      "一、推动高质量发展",
      "（一）做强现代能源经济（牵头市领导：常务副市长；牵头单位：市发改委）",
      "1.新增新能源装机50万千瓦。（配合单位：市能源局）",
      "（二）发展农畜产品加工（牵头市领导：副市长；牵头单位：市农牧局）",
      "2.新建高标准农田30万亩。（配合单位：市水利局）",
      "（三）稳定和扩大就业（牵头市领导：副市长；牵头单位：市人社局）",
      "3.城镇新增就业1万人。",
    );
    const r = importText(text);
    expect(units(r, "1")).toEqual({ lead: ["市发改委"], co: ["市能源局"] });
    expect(units(r, "2")).toEqual({ lead: ["市农牧局"], co: ["市水利局"] });
    expect(units(r, "3")).toEqual({ lead: ["市人社局"], co: [] });
    expect(r.tasks.map((t) => t.leader)).toEqual(["常务副市长", "副市长", "副市长"]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });
});
