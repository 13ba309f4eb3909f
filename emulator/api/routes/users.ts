// Users API: the caller's profile, same-organization search and lookup (invite dialog autocomplete).
import type { UserRecord } from "../../data/store";
import { detail, errors, isGuid } from "../errors";
import { ok, type RequestContext, type Router } from "../http";
import { userOperations } from "../../../src/api/operations/users";
import { route } from "../operation-routes";

const MAX_SEARCH_RESULTS = 1000;
const MAX_ID_LIST = 1000;

export function registerUsers(router: Router): void {
  route(router, userOperations.getMe, (ctx) => {
    const u = ctx.caller.user;
    if (!u || u.missing) throw errors.userNotFound();
    return ok({
      user: {
        id: u.id,
        displayName: `${u.givenName} ${u.surname}`,
        givenName: u.givenName,
        surname: u.surname,
        email: u.email,
        alternateEmail: null,
        phone: null,
        organizationName: u.organization,
        city: null,
        country: null,
        language: "EN",
        createdDateTime: "2020-01-01T00:00:00Z",
      },
    });
  });

  route(router, userOperations.searchUsers, (ctx) => {
    const search = ctx.query.get("$search");
    if (search === null || search.trim() === "")
      throw errors.usersRequest([{ code: "MissingRequiredParameter", message: "A search value was not specified.", target: "$search" }]);
    if (search.length < 3 || search.length > 200)
      throw errors.usersRequest([detail.invalidValue("The search value must be between 3 and 200 characters.", "$search")]);
    const needle = search.toLowerCase();
    const users = [...ctx.store.users.values()]
      .filter(
        (u) =>
          sameOrg(ctx, u) &&
          [u.email, u.givenName, u.surname, `${u.givenName} ${u.surname}`].some((f) => f?.toLowerCase().includes(needle)),
      )
      .slice(0, MAX_SEARCH_RESULTS)
      .map(summary);
    return ok({ users });
  });

  route(router, userOperations.getUsersByIds, (ctx) => {
    const ids = ctx.body;
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== "string")) throw errors.usersRequest([detail.invalidBody()]);
    if (ids.length > MAX_ID_LIST) throw errors.usersRequest([detail.tooMany("ids")]);
    const users = [...new Set(ids.map((id: string) => id.toLowerCase()))].flatMap((id) => {
      const u = isGuid(id) ? ctx.store.users.get(id) : undefined;
      return u && sameOrg(ctx, u) ? [summary(u)] : [];
    });
    return ok({ users });
  });

  route(router, userOperations.getUser, (ctx) => {
    const id = ctx.params.userId;
    const u = isGuid(id) ? ctx.store.users.get(id.toLowerCase()) : undefined;
    if (!u || !sameOrg(ctx, u)) throw errors.userNotFound();
    return ok({ user: summary(u) });
  });
}

/** People of the caller's own organization only. */
function sameOrg(ctx: RequestContext, u: UserRecord): boolean {
  return !u.missing && u.organization !== null && u.organization === ctx.caller.user?.organization;
}

const summary = (u: UserRecord) => ({
  id: u.id,
  email: u.email,
  givenName: u.givenName,
  surname: u.surname,
  organizationName: u.organization,
});
