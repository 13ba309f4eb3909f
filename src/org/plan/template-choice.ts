// What the administrator chose on the Role templates view — the reference, the targets, the iTwins left
// out of "Bring in line" — kept in sessionStorage per user and organization so a reload keeps it, and
// forgotten on sign-out with the rest of the organization's data. Validated when read back.
import { z } from "zod";
import { sessionRecord } from "../../lib/session-record";

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

const choices = sessionRecord("itwin-access-console.role-templates.v1:", TemplateChoice);

export const loadTemplateChoice = (userId: string, organization: string): TemplateChoice => choices.load(userId, organization) ?? NO_CHOICE;

export const saveTemplateChoice = (userId: string, organization: string, choice: TemplateChoice): void =>
  choices.save(userId, organization, choice);

export const forgetTemplateChoices = (): void => choices.forgetAll();
