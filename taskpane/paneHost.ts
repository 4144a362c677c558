/**
 * What the task pane needs from its host, and nothing else: a workbook port and a few UI services. The
 * Excel boot hands in the Office.js adapter, the WPS add-in its ET adapter, the e2e test an in-page
 * double; the pane never asks which one it got.
 */
import { WorkbookPort } from "../src/app/ports";
import { WorkbookData } from "../src/core";
import { WorkbookPatch } from "../src/core";

import type { RunOptions } from "../src/app/ports";
export type { RunOptions };

/** A WorkbookPort whose long calls can report progress and be cancelled (extra arguments are optional). */
interface PanePort extends WorkbookPort {
  read(options?: RunOptions): Promise<WorkbookData>;
  apply(patch: WorkbookPatch, options?: RunOptions): Promise<void>;
}

export interface HostUi {
  /** Activates the sheet and selects the cell (address null: only the sheet). */
  selectCell(sheet: string, address: string | null): Promise<void>;
  /** Offers a file to save. */
  download(fileName: string, bytes: Uint8Array, mimeType: string): Promise<void>;
  copyText(text: string): Promise<void>;
  /** Today's date as YYYY-MM-DD in the user's time zone (the core has no clock). */
  today(): string;
}

export interface PaneHost {
  port: PanePort;
  ui: HostUi;
}
