// Access Control shares: anonymous read keys for an iTwin, lasting at most 90 days (the default when no
// expiration is given). Only the Default share contract exists; expired shares are no longer listed.
import { randomBytes, randomUUID } from "node:crypto";
import { shareOperations } from "../../../src/api/operations/accesscontrol-shares";
import type { ShareRecord } from "../../data/store";
import { acITwin } from "../authorize";
import { detail, errors } from "../errors";
import { bodyObject, created, noContent, ok, type RequestContext, type Router } from "../http";
import { route } from "../operation-routes";
import { sameText } from "../same-text";

export const SHARE_CONTRACTS = ["Default"];
export const MAX_SHARE_DAYS = 90;
const DAY = 86_400_000;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function registerShares(router: Router): void {
  route(router, shareOperations.createShare, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const body = bodyObject(ctx) ?? {};
    const contract = body.shareContract === undefined || body.shareContract === null ? "Default" : body.shareContract;
    const expiration = readExpiration(ctx, body.expiration);
    const known = SHARE_CONTRACTS.find((c) => typeof contract === "string" && sameText(c, contract));
    if (!known) throw errors.shareContractNotFound();
    const share: ShareRecord = {
      id: randomUUID(),
      iTwinId: itwin.id,
      shareContract: known,
      expiration,
      shareKey: randomBytes(24).toString("base64url"),
    };
    ctx.store.shares.set(share.id, share);
    return created({ share: { ...share } });
  });

  route(router, shareOperations.listShares, (ctx) => {
    const itwin = acITwin(ctx, ctx.params.iTwinId);
    const shares = [...ctx.store.shares.values()].filter((s) => s.iTwinId === itwin.id && live(ctx, s));
    return ok({ shares: shares.map((s) => ({ ...s })) });
  });

  route(router, shareOperations.getShare, (ctx) => ok({ share: { ...findShare(ctx) } }));

  route(router, shareOperations.revokeShare, (ctx) => {
    ctx.store.shares.delete(findShare(ctx).id);
    return noContent();
  });
}

const live = (ctx: RequestContext, s: ShareRecord) => Date.parse(s.expiration) > ctx.now;

function findShare(ctx: RequestContext): ShareRecord {
  const itwin = acITwin(ctx, ctx.params.iTwinId);
  const share = ctx.store.shares.get((ctx.params.shareId ?? "").toLowerCase());
  if (!share || share.iTwinId !== itwin.id || !live(ctx, share)) throw errors.shareNotFound();
  return share;
}

/** Absent or null → 90 days from now; malformed, past or beyond 90 days → 422 on expiration. */
function readExpiration(ctx: RequestContext, raw: unknown): string {
  if (raw === undefined || raw === null) return new Date(ctx.now + MAX_SHARE_DAYS * DAY).toISOString();
  const at = typeof raw === "string" && ISO_DATE_TIME.test(raw.trim()) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(at)) throw errors.shareRequest([detail.invalidValue("Provided expiration is not a valid date-time.", "expiration")]);
  if (at <= ctx.now) throw errors.shareRequest([detail.invalidValue("Expiration must be in the future.", "expiration")]);
  if (at > ctx.now + MAX_SHARE_DAYS * DAY)
    throw errors.shareRequest([detail.invalidValue("Expiration must be at most 90 days ahead.", "expiration")]);
  return new Date(at).toISOString();
}
