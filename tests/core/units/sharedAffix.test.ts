/**
 * Unit lists that leave out a shared suffix ("黄埔区、南沙区政府") or a shared level prefix ("区发改局、财政局")
 * are filled in as an office reads them — and only then: a wrong unit is worse than one left as written.
 */
import { splitUnits } from "../../../src/core/units/splitUnits";
import { createUnitRegistry } from "../../../src/core/units/registry";
import { assignUnits } from "../../../src/core/import/assignUnits";

describe("a shared suffix", () => {
  test.each([
    ["黄埔区、南沙区政府", ["黄埔区政府", "南沙区政府"]],
    ["天河区、黄埔区、南沙区人民政府", ["天河区人民政府", "黄埔区人民政府", "南沙区人民政府"]],
    ["曲阜市、邹城市政府，市财政局", ["曲阜市政府", "邹城市政府", "市财政局"]],
    ["东关街道、西关街道办事处", ["东关街道办事处", "西关街道办事处"]],
    // Districts, counties and county-level cities are one tier.
    ["咸安区、嘉鱼县、通山县人民政府", ["咸安区人民政府", "嘉鱼县人民政府", "通山县人民政府"]],
    ["兖州区、曲阜市政府", ["兖州区政府", "曲阜市政府"]],
    ["经济开发区、高新区管委会", ["经济开发区管委会", "高新区管委会"]],
    ["黄埔区、南沙区政府按职责分工负责", ["黄埔区政府", "南沙区政府按职责分工负责"]],
  ])("%s", (text, expected) => expect(splitUnits(text)).toEqual(expected));

  test.each([
    // Levels without a named place: a group, handled as before.
    ["市、县人民政府", ["市", "县人民政府"]],
    ["各市、县人民政府", ["各市、县人民政府"]],
    // A department before the body is no bare place; places of another level or a zone before a 政府 are not either.
    ["区财政局、税务局", ["区财政局", "区税务局"]],
    ["区财政局、南沙区政府", ["区财政局", "南沙区政府"]],
    ["东关街道、南沙区政府", ["东关街道", "南沙区政府"]],
    ["工业园区、南沙区政府", ["工业园区", "南沙区政府"]],
    ["各镇、南沙区政府", ["各镇", "南沙区政府"]],
    ["黄埔区；南沙区政府", ["黄埔区政府", "南沙区政府"]],
  ])("not a suffix case: %s", (text, expected) => expect(splitUnits(text)).toEqual(expected));
});

describe("a shared level prefix", () => {
  test.each([
    ["省国税局、地税局", ["省国税局", "省地税局"]],
    ["区发改局、财政局、住建局", ["区发改局", "区财政局", "区住建局"]],
    ["县卫健局、教体局，统计局", ["县卫健局", "县教体局", "县统计局"]],
    ["区发改局（区能源中心）、财政局", ["区发改局（区能源中心）", "区财政局"]],
    ["区发改局、市场监管局、乡村振兴局", ["区发改局", "区市场监管局", "区乡村振兴局"]],
    ["省发展改革委、交通运输厅、住房城乡建设厅", ["省发展改革委", "省交通运输厅", "省住房城乡建设厅"]],
    ["区发改局、财政局按职责分工负责", ["区发改局", "区财政局按职责分工负责"]],
  ])("%s", (text, expected) => expect(splitUnits(text)).toEqual(expected));

  test.each([
    // A later name with its own level or place, a group, a person, a company: as written.
    ["区发改局、市财政局", ["区发改局", "市财政局"]],
    ["区发改局、兖州区税务局、国家税务总局兖州区税务局", ["区发改局", "兖州区税务局", "国家税务总局兖州区税务局"]],
    ["区发改局、各镇街、相关部门", ["区发改局", "各镇街", "相关部门"]],
    ["区发改局、张三", ["区发改局", "张三"]],
    ["区发改局、供电公司", ["区发改局", "供电公司"]],
    ["区发改局、兖州新区建设局", ["区发改局", "兖州新区建设局"]],
    // A 中心 is often a body of another level with a name of its own.
    ["区农业农村局、农业高新技术示范园管理服务中心", ["区农业农村局", "农业高新技术示范园管理服务中心"]],
    ["区发改局、大数据中心", ["区发改局", "大数据中心"]],
    // The first name carries no level (or a named place, or is a party organ): nothing to share.
    ["发改局、财政局", ["发改局", "财政局"]],
    ["兖州区发改局、财政局", ["兖州区发改局", "财政局"]],
    ["市场监管局、财政局", ["市场监管局", "财政局"]],
    ["区委组织部、宣传部", ["区委组织部", "宣传部"]],
    ["区委办、政府办", ["区委办", "政府办"]],
    ["工业园区、财政局", ["工业园区", "财政局"]],
    // A list that writes the level on later names leaves the bare ones bare on purpose; the run stops at a non-department.
    ["区工信局、区发改局、颜店新城建设管理服务中心", ["区工信局", "区发改局", "颜店新城建设管理服务中心"]],
    ["区发改局、财政局、区住建局", ["区发改局", "财政局", "区住建局"]],
    ["区发改局、工业园区、财政局", ["区发改局", "工业园区", "财政局"]],
  ])("not a prefix case: %s", (text, expected) => expect(splitUnits(text)).toEqual(expected));
});

describe("other families (issue 13)", () => {
  test.each([
    // Short names sharing the department word of the last name, the level of the first.
    ["区发改、财政、住建局", ["区发改局", "区财政局", "区住建局"]],
    ["市发改、财政局", ["市发改局", "市财政局"]],
    ["县发改、县财政局", ["县发改局", "县财政局"]],
    ["省发展改革、财政厅", ["省发展改革厅", "省财政厅"]],
    // Courts and procuratorates share the level as departments do.
    ["区法院、检察院", ["区法院", "区检察院"]],
    ["区人民法院、人民检察院", ["区人民法院", "区人民检察院"]],
    // Villages and communities share their committee.
    ["东村、西村村委会", ["东村村委会", "西村村委会"]],
    ["东关社区、西关社区居委会", ["东关社区居委会", "西关社区居委会"]],
  ])("%s", (text, expected) => expect(splitUnits(text)).toEqual(expected));

  test.each([
    // Groups are groups, never the body of a named place or a prefix's run.
    ["东关街道、各街道办事处", ["东关街道", "各街道办事处"]],
    ["区财政局、各乡镇（街道）", ["区财政局", "各乡镇（街道）"]],
    ["市发改委、市直各部门", ["市发改委", "市直各部门"]],
    ["区发改、财政等部门", ["区发改", "财政"]],
    // People, bodies and places are no short names; no level on the first, nothing shared.
    ["张明、李华、区财政局", ["张明", "李华", "区财政局"]],
    ["区工会、财政局", ["区工会", "财政局"]],
    ["区发改、工业园区、财政局", ["区发改", "工业园区", "财政局"]],
    ["发改、财政局", ["发改", "财政局"]],
    ["区发改、市财政局", ["区发改", "市财政局"]],
    ["市委編辦、市司法局", ["市委編辦", "市司法局"]],
    ["市委宣传、组织部", ["市委宣传", "组织部"]],
    // A committee is a village's, a government a county's or a town's.
    ["东村、西村人民政府", ["东村", "西村人民政府"]],
    ["东关镇、西关社区居委会", ["东关镇", "西关社区居委会"]],
    ["东关社区、西关镇人民政府", ["东关社区", "西关镇人民政府"]],
  ])("not expanded: %s", (text, expected) => expect(splitUnits(text)).toEqual(expected));
});

describe("with a registry (单位 sheet)", () => {
  const registry = createUnitRegistry([
    { name: "财政局", aliases: [], category: "区直部门", leader: "" },
    { name: "区住房和城乡建设局", aliases: ["区住建局"], category: "区直部门", leader: "" },
    { name: "黄埔区", aliases: [], category: "区", leader: "" },
    { name: "南沙区人民政府", aliases: ["南沙区政府"], category: "区", leader: "" },
  ]);

  test("a name the registry holds as written is kept; the registry's name for the expanded form is taken", () => {
    expect(splitUnits("区发改局、财政局、住建局", registry)).toEqual(["区发改局", "财政局", "住建局"]);
    // "住建局" is a form the registry folds to its 区住房和城乡建设局: kept, and resolved to it.
    expect(registry.resolve("住建局")).toBe("区住房和城乡建设局");
    expect(splitUnits("区发改局、财政局、交通局", registry)).toEqual(["区发改局", "财政局", "区交通局"]);
    // The registry names a bureau with another place: no level is added.
    const city = createUnitRegistry([{ name: "济宁市生态环境局兖州区分局", aliases: ["济宁市生态环境局"], category: "", leader: "" }]);
    expect(splitUnits("区发改局、生态环境局、统计局", city)).toEqual(["区发改局", "生态环境局", "统计局"]);
    expect(splitUnits("黄埔区、南沙区政府", registry)).toEqual(["黄埔区", "南沙区政府"]);
    expect(splitUnits("天河区、南沙区政府", registry)).toEqual(["天河区政府", "南沙区政府"]);
  });

  test("the lead and co-units come out expanded and resolved", () => {
    const a = assignUnits({ all: splitUnits("省国税局、地税局、财政局", registry) }, registry);
    expect(a).toEqual({ leadUnits: ["省国税局"], coUnits: ["省地税局", "财政局"], groups: [] });
    const b = assignUnits({ all: splitUnits("区发改局、住建局按职责分工负责", registry) }, registry);
    expect(b).toEqual({ leadUnits: [], coUnits: ["区发改局", "区住房和城乡建设局"], groups: [] });
  });
});
