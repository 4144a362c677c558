/** The one judge of targets and progress (issue 12): see judgeTask.ts. */
export { judgeTask, worstJudgement, SOURCE_LABELS } from "./judgeTask";
export type { JudgeTaskInput, ProgressInput, TaskJudgement, Verdict, VerdictSource } from "./judgeTask";
export { wholeTaskDone, STILL_UNDER_WAY } from "./wholeTaskDone";
