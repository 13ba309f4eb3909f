// The revocations of a review as a plan (kind "review") for the plan engine: the engine checks each
// iTwin's current state, sends what is still so and keeps its progress; each change here carries the
// lines it revokes, so what the server answered flows back to those lines as their result.
import type { ITwinChanges, Plan, PlanChange, RoleEffect } from "../plan/plan";
import { stateOf, type PlanProgress } from "../plan/progress";
import type { Campaign, LineResult, Review, ReviewLine } from "./campaign";
import type { ReviewView } from "./view";

export interface ReviewPlan {
  plan: Plan;
  /** The lines each change revokes, by change id. */
  changes: Record<string, string[]>;
  /** Revoked lines no change can carry, and why. */
  unsendable: { lineId: string; reason: string }[];
}

/** Lines revoked and not applied yet: a new plan carries only these (failed ones again). */
function toRevoke(view: ReviewView, review: Review): ReviewLine[] {
  const out: ReviewLine[] = [];
  for (const l of view.lines)
    if (review.decisions.get(l.id)?.verdict === "revoke" && review.results.get(l.id)?.outcome !== "applied") out.push(l);
  return out;
}

function effects(view: ReviewView, lines: readonly ReviewLine[]): RoleEffect[] {
  const out = new Map<string, RoleEffect>();
  for (const l of lines) {
    const r = view.roleOf(l);
    if (r) out.set(r.id, { id: r.id, displayName: r.displayName, permissions: r.permissions });
  }
  return [...out.values()];
}

type Built = { change: PlanChange; lines: string[] } | { unsendable: string; lines: string[] };

/** A user's revoked roles on one iTwin: removed from it when no role is kept, else left with the kept ones. */
function userChange(view: ReviewView, all: readonly ReviewLine[], revoked: readonly ReviewLine[]): Built {
  const first = all[0]!;
  const held = all.flatMap((l) => (l.roleId === null ? [] : [l.roleId]));
  const kept = all.filter((l) => !revoked.includes(l) && l.roleId !== null).map((l) => l.roleId!);
  const who = { userId: first.subjectId, email: first.email };
  const base = { id: `${first.iTwinId}|user|${first.subjectId}`, selected: true, roles: effects(view, revoked) };
  const lines = revoked.map((l) => l.id);
  if (kept.length === 0) return { change: { ...base, kind: "removeUserMember", ...who, roleIds: held }, lines };
  return { change: { ...base, kind: "changeUserRoles", ...who, from: held, to: kept }, lines };
}

function ownerChanges(view: ReviewView, itwinId: string, revoked: readonly ReviewLine[]): Built[] {
  // Revoking every owner leaves the iTwin with none: proposed, but not chosen until the administrator says so.
  const none = revoked.length >= (view.itwins.get(itwinId)?.owners ?? 0);
  return revoked.map((l) => ({
    change: {
      id: `${itwinId}|owner|${l.subjectId}`,
      kind: "removeOwner",
      selected: !none,
      ...(none && { warning: "onlyOwner" as const }),
      userId: l.subjectId,
      email: l.email,
      roles: [],
    },
    lines: [l.id],
  }));
}

/**
 * A group's revoked roles on one iTwin: the group is removed from it when it keeps none of them, else
 * left with the kept ones (its roles written whole, as for a user).
 */
function groupChange(view: ReviewView, all: readonly ReviewLine[], revoked: readonly ReviewLine[]): Built {
  const first = all[0]!;
  const lines = revoked.map((l) => l.id);
  const held = all.flatMap((l) => (l.roleId === null ? [] : [l.roleId]));
  const kept = all.filter((l) => !revoked.includes(l) && l.roleId !== null).map((l) => l.roleId!);
  const base = {
    id: `${first.iTwinId}|group|${first.subjectId}`,
    selected: true,
    groupId: first.subjectId,
    groupName: first.subjectName,
    roles: effects(view, revoked),
  };
  if (kept.length === 0) return { change: { ...base, kind: "removeGroupMember", roleIds: held }, lines };
  return { change: { ...base, kind: "changeGroupRoles", from: held, to: kept }, lines };
}

function otherChange(line: ReviewLine): Built {
  if (line.kind === "share")
    return { change: { id: line.id, kind: "revokeShare", selected: true, shareId: line.subjectId, roles: [] }, lines: [line.id] };
  if (!line.invitationId)
    return { unsendable: "The index does not know this invitation's id: read the iTwin again, then make the plan.", lines: [line.id] };
  return {
    change: {
      id: line.id,
      kind: "cancelInvitation",
      selected: true,
      invitationId: line.invitationId,
      email: line.email ?? line.subjectName,
      roles: [],
    },
    lines: [line.id],
  };
}

export function reviewPlan(view: ReviewView, review: Review, options: { id: string; now?: number }): ReviewPlan {
  const byITwin = new Map<string, ReviewLine[]>();
  for (const l of toRevoke(view, review)) {
    const list = byITwin.get(l.iTwinId);
    if (list) list.push(l);
    else byITwin.set(l.iTwinId, [l]);
  }
  // Every user and group line of those iTwins, revoked or not, to know which roles each keeps.
  const held = new Map<string, ReviewLine[]>();
  for (const l of view.lines) {
    if ((l.kind !== "user" && l.kind !== "group") || !byITwin.has(l.iTwinId)) continue;
    const key = `${l.iTwinId}|${l.kind}|${l.subjectId}`;
    const list = held.get(key);
    if (list) list.push(l);
    else held.set(key, [l]);
  }

  const itwins: ITwinChanges[] = [];
  const changes: Record<string, string[]> = {};
  const unsendable: ReviewPlan["unsendable"] = [];
  for (const [itwinId, lines] of byITwin) {
    const built: Built[] = [];
    const subjects = new Map<string, ReviewLine[]>();
    for (const l of lines) {
      if (l.kind !== "user" && l.kind !== "group") continue;
      const key = `${itwinId}|${l.kind}|${l.subjectId}`;
      const list = subjects.get(key);
      if (list) list.push(l);
      else subjects.set(key, [l]);
    }
    for (const [key, revoked] of subjects)
      built.push(revoked[0]!.kind === "user" ? userChange(view, held.get(key)!, revoked) : groupChange(view, held.get(key)!, revoked));
    built.push(
      ...ownerChanges(
        view,
        itwinId,
        lines.filter((l) => l.kind === "owner"),
      ),
    );
    for (const l of lines) if (l.kind === "invitation" || l.kind === "share") built.push(otherChange(l));

    const sendable: PlanChange[] = [];
    for (const b of built) {
      if ("change" in b) {
        sendable.push(b.change);
        changes[b.change.id] = b.lines;
      } else unsendable.push(...b.lines.map((lineId) => ({ lineId, reason: b.unsendable })));
    }
    if (sendable.length) itwins.push({ iTwinId: itwinId, iTwinName: view.itwins.get(itwinId)?.name ?? itwinId, changes: sendable });
  }

  const c = view.campaign;
  const plan: Plan = {
    version: 1,
    id: options.id,
    kind: "review",
    title: `Access review: ${c.name}`,
    createdAt: options.now ?? Date.now(),
    itwins,
    lacking: [],
  };
  return { plan, changes, unsendable };
}

/** The campaign noting that this plan was made of it (for the evidence and for results to find their lines). */
export function withApplication(campaign: Campaign, made: ReviewPlan): Campaign {
  return {
    ...campaign,
    applications: [...campaign.applications, { planId: made.plan.id, createdAt: made.plan.createdAt, changes: made.changes }],
  };
}

/**
 * What the plan's progress says of each line it carries: applied, refused (the server's message),
 * unconfirmed, left out, or changed meanwhile. Lines whose change has no answer yet get no result.
 */
export function lineResults(campaign: Campaign, plan: Plan, progress: PlanProgress, now = Date.now()): LineResult[] {
  const application = campaign.applications.find((a) => a.planId === plan.id);
  if (!application) return [];
  const out: LineResult[] = [];
  for (const itwin of plan.itwins)
    for (const change of itwin.changes) {
      const lines = application.changes[change.id] ?? [];
      const p = progress.changes[change.id];
      const at = p?.at ?? now;
      const state = stateOf(progress, change.id);
      let result: Omit<LineResult, "lineId"> | null = null;
      if (!change.selected) result = { planId: plan.id, outcome: "notApplied", message: "Left out when the plan was reviewed.", at };
      else if (state === "succeeded") result = { planId: plan.id, outcome: "applied", ...(p?.note && { message: p.note }), at };
      else if (state === "failed")
        result = { planId: plan.id, outcome: "failed", message: p?.code ? `${p.error ?? ""} (${p.code})` : (p?.error ?? "Refused."), at };
      else if (state === "unknown")
        result = { planId: plan.id, outcome: "unconfirmed", message: p?.error ?? "Not confirmed by the server.", at };
      else if (state === "drifted")
        result = { planId: plan.id, outcome: "changedMeanwhile", message: p?.note ?? "Changed since the snapshot.", at };
      if (result) for (const lineId of lines) out.push({ lineId, ...result });
    }
  const itwinError = Object.entries(progress.itwinErrors);
  for (const [itwinId, error] of itwinError) {
    const itwin = plan.itwins.find((t) => t.iTwinId === itwinId);
    for (const change of itwin?.changes ?? [])
      if (change.selected && stateOf(progress, change.id) === "pending")
        for (const lineId of application.changes[change.id] ?? [])
          out.push({ lineId, planId: plan.id, outcome: "failed", message: error, at: now });
  }
  return out;
}

/** The review with these results in (each replacing the line's earlier one). */
export function withResults(review: Review, results: readonly LineResult[]): Review {
  if (results.length === 0) return review;
  const next = new Map(review.results);
  for (const r of results) next.set(r.lineId, r);
  return { ...review, results: next };
}
