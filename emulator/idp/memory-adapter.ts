// Storage for the local identity provider: sessions, interactions, grants, codes and tokens, in memory.
// The provider is a local demo IdP that starts empty on every run (a restart signs everyone out, which
// is what a demo and the tests want), so memory is the right store; we pass our own adapter to say so
// in code rather than fall back to oidc-provider's built-in one, which is meant for quick starts only.
import type { Adapter, AdapterFactory, AdapterPayload } from "oidc-provider";

interface Entry {
  payload: AdapterPayload;
  /** Epoch milliseconds; Infinity when the provider gave no lifetime. */
  expiresAt: number;
}

/** Models whose records belong to a grant: revoking the grant (sign-out, refresh-token reuse) drops them. */
const GRANT_BOUND = new Set([
  "AccessToken",
  "AuthorizationCode",
  "RefreshToken",
  "DeviceCode",
  "BackchannelAuthenticationRequest",
  "PreAuthorizedCode",
]);

const SWEEP_EVERY_MS = 60_000;

export interface MemoryAdapterOptions {
  /** Clock in epoch milliseconds (tests move it). */
  now?: () => number;
}

/** One store per provider instance: every model's adapter created by this factory shares it. */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): AdapterFactory {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const grants = new Map<string, Set<string>>();
  const sessionByUid = new Map<string, string>();
  const deviceByUserCode = new Map<string, string>();
  let lastSweep = now();

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      remove(key);
      return undefined;
    }
    return entry;
  }

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    const { grantId, uid, userCode } = entry.payload;
    if (grantId) grants.get(grantId)?.delete(key);
    if (uid && sessionByUid.get(uid) === key) sessionByUid.delete(uid);
    if (userCode && deviceByUserCode.get(userCode) === key) deviceByUserCode.delete(userCode);
  }

  // Expired records are dropped when read; a periodic sweep keeps a long-running demo from growing.
  function sweep(): void {
    if (now() - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= lastSweep) remove(key);
    for (const [grantId, keys] of grants) if (keys.size === 0) grants.delete(grantId);
  }

  return (model: string): Adapter => {
    const keyOf = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        sweep();
        const key = keyOf(id);
        remove(key);
        entries.set(key, { payload, expiresAt: typeof expiresIn === "number" ? now() + expiresIn * 1000 : Infinity });
        if (payload.grantId && GRANT_BOUND.has(model)) {
          const keys = grants.get(payload.grantId) ?? new Set<string>();
          keys.add(key);
          grants.set(payload.grantId, keys);
        }
        if (model === "Session" && payload.uid) sessionByUid.set(payload.uid, key);
        if (payload.userCode) deviceByUserCode.set(payload.userCode, key);
      },
      async find(id) {
        return live(keyOf(id))?.payload;
      },
      async findByUid(uid) {
        const key = sessionByUid.get(uid);
        return key ? live(key)?.payload : undefined;
      },
      async findByUserCode(userCode) {
        const key = deviceByUserCode.get(userCode);
        return key ? live(key)?.payload : undefined;
      },
      // Authorization codes and rotated refresh tokens are marked, not deleted: the provider detects
      // a second use by the mark and then revokes the whole grant.
      async consume(id) {
        const entry = live(keyOf(id));
        if (entry) entry.payload.consumed = Math.floor(now() / 1000);
      },
      async destroy(id) {
        remove(keyOf(id));
      },
      async revokeByGrantId(grantId) {
        for (const key of grants.get(grantId) ?? []) remove(key);
        grants.delete(grantId);
      },
    };
  };
}
