import path from "node:path";
import { mkdirSync, copyFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tempDir } from "../support/files";

/**
 * bin/duban.js says CLI_NOT_BUILT only when there is no build; an error thrown inside a built CLI must reach
 * the user as it is, not be disguised as a missing build. The launcher is copied beside a lib/ of our own.
 */
const { dir, cleanup } = tempDir();
afterAll(cleanup);

function launch(root: string) {
  mkdirSync(path.join(root, "bin"), { recursive: true });
  copyFileSync(path.resolve(__dirname, "../../bin/duban.js"), path.join(root, "bin", "duban.js"));
  return spawnSync(process.execPath, [path.join(root, "bin", "duban.js"), "--help"], { encoding: "utf8" });
}

test("no lib/: CLI_NOT_BUILT, exit 2", () => {
  const r = launch(path.join(dir, "unbuilt"));
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("CLI_NOT_BUILT");
});

test("a built CLI that throws while loading: its own error, not CLI_NOT_BUILT", () => {
  const root = path.join(dir, "broken");
  mkdirSync(path.join(root, "lib", "cli"), { recursive: true });
  writeFileSync(path.join(root, "lib", "cli", "main.js"), 'throw new Error("boom inside the CLI");\n');
  const r = launch(root);
  expect(r.status).not.toBe(0);
  expect(r.stderr).toContain("boom inside the CLI");
  expect(r.stderr).not.toContain("CLI_NOT_BUILT");
});
