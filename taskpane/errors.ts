import { DubanError, isIssueCode } from "../src/core";

/** Every failure the pane shows: a Chinese message and a stable code, whatever threw it. */
interface ShownError {
  code: string;
  message: string;
  /** Stack or host detail for 内部错误, for the user to copy to the developers. */
  detail?: string;
}

/** A failure of the pane's own (TASKPANE_* in the catalogue): a DubanError like every other. */
export class PaneError extends DubanError {}

export function describeError(err: unknown): ShownError {
  if (err instanceof DubanError) return { code: err.code, message: err.message };
  if (err && typeof err === "object" && typeof (err as { code?: unknown }).code === "string") {
    const e = err as { code: string; message?: string };
    // Office.js errors carry codes of their own ("ItemNotFound"); ours are the catalogue's (src/core/issues).
    if (isIssueCode(e.code)) return { code: e.code, message: e.message ?? "" };
  }
  const detail = err instanceof Error ? err.stack ?? err.message : String(err);
  return { code: "TASKPANE_INTERNAL", message: "内部错误，请将详细信息反馈给开发者", detail };
}
