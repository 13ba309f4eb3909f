// Owners (listOwners, addOwner, removeOwner). Only owners (and org admins) may add or remove owners, on top of the invite/remove permission.
import type { ITwinRecord } from "../../data/store";
import { findUserByEmail } from "../../data/store";
import { acITwin, requireOwnerOrOrgAdmin, requirePermissions } from "../authorize";
import { detail, errors, isGuid } from "../errors";
import { EMAIL, bodyObject, created, noContent, ok, type Router } from "../http";
import { pageLinks, pageOf, readPaging } from "../paging";
import { invitationView, ownerView } from "../views";
import { invite } from "./user-members";
import { memberOperations } from "../../../src/api/operations/accesscontrol-members";
import { route } from "../operation-routes";

export function registerOwners(router: Router): void {
  route(router, memberOperations.listOwners, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const paging = readPaging(ctx, errors.memberRequest);
    return ok({
      members: pageOf(itwin.owners, paging).map((id) => ownerView(ctx.store, id)),
      _links: pageLinks(ctx, paging, itwin.owners.length),
    });
  });

  route(router, memberOperations.addOwner, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    requirePermissions(ctx, itwin, memberOperations.addOwner.permissions);
    requireOwnerOrOrgAdmin(ctx, itwin);
    const body = bodyObject(ctx);
    if (!body) throw errors.memberRequest([detail.invalidBody()]);
    const email = body.email;
    if (typeof email !== "string" || email.trim() === "") throw errors.memberRequest([detail.missing("email")]);
    if (!EMAIL.test(email.trim())) throw errors.teamMemberNotFound("email");
    const user = findUserByEmail(ctx.store, email.trim());
    if (user) {
      if (itwin.owners.includes(user.id)) throw errors.ownerAlreadyExists();
      itwin.owners.push(user.id);
      return created({ member: ownerView(ctx.store, user.id), invitation: null });
    }
    const inv = invite(ctx, itwin, email.trim(), []);
    return created({ member: null, invitation: invitationView(itwin, inv, { withRoles: true }) });
  });

  route(router, memberOperations.removeOwner, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    requirePermissions(ctx, itwin, memberOperations.removeOwner.permissions);
    requireOwnerOrOrgAdmin(ctx, itwin);
    const ownerId = findOwner(itwin, ctx.params.memberId);
    // (inferred) an iTwin keeps at least one owner.
    if (itwin.owners.length === 1)
      throw errors.memberRequest([detail.invalidValue("The last owner of an iTwin cannot be removed.", "memberId")]);
    itwin.owners = itwin.owners.filter((id) => id !== ownerId);
    return noContent();
  });
}

function findOwner(itwin: ITwinRecord, id: string | undefined): string {
  const ownerId = isGuid(id) ? id.toLowerCase() : undefined;
  if (!ownerId || !itwin.owners.includes(ownerId)) throw errors.teamMemberNotFound();
  return ownerId;
}
