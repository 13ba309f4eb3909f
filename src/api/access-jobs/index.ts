// Bulk member changes as Access Control jobs: the one way the console sends them.
export {
  actionKey,
  describeAction,
  MAX_ACTIONS_PER_GROUP,
  sameEmail,
  splitIntoJobs,
  type AccessAction,
  type AccessActionType,
} from "./actions";
export { planAccessJob, resumeAccessJob, runAccessJob, type AccessJobOptions, type AccessJobPace, type AccessJobProgress } from "./run";
export {
  activeJobId,
  isFinished,
  outcomeOf,
  type AccessActionOutcome,
  type AccessActionResult,
  type AccessJobBatch,
  type AccessJobOutcome,
  type AccessJobState,
  type AccessJobStatus,
} from "./state";
