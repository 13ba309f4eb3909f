// The lazily loaded page of each iTwin section, in one place for the router and for idle prefetching.
// Keyed by section: a section added to the routes without its page here does not compile.
import type { ComponentType } from "react";
import type { QueryClient } from "@tanstack/react-query";
import type { ITwinSection } from "../lib/routes";

export const pageModules: Record<ITwinSection, () => Promise<ComponentType>> = {
  roles: () => import("../features/roles/components/RolesPage").then((m) => m.RolesPage),
  members: () => import("../features/members/components/MembersPage").then((m) => m.MembersPage),
  packages: () => import("../features/packages/components/PackagesPage").then((m) => m.PackagesPage),
  access: () => import("../features/access/components/AccessPage").then((m) => m.AccessPage),
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
  const loadAll = () =>
    idle(
      () => {
        if (!cancelled) for (const load of Object.values(pageModules)) void load().catch(() => undefined);
      },
      { timeout: 5000 },
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
