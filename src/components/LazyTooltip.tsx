// A tooltip whose code (MUI's Tooltip and its popper) is not part of the first route: the boot preloads
// it beside the first screen. Until it has arrived the control shows without its hover hint; the
// control's accessible name never depends on the tooltip, so nothing is lost meanwhile.
import { Suspense, type ReactElement } from "react";
import type { TooltipProps } from "@mui/material/Tooltip";
import { preloadableLazy } from "./preloadable-lazy";

const tooltip = preloadableLazy<TooltipProps>(() => import("@mui/material/Tooltip").then((m) => m.default));

export const preloadTooltip = tooltip.preload;

export function LazyTooltip({ title, describeChild, children }: { title: string; describeChild?: boolean; children: ReactElement }) {
  return (
    <Suspense fallback={children}>
      <tooltip.Component title={title} describeChild={describeChild}>
        {children}
      </tooltip.Component>
    </Suspense>
  );
}
