// Wire shapes of Access Control jobs (bulk member changes) and shares (anonymous read keys), beside
// wire.ts's; the operation catalogue names them.
import { z } from "zod";
import { ErrorDetail } from "./wire";

export const JobAction = z.object({ email: z.string(), roleIds: z.array(z.string()) });
export const JobActions = z.object({
  assignRoles: z.array(JobAction).optional(),
  unassignRoles: z.array(JobAction).optional(),
  removeMembers: z.array(z.object({ email: z.string() })).optional(),
});
export type JobActions = z.infer<typeof JobActions>;
export const CreateJobRequest = z.object({ actions: JobActions });
export type CreateJobRequest = z.infer<typeof CreateJobRequest>;
export const JobStatus = z.enum(["Active", "Completed", "PartialCompleted", "Failed"]);
/** Flat (not wrapped); `error` only with `Prefer: return=representation`. */
export const Job = z.object({ id: z.string(), itwinId: z.string(), status: JobStatus, error: z.array(ErrorDetail).optional() });
export type Job = z.infer<typeof Job>;
export const JobActionsResponse = z.object({ actions: JobActions });

export const Share = z.object({
  iTwinId: z.string(),
  id: z.string(),
  shareContract: z.string(),
  expiration: z.string(),
  shareKey: z.string(),
});
export type Share = z.infer<typeof Share>;
export const CreateShareRequest = z.object({ shareContract: z.string().optional(), expiration: z.string().nullish() });
export type CreateShareRequest = z.infer<typeof CreateShareRequest>;
export const ShareResponse = z.object({ share: Share });
export const SharesResponse = z.object({ shares: z.array(Share) });
