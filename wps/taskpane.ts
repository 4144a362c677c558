/**
 * Boot of the task pane page in WPS: the same pane as in Excel (taskpane/app.ts) over a WPS PaneHost.
 * The host is chosen once here, from what the page finds: a host injected by a test, else the ET
 * object model. A ribbon action arrives as ?action=validate|rollup and is run once the pane is up.
 */
import { z } from "zod/mini";
import { startPane, Pane } from "../taskpane/app";
import { browserUi } from "../taskpane/browserUi";
import { PaneHost } from "../taskpane/paneHost";
import { DubanError } from "../src/core";
import { byId, showFatal } from "../taskpane/dom";
import { createWpsPort, findEtRoots } from "../src/hosts/wps";

type HostFactory = (scope: Window) => PaneHost | null;

/** Tried in order; the first that recognises its environment wins. */
const HOSTS: HostFactory[] = [
  (scope) => (scope as unknown as { __DUBAN_HOST__?: PaneHost }).__DUBAN_HOST__ ?? null,
  (scope) => {
    const roots = findEtRoots(scope);
    if (!roots) return null;
    const port = createWpsPort(roots);
    return { port, ui: browserUi((sheet, address) => port.selectCell(sheet, address)) };
  },
];

function detectHost(scope: Window): PaneHost | null {
  for (const factory of HOSTS) {
    const host = factory(scope);
    if (host) return host;
  }
  return null;
}

/**
 * What the ribbon (wps/main.ts, paneUrl) asks of the pane, the one message between them: the page's query,
 * checked with zod. An action the pane does not know is ignored, never run.
 */
const PANE_REQUEST = z.object({ action: z.optional(z.enum(["validate", "rollup"])) });

function runRequested(pane: Pane, search: string): void {
  const request = PANE_REQUEST.safeParse({ action: new URLSearchParams(search).get("action") ?? undefined });
  const action = request.success ? request.data.action : undefined;
  if (action) {
    pane.show(action);
    void pane[action]();
  }
}

function boot(): void {
  const host = detectHost(window);
  if (!host) {
    showFatal(new DubanError("HOST_WPS_NOT_FOUND", { pane: true }));
    return;
  }
  const pane = startPane(host);
  const status = byId("status");
  status.className = "status";
  status.textContent = "就绪。";
  // Each tab has its own status line from here on.
  status.hidden = true;
  runRequested(pane, window.location.search);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
