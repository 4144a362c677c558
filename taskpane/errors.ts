/** Every failure the pane shows: a Chinese message and a stable code, whatever threw it. */
interface ShownError {
  code: string;
  message: string;
  /** Stack or host detail for 内部错误, for the user to copy to the developers. */
  detail?: string;
}

export class PaneError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export function describeError(err: unknown): ShownError {
  if (err && typeof err === "object" && typeof (err as { code?: unknown }).code === "string") {
    const e = err as { code: string; message?: string };
    // Office.js errors carry English codes like "ItemNotFound"; ours are UPPER_SNAKE with an area prefix.
    if (/^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(e.code)) return { code: e.code, message: e.message ?? "" };
  }
  const detail = err instanceof Error ? err.stack ?? err.message : String(err);
  return { code: "TASKPANE_INTERNAL", message: "内部错误，请将详细信息反馈给开发者", detail };
}
