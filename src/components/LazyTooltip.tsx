// A tooltip whose code (MUI's Tooltip and its popper) loads beside the first screen instead of in it.
// Until it has arrived the control shows without its hover hint; the control's accessible name never
// depends on the tooltip, so nothing is lost meanwhile.
import { lazy, Suspense, type ReactElement } from "react";

const Tooltip = lazy(() => import("@mui/material/Tooltip"));

export function LazyTooltip({ title, children }: { title: string; children: ReactElement }) {
  return (
    <Suspense fallback={children}>
      <Tooltip title={title}>{children}</Tooltip>
    </Suspense>
  );
}
