import { splitUnits } from "../../../src/core/units/splitUnits";
import { createUnitRegistry, guessCategory } from "../../../src/core/units/registry";
import { UnitEntry } from "../../../src/core/model";

describe("splitUnits", () => {
  test("list with 、 and ， and a trailing 等", () => {
    expect(splitUnits("区工业和信息化局、区发展和改革局、区投资促进中心等，工业园区、颜店新城建设管理服务中心、各镇街")).toEqual([
      "区工业和信息化局", "区发展和改革局", "区投资促进中心", "工业园区", "颜店新城建设管理服务中心", "各镇街",
    ]);
  });
  test("parenthesised sub-units and group words stay whole", () => {
    expect(splitUnits("区政府办公室（区大数据中心、区政务服务中心），各镇（街）")).toEqual([
      "区政府办公室（区大数据中心、区政务服务中心）", "各镇（街）",
    ]);
    expect(splitUnits("区政府办公室\n（区大数据中心）\n区商促局")).toEqual(["区政府办公室（区大数据中心）", "区商促局"]);
  });
  test("line-broken names are glued, separate units are not", () => {
    expect(splitUnits("市生态环境局\n泰山分局")).toEqual(["市生态环境局泰山分局"]);
    expect(splitUnits("泰山先锋慧治\n服务中心")).toEqual(["泰山先锋慧治服务中心"]);
    expect(splitUnits("区工业推进委\n各产业链专班")).toEqual(["区工业推进委", "各产业链专班"]);
    expect(splitUnits("区人社局\n区高层次人才\n服务中心")).toEqual(["区人社局", "区高层次人才服务中心"]);
    expect(splitUnits("区财政局 区自然资源局 区行政审批服务局 酒仙桥街道")).toEqual([
      "区财政局", "区自然资源局", "区行政审批服务局", "酒仙桥街道",
    ]);
  });
  test("empty input", () => {
    expect(splitUnits("")).toEqual([]);
    expect(splitUnits(" 、 ")).toEqual([]);
  });
});

describe("createUnitRegistry", () => {
  const entries: UnitEntry[] = [
    { name: "区发展和改革局", aliases: [], category: "区直部门", leader: "石可清" },
    { name: "区财政局", aliases: [], category: "区直部门", leader: "王营" },
    { name: "龙桥街道", aliases: [], category: "镇街", leader: "" },
    { name: "颜店镇", aliases: [], category: "镇街", leader: "" },
  ];
  test("built-in aliases work with an empty registry", () => {
    const r = createUnitRegistry([]);
    expect(r.resolve("区发展和改革委员会")).toBe("区发改局");
    expect(r.resolve("区发展改革局")).toBe(r.resolve("区发改局"));
    expect(r.resolve("区教育和体育局")).toBe("区教体局");
    expect(r.resolve(" 区不存在局 ")).toBe("区不存在局");
    expect(r.isKnown("区工业和信息化局")).toBe(true);
    expect(r.isKnown("区不存在局")).toBe(false);
  });
  test("registry names win over the built-in canonical name", () => {
    const r = createUnitRegistry(entries);
    expect(r.resolve("区发改局")).toBe("区发展和改革局");
    expect(r.resolve("区发展和改革委员会")).toBe("区发展和改革局");
    expect(r.leaderOf("区发改局")).toBe("石可清");
    expect(r.leaderOf("财政局")).toBe("王营");
    expect(r.leaderOf("区不存在局")).toBe("");
  });
  test("group words", () => {
    const r = createUnitRegistry(entries);
    expect(r.expandGroup("各镇街")).toEqual(["龙桥街道", "颜店镇"]);
    expect(r.expandGroup("各镇（街）")).toEqual(["龙桥街道", "颜店镇"]);
    // "区直相关部门" names some 区直部门, not all: the category does not expand it (CAT_GROUP_UNIT).
    expect(r.expandGroup("区直相关部门")).toEqual([]);
    expect(r.expandGroup("区直各部门")).toEqual(["区发展和改革局", "区财政局"]);
    expect(r.expandGroup("区财政局")).toBeNull();
    expect(r.isGroupWord("相关镇街")).toBe(true);
    expect(createUnitRegistry([]).expandGroup("各镇街")).toEqual([]);
  });
  test("city-level bodies in the district go by shorter names", () => {
    const r = createUnitRegistry([
      { name: "济宁市颜店新城建设管理服务中心", aliases: [], category: "其他", leader: "展召爽" },
      { name: "济宁市工业技师学院", aliases: [], category: "其他", leader: "宋恩全" },
      { name: "济宁市公安局兖州分局", aliases: [], category: "其他", leader: "张孝元" },
      { name: "济宁市生态环境局兖州区分局", aliases: [], category: "其他", leader: "石可清" },
    ]);
    expect(r.resolve("颜店新城建设管理服务中心")).toBe("济宁市颜店新城建设管理服务中心");
    expect(r.resolve("济宁工业技师学院")).toBe("济宁市工业技师学院");
    expect(r.leaderOf("区公安分局")).toBe("张孝元");
    expect(r.leaderOf("区生态环境分局")).toBe("石可清");
    expect(r.isKnown("区财政局")).toBe(false);
  });

  test("guessCategory", () => {
    expect(guessCategory("峨山镇")).toBe("镇街");
    expect(guessCategory("坛山街道")).toBe("镇街");
    expect(guessCategory("区财政局")).toBe("区直部门");
  });
});

describe("bracketed second names and group phrases", () => {
  const e = (name: string, leader = "", category = "区直部门", aliases: string[] = []): UnitEntry => ({ name, aliases, category, leader });

  test("a bracketed second name is the same unit, with or without a registry", () => {
    const empty = createUnitRegistry([]);
    expect(empty.resolve("区农业农村局（区乡村振兴局）")).toBe(empty.resolve("区农业农村局"));
    expect(empty.resolve("区发改局（区能源中心）")).toBe("区发改局");
    expect(empty.resolve("区政府办公室（区大数据中心）")).toBe(empty.resolve("区政府办公室"));
    expect(empty.resolve("区文联（区作协）")).toBe("区文联（区作协）"); // neither part ends like a body we know
    expect(empty.resolve("区城管局（区综合执法中心）")).toBe("区城管局");
    expect(empty.isKnown("区城管局（区综合执法中心）")).toBe(false); // one unit, still unknown
  });

  test("a registry naming only one form answers to the other", () => {
    const plain = createUnitRegistry([e("区发改局", "张三")]);
    expect(plain.resolve("区发改局（区能源中心）")).toBe("区发改局");
    expect(plain.leaderOf("区发改局（区能源中心）")).toBe("张三");
    const bracketed = createUnitRegistry([e("区政府办公室（区大数据中心）", "李四")]);
    expect(bracketed.resolve("区政府办公室")).toBe("区政府办公室（区大数据中心）");
    expect(bracketed.resolve("区大数据中心")).toBe("区政府办公室（区大数据中心）");
  });

  test("both forms listed: merged unless the registry tells them apart", () => {
    const twins = createUnitRegistry([e("区农业农村局", "王五"), e("区农业农村局（区乡村振兴局）", "")]);
    expect(twins.resolve("区农业农村局（区乡村振兴局）")).toBe("区农业农村局");
    expect(twins.entries.map((x) => x.name)).toEqual(["区农业农村局"]);
    expect(twins.expandGroup("区直各部门")).toEqual(["区农业农村局"]);
    const apart = createUnitRegistry([e("区农业农村局", "王五"), e("区农业农村局（区乡村振兴局）", "赵六")]);
    expect(apart.resolve("区农业农村局（区乡村振兴局）")).toBe("区农业农村局（区乡村振兴局）");
    expect(apart.entries).toHaveLength(2);
  });

  test("group phrases are groups; the registry expands them by a category of that name", () => {
    const r = createUnitRegistry([e("区工信局", "", "“6+3”产业链牵头部门"), e("区商务局", "", "“6+3”产业链牵头部门"), e("区财政局")]);
    for (const word of ["“6+3”产业链牵头部门", "安全生产重点领域牵头部门", "要素保障相关单位", "县各有关单位", "全区经济运行各专班", "各产业链专班", "相关镇街"]) {
      expect(`${word} ${r.isGroupWord(word)}`).toBe(`${word} true`);
    }
    for (const unit of ["区财政局", "区工业推进委", "2024年各重点用能企业和镇街", "区委宣传部", "坛山街道"]) expect(`${unit} ${r.isGroupWord(unit)}`).toBe(`${unit} false`);
    expect(r.expandGroup("“6+3”产业链牵头部门")).toEqual(["区工信局", "区商务局"]);
    expect(r.expandGroup("安全生产重点领域牵头部门")).toEqual([]);
  });
});

describe("a named unit followed by a vague 等…有关部门 (round t, 宁波)", () => {
  test("the named unit is kept and the vague tail dropped", () => {
    expect(splitUnits("市住建局、市自然资源规划局等市级有关部门，宁波海关")).toEqual(["市住建局", "市自然资源规划局", "宁波海关"]);
    expect(splitUnits("市农业农村局、市商务局等市级有关部门")).toEqual(["市农业农村局", "市商务局"]);
    expect(splitUnits("区财政局等区级其他相关单位")).toEqual(["区财政局"]);
  });

  test("lookalikes: a group with no named unit before it, and names with 等 inside, stay as written", () => {
    expect(splitUnits("市级有关部门，各区（县、市）政府")).toEqual(["市级有关部门", "各区（县、市）政府"]);
    expect(splitUnits("市高等教育研究中心、市中等职业学校")).toEqual(["市高等教育研究中心", "市中等职业学校"]);
    expect(splitUnits("市平等就业促进办公室")).toEqual(["市平等就业促进办公室"]);
  });
});

describe("splitUnits with the 单位 sheet: a short form it lists is a complete name (round z)", () => {
  const book = createUnitRegistry([
    { name: "区发改局", aliases: ["区发改"], category: "", leader: "" },
    { name: "区财政局", aliases: ["区财政"], category: "", leader: "" },
  ]);

  test("one a line, apart by spaces, or with a mark in brackets after it", () => {
    expect(splitUnits("区发改\n区财政", book)).toEqual(["区发改", "区财政"]);
    expect(splitUnits("区发改 区财政", book)).toEqual(["区发改", "区财政"]);
    expect(splitUnits("区发改（牵头）\n区财政", book)).toEqual(["区发改（牵头）", "区财政"]);
  });

  test("a line the sheet does not hold still goes on to the next; without the sheet the short forms do too", () => {
    expect(splitUnits("区市场监督\n管理局", book)).toEqual(["区市场监督管理局"]);
    expect(splitUnits("区发改\n区财政")).toEqual(["区发改区财政"]);
  });
});
