/**
 * Round am (import-am): task-decomposition notices that write each task's units after it or open the task with them — a
 * note that the first unit written leads ("列第一位者为牵头单位，下同"), an item opening with the unit that answers for it
 * ("1.县应急管理局负责…工作"), and a plan's only measure closing with its labels. Material written for these tests, in our own
 * words; each rule with the lookalikes it leaves alone.
 */
import { importText } from "../../../src/core/import";
import { readUnitsPhrase } from "../../../src/core/import/assignmentPhrase";

const units = (r: ReturnType<typeof importText>) => r.tasks.map((t) => ({ lead: t.leadUnits, co: t.coUnits }));

describe("a note that the first unit leads closes a list of units", () => {
  test.each([
    ["市发改委、市财政局、市统计局等负责，列第一位者为牵头单位，下同", { lead: "市发改委", co: "市财政局、市统计局" }],
    ["县住建局、县城管局负责，排名第一的为牵头单位", { lead: "县住建局", co: "县城管局" }],
    ["区商务局、区市场监管局，列首位的为牵头部门", { lead: "区商务局", co: "区市场监管局" }],
  ])("%s", (text, phrase) => {
    expect(readUnitsPhrase(text)).toEqual(phrase);
  });

  test("the note is no unit and no lead of its own", () => {
    expect(readUnitsPhrase("列第一位者为牵头单位，下同")).toBeNull();
    // A phrase that names its lead keeps it; the note adds nothing.
    expect(readUnitsPhrase("市教育局牵头，市财政局配合，列第一位者为牵头单位")).toEqual({ lead: "市教育局", co: "市财政局" });
    // Without the note, units alone name no lead.
    expect(readUnitsPhrase("区商务局、区市场监管局")).toBeNull();
  });

  test("measures closing on such brackets are a list, the first unit of each bracket leading", () => {
    const r = importText(
      [
        "关于做好稳就业工作的实施意见",
        "一、支持企业稳岗",
        "（一）落实减负政策。阶段性降低失业保险费率，落实稳岗返还，对吸纳就业多的企业给予一次性补贴。（市人社局、市财政局、市税务局等负责，列第一位者为牵头单位，下同）",
        "（二）拓宽就业渠道。发展吸纳就业能力强的服务业，鼓励返乡入乡创业，开发公益性岗位200个。（市商务局、市农业农村局等负责）",
      ].join("\n"),
    );
    expect(r.tasks.map((t) => t.section)).toEqual(["一、支持企业稳岗", "一、支持企业稳岗"]);
    expect(units(r)).toEqual([
      { lead: ["市人社局"], co: ["市财政局", "市税务局"] },
      { lead: ["市商务局"], co: ["市农业农村局"] },
    ]);
  });
});

describe("an item opening with the unit that answers for it", () => {
  const notice = (...items: string[]) =>
    importText(
      [
        "关于开展燃气安全专项整治的通知",
        "各镇人民政府，县政府有关部门：",
        "为消除燃气安全隐患，决定在全县开展专项整治，现将有关事项通知如下：",
        "一、工作目标",
        "排查整治一批燃气安全隐患，依法查处一批违法违规行为，建立长效管理机制。",
        "二、任务分工",
        "各镇负责本辖区专项整治的组织实施，各有关部门按职责做好本行业领域的整治工作。",
        ...items,
      ].join("\n"),
    );

  test("each item's opening unit leads it; several units: the first written leads", () => {
    const r = notice(
      "1.县住建局负责城镇燃气经营企业和管道设施的隐患排查整治工作。",
      "2.县市场监管局负责燃气器具和气瓶充装单位的检查工作。",
      "3.县消防救援大队、县应急管理局负责餐饮场所用气安全的检查工作。",
    );
    expect(r.tasks.map((t) => t.section)).toEqual(["二、任务分工", "二、任务分工", "二、任务分工"]);
    expect(units(r)).toEqual([
      { lead: ["县住建局"], co: [] },
      { lead: ["县市场监管局"], co: [] },
      { lead: ["县消防救援大队"], co: ["县应急管理局"] },
    ]);
  });

  test.each([
    // A class of units, a government as a whole, a verb before the name, persons, and no unit at all lead nothing.
    "1.各镇负责本辖区燃气用户的入户安检工作。",
    "1.县政府负责统筹全县燃气安全专项整治工作。",
    "1.加强县住建局负责的燃气管道巡检工作。",
    "1.县住建局负责同志要带队督查燃气企业。",
    "1.负责全县燃气安全宣传教育工作。",
  ])("%s leads no unit", (item) => {
    const r = notice(item, "2.县市场监管局负责燃气器具和气瓶充装单位的检查工作。", "3.县应急管理局负责工贸企业用气安全的检查工作。");
    // Only the two real items lead: nothing is made a lead of the lookalike's words.
    expect([...new Set(r.tasks.flatMap((t) => t.leadUnits))].sort()).toEqual(["县应急管理局", "县市场监管局"].sort());
  });
});

describe("a plan's only numbered measure closing with its labels", () => {
  const plan = (measure: string) =>
    importText(
      [
        "关于进一步优化营商环境的若干意见",
        "一、总体要求",
        "对标一流营商环境，深化“放管服”改革，降低市场运行成本，推动经济高质量发展。",
        "二、主要任务",
        measure,
      ].join("\n"),
    );

  test("is a list of one, its units from the closing labels", () => {
    const r = plan("（一）提高政务服务效率。推行一网通办，企业开办压缩至1个工作日，清理无依据的证明材料。（牵头单位：市政务服务局；责任单位：市市场监管局、市税务局）");
    expect(r.tasks.map((t) => [t.section, t.text.slice(0, 8)])).toEqual([["二、主要任务", "提高政务服务效率"]]);
    expect(units(r)).toEqual([{ lead: ["市政务服务局"], co: ["市市场监管局", "市税务局"] }]);
  });

  test.each([
    // No assignment after the measure, or a measure that is not the first: report prose as before.
    "（一）提高政务服务效率。推行一网通办，企业开办压缩至1个工作日，清理无依据的证明材料。",
    "（二）提高政务服务效率。推行一网通办，企业开办压缩至1个工作日，清理无依据的证明材料。（牵头单位：市政务服务局；责任单位：市市场监管局）",
  ])("%s is no list of one", (measure) => {
    const r = plan(measure);
    expect(r.tasks.some((t) => t.leadUnits.includes("市政务服务局"))).toBe(false);
  });
});
