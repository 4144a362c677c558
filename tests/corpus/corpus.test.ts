import { execFile, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, promises as fs, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findProgram } from "../support/programs";
import { tempDir } from "../support/files";
import { Built, CASES, CorpusCase, writeLibreOfficeSources } from "./cases";
import { KNOWN_FAILURES } from "./knownFailures";
import { Book, parseXml, readBook, XmlNode } from "./ooxml";

/**
 * The corpus of issue 11: books saved by openpyxl, pandas, LibreOffice and exceljs, and parts written by
 * hand in the Open XML SDK's conventions (tests/corpus/cases.ts). Every case goes through the real CLI —
 * `validate -o`, `rollup -o` on that, `bulletin -o` on that, and `validate -o` again — and every output is
 * checked against the input: every cell value and formula of every input sheet unchanged, every part the
 * tool does not own byte-identical, defined names kept with their scope, every XML part well-formed, the
 * output's extension matching its content type, LibreOffice reading the same cells as from the input, the
 * input's bytes untouched, no temporary file left, exit codes 0 or 1 with no error code or internal error.
 *
 * LibreOffice starts twice for the whole suite (once to save the LibreOffice books, once to read every
 * input and output as CSV). Slow cases (a 24 MB row) run with DUBAN_CORPUS_SLOW=1; DUBAN_CORPUS_ONLY=id,id runs
 * the cases named; DUBAN_CORPUS_REPORT=file.json writes every case's problems and the time of each phase.
 */

/** The order CT_Worksheet and CT_Workbook give their SpreadsheetML children (ECMA-376 Part 1, 18.3.1.99 and 18.2.27). */
const CHILD_ORDER: Record<string, string[]> = {
  worksheet: "sheetPr dimension sheetViews sheetFormatPr cols sheetData sheetCalcPr sheetProtection protectedRanges scenarios autoFilter sortState dataConsolidate customSheetViews mergeCells phoneticPr conditionalFormatting dataValidations hyperlinks printOptions pageMargins pageSetup headerFooter rowBreaks colBreaks customProperties cellWatches ignoredErrors smartTags drawing legacyDrawing legacyDrawingHF drawingHF picture oleObjects controls webPublishItems tableParts extLst".split(" "),
  workbook: "fileVersion fileSharing workbookPr workbookProtection bookViews sheets functionGroups externalReferences definedNames calcPr oleSize customWorkbookViews pivotCaches smartTagPr smartTagTypes webPublishing fileRecoveryPr webPublishObjects extLst".split(" "),
};
const SML_NS = new Set(["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"]);

/** What Excel would refuse in a worksheet or workbook part: children out of order, repeated, or ignorable prefixes left undeclared. */
function schemaProblems(xml: string): string[] {
  const problems: string[] = [];
  const root = parseXml(xml);
  const order = root && SML_NS.has(root.ns) ? CHILD_ORDER[root.local] : undefined;
  if (!order) return problems;
  let at = -1;
  let previous = "";
  for (const el of root.children) {
    if (!SML_NS.has(el.ns)) continue; // mc:AlternateContent, xr:revisionPtr … stand where their writer put them
    const i = order.indexOf(el.local);
    if (i < 0) problems.push(`<${el.local}> is not a child of <${root.local}>`);
    else if (i < at || (i === at && el.local !== "conditionalFormatting")) problems.push(`<${el.local}> after <${previous}>`);
    else [at, previous] = [i, el.local];
  }
  const start = /<(?:\w+:)?(?:worksheet|workbook)\b[^>]*>/.exec(xml)?.[0] ?? "";
  const ignorable = /\bmc:Ignorable="([^"]*)"/.exec(start)?.[1].split(/\s+/).filter(Boolean) ?? [];
  for (const prefix of ignorable) if (!new RegExp(`\\sxmlns:${prefix}=`).test(start)) problems.push(`mc:Ignorable names ${prefix}, not declared on the root`);
  return problems;
}

/** A filter range `before` widened to the right into `after` (sheet names compared unquoted). */
function filterWidened(before: string, after: string): boolean {
  const parse = (t: string) => /^'?((?:[^']|'')+?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(t.trim());
  const a = parse(before);
  const b = parse(after);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return !!a && !!b && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] && a[5] === b[5] && col(b[4]) > col(a[4]);
}

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/duban.js");
const PYTHON = "/usr/bin/python3";
const soffice = findProgram("soffice");
const havePython = existsSync(PYTHON);
if (!havePython && process.env.CI) throw new Error(`CI 缺少 ${PYTHON}（openpyxl、pandas）`);
const describeCorpus = soffice && havePython ? describe : describe.skip;
const slow = process.env.DUBAN_CORPUS_SLOW === "1";
const only = process.env.DUBAN_CORPUS_ONLY?.split(",").filter(Boolean);
const ACTIVE = CASES.filter((c) => (only ? only.includes(c.id) : slow || !c.slow));

const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** The sheets duban writes (src/core/layout/sheetNames.ts), regenerated on a rerun. */
const DUBAN_SHEETS = ["校验结果", "指标跟踪", "汇总", "报送情况", "任务状态", "通报"];

const MAIN_TYPES: Record<string, string> = {
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  ".xltx": "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  ".xltm": "application/vnd.ms-excel.template.macroEnabled.main+xml",
};

interface Step {
  name: string;
  code: number;
  stderr: string;
  ms: number;
  /** The file written (its extension may differ from the one asked for). */
  file: string | null;
}

interface Run {
  c: CorpusCase;
  /** Sheets and progress columns of an earlier run of duban (rerun cases). */
  dubanSheets: string[];
  dubanColumns: Map<string, Set<string>>;
  input: string;
  hash: string;
  buildError?: string;
  steps: Step[];
  outDir: string;
  /** ms of `validate --json` on the input (timed cases). */
  jsonMs?: number;
}

function runDuban(args: string[], timeout = 300000): Promise<{ code: number; stderr: string; ms: number }> {
  const start = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout, maxBuffer: 64 * 1024 * 1024 }, (err, _stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === "number" ? ((err as { code: number }).code) : 99) : 0;
      resolve({ code, stderr: String(stderr), ms: Date.now() - start });
    });
  });
}

/** lib/ compiled from the current src/ (compiled here when older). */
function ensureCompiled(): void {
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs), 0);
  const built = path.join(ROOT, "lib/cli/main.js");
  if (existsSync(built) && statSync(built).mtimeMs >= newest(path.join(ROOT, "src"))) return;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.build.json")], { stdio: "pipe" });
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

/** One soffice run converting many files; a private profile that recalculates on load. */
function soffice_(args: string[], files: string[], workDir: string): void {
  const profile = path.join(workDir, "lo-profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  execFileSync(soffice as string, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", ...args, ...files], { stdio: "pipe", timeout: 600000 });
}

function sofficeAsync(args: string[], files: string[], workDir: string): Promise<void> {
  const profile = path.join(workDir, "lo-profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  return new Promise((resolve, reject) =>
    execFile(soffice as string, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", ...args, ...files], { timeout: 600000, maxBuffer: 16 * 1024 * 1024 }, (err) => (err ? reject(err) : resolve())),
  );
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** The parts duban may rewrite in a book: package glue, styles, the progress sheets and its own sheets. */
function ownedParts(book: Book, c: CorpusCase, dubanSheets: string[]): Set<string> {
  const owned = new Set(["[content_types].xml", "docprops/app.xml", "xl/calcchain.xml", book.workbookPart.toLowerCase()]);
  const rels = (part: string) => `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`.toLowerCase();
  owned.add(rels(book.workbookPart));
  for (const [lower, names] of book.byLower) if (/styles\.xml$/.test(lower) && names.length) owned.add(lower);
  for (const s of book.sheets) {
    if ([...(c.progress ?? ["进展填报"]), ...dubanSheets].includes(s.name)) {
      owned.add(s.part.toLowerCase());
      owned.add(rels(s.part));
    }
  }
  return owned;
}

const col = (ref: string) => /^[A-Z]+/.exec(ref)![0];

/** Cell formats in a written book's styles.xml (0 when it has none). */
async function cellFormatCount(file: string): Promise<number> {
  const styles = (await readBook(readFileSync(file))).parts.get("xl/styles.xml")?.toString("utf8");
  const m = styles && /<(?:[\w.-]+:)?cellXfs\b[^>]*?\bcount="(\d+)"/.exec(styles);
  return m ? Number(m[1]) : 0;
}

/**
 * Validating again a book duban has validated (and rolled up and drafted from) needs no style it has not already
 * appended: styles.xml must not grow on the rerun (it did, by seven cell formats a run).
 */
async function stylesGrowth(steps: Step[]): Promise<string[]> {
  const i = steps.findIndex((s) => s.name === "validate-again");
  const again = steps[i];
  const before = steps[i - 1];
  if (i < 1 || !again.file || !before.file || path.extname(again.file) !== ".xlsx") return [];
  const [was, is] = [await cellFormatCount(before.file), await cellFormatCount(again.file)];
  return is > was ? [`validate-again: styles.xml grew from ${was} to ${is} cell formats`] : [];
}

async function checkOutput(run: Run, step: Step, input: Book, lo: Map<string, Map<string, string[][]>>): Promise<string[]> {
  const problems: string[] = [];
  const say = (p: string) => problems.push(`${step.name}: ${p}`);
  const file = step.file!;
  let out: Book;
  try {
    out = await readBook(readFileSync(file));
  } catch (err) {
    return [`${step.name}: the output cannot be read as a package: ${(err as Error).message}`];
  }
  const ext = path.extname(file);
  if (out.contentType !== MAIN_TYPES[ext]) say(`written as ${ext} with the workbook content type ${out.contentType}`);
  for (const [lower, names] of out.byLower) if (names.length > 1) say(`parts whose names differ only in case: ${names.join(", ")} (${lower})`);
  for (const [name, bytes] of out.parts) {
    if (!/\.(xml|rels)$/i.test(name) || input.parts.get(name)?.equals(bytes)) continue;
    try {
      parseXml(bytes.toString("utf8"));
    } catch (err) {
      say(`${name} is not well-formed XML: ${(err as Error).message.slice(0, 120)}`);
    }
  }
  // Excel refuses what LibreOffice forgives: children out of the schema's order, an ignorable prefix not declared.
  for (const part of [out.workbookPart, ...out.sheets.map((s) => s.part)]) {
    const bytes = part ? out.parts.get(part) : undefined;
    if (!part || !bytes || input.parts.get(part)?.equals(bytes)) continue;
    for (const p of schemaProblems(bytes.toString("utf8"))) say(`${part}: ${p}`);
  }
  const names = out.sheets.map((s) => s.name);
  if (new Set(names).size !== names.length) say(`sheet names repeated: ${names.join(", ")}`);
  for (const s of out.sheets) if (!s.part || !out.parts.has(s.part)) say(`sheet ${s.name} has no part`);
  // Every cell of every input sheet, value and formula.
  for (const sheet of input.sheets) {
    if (run.dubanSheets.includes(sheet.name)) continue;
    if (!names.includes(sheet.name)) {
      say(`sheet ${sheet.name} is gone`);
      continue;
    }
    let before: Map<string, unknown>;
    let after: Map<string, unknown>;
    try {
      before = input.cells(sheet.name);
      after = out.cells(sheet.name);
    } catch (err) {
      say(`sheet ${sheet.name} unreadable: ${(err as Error).message.slice(0, 120)}`);
      continue;
    }
    const skip = run.dubanColumns.get(sheet.name) ?? new Set<string>();
    const changed: string[] = [];
    for (const [ref, cell] of before) {
      if (skip.has(col(ref))) continue;
      if (JSON.stringify(after.get(ref)) !== JSON.stringify(cell)) changed.push(`${ref} ${JSON.stringify(cell)} → ${JSON.stringify(after.get(ref) ?? null)}`);
    }
    if (changed.length) say(`${sheet.name}: ${changed.length} input cells changed, e.g. ${changed.slice(0, 2).join("; ")}`);
  }
  // duban did its part: the status columns are on the progress sheet.
  const progressName = (run.c.progress ?? ["进展填报"])[0];
  if (/^validate/.test(step.name) && names.includes(progressName)) {
    try {
      if (![...out.cells(progressName).values()].some((cell) => cell.value === "校验状态")) say(`no 校验状态 column on ${progressName}`);
    } catch {
      // unreadable: said above
    }
  }
  for (const [key, text] of input.definedNames) {
    // duban's own marks (_duban_*) from an earlier round are duban's to move; every other name is the office's.
    if (/^_duban_/i.test(key)) continue;
    const now = out.definedNames.get(key);
    // The hidden name Excel keeps beside a progress sheet's filter widens with the filter to take in duban's
    // columns: same sheet, same top-left and rows, further right; nothing else about it may change.
    if (now !== undefined && now !== text && /^_xlnm\._FilterDatabase\|/i.test(key) && filterWidened(text, now)) continue;
    if (now !== text) say(`defined name ${key} = ${text} became ${now ?? "absent"}`);
  }
  // Parts duban does not own: byte-identical, under a name of the same case-insensitive spelling.
  const owned = ownedParts(input, run.c, run.dubanSheets);
  for (const [name, bytes] of input.parts) {
    if (owned.has(name.toLowerCase())) continue;
    const found = out.byLower.get(name.toLowerCase())?.[0];
    // The package relationships and custom properties may gain duban's own mark; what they held stays.
    if (/^(_rels\/\.rels|docProps\/custom\.xml)$/i.test(name) && found) {
      const lost = missingChildren(bytes, out.parts.get(found)!);
      if (lost.length) say(`${name} lost ${lost.slice(0, 2).join("; ")}`);
      continue;
    }
    if (ext !== (run.c.ext ?? ".xlsx") && /vbaProject/i.test(name)) continue; // written as .xlsx: the macros may go
    if (!found) say(`part ${name} dropped`);
    else if (!out.parts.get(found)!.equals(bytes)) say(`part ${name} changed`);
  }
  // LibreOffice reads the output, every sheet of it, and the same cells as from the input.
  const loOut = lo.get(`${run.c.id}__${step.name}`);
  const loIn = lo.get(`${run.c.id}__input`);
  if (!/^validate/.test(step.name)) return problems;
  if (!loIn || loIn.size === 0) say("LibreOffice could not open the input: the case itself is wrong");
  else if (!loOut || loOut.size === 0) say("LibreOffice could not open the output");
  else {
    if (loOut.size !== names.length) say(`LibreOffice read ${loOut.size} of ${names.length} sheets (${[...loOut.keys()].join(", ")})`);
    for (const sheet of input.sheets) {
      if (run.dubanSheets.includes(sheet.name)) continue;
      const a = loIn?.get(sheet.name);
      const b = loOut.get(sheet.name);
      if (!a) continue;
      if (!b) {
        say(`LibreOffice does not see sheet ${sheet.name}`);
        continue;
      }
      const skip = run.dubanColumns.get(sheet.name) ?? new Set<string>();
      const diffs: string[] = [];
      a.forEach((row, r) =>
        row.forEach((v, ci) => {
          const ref = `${colLetters(ci + 1)}${r + 1}`;
          if (!skip.has(colLetters(ci + 1)) && (b[r]?.[ci] ?? "") !== v) diffs.push(`${ref} ${JSON.stringify(v)} → ${JSON.stringify(b[r]?.[ci] ?? "")}`);
        }),
      );
      if (diffs.length) say(`LibreOffice reads ${diffs.length} cells of ${sheet.name} differently, e.g. ${diffs.slice(0, 2).join("; ")}`);
    }
  }
  return problems;
}

/** The children of the XML root in `before` (as canonical text) that `after` lacks. */
function missingChildren(before: Buffer, after: Buffer): string[] {
  const canon = (n: XmlNode): string => `<${n.local} ${Object.entries(n.attrs).map(([k, a]) => `${k}=${a.value}`).sort().join(" ")}>${n.text}${n.children.map(canon).join("")}`;
  const kept = new Set(parseXml(after.toString("utf8")).children.map(canon));
  return parseXml(before.toString("utf8")).children.map(canon).filter((c) => !kept.has(c));
}

/**
 * The same entries in a plain zip, written by Python's zipfile: LibreOffice 7.4 (Debian 12's) opens no package
 * with ZIP64 end records or central ZIP64 fields, so for ZIP64 cases it compares cells read from this copy.
 */
function repackWithoutZip64(from: string, to: string): void {
  const script = "import sys,zipfile\nsrc=zipfile.ZipFile(sys.argv[1])\nwith zipfile.ZipFile(sys.argv[2],'w',zipfile.ZIP_DEFLATED) as out:\n  for n in src.namelist(): out.writestr(n, src.read(n))\n";
  execFileSync(PYTHON, ["-c", script, from, to], { stdio: "pipe" });
}

function colLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

describeCorpus("corpus: books saved by real programs, through validate, rollup, bulletin and validate again", () => {
  const { dir, cleanup } = tempDir();
  const results = new Map<string, string[]>();
  afterAll(cleanup);

  const timings: Record<string, number> = {};
  let t0 = Date.now();
  const lap = (what: string) => {
    timings[what] = Date.now() - t0;
    t0 = Date.now();
  };

  beforeAll(async () => {
    t0 = Date.now();
    ensureCompiled();
    lap("compile");
    const python = path.join(dir, "python");
    execFileSync(PYTHON, [path.join(__dirname, "programs/pythonBooks.py"), python], { stdio: "pipe" });
    const loSources = path.join(dir, "lo-src");
    const libreoffice = path.join(dir, "libreoffice");
    mkdirSync(loSources, { recursive: true });
    await writeLibreOfficeSources(loSources);
    copyFileSync(path.join(python, "src-lo-chart.xlsx"), path.join(loSources, "src-lo-chart.xlsx"));
    soffice_(["--convert-to", "xlsx", "--outdir", libreoffice], readdirSync(loSources).map((f) => path.join(loSources, f)), path.join(dir, "lo-save"));
    lap("python and LibreOffice books");
    const built: Built = { python, libreoffice, duban: (args) => runDuban(args) };

    const runs: Run[] = [];
    const inputs = path.join(dir, "inputs");
    mkdirSync(inputs);
    for (const c of ACTIVE) {
      const input = path.join(inputs, `${c.id}${c.ext ?? ".xlsx"}`);
      const outDir = path.join(dir, "out", c.id);
      mkdirSync(outDir, { recursive: true });
      const run: Run = { c, input, hash: "", steps: [], outDir, dubanSheets: [], dubanColumns: new Map() };
      try {
        await c.make(input, built);
        run.hash = sha(input);
        if (c.rerun) {
          const book = await readBook(readFileSync(input));
          run.dubanSheets = book.sheets.map((s) => s.name).filter((n) => DUBAN_SHEETS.includes(n));
          for (const name of c.progress ?? ["进展填报"]) {
            const cols = [...book.cells(name)].filter(([ref, cell]) => /^[A-Z]+1$/.test(ref) && /^校验(状态|说明)$/.test(cell.value)).map(([ref]) => ref.slice(0, -1));
            run.dubanColumns.set(name, new Set(cols));
          }
        }
      } catch (err) {
        run.buildError = (err as Error).message;
      }
      runs.push(run);
    }

    lap("inputs");
    await pool(runs.filter((r) => !r.buildError), 2, async (run) => {
      if (run.c.timed) run.jsonMs = (await runDuban(["validate", "--json", run.input])).ms;
      let source = run.input;
      for (const [name, command] of [["validate", "validate"], ["rollup", "rollup"], ["bulletin", "bulletin"], ["validate-again", "validate"]]) {
        const asked = path.join(run.outDir, `${name}.xlsx`);
        // A timed case is stopped once it is far past its bound, so a quadratic copy does not hold up the suite.
        const r = await runDuban([command, source, "-o", asked], run.jsonMs === undefined ? 300000 : 8 * run.jsonMs + 30000);
        const written = readdirSync(run.outDir).find((f) => path.parse(f).name === name) ?? null;
        run.steps.push({ name, code: r.code, stderr: r.stderr, ms: r.ms, file: written ? path.join(run.outDir, written) : null });
        if (!written || r.code > 1) break;
        source = path.join(run.outDir, written);
      }
    });

    lap("CLI");
    // LibreOffice reads every input and every output as CSV, in one run.
    const loRead = path.join(dir, "lo-read");
    mkdirSync(loRead);
    const toRead: string[] = [];
    for (const run of runs) {
      if (run.buildError) continue;
      // The first output and the last (which holds every sheet of the chain) are read; the ones between are
      // checked at the package level only, which keeps this to one LibreOffice run of about 3 files a case.
      const files: [string, string][] = [["input", run.input], ...run.steps.filter((s) => s.file && /^validate/.test(s.name)).map((s): [string, string] => [s.name, s.file!])];
      for (const [name, file] of files) {
        const copy = path.join(loRead, `${run.c.id}__${name}${path.extname(file)}`);
        if (run.c.zip64ForLibreOffice === "repack") repackWithoutZip64(file, copy);
        else copyFileSync(file, copy);
        toRead.push(copy);
      }
    }
    const csv = path.join(dir, "csv");
    // Two LibreOffice processes, one per core, each with its own profile and half of the files.
    const halves = [toRead.filter((_, i) => i % 2 === 0), toRead.filter((_, i) => i % 2 === 1)].filter((h) => h.length);
    await Promise.all(halves.map((files, i) => sofficeAsync(["--convert-to", CSV_FILTER, "--outdir", csv], files, path.join(dir, `lo-read-${i}`))));
    lap("LibreOffice reading");
    const lo = new Map<string, Map<string, string[][]>>();
    for (const name of readdirSync(csv)) {
      const m = /^(.+?__[a-z-]+)-(.*)\.csv$/.exec(name);
      if (!m) continue;
      if (!lo.has(m[1])) lo.set(m[1], new Map());
      lo.get(m[1])!.set(m[2], parseCsv(readFileSync(path.join(csv, name), "utf8")));
    }

    for (const run of runs) {
      const problems: string[] = [];
      results.set(run.c.id, problems);
      if (run.buildError) {
        problems.push(`the input could not be built: ${run.buildError}`);
        continue;
      }
      const input = await readBook(readFileSync(run.input));
      for (const step of run.steps) {
        const firstLine = step.stderr.split("\n").find((l) => l.trim()) ?? "";
        if (step.code > 1) problems.push(`${step.name}: exit ${step.code}: ${firstLine.slice(0, 200)}`);
        else if (/INTERNAL_ERROR|FILE_[A-Z_]+|BOOK_[A-Z_]+|Cannot read|undefined/.test(step.stderr)) problems.push(`${step.name}: ${firstLine.slice(0, 200)}`);
        if (run.jsonMs !== undefined && step.ms > 4 * run.jsonMs + 3000) problems.push(`${step.name}: took ${step.ms} ms, validate --json ${run.jsonMs} ms`);
        if (!step.file) problems.push(`${step.name}: no output written`);
        else if (step.code <= 1) problems.push(...(await checkOutput(run, step, input, lo)));
      }
      problems.push(...(await stylesGrowth(run.steps)));
      if (sha(run.input) !== run.hash) problems.push("the input's bytes changed");
      const expected = new Set(run.steps.map((s) => s.file && path.basename(s.file)));
      const left = readdirSync(run.outDir).filter((f) => !expected.has(f));
      if (left.length) problems.push(`files left in the output folder: ${left.join(", ")}`);
    }
    lap("checks");
    if (process.env.DUBAN_CORPUS_REPORT) await fs.writeFile(process.env.DUBAN_CORPUS_REPORT, JSON.stringify({ timings, results: Object.fromEntries(results) }, null, 2));
  }, 900000);

  it("its schema check sees what Excel would refuse", () => {
    const ws = (body: string, root = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"') => `${root}>${body}</worksheet>`;
    expect(schemaProblems(ws("<sheetData/><conditionalFormatting/><conditionalFormatting/><pageMargins/><extLst/>"))).toEqual([]);
    expect(schemaProblems(ws("<sheetData/><extLst/><conditionalFormatting/>"))).toEqual(["<conditionalFormatting> after <extLst>"]);
    expect(schemaProblems(ws("<sheetData/><dataValidations/><phoneticPr/>"))).toEqual(["<phoneticPr> after <dataValidations>"]);
    expect(schemaProblems(ws("<sheetData/>", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac"'))).toEqual(["mc:Ignorable names x14ac, not declared on the root"]);
  });

  it("lists as known failures only cases of the corpus", () => {
    for (const id of Object.keys(KNOWN_FAILURES)) expect(CASES.map((c) => c.id)).toContain(id);
  });

  for (const c of ACTIVE) {
    it(`${c.id} (${c.program}): ${c.what}`, () => {
      const problems = results.get(c.id);
      expect(problems).toBeDefined();
      const known = KNOWN_FAILURES[c.id];
      if (known) {
        if (problems!.length === 0) throw new Error(`「${c.id}」现在通过了：请从 tests/corpus/knownFailures.ts 删去。${c.id} passes now: remove it from tests/corpus/knownFailures.ts (${known})`);
      } else expect(problems).toEqual([]);
    });
  }
});
