import path from "node:path";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { generateBook } from "../../src/tools/generateBook";
import { tempDir } from "../support/files";

/**
 * bin/duban.js compiles the bundle with V8's code cache (lib/cli.bundle.cache, made by `npm run compile`) only
 * when the cache was made from that very bundle and is intact; a stale, damaged or foreign cache is ignored and
 * the CLI prints the same as without one. The launcher is copied beside a lib/ of our own.
 */
const ROOT = path.resolve(__dirname, "../..");
const { dir, cleanup } = tempDir();
afterAll(cleanup);

function run(root: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(root, "bin", "duban.js"), ...args], { encoding: "utf8", maxBuffer: 64 * 2 ** 20, env: { ...process.env, ...env } });
}

/** A root with the launcher and a bundle whose main prints `word` (lib/cli/main.js older, so the bundle runs). */
function rootWith(name: string, word: string): string {
  const root = path.join(dir, name);
  mkdirSync(path.join(root, "bin"), { recursive: true });
  mkdirSync(path.join(root, "lib", "cli"), { recursive: true });
  copyFileSync(path.join(ROOT, "bin", "duban.js"), path.join(root, "bin", "duban.js"));
  writeFileSync(path.join(root, "lib", "cli", "main.js"), "exports.main = async () => 2;\n");
  utimesSync(path.join(root, "lib", "cli", "main.js"), new Date(2020, 0, 1), new Date(2020, 0, 1));
  writeBundle(root, word);
  return root;
}

function writeBundle(root: string, word: string) {
  // The word is printed by a function compiled lazily, so its bytecode is in the cache only after a run.
  const said = (w: string) => `function say() { return ${JSON.stringify(w)}; }\n`;
  writeFileSync(path.join(root, "lib", "cli.bundle.js"), `"use strict";\n${said(word)}exports.main = async (argv) => { process.stdout.write(say() + " " + argv.join(" ") + "\\n"); return 0; };\n`);
}

const cacheOf = (root: string) => path.join(root, "lib", "cli.bundle.cache");

test("a cache made from the bundle is written in duban's layout and changes nothing the CLI prints", () => {
  const root = rootWith("made", "alpha");
  const plain = run(root, ["x"]);
  expect(plain.stdout).toBe("alpha x\n");
  expect(run(root, ["x"], { DUBAN_WRITE_CODE_CACHE: cacheOf(root) }).status).toBe(0);
  const cache = readFileSync(cacheOf(root));
  expect(cache.subarray(0, 8).toString()).toBe("DUBANCC1");
  expect(cache.subarray(8, 40)).toEqual(createHash("sha256").update(readFileSync(path.join(root, "lib", "cli.bundle.js"))).digest());
  expect(cache.subarray(40, 72)).toEqual(createHash("sha256").update(cache.subarray(72)).digest());
  expect(cache.length).toBeGreaterThan(200);
  const cached = run(root, ["x"]);
  expect(cached.status).toBe(0);
  expect(cached.stdout).toBe(plain.stdout);
});

test("a stale cache (made from another bundle of the same length) is not used: the bundle as it is now runs", () => {
  // V8 itself checks only the source's length: without duban's digest this cache would run the old bundle's code.
  const root = rootWith("stale", "alpha");
  run(root, ["y"], { DUBAN_WRITE_CODE_CACHE: cacheOf(root) });
  writeBundle(root, "omega");
  const r = run(root, ["y"]);
  expect(r.status).toBe(0);
  expect(r.stdout).toBe("omega y\n");
});

test("a damaged, truncated or foreign cache is ignored: same output, no error", () => {
  const root = rootWith("damaged", "alpha");
  run(root, ["z"], { DUBAN_WRITE_CODE_CACHE: cacheOf(root) });
  const good = readFileSync(cacheOf(root));
  const flipped = Buffer.from(good);
  for (let i = 72; i < flipped.length; i += 7) flipped[i] ^= 0xff;
  const variants = [flipped, good.subarray(0, 100), good.subarray(0, 50), Buffer.from("not a cache at all"), Buffer.alloc(0), good.subarray(72)];
  for (const bytes of variants) {
    writeFileSync(cacheOf(root), bytes);
    const r = run(root, ["z"]);
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 0, stdout: "alpha z\n", stderr: "" });
  }
  rmSync(cacheOf(root));
  expect(run(root, ["z"]).stdout).toBe("alpha z\n");
});

// The real CLI, as `npm run compile` built it: validate prints the same with its cache, a damaged one and none.
const built = existsSync(path.join(ROOT, "lib", "cli.bundle.cache"));
if (!built) console.warn("codeCache: lib/cli.bundle.cache not built (run npm run compile); the real CLI's case is skipped");
(built ? test : test.skip)("the built CLI prints the same with its cache, with a damaged one and without one", async () => {
  const root = path.join(dir, "real");
  mkdirSync(path.join(root, "bin"), { recursive: true });
  copyFileSync(path.join(ROOT, "bin", "duban.js"), path.join(root, "bin", "duban.js"));
  cpSync(path.join(ROOT, "lib"), path.join(root, "lib"), { recursive: true, preserveTimestamps: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
  const book = path.join(dir, "book.xlsx");
  await generateBook(book, { rows: 300, seed: 5 });
  const args = ["validate", book, "--json", "--as-of", "2024-07-10"];
  const withCache = run(root, args);
  expect(withCache.status).toBe(1);
  expect(JSON.parse(withCache.stdout).findings.length).toBeGreaterThan(0);
  const cache = readFileSync(cacheOf(root));
  const damaged = Buffer.from(cache);
  damaged[damaged.length - 10] ^= 0xff;
  writeFileSync(cacheOf(root), damaged);
  const withDamaged = run(root, args);
  rmSync(cacheOf(root));
  const without = run(root, args);
  for (const r of [withDamaged, without]) expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: withCache.status, stdout: withCache.stdout, stderr: withCache.stderr });
}, 60000);
