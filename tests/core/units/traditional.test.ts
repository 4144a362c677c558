/**
 * Unit names, group words and leaders written in traditional characters (mirror sites, some offices) are the
 * registry's simplified units and leaders: one unit in the registry, the catalogue and the roll-up.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { hasTraditional, toSimplified } from "../../../src/core/text/traditional";
import { createUnitRegistry } from "../../../src/core/units/registry";
import { splitUnits } from "../../../src/core/units/splitUnits";
import { leadersOf } from "../../../src/core/rollup/rollUp";
import { analyzeWorkbook } from "../../../src/core/engine";
import { importText } from "../../../src/core/import";
import { catalogueSheet } from "../../support/books";

const SEEDS = path.join(__dirname, "..", "..", "..", "seeds");

describe("toSimplified", () => {
  test("turns the traditional characters of unit names and labels into simplified ones", () => {
    expect(toSimplified("區發展和改革局")).toBe("区发展和改革局");
    expect(toSimplified("區農業農村局（區鄉村振興局）")).toBe("区农业农村局（区乡村振兴局）");
    expect(toSimplified("牽頭單位：縣衛健委；責任單位：各鄉鎮")).toBe("牵头单位：县卫健委；责任单位：各乡镇");
    expect(hasTraditional("區政府辦公室")).toBe(true);
  });

  test("never changes a simplified text: the four seed documents come back as they are", () => {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
    expect(seeds.length).toBe(4);
    for (const seed of seeds) {
      const text = readFileSync(path.join(SEEDS, seed), "utf8");
      expect(hasTraditional(text)).toBe(false);
      expect(toSimplified(text) === text).toBe(true);
    }
  });
});

describe("the registry resolves traditional names to its simplified ones", () => {
  test("with an empty registry: built-in aliases and unknown names, brackets and group words", () => {
    const r = createUnitRegistry([]);
    expect(r.resolve("區發改局")).toBe("区发改局");
    expect(r.resolve("區發展和改革委員會")).toBe("区发改局");
    expect(r.resolve("區畜牧漁業事業發展中心")).toBe("区畜牧渔业事业发展中心");
    expect(r.resolve("區農業農村局（區鄉村振興局）")).toBe("区农业农村局");
    expect(r.isGroupWord("各鎮街")).toBe(true);
    expect(r.isGroupWord("“6+3”產業鏈牽頭部門")).toBe(true);
  });

  test("with a 单位 sheet: the sheet's own name, and its 分管领导", () => {
    const r = createUnitRegistry([
      { name: "区发展和改革局", aliases: [], category: "区直部门", leader: "孙恒民" },
      { name: "峨山镇", aliases: [], category: "镇街", leader: "" },
    ]);
    expect(r.resolve("區發展和改革局")).toBe("区发展和改革局");
    expect(r.resolve("區發改局")).toBe("区发展和改革局");
    expect(r.isKnown("峨山鎮")).toBe(true);
    expect(r.leaderOf("區發改局")).toBe("孙恒民");
    expect(r.expandGroup("各鎮街")).toEqual(["峨山镇"]);
  });

  test("splitUnits reads traditional endings as unit endings (a name broken over lines is still glued)", () => {
    expect(splitUnits("區政府辦\n區財政局")).toEqual(["區政府辦", "區財政局"]);
    expect(splitUnits("區高層次人才\n服務中心")).toEqual(["區高層次人才服務中心"]);
  });

  test("joint leaders written in traditional characters count on the simplified leader's line", () => {
    expect(leadersOf("石可清、孫恆民")).toEqual(["石可清", "孙恒民"]);
  });
});

describe("a book mixing both scripts is one unit per bureau", () => {
  test("validate and 汇总: 區發改局 and 区发改局 are one line, no unknown unit", () => {
    const sheets = [
      catalogueSheet([
        { id: "1", lead: "區發改局", co: "區財政局" },
        { id: "2", lead: "区发改局", co: "区财政局" },
        { id: "3", lead: "區農業農村局（區鄉村振興局）", co: "" },
      ]),
      { name: "单位", rows: [["单位名称", "别名", "类别", "分管领导"], ["区发改局", "", "区直部门", "孙恒民"], ["区财政局", "", "区直部门", "石可清"], ["区农业农村局", "", "区直部门", "石可清"]] },
    ];
    const a = analyzeWorkbook({ sheets }, { today: "2024-04-10" });
    expect(a.findings.filter((f) => f.code === "CAT_UNKNOWN_UNIT")).toEqual([]);
    const lead = a.rollup.lines.filter((l) => l.dimension === "unitLead").map((l) => `${l.name} ${l.assigned}`);
    expect(lead.sort()).toEqual(["区农业农村局 1", "区发改局 2"]);
    const leaders = a.rollup.lines.filter((l) => l.dimension === "leader").map((l) => `${l.name} ${l.assigned}`);
    expect(leaders.sort()).toEqual(["孙恒民 2", "石可清 1"]);
  });

  test("import of a traditional list writes the simplified names", () => {
    const text = ["一、經濟發展", "1.地區生產總值增長6%左右。", "牽頭單位：區發改局", "責任單位：區統計局、各鎮街", "2.新建污水管網5公里。", "牽頭單位：區住建局"].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => `${t.leadUnits.join("、")}|${t.coUnits.join("、")}`)).toEqual(["区发改局|区统计局、各镇街", "区住建局|"]);
  });
});
