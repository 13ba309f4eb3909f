// Creates a share link with an explicit expiry picked in a native date field (tomorrow to 90 days ahead).
// The new key is shown here once, with a copy button, and nowhere else; the server's 422 on the expiry
// appears under the date field.
import { useState } from "react";
import { Alert, AlertTitle, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from "@mui/material";
import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import type { Share } from "../../../api/wire-access";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ServerErrorBanner } from "../../../components/ServerErrorBanner";
import { useServerFieldErrors } from "../../../components/server-field-errors";
import { useCreateShare } from "../api/create-share";
import { localDay, MAX_SHARE_DAYS, shareExpiration } from "../share-expiry";

const SHARE_FIELDS = { expiration: ["expiration"] } as const;

export function CreateShareDialog({ iTwinId, onClose }: { iTwinId: string; onClose: () => void }) {
  const create = useCreateShare(iTwinId);
  const [now] = useState(() => Date.now());
  const [day, setDay] = useState(() => localDay(now, 30));
  const [created, setCreated] = useState<Share | null>(null);
  const [copied, setCopied] = useState(false);
  const mapped = useServerFieldErrors(create.error, SHARE_FIELDS);
  const expiration = shareExpiration(day, now);
  const fieldMessage =
    mapped.message("expiration") ?? (expiration ? undefined : `Pick a day from tomorrow to ${MAX_SHARE_DAYS} days ahead.`);

  const copy = async () => {
    if (!created) return;
    await navigator.clipboard.writeText(created.shareKey);
    setCopied(true);
  };

  return (
    <Dialog open onClose={create.isPending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="create-share-title">
      <DialogTitle id="create-share-title">Create share link</DialogTitle>
      <DialogContent>
        {created ? (
          <Alert severity="success" data-testid="share-created">
            <AlertTitle>Share link created</AlertTitle>
            <Typography variant="body2">
              Valid until {new Date(created.expiration).toLocaleString()}. Copy the key now: it is shown only this once. Anyone who has it
              can read this iTwin without signing in.
            </Typography>
            <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: "center" }}>
              <code style={{ wordBreak: "break-all" }}>{created.shareKey}</code>
              <Button size="small" startIcon={<ContentCopyIcon />} onClick={() => void copy()}>
                {copied ? "Copied" : "Copy key"}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2">
              A share link lets anyone who has its key read this iTwin&apos;s data without signing in, until the day it expires.
            </Typography>
            {mapped.unmatched.length > 0 ? (
              <ServerErrorBanner title="The server did not create the link" message={create.error?.message} details={mapped.unmatched} />
            ) : null}
            {create.error && !mapped.rejected ? <ApiErrorAlert error={create.error} action="Creating the share link" /> : null}
            <TextField
              type="date"
              label="Expires on"
              value={day}
              onChange={(e) => {
                setDay(e.target.value);
                mapped.clear("expiration");
              }}
              disabled={create.isPending}
              error={fieldMessage !== undefined}
              helperText={fieldMessage ?? "The link stops working at the start of this day, your time."}
              slotProps={{
                inputLabel: { shrink: true },
                formHelperText: { id: "expiration-helper" },
                htmlInput: { min: localDay(now, 1), max: localDay(now, MAX_SHARE_DAYS), "aria-describedby": "expiration-helper" },
              }}
            />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {created ? (
          <Button variant="contained" onClick={onClose}>
            Done
          </Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={create.isPending}>
              Cancel
            </Button>
            <Button
              variant="contained"
              disabled={!expiration || create.isPending}
              onClick={() => expiration && create.mutate(expiration, { onSuccess: setCreated })}
            >
              Create link
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
