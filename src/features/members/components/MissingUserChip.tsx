// The flag on a member whose IMS account was deleted (all profile fields null). Text stays in the
// primary colour: a filled warning chip does not reach the WCAG contrast ratio.
import { Chip } from "@mui/material";
import WarningAmberIcon from "@mui/icons-material/WarningAmber";

export function MissingUserChip() {
  return (
    <Chip
      size="small"
      variant="outlined"
      color="warning"
      icon={<WarningAmberIcon />}
      label="Missing user"
      data-testid="missing-user"
      sx={{ "& .MuiChip-label": { color: "text.primary" } }}
    />
  );
}
