/**
 * Unit names by the word for the kind of body they end in (one list, src/core/units/bodyNames.ts), and group
 * phrases that run through levels of government ("各市、县人民政府"): one group, never cut at the 、.
 */
import { splitUnits } from "../../../src/core/units/splitUnits";
import { createUnitRegistry } from "../../../src/core/units/registry";
import { BODY_END } from "../../../src/core/units/bodyNames";
import { assignUnits } from "../../../src/core/import/assignUnits";

describe("names ending in a body word are units", () => {
  test("馆, 署, 厅, 处, 社区, 银行 and 支行 end a unit: names separated by spaces or lines stay apart", () => {
    expect(splitUnits("区图书馆 区融媒体中心 区气象台")).toEqual(["区图书馆", "区融媒体中心", "区气象台"]);
    expect(splitUnits("区文化馆\n区档案馆")).toEqual(["区文化馆", "区档案馆"]);
    expect(splitUnits("省交通运输厅 市税务署 东关社区")).toEqual(["省交通运输厅", "市税务署", "东关社区"]);
    expect(splitUnits("中国人民银行兖州支行 区财政局")).toEqual(["中国人民银行兖州支行", "区财政局"]);
  });

  test("a branch after a space or a line break is the branch of the name before", () => {
    expect(splitUnits("中国农业银行 兖州支行")).toEqual(["中国农业银行兖州支行"]);
    expect(splitUnits("中国农业银行\n兖州支行")).toEqual(["中国农业银行兖州支行"]);
    expect(splitUnits("市生态环境局 泰山分局")).toEqual(["市生态环境局泰山分局"]);
  });

  test("words that only look like a body word are not: 平台, 试行, 学校建设", () => {
    for (const prose of ["搭建数字化平台", "管理办法（试行", "新建学校", "推进乡村振兴"]) expect([prose, BODY_END.test(prose)]).toEqual([prose, false]);
    for (const unit of ["区图书馆", "区税务署", "省发展改革委", "区委党校", "兖州海关", "区农商银行", "区消防救援大队", "区红十字会"]) expect([unit, BODY_END.test(unit)]).toEqual([unit, true]);
  });

  test("a bracketed second name ending in 馆 is the same unit: one name for the bureau", () => {
    const r = createUnitRegistry([]);
    expect(r.resolve("区档案局（区档案馆）")).toBe("区档案局");
    expect(r.resolve("区档案局（试行）")).toBe("区档案局（试行）");
    const a = assignUnits({ all: ["区档案局（区档案馆）", "区财政局"] }, r);
    const b = assignUnits({ all: ["区档案局", "区教体局"] }, r);
    expect(a.leadUnits).toEqual(["区档案局"]);
    expect(b.leadUnits).toEqual(["区档案局"]);
  });
});

describe("group phrases through levels of government are one group", () => {
  const r = createUnitRegistry([]);
  test.each([
    ["各市、县人民政府", ["各市、县人民政府"]],
    ["市发改委、各市、县人民政府", ["市发改委", "各市、县人民政府"]],
    ["各县（市、区）人民政府", ["各县（市、区）人民政府"]],
    ["各镇（街道）", ["各镇（街道）"]],
    ["各县、市、区人民政府，市财政局", ["各县、市、区人民政府", "市财政局"]],
    ["各镇、街道", ["各镇、街道"]],
    ["区直、驻区各单位", ["区直、驻区各单位"]],
    // Compound and autonomous levels, 及 between levels, and the bodies' departments after 及/和.
    ["各市州、县市区人民政府", ["各市州、县市区人民政府"]],
    ["各盟市、旗县区人民政府", ["各盟市、旗县区人民政府"]],
    ["各省、自治区、直辖市人民政府", ["各省、自治区、直辖市人民政府"]],
    ["各省、自治区、直辖市及计划单列市人民政府", ["各省、自治区、直辖市及计划单列市人民政府"]],
    ["各市、县政府及有关部门", ["各市、县政府及有关部门"]],
    ["有关市、县人民政府和相关部门、省财政厅", ["有关市、县人民政府和相关部门", "省财政厅"]],
  ])("%s", (text, expected) => {
    const parts = splitUnits(text);
    expect(parts).toEqual(expected);
    expect(parts.filter((p) => /^各|驻区各/.test(p)).every((p) => r.isGroupWord(p))).toBe(true);
  });

  test("a unit or a second group after 各X stays apart", () => {
    expect(splitUnits("各镇街、各部门")).toEqual(["各镇街", "各部门"]);
    expect(splitUnits("各镇、区直各部门")).toEqual(["各镇", "区直各部门"]);
    expect(splitUnits("各镇、区财政局")).toEqual(["各镇", "区财政局"]);
    expect(splitUnits("各市；县人民政府")).toEqual(["各市", "县人民政府"]);
    expect(splitUnits("各市、区财政局")).toEqual(["各市", "区财政局"]);
    expect(splitUnits("各市州、市直有关部门")).toEqual(["各市州", "市直有关部门"]);
    // A line break always separates: the first two are one phrase, the third a name of its own.
    expect(splitUnits("各省、自治区人民政府\n直辖市人民政府")).toEqual(["各省、自治区人民政府", "直辖市人民政府"]);
  });

  test("shared out among the levels: no lead, the group reported, nothing split", () => {
    const a = assignUnits({ all: splitUnits("各县、市、区人民政府按职责分工负责") }, r);
    expect(a).toEqual({ leadUnits: [], coUnits: ["各县、市、区人民政府"], groups: ["各县、市、区人民政府"] });
    const b = assignUnits({ all: splitUnits("市发改委、各市、县人民政府") }, r);
    expect(b).toEqual({ leadUnits: ["市发改委"], coUnits: ["各市、县人民政府"], groups: ["各市、县人民政府"] });
  });
});
