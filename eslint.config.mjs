// Lint for the add-in code (task pane, custom functions, Excel adapter and their tests): typescript-eslint's
// recommended rules plus eslint-plugin-office-addins, which catches Office.js batching mistakes
// (a sync inside a loop, reading a property that was not loaded, an empty load).
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

/** The plugin's recommended config is a list of flat configs; only its own Office.js rules are taken. */
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((c) => Object.entries(c.rules ?? {})).filter(([name]) => name.startsWith("office-addins/")),
);

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["taskpane/**/*.ts", "functions/**/*.ts", "src/hosts/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      "no-console": "error",
    },
  },
  {
    // Outside the core, code reaches it only through its façade src/core/index.ts (docs/architecture.md).
    files: ["src/**/*.ts", "functions/**/*.ts", "taskpane/**/*.ts", "wps/**/*.ts"],
    ignores: ["src/core/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/core/*", "!**/core/base"], message: "Import the core through its façade (src/core, or src/core/base for a file reader), not its modules." }] }],
    },
  },
  {
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["functions/functions.ts"],
    // Excel hands range and date arguments over untyped; the metadata generator maps `any` to "any".
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The benches and the CLI's entry are plain Node scripts (CommonJS), run as they are without compiling.
    files: ["bench/**/*.js", "bin/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["webpack.config.js", "webpack.cli.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
