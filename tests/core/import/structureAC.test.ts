/**
 * Round ac of issue 13's structure finding: residue a forum strews into copied text, works quoted a line each as news
 * lists a 成绩单, work named together under a state ("A、B、C等5项工作推进滞后"), a 督查 paragraph's "…方面。" opening, and
 * an unnumbered heading with its count. Each rule on texts of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { withoutCopyResidue } from "../../../src/core/import/lineLedger";
import { unaccountedLines } from "./helpers";

describe("residue strewn into copied text", () => {
  test("a run of short ASCII pieces after the Chinese text is cut off, so the closing （X牵头） is read", () => {
    expect(withoutCopyResidue("新建公厕10座（城管局牵头） c2 V% u. P+ ]6 s")).toBe("新建公厕10座（城管局牵头）");
    expect(withoutCopyResidue("新建公厕10座（城管局牵头）# j8 K$ r1 X- d")).toBe("新建公厕10座（城管局牵头）");
    const text = [
      "今年的民生实事中涉及安置房的部分如下：",
      "k7 Q) W! a9 M$ e& T",
      "老旧小区改造12个（住建局牵头） c2 V% u. P+ ]6 s",
      "东城安置房8栋完成主体工程（东城街道牵头）# j8 K$ r1 X- d",
      "西城安置房5栋完成正负零（西城街道牵头）",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ["老旧小区改造12个", ["住建局"]],
      ["东城安置房8栋完成主体工程", ["东城街道"]],
      ["西城安置房5栋完成正负零", ["西城街道"]],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("figures, codes and abbreviations written into a line stay: too few pieces, no symbol, or not after Chinese text", () => {
    for (const line of [
      "PM2.5年均浓度下降到35微克/立方米",
      "水质达到GB 3838-2002 III类标准",
      "推广PPP EPC BOT ABO TOT模式",
      "细颗粒物浓度 PM2.5 < 35",
      "k7 Q) W! a9 M$ e& T",
      "完成率 98 % 以上",
    ]) {
      expect(withoutCopyResidue(line)).toBe(line);
    }
  });
});

describe("works quoted a line each (a 成绩单 in news)", () => {
  const report = (...quotes: string[]) =>
    importText([...quotes, "……", "这是县政府在人代会上交出的成绩单，10件民生实事全部完成。", "下一步，县人大常委会将继续跟踪督办。"].join("\n"));

  test("two or more lines that are each one quotation of a work are items", () => {
    const r = report("“建成提灌站1座，改建管网2公里。”", "“新建、改建城镇公厕10座。”", "“建成一座未成年人保护中心。”");
    expect(r.tasks.map((t) => t.text)).toEqual(["建成提灌站1座，改建管网2公里", "新建、改建城镇公厕10座", "建成一座未成年人保护中心"]);
  });

  test("a lone quotation, a quotation with who said it, or a run where one quote is someone's words, gives no item", () => {
    expect(report("“新建、改建城镇公厕10座。”").tasks).toEqual([]);
    expect(report("“新建、改建城镇公厕10座。”县人大代表说。", "“建成提灌站1座。”").tasks).toEqual([]);
    expect(report("“新建、改建城镇公厕10座。”", "“看到这些实事落地，大家心里都很高兴。”").tasks).toEqual([]);
  });
});

describe("work named together under its state (a 督查 report)", () => {
  const body = (sentence: string) =>
    importText(["街道重点工作督查报告", "一、总体情况", `民生实事项目方面。${sentence}`].join("\n")).tasks.map((t) => [t.text, t.progress?.text ?? ""]);

  test("A、B、C等N项工作 before its state: each named work is an item with the state as its progress", () => {
    expect(body("室外环境微更新、充电桩加装、受理中心新址建设等3项工作推进滞后。")).toEqual([
      ["室外环境微更新", "推进滞后"],
      ["充电桩加装", "推进滞后"],
      ["受理中心新址建设", "推进滞后"],
    ]);
  });

  test("units named together before their work (等N个单位工作…) are no such list", () => {
    const got = body("县发改局、县财政局等5个单位工作推进有力。");
    expect(got.map(([text]) => text)).not.toContain("县发改局");
  });

  test("a paragraph's opening sentence naming its kind of work (…方面。) is no item; a sentence with a figure before 方面 reads as before", () => {
    const texts = (paragraph: string) => importText(["街道重点工作督查报告", "一、总体情况", paragraph].join("\n")).tasks.map((t) => t.text);
    expect(texts("街道重点工作专班推进事项方面。总体规划研究、城市更新改造等2项工作推进顺利。")).toEqual(["总体规划研究", "城市更新改造"]);
    expect(texts("新建学校3所，在教育方面。总体规划研究、城市更新改造等2项工作推进顺利。")).toContain("新建学校3所，在教育方面。");
  });
});

describe("an unnumbered heading with its count", () => {
  test("the short line above the items is their section, its （共N项） the declared count", () => {
    const r = importText(["大力实施乡村振兴战略（共2项）", "（一）推进农业结构调整。（农业农村部牵头）", "（二）深化农村改革。（自然资源部牵头）"].join("\n"));
    expect(r.sections.map((s) => [s.name, s.declaredCount, s.foundCount])).toEqual([["大力实施乡村振兴战略", 2, 2]]);
  });

  test("a long line with a count stays a title", () => {
    const r = importText(["关于落实政府工作报告重点工作部门分工的意见中乡村振兴部分（共2项）", "（一）推进农业结构调整。（农业农村部牵头）", "（二）深化农村改革。（自然资源部牵头）"].join("\n"));
    expect(r.sections.filter((s) => s.name)).toEqual([]);
  });
});
