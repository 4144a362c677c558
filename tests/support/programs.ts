import { execFileSync } from "node:child_process";

/**
 * The path of an external program the test needs. Missing locally: null, and the caller skips with a
 * printed notice. Missing in CI (CI=true): an error, because CI must run these tests, not skip them.
 */
export function findProgram(name: string): string | null {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || null;
  } catch {
    if (process.env.CI) throw new Error(`CI 缺少程序 ${name}：.ci/run 应安装它 (missing program in CI: ${name})`);
    process.stderr.write(`notice: ${name} not found; skipping the tests that need it (跳过需要 ${name} 的测试)\n`);
    return null;
  }
}
