// Who may do what (docs/api-reference.md): org admins and owners hold every permission;
// everyone else holds the union of the permissions of roles held directly and through group members.
import { groupOf, roleOf, type ITwinRecord, type Store } from "../data/store";
import { errors, isGuid } from "./errors";
import type { Caller, RequestContext } from "./http";

export function isOwner(itwin: ITwinRecord, userId: string): boolean {
  return itwin.owners.includes(userId);
}

/** Group members of the iTwin (its own groups and account groups) whose AC group contains the user. */
export function groupsOfUser(itwin: ITwinRecord, userId: string): string[] {
  const out: string[] = [];
  for (const groupId of itwin.groupMembers.keys()) {
    if (groupOf(itwin, groupId)?.memberIds.includes(userId)) out.push(groupId);
  }
  return out;
}

export function isMember(itwin: ITwinRecord, userId: string): boolean {
  return itwin.userMembers.has(userId) || isOwner(itwin, userId) || groupsOfUser(itwin, userId).length > 0;
}

/** Member, owner or org admin: may see the iTwin at all. */
export function canSee(itwin: ITwinRecord, caller: Caller): boolean {
  return caller.orgAdmin || isMember(itwin, caller.id);
}

export function effectivePermissions(store: Store, itwin: ITwinRecord, caller: Caller): Set<string> {
  if (caller.orgAdmin || isOwner(itwin, caller.id)) return new Set(store.permissions);
  const roleIds = [...(itwin.userMembers.get(caller.id) ?? [])];
  for (const groupId of groupsOfUser(itwin, caller.id)) roleIds.push(...(itwin.groupMembers.get(groupId) ?? []));
  const perms = new Set<string>();
  // Account roles count like the iTwin's own.
  for (const id of roleIds) for (const p of roleOf(itwin, id)?.permissions ?? []) perms.add(p);
  return perms;
}

export function hasPermissions(ctx: RequestContext, itwin: ITwinRecord, required: readonly string[]): boolean {
  if (ctx.caller.orgAdmin || isOwner(itwin, ctx.caller.id)) return true;
  const held = effectivePermissions(ctx.store, itwin, ctx.caller);
  return required.every((p) => held.has(p));
}

export function requirePermissions(ctx: RequestContext, itwin: ITwinRecord, required: readonly string[]): void {
  if (!hasPermissions(ctx, itwin, required)) throw errors.insufficientPermissions();
}

export function requireMember(ctx: RequestContext, itwin: ITwinRecord): void {
  if (!canSee(itwin, ctx.caller)) throw errors.insufficientPermissions();
}

export function requireOwnerOrOrgAdmin(ctx: RequestContext, itwin: ITwinRecord): void {
  if (!ctx.caller.orgAdmin && !isOwner(itwin, ctx.caller.id)) throw errors.insufficientPermissions();
}

/** Access Control / EDFS lookup: unknown and malformed ids are both 404 ItwinNotFound. */
export function acITwin(ctx: RequestContext, id: string | undefined): ITwinRecord {
  const itwin = isGuid(id) ? ctx.store.itwins.get(id.toLowerCase()) : undefined;
  if (!itwin) throw errors.acITwinNotFound();
  return itwin;
}

/** Holds the permissions on some iTwin of the organization: the "Organizational level" checks of EDFS. */
export function hasPermissionsAnywhere(ctx: RequestContext, required: readonly string[]): boolean {
  if (ctx.caller.orgAdmin) return true;
  for (const itwin of ctx.store.itwins.values()) {
    if (isMember(itwin, ctx.caller.id) && hasPermissions(ctx, itwin, required)) return true;
  }
  return false;
}
