// One name from the server, rendered isolated from its surroundings (<bdi>: a right-to-left name cannot
// flip the text after it), with every hidden control or direction character shown as its code and the
// name flagged, and — when `maxWidth` is given — cut to one line with an ellipsis (or, with `lines`, to
// that many lines), the full name on hover and keyboard focus. See src/lib/server-text.ts.
import { useLayoutEffect, useRef, useState } from "react";
import { Box, Tooltip } from "@mui/material";
import type { SxProps, Theme } from "@mui/material/styles";
import { hiddenCharacters, revealHidden, revealParts } from "../lib/server-text";

export interface ServerNameProps {
  name: string;
  /** One line with an ellipsis at this width (CSS length or px); the full name on hover/focus. */
  maxWidth?: number | string | { xs?: number; sm?: number; md?: number; lg?: number };
  /** At most this many lines, cut with an ellipsis; the full name on hover/focus. */
  lines?: number;
  /**
   * Whether the full name's tooltip shows, decided by the caller: for a name inside a listbox option, where
   * keyboard focus stays in the combobox and the highlighted option stands for it. The name is then no tab
   * stop of its own (tabbing away from a combobox would close its list).
   */
  open?: boolean;
  sx?: SxProps<Theme>;
}

// One observer for every cut name on the page (a grid shows hundreds): each element's callback says
// whether its text is wider than its box.
const watched = new Map<Element, () => void>();
let observer: ResizeObserver | undefined;
function watch(el: Element, onResize: () => void): () => void {
  if (typeof ResizeObserver === "undefined") return () => undefined;
  observer ??= new ResizeObserver((entries) => entries.forEach((e) => watched.get(e.target)?.()));
  watched.set(el, onResize);
  observer.observe(el);
  return () => {
    watched.delete(el);
    observer?.unobserve(el);
  };
}

/** Whether the name is cut by its width, or by its lines (measured again for a new name). Where nothing can be measured (no layout), it counts as cut. */
function useIsCut(enabled: boolean, byLines: boolean, name: string) {
  const ref = useRef<HTMLElement>(null);
  const [cut, setCut] = useState(enabled);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    const measure = () =>
      setCut(el.clientWidth === 0 || (byLines ? el.scrollHeight > el.clientHeight + 1 : el.scrollWidth > el.clientWidth + 1));
    measure();
    return watch(el, measure);
  }, [enabled, byLines, name]);
  return { ref, cut: enabled && cut };
}

export function ServerName({ name, maxWidth, lines, open, sx }: ServerNameProps) {
  const cuttable = maxWidth !== undefined || lines !== undefined;
  const { ref, cut } = useIsCut(cuttable, lines !== undefined, name);
  const hidden = hiddenCharacters(name);
  const flagged = hidden.length > 0;
  const parts = revealParts(name);
  const fullText = revealHidden(name);
  const warning = flagged ? `Contains hidden characters (${hidden.join(", ")})` : undefined;
  const content = (
    <Box
      component="bdi"
      ref={ref}
      data-testid="server-name"
      data-hidden-characters={flagged ? hidden.join(" ") : undefined}
      // Focusable only when cut: the full name must be reachable without a mouse, and a grid of names
      // that all fit must not become a long row of tab stops.
      tabIndex={cut && open === undefined ? 0 : undefined}
      data-cut={cut ? "true" : undefined}
      aria-label={flagged ? `${fullText} — ${warning}` : undefined}
      sx={[
        { unicodeBidi: "isolate", overflowWrap: "anywhere" },
        maxWidth !== undefined && {
          display: "inline-block",
          maxWidth,
          overflow: "hidden",
          textOverflow: "ellipsis",
          whiteSpace: "nowrap",
          verticalAlign: "bottom",
        },
        lines !== undefined && {
          display: "-webkit-box",
          WebkitLineClamp: lines,
          WebkitBoxOrient: "vertical",
          overflow: "hidden",
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {parts.map((p, i) =>
        p.hidden ? (
          <Box
            key={i}
            component="span"
            aria-hidden="true"
            sx={{ px: 0.25, mx: 0.25, borderRadius: 0.5, fontSize: "0.75em", bgcolor: "warning.main", color: "warning.contrastText" }}
          >
            {p.text}
          </Box>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </Box>
  );
  if (!cuttable && !flagged && open === undefined) return content;
  // The same tree whether cut or not (the measured element must stay the same); an empty title shows nothing.
  const title = warning ? `${fullText} — ${warning}` : cut ? fullText : "";
  return (
    <Tooltip title={title} describeChild {...(open === undefined ? {} : { open: open && title !== "", disableInteractive: true })}>
      {content}
    </Tooltip>
  );
}
