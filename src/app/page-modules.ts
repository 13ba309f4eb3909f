// The lazily loaded page of each iTwin section, in one place for the router and for idle prefetching.
// Keyed by section: a section added to the routes without its page here does not compile.
import type { ComponentType } from "react";
import type { QueryClient } from "@tanstack/react-query";
import type { ITwinSection } from "../lib/routes";
import { preloadableLazy, type Preloadable } from "../components/preloadable-lazy";

/** Each section's page: a lazy component that renders at once when its code was preloaded. */
export const pages: Record<ITwinSection, Preloadable<object>> = {
  roles: preloadableLazy(() => import("../features/roles/components/RolesPage").then((m) => m.RolesPage)),
  members: preloadableLazy(() => import("../features/members/components/MembersPage").then((m) => m.MembersPage)),
  groups: preloadableLazy(() => import("../features/groups/components/GroupsPage").then((m) => m.GroupsPage)),
  privileged: preloadableLazy(() => import("../features/privileged/components/PrivilegedPage").then((m) => m.PrivilegedPage)),
  packages: preloadableLazy(() => import("../features/packages/components/PackagesPage").then((m) => m.PackagesPage)),
  access: preloadableLazy(() => import("../features/access/components/AccessPage").then((m) => m.AccessPage)),
};

/** Pages outside an iTwin that deep links open directly. */
export const outsidePages = {
  organization: preloadableLazy(() => import("../features/organization/components/OrganizationPage").then((m) => m.OrganizationPage)),
};

/** Loads a section page's code (once). */
export const pageModules: Record<ITwinSection, () => Promise<ComponentType>> = {
  roles: pages.roles.preload,
  members: pages.members.preload,
  groups: pages.groups.preload,
  privileged: pages.privileged.preload,
  packages: pages.packages.preload,
  access: pages.access.preload,
};

/**
 * Loads the other pages' code once the first screen is done — its requests answered and the browser
 * idle — so switching tabs does not wait for a chunk (the members grid is the largest), while neither
 * the first route nor the first screen's requests share the network and the CPU with them.
 * Returns a cancel function (an effect's cleanup).
 */
export function prefetchPagesWhenIdle(queryClient: QueryClient): () => void {
  let cancelled = false;
  let unsubscribe = () => {};
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
  // After the next frame is painted, then when the browser is idle.
  const loadAll = () =>
    window.requestAnimationFrame(() =>
      window.setTimeout(() =>
        idle(
          () => {
            if (!cancelled) for (const load of Object.values(pageModules)) void load().catch(() => undefined);
          },
          { timeout: 5000 },
        ),
      ),
    );
  const settled = () => queryClient.isFetching() === 0;
  // A tick later, so the first screen's queries have started.
  const timer = window.setTimeout(() => {
    if (cancelled) return;
    if (settled()) return loadAll();
    unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (!settled()) return;
      unsubscribe();
      loadAll();
    });
  }, 0);
  return () => {
    cancelled = true;
    window.clearTimeout(timer);
    unsubscribe();
  };
}
