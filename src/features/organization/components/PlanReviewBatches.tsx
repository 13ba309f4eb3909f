// A plan's review renders its iTwins a hundred and fifty change rows at a time, the first screen of them
// first: a plan of 5,000 changes would otherwise mount 5,000 rows of checkboxes and permission chips
// before showing anything. Rows wrap (a change can take away many permissions), so they are not of one
// height to window by arithmetic; the next batch comes when the end of those shown scrolls near, or on
// "Show more".
import { Button, Stack, Typography } from "@mui/material";
import { startTransition, useEffect, useRef, useState } from "react";
import { plural } from "../../../lib/plural";
import type { Plan } from "../../../org/plan/plan";

/** Change rows added each time the end of those shown comes near. */
export const ROWS_AT_ONCE = 150;
/**
 * Change rows of the first frame: more than a screen holds, so the review shows at once; the rest of
 * the first batch follows right after that frame is painted.
 */
export const FIRST_SCREEN_ROWS = 30;

/** How many of `itwins` (at least one) fit in `rows` change rows. */
export function itwinsWithin(itwins: readonly { changes: readonly unknown[] }[], rows: number): number {
  let shown = 0;
  for (let n = 0; n < itwins.length; n++) {
    shown += itwins[n]!.changes.length;
    if (shown > rows) return Math.max(1, n);
  }
  return itwins.length;
}

/** Runs `then` once the frame being made is painted (or soon, where nothing paints). */
function afterPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame === "undefined") {
    timer = setTimeout(then, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(then, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * The iTwins rendered so far, `more()` adding the next ones; back to the first screen for another plan.
 * The first screen comes first, the rest of the first batch in the next frames (as a transition, so a
 * click on the review is not held up by rows below it).
 */
export function useShownITwins(plan: Plan): { count: number; more: () => void } {
  const [budget, setBudget] = useState({ planId: plan.id, rows: FIRST_SCREEN_ROWS });
  const rows = budget.planId === plan.id ? budget.rows : FIRST_SCREEN_ROWS;
  const planId = plan.id;
  useEffect(() => {
    if (rows >= ROWS_AT_ONCE) return;
    return afterPaint(() =>
      startTransition(() => setBudget((b) => ({ planId, rows: Math.max(ROWS_AT_ONCE, b.planId === planId ? b.rows : 0) }))),
    );
  }, [planId, rows]);
  return {
    count: itwinsWithin(plan.itwins, rows),
    more: () => setBudget({ planId, rows: rows + ROWS_AT_ONCE }),
  };
}

/** "Show more" at the end of the iTwins shown, pressed by itself when it scrolls near the screen. */
export function MoreITwins({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const here = useRef<HTMLDivElement>(null);
  const latest = useRef(onMore);
  latest.current = onMore;
  useEffect(() => {
    const el = here.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && latest.current(), {
      rootMargin: "800px 0px",
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown]);
  return (
    <Stack ref={here} direction="row" spacing={2} sx={{ alignItems: "center", mb: 2 }} data-testid="plan-more">
      <Typography variant="body2">
        Changes on {shown} of {plural(total, "iTwin")} shown.
      </Typography>
      <Button size="small" onClick={onMore}>
        Show more
      </Button>
    </Stack>
  );
}
