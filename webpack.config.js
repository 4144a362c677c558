/* Builds the Excel add-in into dist/: taskpane.html (task pane + shared runtime), functions.js,
 * functions.json (from the JSDoc of functions/functions.ts), manifest.xml with the host URL of this
 * deployment, the icons and a local copy of office.js.
 *
 * DUBAN_ADDIN_URL   where dist/ will be served (default https://localhost:3000/); every URL in the
 *                   manifest is rewritten to it, so an office can host the add-in on its intranet.
 * DUBAN_OFFICE_JS   "local" (default): serve office.js from dist/office-js/, so the add-in loads nothing
 *                   from outside its own server; "cdn": reference Microsoft's CDN instead (what
 *                   AppSource requires).
 * DUBAN_OUT_DIR     output folder instead of dist/ (the e2e test builds its own copy there).
 */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function addinUrl() {
  const raw = process.env.DUBAN_ADDIN_URL || DEV_URL;
  const url = raw.endsWith("/") ? raw : raw + "/";
  if (!/^https:\/\/[^/]+\//.test(url)) {
    throw new Error(`DUBAN_ADDIN_URL 必须是 https 地址 (must be an https URL): ${raw} (TASKPANE_BAD_ADDIN_URL)`);
  }
  return url;
}

/** Office reads the manifest's URLs literally, so the dev prefix is replaced everywhere, AppDomain included. */
function rewriteManifest(content, url) {
  const origin = url.replace(/\/$/, "").replace(/^(https:\/\/[^/]+).*$/, "$1");
  return content
    .toString()
    .replace(/https:\/\/localhost:3000\//g, url)
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`);
}

async function httpsOptions() {
  // Loaded lazily: only dev-server needs certificates, and the build must run offline without prompts.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const url = addinUrl();
  const officeJs = (process.env.DUBAN_OFFICE_JS || "local") === "cdn" ? OFFICE_JS_CDN : "office-js/office.js";
  const serving = process.argv.some((a) => a === "serve");

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./taskpane/taskpane.ts",
      // One page hosts both (the shared runtime): functions.js holds only what taskpane.js does not (the
      // judge and the parsers are in both), and runs on taskpane.js's webpack runtime.
      functions: { import: "./functions/functions.ts", dependOn: "taskpane" },
    },
    output: {
      path: process.env.DUBAN_OUT_DIR ? path.resolve(process.env.DUBAN_OUT_DIR) : path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // dist/wps/ is the WPS build's (webpack.wps.config.js): cleaning must not delete the other build's output.
      clean: process.env.DUBAN_OUT_DIR ? true : { keep: /^wps[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".js"],
      // The xlsx reader module also holds the node-only paths (files by path, the zip pre-check with zlib);
      // the pane uses only its exceljs-to-cells conversion, so those builtins resolve to nothing here.
      fallback: { fs: false, zlib: false, stream: false, path: false },
    },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", // Types are checked by `npm run typecheck`; the bundle must not wait on (or break for) them.
          options: { configFile: "tsconfig.addin.json", transpileOnly: true } },
        },
        {
          // The core is pure (no host API, no I/O, no clock): a bundle keeps only what it uses of the façade src/core/index.ts.
          test: /[\\/]src[\\/]core[\\/].*\.ts$/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      // The xlsx host's file-path modules use fs, zlib and Buffer at load time; the pane never reads by path.
      new webpack.NormalModuleReplacementPlugin(/^\.\/(streamWorkbook|zipArchive)$/, (resource) => {
        if (/[\\/]src[\\/]hosts[\\/]xlsx$/.test(resource.context)) resource.request = path.resolve(__dirname, "taskpane/nodeOnly.ts");
      }),
      new CustomFunctionsMetadataPlugin({ input: "./functions/functions.ts", output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        // The shared runtime: the task pane page also hosts the custom functions.
        chunks: ["taskpane", "functions"],
        // The CDN build must let office.js load its host scripts from Microsoft; the local build allows only itself.
        templateParameters: { officeJs, cspScript: officeJs === OFFICE_JS_CDN ? " https://appsforoffice.microsoft.com" : "" },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "taskpane/assets", to: "assets" },
          { from: "taskpane/help.html", to: "help.html" },
          { from: "taskpane/taskpane.css", to: "taskpane.css" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content, url) },
          ...(officeJs === OFFICE_JS_CDN
            ? []
            : [
                {
                  from: "node_modules/@microsoft/office-js/dist",
                  to: "office-js",
                  globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts"] },
                  // Microsoft ships office.js minified already; re-minifying it took most of the build's time.
                  info: { minimized: true },
                },
              ]),
        ],
      }),
    ],
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};

module.exports.rewriteManifest = rewriteManifest;
