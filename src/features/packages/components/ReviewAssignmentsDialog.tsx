// What saving will do, role by role, and which request carries it — shown before anything is sent.
import { Box, Typography } from "@mui/material";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import type { AssignmentPlan, ChangeKind } from "../assignment-diff";

const HOW: Record<ChangeKind, string> = {
  add: "gains package roles (POST, adds)",
  replace: "gets a new set of package roles (PATCH, replaces)",
  remove: "loses every package role (DELETE)",
};

export interface ReviewAssignmentsDialogProps {
  open: boolean;
  plan: AssignmentPlan;
  roleName: (iTwinRoleId: string) => string;
  packageRoleName: (packageRoleId: string) => string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ReviewAssignmentsDialog({
  open,
  plan,
  roleName,
  packageRoleName,
  busy,
  onConfirm,
  onCancel,
}: ReviewAssignmentsDialogProps) {
  const names = (ids: string[]) => ids.map(packageRoleName).join(", ");
  return (
    <ConfirmDialog
      open={open}
      title="Review assignment changes"
      confirmLabel={busy ? "Saving…" : "Save changes"}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <Typography>
        {plan.changes.length} iTwin role{plan.changes.length === 1 ? "" : "s"} will change:
      </Typography>
      <Box component="ul" sx={{ pl: 2.5, my: 1 }} data-testid="review-changes">
        {plan.changes.map((c) => (
          <li key={c.iTwinRoleId}>
            <strong>{roleName(c.iTwinRoleId)}</strong> {HOW[c.kind]}
            {c.added.length > 0 ? (
              <Box component="span" sx={{ color: "success.main", display: "block" }}>
                + {names(c.added)}
              </Box>
            ) : null}
            {c.removed.length > 0 ? (
              <Box component="span" sx={{ color: "error.main", display: "block" }}>
                − {names(c.removed)}
              </Box>
            ) : null}
          </li>
        ))}
      </Box>
    </ConfirmDialog>
  );
}
