// The first screen's requests, started as soon as each can be known instead of one after another:
// its data — the iTwin, what I may do on it, who I am, and what the section shows — together, right
// after sign-in, and its code (the section's page, the picker, tooltips) right behind them.
// The components then find them in flight or cached under the same query keys.
import type { QueryClient } from "@tanstack/react-query";
import type { HttpClient } from "../api/client-context";
import { meQuery } from "../api/queries/me";
import { myPermissionsQuery } from "../api/queries/my-permissions";
import { iTwinRolesQuery } from "../api/queries/itwin-roles";
import { prefetchITwinGroups } from "../api/queries/itwin-groups";
import { getITwinQuery } from "../features/itwins/api/get-itwin";
import { orgAdminQuery } from "../api/queries/org-admin";
import { markRecentOnce, recentITwinsQuery } from "../features/itwins/api/recent-itwins";
import { allPermissionsQuery } from "../features/roles/api/get-all-permissions";
import { userMembersPagesQuery } from "../api/queries/all-user-members";
import { packagesQuery } from "../features/packages/api/get-packages";
import { packageDetailsQuery } from "../features/packages/api/get-package-details";
import { packageRolesQuery } from "../features/packages/api/get-package-roles";
import { assignmentsQuery } from "../features/packages/api/get-assignments";
import { MEMBER_TABS } from "../features/members/member-tabs";
import { PACKAGE_VIEWS, shownPackage } from "../features/packages/package-views";
import { tabOf } from "../lib/url-tab";
import { iTwinSections, type ITwinSection } from "../lib/routes";
import { pageModules } from "./page-modules";
import { preloadPicker } from "./shell/PickerSlot";
import { preloadTooltip } from "../components/LazyTooltip";

const ITWIN_PATH = /^\/itwins\/([^/]+)(?:\/|$)/;

/**
 * The iTwin and section an address shows, or null outside an iTwin. The bare iTwin address has no
 * section yet: it opens the first one the person may use, known once their permissions are.
 */
export function iTwinPageOf(pathname: string): { iTwinId: string; section: ITwinSection | null } | null {
  const match = ITWIN_PATH.exec(pathname);
  if (!match) return null;
  const section = iTwinSections.find((s) => pathname.endsWith(`/${s.key}`))?.key ?? null;
  return { iTwinId: decodeURIComponent(match[1]!), section };
}

/** Starts loading the code the first screen shows beyond the shell: the section's page, the picker, tooltips. */
export function preloadPageCode(pathname: string): void {
  const page = iTwinPageOf(pathname);
  const loads = [preloadPicker(), preloadTooltip(), ...(page?.section ? [pageModules[page.section]()] : [])];
  // A chunk that fails here is loaded again, and its error shown, where it renders.
  for (const load of loads) load.catch(() => undefined);
}

/** What each section shows first, beyond the iTwin, my permissions and who I am. */
const sectionData: Record<
  ITwinSection,
  (queryClient: QueryClient, client: HttpClient, iTwinId: string, search: URLSearchParams) => Promise<unknown>[]
> = {
  roles: (q, c, id) => [q.prefetchQuery(iTwinRolesQuery(c, id)), q.prefetchQuery(allPermissionsQuery(c))],
  // The users tab's first page, when the address opens that tab (the first, also for an unknown ?tab=).
  members: (q, c, id, search) => (tabOf(MEMBER_TABS, search) === "users" ? [q.prefetchInfiniteQuery(userMembersPagesQuery(c, id))] : []),
  groups: (q, c, id) => [prefetchITwinGroups(q, c, id)],
  privileged: (q, c, id) => [q.prefetchQuery(iTwinRolesQuery(c, id))],
  // The one-package view (the first tab) shows the package named in ?package= or the first: its details
  // follow the list at once instead of once the page has drawn it, so the page's requests end together.
  packages: (q, c, id, search) => [
    q.fetchQuery(packagesQuery(c)).then(
      (list) => {
        if (tabOf(PACKAGE_VIEWS, search) !== "one") return;
        const shown = shownPackage(list, search);
        if (!shown) return;
        return Promise.all([
          q.prefetchQuery(packageDetailsQuery(c, shown.uniqueName)),
          q.prefetchQuery(packageRolesQuery(c)),
          q.prefetchQuery(assignmentsQuery(c, id, shown.uniqueName)),
        ]);
      },
      // The page shows the list's failure.
      () => undefined,
    ),
  ],
  access: () => [],
};

/**
 * Starts what a section page of an iTwin shows — the iTwin, my permissions on it, the section's data and
 * its code — all at once, where the page would otherwise ask for them one after another as its parts
 * mount. Called when the person heads there (a tab, the picker) and when the layout mounts; fresh cache
 * entries and requests in flight are not asked for again.
 */
export function prefetchITwinPage(
  target: { iTwinId: string; section: ITwinSection | null; search?: string },
  queryClient: QueryClient,
  client: HttpClient,
  { code = true }: { code?: boolean } = {},
): void {
  const { section } = target;
  if (code && section) void pageModules[section]().catch(() => undefined);
  // prefetchQuery never rejects; a failure is the query's error state, shown by the page.
  void Promise.all([
    // Marked recent as soon as it is known to be there, beside the page's other requests.
    queryClient.fetchQuery(getITwinQuery(client, target.iTwinId)).then(
      (iTwin) => markRecentOnce(queryClient, client, iTwin),
      () => undefined,
    ),
    queryClient.prefetchQuery(myPermissionsQuery(client, target.iTwinId)),
    ...(section ? sectionData[section](queryClient, client, target.iTwinId, new URLSearchParams(target.search ?? "")) : []),
  ]);
}

/** Starts every request the first screen needs, in parallel (signed in only). */
export function prefetchFirstScreen(location: { pathname: string; search: string }, queryClient: QueryClient, client: HttpClient): void {
  const { pathname } = location;
  void queryClient.prefetchQuery(meQuery(client));
  // The app bar's picker offers the organization scope to organization administrators: asked with the
  // rest, not once the picker's code has arrived, so what a page load asks is over with the page's own
  // requests instead of trailing into whatever the person does next.
  void queryClient.prefetchQuery(orgAdminQuery(queryClient, client));
  // The start page opens the most recent iTwin.
  if (pathname === "/") void queryClient.prefetchQuery(recentITwinsQuery(client));
  const page = iTwinPageOf(pathname);
  // The page's code is started apart (preloadPageCode), once these requests are on their way.
  if (page) prefetchITwinPage({ ...page, search: location.search }, queryClient, client, { code: false });
}
