/**
 * No dead exports: every name a module of src, functions, taskpane or wps exports is used by another file
 * (a test counts; a re-export does not, only a use of the re-exported name). TypeScript's own checker
 * resolves each identifier to its declaration, so renamed imports, namespaces and `import("…").T` count.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { ROOT, sourceFiles } from "./support/sourceGraph";

/** Read by plain JavaScript outside the TypeScript program (bin/duban.js, bench/: parser.bench.js clears the caches). */
const USED_FROM_JAVASCRIPT: Record<string, string[]> = {
  "src/cli/main.ts": ["main"],
  "src/core/engine.ts": ["analyzeWorkbook"],
  "src/core/metrics/parseActuals.ts": ["clearActualCache"],
  "src/core/metrics/parseTargets.ts": ["clearTargetCache"],
  "src/hosts/xlsx/streamWorkbook.ts": ["streamWorkbookFile"],
  "src/tools/generateBook.ts": ["generateBook"],
};

const CHECKED = ["src", "functions", "taskpane", "wps"];

/**
 * Dead exports found when this check came in (issue #14), in areas other work was changing at the time:
 * each goes (or loses its `export`) as its area is next touched, and comes off this list. The list only
 * shrinks: a listed name that is no longer dead fails the test as surely as a new dead export does.
 */
const KNOWN = fs
  .readFileSync(path.join(__dirname, "deadExports.known.txt"), "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"));

test("every export of the shipped code is used by another file (but the known list)", () => {
  const roots = [...CHECKED, "tests", "scripts", "bench"].flatMap((d) => sourceFiles(d)).map((f) => path.join(ROOT, f));
  const program = ts.createProgram(roots, { strict: true, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, skipLibCheck: true, noEmit: true, types: ["node", "jest"], lib: ["lib.es2020.d.ts", "lib.dom.d.ts"] });
  const checker = program.getTypeChecker();
  const own = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && sf.fileName.startsWith(ROOT) && !sf.fileName.includes("node_modules"));
  const rel = (sf: ts.SourceFile) => path.relative(ROOT, sf.fileName).split(path.sep).join("/");

  // Each identifier outside the file that declares what it names marks that declaration used.
  const used = new Set<ts.Symbol>();
  for (const sf of own) {
    const visit = (n: ts.Node): void => {
      // `export { x } from "./m"` re-exports: not a use (the façade would otherwise keep everything alive).
      if (ts.isExportDeclaration(n) && n.moduleSpecifier) return;
      if (ts.isIdentifier(n)) {
        let s = checker.getSymbolAtLocation(n);
        if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
        if (s && s.declarations?.some((d) => d.getSourceFile() !== sf)) used.add(s);
        // A shorthand `{ x }` in an object literal or a property of an exported object type also names it.
        if (ts.isShorthandPropertyAssignment(n.parent)) {
          const value = checker.getShorthandAssignmentValueSymbol(n.parent);
          if (value) used.add(value.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(value) : value);
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }

  const dead: string[] = [];
  for (const sf of own) {
    const file = rel(sf);
    if (!CHECKED.some((d) => file.startsWith(`${d}/`))) continue;
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      if (exported.flags & ts.SymbolFlags.Alias) continue; // re-exports are judged where they are declared
      if (USED_FROM_JAVASCRIPT[file]?.includes(exported.name)) continue;
      if (!used.has(exported)) dead.push(`${file}: ${exported.name}`);
    }
  }
  expect(dead.filter((d) => !KNOWN.includes(d)).sort()).toEqual([]);
  expect(KNOWN.filter((d) => !dead.includes(d))).toEqual([]);
  // A whole-program type check of every source: slow on a shared two-core machine.
}, 180_000);
