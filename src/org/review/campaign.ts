// An access review (recertification campaign) as plain data: what was in scope when it was taken from
// the organization index, one line per grant (a user's or group's role on an iTwin, an ownership, a
// pending invitation, a share link), the reviewer's keep / revoke decision on each line, and what
// applying the revocations did. Kept in IndexedDB and in exported files, so validated on the way back in.
import { z } from "zod";

export const CAMPAIGN_VERSION = 1;

export const ReviewScope = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }),
  z.object({ kind: z.literal("itwins"), ids: z.array(z.string()).min(1) }),
  /** iTwins whose name contains the text (any case). */
  z.object({ kind: z.literal("name"), text: z.string().min(1) }),
]);
export type ReviewScope = z.infer<typeof ReviewScope>;

export const Reviewer = z.object({ id: z.string(), name: z.string() });
export type Reviewer = z.infer<typeof Reviewer>;

export const Hint = z.enum([
  /** The user has no e-mail: deleted from IMS, or never finished signing up. */
  "missingUser",
  /** A pending invitation past its expiry. */
  "expiredInvitation",
  /** The user's e-mail is outside the organization's domains (the campaign's `domains`). */
  "outsideDomain",
  /** The iTwin has one owner only: revoking that ownership leaves it without one. */
  "singleOwner",
  /** The iTwin has more owners than the campaign's `maxOwners`. */
  "manyOwners",
  /** A share link: anyone holding it reads the iTwin without signing in. */
  "anonymousLink",
  /** A share link past its expiry. */
  "expiredLink",
  /** The role grants a permission that changes access (roles, members, groups), or the line is an ownership. */
  "privileged",
  /** A member holding no role at all. */
  "noRole",
  /** The role is one of the Account iTwin's, defined for the whole organization. */
  "accountRole",
  /** Some of the group's members reach the iTwin only through this group (no role of their own there). */
  "onlyThroughGroup",
]);
export type Hint = z.infer<typeof Hint>;

export const LineKind = z.enum(["user", "group", "owner", "invitation", "share"]);
export type LineKind = z.infer<typeof LineKind>;

export const ReviewLine = z.object({
  /** Stable across refreshes: the iTwin, the kind, who or what, and the role. */
  id: z.string(),
  iTwinId: z.string(),
  kind: LineKind,
  /** User id, group id, owner's user id, invitation e-mail (lower case) or share id. */
  subjectId: z.string(),
  /** What the reviewer reads: the person's name, the group's name, the invited e-mail, "Share link". */
  subjectName: z.string(),
  email: z.string().nullable(),
  /** The role of a user or group line; null for ownerships, invitations, share links and members with no role. */
  roleId: z.string().nullable(),
  roleName: z.string().nullable(),
  /** Invitation id, when the index has it (needed to cancel the invitation). */
  invitationId: z.string().optional(),
  /** Invitation or share link expiry, as the server wrote it. */
  expiresAt: z.string().optional(),
  /** For a group line: how many people are in the group, and how many reach the iTwin only through it. */
  groupSize: z.number().optional(),
  onlyThroughGroup: z.number().optional(),
  hints: z.array(Hint),
});
export type ReviewLine = z.infer<typeof ReviewLine>;

export const CampaignRole = z.object({
  id: z.string(),
  displayName: z.string(),
  permissions: z.array(z.string()),
  account: z.boolean().optional(),
});
export type CampaignRole = z.infer<typeof CampaignRole>;

export const CampaignITwin = z.object({
  id: z.string(),
  name: z.string(),
  /** When the index read this iTwin's facts. */
  snapshotAt: z.number().nullable(),
  owners: z.number(),
  /** Roles the lines of this iTwin name (its own and the Account iTwin's), with their permissions. */
  roles: z.array(CampaignRole),
});
export type CampaignITwin = z.infer<typeof CampaignITwin>;

export const Verdict = z.enum(["keep", "revoke"]);
export type Verdict = z.infer<typeof Verdict>;

export const Decision = z.object({
  lineId: z.string(),
  verdict: Verdict,
  note: z.string(),
  at: z.number(),
  by: Reviewer,
});
export type Decision = z.infer<typeof Decision>;

export const Campaign = z.object({
  version: z.literal(CAMPAIGN_VERSION),
  id: z.string(),
  name: z.string(),
  organizationId: z.string(),
  scope: ReviewScope,
  /** Who started the campaign. Each decision names who made it. */
  reviewer: Reviewer,
  createdAt: z.number(),
  /** When the lines were taken from the index (the start, or the last refresh). */
  snapshotAt: z.number(),
  /** E-mail domains of the organization: users outside them are hinted. */
  domains: z.array(z.string()),
  /** More owners than this on an iTwin is hinted. */
  maxOwners: z.number().int().min(1),
  itwins: z.array(CampaignITwin),
  /** iTwins in scope the index lacked (not read, or failed): the campaign cannot speak for them. */
  lacking: z.array(z.object({ id: z.string(), name: z.string() })),
  lines: z.array(ReviewLine),
  /**
   * Lines an earlier snapshot had and the last refresh no longer found (their grant is gone from the
   * server), with the decision made on each before it went, if any; when the refresh noticed.
   */
  gone: z.array(z.object({ line: ReviewLine, decision: Decision.optional(), since: z.number() })).optional(),
  /** The plans made of the revocations, newest last, with which lines each change carries. */
  applications: z.array(z.object({ planId: z.string(), createdAt: z.number(), changes: z.record(z.string(), z.array(z.string())) })),
});
export type Campaign = z.infer<typeof Campaign>;

export const LineOutcome = z.enum([
  /** The server applied it (or already showed it so). */
  "applied",
  /** The server refused it; `message` is its answer. */
  "failed",
  /** Sent, but the server's answer was never seen: applying again checks first. */
  "unconfirmed",
  /** Left out when the plan was reviewed, or not sendable (`message` says why). */
  "notApplied",
  /** The server changed since the snapshot: not sent, so nothing was overwritten. */
  "changedMeanwhile",
]);
export type LineOutcome = z.infer<typeof LineOutcome>;

/** What applying a revoked line did, as the server answered. */
export const LineResult = z.object({
  lineId: z.string(),
  planId: z.string(),
  outcome: LineOutcome,
  /** The server's message (failure), or a remark ("already removed", what changed meanwhile). */
  message: z.string().optional(),
  at: z.number(),
});
export type LineResult = z.infer<typeof LineResult>;

/** A campaign read back from storage, or null when it no longer has the expected shape. */
export function parseCampaign(value: unknown): Campaign | null {
  const parsed = Campaign.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A campaign with everything decided and applied on it, as the page holds it. */
export interface Review {
  campaign: Campaign;
  /** By line id. */
  decisions: ReadonlyMap<string, Decision>;
  /** By line id: the latest result of applying each revoked line. */
  results: ReadonlyMap<string, LineResult>;
}
