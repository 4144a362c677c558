/// <reference types="office-js" />
/**
 * Boot of the task pane page, which is also the shared runtime of the custom functions and the ribbon
 * commands. It picks the host adapter once; everything after talks to a PaneHost only.
 */
import { createExcelPort } from "../src/hosts/excel";
import { browserUi } from "./browserUi";
import { PaneHost } from "./paneHost";
import { startPane, Pane } from "./app";
import { DubanError } from "../src/core";
import { byId, showFatal } from "./dom";

declare global {
  interface Window {
    /** A host double injected by the end-to-end test (or another host's boot) before this script runs. */
    __DUBAN_HOST__?: PaneHost;
  }
}

function excelHost(): PaneHost {
  const port = createExcelPort();
  return { port, ui: browserUi((sheet, address) => port.selectCell(sheet, address)) };
}

/** Ribbon buttons (ExecuteFunction) run in this same runtime: open the pane, then run the action. */
function associateCommands(pane: Pane): void {
  const command = (run: () => Promise<void>, tab: "validate" | "rollup") => async (event: Office.AddinCommands.Event) => {
    try {
      await Office.addin.showAsTaskpane();
    } catch {
      // Older hosts without SharedRuntime 1.1 APIs: the action still runs, its result shows when the pane opens.
    }
    pane.show(tab);
    await run();
    event.completed();
  };
  Office.actions.associate("dubanValidate", command(pane.validate, "validate"));
  Office.actions.associate("dubanRollup", command(pane.rollup, "rollup"));
}

Office.onReady((info) => {
  let host = window.__DUBAN_HOST__;
  if (!host && info.host === Office.HostType.Excel) host = excelHost();
  if (!host) {
    showFatal(new DubanError("TASKPANE_NO_HOST"));
    return;
  }
  const pane = startPane(host);
  if (info.host === Office.HostType.Excel) associateCommands(pane);
  const status = byId("status");
  status.className = "status";
  status.textContent = "就绪。";
  // Each tab has its own status line from here on.
  status.hidden = true;
});
