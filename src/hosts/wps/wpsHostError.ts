/**
 * The one error type that leaves the WPS adapter: a stable HOST_WPS_* code, a Chinese message (English
 * alongside), the operation and the original ET exception as `cause`. ET exceptions never escape src/hosts.
 */
import { DubanError } from "../../core";

export type WpsOperation = "connect" | "read" | "write" | "select" | "taskpane";

export class WpsHostError extends DubanError {
  readonly host = "wps";
  constructor(readonly code: string, message: string, readonly operation: WpsOperation, readonly cause?: unknown) {
    super(code, message);
  }
}

const OPERATION_LABEL: Record<WpsOperation, string> = {
  connect: "连接 WPS 表格",
  read: "读取工作簿",
  write: "写入工作簿",
  select: "定位单元格",
  taskpane: "打开任务窗格",
};

const FAILED_CODE: Record<WpsOperation, string> = {
  connect: "HOST_WPS_NOT_FOUND",
  read: "HOST_WPS_READ_FAILED",
  write: "HOST_WPS_WRITE_FAILED",
  select: "HOST_WPS_SELECT_FAILED",
  taskpane: "HOST_WPS_TASKPANE_FAILED",
};

/** Wraps whatever ET threw (COM-style errors carry only a message) into a WpsHostError. */
export function toWpsHostError(err: unknown, operation: WpsOperation, where?: string): WpsHostError {
  if (err instanceof WpsHostError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  const place = where ? `（${where}）` : "";
  if (/protect|保护/i.test(detail)) {
    return new WpsHostError("HOST_WPS_PROTECTED", `${OPERATION_LABEL[operation]}失败：工作表受保护，请先撤销保护${place}。The sheet is protected.`, operation, err);
  }
  return new WpsHostError(FAILED_CODE[operation], `${OPERATION_LABEL[operation]}失败${place}：${detail}`, operation, err);
}

export function noWorkbookError(): WpsHostError {
  return new WpsHostError("HOST_WPS_NO_WORKBOOK", "请先在 WPS 表格中打开要督办的工作簿。Open a workbook in WPS Spreadsheets first.", "connect");
}

export function notInWpsError(): WpsHostError {
  return new WpsHostError("HOST_WPS_NOT_FOUND", "未检测到 WPS 表格（window.Application / window.wps）。Not running inside WPS Spreadsheets.", "connect");
}

/** Thrown between sheets when the user pressed 取消. */
export function cancelledError(operation: WpsOperation): WpsHostError {
  return new WpsHostError("HOST_CANCELLED", "已取消（已写入的部分保留在工作簿中）。Cancelled.", operation);
}
