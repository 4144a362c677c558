import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { generateBook } from "../../src/tools/generateBook";
import { tempDir } from "../support/files";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "duban.js");

// The real executable, its stdout a pipe, as in `duban validate … --json | jq`. Output larger than a pipe's
// buffer was cut off when the process exited before the pipe drained. bin/duban.js runs the compiled
// lib/ (built by `npm ci`), so this suite needs it.
const built = existsSync(path.join(ROOT, "lib", "cli", "main.js"));
if (!built) console.warn("pipedOutput: lib/ not built (run npm run compile); skipped");

(built ? describe : describe.skip)("duban's output through a pipe", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test("validate --json writes the whole document before exiting, however long", async () => {
    const file = path.join(tmp.dir, "book.xlsx");
    await generateBook(file, { rows: 5000, seed: 3 });
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve, reject) => {
      execFile(process.execPath, [BIN, "validate", file, "--json"], { maxBuffer: 256 * 2 ** 20 }, (err, stdout) => {
        const exit = err ? (err as { code?: unknown }).code : 0;
        if (typeof exit !== "number") reject(err);
        else resolve({ code: exit, stdout });
      });
    });
    expect(code).toBe(1);
    expect(stdout.length).toBeGreaterThan(4 * 65536);
    const body = JSON.parse(stdout) as { counts: Record<string, number>; findings: unknown[] };
    expect(body.findings.length).toBe(body.counts.error + body.counts.warning + body.counts.info);
  }, 60000);
});
