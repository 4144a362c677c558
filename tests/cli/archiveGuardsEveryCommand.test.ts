/**
 * Every command that opens a workbook goes through the same archive guards: a zip bomb is refused with
 * FILE_ZIP_BOMB and an XML part declaring a DOCTYPE with FILE_UNSAFE_XML, whichever command and whichever
 * argument (the book, `template --units`, each book given to `merge`), before exceljs sees a byte. The
 * commands stop (exit 2, nothing written), except `merge`, which by design sets an unreadable returned book
 * aside and merges the others: it names the file it skipped with the same code and reads none of its rows.
 */
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { editParts, makeZip, PROGRESS_PART, replaceIn, writeBase } from "../hostile/craft";
import { runCli, tempDir } from "../support/files";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const good = path.join(dir, "good.xlsx");
const bomb = path.join(dir, "bomb.xlsx");
const doctype = path.join(dir, "doctype.xlsx");
beforeAll(async () => {
  await writeBase(good);
  await fs.writeFile(bomb, makeZip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.from("<x/>"), declaredSize: 0xe0000000 }]));
  await editParts(doctype, (z) => replaceIn(z, PROGRESS_PART, /^(<\?xml[^>]*\?>)?/, `$1<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`));
});

/** The command lines to try, with the hostile file in the place of `F` and an output path `O`. */
const COMMANDS: [string, (f: string, o: string) => string[]][] = [
  ["validate", (f) => ["validate", f, "--as-of", "2024-07-10"]],
  ["validate -o", (f, o) => ["validate", f, "-o", `${o}.xlsx`, "--as-of", "2024-07-10"]],
  ["rollup -o", (f, o) => ["rollup", f, "-o", `${o}.xlsx`, "--as-of", "2024-07-10"]],
  ["bulletin", (f) => ["bulletin", f, "--as-of", "2024-07-10"]],
  ["bulletin -o .docx", (f, o) => ["bulletin", f, "-o", `${o}.docx`, "--as-of", "2024-07-10"]],
  ["notices", (f, o) => ["notices", f, "-o", o, "--as-of", "2024-07-10"]],
  ["template BOOK", (f, o) => ["template", f, "-o", `${o}.xlsx`]],
  ["template --per-unit", (f, o) => ["template", f, "--per-unit", "-o", o]],
  ["template --units", (f, o) => ["template", "--units", f, "-o", `${o}.xlsx`]],
  ["merge (first book)", (f, o) => ["merge", f, good, "-o", `${o}.xlsx`]],
  ["merge (second book)", (f, o) => ["merge", good, f, "-o", `${o}.xlsx`]],
  ["import", (f) => ["import", f]],
];

describe.each([
  ["zip bomb", () => bomb, "FILE_ZIP_BOMB"],
  ["DOCTYPE", () => doctype, "FILE_UNSAFE_XML"],
])("%s", (_name, file, code) => {
  test.each(COMMANDS)("%s refuses it", async (label, argv) => {
    const out = path.join(dir, `out-${code}-${label.replace(/[^a-z]+/g, "_")}`);
    const r = await runCli(argv(file(), out));
    if (label.startsWith("merge")) {
      expect(`${label}: ${r.code}`).toBe(`${label}: 0`);
      expect(r.out).toMatch(new RegExp(`已跳过 ${path.basename(file())}：.*（${code}）`));
      // Only the well-formed book's three rows are read.
      expect(r.out).toContain("读入进展 3 行");
      return;
    }
    expect(`${label}: ${r.code}`).toBe(`${label}: 2`);
    expect(r.err).toContain(code);
    for (const ext of ["", ".xlsx", ".docx"]) expect(existsSync(out + ext)).toBe(false);
  });
});

test("the same commands accept the well-formed book (the guard refuses only the hostile one)", async () => {
  for (const [label, argv] of COMMANDS) {
    const out = path.join(dir, `ok-${label.replace(/[^a-z]+/g, "_")}`);
    const r = await runCli(argv(good, out));
    expect(`${label}: ${r.code < 2}`).toBe(`${label}: true`);
  }
}, 60000);

test("merge of hostile books only reads nothing and writes nothing", async () => {
  const out = path.join(dir, "only-hostile.xlsx");
  const r = await runCli(["merge", bomb, doctype, "-o", out]);
  expect(r.code).toBe(2);
  expect(existsSync(out)).toBe(false);
});
