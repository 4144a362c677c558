import { readFileSync, readdirSync, statSync } from "fs";
import { join } from "path";
import { parse } from "acorn";
import * as ts from "typescript";

/**
 * WPS embeds a Chromium whose version varies by build; the pane's scripts must load on one older than 62, so the
 * code that goes into them (src/core, src/app, src/hosts) writes no ES2018 regular expressions: no lookbehind, no
 * named groups, no s flag. Each file is transpiled to ES2017 and parsed by acorn as ES2017, which checks every
 * regular expression literal. (`new RegExp` strings are checked by their text.) The built bundle is checked in
 * tests/e2e/wps/wpsPane.test.ts.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

const ROOT = join(__dirname, "../..");
const SOURCES = ["src/core", "src/app", "src/hosts"].flatMap((d) => files(join(ROOT, d)));

describe("regular expressions stay ES2017 (WPS's older embedded Chromium)", () => {
  it("finds the sources", () => expect(SOURCES.length).toBeGreaterThan(50));

  it.each(SOURCES.map((f) => [f.slice(ROOT.length + 1), f]))("%s parses as ES2017", (_name, file) => {
    const source = readFileSync(file, "utf8");
    const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2017, module: ts.ModuleKind.CommonJS } }).outputText;
    expect(() => parse(js, { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
    // Patterns built from strings escape acorn: their lookbehind or named groups are looked for in the text.
    expect(source).not.toMatch(/\(\?<[=!]|\(\?<[A-Za-z]/);
  });

  it("catches a lookbehind when there is one", () => {
    expect(() => parse("var r = /(?<!a)b/;", { ecmaVersion: 2017 })).toThrow();
    expect(() => parse("var r = /(?:^|[^a])b/;", { ecmaVersion: 2017 })).not.toThrow();
  });
});
