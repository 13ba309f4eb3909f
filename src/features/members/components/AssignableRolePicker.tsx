// The role picker of every dialog that gives members roles: it loads the roles that can be given on the
// iTwin (its own and its account's), says while it loads, offers a retry when that fails, and splits the
// 50-role-assignment limit between the members the roles go to.
import { Box, CircularProgress } from "@mui/material";
import type { RoleRef } from "../../../api/wire";
import { ApiErrorAlert } from "../../../components/ApiErrorAlert";
import { useAssignableRoles } from "../../../api/queries/account-roles";
import { MAX_ROLE_IDS } from "../role-diff";
import { RolePicker } from "./RolePicker";
import { LIST_ROLES_PERMISSION } from "./member-access";

export interface AssignableRolePickerProps {
  iTwinId: string;
  value: readonly string[];
  onChange: (roleIds: string[]) => void;
  /** Server messages about the role ids. */
  errors?: readonly string[];
  disabled?: boolean;
  /** How many members each selected role goes to (one request carries at most 50 assignments). */
  memberCount?: number;
  /** Roles held now that may no longer be offered (shown so they can be removed). */
  extraRoles?: readonly RoleRef[];
}

/** How many roles fit in one request that gives them to `memberCount` members. */
export const roleLimitFor = (memberCount: number) => Math.max(1, Math.floor(MAX_ROLE_IDS / Math.max(1, memberCount)));

export function AssignableRolePicker({
  iTwinId,
  value,
  onChange,
  errors,
  disabled,
  memberCount = 1,
  extraRoles,
}: AssignableRolePickerProps) {
  const roles = useAssignableRoles(iTwinId);
  return (
    <>
      {roles.isError ? (
        <ApiErrorAlert
          error={roles.error}
          action="Loading the iTwin's roles"
          requiredPermission={LIST_ROLES_PERMISSION}
          onRetry={() => void roles.refetch()}
        />
      ) : null}
      {roles.isPending ? (
        <Box role="status" sx={{ display: "flex", gap: 1, alignItems: "center" }}>
          <CircularProgress size={18} /> Loading roles…
        </Box>
      ) : (
        <RolePicker
          roles={roles.data ?? []}
          accountRoleIds={roles.accountRoleIds}
          extraRoles={extraRoles}
          value={value}
          onChange={onChange}
          errors={errors}
          disabled={disabled}
          limit={roleLimitFor(memberCount)}
        />
      )}
    </>
  );
}
