// The app bar's "Changes" button: how many changes were sent since sign-in (red when one failed),
// opening the change log.
import { useState } from "react";
import { Badge, IconButton, Tooltip } from "@mui/material";
import HistoryIcon from "@mui/icons-material/History";
import { changeLog as defaultLog, useChangeLog, type ChangeLog } from "../../lib/change-log";
import { ChangesDrawer } from "./ChangesDrawer";

export function ChangesButton({ log = defaultLog }: { log?: ChangeLog }) {
  const entries = useChangeLog(log);
  const [open, setOpen] = useState(false);
  const failed = entries.filter((e) => e.status === "failed").length;
  const label = `Changes: ${entries.length} sent since sign-in${failed > 0 ? `, ${failed} failed` : ""}`;
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" onClick={() => setOpen(true)} aria-label={label} data-testid="changes-button">
          <Badge badgeContent={entries.length} color={failed > 0 ? "error" : "primary"} max={999}>
            <HistoryIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <ChangesDrawer open={open} onClose={() => setOpen(false)} log={log} />
    </>
  );
}
