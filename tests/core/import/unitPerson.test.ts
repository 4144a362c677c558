/**
 * A unit and the person who answers for it in one cell (issue 13): the splitter, its lookalikes, and the importers that
 * use it (a table's units cell, a 责任单位及责任人 column, a list's and a notice's labels). A person's name is never a unit.
 */
import { importText, ImportResult } from "../../../src/core/import";
import { isPersonName, separatePersons } from "../../../src/core/import/unitPerson";
import { createUnitRegistry } from "../../../src/core/units/registry";

const read = (text: string, bare = false) => {
  const r = separatePersons(text, bare);
  return [r.units, r.persons, r.leaders];
};

describe("separatePersons: the unit, the persons and the leaders of one cell", () => {
  test.each([
    ["区发改局 张三", "区发改局", ["张三"], []],
    ["区发改局　张三", "区发改局", ["张三"], []],
    ["区发改局（张三）", "区发改局", ["张三"], []],
    ["区发改局(张三、李四)", "区发改局", ["张三", "李四"], []],
    ["区发改局（局长张三）", "区发改局", ["张三"], []],
    ["张三（区发改局局长）", "区发改局", ["张三"], []],
    ["王小明同志（区财政局党组书记）", "区财政局", ["王小明"], []],
    ["区发改局局长 张三", "区发改局", ["张三"], []],
    ["区发改局局长张三", "区发改局", ["张三"], []],
    ["区发改局张三同志", "区发改局", ["张三"], []],
    ["区发改局、区财政局 张三、李四", "区发改局、区财政局", ["张三", "李四"], []],
    ["区委常委、常务副区长 李四", "", [], ["李四"]],
    ["副区长王五", "", [], ["王五"]],
    ["李四（常务副区长）", "", [], ["李四"]],
    ["欧阳明辉（区住建局副局长）", "区住建局", ["欧阳明辉"], []],
    ["区发改局\n张三", "区发改局", ["张三"], []],
    ["区发改局 张三\n区财政局 李四", "区发改局\n区财政局", ["张三", "李四"], []],
    ["区发改局 张三、区财政局 李四", "区发改局、区财政局", ["张三", "李四"], []],
    ["区发改局张三同志、区财政局", "区发改局、区财政局", ["张三"], []],
    ["区教体局 张三主任", "区教体局", ["张三"], []],
    // A unit with its second name in brackets, the person glued after it with 同志 (round z).
    ["区民政局（区民政服务中心）张丽同志", "区民政局（区民政服务中心）", ["张丽"], []],
  ])("%s", (text, units, persons, leaders) => {
    expect(read(text)).toEqual([units, persons, leaders]);
  });

  test("a line of names alone is persons only in a 责任单位及责任人 cell or under a unit's line", () => {
    expect(read("张三、李四")).toEqual(["张三、李四", [], []]);
    expect(read("张三、李四", true)).toEqual(["", ["张三", "李四"], []]);
    expect(read("区发改局\n张三、李四")).toEqual(["区发改局", ["张三", "李四"], []]);
  });

  // Lookalikes: cells that hold units only and must come back unchanged, with no person.
  test.each([
    "区发改局、区财政局",
    "区发改局 区财政局 区住建局",
    "区图书馆 区融媒体中心 区气象台",
    "中国农业银行 兖州支行",
    "市生态环境局 泰山分局",
    "区发改局（区能源中心）",
    "县发改局（粮食局）",
    "区农业农村局（区乡村振兴局）",
    "区农业农村局（区乡村振兴局）同志",
    "区民政局（区民政服务中心）张丽",
    "区教体局（牵头）、区住建局",
    "区住建局、区财政局按职责分工负责",
    "区发改局 柳林镇",
    "区发改局 王庄",
    "区财政局 金山社区",
    "区发改局 龙华街道",
    "区委宣传部 区文联 区侨联",
    "万达集团 石油公司",
    "区发改局\n区财政局",
    "区发改局\n各镇街",
    "发改、文旅、农业",
    "区发改局（局长）",
    "区委常委会",
    "区长热线",
    "各镇街、区直各部门",
  ])("%s stays units", (text) => {
    expect(read(text)).toEqual([text, [], []]);
    expect(read(text, true)[1]).toEqual([]);
  });

  test("names: 2–4 characters, a surname first; places, bodies and prose words are no names", () => {
    for (const n of ["张三", "王小明", "欧阳明辉", "诸葛亮"]) expect(isPersonName(n)).toBe(true);
    for (const n of ["王庄", "柳林镇", "石桥", "金山", "区财政", "农业", "文旅", "高新", "各镇街", "张三同志", "张小明明", "张三局长", "李家湾"]) expect(isPersonName(n)).toBe(false);
    expect(isPersonName("张小明明", true)).toBe(true);
  });
});

describe("the importers read a person beside a unit as a person", () => {
  const task = (r: ImportResult) => r.tasks.map((t) => ({ lead: t.leadUnits, co: t.coUnits, leader: t.leader, person: t.person }));

  test("a table's units cell and a 责任单位及责任人 column", () => {
    const r = importText(
      [
        "序号\t工作任务\t责任单位及责任人\t完成时限",
        "1\t新建学校3所。\t区教体局 张三\t年底",
        '2\t新建公园2个。\t"区城管局\n李四"\t年底',
        "3\t改造管网5公里。\t张三（区住建局局长）、区水务局\t年底",
        "4\t建成产业园1个。\t区委常委、常务副区长 王五\t年底",
        '5\t新增就业1000人。\t"区人社局\n区财政局\n赵六、孙七"\t年底',
      ].join("\n"),
    );
    expect(task(r)).toEqual([
      { lead: ["区教体局"], co: [], leader: "", person: "张三" },
      { lead: ["区城管局"], co: [], leader: "", person: "李四" },
      { lead: ["区住建局"], co: ["区水务局"], leader: "", person: "张三" },
      { lead: [], co: [], leader: "王五", person: "" },
      { lead: ["区人社局"], co: ["区财政局"], leader: "", person: "赵六、孙七" },
    ]);
  });

  test("a 责任人 column keeps its own persons; the units cell gives its units only", () => {
    const r = importText(["序号\t工作任务\t责任单位\t责任人", "1\t新建学校3所。\t区教体局 张三\t李四"].join("\n"));
    expect(task(r)).toEqual([{ lead: ["区教体局"], co: [], leader: "", person: "李四" }]);
  });

  test("list and notice labels", () => {
    const list = importText(["一、教育（共2项）", "1.新建学校3所。", "牵头单位：区教体局 张三", "配合单位：区住建局", "2.新建公园2个。", "牵头领导：王五；牵头单位：区财政局"].join("\n"));
    expect(task(list)).toEqual([
      { lead: ["区教体局"], co: ["区住建局"], leader: "", person: "张三" },
      { lead: ["区财政局"], co: [], leader: "王五", person: "" },
    ]);
    const notice = importText(["一、项目建设（共1项）", "1.新建学校3所。（牵头领导：王五；牵头单位：张三（区教体局局长））"].join("\n"));
    expect(task(notice)).toEqual([{ lead: ["区教体局"], co: [], leader: "王五", person: "张三" }]);
  });
});

describe("a person after a unit short form the registry knows (import-units2)", () => {
  const entry = (name: string, ...aliases: string[]) => ({ name, aliases, category: "", leader: "" });
  const registry = createUnitRegistry([
    entry("区工信局", "区工信"),
    entry("县发改局", "县发改"),
    entry("区住建局", "住建"),
    entry("区商务局", "区商务"),
    entry("区交通运输局", "交通"),
    entry("区水利局", "水利"),
    entry("华夏银行分行", "华夏"),
  ]);
  const known = (name: string) => registry.isKnown(name);
  const withRegistry = (text: string) => {
    const r = separatePersons(text, false, known);
    return [r.units, r.persons, r.leaders];
  };

  test.each([
    ["区工信 周海峰", "区工信", ["周海峰"]],
    ["县发改 李明", "县发改", ["李明"]],
    ["住建 王芳", "住建", ["王芳"]],
    ["区工信、区商务 周海峰、李明", "区工信、区商务", ["周海峰", "李明"]],
    ["区工信\n周海峰", "区工信", ["周海峰"]],
  ])("%s: the name is a person", (text, units, persons) => {
    expect(withRegistry(text)).toEqual([units, persons, []]);
  });

  test("without the registry a short form ends like no unit, so the name is left to the unit splitter", () => {
    for (const text of ["区工信 周海峰", "住建 王芳"]) expect(read(text)).toEqual([text, [], []]);
  });

  // Lookalikes: short units listed bare, and a name the registry knows as a unit, stay units.
  test.each(["区工信局 区商务局", "交通 水利", "住建 华夏", "区工信 区商务", "交通、水利"])("%s stays units", (text) => {
    expect(withRegistry(text)).toEqual([text, [], []]);
  });

  test("the table importer passes its 单位 sheet: 区工信 周海峰 gives 区工信局 and the person, no co-unit", () => {
    const r = importText(["序号\t工作任务\t责任单位及责任人\t完成时限", "1\t新建厂房12万平方米。\t区工信 周海峰\t年底", "2\t住房改造9个。\t住建 王芳、交通\t年底"].join("\n"), {
      units: registry.entries.slice(),
    });
    expect(r.tasks.map((t) => [t.leadUnits, t.coUnits, t.person])).toEqual([
      [["区工信局"], [], "周海峰"],
      [["区住建局"], ["区交通运输局"], "王芳"],
    ]);
  });

  test("list labels read with the 单位 sheet", () => {
    const r = importText(["一、产业（共1项）", "1.新建厂房12万平方米。", "牵头单位：县发改 李明"].join("\n"), { units: registry.entries.slice() });
    expect(r.tasks.map((t) => [t.leadUnits, t.person])).toEqual([[["县发改局"], "李明"]]);
  });
});
