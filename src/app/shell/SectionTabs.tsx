// The tabs of an iTwin's sections. A section the person lacks the permission for says so on its tab —
// a lock, and the permission it needs — before anyone clicks it; it still opens, to explain.
import { Box, Tab, Tabs } from "@mui/material";
import { LazyTooltip } from "../../components/LazyTooltip";
import LockIcon from "@mui/icons-material/LockOutlined";
import { Link as RouterLink } from "react-router-dom";
import { useMyPermissions } from "../../api/queries/my-permissions";
import { iTwinSections, type ITwinSection } from "../../lib/routes";

export function SectionTabs({
  iTwinId,
  current,
  onOpen,
}: {
  iTwinId: string;
  current: ITwinSection;
  /** A tab was clicked: its page's code and data can start loading at once. */
  onOpen?: (section: ITwinSection) => void;
}) {
  const { data: held } = useMyPermissions(iTwinId);
  return (
    <Tabs value={current} aria-label="Sections" variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile sx={{ px: 2 }}>
      {iTwinSections.map((s) => {
        const locked = held !== undefined && s.permission !== null && !held.has(s.permission);
        const label = locked ? (
          <LazyTooltip
            title={`Not available to you: needs ${s.permission}${s.key === "access" ? "; your own access is shown there" : ""}`}
            describeChild
          >
            <Box component="span" sx={{ display: "inline-flex", alignItems: "center", gap: 0.5 }}>
              {s.label}
              <LockIcon fontSize="inherit" aria-hidden="true" />
              <Box component="span" sx={visuallyHidden}>
                {` (not available to you: needs ${s.permission}${s.key === "access" ? "; your own access is shown there" : ""})`}
              </Box>
            </Box>
          </LazyTooltip>
        ) : (
          s.label
        );
        return (
          <Tab
            key={s.key}
            value={s.key}
            label={label}
            component={RouterLink}
            to={s.to({ iTwinId })}
            onClick={() => onOpen?.(s.key)}
            data-locked={locked ? "true" : undefined}
            sx={locked ? { color: "text.secondary" } : undefined}
          />
        );
      })}
    </Tabs>
  );
}

const visuallyHidden = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;
