// The parts of a plan's review that are about roles: the permissions a role change gives and takes
// away, and the extra roles a role template plan would delete, called out before anything is sent.
import { Alert, AlertTitle, Box, Chip, Stack, TableCell } from "@mui/material";
import { ServerName } from "../../../components/ServerName";
import { plural } from "../../../lib/plural";
import type { Plan, PlanChange } from "../../../org/plan/plan";
import { extraRoles, roleChangePermissions } from "../../../org/plan/role-template";

export function PermissionList({ list: at, none = "None" }: { list: string[]; none?: string }) {
  if (at.length === 0) return <>{none}</>;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap" }} useFlexGap>
      {at.map((p) => (
        <Chip key={p} size="small" variant="outlined" label={p} />
      ))}
    </Stack>
  );
}

/** A role change's permissions, given and taken away. */
export function RoleCells({ change }: { change: PlanChange }) {
  const effect = roleChangePermissions(change) ?? { gives: [], takes: [] };
  return (
    <>
      <TableCell>
        <PermissionList list={effect.gives} />
      </TableCell>
      <TableCell>
        <PermissionList list={effect.takes} />
      </TableCell>
    </>
  );
}

/** Extra roles are kept unless ticked: deleting one takes its permissions from whoever holds it. */
export function ExtraRolesCallout({ plan }: { plan: Plan }) {
  const extra = plan.kind === "roleTemplate" ? extraRoles(plan) : [];
  if (extra.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="extra-roles-callout">
      <AlertTitle>{plural(extra.length, "extra role")} kept unless ticked</AlertTitle>
      Deleting a role takes its permissions from every member holding it: they lose that access on the iTwin. Tick a role below only once
      nobody needs it.
      <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
        {extra.map((r) => (
          <li key={r.changeId}>
            <ServerName name={r.roleName} /> on <ServerName name={r.iTwinName} />
            {r.held ? " (members hold it)" : " (nobody holds it)"}
            {r.selected ? ": to be deleted" : ""}
          </li>
        ))}
      </Box>
    </Alert>
  );
}
