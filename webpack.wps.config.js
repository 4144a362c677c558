/* Builds the WPS add-in (WPS 加载项) into dist/wps/addin/: index.html + main.js (entry page: ribbon
 * callbacks and the DUBAN.* custom functions), taskpane.html + taskpane.js (the same task pane as Excel's,
 * over the ET adapter), ribbon.xml, manifest.xml (<JsPlugin>), functions.json in the WPS format generated
 * from functions/definitions.ts, the icons and the pane's css. No office.js, nothing fetched at run time.
 * scripts/packWps.js then writes the online and offline deployment files next to it. No prompts: CI-safe.
 * DUBAN_WPS_OUT_DIR  output folder instead of dist/wps/addin/.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config loaded by webpack-cli */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** DUBAN_WPS_OUT_DIR: another output folder (the e2e test builds its own copy there when dist/ is stale). */
const OUT = process.env.DUBAN_WPS_OUT_DIR ? path.resolve(process.env.DUBAN_WPS_OUT_DIR) : path.resolve(__dirname, "dist/wps/addin");

/** Loads a TypeScript module in this node process (the definitions table and the core are plain TS). */
function requireTs(file) {
  const ts = require("typescript");
  if (!require.extensions[".ts"]) {
    require.extensions[".ts"] = (module, filename) => {
      const source = fs.readFileSync(filename, "utf8");
      const { outputText } = ts.transpileModule(source, {
        fileName: filename,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      });
      module._compile(outputText, filename);
    };
  }
  return require(file);
}

/** functions.json for WPS, emitted from the same table the registrations come from. */
class WpsFunctionsJsonPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WpsFunctionsJson", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "WpsFunctionsJson", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const { wpsFunctionsJson } = requireTs(path.resolve(__dirname, "wps/functions.ts"));
        const json = JSON.stringify(wpsFunctionsJson(), null, 2) + "\n";
        compilation.emitAsset("functions.json", new compiler.webpack.sources.RawSource(json));
      });
    });
  }
}

/**
 * The Excel pane page, rendered with no office.js (WPS has no Office.js and the pane does not need it):
 * the empty script tag is dropped, and the page's Content-Security-Policy also allows file: because the
 * offline add-in is loaded from disk, where 'self' may not match.
 */
class WpsPanePagePlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("WpsPanePage", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).beforeEmit.tap("WpsPanePage", (data) => {
        if (data.outputName !== "taskpane.html") return data;
        const html = data.html.replace(/\s*<!--[^>]*office\.js[^>]*-->/, "").replace(/\s*<script src=""><\/script>/, "");
        if (/office\.js|<script src="">/.test(html)) throw new Error("taskpane.html changed: cannot remove its office.js tag (HOST_WPS_BUILD_TEMPLATE)");
        data.html = html.replace(/'self'/g, "'self' file:");
        return data;
      });
    });
  }
}

/** The pane's xlsx helpers hold node-only paths; as in the Excel build, they resolve to a stand-in. */
function nodeOnlyPlugins() {
  const standIn = path.resolve(__dirname, "taskpane/nodeOnly.ts");
  return [
    new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
      resource.request = resource.request.replace(/^node:/, "");
    }),
    ...(fs.existsSync(standIn)
      ? [
          new webpack.NormalModuleReplacementPlugin(/^\.\/(streamWorkbook|zipArchive)$/, (resource) => {
            if (/[\\/]src[\\/]hosts[\\/]xlsx$/.test(resource.context)) resource.request = standIn;
          }),
        ]
      : []),
  ];
}

module.exports = (env, argv) => {
  const dev = argv.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      main: "./wps/main.ts",
      taskpane: "./wps/taskpane.ts",
    },
    output: { path: OUT, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"], fallback: { fs: false, zlib: false, stream: false, path: false } },
    performance: { hints: false },
    // WPS's embedded Chromium (CEF) differs by build; ES2017 output stays within older ones.
    target: ["web", "es2017"],
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: path.resolve(__dirname, "wps/tsconfig.json"), transpileOnly: true } },
        },
        {
          // The core is pure (no host API, no I/O, no clock): a bundle keeps only what it uses of the façade src/core/index.ts.
          test: /[\\/]src[\\/]core[\\/].*\.ts$/,
          sideEffects: false,
        },
        {
          // The Fluent UI web components, their focus polyfill and zod (the 设置 and argument checks) ship ES2018+ (?., ??,
          // object spread, #private): brought down to ES2017 like our own code.
          test: /\.[mc]?js$/,
          include: /node_modules[\\/](zod|@fluentui|@microsoft[\\/](fast-element|focusgroup-polyfill))[\\/]/,
          use: { loader: "ts-loader", options: { configFile: path.resolve(__dirname, "wps/tsconfig.json"), transpileOnly: true, compilerOptions: { allowJs: true, target: "es2017" } } },
        },
      ],
    },
    plugins: [
      ...nodeOnlyPlugins(),
      new WpsFunctionsJsonPlugin(),
      new WpsPanePagePlugin(),
      // Blocking, in the head: WPS calls the ribbon callbacks as soon as the entry page has loaded.
      new HtmlWebpackPlugin({ filename: "index.html", template: "./wps/index.html", chunks: ["main"], scriptLoading: "blocking", inject: "head" }),
      // The same page as Excel's; template parameters the page expects are given empty values.
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./taskpane/taskpane.html", chunks: ["taskpane"], templateParameters: { officeJs: "", cspScript: "" } }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "wps/ribbon.xml", to: "ribbon.xml" },
          { from: "wps/manifest.xml", to: "manifest.xml" },
          { from: "taskpane/assets", to: "images" },
          { from: "taskpane/help.html", to: "help.html" },
          { from: "taskpane/taskpane.css", to: "taskpane.css" },
        ],
      }),
    ],
  };
};

module.exports.requireTs = requireTs;
