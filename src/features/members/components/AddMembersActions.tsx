// The footer of the dialogs that add members: why Add waits (once something is entered), Cancel, and Add
// with its progress. The reason for the role-assignment limit is worded the same for users and groups.
import { Button, CircularProgress, DialogActions, Typography } from "@mui/material";
import { plural } from "../../../lib/plural";
import { MAX_ROLE_IDS } from "../role-diff";

/** Why a request giving `roleCount` roles to `memberCount` members cannot be sent, or null when it can. */
export function assignmentLimitReason(memberCount: number, memberNoun: string, roleCount: number): string | null {
  const assignments = memberCount * roleCount;
  if (assignments <= MAX_ROLE_IDS) return null;
  return `${plural(memberCount, memberNoun)} × ${plural(roleCount, "role")} = ${plural(assignments, "role assignment")}; at most ${MAX_ROLE_IDS} can be sent at once.`;
}

export function AddMembersActions({
  blocked,
  showBlocked,
  over,
  pending,
  onCancel,
  onAdd,
  blockedId,
}: {
  /** Why Add is disabled, or null. */
  blocked: string | null;
  /** Say why only once the user has entered something. */
  showBlocked: boolean;
  /** The reason is the assignment limit (shown as an error). */
  over: boolean;
  pending: boolean;
  onCancel: () => void;
  onAdd: () => void;
  blockedId?: string;
}) {
  return (
    <DialogActions>
      {blocked && showBlocked ? (
        <Typography variant="body2" color={over ? "error" : "text.secondary"} sx={{ mr: "auto", pl: 2 }} id={blockedId}>
          {blocked}
        </Typography>
      ) : null}
      <Button onClick={onCancel} disabled={pending}>
        Cancel
      </Button>
      <Button
        variant="contained"
        onClick={onAdd}
        disabled={pending || blocked !== null}
        startIcon={pending ? <CircularProgress size={16} /> : undefined}
      >
        Add
      </Button>
    </DialogActions>
  );
}
