// Account roles are columns of the matrix (marked, read-only); this only says when they could not be
// loaded, so a matrix without them is not taken for the whole picture.
import { Alert } from "@mui/material";
import { useAccountRoles } from "../../../api/queries/account-roles";

export function AccountRolesPanel({ iTwinId }: { iTwinId: string }) {
  const account = useAccountRoles(iTwinId);
  if (!account.isError) return null;
  return (
    <Alert severity="info" data-testid="account-roles-unavailable">
      The roles of this iTwin&apos;s account could not be loaded ({account.error.message}). Members may also hold account roles, which are
      not shown here.
    </Alert>
  );
}
