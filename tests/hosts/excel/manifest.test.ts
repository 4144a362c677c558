/**
 * The XML manifest, checked offline (`npm run validate` needs Microsoft's online service): the shared
 * runtime, the 督办 tab and its three buttons, the DUBAN namespace, zh-CN texts, the least permission,
 * and the build-time rewrite of the host URL.
 */
import * as fs from "fs";
import * as path from "path";

const manifest = fs.readFileSync(path.resolve(__dirname, "../../../manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require("../../../webpack.config.js");

test("shared runtime: SharedRuntime 1.1 required, one long-lived runtime first inside the Workbook host", () => {
  expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
  expect(manifest).toMatch(/<Host xsi:type="Workbook">\s*(<!--[^>]*-->\s*)?<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
  expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
  // A shared runtime has one task pane: no TaskpaneId.
  expect(manifest).not.toMatch(/<TaskpaneId>/);
});

test("custom functions under the DUBAN namespace, metadata and script from the add-in's own server", () => {
  expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="DUBAN"\/>/);
  expect(manifest).toMatch(/<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json"\/>/);
  expect(manifest).toMatch(/<bt:Url id="Functions.Script.Url" DefaultValue="https:\/\/localhost:3000\/functions.js"\/>/);
});

test("ribbon tab 督办 with 校验 / 汇总 / 打开督办助手, zh-CN beside en-US", () => {
  expect(manifest).toMatch(/<DefaultLocale>en-US<\/DefaultLocale>/);
  for (const zh of ["督办", "校验", "汇总", "打开督办助手", "督办助手"]) expect(manifest).toContain(`<bt:Override Locale="zh-CN" Value="${zh}"/>`);
  expect(manifest).toMatch(/<FunctionName>dubanValidate<\/FunctionName>/);
  expect(manifest).toMatch(/<FunctionName>dubanRollup<\/FunctionName>/);
  expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  // Every resid used is defined, and resids stay within Office's 32-character limit.
  const used = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
  const defined = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  for (const id of used) {
    expect(defined.has(id)).toBe(true);
    expect(id.length).toBeLessThanOrEqual(32);
  }
});

test("the least permission that works: the open document only", () => {
  expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
});

test("every icon the manifest names exists", () => {
  for (const m of manifest.matchAll(/https:\/\/localhost:3000\/assets\/([a-z0-9-]+\.png)/g)) {
    expect(fs.existsSync(path.resolve(__dirname, "../../../taskpane/assets", m[1]))).toBe(true);
  }
});

test("the build rewrites every URL and the AppDomain to DUBAN_ADDIN_URL", () => {
  const out: string = rewriteManifest(manifest, "https://duban.example.gov.cn/addin/");
  expect(out).not.toContain("localhost");
  expect(out).toContain('DefaultValue="https://duban.example.gov.cn/addin/taskpane.html"');
  expect(out).toContain("<AppDomain>https://duban.example.gov.cn</AppDomain>");
});
