// What is typed or picked in a plan maker's dialog — "Give someone the same access" and "Copy members" —
// until its plan is made: kept in sessionStorage per user and organization, so a reload reopens the
// dialog as it was (the spreadsheet import keeps its text in its draft plan instead), and forgotten on
// sign-out with the rest of the organization's data. Validated when read back.
import { z } from "zod";
import { sessionRecord } from "../../lib/session-record";

export const SameAccessDraft = z.object({
  maker: z.literal("sameAccess"),
  /** Whose access is given (a person of the index). */
  sourceId: z.string(),
  /** What is typed in the recipient field. */
  text: z.string(),
  recipient: z.object({ id: z.string().nullable(), email: z.string(), name: z.string() }).nullable(),
  /** The source's iTwins not to give. */
  leftOut: z.array(z.string()),
});
export type SameAccessDraft = z.infer<typeof SameAccessDraft>;

export const CopyMembersDraft = z.object({
  maker: z.literal("copyMembers"),
  source: z.string(),
  target: z.string(),
});
export type CopyMembersDraft = z.infer<typeof CopyMembersDraft>;

export const MakerDraft = z.discriminatedUnion("maker", [SameAccessDraft, CopyMembersDraft]);
export type MakerDraft = z.infer<typeof MakerDraft>;

const drafts = sessionRecord("itwin-access-console.plan-maker.v1:", MakerDraft);

export const loadMakerDraft = (userId: string, organization: string): MakerDraft | null => drafts.load(userId, organization);

/** Keeps the open dialog's input; null once it is closed or its plan made. */
export const saveMakerDraft = (userId: string, organization: string, draft: MakerDraft | null): void =>
  drafts.save(userId, organization, draft);

export const forgetMakerDrafts = (): void => drafts.forgetAll();
