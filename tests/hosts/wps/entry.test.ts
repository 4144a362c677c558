/**
 * The WPS add-in's files and entry page: ribbon.xml (督办 tab, three buttons, callbacks that exist),
 * manifest.xml (<JsPlugin> with <Functions>, namespace DUBAN), and the ribbon callbacks against the fake.
 */
import * as fs from "fs";
import * as path from "path";
import { bootEntry, EntryScope, paneUrl } from "../../../wps/main";
import { createFakeEt } from "./fakeEt";
import { FUNCTION_DEFS } from "../../../functions/definitions";

const root = path.resolve(__dirname, "../../..");
const ribbon = fs.readFileSync(path.join(root, "wps/ribbon.xml"), "utf8");
const manifest = fs.readFileSync(path.join(root, "wps/manifest.xml"), "utf8");

function scopeWith(options = {}) {
  const fake = createFakeEt({ sheets: [{ name: "任务清单", rows: [["序号"]] }] }, options);
  const alerts: string[] = [];
  const scope: EntryScope = { location: { href: "http://intranet.example/duban/index.html" }, alert: (m: string) => void alerts.push(m) };
  fake.install(scope);
  return { fake, scope, alerts };
}

describe("ribbon.xml", () => {
  test("starts with <customUI (the publish page rejects an XML declaration) and loads OnAddinLoad", () => {
    expect(ribbon.startsWith("<customUI")).toBe(true);
    expect(ribbon).toMatch(/<customUI xmlns="http:\/\/schemas\.microsoft\.com\/office\/2006\/01\/customui" onLoad="OnAddinLoad">/);
  });
  test("a 督办 tab with 打开督办助手, 校验 and 汇总, every callback defined by the entry page", () => {
    expect(ribbon).toMatch(/<tab id="dubanTab" label="督办">/);
    const buttons = [...ribbon.matchAll(/<button id="(\w+)" label="([^"]+)"([^>]*)\/>/g)];
    expect(buttons.map((b) => [b[1], b[2]])).toEqual([["dubanOpen", "打开督办助手"], ["dubanValidate", "校验"], ["dubanRollup", "汇总"]]);
    const { scope } = scopeWith();
    bootEntry(scope);
    const callbacks = new Set([...ribbon.matchAll(/(?:onAction|getImage|getEnabled|getVisible|onLoad)="(\w+)"/g)].map((m) => m[1]));
    for (const name of callbacks) expect(typeof scope[name]).toBe("function");
  });
  test("is well-formed enough: every opened element is closed", () => {
    const opened = [...ribbon.matchAll(/<(\w+)(?:\s[^>]*)?>/g)].filter((m) => !m[0].endsWith("/>")).map((m) => m[1]);
    const closed = [...ribbon.matchAll(/<\/(\w+)>/g)].map((m) => m[1]);
    expect(closed.sort()).toEqual(opened.sort());
  });
});

describe("manifest.xml", () => {
  test("a <JsPlugin> with <Functions> pointing at functions.json under the DUBAN namespace", () => {
    expect(manifest).toMatch(/<JsPlugin>[\s\S]*<\/JsPlugin>/);
    expect(manifest).toMatch(/<ApiVersion>1\.0\.0<\/ApiVersion>/);
    expect(manifest).toMatch(/<Name>duban<\/Name>/);
    expect(manifest).toMatch(/<Functions>\s*<Uri>\/functions\.json<\/Uri>\s*<Namespace>DUBAN<\/Namespace>\s*<\/Functions>/);
    expect(manifest).not.toMatch(/OfficeApp/);
  });
});

describe("entry page", () => {
  test("boot registers the custom functions and the ribbon callbacks (both OnAddinLoad spellings)", () => {
    const { fake, scope } = scopeWith();
    expect(bootEntry(scope)).toBe(FUNCTION_DEFS.length);
    expect(fake.functions).toHaveLength(FUNCTION_DEFS.length);
    expect((scope.OnAddinLoad as (r: unknown) => boolean)({ Invalidate() {} })).toBe(true);
    expect(scope.OnAddInLoad).toBe(scope.OnAddinLoad);
  });

  test("打开督办助手 opens the pane; 校验 and 汇总 reload it with their action", () => {
    const { fake, scope, alerts } = scopeWith({ taskPaneMember: "CreateTaskpane" });
    bootEntry(scope);
    const onAction = scope.OnAction as (c: { Id: string }) => boolean;
    expect(onAction({ Id: "dubanOpen" })).toBe(true);
    onAction({ Id: "dubanValidate" });
    onAction({ Id: "dubanRollup" });
    expect(alerts).toEqual([]);
    expect(fake.panes).toHaveLength(1);
    const [open, validate, rollup] = fake.panes[0].navigations;
    expect(open).toBe("http://intranet.example/duban/taskpane.html");
    expect(new URL(validate).searchParams.get("action")).toBe("validate");
    expect(new URL(rollup).searchParams.get("action")).toBe("rollup");
    expect(fake.panes[0].Visible).toBe(true);
  });

  test("a failure is shown with its code, never thrown into WPS", () => {
    const { scope, alerts } = scopeWith({ onlyOnWps: ["AddCustomFunction"] });
    delete scope.wps;
    bootEntry(scope);
    (scope.OnAction as (c: { Id: string }) => boolean)({ Id: "dubanOpen" });
    expect(alerts).toHaveLength(0);
    const bare: EntryScope = { location: { href: "http://x/" }, alert: (m) => void alerts.push(m) };
    bootEntry(bare);
    (bare.OnAction as (c: { Id: string }) => boolean)({ Id: "dubanValidate" });
    expect(alerts[0]).toMatch(/HOST_WPS_NOT_FOUND/);
  });

  test("GetImage names icons that ship with the add-in", () => {
    const { scope } = scopeWith();
    bootEntry(scope);
    for (const id of ["dubanOpen", "dubanValidate", "dubanRollup"]) {
      const image = (scope.GetImage as (c: { Id: string }) => string)({ Id: id });
      expect(fs.existsSync(path.join(root, "taskpane/assets", image.replace(/^images\//, "")))).toBe(true);
    }
  });

  test("paneUrl is relative to the entry page and unique per action", () => {
    expect(paneUrl("file:///home/u/.local/share/Kingsoft/wps/jsaddons/duban_0.1.0/index.html", null, 1)).toBe("file:///home/u/.local/share/Kingsoft/wps/jsaddons/duban_0.1.0/taskpane.html");
    expect(paneUrl("http://h/d/index.html", "validate", 1)).not.toBe(paneUrl("http://h/d/index.html", "validate", 2));
  });
});
