// Roles (listRoles … deleteRole). Created roles are "Custom"; PATCH permissions replace the set; deleting a role also removes it
// from members, group members, invitations and EDFS assignments (inferred).
import { randomUUID } from "node:crypto";
import type { ErrorDetail } from "../../../src/api/wire";
import { isAccount, type ITwinRecord, type RoleRecord } from "../../data/store";
import { acITwin } from "../authorize";
import { detail, errors, isGuid } from "../errors";
import { bodyObject, created, isNonEmptyString, isStringArray, noContent, ok, type RequestContext, type Router } from "../http";
import { roleView } from "../views";
import { roleOperations } from "../../../src/api/operations/accesscontrol-roles";
import { route } from "../operation-routes";
import { sameText } from "../same-text";

export function registerRoles(router: Router): void {
  route(router, roleOperations.listRoles, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    return ok({ roles: [...itwin.roles.values()].map(roleView) });
  });

  route(router, roleOperations.getRole, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    return ok({ role: roleView(findRole(itwin, ctx.params.roleId)) });
  });

  route(router, roleOperations.createRole, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const body = validateRoleBody(ctx, itwin, true);
    checkPermissionsExist(ctx, body.permissions);
    const role: RoleRecord = {
      id: randomUUID(),
      displayName: body.displayName!.trim(),
      description: body.description ?? "",
      permissions: [...new Set(body.permissions ?? [])],
      type: "Custom",
    };
    itwin.roles.set(role.id, role);
    // The documented create response has no permissions.
    return created({ role: { id: role.id, displayName: role.displayName, description: role.description, type: role.type } });
  });

  route(router, roleOperations.updateRole, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const body = validateRoleBody(ctx, itwin, false, ctx.params.roleId);
    const role = findRole(itwin, ctx.params.roleId);
    checkPermissionsExist(ctx, body.permissions);
    if (body.displayName !== undefined) role.displayName = body.displayName.trim();
    if (body.description !== undefined) role.description = body.description;
    if (body.permissions !== undefined) role.permissions = [...new Set(body.permissions)];
    return ok({ role: roleView(role) });
  });

  route(router, roleOperations.deleteRole, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const role = findRole(itwin, ctx.params.roleId);
    itwin.roles.delete(role.id);
    const without = (ids: string[]) => ids.filter((id) => id !== role.id);
    // An account role goes from every iTwin of the account.
    const affected = isAccount(itwin) ? [...ctx.store.itwins.values()].filter((t) => t.account === itwin || t === itwin) : [itwin];
    for (const t of affected) {
      for (const [k, ids] of t.userMembers) t.userMembers.set(k, without(ids));
      for (const [k, ids] of t.groupMembers) t.groupMembers.set(k, without(ids));
      for (const inv of t.invitations) inv.roleIds = without(inv.roleIds);
      for (const byRole of t.edfs.values()) byRole.delete(role.id);
    }
    return noContent();
  });
}

export function findRole(itwin: ITwinRecord, id: string | undefined, target?: string): RoleRecord {
  const role = isGuid(id) ? itwin.roles.get(id.toLowerCase()) : undefined;
  if (!role) throw errors.roleNotFound(target);
  return role;
}

interface RoleBody {
  displayName?: string;
  description?: string;
  permissions?: string[];
}

function validateRoleBody(ctx: RequestContext, itwin: ITwinRecord, creating: boolean, selfId?: string): RoleBody {
  const body = bodyObject(ctx);
  if (!body) throw errors.roleRequest([detail.invalidBody()]);
  const details: ErrorDetail[] = [];
  const { displayName, description, permissions } = body;
  if (creating ? !isNonEmptyString(displayName) : displayName !== undefined && !isNonEmptyString(displayName))
    details.push(detail.missing("displayName"));
  if (creating ? typeof description !== "string" : description !== undefined && typeof description !== "string")
    details.push(detail.missing("description"));
  if (permissions !== undefined && !isStringArray(permissions)) details.push(detail.invalidBody());
  if (isNonEmptyString(displayName)) {
    const clash = [...itwin.roles.values()].some((r) => r.id !== selfId && sameText(r.displayName, displayName.trim()));
    // (inferred) duplicate names are not documented; a 422 on displayName lets the form show it.
    if (clash) details.push(detail.invalidValue("A role with the same display name already exists.", "displayName"));
  }
  if (details.length > 0) throw errors.roleRequest(details);
  return body as RoleBody;
}

function checkPermissionsExist(ctx: RequestContext, permissions: string[] | undefined): void {
  if (!permissions) return;
  const known = new Set(ctx.store.permissions);
  const bad = permissions.findIndex((p) => !known.has(p));
  if (bad >= 0) throw errors.permissionNotFound(`permissions[${bad}]`);
}
