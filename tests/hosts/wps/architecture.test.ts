/**
 * Where WPS code may live and what it may import: the ET adapter reaches only the core and the port;
 * nothing outside src/hosts/wps and wps/ knows about WPS; the WPS bundles never pull in Office.js code.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../../..");

function files(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

function imports(file: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  return [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+["']([^"']+)["']/gm)].map((m) => m[1]);
}

test("src/hosts/wps imports only the core, the port and itself", () => {
  for (const file of files("src/hosts/wps")) {
    for (const spec of imports(file)) expect([file, spec]).toEqual([file, expect.stringMatching(/^\.\/|^\.\.\/\.\.\/core$|^\.\.\/\.\.\/app\/ports$/)]);
  }
});

test("wps/ uses the shared pane, functions table and WPS adapter, never the Excel host or Office.js", () => {
  for (const file of files("wps")) {
    for (const spec of imports(file)) {
      expect([file, spec]).not.toEqual([file, expect.stringMatching(/hosts\/excel|office-js|custom-functions-runtime|taskpane\/taskpane$/)]);
    }
  }
});

test("no WPS object model outside src/hosts/wps and wps/", () => {
  for (const dir of ["src/core", "src/app", "taskpane", "functions"]) {
    for (const file of files(dir)) {
      const source = fs.readFileSync(path.join(ROOT, file), "utf8");
      expect([file, /window\.wps|window\.Application|\bwps\.AddCustomFunction|et-jsapi-declare|src\/hosts\/wps/.test(source)]).toEqual([file, false]);
    }
  }
});
