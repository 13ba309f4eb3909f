// "Rate limited — retrying in N s": the shared 429 wait, counted down where everyone can see it, and
// announced politely to screen readers.
//
// The countdown lives in its own element at the end of <body>, created when a wait begins, on top of
// everything. Why: a save is usually sent from a dialog, and an open MUI dialog marks the rest of the
// page aria-hidden, so a banner inside the page would be neither heard nor seen (it sits behind the
// backdrop). An element added after the dialog opened is left alone.
import { useEffect, useState } from "react";
import { useExternalStore } from "../../lib/external-store";
import { createPortal } from "react-dom";
import { Alert, Box } from "@mui/material";
import { rateLimitStatus, secondsLeft } from "../../api/rate-limit-status";

export function RateLimitBanner() {
  const wait = useExternalStore(rateLimitStatus);
  const [now, setNow] = useState(() => Date.now());
  const [host, setHost] = useState<HTMLElement | null>(null);
  const [speak, setSpeak] = useState(false);
  const waiting = wait !== null;
  useEffect(() => {
    if (!waiting) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [waiting]);
  useEffect(() => {
    if (!waiting) return;
    const node = document.createElement("div");
    document.body.appendChild(node);
    setHost(node);
    const later = window.setTimeout(() => setSpeak(true), 50);
    return () => {
      window.clearTimeout(later);
      node.remove();
      setHost(null);
      setSpeak(false);
    };
  }, [waiting]);
  if (!host) return null;
  // The live region is in the page (empty) a moment before the message, so the message is announced
  // as a change to it.
  return createPortal(
    <Box
      aria-live="polite"
      role="status"
      sx={{
        position: "fixed",
        top: 8,
        left: "50%",
        transform: "translateX(-50%)",
        zIndex: (t) => t.zIndex.snackbar + 1,
        width: "min(720px, calc(100% - 16px))",
      }}
    >
      {wait && speak ? (
        <Alert severity="info" variant="filled" role="presentation" data-testid="rate-limit-banner" sx={{ boxShadow: 6 }}>
          The server is rate-limiting requests — retrying in {secondsLeft(wait, now)} s (attempt {wait.attempt} of {wait.maxAttempts}).
          Nothing you entered is lost.
        </Alert>
      ) : null}
    </Box>,
    host,
  );
}
