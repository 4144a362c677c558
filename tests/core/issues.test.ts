/**
 * The catalogue of codes: every code the shipped code raises or shows is in it, rule and failure codes never
 * collide, each has Chinese and English, and the catalogue's messages are what the surfaces show.
 */
import * as fs from "fs";
import * as path from "path";
import { DubanError, failure, FAILURES, isIssueCode, issueSummary } from "../../src/core/issues";
import { RULES } from "../../src/core/validate/ruleCatalog";
import { ROOT, sourceFiles } from "../support/sourceGraph";

/** Codes of what the importer notes about a source document (its own list in src/core/import). */
const IMPORT_NOTE = /^IMPORT_(BOLD_LOST|LEADER_DIVISION|NO_ASSIGNMENT|NO_HEADER|NO_TEXT|NO_UNITS|REPORT_DRAFT|SECTION_COUNT|SECTION_MISSING|TARGETS_UNASSIGNED)$/;

test("every FILE_/BOOK_/CLI_/HOST_/FN_/TASKPANE_/MERGE_/IMPORT_ code in the shipped code is in the catalogue", () => {
  const missing = new Set<string>();
  for (const file of ["src", "functions", "taskpane", "wps"].flatMap((d) => sourceFiles(d)).concat(["bin/duban.js"])) {
    const source = fs.readFileSync(path.join(ROOT, file), "utf8");
    for (const m of source.matchAll(/["'`(]((?:FILE|BOOK|CLI|HOST|FN|TASKPANE|MERGE|IMPORT|INTERNAL)_[A-Z0-9_]+)["'`)]/g)) {
      if (!isIssueCode(m[1]) && !IMPORT_NOTE.test(m[1])) missing.add(`${m[1]} (${file})`);
    }
  }
  expect([...missing].sort()).toEqual([]);
});

test("rule codes and failure codes are one namespace: no code is both", () => {
  expect(Object.keys(FAILURES).filter((c) => c in RULES)).toEqual([]);
});

test("every code has a Chinese summary (with Han characters) and an English one", () => {
  for (const code of [...Object.keys(FAILURES), ...Object.keys(RULES)]) {
    const s = issueSummary(code)!;
    expect([code, /[\u4e00-\u9fff]/.test(s.zh), s.en.length > 0]).toEqual([code, true, true]);
  }
  expect(issueSummary("ItemNotFound")).toBeNull();
  expect(isIssueCode("ItemNotFound")).toBe(false);
});

test("failure() builds the catalogue's message from typed parameters", () => {
  const err = failure("FILE_SAME_AS_INPUT", { file: "a.xlsx" });
  expect(err).toBeInstanceOf(DubanError);
  expect(err).toBeInstanceOf(Error);
  expect(err.code).toBe("FILE_SAME_AS_INPUT");
  expect(err.message).toBe("输出文件不能与输入文件相同（a.xlsx）：督办助手从不改写原文件。");
  expect(err.english).toBe("Output must differ from input.");
  expect(err.params).toEqual({ file: "a.xlsx" });
  expect(failure("CLI_BAD_DATE", { value: "明天" }).message).toContain("「明天」");
});
