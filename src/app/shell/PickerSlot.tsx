// The app bar's iTwin picker, its code (MUI's Autocomplete and its popper) loaded beside the first
// screen instead of in it. Until it arrives, a read-only field of the same size shows the iTwin's name.
import { lazy, Suspense } from "react";
import { TextField } from "@mui/material";
import { useITwin } from "../../features/itwins/api/get-itwin";
import type { ITwinSection } from "../../lib/routes";

const ITwinPicker = lazy(() => import("../../features/itwins/components/ITwinPicker").then((m) => ({ default: m.ITwinPicker })));

export const PICKER_WIDTH = { xs: 220, md: 360 } as const;

function Placeholder({ currentId }: { currentId?: string }) {
  const current = useITwin(currentId ?? "");
  return (
    <TextField
      size="small"
      label="iTwin"
      value={currentId ? (current.data?.displayName ?? "") : ""}
      sx={{ width: PICKER_WIDTH }}
      slotProps={{ htmlInput: { readOnly: true, "aria-busy": true } }}
    />
  );
}

export function PickerSlot({ currentId, section }: { currentId?: string; section: ITwinSection }) {
  return (
    <Suspense fallback={<Placeholder currentId={currentId} />}>
      <ITwinPicker currentId={currentId} section={section} />
    </Suspense>
  );
}
