/**
 * Stand-in, in the add-in bundle only, for the xlsx host's file-path modules (streaming reader, zip
 * pre-check), which need node's fs, zlib and Buffer. The pane reads bytes it already holds (returnedFiles.ts:
 * BytesZip and readPackage, which need no node API), so none of these is called; if one ever is, the user gets a coded message instead of a crash.
 * webpack.config.js swaps them in.
 */
import { DubanError } from "../src/core";

function nodeOnly(): never {
  throw new DubanError("TASKPANE_NODE_ONLY");
}

export const checkFileHead = async (): Promise<void> => nodeOnly();
export const streamWorkbookFile = async (): Promise<null> => nodeOnly();
export const verifyArchive = async (): Promise<void> => nodeOnly();
export const streamWorkbookWithStats = async (): Promise<never> => nodeOnly();
