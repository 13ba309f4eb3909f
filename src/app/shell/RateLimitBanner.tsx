// "Rate limited — retrying in N s": the shared 429 wait, counted down where everyone can see it, and
// announced politely to screen readers.
import { useEffect, useState, useSyncExternalStore } from "react";
import { Alert } from "@mui/material";
import { rateLimitStatus, secondsLeft } from "../../api/rate-limit-status";

export function RateLimitBanner() {
  const wait = useSyncExternalStore(rateLimitStatus.subscribe, rateLimitStatus.getSnapshot);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!wait) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [wait]);
  return (
    <div aria-live="polite" role="status">
      {wait ? (
        <Alert severity="info" sx={{ borderRadius: 0 }} data-testid="rate-limit-banner">
          The server is rate-limiting requests — retrying in {secondsLeft(wait, now)} s (attempt {wait.attempt} of {wait.maxAttempts}). Nothing you entered is lost.
        </Alert>
      ) : null}
    </div>
  );
}
