// What the administrator chose on the Role templates view — the reference, the targets, the iTwins left
// out of "Bring in line" — kept in sessionStorage per user and organization so a reload keeps it, and
// forgotten on sign-out with the rest of the organization's data. Validated when read back.
import { z } from "zod";

const PREFIX = "itwin-access-console.role-templates.v1:";

export const TemplateChoice = z.object({
  source: z
    .discriminatedUnion("kind", [z.object({ kind: z.literal("account") }), z.object({ kind: z.literal("itwin"), iTwinId: z.string() })])
    .nullable(),
  targets: z.discriminatedUnion("mode", [
    z.object({ mode: z.literal("all") }),
    z.object({ mode: z.literal("chosen"), ids: z.array(z.string()) }),
    z.object({ mode: z.literal("named"), text: z.string() }),
  ]),
  /** Drifted iTwins not to be brought in line. */
  leftOut: z.array(z.string()),
});
export type TemplateChoice = z.infer<typeof TemplateChoice>;

export const NO_CHOICE: TemplateChoice = { source: null, targets: { mode: "all" }, leftOut: [] };

const storage = (): Storage | undefined => (typeof sessionStorage === "undefined" ? undefined : sessionStorage);
const keyOf = (userId: string, organization: string) => `${PREFIX}${userId}:${organization}`;

export function loadTemplateChoice(userId: string, organization: string): TemplateChoice {
  try {
    const text = storage()?.getItem(keyOf(userId, organization));
    const parsed = TemplateChoice.safeParse(text ? JSON.parse(text) : null);
    return parsed.success ? parsed.data : NO_CHOICE;
  } catch {
    return NO_CHOICE;
  }
}

export function saveTemplateChoice(userId: string, organization: string, choice: TemplateChoice): void {
  try {
    storage()?.setItem(keyOf(userId, organization), JSON.stringify(choice));
  } catch {
    // A full or blocked storage only costs the choice after a reload.
  }
}

export function forgetTemplateChoices(): void {
  const s = storage();
  if (!s) return;
  for (const key of Object.keys(s)) if (key.startsWith(PREFIX)) s.removeItem(key);
}
