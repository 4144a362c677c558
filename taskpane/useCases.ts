/** The use cases the pane runs on a click, gathered so that they load as one chunk (see app.ts). */
export { analyseBook } from "../src/app/analysis";
export { validate } from "../src/app/validate";
export { rollUp } from "../src/app/rollup";
export { saveSettings } from "../src/app/settings";
