/**
 * Round ak of issue 13 (layouts 289–294): units given a duty each in a leader's demands ("X要…，Y要…") and a work assigned in
 * a sentence under a numbered item's heading ("（一）加强组织领导：由X牵头推进…工作。"). Each rule on texts of our own and against
 * the lookalikes it must leave alone. (structureAK holds round aj's rules.)
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");

describe("units given a duty each in a leader's demands", () => {
  test("X要…，…，Y要…: each unit's duty runs from its 要 to the next unit's", () => {
    const text = doc(
      "5月6日，县政府召开专题会议，调度全县高标准农田建设工作。副县长李华出席会议并讲话。",
      "李华要求，各乡镇要加快进度，确保按期完工。县农业农村局要做好项目验收工作，及时报送验收资料，县财政局要加快资金拨付，尽快兑现补助资金。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ["做好项目验收工作，及时报送验收资料", ["县农业农村局"]],
      ["加快资金拨付，尽快兑现补助资金", ["县财政局"]],
    ]);
    // The 副县长 who spoke is not written as the duties' leader.
    expect(r.tasks.every((t) => t.leader === "")).toBe(true);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("三是X全体班子成员要…; 四是Y要…: an enumerator and the unit's leading members before 要 still name the unit", () => {
    const text = doc(
      "副县长王军主持召开违建整治调度会。",
      "王军要求：一是进度要更快。倒排工期，加快拆除。二是县城管局全体班子成员要下沉一线，加强现场指导。三是县政府督查室要加强督查，及时形成督查通报。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ["下沉一线，加强现场指导", ["县城管局"]],
      ["加强督查，及时形成督查通报", ["县政府督查室"]],
    ]);
  });

  test("a class of units, a government, units named together and 要求 give no duty", () => {
    for (const demand of [
      "各乡镇和相关单位要抓住时机，做好管护。",
      "涉及的单位要坚持高标准，做好准备。",
      "县政府要统筹推进，确保完成。",
      "县财政局和县发改局要加强对接，争取资金。",
      "县指挥部要求形成推进方案，加快建设进度。",
    ]) {
      const r = importText(doc("4月1日，县政府召开专题会议。", `会议指出，${demand}`));
      expect(r.tasks.filter((t) => t.leadUnits.length).map((t) => [t.text, t.leadUnits])).toEqual([]);
    }
  });
});

describe("a work assigned in a sentence under a numbered item's heading", () => {
  test("（一）…：由X牵头推进…工作。: X leads the item; a joint group with no lead gives none", () => {
    const text = doc(
      "（一）加强组织领导：由县水利局牵头推进小型水库除险加固工作。各乡镇成立专班，倒排时间节点。",
      "（二）强化协调配合：各乡镇及县水利局等部门加强协作，逐个项目制定实施方案。",
      "（三）加强项目实施：除险加固工程于2024年10月底前完工；配套渠系于2024年12月底前完成。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([
      ["一", ["县水利局"], []],
      ["二", [], []],
      ["三", [], []],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("由X牵头，Y配合，推进…工作 in an item: the lead and the co-units", () => {
    const text = doc(
      "（一）压实工作责任：由县住建局牵头，县城管局、县公安局配合，全力推进城区违建整治工作。",
      "（二）加强宣传引导：各乡镇加大宣传力度。",
      "（三）严格督查考核：将整治情况纳入年度考核。",
    );
    const r = importText(text);
    expect(r.tasks[0].leadUnits).toEqual(["县住建局"]);
    expect(r.tasks[0].coUnits).toEqual(["县城管局", "县公安局"]);
  });
});

describe("works assigned with the work named first", () => {
  test("A、B工作分别由X、Y负责: each work led by the unit in the same place", () => {
    const text = doc("县政府专题会议纪要", "会议决定，农村公路养护、农村饮水安全巩固提升工作分别由县交通运输局、县水利局负责，年底前完成。");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ["农村公路养护", ["县交通运输局"]],
      ["农村饮水安全巩固提升工作", ["县水利局"]],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("…，该项工作由X负责，Y配合: the work the clause before names, X leading, Y joining", () => {
    const text = doc("县政府常务会议纪要", "会议要求，加快推进城区公共停车场建设，该项工作由县住建局负责，县自然资源局配合，年底前完成。");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.leadUnits, t.coUnits])).toEqual([["城区公共停车场建设", ["县住建局"], ["县自然资源局"]]]);
  });

  test("lists of unequal length, a class of units and a reference to nothing give no lead", () => {
    for (const sentence of [
      "会议决定，农村公路养护、饮水安全、河道清淤工作分别由县交通运输局、县水利局负责。",
      "会议要求，加快推进城区公共停车场建设，该项工作由有关部门负责。",
      "该项工作由县住建局负责，年底前完成。",
    ]) {
      const r = importText(doc("县政府专题会议纪要", sentence));
      expect(r.tasks.filter((t) => t.leadUnits.length).map((t) => [t.text, t.leadUnits])).toEqual([]);
    }
  });

  test("under a report's heading, a sentence assigning a work gives the work and its units, not the sentence as a draft", () => {
    const text = doc(
      "2024年政府工作报告重点任务推进情况",
      "一、扩大有效投资",
      "会议要求，由县发改局牵头，县财政局配合，全力推进专项债券项目申报工作。",
      "二、改善民生",
      "城区公共停车场建设工作由县住建局负责，年底前完成。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.section, t.text, t.leadUnits, t.coUnits])).toEqual([
      ["一、扩大有效投资", "专项债券项目申报工作", ["县发改局"], ["县财政局"]],
      ["二、改善民生", "城区公共停车场建设工作", ["县住建局"], []],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });
});

describe("a report divided by unit: a heading that is a unit's name", () => {
  test("一、县住建局 over its items: the unit leads each item under it that names none", () => {
    const text = doc(
      "全县2024年重点工作上半年推进情况",
      "一、县住建局",
      "老旧小区改造：计划改造12个小区，目前已完工8个。",
      "二、县交通运输局",
      "农村公路建设：新建农村公路30公里，已完成20公里。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.section, t.leadUnits])).toEqual([
      ["一、县住建局", ["县住建局"]],
      ["二、县交通运输局", ["县交通运输局"]],
    ]);
  });

  test("a topic, a place's part or a government as the heading names no unit", () => {
    for (const heading of ["一、扩大有效投资", "一、工业园区", "一、县政府"]) {
      const r = importText(doc("全县2024年重点工作上半年推进情况", heading, "老旧小区改造：计划改造12个小区，目前已完工8个。"));
      expect(r.tasks.every((t) => t.leadUnits.length === 0)).toBe(true);
    }
  });
});
