/**
 * Round ax (branch judge-ax): rules made general from the train misses of set ax of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ax.jsonl and friends: 交通, 住房城乡建设 and 城市管理 progress and targets). Each rule
 * is tried in other words than the corpus's, with the lookalikes that must stay as they are. Such reports give one work at
 * its stages (开工, 完工, 基本建成), restate the year's plan of a thing and then count its stages by the stage alone, tally
 * a campaign's work with 全市共…, and measure transport in 人公里 and 吨公里.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";
import { otherThingsAtAskedStage, plannedThingAtStage, worksName } from "../../../src/core/metrics/worksStages";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year, level: "县" }).verdict.status;
const GREEN = /^(?:done|on-track)$/;

describe("a works name read as its thing and its stage", () => {
  it("reads a stage opening or closing the name, and no stage inside a measure", () => {
    expect(worksName("棚户区改造基本建成")).toEqual({ thing: "棚户区改造", stage: "基本建成" });
    expect(worksName("新开工公租房")).toEqual({ thing: "公租房", stage: "开工" });
    expect(worksName("全县已竣工")).toEqual({ thing: "", stage: "竣工" });
    expect(worksName("重点项目开工率").stage).toBe("");
    expect(worksName("供水管网改造").stage).toBe("");
  });
});

describe("the task's own thing reported at another stage", () => {
  it("refuses another thing's figure at the asked stage", () => {
    expect([...otherThingsAtAskedStage("背街小巷整治完工", ["背街小巷整治开工", "雨污分流改造完工"])]).toEqual([1]);
  });

  it("keeps every figure when the thing is nowhere at another stage, or a figure names its stage alone", () => {
    expect(otherThingsAtAskedStage("背街小巷整治完工", ["雨污分流改造完工", "背街小巷整治完工"]).size).toBe(0);
    expect(otherThingsAtAskedStage("棚户区改造基本建成", ["棚户区改造新开工", "基本建成"]).size).toBe(0);
  });

  it("answers no completion target with a figure of other works completed", () => {
    const report = "全年完成供热管网改造210公里；雨污分流改造完工35公里；背街小巷整治开工28公里";
    expect(status("全年背街小巷整治完工30公里", report, "2025-02-15", 2024)).not.toMatch(GREEN);
    // The works' own figure at the asked stage still answers.
    expect(status("全年雨污分流改造完工30公里", report, "2025-02-15", 2024)).toBe("done");
  });
});

describe("a plan restated, then its stages counted by the stage alone", () => {
  it("names the stage after the plan's thing, in the sentence after the plan", () => {
    const before = "今年全县计划新开工公共租赁住房1200套、基本建成900套。截至9月底，全县已开工";
    expect(plannedThingAtStage("全县已开工", before, "套")).toBe("公共租赁住房开工");
    expect(plannedThingAtStage("基本建成", "今年全市背街小巷改造计划60条。到8月底，已开工41条，基本建成", "条")).toBe("背街小巷改造基本建成");
  });

  it("leaves a name that is more than a stage, a plan of another unit, and a plan in the figure's own sentence", () => {
    expect(plannedThingAtStage("停车场开工", "今年全市停车场建设计划20个。到8月底，停车场开工", "个")).toBeNull();
    expect(plannedThingAtStage("已开工", "今年全市计划新建绿道80公里。到8月底，已开工", "个")).toBeNull();
    expect(plannedThingAtStage("已开工", "今年全市计划新开工安置房1500套，已开工", "套")).toBeNull();
  });

  it("judges the stages against the plan's own targets", () => {
    const report = "今年全县计划新开工公共租赁住房1200套、基本建成900套。截至9月底，全县已开工1000套、基本建成500套";
    expect(status("全年新开工公共租赁住房1200套", report, "2024-09-30")).toBe("on-track");
    expect(status("全年基本建成公共租赁住房900套", report, "2024-09-30")).toBe("behind");
  });
});

describe("全市共 before a verb of work tallies the period's work", () => {
  it("reads the tally as work done, not a standing total", () => {
    expect(status("年内更换路灯2000盏", "百日攻坚以来，全县共更换路灯2350盏，维修井盖410个", "2025-01-10", 2024)).toBe("done");
  });

  it("still reads 全市共有 as a standing total", () => {
    expect(status("年内新增公共停车位2000个", "全市共有公共停车位3.2万个", "2025-01-10", 2024)).not.toMatch(GREEN);
  });
});

describe("transport figures: 到目前 and 人公里", () => {
  it("reads 到目前 as the figures' period and 人公里 as a unit of its own", () => {
    const got = parseActuals("到目前，全县完成旅客周转量8650万人公里，货物周转量2.1亿吨公里").actuals;
    expect(got.map((a) => [a.metric, a.unit, a.period])).toEqual([
      ["旅客周转量", "万人公里", "到目前"],
      ["货物周转量", "亿吨公里", "到目前"],
    ]);
  });

  it("answers no count of people with passenger-kilometres", () => {
    expect(status("全年公路客运量1万人", "到目前，全县完成旅客周转量8650万人公里", "2024-06-30")).not.toMatch(GREEN);
  });
});

describe("work under way in a part about other works", () => {
  const report = "滨江路、人民路等道路改造工程已全面开工，计划10月底前完工；东湖公园、城北农贸市场等工程已建成投用";
  it("does not keep the task's own works from being done", () => {
    expect(status("东湖公园年内建成投用", report, "2024-09-10")).toBe("done");
  });

  it("still speaks of the works it names, and of a part without a subject of its own", () => {
    expect(status("滨江路道路改造工程年内完工", report, "2024-09-10")).not.toBe("done");
    expect(status("东湖公园年内建成投用", "东湖公园已建成投用；二期正在施工", "2024-09-10")).not.toBe("done");
    expect(status("东湖公园及配套停车场年内建成投用", "东湖公园已建成投用；配套停车场正在施工", "2024-09-10")).not.toBe("done");
  });
});

describe("work done on a roll's people counts the work", () => {
  it("reads 完成帮扶监测对象 as a count, the roll itself as a level", () => {
    const kinds = (text: string) => parseActuals(text).actuals.map((a) => a.kind);
    expect(kinds("今年以来完成帮扶监测对象320户")).toEqual(["count"]);
    expect(kinds("目前全县监测对象1200户")).toEqual(["level"]);
  });
});

describe("a part about other works that names the task's works in its words", () => {
  it("still keeps them from being done", () => {
    expect(status("东湖公园年内建成投用", "滨江路改造工程正在施工，东湖公园配套道路尚未完工；东湖公园已建成投用", "2024-09-10")).not.toBe("done");
  });
});
