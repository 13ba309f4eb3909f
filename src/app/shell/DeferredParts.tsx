// Parts of the shell that show only on occasion — the expired-session prompt, the rate-limit countdown —
// with their code loaded the first time they are needed, not with the first screen. The stores they
// watch are tiny and stay in the shell, so nothing is missed while the code arrives.
import { lazy, Suspense } from "react";
import { useExternalStore } from "../../lib/external-store";
import { sessionGate } from "../../auth/session-gate";
import { rateLimitStatus } from "../../api/rate-limit-status";

const SessionExpiredBanner = lazy(() => import("./SessionExpiredBanner").then((m) => ({ default: m.SessionExpiredBanner })));
const RateLimitBanner = lazy(() => import("./RateLimitBanner").then((m) => ({ default: m.RateLimitBanner })));

export function SessionPrompt() {
  const expired = useExternalStore(sessionGate);
  return expired ? (
    <Suspense fallback={null}>
      <SessionExpiredBanner />
    </Suspense>
  ) : null;
}

export function RateLimitNotice() {
  const wait = useExternalStore(rateLimitStatus);
  return wait !== null ? (
    <Suspense fallback={null}>
      <RateLimitBanner />
    </Suspense>
  ) : null;
}
