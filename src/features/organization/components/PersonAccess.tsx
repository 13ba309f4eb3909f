// One person's access across the organization: each iTwin, the roles and where each comes from.
import { Chip, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { Link as RouterLink } from "react-router-dom";
import { ServerName } from "../../../components/ServerName";
import { routes } from "../../../lib/routes";
import { grantLabel, type ITwinAccess } from "../../../org/index-queries";
import { isOrgAdminGrant } from "../../../org/org-admin-access";
import { pluralNoun } from "../../../lib/plural";

const ADMINISTRATION = "Administration through Access Control and EDFS (organization administrator)";

/** What the grants give: an organization administrator's administration holds no permission of a role, so it is said apart. */
function permissionsOf(a: ITwinAccess): string {
  if (a.grants.some((g) => g.route === "owner")) return "Everything (owner)";
  const count = `${a.permissions.length} ${pluralNoun(a.permissions.length, "permission")}`;
  if (!a.grants.some(isOrgAdminGrant)) return count;
  return a.grants.every(isOrgAdminGrant) ? ADMINISTRATION : `${ADMINISTRATION}; ${count} as a member`;
}

export function PersonAccess({ access, caption }: { access: ITwinAccess[]; caption: string }) {
  if (access.length === 0) return <Typography>No access on any indexed iTwin.</Typography>;
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          <TableCell>iTwin</TableCell>
          <TableCell>Roles and where they come from</TableCell>
          <TableCell>Permissions</TableCell>
          <TableCell>As of</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {access.map((a) => (
          <TableRow key={a.iTwinId}>
            <TableCell>
              <Link component={RouterLink} to={routes.members.to({ iTwinId: a.iTwinId })}>
                <ServerName name={a.iTwinName} />
              </Link>
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap" }} useFlexGap>
                {a.grants.map((g, i) => (
                  <Chip key={i} size="small" label={grantLabel(g)} />
                ))}
              </Stack>
            </TableCell>
            <TableCell>{permissionsOf(a)}</TableCell>
            <TableCell>{a.snapshotAt ? new Date(a.snapshotAt).toLocaleString() : "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
