/**
 * The .docx writer in the pane: the bulletin, the 督办单 and the 催办 list are drafted by the use cases
 * (src/app/documents.ts) and written by the same writer as `duban bulletin -o 通报.docx` and `duban
 * notices`. Loaded on demand (a chunk of its own), so the pane does not carry the docx library until
 * 通报 is used.
 */
export { writeDocx } from "../src/hosts/docx/writeDocx";
