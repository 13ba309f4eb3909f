// What the organization page keeps in this browser — the index, and the plans and access reviews made
// from it — belongs to the signed-in session: sign-out deletes all of it before the next user signs in.
import { clearOrgIndexes } from "./org-db";
import { clearPlanStores } from "./plan-db";
import { clearReviewStores } from "./review/review-db";
import { forgetReviewSession } from "./review-session";

export async function clearOrgData(): Promise<void> {
  forgetReviewSession();
  await Promise.all([clearOrgIndexes(), clearPlanStores(), clearReviewStores()]);
}
