import path from "node:path";
import { copyFileSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tempDir } from "../support/files";

/**
 * bin/duban.js keeps V8's optimising compiler away from judgeTask (issue 17: optimised and thrown away 4–6 times
 * in a cold run of a large book). The filter names the function: these hold it to the judge's real name, and
 * show, on a bundle of our own run through the real launcher, that a hot judgeTask stays unoptimised while
 * another hot function is optimised as usual.
 */
const ROOT = path.resolve(__dirname, "../..");
const { dir, cleanup } = tempDir();
afterAll(cleanup);

test("the function the launcher's filter names is the one judge", () => {
  const launcher = readFileSync(path.join(ROOT, "bin", "duban.js"), "utf8");
  const name = /--turbo-filter=-(\w+)/.exec(launcher)?.[1];
  expect(name).toBe("judgeTask");
  expect(readFileSync(path.join(ROOT, "src", "core", "judge", "judgeTask.ts"), "utf8")).toContain(`export function ${name}(`);
});

test("a hot judgeTask is never optimised by TurboFan under the launcher; other hot functions are", () => {
  const root = path.join(dir, "root");
  mkdirSync(path.join(root, "bin"), { recursive: true });
  mkdirSync(path.join(root, "lib", "cli"), { recursive: true });
  copyFileSync(path.join(ROOT, "bin", "duban.js"), path.join(root, "bin", "duban.js"));
  writeFileSync(path.join(root, "lib", "cli", "main.js"), "exports.main = async () => 2;\n");
  utimesSync(path.join(root, "lib", "cli", "main.js"), new Date(2020, 0, 1), new Date(2020, 0, 1));
  // Two functions of the same body, each called often enough to be optimised.
  const body = "{ let s = 0; for (let i = 0; i < 50; i++) s += (x * i) % 7; return s; }";
  writeFileSync(
    path.join(root, "lib", "cli.bundle.js"),
    `"use strict";\nfunction judgeTask(x) ${body}\nfunction otherWork(x) ${body}\n` +
      "exports.main = async () => { let t = 0; for (let i = 0; i < 200000; i++) t += judgeTask(i) + otherWork(i); process.stdout.write(String(t) + \"\\n\"); return 0; };\n",
  );
  const run = spawnSync(process.execPath, ["--trace-opt", path.join(root, "bin", "duban.js")], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  expect(run.status).toBe(0);
  const optimised = (name: string) => run.stdout.split("\n").some((l) => l.includes("completed") && l.includes(`<JSFunction ${name} `));
  expect(optimised("otherWork")).toBe(true);
  expect(optimised("judgeTask")).toBe(false);
});
