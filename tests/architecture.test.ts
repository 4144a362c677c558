/**
 * The layers (docs/architecture.md): the core is pure and reached only through its façade src/core/index.ts;
 * each host reaches the core, the port and its own packages, never another host; nothing imports in a circle.
 * WPS's own rules (no Office.js in its bundle, no ET object model elsewhere) are in tests/hosts/wps/architecture.test.ts.
 */
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import * as ts from "typescript";
import { accessedGlobals, importCycles, importsOf, packageName, resolveTarget, ROOT, sourceFiles } from "./support/sourceGraph";

const CORE = "src/core";
const OUTSIDE_CORE = ["src/app", "src/cli", "src/hosts", "src/tools", "functions", "taskpane", "wps"];
const NODE_BUILTINS = new Set(builtinModules);
const isBuiltin = (spec: string) => spec.startsWith("node:") || NODE_BUILTINS.has(spec);

/** What each host may import besides its own folder: the core's façade always; the port and packages as listed. */
const HOSTS: Record<string, { port: boolean; packages: string[]; builtins: boolean }> = {
  excel: { port: true, packages: ["office-js"], builtins: false }, // office-js: its `/// <reference types>`
  wps: { port: true, packages: [], builtins: false },
  xlsx: { port: true, packages: ["exceljs", "saxes"], builtins: true },
  docx: { port: false, packages: ["docx", "jszip"], builtins: false },
  memory: { port: true, packages: [], builtins: false },
};

test("every host folder has its rules here (a new host adds a line to HOSTS)", () => {
  const dirs = fs.readdirSync(path.join(ROOT, "src/hosts"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  expect(dirs.sort()).toEqual(Object.keys(HOSTS).sort());
});

// The narrow door (src/core/base.ts) lets a file reader skip loading the engine; index.ts re-exports it whole.
const BASE = `${CORE}/base`;

test("outside the core, code imports the core only through its façade src/core/index.ts (or its narrow door base.ts)", () => {
  const strays: string[] = [];
  for (const dir of OUTSIDE_CORE) {
    for (const file of sourceFiles(dir)) {
      for (const ref of importsOf(file)) {
        if (ref.target && (ref.target === CORE || ref.target.startsWith(`${CORE}/`)) && ref.target !== CORE && ref.target !== BASE) strays.push(`${file} → ${ref.spec}`);
      }
    }
  }
  expect(strays).toEqual([]);
});

test("the façade's names all resolve and none of them is re-exported twice", () => {
  const source = fs.readFileSync(path.join(ROOT, CORE, "index.ts"), "utf8");
  const names = [...source.matchAll(/^export (?:type )?\{([^}]*)\} from "(\.[^"]+)";$/gm)].flatMap((m) => {
    expect([m[2], resolveTarget(path.posix.join(CORE, m[2]))]).not.toEqual([m[2], null]);
    return m[1].split(",").map((n) => n.trim());
  });
  expect(names.length).toBeGreaterThan(50);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
});

test("the core imports only itself and zod: no host, no port, no Node builtin, no file or network", () => {
  const strays: string[] = [];
  for (const file of sourceFiles(CORE)) {
    for (const ref of importsOf(file)) {
      if (ref.target ? !ref.target.startsWith(`${CORE}/`) && ref.target !== CORE : ref.spec !== "zod" && ref.spec !== "zod/mini") strays.push(`${file} → ${ref.spec}`);
    }
  }
  expect(strays).toEqual([]);
});

test("the core touches no host object, process, console or clock", () => {
  const strays: string[] = [];
  for (const file of sourceFiles(CORE)) {
    for (const g of accessedGlobals(file)) {
      if (/^(Excel|Office|CustomFunctions|window|document|process|console|globalThis|performance)$/.test(g)) strays.push(`${file}: ${g}`);
    }
    const sf = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.ES2020, true);
    const visit = (n: ts.Node) => {
      if (ts.isPropertyAccessExpression(n) && n.expression.getText() === "Date" && n.name.text === "now") strays.push(`${file}: Date.now`);
      if (ts.isNewExpression(n) && n.expression.getText() === "Date" && (n.arguments?.length ?? 0) === 0) strays.push(`${file}: new Date()`);
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  expect(strays).toEqual([]);
});

describe.each(Object.entries(HOSTS))("host %s", (host, rules) => {
  const dir = `src/hosts/${host}`;

  test("imports its own folder, the core's façade, the port and its own packages only", () => {
    const strays: string[] = [];
    for (const file of sourceFiles(dir)) {
      for (const ref of importsOf(file)) {
        const ok = ref.target
          ? ref.target.startsWith(`${dir}/`) || ref.target === CORE || ref.target === BASE || (rules.port && ref.target === "src/app/ports")
          : isBuiltin(ref.spec)
            ? rules.builtins
            : rules.packages.includes(packageName(ref.spec)!);
        if (!ok) strays.push(`${file} → ${ref.spec}`);
      }
    }
    expect(strays).toEqual([]);
  });

  test("no other host and no core module imports it", () => {
    const strays: string[] = [];
    for (const other of ["src/core", "src/app", ...Object.keys(HOSTS).filter((h) => h !== host).map((h) => `src/hosts/${h}`)]) {
      for (const file of sourceFiles(other)) {
        for (const ref of importsOf(file)) if (ref.target?.startsWith(`${dir}/`) || ref.target === dir) strays.push(`${file} → ${ref.spec}`);
      }
    }
    expect(strays).toEqual([]);
  });

  test(host === "excel" ? "is the one host that uses Office.js" : "uses no Office.js global", () => {
    if (host === "excel") {
      expect(sourceFiles(dir).some((f) => accessedGlobals(f).has("Excel"))).toBe(true);
      return;
    }
    const strays = sourceFiles(dir).flatMap((f) => [...accessedGlobals(f)].filter((g) => /^(Excel|Office|CustomFunctions)$/.test(g)).map((g) => `${f}: ${g}`));
    expect(strays).toEqual([]);
  });
});

test("no import cycle among the project's sources (type imports included)", () => {
  const files = ["src", "functions", "taskpane", "wps"].flatMap((d) => sourceFiles(d));
  expect(files.length).toBeGreaterThan(100);
  expect(importCycles(files)).toEqual([]);
});

test("package.json main is the compiled façade", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const build = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.build.json"), "utf8")).compilerOptions;
  // tsconfig.build.json compiles rootDir (src) into outDir (lib): lib/core/index.js comes from src/core/index.ts.
  const source = path.posix.join(build.rootDir, path.posix.relative(build.outDir, pkg.main)).replace(/\.js$/, ".ts");
  expect(source).toBe("src/core/index.ts");
  expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
});

test("reading a book loads no engine: the .xlsx reader's runtime imports stay out of the rules, the judge and the importers", () => {
  // Type-only imports vanish when compiled; what is left is what `require` loads before the first byte is read.
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const ref of importsOf(file)) {
      const target = ref.target && !ref.typeOnly ? resolveTarget(ref.target) : null;
      if (target) visit(target);
    }
  };
  visit("src/hosts/xlsx/readWorkbook.ts");
  expect(loaded.has("src/hosts/xlsx/readPackage.ts")).toBe(true);
  expect([...loaded].filter((f) => /^src\/core\/(index|engine|judge|metrics|validate\/(?!ruleCatalog)|import|rollup|bulletin)/.test(f))).toEqual([]);
});
