// The lazily loaded page of each iTwin section, in one place for the router and for idle prefetching.
// Keyed by section: a section added to the routes without its page here does not compile.
import type { ComponentType } from "react";
import type { ITwinSection } from "../lib/routes";

export const pageModules: Record<ITwinSection, () => Promise<ComponentType>> = {
  roles: () => import("../features/roles/components/RolesPage").then((m) => m.RolesPage),
  members: () => import("../features/members/components/MembersPage").then((m) => m.MembersPage),
  packages: () => import("../features/packages/components/PackagesPage").then((m) => m.PackagesPage),
  access: () => import("../features/access/components/AccessPage").then((m) => m.AccessPage),
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
