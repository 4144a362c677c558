/**
 * Round ao (branch judge-ao): rules made general from the train misses of set ao of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ao.jsonl and friends: 督查通报 and 考核 bulletins — colour rules, counts of lagging
 * tasks, grades by unit). Each rule is tried in other words than the corpus's, with the lookalikes that must stay as they
 * are. A threshold, a list's size or a grade band read as a result is where such bulletins turn a judge green wrongly.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year }).verdict.status;
const values = (text: string) => parseActuals(text).actuals.map((a) => a.value);
const GREEN = /^(?:done|on-track)$/;

describe("a list of tasks counted with the units it spreads over is the list, not items done", () => {
  it("项目共N项，涉及M家单位 restates the plan: no green for a task of N items", () => {
    expect(values("2024年度区政府为民办实事项目共12项，涉及11个责任部门")).toEqual([]);
    expect(status("办好为民办实事项目12项", "2024年度区政府为民办实事项目共12项，涉及11个责任部门，各部门制定了推进计划", "2024-10-20", 2024)).not.toMatch(GREEN);
  });

  it("a word of doing before the count keeps it a report; the plan's own count then its done count reads as before", () => {
    expect(values("今年已完成项目共15项，涉及14家单位")).toEqual([15]);
    expect(status("实施民生实事项目15项", "民生实事项目共15项，已完成12项", "2023-11-30", 2023)).toBe("behind");
    // A stock with its parts (共有…，其中…) is no list of tasks.
    expect(values("开发区共有工业企业325户，其中规模以上企业197户")).toEqual([325, 197]);
  });
});

describe("a mark checked or required is no result", () => {
  it("是否达到N%, 要达到N% and a sentence headed by 按…要求 give no actual", () => {
    expect(values("重点核查6月末已开工项目投资完成率是否达到40%、资金到位率是否达到60%")).toEqual([]);
    expect(values("按全省“三率”考核要求，9月底前项目开工率要达到90%、资金到位率达到80%")).toEqual([]);
  });

  it("a report under a requirement, or after it, is still read", () => {
    expect(values("按照市里要求，我县已完成造林1.2万亩")).toEqual([1.2]);
    expect(values("根据工作要求，截至6月底开工率达到85%")).toEqual([85]);
    expect(values("全年开工率要达到95%，目前开工率为80%")).toEqual([80]);
  });
});

describe("figures that name only their measure belong to the subject heading their run", () => {
  const p = "截至目前，省级重点项目开工率100%，投资完成率23.3%；市级重点项目开工率88%，投资完成率63.5%";
  it("each run's measure answers the target naming that run's subject", () => {
    expect(status("6月底前市级重点项目投资完成率达到40%", p, "2020-06-25", 2020)).toBe("on-track");
    expect(status("6月底前省级重点项目投资完成率达到40%", p, "2020-06-25", 2020)).toBe("behind");
  });

  it("a target naming no subject takes the first, and a run's other measure does not displace the target's own", () => {
    expect(status("6月底前投资完成率达到40%", p, "2020-06-25", 2020)).toBe("behind");
    expect(status("市重点项目全年完成投资500亿元", "1—8月份，市重点项目累计完成投资325.7亿元，投资完成率70.3%", "2024-08-31", 2024)).toBe("behind");
  });
});

describe("a 完成率 target under 100% is a mark on the rate itself", () => {
  it("the rate is compared with the mark, not taken as a share of it", () => {
    expect(status("6月底前重点项目投资完成率达到40%", "截至目前，重点项目投资完成率45%", "2020-06-20", 2020)).toBe("on-track");
    expect(status("6月底前重点项目投资完成率达到40%", "截至目前，重点项目投资完成率35%", "2020-06-20", 2020)).toBe("behind");
  });
});

describe("a unit listed by grade answers a task asking it for that grade", () => {
  const g = "经综合考评，2023年度目标管理考核优秀单位10个：县发改局、县财政局、县教育局、县水利局等；良好单位：县林业局、县商务局。";
  it("listed at the grade or above: done; below: not done", () => {
    expect(status("县财政局年度目标考核达到优秀", g, "2024-02-10", 2023)).toBe("done");
    expect(status("县林业局年度目标考核达到良好以上", g, "2024-02-10", 2023)).toBe("done");
    expect(status("县林业局年度目标考核达到优秀", g, "2024-02-10", 2023)).toBe("overdue");
    expect(status("大朗镇考核综合评价达到优秀", "其中麻涌镇、东坑镇为优秀，大朗镇为良好", "2024-02-10", 2023)).toBe("overdue");
    expect(status("东坑镇考核综合评价达到优秀", "其中麻涌镇、东坑镇为优秀，大朗镇为良好", "2024-02-10", 2023)).toBe("done");
  });

  it("a unit not listed, a list proposed, of another scale or of another year: never done", () => {
    expect(status("县审计局年度目标考核达到优秀", g, "2024-02-10", 2023)).not.toMatch(GREEN);
    expect(status("县财政局年度目标考核达到优秀", "拟评定2023年度考核优秀单位：县发改局、县财政局", "2024-01-10", 2023)).not.toMatch(GREEN);
    expect(status("县财政局年度目标考核达到优秀", "单项优秀单位：县财政局、县教育局", "2024-02-10", 2023)).not.toMatch(GREEN);
    expect(status("县财政局年度目标考核达到优秀", "2022年度考核优秀单位：县发改局、县财政局", "2024-02-10", 2023)).not.toMatch(GREEN);
    expect(status("县财政局年度目标考核达到优秀", "去年县财政局考核为优秀，今年各项工作正在推进", "2023-07-10", 2023)).not.toMatch(GREEN);
  });
});

describe("a rule's conditions say what earns a colour or a grade, not what happened", () => {
  it("the clauses of a colour rule give no lag and no schedule", () => {
    const rule = "完成序时进度的亮绿灯，低于序时进度10至30个百分点的亮黄灯，连续3个月应开未开的亮红灯";
    expect(status("重点项目完成序时进度", rule, "2025-04-10", 2025)).toBe("unknown");
    expect(status("全年考核得分达到90分以上", "考核得分90至100分为优秀，80至90分为良好", "2025-04-10", 2025)).toBe("unknown");
  });

  it("a colour reported as given keeps its words of lag", () => {
    expect(status("重点项目完成序时进度", "3个项目低于序时进度，被亮黄灯", "2025-04-10", 2025)).toBe("behind");
    expect(status("重点项目完成序时进度", "进度滞后的项目亮红灯，共5个", "2025-04-10", 2025)).toBe("behind");
  });
});
