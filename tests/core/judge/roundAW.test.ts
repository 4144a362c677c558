/**
 * Round aw (branch judge-aw): rules made general from the train misses of set aw of the corpus
 * (tests/fixtures/metrics/corpus/pairs-aw.jsonl and friends: 文化旅游, 商务 and 市场监管 progress and targets). Each rule is
 * tried in other words than the corpus's, with the lookalikes that must stay as they are. Such reports count visitors
 * (接待游客, 过夜游客, 入境游客) in 万人次, compare with a year's 同期, give stocks that grew "由2015年的…增至…", patents and
 * trademarks in force and per 10,000 people, events in 场次 and samples in 批次.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseDeadline } from "../../../src/core/metrics/parseDeadline";
import { parseTargets } from "../../../src/core/metrics/parseTargets";

const status = (task: string, progress: string, asOf: string, year?: number) =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, year, level: "县" }).verdict.status;
const GREEN = /^(?:done|on-track)$/;

describe("待 inside 接待, 招待, 期待 is no word of work left", () => {
  it("leaves a forecast-only review of visitors 无法研判 after the year", () => {
    expect(status("全年旅游收入增长18%", "2024年全县预计接待游客和旅游收入分别增长15.2%和19.6%", "2025-01-10", 2024)).toBe("unknown");
  });

  it("still reads 待验收 as work left", () => {
    expect(status("全年建成文旅项目10个", "全年建成文旅项目8个，另有2个待验收", "2025-01-10", 2024)).toBe("overdue");
  });
});

describe("a year's 同期 and a year that starts a change head no figure", () => {
  it("reads the figures after 恢复到2019年同期 and after 由2020年的…增至", () => {
    expect(status("游客人均花费达到1200元", "同期旅游收入21.3亿元，恢复到2019年同期的92%；游客人均花费1050元，增长6.1%", "2024-06-30")).toBe("behind");
    expect(status("每万人发明专利拥有量达到5件", "有效发明专利由2020年的320件增至560件，每万人发明专利拥有量由2.9件提高到5.2件", "2026-02-10", 2025)).toBe("done");
  });

  it("still leaves out a figure another year heads", () => {
    expect(status("每万人发明专利拥有量达到5件", "2023年每万人发明专利拥有量5.2件", "2026-02-10", 2025)).not.toMatch(GREEN);
    expect(status("旅游总收入达到50亿元", "2023年旅游总收入60亿元，增长12%", "2024-06-30", 2024)).not.toMatch(GREEN);
  });
});

describe("a class of visitors or patents the figure's clause leaves out", () => {
  it("answers no target of overnight or inbound visitors, nor of high-value patents, with the whole", () => {
    expect(status("全年接待过夜游客300万人次", "1-5月全县接待游客420万人次，增长9%", "2024-05-31")).not.toMatch(GREEN);
    expect(status("接待入境游客20万人次", "上半年接待游客860万人次，增长11%", "2024-06-30")).not.toMatch(GREEN);
    expect(status("每万人口高价值发明专利拥有量达到4件", "每万人口发明专利拥有量8.6件", "2024-06-30")).not.toMatch(GREEN);
  });

  it("keeps a figure that names the class", () => {
    expect(status("接待入境游客20万人次", "上半年接待入境游客12万人次，增长30%", "2024-06-30")).toBe("on-track");
    expect(status("全年接待过夜游客200万人次", "全年接待过夜游客216万人次", "2025-01-10", 2024)).toBe("done");
  });
});

describe("patents and trademarks in force stand as levels; a visitor's spending does not add up", () => {
  it("reads 有效注册商标 and 每万人口…拥有量 as levels, 游客人均花费 as no running total", () => {
    const [tm] = parseTargets("有效注册商标1600件以上").targets;
    expect([tm.kind, tm.cumulative]).toEqual(["level", false]);
    const [pat] = parseTargets("每万人口发明专利拥有量1件以上").targets;
    expect([pat.kind, pat.cumulative]).toEqual(["level", false]);
    expect(parseTargets("游客人均花费达到1000元").targets[0].cumulative).toBe(false);
    expect(status("有效注册商标突破5000件", "截至6月底有效注册商标5230件", "2024-06-30")).toBe("on-track");
    expect(status("每万人口发明专利拥有量2件以上", "每万人口发明专利拥有量1.7件", "2024-06-30")).toBe("behind");
    expect(status("游客人均花费达到1000元", "一季度游客人均花费906元，增长8%", "2024-03-31")).toBe("behind");
  });

  it("keeps new registrations and residents' income as running totals", () => {
    expect(status("新注册商标150件", "上半年新注册商标86件", "2024-06-30")).toBe("on-track");
    expect(status("城镇居民人均可支配收入达到40000元", "上半年城镇居民人均可支配收入20603元", "2024-06-30")).toBe("on-track");
  });
});

describe("场次 and 批次 count what 场 and 批 count", () => {
  it("answers a count of performances or samples in either word", () => {
    expect(status("全年开展送戏下乡300场", "全年开展送戏下乡320场次", "2025-01-10", 2024)).toBe("done");
    expect(status("全年食品抽检2000批", "全年完成食品抽检2150批次，合格率98.1%", "2025-01-10", 2024)).toBe("done");
  });

  it("never answers it with visits", () => {
    expect(status("全年开展送戏下乡300场", "全年送戏下乡惠及群众30万人次", "2025-01-10", 2024)).not.toMatch(GREEN);
  });
});

describe("a standing total at least a target of new things is no proof of a miss", () => {
  it("leaves 无法研判 after the year", () => {
    expect(status("新增市场主体3000户", "全县实有市场主体2.6万户", "2025-01-10", 2024)).toBe("unknown");
    expect(status("新增乡村旅游市场主体500家", "全市共有乡村旅游市场主体558家", "2025-01-10", 2024)).toBe("unknown");
  });

  it("still reads a total under the target, or the new ones reported, as a miss", () => {
    expect(status("新增市场主体3000户", "全县实有市场主体2600户", "2025-01-10", 2024)).toBe("overdue");
    expect(status("新增乡村旅游市场主体500家", "全市共有乡村旅游市场主体420家", "2025-01-10", 2024)).toBe("overdue");
    expect(status("新增市场主体3000户", "全年新增市场主体2450户", "2025-01-10", 2024)).toBe("overdue");
  });
});

describe("a holiday named as its break", () => {
  it("reads 五一假期前 and 国庆长假前 as the day before the break", () => {
    expect(parseDeadline("五一假期前完成景区安全隐患排查", 2024)).toBe("2024-04-30");
    expect(parseDeadline("国庆长假前完成游客中心改造", 2024)).toBe("2024-09-30");
  });
});
