/**
 * Hunt 6, the probe (docs/metrics.md "Hunt 6: the probe (branch judge-probe)"): lookalikes made from the train targets
 * by general perturbations (probe.ts), and texts of our own for each family closed. Every lookalike below was green
 * before this round's changes; the controls are the same figures said as plain results and must stay green.
 */
import { isGreen, verdict } from "./hunt";
import { probeGreens, probeLostControls, probes } from "./probe";

/**
 * [target, text, the code the refusal carries ("": none, the figure is not read as this year's)]. bracketNote: a figure whose number also stands in the period ("1-9月") or
 * in a size class ("10亿元以上") had its note read from the wrong place, after the period's number (weakEvidence
 * ownNumber). otherPlace: 市本级 as a wider area than a 区's or a 县's, and the area found in the text as the parser read it
 * (formsP widerArea). dropModifier: a narrowing word left out inside the name, or one of 示范, 智慧, 困难, 城区, 老旧, 适老化,
 * 无障碍 (weakEvidence droppedQualifier, QUALIFIERS).
 */
const LOOKALIKES: [string, string, string][] = [
  ["新建公共充电桩1万个", "1-9月新建公共充电桩1万个（预计）", "WEAK_NOT_RESULT"],
  ["新增城镇就业1万人", "1-9月新增城镇就业1万人（预计数）", "WEAK_NOT_RESULT"],
  ["建成5亿元以上重大项目9个", "1-9月建成5亿元以上重大项目9个（去年数）", "WEAK_NOTE"],
  ["引进10亿元以上项目10个", "1-9月引进10亿元以上项目10个（含在谈）", "WEAK_NOTE"],
  ["建成社区食堂1个", "1-9月建成社区食堂1个（自测数）", "WEAK_NOTE"],
  ["改造老旧小区9个", "1-9月改造老旧小区9个（含在建）", "WEAK_NOTE"],
  // A word that narrows the target's noun left out, inside the name or in front: the figure may count a wider group.
  ["建成5亿元以上重大项目9个", "1-9月建成5亿元以上项目9个", "WEAK_WIDER"],
  ["新建公办普惠托育机构2家", "1-9月新建公办托育机构2家", "WEAK_WIDER"],
  ["资助普通高中困难学生600人", "1-9月资助普通高中学生630人", "WEAK_WIDER"],
  ["创建示范性社区康复中心30家", "1-9月创建社区康复中心30家", "WEAK_WIDER"],
  ["建成智慧养老院2家", "1-9月建成养老院2家", "WEAK_WIDER"],
  ["新增城区停车位300个", "1-9月新增停车位320个", "WEAK_WIDER"],
  ["完成老旧小区改造30个", "1-9月完成小区改造30个", "WEAK_WIDER"],
  ["完成公交站台适老化改造100个", "1-9月完成公交站台改造100个", "WEAK_WIDER"],
  ["完成困难重度残疾人家庭无障碍改造300户", "1-9月完成困难重度残疾人家庭改造300户", "WEAK_WIDER"],
  // The city government's own part (市本级) for an office whose level is not set, and a wider area before a name the
  // parser reads with 十 as 10 or a note before the figure dropped (the phrase was not found in the text as written).
  ["新建社区助餐点6个", "1-9月市本级新建社区助餐点6个", "JUDGE_WIDER_AREA"],
  ["完成“十件实事”子项1739个", "1-9月全市完成“十件实事”子项1739个", "JUDGE_WIDER_AREA"],
  ["新建养老服务站（中心）2个", "1-9月全市新建养老服务站（中心）2个", "JUDGE_WIDER_AREA"],
  // Another year heading a figure whose name opens with a number (a size class, a voltage): the year was taken for a
  // date ("2023年5月") and the figure for this year's (judgeTask YEAR_HEAD).
  ["5亿元以上重大项目建成9个", "2023年5亿元以上重大项目建成9个", ""],
  ["0.4千伏线路改造200公里", "2023年0.4千伏线路改造210公里", ""],
  // pending: works said going on right after a count, whatever the target's act (the rule once asked for a building
  // verb such as 新建 or 建成 in the target): the things counted are not there yet (weakEvidence START_TASK).
  ["新增养老床位400张", "1-9月新增养老床位400张，正在施工", "WEAK_WORKS_GOING"],
  ["普惠托位200个", "1-9月普惠托位200个，主体已完工，正在装修", "WEAK_WORKS_GOING"],
  ["新增停车位300个", "1-9月新增停车位320个，目前施工中", "WEAK_WORKS_GOING"],
  ["农村公路60公里", "1-9月农村公路62公里，正处于路面施工阶段", "WEAK_WORKS_GOING"],
  // A level in a unit of works (an area, a length) read as such, not as a count: the same (WORKS_UNIT).
  ["改造老旧小区面积40万平方米", "1-9月改造老旧小区面积42万平方米，正在施工", "WEAK_WORKS_GOING"],
];

/** The same figures said as results, and an act the target asks for itself: green. */
const CONTROLS: [string, string][] = [
  ["新建公共充电桩1万个", "1-9月新建公共充电桩1万个"],
  ["新增城镇就业1万人", "1-9月新增城镇就业1万人"],
  ["建成5亿元以上重大项目9个", "1-9月建成5亿元以上重大项目9个"],
  ["引进10亿元以上项目10个", "1-9月引进10亿元以上项目10个"],
  ["建成社区食堂1个", "1-9月建成社区食堂1个"],
  ["改造老旧小区9个", "1-9月改造老旧小区9个"],
  ["建成5亿元以上重大项目9个", "1-9月建成5亿元以上重大项目9个"],
  ["新建公办普惠托育机构2家", "1-9月新建公办普惠托育机构2家"],
  ["资助普通高中困难学生600人", "1-9月资助普通高中困难学生630人"],
  ["创建示范性社区康复中心30家", "1-9月创建示范性社区康复中心30家"],
  ["建成智慧养老院2家", "1-9月建成智慧养老院2家"],
  ["新增城区停车位300个", "1-9月新增城区停车位320个"],
  ["完成老旧小区改造30个", "1-9月完成老旧小区改造30个"],
  ["完成公交站台适老化改造100个", "1-9月完成公交站台适老化改造100个"],
  // The narrowing word said elsewhere in the report: the figure is of those things.
  ["完成老旧小区改造30个", "聚焦老旧小区，1-9月完成小区改造30个"],
  // A word that is no narrowing class left out (城镇新增就业 is what 新增就业 reports): green as before.
  ["城镇新增就业9000人", "1-9月新增就业9000人"],
  ["新建社区助餐点6个", "1-9月新建社区助餐点6个"],
  ["完成“十件实事”子项1739个", "1-9月完成“十件实事”子项1739个"],
  ["新建养老服务站（中心）2个", "1-9月新建养老服务站（中心）2个"],
  ["5亿元以上重大项目建成9个", "2024年5亿元以上重大项目建成9个"],
  ["0.4千伏线路改造200公里", "2024年1-9月0.4千伏线路改造210公里"],
  // A note that is no doubt on the figure: it stays a result.
  ["建成社区食堂1个", "1-9月建成社区食堂1个（已投入使用）"],
  // Works going on that are other things (其余), a target to start works, and money spent while works go on: green.
  ["新增养老床位400张", "1-9月新增养老床位400张"],
  ["新增停车位300个", "1-9月新增停车位320个，其余项目正在施工"],
  ["新开工项目90个", "1-9月新开工项目92个，正在施工"],
  ["交通项目完成投资7亿元", "1-9月交通项目完成投资7亿元，正在施工"],
  ["改造老旧小区面积40万平方米", "1-9月改造老旧小区面积42万平方米"],
];

describe("hunt 6: lookalikes made by the probe's families", () => {
  it.each(LOOKALIKES)("%s ⟵ %s is not green (%s)", (target, text, code) => {
    for (const asOf of ["2024-09-30", "2024-12-31"]) expect(isGreen(target, text, asOf)).toBe(false);
    const v = verdict(target, text);
    expect(v.status).not.toBe("done");
    expect(v.status).not.toBe("on-track");
    expect(JSON.stringify(v)).toContain(code);
  });
  it.each(CONTROLS)("%s ⟵ %s stays green", (target, text) => {
    expect(isGreen(target, text)).toBe(true);
  });
});

/**
 * The probe over the train targets: the families closed this round have no green; the ones left open (see docs) may not
 * grow. Counts over the sampled targets at both dates.
 */
// Hunt 7 (huntRound7.test.ts): otherPlace closed (a named town's figure, JUDGE_SUB_AREA), otherAct 44 → 10 and
// dropModifier 46 → 22 (docs/metrics.md "Hunt 7").
// Session 14 (probeFamilies14.test.ts, docs/metrics.md "Probe families, session 14"): new families, greens before → after
// over the sampled targets at both dates: laterStage 3438 → 0, statusBreakdown 232 → 0, earlierPeriod 502 → 0, plannedAct
// 44 → 0, plannedQualifier 40 → 0, projectStage 0 → 0 (all closed: no entry below). The "keep…" families are controls
// (keepOwnAct, keepAllDone, keepSizeClass, keepRestPlanned, keepNetGain): none lost, before or after.
// Hunt 8 (hunt8.test.ts): otherAct 10 → 0 (an early act heading a name that ends in the target's act, 启动…覆盖; 新（改、扩）建
// read whole); dropModifier 22 held on purpose (城镇/城市/国际 before things the report names without them: docs "Hunt 8").
// Round aa (judge-aa): the 60 targets of set aa shift which train targets the every-fourth sample takes. The old sample,
// judged by the round's code, still gives 22/48/416; the new one gives dropModifier 26, pending 58 (amounts such as
// 地区生产总值 or 完成投资 followed by 正在施工, which names no stage of theirs), stock 438 — the same open kinds, no new one.
// It also brought two closed families up (plan 4, baseline 4: the 目前 inside 项目前期 taken for a word of report; otherAct
// 4: 建设项目 taken for the act 建设), both made 0 by the round's rules.
// Hunt 9 (judge-hunt9): 安置区 is a noun now (it was the act 安置 and 区), so "新建安置区总数5个" joins the open stock kind
// (…总数 read as the count built, left green on purpose since hunt 5): stock 440.
// Round ab (judge-ab): set ab's targets shift the sample again. The open families give dropModifier 12, pending 64 (amounts
// such as 固定资产投资36亿元 before 正在施工, as in round aa), stock 446 (累计/总数 before the total) — the same open kinds. It
// brought three closed families up: otherPlace 2 (a town before 村级: "甲镇村级卫生室"), otherAct 2 (培训 before 中心幼儿园, read
// as a 培训中心), both made 0 by the round's rules (roundAB.test.ts); laterStage 38 and statusBreakdown 2 came from the probe
// itself, which left a second act in the restated total ("新建改造道路" → "改造道路63条，…", a total said done by its own act,
// as session 14 chose): the probe now strips both acts, and the restated "道路63条，…" families give 0.
// Round ac (judge-ac): set ac's targets shift the sample again: dropModifier 26 (城镇/城市 and 一般预算 for 一般公共预算 left
// out, the kind held since hunt 8), pending 62, stock 456 (累计/总数 before the total) — the same open kinds, listed by
// DUBAN_PROBE=1 in session 18. The bracketed forecast notes (（预计）, （预测）, （预估）) are read as forecasts since round ac;
// their refusal says so with WEAK_NOT_RESULT (judgeTarget), not WEAK_NOTE.
// Round ag (judge-ag): set ag's targets shift the sample again: dropModifier 24, pending 64, stock 460 (累计/总数 before the
// total); without them the round's code gives 26/62/456 as before — the same open kinds, no closed family up.
// Round ah (judge-ah): set ah's 12 train target rows shift the sample again: dropModifier 30 (城镇/城市 and 一般预算 left out,
// the kind held since hunt 8), pending 58, stock 446 — the same open kinds. Three closed families came up from the targets newly
// sampled (projectStage 2: 前期…项目; otherAct 16: 签约/开工/启动/摸排/培训 heading the figure's name; plannedAct 8: a step done,
// the finish planned next), all made 0 by the round's rules (roundAH.test.ts).
// Rounds ag and ah merged (session 19): with both sets' target rows the sample gives dropModifier 12, pending 72, stock 466 —
// the same three open kinds, no closed family up (DUBAN_PROBE=1).
// Round ai (judge-ai): set ai's 8 target rows shift the sample again: dropModifier 24 (城镇/城市/国际 and 一般预算 left out, the
// kind held since hunt 8), pending 70, stock 472 (累计/总数 before the total) — the same open kinds, no closed family up. With
// set ai's target rows moved aside the round's code gives 12/72/466 as before: its rules did not move the probe.
// Round aj (judge-aj): set aj's 12 target rows and 13 deadlines shift the sample again: dropModifier 12, pending 74 (正在施工
// after the figure), stock 472 — the same open kinds, no closed family up. The code before the round's rules gives the same
// 12/74/472 on this corpus, and with set aj's target and deadline rows moved aside the round's code gives 24/70/472 as before:
// its rules did not move the probe.
// Round ak (judge-ak): set ak's 7 target rows and 4 deadlines shift the sample again: dropModifier 24, pending 72, stock 478
// (总数/累计 before the total) — the same open kinds, no closed family up. The code before the round's rules gives the same
// 24/72/478 on this corpus, and with set ak's target and deadline rows moved aside the round's code gives 12/74/472 as before:
// its rules did not move the probe.
// Round al (judge-al): set al's 6 target rows and 4 deadlines shift the sample again: dropModifier 12, pending 78, stock 482
// — the same open kinds, no closed family up. The code before the round's rules gives the same 12/78/482 on this corpus, and
// with set al's target and deadline rows moved aside the round's code gives 24/72/478 as before: its rules did not move the
// probe. dropModifier keeps its cap of 24 (the sample moves back to it without set al's rows).
// Round am (judge-am): set am's 7 target rows and 6 deadlines shift the sample again: dropModifier 26, pending 76, stock 488
// (总数/累计 before the total) — the same open kinds, no closed family up. With set am's target and deadline rows moved aside
// the round's code gives 12/78/482 as before: its rules did not move the probe.

// Round an: set an's 14 target and 9 deadline rows shift the sample again (dropModifier 28, pending 74, stock 492); the code
// before round an's rules gives the same 28/74/492 on this corpus (the rules moved no probe), and no closed family rose.
// Sets am and an together (merged in session 21): measured on the merged corpus.
// Round ao (judge-ao): set ao's 8 target and 7 deadline rows shift the sample again: dropModifier 14, pending 82 (正在施工 after
// the figure), stock 496 — the same open kinds, no closed family up. The code before round ao's rules gives the same 14/82/496
// on this corpus, and with set ao's target and deadline rows moved aside the round's code gives 26/78/496 as before: its rules
// did not move the probe. dropModifier keeps its cap of 26 (the sample moves back to it without set ao's rows).
// Round ap (judge-ap): set ap's 7 target and 4 deadline rows shift the sample again: dropModifier 34 (城镇/城市 and 一般预算 left
// out, the kind held since hunt 8), pending 74, stock 488 — the same open kinds, no closed family up. With set ap's target and
// deadline rows moved aside the round's code gives 14/82/496 as before: its rules did not move the probe. dropModifier's cap
// rises to 34; pending and stock keep theirs.
// Round ar (judge-ar): set ar's 11 target and 7 deadline rows shift the sample again: dropModifier 28, pending 84 (正在施工
// after an amount, "1-9月固定资产投资85亿元，正在施工"), stock 512 — the same open kinds, no closed family up. With set ar's target
// and deadline rows moved aside the round's code gives 34/74/488 as after round ap: its rules did not move the probe. pending's
// cap rises to 84 and stock's to 512; dropModifier keeps its cap of 34.
// Round aq (judge-aq): set aq's 10 target and 10 deadline rows shift the sample again: dropModifier 28, pending 78, stock 502
// (固定资产投资…总数/累计 before the total) — the same open kinds, no closed family up. The code before round aq's rules gives
// the same 28/78/502 on this corpus: its rules did not move the probe. stock's cap rises to 502; the others keep theirs.
// Session 22, after sets aq and ar were merged together: their target and deadline rows together give dropModifier 32,
// pending 84, stock 518 (each alone 28/78/502 and 28/84/512) — the same open kinds, no closed family up; stock's cap rises to 518.
// Round as (judge-as): set as's 10 target and 9 deadline rows shift the sample again: dropModifier 28, pending 86 (正在施工
// after an amount, as round ar's), stock 516 — the same open kinds, no closed family up. The code before round as's rules gives
// the same 28/86/516 on this corpus, and with set as's target and deadline rows moved aside the round's code gives 28/84/512
// as after round ar: its rules did not move the probe. pending's cap rises to 86 and stock's to 516.
// After sets aq, ar and as were merged together: dropModifier 32, pending 84, stock 520 — the same open kinds; stock's cap 520.
// Round aw (judge-aw): set aw's 7 target rows and 4 deadlines shift the sample again: dropModifier 16, pending 88 (正在施工 after
// an amount, "1-9月固定资产投资85亿元，正在施工", as rounds ar and as), stock 520 — the same open kinds, no closed family up. The
// code before round aw's rules (f47b0f5) gives the same 16/88/520 on this corpus: its rules did not move the probe. pending's
// cap rises to 88; the others keep theirs.
// Round av: set av's rows (金融, 国资国企) shift the probe's sample to pending 90, stock 532 — the code before the round gives the
// same greens, one by one (the rules did not move the probe); the caps follow the sample.
// Session 23, after rounds av and aw and hunt 19 merged on main: the probe measured again gives dropModifier 34, pending 88,
// stock 524 (the two sets' rows together shift its sample; the same open kinds); the caps follow what is measured.
// Round ax (judge-ax): set ax's 12 target rows and 6 deadlines shift the sample again: dropModifier 34, pending 98, stock 556
// with the code before the round's rules (ed4226f) — the same greens one by one as with them, so the rules did not move the
// probe — and one keep control lost to the new sample ("完成帮扶监测对象544户，已投用217户": 监测对象 read as the roll after
// 完成). The round reads work done on a roll's people as a count (figureKind WORK_ON_ROLL): the control is kept, and two
// pending greens of the same target go (98 → 96). pending's cap rises to 96 and stock's to 556 (open kinds: 正在施工 after an
// amount; 累计/总数 before the total).
// Round ay (judge-ay): set ay's 8 target rows shift the sample again: dropModifier 28, pending 92 (正在施工 after an amount, as
// rounds ar, as and aw), stock 540 (累计/总数 before the total) — the same open kinds, no closed family up. The code before round
// ay's rules (008b22d, with set ay's fixtures) gives the same 28/92/540: the rules did not move the probe. pending's cap rises to
// 92 and stock's to 540.
// Session 23, after rounds ax and ay (and hunts 20, 21) merged on main: the probe measured again gives dropModifier 18,
// pending 100, stock 560 — sets ax's and ay's rows together shift the sample; each round's code before its rules gave its own
// sample's figures one by one. pending and stock (documented open kinds) follow what is measured; dropModifier keeps its cap.
// Round ba (judge-ba): set ba's 12 target rows (统计月报 against the year's targets) shift the sample again: dropModifier 28,
// pending 100, stock 568 (累计/总数 before the total: "固定资产投资总数85亿元") — the code before round ba's rules (b452a17, with set
// ba's fixtures) gives the same 28/100/568, so the rules did not move the probe. stock's cap rises to 568 (an open kind).
// Round az (judge-az): set az's 10 target rows and 2 deadlines shift the sample again: dropModifier 34, pending 96, stock 568
// (累计/总数 before the total, as before) — the same open kinds, no closed family up. The code before round az's rules (f89b58d,
// with set az's fixtures) gives the same greens one by one: the rules did not move the probe. stock's cap rises to 568.
// Sets az and ba merged together (session 24): dropModifier 30, pending 96, stock 572 — each round alone gave 568 and its
// code before its rules the same; together their target rows add to the same open kind. stock's cap rises to 572.
// Round bc (deadlines-bc): set bc's 70 deadline rows shift the sample again: dropModifier 30, pending 96, stock 572 (累计/总数
// before the total: "截至目前累计固定资产投资85亿元", "固定资产投资总数85亿元") — the same open kinds, no closed family up. The code
// before round bc's rules (02f87ea, with set bc's fixtures) gives the same greens one by one: the rules did not move the probe.
// stock's cap rises to 572.
const OPEN: Record<string, number> = { dropModifier: 34, pending: 100, stock: 572 };

describe("hunt 6: 市本级 with the office's level set", () => {
  it("is the office's own for a 市, another's for a 县", () => {
    expect(isGreen("新建社区助餐点6个", "1-9月市本级新建社区助餐点6个", "2024-09-30", "市")).toBe(true);
    expect(isGreen("新建社区助餐点6个", "1-9月市本级新建社区助餐点6个", "2024-09-30", "县")).toBe(false);
    expect(isGreen("市本级新建社区助餐点6个", "1-9月市本级新建社区助餐点6个")).toBe(true);
  });
});

describe("hunt 6: the probe", () => {
  it("has controls and greens no closed family", () => {
    expect(probes().controls.length).toBeGreaterThan(300);
    const greens = probeGreens();
    // DUBAN_PROBE=1 prints the greens per family and every green (docs/metrics.md "Hunt 6").
    if (process.env.DUBAN_PROBE === "1") console.log([...greens].map(([f, ps]) => `${f}: ${ps.length}`).join("\n") + "\n" + [...greens.values()].flat().map((p) => `${p.family}\t${p.asOf}\t${p.target}\t${p.text}`).join("\n"));
    for (const [family, ps] of greens) {
      const allowed = OPEN[family] ?? 0;
      expect({ family, greens: ps.length <= allowed ? 0 : ps.slice(0, 5).map((p) => `${p.target} ⟵ ${p.text}`) }).toEqual({ family, greens: 0 });
    }
  });
  it("keeps every control of the keep… families green (session 14)", () => {
    const lost = probeLostControls();
    expect(lost.size).toBeGreaterThanOrEqual(5);
    for (const [family, ps] of lost) expect({ family, lost: ps.slice(0, 5).map((p) => `${p.target} ⟵ ${p.text}`) }).toEqual({ family, lost: [] });
  });
});
