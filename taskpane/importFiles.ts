/**
 * 导入 in a chunk of its own: the readers of pasted notices, lists and tables are most of the core's code by
 * size and are needed only when text is pasted into the 导入 tab, not to show the pane.
 */
import * as importer from "../src/core";

export { renderImportPreview } from "./views/importView";

export const importText = (text: string) => importer.importText(text);

