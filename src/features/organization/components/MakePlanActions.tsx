// The end of a dialog that makes a plan (with useAttempt): why the plan could not be made (the dialog
// stays open to try again), Cancel, and "Make plan" — both held while the plan is made from the whole index.
import { Button, DialogActions, DialogContent, Typography } from "@mui/material";
import type { useAttempt } from "../../../lib/use-attempt";

/** The making of the plan, as useAttempt keeps it. */
export type PlanMaking = Pick<ReturnType<typeof useAttempt>, "busy" | "failure">;

export function MakePlanActions({
  making,
  ready,
  onCancel,
  onMake,
}: {
  making: PlanMaking;
  /** Whether what the dialog asks for is complete. */
  ready: boolean;
  onCancel: () => void;
  onMake: () => void;
}) {
  return (
    <>
      {making.failure ? (
        <DialogContent sx={{ pt: 0, flex: "none" }}>
          <Typography color="error" role="alert">
            {making.failure instanceof Error ? making.failure.message : String(making.failure)}
          </Typography>
        </DialogContent>
      ) : null}
      <DialogActions>
        <Button onClick={onCancel} disabled={making.busy}>
          Cancel
        </Button>
        <Button variant="contained" onClick={onMake} disabled={making.busy || !ready}>
          Make plan
        </Button>
      </DialogActions>
    </>
  );
}
