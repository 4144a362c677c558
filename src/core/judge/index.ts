/** The one judge of targets and progress (issue 12): see judgeTask.ts. */
export { judgeTask, SOURCE_LABELS } from "./judgeTask";
export type { TaskJudgement, Verdict, VerdictSource } from "./judgeTask";
export { wholeTaskDone } from "./wholeTaskDone";
