// Access Control v2 jobs: bulk role changes and removals by e-mail on one iTwin, run in the background.
// Bentley publishes no permission for them; a job asks what the same change asks one member at a time.
import { CreateJobRequest, Job, JobActionsResponse } from "../wire-access";
import { defineOperations } from "./define";
import { Permission } from "./permissions";
import { resources } from "./resources";

const ac = "accesscontrol" as const;
const jobs = "/accesscontrol/itwins/{iTwinId}/jobs" as const;

export const jobOperations = defineOperations({
  /** assignRoles/unassignRoles need administration_invite_member, removeMembers administration_remove_member. */
  createJob: {
    method: "POST",
    path: jobs,
    api: ac,
    request: CreateJobRequest,
    response: Job,
    authorization: "route",
    permissions: [Permission.inviteMember, Permission.removeMember],
    // Members change only once the job has run: the console refetches them when it sees it finished.
    resources: [resources.jobs],
  },
  /** `Prefer: return=representation` adds the failed actions' details. */
  getJob: {
    method: "GET",
    path: `${jobs}/{jobId}`,
    api: ac,
    response: Job,
    authorization: "member",
    resources: [resources.jobs],
  },
  getJobActions: {
    method: "GET",
    path: `${jobs}/{jobId}/actions`,
    api: ac,
    response: JobActionsResponse,
    unwrap: "actions",
    authorization: "member",
    resources: [resources.jobs],
  },
});
