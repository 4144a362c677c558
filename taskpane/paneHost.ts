/**
 * What the task pane needs from its host, and nothing else: a workbook port and a few UI services. The
 * Excel boot hands in the Office.js adapter, the WPS add-in its ET adapter, the e2e test an in-page
 * double; the pane never asks which one it got.
 */
import { WindowPort, WorkbookPort } from "../src/app/ports";

import type { RunOptions } from "../src/app/ports";
export type { RunOptions };

export interface HostUi {
  /** Activates the sheet and selects the cell (address null: only the sheet): the window port's own. */
  selectCell: WindowPort["selectCell"];
  /** Offers a file to save. */
  download(fileName: string, bytes: Uint8Array, mimeType: string): Promise<void>;
  copyText(text: string): Promise<void>;
  /** Today's date as YYYY-MM-DD in the user's time zone (the core has no clock). */
  today(): string;
}

export interface PaneHost {
  /** Its long calls report progress and can be cancelled (RunOptions, declared with the port type). */
  port: WorkbookPort;
  ui: HostUi;
}
