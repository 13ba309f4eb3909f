// What is typed or picked in a plan maker's dialog — "Give someone the same access" and "Copy members" —
// until its plan is made: kept in sessionStorage per user and organization, so a reload reopens the
// dialog as it was (the spreadsheet import keeps its text in its draft plan instead), and forgotten on
// sign-out with the rest of the organization's data. Validated when read back.
import { z } from "zod";

const PREFIX = "itwin-access-console.plan-maker.v1:";

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

const storage = (): Storage | undefined => (typeof sessionStorage === "undefined" ? undefined : sessionStorage);
const keyOf = (userId: string, organization: string) => `${PREFIX}${userId}:${organization}`;

export function loadMakerDraft(userId: string, organization: string): MakerDraft | null {
  try {
    const text = storage()?.getItem(keyOf(userId, organization));
    const parsed = MakerDraft.safeParse(text ? JSON.parse(text) : null);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Keeps the open dialog's input; null once it is closed or its plan made. */
export function saveMakerDraft(userId: string, organization: string, draft: MakerDraft | null): void {
  try {
    if (draft) storage()?.setItem(keyOf(userId, organization), JSON.stringify(draft));
    else storage()?.removeItem(keyOf(userId, organization));
  } catch {
    // A full or blocked storage only costs the input after a reload.
  }
}

export function forgetMakerDrafts(): void {
  const s = storage();
  if (!s) return;
  for (const key of Object.keys(s)) if (key.startsWith(PREFIX)) s.removeItem(key);
}
