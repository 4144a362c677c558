import { readFileSync } from "node:fs";
import path from "node:path";
import { RULES } from "../src/core/validate/ruleCatalog";
import { HELP } from "../src/cli/help";

const readme = readFileSync(path.join(__dirname, "..", "README.md"), "utf8");

describe("README", () => {
  it("lists every validation rule with its code and Chinese name", () => {
    for (const rule of Object.values(RULES)) expect(readme).toContain(`| \`${rule.code}\` | ${{ error: "错误", warning: "警告", info: "提示" }[rule.severity]} | ${rule.name} |`);
  });

  it("shows the two quick-start commands", () => {
    expect(readme).toContain("npm ci && npm run demo");
    expect(readme).toContain("npm test");
  });

  it("documents every command the CLI's help names", () => {
    for (const command of HELP.match(/^ {2}duban (\w+)/gm)!.map((l) => l.trim().split(" ")[1])) expect(readme).toContain(`duban ${command}`);
  });
});
