// "Same access as…": the target gets exactly the direct roles of another member. The diff (added,
// removed, kept) is shown before anything is sent; nothing is reported saved until the server answers.
import { useMemo, useState } from "react";
import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from "@mui/material";
import type { UserMember } from "../../../api/wire";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { ServerErrorBanner } from "../../../components/ServerErrorBanner";
import { isApiError } from "../../../api/api-error";
import { useUpdateUserMemberRoles } from "../../../api/queries/update-user-member-roles";
import { personFromUser, personName, sameId, type Person } from "../effective-access";
import { sameAccessDiff } from "../same-access";
import { MemberPicker } from "./MemberPicker";
import { ServerName } from "../../../components/ServerName";
import { memberOperations } from "../../../api/operations/accesscontrol-members";
import { permissionOf } from "../../../api/operations/define";

export const INVITE_PERMISSION = permissionOf(memberOperations.updateUserMemberRoles);

export interface SameAccessDialogProps {
  iTwinId: string;
  target: UserMember;
  users: readonly UserMember[];
  onClose: () => void;
  onSaved: (message: string) => void;
}

export function SameAccessDialog({ iTwinId, target, users, onClose, onSaved }: SameAccessDialogProps) {
  const [source, setSource] = useState<Person | null>(null);
  const update = useUpdateUserMemberRoles(iTwinId);
  const candidates = useMemo(() => users.filter((u) => !sameId(u.id, target.id)).map(personFromUser), [users, target.id]);
  const diff = source ? sameAccessDiff(target, { roles: source.directRoles }) : null;
  const targetName = personName(personFromUser(target));

  const apply = () => {
    if (!diff || diff.blocked) return;
    update.mutate(
      {
        memberId: target.id,
        roleIds: diff.roleIds,
        log: {
          memberName: targetName,
          previousRoleIds: target.roles.map((r) => r.id),
          summary: `gave ${targetName} the same access as ${personName(source!)}`,
        },
      },
      { onSuccess: (saved) => onSaved(`Roles of ${targetName} saved: ${saved.roles.map((r) => r.displayName).join(", ") || "none"}.`) },
    );
  };
  const details = isApiError(update.error) ? update.error.details : [];

  return (
    <Dialog open onClose={update.isPending ? undefined : onClose} aria-labelledby="same-access-title" fullWidth maxWidth="sm">
      <DialogTitle id="same-access-title">Give {targetName} the same access as…</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <MemberPicker
            id="same-access-source"
            label="Copy the direct roles of"
            people={candidates}
            value={source}
            onChange={setSource}
            disabled={update.isPending}
          />
          <Typography variant="body2" color="text.secondary">
            Direct roles are copied; roles that come through groups follow group membership and are not changed.
          </Typography>
          {diff ? (
            <Box data-testid="same-access-diff" aria-live="polite">
              <Typography variant="subtitle2" component="h3">
                Changes to {targetName}
              </Typography>
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {diff.added.map((r) => (
                  <li key={`a-${r.id}`}>
                    + <ServerName name={r.displayName} />
                  </li>
                ))}
                {diff.removed.map((r) => (
                  <li key={`r-${r.id}`}>
                    − <ServerName name={r.displayName} />
                  </li>
                ))}
                {diff.kept.map((r) => (
                  <li key={`k-${r.id}`}>
                    = <ServerName name={r.displayName} /> (kept)
                  </li>
                ))}
              </Box>
              {diff.blocked ? (
                <Alert severity="info" sx={{ mt: 1 }}>
                  {diff.blocked}
                </Alert>
              ) : null}
            </Box>
          ) : null}
          {update.error ? (
            <>
              <ApiErrorAlert error={update.error} action={`Saving the roles of ${targetName}`} requiredPermission={INVITE_PERMISSION} />
              {details.length > 0 ? <ServerErrorBanner title="The server named these problems" details={details} /> : null}
            </>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={update.isPending}>
          Cancel
        </Button>
        <Button
          variant="contained"
          onClick={apply}
          disabled={!diff || Boolean(diff.blocked) || update.isPending}
          startIcon={update.isPending ? <CircularProgress size={16} /> : undefined}
        >
          Apply
        </Button>
      </DialogActions>
    </Dialog>
  );
}
