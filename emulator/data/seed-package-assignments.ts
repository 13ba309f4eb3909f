// More EDFS assignments for the scale preset, so the all-packages view has something to show at size:
// every generated package is held by a handful of the default iTwin's roles. A generator of its own
// keeps every other seeded value unchanged.
import { createPrng } from "./prng";
import { DEFAULT_ITWIN_ID } from "../demo-users";
import { EXECUTE_PACKAGE_ROLE_ID } from "./seed-builder";
import type { Store } from "./store";

export function seedPackageAssignments(store: Store, seed: number): void {
  const rnd = createPrng(seed);
  const itwin = store.itwins.get(DEFAULT_ITWIN_ID)!;
  const roleIds = [...itwin.roles.keys()];
  for (const uniqueName of store.packages.keys()) {
    if (itwin.edfs.has(uniqueName)) continue;
    // One package in four stays unassigned, so empty columns are part of the picture too.
    if (rnd.next() < 0.25) continue;
    const holders = rnd.sample(roleIds, rnd.int(2, 18));
    itwin.edfs.set(uniqueName, new Map(holders.map((id) => [id, [EXECUTE_PACKAGE_ROLE_ID]])));
  }
}
