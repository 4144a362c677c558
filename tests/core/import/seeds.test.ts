import { createUnitRegistry } from "../../../src/core/units/registry";
import { importText, measureCoverage } from "../../../src/core/import";
import { seedText, task, unaccountedLines } from "./helpers";

describe("000: half-year table extracted from PDF", () => {
  const text = seedText("000_");
  const result = importText(text);

  test("detected as a PDF table", () => {
    expect(result.kind).toBe("pdf-table");
    expect(result.kindReason).toMatch(/表头/);
  });

  test("82 tasks, numbered 1–82, in sections with the declared counts and the missing heading reported", () => {
    expect(result.tasks.map((t) => t.id)).toEqual(Array.from({ length: 82 }, (_, i) => String(i + 1)));
    expect(result.sections.map((s) => [s.declaredCount, s.foundCount])).toEqual([
      [6, 6], [17, 17], [10, 10], [13, 13], [11, 11], [14, 14], [null, 8], [3, 3],
    ]);
    expect(result.sections[0].name).toBe("主要预期目标");
    expect(result.sections[1].name).toBe("（一）坚定不移抓产业、强链条，谱写强工兴产崭新篇章");
    expect(result.sections[6].name).toBe("（六）（标题缺失）");
    expect(result.sections[7].name).toBe("不断加强政府自身建设");
    const missing = result.notes.filter((n) => n.code === "IMPORT_SECTION_MISSING");
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toMatch(/第 72–79 项（8 项）/);
    expect(result.notes.some((n) => n.code === "IMPORT_SECTION_COUNT")).toBe(false);
    expect(result.notes.some((n) => n.code === "IMPORT_BOLD_LOST")).toBe(true);
  });

  test("units column separated from wrapped text and progress", () => {
    expect(task(result, "1").leadUnits).toEqual(["区发改局"]);
    expect(task(result, "2")).toMatchObject({ leadUnits: ["区财政局"], coUnits: ["区税务局"] });
    expect(task(result, "7")).toMatchObject({ leadUnits: ["区卫健局"], coUnits: ["区商促局", "阴平镇", "峨山镇"] });
    // Written 区政府办公室（区大数据中心） in task 8 and 区政府办公室 in 81: one bureau, named outside the bracket.
    expect(task(result, "8").leadUnits).toEqual(["区政府办公室"]);
    expect(task(result, "81").leadUnits).toEqual(["区政府办公室"]);
    expect(task(result, "77").coUnits).toEqual(["区政府办公室"]);
    expect(task(result, "9")).toMatchObject({ leadUnits: ["区化工中心"], coUnits: ["坛山街道", "峨山镇"] });
    expect(task(result, "11")).toMatchObject({ leadUnits: ["区发改局"] /* written 区发改局（区能源中心）: the bracket names the same bureau */, coUnits: ["底阁镇", "坛山街道", "榴园镇", "古邵镇"] });
    expect(task(result, "18").coUnits).toEqual(["要素保障相关单位", "各镇（街）"]);
    expect(task(result, "18").groups).toEqual(["要素保障相关单位", "各镇（街）"]);
    expect(task(result, "25").coUnits).toEqual(["“6+3”产业链牵头部门", "各镇（街）"]);
    expect(task(result, "25").groups).toEqual(["“6+3”产业链牵头部门", "各镇（街）"]);
    expect(task(result, "72").leadUnits).toEqual(["区安办"]);
    expect(task(result, "72").coUnits).toEqual(["安全生产重点领域牵头部门"]);
    expect(task(result, "72").groups).toEqual(["安全生产重点领域牵头部门"]);
    expect(task(result, "32").coUnits).toEqual(["区高层次人才服务中心"]);
    expect(task(result, "34").leadUnits).toEqual(["农高区"]);
    expect(task(result, "34").coUnits).toHaveLength(13);
    expect(task(result, "39").leadUnits).toEqual(["区畜牧渔业事业发展中心"]);
    expect(task(result, "51").leadUnits).toEqual(["区文明城市创建指挥部办公室"]);
    expect(task(result, "71").coUnits).toEqual(["区工信局", "区交通运输局", "区农业农村局"]);
    expect(task(result, "80")).toMatchObject({ leadUnits: ["区司法局"], coUnits: ["区政府各部门"] });
    for (const t of result.tasks) expect(t.leadUnits.length).toBe(1);
  });

  test("task text and progress text reconstructed across page breaks and interleaved columns", () => {
    expect(task(result, "4").text).toBe("规上工业增加值增速8%。");
    expect(task(result, "4").progress?.text).toBe("上半年，规上工业增加值-11.5%。");
    expect(task(result, "13").text).toMatch(/^坚持“抓大扶中育小”并举.*“专精特新”“瞪羚”等高成长型企业50家以上。$/);
    expect(task(result, "16").progress?.text).toMatch(/完成全年营收目标的56\.56%。$/);
    expect(task(result, "18").text).toMatch(/千方百计扩大有效投资，形成新的经济增长点。$/);
    expect(task(result, "18").progress?.text).toMatch(/目前已经投产。$/);
    expect(task(result, "25").text).toMatch(/力争全年签约过亿元项目40个以上。$/);
    expect(task(result, "65").text).toBe(
      "积极推进大运河国家文化公园（峄城段）建设。推动公共文化场馆免费开放，建成开放区博物馆，打造“城市书房”2个。举办“峄城欢乐汇”“黄河大集”等系列活动，持续丰富群众精神文化生活。",
    );
    expect(task(result, "71").text).toMatch(/坚决完成能耗强度下降、煤炭压减目标任务。$/);
    expect(task(result, "75").text).toBe("强化食品药品监管，守护“舌尖上的安全”。");
    expect(task(result, "75").progress?.text).toMatch(/^暑假前，要求所有中小学食堂主要针对防鼠情况开展自查/);
    expect(task(result, "77").text).toMatch(/12345政务服务热线等诉求办理质效，完善一站式矛盾纠纷预防调处化解机制，依法有效防范化解社会矛盾纠纷。$/);
    expect(task(result, "77").progress?.text).toMatch(/^坚持发展新时代“枫桥经验”，立足体制机制创新，加快探索实现“访调诉”衔接机制的方法路径/);
    for (const t of result.tasks) {
      expect(t.progress?.period).toBe("上半年");
      expect(t.progress?.text.length).toBeGreaterThan(10);
    }
  });

  test("every line accounted for", () => {
    expect(result.unrecognized).toEqual([]);
    expect(result.skipped.filter((s) => s.reason === "页码")).toHaveLength(3);
    expect(result.skipped.filter((s) => s.reason === "表头")).toHaveLength(38);
    expect(unaccountedLines(text, result)).toEqual([]);
  });
});

describe("004: table copied from Word, one cell a line", () => {
  const text = seedText("004_");
  const result = importText(text);

  test("52 rows, one lead unit each, persons kept", () => {
    expect(result.kind).toBe("table");
    expect(result.kindReason).toContain("序号/责任单位/目标任务/责任人");
    expect(result.tasks.map((t) => t.id)).toEqual(Array.from({ length: 52 }, (_, i) => String(i + 1)));
    expect(task(result, "1")).toMatchObject({ leadUnits: ["区发改局"], coUnits: [], person: "陈学刚" });
    expect(task(result, "2").person).toBe("周栋");
    expect(task(result, "4")).toMatchObject({ leadUnits: ["区工业推进委"], coUnits: ["各产业链专班"], person: "各产业链组长" });
    expect(task(result, "26")).toMatchObject({ leadUnits: ["市公安局泰山分局"], person: "宋杰（宋海峰/亓子超）" });
    expect(task(result, "27").leadUnits).toEqual(["市生态环境局泰山分局"]);
    expect(task(result, "33").leadUnits).toEqual(["泰山先锋慧治服务中心"]);
    expect(task(result, "43").leadUnits).toEqual(["火车站广场管理办公室"]);
    expect(task(result, "25").text).toBe("推进信访工作法治化，严格落实领导干部接访、下访、包案等制度。");
    for (const t of result.tasks.filter((x) => x.id !== "4")) {
      expect(t.leadUnits).toHaveLength(1);
      expect(t.coUnits).toEqual([]);
    }
  });

  test("the notice text around the table is skipped with a reason, nothing unrecognised", () => {
    expect(result.unrecognized).toEqual([]);
    expect(result.skipped.filter((s) => s.reason === "表头")).toHaveLength(4);
    expect(unaccountedLines(text, result)).toEqual([]);
  });
});

describe("003: decomposition notice with inline assignments, 十件实事 and the leaders' division", () => {
  const text = seedText("003_");
  const result = importText(text);
  const numbered = result.tasks.filter((t) => /^\d+$/.test(t.id));

  test("76 numbered tasks in ten sections, main targets and ten projects", () => {
    expect(result.kind).toBe("notice");
    expect(numbered.map((t) => t.id)).toEqual(Array.from({ length: 76 }, (_, i) => String(i + 1)));
    expect(result.sections.map((s) => s.foundCount)).toEqual([6, 8, 6, 6, 3, 11, 8, 6, 13, 9, 6, 10]);
    expect(result.sections[1].name).toBe("二、聚力制造强区建设，更高能级构建现代产业体系");
    expect(result.sections[11]).toMatchObject({ name: "2024 年区政府为民办十件实事", declaredCount: 10, foundCount: 10 });
    expect(result.tasks.filter((t) => t.id.startsWith("预期")).map((t) => t.text)).toEqual([
      "GDP增长6.5%", "一般公共预算收入增长6%", "固定资产投资增长10%", "社会消费品零售总额增长8%",
      "城镇和农村居民人均可支配收入分别增长6.5%、7%", "全面完成上级下达的节能减排降碳约束性指标和环境质量改善目标",
    ]);
  });

  test("leaders, lead units (first written), aliases resolved through the 分管 registry, groups kept", () => {
    expect(task(result, "1")).toMatchObject({ leader: "石可清", leadUnits: ["区工业和信息化局"] });
    expect(task(result, "1").coUnits).toEqual(["区发展改革局", "区投资促进中心", "工业园区", "济宁市颜店新城建设管理服务中心", "各镇街"]);
    expect(task(result, "51").leadUnits).toEqual(["济宁市工业技师学院"]); // written 济宁工业技师学院
    expect(task(result, "66").coUnits[0]).toBe("济宁市公安局兖州分局"); // written 区公安分局
    expect(task(result, "1").groups).toEqual(["各镇街"]);
    expect(task(result, "1").text).toMatch(/^围绕打造三个千亿.*年内新增营收15亿元、突破110亿元。$/);
    expect(task(result, "6").leader).toBe("吴广、孙恒民");
    expect(task(result, "13").leadUnits).toEqual(["区发展改革局"]); // written 区发展和改革委员会
    expect(task(result, "5").leadUnits).toEqual(["区科技局"]); // written 区科学技术局
    expect(task(result, "11").groups).toEqual(["区直相关部门", "相关镇街"]);
    expect(task(result, "40").leader).toBe("石可清、孙恒民、宋恩全");
    expect(task(result, "69")).toMatchObject({ leader: "张传驰", leadUnits: ["区地方金融监管局"], coUnits: [] });
    expect(task(result, "74").lines).toEqual([406, 410]);
    // 区直各部门 stands for all departments: expanded through the registry.
    expect(task(result, "72").coUnits).toEqual(expect.arrayContaining(["区司法局", "区统计局", "区水务局"]));
    expect(task(result, "72").groups).toEqual(["各镇街"]);
    for (const t of numbered) {
      expect(t.leader).not.toBe("");
      expect(t.leadUnits).toHaveLength(1);
    }
  });

  test("十件实事: 主办单位 is the lead, 协办单位 the co-units", () => {
    expect(task(result, "实事1")).toMatchObject({ leadUnits: ["区教育和体育局"], coUnits: ["区财政局"] });
    expect(task(result, "实事2").coUnits).toEqual(["区财政局", "区自然资源局", "区行政审批服务局", "酒仙桥街道"]);
    expect(task(result, "实事3")).toMatchObject({ leadUnits: ["区总工会"], coUnits: ["各单位工会"] });
    expect(task(result, "实事6").text).toMatch(/^城市供水设施改造工程：实施老旧供水管道设施改造/);
    expect(task(result, "实事10").leadUnits).toEqual(["区体育事业发展中心"]);
  });

  test("the leaders' division of work becomes the unit registry", () => {
    expect(result.units).toHaveLength(39);
    const byLeader = (leader: string) => result.units.filter((u) => u.leader === leader).map((u) => u.name);
    expect(byLeader("王营")).toEqual(["区财政局", "区审计局"]);
    expect(byLeader("张孝元")).toEqual(["区司法局", "区退役军人事务局", "区信访局", "济宁市公安局兖州分局"]);
    expect(byLeader("宋恩全")).toHaveLength(8);
    expect(byLeader("展召爽")).toContain("济宁市颜店新城建设管理服务中心");
    expect(result.units.find((u) => u.name === "区自然资源局")?.aliases).toEqual(["自然资源局"]);
    const registry = createUnitRegistry(result.units);
    expect(registry.leaderOf("区发展和改革委员会")).toBe("石可清");
    expect(registry.leaderOf("区教育和体育局")).toBe("宋恩全");
    expect(registry.leaderOf("区市场监督管理局")).toBe("孙恒民");
    // Roll-ups per leader work where the 十件实事 table names no leader.
    expect(registry.leaderOf(task(result, "实事1").leadUnits[0])).toBe("宋恩全");
  });

  test("report part, letterhead and division are skipped with reasons; the rest is listed as unrecognised", () => {
    expect(result.skipped.every((s) => s.reason.length > 0)).toBe(true);
    expect(result.skipped.filter((s) => /报告正文/.test(s.reason)).length).toBeGreaterThan(90);
    expect(result.skipped.filter((s) => /领导分工/.test(s.reason)).length).toBeGreaterThan(20);
    // The appointments list and the chronicle (大事记) are not tasks: shown, not dropped.
    expect(result.unrecognized[0]).toEqual({ line: 532, text: "兖州区人民政府任免的工作人员名单" });
    expect(result.unrecognized.every((u) => u.line >= 532)).toBe(true);
    expect(unaccountedLines(text, result)).toEqual([]);
  });
});

describe("report prose (002 and the report part of 003)", () => {
  test("002: a draft of promise sentences under the headings of the work plan", () => {
    const text = seedText("002_");
    const result = importText(text);
    expect(result.kind).toBe("report");
    expect(result.tasks.length).toBeGreaterThan(90);
    expect(result.tasks.every((t) => t.draft === "measurable" || t.draft === "action")).toBe(true);
    // Nothing from the look back at 2023 (lines before 二、2024年工作安排 at line 316).
    expect(result.tasks.every((t) => t.lines[0] > 316)).toBe(true);
    expect(result.tasks.map((t) => t.text)).toEqual(expect.arrayContaining(["生产总值增长5.5%左右", "一般公共预算收入增长5.5%", "进出口和实际使用外资促稳提质", "粮食产量和播种面积保持稳定"]));
    expect(result.sections.map((s) => s.name)).toContain("（一）聚力加快产业升级，夯实高质量发展支撑");
    expect(result.sections.map((s) => s.name)).toContain("三、加强政府自身建设／（一）坚决做到立场坚定、对党忠诚");
    expect(result.unrecognized).toEqual([]);
    expect(unaccountedLines(text, result)).toEqual([]);
  });

  test("003: the drafts recover the decomposition the office made from the same report", () => {
    const lines = seedText("003_").split("\n");
    const cut = lines.findIndex((l, i) => i > 100 && /关于分解落实/.test(l));
    const report = importText(lines.slice(0, cut).join("\n"), { kind: "report" });
    const notice = importText(lines.join("\n"));
    const reference = notice.tasks.filter((t) => /^\d+$/.test(t.id));
    const coverage = measureCoverage(report.tasks, reference);
    expect(coverage.total).toBe(76);
    expect(coverage.found).toBe(76);
    expect(coverage.full).toBe(74);
    expect(report.tasks.length).toBe(159);
  });
});
