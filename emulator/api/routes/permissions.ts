// P1 (the catalogue) and P2 (the caller's effective permissions; [] for non-members, not 403).
import { acITwin, canSee, effectivePermissions } from "../authorize";
import { ok, type Router } from "../http";

export function registerPermissions(router: Router): void {
  router.add("GET", "/accesscontrol/itwins/permissions", (ctx) => ok({ permissions: [...ctx.store.permissions] }));
  router.add("GET", "/accesscontrol/itwins/:id/permissions", (ctx) => {
    const itwin = acITwin(ctx, ctx.params.id);
    const permissions = canSee(itwin, ctx.caller) ? [...effectivePermissions(ctx.store, itwin, ctx.caller)] : [];
    return ok({ permissions });
  });
}
