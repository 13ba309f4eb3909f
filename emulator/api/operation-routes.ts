// Routes registered from the operation catalogue: the method and path come from the entry, and so
// does the authorization, checked before the handler runs (404 for an unknown iTwin first, then 403).
// Handlers hold only what the catalogue cannot say (the documented bodies, the order of their checks).
// The documented 422 details (which property, in request order, with codes that differ per API) are
// produced by each handler's own checks; the catalogue's request schema then guards them: a write the
// handler accepted with a body the schema rejects is an emulator defect, answered 500 so tests see it.
import type { AnyOperation, ParamsOf } from "../../src/api/operations/define";
import { routePattern } from "../../src/api/operations/define";
import { acITwin, hasPermissionsAnywhere, requireMember, requirePermissions } from "./authorize";
import { errors } from "./errors";
import type { Reply, RequestContext, Router } from "./http";

export interface OperationContext<O extends AnyOperation> extends RequestContext {
  params: ParamsOf<O> & Record<string, string>;
}

/** Every operation registered, so a test can check that the catalogue and the emulator agree. */
export const registeredOperations = new Set<string>();

export function route<O extends AnyOperation>(router: Router, op: O, handler: (ctx: OperationContext<O>) => Reply | Promise<Reply>): void {
  registeredOperations.add(op.name);
  router.add(op.method, routePattern(op), async (ctx) => {
    authorize(op, ctx);
    const conforms = op.request === undefined || op.request.safeParse(ctx.body).success;
    const reply = await handler(ctx as OperationContext<O>);
    if (!conforms && reply.status < 300) throw new Error(`${op.name} accepted a body its request schema rejects.`);
    return reply;
  });
}

function authorize(op: AnyOperation, ctx: RequestContext): void {
  switch (op.authorization) {
    case "member":
      requireMember(ctx, acITwin(ctx, ctx.params.iTwinId));
      return;
    case "iTwin":
      requirePermissions(ctx, acITwin(ctx, ctx.params.iTwinId), op.permissions);
      return;
    case "organization":
      if (!hasPermissionsAnywhere(ctx, op.permissions)) throw errors.insufficientPermissions();
      return;
    case "organizationAdmin":
      acITwin(ctx, ctx.params.iTwinId);
      if (!ctx.caller.orgAdmin) throw errors.insufficientPermissions();
      return;
    case "signed-in":
    case "route":
      return;
  }
}
