// The app bar's iTwin picker, its code (MUI's Autocomplete and its popper) preloaded beside the first
// screen instead of being in it. Until it arrives, a read-only field of the same size shows the name.
import { Suspense } from "react";
import { TextField } from "@mui/material";
import { useITwin } from "../../features/itwins/api/get-itwin";
import type { ITwinSection } from "../../lib/routes";
import { preloadableLazy } from "../../components/preloadable-lazy";

const picker = preloadableLazy(() => import("../../features/itwins/components/ITwinPicker").then((m) => m.ITwinPicker));

export const preloadPicker = picker.preload;

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

export function PickerSlot({
  currentId,
  section,
  onChoose,
}: {
  currentId?: string;
  section: ITwinSection;
  onChoose?: (iTwinId: string) => void;
}) {
  return (
    <Suspense fallback={<Placeholder currentId={currentId} />}>
      <picker.Component currentId={currentId} section={section} onChoose={onChoose} />
    </Suspense>
  );
}
