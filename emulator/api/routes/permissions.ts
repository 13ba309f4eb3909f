// listAllPermissions and listMyPermissions (the caller's effective permissions; [] for non-members, not 403).
import { acITwin, canSee, effectivePermissions } from "../authorize";
import { ok, type Router } from "../http";
import { roleOperations } from "../../../src/api/operations/accesscontrol-roles";
import { route } from "../operation-routes";

export function registerPermissions(router: Router): void {
  route(router, roleOperations.listAllPermissions, (ctx) => ok({ permissions: [...ctx.store.permissions] }));
  route(router, roleOperations.listMyPermissions, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const permissions = canSee(itwin, ctx.caller) ? [...effectivePermissions(ctx.store, itwin, ctx.caller)] : [];
    return ok({ permissions });
  });
}
