/**
 * The WPS ET WorkbookPort: what the task pane needs from WPS Spreadsheets. The ET object model is
 * synchronous; the port wraps it in Promises to fit the shared interface and yields between sheets.
 */
import { PortCapabilities, WindowPort } from "../../app/ports";
import { EtRoots } from "./etRoot";
import { readWorkbook, worksheetsOf } from "./readWorkbook";
import { applyPatch } from "./applyPatch";
import { sheetNotFound, toWpsHostError } from "./wpsHostError";
import { prop } from "./etRoot";


interface WpsPortOptions {
  /** How the port yields between sheets; a macrotask by default. */
  tick?: () => Promise<void>;
}

const WPS_CAPABILITIES: PortCapabilities = { charts: false, richTextRuns: true, conditionalFormats: true };

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createWpsPort(roots: EtRoots, options: WpsPortOptions = {}): WindowPort {
  const tick = options.tick ?? macrotask;
  return {
    capabilities: WPS_CAPABILITIES,
    async read(run = {}) {
      try {
        return await readWorkbook(roots, run, tick);
      } catch (err) {
        throw toWpsHostError(err, "read");
      }
    },
    async apply(patch, run = {}) {
      try {
        await applyPatch(roots, patch, run, tick);
      } catch (err) {
        throw toWpsHostError(err, "write");
      }
    },
    async selectCell(sheet, address) {
      try {
        const ws = worksheetsOf(roots).find((w) => prop<string>(w, "Name") === sheet);
        if (!ws) throw sheetNotFound(sheet, "select");
        ws.Activate();
        if (address) ws.Range(address).Select();
      } catch (err) {
        throw toWpsHostError(err, "select", address ? `${sheet}!${address}` : sheet);
      }
    },
  };
}
