// One active share on the default iTwin, so the console has a share to show and revoke.
import { fixedId } from "./prng";
import type { Store } from "./store";

export const SEEDED_SHARE_ID = fixedId("5a", 1);

export function seedShares(store: Store, iTwinId: string, now: number): void {
  store.shares.set(SEEDED_SHARE_ID, {
    id: SEEDED_SHARE_ID,
    iTwinId,
    shareContract: "Default",
    expiration: new Date(now + 30 * 86_400_000).toISOString(),
    shareKey: "ZGVtby1zaGFyZS1rZXktd2hpdGUtcml2ZXItYnJpZGdl",
  });
}
