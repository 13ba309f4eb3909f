// The flag on a member whose IMS account was deleted (all profile fields null). Text stays in the
// primary colour: a filled warning chip does not reach the WCAG contrast ratio. Several missing users
// are told apart by the start of their id (the whole id on hover and focus), since nothing else is left.
import { Chip, Tooltip } from "@mui/material";
import WarningAmberIcon from "@mui/icons-material/WarningAmber";

/** "Missing user · 1a2b3c4d": the flag plus enough of the id to tell one missing user from another. */
export function missingUserLabel(id: string): string {
  return `Missing user · ${id.slice(0, 8)}`;
}

export function MissingUserChip({ id, title }: { id: string; title?: string }) {
  return (
    <Tooltip title={`${title ? `${title} ` : ""}Member id ${id}.`} describeChild>
      <Chip
        size="small"
        variant="outlined"
        color="warning"
        icon={<WarningAmberIcon />}
        label={missingUserLabel(id)}
        tabIndex={0}
        data-testid="missing-user"
        data-member-id={id}
        sx={{ "& .MuiChip-label": { color: "text.primary" } }}
      />
    </Tooltip>
  );
}
