/**
 * The pane's first-load JavaScript (issue 17): what the pane page's own script tags load before the first screen,
 * compressed as a server would (gzip -9), stays under 100 kB in both builds. Both are built here in production
 * mode into temporary folders (a few minutes on a busy machine). Excel's page loads taskpane.js and functions.js
 * (the shared runtime); WPS's pane page loads taskpane.js. What the first screen does not need — the importers,
 * the bulletin, docx, exceljs, the reader of returned files, the Fluent UI components — comes in chunks of its
 * own, loaded when used (Fluent right after start), and none of those chunks' code may be in the first load.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { execSync } from "child_process";

const ROOT = path.resolve(__dirname, "../..");
const LIMIT = 100 * 1000;
const EXCEL = path.join(os.tmpdir(), `duban-size-excel-${process.pid}`);
const WPS = path.join(os.tmpdir(), `duban-size-wps-${process.pid}`);

/** The scripts a page loads by its own tags, except office.js (Microsoft's, not ours). */
function firstLoad(dir: string, page: string): { file: string; gzip: number }[] {
  const html = fs.readFileSync(path.join(dir, page), "utf8");
  const srcs = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((s) => s && !/office\.js$/.test(s));
  return srcs.map((file) => ({ file, gzip: zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length }));
}

const total = (xs: { gzip: number }[]) => xs.reduce((a, x) => a + x.gzip, 0);

describe("the pane's first-load JavaScript", () => {
  beforeAll(() => {
    const env = { ...process.env, DUBAN_OUT_DIR: EXCEL, DUBAN_WPS_OUT_DIR: WPS, DUBAN_OFFICE_JS: "cdn" };
    execSync("npx webpack --mode production", { cwd: ROOT, stdio: "ignore", timeout: 900000, env });
    execSync("npx webpack --config webpack.wps.config.js --mode production", { cwd: ROOT, stdio: "ignore", timeout: 900000, env });
  }, 1900000);

  afterAll(() => {
    fs.rmSync(EXCEL, { recursive: true, force: true });
    fs.rmSync(WPS, { recursive: true, force: true });
  });

  test("Excel: taskpane.js and functions.js together under 100 kB gzip", () => {
    const files = firstLoad(EXCEL, "taskpane.html");
    expect(files.map((f) => f.file).sort()).toEqual(["functions.js", "taskpane.js"]);
    process.stdout.write(`Excel first load: ${files.map((f) => `${f.file} ${(f.gzip / 1000).toFixed(1)} kB`).join(" + ")} = ${(total(files) / 1000).toFixed(1)} kB gzip -9\n`);
    expect(total(files)).toBeLessThan(LIMIT);
  });

  test("WPS: the pane page's taskpane.js under 100 kB gzip", () => {
    const files = firstLoad(WPS, "taskpane.html");
    expect(files.map((f) => f.file)).toEqual(["taskpane.js"]);
    process.stdout.write(`WPS first load: ${(total(files) / 1000).toFixed(1)} kB gzip -9\n`);
    expect(total(files)).toBeLessThan(LIMIT);
  });

  test("Excel: the judge and the parsers behind the DUBAN.* functions come in a chunk of their own", () => {
    const firstFiles = firstLoad(EXCEL, "taskpane.html").map((f) => f.file);
    expect(firstFiles).not.toContain("formulas.js");
    const first = firstFiles.map((f) => fs.readFileSync(path.join(EXCEL, f), "utf8")).join("\n");
    // functions.js still registers every function (the runtime needs the names at once) and asks for the chunk.
    expect(first).toContain('CustomFunctions.associate("UNITRATIO"');
    expect(first).toContain("formulas");
    expect(fs.readFileSync(path.join(EXCEL, "formulas.js"), "utf8")).toContain("FN_NO_TARGET");
    // A code only the judge holds: in the lazy chunks (shared with the pane's engine), not in the first load.
    const lazy = fs.readdirSync(EXCEL).filter((f) => f.endsWith(".js") && !firstFiles.includes(f)).map((f) => fs.readFileSync(path.join(EXCEL, f), "utf8")).join("\n");
    expect(first).not.toContain("WEAK_CUMULATIVE_NO_PERIOD");
    expect(lazy).toContain("WEAK_CUMULATIVE_NO_PERIOD");
  });

  test("the importers, the bulletin, docx and exceljs are not in the first load but in chunks of their own", () => {
    for (const dir of [EXCEL, WPS]) {
      const firstFiles = firstLoad(dir, "taskpane.html").map((f) => f.file);
      const first = firstFiles.map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
      const chunks = fs.readdirSync(dir).filter((f) => f.endsWith(".js") && !firstFiles.includes(f) && f !== "main.js");
      expect(chunks).toEqual(expect.arrayContaining(["engine.js", "import.js", "bulletin.js", "docx.js", "xlsx.js", "returned.js", "fluent.js"]));
      const lazy = chunks.map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
      // Words only that code holds: an importer's finding code, the bulletin's 总体情况 heading, the docx
      // library's XML, exceljs's name.
      for (const marker of ["IMPORT_LEADER_DIVISION", "总体情况", "w:document", "exceljs"]) {
        expect(first).not.toContain(marker);
        expect(lazy).toContain(marker);
      }
    }
  });
});
