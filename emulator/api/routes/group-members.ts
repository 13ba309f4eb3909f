// Group members (listGroupMembers … removeGroupMember). A group member's id is the group's id.
import type { GroupMember } from "../../../src/api/wire";
import { groupOf, type ITwinRecord } from "../../data/store";
import { acITwin } from "../authorize";
import { errors, isGuid } from "../errors";
import { created, noContent, ok, type Router } from "../http";
import { pageLinks, pageOf, readPaging } from "../paging";
import { groupMemberView } from "../views";
import { resolveRoleIds, union, validateAddMembers, validateRoleIds } from "./member-body";
import { memberOperations } from "../../../src/api/operations/accesscontrol-members";
import { route } from "../operation-routes";

export function registerGroupMembers(router: Router): void {
  route(router, memberOperations.listGroupMembers, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const paging = readPaging(ctx, errors.memberRequest);
    const ids = [...itwin.groupMembers.keys()];
    return ok({ members: pageOf(ids, paging).map((id) => groupMemberView(itwin, id)), _links: pageLinks(ctx, paging, ids.length) });
  });

  route(router, memberOperations.getGroupMember, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    return ok({ member: groupMemberView(itwin, findGroupMember(itwin, ctx.params.groupId)) });
  });

  route(router, memberOperations.addGroupMembers, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const entries = validateAddMembers(ctx, "groupId");
    const resolved = entries.map((e, i) => {
      const groupId = e.key.toLowerCase();
      // The iTwin's own groups or account groups of its Account iTwin.
      if (!isGuid(groupId) || !groupOf(itwin, groupId)) throw errors.groupNotFound(`members[${i}].groupId`);
      return { groupId, roleIds: resolveRoleIds(itwin, e.roleIds, `members[${i}].roleIds`) };
    });
    if (ctx.settings.existingMember === "conflict") {
      const existing = resolved.find((r) => itwin.groupMembers.has(r.groupId));
      if (existing) throw errors.memberAlreadyExists(existing.groupId, itwin.id);
    }
    const members = new Map<string, GroupMember>();
    for (const { groupId, roleIds } of resolved) {
      itwin.groupMembers.set(groupId, union(itwin.groupMembers.get(groupId) ?? [], roleIds));
      members.set(groupId, groupMemberView(itwin, groupId));
    }
    return created({ members: [...members.values()] });
  });

  route(router, memberOperations.updateGroupMemberRoles, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const roleIds = validateRoleIds(ctx);
    const groupId = findGroupMember(itwin, ctx.params.groupId);
    itwin.groupMembers.set(groupId, resolveRoleIds(itwin, roleIds, "roleIds"));
    return ok({ member: groupMemberView(itwin, groupId) });
  });

  route(router, memberOperations.removeGroupMember, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    itwin.groupMembers.delete(findGroupMember(itwin, ctx.params.groupId));
    return noContent();
  });
}

function findGroupMember(itwin: ITwinRecord, id: string | undefined): string {
  const groupId = isGuid(id) ? id.toLowerCase() : undefined;
  if (!groupId || !itwin.groupMembers.has(groupId)) throw errors.teamMemberNotFound();
  return groupId;
}
