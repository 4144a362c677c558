/**
 * The catalogue of codes: every code the shipped code raises or shows is in it, rule and failure codes never
 * collide, each has Chinese and English, and the catalogue's messages are what the surfaces show.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { cellErrorOf, DubanError, FAILURES, isFailure, isIssueCode, issueSummary } from "../../src/core/issues";
import type { FailureCode } from "../../src/core/issues";
import { RULES } from "../../src/core/validate/ruleCatalog";
import { FAILURE_SAMPLES } from "../support/failureSamples";
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

test("new DubanError(code, params) builds the catalogue's message from typed parameters", () => {
  const err = new DubanError("FILE_SAME_AS_INPUT", { file: "a.xlsx" });
  expect(err).toBeInstanceOf(DubanError);
  expect(err).toBeInstanceOf(Error);
  expect(err.code).toBe("FILE_SAME_AS_INPUT");
  expect(err.message).toBe("输出文件不能与输入文件相同（a.xlsx）：督办助手从不改写原文件。");
  expect(err.english).toBe("Output must differ from input.");
  expect(err.params).toEqual({ file: "a.xlsx" });
  expect(new DubanError("CLI_BAD_DATE", { value: "明天" }).message).toContain("「明天」");
  expect(isFailure(err, "FILE_SAME_AS_INPUT")).toBe(true);
  expect(isFailure(err, "FILE_NOT_FOUND")).toBe(false);
  expect(isFailure(new Error("x"), "FILE_SAME_AS_INPUT")).toBe(false);
  const cause = new Error("EACCES");
  expect(new DubanError("FILE_WRITE_FAILED", { file: "b.xlsx", reason: "EACCES" }, { cause }).cause).toBe(cause);
});

test("the parameters are typed by code: a wrong or missing parameter does not compile", () => {
  // These lines are checked by `tsc` (tests are in tsconfig.json): each @ts-expect-error must be an error.
  // @ts-expect-error FILE_SAME_AS_INPUT takes { file }, not { path }
  expect(() => new DubanError("FILE_SAME_AS_INPUT", { path: "a.xlsx" })).not.toThrow();
  // @ts-expect-error FILE_SAME_AS_INPUT cannot leave its parameters out
  expect(() => new DubanError("FILE_SAME_AS_INPUT")).not.toThrow();
  // @ts-expect-error HOST_CANCELLED's `kept` is "written" or "nothing"
  expect(() => new DubanError("HOST_CANCELLED", { kept: "some" })).not.toThrow();
  // @ts-expect-error not a code of the catalogue
  expect(() => new DubanError("FILE_GONE", {})).toThrow();
  // A code without parameters may leave them out.
  expect(new DubanError("FILE_NO_OUTPUT").message).toBe("未指定输出文件（-o），不能写入。");
});

test("every failure code builds a Chinese message and an English one from its parameters, and uses them", () => {
  const codes = Object.keys(FAILURES) as FailureCode[];
  expect(Object.keys(FAILURE_SAMPLES).sort()).toEqual([...codes].sort());
  for (const code of codes) {
    const err = new (DubanError as new (c: string, p: unknown) => DubanError)(code, FAILURE_SAMPLES[code]);
    expect([code, /[\u4e00-\u9fff]/.test(err.message), err.english.length > 0, /undefined|\[object/.test(err.message + err.english)]).toEqual([code, true, true, false]);
    // Each text parameter reaches the Chinese message or the English (numbers may be formatted).
    for (const [name, value] of Object.entries(FAILURE_SAMPLES[code] as Record<string, unknown>)) {
      if (typeof value !== "string" || value === "" || ["kind", "problem", "what", "kept", "operation", "officeCode"].includes(name)) continue;
      expect([code, name, (err.message + err.english).includes(value)]).toEqual([code, name, true]);
    }
  }
});

test("FN_ codes, and only they, say which error value the cell shows", () => {
  for (const code of Object.keys(FAILURES) as FailureCode[]) {
    const cell = (FAILURES[code] as { cell?: string }).cell;
    expect([code, cell !== undefined]).toEqual([code, code.startsWith("FN_")]);
  }
  expect(cellErrorOf("FN_NO_TARGET")).toBe("#N/A");
  expect(cellErrorOf("FN_BAD_DATE")).toBe("#VALUE!");
  expect(cellErrorOf("FILE_EMPTY")).toBe("#VALUE!");
});

/** Classes that may still be thrown: programming errors and private control-flow signals, never shown as a failure. */
const INTERNAL_THROWS = new Set(["Error", "RangeError", "TypeError", "XmlSyntaxError", "XmlDoctypeError", "Unsupported", "HelpRequested"]);

test("every failure thrown is a DubanError: no other class, and no Chinese text written at a throw", () => {
  const strays: string[] = [];
  for (const file of ["src", "functions", "taskpane", "wps"].flatMap((d) => sourceFiles(d))) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.ES2020, true);
    const visit = (node: ts.Node): void => {
      if (ts.isThrowStatement(node) && node.expression && ts.isNewExpression(node.expression)) {
        const cls = node.expression.expression.getText(source);
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        const where = `${file}:${line} throw new ${cls}`;
        if (cls === "DubanError") {
          // Parameters are data; a sentence in Chinese belongs in the catalogue.
          if (/[\u4e00-\u9fff]{6,}/.test(node.expression.arguments?.map((a) => a.getText(source)).join(",") ?? "")) strays.push(`${where}: a Chinese sentence as a parameter`);
        } else if ((!INTERNAL_THROWS.has(cls) || /[\u4e00-\u9fff]/.test(node.getText(source)))) {
          strays.push(where);
        }
      }
      if (ts.isClassDeclaration(node) && node.heritageClauses?.some((h) => /DubanError/.test(h.getText(source)))) {
        strays.push(`${file}: class ${node.name?.text} extends the error class (one class: DubanError)`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  expect(strays).toEqual([]);
});

test("one error class: no other class is declared or exported as a failure (the old BookError is gone)", () => {
  const users = ["src", "functions", "taskpane", "wps"]
    .flatMap((d) => sourceFiles(d))
    .filter((f) => /\bBookError\b/.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
  expect(users).toEqual([]);
});
