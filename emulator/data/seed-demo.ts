// The default preset: small enough to read in the console, rich enough to show every state.
import { BASE_PERMISSIONS } from "./permission-catalogue";
import { buildStore } from "./seed-builder";
import type { Store } from "./store";

export function seedDemo(now?: number): Store {
  return buildStore(
    {
      preset: "demo",
      seed: 20240424,
      permissions: [...BASE_PERMISSIONS],
      itwinCount: 4,
      defaultMembers: 150,
      defaultRoles: 10,
      defaultGroups: 12,
      generatedGroupMembers: 0,
      packages: 3,
      invitations: 6,
    },
    now,
  );
}
