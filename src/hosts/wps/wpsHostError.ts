/**
 * What leaves the WPS adapter when ET fails: a DubanError with a stable HOST_WPS_* code (the catalogue words
 * it), the original ET exception as `cause`. ET exceptions never escape src/hosts.
 */
import { DubanError } from "../../core";
import type { HostOperation } from "../../core";


const FAILED_CODE = {
  connect: "HOST_WPS_NOT_FOUND",
  read: "HOST_WPS_READ_FAILED",
  write: "HOST_WPS_WRITE_FAILED",
  select: "HOST_WPS_SELECT_FAILED",
  taskpane: "HOST_WPS_TASKPANE_FAILED",
} as const;

/** Wraps whatever ET threw (COM-style errors carry only a message) into a DubanError. */
export function toWpsHostError(err: unknown, operation: HostOperation, where = ""): DubanError {
  if (err instanceof DubanError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  const cause = { cause: err };
  if (/protect|保护/i.test(detail)) return new DubanError("HOST_WPS_PROTECTED", { operation, where, detail }, cause);
  if (operation === "connect") return new DubanError("HOST_WPS_NOT_FOUND", { probe: detail }, cause);
  return new DubanError(FAILED_CODE[operation], { operation, where, detail }, cause);
}

export function noWorkbookError(): DubanError {
  return new DubanError("HOST_WPS_NO_WORKBOOK");
}

/** A sheet the patch or the selection names is not in the WPS workbook. */
export function sheetNotFound(sheet: string, operation: HostOperation): DubanError {
  return new DubanError("HOST_WPS_SHEET_NOT_FOUND", { sheet, operation });
}

/** Thrown between sheets when the user pressed 取消. */
export function cancelledError(operation: HostOperation): DubanError {
  return new DubanError("HOST_CANCELLED", { kept: operation === "write" ? "written" : "nothing" });
}
