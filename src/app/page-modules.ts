// The lazily loaded feature pages, in one place for the router and for idle prefetching.
export const pageModules = {
  roles: () => import("../features/roles/components/RolesPage"),
  members: () => import("../features/members/components/MembersPage"),
  packages: () => import("../features/packages/components/PackagesPage"),
  access: () => import("../features/access/components/AccessPage"),
};

/**
 * Loads the other pages' code once the browser is idle, so switching tabs does not wait for a chunk
 * (the members grid is the largest) while the first route stays small.
 */
export function prefetchPagesWhenIdle(): void {
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
  idle(() => {
    for (const load of Object.values(pageModules)) void load().catch(() => undefined);
  });
}
