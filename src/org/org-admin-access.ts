// The signed-in organization administrator's access. Bentley's API lists no organization administrators,
// but the console knows the signed-in user is one (the check in api/queries/org-admin.ts): they may
// administer every iTwin of the organization through Access Control and EDFS, member or not. So they
// are found by search though they may be a member of no iTwin, and every iTwin the crawl listed shows
// the route "organization administrator" beside the roles they really hold there. Nobody else's
// administration can be known, so nobody else is ever given this route.
import { personOf, searchPeople, type Grant, type ITwinAccess, type PeopleIndex, type Person } from "./index-queries";
import type { PersonRef } from "./snapshot";

export const ORG_ADMIN_GRANT: Grant = { route: "organization administrator", role: null, permissions: [] };

export const isOrgAdminGrant = (g: Grant) => g.route === "organization administrator";

/** The people of an index, with the signed-in administrator among them even when the index has no trace of them. */
export function withSignedInAdmin(all: PeopleIndex, admin: PersonRef | null): PeopleIndex {
  if (!admin || all.byId(admin.id)) return all;
  const me = personOf(admin);
  const { id } = admin;
  let list: Person[] | null = null;
  return {
    size: all.size + 1,
    // First among the matches: looking oneself up is why they search for their own name.
    search: (text, limit = 50) => {
      const mine = searchPeople([me], text);
      return mine.length >= limit ? mine.slice(0, limit) : [...mine, ...all.search(text, limit - mine.length)];
    },
    byId: (personId) => (personId === id ? me : all.byId(personId)),
    list: () => (list ??= [me, ...all.list()]),
  };
}

type Listed = { id: string; displayName: string; snapshotAt: number | null };

/**
 * The administrator's access: on every listed iTwin (and the Account iTwin) the organization-administrator
 * route, after the roles they hold there as a member; iTwins in the order listed, the Account iTwin first.
 */
export function withOrgAdminRoute(access: readonly ITwinAccess[], itwins: readonly Listed[], account: Listed | null): ITwinAccess[] {
  const held = new Map(access.map((a) => [a.iTwinId, a]));
  const out: ITwinAccess[] = [];
  for (const t of account ? [account, ...itwins] : itwins) {
    const a = held.get(t.id);
    held.delete(t.id);
    if (a) out.push({ ...a, grants: [...a.grants.filter((g) => !isOrgAdminGrant(g)), ORG_ADMIN_GRANT] });
    else out.push({ iTwinId: t.id, iTwinName: t.displayName, snapshotAt: t.snapshotAt, grants: [ORG_ADMIN_GRANT], permissions: [] });
  }
  // Access on an iTwin no longer listed (the index is being re-read) is kept as it was found.
  out.push(...held.values());
  return out;
}
