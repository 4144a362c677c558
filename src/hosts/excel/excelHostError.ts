/**
 * What leaves the Excel adapter when Office.js fails: a DubanError with a stable HOST_EXCEL_* code (the
 * catalogue words it), the original Office.js error as `cause`. Office.js error types never escape src/hosts.
 */
import { DubanError } from "../../core";

interface OfficeErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string };
}

/** Maps an Office.js failure to a DubanError; known Office codes get their own HOST code and advice. */
export function toExcelHostError(err: unknown, operation: "read" | "write" | "select"): DubanError {
  if (err instanceof DubanError) return err;
  const e = (err ?? {}) as OfficeErrorLike;
  const failure = { operation, where: e.debugInfo?.errorLocation ?? "", detail: e.message ?? String(err), officeCode: e.code ?? "" };
  const cause = { cause: err };
  switch (e.code) {
    case "RequestPayloadSizeLimitExceeded":
      return new DubanError("HOST_EXCEL_PAYLOAD_TOO_LARGE", failure, cause);
    case "ItemNotFound":
      return new DubanError("HOST_EXCEL_NOT_FOUND", failure, cause);
    case "InvalidArgument":
    case "InvalidOperation":
      return new DubanError("HOST_EXCEL_INVALID", failure, cause);
    case "AccessDenied":
    case "InvalidOperationInCellEditMode":
      return new DubanError("HOST_EXCEL_BUSY", failure, cause);
    default:
      return new DubanError(operation === "read" ? "HOST_EXCEL_READ_FAILED" : operation === "write" ? "HOST_EXCEL_WRITE_FAILED" : "HOST_EXCEL_SELECT_FAILED", failure, cause);
  }
}

/** Thrown between requests when the user pressed 取消. */
export function cancelledError(operation: "read" | "write"): DubanError {
  return new DubanError("HOST_CANCELLED", { kept: operation === "write" ? "written" : "nothing" });
}
