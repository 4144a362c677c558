import { installCustomFunctionsShim, ShimError } from "./customFunctionsShim";
installCustomFunctionsShim();
import * as fns from "../../functions/functions";
import { serialFromIso } from "../../src/core/text/dates";
import { DubanError, FAILURES } from "../../src/core/issues";
import type { FailureCode } from "../../src/core/issues";
import { FAILURE_SAMPLES } from "../support/failureSamples";

/** The error a call left, as Excel would show it: the error value and the message with its code. */
function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (err) {
    expect(err).toBeInstanceOf(ShimError);
    return { code: (err as ShimError).code, message: (err as ShimError).message };
  }
  throw new Error("expected an Excel error value");
}

describe("the functions' chunk (the judge and the parsers load apart from the pane's first load)", () => {
  test("a call before the chunk has arrived returns a promise of the same answer; a failure rejects with the same error", async () => {
    // A fresh registry (not isolateModules: the chunk is required after the callback returns, and must come from
    // the same registry as the file that asked for it).
    jest.resetModules();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const early: typeof fns = require("../../functions/functions");
    const value = early.target("地区生产总值增长6%左右") as unknown;
    const failed = early.target("全面加强政府自身建设") as unknown;
    expect(value).toBeInstanceOf(Promise);
    expect(failed).toBeInstanceOf(Promise);
    await expect(value).resolves.toBe(6);
    await expect(failed).rejects.toMatchObject({ code: "#N/A", message: expect.stringMatching(/\(FN_NO_TARGET\)$/) });
    // Once it is here, every call answers at once.
    expect(early.target("新增规上工业企业25家以上")).toBe(25);
  });
});

beforeAll(() => fns.ready);

describe("DUBAN.TARGET / TARGETS", () => {
  test("the value of a growth target (domain primer)", () => {
    expect(fns.target("地区生产总值增长6%左右")).toBe(6);
  });
  test("a count target and the n-th target", () => {
    expect(fns.target("新增规上工业企业25家以上")).toBe(25);
    expect(fns.target("新增规上工业企业25家以上", 1)).toBe(25);
  });
  test("a qualifier is not the target (500万元以上技改项目50个以上 → 50)", () => {
    expect(fns.target("实施500万元以上技改项目50个以上")).toBe(50);
  });
  test("TARGETS spills metric, comparator, value, unit", () => {
    expect(fns.targets("地区生产总值增长6%左右")).toEqual([["地区生产总值", "左右", 6, "%"]]);
    expect(fns.targets("新增规上工业企业25家以上")).toEqual([["规上工业企业", "不低于", 25, "家"]]);
  });
  test("no figure gives #N/A with a Chinese message and code", () => {
    const e = errorOf(() => fns.target("全面加强政府自身建设"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/未识别到量化目标.*\(FN_NO_TARGET\)$/);
  });
  test("bad arguments give #VALUE!", () => {
    expect(errorOf(() => fns.target("")).code).toBe("#VALUE!");
    expect(errorOf(() => fns.target("增长6%", 0)).message).toContain("FN_BAD_INDEX");
    expect(errorOf(() => fns.target("增长6%", 1.5)).code).toBe("#VALUE!");
    expect(errorOf(() => fns.target("地区生产总值增长6%左右", 3))).toEqual({ code: "#N/A", message: expect.stringContaining("FN_NO_SUCH_TARGET") });
  });
});

describe("DUBAN.ACTUAL / RATIO", () => {
  test("the reported figure", () => {
    expect(fns.actual("上半年新增规上工业企业7家")).toBe(7);
    expect(fns.actual("上半年新增规上工业企业7家", "规上工业企业")).toBe(7);
  });
  test("a metric the text does not report is #N/A", () => {
    expect(errorOf(() => fns.actual("上半年新增规上工业企业7家", "地区生产总值")).code).toBe("#N/A");
  });
  test("completion ratio of a count", () => {
    expect(fns.ratio("新增规上工业企业25家以上", "上半年新增规上工业企业7家")).toBeCloseTo(0.28, 4);
  });
  test("45.25 of 80 亿元 is about 57% (domain primer)", () => {
    expect(fns.ratio("工业园区营业收入突破80亿元", "工业园区实现营业收入45.25亿元")).toBeCloseTo(45.25 / 80, 3);
  });
});

describe("DUBAN.EXPECTED", () => {
  test("序时进度 at 30 June is about one half", () => {
    const share = fns.expected("2024-06-30");
    expect(share).toBeGreaterThan(0.49);
    expect(share).toBeLessThan(0.51);
  });
  test("dates as serial numbers, and a custom period", () => {
    expect(fns.expected(serialFromIso("2024-12-31"))).toBeCloseTo(1, 5);
    expect(fns.expected("2024-03-31", "2024-01-01", "2024-03-31")).toBeCloseTo(1, 5);
  });
  test("a non-date is #VALUE!", () => {
    expect(errorOf(() => fns.expected("明天")).message).toContain("FN_BAD_DATE");
    expect(errorOf(() => fns.expected("2024-06-30", "2024-12-31", "2024-01-01")).message).toContain("FN_BAD_PERIOD");
  });
});

describe("DUBAN.STATUS / RAG", () => {
  test("7 of 25 firms by 30 June is lagging and red (domain primer)", () => {
    expect(fns.status("新增规上工业企业25家以上", "上半年新增规上工业企业7家", "2024-06-30")).toBe("进展滞后");
    expect(fns.rag("新增规上工业企业25家以上", "上半年新增规上工业企业7家", "2024-06-30")).toBe("红");
  });
  test("45.25 of 80 亿元 by 30 June is on schedule and green", () => {
    expect(fns.status("工业园区营业收入突破80亿元", "工业园区实现营业收入45.25亿元", "2024-06-30")).toBe("序时推进");
    expect(fns.rag("工业园区营业收入突破80亿元", "工业园区实现营业收入45.25亿元", "2024-06-30")).toBe("绿");
  });
  test("a report silent on the metric is 未反映该指标; an empty progress cell is 未报送", () => {
    expect(fns.status("新增规上工业企业25家以上", "正在积极推进", "2024-06-30")).toBe("未反映该指标");
    expect(fns.rag("新增规上工业企业25家以上", "正在积极推进", "2024-06-30")).toBe("黄");
    expect(fns.status("新增规上工业企业25家以上", "", "2024-06-30")).toBe("未报送");
  });
  test("a growth rate below its target is lagging, and one that fell has no completion ratio (#N/A FN_NO_RATIO)", () => {
    expect(fns.status("规上工业增加值增长8%", "上半年，规上工业增加值-11.5%", "2024-06-30")).toBe("进展滞后");
    expect(fns.rag("规上工业增加值增长8%", "上半年，规上工业增加值-11.5%", "2024-06-30")).toBe("红");
    const e = errorOf(() => fns.ratio("规上工业增加值增长8%", "上半年，规上工业增加值-11.5%"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("FN_NO_RATIO");
    expect(e.message).toContain("增速低于目标19.5个百分点");
  });
  test("a missing as-of date is #VALUE!", () => {
    expect(errorOf(() => fns.status("新增规上工业企业25家以上", "7家", null as unknown as string)).message).toContain("FN_NO_DATE");
  });
  test("an optional 单位层级, as 设置's: a 全市 figure is a 市's own, not a 区's; omitted, only its green is refused", () => {
    const task = "地区生产总值增长6%";
    const city = "上半年全市地区生产总值增长6.5%";
    expect(fns.status(task, city, "2024-06-30", "市")).toBe("序时推进");
    expect(fns.rag(task, city, "2024-06-30", "市")).toBe("绿");
    for (const level of ["县", "区", "旗"]) expect(fns.status(task, city, "2024-06-30", level)).toBe("无法研判");
    expect(fns.status(task, city, "2024-06-30")).toBe("无法研判");
    expect(fns.status(task, "上半年全市地区生产总值增长3.5%", "2024-06-30")).toBe("进展滞后");
    expect(fns.status(task, "上半年全市地区生产总值增长3.5%", "2024-06-30", "区")).toBe("无法研判");
    // A blank level cell is no level, as an empty 设置 row; the same judgement as the 3-argument call.
    expect(fns.status(task, city, "2024-06-30", "")).toBe(fns.status(task, city, "2024-06-30"));
    // The level is part of what is remembered: the same texts at another level are judged afresh.
    expect([fns.rag(task, city, "2024-06-30", "县"), fns.rag(task, city, "2024-06-30", "市")]).toEqual([expect.not.stringMatching("绿"), "绿"]);
  });
  test("a 单位层级 that names no level is #VALUE! FN_BAD_LEVEL, in the sheet's words", () => {
    const e = errorOf(() => fns.status("地区生产总值增长6%", "上半年全市地区生产总值增长6.5%", "2024-06-30", "科室"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("FN_BAD_LEVEL");
    expect(e.message).toContain("省、市或县（区、旗按县）");
    expect(errorOf(() => fns.rag("地区生产总值增长6%", "x", "2024-06-30", 3 as unknown as string)).message).toContain("FN_BAD_LEVEL");
  });
});

describe("DUBAN.DEADLINE", () => {
  test("5月底前 in 2024 is 31 May 2024, as a date serial", () => {
    expect(fns.deadline("5月底前", 2024)).toBe(serialFromIso("2024-05-31"));
  });
  test("the year written in the text is used when none is given", () => {
    expect(fns.deadline("2024年5月底前完成")).toBe(serialFromIso("2024-05-31"));
  });
  test("no year anywhere is #VALUE!, no deadline is #N/A", () => {
    expect(errorOf(() => fns.deadline("5月底前")).message).toContain("FN_NO_YEAR");
    expect(errorOf(() => fns.deadline("持续推进", 2024)).code).toBe("#N/A");
  });
});

describe("DUBAN.UNITRATIO", () => {
  const units = [["区发展和改革局、区财政局"], ["区教体局"], ["区发改局"], ["区财政局，区发改委"]];
  const statuses = [["已完成"], ["已完成"], ["序时推进"], ["已完成"]];
  test("counts cells that list the unit among several and under its aliases", () => {
    expect(fns.unitratio("区发改局", units, statuses)).toBeCloseTo(2 / 3, 10);
    expect(fns.unitratio("区教育和体育局", units, statuses)).toBe(1);
  });
  test("an alias table given as a range", () => {
    expect(fns.unitratio("财政", [["财政局"], ["区发改局"]], [["已完成"], ["未启动"]], [["财政局", "财政"]])).toBe(1);
  });
  test("a unit named nowhere is #N/A; ranges of different size are #VALUE!", () => {
    expect(errorOf(() => fns.unitratio("区民政局", units, statuses)).code).toBe("#N/A");
    expect(errorOf(() => fns.unitratio("区发改局", units, [["已完成"]])).message).toContain("FN_RANGE_SIZE");
  });
});

describe("never an uncaught exception", () => {
  const junk: unknown[] = [null, undefined, "", 0, -1, 3.7, true, "%%%", "2024-13-45", [[1]], "增长", "亿元"];
  const calls: Record<string, (a: unknown, b: unknown, c: unknown) => unknown> = {
    target: (a, b) => fns.target(a as string, b as number),
    targets: (a) => fns.targets(a as string),
    actual: (a, b) => fns.actual(a as string, b as string),
    ratio: (a, b) => fns.ratio(a as string, b as string),
    expected: (a, b, c) => fns.expected(a, b, c),
    status: (a, b, c) => fns.status(a as string, b as string, c),
    rag: (a, b, c) => fns.rag(a as string, b as string, c),
    statusLevel: (a, b, c) => fns.status(b as string, "上半年全市地区生产总值增长6.5%", c, a as string),
    deadline: (a, b) => fns.deadline(a as string, b as number),
    unitratio: (a, b, c) => fns.unitratio(a as string, b as unknown[][], c as unknown[][]),
  };
  test.each(Object.keys(calls))("%s returns a value or an Excel error for any argument", (name) => {
    for (const a of junk) for (const b of junk.slice(0, 6)) {
      try {
        calls[name](a, b, junk[(junk.indexOf(a) + 3) % junk.length]);
      } catch (err) {
        expect(err).toBeInstanceOf(ShimError);
        expect(["#VALUE!", "#N/A"]).toContain((err as ShimError).code);
        expect((err as ShimError).message).toMatch(/\((FN_[A-Z_]+)\)$/);
      }
    }
  });
});

describe("failures as Excel error values (the catalogue's FN_ codes)", () => {
  test("every FN_ failure becomes CustomFunctions.Error with its code's error value and its Chinese message", () => {
    for (const code of (Object.keys(FAILURES) as FailureCode[]).filter((c) => c.startsWith("FN_"))) {
      const failure = new (DubanError as new (c: string, p: unknown) => DubanError)(code, FAILURE_SAMPLES[code]);
      const shown = fns.toExcelError(failure) as unknown as ShimError;
      expect(shown).toBeInstanceOf(ShimError);
      expect([code, shown.code, shown.message]).toEqual([code, (FAILURES[code] as { cell: string }).cell, `${failure.message} (${code})`]);
    }
    expect((fns.toExcelError(new DubanError("FN_NO_TARGET", { reason: "" })) as unknown as ShimError).code).toBe("#N/A");
    expect((fns.toExcelError(new DubanError("FN_BAD_DATE", { label: "截至日期", value: "明天" })) as unknown as ShimError).code).toBe("#VALUE!");
  });
  test("a programming error inside a formula is #VALUE! with FN_INTERNAL, never an uncaught exception", () => {
    const shown = fns.toExcelError(new TypeError("x is not a function")) as unknown as ShimError;
    expect([shown.code, shown.message]).toEqual(["#VALUE!", "内部错误：x is not a function (FN_INTERNAL)"]);
  });
  test("an argument that is no cell value (an object, a range where one cell is expected) is #VALUE! FN_BAD_ARGUMENT (zod)", () => {
    expect(errorOf(() => fns.target({ Value2: "增长6%" } as unknown as string))).toEqual({ code: "#VALUE!", message: "任务或目标文本的类型无法识别（对象 object） (FN_BAD_ARGUMENT)" });
    expect(errorOf(() => fns.target([["增长6%"]] as unknown as string)).message).toContain("FN_BAD_ARGUMENT");
    expect(errorOf(() => fns.unitratio("区发改局", [[{}]], [["已完成"]])).message).toContain("FN_BAD_ARGUMENT");
    // A range where a range is expected, and a single value in its place, pass.
    expect(fns.unitratio("区发改局", [["区发改局"]], [["已完成"]])).toBe(1);
    expect(fns.unitratio("区发改局", "区发改局" as unknown as string[][], "已完成" as unknown as string[][])).toBe(1);
  });
});
