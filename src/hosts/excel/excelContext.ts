/// <reference types="office-js" />
/**
 * What the adapter needs from Office.js, injectable so tests can hand in office-addin-mock objects and
 * an own requirement-set answer instead of the real `Excel.run` and `Office.context.requirements`.
 */
type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Whether the running Excel supports an API set ("ExcelApi", "1.18"). */
type SupportsApi = (set: string, version: string) => boolean;

export interface ExcelEnvironment {
  run: ExcelRun;
  supports: SupportsApi;
}

/** The real Excel, resolved lazily so importing the adapter never touches the globals. */
export function officeEnvironment(): ExcelEnvironment {
  return {
    run: (batch) => Excel.run(batch),
    supports: (set, version) => {
      try {
        return Office.context.requirements.isSetSupported(set, version);
      } catch {
        return false;
      }
    },
  };
}

/** The port's options of one long call (declared with the port type). */
export type { RunOptions } from "../../app/ports";
