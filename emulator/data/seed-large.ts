// Scale preset for benchmarks and paging tests: tens of thousands of members on the default iTwin.
import { largePermissions } from "./permission-catalogue";
import { buildStore } from "./seed-builder";
import { seedPackageAssignments } from "./seed-package-assignments";
import type { Store } from "./store";

export function seedLarge(now?: number): Store {
  const store = buildStore(
    {
      preset: "large",
      seed: 424242,
      permissions: largePermissions(),
      itwinCount: 60,
      defaultMembers: 20_000,
      defaultRoles: 320,
      defaultGroups: 520,
      generatedGroupMembers: 200,
      packages: 24,
      invitations: 60,
    },
    now,
  );
  seedPackageAssignments(store, 4242);
  return store;
}
