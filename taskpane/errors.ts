import { DubanError } from "../src/core";

/** Every failure the pane shows: a Chinese message and a stable code, whatever threw it. */
interface ShownError {
  code: string;
  message: string;
  /** Stack or host detail for 内部错误, for the user to copy to the developers. */
  detail?: string;
}

/**
 * The pane knows its failures by class, not by the look of a message or of a `code` field: every foreseen
 * failure (the hosts', the core's, the pane's own TASKPANE_*) is a DubanError; anything else is a
 * programming error, shown as TASKPANE_INTERNAL with its stack for the developers.
 */
export function describeError(err: unknown): ShownError {
  if (err instanceof DubanError) return { code: err.code, message: err.message };
  const internal = new DubanError("TASKPANE_INTERNAL");
  const detail = err instanceof Error ? err.stack ?? err.message : String(err);
  return { code: internal.code, message: internal.message, detail };
}
