/**
 * The WPS entry page's script (index.html): WPS loads it when the add-in starts, then calls the ribbon
 * callbacks named in ribbon.xml as globals. It registers the DUBAN.* functions and opens the task pane;
 * 校验 and 汇总 open the pane with the action in its query string, and the pane runs it.
 */
import { DubanError } from "../src/core";
import { findEtRoots, showTaskPane, toWpsHostError } from "../src/hosts/wps";
import { registerWpsFunctions } from "./functions";

const PANE_TITLE = "督办助手";

interface RibbonControl {
  Id?: string;
  id?: string;
}

const ACTIONS: Record<string, string | null> = {
  dubanOpen: null,
  dubanValidate: "validate",
  dubanRollup: "rollup",
};

const IMAGES: Record<string, string> = {
  dubanOpen: "images/icon-32.png",
  dubanValidate: "images/validate-32.png",
  dubanRollup: "images/rollup-32.png",
};

/** A fresh URL each time, so an open pane reloads and runs the action even if it ran the same one before. */
export function paneUrl(base: string, action: string | null, now: number): string {
  const url = new URL("taskpane.html", base);
  if (action) {
    url.searchParams.set("action", action);
    url.searchParams.set("t", String(now));
  }
  return url.href;
}

/** What the entry page needs from its window; a plain object in tests. */
export interface EntryScope {
  location: { href: string };
  alert(message: string): void;
  [key: string]: unknown;
}

function report(scope: EntryScope, err: unknown): void {
  const e = toWpsHostError(err, "taskpane");
  scope.alert(`${e.message}（${e.code}）`);
}

/** OnAction: every duban button opens (or reloads) the task pane, 校验 and 汇总 with their action. */
function onAction(scope: EntryScope, control: RibbonControl, now: number = Date.now()): boolean {
  const id = control.Id ?? control.id ?? "";
  if (!(id in ACTIONS)) return true;
  try {
    const roots = findEtRoots(scope);
    if (!roots) throw new DubanError("HOST_WPS_NOT_FOUND", { probe: "" });
    showTaskPane(roots, paneUrl(scope.location.href, ACTIONS[id], now), PANE_TITLE);
  } catch (err) {
    report(scope, err);
  }
  return true;
}

/** The ribbon's callbacks are looked up by name on the page's window. Kept synchronous: some builds break on async ones. */
function installRibbonCallbacks(scope: EntryScope): void {
  const onLoad = (ribbonUI: unknown) => {
    scope.dubanRibbonUI = ribbonUI;
    return true;
  };
  scope.OnAddinLoad = onLoad;
  // Both spellings are seen in the field.
  scope.OnAddInLoad = onLoad;
  scope.OnAction = (control: RibbonControl) => onAction(scope, control);
  scope.GetImage = (control: RibbonControl) => IMAGES[control.Id ?? control.id ?? ""] ?? "images/icon-32.png";
  scope.OnGetEnabled = () => true;
  scope.OnGetVisible = () => true;
}

/** Callbacks first, so the ribbon works even where custom functions are missing (before 12.1.0.20540). */
export function bootEntry(scope: EntryScope): number {
  installRibbonCallbacks(scope);
  const roots = findEtRoots(scope);
  return roots ? registerWpsFunctions(roots) : 0;
}

if (typeof window !== "undefined") bootEntry(window as unknown as EntryScope);
