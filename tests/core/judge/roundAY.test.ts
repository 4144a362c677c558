/**
 * Round ay (branch judge-ay): rules made general from the train misses of set ay of the corpus
 * (tests/fixtures/metrics/corpus/pairs-ay.jsonl and friends: 科技创新 and 工业和信息化 progress and targets). Each rule is tried
 * in other words than the corpus's, with the lookalikes that must stay as they are. Such reports count firms entering the
 * 规上 statistics (入规, 上规, 进规, 纳统), firms recognised at a grade (高企, 专精特新, “小巨人”) beside the candidates put
 * forward (推荐, 申报) or kept in a pool (培育库), R&D spending and its share of GDP, and taxes beside output.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { parseActuals } from "../../../src/core/metrics/parseActuals";

const status = (task: string, progress: string, asOf: string, level: "市" | "县" = "县") =>
  judgeTask({ targetText: task, progress: { text: progress }, asOf, level }).verdict.status;
const GREEN = /^(?:done|on-track)$/;
const values = (text: string) => parseActuals(text).actuals.map((a) => a.value);

describe("a tax is no output", () => {
  it("keeps a tax said in a qualifier out of the rule", () => {
    expect(status("一般公共预算收入增长5%", "1-9月一般公共预算收入增长7%，税收收入增长3%", "2023-09-30")).toBe("on-track");
  });
  it("never answers 工业增加值 with 工业增值税", () => {
    expect(status("规上工业增加值增长7%", "1-9月全县工业增值税增长35.2%，工业用电量增长8%", "2023-09-30")).not.toMatch(GREEN);
  });
  it("still answers a tax with a tax, and 增加值 with 增加值", () => {
    expect(status("工业增值税增长10%", "1-9月全县工业增值税增长35.2%", "2023-09-30")).toBe("on-track");
    expect(status("规上工业增加值增长7%", "1-9月全县规上工业增加值增长8.1%，工业增值税增长35.2%", "2023-09-30")).toBe("on-track");
  });
});

describe("entering the 规上 statistics has many words", () => {
  it("answers 新入规 with 上规纳统 and 进规", () => {
    expect(status("全年新入规工业企业20家", "上半年新增上规纳统工业企业12家", "2023-06-30")).toBe("on-track");
    expect(status("全年新增进规工业企业20家", "上半年新入规工业企业4家", "2023-06-30")).toBe("behind");
  });
});

describe("a bare share of GDP after an amount is that amount's share (研发经费投入强度)", () => {
  it("reads R&D intensity from 研发经费支出…，占GDP的N%", () => {
    expect(status("研发经费投入强度达到2.5%", "2023年全市研发经费支出41.2亿元，占GDP的2.31%", "2023-12-31", "市")).toBe("behind");
    expect(status("研发经费投入强度达到2.2%", "2023年全市研发经费支出41.2亿元，占GDP的2.31%", "2023-12-31", "市")).toBe("done");
  });
  it("leaves a share of another whole alone, and a share after a semicolon", () => {
    expect(status("研发经费投入强度达到2.2%", "全市研发经费支出41.2亿元，占全省的6.1%", "2023-12-31", "市")).not.toMatch(GREEN);
    expect(status("研发经费投入强度达到2.2%", "全市研发经费支出41.2亿元；工业增加值占GDP的38%", "2023-12-31", "市")).not.toMatch(GREEN);
  });
});

describe("firms in a pool of candidates are no result; firms put forward are a count of applications", () => {
  it("reads no 培育库 or 筛出 count as an actual", () => {
    expect(values("建立专精特新培育库，入库培育企业8家")).toEqual([]);
    expect(values("初步筛出具备条件的企业5家")).toEqual([]);
  });
  it("reads 推荐 and 申报 as applications, which never answer 认定 or a stock", () => {
    expect(values("今年分两批推荐高新技术企业12家")).toEqual([12]);
    expect(status("新认定高新技术企业10家", "今年分两批推荐高新技术企业12家", "2023-09-30")).not.toMatch(GREEN);
    expect(status("全区高新技术企业总量达到120家", "全年组织申报高企35家", "2023-09-30")).toBe("unknown");
  });
  it("still reads firms recognised, and patents filed", () => {
    expect(values("今年新认定高新技术企业12家")).toEqual([12]);
    expect(values("全年申报发明专利35件")).toEqual([35]);
  });
});

describe("a task handed down, said to be a figure, is the task restated", () => {
  it("reads no actual in 下达的…为N家", () => {
    expect(values("市里下达的小升规企业为15家、新入库企业10家")).toEqual([]);
  });
  it("still reads what became of the things handed down", () => {
    expect(values("下达的12个项目已全部开工")).toContain(12);
  });
});

describe("a task's figure in brackets inside a share", () => {
  it("reads 完成年任务（N亿元）的P% as a share and the task restated", () => {
    const read = parseActuals("1-6月进出口总额20亿元，完成年任务（50亿元）的40%").actuals;
    expect(read.map((a) => a.value)).toEqual([20]);
    expect(read[0].explicitRatio).toBeCloseTo(0.4);
  });
});

describe("graded firms and “小巨人”", () => {
  it("reads a 省级 grade of firm against a 全市 stock of that grade", () => {
    expect(status("全市省级专精特新企业达到300家", "上半年新增省级专精特新企业40家，累计达到286家", "2023-06-30", "市")).toBe("behind");
  });
  it("reads 国家级专精特新 as the “小巨人”", () => {
    expect(status("新增国家级专精特新“小巨人”企业10家", "上半年新增国家级专精特新企业6家", "2023-06-30", "市")).toBe("on-track");
  });
  it("still keeps a 省级 list of projects apart from the 市's", () => {
    expect(status("全市重点项目完成投资200亿元", "省级重点项目完成投资120亿元", "2023-06-30", "市")).not.toMatch(GREEN);
  });
});
