// User members (listUserMembers … removeUserMember). Same-organization e-mails known to the directory become members at once; any other e-mail
// becomes a pending invitation.
import { randomUUID } from "node:crypto";
import type { MemberInvitation, UserMember } from "../../../src/api/wire";
import type { ITwinRecord, InvitationRecord } from "../../data/store";
import { findUserByEmail } from "../../data/store";
import { acITwin } from "../authorize";
import { errors, isGuid } from "../errors";
import { EMAIL, created, noContent, ok, type RequestContext, type Router } from "../http";
import { pageLinks, pageOf, readPaging } from "../paging";
import { invitationView, userMemberView } from "../views";
import { resolveRoleIds, union, validateAddMembers, validateRoleIds } from "./member-body";
import { memberOperations } from "../../../src/api/operations/accesscontrol-members";
import { route } from "../operation-routes";
import { sameText } from "../same-text";

export const INVITATION_DAYS = 7;

export function registerUserMembers(router: Router): void {
  route(router, memberOperations.listUserMembers, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const paging = readPaging(ctx, errors.memberRequest);
    const ids = [...itwin.userMembers.keys()];
    return ok({
      members: pageOf(ids, paging).map((id) => userMemberView(ctx.store, itwin, id)),
      _links: pageLinks(ctx, paging, ids.length),
    });
  });

  route(router, memberOperations.getUserMember, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    return ok({ member: userMemberView(ctx.store, itwin, findUserMember(itwin, ctx.params.memberId)) });
  });

  route(router, memberOperations.addUserMembers, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const entries = validateAddMembers(ctx, "email");
    const resolved = entries.map((e, i) => {
      if (!EMAIL.test(e.key)) throw errors.teamMemberNotFound(`members[${i}].email`);
      return { email: e.key, roleIds: resolveRoleIds(itwin, e.roleIds, `members[${i}].roleIds`) };
    });
    if (ctx.settings.existingMember === "conflict") {
      for (const { email } of resolved) {
        const user = findUserByEmail(ctx.store, email);
        if (user && itwin.userMembers.has(user.id)) throw errors.memberAlreadyExists(user.id, itwin.id);
      }
    }
    const members = new Map<string, UserMember>();
    const invitations = new Map<string, MemberInvitation>();
    for (const { email, roleIds } of resolved) {
      const user = findUserByEmail(ctx.store, email);
      if (user) {
        itwin.userMembers.set(user.id, union(itwin.userMembers.get(user.id) ?? [], roleIds));
        members.set(user.id, userMemberView(ctx.store, itwin, user.id));
      } else {
        const inv = invite(ctx, itwin, email, roleIds);
        invitations.set(inv.id, invitationView(itwin, inv, { withRoles: true }));
      }
    }
    const side = <T>(items: Map<string, T>) => (items.size === 0 && ctx.settings.emptyAddSide === "null" ? null : [...items.values()]);
    return created({ members: side(members), invitations: side(invitations) });
  });

  route(router, memberOperations.updateUserMemberRoles, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const roleIds = validateRoleIds(ctx);
    const memberId = findUserMember(itwin, ctx.params.memberId);
    itwin.userMembers.set(memberId, resolveRoleIds(itwin, roleIds, "roleIds"));
    return ok({ member: userMemberView(ctx.store, itwin, memberId) });
  });

  route(router, memberOperations.removeUserMember, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    itwin.userMembers.delete(findUserMember(itwin, ctx.params.memberId));
    return noContent();
  });
}

function findUserMember(itwin: ITwinRecord, id: string | undefined): string {
  const memberId = isGuid(id) ? id.toLowerCase() : undefined;
  if (!memberId || !itwin.userMembers.has(memberId)) throw errors.teamMemberNotFound();
  return memberId;
}

export function isLive(inv: InvitationRecord, now: number): boolean {
  return inv.status === "Pending" && Date.parse(inv.expirationDate) > now;
}

/** One pending invitation per e-mail and iTwin: re-inviting adds the roles to it. */
export function invite(ctx: RequestContext, itwin: ITwinRecord, email: string, roleIds: string[]): InvitationRecord {
  const existing = itwin.invitations.find((i) => isLive(i, ctx.now) && sameText(i.email, email));
  if (existing) {
    existing.roleIds = union(existing.roleIds, roleIds);
    return existing;
  }
  const inviter = ctx.caller.user;
  const inv: InvitationRecord = {
    id: randomUUID(),
    email,
    invitedById: ctx.caller.id,
    invitedByEmail: inviter?.email ?? "",
    status: "Pending",
    createdDate: new Date(ctx.now).toISOString(),
    expirationDate: new Date(ctx.now + INVITATION_DAYS * 86_400_000).toISOString(),
    roleIds,
  };
  itwin.invitations.push(inv);
  return inv;
}
