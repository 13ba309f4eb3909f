// Member invitations (listInvitations, getInvitation, cancelInvitation, acceptInvitation). Invitations expire after 7 days and are then no longer returned; owners and org admins see
// all of an iTwin's invitations, everyone else only those they sent or received.
import type { ITwinRecord, InvitationRecord } from "../../data/store";
import { acITwin, isMember, isOwner, requireMember } from "../authorize";
import { errors, isGuid } from "../errors";
import { noContent, ok, type RequestContext, type Router } from "../http";
import { pageLinks, pageOf, readPaging } from "../paging";
import { invitationView } from "../views";
import { union } from "./member-body";
import { isLive } from "./user-members";
import { memberOperations } from "../../../src/api/operations/accesscontrol-members";
import { route } from "../operation-routes";
import { sameText } from "../same-text";

export function registerInvitations(router: Router): void {
  route(router, memberOperations.listInvitations, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const paging = readPaging(ctx, errors.invitationsRequest);
    const visible = itwin.invitations.filter((i) => isLive(i, ctx.now) && canSeeInvitation(ctx, itwin, i));
    return ok({
      invitations: pageOf(visible, paging).map((i) => invitationView(itwin, i, { withRoles: true })),
      _links: pageLinks(ctx, paging, visible.length),
    });
  });

  route(router, memberOperations.getInvitation, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    requireMember(ctx, itwin);
    const inv = findInvitation(ctx, itwin, ctx.params.invitationId);
    if (!canSeeInvitation(ctx, itwin, inv)) throw errors.insufficientPermissions();
    return ok({ invitation: invitationView(itwin, inv, { withRoles: true, inviter: ctx.store.users.get(inv.invitedById) }) });
  });

  route(router, memberOperations.cancelInvitation, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    requireMember(ctx, itwin);
    const inv = findInvitation(ctx, itwin, ctx.params.invitationId);
    if (!canSeeInvitation(ctx, itwin, inv)) throw errors.insufficientPermissions();
    itwin.invitations = itwin.invitations.filter((i) => i !== inv);
    return noContent();
  });

  route(router, memberOperations.acceptInvitation, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    if (isMember(itwin, ctx.caller.id)) return noContent();
    const inv = findInvitation(ctx, itwin, ctx.params.invitationId);
    const email = ctx.caller.user?.email?.toLowerCase();
    if (!email || !sameText(inv.email, email)) throw errors.insufficientPermissions();
    const mine = itwin.invitations.filter((i) => isLive(i, ctx.now) && sameText(i.email, email));
    itwin.userMembers.set(
      ctx.caller.id,
      mine.reduce((acc, i) => union(acc, i.roleIds), [] as string[]),
    );
    itwin.invitations = itwin.invitations.filter((i) => !mine.includes(i));
    return noContent();
  });
}

function canSeeInvitation(ctx: RequestContext, itwin: ITwinRecord, inv: InvitationRecord): boolean {
  if (ctx.caller.orgAdmin || isOwner(itwin, ctx.caller.id) || inv.invitedById === ctx.caller.id) return true;
  const email = ctx.caller.user?.email;
  return !!email && sameText(email, inv.email);
}

function findInvitation(ctx: RequestContext, itwin: ITwinRecord, id: string | undefined): InvitationRecord {
  const inv = isGuid(id) ? itwin.invitations.find((i) => i.id === id.toLowerCase() && isLive(i, ctx.now)) : undefined;
  if (!inv) throw errors.invitationNotFound();
  return inv;
}
