// The first screen's requests, started as soon as each can be known instead of one after another:
// the page's code from the address alone (before the configuration is read), and its data — the
// iTwin, what I may do on it, who I am, and what the section shows — together, right after sign-in.
// The components then find them in flight or cached under the same query keys.
import type { QueryClient } from "@tanstack/react-query";
import type { HttpClient } from "../api/client-context";
import { meQuery } from "../api/queries/me";
import { myPermissionsQuery } from "../api/queries/my-permissions";
import { iTwinRolesQuery } from "../api/queries/itwin-roles";
import { getITwinQuery } from "../features/itwins/api/get-itwin";
import { recentITwinsQuery } from "../features/itwins/api/recent-itwins";
import { allPermissionsQuery } from "../features/roles/api/get-all-permissions";
import { userMembersPagesQuery } from "../features/members/api/get-user-members-page";
import { sectionOf, type ITwinSection } from "../lib/routes";
import { pageModules } from "./page-modules";

const ITWIN_PATH = /^\/itwins\/([^/]+)(?:\/|$)/;

/** The iTwin and section an address shows, or null outside an iTwin. */
export function iTwinPageOf(pathname: string): { iTwinId: string; section: ITwinSection } | null {
  const match = ITWIN_PATH.exec(pathname);
  if (!match) return null;
  return { iTwinId: decodeURIComponent(match[1]!), section: sectionOf(pathname).key };
}

/** Starts loading the section page's code; a no-op outside an iTwin. */
export function preloadPageCode(pathname: string): void {
  const page = iTwinPageOf(pathname);
  if (page) void pageModules[page.section]().catch(() => undefined);
}

/** What each section shows first, beyond the iTwin, my permissions and who I am. */
const sectionData: Record<
  ITwinSection,
  (queryClient: QueryClient, client: HttpClient, iTwinId: string, search: URLSearchParams) => Promise<unknown>[]
> = {
  roles: (q, c, id) => [q.prefetchQuery(iTwinRolesQuery(c, id)), q.prefetchQuery(allPermissionsQuery(c))],
  // The users tab is the members page's first; another tab is named in ?tab=.
  members: (q, c, id, search) =>
    (search.get("tab") ?? "users") === "users" ? [q.prefetchInfiniteQuery(userMembersPagesQuery(c, id))] : [],
  packages: () => [],
  access: () => [],
};

/** Starts every request the first screen needs, in parallel (signed in only). */
export function prefetchFirstScreen(location: { pathname: string; search: string }, queryClient: QueryClient, client: HttpClient): void {
  const { pathname } = location;
  const requests: Promise<unknown>[] = [queryClient.prefetchQuery(meQuery(client))];
  const page = iTwinPageOf(pathname);
  // The start page opens the most recent iTwin.
  if (pathname === "/") requests.push(queryClient.prefetchQuery(recentITwinsQuery(client)));
  if (page) {
    requests.push(
      queryClient.prefetchQuery(getITwinQuery(client, page.iTwinId)),
      queryClient.prefetchQuery(myPermissionsQuery(client, page.iTwinId)),
      ...sectionData[page.section](queryClient, client, page.iTwinId, new URLSearchParams(location.search)),
    );
  }
  // prefetchQuery never rejects; a failure is the query's error state, shown by the page.
  void Promise.all(requests);
}
