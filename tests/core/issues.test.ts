/**
 * The catalogue of codes: every code the shipped code raises or shows is in it, rule and failure codes never
 * collide, each has Chinese and English, and the catalogue's messages are what the surfaces show.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { cellErrorOf, DAMAGE, DubanError, FAILURES, isFailure, isIssueCode, issueSummary } from "../../src/core/issues";
import type { DamageReason, FailureCode } from "../../src/core/issues";
import { RULES } from "../../src/core/validate/ruleCatalog";
import { FAILURE_SAMPLES } from "../support/failureSamples";
import { ROOT, sourceFiles } from "../support/sourceGraph";

/** Codes of what the importer notes about a source document (its own list in src/core/import). */
const IMPORT_NOTE = /^IMPORT_(BOLD_LOST|IDS_BY_PART|LEADER_DIVISION|NO_ASSIGNMENT|NO_HEADER|NO_TEXT|NO_UNITS|PAST_YEAR|PAST_YEAR_TITLE|REPORT_DRAFT|SECTION_COUNT|SECTION_MISSING|TARGETS_UNASSIGNED|UNIT_SHORT_AMBIGUOUS|UNIT_SHORT_RESOLVED)$/;

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
const INTERNAL_THROWS = new Set(["Error", "RangeError", "TypeError", "XmlSyntaxError", "XmlDoctypeError", "Unsupported", "PartNotUtf8", "HelpRequested"]);

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

/** One sample of every reason a file is damaged: the type makes it complete and each of the right shape. */
const DAMAGE_SAMPLES: { [K in DamageReason["kind"]]: Extract<DamageReason, { kind: K }> } = {
  "not-zip": { kind: "not-zip" },
  "too-short": { kind: "too-short" },
  "no-directory": { kind: "no-directory" },
  "zip64-end": { kind: "zip64-end" },
  "zip64-locator": { kind: "zip64-locator" },
  "directory-range": { kind: "directory-range" },
  "directory-short": { kind: "directory-short" },
  "directory-record": { kind: "directory-record" },
  "zip64-extra-missing": { kind: "zip64-extra-missing", part: "xl/styles.xml" },
  "zip64-extra-short": { kind: "zip64-extra-short", part: "xl/styles.xml" },
  "unsafe-name": { kind: "unsafe-name", part: "../evil.xml" },
  "duplicate-name": { kind: "duplicate-name", part: "XL/Workbook.xml" },
  compression: { kind: "compression", part: "xl/workbook.xml", method: 12 },
  "stored-size": { kind: "stored-size", part: "xl/workbook.xml" },
  "local-header": { kind: "local-header", part: "xl/workbook.xml" },
  "data-range": { kind: "data-range", part: "xl/workbook.xml" },
  overlap: { kind: "overlap" },
  unaccounted: { kind: "unaccounted" },
  truncated: { kind: "truncated" },
  "part-missing": { kind: "part-missing", part: "xl/workbook.xml" },
  "part-empty": { kind: "part-empty", part: "xl/workbook.xml" },
  inflate: { kind: "inflate", part: "xl/worksheets/sheet1.xml", detail: "invalid distance too far back" },
  "size-mismatch": { kind: "size-mismatch", part: "xl/workbook.xml" },
  crc: { kind: "crc", part: "xl/workbook.xml" },
  xml: { kind: "xml", part: "xl/worksheets/sheet2.xml", detail: "unclosed <row>" },
  "bad-column": { kind: "bad-column", part: "xl/worksheets/sheet1.xml" },
  "bad-row": { kind: "bad-row", part: "xl/worksheets/sheet1.xml" },
  "no-workbook": { kind: "no-workbook" },
  "sheet-missing": { kind: "sheet-missing", sheet: "进展" },
  unreadable: { kind: "unreadable", detail: "Corrupted zip: can't find end of central directory" },
};

test("FILE_DAMAGED takes a reason from a closed set, each with a Chinese and an English message carrying its data", () => {
  expect(Object.keys(DAMAGE).sort()).toEqual(Object.keys(DAMAGE_SAMPLES).sort());
  const seen = new Set<string>();
  for (const sample of Object.values(DAMAGE_SAMPLES)) {
    const err = new DubanError("FILE_DAMAGED", { file: "坏.xlsx", ...sample });
    const text = DAMAGE[sample.kind](sample as never);
    expect([sample.kind, /[\u4e00-\u9fff]/.test(text.zh), text.en.length > 0, err.message.includes(text.zh), err.english.includes(text.en)]).toEqual([sample.kind, true, true, true, true]);
    for (const [name, value] of Object.entries(sample)) {
      if (name === "kind") continue;
      expect([sample.kind, name, (err.message + err.english).includes(String(value))]).toEqual([sample.kind, name, true]);
    }
    // No two reasons say the same thing.
    expect([sample.kind, seen.has(text.zh)]).toEqual([sample.kind, false]);
    seen.add(text.zh);
  }
  // @ts-expect-error a free-text reason is not a reason: FILE_DAMAGED takes { file, kind, … } of the catalogue
  expect(() => new DubanError("FILE_DAMAGED", { file: "坏.xlsx", why: "文件被截断 truncated" })).toThrow();
  // @ts-expect-error nor is a kind the catalogue does not have
  expect(() => new DubanError("FILE_DAMAGED", { file: "坏.xlsx", kind: "gone" })).toThrow();
});

test("every FILE_DAMAGED is raised with a reason of the catalogue written as data: no text built at the throw, every reason used", () => {
  const strays: string[] = [];
  const used = new Set<string>();
  for (const file of ["src", "functions", "taskpane", "wps"].flatMap((d) => sourceFiles(d))) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.ES2020, true);
    const where = (n: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1}`;
    /** The reason object's properties: `kind` a literal of the catalogue, no other text built from strings. */
    const checkReason = (n: ts.Node, reason: ts.Expression | undefined): void => {
      if (!reason || !ts.isObjectLiteralExpression(reason)) {
        strays.push(`${where(n)}: the reason is not an object literal`);
        return;
      }
      for (const prop of reason.properties) {
        if (ts.isSpreadAssignment(prop)) {
          if (!(file.endsWith("zipRules.ts") && prop.expression.getText(source) === "reason")) strays.push(`${where(prop)}: a spread reason`);
          continue;
        }
        const name = prop.name?.getText(source);
        const init = ts.isPropertyAssignment(prop) ? prop.initializer : undefined;
        if (name === "kind") {
          if (init && ts.isStringLiteral(init)) used.add(init.text);
          else if (!(init === undefined && ts.isShorthandPropertyAssignment(prop))) strays.push(`${where(prop)}: kind is not a literal`);
        } else if (init && (ts.isTemplateExpression(init) || ts.isNoSubstitutionTemplateLiteral(init) || ts.isStringLiteral(init) || ts.isBinaryExpression(init)) && name !== "part") {
          strays.push(`${where(prop)}: ${name} is text written at the throw`);
        }
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.getText(source) === "damaged") checkReason(node, node.arguments[1]);
      if (ts.isNewExpression(node) && node.expression.getText(source) === "DubanError" && node.arguments?.[0] && ts.isStringLiteral(node.arguments[0]) && node.arguments[0].text === "FILE_DAMAGED") {
        checkReason(node, node.arguments[1]);
      }
      // `bad("bad-row")` in the sheet reader: a helper passing a kind on.
      if (ts.isCallExpression(node) && node.expression.getText(source) === "bad" && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) used.add(node.arguments[0].text);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  expect(strays).toEqual([]);
  expect(Object.keys(DAMAGE).filter((k) => !used.has(k))).toEqual([]);
});
