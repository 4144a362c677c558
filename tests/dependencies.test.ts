/**
 * package.json declares exactly what the project uses: every package a source, test, bench or config file
 * imports is declared, what the shipped code (src, functions, taskpane, wps) loads at run time is a
 * dependency, and every declared package has a user (an import, a script's command, a config file, a peer of
 * a declared package, or the @types of something used).
 */
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import { importsOf, packageName, ROOT, sourceFiles } from "./support/sourceGraph";

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const runtime = new Set(Object.keys(pkg.dependencies ?? {}));
const declared = new Set([...runtime, ...Object.keys(pkg.devDependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})]);
const BUILTINS = new Set(builtinModules);
const isBuiltin = (spec: string) => spec.startsWith("node:") || BUILTINS.has(spec);

const SHIPPED = ["src", "functions", "taskpane", "wps"];
const CONFIGS = ["webpack.config.js", "webpack.wps.config.js", "eslint.config.mjs", "jest.config.js"];
const ALL = [...SHIPPED, "tests", "bench", "scripts", "bin", ...CONFIGS];

function files(dir: string): string[] {
  return sourceFiles(dir, /\.(ts|js|mjs)$/);
}

function importedPackages(dirs: string[], runtimeOnly: boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of dirs.flatMap(files)) {
    for (const ref of importsOf(file)) {
      if (ref.target || isBuiltin(ref.spec) || (runtimeOnly && ref.typeOnly)) continue;
      const name = packageName(ref.spec);
      if (name && !out.has(name)) out.set(name, file);
    }
  }
  return out;
}

/** Packages whose command a package.json script runs (`tsc` → typescript, through each package's "bin"). */
function scriptPackages(): Set<string> {
  const words = new Set(Object.values<string>(pkg.scripts).flatMap((c) => c.split(/[\s&|;]+/)));
  const out = new Set<string>();
  for (const name of declared) {
    const file = path.join(ROOT, "node_modules", name, "package.json");
    // An optional package that is not installed (office-addin-debugging): its command is its name.
    if (!fs.existsSync(file)) {
      if (words.has(name)) out.add(name);
      continue;
    }
    const bin = JSON.parse(fs.readFileSync(file, "utf8")).bin;
    const commands = typeof bin === "string" ? [name.replace(/^@[^/]+\//, "")] : Object.keys(bin ?? {});
    if (commands.some((c) => words.has(c))) out.add(name);
  }
  return out;
}

/** Packages named in a config file as a string ("ts-jest", "ts-loader", "node_modules/@microsoft/office-js/dist", tsconfig "types"). */
function configPackages(): Set<string> {
  const texts = [...CONFIGS, ...fs.readdirSync(ROOT).filter((f) => /^tsconfig.*\.json$/.test(f)), "wps/tsconfig.json"]
    .filter((f) => fs.existsSync(path.join(ROOT, f)))
    .map((f) => fs.readFileSync(path.join(ROOT, f), "utf8"));
  const out = new Set<string>();
  for (const name of declared) {
    const bare = name.replace(/^@types\//, "");
    if (texts.some((t) => t.includes(`"${name}"`) || t.includes(`node_modules/${name}/`) || (name.startsWith("@types/") && t.includes(`"${bare}"`)))) out.add(name);
  }
  return out;
}

/** Peer dependencies of declared packages: npm wants them declared beside the package that needs them. */
function peerPackages(): Set<string> {
  const out = new Set<string>();
  for (const name of declared) {
    const file = path.join(ROOT, "node_modules", name, "package.json");
    if (!fs.existsSync(file)) continue;
    for (const peer of Object.keys(JSON.parse(fs.readFileSync(file, "utf8")).peerDependencies ?? {})) out.add(peer);
  }
  return out;
}

/** Used without being named anywhere the checks above look: each with its reason. */
const USED_INDIRECTLY: Record<string, string> = {
  "webpack-cli": "the `webpack` command (npm run build, watch, dev-server) is webpack-cli's",
  "webpack-dev-server": "`webpack serve` (npm run dev-server) loads it through webpack-cli",
};

test("every imported package is declared in package.json", () => {
  // `/// <reference types="office-js" />` names the package @types/office-js.
  const missing = [...importedPackages(ALL, false)].filter(([name]) => !declared.has(name) && !declared.has(`@types/${name}`)).map(([name, file]) => `${name} (${file})`);
  expect(missing).toEqual([]);
});

test("what the shipped code loads at run time is a dependency, not a devDependency", () => {
  const dev = [...importedPackages(SHIPPED, true)].filter(([name]) => !runtime.has(name) && declared.has(name)).map(([name, file]) => `${name} (${file})`);
  expect(dev).toEqual([]);
});

test("every declared package is used", () => {
  const used = new Set([...importedPackages(ALL, false).keys(), ...scriptPackages(), ...configPackages(), ...peerPackages(), ...Object.keys(USED_INDIRECTLY)]);
  for (const name of [...used]) if (declared.has(`@types/${name}`)) used.add(`@types/${name}`);
  expect([...declared].filter((name) => !used.has(name)).sort()).toEqual([]);
});
