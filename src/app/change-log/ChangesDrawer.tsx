// The "Changes" panel: every change sent since sign-in, newest first — what, on what, when, and the
// server's answer (saved, or failed with its message and correlation id) — with undo for saved changes.
// Undo asks first, then sends the inverse, which appears as a new entry with its own result.
import { useState } from "react";
import { Box, Button, Chip, Divider, Drawer, IconButton, List, ListItem, Stack, Typography } from "@mui/material";
import CloseIcon from "@mui/icons-material/Close";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { changeLog as defaultLog, useChangeLog, type ChangeEntry, type ChangeLog } from "../../lib/change-log";

export interface ChangesDrawerProps {
  open: boolean;
  onClose: () => void;
  log?: ChangeLog;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });

function StatusChip({ entry }: { entry: ChangeEntry }) {
  if (entry.status === "sending") return <Chip size="small" label="Sending…" />;
  if (entry.status === "failed") return <Chip size="small" color="error" label="Failed" />;
  if (entry.status === "unknown") return <Chip size="small" color="warning" variant="outlined" label="No answer received" />;
  if (entry.undoneBy !== undefined) return <Chip size="small" variant="outlined" label="Saved, then undone" />;
  return <Chip size="small" color="success" label="Saved" />;
}

export function ChangesDrawer({ open, onClose, log = defaultLog }: ChangesDrawerProps) {
  const entries = useChangeLog(log);
  const [confirming, setConfirming] = useState<ChangeEntry | null>(null);
  const [undoing, setUndoing] = useState<number | null>(null);
  const newestFirst = [...entries].reverse();

  async function undo(entry: ChangeEntry) {
    setConfirming(null);
    setUndoing(entry.id);
    try {
      await log.undo(entry.id);
    } catch {
      // Shown by the new entry (or the original stays as it was).
    } finally {
      setUndoing(null);
    }
  }

  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{ paper: { sx: { width: { xs: "100%", sm: 440 } }, role: "dialog", "aria-labelledby": "changes-title" } }}
    >
      <Stack direction="row" sx={{ alignItems: "center", px: 2, py: 1.5 }}>
        <Typography id="changes-title" variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          Changes since sign-in
        </Typography>
        <IconButton onClick={onClose} aria-label="Close changes">
          <CloseIcon />
        </IconButton>
      </Stack>
      <Divider />
      {entries.length === 0 ? (
        <Typography sx={{ p: 2 }} color="text.secondary">
          Nothing changed yet. Every change you save — roles, members, package assignments — is listed here with the server's answer, and
          can be undone.
        </Typography>
      ) : (
        <List aria-label="Changes, newest first" data-testid="change-log">
          {newestFirst.map((entry) => {
            const canUndo = entry.status === "saved" && entry.inverse !== undefined && entry.undoneBy === undefined;
            return (
              <ListItem key={entry.id} divider data-testid="change-entry" data-status={entry.status} sx={{ display: "block" }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                  <Typography variant="subtitle2" component="p" sx={{ flexGrow: 1 }}>
                    {entry.target}
                  </Typography>
                  <StatusChip entry={entry} />
                </Stack>
                <Typography variant="body2">{entry.summary}</Typography>
                <Typography variant="caption" color="text.secondary" component="p">
                  Sent at {timeFormat.format(entry.sentAt)}
                  {entry.undoes !== undefined ? " · undoes an earlier change" : ""}
                </Typography>
                {entry.status === "failed" || entry.status === "unknown" ? (
                  <Box sx={{ mt: 0.5 }}>
                    <Typography variant="body2" color="error">
                      {entry.errorMessage}
                    </Typography>
                    {entry.correlationId ? (
                      <Typography variant="caption" component="p">
                        Correlation id: {entry.correlationId}
                      </Typography>
                    ) : null}
                  </Box>
                ) : null}
                {canUndo ? (
                  <Button
                    size="small"
                    sx={{ mt: 0.5 }}
                    onClick={() => setConfirming(entry)}
                    disabled={undoing !== null}
                    aria-label={`Undo: ${entry.summary} (${entry.target})`}
                  >
                    {undoing === entry.id ? "Undoing…" : "Undo"}
                  </Button>
                ) : null}
              </ListItem>
            );
          })}
        </List>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title="Undo this change?"
        confirmLabel="Undo change"
        onConfirm={() => confirming && void undo(confirming)}
        onCancel={() => setConfirming(null)}
      >
        {confirming ? (
          <>
            {confirming.target}: {confirming.inverse?.summary}. This is sent to the server as a new change; if someone changed the same
            thing since, their change is replaced too.
          </>
        ) : null}
      </ConfirmDialog>
    </Drawer>
  );
}
