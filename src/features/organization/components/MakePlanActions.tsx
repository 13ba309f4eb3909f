// The end of a dialog that makes a plan: why the plan could not be made (the dialog stays open to try
// again), Cancel, and "Make plan" — both held while the plan is made from the whole index.
import { Button, DialogActions, DialogContent, Typography } from "@mui/material";
import { useState } from "react";

export interface PlanMaking {
  busy: boolean;
  error: string | null;
  /** Makes the plan; a failure is kept to be shown, and the dialog can be used again. */
  make: (build: () => Promise<void>) => Promise<void>;
}

export function usePlanMaking(): PlanMaking {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const make = async (build: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await build();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  return { busy, error, make };
}

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
      {making.error ? (
        <DialogContent sx={{ pt: 0, flex: "none" }}>
          <Typography color="error" role="alert">
            {making.error}
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
