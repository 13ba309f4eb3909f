// The iTwin's groups (listGroups … deleteGroup) and their invitations. PATCH members/imsGroups lists replace the current ones;
// members are e-mails: known same-organization users join; other e-mails become group invitations on the
// Account iTwin only, and are 404 TeamMemberNotFound on any other iTwin. Groups of the Account iTwin are
// created, changed and deleted by organization administrators only.
import { randomUUID } from "node:crypto";
import type { ErrorDetail } from "../../../src/api/wire";
import { findUserByEmail, isAccount, type GroupRecord, type ITwinRecord } from "../../data/store";
import { acITwin, requirePermissions } from "../authorize";
import { detail, errors, isGuid } from "../errors";
import { EMAIL, bodyObject, created, isNonEmptyString, isStringArray, noContent, ok, type RequestContext, type Router } from "../http";
import { pageLinks, pageOf, readPaging } from "../paging";
import { groupView, invitationView } from "../views";
import { INVITATION_DAYS, isLive } from "./user-members";
import { groupOperations } from "../../../src/api/operations/accesscontrol-groups";
import { route } from "../operation-routes";
import { Permission } from "../../../src/api/operations/permissions";
import { sameText } from "../same-text";

/** Members and imsGroups are each capped at 50. */
const MAX_GROUP_LIST = 50;
// The groups list (get-itwin-groups) is organization-administrator only (its catalogue entry says so).
// One group and the group writes take administration_manage_groups or ownership as well (inferred).

export function registerGroups(router: Router): void {
  route(router, groupOperations.listGroups, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const paging = readPaging(ctx, errors.memberRequest);
    const all = [...itwin.groups.values()];
    // _links only when $top/$skip were sent (access-control-client CHANGELOG 4.1.0).
    if (!paging.explicit) return ok({ groups: all.map((g) => groupView(ctx.store, g)) });
    return ok({ groups: pageOf(all, paging).map((g) => groupView(ctx.store, g)), _links: pageLinks(ctx, paging, all.length) });
  });

  route(router, groupOperations.getGroup, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    return ok({ group: groupView(ctx.store, findGroup(itwin, ctx.params.groupId)) });
  });

  route(router, groupOperations.createGroup, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    requireGroupWriter(ctx, itwin);
    const body = validateGroupBody(ctx, itwin, true);
    const group: GroupRecord = {
      id: randomUUID(),
      name: body.name!.trim(),
      description: body.description ?? "",
      memberIds: [],
      imsGroups: [],
      invitations: [],
    };
    itwin.groups.set(group.id, group);
    return created({ group: groupView(ctx.store, group) });
  });

  route(router, groupOperations.updateGroup, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    requireGroupWriter(ctx, itwin);
    const body = validateGroupBody(ctx, itwin, false, ctx.params.groupId);
    const group = findGroup(itwin, ctx.params.groupId);
    const members = body.members?.map((m) => m.trim());
    const emailsNow = new Set(group.memberIds.map((id) => ctx.store.users.get(id)?.email?.toLowerCase() ?? id));
    const wanted = new Set((members ?? []).map((m) => m.toLowerCase()));
    const adds =
      (members !== undefined && [...wanted].some((e) => !emailsNow.has(e))) ||
      (body.imsGroups?.some((g) => !group.imsGroups.includes(g)) ?? false);
    const removes =
      (members !== undefined && [...emailsNow].some((e) => !wanted.has(e))) ||
      (body.imsGroups !== undefined && group.imsGroups.some((g) => !body.imsGroups!.includes(g)));
    requirePermissions(ctx, itwin, [...(adds ? [Permission.inviteMember] : []), ...(removes ? [Permission.removeMember] : [])]);

    if (members !== undefined) {
      const memberIds: string[] = [];
      const externals: string[] = [];
      members.forEach((email, i) => {
        if (!EMAIL.test(email)) throw errors.teamMemberNotFound(`members[${i}]`);
        const user = findUserByEmail(ctx.store, email);
        if (user) memberIds.push(user.id);
        else if (isAccount(itwin)) externals.push(email);
        else throw errors.teamMemberNotFound(`members[${i}]`);
      });
      group.memberIds = [...new Set(memberIds)];
      for (const email of externals) inviteToGroup(ctx, group, email);
    }
    if (body.imsGroups !== undefined) group.imsGroups = [...new Set(body.imsGroups)];
    if (body.name !== undefined) group.name = body.name.trim();
    if (body.description !== undefined) group.description = body.description;
    return ok({ group: groupView(ctx.store, group) });
  });

  route(router, groupOperations.deleteGroup, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    requireGroupWriter(ctx, itwin);
    const group = findGroup(itwin, ctx.params.groupId);
    itwin.groups.delete(group.id);
    // An account group stops being a group member of every iTwin of the account.
    for (const t of ctx.store.itwins.values()) if (t === itwin || t.account === itwin) t.groupMembers.delete(group.id);
    return noContent();
  });

  route(router, groupOperations.listGroupInvitations, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const paging = readPaging(ctx, errors.invitationsRequest);
    const group = findGroup(itwin, ctx.params.groupId);
    const live = group.invitations.filter((i) => isLive(i, ctx.now));
    return ok({
      invitations: pageOf(live, paging).map((i) => invitationView(itwin, i, { withRoles: false })),
      _links: pageLinks(ctx, paging, live.length),
    });
  });

  route(router, groupOperations.cancelGroupInvitation, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const group = findGroup(itwin, ctx.params.groupId);
    const id = ctx.params.invitationId?.toLowerCase();
    const inv = group.invitations.find((i) => i.id === id && isLive(i, ctx.now));
    if (!inv) throw errors.invitationNotFound();
    group.invitations = group.invitations.filter((i) => i !== inv);
    return noContent();
  });
}

/** On top of the catalogue's check: groups of the Account iTwin are written by organization administrators only. */
function requireGroupWriter(ctx: RequestContext, itwin: ITwinRecord): void {
  if (isAccount(itwin) && !ctx.caller.orgAdmin) throw errors.insufficientPermissions();
}

export function findGroup(itwin: ITwinRecord, id: string | undefined, target?: string): GroupRecord {
  const group = isGuid(id) ? itwin.groups.get(id.toLowerCase()) : undefined;
  if (!group) throw errors.groupNotFound(target);
  return group;
}

interface GroupBody {
  name?: string;
  description?: string;
  members?: string[];
  imsGroups?: string[];
}

function validateGroupBody(ctx: RequestContext, itwin: ITwinRecord, creating: boolean, selfId?: string): GroupBody {
  const body = bodyObject(ctx);
  if (!body) throw errors.groupRequest([detail.invalidBody()]);
  const { name, description, members, imsGroups } = body;
  const details: ErrorDetail[] = [];
  // Targets are PascalCase as in the portal's updateGroup example ("Name").
  if (creating ? !isNonEmptyString(name) : name !== undefined && !isNonEmptyString(name)) details.push(detail.missing("Name"));
  if (creating ? typeof description !== "string" : description !== undefined && typeof description !== "string")
    details.push(detail.missing("Description"));
  if (isNonEmptyString(name) && [...itwin.groups.values()].some((g) => g.id !== selfId?.toLowerCase() && sameText(g.name, name.trim()))) {
    // (inferred) the docs leave duplicate names open (422 or 409).
    details.push(detail.invalidValue("A group with the same name already exists.", "Name"));
  }
  let invalidBody = false;
  if (members !== undefined && !isStringArray(members)) invalidBody = true;
  else if (isStringArray(members) && members.length > MAX_GROUP_LIST) details.push(detail.tooMany("Members"));
  if (imsGroups !== undefined && !isStringArray(imsGroups)) invalidBody = true;
  else if (isStringArray(imsGroups) && imsGroups.length > MAX_GROUP_LIST) details.push(detail.tooMany("ImsGroups"));
  if (invalidBody) details.push(detail.invalidBody());
  if (details.length > 0) throw errors.groupRequest(details);
  return body as GroupBody;
}

function inviteToGroup(ctx: RequestContext, group: GroupRecord, email: string): void {
  if (group.invitations.some((i) => isLive(i, ctx.now) && sameText(i.email, email))) return;
  group.invitations.push({
    id: randomUUID(),
    email,
    invitedById: ctx.caller.id,
    invitedByEmail: ctx.caller.user?.email ?? "",
    status: "Pending",
    createdDate: new Date(ctx.now).toISOString(),
    expirationDate: new Date(ctx.now + INVITATION_DAYS * 86_400_000).toISOString(),
    roleIds: [],
  });
}
