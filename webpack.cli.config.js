/* Bundles the compiled CLI (lib/cli/main.js, from `tsc -p tsconfig.build.json`) into one file, lib/cli.bundle.js,
 * which bin/duban.js runs when it is newer than lib/cli/main.js (else lib/ as compiled). One file instead of ~130
 * modules read, resolved and wrapped one by one, and zod's ES build, so only the parts the 设置 checks use are in it
 * (its CommonJS build loads every locale): `duban validate --json` on 1,000 rows took ~25% less CPU time.
 * The command modules stay lazy (webpack runs a module when it is first required); exceljs, docx and jszip are
 * loaded from node_modules as before, when a command needs them.
 */
const path = require("path");

module.exports = {
  mode: "production",
  target: "node18",
  entry: path.resolve(__dirname, "lib", "cli", "main.js"),
  output: { path: path.resolve(__dirname, "lib"), filename: "cli.bundle.js", library: { type: "commonjs2" }, clean: false },
  // zod's ES modules ("import"), not its CommonJS build: tree-shaken to what the schemas use.
  resolve: { conditionNames: ["import", "module", "node", "default"] },
  externals: { exceljs: "commonjs exceljs", docx: "commonjs docx", jszip: "commonjs jszip" },
  // __dirname stays Node's own (lib/), not a mock.
  node: { __dirname: false, __filename: false },
  // Readable stack traces, and a minifier pass would cost the build more than it saves a run.
  optimization: { minimize: false },
  performance: { hints: false },
  devtool: false,
};
