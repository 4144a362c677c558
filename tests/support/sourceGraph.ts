/**
 * The project's own sources read as an import graph (TypeScript's parser, no type checking): what each file
 * imports (static, dynamic, `import type`, `export … from`) and which globals it touches. Used by the
 * architecture and dependency tests.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export const ROOT = path.resolve(__dirname, "../..");

/** Project-relative paths (with "/") of the .ts files under a folder, or of one file. */
export function sourceFiles(dir: string, ext = /\.ts$/): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [dir];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? (e.name === "node_modules" ? [] : sourceFiles(`${dir}/${e.name}`, ext)) : ext.test(e.name) ? [`${dir}/${e.name}`] : []));
}

export interface ImportRef {
  spec: string;
  /** Project-relative path (no extension) of a relative import; null for a package or builtin. */
  target: string | null;
  typeOnly: boolean;
  dynamic: boolean;
}

const cache = new Map<string, ts.SourceFile>();

function parse(file: string): ts.SourceFile {
  let sf = cache.get(file);
  if (!sf) {
    sf = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.ES2020, true);
    cache.set(file, sf);
  }
  return sf;
}

/** Every module a file names: import/export declarations, import("…") calls and types, require("…"), /// <reference types>. */
export function importsOf(file: string): ImportRef[] {
  const out: ImportRef[] = [];
  const add = (spec: string, typeOnly: boolean, dynamic: boolean) => {
    const target = spec.startsWith(".") ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : null;
    out.push({ spec, target, typeOnly, dynamic });
  };
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) add(n.moduleSpecifier.text, !!n.importClause?.isTypeOnly, false);
    else if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) add(n.moduleSpecifier.text, n.isTypeOnly, false);
    else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) add(n.argument.literal.text, true, true);
    else if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteral(n.arguments[0])) {
      if (n.expression.kind === ts.SyntaxKind.ImportKeyword) add(n.arguments[0].text, false, true);
      else if (ts.isIdentifier(n.expression) && n.expression.text === "require") add(n.arguments[0].text, false, true);
    }
    ts.forEachChild(n, visit);
  };
  const sf = parse(file);
  visit(sf);
  for (const ref of sf.typeReferenceDirectives) add(ref.fileName, true, false);
  return out;
}

/** Names used as the object of a property access in code (comments and strings do not count): `Excel` of `Excel.run`. */
export function accessedGlobals(file: string): Set<string> {
  const out = new Set<string>();
  const visit = (n: ts.Node) => {
    if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression)) out.add(n.expression.text);
    ts.forEachChild(n, visit);
  };
  visit(parse(file));
  return out;
}

/** The package a bare specifier names ("@scope/name/sub" → "@scope/name"); null for relative paths. */
export function packageName(spec: string): string | null {
  if (spec.startsWith(".") || spec.startsWith("/")) return null;
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** The .ts file a relative import resolves to (x.ts or x/index.ts), or null. */
export function resolveTarget(target: string): string | null {
  for (const candidate of [`${target}.ts`, `${target}/index.ts`]) if (fs.existsSync(path.join(ROOT, candidate))) return candidate;
  return null;
}

/** Strongly connected groups of more than one file among the given files' relative imports (type imports included). */
export function importCycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f).flatMap((r) => (r.target ? [resolveTarget(r.target)] : [])).filter((t): t is string => !!t)]));
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const f of files) if (!index.has(f)) connect(f);
  return cycles;
}
