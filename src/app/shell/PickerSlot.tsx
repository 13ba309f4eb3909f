// The app bar's iTwin picker, its code (MUI's Autocomplete and its popper) preloaded beside the first
// screen instead of being in it. Until it arrives, a read-only field of the same size shows the name:
// drawn with a native fieldset rather than MUI's TextField, which would bring its select, menu and
// modal code into the first screen's chunk.
import { Suspense } from "react";
import { Box } from "@mui/material";
import { useITwin } from "../../features/itwins/api/get-itwin";
import type { ITwinSection } from "../../lib/routes";
import { preloadableLazy } from "../../components/preloadable-lazy";
import { revealHidden } from "../../lib/server-text";

const picker = preloadableLazy(() => import("../../features/itwins/components/ITwinPicker").then((m) => m.ITwinPicker));

export const preloadPicker = picker.preload;

export const PICKER_WIDTH = { xs: 220, md: 360 } as const;

function Placeholder({ currentId }: { currentId?: string }) {
  const current = useITwin(currentId ?? "");
  return (
    <Box
      component="fieldset"
      sx={{
        width: PICKER_WIDTH,
        m: 0,
        mt: "-6px",
        px: 1.25,
        pt: 0,
        pb: "1px",
        minWidth: 0,
        border: 1,
        borderColor: "divider",
        borderRadius: 1,
        color: "text.secondary",
      }}
    >
      <Box component="legend" sx={{ px: 0.5, fontSize: "0.75rem", lineHeight: "12px" }}>
        iTwin
      </Box>
      <Box
        component="input"
        readOnly
        aria-busy
        aria-label="iTwin"
        value={currentId ? revealHidden(current.data?.displayName ?? "") : ""}
        sx={{ width: 1, height: 32, p: 0, pl: 0.5, border: 0, outline: 0, bgcolor: "transparent", color: "text.primary", font: "inherit" }}
      />
    </Box>
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
