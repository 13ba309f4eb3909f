// Check access: pick a person and a permission → yes with every path that grants it, or no with the
// roles that would.
import { PermissionName } from "../../../components/PermissionName";
import { useMemo, useState } from "react";
import { Alert, AlertTitle, Box, Chip, Stack, Typography } from "@mui/material";
import { checkAccess } from "../check-access";
import { effectiveAccess, personName, type AccessData, type GroupIndex, type Person } from "../effective-access";
import { permissionsOf } from "../who-has-it";
import { AccessPaths } from "./AccessPaths";
import { MemberPicker } from "./MemberPicker";
import { PermissionPicker } from "./PermissionPicker";
import { ServerName } from "../../../components/ServerName";

export interface CheckAccessPanelProps {
  data: AccessData;
  index: GroupIndex;
  people: readonly Person[];
  person: Person | null;
  onPersonChange: (p: Person | null) => void;
}

export function CheckAccessPanel({ data, index, people, person, onPersonChange }: CheckAccessPanelProps) {
  const [permission, setPermission] = useState<string | null>(null);
  const permissions = useMemo(() => permissionsOf(data.roles), [data.roles]);
  const result = useMemo(
    () => (person && permission ? checkAccess(effectiveAccess(person, data, index), permission, data.roles) : null),
    [person, permission, data, index],
  );

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        <MemberPicker id="check-member" people={people} value={person} onChange={onPersonChange} />
        <PermissionPicker id="check-permission" permissions={permissions} value={permission} onChange={setPermission} />
      </Stack>
      {!person || !permission ? (
        <Typography variant="body2" color="text.secondary">
          Choose a member and a permission to see whether and how they hold it.
        </Typography>
      ) : result?.granted ? (
        <Alert severity="success" data-testid="check-result" role="status">
          <AlertTitle>
            Yes — {personName(person)} has <PermissionName permission={permission} />
          </AlertTitle>
          {result.owner ? (
            <Box sx={{ display: "flex", alignItems: "center", gap: 1, mb: 1 }} data-testid="access-path">
              <Chip size="small" label="Owner" color="warning" variant="outlined" />
              <Typography variant="body2">owner: full control</Typography>
            </Box>
          ) : null}
          {result.paths.length > 0 ? (
            <>
              <Typography variant="body2" sx={{ mb: 1 }}>
                {result.paths.length === 1 ? "Granted by one path:" : `Granted by ${result.paths.length} paths:`}
              </Typography>
              <AccessPaths paths={result.paths} />
            </>
          ) : null}
        </Alert>
      ) : result ? (
        <Alert severity="warning" data-testid="check-result" role="status">
          <AlertTitle>
            No — {personName(person)} does not have <PermissionName permission={permission} />
          </AlertTitle>
          {result.rolesThatWouldGrant.length > 0 ? (
            <>
              <Typography variant="body2">Roles that would grant it:</Typography>
              <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, mt: 0.5 }} data-testid="roles-that-would-grant">
                {result.rolesThatWouldGrant.map((r) => (
                  <Chip key={r.id} size="small" label={<ServerName name={r.displayName} />} />
                ))}
              </Box>
            </>
          ) : (
            <Typography variant="body2">No role of this iTwin includes it; a role would have to be changed first.</Typography>
          )}
        </Alert>
      ) : null}
    </Stack>
  );
}
