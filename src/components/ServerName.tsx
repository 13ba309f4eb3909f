// One name from the server, rendered isolated from its surroundings (<bdi>: a right-to-left name cannot
// flip the text after it), with every hidden control or direction character shown as its code and the
// name flagged, and — when `maxWidth` is given — cut to one line with an ellipsis, the full name on
// hover and keyboard focus. See src/lib/server-text.ts.
import { Box, Tooltip } from "@mui/material";
import type { SxProps, Theme } from "@mui/material/styles";
import { hiddenCharacters, revealHidden, revealParts } from "../lib/server-text";

export interface ServerNameProps {
  name: string;
  /** One line with an ellipsis at this width (CSS length or px); the full name on hover/focus. */
  maxWidth?: number | string | { xs?: number; sm?: number; md?: number; lg?: number };
  sx?: SxProps<Theme>;
}

export function ServerName({ name, maxWidth, sx }: ServerNameProps) {
  const hidden = hiddenCharacters(name);
  const flagged = hidden.length > 0;
  const parts = revealParts(name);
  const fullText = revealHidden(name);
  const warning = flagged ? `Contains hidden characters (${hidden.join(", ")})` : undefined;
  const content = (
    <Box
      component="bdi"
      data-testid="server-name"
      data-hidden-characters={flagged ? hidden.join(" ") : undefined}
      // Focusable only when cut: the full name must be reachable without a mouse.
      tabIndex={maxWidth !== undefined ? 0 : undefined}
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
  if (maxWidth === undefined && !flagged) return content;
  return (
    <Tooltip title={warning ? `${fullText} — ${warning}` : fullText} describeChild>
      {content}
    </Tooltip>
  );
}
