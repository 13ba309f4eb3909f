// Sticky bar that appears while there are unsaved cell edits: how many, and the way to review or drop them.
import { Button, Paper, Stack, Typography } from "@mui/material";

export function PendingChangesBar({
  cellCount,
  roleCount,
  onReview,
  onDiscard,
  disabled,
}: {
  cellCount: number;
  roleCount: number;
  onReview: () => void;
  onDiscard: () => void;
  disabled?: boolean;
}) {
  if (cellCount === 0) return null;
  return (
    <Paper
      elevation={3}
      sx={{ position: "sticky", bottom: 8, zIndex: 5, p: 1.5, borderLeft: 6, borderColor: "warning.main" }}
      role="region"
      aria-label="Unsaved changes"
    >
      <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
        <Typography sx={{ flexGrow: 1, fontWeight: 600 }} data-testid="pending-count" aria-live="polite">
          {cellCount} unsaved {cellCount === 1 ? "change" : "changes"} in {roleCount} {roleCount === 1 ? "role" : "roles"}
        </Typography>
        <Button onClick={onDiscard} disabled={disabled}>
          Discard
        </Button>
        <Button variant="contained" onClick={onReview} disabled={disabled}>
          Review and save
        </Button>
      </Stack>
    </Paper>
  );
}
