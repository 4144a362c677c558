/**
 * Finding the ET object model and smoothing over the differences between WPS builds: the root is
 * `window.Application` and/or `window.wps`, some members live on only one of them, some properties are
 * zero-argument methods on some builds, and the task-pane factory is `CreateTaskPane` or `CreateTaskpane`.
 */
import { EtApplication, EtPluginStorage, EtTaskPane, EtWorkbook } from "./etTypes";
import { DubanError } from "../../core";
import { noWorkbookError } from "./wpsHostError";

/** The roots in lookup order; both names usually point at the same object. */
export interface EtRoots {
  app: EtApplication;
  all: object[];
}

/**
 * Whether `obj` offers `name`. Host objects bridged from native code do not always answer `in`, so a
 * member that `in` misses is also read once; a strict host (or the test fake) that throws means "no".
 */
export function hasMember(obj: unknown, name: string): boolean {
  if (obj === null || obj === undefined || (typeof obj !== "object" && typeof obj !== "function")) return false;
  try {
    if (name in (obj as object)) return true;
  } catch {
    // fall through to reading it
  }
  try {
    return (obj as Record<string, unknown>)[name] !== undefined;
  } catch {
    return false;
  }
}

/**
 * Reads a member that is a property on most builds and a zero-argument method on others. A function
 * that already carries `shape` (say a callable collection with `Count`) is the value itself.
 */
export function prop<T>(obj: unknown, name: string, shape?: string): T {
  const value = (obj as Record<string, unknown>)[name];
  if (typeof value !== "function") return value as T;
  if (shape && hasMember(value, shape)) return value as T;
  return (value as () => T).call(obj);
}

/** The ET roots of a window, or null outside WPS Spreadsheets. */
export function findEtRoots(scope: object): EtRoots | null {
  const all = ["Application", "wps"]
    .map((name) => (hasMember(scope, name) ? (scope as Record<string, unknown>)[name] : undefined))
    .filter((root, i, list): root is object => (typeof root === "object" || typeof root === "function") && root !== null && list.indexOf(root) === i);
  const app = all.find((root) => hasMember(root, "ActiveWorkbook"));
  return app ? { app: app as EtApplication, all } : null;
}

/** The first root that has `name` (a member some builds expose only on `wps`). */
function rootMember<T>(roots: EtRoots, name: string): T | undefined {
  const root = roots.all.find((r) => hasMember(r, name));
  return root ? ((root as Record<string, unknown>)[name] as T) : undefined;
}

export function activeWorkbook(roots: EtRoots): EtWorkbook {
  const wb = prop<EtWorkbook | null>(roots.app, "ActiveWorkbook", "Worksheets");
  if (!wb) throw noWorkbookError();
  return wb;
}

const PANE_KEY = "duban_taskpane_id";

type CreatePane = (url: string, title?: string) => EtTaskPane;
type GetPane = (id: number) => EtTaskPane | null;

/**
 * Shows the duban task pane, creating it once per WPS session (its ID kept in PluginStorage, which the
 * add-in's pages share); `url` replaces the page when the pane already exists (a ribbon action in the hash).
 */
export function showTaskPane(roots: EtRoots, url: string, title: string): EtTaskPane {
  const storage = rootMember<EtPluginStorage>(roots, "PluginStorage");
  const owner = roots.all.find((r) => hasMember(r, "CreateTaskPane") || hasMember(r, "CreateTaskpane"));
  if (!owner) throw new DubanError("HOST_WPS_NO_TASKPANE");
  const create = (hasMember(owner, "CreateTaskPane") ? (owner as Record<string, CreatePane>).CreateTaskPane : (owner as Record<string, CreatePane>).CreateTaskpane).bind(owner);
  const getOwner = roots.all.find((r) => hasMember(r, "GetTaskPane") || hasMember(r, "GetTaskpane"));
  const get = getOwner ? ((getOwner as Record<string, GetPane>).GetTaskPane ?? (getOwner as Record<string, GetPane>).GetTaskpane).bind(getOwner) : null;
  const saved = storage ? storage.getItem(PANE_KEY) : null;
  let pane: EtTaskPane | null = null;
  if (saved && get) {
    try {
      pane = get(Number(saved));
    } catch {
      // The pane was closed for good (deleted); a new one is made below.
      pane = null;
    }
  }
  if (pane) {
    pane.Navigate(url);
  } else {
    pane = create(url, title);
    storage?.setItem(PANE_KEY, String(pane.ID));
  }
  pane.Visible = true;
  return pane;
}
