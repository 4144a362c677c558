/**
 * 合并: the workbooks units returned, merged — every progress row kept, conflicts listed in 合并报告 — and
 * written into the target: the open workbook (the pane, which merges into itself) or a new file (`duban
 * merge -o`). The sources are read here, each by the function the surface hands in (a file, bytes).
 */
import { DubanError, MergeInput, mergeBooks, MergeSkipped, WorkbookData } from "../core";
import { RunOptions, WorkbookPort } from "./ports";

interface MergeSource {
  /** The name the report and the 来源 column show. */
  name: string;
  read: () => Promise<WorkbookData>;
}

interface MergeRequest {
  today: string;
  /** The target's own cells come first under this name (the pane's 当前工作簿); unset: the target is new. */
  targetName?: string;
  /** A source that cannot be read is listed as skipped with its code, the others merged; otherwise its error stops the merge. */
  skipUnreadable?: boolean;
  run?: RunOptions;
}

export async function mergeReturned(target: WorkbookPort, sources: MergeSource[], request: MergeRequest) {
  const inputs: MergeInput[] = [];
  const unread: MergeSkipped[] = [];
  if (request.targetName !== undefined) inputs.push({ name: request.targetName, data: await target.read(request.run) });
  for (const source of sources) {
    try {
      inputs.push({ name: source.name, data: await source.read() });
    } catch (err) {
      if (request.skipUnreadable && err instanceof DubanError) unread.push({ name: source.name, code: err.code, reason: err.message });
      else throw err;
    }
  }
  const order = [...(request.targetName !== undefined ? [request.targetName] : []), ...sources.map((s) => s.name)];
  const result = mergeBooks(inputs, request.today, unread, order);
  await target.apply(result.patch, request.run);
  return result;
}
