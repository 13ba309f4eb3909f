// The app bar's "Changes" button: how many changes were sent since sign-in (red when one failed),
// opening the change log.
import { lazy, Suspense, useState } from "react";
import { Badge, IconButton } from "@mui/material";
import { LazyTooltip } from "../../components/LazyTooltip";
import HistoryIcon from "@mui/icons-material/History";
import { changeLog as defaultLog, useChangeLog, type ChangeLog } from "../../lib/change-log";

// The drawer's code loads when it is first opened; it stays mounted after, for its closing transition.
// Pointing at or focusing the button starts loading it, a head start on the click.
const loadDrawer = () => import("./ChangesDrawer");
const ChangesDrawer = lazy(() => loadDrawer().then((m) => ({ default: m.ChangesDrawer })));

export function ChangesButton({ log = defaultLog }: { log?: ChangeLog }) {
  const entries = useChangeLog(log);
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const failed = entries.filter((e) => e.status === "failed").length;
  const label = `Changes: ${entries.length} sent since sign-in${failed > 0 ? `, ${failed} failed` : ""}`;
  return (
    <>
      <LazyTooltip title={label}>
        <IconButton
          color="inherit"
          onPointerEnter={() => void loadDrawer()}
          onFocus={() => void loadDrawer()}
          onClick={() => {
            setOpen(true);
            setOpened(true);
          }}
          aria-label={label}
          data-testid="changes-button"
        >
          <Badge badgeContent={entries.length} color={failed > 0 ? "error" : "primary"} max={999}>
            <HistoryIcon />
          </Badge>
        </IconButton>
      </LazyTooltip>
      {opened ? (
        <Suspense fallback={null}>
          <ChangesDrawer open={open} onClose={() => setOpen(false)} log={log} />
        </Suspense>
      ) : null}
    </>
  );
}
