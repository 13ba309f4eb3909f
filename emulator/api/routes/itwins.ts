// iTwins API: the caller's iTwins, one iTwin, favorites and recents. Only iTwins the caller is a member
// of, even for organization administrators, unless they send x-itwin-query-scope: OrganizationAdmin (or
// all), which widens every iTwins operation to the whole organization. Others get 404 iTwinNotFound
// (lower-case i, as the iTwins API spells it).
import { isAccount, type ITwinRecord } from "../../data/store";
import { isMember } from "../authorize";
import { detail, errors, isGuid } from "../errors";
import { noContent, ok, type RequestContext, type Router } from "../http";
import { pageLinks, pageOf, readPaging } from "../paging";
import { itwinView } from "../views";
import { iTwinOperations } from "../../../src/api/operations/itwins";
import { route } from "../operation-routes";
import { sameText } from "../same-text";

const SUB_CLASSES = ["Account", "Asset", "Project", "Portfolio", "Program", "WorkPackage"];
const STATUSES = ["Active", "Inactive", "Trial"];
const MAX_RECENTS = 25;

export function registerITwins(router: Router): void {
  route(router, iTwinOperations.listITwins, (ctx) => list(ctx, visible(ctx)));

  route(router, iTwinOperations.listFavoriteITwins, (ctx) => {
    const ids = ctx.store.favorites.get(ctx.caller.id) ?? [];
    return list(
      ctx,
      ids.flatMap((id) => seen(ctx, id) ?? []),
    );
  });
  route(router, iTwinOperations.addFavoriteITwin, (ctx) => {
    const itwin = mustSee(ctx, ctx.params.iTwinId);
    const ids = ctx.store.favorites.get(ctx.caller.id) ?? [];
    if (!ids.includes(itwin.id)) ctx.store.favorites.set(ctx.caller.id, [...ids, itwin.id]);
    return noContent();
  });
  route(router, iTwinOperations.removeFavoriteITwin, (ctx) => {
    const itwin = mustSee(ctx, ctx.params.iTwinId);
    const ids = ctx.store.favorites.get(ctx.caller.id) ?? [];
    if (!ids.includes(itwin.id)) throw errors.iTwinNotFound();
    ctx.store.favorites.set(
      ctx.caller.id,
      ids.filter((id) => id !== itwin.id),
    );
    return noContent();
  });

  route(router, iTwinOperations.listRecentITwins, (ctx) => {
    const ids = ctx.store.recents.get(ctx.caller.id) ?? [];
    return list(
      ctx,
      ids.flatMap((id) => seen(ctx, id) ?? []),
    );
  });
  route(router, iTwinOperations.markITwinRecent, (ctx) => {
    const itwin = mustSee(ctx, ctx.params.iTwinId);
    const ids = (ctx.store.recents.get(ctx.caller.id) ?? []).filter((id) => id !== itwin.id);
    ctx.store.recents.set(ctx.caller.id, [itwin.id, ...ids].slice(0, MAX_RECENTS));
    return noContent();
  });

  // The caller's primary Account iTwin: the organization's, for anyone of the organization.
  route(router, iTwinOperations.getMyPrimaryAccount, (ctx) => {
    const account = [...ctx.store.itwins.values()].find(isAccount);
    if (!account || ctx.caller.user?.organization !== ctx.store.organization) throw errors.iTwinNotFound();
    return ok({ iTwin: accountView(account) });
  });
  route(router, iTwinOperations.getITwinAccount, (ctx) => {
    const itwin = mustSee(ctx, ctx.params.iTwinId);
    const account = isAccount(itwin) ? itwin : itwin.account;
    if (!account) throw errors.iTwinNotFound();
    return ok({ iTwin: accountView(account) });
  });

  route(router, iTwinOperations.getITwin, (ctx) => ok({ iTwin: itwinView(mustSee(ctx, ctx.params.iTwinId), true) }));
}

const WIDE_SCOPES = ["organizationadmin", "all"];

/** Whether the request asks for, and may have, the organization-wide query scope. */
function organizationScope(ctx: RequestContext): boolean {
  const raw = ctx.headers["x-itwin-query-scope"];
  const scope = String(Array.isArray(raw) ? raw[0] : (raw ?? ""))
    .trim()
    .toLowerCase();
  if (!WIDE_SCOPES.includes(scope)) return false;
  if (ctx.caller.orgAdmin) return true;
  if (ctx.settings.queryScopeForOthers === "refuse") throw errors.insufficientPermissions();
  return false;
}

function canSee(itwin: ITwinRecord, ctx: RequestContext): boolean {
  return organizationScope(ctx) || isMember(itwin, ctx.caller.id);
}

function visible(ctx: RequestContext): ITwinRecord[] {
  const wide = organizationScope(ctx);
  return [...ctx.store.itwins.values()].filter((t) => wide || isMember(t, ctx.caller.id));
}

function seen(ctx: RequestContext, id: string | undefined): ITwinRecord | undefined {
  const itwin = isGuid(id) ? ctx.store.itwins.get(id.toLowerCase()) : undefined;
  return itwin && canSee(itwin, ctx) ? itwin : undefined;
}

function mustSee(ctx: RequestContext, id: string | undefined): ITwinRecord {
  const itwin = seen(ctx, id);
  if (!itwin) throw errors.iTwinNotFound();
  return itwin;
}

function list(ctx: RequestContext, items: ITwinRecord[]) {
  const q = ctx.query;
  const details = [];
  const subClasses = q
    .get("subClass")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (subClasses?.some((s) => !SUB_CLASSES.some((k) => sameText(k, s))))
    details.push(detail.invalidValue("Provided subClass value is not valid.", "subClass"));
  const status = q.get("status");
  if (status !== null && !STATUSES.some((s) => sameText(s, status)))
    details.push(detail.invalidValue("Provided status value is not valid.", "status"));
  if (status !== null && q.get("includeInactive") !== null)
    details.push(detail.invalidValue("status and includeInactive cannot be combined.", "includeInactive"));
  const search = q.get("$search");
  if (search !== null && (q.get("number") !== null || q.get("displayName") !== null))
    details.push(detail.invalidValue("$search cannot be combined with number or displayName.", "$search"));
  if (details.length > 0) throw errors.itwinsRequest(details);
  const paging = readPaging(ctx, errors.itwinsRequest);

  const includeInactive = q.get("includeInactive")?.toLowerCase() === "true";
  const filtered = items.filter((t) => {
    if (subClasses && !subClasses.some((s) => sameText(s, t.subClass))) return false;
    if (status !== null ? t.status.toLowerCase() !== status.toLowerCase() : !includeInactive && t.status === "Inactive") return false;
    if (q.get("number") !== null && t.number !== q.get("number")) return false;
    if (q.get("displayName") !== null && t.displayName !== q.get("displayName")) return false;
    if (search) {
      const needle = search.toLowerCase();
      if (![t.displayName, t.number, t.type ?? "", t.geographicLocation].some((f) => f.toLowerCase().includes(needle))) return false;
    }
    return true;
  });
  const full = /return=representation/i.test(String(ctx.headers.prefer ?? ""));
  return ok({ iTwins: pageOf(filtered, paging).map((t) => itwinView(t, full)), _links: pageLinks(ctx, paging, filtered.length) });
}

const accountView = (a: ITwinRecord) => ({
  id: a.id,
  class: a.class,
  subClass: a.subClass,
  type: a.type,
  number: a.number,
  displayName: a.displayName,
});
