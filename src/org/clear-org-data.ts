// What the organization page keeps in this browser — the index, the plans and access reviews made from
// it, the Role templates choices, a plan maker's input — belongs to the signed-in session: sign-out
// deletes all of it before the next user signs in.
import { clearOrgIndexes } from "./org-db";
import { clearPlanStores } from "./plan-db";
import { forgetMakerDrafts } from "./plan/maker-draft";
import { forgetTemplateChoices } from "./plan/template-choice";
import { clearReviewStores } from "./review/review-db";
import { forgetReviewSession } from "./review-session";

export async function clearOrgData(): Promise<void> {
  forgetTemplateChoices();
  forgetMakerDrafts();
  forgetReviewSession();
  await Promise.all([clearOrgIndexes(), clearPlanStores(), clearReviewStores()]);
}
