/**
 * Understanding Chinese targets and progress (issue 3). The public surface is fixed here so the engine,
 * the CLI and the add-ins can call it; the implementations live in the modules of this folder.
 */
export * from "./types";
export { parseTargets } from "./parseTargets";
export { parseDeadline } from "./parseDeadline";
export { parseActuals } from "./parseActuals";
export { matchActuals } from "./matchActuals";
export { judgeTarget, expectedShare } from "./judgeTarget";
