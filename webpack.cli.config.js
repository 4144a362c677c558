/* Bundles the compiled CLI (lib/cli/main.js, from `tsc -p tsconfig.build.json`) into one file, lib/cli.bundle.js,
 * which bin/duban.js runs when it is newer than lib/cli/main.js (else lib/ as compiled). One file instead of ~130
 * modules read, resolved and wrapped one by one, and zod's ES build, so only the parts the 设置 checks use are in it
 * (its CommonJS build loads every locale): `duban validate --json` on 1,000 rows took ~25% less CPU time.
 * The command modules stay lazy (webpack runs a module when it is first required); exceljs, docx and jszip are
 * loaded from node_modules as before, when a command needs them.
 */
const path = require("path");
const acorn = require("acorn");
const { sources, Compilation } = require("webpack");

/**
 * The bundle written in ASCII: every other character (the Chinese of messages, labels and comments) as a \uXXXX
 * escape, which means the same character in a string, a template, a regular expression or an identifier. Read
 * as ASCII the source is a one-byte string: decoded and compiled faster on every start-up (~10–15 ms) than the
 * two-byte string ~37,000 Chinese characters made of it. Two places where an escape would not mean the same
 * are refused at build time: a character after a backslash (`\中` would become `\\u4e2d`) and a tagged
 * template (its raw text would change).
 */
class AsciiOnly {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AsciiOnly", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "AsciiOnly", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, (assets) => {
        for (const name of Object.keys(assets).filter((n) => n.endsWith(".js"))) {
          const text = assets[name].source().toString();
          const escaped = text.replace(/[^\x00-\x7f]/g, (c, at) => {
            let slashes = 0;
            while (text.charCodeAt(at - 1 - slashes) === 92) slashes++;
            if (slashes % 2) throw new Error(`${name}: a non-ASCII character after a backslash at ${at}`);
            return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
          });
          const tagged = [];
          (function walk(node) {
            if (!node || typeof node.type !== "string") return;
            if (node.type === "TaggedTemplateExpression" && /[^\x00-\x7f]/.test(text.slice(node.quasi.start, node.quasi.end))) tagged.push(node.start);
            for (const value of Object.values(node)) {
              if (Array.isArray(value)) value.forEach(walk);
              else if (value && typeof value === "object") walk(value);
            }
          })(acorn.parse(text, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true }));
          if (tagged.length) throw new Error(`${name}: a tagged template with non-ASCII text at ${tagged.join(", ")}`);
          compilation.updateAsset(name, new sources.RawSource(escaped));
        }
      });
    });
  }
}

module.exports = {
  mode: "production",
  target: "node18",
  entry: path.resolve(__dirname, "lib", "cli", "main.js"),
  // compareBeforeEmit off: bin/duban.js runs the bundle only when it is newer than lib/cli/main.js, and tsc has just
  // rewritten that; an unchanged bundle left with its old date would be passed over (and no code cache made).
  output: { path: path.resolve(__dirname, "lib"), filename: "cli.bundle.js", library: { type: "commonjs2" }, clean: false, compareBeforeEmit: false },
  // zod's ES modules ("import"), not its CommonJS build: tree-shaken to what the schemas use.
  resolve: { conditionNames: ["import", "module", "node", "default"] },
  externals: { exceljs: "commonjs exceljs", docx: "commonjs docx", jszip: "commonjs jszip" },
  // __dirname stays Node's own (lib/), not a mock.
  node: { __dirname: false, __filename: false },
  // Readable stack traces, and a minifier pass would cost the build more than it saves a run.
  optimization: { minimize: false },
  performance: { hints: false },
  devtool: false,
  plugins: [new AsciiOnly()],
};
