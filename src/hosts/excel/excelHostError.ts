/**
 * The one error type that leaves the Excel adapter: a stable HOST_EXCEL_* code, a Chinese message, the
 * operation and the original Office.js error as `cause`. Office.js error types never escape src/hosts.
 */
import { DubanError } from "../../core";

export class ExcelHostError extends DubanError {
  readonly host = "excel";
  constructor(readonly code: string, message: string, readonly operation: string, readonly cause?: unknown) {
    super(code, message);
  }
}

interface OfficeErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string };
}

const OPERATION_LABEL: Record<string, string> = {
  read: "读取工作簿",
  write: "写入工作簿",
  select: "定位单元格",
};

/** Maps an Office.js failure to an ExcelHostError; known Office codes get their own HOST code and advice. */
export function toExcelHostError(err: unknown, operation: "read" | "write" | "select"): ExcelHostError {
  if (err instanceof ExcelHostError) return err;
  const e = (err ?? {}) as OfficeErrorLike;
  const label = OPERATION_LABEL[operation];
  const where = e.debugInfo?.errorLocation ? `（${e.debugInfo.errorLocation}）` : "";
  switch (e.code) {
    case "RequestPayloadSizeLimitExceeded":
      return new ExcelHostError("HOST_EXCEL_PAYLOAD_TOO_LARGE", `${label}失败：单次请求超过 Excel 的 5 MB 上限${where}`, operation, err);
    case "ItemNotFound":
      return new ExcelHostError("HOST_EXCEL_NOT_FOUND", `${label}失败：找不到工作表或单元格${where}`, operation, err);
    case "InvalidArgument":
    case "InvalidOperation":
      return new ExcelHostError("HOST_EXCEL_INVALID", `${label}失败：Excel 拒绝了该操作${where}（${e.code}）`, operation, err);
    case "AccessDenied":
    case "InvalidOperationInCellEditMode":
      return new ExcelHostError("HOST_EXCEL_BUSY", `${label}失败：请先结束单元格编辑或取消工作表保护后重试（${e.code}）`, operation, err);
    default:
      return new ExcelHostError(
        operation === "read" ? "HOST_EXCEL_READ_FAILED" : operation === "write" ? "HOST_EXCEL_WRITE_FAILED" : "HOST_EXCEL_SELECT_FAILED",
        `${label}失败：${e.message ?? String(err)}${e.code ? `（${e.code}）` : ""}`,
        operation,
        err,
      );
  }
}

/** Thrown between requests when the user pressed 取消. */
export function cancelledError(operation: string): ExcelHostError {
  return new ExcelHostError("HOST_CANCELLED", "已取消（已写入的部分保留在工作簿中）", operation);
}
